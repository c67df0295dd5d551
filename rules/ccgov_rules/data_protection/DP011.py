"""DP011: monitoring of agents is assessed, consulted on and made known to them."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.data_protection.common import (
    ICO_MONITORING_WORKERS,
    RECORDING,
    SI_2018_356_REG_4,
    gdpr,
    recording,
)
from ccgov_rules.vocabulary import includes, present

AGENTS = "frontline agents"


class WorkerMonitoring(Rule):
    """Every change with ``personal_data: true`` that ``affects`` frontline agents has a DPIA and
    a linked consultation whose ``groups`` include frontline agents; a recording plan that states
    a ``staff_notice`` does not leave it empty.

    The ICO's monitoring-workers guidance (October 2023) asks that monitoring
    (call recording, screen capture, speech analytics, real-time adherence
    tools) be necessary, proportionate and transparent: assess it in a DPIA,
    consult the people monitored and tell them its nature, extent and reasons.
    SI 2018/356 reg 4 adds the duty to inform everyone who uses a recorded
    line. A plan that leaves out ``staff_notice`` altogether is reported once,
    as ``info``, by DP002.

    **Non-compliant**::

        - {id: CH1, personal_data: true, affects: [frontline agents], consultations: [C2]}
        # C2 consulted only customers; no DPIA

    **Compliant**::

        - {id: CH1, personal_data: true, affects: [frontline agents],
           dpia: {reference: DPIA-2026-14, completed_on: 2026-12-01}, consultations: [C3]}
        # C3: {groups: [frontline agents, team leaders]}
    """

    id = "DP011"
    name = "data-protection.worker-monitoring"
    ruleset = "data-protection"
    severity = Severity.WARNING
    title = "Worker monitoring proportionate and transparent"
    remediation = "Tell and consult agents; record necessity and proportionality in the DPIA."
    references = (ICO_MONITORING_WORKERS, SI_2018_356_REG_4, gdpr("35", "data protection impact assessment"))

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for path, change in ctx.changes():
            if change.personal_data is not True or not includes(change.affects, AGENTS):
                continue
            dpia = change.dpia
            if dpia is None or not (present(dpia.reference) or dpia.completed_on is not None):
                yield self.finding(
                    ctx, (*path, "dpia"),
                    f"Change {change.id} processes personal data and affects frontline agents but has no "
                    "DPIA assessing the monitoring.",
                )
            linked = ctx.linked_consultations(change)
            if not any(includes(consultation.groups, AGENTS) for consultation in linked):
                consulted = ", ".join(c.id for c in linked)
                yield self.finding(
                    ctx, (*path, "consultations"),
                    f"Change {change.id} processes personal data and affects frontline agents but "
                    + (f"none of its consultations ({consulted}) included frontline agents."
                       if linked else "links no consultation with frontline agents."),
                )
        settings = recording(ctx)
        if settings is not None and settings.staff_notice is not None and not present(
                settings.staff_notice):
            yield self.finding(
                ctx, (*RECORDING, "staff_notice"),
                "Calls are recorded but staff_notice is empty: agents are not told how they are "
                "monitored.",
            )
