"""``--format json``: the machine-readable report of report-format.md."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ccgov.report import Reporter
from ccgov.result import AuditResult


class JsonReporter(Reporter):
    name = "json"
    suffix = ".json"

    def render(self, results: Sequence[AuditResult]) -> str:
        if len(results) == 1:
            document = results[0].to_json()
        else:
            document = {"plans": [result.to_json() for result in results]}
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
