"""SM007: targets are realistic, or justified where they are not."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.smart.common import DORAN, fmt, objectives

SQM = Reference(
    "SQM Group, call centre metrics and world-class targets (FCR 70 % average, 80 % world class)",
    "https://www.sqmgroup.com/resources/library/blog/call-center-metrics-and-world-class-targets",
)


class Realistic(Rule):
    """Flags targets that look unrealistic for the time allowed, or world-class without a word
    of justification.

    A heuristic, not law: an improvement of more than ``max_relative_change``
    (25 %) of the baseline with at most ``short_horizon_months`` (6) months
    from the start of the plan period to the objective's due date; a first
    contact resolution target at or above ``fcr_world_class`` (80 %, which only
    about 5 % of centres reach); a service level target at or above
    ``sl_justify_at`` (95 %). Percent-unit targets above 1 are read as percentages.

    **Non-compliant**: ``{kpi: AHT, baseline: 420, target: 300, due: 2027-03-31}`` in a plan
    starting 2027-01-01 (29 % in 3 months).

    **Compliant**: ``{kpi: AHT, baseline: 420, target: 380, due: 2027-03-31}`` (10 %).
    """

    id = "SM007"
    name = "smart.realistic"
    ruleset = "smart"
    severity = Severity.WARNING
    title = "Target is realistic"
    remediation = "Phase the target, or show the resources and evidence that make it achievable."
    references = (DORAN, SQM)
    options = (
        Option("max_relative_change", 0.25,
               "Largest change from baseline, as a fraction of it, that needs no justification "
               "within the short horizon."),
        Option("short_horizon_months", 6,
               "Months from the plan start to the due date counted as a short horizon."),
        Option("fcr_world_class", 0.80, "FCR target at or above which the plan must justify it."),
        Option("sl_justify_at", 0.95,
               "Service level target at or above which the plan must justify it."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        start, _ = ctx.period
        limit = self.option("max_relative_change")
        for path, objective in objectives(ctx):
            baseline, target, due = objective.baseline, objective.target, objective.due
            if baseline and target is not None and due is not None:
                months = (due.year - start.year) * 12 + due.month - start.month + (
                    due.day - start.day) / 31
                change = abs(target - baseline) / abs(baseline)
                if change > limit and months <= self.option("short_horizon_months"):
                    yield self.finding(
                        ctx, (*path, "target"),
                        f"Objective {objective.id} moves {objective.kpi or 'its KPI'} from "
                        f"{fmt(baseline)} to {fmt(target)} ({change:.0%}) in {months:.1f} months; "
                        f"more than {limit:.0%} in that time needs phasing or justification.",
                        target=f"objectives[{objective.id}].ambition",
                    )
            if target is None or objective.kpi not in ("FCR", "SL"):
                continue
            share = target / 100 if target > 1 else target
            threshold = self.option("fcr_world_class" if objective.kpi == "FCR" else "sl_justify_at")
            if share >= threshold:
                yield self.finding(
                    ctx, (*path, "target"),
                    f"Objective {objective.id} targets {objective.kpi} of {share:.0%}, at or above "
                    f"{threshold:.0%}: world-class territory that the plan must justify.",
                    target=f"objectives[{objective.id}].world-class",
                )
