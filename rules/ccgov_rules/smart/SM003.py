"""SM003: every objective and action has an owner."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.smart.common import DORAN, objectives


class Assignable(Rule):
    """Every objective, and every action under it, names an ``owner``.

    Doran's "Assignable": specify who will do it. An objective nobody owns is
    nobody's job.

    **Non-compliant**::

        - {id: OBJ1, actions: [{id: OBJ1-A1, description: Coaching}]}

    **Compliant**::

        - {id: OBJ1, owner: Billing team leader,
           actions: [{id: OBJ1-A1, description: Coaching, owner: QA lead}]}
    """

    id = "SM003"
    name = "smart.assignable"
    ruleset = "smart"
    severity = Severity.WARNING
    title = "Objective and actions have owners"
    remediation = "Name the accountable role for each objective and action."
    references = (DORAN,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for path, objective in objectives(ctx):
            if not objective.owner:
                yield self.finding(ctx, (*path, "owner"), f"Objective {objective.id} has no owner.")
            for index, action in enumerate(objective.actions):
                if not action.owner:
                    label = action.id or f"{index + 1} ({action.description or 'unnamed'})"
                    yield self.finding(
                        ctx, (*path, "actions", index, "owner"),
                        f"Action {label} of objective {objective.id} has no owner.",
                    )
