"""The digital helpers moderate the shared hashtag, and that is all they do.

Page editing and publishing are refused to them in test_digital_helper.py; here:
what their role grants, and that the moderation tools stay theirs.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse

from cms.editors.roles import HASHTAG_MODERATION


def assert_denied(response) -> None:
    if response.status_code == 302:
        assert response["Location"] == "/admin/", response["Location"]
    else:
        assert response.status_code in (403, 404), response.status_code


def test_the_role_grants_moderation_of_the_hashtag_and_nothing_of_pages(db):
    helpers = Group.objects.get(name=settings.HUB_GROUP_DIGITAL_HELPERS)

    codenames = set(helpers.permissions.values_list("codename", flat=True))

    assert codenames == {"access_admin", *HASHTAG_MODERATION}
    assert not helpers.page_permissions.exists()
    assert not helpers.collection_permissions.exists()


def test_a_digital_helper_reaches_the_queue_the_log_and_the_rules(client, digital_helper):
    client.force_login(digital_helper)

    for name in (
        "mastodon_queue",
        "mastodon_decision_log",
        "mastodon_account_rules:index",
        "mastodon_word_rules:index",
    ):
        assert client.get(reverse(name)).status_code == 200, name
    # The rules are a site setting: the bare URL redirects to the default site's form.
    settings_page = reverse("wagtailsettings:edit", args=["mastodon", "moderationsettings"])
    response = client.get(settings_page, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain and "<form" in response.content.decode()
    menu = client.get("/admin/").content.decode()
    assert "Warteschlange" in menu and "Mastodon-Konten" not in menu


def test_a_digital_helper_connects_no_mastodon_account(client, digital_helper):
    client.force_login(digital_helper)

    assert_denied(client.get(reverse("mastodon_accounts")))
    assert_denied(client.get(reverse("mastodon_connect")))


def test_club_editors_do_not_moderate(client, club_editor):
    client.force_login(club_editor)

    assert_denied(client.get(reverse("mastodon_queue")))
    assert_denied(client.get(reverse("mastodon_account_rules:index")))
