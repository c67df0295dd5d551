"""DP010: the outbound dialler keeps abandoned and silent calls within Ofcom's limits."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.vocabulary import numeral

DIALLER = ("compliance", "outbound", "dialler")

COMMUNICATIONS_ACT = Reference(
    "Communications Act 2003 s.128: persistent misuse of a network or service",
    "https://www.legislation.gov.uk/ukpga/2003/21/section/128",
)
OFCOM_MISUSE = Reference(
    "Ofcom, Review of how we use our persistent misuse powers (statement 2016): abandoned-call "
    "rate at most 3 % per 24 hours, information message within 2 s, ring at least 15 s",
    "https://www.ofcom.org.uk/consultations-and-statements/category-1/"
    "review-of-how-we-use-persistent-misuse-powers",
)


class DiallerAbandonedCalls(Rule):
    """When the plan uses a dialler (``compliance.outbound.dialler``), it caps abandoned calls at
    3 %, plays an information message within 2 seconds and lets the phone ring at least 15 seconds.

    Ofcom treats silent and abandoned calls from diallers as persistent misuse
    (Communications Act 2003 ss.128–131, penalties up to £2m). The figures of
    its persistent-misuse policy remain the compliance baseline: an abandoned
    call rate of at most 3 % per campaign per 24 hours (``max_abandon_rate``), a
    brief information message no later than 2 seconds after an abandoned call
    is answered (``max_message_seconds``), and at least 15 seconds of ringing
    (``min_ring_seconds``). The 2016 statement treats any abandoned call as
    misuse, so 3 % is a ceiling, not a safe harbour. ``compliance.outbound`` is an
    optional field of plan format v1: a plan without a dialler is not checked.

    **Non-compliant**: ``dialler: {abandon_rate_max: 5%, information_message_seconds: 4,
    minimum_ring_seconds: 10}``

    **Compliant**: ``dialler: {abandon_rate_max: 3%, information_message_seconds: 2,
    minimum_ring_seconds: 15}``
    """

    id = "DP010"
    name = "data-protection.dialler-abandoned-calls"
    ruleset = "data-protection"
    severity = Severity.WARNING
    title = "Dialler avoids silent/abandoned calls"
    remediation = "Reduce dialler pacing; enable the 2-second message and 15-second ring."
    references = (COMMUNICATIONS_ACT, OFCOM_MISUSE)
    options = (
        Option("max_abandon_rate", 0.03,
               "Highest abandoned-call rate per campaign per 24 hours: Ofcom's persistent-misuse "
               "policy figure, regulator policy rather than statute, and a ceiling, not a safe harbour."),
        Option("max_message_seconds", 2.0,
               "Latest start of the information message after an abandoned call is answered "
               "(Ofcom persistent-misuse policy, not statute)."),
        Option("min_ring_seconds", 15.0,
               "Shortest ring before the dialler gives up (Ofcom persistent-misuse policy, not statute)."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        compliance = ctx.plan.compliance
        outbound = compliance.outbound if compliance else None
        dialler = outbound.dialler if outbound else None
        if dialler is None:
            return
        rate, cap = dialler.abandon_rate_max, self.option("max_abandon_rate")
        if rate is None:
            yield self._missing(ctx, "abandon_rate_max", "maximum abandoned-call rate")
        elif rate > cap:
            yield self.finding(
                ctx, (*DIALLER, "abandon_rate_max"),
                f"The dialler allows {numeral(rate * 100)} % abandoned calls, above Ofcom's "
                f"{numeral(cap * 100)} % per 24 hours.",
            )
        message, latest = dialler.information_message_seconds, self.option("max_message_seconds")
        if message is None:
            yield self._missing(ctx, "information_message_seconds", "information message timing")
        elif message > latest:
            yield self.finding(
                ctx, (*DIALLER, "information_message_seconds"),
                f"The dialler plays its information message after {numeral(message)} seconds, later "
                f"than {numeral(latest)} seconds.",
            )
        ring, shortest = dialler.minimum_ring_seconds, self.option("min_ring_seconds")
        if ring is None:
            yield self._missing(ctx, "minimum_ring_seconds", "minimum ring time")
        elif ring < shortest:
            yield self.finding(
                ctx, (*DIALLER, "minimum_ring_seconds"),
                f"The dialler rings for {numeral(ring)} seconds, shorter than {numeral(shortest)} "
                "seconds.",
            )

    def _missing(self, ctx: AuditContext, field: str, words: str) -> Finding:
        return self.finding(
            ctx, (*DIALLER, field), f"The dialler settings state no {words} ({field}).",
        )
