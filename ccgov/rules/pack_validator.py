"""The cerberus validator behind rule-pack conditions, with rules for dates relative to the plan.

Cerberus cannot know the plan period, and plan dates are ISO text. These rules,
usable in any pack condition, can (each passes when the field is absent; add
``required: true`` to insist on it):

``within_months_before_plan_start: 6``
    the date is no earlier than 6 calendar months before ``plan.period.start``.
``within_plan_period: true``
    the date falls inside ``plan.period`` (both ends included).
``on_or_before: implement_on``
    the date is on or before the date at that path of the selected node
    (dotted, e.g. ``dpia.completed_on``); passes when that date is absent.
``min_days_before: {field: implement_on, days: 30}``
    the date is at least 30 days before the date at that path.

Every one reports a value that is not a date like ``2027-03-31``. The module also
flattens cerberus' errors into (path, message) pairs for findings and pack errors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, timedelta
from typing import Any

from cerberus import Validator
from cerberus import errors as cerberus_errors

from ccgov.rules.dates import months_before

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
PathT = tuple[str | int, ...]

# Cerberus' wording for the commonest failures, turned into phrases that read after a
# field name in a message ("owner is missing"); other errors keep cerberus' text.
_PHRASES = {
    cerberus_errors.REQUIRED_FIELD.code: "is missing",
    cerberus_errors.EMPTY_NOT_ALLOWED.code: "is empty",
}


class PackValidator(Validator):
    """Cerberus with the plan-relative date rules; the plan period comes in as ``period=``."""

    def _validate_within_months_before_plan_start(self, months: int, field: str, value: Any) -> None:
        """{'type': 'integer', 'min': 0}"""
        day = self._date(field, value)
        period = self._period()
        if day is None or period is None:
            return
        oldest = months_before(period[0], months)
        if day < oldest:
            self._error(field, f"{day} is more than {months} months before the plan period starts "
                               f"on {period[0]}")

    def _validate_within_plan_period(self, flag: bool, field: str, value: Any) -> None:
        """{'type': 'boolean'}"""
        day = self._date(field, value)
        period = self._period()
        if flag and day is not None and period is not None and not period[0] <= day <= period[1]:
            self._error(field, f"{day} is outside the plan period {period[0]} to {period[1]}")

    def _validate_on_or_before(self, other: str, field: str, value: Any) -> None:
        """{'type': 'string', 'empty': False}"""
        day = self._date(field, value)
        limit = self._other_date(other)
        if day is not None and limit is not None and day > limit:
            self._error(field, f"{day} is after {other} ({limit})")

    def _validate_min_days_before(self, spec: dict[str, Any], field: str, value: Any) -> None:
        """{'type': 'dict', 'schema': {
            'field': {'type': 'string', 'required': True, 'empty': False},
            'days': {'type': 'integer', 'required': True, 'min': 0}}}"""
        day = self._date(field, value)
        limit = self._other_date(spec["field"])
        if day is not None and limit is not None and day > limit - timedelta(days=spec["days"]):
            self._error(field, f"{day} is {(limit - day).days} days before {spec['field']} ({limit}), "
                               f"not at least {spec['days']}")

    # --- helpers -----------------------------------------------------------------

    def _period(self) -> tuple[date, date] | None:
        period: tuple[date, date] | None = self._config.get("period")
        return period

    def _date(self, field: str, value: Any) -> date | None:
        """The value as a date, or None after reporting that it is not one."""
        day = as_date(value)
        if day is None:
            self._error(field, f"{value!r} is not a date like 2027-03-31")
        return day

    def _other_date(self, dotted: str) -> date | None:
        node: Any = self.root_document
        for part in _parts(dotted):
            if isinstance(node, dict):
                node = node.get(part)
            elif isinstance(node, list) and isinstance(part, int) and part < len(node):
                node = node[part]
            else:
                return None
        return as_date(node)


def error_tree(errors: Mapping[Any, Any], prefix: PathT = ()) -> Iterator[tuple[PathT, str]]:
    """Leaves of cerberus' nested error dict: (path, message).

    Of a schema's alternative readings (``anyof definition N``) only the first, the
    mapping schema a pack author almost always means, is reported.
    """
    for key, problems in errors.items():
        if isinstance(key, str) and key.startswith("anyof definition"):
            if key.endswith(" 0"):
                yield from error_tree({"": problems}, prefix)
            continue
        where: PathT = (*prefix, key) if key != "" else prefix
        nested = [p for p in problems if isinstance(p, dict)]
        for problem in problems:
            if isinstance(problem, dict):
                yield from error_tree(problem, where)
            elif not nested or problem != "no definitions validate":
                yield where, str(problem)


def leaf_errors(validator: Any, errors: Iterable[Any]) -> Iterator[tuple[PathT, str]]:
    """(path in the node, message) of each failing field; alternatives joined into one message."""
    for error in errors:
        if error.is_group_error and not error.is_logic_error:
            yield from leaf_errors(validator, error.child_errors)
            continue
        message = _PHRASES.get(error.code) or validator.error_handler._format_message(error.field, error)
        if error.is_logic_error:
            reasons = sorted({validator.error_handler._format_message(e.field, e)
                              for e in error.child_errors})
            message = f"{message} ({'; '.join(reasons)})" if reasons else message
        yield tuple(error.document_path), message


def as_date(value: Any) -> date | None:
    """An ISO date (or the date part of an ISO date-time), or None."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _parts(dotted: str) -> Iterator[str | int]:
    for part in dotted.split("."):
        yield int(part) if part.isdigit() else part
