"""HS008: acoustic shock controls on voice channels."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Rule
from ccgov_rules.health_safety.common import HS, health_safety


class AcousticShock(Rule):
    """A contact centre that takes voice calls uses headsets with acoustic limiters and records
    acoustic-shock incidents.

    Applies when ``plan.channels`` or a queue's ``channel`` includes ``voice``.
    ``compliance.health_safety.acoustic_shock`` must have ``headset_limiters: true``
    (limiters stop sound above 118 dB, HSE) and ``incident_reporting: true`` (HSE: keep
    a record of incidents). Daily noise exposure is governed by the Control of Noise at
    Work Regulations 2005 (action values 80 and 85 dB(A), limit 87 dB(A)).

    **Non-compliant**: ``acoustic_shock: {headset_limiters: false, incident_reporting: true}``
    in a plan with ``channels: [voice]``.

    **Compliant**: ``acoustic_shock: {headset_limiters: true, incident_reporting: true}``.
    """

    id = "HS008"
    name = "health-safety.acoustic-shock"
    ruleset = "health-safety"
    severity = Severity.WARNING
    title = "Acoustic shock controls"
    remediation = "Use headsets with acoustic limiters and log acoustic incidents."
    references = (
        Reference("HSE: Acoustic shock", "https://www.hse.gov.uk/noise/acoustic.htm"),
        Reference("Control of Noise at Work Regulations 2005 reg 4: exposure values",
                  "https://www.legislation.gov.uk/uksi/2005/1643/regulation/4"),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        resource = ctx.plan.resource_plan
        channels = [*(ctx.plan.plan.channels or []),
                    *(q.channel or "" for q in (resource.queues if resource else []))]
        if "voice" not in {c.strip().lower() for c in channels}:
            return
        controls = health_safety(ctx).acoustic_shock
        path = (*HS, "acoustic_shock")
        if not (controls and controls.headset_limiters is True):
            yield self.finding(ctx, (*path, "headset_limiters"),
                               "The centre takes voice calls but does not confirm headsets with "
                               "acoustic limiters.")
        if not (controls and controls.incident_reporting is True):
            yield self.finding(ctx, (*path, "incident_reporting"),
                               "The centre takes voice calls but does not confirm that acoustic-shock "
                               "incidents are reported and recorded.")
