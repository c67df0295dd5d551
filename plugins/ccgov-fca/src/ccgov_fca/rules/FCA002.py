"""FCA002: quick complaint resolutions and ombudsman referral rights."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov import AuditContext, Finding
from ccgov.rules import Option, Rule, Severity
from ccgov_fca.common import DISP_1_5, DISP_1_6, SECTION, regulated, section


class SummaryResolution(Rule):
    """Complaints resolved by the close of the third business day get a summary resolution
    communication, and final responses tell customers of their Financial Ombudsman Service
    referral rights.

    DISP 1.5 lets a firm close a complaint quickly with a summary resolution
    communication by the close of the third business day after receipt; DISP 1.6.2
    requires final responses to explain the right to refer to the ombudsman.
    Read from ``x-fca.complaints``.

    **Non-compliant**: ``summary_resolution_business_days: 5`` or
    ``fos_referral_rights_in_final_response: false``.

    **Compliant**: ``{summary_resolution_business_days: 3, fos_referral_rights_in_final_response: true}``
    """

    id = "FCA002"
    name = "fca.summary-resolution"
    ruleset = "fca"
    severity = Severity.WARNING
    title = "Summary resolution and ombudsman referral rights"
    remediation = ("Close quick resolutions with a summary resolution communication within three "
                   "business days, and state FOS referral rights in every final response.")
    references = (DISP_1_5, DISP_1_6)
    options = (Option("summary_business_days", 3, "Business days for a summary resolution "
                                                  "(DISP 1.5): set in the rules.", convention=False),)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        if not regulated(ctx):
            return
        limit = self.option("summary_business_days")
        days = section(ctx, "complaints", "summary_resolution_business_days")
        if isinstance(days, int | float) and not isinstance(days, bool) and days > limit:
            yield self.finding(
                ctx, (SECTION, "complaints", "summary_resolution_business_days"),
                f"Summary resolutions are sent within {days:g} business days; DISP 1.5 allows "
                f"{limit}.",
            )
        if section(ctx, "complaints", "fos_referral_rights_in_final_response") is not True:
            yield self.finding(
                ctx, (SECTION, "complaints", "fos_referral_rights_in_final_response"),
                "The plan does not confirm that final responses state the customer's right to "
                "refer the complaint to the Financial Ombudsman Service.",
            )
