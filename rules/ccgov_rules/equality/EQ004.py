"""EQ004: an equality impact assessment considers all nine protected characteristics."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.equality.common import equality_act
from ccgov_rules.vocabulary import normal

#: Equality Act 2010 s.4, in the order the Act lists them.
PROTECTED_CHARACTERISTICS = (
    "age", "disability", "gender reassignment", "marriage and civil partnership",
    "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation",
)


class ProtectedCharacteristics(Rule):
    """Every EqIA that lists ``characteristics_considered`` covers all nine protected
    characteristics of the Equality Act 2010 s.4.

    The nine are age, disability, gender reassignment, marriage and civil
    partnership, pregnancy and maternity, race, religion or belief, sex and
    sexual orientation. ``characteristics_considered`` is an optional field of
    plan format v1: an EqIA without it is not checked (EQ003 checks that the
    EqIA exists and is on time). Advisory, so ``info``.

    **Non-compliant**: ``eqia: {completed_on: 2026-12-03, characteristics_considered: [age, disability]}``

    **Compliant**: ``characteristics_considered`` naming all nine.
    """

    id = "EQ004"
    name = "equality.protected-characteristics"
    ruleset = "equality"
    severity = Severity.INFO
    title = "All nine protected characteristics considered"
    remediation = "Cover every characteristic in the EqIA."
    references = (equality_act("section/4", "the protected characteristics"),)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for path, change in ctx.changes():
            eqia = change.eqia
            if eqia is None or eqia.characteristics_considered is None:
                continue
            covered = {normal(value) for value in eqia.characteristics_considered}
            missing = [name for name in PROTECTED_CHARACTERISTICS if name not in covered]
            if missing:
                yield self.finding(
                    ctx, (*path, "eqia", "characteristics_considered"),
                    f"The EqIA of change {change.id} does not consider {len(missing)} of the nine "
                    f"protected characteristics: {', '.join(missing)}.",
                )
