"""EQ002: calls through relay services, interpreters and support workers are accepted."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.equality.common import EQ, OFCOM_ACCESSIBILITY, equality_act, section


class ThirdPartyCallers(Rule):
    """``compliance.equality.third_party_callers_accepted`` is ``true``: customers may call
    through Relay UK, a sign-language interpreter or a support worker.

    The EHRC's example, quoted by Ofcom: a bank refusing calls made through a
    third party "could amount to indirect discrimination". The ICO has written
    that UK GDPR does not prevent such calls; apply the same identification
    and verification as for any other caller. ``third_party_callers_accepted``
    is an optional field of plan format v1: a plan without it gets one ``info``.

    **Non-compliant**: ``third_party_callers_accepted: false``

    **Compliant**: ``third_party_callers_accepted: true``
    """

    id = "EQ002"
    name = "equality.third-party-callers"
    ruleset = "equality"
    severity = Severity.WARNING
    title = "Third-party, relay and interpreter callers not refused"
    remediation = "Document an equivalent ID&V route for relay, interpreter and support-worker calls."
    references = (OFCOM_ACCESSIBILITY, equality_act("section/20", "duty to make adjustments"),
                  equality_act("section/29", "provision of services"))

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        accepted = section(ctx).third_party_callers_accepted
        path = (*EQ, "third_party_callers_accepted")
        if accepted is None:
            yield self.finding(
                ctx, path,
                "The plan does not say whether calls through Relay UK, interpreters or support "
                "workers are accepted (third_party_callers_accepted), so this could not be checked.",
                severity=Severity.INFO,
            )
        elif accepted is False:
            yield self.finding(
                ctx, path,
                "The plan refuses calls made through relay services, interpreters or support workers "
                "(third_party_callers_accepted: false), which could amount to indirect discrimination.",
            )
