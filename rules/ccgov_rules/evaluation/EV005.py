"""EV005: feedback loops show how monitoring results change the plan."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.evaluation.common import EV, FEEDBACK_LOOPS, PDCA, section

#: Each part of a loop and the question it answers.
PARTS = (
    ("monitor", "what it monitors"),
    ("reviewed", "how often it is reviewed"),
    ("decision_by", "who decides"),
    ("adjusts", "what it changes in the plan"),
    ("evidence", "where the change is evidenced"),
)


class FeedbackLoops(Rule):
    """The evaluation documents at least one feedback loop, and each says what it ``monitor``s, how
    often it is ``reviewed``, who decides (``decision_by``), what it ``adjusts`` and where that is
    evidenced (``evidence``).

    The marking point asks for documented feedback loops where monitoring
    results inform plan adjustments: PDCA's Check and Act, written down so that
    an assessor can follow one result to one decision.

    **Non-compliant**: ``evaluation: {feedback_loops: [{monitor: QA scores}]}``

    **Compliant**::

        feedback_loops:
          - {monitor: QA scores, reviewed: weekly, decision_by: QA lead,
             adjusts: Coaching plan and knowledge base, evidence: Coaching log entries}
    """

    id = "EV005"
    name = "evaluation.feedback-loops"
    ruleset = "evaluation"
    severity = Severity.ERROR
    title = "Documented feedback loops"
    remediation = "Say who reviews which data, how often, what it changes, and where that is evidenced."
    references = (FEEDBACK_LOOPS, PDCA)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        loops = section(ctx).feedback_loops
        if not loops:
            yield self.finding(
                ctx, (EV, "feedback_loops"),
                "The evaluation documents no feedback loop from monitoring results to plan "
                "adjustments.",
            )
        for index, loop in enumerate(loops):
            subject = f"The feedback loop on {loop.monitor}" if loop.monitor else (
                f"Feedback loop {index + 1}")
            for part, question in PARTS:
                if not getattr(loop, part):
                    yield self.finding(
                        ctx, (EV, "feedback_loops", index, part),
                        f"{subject} does not say {question} ({part}).",
                    )
