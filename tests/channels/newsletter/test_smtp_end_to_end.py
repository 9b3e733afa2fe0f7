"""Subscribe, confirm, receive and unsubscribe through a real SMTP conversation
(aiosmtpd in the test process), and each segment gets the right items."""

import re
from urllib.parse import urlsplit

import pytest
from django.test import Client
from wagtail.models import Locale

from channels.newsletter import sending
from channels.newsletter.models import SendLog, Subscriber
from cms.taxonomy.models import District, Topic
from tests import builders
from tests.channels.newsletter.conftest import issue_in, subscriber

pytestmark = [pytest.mark.integration]


def path_of(url: str) -> str:
    return urlsplit(url).path


def link_after(label: str, text: str) -> str:
    return re.search(rf"{label}: (\S+)", text).group(1)


@pytest.fixture
def content(site_tree):
    """An offer in Haspe about culture, one in Hohenlimburg about nature, and a course."""
    offer = site_tree.kultur_offer
    offer.district = District.objects.get(slug="haspe")
    offer.topics = [Topic.objects.get(slug="kultur")]
    offer = builders.publish(offer)
    nature = site_tree.natur_offer
    nature.district = District.objects.get(slug="hohenlimburg")
    nature.topics = [Topic.objects.get(slug="naturschutz")]
    nature = builders.publish(nature)
    course = builders.course(builders.course_index(site_tree.home), "Kassenführung im Verein")
    return {"culture": offer, "nature": nature, "course": course}


