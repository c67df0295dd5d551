"""``--format gitlab``: GitLab's code-quality report (a Code Climate JSON subset) for merge requests."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ccgov.findings import Severity
from ccgov.report import Reporter
from ccgov.result import AuditResult

# GitLab shows these levels; errors block, warnings are major, info is advice.
_LEVELS = {Severity.ERROR: "critical", Severity.WARNING: "major", Severity.INFO: "info"}


class GitlabReporter(Reporter):
    name = "gitlab"
    suffix = ".json"

    def render(self, results: Sequence[AuditResult]) -> str:
        issues = []
        for result in results:
            for finding in result.active:
                loc = finding.location
                issues.append({
                    "type": "issue",
                    "check_name": finding.rule_id,
                    "description": f"{finding.rule_id}: {finding.message}",
                    "content": {"body": finding.remediation},
                    "categories": [finding.ruleset],
                    "fingerprint": finding.fingerprint,
                    "severity": _LEVELS[finding.severity],
                    "location": {"path": loc.file,
                                 "lines": {"begin": loc.line, "end": loc.line}},
                })
        return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
