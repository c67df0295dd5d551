"""``--format sarif``: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One run holds every plan of the audit, so that a portfolio stays within GitHub's
limit of runs per file and uploads under one category. Findings are compliance
findings, not security alerts: no ``security-severity`` is ever set.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from ccgov import __version__
from ccgov.findings import Finding, Severity
from ccgov.report import Reporter
from ccgov.report.common import INTERNAL_ID, RuleInfo, crashed_rules, rules_of
from ccgov.result import AuditResult
from ccgov.rules.docs import docstring_markdown, docstring_text

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
# GitHub's "problem.severity" has no "info"; a recommendation is the nearest.
PROBLEM_SEVERITY = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "recommendation"}
#: GitHub code scanning rejects a run with more results than this.
MAX_RESULTS = 25_000
#: GitHub shows at most this many characters of a rule's fullDescription.
MAX_DESCRIPTION = 1024


class SarifReporter(Reporter):
    name = "sarif"
    suffix = ".sarif"
    #: Results kept per run; the most severe are kept when there are more.
    max_results = MAX_RESULTS

    def render(self, results: Sequence[AuditResult]) -> str:
        return json.dumps(self.document(results), indent=2, ensure_ascii=False) + "\n"

    def document(self, results: Sequence[AuditResult]) -> dict[str, Any]:
        rules = rules_of(results)
        index = {rule.id: position for position, rule in enumerate(rules)}
        artifacts = _Artifacts(results)
        findings = [(result, finding) for result in results for finding in result.findings]
        kept = _most_severe(findings, self.max_results)
        notifications = [
            *_crash_notifications(results),
            *_truncation_notice(len(findings), len(kept), self.max_results),
        ]
        invocation: dict[str, Any] = {
            "executionSuccessful": not any(result.crashed for result in results),
        }
        if notifications:
            invocation["toolExecutionNotifications"] = notifications
        run: dict[str, Any] = {
            "tool": {"driver": {
                "name": "ccgov",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_descriptor(rule) for rule in rules],
            }},
            "automationDetails": {"id": _category(results)},
            "invocations": [invocation],
            "originalUriBaseIds": {SRCROOT: {
                "uri": Path.cwd().as_uri().rstrip("/") + "/",
                "description": {"text": "The folder ccgov ran in (the repository root in CI)."},
            }},
            "artifacts": artifacts.entries,
            "results": [_result(result, finding, index, artifacts) for result, finding in kept],
            "columnKind": "unicodeCodePoints",
            "properties": {
                "plans": [{"id": r.plan_id, "version": r.plan_version, "outcome": r.outcome}
                          for r in results],
                "rulesets": _rulesets(results),
            },
        }
        return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _rulesets(results: Sequence[AuditResult]) -> list[dict[str, str]]:
    unique = {(i.name, i.version, i.plugin): i for result in results for i in result.rulesets}
    return [unique[key].to_json() for key in sorted(unique)]


def _category(results: Sequence[AuditResult]) -> str:
    # GitHub keys an analysis on its category: stable per plan across commits.
    if len(results) == 1:
        return f"ccgov/{results[0].plan_id}/"
    return "ccgov/portfolio/"


def _descriptor(rule: RuleInfo) -> dict[str, Any]:
    summary = docstring_text(rule.summary)
    if len(summary) > MAX_DESCRIPTION:
        summary = summary[: MAX_DESCRIPTION - 1] + "…"
    descriptor: dict[str, Any] = {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": summary},
        "help": {
            "text": f"{docstring_text(rule.documentation)}\n\nRemediation: {rule.remediation}",
            "markdown": f"{docstring_markdown(rule.documentation)}\n**Remediation:** "
                        f"{rule.remediation}\n{_reference_list(rule)}",
        },
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {
            "tags": [rule.ruleset, "compliance"],
            "problem.severity": PROBLEM_SEVERITY[rule.severity],
        },
    }
    if rule.help_uri:
        descriptor["helpUri"] = rule.help_uri
    return descriptor


def _reference_list(rule: RuleInfo) -> str:
    if not rule.references:
        return ""
    items = [f"- [{ref.title}]({ref.url})" if ref.url else f"- {ref.title}" for ref in rule.references]
    return "\n**References:**\n\n" + "\n".join(items) + "\n"


class _Artifacts:
    """The files of every plan, each listed once, with its hash; results point at them by index."""

    def __init__(self, results: Sequence[AuditResult]) -> None:
        self.entries: list[dict[str, Any]] = []
        self._index: dict[str, int] = {}
        for result in results:
            for file in result.files:
                self.index(file, result.sha256.get(file))

    def index(self, file: str, sha256: str | None = None) -> int:
        if file not in self._index:
            entry: dict[str, Any] = {"location": artifact_location(file)}
            if sha256:
                entry["hashes"] = {"sha-256": sha256}
            self._index[file] = len(self.entries)
            self.entries.append(entry)
        return self._index[file]


def artifact_location(file: str) -> dict[str, str]:
    """A file as reports show it (relative to where ccgov ran, or absolute) as a SARIF location."""
    posix = PurePosixPath(file.replace("\\", "/"))
    if posix.is_absolute():
        return {"uri": Path(file).as_uri()}
    return {"uri": quote(posix.as_posix(), safe="/"), "uriBaseId": SRCROOT}


def _result(
    result: AuditResult, finding: Finding, index: dict[str, int], artifacts: _Artifacts
) -> dict[str, Any]:
    loc = finding.location
    artifact = artifacts.index(loc.file)
    entry: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "ruleIndex": index[finding.rule_id],
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {**artifacts.entries[artifact]["location"], "index": artifact},
                # ccgov knows where a node starts, not where it ends: the region is
                # the node's first character, which viewers widen to its line.
                "region": {"startLine": loc.line, "startColumn": loc.column,
                           "endLine": loc.line, "endColumn": loc.column + 1},
            },
            "logicalLocations": [{"fullyQualifiedName": loc.path}],
        }],
        "partialFingerprints": {"ccgov/v1": finding.fingerprint},
        "properties": {"plan": result.plan_id, "ruleset": finding.ruleset,
                       "remediation": finding.remediation},
    }
    if finding.waived is not None:
        suppression: dict[str, Any] = {"kind": "external", "status": "accepted",
                                       "justification": finding.waived.reason,
                                       "properties": {"by": finding.waived.by}}
        if finding.waived.expires:
            suppression["properties"]["expires"] = finding.waived.expires
        entry["suppressions"] = [suppression]
    return entry


def _most_severe(
    findings: list[tuple[AuditResult, Finding]], limit: int
) -> list[tuple[AuditResult, Finding]]:
    """At most ``limit`` findings: unwaived before waived, worst severity first; order kept."""
    if len(findings) <= limit:
        return findings
    ranked = sorted(range(len(findings)), key=lambda i: (
        findings[i][1].waived is not None, -findings[i][1].severity.rank, i))
    keep = sorted(ranked[:limit])
    return [findings[i] for i in keep]


def _truncation_notice(total: int, kept: int, limit: int) -> list[dict[str, Any]]:
    if kept == total:
        return []
    return [{
        "level": "warning",
        "message": {"text": f"{total - kept} of {total} findings were left out of this SARIF run: "
                            f"GitHub code scanning accepts at most {limit} results per run. The "
                            "most severe unwaived findings were kept; the JSON report has them all."},
        "descriptor": {"id": "ccgov/truncated"},
    }]


def _crash_notifications(results: Sequence[AuditResult]) -> list[dict[str, Any]]:
    notices = []
    for result in results:
        crashed = crashed_rules(result)
        for finding in result.findings:
            if finding.rule_id != INTERNAL_ID:
                continue
            notice: dict[str, Any] = {
                "level": "error",
                "message": {"text": finding.message},
                "descriptor": {"id": INTERNAL_ID},
                "properties": {"plan": result.plan_id},
            }
            if finding.fingerprint in crashed:
                notice["associatedRule"] = {"id": crashed[finding.fingerprint]}
            notices.append(notice)
    return notices
