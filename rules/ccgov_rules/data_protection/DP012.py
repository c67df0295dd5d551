"""DP012: access to recordings is controlled and home-working has security controls."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.data_protection.common import DP, RECORDING, gdpr, recording, section
from ccgov_rules.vocabulary import present


def homeworking_evidence(ctx: AuditContext) -> str | None:
    """The field that shows staff work from home or alone, as the message names it, or None."""
    compliance = ctx.plan.compliance
    safety = compliance.health_safety if compliance else None
    if safety is None:
        return None
    if safety.dse is not None and safety.dse.homeworkers_included is True:
        return "dse.homeworkers_included is true"
    if present(safety.lone_working):
        return "lone_working is described"
    return None


class RecordingAndHomeworkingSecurity(Rule):
    """When calls are recorded, ``call_recording.access_control`` says who may open recordings;
    when staff work from home, ``data_protection.homeworking`` states the security controls.

    UK GDPR Art 32 requires security appropriate to the risk: recordings hold
    whole conversations, and home-working moves personal data off the site.
    Home-working is read from the health-and-safety section:
    ``dse.homeworkers_included: true`` or a ``lone_working`` arrangement.

    **Non-compliant**: ``call_recording: {enabled: true}`` with no ``access_control``;
    ``dse: {homeworkers_included: true}`` with no ``homeworking``.

    **Compliant**::

        call_recording: {enabled: true, access_control: Role-based; access logged.}
        homeworking: Managed laptops, clear-screen policy, no printing, VPN only.
    """

    id = "DP012"
    name = "data-protection.recording-and-homeworking-security"
    ruleset = "data-protection"
    severity = Severity.WARNING
    title = "Security of recordings and home-working"
    remediation = "Restrict and log recording access; document home-working security controls."
    references = (gdpr("32", "security of processing"),)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        settings = recording(ctx)
        if settings is not None and not present(settings.access_control):
            yield self.finding(
                ctx, (*RECORDING, "access_control"),
                "Calls are recorded but the plan does not say who may access the recordings "
                "(access_control).",
            )
        evidence = homeworking_evidence(ctx)
        if evidence is not None and not present(section(ctx).homeworking):
            yield self.finding(
                ctx, (*DP, "homeworking"),
                f"Staff work from home or alone ({evidence}) but the plan states no home-working "
                "security controls (data_protection.homeworking).",
            )
