"""CH005: the plan says how it will handle resistance to change."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.change.common import ADKAR, CM, KOTTER, section


class ResistanceHandled(Rule):
    """Change management says how resistance will be found and handled (``resistance``).

    ADKAR's barrier points and Kotter's fifth step (remove obstacles) both
    expect resistance; a plan that names change champions or a concerns log has
    a way to hear it before it stalls the change.

    **Non-compliant**: ``change_management: {model: ADKAR}`` with no ``resistance``.

    **Compliant**::

        change_management:
          resistance: Change champions in each team; concerns log reviewed weekly.
    """

    id = "CH005"
    name = "change.resistance-handled"
    ruleset = "change"
    severity = Severity.WARNING
    title = "Resistance handled"
    remediation = "Add change champions/concerns log."
    references = (ADKAR, KOTTER)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        if not section(ctx).resistance:
            yield self.finding(
                ctx, (CM, "resistance"),
                "Change management does not say how resistance to change will be found and handled.",
            )
