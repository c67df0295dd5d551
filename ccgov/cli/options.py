"""Option values shared by several commands."""

from __future__ import annotations

from collections.abc import Iterable

FAIL_ON = ("error", "warning", "info", "never")


def split_ids(values: Iterable[str]) -> list[str]:
    """``--select SM001,SM002 --select DP*`` → ``["SM001", "SM002", "DP*"]``."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]
