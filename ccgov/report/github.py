"""``--format github``: GitHub Actions workflow commands, shown as annotations on the plan's lines.

``::error file=plan.yaml,line=15,col=5,title=SM001::message`` (warning →
``::warning``, info → ``::notice``). Waived findings are not annotated. Errors
come first because GitHub shows only the first few annotations of each kind per step.
In a portfolio, a plan that could not be read gets an error annotation per input error.
"""

from __future__ import annotations

from collections.abc import Sequence

from ccgov.findings import Finding
from ccgov.report import Reporter
from ccgov.report.common import outcome_sentence
from ccgov.result import AuditResult, PlanFailure

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """A command's message: ``%``, CR and LF are percent-encoded (GitHub's own escaping rules)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value: as a message, and ``:`` and ``,`` too, which end properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Reporter):
    name = "github"
    suffix = ".txt"
    handles_failures = True

    def render(self, results: Sequence[AuditResult | PlanFailure]) -> str:
        lines: list[str] = []
        for result in results:
            if isinstance(result, PlanFailure):
                lines.extend(_failure(result))
                continue
            active = sorted(result.active, key=lambda f: (-f.severity.rank, f.sort_key))
            lines.extend(_command(finding) for finding in active)
            # A plain log line (not a command): the outcome, visible in the step's log.
            lines.append(outcome_sentence(result))
        return "\n".join(lines) + "\n"


def _command(finding: Finding) -> str:
    loc = finding.location
    properties = ",".join([
        f"file={escape_property(loc.file)}",
        f"line={loc.line}",
        f"col={loc.column}",
        f"title={escape_property(f'{finding.rule_id} {finding.rule_name}')}",
    ])
    message = f"{finding.message}\nRemediation: {finding.remediation}"
    return f"::{COMMANDS[finding.severity.value]} {properties}::{escape_data(message)}"


def _failure(failure: PlanFailure) -> list[str]:
    kind = "input error" if failure.outcome == "input-error" else "internal error"
    title = escape_property(f"ccgov {kind}")
    located = [(i.file, i.line, i.column, i.message) for i in failure.issues]
    lines = [
        f"::error file={escape_property(file)},line={line},col={column},title={title}::"
        f"{escape_data(message)}"
        for file, line, column, message in located or [(failure.file, 1, 1, failure.message)]
    ]
    lines.append(f"{failure.file}: not audited ({failure.outcome}).")
    return lines
