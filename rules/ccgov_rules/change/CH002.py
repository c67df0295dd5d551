"""CH002: each change states the impact flags that decide which assessments it needs."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Rule

MHSWR_3 = Reference(
    "Management of Health and Safety at Work Regulations 1999, reg 3(3): review on significant change",
    "https://www.legislation.gov.uk/uksi/1999/3242/regulation/3",
)
ARTICLE_35 = Reference(
    "UK GDPR Article 35: data protection impact assessment",
    "https://www.legislation.gov.uk/eur/2016/679/article/35",
)
PSED = Reference(
    "Equality Act 2010 s.149: public sector equality duty",
    "https://www.legislation.gov.uk/ukpga/2010/15/section/149",
)

#: Each impact flag, what it says, and which assessment it decides.
FLAGS = (
    ("personal_data", "whether it changes how personal data is processed", "a DPIA"),
    ("new_technology", "whether it introduces new technology", "a DPIA"),
    ("affects_working_patterns", "whether it changes working patterns",
     "an EqIA and a risk-assessment review"),
)


class ImpactStated(Rule):
    """Every change states ``personal_data``, ``new_technology`` and ``affects_working_patterns``
    (true or false) and a non-empty ``affects`` list.

    These flags decide which assessments the change needs: a DPIA (DP006, UK
    GDPR Art 35), an equality impact assessment (EQ003, s.149) and a review of
    the risk assessment (HS007, MHSWR reg 3(3)). Left out, those rules cannot
    tell that the change needs them. This rule checks only that the impact is
    stated; the assessments themselves are checked by those rules.

    **Non-compliant**: ``{id: CH2, category: people, implement_on: 2027-02-01}``

    **Compliant**::

        {id: CH2, affects: [frontline agents, team leaders], personal_data: false,
         new_technology: false, affects_working_patterns: true}
    """

    id = "CH002"
    name = "change.impact-stated"
    ruleset = "change"
    severity = Severity.ERROR
    title = "Change impact stated"
    remediation = "State each change's impact flags."
    references = (MHSWR_3, ARTICLE_35, PSED)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for path, change in ctx.changes():
            for field, question, assessment in FLAGS:
                if getattr(change, field) is None:
                    yield self.finding(
                        ctx, (*path, field),
                        f"Change {change.id} does not say {question} ({field}), so whether it "
                        f"needs {assessment} cannot be determined.",
                    )
            if not change.affects:
                yield self.finding(
                    ctx, (*path, "affects"),
                    f"Change {change.id} does not say whom it affects (affects), so who must be "
                    "consulted and whether it needs an EqIA cannot be determined.",
                )
