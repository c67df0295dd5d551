"""ST004: every objective, action and contingency plan has one accountable owner, not several."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccgov.context import AuditContext, PathT
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Rule

# The ways planners join several names into one owner field.
_JOINERS = re.compile(r"\s+and\s+|&|/|,|;", re.IGNORECASE)

RACI = Reference(
    "RACI responsibility assignment matrix (PMI PMBOK): exactly one Accountable per task",
)


class SingleAccountableOwner(Rule):
    """Every objective, every action and every contingency plan has exactly one ``owner``:
    an owner naming several people or roles (joined by "and", "&", "/", "," or ";")
    is a finding.

    RACI allows one Accountable per task: when two people own something, each
    can assume the other has it in hand. A missing owner is reported by SM003
    (objectives and actions) and CT005 (contingency plans), so it is not repeated
    here; KPI owners are checked by PF002.

    **Non-compliant**::

        - {id: OBJ1, owner: Billing team leader and QA lead}

    **Compliant**::

        - {id: OBJ1, owner: Billing team leader}
    """

    id = "ST004"
    name = "stakeholders.single-accountable-owner"
    ruleset = "stakeholders"
    severity = Severity.WARNING
    title = "Single accountable owner"
    remediation = "Assign one accountable owner per item; list the others as responsible or consulted."
    references = (RACI,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for index, objective in enumerate(ctx.plan.objectives):
            path: PathT = ("objectives", index)
            yield from self._one(ctx, (*path, "owner"), f"Objective {objective.id}", objective.owner)
            for position, action in enumerate(objective.actions):
                label = f"Action {action.id or position + 1} of objective {objective.id}"
                yield from self._one(ctx, (*path, "actions", position, "owner"), label, action.owner)
        contingency = ctx.plan.contingency
        for index, plan in enumerate(contingency.plans if contingency else []):
            yield from self._one(
                ctx, ("contingency", "plans", index, "owner"), f"Contingency plan {plan.id}", plan.owner
            )

    def _one(self, ctx: AuditContext, path: PathT, label: str, owner: str | None) -> Iterator[Finding]:
        names = [part.strip() for part in _JOINERS.split(owner or "") if part.strip()]
        if len(names) > 1:
            yield self.finding(
                ctx, path,
                f"{label} has owner '{owner}', which names {len(names)} people or roles instead of "
                "one accountable owner.",
            )
