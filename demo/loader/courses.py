"""Training courses (courses.yaml) with sessions in the weeks after the day the demo is loaded."""

import datetime
from decimal import Decimal

from django.utils import timezone

from cms.courses.models import CourseIndexPage, CoursePage, CourseSession
from demo.loader.data import on, section
from demo.loader.dates import local_datetime
from demo.loader.illustrations import motif_for
from demo.loader.images import with_lead_image
from demo.loader.pages import ensure_page, may_refresh, publish
from demo.loader.report import Tally
from demo.loader.vocabularies import Vocabularies

COURSE_FIELDS = [
    "title",
    "summary",
    "provider",
    "description",
    "format",
    "venue",
    "online_info",
    "cost_note",
    "registration_url",
    "registration_email",
    "places",
    "target_group",
]


def ensure_courses(
    index: CourseIndexPage, tally: Tally, user, today: datetime.date
) -> list[CoursePage]:
    """The demo courses; a kept example course with no session ahead gets new dates."""
    vocabularies = Vocabularies(index.locale)
    courses = []
    for data in section("courses")["courses"]:
        sessions = _sessions(data["sessions"], today)
        first_day = sessions[0].start.date()
        fields = {name: data[name] for name in COURSE_FIELDS}
        fields.update(
            cost=Decimal(data["cost"]),
            district=vocabularies.district(data["district"]),
            registration_deadline=first_day - datetime.timedelta(days=data["deadline_days_before"]),
            target_groups=[vocabularies.target_groups[slug] for slug in data["target_groups"]],
            topics=[vocabularies.topics[slug] for slug in data["topics"]],
            sessions=sessions,
        )
        course = ensure_page(
            index,
            CoursePage,
            data["slug"],
            fields,
            tally,
            user=user,
            prepare=with_lead_image(tally, motif=motif_for(kind="course")),
        )
        if not course.sessions.filter(end__gte=timezone.now()).exists() and may_refresh(course):
            course.sessions = sessions
            course.registration_deadline = fields["registration_deadline"]
            publish(course, user=user)
            tally.refreshed("Seiten")
        courses.append(course)
    return courses


def _sessions(rows: list[dict], today: datetime.date) -> list[CourseSession]:
    sessions = []
    for order, row in enumerate(rows):
        day = on(row, today)
        session = CourseSession(
            start=local_datetime(day, row["start"]),
            end=local_datetime(day, row["end"]),
            note=row["note"],
            sort_order=order,
        )
        session.full_clean(exclude=["page"])
        sessions.append(session)
    return sessions
