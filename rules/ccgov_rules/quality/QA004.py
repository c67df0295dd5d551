"""QA004: QA results feed coaching quickly and, through a feedback loop, the plan."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.quality.common import FEEDBACK_LOOPS, PDCA, QA, section


class FeedbackIntoCoaching(Rule):
    """QA results reach agents through coaching within ``max_feedback_days`` (5) days, and the plan
    documents at least one feedback loop from monitoring to plan adjustments.

    Monitoring that changes nothing is cost without benefit. The marking point
    asks for documented feedback loops where monitoring results inform plan
    adjustments (PDCA's Check and Act): ``links_to_coaching: true``, feedback to
    the agent within a few days while the contact is still fresh (5 days is a
    heuristic default), and an entry under ``evaluation.feedback_loops``.

    **Non-compliant**::

        quality_assurance: {links_to_coaching: false, feedback_within_days: 14}
        evaluation: {feedback_loops: []}

    **Compliant**::

        quality_assurance: {links_to_coaching: true, feedback_within_days: 5}
        evaluation:
          feedback_loops:
            - {monitor: QA scores, reviewed: weekly, decision_by: QA lead,
               adjusts: Coaching plan and knowledge base, evidence: Coaching log entries}
    """

    id = "QA004"
    name = "quality.feedback-into-coaching"
    ruleset = "quality"
    severity = Severity.ERROR
    title = "QA feeds coaching and the plan"
    remediation = "Document QA → coaching → plan change → re-measure."
    references = (FEEDBACK_LOOPS, PDCA)
    options = (
        Option("max_feedback_days", 5.0,
               "Most days from evaluation to feedback to the agent (heuristic default, no "
               "authoritative figure)."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        qa = section(ctx)
        if qa.links_to_coaching is not True:
            said = "says QA results do not" if qa.links_to_coaching is False else "does not say QA results"
            yield self.finding(
                ctx, (QA, "links_to_coaching"), f"Quality assurance {said} feed agent coaching.",
            )
        days, limit = qa.feedback_within_days, self.option("max_feedback_days")
        if days is None:
            yield self.finding(
                ctx, (QA, "feedback_within_days"),
                "Quality assurance does not say within how many days agents get feedback.",
            )
        elif days > limit:
            yield self.finding(
                ctx, (QA, "feedback_within_days"),
                f"Agents get QA feedback within {days:g} days, later than {limit:g}.",
            )
        evaluation = ctx.plan.evaluation
        if not (evaluation and evaluation.feedback_loops):
            yield self.finding(
                ctx, ("evaluation", "feedback_loops"),
                "The evaluation documents no feedback loop from QA and other monitoring results "
                "to plan adjustments.",
            )
