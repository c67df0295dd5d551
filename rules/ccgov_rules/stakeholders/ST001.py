"""ST001: frontline agents are consulted, and before any change that affects them goes live."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.stakeholders.common import CONSULTATION_MISTAKE, LOG, affects, with_group

AGENTS = "frontline agents"


class FrontlineAgentsConsulted(Rule):
    """The consultation log includes frontline agents, and every change whose ``affects``
    names ``frontline agents`` links a consultation with them dated on or before its
    ``implement_on``.

    Agents know where customers struggle and carry every operational change;
    leaving them out is the most common stakeholder mistake in operational plans.
    A linked consultation without a date cannot show it came before go-live.

    **Non-compliant**::

        changes: [{id: CH1, implement_on: 2027-02-15, affects: [frontline agents],
                   consultations: [C2]}]
        consultations: [{id: C2, date: 2026-10-20, groups: [customers]}]

    **Compliant**::

        changes: [{id: CH1, implement_on: 2027-02-15, affects: [frontline agents],
                   consultations: [C3]}]
        consultations: [{id: C3, date: 2026-11-10, groups: [frontline agents, it support]}]
    """

    id = "ST001"
    name = "stakeholders.frontline-agents-consulted"
    ruleset = "stakeholders"
    severity = Severity.ERROR
    title = "Frontline agents consulted"
    remediation = (
        "Consult frontline agents before each change that affects them, and record the outcome and response."
    )
    references = (CONSULTATION_MISTAKE,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        if not with_group(ctx.consultation_list, AGENTS):
            yield self.finding(ctx, LOG, "No consultation in the log includes frontline agents.")
        for path, change in ctx.changes():
            if not affects(change, AGENTS):
                continue
            linked = with_group(ctx.linked_consultations(change), AGENTS)
            go_live = change.implement_on
            if not linked:
                yield self.finding(
                    ctx, (*path, "consultations"),
                    f"Change {change.id} affects frontline agents but links no consultation with them.",
                )
            elif go_live is not None and not any(c.date and c.date <= go_live for c in linked):
                shown = "; ".join(f"{c.id}, {c.date or 'undated'}" for c in linked)
                many = len(linked) > 1
                yield self.finding(
                    ctx, (*path, "consultations"),
                    f"Change {change.id} affects frontline agents but its consultation{'s' if many else ''} "
                    f"with them ({shown}) {'are' if many else 'is'} not dated on or before go-live on "
                    f"{go_live}.",
                )
