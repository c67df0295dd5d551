"""EV001: the plan uses a situational analysis and an outcome evaluation."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.evaluation.common import EV, STRUCTURED_METHODS, methods, section

#: (what the pair is for, the methods that satisfy it, how a message names them)
NEEDS = (
    ("situational analysis", ("swot", "pestle"), "SWOT or PESTLE"),
    ("outcome evaluation", ("kirkpatrick", "pdca"), "Kirkpatrick or PDCA"),
)


class StructuredMethods(Rule):
    """``evaluation.methods`` includes a situational analysis (``swot`` or ``pestle``) and an
    outcome evaluation (``kirkpatrick`` or ``pdca``).

    The marking point asks for structured evaluation methods: SWOT or PESTLE
    to read the situation the plan responds to, Kirkpatrick or PDCA to judge
    what the plan achieved.

    **Non-compliant**: ``evaluation: {methods: [pdca]}`` (no situational analysis)

    **Compliant**: ``evaluation: {methods: [kirkpatrick, swot, pestle, pdca]}``
    """

    id = "EV001"
    name = "evaluation.structured-methods"
    ruleset = "evaluation"
    severity = Severity.WARNING
    title = "Structured evaluation methods"
    remediation = "Add a situational analysis and an outcome evaluation."
    references = (STRUCTURED_METHODS,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        path = (EV, "methods")
        named = methods(ctx)
        if not named:
            yield self.finding(
                ctx, path,
                "The evaluation names no methods: no situational analysis (SWOT or PESTLE) and no "
                "outcome evaluation (Kirkpatrick or PDCA).",
            )
            return
        listed = ", ".join(section(ctx).methods or [])
        for purpose, accepted, words in NEEDS:
            if not named & set(accepted):
                yield self.finding(
                    ctx, path,
                    f"The evaluation methods ({listed}) include no {purpose} ({words}).",
                    target=f"{EV}.methods:{purpose}",
                )
