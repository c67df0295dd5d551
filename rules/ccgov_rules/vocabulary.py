"""Reading plan text the way plan format v1 defines it: presence, vocabulary values and numbers."""

from __future__ import annotations

from collections.abc import Iterable


def present(text: str | None) -> bool:
    """A text field counts as present when it holds more than whitespace."""
    return text is not None and bool(text.strip())


def normal(text: str | None) -> str:
    """Vocabulary form of a value: lower case, single spaces (values match case-insensitively)."""
    return " ".join((text or "").lower().split())


def includes(values: Iterable[str] | None, wanted: str) -> bool:
    """Whether a vocabulary list names ``wanted``, ignoring case and spacing."""
    return any(normal(value) == normal(wanted) for value in values or ())


def numeral(number: float) -> str:
    """A number as a planner wrote it: 72, not 72.0."""
    return f"{number:g}"
