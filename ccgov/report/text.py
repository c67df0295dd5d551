"""``--format text``: findings grouped by rule set as ``file:line:col  SEVERITY  RULE  message``."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from ccgov.findings import Finding, Severity
from ccgov.report import Reporter
from ccgov.result import AuditResult

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


class TextReporter(Reporter):
    name = "text"
    suffix = ".txt"

    def render(self, results: Sequence[AuditResult]) -> str:
        return "".join(self._plan(result) for result in results)

    def _paint(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text

    def _plan(self, result: AuditResult) -> str:
        lines: list[str] = []
        by_ruleset = sorted(result.findings, key=lambda f: (f.ruleset, f.sort_key))
        for ruleset, group in groupby(by_ruleset, key=lambda f: f.ruleset):
            lines.append(self._paint(f"{ruleset}", "1"))
            lines.extend(self._finding(f) for f in group)
            lines.append("")
        lines.extend(self._staffing(result))
        counts = result.summary()
        verdict = {"pass": "passed", "fail": "failed", "error": "INTERNAL ERROR"}[result.outcome]
        lines.append(
            f"{result.plan_id}: {counts['error']} errors, {counts['warning']} warnings, "
            f"{counts['info']} info, {counts['waived']} waived — {verdict} "
            f"(fail on {result.fail_on})"
        )
        return "\n".join(lines) + "\n"

    def _finding(self, finding: Finding) -> str:
        loc = finding.location
        severity = self._paint(f"{finding.severity.value.upper():7}", _COLOURS[finding.severity])
        waived = f"  (waived by {finding.waived.by})" if finding.waived else ""
        return f"  {loc.file}:{loc.line}:{loc.column}  {severity}  {finding.rule_id}  " \
               f"{finding.message}{waived}"

    def _staffing(self, result: AuditResult) -> list[str]:
        if not result.staffing:
            return []
        from ccgov.report.staffing_text import staffing_summary

        return [*staffing_summary(result.staffing), ""]
