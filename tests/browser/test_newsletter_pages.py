"""The newsletter's pages behind links in mails pass axe-core, the sign-up works with
the keyboard alone, and the mail itself passes axe-core as a browser renders it."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

from channels.newsletter import tokens
from channels.newsletter.mails import IssueMailer
from channels.newsletter.models import Subscriber
from demo.loader.newsletter import demo_key, subscribers
from tests.browser.test_accessibility import AXE_OPTIONS, describe
from tests.channels.newsletter.conftest import archive_of, issue_in, subscriber
from tests.services import chromium_path

pytestmark = [pytest.mark.integration, pytest.mark.browser]


def demo_subscriber() -> Subscriber:
    """The first demo subscriber as the server knows it (same key, same secret)."""
    email = subscribers()[0]["email"]
    return Subscriber(email=email, key=demo_key(email))


def token_paths() -> list[tuple[str, int, str | None]]:
    """Each page behind a mail's link, with the status and German heading it must answer:
    a broken token would land on "Dieser Link funktioniert nicht" (404) instead."""
    reader = demo_subscriber()
    manage = tokens.manage_token(reader)
    return [
        (
            f"/newsletter/bestaetigen/{tokens.confirm_token(reader)}/",
            200,
            "Anmeldung bestätigen",
        ),
        (f"/newsletter/einstellungen/{manage}/", 200, "Ihre Newsletter-Einstellungen"),
        (f"/newsletter/abmelden/{manage}/", 200, "Newsletter abbestellen"),
        (f"/newsletter/einstellungen/{manage}/loeschen/", 200, "Alle Daten löschen"),
        ("/newsletter/abmelden/ungueltig/", 404, "Dieser Link funktioniert nicht"),
        ("/en/newsletter/anmelden/", 200, None),
        ("/ar/newsletter/anmelden/", 200, None),
    ]


@pytest.mark.parametrize("viewport", [(1280, 900), (375, 740)])
def test_the_pages_behind_links_in_mails_pass_axe(chromium, hub_url, viewport):
    context = chromium.new_context(
        locale="de-DE", viewport={"width": viewport[0], "height": viewport[1]}
    )
    page = context.new_page()
    failures = {}
    for path, status, heading in token_paths():
        response = page.goto(f"{hub_url}{path}")
        assert response.status == status, path
        if heading:
            assert page.text_content("h1").strip() == heading, path
        violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
        if violations:
            failures[path] = describe(violations)
    # The page that answers the button behind the confirmation link (a POST).
    page.goto(f"{hub_url}{token_paths()[0][0]}")
    page.get_by_role("button", name="Ja, Newsletter bestätigen").click()
    page.wait_for_load_state()
    assert page.text_content("h1") == "Danke, Ihre Anmeldung ist bestätigt"
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    if violations:
        failures["confirmed"] = describe(violations)
    context.close()

    assert not failures, failures


def test_signing_up_works_with_the_keyboard_alone(page, hub_url):
    page.goto(f"{hub_url}/newsletter/anmelden/")
    page.keyboard.press("Tab")  # skip link
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "email":
            break
    page.keyboard.type("tastatur@example.org")
    # On through language, kinds, topics, districts, frequency to the button.
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    # The honeypot is never reached.
    assert page.evaluate("document.activeElement.textContent.trim()") == "Anmelden"
    page.keyboard.press("Enter")
    page.wait_for_url("**/newsletter/anmelden/danke/")

    assert "Bitte schauen Sie in Ihr Postfach" in page.text_content("h1")


def test_the_mail_passes_axe_in_light_and_dark_mode(site_tree):
    issue = issue_in(archive_of(site_tree.home), "Ausgabe Juni", picked=[site_tree.kultur_offer])
    reader = subscriber("leser@example.org")
    html = IssueMailer(issue.pk, issue.composition()).message_for(reader).alternatives[0][0]
    # A mail is one document without landmarks (role="article" holds it), so the
    # best-practice rule that wants every text in a landmark does not apply.
    options = {
        "runOnly": {
            "type": "tag",
            "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
        },
        "resultTypes": ["violations"],
    }
    # A browser of its own, closed before the test ends: while Playwright's sync
    # API is running, its event loop makes Django refuse database access in this
    # thread, which would break this test's rollback and every later database test
    # (pytest-django runs database tests before the session's shared browser ones).
    failures = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), args=["--no-sandbox", "--disable-gpu"]
        )
        for scheme in ("light", "dark"):
            context = browser.new_context(color_scheme=scheme)
            page = context.new_page()
            page.set_content(html)
            violations = Axe().run(page, options=options).response["violations"]
            context.close()
            if violations:
                failures[scheme] = describe(violations)
        browser.close()

    assert not failures, failures
