"""Every page type can be translated: through Wagtail's ``copy_for_translation``, with
its parents or below its translated parent, and through the admin's translate
action (wagtail.contrib.simple_translation), by the Redaktion.

Each page type is built with the ancestors it needs below the home page; a
page type added to the hub without a builder here fails the first test.
"""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page, get_page_models

from campaigns.models import Campaign
from channels.mastodon.models import HashtagWallPage
from channels.newsletter.models import NewsletterArchiveIndexPage, NewsletterIssuePage
from cms.core.models import ContentPage
from cms.finder.models import FinderPage
from cms.organisations.models import OfferIndexPage, OrganisationPage
from tests import builders
from tests.throwaway.models import NoticePage


def child(parent, model, title, **fields):
    return builders.add_child(
        parent, model(title=title, summary=f"{title}: kurz gesagt.", **fields)
    )


def portrait(home):
    return builders.organisation(builders.organisation_index(home), "Kulturverein Haspe")


def story(home):
    campaign = builders.campaign()
    return builders.story(
        builders.campaign_index(home, campaign), "Mein erstes Ehrenamt", campaign=campaign
    )


def issue(home):
    archive = child(home, NewsletterArchiveIndexPage, "Newsletter", slug="newsletter")
    issue = NewsletterIssuePage(
        title="Ausgabe Juli",
        slug="ausgabe-juli",
        summary="Das Neueste zum Mitmachen.",
        intro="Liebe Engagierte,\n\nhier ist das Neueste.",
        fill_automatically=False,
        include_community=False,
    )
    return builders.add_child(archive, issue, live=False)


BUILDERS = {
    "core.HomePage": lambda home: home,
    "core.ContentPage": lambda home: child(
        child(home, ContentPage, "Über uns"), ContentPage, "Impressum"
    ),
    "organisations.OrganisationIndexPage": builders.organisation_index,
    "organisations.OrganisationPage": portrait,
    "organisations.OfferPage": lambda home: builders.offer(portrait(home), "Sommerfest"),
    "organisations.OfferIndexPage": lambda home: child(
        home, OfferIndexPage, "Alle Angebote", slug="angebote"
    ),
    "courses.CourseIndexPage": builders.course_index,
    "courses.CoursePage": lambda home: builders.course(
        builders.course_index(home), "Kassenführung im Verein"
    ),
    "boardsupport.BoardResourceIndexPage": builders.resource_index,
    "boardsupport.BoardResourcePage": lambda home: builders.resource(
        builders.resource_index(home), "Die Mitgliederversammlung"
    ),
    "campaigns.CampaignIndexPage": lambda home: builders.campaign_index(home, builders.campaign()),
    "campaigns.CampaignStoryPage": story,
    "finder.FinderPage": lambda home: child(home, FinderPage, "Engagement-Finder"),
    "mastodon.HashtagWallPage": lambda home: child(home, HashtagWallPage, "Pinnwand"),
    "newsletter.NewsletterArchiveIndexPage": lambda home: child(
        home, NewsletterArchiveIndexPage, "Newsletter", slug="newsletter"
    ),
    "newsletter.NewsletterIssuePage": issue,
    "throwaway.NoticePage": lambda home: child(home, NoticePage, "Aushang", body="Flohmarkt"),
}


@pytest.fixture(autouse=True)
def no_channels(settings):
    # What is translated here, not where it goes: publishing stays on the website alone.
    settings.HUB_CHANNEL_ROUTES = {"*": []}


@pytest.fixture
def english(db) -> Locale:
    return Locale.objects.get(language_code="en")


def build(label: str) -> Page:
    return BUILDERS[label](builders.home_page()).specific


def assert_is_translation(translation: Page, page: Page, locale: Locale) -> None:
    translation = Page.objects.get(pk=translation.pk).specific
    assert type(translation) is type(page)
    assert translation.locale == locale
    assert translation.translation_key == page.translation_key
    assert translation.pk != page.pk
    parent = translation.get_parent()
    assert parent.is_root() or parent.locale == locale
    # A translation is a draft the translator completes; it must be publishable as is.
    translation.save_revision().publish()
    assert Page.objects.get(pk=translation.pk).live
    if isinstance(page, OrganisationPage):
        # One organisation, one editor group and image collection for all its translations.
        page.refresh_from_db()
        assert translation.editor_group_id == page.editor_group_id is not None
        assert translation.media_collection_id == page.media_collection_id is not None


def test_every_page_type_is_translated_here():
    page_types = {model._meta.label for model in get_page_models()} - {"wagtailcore.Page"}

    assert page_types == set(BUILDERS)


@pytest.mark.parametrize("label", sorted(BUILDERS))
def test_a_page_is_translated_with_the_parents_it_needs(english, label):
    page = build(label)

    translation = page.copy_for_translation(english, copy_parents=True)

    assert_is_translation(translation, page, english)


@pytest.mark.parametrize("label", sorted(BUILDERS))
def test_a_page_is_translated_below_its_translated_parent(english, label):
    page = build(label)
    for ancestor in page.get_ancestors().exclude(depth=1).specific():
        ancestor.copy_for_translation(english)

    translation = page.copy_for_translation(english)

    assert_is_translation(translation, page, english)
    parent = page.get_parent()
    expected_parent = parent if parent.is_root() else parent.get_translation(english)
    assert translation.get_parent().pk == expected_parent.pk


@pytest.mark.parametrize("label", sorted(BUILDERS))
def test_the_redaktion_translates_a_page_in_the_admin(client, city_editor, english, label):
    page = build(label)
    for ancestor in page.get_ancestors().exclude(depth=1).specific():
        ancestor.copy_for_translation(english)
    client.force_login(city_editor)

    response = client.post(
        reverse("simple_translation:submit_page_translation", args=[page.pk]),
        {"locales": [english.pk]},
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert response["Location"] != "/admin/"
    assert_is_translation(page.get_translation(english), page, english)


def test_the_redaktion_translates_a_whole_site_with_its_subtree(client, city_editor, english):
    home = builders.home_page()
    pages = [BUILDERS[label](home) for label in ("core.ContentPage", "organisations.OfferPage")]
    pages += [
        builders.course(builders.course_index(home), "Erste Hilfe"),
        builders.resource(builders.resource_index(home), "Kassenprüfung"),
        builders.story(
            builders.campaign_index(home, campaign := builders.campaign()),
            "Mein Ehrenamt",
            campaign=campaign,
        ),
        child(home, FinderPage, "Engagement-Finder"),
        child(home, HashtagWallPage, "Pinnwand"),
        child(home, NoticePage, "Aushang"),
        child(home, OfferIndexPage, "Alle Angebote", slug="angebote"),
    ]
    client.force_login(city_editor)

    response = client.post(
        reverse("simple_translation:submit_page_translation", args=[home.pk]),
        {"locales": [english.pk], "include_subtree": "on"},
    )

    assert response.status_code == 302 and response["Location"] != "/admin/"
    originals = home.get_descendants(inclusive=True).filter(locale__language_code="de")
    for page in originals.specific():
        assert_is_translation(page.get_translation(english), page, english)
    assert {type(page.specific) for page in pages} <= {
        type(page) for page in Page.objects.filter(locale=english).specific()
    }


def test_a_campaign_story_translation_keeps_its_campaign(english):
    page = build("campaigns.CampaignStoryPage")

    translation = page.copy_for_translation(english, copy_parents=True).specific

    assert translation.campaign == Campaign.objects.get()
    assert translation.campaign.starts_on == datetime.date(2026, 3, 1)
