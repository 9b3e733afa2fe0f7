"""Signing up with double opt-in: the form, the API, the links in mails, GDPR."""

import datetime
import json
import re

import pytest
from django.core import mail
from django.utils import timezone

from channels.newsletter import subscriptions, tokens
from channels.newsletter.models import SendLog, Subscriber
from tests.channels.newsletter.conftest import issue_in, subscriber

FORM = "/newsletter/anmelden/"
API = "/api/newsletter/subscriptions/"


@pytest.fixture
def signup(client, django_capture_on_commit_callbacks):
    def post(email="neu@example.org", **fields):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                FORM, {"email": email, "language": "de", "frequency": "issue", **fields}
            )

    return post


def confirm_path(message) -> str:
    return re.search(r"https?://[^/\s]+(/newsletter/bestaetigen/\S+/)", message.body)[1]


def test_the_form_asks_for_address_language_and_what_readers_want(client, site_tree):
    page = client.get(FORM).content.decode()

    for label in ("E-Mail-Adresse", "Sprache", "Mitmach-Angebote", "Kultur", "Haspe", "Wie oft?"):
        assert label in page
    assert 'autocomplete="email"' in page


def test_a_new_address_gets_a_confirmation_link_and_stays_pending_until_it_is_used(
    client, site_tree, signup
):
    response = signup("Neu@Example.org", kinds=["offer", "course"], topics=["kultur"])

    assert response.status_code == 302
    new = Subscriber.objects.get()
    assert (new.email, new.status) == ("neu@example.org", Subscriber.Status.PENDING)
    assert (new.kinds, new.topics) == (["offer", "course"], ["kultur"])
    [message] = mail.outbox
    assert message.to == ["neu@example.org"]
    assert message.alternatives[0][1] == "text/html"

    path = confirm_path(message)
    assert "Ja, Newsletter bestätigen" in client.get(path).content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    client.post(path)
    assert Subscriber.objects.get().status == Subscriber.Status.ACTIVE


def test_known_and_unknown_addresses_get_the_same_answer(client, site_tree, signup):
    subscriber("bekannt@example.org", topics=["sport"])

    known = signup("bekannt@example.org", topics=["kultur"])
    unknown = signup("unbekannt@example.org")

    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    page = client.get(known["Location"]).content.decode()
    assert "Bitte schauen Sie in Ihr Postfach" in page
    # The known address is told so privately, in its inbox; its choices are unchanged.
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert subjects["bekannt@example.org"] == "Sie haben den Newsletter schon abonniert"
    assert Subscriber.objects.get(email="bekannt@example.org").topics == ["sport"]


def test_an_unsubscribed_address_can_sign_up_again_with_a_new_confirmation(site_tree, signup):
    subscriber("zurueck@example.org", status=Subscriber.Status.UNSUBSCRIBED)

    signup("zurueck@example.org", kinds=["story"])

    again = Subscriber.objects.get()
    assert (again.status, again.kinds) == (Subscriber.Status.PENDING, ["story"])
    assert "bestaetigen" in mail.outbox[0].body


def test_a_filled_honeypot_gets_the_normal_answer_and_nothing_happens(site_tree, signup):
    response = signup("bot@example.org", website="https://spam.example")

    assert response.status_code == 302
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_one_address_gets_at_most_three_mails_a_day_however_often_it_is_entered(
    site_tree, signup, settings
):
    settings.NEWSLETTER_SUBSCRIBE_PER_IP_PER_HOUR = 100
    for _ in range(5):
        assert signup("opfer@example.org").status_code == 302

    assert len(mail.outbox) == 3


def test_too_many_sign_ups_from_one_client_are_refused_with_429(site_tree, signup, settings):
    settings.NEWSLETTER_SUBSCRIBE_PER_IP_PER_HOUR = 2
    assert signup("a@example.org").status_code == 302
    assert signup("b@example.org").status_code == 302

    refused = signup("c@example.org")

    assert refused.status_code == 429
    assert "in einer Stunde noch einmal" in refused.content.decode()
    assert Subscriber.objects.count() == 2


def test_an_invalid_address_shows_the_form_again_with_the_error_linked(site_tree, signup):
    response = signup("keine-adresse")

    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_email_error"' in page
    assert 'aria-describedby="id_email_error"' in page


