"""ST006: employee representatives are consulted, in time for collective redundancies."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.stakeholders.common import with_group

REPRESENTATIVES = ("trade union", "employee forum")

TULRCA_188 = Reference(
    "Trade Union and Labour Relations (Consolidation) Act 1992 s.188: collective consultation",
    "https://www.legislation.gov.uk/ukpga/1992/52/section/188",
)
SRSC_1977 = Reference(
    "Safety Representatives and Safety Committees Regulations 1977",
    "https://www.legislation.gov.uk/uksi/1977/500/contents",
)
HSCER_1996 = Reference(
    "Health and Safety (Consultation with Employees) Regulations 1996",
    "https://www.legislation.gov.uk/uksi/1996/1513/contents",
)


class EmployeeRepresentatives(Rule):
    """Each change with ``affects_working_patterns: true`` links a consultation with a
    ``trade union`` or ``employee forum``. A change proposing ``redundancies`` at or
    above 20 at one establishment is an error unless its first consultation with those
    representatives is at least 30 days before ``implement_on`` (45 days from 100).

    Employees' representatives must be consulted on changes to how they work
    (SRSC 1977, HSCER 1996). TULRCA s.188 requires collective consultation at least
    30 days (20–99 redundancies) or 45 days (100 or more) before the first dismissal
    takes effect; ``implement_on`` is taken as that date. ``redundancies`` is an
    optional field: without it only the representative consultation is checked.

    **Non-compliant**::

        changes: [{id: CH3, implement_on: 2027-03-01, redundancies: 25, consultations: [C5]}]
        consultations: [{id: C5, date: 2027-02-15, groups: [trade union]}]

    **Compliant**::

        consultations: [{id: C5, date: 2027-01-15, groups: [trade union]}]
    """

    id = "ST006"
    name = "stakeholders.employee-representatives"
    ruleset = "stakeholders"
    severity = Severity.WARNING
    title = "Employee representatives and collective consultation"
    remediation = "Add a consultation timeline with the trade union or employee forum, starting early enough."
    references = (TULRCA_188, SRSC_1977, HSCER_1996)
    options = (
        Option("collective_threshold", 20, "Proposed redundancies at one establishment that make "
               "consultation collective (TULRCA s.188(1)).", convention=False),
        Option("notice_days", 30, "Days of collective consultation before the first dismissal "
               "(TULRCA s.188(1A)(b)).", convention=False),
        Option("large_threshold", 100, "Proposed redundancies from which the longer period "
               "applies (TULRCA s.188(1A)(a)).", convention=False),
        Option("large_notice_days", 45, "Days of collective consultation for 100 or more "
               "(TULRCA s.188(1A)(a)).", convention=False),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for path, change in ctx.changes():
            count = change.redundancies or 0
            collective = count >= self.option("collective_threshold")
            if not (change.affects_working_patterns or collective):
                continue
            severity = Severity.ERROR if collective else None
            where = (*path, "consultations")
            representatives = with_group(ctx.linked_consultations(change), *REPRESENTATIVES)
            if not representatives:
                why = [f"proposes {count} redundancies"] if collective else []
                if change.affects_working_patterns:
                    why.insert(0, "changes working patterns")
                yield self.finding(
                    ctx, where,
                    f"Change {change.id} {' and '.join(why)} but links no consultation with a trade "
                    "union or employee forum.",
                    severity=severity,
                )
                continue
            go_live = change.implement_on
            if not collective or go_live is None:
                continue
            needed = self.option(
                "large_notice_days" if count >= self.option("large_threshold") else "notice_days"
            )
            dated = sorted((c.date, c.id) for c in representatives if c.date is not None)
            if not dated:
                ids = ", ".join(c.id for c in representatives)
                yield self.finding(
                    ctx, where,
                    f"Change {change.id} proposes {count} redundancies but its consultations with "
                    f"employee representatives ({ids}) are undated, so {needed} days of collective "
                    f"consultation before {go_live} cannot be shown.",
                    severity=severity,
                )
                continue
            first_date, first_id = dated[0]
            days = (go_live - first_date).days
            if days < needed:
                yield self.finding(
                    ctx, where,
                    f"Change {change.id} proposes {count} redundancies but its first consultation "
                    f"with employee representatives ({first_id}, {first_date}) is {days} days before "
                    f"implementation on {go_live}; TULRCA s.188 requires at least {needed}.",
                    severity=severity,
                )
