"""``--format html``: one self-contained page for a planner — overview, findings, staffing charts.

The page loads nothing: styles are inline, charts are inline SVG, there is no
script, and a Content-Security-Policy forbids any fetch. Jinja2 is imported
here, inside ``render``, so that no other format pays for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ccgov import __version__
from ccgov.report import Reporter
from ccgov.report.charts import staffing_chart
from ccgov.report.common import (
    COUNT_KEYS,
    Shortfall,
    by_ruleset,
    outcome_sentence,
    rules_of,
    ruleset_counts,
    shortfall,
)
from ccgov.result import AuditResult
from ccgov.workforce.staffing import QueueStaffing

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
       "form-action 'none'")
#: Understaffed intervals listed in a queue's table; the chart shows every one.
TABLE_ROWS = 200


@dataclass(frozen=True)
class QueueView:
    """One queue as the template shows it."""

    staffing: QueueStaffing
    gaps: Shortfall
    chart: Any  # markupsafe.Markup: the SVG, trusted because charts.py escapes every text
    worst: list[Any]


class HtmlReporter(Reporter):
    name = "html"
    suffix = ".html"

    def render(self, results: Sequence[AuditResult]) -> str:
        import jinja2
        from markupsafe import Markup

        env = jinja2.Environment(
            loader=jinja2.PackageLoader("ccgov.report", "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        rules = {rule.id: rule for rule in rules_of(results)}
        plans = [self._plan(result, Markup) for result in results]
        template = env.get_template("report.html.j2")
        return template.render(
            csp=Markup(CSP), version=__version__, plans=plans, rules=rules, count_keys=COUNT_KEYS,
        ) + "\n"

    def _plan(self, result: AuditResult, markup: Any) -> dict[str, Any]:
        queues = []
        for queue in result.staffing:
            gaps = shortfall(queue)
            worst = sorted(gaps.short, key=lambda i: (i.gap_staff or 0, i.start))[:TABLE_ROWS]
            queues.append(QueueView(queue, gaps, markup(staffing_chart(queue)), worst))
        return {
            "result": result,
            "counts": ruleset_counts(result.findings),
            "total": result.summary(),
            "groups": by_ruleset(result.findings),
            "outcome": outcome_sentence(result),
            "queues": queues,
        }
