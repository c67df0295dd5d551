"""DP004: subject access requests and data-protection complaints are answered in time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.model.compliance import DpComplaints, SubjectAccess
from ccgov.rules.base import Option, Rule
from ccgov_rules.data_protection.common import DP, gdpr, section
from ccgov_rules.vocabulary import present

#: DUAA 2025 s.103 (the controller's duty to handle data-protection complaints) starts here.
COMPLAINTS_DUTY_FROM = date(2026, 6, 19)

ICO_SAR_TIMING = Reference(
    "ICO, Right of access: what should we consider when responding to a request? (one calendar month)",
    "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/individual-rights/"
    "right-of-access/what-should-we-consider-when-responding-to-a-request/",
)
DUAA_S103 = Reference(
    "Data (Use and Access) Act 2025 s.103: complaints acknowledged within 30 days, from 19 June 2026",
    "https://www.legislation.gov.uk/ukpga/2025/18/section/103",
)


class RightsRequestsInTime(Rule):
    """Subject access requests have a ``process`` and a ``response_days`` of at most 30, and,
    once the complaints duty applies, data-protection complaints are acknowledged within 30 days.

    UK GDPR Art 12(3) gives one calendar month to answer a rights request
    (read as ``sar_max_days``, 30; the ICO suggests a 28-day internal target so
    that every answer lands within the month). From 19 June 2026 the Data (Use
    and Access) Act 2025 s.103 requires controllers to facilitate
    data-protection complaints and acknowledge them within 30 days
    (``complaints_acknowledge_days``). That part applies when the plan period
    ends on or after 19 June 2026; ``compliance.data_protection.complaints`` is
    an optional field of plan format v1, so a plan without it gets one ``info``.

    **Non-compliant**: ``subject_access: {response_days: 40}`` (no process);
    ``complaints: {acknowledge_days: 45}`` in a 2027 plan.

    **Compliant**::

        subject_access: {process: "SAR team, logged within one working day", response_days: 28}
        complaints: {process: Online form and DPO mailbox, acknowledge_days: 5}
    """

    id = "DP004"
    name = "data-protection.rights-requests-in-time"
    ruleset = "data-protection"
    severity = Severity.ERROR
    title = "Rights requests and DP complaints in time"
    remediation = "Set a 28-day internal SAR target and a logged DP-complaints route."
    references = (gdpr("12", "time limits for rights requests"), gdpr("15", "right of access"),
                  ICO_SAR_TIMING, DUAA_S103)
    options = (
        Option("sar_max_days", 30,
               "Most days allowed to answer a subject access request: one calendar month in law "
               "(UK GDPR Art 12(3)), read as 30 days.", convention=False),
        Option("complaints_acknowledge_days", 30,
               "Most days allowed to acknowledge a data-protection complaint, set in law "
               "(DUAA 2025 s.103).", convention=False),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        dp = section(ctx)
        yield from self._subject_access(ctx, dp.subject_access)
        _, end = ctx.period
        if end >= COMPLAINTS_DUTY_FROM:
            yield from self._complaints(ctx, dp.complaints)

    def _subject_access(self, ctx: AuditContext, sar: SubjectAccess | None) -> Iterator[Finding]:
        path = (*DP, "subject_access")
        days = sar.response_days if sar else None
        limit = self.option("sar_max_days")
        if days is None:
            yield self.finding(
                ctx, (*path, "response_days"),
                "The plan sets no response time for subject access requests (response_days).",
            )
        elif days > limit:
            yield self.finding(
                ctx, (*path, "response_days"),
                f"Subject access requests are answered in {days} days, beyond the {limit}-day "
                "(one calendar month) limit.",
            )
        if not present(sar.process if sar else None):
            yield self.finding(
                ctx, (*path, "process"),
                "The plan describes no process for subject access requests (process).",
            )

    def _complaints(self, ctx: AuditContext, complaints: DpComplaints | None) -> Iterator[Finding]:
        path = (*DP, "complaints")
        start, end = ctx.period
        limit = self.option("complaints_acknowledge_days")
        days = complaints.acknowledge_days if complaints else None
        if complaints is None or days is None:
            missing = ("the plan has no data-protection complaints route (complaints)" if complaints is None
                       else "its complaints route states no acknowledge_days")
            yield self.finding(
                ctx, (*path, "acknowledge_days") if complaints is not None else path,
                f"The data-protection complaints duty (from {COMPLAINTS_DUTY_FROM}) applies in the plan "
                f"period {start} to {end}, but {missing}, so the {limit}-day acknowledgement could not "
                "be checked.",
                severity=Severity.INFO,
            )
        elif days > limit:
            yield self.finding(
                ctx, (*path, "acknowledge_days"),
                f"Data-protection complaints are acknowledged in {days} days, beyond the {limit} "
                f"days required from {COMPLAINTS_DUTY_FROM}.",
            )
