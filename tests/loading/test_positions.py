"""The compact position table agrees, node for node, with PyYAML's own composer marks."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from ccgov.loading.positions import YamlPositions
from ccgov.loading.yaml_reader import parse_yaml


def composer_positions(text: str) -> dict[tuple[str | int, ...], tuple[int, int]]:
    """The reference: every node's path and 1-based mark, from PyYAML's node tree.

    A mapping value is placed at its key, a list item at its own start, the root at 1:1.
    """
    table: dict[tuple[str | int, ...], tuple[int, int]] = {(): (1, 1)}
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), yaml.compose(text, Loader=yaml.SafeLoader))]
    while stack:
        path, node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                child = (*path, key.value)
                table[child] = (key.start_mark.line + 1, key.start_mark.column + 1)
                stack.append((child, value))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                child = (*path, index)
                table[child] = (item.start_mark.line + 1, item.start_mark.column + 1)
                stack.append((child, item))
    return table


def positions_of(text: str) -> YamlPositions:
    _, positions = parse_yaml(text.encode(), display="x.yaml")
    assert isinstance(positions, YamlPositions)
    return positions


ROWS = """\
queue:
  forecast:
    - {start: 2027-01-04T08:00, contacts: 26, aht_seconds: 398, scheduled_staff: 22}
    - {start: 2027-01-04T08:15, contacts: 28, aht_seconds: 380, scheduled_staff: 20}
    - start: 2027-01-04T08:30
      contacts: 35
      aht_seconds: 395
      scheduled_staff: 23
  mixed:
    - {a: 1, b: 2}
    - {a: 1, b: 2}
    - {a: 1, c: 2}
    - {a: 1, b: {deep: [x, y]}}
    - plain
    - [1, [2, 3]]
  empty_map: {}
  empty_list: []
  none:
"""


def test_every_node_is_where_the_composer_puts_it() -> None:
    positions = positions_of(ROWS)
    expected = composer_positions(ROWS)
    assert dict(positions) == expected
    assert len(positions) == len(expected)


@pytest.mark.parametrize(
    ("path", "found"),
    [
        (("queue", "forecast", 1, "contacts"), 4),
        (("queue", "forecast", 1, "nope"), 3),
        (("queue", "forecast", 9, "start"), 2),
        (("queue", "forecast", "1"), 2),  # a list is indexed by numbers only
        (("queue", 0), 1),  # and a mapping by text only
        (("queue", "mixed", 3, "b", "deep", 1), 6),
        (("queue", "mixed", 4, "x"), 3),  # a scalar has no children
        (("queue", "none", "x"), 2),
        (("elsewhere",), 0),
    ],
)
def test_nearest_finds_the_longest_existing_prefix(path: tuple[str | int, ...], found: int) -> None:
    positions = positions_of(ROWS)
    depth, line, column = positions.nearest(path)
    assert depth == found
    assert (line, column) == positions[path[:found]]
    if found < len(path):
        with pytest.raises(KeyError):
            positions[path]


scalars = st.one_of(st.integers(-5, 500), st.booleans(), st.none(), st.text("ab: -[]{}#\n", max_size=6))
keys = st.text("abcxyz_-. ", min_size=1, max_size=5)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)),
    max_leaves=25,
)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(keys, documents, min_size=1, max_size=4), st.sampled_from([None, True, False]))
def test_any_document_agrees_with_the_composer(data: dict[str, Any], flow: bool | None) -> None:
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True, sort_keys=False)
    assert dict(positions_of(text)) == composer_positions(text)
