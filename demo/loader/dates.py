"""Dates relative to the day the demo is loaded, so offers and courses are always upcoming.

Dates skip the Christmas break and the public holidays of North Rhine-Westphalia:
a seminar on Christmas Eve or Easter Monday would give the demo away.
"""

import datetime
from dataclasses import dataclass
from functools import cache

from django.utils import timezone

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
# How the data files name the weekdays, in datetime's order (Monday is 0).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEK = datetime.timedelta(days=7)


@dataclass(frozen=True)
class Upcoming:
    """A weekday some weeks from now: ``Upcoming(2, SATURDAY)`` is the Saturday after next.

    ``weeks=0`` is the first such weekday after today (never today itself).
    Weeks whose day is a holiday or in the Christmas break are not counted, so
    ``Upcoming(1, …)`` stays before ``Upcoming(2, …)`` whatever the season.
    """

    weeks: int
    weekday: int

    def on(self, today: datetime.date) -> datetime.date:
        day = today + datetime.timedelta(days=(self.weekday - today.weekday() - 1) % 7 + 1)
        remaining = self.weeks
        while is_day_off(day) or remaining:
            if not is_day_off(day):
                remaining -= 1
            day += WEEK
        return day


def is_day_off(day: datetime.date) -> bool:
    in_christmas_break = (day.month, day.day) >= (12, 20) or (day.month, day.day) <= (1, 6)
    return in_christmas_break or day in public_holidays(day.year)


@cache
def public_holidays(year: int) -> frozenset[datetime.date]:
    """Public holidays in North Rhine-Westphalia."""
    easter = easter_sunday(year)
    fixed = [(1, 1), (5, 1), (10, 3), (11, 1), (12, 25), (12, 26)]
    after_easter = [
        -2,
        1,
        39,
        50,
        60,
    ]  # Good Friday, Easter Monday, Ascension, Whit Monday, Corpus Christi
    return frozenset(
        [datetime.date(year, month, day) for month, day in fixed]
        + [easter + datetime.timedelta(days=offset) for offset in after_easter]
    )


def easter_sunday(year: int) -> datetime.date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def local_datetime(day: datetime.date, hh_mm: str) -> datetime.datetime:
    """An aware datetime in the site's time zone (Europe/Berlin)."""
    hours, minutes = (int(part) for part in hh_mm.split(":"))
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hours, minutes)))
