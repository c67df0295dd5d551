"""PF003: a target to cut handling time is guarded by a quality measure."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.performance.common import SQM_RESEARCH, kpi_ids, objectives_on

GUARDS = ("FCR", "QA", "CSAT")


class AhtGuardedByQuality(Rule):
    """An objective to decrease AHT comes with FCR, QA or CSAT among the KPIs.

    Pushing handling time down on its own invites rushed calls and repeat
    contacts; first contact resolution, quality scores or satisfaction show
    whether the cut costs the customer. SQM finds that each 1 % of FCR moves
    CSAT by about 1 %.

    **Non-compliant**: an objective ``{kpi: AHT, direction: decrease}`` with
    ``kpis`` holding only ``AHT`` and ``SL``.

    **Compliant**: the same objective with ``FCR`` (or ``QA`` or ``CSAT``) in ``kpis``.
    """

    id = "PF003"
    name = "performance.aht-guarded-by-quality"
    ruleset = "performance"
    severity = Severity.WARNING
    title = "AHT target guarded by quality"
    remediation = "Pair the AHT target with FCR or quality guard-rails."
    references = (SQM_RESEARCH,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        if kpi_ids(ctx) & set(GUARDS):
            return
        for path, objective in objectives_on(ctx, "AHT"):
            if (objective.direction or "").lower() == "decrease":
                yield self.finding(
                    ctx, (*path, "kpi"),
                    f"Objective {objective.id} decreases AHT but no FCR, QA or CSAT KPI guards "
                    "the quality of the shorter contacts.",
                )
