"""The forecast CSV reader: typing, positions, limits and refusals."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from loading_support import write

from ccgov.errors import InputError, InputIssue
from ccgov.loading import _support
from ccgov.loading.csv_reader import read_forecast_csv
from ccgov.loading.document import Document
from ccgov.loading.limits import Limits

HEADER = "start,contacts,aht_seconds,scheduled_staff\n"


def read(tmp_path: Path, text: str | bytes, **kwargs: object) -> Document:
    return read_forecast_csv(
        write(tmp_path, "f.csv", text),
        display="f.csv",
        **kwargs,  # type: ignore[arg-type]
    )


def refused(tmp_path: Path, text: str | bytes, **kwargs: object) -> InputIssue:
    with pytest.raises(InputError) as caught:
        read(tmp_path, text, **kwargs)
    assert len(caught.value.issues) == 1
    return caught.value.issues[0]


def test_cells_are_typed(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        HEADER + '2027-01-04T08:00,120,310.5,"24"\n2027-01-04T08:15,abc,,-3\n'
        "2027-01-04T08:30, 7 ,1e2, \n",
    )
    assert doc.kind == "forecast"
    assert doc.data == {
        "rows": [
            {
                "start": "2027-01-04T08:00",
                "contacts": 120,
                "aht_seconds": 310.5,
                "scheduled_staff": 24,
            },
            {
                "start": "2027-01-04T08:15",
                "contacts": "abc",
                "aht_seconds": None,
                "scheduled_staff": -3,
            },
            {
                "start": "2027-01-04T08:30",
                "contacts": 7,
                "aht_seconds": 100.0,
                "scheduled_staff": None,
            },
        ]
    }
    assert type(doc.data["rows"][0]["scheduled_staff"]) is int


def test_positions_of_rows_and_cells(tmp_path: Path) -> None:
    doc = read(tmp_path, HEADER + "2027-01-04T08:00,120,310,24\n2027-01-04T08:15,130,300,25\n")
    positions = doc.positions
    assert positions[()] == (1, 1)
    assert positions[("rows",)] == (1, 1)
    assert positions[("rows", 0)] == (2, 1)
    assert positions[("rows", 1)] == (3, 1)
    assert positions[("rows", 1, "start")] == (3, 1)
    assert positions[("rows", 1, "contacts")] == (3, 18)
    assert positions[("rows", 1, "aht_seconds")] == (3, 22)
    assert positions[("rows", 1, "scheduled_staff")] == (3, 26)
    assert ("rows", 2) not in positions
    assert ("rows", 0, "other") not in positions
    assert len(positions) == len(list(positions)) == 2 + 2 + 8


def test_quoted_cell_with_a_comma(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "note,start,contacts,aht_seconds,scheduled_staff\n"
        '"peak, after ""outage""",2027-01-04T08:00,"1,200",310,24\n',
    )
    row = doc.data["rows"][0]
    assert row == {
        "start": "2027-01-04T08:00",
        "contacts": "1,200",
        "aht_seconds": 310,
        "scheduled_staff": 24,
    }
    # The first cell is 25 characters long including its quotes and comma.
    assert doc.positions[("rows", 0, "start")] == (2, 26)
    assert doc.positions[("rows", 0, "contacts")] == (2, 43)
    assert doc.positions[("rows", 0, "aht_seconds")] == (2, 51)


def test_quoted_cell_across_lines(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "start,note,contacts,aht_seconds,scheduled_staff\n"
        '2027-01-04T08:00,"two\nlines",5,310,24\n2027-01-04T08:15,,6,300,25\n',
    )
    assert [row["contacts"] for row in doc.data["rows"]] == [5, 6]
    assert doc.positions[("rows", 0, "contacts")] == (3, 8)
    assert doc.positions[("rows", 1)] == (4, 1)


def test_extra_columns_in_any_order_are_ignored(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "queue,scheduled_staff,start,aht_seconds,contacts\r\n"
        "billing,24,2027-01-04T08:00,310,120\r\n",
    )
    assert doc.data["rows"] == [
        {"start": "2027-01-04T08:00", "contacts": 120, "aht_seconds": 310, "scheduled_staff": 24}
    ]
    assert doc.positions[("rows", 0, "scheduled_staff")] == (2, 9)


