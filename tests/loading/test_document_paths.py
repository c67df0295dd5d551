"""Dotted paths and ``Document.position``."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ccgov.loading.document import Document, format_path, parse_path


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ((), ""),
        (("changes", 0, "dpia"), "changes[0].dpia"),
        (("a", "b", 0, "c"), "a.b[0].c"),
        ((0, "a"), "[0].a"),
        (("rows", 12, "scheduled_staff"), "rows[12].scheduled_staff"),
        (("x-extra", "0"), "x-extra.0"),
        (("a.b", "c d", 'q"'), '["a.b"]["c d"]["q\\""]'),
        (("",), '[""]'),
    ],
)
def test_format_and_parse_are_inverse(path: tuple, text: str) -> None:
    assert format_path(path) == text
    assert parse_path(text) == path


@pytest.mark.parametrize("text", [".a", "a..b", "a[", "a[x]", "a b", "a[0]b", "[0]]"])
def test_parse_path_refuses_what_is_not_a_path(text: str) -> None:
    with pytest.raises(ValueError, match="not a path"):
        parse_path(text)


@given(
    st.lists(st.one_of(st.text(max_size=6), st.integers(min_value=0, max_value=999)), max_size=6)
)
def test_any_path_round_trips(parts: list) -> None:
    path = tuple(parts)
    assert parse_path(format_path(path)) == path


def test_position_walks_up() -> None:
    doc = Document(Path("x"), "x", "plan", {}, {(): (1, 1), ("a",): (2, 1), ("a", 0): (3, 3)}, "")
    assert doc.position(("a", 0, "b", "c")) == (("a", 0), 3, 3)
    assert doc.position(("a", 1)) == (("a",), 2, 1)
    assert doc.position(("z",)) == ((), 1, 1)
    assert doc.position(()) == ((), 1, 1)
