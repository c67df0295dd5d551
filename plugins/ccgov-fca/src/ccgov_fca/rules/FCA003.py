"""FCA003: recorded conversations are kept as SYSC 10A requires."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov import AuditContext, Finding
from ccgov.rules import Option, Rule, Severity
from ccgov_fca.common import SECTION, SYSC_10A, activities, regulated, section

RECORDING = ("compliance", "data_protection", "call_recording")


class RecordingRetention(Rule):
    """Where SYSC 10A applies (MiFID business, or ``x-fca.recording.in_scope: true``), relevant
    conversations are recorded and kept at least five years, and no longer than seven.

    SYSC 10A.1.15: records are kept for five years, and up to seven where the
    FCA asks; keeping them longer breaches storage limitation (UK GDPR Art 5(1)(e)).

    **Non-compliant**: MiFID firm with ``call_recording: {enabled: true, retention_days: 90}``.

    **Compliant**: ``call_recording: {enabled: true, retention_days: 1826}``
    """

    id = "FCA003"
    name = "fca.recording-retention"
    ruleset = "fca"
    severity = Severity.ERROR
    title = "SYSC 10A recording and retention"
    remediation = "Record relevant conversations and keep them five years (up to seven on request)."
    references = (SYSC_10A,)
    options = (
        Option("min_days", 1826, "Shortest retention, five years (SYSC 10A.1.15).", convention=False),
        Option("max_days", 2557, "Longest retention, seven years (SYSC 10A.1.15).", convention=False),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        in_scope = section(ctx, "recording", "in_scope") is True or "mifid" in activities(ctx)
        if not regulated(ctx) or not in_scope:
            return
        compliance = ctx.plan.compliance
        protection = compliance.data_protection if compliance else None
        recording = protection.call_recording if protection else None
        if recording is None or recording.enabled is not True:
            yield self.finding(ctx, (*RECORDING, "enabled"),
                               "SYSC 10A applies but call recording is not enabled.",
                               target=f"{SECTION}.recording.enabled")
            return
        days = recording.retention_days
        low, high = self.option("min_days"), self.option("max_days")
        if days is None or days < low:
            shown = "not stated" if days is None else f"{days} days"
            yield self.finding(ctx, (*RECORDING, "retention_days"),
                               f"Recordings are kept {shown}; SYSC 10A needs at least {low} days "
                               "(five years).")
        elif days > high:
            yield self.finding(ctx, (*RECORDING, "retention_days"),
                               f"Recordings are kept {days} days, beyond the {high} days (seven "
                               "years) SYSC 10A allows at the FCA's request.")
