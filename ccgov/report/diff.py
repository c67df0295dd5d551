"""Rendering of plan diffs: text for a terminal, JSON for tools, Markdown for a review comment."""

from __future__ import annotations

import json

from ccgov.diff import PlanDiff
from ccgov.findings import Finding


def _line(finding: Finding) -> str:
    loc = finding.location
    return f"{loc.file}:{loc.line}:{loc.column}  {finding.severity.value.upper():7}  " \
           f"{finding.rule_id}  {finding.message}"


def render_text(diff: PlanDiff) -> str:
    lines = [f"{diff.old_label} → {diff.new_label}"]
    for title, findings in (("introduced", diff.introduced), ("resolved", diff.resolved)):
        lines.append(f"{len(findings)} {title}:")
        lines.extend(f"  {'+' if title == 'introduced' else '-'} {_line(f)}" for f in findings)
    lines.append(f"{diff.unchanged} unchanged")
    return "\n".join(lines) + "\n"


def render_json(diff: PlanDiff) -> str:
    return json.dumps(diff.to_json(), indent=2, ensure_ascii=False) + "\n"


def render_markdown(diff: PlanDiff) -> str:
    def table(findings: list[Finding]) -> list[str]:
        if not findings:
            return ["_None._", ""]
        rows = ["| severity | rule | where | finding |", "|---|---|---|---|"]
        for f in findings:
            loc = f.location
            message = f.message.replace("|", "\\|")
            rows.append(f"| {f.severity.value} | [{f.rule_id}](docs/rules/{f.rule_id}.md) "
                        f"| `{loc.file}:{loc.line}` | {message} |")
        return [*rows, ""]

    verdict = ("introduces findings at or above the fail threshold"
               if diff.exit_code else "introduces nothing at or above the fail threshold")
    lines = [
        f"### ccgov: {diff.new.plan_id} — {len(diff.introduced)} introduced, "
        f"{len(diff.resolved)} resolved",
        "",
        f"Comparing `{diff.old_label}` with `{diff.new_label}`: this change {verdict} "
        f"(`{diff.fail_on}`); {diff.unchanged} findings are unchanged.",
        "",
        "#### Introduced",
        "",
        *table(diff.introduced),
        "#### Resolved",
        "",
        *table(diff.resolved),
    ]
    return "\n".join(lines)


RENDERERS = {"text": render_text, "json": render_json, "markdown": render_markdown}
