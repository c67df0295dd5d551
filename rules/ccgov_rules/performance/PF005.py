"""PF005: a first contact resolution target is calibrated against the benchmark."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.performance.common import SQM_TARGETS, objectives_on, pct, share


class FcrAmbition(Rule):
    """An FCR objective's target is set against the industry benchmark: advice only.

    SQM Group's research puts average first contact resolution at about 70 % and
    world class at 80 % or more, reached by about 5 % of centres. A target below
    ``average`` (70 %) aims below the industry average; one above ``world_class``
    (80 %) needs a justification. Targets above 1 are read as percentages.

    **Noted**: ``{kpi: FCR, target: 0.85}`` (world class) or ``{kpi: FCR, target: 0.65}``.

    **Not noted**: ``{kpi: FCR, baseline: 0.71, target: 0.75}``.
    """

    id = "PF005"
    name = "performance.fcr-ambition"
    ruleset = "performance"
    severity = Severity.INFO
    title = "FCR ambition against the benchmark"
    remediation = "Calibrate the FCR target against your baseline and the industry benchmark."
    references = (SQM_TARGETS,)
    options = (
        Option("average", 0.70, "Industry-average FCR (SQM Group; a benchmark, not law)."),
        Option("world_class", 0.80, "World-class FCR (SQM Group; a benchmark, not law)."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        average, world_class = self.option("average"), self.option("world_class")
        for path, objective in objectives_on(ctx, "FCR"):
            if objective.target is None:
                continue
            target = share(objective.target)
            if target < average:
                yield self.finding(
                    ctx, (*path, "target"),
                    f"Objective {objective.id} targets FCR of {pct(target)}, below the industry "
                    f"average of {pct(average)}.",
                )
            elif target > world_class:
                yield self.finding(
                    ctx, (*path, "target"),
                    f"Objective {objective.id} targets FCR of {pct(target)}, above the world-class "
                    f"{pct(world_class)} that about 5 % of centres reach: justify it.",
                )
