"""QA001: the plan publishes a call monitoring framework and a scorecard."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.quality.common import MONITORING_FRAMEWORKS, QA, section


class FrameworkAndScorecard(Rule):
    """Quality assurance names its call monitoring ``framework`` and a ``scorecard`` of at least
    three criteria.

    The syllabus expects a call monitoring framework: how contacts are chosen and
    scored, and against which criteria. A scorecard with fewer than
    ``min_criteria`` (3) criteria cannot cover customer outcome, compliance and
    the way the contact was handled.

    **Non-compliant**::

        quality_assurance: {scorecard: [Compliance, Empathy]}

    **Compliant**::

        quality_assurance:
          framework: Weighted scorecard, customer outcome first; calls selected at random.
          scorecard: [Customer outcome, Compliance, Accuracy, Empathy, Process]
    """

    id = "QA001"
    name = "quality.framework-and-scorecard"
    ruleset = "quality"
    severity = Severity.ERROR
    title = "QA framework and scorecard"
    remediation = "Publish a weighted scorecard (customer outcome, compliance, accuracy, soft skills)."
    references = (MONITORING_FRAMEWORKS,)
    options = (
        Option("min_criteria", 3,
               "Fewest scorecard criteria accepted (convention: customer outcome, compliance and "
               "handling at least)."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        qa = section(ctx)
        if not qa.framework:
            yield self.finding(
                ctx, (QA, "framework"),
                "The plan names no call monitoring framework for quality assurance.",
            )
        minimum = self.option("min_criteria")
        scorecard = qa.scorecard or []
        if not scorecard:
            yield self.finding(ctx, (QA, "scorecard"), "The QA scorecard lists no criteria.")
        elif len(scorecard) < minimum:
            yield self.finding(
                ctx, (QA, "scorecard"),
                f"The QA scorecard has {len(scorecard)} criteria ({', '.join(scorecard)}), "
                f"fewer than {minimum}.",
            )
