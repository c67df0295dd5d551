"""The outcome of auditing one plan: findings, the staffing analysis, and the exit code."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from ccgov.findings import Finding, Severity


class ExitCode(IntEnum):
    """Exit codes of every ccgov command (report-format.md)."""

    #: The audit ran and nothing is at or above the fail threshold.
    OK = 0
    #: The audit ran and at least one finding is at or above the fail threshold.
    FINDINGS = 1
    #: The input, the configuration or the command line is wrong.
    INPUT_ERROR = 2
    #: A rule or plugin crashed or failed to load; never a pass.
    INTERNAL_ERROR = 3
    #: Interrupted (Ctrl-C).
    INTERRUPTED = 130


THRESHOLDS = {"error": 3, "warning": 2, "info": 1, "never": 99}


@dataclass
class RulesetInfo:
    name: str
    version: str
    plugin: str

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "version": self.version, "plugin": self.plugin}


@dataclass
class AuditResult:
    """Everything one audit produced; reporters only format it."""

    plan_id: str
    plan_version: int | None
    files: list[str]
    sha256: dict[str, str]
    rulesets: list[RulesetInfo]
    findings: list[Finding]
    fail_on: str = "error"
    crashed: list[str] = field(default_factory=list)
    staffing: list[Any] = field(default_factory=list)
    #: Rule metadata of the rules that ran, for formats that describe rules (SARIF).
    rules: list[Any] = field(default_factory=list)
    #: With a baseline: the findings it already held, left out of ``findings`` (``ccgov.baseline``).
    baselined: list[Finding] | None = None
    #: The process that audited the plan (portfolio runs); not part of any report.
    worker: int | None = None

    @property
    def active(self) -> list[Finding]:
        return [f for f in self.findings if f.waived is None]

    def summary(self) -> dict[str, int]:
        counts = {"error": 0, "warning": 0, "info": 0, "waived": 0}
        for finding in self.findings:
            counts["waived" if finding.waived else finding.severity.value] += 1
        return counts

    @property
    def failed(self) -> bool:
        threshold = THRESHOLDS[self.fail_on]
        return any(f.severity.rank >= threshold for f in self.active)

    @property
    def outcome(self) -> str:
        if self.crashed:
            return "error"
        return "fail" if self.failed else "pass"

    @property
    def exit_code(self) -> ExitCode:
        if self.crashed:
            return ExitCode.INTERNAL_ERROR
        return ExitCode.FINDINGS if self.failed else ExitCode.OK

    def to_json(self) -> dict[str, Any]:
        from ccgov import __version__

        data: dict[str, Any] = {
            "ccgov_version": __version__,
            "plan": {
                "id": self.plan_id,
                "version": self.plan_version,
                "files": self.files,
                "sha256": self.sha256,
            },
            "rulesets": [r.to_json() for r in self.rulesets],
            "findings": [f.to_json() for f in self.findings],
            "summary": self.summary(),
            "outcome": self.outcome,
        }
        if self.baselined is not None:
            data["baseline"] = {"suppressed": len(self.baselined)}
        if self.staffing:
            data["staffing"] = [queue.to_json() for queue in self.staffing]
        return data


@dataclass
class PlanFailure:
    """A plan of a portfolio that could not be audited: its input errors (exit 2) or a crash (3)."""

    file: str
    exit_code: ExitCode
    issues: list[Any] = field(default_factory=list)
    message: str = ""

    @property
    def outcome(self) -> str:
        return "input-error" if self.exit_code == ExitCode.INPUT_ERROR else "error"

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "outcome": self.outcome,
            "exit_code": int(self.exit_code),
            "errors": [
                {"file": i.file, "line": i.line, "column": i.column, "message": i.message}
                for i in self.issues
            ] or [{"file": self.file, "line": 1, "column": 1, "message": self.message}],
        }


def worst_exit_code(codes: list[int]) -> int:
    """The exit code of a run over several plans: internal error, then input error, then findings."""
    for code in (ExitCode.INTERNAL_ERROR, ExitCode.INPUT_ERROR, ExitCode.FINDINGS):
        if code in codes:
            return int(code)
    return int(ExitCode.OK)


SEVERITY_ORDER = [Severity.ERROR, Severity.WARNING, Severity.INFO]
