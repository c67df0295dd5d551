"""ST003: the plan maps its stakeholders."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.stakeholders.common import MENDELOW


class StakeholderMap(Rule):
    """``stakeholders.map`` says how stakeholders are mapped; a Mendelow power/interest
    grid is recommended.

    Mendelow's grid sets the engagement for each quadrant: manage key players
    closely, keep the powerful satisfied, keep the interested informed, monitor
    the rest. Only the presence of the map can be checked; its wording is for people.

    **Non-compliant**: ``stakeholders: {consultations: [...]}`` with no ``map``.

    **Compliant**::

        stakeholders:
          map: Mendelow power/interest grid, reviewed quarterly
    """

    id = "ST003"
    name = "stakeholders.stakeholder-map"
    ruleset = "stakeholders"
    severity = Severity.WARNING
    title = "Stakeholder map"
    remediation = "Map stakeholders by power and interest and set the engagement for each quadrant."
    references = (MENDELOW,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        stakeholders = ctx.plan.stakeholders
        if stakeholders is None or not (stakeholders.map or "").strip():
            yield self.finding(
                ctx, ("stakeholders", "map"),
                "The plan has no stakeholder map saying how stakeholders are grouped by power "
                "and interest.",
            )
