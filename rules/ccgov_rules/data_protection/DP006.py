"""DP006: a DPIA is completed before a change that processes personal data with new technology."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.model.operations import Change
from ccgov.rules.base import Rule
from ccgov_rules.data_protection.common import ICO_DPIA_LIST, gdpr
from ccgov_rules.vocabulary import normal


def high_risk(change: Change) -> str | None:
    """Why a change needs a DPIA under Art 35(1), in words, or None when it does not."""
    if change.personal_data is not True:
        return None
    if change.new_technology is True:
        return "processes personal data with new technology"
    if normal(change.category) == "technology":
        return "is a technology change that processes personal data"
    return None


class DpiaBeforeChange(Rule):
    """Every change with ``personal_data: true`` and new technology (``new_technology: true`` or
    ``category: technology``) has a DPIA whose ``completed_on`` is on or before its ``implement_on``.

    UK GDPR Art 35(1) requires a data protection impact assessment before
    processing likely to result in a high risk, "in particular using new
    technologies"; the ICO's list of such processing names AI, biometrics,
    tracking and other innovative technology, and the ICO has warned that
    emotion analysis is immature. Art 35(2): seek the DPO's advice. A DPIA
    completed after go-live did not inform the decision.

    **Non-compliant**::

        - {id: CH1, category: technology, personal_data: true, new_technology: true,
           implement_on: 2027-02-15, dpia: {reference: DPIA-2026-14, completed_on: 2027-03-01}}

    **Compliant**: the same change with ``dpia: {completed_on: 2026-12-01}``.
    """

    id = "DP006"
    name = "data-protection.dpia-before-change"
    ruleset = "data-protection"
    severity = Severity.ERROR
    title = "DPIA before high-risk change"
    remediation = "Complete the DPIA (with DPO advice) before the implementation date."
    references = (gdpr("35", "data protection impact assessment"), ICO_DPIA_LIST)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for path, change in ctx.changes():
            reason = high_risk(change)
            if reason is None:
                continue
            dpia = change.dpia
            completed = dpia.completed_on if dpia else None
            if completed is None:
                yield self.finding(
                    ctx, (*path, "dpia", "completed_on") if dpia else (*path, "dpia"),
                    f"Change {change.id} {reason} but has no completed DPIA.",
                )
            elif change.implement_on is not None and completed > change.implement_on:
                yield self.finding(
                    ctx, (*path, "dpia", "completed_on"),
                    f"Change {change.id} {reason} but its DPIA is dated {completed}, after go-live "
                    f"on {change.implement_on}.",
                )
