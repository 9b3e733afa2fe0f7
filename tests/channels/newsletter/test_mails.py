"""The mails themselves: both parts, structure, alt texts, contrast, dark mode, absolute URLs."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from channels.newsletter import sending
from channels.newsletter.compose import Composition
from channels.newsletter.mails import IssueMailer, message_for_test_send
from channels.newsletter.models import Subscriber
from cms.core.models import HubImage
from tests.channels.newsletter.conftest import issue_in, subscriber

HEX = r"#[0-9a-fA-F]{6}"


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def style_of(element, name: str) -> str | None:
    found = re.search(rf"(?:^|;)\s*{name}:\s*({HEX})", element.get("style", ""))
    return found[1] if found else None


@pytest.fixture
def issue(archive, site_tree):
    offer = site_tree.kultur_offer
    offer.lead_image = HubImage.objects.create(
        title="Sommerfest", file=_image_file(), description="Menschen bauen Bierbänke auf."
    )
    offer.save_revision().publish()
    return issue_in(archive, "Ausgabe Juni", picked=[offer, site_tree.natur_offer])


def _image_file():
    from io import BytesIO

    from django.core.files.images import ImageFile
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (1200, 800), "#3a7").save(buffer, "JPEG")
    return ImageFile(buffer, name="sommerfest.jpg")


@pytest.fixture
def message(issue):
    reader = subscriber("leser@example.org")
    return IssueMailer(issue.pk, issue.composition()).message_for(reader)


def test_a_mail_has_a_plain_text_and_an_html_part_with_the_same_content(message, site_tree):
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    for page in (site_tree.kultur_offer, site_tree.natur_offer):
        assert page.title in message.body and page.title in html
        assert page.get_full_url() in message.body
    assert "Newsletter abbestellen: https://engagement.hagen.example/newsletter/abmelden/" in (
        message.body
    )


def test_the_html_is_structured_readable_without_images_and_uses_absolute_urls(message, site_tree):
    soup = BeautifulSoup(message.alternatives[0][0], "html.parser")

    assert soup.html["lang"] == "de"
    assert soup.title.string == "Ausgabe Juni"
    assert len(soup.find_all("h1")) == 1
    assert [h2.get_text() for h2 in soup.find_all("h2")] == ["Mitmach-Angebote"]
    assert len(soup.find_all("h3")) == 2
    [image] = soup.find_all("img")
    assert image["alt"] == "Menschen bauen Bierbänke auf."
    assert image["src"].startswith("https://engagement.hagen.example/")
    assert image["width"] and image["height"]
    for link in soup.find_all("a"):
        assert link["href"].startswith("https://"), link
    for image in soup.find_all("img"):
        image.decompose()
    without_images = soup.get_text(" ")
    assert site_tree.kultur_offer.title in without_images


def test_the_css_is_inlined_and_only_the_dark_mode_rules_stay_in_the_head(message):
    soup = BeautifulSoup(message.alternatives[0][0], "html.parser")

    assert "color" in soup.body["style"]
    [style] = soup.find_all("style")
    assert "@media (prefers-color-scheme: dark)" in style.string
    assert soup.find("meta", attrs={"name": "color-scheme"})["content"] == "light dark"
    # Inline styles win over a stylesheet unless the dark rules are important.
    rules = style.string.split("{", 1)[1]
    assert all("!important" in rule for rule in re.findall(r"[a-z-]+:\s*[^;{}]+;", rules))


def test_every_text_colour_has_at_least_4_5_to_1_in_light_and_dark_mode(message):
    soup = BeautifulSoup(message.alternatives[0][0], "html.parser")
    checked = 0
    for element in soup.find_all(style=True):
        colour = style_of(element, "color")
        if colour is None:
            continue
        holder = element
        while holder is not None and style_of(holder, "background") is None:
            holder = holder.parent
        background = style_of(holder, "background") if holder else "#ffffff"
        assert contrast(colour, background) >= 4.5, (element.name, colour, background)
        checked += 1
    assert checked > 10

    rules = {
        selector.strip(): body
        for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", soup.find("style").string)
    }
    page_backgrounds = [
        re.search(rf"background: ({HEX})", rules[selector])[1]
        for selector in ("body, .mail", ".sheet")
    ]
    text_colours = {
        colour
        for selector, body in rules.items()
        if selector != ".button"
        for colour in re.findall(rf"(?<![-\w])color: ({HEX})", body)
    }
    assert len(text_colours) >= 4
    for colour in text_colours:
        for background in page_backgrounds:
            assert contrast(colour, background) >= 4.5, (colour, background)
    button = rules[".button"]
    button_colours = re.findall(rf"({HEX})", button)
    assert contrast(*button_colours) >= 4.5


def test_the_mail_goes_in_the_readers_language_and_names_their_address(issue):
    reader = subscriber("reader@example.org", language="en")
    message = IssueMailer(issue.pk, issue.composition()).message_for(reader)

    assert "reader@example.org" in message.body
    assert "/en/newsletter/abmelden/" in message.extra_headers["List-Unsubscribe"]


def test_a_test_send_is_marked_and_its_links_lead_nowhere(issue):
    test = message_for_test_send(issue, "redaktion@hagen.example")

    assert test.subject == "[Test] Ausgabe Juni"
    assert "Testversand" in test.body
    assert "testversand" in test.extra_headers["List-Unsubscribe"]


def test_nothing_matching_means_no_mail_and_a_rendering_is_shared_by_a_segment(issue):
    mailer = IssueMailer(issue.pk, issue.composition())
    wants_courses = Subscriber(email="kurse@example.org", kinds=["course"])
    first = subscriber("eins@example.org")
    second = subscriber("zwei@example.org")

    assert mailer.message_for(wants_courses) is None
    one, two = mailer.message_for(first), mailer.message_for(second)
    assert len(mailer._rendered) == 1
    assert one.extra_headers["Message-ID"] != two.extra_headers["Message-ID"]
    assert one.extra_headers["List-Unsubscribe"] != two.extra_headers["List-Unsubscribe"]


def test_a_frozen_composition_survives_json(issue):
    composition = issue.composition()
    again = Composition.from_json(composition.to_json())
    assert again.entries_in("de") == composition.entries_in("de")
    assert again.text("de", "title") == "Ausgabe Juni"


def test_the_locmem_backend_counts_as_configured_and_receives_the_issue(
    issue, django_capture_on_commit_callbacks
):
    subscriber("leser@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        sending.start(issue)
    [sent] = mail.outbox
    assert sent.to == ["leser@example.org"]
    assert sent.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
