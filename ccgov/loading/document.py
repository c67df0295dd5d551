"""One document that was read, its plain data and where each node of it came from.

Paths are tuples of mapping keys (``str``) and list indexes (``int``); their
dotted form (``changes[0].dpia``) is what findings and input errors show.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Path_ = tuple[str | int, ...]

# A key can be written bare in a dotted path when it cannot be mistaken for
# punctuation; any other key is written as a JSON string in brackets.
_BARE_KEY = re.compile(r"[^.\[\]\"\s]+")
_PART = re.compile(r"""\.?([^.\[\]"\s]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]""")


@dataclass(slots=True)
class Document:
    """A document read from one file (or from stdin)."""

    #: Resolved absolute path, or a pseudo path such as ``<stdin>``.
    path: Path
    #: How messages name the file: as the user gave it, or relative to the cwd.
    display: str
    #: ``plan``, ``consultations``, ``changelog`` or ``forecast``.
    kind: str
    #: Plain data: dict, list, str, int, float, bool or None.
    data: Any
    #: Node path -> (line, column), both 1-based. For a mapping value, where its key is.
    positions: Mapping[Path_, tuple[int, int]]
    #: SHA-256 of the raw bytes, hex.
    sha256: str

    def position(self, path: Path_) -> tuple[Path_, int, int]:
        """Nearest existing node: walk up ``path`` until a node has a position.

        Returns the path that was found with its line and column.
        """
        positions = self.positions
        nearest = getattr(positions, "nearest", None)
        if nearest is not None:  # a YAML position table finds it in one walk down
            depth, line, column = nearest(path)
            return path[:depth], line, column
        for end in range(len(path), -1, -1):
            found = path[:end]
            where = positions.get(found)
            if where is not None:
                return found, where[0], where[1]
        # Every reader records the root; this is only reached for a hand-built Document.
        return (), 1, 1


def format_path(path: Path_) -> str:
    """``("changes", 0, "dpia")`` -> ``"changes[0].dpia"``; the root is ``""``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part.isidentifier() or _BARE_KEY.fullmatch(part):
            # Most keys are identifiers, which are always bare; the pattern decides the rest.
            text += f".{part}" if text else part
        else:
            text += f"[{json.dumps(part, ensure_ascii=False)}]"
    return text


def parse_path(text: str) -> Path_:
    """The inverse of :func:`format_path`: ``"a.b[0].c"`` -> ``("a", "b", 0, "c")``.

    Raises ``ValueError`` for text that is not a path.
    """
    parts: list[str | int] = []
    pos = 0
    while pos < len(text):
        match = _PART.match(text, pos)
        # A bare key is preceded by a dot exactly when it is not the first part.
        if match is None or (match.group(1) is not None and (text[pos] == ".") != (pos > 0)):
            raise ValueError(f"not a path: {text!r} (at character {pos + 1})")
        bare, index, quoted = match.groups()
        if bare is not None:
            parts.append(bare)
        elif index is not None:
            parts.append(int(index))
        else:
            parts.append(json.loads(quoted))
        pos = match.end()
    return tuple(parts)
