"""ccgov's own checks on any plan: unknown keys (CCG001) and dangling references (CCG002).

They are registered like any plugin's rules, under the rule set ``core``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.plugin import hookimpl
from ccgov.rules.base import Rule


class UnknownKey(Rule):
    """A key that plan format v1 does not define.

    The key is ignored; it is most often a typo of a real field, which then
    looks missing to the rules that read it. Keys starting with ``x-`` are
    extensions and never reported.

    **Non-compliant**: ``kpis: [{id: AHT, unti: seconds}]``

    **Compliant**: ``kpis: [{id: AHT, unit: seconds, x-dashboard: wfm-7}]``
    """

    id = "CCG001"
    name = "core.unknown-key"
    ruleset = "core"
    severity = Severity.WARNING
    title = "Unknown key"
    remediation = "Correct the key's spelling, or prefix your own extension keys with 'x-'."

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for unknown in ctx.unknown_keys:
            path = (*unknown.path, unknown.key)
            hint = f"; did you mean '{unknown.suggestion}'?" if unknown.suggestion else ""
            yield self.finding(ctx, path, f"Unknown key '{unknown.key}' is ignored{hint}")


class DanglingReference(Rule):
    """A cross-reference that no other rule reads points at an id that does not exist.

    Checked here: consultation ``topics`` (objective or change ids) and review
    ``inputs`` (KPI ids). References that a rule reads (``supports``, change
    ``consultations``, ``success_measures``, ``customer_measures``) are reported
    by that rule.

    **Non-compliant**: ``topics: [CH9]`` where no change CH9 exists.

    **Compliant**: ``topics: [CH1, OBJ1]`` where both exist.
    """

    id = "CCG002"
    name = "core.dangling-reference"
    ruleset = "core"
    severity = Severity.WARNING
    title = "Reference to an id that does not exist"
    remediation = "Correct the id, or add the item it refers to."

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        topics = {o.id for o in ctx.plan.objectives} | {c.id for c in ctx.change_list}
        for index, consultation in enumerate(ctx.consultation_list):
            for position, topic in enumerate(consultation.topics or []):
                if topic not in topics:
                    path = ("stakeholders", "consultations", index, "topics", position)
                    yield self.finding(
                        ctx, path,
                        f"Consultation {consultation.id} lists topic {topic}, which is neither "
                        "an objective nor a change id.",
                    )
        evaluation = ctx.plan.evaluation
        for index, review in enumerate(evaluation.reviews if evaluation else []):
            for position, kpi in enumerate(review.inputs or []):
                if kpi not in ctx.kpis:
                    yield self.finding(
                        ctx, ("evaluation", "reviews", index, "inputs", position),
                        f"Review '{review.forum or review.cadence}' takes input {kpi}, which is not "
                        "a KPI id in kpis.",
                    )


@hookimpl
def ccgov_get_rules() -> Sequence[type[Rule]]:
    return [UnknownKey, DanglingReference]
