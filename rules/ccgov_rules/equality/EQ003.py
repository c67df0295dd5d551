"""EQ003: an equality impact assessment is completed before a change to customers or working patterns."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.model.operations import Change
from ccgov.rules.base import Rule
from ccgov_rules.equality.common import equality_act
from ccgov_rules.vocabulary import includes, normal

SI_2017_353 = Reference(
    "Equality Act 2010 (Specific Duties and Public Authorities) Regulations 2017 (SI 2017/353)",
    "https://www.legislation.gov.uk/uksi/2017/353/contents",
)


def equality_impact(change: Change) -> str | None:
    """Why a change needs an EqIA, in words, or None when it does not."""
    if includes(change.affects, "customers"):
        return "affects customers"
    if change.affects_working_patterns is True:
        return "changes working patterns"
    return None


class EqiaBeforeChange(Rule):
    """Every change whose ``affects`` include ``customers``, or with
    ``affects_working_patterns: true``, has an EqIA whose ``completed_on`` is on or before its
    ``implement_on``.

    Public authorities, and bodies exercising public functions, must have due
    regard to the three aims of the public sector equality duty (Equality Act
    2010 s.149) before they decide; an equality impact assessment completed
    before go-live is how that regard is evidenced. For a ``public`` plan
    (``plan.sector``) a missing or late EqIA is an error; for private and
    charity plans it is a warning, since s.149 binds them only where they
    exercise public functions, but customers and staff are still protected by
    ss.19, 29 and 39.

    **Non-compliant**::

        - {id: CH2, affects_working_patterns: true, implement_on: 2027-02-01}

    **Compliant**::

        - {id: CH2, affects_working_patterns: true, implement_on: 2027-02-01,
           eqia: {reference: EQIA-2026-11, completed_on: 2026-12-15}}
    """

    id = "EQ003"
    name = "equality.eqia-before-change"
    ruleset = "equality"
    severity = Severity.ERROR
    title = "Equality impact assessment before service changes"
    remediation = "Complete and record an EqIA before implementation."
    references = (equality_act("section/149", "public sector equality duty"), SI_2017_353)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        public = normal(ctx.plan.plan.sector) == "public"
        # NOTE: only the public sector equality duty makes this statutory; elsewhere it is guidance.
        severity = Severity.ERROR if public else Severity.WARNING
        for path, change in ctx.changes():
            reason = equality_impact(change)
            if reason is None:
                continue
            eqia = change.eqia
            completed = eqia.completed_on if eqia else None
            if completed is None:
                yield self.finding(
                    ctx, (*path, "eqia", "completed_on") if eqia else (*path, "eqia"),
                    f"Change {change.id} {reason} but has no completed equality impact assessment.",
                    severity=severity,
                )
            elif change.implement_on is not None and completed > change.implement_on:
                yield self.finding(
                    ctx, (*path, "eqia", "completed_on"),
                    f"Change {change.id} {reason} but its EqIA is dated {completed}, after go-live on "
                    f"{change.implement_on}.",
                    severity=severity,
                )
