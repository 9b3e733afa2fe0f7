"""Mails: newsletter issues, confirmation and "already subscribed" notes.

Templates come in threes (``<name>_subject.txt``, ``<name>_body.txt``,
``<name>_body.html``) in templates/channels/newsletter/. The HTML part has its
CSS inlined by css-inline (mail clients drop <style> or parts of it), keeping
only the dark-mode media query in the head; images are absolute URLs.

An issue's HTML is rendered and inlined once per (language, set of items) and
then personalised by replacing placeholders, so 10,000 subscribers in a
handful of segments cost a handful of renderings, not 10,000.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import formatdate, make_msgid, parseaddr
from functools import cached_property
from urllib.parse import quote, urlsplit

import css_inline
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from channels.newsletter import tokens
from channels.newsletter.compose import Composition
from contract.channel import Preview
from contract.item import Item

TEMPLATES = "channels/newsletter/"
# Stand-ins for what differs per subscriber; replaced after rendering.
UNSUBSCRIBE_URL = "__NL_UNSUBSCRIBE_URL__"
PREFERENCES_URL = "__NL_PREFERENCES_URL__"
EMAIL = "__NL_EMAIL__"
_INLINER = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)
_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class RenderedMail:
    subject: str
    text: str
    html: str

    def personalised(self, replacements: dict[str, str]) -> RenderedMail:
        text, html = self.text, self.html
        for placeholder, value in replacements.items():
            text = text.replace(placeholder, value)
            html = html.replace(placeholder, _attribute(value))
        return RenderedMail(self.subject, text, html)


def _attribute(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def render(name: str, context: dict, language: str) -> RenderedMail:
    """The three templates of one mail, rendered in the recipient's language."""
    with translation.override(language):
        subject = render_to_string(f"{TEMPLATES}{name}_subject.txt", context)
        text = render_to_string(f"{TEMPLATES}{name}_body.txt", context)
        html = render_to_string(f"{TEMPLATES}{name}_body.html", context)
    return RenderedMail(
        subject=" ".join(subject.split()),
        text=_BLANK_LINES.sub("\n\n", text).strip() + "\n",
        html=_INLINER.inline(html),
    )


# --- the site the links point to -----------------------------------------------------------
class SiteLinks:
    """Absolute URLs on the default site (HUB_SITE_URL), in a given language."""

    def __init__(self):
        self._archives: dict[str, str] = {}

    @cached_property
    def root(self) -> str:
        from wagtail.models import Site

        site = Site.objects.filter(is_default_site=True).first()
        return (site.root_url if site else settings.SITE_URL).rstrip("/")

    @cached_property
    def domain(self) -> str:
        return urlsplit(self.root).hostname or "localhost"

    def url(self, name: str, language: str, **kwargs) -> str:
        with translation.override(language):
            return self.root + reverse(name, kwargs=kwargs or None)

    def archive(self, language: str) -> str:
        if language not in self._archives:
            self._archives[language] = self._archive(language)
        return self._archives[language]

    def _archive(self, language: str) -> str:
        from channels.newsletter.models import NewsletterArchiveIndexPage

        archive = NewsletterArchiveIndexPage.objects.live().public().first()
        if archive is None:
            return self.root + "/"
        with translation.override(language):
            return archive.localized.get_full_url() or self.root + "/"


