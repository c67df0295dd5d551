"""QA002: enough contacts are evaluated per agent per month."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.quality.common import QA, section

OTTOQA = Reference(
    "ottoqa, How many calls should QA score? (typically 4–10 per agent per month)",
    "https://www.ottoqa.com/otto-blog/how-many-calls-should-qa-score/",
)
ICMI = Reference(
    "ICMI, Number of Calls Monitored per Agent",
    "http://www.icmi.com/Resources/QueueTips/2009/December/Number-of-Calls-Monitored-per-Agent",
)
BPA = Reference(
    "BPA Quality, call centre quality monitoring sample size (statistical sample formula)",
    "https://bpaquality.com/resources/articles/call-center-quality-monitoring-sample-size/",
)


class SampleSize(Rule):
    """Quality assurance evaluates at least ``min_evaluations`` (4) contacts per agent per month.

    A convention, not law: 4–10 evaluations per agent per month is typical
    (ottoqa; ICMI) and DMG Consulting says there is no industry standard, but a
    smaller sample gives agent scores too noisy to coach on. A plan may lower
    the option if it states a statistical basis for its sample.

    **Non-compliant**: ``quality_assurance: {evaluations_per_agent_per_month: 2}``

    **Compliant**: ``quality_assurance: {evaluations_per_agent_per_month: 4}``
    """

    id = "QA002"
    name = "quality.sample-size"
    ruleset = "quality"
    severity = Severity.WARNING
    title = "QA sample size"
    remediation = "Increase the sample or state its statistical basis."
    references = (OTTOQA, ICMI, BPA)
    options = (
        Option("min_evaluations", 4.0,
               "Fewest evaluations per agent per month (convention: 4–10 is typical; no industry "
               "standard)."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        path = (QA, "evaluations_per_agent_per_month")
        count = section(ctx).evaluations_per_agent_per_month
        minimum = self.option("min_evaluations")
        if count is None:
            yield self.finding(
                ctx, path, "Quality assurance does not state how many contacts it evaluates per "
                "agent per month.",
            )
        elif count < minimum:
            yield self.finding(
                ctx, path,
                f"Quality assurance evaluates {count:g} contacts per agent per month, fewer than "
                f"{minimum:g}.",
            )
