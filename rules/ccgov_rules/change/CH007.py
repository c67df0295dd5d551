"""CH007: the people a change affects are consulted before it goes live."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.change.common import ADKAR


class ConsultationBeforeImplementation(Rule):
    """Every consultation a change links is dated on or before the change's ``implement_on``.

    ADKAR puts awareness and desire before knowledge and ability: consulting
    after go-live informs people of a decision already made. Dates compare
    inclusively (a consultation on go-live day counts as before). A change with
    no ``implement_on`` is left to CH006, a link to a missing consultation to
    CH003.

    **Non-compliant**::

        changes: [{id: CH2, implement_on: 2027-02-01, consultations: [C4]}]
        consultations: [{id: C4, date: 2027-02-10}]

    **Compliant**::

        consultations: [{id: C4, date: 2026-12-08}]
    """

    id = "CH007"
    name = "change.consultation-before-implementation"
    ruleset = "change"
    severity = Severity.WARNING
    title = "Consultation before implementation"
    remediation = "Consult before, not after, go-live."
    references = (ADKAR,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for path, change in ctx.changes():
            go_live = change.implement_on
            if go_live is None:
                continue
            for index, reference in enumerate(change.consultations or []):
                consultation = ctx.consultations.get(reference)
                if consultation is None:
                    continue
                if consultation.date is None:
                    yield self.finding(
                        ctx, (*path, "consultations", index),
                        f"Change {change.id} links consultation {reference}, which has no date, so "
                        f"it cannot be shown to come before go-live on {go_live}.",
                    )
                elif consultation.date > go_live:
                    yield self.finding(
                        ctx, (*path, "consultations", index),
                        f"Change {change.id} goes live on {go_live} but its consultation "
                        f"{reference} is dated {consultation.date}, after go-live.",
                    )
