"""Checks on a merged bundle that need every document: required sections, unique ids.

They take a ``locate`` function (``Bundle.locate``) so that every issue names
the file, line and column of the document the node came from.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ccgov.errors import InputIssue
from ccgov.loading.document import Path_, format_path

Locate = Callable[[Path_], tuple[str, int, int, str]]

# The readers build plain dicts and lists only, so their exact types are enough.
_CONTAINERS = frozenset({dict, list})

#: Sections every plan must have, with the fields that section must have.
REQUIRED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("plan", ("id", "title", "period")),
    ("organisation", ()),
    ("objectives", ()),
)


def missing_sections(data: dict[str, Any], locate: Locate) -> list[InputIssue]:
    """One issue per missing required section or field, at its nearest existing parent."""
    issues = []
    for section, fields in REQUIRED:
        value = data.get(section)
        if value is None:
            wanted = f" (with {', '.join(fields)})" if fields else ""
            issues.append(_at(locate, (), f"missing required section '{section}'{wanted}"))
            continue
        if not isinstance(value, dict):
            continue  # a value of the wrong type: the model layer reports it
        for field in fields:
            if value.get(field) is None:
                issues.append(
                    _at(locate, (section,), f"missing required field '{section}.{field}'")
                )
    return issues


def duplicate_ids(data: dict[str, Any], locate: Locate) -> list[InputIssue]:
    """One issue per ``id`` used again in the same list, anywhere in the merged data.

    The walk uses an explicit stack and visits nodes in document order; an issue
    is emitted when the walk reaches the item that repeats the id, so issues come
    out in the order a reader of the plan meets them.
    """
    issues = []
    stack: list[tuple[Path_, Any, InputIssue | None]] = [((), data, None)]
    while stack:
        path, node, issue = stack.pop()
        if issue is not None:
            issues.append(issue)
        children: list[tuple[Path_, Any, InputIssue | None]] = []
        if isinstance(node, dict):
            for key, value in node.items():
                if value and isinstance(value, dict | list):
                    children.append(((*path, key), value, None))
        elif isinstance(node, list):
            seen: dict[str, int] = {}
            for index, item in enumerate(node):
                repeated = None
                deeper = False
                if isinstance(item, dict):
                    ident = item.get("id")
                    # ids are text to the people who write them: 7 and "7" are one id.
                    if isinstance(ident, str | int | float):
                        text = str(ident)
                        if text in seen:
                            repeated = _twice(locate, path, seen[text], index, text)
                        else:
                            seen[text] = index
                    # A flat item (a forecast row) has nothing further to visit.
                    deeper = not _CONTAINERS.isdisjoint(map(type, item.values()))
                elif isinstance(item, list):
                    deeper = True
                if deeper or repeated is not None:
                    children.append(((*path, index), item if deeper else None, repeated))
        stack.extend(reversed(children))
    return issues


def _twice(locate: Locate, path: Path_, first: int, again: int, ident: str) -> InputIssue:
    file1, line1, column1, dotted1 = locate((*path, first, "id"))
    file2, line2, column2, dotted2 = locate((*path, again, "id"))
    return InputIssue(
        file2,
        line2,
        column2,
        f"id {ident!r} is used twice in {format_path(path)}: at {file1}:{line1}:{column1} "
        f"({dotted1}) and at {file2}:{line2}:{column2} ({dotted2})",
    )


def _at(locate: Locate, path: Path_, message: str) -> InputIssue:
    file, line, column, _ = locate(path)
    return InputIssue(file, line, column, message)
