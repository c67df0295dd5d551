"""EV007: monitoring tools are evaluated, not just described."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Rule
from ccgov_rules.evaluation.common import EV, section

COMMON_MISTAKE = Reference(
    "Operational planning common mistake: describing monitoring tools without evaluating them"
)


class MonitoringToolsEvaluated(Rule):
    """Every ``evaluation.monitoring_tools`` entry has an ``evaluation``, or both ``strengths``
    and ``limitations``.

    Examiners see many plans that list speech analytics, dashboards and
    surveys without judging them. Say what each tool showed, how accurate it
    is, and what it cannot tell you.

    **Non-compliant**: ``monitoring_tools: [{tool: Speech analytics}]``

    **Compliant**::

        monitoring_tools:
          - tool: Speech analytics
            evaluation: Found 12 % of repeat calls come from unclear bills; 6 % transcription errors.
          - {tool: Post-contact survey, strengths: [Customer's own words], limitations: [Low response rate]}
    """

    id = "EV007"
    name = "evaluation.monitoring-tools-evaluated"
    ruleset = "evaluation"
    severity = Severity.WARNING
    title = "Monitoring tools evaluated, not just described"
    remediation = "State each tool's strengths, limitations and evidence of accuracy."
    references = (COMMON_MISTAKE,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for index, tool in enumerate(section(ctx).monitoring_tools):
            if tool.evaluation or (tool.strengths and tool.limitations):
                continue
            name = f"Monitoring tool {tool.tool}" if tool.tool else f"Monitoring tool {index + 1}"
            if tool.strengths:
                lacking = "no evaluation and no limitations"
            elif tool.limitations:
                lacking = "no evaluation and no strengths"
            else:
                lacking = "no evaluation, strengths or limitations"
            yield self.finding(
                ctx, (EV, "monitoring_tools", index, "evaluation"),
                f"{name} is described but not evaluated: it has {lacking}.",
            )
