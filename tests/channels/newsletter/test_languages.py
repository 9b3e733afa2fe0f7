"""A Turkish or Arabic reader gets the whole newsletter in their language, through a
real SMTP conversation: confirmation mail, issue frame, text part and the pages the
links lead to. Items that are not translated come in German, marked as German."""

import re
from urllib.parse import urlsplit

import pytest
from django.test import Client

from channels.newsletter import sending
from channels.newsletter.models import Subscriber
from tests.channels.newsletter.conftest import issue_in, subscriber

pytestmark = [pytest.mark.integration]


def test_a_turkish_reader_subscribes_and_reads_the_issue_in_turkish(
    archive, site_tree, mail_through, django_capture_on_commit_callbacks
):
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/tr/newsletter/anmelden/",
            {"email": "ayse@example.org", "language": "tr", "frequency": "issue"},
        )
    assert response.status_code == 302

    [confirmation] = mail_through.to("ayse@example.org")
    assert confirmation.message["Subject"] == "Lütfen bülten aboneliğinizi onaylayın"
    text = confirmation.part("text/plain")
    assert text.startswith("Merhaba,")
    assert "Aboneliği onayla" in confirmation.part("text/html")
    assert '<html lang="tr" dir="ltr">' in confirmation.part("text/html")
    confirm_url = re.search(r"https://\S+/bestaetigen/\S+/", text)[0]
    page = client.get(urlsplit(confirm_url).path)
    assert "Evet, bülteni onayla" in page.content.decode()
    client.post(urlsplit(confirm_url).path)
    assert Subscriber.objects.get().status == Subscriber.Status.ACTIVE

    issue = issue_in(archive, "Ausgabe Juni", picked=[site_tree.kultur_offer])
    with django_capture_on_commit_callbacks(execute=True):
        sending.start(issue)
    newsletter = mail_through.to("ayse@example.org")[1]
    html, text = newsletter.part("text/html"), newsletter.part("text/plain")
    assert '<html lang="tr" dir="ltr">' in html
    for phrase in (
        "Engagement Hub Hagen bülteni",
        "Ayarları değiştir",
        "Bülten aboneliğini iptal et",
    ):
        assert phrase in html
    assert "Bülten aboneliğini iptal et: https://" in text
    assert "Newsletter abbestellen" not in text + html
    # The offer exists only in German: it comes in German, and says so.
    assert re.search(r'<article class="item"[^>]* lang="de"', html)
    assert site_tree.kultur_offer.title in text


def test_an_arabic_reader_gets_a_right_to_left_mail(
    archive, site_tree, mail_through, django_capture_on_commit_callbacks
):
    subscriber("samira@example.org", language="ar")
    issue = issue_in(archive, "Ausgabe Juni", picked=[site_tree.kultur_offer])
    with django_capture_on_commit_callbacks(execute=True):
        sending.start(issue)
    [mail] = mail_through.to("samira@example.org")
    html, text = mail.part("text/html"), mail.part("text/plain")
    assert '<html lang="ar" dir="rtl">' in html
    assert "إلغاء الاشتراك في النشرة" in html and "إلغاء الاشتراك في النشرة" in text
    assert "Einstellungen ändern" not in text + html
