"""By when the shop answers a complaint: a number of working days after it was recorded — Saturdays, Sundays
and the public holidays of the shop's German state left out.

The holidays come from ``holidays`` (MIT, python-holidays): a well-kept table of every German state's
holidays, moving feasts included (Easter, Ascension, Corpus Christi, Repentance Day in Saxony …), which we
would otherwise compute and maintain ourselves.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

# The German states by their ISO 3166-2 code, as the shop's profile offers them ("" = only the nationwide days).
STATES = ("", "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH")
STATE_NAMES = (
    "Germany (nationwide holidays only)",
    "Baden-Württemberg",
    "Bavaria",
    "Berlin",
    "Brandenburg",
    "Bremen",
    "Hamburg",
    "Hesse",
    "Mecklenburg-Western Pomerania",
    "Lower Saxony",
    "North Rhine-Westphalia",
    "Rhineland-Palatinate",
    "Saarland",
    "Saxony",
    "Saxony-Anhalt",
    "Schleswig-Holstein",
    "Thuringia",
)


@lru_cache(maxsize=64)
def _holidays(year: int, state: str) -> frozenset[date]:
    import holidays  # on first use: its tables cost every process 25 ms to import, most never need them

    table = holidays.country_holidays("DE", subdiv=state or None, years=year)
    return frozenset(table)


def is_working_day(day: date, state: str = "") -> bool:
    return day.weekday() < 5 and day not in _holidays(day.year, state if state in STATES else "")


def answer_by(recorded: date, working_days: int, state: str = "") -> date:
    """The day ``working_days`` working days after ``recorded`` (the day of recording does not count)."""
    day, left = recorded, max(0, working_days)
    while left:
        day += timedelta(days=1)
        if is_working_day(day, state):
            left -= 1
    return day
