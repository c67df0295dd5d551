"""Typing of plain YAML scalars by the YAML 1.2 core schema.

PyYAML resolves plain scalars by YAML 1.1, which turns ``NO`` into ``False``,
``17:45`` into 1065 and ``0012`` into 10. The plan format is YAML 1.2 core, so
the reader types plain scalars here instead and ignores PyYAML's resolver.
Quoted and block scalars are always text and never come here.
"""

from __future__ import annotations

import re
from typing import Any

# One pattern for every number form of the 1.2 core schema; ``lastgroup`` says
# which matched. Python's int() and float() accept more (``1_000``, `` 12``,
# ``infinity``, other scripts' digits), so they only ever see text matched here.
_NUMBER = re.compile(
    r"(?P<dec>[-+]?[0-9]+)"
    r"|(?P<oct>0o[0-7]+)"
    r"|(?P<hex>0x[0-9a-fA-F]+)"
    r"|(?P<float>[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)"
    r"|(?P<inf>[-+]?\.(?:inf|Inf|INF))"
    r"|(?P<nan>\.(?:nan|NaN|NAN))"
)

_NULLS = frozenset({"null", "Null", "NULL", "~"})

# What the first character says about a plain scalar; most text is decided by
# one dict lookup and never reaches a regular expression.
_NUMBERISH = 1
_BOOLISH = 2
_NULLISH = 3
_FIRST: dict[str, int] = {c: _NUMBERISH for c in "0123456789+-."}
_FIRST.update({c: _BOOLISH for c in "tTfF"})
_FIRST.update({c: _NULLISH for c in "nN~"})
#: First characters of the plain scalars that may be something other than text.
RESOLVABLE_FIRST = frozenset(_FIRST)


class NumberTooLong(ValueError):
    """A decimal integer with more digits than Python converts (4,300 by default)."""


def resolve_plain(text: str) -> Any:
    """The value of a plain (unquoted) scalar: None, bool, int, float or the text itself."""
    if not text:
        return None
    first = _FIRST.get(text[0])
    if first is None:
        return text
    if first == _NUMBERISH:
        if ":" in text:
            return text  # a time or timestamp: no 1.2 core number has a colon
        match = _NUMBER.fullmatch(text)
        if match is None:
            return text
        form = match.lastgroup
        if form == "dec":
            try:
                return int(text)
            except ValueError:
                raise NumberTooLong(text) from None
        if form == "float":
            return float(text)
        if form == "hex":
            return int(text[2:], 16)
        if form == "oct":
            return int(text[2:], 8)
        if form == "inf":
            return float("-inf") if text[0] == "-" else float("inf")
        return float("nan")
    if first == _BOOLISH:
        if len(text) == 4 and text.lower() == "true":
            return True
        if len(text) == 5 and text.lower() == "false":
            return False
        return text
    return None if text in _NULLS else text
