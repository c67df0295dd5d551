"""EV002: a SWOT analysis the plan relies on has all four quadrants."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.evaluation.common import EV, SWOT, methods, section

QUADRANTS = ("strengths", "weaknesses", "opportunities", "threats")


class SwotComplete(Rule):
    """When ``evaluation.methods`` names ``swot``, ``evaluation.swot`` lists at least one item in
    each of its four quadrants.

    Strengths and weaknesses are internal, opportunities and threats external;
    a SWOT with an empty quadrant has looked only one way.

    **Non-compliant**: ``evaluation: {methods: [swot], swot: {strengths: [...], weaknesses: [...]}}``

    **Compliant**::

        evaluation:
          methods: [swot]
          swot: {strengths: [...], weaknesses: [...], opportunities: [...], threats: [...]}
    """

    id = "EV002"
    name = "evaluation.swot-complete"
    ruleset = "evaluation"
    severity = Severity.WARNING
    title = "SWOT complete"
    remediation = "Complete all four quadrants."
    references = (SWOT,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        if "swot" not in methods(ctx):
            return
        swot = section(ctx).swot
        if swot is None:
            yield self.finding(
                ctx, (EV, "swot"),
                "The evaluation lists SWOT among its methods but contains no SWOT analysis.",
            )
            return
        for quadrant in QUADRANTS:
            if not getattr(swot, quadrant):
                yield self.finding(
                    ctx, (EV, "swot", quadrant), f"The SWOT analysis lists no {quadrant}.",
                )
