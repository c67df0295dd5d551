"""``--format json``: the machine-readable report of report-format.md."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable, Sequence

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

    # Streaming: the same document as render() gives for a portfolio, written plan by plan.

    def start(self, write: Callable[[str], None]) -> None:
        self._write = write
        self._count = 0
        write('{\n  "plans": [')

    def add(self, outcome: AuditResult | PlanFailure) -> None:
        text = json.dumps(outcome.to_json(), indent=2, ensure_ascii=False)
        self._write(("," if self._count else "") + "\n" + textwrap.indent(text, "    "))
        self._count += 1

    def finish(self) -> None:
        self._write("\n  ]\n}\n" if self._count else "]\n}\n")
