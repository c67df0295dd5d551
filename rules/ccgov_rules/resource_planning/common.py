"""What the resource-planning rules share: references, queue paths, wording and interval runs."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta
from typing import Any

from ccgov.context import AuditContext, PathT
from ccgov.findings import Finding, Reference
from ccgov.model.operations import Queue
from ccgov.rules.base import Option, Rule
from ccgov.workforce.staffing import IntervalStaffing, QueueStaffing

RP = ("resource_plan",)

CALL_CENTRE_HELPER = Reference(
    "Call Centre Helper, Erlang C formula – made simple with an easy worked example",
    "https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm",
)
PYWORKFORCE = Reference(
    "pyworkforce documentation: Erlang C, Erlang A and their assumptions",
    "https://pyworkforce.rodrigo-arenas.com/",
)
MITAN = Reference("Mitan Ltd, The Erlang-C formula", "http://www.mitan.co.uk/erlang/elgcmath.htm")
LUCID = Reference(
    "P. Prevos, Call centre workforce planning using Erlang C in R (Lucid Manager, 2018)",
    "https://lucidmanager.org/data-science/call-centre-workforce-planning-erlang-c-in-r/",
)
MARKING_POINT = Reference(
    "Operational planning marking point: use of data (call volumes, CSAT) to inform planning",
)

GROUP_CONSECUTIVE = Option(
    "group_consecutive", True,
    "Report adjacent flagged intervals of one queue and day as one finding (every interval is "
    "listed in the finding's detail); false reports each interval on its own.",
)


def queues(ctx: AuditContext) -> Iterator[tuple[PathT, Queue]]:
    """Each queue of the resource plan with its canonical path."""
    resource_plan = ctx.plan.resource_plan
    for index, queue in enumerate(resource_plan.queues if resource_plan else []):
        yield (*RP, "queues", index), queue


def staffed_queues(ctx: AuditContext) -> Iterator[tuple[PathT, QueueStaffing]]:
    """Each analysed queue (``ctx.staffing``) with the canonical path of its queue."""
    paths = {queue.id: path for path, queue in queues(ctx)}
    for staffing in ctx.staffing:
        yield paths[staffing.queue], staffing


def forecasts(ctx: AuditContext) -> Iterator[tuple[PathT, Queue, Sequence[Any]]]:
    """Each queue with its forecast rows in forecast order (empty when it has none).

    Rows are read from the staffing analysis where the queue has one (slotted
    records, several times cheaper to read than the pydantic rows of a year-long
    forecast), else from the model; both have ``start``, ``contacts``,
    ``aht_seconds`` and ``scheduled_staff``, one per forecast row, in order.
    """
    analysed = {staffing.queue: staffing.intervals for staffing in ctx.staffing}
    for path, queue in queues(ctx):
        yield path, queue, analysed.get(queue.id, queue.forecast or ())


def pct(fraction: float, digits: int = 0) -> str:
    """A fraction as planners write a percentage: ``80 %``, ``61.2 %``."""
    return f"{fraction * 100:.{digits}f} %" if digits else f"{fraction * 100:g} %"


def num(value: float) -> str:
    """A number as a planner wrote it: 31, not 31.0."""
    return f"{value:g}"


def when(start: datetime) -> str:
    """An interval start as messages name it: ``Mon 2027-01-04 09:00``."""
    return f"{start:%a %Y-%m-%d %H:%M}"


def runs(intervals: Sequence[IntervalStaffing], hits: Sequence[int], minutes: float,
         group: bool) -> list[list[int]]:
    """Split interval indexes into runs of adjacent starts on the same day (or singletons).

    Adjacent means the next row in the forecast starts exactly one interval later;
    a run never crosses midnight, so each finding names one day.
    """
    if not group:
        return [[index] for index in hits]
    step = timedelta(minutes=minutes)
    grouped: list[list[int]] = []
    for index in hits:
        if grouped:
            last = grouped[-1][-1]
            start, previous = intervals[index].start, intervals[last].start
            if index == last + 1 and start - previous == step and start.date() == previous.date():
                grouped[-1].append(index)
                continue
        grouped.append([index])
    return grouped


def report_runs(
    rule: Rule,
    ctx: AuditContext,
    path: PathT,
    staffing: QueueStaffing,
    hits: Sequence[int],
    *,
    worst: Callable[[IntervalStaffing], Any],
    figures: Callable[[IntervalStaffing], str],
    row: Callable[[IntervalStaffing], dict[str, Any]],
) -> Iterator[Finding]:
    """One finding per run of flagged intervals, at the first interval's ``scheduled_staff``.

    The message names the queue and the run (or the single interval) and gives the
    figures of the run's worst interval (smallest ``worst`` key); ``detail`` lists
    every interval of the run. The fingerprint is the queue id and the run's first
    start, so it survives edits elsewhere in the forecast.
    """
    intervals = staffing.intervals
    group = bool(rule.option("group_consecutive"))
    for run in runs(intervals, hits, staffing.interval_minutes, group):
        first = intervals[run[0]]
        if len(run) == 1:
            message = f"{staffing.queue} {when(first.start)}: {figures(first)}"
        else:
            last = intervals[run[-1]]
            bad = min((intervals[i] for i in run), key=worst)
            message = (
                f"{staffing.queue} {when(first.start)}–{last.start:%H:%M} ({len(run)} intervals): "
                f"worst at {bad.start:%H:%M}, {figures(bad)}"
            )
        yield rule.finding(
            ctx, (*path, "forecast", run[0], "scheduled_staff"), message,
            target=f"{staffing.queue}@{first.start.isoformat(timespec='minutes')}",
            detail={"queue": staffing.queue, "intervals": [row(intervals[i]) for i in run]},
        )


def rounded(value: float | None, digits: int) -> float | None:
    """A figure for a finding's detail, rounded as the report's staffing section rounds it."""
    return None if value is None else round(value, digits)


def whole(value: float) -> float | int:
    """A count for a finding's detail: 31, not 31.0 (fractions are kept as written)."""
    return int(value) if value.is_integer() else value
