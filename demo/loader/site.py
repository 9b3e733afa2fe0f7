"""The top of the tree (site.yaml): the home page as the default site's root, the main
sections, the about and legal pages, the footer settings and the home page's translations."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, Site

from campaigns.models import Campaign, CampaignIndexPage
from cms.boardsupport.models import BoardResourceIndexPage
from cms.core.models import ContentPage, HomePage, SiteSettings
from cms.courses.models import CourseIndexPage
from cms.finder.models import FinderPage
from cms.organisations.models import OfferIndexPage, OrganisationIndexPage
from demo.loader.data import section
from demo.loader.images import with_lead_image
from demo.loader.pages import ensure_page, publish
from demo.loader.report import Tally
from demo.loader.streams import body_stream

# What site.yaml's "section" names.
SECTION_MODELS = {
    "finder": FinderPage,
    "offers": OfferIndexPage,
    "organisations": OrganisationIndexPage,
    "courses": CourseIndexPage,
    "resources": BoardResourceIndexPage,
    "campaign": CampaignIndexPage,
}


def ensure_home(tally: Tally, user) -> HomePage:
    """The German home page, root of the default site instead of Wagtail's welcome page."""
    root = Page.get_first_root_node()
    home = HomePage.objects.child_of(root).filter(locale=Locale.get_default()).first()
    if home is not None:
        tally.kept("Seiten")
    else:
        data = section("site")["home"]
        home = ensure_page(
            root,
            HomePage,
            data["slug"],
            {key: data[key] for key in ("title", "summary", "intro")},
            tally,
            user=user,
            prepare=with_lead_image(tally),
        )
    _make_default_site_root(home)
    _remove_welcome_page()
    return home


def _make_default_site_root(home: HomePage) -> None:
    # The site's address is HUB_SITE_URL, so canonical URLs, feeds and channel
    # links point where readers reach the hub.
    address = urlsplit(settings.SITE_URL)
    wanted = {
        "hostname": address.hostname or "localhost",
        "port": address.port or (443 if address.scheme == "https" else 80),
        "root_page": home,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(is_default_site=True, **wanted)
        return
    if any(getattr(site, key) != value for key, value in wanted.items()):
        for key, value in wanted.items():
            setattr(site, key, value)
        site.save()


def _remove_welcome_page() -> None:
    # Wagtail's "Welcome to your new Wagtail site!" is a plain Page; remove it only
    # if nobody built on it and no site still uses it.
    welcome = Page.objects.filter(
        depth=2,
        slug="home",
        content_type=ContentType.objects.get_for_model(Page),
        numchild=0,
        sites_rooted_here__isnull=True,
    ).first()
    if welcome is not None:
        welcome.delete()


def ensure_sections(home: HomePage, campaign: Campaign, tally: Tally, user) -> dict[str, Page]:
    """The main sections below the home page, in menu order, keyed like SECTION_MODELS."""
    sections = {}
    for data in section("site")["sections"]:
        model = SECTION_MODELS[data["section"]]
        fields = {
            "title": data["title"],
            "summary": data["summary"],
            "intro": data["intro"],
            "show_in_menus": True,
        }
        if model is CampaignIndexPage:
            fields["campaign"] = campaign
        sections[data["section"]] = ensure_page(
            home,
            model,
            data["slug"],
            fields,
            tally,
            user=user,
            prepare=with_lead_image(tally),
        )
    return sections


def ensure_content_pages(home: HomePage, tally: Tally, user) -> None:
    """The about page (in the menu) and the imprint, privacy and accessibility pages."""
    about = section("site")["about"]
    ensure_page(
        home,
        ContentPage,
        about["slug"],
        {
            "title": about["title"],
            "summary": about["summary"],
            "body": body_stream(about["body"], tally),
            "show_in_menus": about["show_in_menus"],
        },
        tally,
        user=user,
        prepare=with_lead_image(tally),
    )
    legal = {}
    for data in section("site")["legal_pages"]:
        legal[data["setting"]] = ensure_page(
            home,
            ContentPage,
            data["slug"],
            {
                "title": data["title"],
                "summary": data["summary"],
                "body": body_stream(data["body"], tally),
            },
            tally,
            user=user,
        )
    _fill_site_settings(home, legal, tally)


def _fill_site_settings(home: HomePage, legal: dict[str, Page], tally: Tally) -> None:
    # Only empty fields are filled: what an editor set stays.
    site = Site.objects.get(root_page=home)
    site_settings = SiteSettings.for_site(site)
    changed = False
    for name, value in {**section("site")["site_settings"], **legal}.items():
        current = getattr(site_settings, name)
        default = SiteSettings._meta.get_field(name).get_default()
        if current in (None, "", default) and current != value:
            setattr(site_settings, name, value)
            changed = True
    if changed:
        site_settings.full_clean()
        site_settings.save()
        tally.created("Website-Einstellungen")
    else:
        tally.kept("Website-Einstellungen")


def ensure_home_translations(home: HomePage, tally: Tally, user) -> None:
    """English and Arabic copies of the home page, to show the language switch and RTL."""
    for language_code, texts in section("site")["home_translations"].items():
        locale = Locale.objects.get(language_code=language_code)
        if home.get_translation_or_none(locale) is not None:
            tally.kept("Übersetzungen")
            continue
        translation = home.copy_for_translation(locale).specific
        translation.title = translation.draft_title = texts["title"]
        translation.summary = texts["summary"]
        translation.intro = texts["intro"]
        publish(translation, user=user)
        tally.created("Übersetzungen")
