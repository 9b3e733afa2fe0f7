"""Images and documents: each club's own collection, and a group and collection per portrait."""

from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission

from cms.core.models import HubImage
from cms.organisations.models import OrganisationPage
from tests import builders
from tests.cms.editors.admin_requests import assert_denied, png


def test_a_club_editor_can_upload_an_image_into_their_clubs_collection(
    client, site_tree, club_editor, media_root
):
    collection = OrganisationPage.objects.get(pk=site_tree.kulturverein.pk).media_collection
    client.force_login(club_editor)

    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Sommerfest 2025",
            "file": png(),
            "description": "Menschen tanzen auf dem Marktplatz in Haspe.",
            "collection": collection.pk,
        },
    )

    assert response.status_code == 302
    image = HubImage.objects.get(title="Sommerfest 2025")
    assert image.collection == collection
    assert image.uploaded_by_user == club_editor


def test_a_club_editor_cannot_upload_an_image_into_another_clubs_collection(
    client, site_tree, club_editor, media_root
):
    own = OrganisationPage.objects.get(pk=site_tree.kulturverein.pk).media_collection
    other = OrganisationPage.objects.get(pk=site_tree.naturschutz.pk).media_collection
    root = Collection.get_first_root_node()
    client.force_login(club_editor)

    # The form offers no collection to choose (there is only one the club may
    # add to), so a crafted collection id is ignored and the image lands at home.
    assert b'name="collection"' not in client.get(reverse("wagtailimages:add")).content
    for title, collection in [("Untergeschoben", other), ("In die Wurzel", root)]:
        client.post(
            reverse("wagtailimages:add"),
            {
                "title": title,
                "file": png(),
                "description": "Ein Bild.",
                "collection": collection.pk,
            },
        )
    client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": png("mehrfach.png"), "collection": other.pk},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert not HubImage.objects.filter(collection__in=[other, root]).exists()
    assert set(HubImage.objects.values_list("collection", flat=True)) <= {own.pk}


def test_a_club_editor_cannot_edit_or_delete_another_clubs_image(
    client, site_tree, club_editor, media_root
):
    other = OrganisationPage.objects.get(pk=site_tree.naturschutz.pk).media_collection
    image = HubImage.objects.create(
        title="Kröten", file=png(), description="Eine Erdkröte.", collection=other
    )
    client.force_login(club_editor)

    assert_denied(client.get(reverse("wagtailimages:edit", args=[image.pk])))
    assert_denied(
        client.post(
            reverse("wagtailimages:edit", args=[image.pk]),
            {"title": "Übernommen", "description": "x", "collection": other.pk},
        )
    )
    assert_denied(client.post(reverse("wagtailimages:delete", args=[image.pk])))

    image.refresh_from_db()
    assert image.title == "Kröten"


def test_every_portrait_gets_its_own_group_and_collection_even_with_the_same_name(
    site_tree,
):
    twin = builders.organisation(
        site_tree.organisations, "Kulturverein Haspe", slug="kulturverein-haspe-2"
    )
    original = OrganisationPage.objects.get(pk=site_tree.kulturverein.pk)

    assert twin.editor_group_id and twin.editor_group_id != original.editor_group_id
    assert twin.media_collection_id
    assert twin.media_collection_id != original.media_collection_id
    twin_collections = set(
        GroupCollectionPermission.objects.filter(group=twin.editor_group).values_list(
            "collection", flat=True
        )
    )
    assert twin_collections == {twin.media_collection_id}
