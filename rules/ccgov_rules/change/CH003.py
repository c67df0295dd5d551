"""CH003: changes are communicated and each is consulted on."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.change.common import CM, KOTTER, section


class CommunicationAndConsultation(Rule):
    """Change management has a ``communication_plan``, and every change lists ``consultations``
    that exist in the consultation log.

    Kotter's fourth step is to communicate the vision; people who hear about a
    change only on go-live day resist it. Each change should point at the
    consultation where the people it affects were heard.

    **Non-compliant**::

        change_management: {changes: [{id: CH2, consultations: [C9]}]}   # no C9 in the log

    **Compliant**::

        change_management:
          communication_plan: Weekly huddles, intranet page, team leader briefings.
          changes: [{id: CH2, consultations: [C4]}]
    """

    id = "CH003"
    name = "change.communication-and-consultation"
    ruleset = "change"
    severity = Severity.WARNING
    title = "Communication plan and consultation"
    remediation = "Add audience-specific communications and consultations."
    references = (KOTTER,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        if not section(ctx).communication_plan:
            yield self.finding(
                ctx, (CM, "communication_plan"),
                "Change management has no communication plan for the people its changes affect.",
            )
        for path, change in ctx.changes():
            if not change.consultations:
                yield self.finding(
                    ctx, (*path, "consultations"), f"Change {change.id} links no consultation.",
                )
                continue
            for index, consultation in enumerate(change.consultations):
                if consultation not in ctx.consultations:
                    yield self.finding(
                        ctx, (*path, "consultations", index),
                        f"Change {change.id} links consultation {consultation}, which is not in the "
                        "consultation log.",
                    )
