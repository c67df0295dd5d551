"""RP009: real-time adherence has a realistic target, a monitor and an escalation."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.resource_planning.common import RP, pct

DEHAAN = Reference(
    "Peter Lyle DeHaan, The incredible shrinking call center (adherence about 90 % at best; "
    "low 90s in well-run centres)",
    "https://peterlyledehaan.com/call-center-articles/the-incredible-shrinking-call-center/",
)

ADHERENCE = (*RP, "real_time_adherence")


class AdherenceManagement(Rule):
    """Schedule adherence has a realistic target, someone who monitors it and an escalation.

    ``resource_plan.real_time_adherence`` states a ``target`` between ``low`` and
    ``high`` (85–95 %, a convention: about 90 % is the best achievable once
    scheduled activities are allowed for, and well-run centres sit in the low 90s),
    who it is ``monitored_by``, and the intraday ``escalation`` when agents drift
    out of adherence. A target above the band squeezes agents; one below it hides
    a scheduling problem.

    **Non-compliant**::

        real_time_adherence: {target: 0.98}

    **Compliant**::

        real_time_adherence: {target: 0.92, monitored_by: RTA analyst,
                              escalation: Team leader after 10 minutes out of adherence}
    """

    id = "RP009"
    name = "resource-planning.adherence-management"
    ruleset = "resource-planning"
    severity = Severity.WARNING
    title = "Adherence target, monitoring and escalation"
    remediation = "Set a realistic adherence target with intraday monitoring and an escalation."
    references = (DEHAAN,)
    options = (
        Option("low", 0.85, "Lowest sensible adherence target (a convention)."),
        Option("high", 0.95, "Highest sensible adherence target (a convention)."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        resource_plan = ctx.plan.resource_plan
        adherence = resource_plan.real_time_adherence if resource_plan else None
        if adherence is None:
            yield self.finding(ctx, ADHERENCE,
                               "The resource plan sets no real-time adherence target, monitoring "
                               "or escalation.")
            return
        low, high = self.option("low"), self.option("high")
        if adherence.target is None:
            yield self.finding(ctx, (*ADHERENCE, "target"), "The adherence target is not stated.")
        elif not low <= adherence.target <= high:
            yield self.finding(
                ctx, (*ADHERENCE, "target"),
                f"The adherence target of {pct(adherence.target)} is outside the realistic "
                f"{pct(low)}–{pct(high)} band.",
            )
        if not adherence.monitored_by:
            yield self.finding(ctx, (*ADHERENCE, "monitored_by"),
                               "The plan does not say who monitors adherence in real time.")
        if not adherence.escalation:
            yield self.finding(ctx, (*ADHERENCE, "escalation"),
                               "The plan states no escalation for agents out of adherence.")
