"""PF002: every KPI is defined well enough to be measured the same way by everyone."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Rule

TECHTARGET_AHT = Reference(
    "TechTarget, Average handling time calculation: AHT = (talk + hold + after-contact work) / calls",
    "https://www.techtarget.com/searchcustomerexperience/tip/"
    "Average-handling-time-calculation-is-critical-to-contact-centers",
)
NPS = Reference("F. Reichheld, The One Number You Need to Grow, Harvard Business Review, Dec 2003 "
                "(NPS = % promoters 9–10 − % detractors 0–6)")

FIELDS = ("unit", "definition", "source", "frequency", "owner")


class KpiDefinitions(Rule):
    """Every KPI states its unit, definition, source, measuring frequency and owner.

    Without a definition two teams measure "AHT" or "NPS" differently (does AHT
    include after-call work? which survey answers count as promoters?), and
    without a source, frequency and owner nobody is accountable for the figure.
    Each missing field is reported at the KPI.

    **Non-compliant**::

        kpis:
          - {id: CSAT, name: Customer satisfaction, kind: qualitative}

    **Compliant**::

        kpis:
          - {id: CSAT, name: Customer satisfaction, kind: qualitative, unit: percent,
             definition: Top-two-box share on the post-contact survey,
             source: Post-contact survey, frequency: weekly, owner: CX manager}
    """

    id = "PF002"
    name = "performance.kpi-definitions"
    ruleset = "performance"
    severity = Severity.WARNING
    title = "KPI definitions complete"
    remediation = "Define each KPI's unit, formula, data source, frequency and owner."
    references = (TECHTARGET_AHT, NPS)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for index, kpi in enumerate(ctx.plan.kpis):
            for field in FIELDS:
                if not getattr(kpi, field):
                    yield self.finding(ctx, ("kpis", index, field), f"KPI {kpi.id} has no {field}.")