def test_bom_blank_lines_and_short_rows(tmp_path: Path) -> None:
    doc = read(tmp_path, ("\ufeff" + HEADER + "\n2027-01-04T08:00,120\n").encode())
    assert doc.data["rows"] == [
        {"start": "2027-01-04T08:00", "contacts": 120, "aht_seconds": None, "scheduled_staff": None}
    ]
    # The blank line 2 is not a row; the missing cell falls back to its row.
    assert doc.position(("rows", 0, "aht_seconds")) == (("rows", 0), 3, 1)


def test_missing_column_is_refused_at_line_1(tmp_path: Path) -> None:
    issue = refused(tmp_path, "start,contacts,staff\n2027-01-04T08:00,1,2\n")
    assert (issue.file, issue.line, issue.column) == ("f.csv", 1, 1)
    assert "aht_seconds, scheduled_staff" in issue.message


def test_repeated_column_is_refused(tmp_path: Path) -> None:
    issue = refused(tmp_path, "start,contacts,aht_seconds,scheduled_staff,contacts\n")
    assert (issue.line, issue.column) == (1, 44)


def test_empty_file_is_refused(tmp_path: Path) -> None:
    issue = refused(tmp_path, "")
    assert (issue.line, issue.column) == (1, 1)
    assert issue.message.startswith("empty file")


def test_unclosed_quote_is_refused(tmp_path: Path) -> None:
    issue = refused(tmp_path, HEADER + '2027-01-04T08:00,"120,310,24\n')
    assert (issue.line, issue.column) == (2, 18)
    assert issue.message == "quoted cell is never closed"


def test_invalid_utf8_and_nul_are_refused_with_their_place(tmp_path: Path) -> None:
    bad = refused(tmp_path, HEADER.encode() + b"2027-01-04T08:00,\xe9,1,2\n")
    assert (bad.line, bad.column) == (2, 18)
    assert bad.message == "invalid UTF-8 (byte 0xe9)"
    nul = refused(tmp_path, HEADER + "2027-01-04T08:00,1,\0,2\n")
    assert (nul.line, nul.column) == (2, 20)


def test_ten_million_rows_over_the_limit_are_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.csv"
    with open(path, "wb") as stream:  # sparse: ~10 million 30-byte rows, no disk used
        stream.write(HEADER.encode())
        stream.truncate(300_000_000)

    def no_opening(*args: object) -> None:
        raise AssertionError("the file must not be opened")

    monkeypatch.setattr(_support, "open", no_opening, raising=False)
    started = time.perf_counter()
    with pytest.raises(InputError) as caught:
        read_forecast_csv(path, display="huge.csv")
    assert time.perf_counter() - started < 1.0
    assert "larger than the 50 MiB limit (max_csv_bytes)" in caught.value.issues[0].message


def test_bytes_read_are_bounded_even_when_stat_says_zero() -> None:
    assert Path("/dev/zero").exists(), "these tests run on Linux, where /dev/zero exists"
    with pytest.raises(InputError) as caught:
        read_forecast_csv(Path("/dev/zero"), display="zero", limits=Limits(max_csv_bytes=4096))
    assert "larger than the 4,096 bytes limit" in caught.value.issues[0].message


def test_limit_is_exact(tmp_path: Path) -> None:
    text = HEADER + "2027-01-04T08:00,1,2,3\n"
    size = len(text.encode())
    assert read(tmp_path, text, limits=Limits(max_csv_bytes=size)).data["rows"]
    refused(tmp_path, text, limits=Limits(max_csv_bytes=size - 1))


def test_sha256_is_of_the_raw_bytes(tmp_path: Path) -> None:
    import hashlib

    raw = (HEADER + "2027-01-04T08:00,1,2,3\r\n").encode()
    assert read(tmp_path, raw).sha256 == hashlib.sha256(raw).hexdigest()
