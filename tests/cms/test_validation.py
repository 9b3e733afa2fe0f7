"""The content rules editors meet when they save, with the German messages they read.

Pages are validated as Wagtail does before saving a revision (``full_clean``),
on pages that sit in a real tree; one test follows a message through the admin.
"""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import querydict_from_html

from cms.courses.models import CourseSession
from cms.organisations.models import OfferPage, OrganisationPage
from tests import builders


def errors_of(instance) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as caught:
        instance.full_clean()
    return caught.value.message_dict


@pytest.fixture
def offer(site_tree) -> OfferPage:
    return OfferPage.objects.get(pk=site_tree.kultur_offer.pk)


@pytest.fixture
def portrait(site_tree) -> OrganisationPage:
    return OrganisationPage.objects.get(pk=site_tree.kulturverein.pk)


@pytest.fixture
def course(site_tree):
    return builders.course(builders.course_index(site_tree.home), "Kassenführung im Verein")


def in_days(days: int, hour: int = 18) -> datetime.datetime:
    moment = timezone.localtime() + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


# --- engagement offers ---------------------------------------------------------------


def test_the_fixture_pages_are_valid(offer, portrait, course):
    for page in (offer, portrait, course):
        page.full_clean()


def test_an_offer_cannot_end_before_it_begins(offer):
    offer.date_from = datetime.date(2026, 6, 10)
    offer.date_to = datetime.date(2026, 6, 9)

    assert errors_of(offer) == {"date_to": ["Das Ende liegt vor dem Beginn."]}


def test_an_offer_may_begin_and_end_on_the_same_day(offer):
    offer.date_from = offer.date_to = datetime.date(2026, 6, 10)

    offer.full_clean()


def test_a_one_off_offer_needs_a_date(offer):
    offer.commitment = OfferPage.Commitment.ONE_OFF
    offer.date_from = offer.date_to = None

    assert errors_of(offer) == {
        "date_from": ["Bei einem einmaligen Einsatz bitte das Datum angeben."]
    }


def test_a_regular_offer_needs_no_date(offer):
    offer.commitment = OfferPage.Commitment.REGULAR
    offer.date_from = offer.date_to = None

    offer.full_clean()


def test_an_editor_reads_the_offer_date_message_in_the_admin(client, site_tree, club_editor):
    offer = site_tree.kultur_offer
    url = reverse("wagtailadmin_pages:edit", args=[offer.pk])
    client.force_login(club_editor)
    form = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data = {key: form.getlist(key) for key in form}
    data.update({"date_from": ["2026-06-10"], "date_to": ["2026-06-09"]})

    response = client.post(url, data)

    assert response.status_code == 200  # the form again, not a redirect
    assert "Das Ende liegt vor dem Beginn." in response.content.decode()
    assert OfferPage.objects.get(pk=offer.pk).latest_revision_id == offer.latest_revision_id


# --- training courses ------------------------------------------------------------------


@pytest.mark.parametrize("format_", ["in_person", "hybrid"])
def test_a_course_in_person_needs_a_venue(course, format_):
    course.format = format_
    course.venue = ""

    assert errors_of(course) == {
        "venue": ["Bitte den Ort angeben, an dem die Veranstaltung stattfindet."]
    }


def test_an_online_course_needs_no_venue(course):
    course.format = "online"
    course.venue = ""

    course.full_clean()


def test_a_course_needs_a_registration_link_or_email(course):
    course.registration_url = ""
    course.registration_email = ""

    assert errors_of(course) == {
        "registration_url": [
            "Bitte einen Anmeldelink oder eine E-Mail-Adresse für die Anmeldung angeben."
        ]
    }


def test_a_course_with_only_a_registration_link_is_fine(course):
    course.registration_email = ""
    course.registration_url = "https://vhs.hagen.example/anmeldung"

    course.full_clean()


def test_registration_cannot_close_after_the_first_session(course):
    first = course.first_session.start
    course.registration_deadline = first.date() + datetime.timedelta(days=1)

    assert errors_of(course) == {
        "registration_deadline": ["Der Anmeldeschluss liegt nach dem ersten Termin."]
    }


def test_registration_may_close_on_the_day_of_the_first_session(course):
    course.registration_deadline = course.first_session.start.date()

    course.full_clean()


