"""PF007: complaint timescales meet the FCA's or Ofcom's rules where they apply."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Option, Rule

DISP_16 = Reference(
    "FCA Handbook DISP 1.6.2 and 1.6.2A: final response within 8 weeks; payment services and "
    "e-money within 15 business days (35 in exceptional cases)",
    "https://www.handbook.fca.org.uk/handbook/DISP/1/6.html",
)
OFCOM_C4 = Reference(
    "Ofcom General Condition C4 and the Approved Complaints Code: ADR at 8 weeks or deadlock",
    "https://www.ofcom.org.uk/phones-and-broadband/coverage-and-speeds/codes-of-practice",
)
PAYMENT_ACTIVITIES = ("payment services", "e-money")
COMPLAINTS = ("compliance", "complaints")


class ComplaintTimescales(Rule):
    """Where the FCA or Ofcom regulates the plan, complaints have a process and a final response
    within the regulator's time limit.

    Applies only when ``plan.regulators`` names ``FCA`` or ``Ofcom``; silent
    otherwise. ``compliance.complaints`` then states its ``process`` and
    ``final_response_days`` in calendar days: at most 56 (8 weeks, DISP 1.6.2)
    for the FCA, at most 21 (15 business days, DISP 1.6.2A) when
    ``plan.fca_activities`` includes payment services or e-money, and at most 56
    for Ofcom, whose complaints code gives the customer access to alternative
    dispute resolution (ADR) after 8 weeks. The strictest limit that applies is used.

    **Non-compliant**::

        plan: {regulators: [FCA], fca_activities: [payment services]}
        compliance:
          complaints: {process: Complaints team, final_response_days: 56}

    **Compliant**::

        plan: {regulators: [FCA], fca_activities: [payment services]}
        compliance:
          complaints: {process: Complaints team, final_response_days: 21}
    """

    id = "PF007"
    name = "performance.complaint-timescales"
    ruleset = "performance"
    severity = Severity.ERROR
    title = "Regulated complaint timescales"
    remediation = "Add a complaints process whose final-response time meets the regulator's limit."
    references = (DISP_16, OFCOM_C4)
    options = (
        Option("fca_days", 56, "FCA final response limit, calendar days (DISP 1.6.2: 8 weeks).",
               convention=False),
        Option("payment_services_days", 21,
               "FCA limit for payment services and e-money complaints, calendar days (DISP 1.6.2A: "
               "15 business days, which is 21 calendar days without bank holidays).",
               convention=False),
        Option("ofcom_days", 56, "Ofcom limit before ADR, calendar days (GC C4 code: 8 weeks).",
               convention=False),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        meta = ctx.plan.plan
        regulators = {name.lower() for name in meta.regulators or ()}
        activities = {name.lower() for name in meta.fca_activities or ()}
        limits: list[tuple[int, str]] = []
        if "fca" in regulators:
            if activities & set(PAYMENT_ACTIVITIES):
                limits.append((self.option("payment_services_days"),
                               "the FCA's DISP 1.6.2A for payment services and e-money"))
            limits.append((self.option("fca_days"), "the FCA's DISP 1.6.2"))
        if "ofcom" in regulators:
            limits.append((self.option("ofcom_days"), "Ofcom's complaints code before ADR"))
        if not limits:
            return
        named = " and ".join(label for key, label in (("fca", "the FCA"), ("ofcom", "Ofcom"))
                             if key in regulators)
        compliance = ctx.plan.compliance
        complaints = compliance.complaints if compliance else None
        if complaints is None or not complaints.process:
            yield self.finding(ctx, (*COMPLAINTS, "process"),
                               f"The plan names {named} as regulator but states no complaints "
                               "process.")
        days = complaints.final_response_days if complaints else None
        limit, source = min(limits, key=lambda pair: pair[0])  # the strictest; first on ties
        if days is None:
            yield self.finding(ctx, (*COMPLAINTS, "final_response_days"),
                               f"The plan names {named} as regulator but states no final response "
                               f"time for complaints ({source} allows {limit} calendar days).")
        elif days > limit:
            yield self.finding(ctx, (*COMPLAINTS, "final_response_days"),
                               f"Complaints get a final response within {days} days; {source} "
                               f"allows {limit} calendar days.")
