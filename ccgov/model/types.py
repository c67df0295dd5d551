"""Field types of plan format v1: how text from YAML 1.2 or CSV becomes dates, times and fractions.

The YAML reader keeps ``17:45``, ``2027-03-31`` and ``80%`` as text (YAML 1.2 core
schema); these types turn such text into values only where the field asks for
one, and reject anything else with a message a planner can act on.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, WithJsonSchema

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"(\d{1,2}):(\d{2})")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(:\d{2})?")
_PERCENT = re.compile(r"\s*([-+]?\d+(?:\.\d+)?)\s*%\s*")


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "nothing" if value is None else type(value).__name__


def _to_text(value: Any) -> Any:
    # NOTE: an unquoted `2027` or `3.5` in a text field is still what the author wrote.
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return str(value)
    return value


def _to_date(value: Any) -> Any:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and _DATE.fullmatch(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError as exc:
            raise ValueError(f"{value!r} is not a real date ({exc})") from None
    raise ValueError(f"expected a date like 2027-03-31, got {_describe(value)}")


def _to_time(value: Any) -> Any:
    if isinstance(value, time):
        return value
    match = _TIME.fullmatch(value.strip()) if isinstance(value, str) else None
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2))
        if hours < 24 and minutes < 60:
            return time(hours, minutes)
    raise ValueError(f"expected a time like 17:45, got {_describe(value)}")


def _to_datetime(value: Any) -> Any:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and _DATETIME.fullmatch(value.strip()):
        try:
            return datetime.fromisoformat(value.strip().replace(" ", "T"))
        except ValueError as exc:
            raise ValueError(f"{value!r} is not a real date and time ({exc})") from None
    raise ValueError(f"expected a date and time like 2027-01-04T08:00, got {_describe(value)}")


def _to_fraction(value: Any) -> Any:
    if isinstance(value, str):
        match = _PERCENT.fullmatch(value)
        if not match:
            raise ValueError(f"expected a fraction like 0.8 or 80%, got {_describe(value)}")
        number = float(match.group(1)) / 100
        if not 0 <= number <= 1:
            raise ValueError(f"{value} is outside 0%-100%")
        return number
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"expected a fraction like 0.8 or 80%, got {_describe(value)}")
    if not 0 <= value <= 1:
        hint = f"; did you mean {value}%?" if 1 < value <= 100 else ""
        raise ValueError(f"a fraction must be between 0 and 1, got {value}{hint}")
    return float(value)


_PERCENT_SCHEMA = {"type": "string", "pattern": r"^\s*\d+(\.\d+)?\s*%\s*$"}

Text = Annotated[
    str, BeforeValidator(_to_text), WithJsonSchema({"type": ["string", "number", "boolean"]})
]
IsoDate = Annotated[
    date, BeforeValidator(_to_date), WithJsonSchema({"type": "string", "format": "date"})
]
ClockTime = Annotated[
    time,
    BeforeValidator(_to_time),
    WithJsonSchema({"type": "string", "pattern": r"^\d{1,2}:\d{2}$"}),
]
IsoDateTime = Annotated[
    datetime,
    BeforeValidator(_to_datetime),
    WithJsonSchema({"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(:\d{2})?$"}),
]
#: A fraction of 1 written as 0.8 or "80%".
Fraction = Annotated[
    float,
    BeforeValidator(_to_fraction),
    WithJsonSchema({"anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, _PERCENT_SCHEMA]}),
]


class Section(BaseModel):
    """Base of every mapping in a plan: strict types, unknown keys kept for CCG001."""

    model_config = ConfigDict(strict=True, extra="allow", frozen=True)


class Row(BaseModel):
    """Base of bulk rows (forecast intervals): strict and lean, extra columns ignored."""

    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)


def one_or_many(value: Any) -> Any:
    """Accept a single vocabulary value where a list is allowed (contingency ``scenario``)."""
    return [value] if isinstance(value, str) else value


TextOrList = Annotated[
    list[Text],
    BeforeValidator(one_or_many),
    WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}),
]
