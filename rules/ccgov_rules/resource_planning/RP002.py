"""RP002: every interval is staffed to reach the queue's service level within the occupancy cap."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov.workforce.staffing import IntervalStaffing, QueueStaffing
from ccgov_rules.resource_planning.common import (
    CALL_CENTRE_HELPER,
    GROUP_CONSECUTIVE,
    LUCID,
    PYWORKFORCE,
    num,
    pct,
    report_runs,
    rounded,
    staffed_queues,
    whole,
)


class ServiceLevelAchievable(Rule):
    """In every forecast interval, the productive agents reach the queue's service level.

    For each interval, Erlang C gives the raw agents required to answer
    ``service_level.target`` of contacts within ``answer_seconds`` without running
    them above ``max_occupancy`` (domain.md §1.3). The interval is short when the
    productive agents, ``scheduled_staff × (1 − shrinkage)``, are fewer than that,
    compared exactly (21 agents at 30 % shrinkage need 30 staff, not 31). The
    message names the staff needed (raw agents grossed up for shrinkage) and the
    service level the scheduled staff achieve. Adjacent short intervals of one day
    are one finding (option ``group_consecutive``) with every interval in its detail
    (staff, agents, and the service level, ASA and occupancy achieved); the JSON
    report's ``staffing`` section has the full analysis.

    **Non-compliant** (80 % in 20 s, 30 % shrinkage; 100 contacts of 300 s need 21
    agents, so 30 staff)::

        - {start: 2027-01-04T09:00, contacts: 100, aht_seconds: 300, scheduled_staff: 29}

    **Compliant**::

        - {start: 2027-01-04T09:00, contacts: 100, aht_seconds: 300, scheduled_staff: 30}
    """

    id = "RP002"
    name = "resource-planning.service-level-achievable"
    ruleset = "resource-planning"
    severity = Severity.ERROR
    title = "Scheduled staff reach the service level in every interval"
    remediation = (
        "Re-plan the understaffed intervals (shift starts, overtime, moving agents between "
        "queues), or revise the service level target with a stated rationale."
    )
    references = (CALL_CENTRE_HELPER, PYWORKFORCE, LUCID)
    options = (GROUP_CONSECUTIVE,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for path, staffing in staffed_queues(ctx):
            hits = [
                index for index, interval in enumerate(staffing.intervals)
                if interval.required_agents is not None and interval.required_staff is not None
                and interval.productive_agents is not None
                and interval.productive_agents < interval.required_agents
            ]
            yield from report_runs(
                self, ctx, path, staffing, hits,
                worst=_worst, figures=_figures(staffing), row=_row,
            )


def _figures(staffing: QueueStaffing) -> Callable[[IntervalStaffing], str]:
    goal = f"{pct(staffing.target_service_level)} in {num(staffing.answer_seconds)} s"

    def figures(interval: IntervalStaffing) -> str:
        if interval.service_level is None:
            achieved = (f"the agents answering do not exceed the "
                        f"{interval.traffic_erlangs or 0:.2f} Erlangs of traffic")
        else:
            achieved = f"achieves {pct(interval.service_level, 1)}"
        return (f"{num(interval.scheduled_staff)} staff scheduled, {interval.required_staff} needed "
                f"for {goal} ({achieved})")

    return figures


def _worst(interval: IntervalStaffing) -> tuple[float, float]:
    """Lowest achieved service level first (none at all is worst), then the largest gap."""
    return (interval.service_level or 0.0, interval.gap_staff or 0.0)


def _row(interval: IntervalStaffing) -> dict[str, object]:
    return {
        "start": interval.start.isoformat(timespec="minutes"),
        "scheduled_staff": whole(interval.scheduled_staff),
        "required_staff": interval.required_staff,
        "required_agents": interval.required_agents,
        "productive_agents": rounded(interval.productive_agents, 2),
        "service_level": rounded(interval.service_level, 4),
        "asa_seconds": rounded(interval.asa_seconds, 1),
        "occupancy": rounded(interval.occupancy, 4),
    }
