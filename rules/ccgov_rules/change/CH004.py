"""CH004: people a change affects are trained, and the training is evaluated."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.change.common import ADKAR, KIRKPATRICK, ids


class TrainingForPeopleAffected(Rule):
    """Every change that affects frontline agents or the quality team plans ``training``, and
    when any change plans training the evaluation has a ``kirkpatrick`` section.

    ADKAR's knowledge and ability stages need training; the Kirkpatrick model
    evaluates it at four levels (reaction, learning, behaviour, results).
    ``groups`` lists the affected groups that need training.

    **Non-compliant**::

        changes: [{id: CH1, affects: [frontline agents]}]        # no training

    **Compliant**::

        changes: [{id: CH1, affects: [frontline agents], training: Two-hour module before go-live.}]
        evaluation:
          kirkpatrick: {programme: ..., reaction: ..., learning: ..., behaviour: ..., results: ...}
    """

    id = "CH004"
    name = "change.training-for-people-affected"
    ruleset = "change"
    severity = Severity.WARNING
    title = "Training for people affected"
    remediation = "Add training and evaluate it with Kirkpatrick."
    references = (ADKAR, KIRKPATRICK)
    options = (
        Option("groups", ("frontline agents", "quality team"),
               "Affected stakeholder groups that need training for a change (convention)."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        groups = {group.lower() for group in self.option("groups")}
        trained: list[str] = []
        for path, change in ctx.changes():
            if change.training:
                trained.append(change.id)
                continue
            affected = [group for group in change.affects or [] if group.lower() in groups]
            if affected:
                yield self.finding(
                    ctx, (*path, "training"),
                    f"Change {change.id} affects {' and '.join(affected)} but plans no training.",
                )
        evaluation = ctx.plan.evaluation
        if trained and not (evaluation and evaluation.kirkpatrick):
            yield self.finding(
                ctx, ("evaluation", "kirkpatrick"),
                f"Change{'s' if len(trained) > 1 else ''} {ids(trained)} plan training but the "
                "evaluation has no Kirkpatrick evaluation of it.",
            )
