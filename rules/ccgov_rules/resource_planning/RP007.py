"""RP007: every queue states a feasible service level and an abandonment target."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Rule
from ccgov_rules.resource_planning.common import num, pct, queues

OFF_CENTER = Reference(
    "Off Center Insight, Service level: the indispensable call centre accessibility metric "
    "(80/20 is common, not an industry standard)",
    "http://www.offcenterinsight.com/off-center-blog/"
    "service-level-the-indispensable-call-center-accessibility-metric",
)
FONOLO = Reference(
    "fonolo, Why 80/20 is probably the wrong service level for your call center",
    "https://fonolo.com/blog/2014/06/why-8020-is-probably-the-wrong-service-level-for-your-call-center/",
)
ICMI_ABANDON = Reference(
    "ICMI, Abandon rate standard",
    "http://www.icmi.com/Resources/QueueTips/2005/March/Abandon-Rate-Standard.aspx",
)


class TargetsSpecified(Rule):
    """Every queue states its service level as X % in Y seconds, and an abandonment target.

    ``service_level.target`` must lie strictly between 0 and 1: under Erlang C
    some contacts always wait longer than the answer time, so 100 % cannot be met
    by any number of agents. ``answer_seconds`` must be above zero, and
    ``abandonment_target`` present. 80 % in 20 s is a common convention, not a
    standard: the plan should state its own.

    **Non-compliant**::

        queues:
          - {id: billing-voice, service_level: {target: 1.0, answer_seconds: 20}}

    **Compliant**::

        queues:
          - id: billing-voice
            service_level: {target: 0.8, answer_seconds: 20}
            abandonment_target: 0.05
    """

    id = "RP007"
    name = "resource-planning.targets-specified"
    ruleset = "resource-planning"
    severity = Severity.WARNING
    title = "Queue targets fully specified"
    remediation = "State X % in Y seconds and an abandonment target for every queue."
    references = (OFF_CENTER, FONOLO, ICMI_ABANDON)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for path, queue in queues(ctx):
            level = queue.service_level
            name = f"Queue {queue.id}"
            if level is None:
                yield self.finding(ctx, (*path, "service_level"), f"{name} states no service level.")
            elif level.target is None:
                yield self.finding(ctx, (*path, "service_level", "target"),
                                   f"{name} states no service level target.")
            elif level.target >= 1:
                yield self.finding(
                    ctx, (*path, "service_level", "target"),
                    f"{name}'s service level target of {pct(level.target)} cannot be met under "
                    "Erlang C: some contacts always wait longer than the answer time.",
                )
            elif level.target <= 0:
                yield self.finding(ctx, (*path, "service_level", "target"),
                                   f"{name}'s service level target of 0 % sets no goal.")
            answer = level.answer_seconds if level else None
            if level is not None and answer is None:
                yield self.finding(ctx, (*path, "service_level", "answer_seconds"),
                                   f"{name} states no answer time for its service level.")
            elif answer is not None and not answer > 0:  # NaN is not above zero either
                yield self.finding(
                    ctx, (*path, "service_level", "answer_seconds"),
                    f"{name}'s answer time of {num(answer)} s is not above zero.",
                )
            if queue.abandonment_target is None:
                yield self.finding(ctx, (*path, "abandonment_target"),
                                   f"{name} states no abandonment target.")