# --- newsletter issues -----------------------------------------------------------------------
class IssueMailer:
    """Builds the mail of one issue for each subscriber."""

    def __init__(self, issue_id: int, composition: Composition, *, links: SiteLinks | None = None):
        self.issue_id = issue_id
        self.composition = composition
        self.links = links or SiteLinks()
        self._rendered: dict[tuple, RenderedMail] = {}

    def rendered(self, language: str, items: list[Item], *, test: bool = False) -> RenderedMail:
        key = (language, tuple((item.page_id, item.revision_id) for item in items), test)
        if key not in self._rendered:
            self._rendered[key] = render("issue", self.context(language, items, test), language)
        return self._rendered[key]

    def context(self, language: str, items: list[Item], test: bool = False) -> dict:
        composition = self.composition
        intro = composition.text(language, "intro")
        return {
            "title": composition.text(language, "title"),
            "summary": composition.text(language, "summary"),
            "intro_paragraphs": [part.strip() for part in intro.split("\n\n") if part.strip()],
            "web_url": composition.text(language, "url") or self.links.archive(language),
            "image": composition.image,
            "sections": composition.sections(items),
            "community": composition.community,
            "archive_url": self.links.archive(language),
            "subscribe_url": self.links.url("newsletter:subscribe", language),
            "site_url": self.links.root + "/",
            "unsubscribe_url": UNSUBSCRIBE_URL,
            "preferences_url": PREFERENCES_URL,
            "email": EMAIL,
            "test": test,
            "language": language,
        }

    def message_for(self, subscriber, connection=None) -> EmailMultiAlternatives | None:
        """The subscriber's mail, or None when nothing in the issue matches their preferences."""
        items = self.composition.items_for(subscriber)
        if not items:
            return None
        language = subscriber.language
        token = tokens.manage_token(subscriber)
        unsubscribe = self.links.url("newsletter:unsubscribe", language, token=token)
        mail = self.rendered(language, items).personalised(
            {
                UNSUBSCRIBE_URL: unsubscribe,
                PREFERENCES_URL: self.links.url("newsletter:preferences", language, token=token),
                EMAIL: subscriber.email,
            }
        )
        return self.build(mail, subscriber.email, unsubscribe, token, language, connection)

    def build(self, mail, to, unsubscribe_url, token, language, connection=None):
        domain = self.links.domain
        mailto = _unsubscribe_mailto(token)
        message = EmailMultiAlternatives(
            subject=mail.subject,
            body=mail.text,
            from_email=settings.NEWSLETTER_FROM_EMAIL,
            to=[to],
            connection=connection,
            headers={
                "Message-ID": make_msgid(idstring=f"newsletter.{self.issue_id}", domain=domain),
                "Date": formatdate(localtime=True),
                "List-Id": f"Newsletter des Engagement Hub Hagen <newsletter.{domain}>",
                # RFC 2369 and RFC 8058: one click in the mail client unsubscribes.
                "List-Unsubscribe": f"<{unsubscribe_url}>, <{mailto}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "List-Archive": f"<{self.links.archive(language)}>",
            },
        )
        message.attach_alternative(mail.html, "text/html")
        return message


def _unsubscribe_mailto(token: str) -> str:
    address = settings.NEWSLETTER_UNSUBSCRIBE_MAILTO or parseaddr(settings.NEWSLETTER_FROM_EMAIL)[1]
    return f"mailto:{address}?subject={quote('Abmelden ' + token)}"


def preview_mail(issue) -> RenderedMail:
    """The mail as a subscriber who wants everything, in German, would get it now."""
    composition = issue.composition()
    mailer = IssueMailer(issue.pk or 0, composition)
    items = composition.entries_in(settings.LANGUAGE_CODE)
    return mailer.rendered(settings.LANGUAGE_CODE, items).personalised(
        {
            UNSUBSCRIBE_URL: "#abmelden",
            PREFERENCES_URL: "#einstellungen",
            EMAIL: "ihre@adresse.example",
        }
    )


def message_for_test_send(issue, address: str) -> EmailMultiAlternatives:
    """A test mail to an editor: everything in the issue, marked as a test, with dead links."""
    composition = issue.composition()
    mailer = IssueMailer(issue.pk, composition)
    language = settings.LANGUAGE_CODE
    items = composition.entries_in(language)
    dead = mailer.links.url("newsletter:unsubscribe", language, token="testversand")
    mail = mailer.rendered(language, items, test=True).personalised(
        {UNSUBSCRIBE_URL: dead, PREFERENCES_URL: dead, EMAIL: address}
    )
    return mailer.build(mail, address, dead, "testversand", language)


def item_preview(item: Item) -> Preview:
    """One item as it appears in a newsletter: the channel's preview for editors."""
    context = {"item": item, "level": 3}
    html = _INLINER.inline_fragment(
        f'<div class="sheet">{render_to_string(f"{TEMPLATES}includes/item.html", context)}</div>',
        render_to_string(f"{TEMPLATES}includes/mail.css"),
    )
    text = render_to_string(f"{TEMPLATES}includes/item.txt", context).strip()
    return Preview(html=html, text=text)


# --- sign-up mails ---------------------------------------------------------------------------
def subscription_message(subscriber, mail: str) -> EmailMultiAlternatives:
    """ "confirm": the double-opt-in link; "known": the address is already subscribed."""
    links = SiteLinks()
    language = subscriber.language
    manage = tokens.manage_token(subscriber)
    context = {
        "confirm_url": links.url(
            "newsletter:confirm", language, token=tokens.confirm_token(subscriber)
        ),
        "preferences_url": links.url("newsletter:preferences", language, token=manage),
        "days": settings.NEWSLETTER_CONFIRM_DAYS,
        "site_url": links.root + "/",
        "language": language,
    }
    rendered = render(mail, context, language)
    message = EmailMultiAlternatives(
        subject=rendered.subject,
        body=rendered.text,
        from_email=settings.NEWSLETTER_FROM_EMAIL,
        to=[subscriber.email],
        headers={
            "Message-ID": make_msgid(idstring="newsletter.signup", domain=links.domain),
            "Date": formatdate(localtime=True),
            # An answer to someone's own request, not bulk mail.
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(rendered.html, "text/html")
    return message
