"""Editors see every delivery of a page, can retry a failed one, preview channels and
find all failures in one report; club editors only for their own pages."""

import pytest

from channels.models import Delivery

State = Delivery.State


@pytest.fixture
def failed(site_tree):
    delivery = Delivery.objects.filter(page=site_tree.kultur_offer, channel="website").get()
    Delivery.objects.filter(pk=delivery.pk).update(
        state=State.FAILED, last_error="Der Server antwortet nicht.", attempts=8
    )
    return delivery


def test_the_page_editor_shows_the_deliveries_with_state_and_reason(client, city_editor, failed):
    client.force_login(city_editor)

    html = client.get(f"/admin/pages/{failed.page_id}/edit/").content.decode()

    assert "Verbreitung" in html
    assert "Fehlgeschlagen" in html
    assert "Der Server antwortet nicht." in html
    assert f"/admin/verbreitung/{failed.pk}/erneut/" in html


def test_an_editor_retries_a_failed_delivery_and_it_is_sent(
    client, club_editor, failed, django_capture_on_commit_callbacks
):
    client.force_login(club_editor)

    confirm = client.get(f"/admin/verbreitung/{failed.pk}/erneut/")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/verbreitung/{failed.pk}/erneut/")

    assert confirm.status_code == 200
    assert response.status_code == 302
    failed.refresh_from_db()
    assert (failed.state, failed.last_error, failed.attempts) == (State.SENT, "", 1)


def test_a_club_editor_cannot_retry_another_clubs_delivery(client, other_club_editor, failed):
    client.force_login(other_club_editor)

    response = client.post(f"/admin/verbreitung/{failed.pk}/erneut/")

    failed.refresh_from_db()
    assert failed.state == State.FAILED
    assert response.status_code in (302, 403)


def test_the_report_lists_failed_deliveries_of_pages_the_user_may_edit(
    client, city_editor, other_club_editor, failed
):
    client.force_login(city_editor)
    city = client.get("/admin/verbreitung/fehlgeschlagen/").content.decode()
    client.force_login(other_club_editor)
    other = client.get("/admin/verbreitung/fehlgeschlagen/").content.decode()

    assert "Helfer*innen für das Sommerfest" in city and "Der Server antwortet nicht." in city
    assert "Helfer*innen für das Sommerfest" not in other


def test_the_reports_menu_links_the_failed_deliveries(client, city_editor, failed):
    client.force_login(city_editor)

    assert "/admin/verbreitung/fehlgeschlagen/" in client.get("/admin/").content.decode()


def test_a_channel_preview_shows_what_the_channel_would_send(
    client, city_editor, site_tree, settings
):
    settings.HUB_CHANNELS = {
        **settings.HUB_CHANNELS,
        "recording": "tests.channels.fakes.RecordingChannel",
    }
    settings.HUB_CHANNEL_ROUTES = {**settings.HUB_CHANNEL_ROUTES, "offer": ["website", "recording"]}
    offer = site_tree.kultur_offer
    client.force_login(city_editor)

    assert [mode for mode, _ in offer.preview_modes] == ["", "recording"]
    response = offer.make_preview_request(preview_mode="recording")
    html = response.content.decode()
    assert "So sieht es aus: Testkanal" in html
    assert "<p>Helfer*innen für das Sommerfest</p>" in html
