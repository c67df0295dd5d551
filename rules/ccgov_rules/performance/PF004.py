"""PF004: every queue's abandonment target is sensible."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.performance.common import pct
from ccgov_rules.resource_planning.common import queues

ICMI_ABANDON = Reference(
    "ICMI, Abandon rate standard (\"there truly isn't one\")",
    "http://www.icmi.com/Resources/QueueTips/2005/March/Abandon-Rate-Standard.aspx",
)
TECHTARGET_ABANDON = Reference(
    "TechTarget, Measuring call center abandon rates (80/20/5 baseline)",
    "https://searchcustomerexperience.techtarget.com/answer/Measuring-call-center-abandon-rates",
)


class AbandonmentTarget(Rule):
    """No queue plans for more than 5 % of callers to abandon.

    There is no industry standard for abandonment, but 3–5 % is the range most
    often quoted (the "80/20/5" baseline); a target above ``max_abandonment`` (5 %,
    a convention) plans for many callers to give up. Queues without a target are
    reported by RP007.

    **Non-compliant**::

        queues:
          - {id: billing-voice, abandonment_target: 0.12}

    **Compliant**::

        queues:
          - {id: billing-voice, abandonment_target: 0.05}
    """

    id = "PF004"
    name = "performance.abandonment-target"
    ruleset = "performance"
    severity = Severity.WARNING
    title = "Abandonment target sensible"
    remediation = "Set an abandonment target of 5 % or less and justify it."
    references = (ICMI_ABANDON, TECHTARGET_ABANDON)
    options = (
        Option("max_abandonment", 0.05,
               "Highest sensible abandonment target (3–5 % commonly quoted; a convention)."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        limit = self.option("max_abandonment")
        for path, queue in queues(ctx):
            target = queue.abandonment_target
            if target is not None and target > limit:
                yield self.finding(
                    ctx, (*path, "abandonment_target"),
                    f"Queue {queue.id} plans for {pct(target)} of contacts to abandon, above "
                    f"{pct(limit)}.",
                )
