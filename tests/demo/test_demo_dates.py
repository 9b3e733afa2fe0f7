"""Relative demo dates: always ahead, in order, and never on a holiday."""

import datetime

from demo.loader.dates import (
    MONDAY,
    SATURDAY,
    THURSDAY,
    Upcoming,
    easter_sunday,
    is_day_off,
)


def test_it_counts_weeks_from_the_next_such_weekday():
    wednesday = datetime.date(2026, 3, 4)
    assert Upcoming(0, SATURDAY).on(wednesday) == datetime.date(2026, 3, 7)
    assert Upcoming(2, SATURDAY).on(wednesday) == datetime.date(2026, 3, 21)


def test_it_never_returns_today():
    saturday = datetime.date(2026, 3, 7)
    assert Upcoming(0, SATURDAY).on(saturday) == datetime.date(2026, 3, 14)


def test_it_skips_the_christmas_break_and_keeps_sessions_in_order():
    days = [Upcoming(weeks, THURSDAY).on(datetime.date(2026, 11, 25)) for weeks in range(2, 6)]
    assert days == sorted(set(days))
    assert not any(is_day_off(day) for day in days)
    assert days[2] == datetime.date(2027, 1, 7)


def test_it_skips_easter_monday():
    friday_before_easter = datetime.date(2027, 3, 26)
    assert Upcoming(0, MONDAY).on(friday_before_easter) == datetime.date(2027, 4, 5)


def test_easter_sunday_is_right_for_known_years():
    assert easter_sunday(2025) == datetime.date(2025, 4, 20)
    assert easter_sunday(2026) == datetime.date(2026, 4, 5)
    assert easter_sunday(2027) == datetime.date(2027, 3, 28)
