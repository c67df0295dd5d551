"""EV004: a Kirkpatrick evaluation covers all four levels and ties results to plan KPIs."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.model.plan import Kpi
from ccgov.rules.base import Rule
from ccgov_rules.evaluation.common import EV, KIRKPATRICK, methods, section

LEVELS = (
    ("reaction", "reaction (level 1)"),
    ("learning", "learning (level 2)"),
    ("behaviour", "behaviour (level 3, on-the-job transfer)"),
    ("results", "results (level 4, organisational outcomes)"),
)


class KirkpatrickComplete(Rule):
    """When ``evaluation.methods`` names ``kirkpatrick``, ``evaluation.kirkpatrick`` states all four
    levels, and its ``results`` level names at least one plan KPI.

    Reaction and learning show the training was liked and understood;
    behaviour and results show it changed the work. Results belong to the
    plan's own KPIs, named by id (``AHT``) or by name (``Average handling
    time``), ignoring case.

    **Non-compliant**::

        kirkpatrick: {programme: Knowledge-base coaching, reaction: Post-session survey,
                      results: Happier customers}

    **Compliant**::

        kirkpatrick: {programme: Knowledge-base coaching, reaction: Post-session survey,
                      learning: Knowledge check, behaviour: QA accuracy four weeks after,
                      results: AHT and FCR on the billing queue}
    """

    id = "EV004"
    name = "evaluation.kirkpatrick-complete"
    ruleset = "evaluation"
    severity = Severity.WARNING
    title = "Kirkpatrick complete"
    remediation = "Evaluate all four levels and link results to KPIs."
    references = (KIRKPATRICK,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        if "kirkpatrick" not in methods(ctx):
            return
        kirkpatrick = section(ctx).kirkpatrick
        if kirkpatrick is None:
            yield self.finding(
                ctx, (EV, "kirkpatrick"),
                "The evaluation lists Kirkpatrick among its methods but contains no Kirkpatrick "
                "evaluation.",
            )
            return
        subject = "The Kirkpatrick evaluation" + (
            f" of {kirkpatrick.programme}" if kirkpatrick.programme else "")
        for level, words in LEVELS:
            if not getattr(kirkpatrick, level):
                yield self.finding(ctx, (EV, "kirkpatrick", level), f"{subject} has no {words} level.")
        results = kirkpatrick.results
        if results and not any(_names(results, kpi) for kpi in ctx.plan.kpis):
            yield self.finding(
                ctx, (EV, "kirkpatrick", "results"),
                f"{subject} measures results as '{results}', which names no plan KPI "
                f"({', '.join(ctx.kpis) or 'none defined'}).",
            )


def _names(text: str, kpi: Kpi) -> bool:
    """True when ``text`` names the KPI by its id as a whole word, or by its name."""
    if re.search(rf"(?<![\w]){re.escape(kpi.id)}(?![\w])", text, re.IGNORECASE):
        return True
    name = (kpi.name or "").strip().lower()
    return bool(name) and name in text.lower()
