"""Builders for the hub's content and people, shared by the whole test suite.

Each builder creates real rows the way the Wagtail admin would (a page is added
to the tree, saved as a revision and published), so signals such as the club
editor group set-up run as they do in production.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from campaigns.models import Campaign, CampaignIndexPage, CampaignStoryPage
from cms.boardsupport.models import BoardResourceIndexPage, BoardResourcePage
from cms.core.models import HomePage
from cms.courses.models import CourseIndexPage, CoursePage, CourseSession
from cms.organisations.models import OfferPage, OrganisationIndexPage, OrganisationPage
from contract.item import Item

PASSWORD = "hagen-test-2026"


def publish(page: Page, user=None) -> Page:
    """Save a revision of ``page`` and publish it; return the fresh live page."""
    page.save_revision(user=user).publish(user=user)
    return type(page).objects.get(pk=page.pk)


def add_child(parent: Page, page: Page, *, live: bool = True) -> Page:
    """Add ``page`` below ``parent``, published unless ``live`` is False."""
    if not live:
        page.live = False
    parent.add_child(instance=page)
    if live:
        return publish(page)
    page.save_revision()
    return type(page).objects.get(pk=page.pk)


def home_page(**fields) -> HomePage:
    """The hub's home page as root of the default site, replacing Wagtail's welcome page."""
    root = Page.get_first_root_node()
    # Wagtail's "Welcome to your new Wagtail site!" page; deleting it deletes its Site too.
    root.get_children().filter(content_type__app_label="wagtailcore").delete()
    home = add_child(
        root,
        HomePage(
            **{
                "title": "Engagement Hub Hagen",
                "slug": "home",
                "summary": "Mitmachen in Hagen: Vereine, Angebote, Qualifizierungen.",
                "intro": "Willkommen beim Engagement Hub Hagen.",
                **fields,
            }
        ),
    )
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


def organisation_index(home: HomePage, **fields) -> OrganisationIndexPage:
    return add_child(
        home,
        OrganisationIndexPage(
            **{
                "title": "Vereine und Initiativen",
                "slug": "vereine",
                "summary": "Wer in Hagen etwas bewegt.",
                **fields,
            }
        ),
    )


def organisation(
    index: OrganisationIndexPage, title: str, *, live: bool = True, **fields
) -> OrganisationPage:
    """A published organisation portrait; its club editor group is set up by the signal."""
    page = OrganisationPage(
        **{
            "title": title,
            "summary": f"{title} stellt sich vor.",
            "description": f"<p>{title} lädt alle zum Mitmachen ein.</p>",
            "postcode": "58135",
            **fields,
        }
    )
    return add_child(index, page, live=live)


def offer(
    organisation_page: OrganisationPage, title: str, *, live: bool = True, **fields
) -> OfferPage:
    """A published engagement offer below an organisation portrait."""
    page = OfferPage(
        **{
            "title": title,
            "summary": f"{title}: Helfende Hände gesucht.",
            "description": "<p>Wir suchen Unterstützung.</p>",
            "time_needed": "2 Stunden pro Woche",
            "how_to_join": "<p>Einfach vorbeikommen.</p>",
            "commitment": OfferPage.Commitment.REGULAR,
            "date_from": datetime.date(2026, 5, 1),
            **fields,
        }
    )
    return add_child(organisation_page, page, live=live)


def course_index(home: HomePage, **fields) -> CourseIndexPage:
    return add_child(
        home,
        CourseIndexPage(
            **{
                "title": "Qualifizierungen",
                "slug": "qualifizierungen",
                "summary": "Lernen fürs Ehrenamt.",
                **fields,
            }
        ),
    )


def course(
    index: CourseIndexPage,
    title: str,
    *,
    sessions: list[tuple[datetime.datetime, datetime.datetime]] | None = None,
    live: bool = True,
    **fields,
) -> CoursePage:
    """A published in-person course; by default one evening session four weeks ahead."""
    if sessions is None:
        start = timezone.now().replace(hour=18, minute=0, second=0, microsecond=0)
        start += datetime.timedelta(days=28)
        sessions = [(start, start + datetime.timedelta(hours=2))]
    page = CoursePage(
        **{
            "title": title,
            "summary": f"{title}: kompakt und praxisnah.",
            "provider": "Freiwilligenzentrale Hagen",
            "description": "<p>Ein Abend für Vorstände.</p>",
            "format": CoursePage.Format.IN_PERSON,
            "venue": "Rathaus an der Volme, Raum A.201",
            "registration_email": "anmeldung@hagen.example",
            "target_group": "Vorstände kleiner Vereine",
            **fields,
        }
    )
    page.sessions = [CourseSession(start=start, end=end) for start, end in sessions]
    return add_child(index, page, live=live)


def campaign(name: str = "HAGEN braucht DICH", **fields) -> Campaign:
    return Campaign.objects.create(
        **{
            "name": name,
            "slug": "hagen-braucht-dich",
            "hashtag": "HAGENbrauchtDICH",
            "starts_on": datetime.date(2026, 3, 1),
            "locale": Locale.get_default(),
            **fields,
        }
    )


def resource_index(home: HomePage, **fields) -> BoardResourceIndexPage:
    return add_child(
        home,
        BoardResourceIndexPage(
            **{
                "title": "Hilfe für Vorstände",
                "slug": "vorstandsarbeit",
                "summary": "Wissen für die Vereinsführung.",
                **fields,
            }
        ),
    )


def resource(
    index: BoardResourceIndexPage, title: str, *, live: bool = True, **fields
) -> BoardResourcePage:
    """A published board-support resource with one paragraph of text."""
    page = BoardResourcePage(
        **{
            "title": title,
            "summary": f"{title}: das Wichtigste in Kürze.",
            "category": "law",
            "body": [{"type": "paragraph", "value": f"<p>{title} erklärt in fünf Schritten.</p>"}],
            **fields,
        }
    )
    return add_child(index, page, live=live)


def campaign_index(home: HomePage, campaign: Campaign | None = None, **fields):
    return add_child(
        home,
        CampaignIndexPage(
            **{
                "title": "HAGEN braucht DICH",
                "slug": "hagen-braucht-dich",
                "summary": "Geschichten vom Mitmachen.",
                "campaign": campaign,
                **fields,
            }
        ),
    )


def story(
    index: CampaignIndexPage, title: str, *, campaign: Campaign, live: bool = True, **fields
) -> CampaignStoryPage:
    """A published campaign story with one paragraph of text."""
    page = CampaignStoryPage(
        **{
            "title": title,
            "summary": f"{title}: eine Geschichte aus Hagen.",
            "campaign": campaign,
            "body": [{"type": "paragraph", "value": f"<p>{title}. So fing es an.</p>"}],
            **fields,
        }
    )
    return add_child(index, page, live=live)


def item(**fields) -> Item:
    """A channel-neutral item without a page behind it, for a channel's own tests."""
    return Item(
        **{
            "page_id": 1,
            "kind": "offer",
            "kind_label": "Mitmach-Angebot",
            "title": "Helfer*innen für das Sommerfest",
            "summary": "Wir suchen Menschen, die beim Aufbau und an der Kuchentheke mit anpacken.",
            "body_text": "",
            "body_html": "",
            "url": "https://engagement.hagen.example/vereine/kulturverein-haspe/sommerfest/",
            "language": "de",
            **fields,
        }
    )


