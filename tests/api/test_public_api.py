"""The headless API: only published content, the finder's filters, editors-only delivery
states, cache headers and CORS for a separate front end."""

import pytest
from django.test import override_settings

from channels.models import Delivery
from cms.taxonomy.models import District
from tests import builders


@pytest.fixture
def hub(site_tree):
    offer = site_tree.kultur_offer
    offer.district = District.objects.get(slug="haspe")
    builders.publish(offer)
    draft = builders.offer(site_tree.kulturverein, "Geheimer Entwurf", live=False)
    return {"tree": site_tree, "offer": offer, "draft": draft}


def test_the_pages_endpoint_lists_only_live_pages(client, hub):
    data = client.get("/api/v2/pages/?type=organisations.OfferPage&fields=summary").json()

    titles = {item["title"] for item in data["items"]}
    assert titles == {"Helfer*innen für das Sommerfest", "Krötenwanderung am Hengsteysee begleiten"}
    assert data["meta"]["total_count"] == 2


def test_a_draft_is_not_found_through_the_api_not_even_by_id(client, hub):
    assert client.get(f"/api/v2/pages/{hub['draft'].pk}/").status_code == 404


def test_page_detail_carries_the_channel_item_but_no_editors_data(client, hub):
    data = client.get(f"/api/v2/pages/{hub['offer'].pk}/").json()

    assert data["summary"] == hub["offer"].summary
    assert data["item"]["organisation"] == "Kulturverein Haspe"
    assert data["item"]["district"] == "Haspe"
    text = str(data)
    for secret in (
        "owner",
        "locked_by",
        "latest_revision",
        "editor_group",
        "distribution_off",
        "club_may_publish",
    ):
        assert secret not in text


def test_the_finder_endpoint_filters_like_the_website(client, hub):
    data = client.get("/api/finder/", {"bezirk": "haspe"}).json()

    assert data["count"] == 1
    result = data["results"][0]
    assert (result["title"], result["kind"], result["district"]) == (
        "Helfer*innen für das Sommerfest",
        "offer",
        "Haspe",
    )
    assert result["url"] == hub["offer"].get_full_url()


def test_the_finder_endpoint_rejects_unknown_filters_with_a_clear_message(client, hub):
    response = client.get("/api/finder/", {"bezirk": "atlantis"})

    assert response.status_code == 400
    assert "bezirk" in response.json()


@pytest.mark.parametrize(
    "path", ["/api/v2/images/?search=a%00b", "/api/v2/pages/?search=%00", "/finden/?q=Ver%00ein"]
)
def test_a_null_character_in_a_query_gets_a_clear_400_not_a_server_error(client, hub, path):
    # PostgreSQL cannot compare text with NUL; found by the schema's property test.
    response = client.get(path)

    assert response.status_code == 400
    assert "Nullzeichen" in response.content.decode()


def test_delivery_states_are_for_editors_only(
    client, hub, club_editor, other_club_editor, city_editor
):
    assert client.get("/api/deliveries/").status_code == 403

    client.force_login(club_editor)
    own = {d["page_title"] for d in client.get("/api/deliveries/").json()["results"]}
    client.force_login(other_club_editor)
    other = {d["page_title"] for d in client.get("/api/deliveries/").json()["results"]}
    client.force_login(city_editor)
    everything = client.get("/api/deliveries/").json()["count"]

    assert (
        "Helfer*innen für das Sommerfest" in own
        and "Krötenwanderung am Hengsteysee begleiten" not in own
    )
    assert (
        "Krötenwanderung am Hengsteysee begleiten" in other
        and "Helfer*innen für das Sommerfest" not in other
    )
    assert everything == Delivery.objects.count() > len(own)


def test_a_club_editor_cannot_read_another_clubs_delivery_by_id(client, hub, club_editor):
    foreign = Delivery.objects.filter(page=hub["tree"].natur_offer).first()
    client.force_login(club_editor)

    assert client.get(f"/api/deliveries/{foreign.pk}/").status_code == 404


def test_public_answers_carry_cache_headers_and_revalidate_with_304(client, hub):
    first = client.get("/api/finder/")

    assert first["Cache-Control"] == "public, max-age=60"
    assert first.has_header("ETag") and first.has_header("Last-Modified")
    again = client.get("/api/finder/", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    since = client.get("/api/v2/pages/", headers={"If-Modified-Since": first["Last-Modified"]})
    assert since.status_code == 304


@override_settings(CORS_ALLOWED_ORIGINS=["https://app.hagen.example"])
def test_a_configured_front_end_may_read_the_api_across_origins(client, hub):
    allowed = client.get("/api/finder/", headers={"Origin": "https://app.hagen.example"})
    other = client.get("/api/finder/", headers={"Origin": "https://evil.example"})

    assert allowed["Access-Control-Allow-Origin"] == "https://app.hagen.example"
    assert not other.has_header("Access-Control-Allow-Origin")


def test_the_openapi_schema_and_its_docs_are_served(client, db):
    schema = client.get("/api/schema/?format=json").json()
    docs = client.get("/api/docs/")

    assert schema["openapi"].startswith("3.")
    assert {"/api/finder/", "/api/v2/pages/", "/api/deliveries/"} <= set(schema["paths"])
    assert docs.status_code == 200
    assert "swagger-ui" in docs.content.decode()


@pytest.mark.parametrize("url", ["/api/finder/", "/api/v2/pages/", "/feeds/alle.rss"])
def test_a_head_answer_carries_the_etag_of_its_get_and_revalidates(client, hub, url):
    get = client.get(url)
    head = client.head(url)

    assert head.status_code == 200
    assert head["ETag"] == get["ETag"]
    assert head.content == b""
    again = client.head(url, headers={"If-None-Match": get["ETag"]})
    assert again.status_code == 304
