"""Field types of plan format v1: how text from YAML 1.2 or CSV becomes dates, times and fractions.

The YAML reader keeps ``17:45``, ``2027-03-31`` and ``80%`` as text (YAML 1.2 core
schema); these types turn such text into values only where the field asks for
one, and reject anything else with a message a planner can act on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema as cs

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"(\d{1,2}):(\d{2})")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(:\d{2})?")
_PERCENT = re.compile(r"\s*([-+]?\d+(?:\.\d+)?)\s*%\s*")


def describe(value: Any) -> str:
    """A value as an error message names it: 'the text 'abc'', 'a list', 'nothing'."""
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
    raise ValueError(f"expected a date like 2027-03-31, got {describe(value)}")


def _to_time(value: Any) -> Any:
    if isinstance(value, time):
        return value
    match = _TIME.fullmatch(value.strip()) if isinstance(value, str) else None
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2))
        if hours < 24 and minutes < 60:
            return time(hours, minutes)
    raise ValueError(f"expected a time like 17:45, got {describe(value)}")


def _to_datetime(value: Any) -> Any:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and _DATETIME.fullmatch(value.strip()):
        try:
            return datetime.fromisoformat(value.strip().replace(" ", "T"))
        except ValueError as exc:
            raise ValueError(f"{value!r} is not a real date and time ({exc})") from None
    raise ValueError(f"expected a date and time like 2027-01-04T08:00, got {describe(value)}")


def _to_fraction(value: Any) -> Any:
    if isinstance(value, str):
        match = _PERCENT.fullmatch(value)
        if not match:
            raise ValueError(f"expected a fraction like 0.8 or 80%, got {describe(value)}")
        number = float(match.group(1)) / 100
        if not 0 <= number <= 1:
            raise ValueError(f"{value} is outside 0%-100%")
        return number
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"expected a fraction like 0.8 or 80%, got {describe(value)}")
    if not 0 <= value <= 1:
        hint = f"; did you mean {value}%?" if 1 < value <= 100 else ""
        raise ValueError(f"a fraction must be between 0 and 1, got {value}{hint}")
    return float(value)


_PERCENT_SCHEMA = {"type": "string", "pattern": r"^\s*\d+(\.\d+)?\s*%\s*$"}

#: The union label of a native fast path; ``build.py`` drops its errors, so that
#: a value the fast path refuses is reported by the checked path alone.
FAST_PATH = "ccgov-fast-path"


class _Prebuilt:
    """``Annotated`` metadata that hands pydantic a ready core schema and JSON Schema.

    Equivalent to ``BeforeValidator(f), WithJsonSchema(j)``, but pydantic neither
    inspects ``f``'s signature nor walks the annotation again for each of the
    hundreds of fields that use the type, which made up a large part of
    building the models at start-up.
    """

    __slots__ = ("_core", "_json")

    def __init__(self, core: Callable[[], cs.CoreSchema], json_schema: dict[str, Any]) -> None:
        self._core = core
        self._json = json_schema

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> cs.CoreSchema:
        # A new schema each time: pydantic writes metadata into the one it is given.
        return self._core()

    def __get_pydantic_json_schema__(
        self, schema: cs.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return dict(self._json)


def _checked(function: Callable[[Any], Any], inner: cs.CoreSchema) -> cs.CoreSchema:
    return cs.no_info_before_validator_function(function, inner)


def _fast_or_checked(fast: cs.CoreSchema, checked: cs.CoreSchema) -> cs.CoreSchema:
    """``fast`` in pydantic-core alone, or else ``checked``, whose errors are the ones reported."""
    return cs.union_schema([(fast, FAST_PATH), (checked, "checked")], mode="left_to_right")


def _text_schema() -> cs.CoreSchema:
    # Text is nearly always text: no Python call then.
    return _fast_or_checked(cs.str_schema(strict=True), _checked(_to_text, cs.str_schema(strict=True)))


def _datetime_schema() -> cs.CoreSchema:
    # A forecast has a timestamp per interval, tens of thousands in a year. The common
    # spelling is parsed natively; pydantic-core would also take numbers and other
    # spellings, so only strings of this exact shape (a subset of what _to_datetime
    # accepts) reach it, and anything else gets _to_datetime's checks and messages.
    exact = cs.str_schema(
        strict=True, pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?$"
    )
    fast = cs.chain_schema([exact, cs.datetime_schema(strict=False)])
    return _fast_or_checked(fast, _checked(_to_datetime, cs.datetime_schema(strict=True)))


Text = Annotated[
    str, _Prebuilt(_text_schema, {"type": ["string", "number", "boolean"]})
]
IsoDate = Annotated[
    date,
    _Prebuilt(lambda: _checked(_to_date, cs.date_schema(strict=True)), {"type": "string", "format": "date"}),
]
ClockTime = Annotated[
    time,
    _Prebuilt(
        lambda: _checked(_to_time, cs.time_schema(strict=True)),
        {"type": "string", "pattern": r"^\d{1,2}:\d{2}$"},
    ),
]
IsoDateTime = Annotated[
    datetime,
    _Prebuilt(
        _datetime_schema,
        {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(:\d{2})?$"},
    ),
]
#: A fraction of 1 written as 0.8 or "80%".
Fraction = Annotated[
    float,
    _Prebuilt(
        lambda: _checked(_to_fraction, cs.float_schema(strict=True)),
        {"anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, _PERCENT_SCHEMA]},
    ),
]


class Section(BaseModel):
    """Base of every mapping in a plan: strict types, unknown keys kept for CCG001."""

    # defer_build: the schema of the whole plan is built once, when the first plan is
    # validated, instead of once per section class at import with each class's own
    # validator; it also spares ``ccgov --help`` and other commands the work.
    model_config = ConfigDict(strict=True, extra="allow", frozen=True, defer_build=True)


#: Bulk rows (forecast intervals) are pydantic dataclasses with slots, not models:
#: a year of intervals is tens of thousands of rows, and a model instance costs
#: three times the memory (its own ``__dict__`` and fields-set) and more time.
#: Each field is strict on its own, since a strict dataclass refuses a mapping.
ROW_CONFIG = ConfigDict(extra="ignore")


def empty_list() -> list[Any]:
    """The default of list fields (a Python function, not ``list``: see below)."""
    # pydantic inspects a default factory's signature; for the builtin ``list``
    # that means tokenizing its text signature, milliseconds at first validation.
    return []


def one_or_many(value: Any) -> Any:
    """Accept a single vocabulary value where a list is allowed (contingency ``scenario``)."""
    return [value] if isinstance(value, str) else value


TextOrList = Annotated[
    list[Text],
    _Prebuilt(
        lambda: _checked(one_or_many, cs.list_schema(_text_schema(), strict=True)),
        {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
    ),
]
