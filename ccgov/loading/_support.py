"""Byte-level helpers shared by the YAML and CSV readers.

Everything here runs before a parser sees the input: bounded reading (a file
may be larger than its ``stat`` size says, or be a device), strict UTF-8 and
NUL checks with the position of the offending byte, and pausing the cyclic GC.
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ccgov.errors import InputError, InputIssue

MIB = 1024 * 1024

# Line breaks as libyaml counts them (YAML 1.1 also breaks on NEL, LS and PS),
# so that positions we compute agree with the parser's marks.
_YAML_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def size_text(size: int) -> str:
    """``5242880`` -> ``"5 MiB"``; sizes that are not whole MiB are given in bytes."""
    if size >= MIB and size % MIB == 0:
        return f"{size // MIB} MiB"
    return f"{size:,} bytes"


def too_large(display: str, limit: int, setting: str) -> InputError:
    """The error for a file over its size limit (reported at its first character)."""
    return InputError.at(
        display, 1, 1, f"file is larger than the {size_text(limit)} limit ({setting})"
    )


def open_bounded(path: Path, display: str, limit: int, setting: str) -> BinaryIO:
    """Open ``path`` for reading bytes after refusing it if ``stat`` says it is too large.

    The caller must still stop reading at ``limit + 1`` bytes: a file can grow, and
    devices and pipes report a size of 0.
    """
    try:
        if os.stat(path).st_size > limit:
            raise too_large(display, limit, setting)
        return open(path, "rb")  # the caller closes it
    except FileNotFoundError:
        raise InputError.at(display, 1, 1, "no such file") from None
    except IsADirectoryError:
        raise InputError.at(display, 1, 1, "is a folder, not a file") from None
    except OSError as exc:
        raise InputError.at(display, 1, 1, f"cannot read: {exc.strerror or exc}") from None


def read_bounded(path: Path, display: str, limit: int, setting: str) -> bytes:
    """All bytes of ``path``, refusing a file over ``limit`` without reading it all."""
    with open_bounded(path, display, limit, setting) as stream:
        try:
            raw = stream.read(limit + 1)
        except OSError as exc:
            raise InputError.at(display, 1, 1, f"cannot read: {exc.strerror or exc}") from None
    if len(raw) > limit:
        raise too_large(display, limit, setting)
    return raw


def yaml_line_col(raw: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of byte ``offset``, as libyaml counts them."""
    text = raw[:offset].decode("utf-8", errors="replace")
    line = 1
    line_start = 0
    for match in _YAML_BREAK.finditer(text):
        line += 1
        line_start = match.end()
    column = offset_column(text, line_start, len(text))
    return line, column


def offset_column(text: str, line_start: int, end: int) -> int:
    """1-based column of ``text[end]`` on the line starting at ``line_start``.

    A byte order mark at the very start of the text is not a visible column.
    """
    if line_start == 0 and text.startswith("\ufeff"):
        line_start = 1
    return end - line_start + 1


def text_issues(raw: bytes, display: str) -> list[InputIssue]:
    """Issues for invalid UTF-8 and NUL bytes, each at its first occurrence."""
    issues = []
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = yaml_line_col(raw, exc.start)
        issues.append(
            InputIssue(display, line, column, f"invalid UTF-8 (byte 0x{raw[exc.start]:02x})")
        )
    nul = raw.find(b"\0")
    if nul >= 0:
        line, column = yaml_line_col(raw, nul)
        issues.append(InputIssue(display, line, column, "NUL byte in the file"))
    issues.sort(key=lambda issue: (issue.line, issue.column))
    return issues


@contextmanager
def gc_paused() -> Iterator[None]:
    """Keep the cyclic GC out of a parse, restoring its previous state afterwards.

    A parse allocates tens of thousands of small containers and no cycles, and the
    GC would rescan them again and again (reference/performance.md §2).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
