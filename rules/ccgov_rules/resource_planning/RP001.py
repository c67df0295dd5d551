"""RP001: in every interval the productive agents exceed the traffic they must carry."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov.workforce.staffing import IntervalStaffing
from ccgov_rules.resource_planning.common import (
    CALL_CENTRE_HELPER,
    GROUP_CONSECUTIVE,
    MITAN,
    PYWORKFORCE,
    num,
    pct,
    report_runs,
    rounded,
    staffed_queues,
    whole,
)


class StaffAboveTraffic(Rule):
    """In every forecast interval, the agents available to answer exceed the traffic intensity.

    The traffic of an interval is ``A = contacts × aht_seconds / (interval_minutes × 60)``
    Erlangs; the agents available are ``scheduled_staff × (1 − shrinkage)``. Erlang C
    is only defined for more agents than traffic: with as many or fewer, the queue
    grows without bound and no service level is achievable. Intervals without
    contacts need no agents. Adjacent short intervals of one day are reported as one
    finding (option ``group_consecutive``), with every interval in its detail.

    **Non-compliant** (30-minute intervals, 32 % shrinkage): 120 contacts of 310 s
    are 20.7 Erlangs, but 30 staff give only 20.4 productive agents::

        - {start: 2027-01-04T09:00, contacts: 120, aht_seconds: 310, scheduled_staff: 30}

    **Compliant**: 37 staff give 25.16 productive agents for the same 20.7 Erlangs::

        - {start: 2027-01-04T09:00, contacts: 120, aht_seconds: 310, scheduled_staff: 37}
    """

    id = "RP001"
    name = "resource-planning.staff-above-traffic"
    ruleset = "resource-planning"
    severity = Severity.ERROR
    title = "Productive agents exceed the traffic in every interval"
    remediation = "Add staff in the intervals where productive agents do not exceed the workload."
    references = (MITAN, PYWORKFORCE, CALL_CENTRE_HELPER)
    options = (GROUP_CONSECUTIVE,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for path, staffing in staffed_queues(ctx):
            hits = [
                index for index, interval in enumerate(staffing.intervals)
                if interval.traffic_erlangs and interval.productive_agents is not None
                and interval.productive_agents <= interval.traffic_erlangs
            ]
            yield from report_runs(
                self, ctx, path, staffing, hits,
                worst=_margin, figures=_figures(staffing.shrinkage), row=_row,
            )


def _figures(shrinkage: float) -> Callable[[IntervalStaffing], str]:
    def figures(interval: IntervalStaffing) -> str:
        return (
            f"{num(interval.scheduled_staff)} staff scheduled give "
            f"{interval.productive_agents:.2f} productive agents at {pct(shrinkage)} "
            f"shrinkage, not more than the {interval.traffic_erlangs:.2f} Erlangs of traffic"
        )

    return figures


def _margin(interval: IntervalStaffing) -> float:
    return (interval.productive_agents or 0.0) - (interval.traffic_erlangs or 0.0)


def _row(interval: IntervalStaffing) -> dict[str, object]:
    return {
        "start": interval.start.isoformat(timespec="minutes"),
        "scheduled_staff": whole(interval.scheduled_staff),
        "productive_agents": rounded(interval.productive_agents, 2),
        "traffic_erlangs": rounded(interval.traffic_erlangs, 2),
    }
