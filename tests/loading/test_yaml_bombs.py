"""Hostile YAML is refused fast and with flat memory (ecosystem.md B1 rows 2 and 4).

The time bound is generous on purpose: it only proves the reader does not hang
or expand anything; the reader refuses these in milliseconds.
"""

from __future__ import annotations

import time
import tracemalloc

import pytest
from loading_support import HEADER

from ccgov.errors import InputError
from ccgov.loading.yaml_reader import read_yaml_bytes

MAX_SECONDS = 5.0
MAX_PEAK_BYTES = 20 * 1024 * 1024


def billion_laughs() -> bytes:
    lines = [HEADER, 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        lines.append(f"{level}: &{level} [" + ",".join([f"*{previous}"] * 9) + "]\n")
    return "".join(lines).encode()


HOSTILE = {
    "billion laughs 9x9": billion_laughs(),
    "100,000 nested flow lists": b"[" * 100_000 + b"]" * 100_000,
    "100,000 nested flow mappings": (HEADER + "x: " + "{a: " * 100_000 + "}" * 100_000).encode(),
    "deep block nesting": (HEADER + "".join(" " * i + "k:\n" for i in range(2_000))).encode(),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_is_refused_quickly_with_flat_memory(name: str) -> None:
    raw = HOSTILE[name]
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(InputError) as caught:
            read_yaml_bytes(raw, display="bomb.yaml")
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < MAX_SECONDS
    assert peak < MAX_PEAK_BYTES
    message = caught.value.issues[0].message
    assert "not allowed" in message or "nesting deeper than 64" in message


def test_bomb_is_refused_at_its_first_anchor() -> None:
    with pytest.raises(InputError) as caught:
        read_yaml_bytes(billion_laughs(), display="bomb.yaml")
    issue = caught.value.issues[0]
    assert (issue.line, issue.column) == (2, 4)
    assert issue.message.startswith("anchor '&a' not allowed")


def test_deep_block_nesting_is_refused_at_depth_65() -> None:
    with pytest.raises(InputError) as caught:
        read_yaml_bytes(HOSTILE["deep block nesting"], display="deep.yaml")
    issue = caught.value.issues[0]
    # Line 1 is "ccgov: 1"; the key on line n opens the mapping at depth n - 1.
    assert (issue.line, issue.column) == (66, 65)
