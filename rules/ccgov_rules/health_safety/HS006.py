"""HS006: display screen workstations are assessed and eyesight tests offered."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Rule
from ccgov_rules.health_safety.common import HS, HSE_HOME_WORKING, health_safety, homeworking

_DSE = "https://www.legislation.gov.uk/uksi/1992/2792/"


class DseAssessments(Rule):
    """Every display screen workstation is assessed and users are offered eyesight tests; when
    staff work from home, their workstations are assessed too.

    Reads ``compliance.health_safety.dse``: ``workstation_assessments`` and
    ``eyesight_tests`` must be ``true`` (DSE Regulations 1992 regs 2 and 5), and
    ``homeworkers_included`` must be ``true`` when the plan has home working
    (``compliance.data_protection.homeworking`` is present): long-term home workers are
    DSE users like any other (HSE).

    **Non-compliant**::

        dse: {workstation_assessments: true, eyesight_tests: false}

    **Compliant**::

        dse: {workstation_assessments: true, homeworkers_included: true, eyesight_tests: true}
    """

    id = "HS006"
    name = "health-safety.dse-assessments"
    ruleset = "health-safety"
    severity = Severity.ERROR
    title = "DSE assessments and eyesight tests"
    remediation = (
        "Assess every workstation (office and long-term home), offer eye tests and train users."
    )
    references = (
        Reference("Health and Safety (Display Screen Equipment) Regulations 1992", _DSE + "contents"),
        Reference("DSE Regulations 1992 reg 2: analysis of workstations", _DSE + "regulation/2"),
        Reference("DSE Regulations 1992 reg 5: eyes and eyesight", _DSE + "regulation/5"),
        HSE_HOME_WORKING,
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        dse = health_safety(ctx).dse
        path = (*HS, "dse")
        if not (dse and dse.workstation_assessments is True):
            yield self.finding(ctx, (*path, "workstation_assessments"),
                               "The plan does not confirm that display screen workstations are assessed.")
        if not (dse and dse.eyesight_tests is True):
            yield self.finding(ctx, (*path, "eyesight_tests"),
                               "The plan does not confirm that display screen users are offered eyesight "
                               "tests.")
        if homeworking(ctx) and not (dse and dse.homeworkers_included is True):
            yield self.finding(ctx, (*path, "homeworkers_included"),
                               "Staff work from home but the plan does not confirm that home "
                               "workstations are assessed.")
