"""``--format markdown``: a pull-request comment — counts by rule set, findings, the outcome.

Rule ids link to their pages under ``docs/rules/`` (relative links, for a
comment or a file kept in the repository). Long groups fold into
``<details>``, and the comment stays under GitHub's 65,536-character limit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ccgov.findings import Finding
from ccgov.report import Reporter
from ccgov.report.common import COUNT_KEYS, DOCS_DIR, by_ruleset, outcome_sentence, ruleset_counts
from ccgov.result import AuditResult

#: First line of the comment, so a bot can find and update its earlier comment.
MARKER = "<!-- ccgov-report -->"
#: Rule sets with more findings than this fold into <details>.
FOLD_AFTER = 10
#: GitHub refuses comments over 65,536 characters; leave room for the closing lines.
MAX_CHARS = 60_000

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")
_ICON = {"error": "🔴", "warning": "🟠", "info": "🔵"}
_VERDICT = {"pass": "✅ passed", "fail": "❌ failed", "error": "💥 internal error"}


def escape(text: str) -> str:
    """Plan text shown as text: no emphasis, links, HTML or table breaks from its characters."""
    return _SPECIAL.sub(r"\\\1", text).replace("\n", " ")


class MarkdownReporter(Reporter):
    name = "markdown"
    suffix = ".md"
    max_chars = MAX_CHARS

    def render(self, results: Sequence[AuditResult]) -> str:
        self._budget = self.max_chars
        parts = [MARKER]
        for result in results:
            parts.append(self._plan(result))
        return "\n\n".join(parts).rstrip() + "\n"

    def _plan(self, result: AuditResult) -> str:
        counts = ruleset_counts(result.findings)
        lines = [
            f"### ccgov: `{result.plan_id}` {_VERDICT[result.outcome]}",
            "",
            "| rule set | errors | warnings | info | waived |",
            "|---|--:|--:|--:|--:|",
        ]
        for ruleset, row in counts.items():
            lines.append(f"| {escape(ruleset)} | " + " | ".join(str(row[k]) for k in COUNT_KEYS) + " |")
        total = result.summary()
        lines.append("| **total** | " + " | ".join(f"**{total[k]}**" for k in COUNT_KEYS) + " |")
        lines.append("")
        left_out = 0
        for ruleset, findings in by_ruleset(result.findings).items():
            block, missing = self._group(ruleset, findings)
            lines.append(block)
            left_out += missing
        if left_out:
            lines += [f"*{left_out} more findings are not shown here (comment size limit); "
                      "the JSON or HTML report has them all.*", ""]
        lines.append(f"**Outcome:** {escape(outcome_sentence(result))}")
        return "\n".join(lines)

    def _group(self, ruleset: str, findings: list[Finding]) -> tuple[str, int]:
        items: list[str] = []
        for finding in findings:
            item = _item(finding)
            if len(item) + 1 > self._budget:
                break
            self._budget -= len(item) + 1
            items.append(item)
        missing = len(findings) - len(items)
        heading = f"#### {escape(ruleset)} ({len(findings)})"
        body = "\n".join(items)
        if len(findings) > FOLD_AFTER:
            body = (f"<details><summary>{len(findings)} findings</summary>\n\n{body}\n\n"
                    "</details>")
        return f"{heading}\n\n{body}\n", missing


def _item(finding: Finding) -> str:
    loc = finding.location
    where = f"`{loc.file.replace('`', '')}:{loc.line}`"
    rule = f"[{finding.rule_id}]({DOCS_DIR}/{finding.rule_id}.md)"
    severity = finding.severity.value
    head = f"- {_ICON[severity]} **{severity}** {rule} {where} — {escape(finding.message)}"
    if finding.waived is not None:
        waiver = finding.waived
        until = f" until {waiver.expires}" if waiver.expires else ""
        return f"{head}<br>*Waived by {escape(waiver.by)}{until}:* {escape(waiver.reason)}"
    return f"{head}<br>*Remediation:* {escape(finding.remediation)}"
