"""HS011: workplace space and temperature."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.health_safety.common import HS, health_safety

_WORKPLACE = "https://www.legislation.gov.uk/uksi/1992/3004/regulation/"


class WorkplaceConditions(Rule):
    """The workplace gives each person at least 11 cubic metres and is kept at 16 °C or more.

    Reads the optional ``compliance.health_safety.workplace``:
    ``cubic_metres_per_person`` of at least 11 (Workplace Regulations 1992 reg 10 and its
    Approved Code of Practice; room height counts up to 3 m) and ``minimum_temperature_c``
    of at least 16 (reg 7 ACoP, for work without severe physical effort). Advisory: a
    plan without the section gets one info finding saying it could not be checked.

    **Non-compliant**: ``workplace: {cubic_metres_per_person: 9, minimum_temperature_c: 18}``

    **Compliant**: ``workplace: {cubic_metres_per_person: 12.5, minimum_temperature_c: 18}``
    """

    id = "HS011"
    name = "health-safety.workplace-conditions"
    ruleset = "health-safety"
    severity = Severity.INFO
    title = "Workplace space and temperature"
    remediation = "Reduce seat density to at least 11 m³ per person, or heat workrooms to at least 16 °C."
    references = (
        Reference("HSE: How much space does each person need in a workroom?",
                  "https://www.hse.gov.uk/contact/faqs/roomspace.htm"),
        Reference("Workplace (Health, Safety and Welfare) Regulations 1992 reg 10: room dimensions and space",
                  _WORKPLACE + "10"),
        Reference("Workplace (Health, Safety and Welfare) Regulations 1992 reg 7: temperature",
                  _WORKPLACE + "7"),
    )
    options = (
        Option("cubic_metres_per_person", 11.0, "Minimum space per person (Approved Code of Practice).",
               False),
        Option("minimum_temperature_c", 16.0, "Minimum workroom temperature (Approved Code of Practice).",
               False),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        workplace = health_safety(ctx).workplace
        path = (*HS, "workplace")
        if workplace is None:
            yield self.finding(ctx, path, "The plan gives no workplace space or temperature "
                               "(compliance.health_safety.workplace), so they could not be checked.")
            return
        space, least = workplace.cubic_metres_per_person, self.option("cubic_metres_per_person")
        heat, lowest = workplace.minimum_temperature_c, self.option("minimum_temperature_c")
        if space is None:
            yield self.finding(ctx, (*path, "cubic_metres_per_person"),
                               "The workplace section gives no space per person, so it could not be checked.")
        elif space < least:
            yield self.finding(ctx, (*path, "cubic_metres_per_person"),
                               f"The workplace gives {space:g} m³ per person, less than {least:g} m³.")
        if heat is None:
            yield self.finding(ctx, (*path, "minimum_temperature_c"),
                               "The workplace section gives no minimum temperature, so it could not be "
                               "checked.")
        elif heat < lowest:
            yield self.finding(ctx, (*path, "minimum_temperature_c"),
                               f"The workplace minimum temperature is {heat:g} °C, below {lowest:g} °C.")
