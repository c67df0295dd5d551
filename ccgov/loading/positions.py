"""The position table of a YAML document, kept as a small tree of records over one array.

A plan with a year of forecast intervals has hundreds of thousands of nodes. A
dict from path tuples to ``(line, column)`` tuples costs about 250 bytes a node
(the key tuple, the value tuple, the dict slot) and most of the reader's time.
Here each node costs 8 bytes in one ``array`` plus, for a container, one record:

- a record is ``(base, shape, children)``: the container's direct children have
  their marks at ``marks[base + ordinal]``; ``shape`` is the tuple of a mapping's
  keys (shared between mappings with the same keys) or a list's length;
- ``children`` gives the records of the children that are containers: ``None``
  (none are), a tuple (every child is), a dict by ordinal (some are), or a
  ``_Rows`` for a list of flat mappings with the same keys, whose marks follow
  each other, as forecast rows do: one record for the whole list.

A mark is ``line << 32 | column``, both 0-based as the parser gives them. For a
mapping value the mark is that of its key, as everywhere in ccgov.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping
from typing import Any

Path_ = tuple[str | int, ...]
Record = tuple[int, Any, Any]

_LOW = (1 << 32) - 1


class _Rows:
    """The records of a list whose items are flat mappings with the same keys, marks in a run."""

    __slots__ = ("first", "keys")

    def __init__(self, keys: tuple[str, ...], first: int) -> None:
        self.keys = keys
        self.first = first

    def record(self, index: int) -> Record:
        return (self.first + index * len(self.keys), self.keys, None)


def child_record(children: Any, ordinal: int) -> Record | None:
    """The record of child ``ordinal``, or None for a scalar child."""
    if children is None:
        return None
    if type(children) is tuple:
        return children[ordinal]
    if type(children) is _Rows:
        return children.record(ordinal)
    return children.get(ordinal)


def compact_children(children: dict[int, Record], count: int) -> Any:
    """The smallest form of a finished container's child records (see the module docstring)."""
    if len(children) != count:
        return children
    records = tuple(children.values())  # ordinals were added in increasing order
    first = records[0]
    keys = first[1]
    if type(keys) is tuple and keys and first[2] is None:
        width = len(keys)
        expected = first[0]
        for base, shape, grandchildren in records:
            if base != expected or shape is not keys or grandchildren is not None:
                return records
            expected += width
        return _Rows(keys, first[0])
    return records


class YamlPositions(Mapping[Path_, tuple[int, int]]):
    """Path -> (line, column), 1-based, for every node of one YAML document."""

    __slots__ = ("_marks", "_root")

    def __init__(self, marks: array[int], root: Record) -> None:
        self._marks = marks
        self._root = root

    def nearest(self, path: Path_) -> tuple[int, int, int]:
        """``(length, line, column)`` of the longest prefix of ``path`` that is a node."""
        marks = self._marks
        record: Record | None = self._root
        mark = -1  # the root, at (1, 1)
        depth = 0
        for part in path:
            if record is None:
                break
            base, shape, children = record
            if type(shape) is tuple:
                if type(part) is not str:
                    break
                try:
                    ordinal = shape.index(part)
                except ValueError:
                    break
            elif type(part) is int and 0 <= part < shape:
                ordinal = part
            else:
                break
            mark = marks[base + ordinal]
            depth += 1
            # child_record(), inlined: this runs for every level of every finding's path.
            if children is None:
                record = None
            elif type(children) is tuple:
                record = children[ordinal]
            elif type(children) is _Rows:
                record = (children.first + ordinal * len(children.keys), children.keys, None)
            else:
                record = children.get(ordinal)
        if mark < 0:
            return 0, 1, 1
        return depth, (mark >> 32) + 1, (mark & _LOW) + 1

    def __getitem__(self, path: Path_) -> tuple[int, int]:
        depth, line, column = self.nearest(path)
        if depth != len(path):
            raise KeyError(path)
        return line, column

    def __iter__(self) -> Iterator[Path_]:
        yield ()
        stack: list[tuple[Path_, Record]] = [((), self._root)]
        while stack:
            path, (_, shape, children) = stack.pop()
            parts = shape if type(shape) is tuple else range(shape)
            for ordinal, part in enumerate(parts):
                child = (*path, part)
                yield child
                record = child_record(children, ordinal)
                if record is not None:
                    stack.append((child, record))

    def __len__(self) -> int:
        return sum(1 for _ in self)
