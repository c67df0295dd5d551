"""PF008: the plan describes how performance is managed."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.performance.common import SYLLABUS

FIELDS = {
    "one_to_ones": "how often agents have one-to-ones",
    "coaching": "how agents are coached",
    "underperformance_process": "the process for underperformance",
}


class PerformanceProcess(Rule):
    """The plan states its one-to-one cadence, its coaching and a fair underperformance process.

    KPIs change behaviour only through how people are managed against them:
    ``performance_management`` states ``one_to_ones`` (how often), ``coaching``
    (what drives it, where it is recorded) and ``underperformance_process`` (a
    fair capability route with support before any formal stage).

    **Non-compliant**::

        performance_management:
          recognition: Monthly team awards.

    **Compliant**::

        performance_management:
          one_to_ones: fortnightly
          coaching: Side-by-side coaching driven by QA and AHT outliers.
          underperformance_process: Capability policy HR-07, support plan first.
    """

    id = "PF008"
    name = "performance.performance-process"
    ruleset = "performance"
    severity = Severity.WARNING
    title = "Performance-management process"
    remediation = "Describe the one-to-one cadence, coaching and a fair capability process."
    references = (SYLLABUS,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        management = ctx.plan.performance_management
        for field, what in FIELDS.items():
            if management is None or not getattr(management, field):
                yield self.finding(ctx, ("performance_management", field),
                                   f"The plan does not state {what}.")
