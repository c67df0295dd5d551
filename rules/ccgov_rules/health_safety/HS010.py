"""HS010: home and lone working arrangements."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.health_safety.common import HS, HSE_HOME_WORKING, health_safety, homeworking


class HomeAndLoneWorking(Rule):
    """When staff work from home, the plan says how home and lone workers are kept in touch
    with and kept safe (``compliance.health_safety.lone_working``).

    Home working is taken to exist when ``compliance.health_safety.dse.homeworkers_included``
    is ``true`` or ``compliance.data_protection.homeworking`` is present. The employer
    has the same health and safety duties for home workers as for anyone else, and HSE
    asks employers to keep in touch with them (HSWA s.2).

    **Non-compliant**: ``data_protection.homeworking`` present and no ``lone_working``.

    **Compliant**::

        health_safety:
          lone_working: Home workers check in at shift start with their team leader.
    """

    id = "HS010"
    name = "health-safety.home-and-lone-working"
    ruleset = "health-safety"
    severity = Severity.WARNING
    title = "Home and lone working"
    remediation = "Add a check-in routine and a home-working risk assessment."
    references = (HSE_HOME_WORKING,)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        section = health_safety(ctx)
        included = bool(section.dse and section.dse.homeworkers_included is True)
        if (included or homeworking(ctx)) and not section.lone_working:
            yield self.finding(ctx, (*HS, "lone_working"),
                               "Staff work from home but the plan does not say how home and lone "
                               "workers are kept in touch with and kept safe.")
