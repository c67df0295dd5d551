"""HS009: work-related stress assessed against the HSE Management Standards; workload targets."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.health_safety.common import HS, RP, health_safety, months_before, percent


class WorkRelatedStress(Rule):
    """Work-related stress is assessed against the HSE Management Standards within 12 months
    of the plan start, with actions; workload targets that drive stress are flagged.

    ``compliance.health_safety.stress.management_standards_review`` must be dated no
    earlier than 12 months before ``plan.period.start`` (a convention; option
    ``review_months``) and no later than the plan's end, and ``actions`` present. The
    rule also flags as a demands/control risk a ``resource_plan.max_occupancy`` above
    0.85 (Call Centre Helper) and a ``real_time_adherence.target`` above 0.95 — both
    conventions, set by options.

    **Non-compliant**: ``max_occupancy: 0.92``, or no ``stress`` section.

    **Compliant**::

        stress: {management_standards_review: 2026-10-01, actions: Occupancy cap and recovery breaks.}
        # with max_occupancy: 0.85 and real_time_adherence.target: 0.92
    """

    id = "HS009"
    name = "health-safety.work-related-stress"
    ruleset = "health-safety"
    severity = Severity.WARNING
    title = "Work-related stress"
    remediation = "Assess against the six Management Standards and adjust workload targets."
    references = (
        Reference("HSE Management Standards for work-related stress", "https://www.hse.gov.uk/stress/standards/"),
        Reference("Call Centre Helper: Don't push occupancy beyond 85%",
                  "https://www.contactcentrehelper.com/?p=231177"),
    )
    options = (
        Option("review_months", 12, "Maximum age of the stress review at plan start."),
        Option("max_occupancy", 0.85, "Occupancy cap above which demands are a stress risk."),
        Option("max_adherence_target", 0.95, "Adherence target above which control is a stress risk."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        stress = health_safety(ctx).stress
        path = (*HS, "stress")
        review = stress.management_standards_review if stress else None
        (start, end), months = ctx.period, self.option("review_months")
        if review is None:
            yield self.finding(ctx, (*path, "management_standards_review"),
                               "The plan records no stress risk assessment against the HSE Management "
                               "Standards.")
        elif review < months_before(start, months):
            yield self.finding(ctx, (*path, "management_standards_review"),
                               f"The stress review against the Management Standards is dated {review}, more "
                               f"than {months} months before the plan starts on {start}.")
        elif review > end:
            yield self.finding(ctx, (*path, "management_standards_review"),
                               f"The stress review against the Management Standards is dated {review}, "
                               f"after the plan ends on {end}.")
        if not (stress and stress.actions):
            yield self.finding(ctx, (*path, "actions"),
                               "The plan states no actions from the stress risk assessment.")
        yield from self._targets(ctx)

    def _targets(self, ctx: AuditContext) -> Iterator[Finding]:
        resource = ctx.plan.resource_plan
        if resource is None:
            return
        cap, occupancy = self.option("max_occupancy"), resource.max_occupancy
        if occupancy is not None and occupancy > cap:
            yield self.finding(ctx, (*RP, "max_occupancy"),
                               f"Occupancy is allowed up to {percent(occupancy)}, above "
                               f"{percent(cap)}: a demands risk under the Management Standards.")
        rta, ceiling = resource.real_time_adherence, self.option("max_adherence_target")
        if rta and rta.target is not None and rta.target > ceiling:
            yield self.finding(ctx, (*RP, "real_time_adherence", "target"),
                               f"The adherence target of {percent(rta.target)} is above "
                               f"{percent(ceiling)}: a control risk under the Management Standards.")