def test_an_expired_confirmation_link_says_so_and_a_forged_one_is_not_found(
    client, site_tree, settings
):
    pending = subscriber("alt@example.org", status=Subscriber.Status.PENDING)
    token = tokens.confirm_token(pending)
    forged = client.post(f"/newsletter/bestaetigen/{pending.key.hex}:forged/")
    settings.NEWSLETTER_CONFIRM_DAYS = -1  # every link is older than that
    expired = client.post(f"/newsletter/bestaetigen/{token}/")

    assert expired.status_code == 410
    assert "abgelaufen" in expired.content.decode()
    assert forged.status_code == 404
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_unconfirmed_sign_ups_expire_and_confirmed_ones_stay(site_tree):
    subscriber("frisch@example.org", status=Subscriber.Status.PENDING)
    subscriber(
        "vergessen@example.org",
        status=Subscriber.Status.PENDING,
        created_at=timezone.now() - datetime.timedelta(days=8),
    )
    subscriber("treu@example.org", created_at=timezone.now() - datetime.timedelta(days=400))

    assert subscriptions.expire_unconfirmed() == 1

    assert set(Subscriber.objects.values_list("email", flat=True)) == {
        "frisch@example.org",
        "treu@example.org",
    }


def test_preferences_change_without_an_account_through_the_signed_link(client, site_tree):
    reader = subscriber("leser@example.org")
    path = f"/newsletter/einstellungen/{tokens.manage_token(reader)}/"

    assert "leser@example.org" in client.get(path).content.decode()
    response = client.post(
        path,
        {"language": "uk", "kinds": ["offer"], "districts": ["haspe"], "frequency": "weekly"},
    )

    assert "Gespeichert" in response.content.decode()
    reader.refresh_from_db()
    assert (reader.language, reader.kinds, reader.districts, reader.frequency) == (
        "uk",
        ["offer"],
        ["haspe"],
        "weekly",
    )
    assert client.get("/newsletter/einstellungen/nicht-signiert/").status_code == 404


def test_subscribers_download_everything_kept_about_them_as_json(client, archive):
    reader = subscriber("gdpr@example.org", topics=["kultur"])
    issue = issue_in(archive, "Ausgabe Mai")
    SendLog.objects.create(
        issue=issue, subscriber=reader, state=SendLog.State.SENT, sent_at=timezone.now()
    )

    response = client.get(f"/newsletter/einstellungen/{tokens.manage_token(reader)}/daten.json")

    assert response["Content-Disposition"] == 'attachment; filename="newsletter-daten.json"'
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["email"] == "gdpr@example.org"
    assert data["topics"] == ["kultur"]
    assert [entry["title"] for entry in data["received_issues"]] == ["Ausgabe Mai"]


def test_deleting_removes_the_address_and_kills_every_link_but_keeps_anonymous_counts(
    client, archive
):
    reader = subscriber("weg@example.org")
    token = tokens.manage_token(reader)
    log = SendLog.objects.create(
        issue=issue_in(archive, "Ausgabe Mai"), subscriber=reader, state=SendLog.State.SENT
    )

    assert (
        "Endgültig löschen"
        in client.get(f"/newsletter/einstellungen/{token}/loeschen/").content.decode()
    )
    client.post(f"/newsletter/einstellungen/{token}/loeschen/")

    assert not Subscriber.objects.exists()
    log.refresh_from_db()
    assert (log.subscriber_id, log.state) == (None, SendLog.State.SENT)
    assert client.get(f"/newsletter/abmelden/{token}/").status_code == 404


# --- the API --------------------------------------------------------------------------------
def test_the_api_signs_up_with_the_same_double_opt_in(
    client, site_tree, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            API,
            {
                "email": "app@example.org",
                "language": "en",
                "kinds": ["course"],
                "districts": ["haspe"],
            },
            content_type="application/json",
        )

    assert response.status_code == 202
    assert "bestätigen" in response.json()["detail"]
    new = Subscriber.objects.get()
    assert (new.status, new.language, new.kinds, new.districts) == (
        Subscriber.Status.PENDING,
        "en",
        ["course"],
        ["haspe"],
    )
    assert len(mail.outbox) == 1


def test_the_api_answers_400_for_unknown_choices_and_429_when_flooded(client, site_tree, settings):
    settings.NEWSLETTER_SUBSCRIBE_PER_IP_PER_HOUR = 1
    bad = client.post(
        API,
        {"email": "x@example.org", "topics": ["gibt-es-nicht"]},
        content_type="application/json",
    )
    flooded = client.post(API, {"email": "y@example.org"}, content_type="application/json")

    assert bad.status_code == 400 and "topics" in bad.json()
    assert flooded.status_code == 429
    assert not Subscriber.objects.exists()
