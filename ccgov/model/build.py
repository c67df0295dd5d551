"""Turn a loaded bundle's plain data into a ``Plan``, or list every type error with its place."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from ccgov.errors import InputError, InputIssue
from ccgov.model import Plan
from ccgov.model.types import FAST_PATH, describe

PathT = tuple[str | int, ...]
#: Maps a canonical path to (file, line, column, path inside that file).
Locator = Callable[[PathT], tuple[str, int, int, str]]


@dataclass(frozen=True, slots=True)
class UnknownKey:
    """A key the format does not define (reported as the warning CCG001)."""

    path: PathT
    key: str
    suggestion: str | None


def build_plan(data: dict[str, Any], locate: Locator) -> tuple[Plan, list[UnknownKey]]:
    """Validate merged plan data; raise ``InputError`` naming every wrong field."""
    try:
        plan = Plan.model_validate(data)
    except ValidationError as exc:
        raise InputError(_issues(exc, data, locate)) from None
    return plan, list(unknown_keys(plan))


def _issues(exc: ValidationError, data: Any, locate: Locator) -> list[InputIssue]:
    issues = []
    for error in exc.errors(include_url=False):
        if FAST_PATH in error["loc"]:
            continue  # the checked path after it reports the same value in the format's words
        path = _data_path(error["loc"], data)
        file, line, column, dotted = locate(path)
        message = str(error["msg"]).removeprefix("Value error, ")
        if error["type"] == "missing":
            missing = error["loc"][-1]
            dotted = f"{dotted}.{missing}" if dotted else str(missing)
            message = "required field is missing"
        elif not error["type"].startswith("value_error"):
            message = f"{message}, got {describe(error.get('input'))}"
        issues.append(InputIssue(file, line, column, f"{dotted or '(document)'}: {message}"))
    # NOTE: unions report one error per alternative at the same place; keep the first.
    unique = {(i.file, i.line, i.column, i.message.split(":")[0]): i for i in reversed(issues)}
    return sorted(unique.values(), key=lambda i: (i.file, i.line, i.column))


def _data_path(loc: tuple[Any, ...], data: Any) -> PathT:
    """Keep the parts of a pydantic error location that index the data (drop union tags)."""
    path: list[str | int] = []
    node = data
    for part in loc:
        in_mapping = isinstance(node, dict) and isinstance(part, str) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if in_mapping or in_list:
            node = node[part]
            path.append(part)
    return tuple(path)


def unknown_keys(model: BaseModel, path: PathT = ()) -> Iterator[UnknownKey]:
    """Every key a section does not define, with a close match where one exists."""
    fields = type(model).model_fields
    for key in model.model_extra or {}:
        if not key.startswith("x-"):
            close = difflib.get_close_matches(key, list(fields), n=1, cutoff=0.6)
            yield UnknownKey(path, key, close[0] if close else None)
    for name in fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            yield from unknown_keys(value, (*path, name))
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            if value[0].model_config.get("extra") != "allow":
                continue  # bulk rows ignore extra columns by design
            for index, item in enumerate(value):
                yield from unknown_keys(item, (*path, name, index))
