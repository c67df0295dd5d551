"""DP002: callers and staff are told that calls are recorded."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.data_protection.common import RECORDING, SI_2018_356_REG_4, gdpr, recording
from ccgov_rules.vocabulary import present


class RecordingNotice(Rule):
    """When calls are recorded, the plan says how callers are told (``caller_notice``) and how
    the staff who use the recorded lines are told (``staff_notice``).

    UK GDPR Art 13 requires privacy information when the data are collected,
    and SI 2018/356 reg 4(1)(c) allows business recording only after "all
    reasonable efforts to inform every person who may use the telecommunication
    system": callers and agents alike. ``staff_notice`` is an optional field of
    plan format v1: while a plan leaves it out, the rule says so as ``info``
    instead of guessing; a ``staff_notice`` that is written but empty is an error.

    **Non-compliant**::

        call_recording: {enabled: true, lawful_basis: legitimate interests}

    **Compliant**::

        call_recording:
          enabled: true
          caller_notice: IVR message before connection and privacy notice online.
          staff_notice: Monitoring policy MP-02 in the staff handbook, signed at induction.
    """

    id = "DP002"
    name = "data-protection.recording-notice"
    ruleset = "data-protection"
    severity = Severity.ERROR
    title = "Callers (and staff) told about recording"
    remediation = "Add a pre-connection recording message, a privacy notice and a staff monitoring notice."
    references = (gdpr("13", "information to be provided where data are collected"), SI_2018_356_REG_4)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        settings = recording(ctx)
        if settings is None:
            return
        if not present(settings.caller_notice):
            yield self.finding(
                ctx, (*RECORDING, "caller_notice"),
                "Calls are recorded but the plan does not say how callers are told (caller_notice).",
            )
        if settings.staff_notice is None:
            yield self.finding(
                ctx, (*RECORDING, "staff_notice"),
                "Calls are recorded but the plan has no staff_notice, so whether staff who use "
                "the recorded lines are told could not be checked.",
                severity=Severity.INFO,
            )
        elif not present(settings.staff_notice):
            yield self.finding(
                ctx, (*RECORDING, "staff_notice"),
                "Calls are recorded but staff_notice is empty: staff who use the recorded lines "
                "must be told.",
            )
