"""FCA001: complaints get a final response within the DISP time limits."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov import AuditContext, Finding
from ccgov.rules import Option, Rule, Severity
from ccgov_fca.common import DISP_1_6, SECTION, activities, regulated, section

PAYMENT_ACTIVITIES = {"payment services", "e-money"}


class ComplaintFinalResponse(Rule):
    """The contact centre's complaint process sends a final response within the DISP limits.

    DISP 1.6.2 gives eight weeks (56 calendar days) for a final response (or a
    holding response with Financial Ombudsman Service referral rights). For
    payment services and e-money complaints DISP 1.6.2A gives 15 business days
    (35 in exceptional cases), taken here as 21 calendar days. Read from
    ``x-fca.complaints.final_response_days``; applies when ``plan.regulators``
    names FCA.

    **Non-compliant**: ``x-fca: {complaints: {final_response_days: 60}}``

    **Compliant**: ``x-fca: {complaints: {final_response_days: 56}}``, or 21 for a
    payment services firm.
    """

    id = "FCA001"
    name = "fca.complaint-final-response"
    ruleset = "fca"
    severity = Severity.ERROR
    title = "Complaint final response within DISP time limits"
    remediation = ("Set the complaint process's final-response target to at most 8 weeks "
                   "(15 business days for payment services and e-money).")
    references = (DISP_1_6,)
    options = (
        Option("final_response_days", 56, "Calendar days for a final response (DISP 1.6.2, "
                                          "eight weeks): set in the rules.", convention=False),
        Option("payment_services_days", 21, "Calendar days for payment services and e-money "
                                            "(DISP 1.6.2A, 15 business days).", convention=False),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        if not regulated(ctx):
            return
        days = section(ctx, "complaints", "final_response_days")
        path = (SECTION, "complaints", "final_response_days")
        payment = bool(activities(ctx) & PAYMENT_ACTIVITIES)
        limit = self.option("payment_services_days" if payment else "final_response_days")
        basis = "payment services and e-money (DISP 1.6.2A)" if payment else "DISP 1.6.2"
        if not isinstance(days, int | float) or isinstance(days, bool):
            yield self.finding(ctx, path, "The plan states no complaint final-response time "
                                          f"(x-fca.complaints.final_response_days); {basis} "
                                          f"allows at most {limit} days.")
        elif days > limit:
            yield self.finding(ctx, path, f"Complaints get a final response within {days:g} days, "
                                          f"beyond the {limit} days {basis} allows.")
