"""Forecast CSV reader: rows of plain values, and where every cell starts.

A forecast can be a year of 15-minute intervals or more, so the file is
streamed line by line, at most ``limits.max_csv_bytes`` bytes are ever read
(a file over the limit by ``stat`` is refused before reading), and positions
are kept in compact arrays rather than one tuple per cell.

Cells are split here rather than by the ``csv`` module because findings need
the column where each cell starts, which ``csv`` does not report. Quoting
follows RFC 4180: ``"a, b"`` is one cell, ``""`` inside quotes is a quote, and
a quoted cell may span lines.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from ccgov.errors import InputError
from ccgov.loading._support import gc_paused, open_bounded, too_large
from ccgov.loading.document import Document, Path_
from ccgov.loading.limits import DEFAULT_LIMITS, Limits

#: The columns a forecast must have, in the order rows keep them.
FORECAST_COLUMNS = ("start", "contacts", "aht_seconds", "scheduled_staff")

_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_NUMBER_START = frozenset("0123456789+-.")


class _CsvProblem(Exception):
    """A located problem found while reading; becomes an ``InputError``."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


def read_forecast_csv(path: Path, *, display: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a forecast CSV; raises ``InputError`` for a file that cannot be read as one."""
    limit = limits.max_csv_bytes
    with open_bounded(path, display, limit, "max_csv_bytes") as stream:
        lines = _Lines(stream, limit)
        try:
            with gc_paused():
                rows, positions = _read_rows(lines)
        except _CsvProblem as problem:
            raise InputError.at(display, problem.line, problem.column, problem.message) from None
        except _TooLarge:
            raise too_large(display, limit, "max_csv_bytes") from None
        except OSError as exc:
            raise InputError.at(display, 1, 1, f"cannot read: {exc.strerror or exc}") from None
    return Document(
        path=Path(path).resolve(),
        display=display,
        kind="forecast",
        data={"rows": rows},
        positions=positions,
        sha256=lines.hasher.hexdigest(),
    )


def cell_value(text: str) -> Any:
    """A cell's value: None when empty, int or float when numeric-looking, else the text."""
    text = text.strip()
    if not text:
        return None
    if text[0] in _NUMBER_START:
        if _INT.fullmatch(text):
            try:
                return int(text)
            except ValueError:  # more digits than Python converts; the model rejects it
                return text
        if _FLOAT.fullmatch(text):
            return float(text)
    return text


class _TooLarge(Exception):
    """More bytes than the limit allows (the file grew, or is a device or pipe)."""


class _Lines:
    """Decoded lines of a byte stream, never more than ``limit`` bytes in all."""

    def __init__(self, stream: BinaryIO, limit: int) -> None:
        self.stream = stream
        self.budget = limit
        self.hasher = hashlib.sha256()
        self.number = 0  # 1-based number of the last line returned

    def next(self) -> str | None:
        """The next line without its line break, or None at the end of the file."""
        raw = self.stream.readline(self.budget + 1)
        if not raw:
            return None
        self.budget -= len(raw)
        if self.budget < 0:
            raise _TooLarge
        self.hasher.update(raw)
        self.number += 1
        if raw.endswith(b"\n"):
            raw = raw[:-2] if raw.endswith(b"\r\n") else raw[:-1]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            column = len(raw[: exc.start].decode("utf-8")) + 1
            raise _CsvProblem(
                self.number, column, f"invalid UTF-8 (byte 0x{raw[exc.start]:02x})"
            ) from None
        nul = text.find("\0")
        if nul >= 0:
            raise _CsvProblem(self.number, nul + 1, "NUL byte in the file")
        if self.number == 1 and text.startswith("\ufeff"):
            text = text[1:]
        return text


def _read_rows(lines: _Lines) -> tuple[list[dict[str, Any]], CsvPositions]:
    header = lines.next()
    if header is None:
        raise _CsvProblem(1, 1, "empty file: expected a header row " + ",".join(FORECAST_COLUMNS))
    names, name_starts = _split(header, lines)
    wanted = _column_indexes([name.strip() for name in names], name_starts)
    last = max(wanted)
    rows: list[dict[str, Any]] = []
    row_lines = array("l")
    cell_lines = array("l")
    cell_columns = array("l")
    while True:
        text = lines.next()
        if text is None:
            break
        if not text:
            continue  # a blank line is not a row
        line = lines.number
        if '"' in text:
            cells, places = _split(text, lines, line)
        else:
            # The common case: no quotes, so a cell starts after the previous comma.
            cells = text.split(",")
            places = []
            column = 1
            for cell in cells[: last + 1]:
                places.append((line, column))
                column += len(cell) + 1
        row: dict[str, Any] = {}
        for name, index in zip(FORECAST_COLUMNS, wanted, strict=True):
            if index < len(cells):
                row[name] = cell_value(cells[index])
                cell_line, cell_column = places[index]
            else:  # a short row: the cell is missing, so it has no position
                row[name] = None
                cell_line = cell_column = 0
            cell_lines.append(cell_line)
            cell_columns.append(cell_column)
        rows.append(row)
        row_lines.append(line)
    return rows, CsvPositions(row_lines, cell_lines, cell_columns)


def _column_indexes(names: list[str], starts: list[tuple[int, int]]) -> list[int]:
    """Where each required column is in the header; refuse missing or repeated ones."""
    missing = [name for name in FORECAST_COLUMNS if name not in names]
    if missing:
        raise _CsvProblem(
            1,
            1,
            "header lacks the column(s) "
            + ", ".join(missing)
            + "; a forecast needs "
            + ",".join(FORECAST_COLUMNS),
        )
    for name in FORECAST_COLUMNS:
        if names.count(name) > 1:
            second = names.index(name, names.index(name) + 1)
            raise _CsvProblem(*starts[second], f"column {name} appears twice in the header")
    return [names.index(name) for name in FORECAST_COLUMNS]


def _split(
    text: str, lines: _Lines, first_line: int = 1
) -> tuple[list[str], list[tuple[int, int]]]:
    """Split one record into cells with the (line, column) where each starts.

    A quoted cell that is still open at the end of the line continues on the
    next line, so the record may take more lines from ``lines``.
    """
    # Offsets in ``text`` at which each physical line of the record starts.
    line_starts = [0]
    cells: list[str] = []
    starts: list[int] = []
    pos = 0
    while True:
        starts.append(pos)
        if pos < len(text) and text[pos] == '"':
            parts = []
            pos += 1
            while True:
                close = text.find('"', pos)
                if close < 0:
                    more = lines.next()
                    if more is None:
                        line, column = _place(line_starts, starts[-1], first_line)
                        raise _CsvProblem(line, column, "quoted cell is never closed")
                    parts.append(text[pos:])
                    parts.append("\n")
                    line_starts.append(len(text) + 1)
                    text = f"{text}\n{more}"
                    pos = len(text) - len(more)
                    continue
                parts.append(text[pos:close])
                if text.startswith('"', close + 1):  # "" is an escaped quote
                    parts.append('"')
                    pos = close + 2
                    continue
                pos = close + 1
                break
            comma = text.find(",", pos)
            end = len(text) if comma < 0 else comma
            # Text between the closing quote and the comma is kept, as csv does.
            cells.append("".join(parts) + text[pos:end])
        else:
            comma = text.find(",", pos)
            end = len(text) if comma < 0 else comma
            cells.append(text[pos:end])
        if comma < 0:
            break
        pos = comma + 1
    return cells, [_place(line_starts, start, first_line) for start in starts]


def _place(line_starts: list[int], offset: int, first_line: int) -> tuple[int, int]:
    index = bisect_right(line_starts, offset) - 1
    return first_line + index, offset - line_starts[index] + 1


class CsvPositions(Mapping[Path_, tuple[int, int]]):
    """The position table of a forecast, computed from arrays on lookup.

    Paths: ``()`` and ``("rows",)`` are the header (1, 1); ``("rows", i)`` is
    (line of row i, 1); ``("rows", i, field)`` is where that cell starts. A
    cell missing from a short row has no position.
    """

    __slots__ = ("_cell_columns", "_cell_lines", "_row_lines")

    _FIELD = {name: index for index, name in enumerate(FORECAST_COLUMNS)}
    _WIDTH = len(FORECAST_COLUMNS)

    def __init__(
        self, row_lines: array[int], cell_lines: array[int], cell_columns: array[int]
    ) -> None:
        self._row_lines = row_lines
        self._cell_lines = cell_lines
        self._cell_columns = cell_columns

    def __getitem__(self, path: Path_) -> tuple[int, int]:
        if path == () or path == ("rows",):
            return (1, 1)
        if len(path) in (2, 3) and path[0] == "rows":
            row = path[1]
            if type(row) is int and 0 <= row < len(self._row_lines):
                if len(path) == 2:
                    return (self._row_lines[row], 1)
                field = self._FIELD.get(path[2]) if isinstance(path[2], str) else None
                if field is not None:
                    slot = row * self._WIDTH + field
                    if self._cell_columns[slot]:
                        return (self._cell_lines[slot], self._cell_columns[slot])
        raise KeyError(path)

    def __iter__(self) -> Iterator[Path_]:
        yield ()
        yield ("rows",)
        for row in range(len(self._row_lines)):
            yield ("rows", row)
            for field, name in enumerate(FORECAST_COLUMNS):
                if self._cell_columns[row * self._WIDTH + field]:
                    yield ("rows", row, name)

    def __len__(self) -> int:
        present = sum(1 for column in self._cell_columns if column)
        return 2 + len(self._row_lines) + present
