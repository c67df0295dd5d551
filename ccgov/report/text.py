"""``--format text``: findings grouped by rule set as ``file:line:col  SEVERITY  RULE  message``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import groupby

from ccgov.findings import Finding, Severity
from ccgov.report import Reporter
from ccgov.result import AuditResult, PlanFailure

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


class TextReporter(Reporter):
    name = "text"
    suffix = ".txt"
    handles_failures = True

    def render(self, results: Sequence[AuditResult | PlanFailure]) -> str:
        parts = [
            self._plan(result) if isinstance(result, AuditResult) else self._failure(result)
            for result in results
        ]
        if len(results) > 1:
            parts.append(self._table(results))
        return "\n".join(parts)

    def _failure(self, failure: PlanFailure) -> str:
        title = "input errors" if failure.outcome == "input-error" else "internal error"
        lines = [self._paint(f"{failure.file}: {title}", "31")]
        lines.extend(f"  {issue}" for issue in failure.issues)
        if failure.message:
            lines.append(f"  {failure.message}")
        return "\n".join(lines) + "\n"

    def _table(self, results: Sequence[AuditResult | PlanFailure]) -> str:
        return self._table_of([_row(result) for result in results])

    def _table_of(self, body: list[tuple[str, ...]]) -> str:
        rows = [("plan", "file", "errors", "warnings", "info", "waived", "outcome"), *body]
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
                 for row in rows]
        passed = sum(1 for row in body if row[-1] == "pass")
        lines.append(f"{len(body)} plans: {passed} passed, {len(body) - passed} did not")
        return "\n".join(lines) + "\n"

    # Streaming: each plan's findings as it is audited, the summary table at the end.

    def start(self, write: Callable[[str], None]) -> None:
        self._write = write
        self._rows: list[tuple[str, ...]] = []

    def add(self, outcome: AuditResult | PlanFailure) -> None:
        text = self._plan(outcome) if isinstance(outcome, AuditResult) else self._failure(outcome)
        self._write(text + "\n")
        self._rows.append(_row(outcome))

    def finish(self) -> None:
        self._write(self._table_of(self._rows))

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


def _row(result: AuditResult | PlanFailure) -> tuple[str, ...]:
    if isinstance(result, AuditResult):
        counts = result.summary()
        return (result.plan_id, result.files[0], str(counts["error"]), str(counts["warning"]),
                str(counts["info"]), str(counts["waived"]), result.outcome)
    return ("-", result.file, "-", "-", "-", "-", result.outcome)
