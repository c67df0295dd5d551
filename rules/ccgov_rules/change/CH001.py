"""CH001: a plan that makes changes names the change model it follows."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.change.common import ADKAR, CM, KOTTER, LEWIN, ids, section


class ChangeModel(Rule):
    """When the plan makes changes, ``change_management.model`` names the model that guides them
    (ADKAR, Kotter, Lewin or another).

    A named model gives the change actions a sequence a reader can check:
    awareness before ability (ADKAR), urgency and a guiding coalition before
    communication (Kotter), unfreeze before refreeze (Lewin).

    **Non-compliant**: ``change_management: {changes: [{id: CH1, ...}]}`` with no ``model``.

    **Compliant**: ``change_management: {model: ADKAR, changes: [{id: CH1, ...}]}``
    """

    id = "CH001"
    name = "change.model-named"
    ruleset = "change"
    severity = Severity.WARNING
    title = "Change model named"
    remediation = "Name the model and map actions to its stages."
    references = (ADKAR, KOTTER, LEWIN)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        changes = [change.id for change in ctx.change_list]
        if changes and not section(ctx).model:
            count = f"{len(changes)} change{'s' if len(changes) > 1 else ''}"
            yield self.finding(
                ctx, (CM, "model"),
                f"The plan makes {count} ({ids(changes)}) but names no change model such as "
                "ADKAR, Kotter or Lewin.",
            )
