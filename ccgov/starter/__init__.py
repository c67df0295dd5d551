"""The starter plan ``ccgov init`` writes: commented templates with the plan period filled in.

The templates in this folder hold ``{{NAME}}`` markers for dates; everything
else is copied as written, so the comments stay exactly as a new user reads them.
"""

from __future__ import annotations

import calendar
import json
from datetime import date, timedelta
from importlib.resources import files

#: The documents of the starter plan, in the order they are written.
TEMPLATES = ("plan.yaml", "consultations.yaml", "changes.yaml", "forecast.csv")
#: The JSON Schema the plan's modeline points at, written beside it.
SCHEMA_FILE = "plan-v1.schema.json"


def next_quarter(today: date) -> date:
    """The first day of the calendar quarter after ``today``: a plan is written ahead."""
    month = (today.month - 1) // 3 * 3 + 4
    return date(today.year + (month > 12), (month - 1) % 12 + 1, 1)


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def starter_files(start: date) -> dict[str, str]:
    """File name -> text of every starter file, for a three-month plan starting on ``start``."""
    from ccgov.schema import plan_schema

    end = _add_months(start, 3) - timedelta(days=1)
    monday = start + timedelta(days=(7 - start.weekday()) % 7)
    dates = {
        "START": start,
        "END": end,
        "HORIZON": date(start.year + 3, 12, 31),
        "CONSULTED": start - timedelta(days=30),
        "CHANGE": start + timedelta(days=45),
        "DAY": monday,
    }
    folder = files(__name__)
    texts = {}
    for name in TEMPLATES:
        text = folder.joinpath(name).read_text(encoding="utf-8")
        for key, value in dates.items():
            text = text.replace("{{" + key + "}}", value.isoformat())
        texts[name] = text
    texts[SCHEMA_FILE] = json.dumps(plan_schema(), indent=2) + "\n"
    return texts
