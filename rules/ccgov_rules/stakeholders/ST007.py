"""ST007: "you said, we did" — every consultation has an outcome and a response; customers are heard."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.stakeholders.common import LOG, with_group

MARKING_POINT = Reference(
    "Operational planning syllabus, marking points: use of data (call volumes, CSAT) and "
    "documented feedback loops",
)


class YouSaidWeDid(Rule):
    """Every consultation records its ``outcome`` (what people said) and ``response``
    (what the plan did about it), and the plan brings in the customer's voice: a
    consultation with ``customers`` or a customer KPI (``CSAT``, ``NPS``, ``CES`` or
    ``COMPLAINTS``).

    A consultation without a response tells people their views went nowhere; a plan
    that never hears customers plans for the centre, not for them.

    **Non-compliant**::

        consultations: [{id: C1, groups: [frontline agents], outcome: Knowledge base is hard to search}]

    **Compliant**::

        consultations:
          - {id: C1, groups: [frontline agents], outcome: Knowledge base is hard to search,
             response: Article rewrite added as OBJ1-A2}
        kpis: [{id: CSAT, kind: qualitative}]
    """

    id = "ST007"
    name = "stakeholders.you-said-we-did"
    ruleset = "stakeholders"
    severity = Severity.WARNING
    title = "\"You said, we did\""
    remediation = (
        "Record what each consultation found and what changed as a result; include the customer voice."
    )
    references = (MARKING_POINT,)
    options = (
        Option("customer_kpis", ("CSAT", "NPS", "CES", "COMPLAINTS"),
               "KPI ids that bring the customer's voice into the plan."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for index, consultation in enumerate(ctx.consultation_list):
            for field, meaning in (("outcome", "what was said"), ("response", "what was done about it")):
                if not (getattr(consultation, field) or "").strip():
                    yield self.finding(
                        ctx, (*LOG, index, field),
                        f"Consultation {consultation.id} records no {field} ({meaning}).",
                    )
        customer_kpis = {str(k).upper() for k in self.option("customer_kpis")}
        heard = with_group(ctx.consultation_list, "customers") or customer_kpis & {
            k.upper() for k in ctx.kpis
        }
        if not heard:
            yield self.finding(
                ctx, LOG,
                "No consultation includes customers and no KPI "
                f"({', '.join(sorted(customer_kpis))}) measures what customers think.",
            )
