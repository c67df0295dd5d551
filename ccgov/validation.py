"""Shape checks of ccgov's own YAML and JSON inputs (waivers, baselines, policies) with cerberus.

Every problem becomes an ``InputIssue`` at the line and column of the node it
concerns, or of its nearest existing parent for something missing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ccgov.errors import InputError, InputIssue
from ccgov.loading.document import Path_, format_path

Positions = Mapping[Path_, tuple[int, int]]


def check_shape(data: Any, positions: Positions, schema: dict[str, Any], display: str) -> None:
    """Raise one ``InputError`` listing every place where ``data`` breaks ``schema``."""
    from cerberus import Validator

    validator = Validator(schema, allow_unknown=False)
    if not validator.validate(data):
        raise InputError(list(_issues(display, positions, validator.errors, ())))


def position(positions: Positions, path: Path_) -> tuple[int, int]:
    """Line and column of ``path``, or of its nearest existing parent."""
    for end in range(len(path), -1, -1):
        where = positions.get(path[:end])
        if where is not None:
            return where
    return 1, 1


def issue_at(display: str, positions: Positions, path: Path_, message: str) -> InputIssue:
    line, column = position(positions, path)
    return InputIssue(display, line, column, f"{format_path(path)}: {message}")


def _issues(display: str, positions: Positions, errors: Mapping[Any, Any], prefix: Path_
            ) -> Iterable[InputIssue]:
    # Cerberus nests errors as {field: [message | {index_or_field: [...]}]}.
    for key, problems in errors.items():
        path = (*prefix, key)
        for problem in problems:
            if isinstance(problem, dict):
                yield from _issues(display, positions, problem, path)
            else:
                yield issue_at(display, positions, path, str(problem))