def test_the_deadline_is_compared_with_the_earliest_session_not_the_first_listed(site_tree):
    late, early = (in_days(30), in_days(30, hour=20)), (in_days(10), in_days(10, hour=20))
    course = builders.course(
        builders.course_index(site_tree.home), "Datenschutz", sessions=[late, early]
    )
    course.registration_deadline = (early[0] + datetime.timedelta(days=2)).date()

    assert "registration_deadline" in errors_of(course)


def test_a_session_cannot_end_before_it_starts(course):
    session = CourseSession(page=course, start=in_days(7, hour=20), end=in_days(7, hour=18))

    assert errors_of(session) == {"end": ["Das Ende muss nach dem Beginn liegen."]}


def test_a_session_cannot_end_when_it_starts(course):
    session = CourseSession(page=course, start=in_days(7), end=in_days(7))

    assert errors_of(session) == {"end": ["Das Ende muss nach dem Beginn liegen."]}


# --- organisation portraits ------------------------------------------------------------


def test_a_club_cannot_be_founded_in_the_future(portrait):
    portrait.founded = timezone.localdate().year + 1

    assert errors_of(portrait) == {"founded": ["Das Gründungsjahr liegt in der Zukunft."]}


def test_a_club_founded_this_year_is_fine(portrait):
    portrait.founded = timezone.localdate().year

    portrait.full_clean()


def test_a_club_founding_year_before_1600_is_refused(portrait):
    portrait.founded = 1599

    assert errors_of(portrait) == {"founded": ["Bitte ein Gründungsjahr ab 1600 angeben."]}


@pytest.mark.parametrize(("latitude", "longitude"), [("51.359400", None), (None, "7.463300")])
def test_a_map_position_needs_both_latitude_and_longitude(portrait, latitude, longitude):
    portrait.latitude, portrait.longitude = latitude, longitude

    assert errors_of(portrait) == {
        "longitude": ["Für die Karte bitte Breiten- und Längengrad angeben."]
    }


def test_a_latitude_beyond_the_pole_is_refused(portrait):
    portrait.latitude, portrait.longitude = "91.000000", "7.463300"

    assert errors_of(portrait) == {"latitude": ["Der Breitengrad liegt zwischen -90 und 90."]}


@pytest.mark.parametrize("postcode", ["5813", "581350", "58 13", "HA58135"])
def test_a_postcode_has_five_digits(portrait, postcode):
    portrait.postcode = postcode

    assert "Eine Postleitzahl hat fünf Ziffern." in errors_of(portrait)["postcode"]


@pytest.mark.parametrize("phone", ["0800-HAGEN", "bitte anrufen", "123", "02331 12345 ext 7"])
def test_a_phone_number_is_made_of_digits(portrait, phone):
    portrait.contact_phone = phone

    assert errors_of(portrait) == {
        "contact_phone": [
            "Bitte eine Telefonnummer aus Ziffern angeben, z. B. 02331 123456 oder +49 2331 123456."
        ]
    }


@pytest.mark.parametrize("phone", ["02331 123456", "+49 2331 123456", "(02331) 20-7", "02331/123"])
def test_usual_ways_of_writing_a_phone_number_are_fine(portrait, phone):
    portrait.contact_phone = phone

    portrait.full_clean()


# --- campaigns ---------------------------------------------------------------------------

HASHTAG_MESSAGE = (
    "Ein Hashtag besteht nur aus Buchstaben, Ziffern und Unterstrichen – ohne „#“ und "
    "ohne Leerzeichen."
)


@pytest.mark.parametrize("hashtag", ["#HAGENbrauchtDICH", "HAGEN braucht DICH", "Hagen-hilft"])
def test_a_campaign_hashtag_has_no_hash_sign_spaces_or_dashes(db, hashtag):
    campaign = builders.campaign()
    campaign.hashtag = hashtag

    assert errors_of(campaign) == {"hashtag": [HASHTAG_MESSAGE]}


@pytest.mark.parametrize("hashtag", ["HAGENbrauchtDICH", "Ehrenamt_Hagen", "GrünesHagen2026"])
def test_a_campaign_hashtag_may_use_umlauts_digits_and_underscores(db, hashtag):
    campaign = builders.campaign()
    campaign.hashtag = hashtag

    campaign.full_clean()


def test_a_campaign_cannot_end_before_it_starts(db):
    campaign = builders.campaign()
    campaign.ends_on = campaign.starts_on - datetime.timedelta(days=1)

    assert errors_of(campaign) == {"ends_on": ["Das Ende liegt vor dem Beginn."]}


def test_a_campaign_without_an_end_runs_on(db):
    campaign = builders.campaign(ends_on=None)

    campaign.full_clean()
