"""HS012: employees or their representatives are consulted on changes to working patterns."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Rule

GROUPS = ("health and safety", "trade union", "employee forum", "frontline agents")


class EmployeesConsulted(Rule):
    """Every change to working patterns links a consultation with health and safety
    representatives, a trade union, an employee forum or frontline agents.

    Employers must consult employees, directly or through safety representatives, on
    health and safety matters such as new shift patterns (Safety Representatives and
    Safety Committees Regulations 1977; Health and Safety (Consultation with Employees)
    Regulations 1996). A change with ``affects_working_patterns: true`` must list in
    ``consultations`` an id from the consultation log whose ``groups`` include one of
    those four groups. Whether it came before go-live is CH007's concern.

    **Non-compliant**::

        changes:
          - {id: CH2, affects_working_patterns: true, consultations: [C2]}   # C2: customers only

    **Compliant**::

        changes:
          - {id: CH2, affects_working_patterns: true, consultations: [C4]}   # C4: trade union
    """

    id = "HS012"
    name = "health-safety.employees-consulted"
    ruleset = "health-safety"
    severity = Severity.WARNING
    title = "Employees consulted on health and safety changes"
    remediation = "Consult safety representatives or employees before implementation."
    references = (
        Reference("Health and Safety (Consultation with Employees) Regulations 1996",
                  "https://www.legislation.gov.uk/uksi/1996/1513/contents"),
        Reference("Safety Representatives and Safety Committees Regulations 1977",
                  "https://www.legislation.gov.uk/uksi/1977/500/contents"),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for path, change in ctx.changes():
            if change.affects_working_patterns is not True:
                continue
            linked = ctx.linked_consultations(change)
            if any(g.strip().lower() in GROUPS for c in linked for g in c.groups or []):
                continue
            when = f" from {change.implement_on}" if change.implement_on else ""
            missing = [c for c in change.consultations or [] if c not in ctx.consultations]
            note = (f" ({', '.join(missing)} {'is' if len(missing) == 1 else 'are'} not in the "
                    "consultation log)" if missing else "")
            yield self.finding(
                ctx, (*path, "consultations"),
                f"Change {change.id} changes working patterns{when} but no consultation with health "
                f"and safety, trade union, employee forum or frontline agents is linked{note}.",
            )
