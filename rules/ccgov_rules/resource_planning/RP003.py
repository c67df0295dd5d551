"""RP003: the occupancy cap is sensible, and the scheduled staff keep to it."""

from __future__ import annotations

import math
from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Option, Rule
from ccgov.workforce.staffing import IntervalStaffing
from ccgov_rules.resource_planning.common import RP, pct, rounded, staffed_queues, when, whole

OCCUPANCY_85 = Reference(
    "Call Centre Helper, Don't push occupancy beyond 85%",
    "https://www.contactcentrehelper.com/?p=231177",
)
CCPLANNING = Reference(
    "ccplanning.net, Erlang explorer: occupancy is an output, not a target",
    "https://ccplanning.net/calculators/erlang-explorer.html",
)

# Occupancy exactly at the cap (17 Erlangs on 20 agents at 85 %) is within it.
_TOLERANCE = 1e-9


class OccupancyCap(Rule):
    """The plan caps occupancy at no more than 85 %, and no interval runs above the cap.

    Occupancy is the share of agents' available time spent handling contacts
    (``A / N``). Sustained occupancy above about 85 % burns agents out, so the
    staffing analysis staffs to ``resource_plan.max_occupancy``; a missing cap means
    it applied none. Besides the cap itself, the rule lists the intervals whose
    planned occupancy (traffic over the whole agents answering) exceeds the plan's
    cap, or ``max_occupancy`` (85 %, a convention) where the plan's is missing or
    higher: one finding per queue at its first such interval, with the count, the
    highest occupancy and the first ``list_intervals`` (5) intervals in its detail.

    **Non-compliant**::

        resource_plan:
          max_occupancy: 0.92

    **Compliant**::

        resource_plan:
          max_occupancy: 0.85
    """

    id = "RP003"
    name = "resource-planning.occupancy-cap"
    ruleset = "resource-planning"
    severity = Severity.WARNING
    title = "Occupancy cap is sensible and kept"
    remediation = "Lower the occupancy cap to 85 % or less and staff every interval to it."
    references = (OCCUPANCY_85, CCPLANNING)
    options = (
        Option("max_occupancy", 0.85,
               "Highest sensible occupancy cap (Call Centre Helper's 85 % maximum; a convention)."),
        Option("list_intervals", 5, "How many intervals above the cap each finding's detail lists."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        resource_plan = ctx.plan.resource_plan
        if resource_plan is None:
            return
        sensible = self.option("max_occupancy")
        cap = resource_plan.max_occupancy
        if cap is None:
            yield self.finding(
                ctx, (*RP, "max_occupancy"),
                "The resource plan states no max_occupancy, so staffing was analysed without "
                "an occupancy cap.",
            )
        elif cap > sensible + _TOLERANCE:
            yield self.finding(
                ctx, (*RP, "max_occupancy"),
                f"The occupancy cap of {pct(cap)} is above {pct(sensible)}.",
            )
        limit = sensible if cap is None else min(cap, sensible)
        for path, staffing in staffed_queues(ctx):
            over = []
            for index, interval in enumerate(staffing.intervals):
                occupancy = _planned(interval)
                if occupancy is not None and occupancy > limit + _TOLERANCE:
                    over.append((index, interval, occupancy))
            if not over:
                continue
            _, peak, highest = max(over, key=lambda hit: hit[2])
            count = f"{len(over)} interval{'s' if len(over) > 1 else ''}"
            yield self.finding(
                ctx, (*path, "forecast", over[0][0], "scheduled_staff"),
                f"Queue {staffing.queue} runs above the {pct(limit)} occupancy cap in {count}, "
                f"highest {_share(highest)} on {when(peak.start)}.",
                target=f"{staffing.queue}.occupancy",
                detail={
                    "queue": staffing.queue,
                    "cap": limit,
                    "count": len(over),
                    "intervals": [_row(interval, occupancy) for _, interval, occupancy
                                  in over[: self.option("list_intervals")]],
                },
            )


def _planned(interval: IntervalStaffing) -> float | None:
    """Traffic over the whole agents answering; infinite when none answer; None if unknown."""
    if interval.occupancy is not None:
        return interval.occupancy
    if not interval.traffic_erlangs or interval.productive_agents is None:
        return None
    answering = math.floor(interval.productive_agents)
    return interval.traffic_erlangs / answering if answering else math.inf


def _share(occupancy: float) -> str:
    # Past 100 % the figure only says the agents cannot keep up, not by how much.
    return "100 % or more (the agents answering cannot keep up)" if occupancy >= 1 \
        else pct(occupancy, 1)


def _row(interval: IntervalStaffing, occupancy: float) -> dict[str, object]:
    return {
        "start": interval.start.isoformat(timespec="minutes"),
        "scheduled_staff": whole(interval.scheduled_staff),
        "traffic_erlangs": rounded(interval.traffic_erlangs, 2),
        "occupancy": None if math.isinf(occupancy) else round(occupancy, 4),
    }
