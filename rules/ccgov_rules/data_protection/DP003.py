"""DP003: recordings have a stated retention period, backed by a retention schedule."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.data_protection.common import DP, RECORDING, gdpr, section
from ccgov_rules.vocabulary import includes, present

SYSC_10A = Reference(
    "FCA Handbook SYSC 10A.1.15: keep recorded conversations 5 years (7 if the FCA asks)",
    "https://www.handbook.fca.org.uk/handbook/SYSC/10A/",
)


class RetentionPeriod(Rule):
    """Call recordings have a positive ``retention_days``, the plan references its
    ``retention_schedule``, and a firm doing MiFID business keeps recordings at least 5 years.

    There is no statutory retention period for ordinary call recordings:
    storage limitation (UK GDPR Art 5(1)(e)) means the plan must state one and
    justify it. Investment firms are the exception: FCA SYSC 10A.1.15 requires
    recorded conversations to be kept for 5 years (``mifid_minimum_days``, 1826)
    when ``plan.fca_activities`` lists MiFID. The retention period is checked
    unless the plan says recording is switched off (``enabled: false``).

    **Non-compliant**: ``retention_days: 0``; no ``retention_schedule``; ``retention_days: 365``
    with ``fca_activities: [MiFID]``.

    **Compliant**::

        call_recording: {enabled: true, retention_days: 90}
        retention_schedule: Retention schedule RS-2026 v4
    """

    id = "DP003"
    name = "data-protection.retention-period"
    ruleset = "data-protection"
    severity = Severity.ERROR
    title = "Retention period stated and justified"
    remediation = "Set and justify a retention period per record type and automate deletion."
    references = (gdpr("5", "principles (5(1)(e) storage limitation)"), SYSC_10A)
    options = (
        Option("mifid_minimum_days", 1826,
               "Days MiFID firms must keep recorded conversations: 5 years, set in law "
               "(FCA SYSC 10A.1.15).", convention=False),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        dp = section(ctx)
        settings = dp.call_recording
        if settings is not None and settings.enabled is not False:
            days = settings.retention_days
            path = (*RECORDING, "retention_days")
            minimum = self.option("mifid_minimum_days")
            if days is None:
                yield self.finding(ctx, path, "Call recordings have no retention period (retention_days).")
            elif days <= 0:
                yield self.finding(
                    ctx, path,
                    f"Call recordings are kept for {days} days; state a positive retention period.",
                )
            elif includes(ctx.plan.plan.fca_activities, "MiFID") and days < minimum:
                yield self.finding(
                    ctx, path,
                    f"The plan lists MiFID business but keeps call recordings {days} days, less than "
                    f"the {minimum} days (5 years) FCA SYSC 10A.1.15 requires.",
                )
        if not present(dp.retention_schedule):
            yield self.finding(
                ctx, (*DP, "retention_schedule"),
                "The plan references no retention schedule (retention_schedule).",
            )
