"""The Hagen demo: complete, valid, believable, and loaded twice without a duplicate.

Loading the demo takes a few seconds, so the module loads it once (twice, in
fact, to check it is idempotent) inside a transaction that is rolled back when
the module is done. Each test runs in a savepoint inside it (pytest-django's
``django_db``), so a test that changes something leaves no trace for the next.
"""

import datetime
import hashlib
import io
import itertools
import math
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.db.models import F
from django.test import override_settings
from django.utils import timezone
from PIL import Image, ImageStat
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Page, PageLogEntry, Revision, Site

from campaigns.models import Campaign, CampaignIndexPage, CampaignStoryPage
from cms.boardsupport.models import BoardResourcePage
from cms.core.models import ContentPage, HomePage, HubImage, SiteSettings
from cms.courses.models import CoursePage, CourseSession
from cms.finder.models import FinderPage
from cms.organisations.models import OfferPage, OrganisationPage
from cms.taxonomy.models import District
from demo.loader.images import CREDIT
from demo.loader.logins import DEMO_USERS

pytestmark = pytest.mark.django_db

COUNTED = {
    "pages": Page.objects,
    "images": HubImage.objects,
    "documents": get_document_model().objects,
    "users": get_user_model().objects,
    "groups": Group.objects,
    "collections": Collection.objects,
    "campaigns": Campaign.objects,
    "revisions": Revision.objects,
    "page log entries": PageLogEntry.objects,
}


def counts() -> dict[str, int]:
    return {name: manager.count() for name, manager in COUNTED.items()}


@dataclass
class Loaded:
    after_first_run: dict[str, int]
    after_second_run: dict[str, int]
    first_output: str
    second_output: str


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory) -> Loaded:
    media = tmp_path_factory.mktemp("media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=str(media)),
        transaction.atomic(),
    ):
        first, second = io.StringIO(), io.StringIO()
        call_command("load_demo_content", stdout=first)
        after_first_run = counts()
        call_command("load_demo_content", stdout=second)
        yield Loaded(after_first_run, counts(), first.getvalue(), second.getvalue())
        transaction.set_rollback(True)


def test_it_creates_nothing_new_on_a_second_run(demo):
    assert demo.after_second_run == demo.after_first_run


def test_it_reports_created_and_kept_counts_and_the_logins(demo):
    assert "Seiten:" in demo.first_output
    assert " 0 schon vorhanden" in demo.first_output
    assert "waren schon vollständig da" in demo.second_output
    assert "  0 neu" in demo.second_output
    for output in (demo.first_output, demo.second_output):
        assert "http://127.0.0.1:8000/admin/" in output
        assert settings.HUB_DEMO_PASSWORD in output


def test_it_prints_nothing_with_quiet(demo):
    output = io.StringIO()
    call_command("load_demo_content", "--quiet", stdout=output)
    assert output.getvalue() == ""


def test_a_later_run_gives_example_offers_and_courses_whose_dates_passed_new_ones(demo):
    today = timezone.localdate()
    a_year_ago = datetime.timedelta(days=365)
    offer = OfferPage.objects.get(slug="aufraeumaktion-volme")
    OfferPage.objects.filter(pk=offer.pk).update(
        date_from=offer.date_from - a_year_ago, date_to=offer.date_to - a_year_ago
    )
    course = CoursePage.objects.get(slug="vereinsrecht-fuer-vorstaende")
    CourseSession.objects.filter(page=course).update(
        start=F("start") - a_year_ago, end=F("end") - a_year_ago
    )
    CoursePage.objects.filter(pk=course.pk).update(
        registration_deadline=course.registration_deadline - a_year_ago
    )
    output = io.StringIO()

    call_command("load_demo_content", stdout=output)

    offer.refresh_from_db()
    assert today < offer.date_from == offer.date_to
    course = CoursePage.objects.get(pk=course.pk)
    assert all(session.start.date() > today for session in course.sessions.all())
    assert course.registration_deadline >= today
    assert "(davon 2 mit neuen Terminen)" in output.getvalue()
    assert counts()["pages"] == demo.after_first_run["pages"]


