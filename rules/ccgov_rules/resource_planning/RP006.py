"""RP006: every forecast row holds values the Erlang maths can use."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from ccgov.context import AuditContext, PathT
from ccgov.findings import Finding, Severity
from ccgov.model.operations import Queue
from ccgov.rules.base import Rule
from ccgov_rules.resource_planning.common import LUCID, PYWORKFORCE, forecasts, num, when


class ForecastRowsValid(Rule):
    """Every forecast row has contacts ≥ 0, AHT > 0, a whole number of staff ≥ 0, an aligned
    start, and a start no other row of the queue has.

    These are the guard rails of the Erlang maths (domain.md §1.2): a row that
    breaks one cannot be analysed, and its interval is left out of the staffing
    checks. Starts are aligned to the queue's ``interval_minutes`` counted from
    midnight (09:30 fits 30-minute intervals, 09:10 does not). Each problem is
    reported at the row's own field: in a forecast CSV, its file, line and column.

    **Non-compliant**::

        start,contacts,aht_seconds,scheduled_staff
        2027-01-04T09:00,-4,0,12.5
        2027-01-04T09:10,80,300,20

    **Compliant**::

        start,contacts,aht_seconds,scheduled_staff
        2027-01-04T09:00,40,300,12
        2027-01-04T09:30,80,300,20
    """

    id = "RP006"
    name = "resource-planning.forecast-rows-valid"
    ruleset = "resource-planning"
    severity = Severity.ERROR
    title = "Forecast rows are valid"
    remediation = ("Fix the forecast rows: no negative contacts, handling times above zero, whole "
                   "staff counts, and unique starts on the interval boundaries.")
    references = (PYWORKFORCE, LUCID)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for path, queue, rows in forecasts(ctx):
            if rows:
                yield from self._rows(ctx, path, queue, rows)

    def _rows(self, ctx: AuditContext, path: PathT, queue: Queue,
              rows: Sequence[Any]) -> Iterator[Finding]:
        minutes = queue.interval_minutes if queue.interval_minutes and \
            queue.interval_minutes > 0 else None
        seen: dict[datetime, int] = {}
        inf = math.inf
        for index, row in enumerate(rows):
            start, contacts, aht, staff = row.start, row.contacts, row.aht_seconds, row.scheduled_staff
            # One cheap test for the usual valid row; NaN fails every comparison.
            if (0 <= contacts < inf and 0 < aht < inf and staff >= 0 and staff.is_integer()
                    and not (minutes and (start.second or start.microsecond
                                          or (start.hour * 60 + start.minute) % minutes))
                    and start not in seen):
                seen[start] = 1
                continue
            occurrence = seen.get(start, 0)
            seen[start] = occurrence + 1
            yield from self._problems(ctx, (*path, "forecast", index), queue, row, minutes,
                                      occurrence)

    def _problems(self, ctx: AuditContext, path: PathT, queue: Queue, row: Any,
                  minutes: int | None, occurrence: int) -> Iterator[Finding]:
        start, contacts, aht, staff = row.start, row.contacts, row.aht_seconds, row.scheduled_staff
        problems: list[tuple[str, str, str]] = []
        if not (contacts >= 0 and math.isfinite(contacts)):
            problems.append(("contacts", f"contacts {num(contacts)} is not a count of 0 or more", ""))
        if not (aht > 0 and math.isfinite(aht)):
            problems.append(("aht_seconds", f"aht_seconds {num(aht)} is not a positive duration", ""))
        if not (staff >= 0 and staff.is_integer()):
            problems.append(("scheduled_staff",
                             f"scheduled_staff {num(staff)} is not a whole number of 0 or more", ""))
        if minutes and (start.second or start.microsecond
                        or (start.hour * 60 + start.minute) % minutes):
            problems.append(("start", f"the start is not on a {minutes}-minute boundary", ""))
        if occurrence:
            problems.append(("start", f"another interval of {queue.id} starts at the same time",
                             ".duplicate"))
        for field, problem, tag in problems:
            target = None
            if occurrence or tag:
                # Rows are identified by their start, so a repeated start needs its count.
                target = ctx.target((*path, field)) + (f"#{occurrence + 1}" if occurrence else "") + tag
            yield self.finding(ctx, (*path, field), f"{queue.id} {when(start)}: {problem}.",
                               target=target)