def person(username: str, *groups: Group | str, **fields):
    """A user in the given groups (by object or by name), with the test password."""
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@hagen.example",
        password=PASSWORD,
        **fields,
    )
    for group in groups:
        if isinstance(group, str):
            group = Group.objects.get(name=group)
        user.groups.add(group)
    return user


def club_editor_of(organisation_page: OrganisationPage, username: str):
    """A volunteer who edits the portrait of ``organisation_page`` (and only that)."""
    organisation_page.refresh_from_db()
    return person(username, organisation_page.editor_group, settings.HUB_GROUP_CLUB_EDITORS)


@dataclass
class SiteTree:
    home: HomePage
    organisations: OrganisationIndexPage
    kulturverein: OrganisationPage
    naturschutz: OrganisationPage
    kultur_offer: OfferPage
    natur_offer: OfferPage


def site_tree() -> SiteTree:
    """The smallest useful hub: two published clubs with one published offer each."""
    home = home_page()
    index = organisation_index(home)
    kulturverein = organisation(index, "Kulturverein Haspe", slug="kulturverein-haspe")
    naturschutz = organisation(
        index, "Naturschutzgruppe Hohenlimburg", slug="naturschutzgruppe-hohenlimburg"
    )
    return SiteTree(
        home=home,
        organisations=index,
        kulturverein=kulturverein,
        naturschutz=naturschutz,
        kultur_offer=offer(kulturverein, "Helfer*innen für das Sommerfest"),
        natur_offer=offer(naturschutz, "Krötenwanderung am Hengsteysee begleiten"),
    )