def test_the_home_page_replaces_the_welcome_page_as_root_of_the_default_site(demo):
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert home.title == "Engagement in Hagen"
    assert not Page.objects.filter(depth=2, content_type__app_label="wagtailcore").exists()
    menu = {page.slug for page in home.get_children().in_menu()}
    assert {
        "finden",
        "mitmachen",
        "organisationen",
        "qualifizierung",
        "vorstandsarbeit",
        "hagen-braucht-dich",
    } <= menu
    assert FinderPage.objects.child_of(home).filter(slug="finden").exists()


def test_the_footer_settings_name_the_contact_and_the_legal_pages(demo):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert site_settings.contact_name == "Freiwilligenzentrale Hagen"
    assert site_settings.contact_email.endswith("@example.org")
    for field, slug in [
        ("imprint_page", "impressum"),
        ("privacy_page", "datenschutz"),
        ("accessibility_page", "barrierefreiheit"),
    ]:
        page = getattr(site_settings, field)
        assert page.slug == slug
        assert isinstance(page.specific, ContentPage)
        assert "Beispiel" in str(page.specific.body)


def test_the_home_page_has_english_and_arabic_translations(demo):
    home = HomePage.objects.get(locale=Locale.get_default())
    for language_code in ("en", "ar"):
        translation = home.get_translation(Locale.objects.get(language_code=language_code))
        assert translation.live
        assert translation.title != home.title
        assert translation.specific.intro != home.intro
    arabic = home.get_translation(Locale.objects.get(language_code="ar"))
    assert any("\u0600" <= char <= "\u06ff" for char in arabic.title)


def test_there_are_ten_organisations_each_with_two_or_three_live_offers(demo):
    organisations = OrganisationPage.objects.all()
    assert organisations.count() >= 10
    for organisation in organisations:
        assert 2 <= organisation.live_offers().count() <= 3, organisation.title


def test_organisations_cover_every_district_with_fictional_contact_data(demo):
    districts = {district.slug for district in District.objects.filter(locale=Locale.get_default())}
    covered = set(OrganisationPage.objects.values_list("districts__slug", flat=True))
    assert districts <= covered
    for organisation in OrganisationPage.objects.all():
        assert organisation.contact_email.endswith("@example.org")
        assert organisation.contact_phone.startswith("02331 0")
        assert 51.2 < organisation.latitude < 51.5 and 7.3 < organisation.longitude < 7.7
        assert organisation.logo.collection == organisation.media_collection
        assert "erfunden" in organisation.description


def test_offers_mix_commitments_and_short_term_ones_lie_ahead(demo):
    today = timezone.localdate()
    offers = OfferPage.objects.live()
    assert set(offers.values_list("commitment", flat=True)) == {"one_off", "project", "regular"}
    one_offs = offers.filter(commitment=OfferPage.Commitment.ONE_OFF)
    assert one_offs.count() >= 5
    for offer in one_offs:
        assert today < offer.date_from <= today + datetime.timedelta(weeks=12), offer.title
    assert all(offer.how_to_join for offer in offers)


def test_only_the_culture_club_needs_approval_and_its_editor_is_the_demo_club_account(demo):
    culture_club = OrganisationPage.objects.get(slug="kulturverein-lennetal")
    assert not culture_club.club_may_publish
    assert OrganisationPage.objects.filter(club_may_publish=True).exists()
    verein = get_user_model().objects.get(username="verein")
    assert verein.groups.filter(pk=culture_club.editor_group_id).exists()
    assert verein.groups.filter(name=settings.HUB_GROUP_CLUB_EDITORS).exists()


def test_the_demo_accounts_exist_with_their_roles_and_the_demo_password(demo):
    User = get_user_model()
    assert {username for username, _ in DEMO_USERS} <= set(
        User.objects.values_list("username", flat=True)
    )
    assert User.objects.get(username="admin").is_superuser
    roles = {
        "redaktion": settings.HUB_GROUP_CITY_EDITORS,
        "helfer": settings.HUB_GROUP_DIGITAL_HELPERS,
    }
    for username, group in roles.items():
        assert User.objects.get(username=username).groups.filter(name=group).exists()
    for username, _ in DEMO_USERS:
        user = User.objects.get(username=username)
        assert user.check_password(settings.HUB_DEMO_PASSWORD)
        assert user.first_name and user.email.endswith("@example.org")


