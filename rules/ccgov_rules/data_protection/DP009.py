"""DP009: outbound marketing calls are screened against the TPS and present a CLI."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Option, Rule

OUTBOUND = ("compliance", "outbound")


def pecr(regulation: str, title: str) -> Reference:
    """A regulation of the Privacy and Electronic Communications Regulations 2003."""
    return Reference(f"PECR 2003 (SI 2003/2426) reg {regulation}: {title}",
                     f"https://www.legislation.gov.uk/uksi/2003/2426/regulation/{regulation}")


ICO_LIVE_CALLS = Reference(
    "ICO, Guidance on direct marketing using live calls",
    "https://ico.org.uk/for-organisations/direct-marketing-and-privacy-and-electronic-communications/"
    "guidance-on-direct-marketing-using-live-calls/",
)


class OutboundMarketingPecr(Rule):
    """When the plan makes marketing calls (``compliance.outbound.marketing_calls: true``), call
    lists are screened against the TPS/CTPS at least every 28 days and a returnable CLI is shown.

    PECR reg 21(1) forbids live marketing calls to numbers on the TPS or CTPS
    register; reg 21(3) excuses only numbers registered less than 28 days, so
    lists must be screened at least every 28 days (``max_screening_days``).
    Reg 21(A1) requires the caller to present a calling line identity on which
    they can be contacted. ``compliance.outbound`` is an optional field of plan
    format v1: a plan without it, or one that makes no marketing calls, is not
    checked.

    **Non-compliant**: ``outbound: {marketing_calls: true, tps_screening_days: 90, cli_presented: false}``

    **Compliant**: ``outbound: {marketing_calls: true, tps_screening_days: 28, cli_presented: true}``
    """

    id = "DP009"
    name = "data-protection.outbound-marketing-pecr"
    ruleset = "data-protection"
    severity = Severity.ERROR
    title = "Outbound marketing calls meet PECR"
    remediation = "Screen against TPS/CTPS at least every 28 days and present a returnable CLI."
    references = (pecr("21", "live marketing calls, TPS and CLI"),
                  pecr("19", "automated calls need consent"), ICO_LIVE_CALLS)
    options = (
        Option("max_screening_days", 28,
               "Most days between TPS/CTPS screenings of a call list, set in law (PECR reg 21(3)).",
               convention=False),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        compliance = ctx.plan.compliance
        outbound = compliance.outbound if compliance else None
        if outbound is None or outbound.marketing_calls is not True:
            return
        days = outbound.tps_screening_days
        limit = self.option("max_screening_days")
        if days is None:
            yield self.finding(
                ctx, (*OUTBOUND, "tps_screening_days"),
                "The plan makes marketing calls but states no TPS/CTPS screening interval "
                "(tps_screening_days).",
            )
        elif days > limit:
            yield self.finding(
                ctx, (*OUTBOUND, "tps_screening_days"),
                f"Marketing call lists are screened against the TPS every {days} days, less often "
                f"than the {limit} days PECR reg 21(3) allows.",
            )
        if outbound.cli_presented is not True:
            stated = "false" if outbound.cli_presented is False else "not stated"
            yield self.finding(
                ctx, (*OUTBOUND, "cli_presented"),
                f"The plan makes marketing calls but presenting a returnable CLI is {stated} "
                "(cli_presented).",
            )
