"""QA006: customer perception measures sit alongside the QA scorecard."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Rule
from ccgov_rules.quality.common import QA, section

SQM = Reference(
    "SQM Group, call centre metrics and world-class targets (post-contact survey measures FCR best)",
    "https://www.sqmgroup.com/resources/library/blog/call-center-metrics-and-world-class-targets",
)


class CustomerPerception(Rule):
    """Quality assurance names ``customer_measures`` and each is a KPI defined under ``kpis``.

    An internal scorecard says whether agents followed the process; only the
    customer can say whether the contact worked. SQM finds a post-contact survey
    is the best way to measure first contact resolution.

    **Non-compliant**::

        quality_assurance: {customer_measures: [NPS]}
        kpis: [{id: CSAT}]

    **Compliant**::

        quality_assurance: {customer_measures: [CSAT, FCR]}
        kpis: [{id: CSAT}, {id: FCR}]
    """

    id = "QA006"
    name = "quality.customer-perception"
    ruleset = "quality"
    severity = Severity.WARNING
    title = "Customer perception alongside QA"
    remediation = "Add post-contact CSAT/NPS/FCR survey measures."
    references = (SQM,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        measures = section(ctx).customer_measures
        if not measures:
            yield self.finding(
                ctx, (QA, "customer_measures"),
                "Quality assurance names no customer perception measure (such as CSAT, NPS or FCR) "
                "alongside its scorecard.",
            )
            return
        for index, measure in enumerate(measures):
            if measure not in ctx.kpis:
                yield self.finding(
                    ctx, (QA, "customer_measures", index),
                    f"QA customer measure {measure} is not a KPI id in kpis "
                    f"(defined: {', '.join(ctx.kpis) or 'none'}).",
                )
