"""DP005: personal data breaches are assessed and notified to the ICO within 72 hours."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.data_protection.common import DP, gdpr, section
from ccgov_rules.vocabulary import numeral, present


class BreachNotification(Rule):
    """The breach procedure (``breach_reporting.process``) exists and notifies the ICO within
    ``notify_within_hours`` of at most 72.

    UK GDPR Art 33(1): notify the ICO without undue delay and, where feasible,
    not later than 72 hours after becoming aware of a breach (``max_notify_hours``); Art 33(5):
    document every breach; Art 34: tell the people affected when the risk to
    them is high.

    **Non-compliant**: ``breach_reporting: {notify_within_hours: 96}`` (and no process).

    **Compliant**: ``breach_reporting: {process: Incident procedure IS-04, notify_within_hours: 72}``
    """

    id = "DP005"
    name = "data-protection.breach-notification"
    ruleset = "data-protection"
    severity = Severity.ERROR
    title = "Breach notification within 72 hours"
    remediation = "Add an incident procedure with an ICO-notification decision inside 72 h."
    references = (gdpr("33", "notification of a breach to the ICO"),
                  gdpr("34", "communication of a breach to the data subject"))
    options = (
        Option("max_notify_hours", 72.0,
               "Most hours from awareness to notifying the ICO, set in law (UK GDPR Art 33(1)).",
               convention=False),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        reporting = section(ctx).breach_reporting
        path = (*DP, "breach_reporting")
        hours = reporting.notify_within_hours if reporting else None
        limit = self.option("max_notify_hours")
        if hours is None:
            yield self.finding(
                ctx, (*path, "notify_within_hours"),
                "The plan sets no time limit for notifying the ICO of a breach (notify_within_hours).",
            )
        elif hours > limit:
            yield self.finding(
                ctx, (*path, "notify_within_hours"),
                f"Breaches are notified to the ICO within {numeral(hours)} hours, later than the "
                f"{numeral(limit)} hours UK GDPR Art 33 allows.",
            )
        if not present(reporting.process if reporting else None):
            yield self.finding(
                ctx, (*path, "process"),
                "The plan names no breach-handling procedure (breach_reporting.process).",
            )
