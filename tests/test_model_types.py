"""The native fast paths of the field types accept exactly what the checked paths accept."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from ccgov.model.operations import ForecastRow
from ccgov.model.types import IsoDateTime, Text, _to_datetime, _to_text

STAMPS = TypeAdapter(IsoDateTime)
TEXTS = TypeAdapter(Text)


def checked(function: Any, value: Any) -> Any:
    try:
        return function(value)
    except ValueError:
        return ValueError


def validated(adapter: TypeAdapter[Any], value: Any) -> Any:
    try:
        return adapter.validate_python(value)
    except ValidationError:
        return ValueError


digits = st.text("0123456789", min_size=1, max_size=4)
stamp_like = st.builds(
    lambda y, mo, d, sep, h, mi, s: f"{y}-{mo}-{d}{sep}{h}:{mi}{s}",
    digits, digits, digits, st.sampled_from("T t_"), digits, digits,
    st.one_of(st.just(""), digits.map(lambda x: ":" + x)),
)


@given(st.one_of(stamp_like, st.text(max_size=20), st.integers(), st.floats(), st.booleans()))
def test_timestamps_parse_as_the_checked_path_parses_them(value: Any) -> None:
    assert validated(STAMPS, value) == checked(_to_datetime, value)


@given(st.one_of(st.text(max_size=5), st.integers(), st.floats(allow_nan=False), st.booleans(), st.none()))
def test_text_is_what_the_checked_path_makes_of_it(value: Any) -> None:
    expected = checked(_to_text, value)
    assert validated(TEXTS, value) == (expected if isinstance(expected, str) else ValueError)


def test_a_forecast_row_is_strict_and_ignores_extra_columns() -> None:
    rows = TypeAdapter(list[ForecastRow])
    row = rows.validate_python(
        [{"start": "2027-01-04T08:00", "contacts": 5, "aht_seconds": 300.5, "scheduled_staff": 3,
          "note": "ignored"}]
    )[0]
    assert row == ForecastRow(datetime(2027, 1, 4, 8), 5.0, 300.5, 3.0)
    assert not hasattr(row, "__dict__")  # slots: a year of rows stays small
    with pytest.raises(ValidationError):
        rows.validate_python([{"start": "2027-01-04T08:00", "contacts": "5", "aht_seconds": 1,
                               "scheduled_staff": 1}])
