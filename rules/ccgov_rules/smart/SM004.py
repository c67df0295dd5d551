"""SM004: baselines and targets rest on evidence."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.smart.common import MARKING_POINT, objectives


class EvidenceBased(Rule):
    """Every objective cites the ``evidence`` behind its baseline, and the resource plan names
    its ``data_sources``.

    A target set without data is a guess; examiners look for call volumes, CSAT
    and interval data informing the plan.

    **Non-compliant**: an objective without ``evidence``; ``resource_plan`` without ``data_sources``.

    **Compliant**::

        evidence: Q3 2026 interval data show AHT 420 s against a 360 s industry median.
        resource_plan: {data_sources: [ACD interval history 2025-2026]}
    """

    id = "SM004"
    name = "smart.evidence-based"
    ruleset = "smart"
    severity = Severity.WARNING
    title = "Objective is evidence-based"
    remediation = "Cite the data behind each baseline and target, and list the plan's data sources."
    references = (MARKING_POINT,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for path, objective in objectives(ctx):
            if not objective.evidence:
                yield self.finding(
                    ctx, (*path, "evidence"),
                    f"Objective {objective.id} cites no evidence for its baseline and target.",
                )
        resource_plan = ctx.plan.resource_plan
        if not (resource_plan and resource_plan.data_sources):
            yield self.finding(
                ctx, ("resource_plan", "data_sources"),
                "The resource plan lists no data sources behind its forecasts.",
            )
