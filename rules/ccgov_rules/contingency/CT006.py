"""CT006: how far short each queue's staffing falls if contacts surge 10 % and 20 % above forecast."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Option, Rule
from ccgov.workforce.staffing import SurgeLevel, surge_gap

ERLANG_C = Reference(
    "Call Centre Helper, Erlang C formula – made simple with an easy worked example",
    "https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm",
)


class SurgeSensitivity(Rule):
    """For each queue with a forecast, reports the staffing gap if contacts ran 10 % and
    20 % (options) above forecast in every interval, with the scheduled staff unchanged.

    Each interval's requirement is worked out again with the queue's own Erlang C
    parameters (service level, answer time, occupancy cap, shrinkage). The message
    gives, per surge level, the intervals that would be short, the total shortfall
    in staff-intervals and the worst interval; ``detail`` has the figures per level.
    This is information for sizing the peak-demand actions (CT001), not a breach.

    **Example**: "Surge sensitivity of queue billing-voice: 12 intervals short at +10 %
    contacts (14 staff-intervals, worst 2 staff at 2027-01-04T09:00); 40 intervals
    short at +20 % contacts (…)."
    """

    id = "CT006"
    name = "contingency.surge-sensitivity"
    ruleset = "contingency"
    severity = Severity.INFO
    title = "Surge sensitivity"
    remediation = "Use the gap to size the peak-demand actions (overtime, re-skilling, callback)."
    references = (ERLANG_C,)
    options = (
        Option("moderate_surge", 0.10, "First surge above forecast, as a fraction above 0."),
        Option("severe_surge", 0.20, "Second surge above forecast, as a fraction above 0."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        resource_plan = ctx.plan.resource_plan
        if resource_plan is None:
            return
        index = {queue.id: i for i, queue in reversed(list(enumerate(resource_plan.queues)))}
        uplifts = (self.option("moderate_surge"), self.option("severe_surge"))
        for staffing in ctx.staffing:
            surge = surge_gap(staffing, uplifts)
            clauses = "; ".join(_clause(level) for level in surge.levels)
            yield self.finding(
                ctx, ("resource_plan", "queues", index[staffing.queue], "forecast"),
                f"Surge sensitivity of queue {staffing.queue}: {clauses}.",
                detail={"queue": staffing.queue, "levels": [_detail(level) for level in surge.levels]},
            )


def _number(value: float) -> str:
    """3,234 staff-intervals; 2.5 where scheduled staff are fractional."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def _percent(uplift: float) -> str:
    return f"+{uplift * 100:.4g} %"


def _clause(level: SurgeLevel) -> str:
    skipped = f", {level.not_computable} not computable" if level.not_computable else ""
    if level.worst is None:
        return f"no interval short at {_percent(level.uplift)} contacts{skipped}"
    worst = level.worst
    plural = "s" if level.intervals_short > 1 else ""
    return (
        f"{_number(level.intervals_short)} interval{plural} short at {_percent(level.uplift)} contacts "
        f"({_number(level.staff_short)} staff-intervals, worst {_number(worst.staff_short)} staff at "
        f"{worst.start.isoformat(timespec='minutes')}{skipped})"
    )


def _detail(level: SurgeLevel) -> dict[str, Any]:
    worst = level.worst
    return {
        "uplift": level.uplift,
        "intervals_short": level.intervals_short,
        "staff_short": level.staff_short,
        "not_computable": level.not_computable,
        "worst": None if worst is None else {
            "start": worst.start.isoformat(timespec="minutes"),
            "contacts": worst.contacts,
            "required_staff": worst.required_staff,
            "scheduled_staff": worst.scheduled_staff,
            "staff_short": worst.staff_short,
        },
    }
