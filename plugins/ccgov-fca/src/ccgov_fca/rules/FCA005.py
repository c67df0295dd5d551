"""FCA005: waits are no unreasonable barrier to consumer support."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov import AuditContext, Finding
from ccgov.rules import Option, Rule, Severity
from ccgov_fca.common import FG22_5, PRIN_2A, regulated


class ConsumerSupportWaits(Rule):
    """Every queue plans waits and abandonment that do not put unreasonable barriers in front of
    customers who need support.

    The Consumer Duty's consumer-support outcome (PRIN 2A.6) names long waiting
    times as a barrier. The thresholds are the firm's own risk appetite, set as
    options (defaults: answer within 60 seconds on voice, 120 on other channels,
    at most 5 % abandonment) — a convention, not a figure in the rules.

    **Non-compliant**: ``service_level: {target: 0.8, answer_seconds: 300}`` on a voice queue.

    **Compliant**: ``service_level: {target: 0.8, answer_seconds: 20}``, ``abandonment_target: 0.05``.
    """

    id = "FCA005"
    name = "fca.consumer-support-waits"
    ruleset = "fca"
    severity = Severity.WARNING
    title = "Consumer support without unreasonable waits"
    remediation = "Set service-level and abandonment targets within the firm's Consumer Duty appetite."
    references = (PRIN_2A, FG22_5)
    options = (
        Option("max_voice_answer_seconds", 60, "Longest planned answer time on voice queues."),
        Option("max_other_answer_seconds", 120, "Longest planned answer time on other channels."),
        Option("max_abandonment", 0.05, "Highest planned abandonment rate."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        resource_plan = ctx.plan.resource_plan
        if not regulated(ctx) or resource_plan is None:
            return
        for index, queue in enumerate(resource_plan.queues):
            path = ("resource_plan", "queues", index)
            voice = (queue.channel or "voice").lower() == "voice"
            limit = self.option("max_voice_answer_seconds" if voice else "max_other_answer_seconds")
            answer = queue.service_level.answer_seconds if queue.service_level else None
            if answer is None or answer > limit:
                shown = "no answer time" if answer is None else f"answer within {answer:g} s"
                yield self.finding(ctx, (*path, "service_level", "answer_seconds"),
                                   f"Queue {queue.id} plans {shown}; the firm's consumer-support "
                                   f"limit is {limit} s.")
            ceiling = self.option("max_abandonment")
            if queue.abandonment_target is None or queue.abandonment_target > ceiling:
                shown = ("no abandonment target" if queue.abandonment_target is None
                         else f"{queue.abandonment_target:.0%} abandonment")
                yield self.finding(ctx, (*path, "abandonment_target"),
                                   f"Queue {queue.id} plans {shown}; the limit is {ceiling:.0%}.")
