"""Selectors of rule packs: dotted paths with ``[*]`` wildcards, resolved against a plan.

``contingency.plans[*]`` selects every contingency plan, ``objectives[*].actions[*]``
every action of every objective, ``resource_plan.queues[0]`` the first queue and
``compliance.data_protection.call_recording`` one mapping. ``[*]`` after a mapping
selects each of its values. A step that finds nothing (an absent section, an empty
list) selects nothing: a rule with that selector is silent.

Selection walks the validated plan model, whose field names are the YAML keys,
so each node comes with its canonical path and only the selected nodes are
turned back into plain data (see :func:`plain`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

#: One step of a selector: a key, a list index, or ``None`` for the wildcard ``[*]``.
Step = str | int | None
PathT = tuple[str | int, ...]

_STEP = re.compile(r"(?P<dot>\.)?(?P<key>[A-Za-z_][A-Za-z0-9_-]*)|\[(?P<index>\*|[0-9]+)\]")


def parse_selector(text: str) -> tuple[Step, ...]:
    """``"contingency.plans[*]"`` -> ``("contingency", "plans", None)``; ``ValueError`` if malformed."""
    steps: list[Step] = []
    pos = 0
    while pos < len(text):
        match = _STEP.match(text, pos)
        # A key is preceded by a dot exactly when it is not the first step.
        if match is None or (match.group("key") is not None and bool(match.group("dot")) != bool(steps)):
            raise ValueError(
                f"selector {text!r} is not a dotted path with [*] or [n] (at character {pos + 1}); "
                "write it like contingency.plans[*]"
            )
        index = match.group("index")
        if index is None:
            steps.append(match.group("key"))
        else:
            steps.append(None if index == "*" else int(index))
        pos = match.end()
    if not steps or not isinstance(steps[0], str):
        raise ValueError(f"selector {text!r} must start with a key, like contingency.plans[*]")
    return tuple(steps)


def select(root: Any, steps: tuple[Step, ...]) -> Iterator[tuple[PathT, Any]]:
    """Every node ``steps`` reaches from ``root``, with its path, in document order."""
    frontier: list[tuple[PathT, Any]] = [((), root)]
    for step in steps:
        reached: list[tuple[PathT, Any]] = []
        for path, node in frontier:
            children = _children(node) if step is None else [(step, _child(node, step))]
            reached.extend(((*path, key), value) for key, value in children if value is not None)
        frontier = reached
    yield from frontier


def plain(node: Any) -> Any:
    """A selected node as plain data: what the planner wrote, with dates as ISO text.

    Only fields that were written are kept, so ``required`` in a condition means
    "written in the plan", not "filled in by a default". Fractions written as
    ``80%`` arrive as ``0.8``, and a single contingency ``scenario`` as a list.
    """
    if isinstance(node, BaseModel):
        return node.model_dump(mode="json", exclude_unset=True, exclude_none=True)
    return node


def _child(node: Any, step: str | int) -> Any:
    if isinstance(step, int):
        return node[step] if isinstance(node, list | tuple) and -1 < step < len(node) else None
    if isinstance(node, BaseModel):
        if step in type(node).model_fields:
            return getattr(node, step)
        return (node.model_extra or {}).get(step)
    return node.get(step) if isinstance(node, dict) else None


def _children(node: Any) -> list[tuple[str | int, Any]]:
    if isinstance(node, list | tuple):
        return list(enumerate(node))
    if isinstance(node, BaseModel):
        written = [name for name in type(node).model_fields if name in node.model_fields_set]
        return [(name, getattr(node, name)) for name in written] + list((node.model_extra or {}).items())
    if isinstance(node, dict):
        return list(node.items())
    return []
