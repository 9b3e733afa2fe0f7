"""The Redaktion previews an issue as HTML and text, test-sends it, sends it once and
follows the progress; the public sees an issue only once it was sent."""

import pytest
from django.core import mail
from django.urls import reverse

from channels.newsletter.models import Sending, SendLog
from tests.builders import PASSWORD
from tests.channels.newsletter.conftest import issue_in, subscriber


@pytest.fixture
def redaktion(client, city_editor):
    client.login(username=city_editor.username, password=PASSWORD)
    return client


@pytest.fixture
def issue(archive, site_tree):
    return issue_in(archive, "Ausgabe Juni", picked=[site_tree.kultur_offer])


def preview(client, issue, mode):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[issue.pk])
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[issue.pk]))
    form = edit.context["form"]
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update(
        {
            "title": issue.title,
            "slug": issue.slug,
            "summary": issue.summary,
            "intro": "Eine Einleitung aus dem Formular, noch nicht gespeichert.",
            "audience": "issue",
            "picked_items-TOTAL_FORMS": "1",
            "picked_items-INITIAL_FORMS": "1",
            "picked_items-MIN_NUM_FORMS": "0",
            "picked_items-MAX_NUM_FORMS": "1000",
            "picked_items-0-id": str(issue.picked_items.get().pk),
            "picked_items-0-page": str(issue.picked_items.get().page_id),
            "picked_items-0-ORDER": "1",
        }
    )
    data.pop("lead_image", None)
    data.pop("distribution_off", None)
    posted = client.post(url, data)
    assert posted.json()["is_valid"], posted.json()
    return client.get(url, {"mode": mode})


def test_the_preview_shows_the_unsaved_issue_as_html_mail_and_as_plain_text(redaktion, issue):
    html = preview(redaktion, issue, "mail-html").content.decode()
    text = preview(redaktion, issue, "mail-text").content.decode()

    assert "Eine Einleitung aus dem Formular, noch nicht gespeichert." in html
    assert "Helfer*innen für das Sommerfest" in html and 'style="' in html
    assert "So sieht es aus: E-Mail (nur Text)" in text
    assert "Eine Einleitung aus dem Formular" in text and "<article" not in text


def test_an_unsent_issue_offers_test_send_and_send_instead_of_publish(redaktion, issue):
    page = redaktion.get(reverse("wagtailadmin_pages:edit", args=[issue.pk])).content.decode()

    assert "Versenden …" in page and "Testversand …" in page
    assert 'name="action-publish"' not in page


def test_a_test_send_goes_to_one_address_and_counts_as_nothing(redaktion, issue):
    subscriber("leser@example.org")
    url = reverse("newsletter_test_send", args=[issue.pk])

    response = redaktion.post(url, {"address": "pruefung@hagen.example"})

    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["pruefung@hagen.example"]
    assert message.subject == "[Test] Ausgabe Juni"
    assert not Sending.objects.exists()


def test_sending_asks_first_then_publishes_and_sends_once_and_shows_progress(
    redaktion, issue, django_capture_on_commit_callbacks
):
    subscriber("eins@example.org")
    subscriber("zwei@example.org")
    subscriber("nur-kurse@example.org", kinds=["course"])
    url = reverse("newsletter_send", args=[issue.pk])

    confirm = redaktion.get(url).content.decode()
    assert "Bekommen die Ausgabe: <strong>2</strong>" in confirm

    with django_capture_on_commit_callbacks(execute=True):
        first = redaktion.post(url)
        second = redaktion.post(url)  # a double click

    assert first.status_code == second.status_code == 302
    assert len(mail.outbox) == 2
    assert SendLog.objects.filter(state=SendLog.State.SENT).count() == 2
    issue.refresh_from_db()
    assert issue.live
    progress = redaktion.get(reverse("newsletter_progress", args=[issue.pk]), {"fragment": 1})
    fragment = progress.content.decode()
    assert "Versendet" in fragment and "data-done" in fragment
    assert "<dt>Gesendet</dt><dd>2</dd>" in fragment
    assert "<dt>Noch offen</dt><dd>0</dd>" in fragment


def test_only_sent_issues_are_public_and_in_the_archive_and_its_feed(
    client, archive, issue, site_tree
):
    from channels.newsletter import sending

    draft_url = "/newsletter/ausgabe-juni/"
    issue.save_revision().publish()  # published by other means, but not sent
    assert client.get(draft_url).status_code == 404
    assert "Ausgabe Juni" not in client.get("/newsletter/").content.decode()

    sending.start(issue)

    assert client.get(draft_url).status_code == 200
    assert "Ausgabe Juni" in client.get("/newsletter/").content.decode()
    feed = client.get("/newsletter/archiv.rss").content.decode()
    assert "<title>Ausgabe Juni</title>" in feed
    assert "Ausgabe Juni" in client.get("/newsletter/archiv.atom").content.decode()


def test_club_editors_cannot_send_issues(client, club_editor, issue):
    client.login(username=club_editor.username, password=PASSWORD)

    response = client.post(reverse("newsletter_send", args=[issue.pk]))

    assert response.status_code in (302, 403)
    assert not Sending.objects.exists()


def test_the_redaktion_sees_subscribers_but_cannot_add_any(redaktion):
    subscriber("sichtbar@example.org")
    listing = redaktion.get("/admin/snippets/newsletter/subscriber/")

    assert listing.status_code == 200
    assert "sichtbar@example.org" in listing.content.decode()
    assert redaktion.get("/admin/snippets/newsletter/subscriber/add/").status_code in (302, 403)
