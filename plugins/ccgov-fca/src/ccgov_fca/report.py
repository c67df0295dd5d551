"""``--format fca-mi``: a Consumer Duty MI summary of the audit, in Markdown, for a firm's board pack."""

from __future__ import annotations

from collections.abc import Sequence

from ccgov.report import Reporter
from ccgov.result import AuditResult

THEMES = {
    "FCA001": "Complaints (DISP)",
    "FCA002": "Complaints (DISP)",
    "FCA003": "Record keeping (SYSC 10A)",
    "FCA004": "Consumer Duty: outcome monitoring",
    "FCA005": "Consumer Duty: consumer support",
    "FCA006": "Operational resilience (SYSC 15A)",
}


class ConsumerDutyMiReporter(Reporter):
    """One table per plan: each FCA theme, its status, and what to do."""

    name = "fca-mi"
    suffix = ".md"

    def render(self, results: Sequence[AuditResult]) -> str:
        return "\n".join(self._plan(result) for result in results)

    def _plan(self, result: AuditResult) -> str:
        lines = [f"## Contact centre regulatory MI: {result.plan_id}", "",
                 "| theme | rule | status | findings |", "|---|---|---|---|"]
        by_rule: dict[str, list[str]] = {}
        for finding in result.active:
            by_rule.setdefault(finding.rule_id, []).append(finding.message)
        ran = {rule.id for rule in result.rules}
        for rule_id, theme in THEMES.items():
            if rule_id not in ran:
                status, detail = "not run", ""
            elif rule_id in by_rule:
                status, detail = "action needed", "<br>".join(by_rule[rule_id]).replace("|", "\\|")
            else:
                status, detail = "met", ""
            lines.append(f"| {theme} | {rule_id} | {status} | {detail} |")
        counts = result.summary()
        lines += ["", f"All rule sets: {counts['error']} errors, {counts['warning']} warnings, "
                      f"{counts['info']} info; outcome **{result.outcome}**.", ""]
        return "\n".join(lines)
