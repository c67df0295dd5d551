"""RP004: shrinkage is stated and plausible."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.resource_planning.common import CALL_CENTRE_HELPER, RP, pct

REYNOLDS = Reference(
    "Penny Reynolds, The Call Center School: shrinkage typically 20–35 %",
    "https://www.mytotalretail.com/person/reynolds/",
)
GOTO = Reference(
    "GoTo glossary, call centre shrinkage: 30–35 % on average",
    "https://goto.de/ressourcen/glossar/call-center-shrinkage",
)


class ShrinkagePlausible(Rule):
    """The resource plan states its shrinkage, and it lies in a plausible band.

    Shrinkage is the share of paid time not available for contacts: breaks,
    lunches, training, coaching, meetings, absence and holidays. Required staff are
    the productive requirement divided by ``1 − shrinkage``, so a plan without it
    under-staffs every interval: that is an error. A figure outside ``low``–``high``
    (20–40 %, a convention from published ranges of 20–35 % and 30–35 %) is a warning:
    build it from its components and check it against actuals.

    **Non-compliant**::

        resource_plan:
          shrinkage: 0.12

    **Compliant**::

        resource_plan:
          shrinkage: 32%
    """

    id = "RP004"
    name = "resource-planning.shrinkage-plausible"
    ruleset = "resource-planning"
    severity = Severity.ERROR
    title = "Shrinkage stated and plausible"
    remediation = "Build shrinkage from its components and check it against actuals."
    references = (REYNOLDS, GOTO, CALL_CENTRE_HELPER)
    options = (
        Option("low", 0.20, "Lowest plausible shrinkage (published ranges; a convention)."),
        Option("high", 0.40, "Highest plausible shrinkage (published ranges; a convention)."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        resource_plan = ctx.plan.resource_plan
        shrinkage = resource_plan.shrinkage if resource_plan else None
        if shrinkage is None:
            subject = "The resource plan" if resource_plan else "The plan has no resource plan and"
            yield self.finding(
                ctx, (*RP, "shrinkage"),
                f"{subject} states no shrinkage, so required staff make no allowance for "
                "breaks, training and absence.",
            )
            return
        low, high = self.option("low"), self.option("high")
        if not low <= shrinkage <= high:
            yield self.finding(
                ctx, (*RP, "shrinkage"),
                f"Shrinkage of {pct(shrinkage)} is outside the plausible {pct(low)}–{pct(high)} band.",
                severity=Severity.WARNING,
            )
