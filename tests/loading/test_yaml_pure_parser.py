"""Without libyaml, the reader falls back to PyYAML's pure-Python parser and keeps its promises."""

from __future__ import annotations

import time

import pytest
from loading_support import HEADER, refusal
from test_yaml_bombs import HOSTILE
from test_yaml_reader import NESTED

from ccgov.loading import yaml_reader
from ccgov.loading.yaml_reader import read_yaml_bytes


@pytest.fixture(autouse=True)
def no_libyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yaml_reader, "CParser", None)


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_is_refused(name: str) -> None:
    started = time.perf_counter()
    issue = refusal(HOSTILE[name])
    assert time.perf_counter() - started < 5.0
    assert "not allowed" in issue.message or "nesting deeper than 64" in issue.message


def test_same_data_and_positions_as_libyaml() -> None:
    doc = read_yaml_bytes(NESTED.encode(), display="x")
    assert doc.data["objectives"][0]["actions"][0] == {"id": "A1", "due": "2027-02-15"}
    assert doc.positions[("queues", 0, "sl", "target")] == (10, 23)
    assert doc.positions[("objectives", 0, "actions", 1, "owner", "name")] == (9, 11)


def test_refusals_are_located() -> None:
    duplicate = refusal(HEADER + "queue: a\nqueue: b\n")
    assert (duplicate.line, duplicate.column) == (3, 1)
    syntax = refusal(HEADER + "a: b: c\n")
    assert (syntax.line, syntax.column) == (2, 5)
    assert syntax.message.startswith("YAML syntax error: mapping values are not allowed")
