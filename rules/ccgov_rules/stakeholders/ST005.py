"""ST005: the data protection officer's advice is sought on every DPIA."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Rule
from ccgov_rules.stakeholders.common import with_group

ART_35 = Reference(
    "UK GDPR Art 35(2): the controller shall seek the advice of the data protection officer",
    "https://www.legislation.gov.uk/eur/2016/679/article/35",
)


class DpoConsultedOnDpias(Rule):
    """Each change that has a ``dpia`` links a consultation whose groups include the
    ``data protection officer``.

    UK GDPR Art 35(2): when carrying out a DPIA the controller shall seek the
    advice of the data protection officer. The linked consultation is where that
    advice, and the response to it, is recorded.

    **Non-compliant**::

        changes: [{id: CH1, dpia: {reference: DPIA-2026-14}, consultations: [C1]}]
        consultations: [{id: C1, groups: [frontline agents]}]

    **Compliant**::

        consultations: [{id: C3, groups: [frontline agents, data protection officer]}]
    """

    id = "ST005"
    name = "stakeholders.dpo-consulted-on-dpias"
    ruleset = "stakeholders"
    severity = Severity.WARNING
    title = "DPO consulted on DPIAs"
    remediation = "Record the data protection officer's advice on the DPIA as a linked consultation."
    references = (ART_35,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for path, change in ctx.changes():
            if change.dpia is None:
                continue
            if not with_group(ctx.linked_consultations(change), "data protection officer"):
                dpia = f"DPIA {change.dpia.reference}" if change.dpia.reference else "a DPIA"
                yield self.finding(
                    ctx, (*path, "consultations"),
                    f"Change {change.id} has {dpia} but links no consultation with the data "
                    "protection officer.",
                )