def test_a_reader_subscribes_confirms_receives_and_unsubscribes_over_smtp(
    archive, content, mail_through, django_capture_on_commit_callbacks
):
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/newsletter/anmelden/",
            {"email": "Lea.Leser@Example.org", "language": "de", "frequency": "issue"},
        )
    assert response.status_code == 302
    assert response["Location"] == "/newsletter/anmelden/danke/"

    [confirmation] = mail_through.to("lea.leser@example.org")
    assert confirmation.message["Subject"] == "Bitte bestätigen Sie Ihre Anmeldung zum Newsletter"
    confirm_url = re.search(r"https://\S+/bestaetigen/\S+/", confirmation.part("text/plain"))[0]
    assert confirm_url in confirmation.part("text/html")
    # Opening the link (a mail scanner might) does not confirm; the button does.
    assert client.get(path_of(confirm_url)).status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    assert client.post(path_of(confirm_url)).status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.ACTIVE

    issue = issue_in(archive, "Ausgabe Juni", picked=[content["culture"], content["course"]])
    with django_capture_on_commit_callbacks(execute=True):
        sending.start(issue)

    received = mail_through.to("lea.leser@example.org")
    assert len(received) == 2
    newsletter = received[1].message
    assert newsletter["Subject"] == "Ausgabe Juni"
    assert newsletter["From"] == "Engagement Hub Hagen <engagement@hagen.example>"
    assert re.fullmatch(r"<[^@>]+@engagement\.hagen\.example>", newsletter["Message-ID"].strip())
    assert newsletter["Date"]
    assert newsletter["List-Id"] == (
        "Newsletter des Engagement Hub Hagen <newsletter.engagement.hagen.example>"
    )
    assert newsletter["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    https, mailto = re.findall(r"<([^>]+)>", newsletter["List-Unsubscribe"])
    assert https.startswith("https://engagement.hagen.example/newsletter/abmelden/")
    assert mailto.startswith("mailto:engagement@hagen.example?subject=Abmelden%20")
    text, html = received[1].part("text/plain"), received[1].part("text/html")
    for title in ("Helfer*innen für das Sommerfest", "Kassenführung im Verein"):
        assert title in text and title in html
    assert "Krötenwanderung" not in text  # not picked
    assert link_after("Newsletter abbestellen", text) == https
    assert f'href="{https}"' in html

    # The visible link shows a button; pressing it unsubscribes.
    page = client.get(path_of(https))
    assert page.status_code == 200 and "Ja, abbestellen" in page.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.ACTIVE
    assert client.post(path_of(https)).status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED

    # Nothing more for Lea.
    second = issue_in(archive, "Ausgabe Juli", picked=[content["nature"]])
    with django_capture_on_commit_callbacks(execute=True):
        sending.start(second)
    assert len(mail_through.to("lea.leser@example.org")) == 2


def test_the_one_click_post_of_a_mail_client_unsubscribes_without_cookies_or_csrf(
    archive, content, mail_through, django_capture_on_commit_callbacks
):
    subscriber("olli.oneclick@example.org")
    issue = issue_in(archive, "Ausgabe Juni", picked=[content["culture"]])
    with django_capture_on_commit_callbacks(execute=True):
        sending.start(issue)
    [mail] = mail_through.to("olli.oneclick@example.org")
    https = re.findall(r"<([^>]+)>", mail.message["List-Unsubscribe"])[0]

    # RFC 8058: a POST to the https URL with exactly this body, no session, no token.
    mail_client = Client(enforce_csrf_checks=True)
    response = mail_client.post(
        path_of(https),
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED


def test_each_segment_gets_its_items_in_its_language_and_an_empty_segment_gets_nothing(
    archive, content, mail_through, django_capture_on_commit_callbacks
):
    english = Locale.objects.get(language_code="en")
    offer = content["culture"]
    for ancestor in offer.get_ancestors().filter(depth__gt=1).specific():
        builders.publish(ancestor.copy_for_translation(english))
    translated = offer.copy_for_translation(english)
    translated.title = "Helpers wanted for the summer party"
    translated.summary = "Help us run the summer party in Haspe."
    builders.publish(translated)

    subscriber("alle@example.org")
    subscriber("haspe@example.org", districts=["haspe"])
    subscriber("natur@example.org", topics=["naturschutz"], kinds=["offer"])
    subscriber("english@example.org", language="en", kinds=["offer"])
    subscriber("turkish@example.org", language="tr", kinds=["offer"], topics=["kultur"])
    subscriber("vorstand@example.org", kinds=["resource"])
    subscriber("weekly@example.org", frequency=Subscriber.Frequency.WEEKLY)

    issue = issue_in(
        archive, "Ausgabe Juni", picked=[content["culture"], content["nature"], content["course"]]
    )
    with django_capture_on_commit_callbacks(execute=True):
        sending.start(issue)

    def titles(address):
        [mail] = mail_through.to(address)
        text = mail.part("text/plain")
        return {
            name
            for name, title in {
                "culture": "Helfer*innen für das Sommerfest",
                "culture-en": "Helpers wanted for the summer party",
                "nature": "Krötenwanderung am Hengsteysee begleiten",
                "course": "Kassenführung im Verein",
            }.items()
            if title in text
        }

    assert titles("alle@example.org") == {"culture", "nature", "course"}
    # The course names no district: it is for all of Hagen.
    assert titles("haspe@example.org") == {"culture", "course"}
    assert titles("natur@example.org") == {"nature"}
    assert titles("english@example.org") == {"culture-en", "nature"}
    assert titles("turkish@example.org") == {"culture"}  # no Turkish version: German
    # Nothing for board members in this issue, and weekly readers wait for their digest.
    assert mail_through.to("vorstand@example.org") == []
    assert mail_through.to("weekly@example.org") == []
    assert SendLog.objects.filter(issue=issue).count() == 5
    assert set(SendLog.objects.values_list("state", flat=True)) == {SendLog.State.SENT}


def test_a_permanent_refusal_marks_the_subscriber_and_a_temporary_one_is_retried(
    archive, content, mail_through, django_capture_on_commit_callbacks
):
    subscriber("gone@example.org")
    subscriber("greylisted@example.org")
    subscriber("fine@example.org")
    mail_through.refuse["gone@example.org"] = "550 5.1.1 No such user"
    mail_through.refuse["greylisted@example.org"] = "451 4.7.1 Try again later"
    issue = issue_in(archive, "Ausgabe Juni", picked=[content["culture"]])

    with django_capture_on_commit_callbacks(execute=True):
        sending.start(issue)

    gone = Subscriber.objects.get(email="gone@example.org")
    assert gone.status == Subscriber.Status.BOUNCED
    assert "550" in gone.bounce_reason
    states = dict(SendLog.objects.values_list("subscriber__email", "state"))
    assert states == {
        "gone@example.org": SendLog.State.FAILED,
        "greylisted@example.org": SendLog.State.QUEUED,
        "fine@example.org": SendLog.State.SENT,
    }
    waiting = SendLog.objects.get(subscriber__email="greylisted@example.org")
    assert waiting.not_before is not None and "451" in waiting.error

    # Later the server takes it: the retry sends it, once.
    del mail_through.refuse["greylisted@example.org"]
    SendLog.objects.filter(pk=waiting.pk).update(not_before=None)
    sending.send_batch(issue.pk, waiting.pk, waiting.pk)
    assert len(mail_through.to("greylisted@example.org")) == 1
    assert len(mail_through.to("fine@example.org")) == 1
    assert sending.finish_if_done(issue.sending.pk) is False  # already finished by the batch
    issue.sending.refresh_from_db()
    assert issue.sending.state == issue.sending.State.DONE
