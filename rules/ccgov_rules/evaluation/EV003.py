"""EV003: a PESTLE analysis the plan relies on covers all six factors."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.evaluation.common import EV, PESTLE, methods, section

FACTORS = ("political", "economic", "social", "technological", "legal", "environmental")


class PestleComplete(Rule):
    """When ``evaluation.methods`` names ``pestle``, ``evaluation.pestle`` lists at least one
    factor under each of its six headings.

    A contact centre's legal factor is never empty: it should name the laws the
    plan must meet (UK GDPR and the DPA 2018, the Equality Act 2010, the
    Health and Safety at Work Act 1974 and the Working Time Regulations 1998).

    **Non-compliant**: ``evaluation: {methods: [pestle], pestle: {political: [...], legal: []}}``

    **Compliant**::

        pestle: {political: [...], economic: [...], social: [...], technological: [...],
                 legal: [UK GDPR and DPA 2018, Equality Act 2010], environmental: [...]}
    """

    id = "EV003"
    name = "evaluation.pestle-complete"
    ruleset = "evaluation"
    severity = Severity.WARNING
    title = "PESTLE complete"
    remediation = (
        "Complete all six factors; the legal factor should name the laws that apply (UK GDPR and "
        "DPA 2018, Equality Act 2010, HSWA 1974 and its regulations)."
    )
    references = (PESTLE,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        if "pestle" not in methods(ctx):
            return
        pestle = section(ctx).pestle
        if pestle is None:
            yield self.finding(
                ctx, (EV, "pestle"),
                "The evaluation lists PESTLE among its methods but contains no PESTLE analysis.",
            )
            return
        for factor in FACTORS:
            if not getattr(pestle, factor):
                yield self.finding(
                    ctx, (EV, "pestle", factor), f"The PESTLE analysis lists no {factor} factors.",
                )
