"""Property: any input gives a Document or an InputError, never another exception.

Besides raw bytes, the strategies build YAML-ish and CSV-ish text from the
characters that matter to the parsers, which reaches far more parser states
than random bytes do. Examples are limited so the file runs in a few seconds.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ccgov.errors import InputError
from ccgov.loading.csv_reader import read_forecast_csv
from ccgov.loading.document import Document
from ccgov.loading.limits import Limits
from ccgov.loading.yaml_reader import read_yaml_bytes

SMALL = Limits(max_yaml_bytes=4096, max_csv_bytes=4096, max_depth=8)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

YAML_CHARS = st.sampled_from(
    list("[]{}:,-?&*!|>'\"#%@`\n\t \\~.0123456789abceflnorstuxyTNé\ufeff\0")
)
yaml_text = st.lists(YAML_CHARS, max_size=200).map("".join)
yaml_lines = st.lists(
    st.sampled_from(
        [
            "ccgov: 1",
            "kind: plan",
            "kind: x",
            "a:",
            "  - b",
            "  c: [1, {d: e}]",
            "a: &x 1",
            "b: *x",
            "<<: {}",
            "---",
            "...",
            "%YAML 1.2",
            "? [k]",
            ": v",
            "  - 0x1F",
            "e: |",
            "  text",
            "f: !!str 1",
            "  g: 1e3",
            "h: 9:30",
        ]
    ),
    max_size=15,
).map("\n".join)


def check_yaml(raw: bytes) -> None:
    try:
        doc = read_yaml_bytes(raw, display="fuzz.yaml", limits=SMALL)
    except InputError as error:
        assert error.issues
        for issue in error.issues:
            assert issue.line >= 1 and issue.column >= 1
        return
    assert isinstance(doc, Document)
    assert isinstance(doc.data, dict)
    assert all(doc.position(path)[0] == path for path in doc.positions)


@FUZZ
@given(st.binary(max_size=300))
def test_yaml_reader_on_any_bytes(raw: bytes) -> None:
    check_yaml(raw)


@FUZZ
@given(st.one_of(yaml_text, yaml_lines, yaml_lines.map(lambda t: "ccgov: 1\n" + t)))
def test_yaml_reader_on_yaml_like_text(text: str) -> None:
    check_yaml(text.encode("utf-8", errors="surrogatepass"))


CSV_CHARS = st.sampled_from(list('",\n\r 0123456789.-+eabc\ufeff\0é'))
csv_text = st.lists(CSV_CHARS, max_size=200).map("".join)


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=300),
        csv_text.map(str.encode),
        csv_text.map(lambda t: ("start,contacts,aht_seconds,scheduled_staff\n" + t).encode()),
    )
)
def test_csv_reader_on_any_bytes(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "f.csv"
        path.write_bytes(raw)
        try:
            doc = read_forecast_csv(path, display="f.csv", limits=SMALL)
        except InputError as error:
            assert error.issues
            return
    rows = doc.data["rows"]
    assert all(set(row) == {"start", "contacts", "aht_seconds", "scheduled_staff"} for row in rows)
    for path_ in doc.positions:
        assert doc.positions[path_][0] >= 1