def test_there_are_five_courses_with_sessions_still_to_come(demo):
    courses = CoursePage.upcoming(Locale.get_default())
    assert courses.count() == 5
    today = timezone.localdate()
    for course in courses:
        assert course.registration_deadline >= today
        assert course.sessions.count() >= 1
    assert courses.filter(format=CoursePage.Format.ONLINE).exists()


def test_there_are_six_board_resources_one_with_a_real_pdf(demo):
    resources = BoardResourcePage.objects.live()
    assert resources.count() == 6
    assert len(set(resources.values_list("category", flat=True))) == 6
    pdf = resources.get(slug="mitgliederversammlung-vorbereiten").documents.get().document
    with pdf.file.open("rb") as handle:
        content = handle.read()
    assert content.startswith(b"%PDF-1.4") and content.rstrip().endswith(b"%%EOF")
    assert b"Mitgliederversammlung" in content


def test_the_campaign_runs_this_year_with_three_stories_linked_to_offers(demo):
    campaign = Campaign.objects.get(slug="hagen-braucht-dich")
    assert campaign.hashtag == "HAGENbrauchtDICH"
    assert campaign.starts_on == timezone.localdate().replace(month=1, day=1)
    assert campaign.ends_on is None
    index = CampaignIndexPage.objects.get(slug="hagen-braucht-dich")
    assert index.campaign == campaign
    stories = CampaignStoryPage.objects.child_of(index).live()
    assert stories.count() == 3
    for story in stories:
        assert {"paragraph", "figure", "quote"} <= {block.block_type for block in story.body}
        assert story.linked_offers()


def test_every_image_has_alt_text_and_the_generated_credit(demo):
    for image in HubImage.objects.all():
        assert len(image.description) > 20, image.title
        assert image.credit == CREDIT
        assert (image.width, image.height) in {(1200, 800), (600, 600)}


def test_every_page_is_live_valid_marked_as_example_and_illustrated(demo):
    pages = Page.objects.filter(depth__gt=1).specific()
    assert pages
    legal = {"impressum", "datenschutz", "barrierefreiheit"}
    for page in pages:
        assert page.live, page.title
        assert page.is_example, page.title
        page.full_clean()
        if page.slug not in legal:
            assert page.lead_image is not None, page.title


def _picture(image: HubImage) -> tuple[str, list[float]]:
    """The stored file's hash and its mean colour."""
    with image.file.open("rb") as handle:
        content = handle.read()
        handle.seek(0)
        mean = ImageStat.Stat(Image.open(handle).convert("RGB").reduce(8)).mean
    return hashlib.sha256(content).hexdigest(), mean


def test_cards_can_be_told_apart_by_their_pictures(demo):
    offers = list(OfferPage.objects.live().select_related("lead_image"))
    pictures = {offer.pk: _picture(offer.lead_image) for offer in offers}
    assert len({digest for digest, _ in pictures.values()}) == len(offers)
    # Every organisation has colours of its own; its portrait and offers share them.
    for first, second in itertools.combinations(offers, 2):
        if first.get_parent().pk != second.get_parent().pk:
            distance = math.dist(pictures[first.pk][1], pictures[second.pk][1])
            assert distance >= 15, (first.title, second.title)
    portraits = [_picture(page.lead_image)[1] for page in OrganisationPage.objects.all()]
    for first, second in itertools.combinations(portraits, 2):
        assert math.dist(first, second) >= 15
    # The motif shows the topic: nature offers show trees, courses books.
    nature = OfferPage.objects.get(slug="streuobstwiese-pflegeeinsaetze")
    assert "Bäume" in nature.lead_image.description
    for course in CoursePage.objects.all():
        assert "Bücher" in course.lead_image.description
