"""Calendar arithmetic that rules and rule packs share (plan dates, never today's date)."""

from __future__ import annotations

import calendar
from datetime import date


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier, clamped to the month's end.

    12 months before 2028-02-29 is 2027-02-28: "within 12 months" must not depend
    on whether the earlier year has a 29 February.
    """
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))
