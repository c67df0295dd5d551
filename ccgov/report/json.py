"""``--format json``: the machine-readable report of report-format.md."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ccgov.report import Reporter
from ccgov.result import AuditResult, PlanFailure


class JsonReporter(Reporter):
    name = "json"
    suffix = ".json"
    handles_failures = True

    def render(self, results: Sequence[AuditResult | PlanFailure]) -> str:
        if len(results) == 1 and isinstance(results[0], AuditResult):
            document = results[0].to_json()
        else:
            document = {"plans": [result.to_json() for result in results]}
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
