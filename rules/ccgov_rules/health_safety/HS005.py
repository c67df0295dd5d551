"""HS005: screen and call-handling breaks are planned."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Rule
from ccgov_rules.health_safety.common import HS, HSE_HOME_WORKING, health_safety, wtr


class ScreenBreaks(Rule):
    """The plan says how call handlers get short breaks from the screen and the phone, beyond
    the statutory rest break (``compliance.health_safety.breaks``).

    Display screen work must be interrupted by breaks or changes of activity (DSE
    Regulations 1992 reg 4); HSE guidance prefers 5–10 minutes after 50–60 minutes of
    continuous screen work, and at least 5 minutes every hour for home workers. Call
    handling is work at a predetermined rate, for which WTR reg 8 asks for adequate
    breaks. The field is free text, so the rule can only see that it is present; the
    20-minute WTR break in each shift is HS001's concern.

    **Non-compliant**: ``compliance.health_safety`` without ``breaks``.

    **Compliant**::

        health_safety:
          breaks: Screen breaks of 5 minutes each hour outside scheduled breaks.
    """

    id = "HS005"
    name = "health-safety.screen-breaks"
    ruleset = "health-safety"
    severity = Severity.WARNING
    title = "Screen and call-handling breaks"
    remediation = "Schedule short off-phone breaks or activity changes and protect them intraday."
    references = (
        Reference("Health and Safety (Display Screen Equipment) Regulations 1992 reg 4: daily work routine",
                  "https://www.legislation.gov.uk/uksi/1992/2792/regulation/4"),
        HSE_HOME_WORKING,
        wtr("8", "pattern of work"),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        if not health_safety(ctx).breaks:
            yield self.finding(
                ctx, (*HS, "breaks"),
                "The plan does not say how agents get short screen and call-handling breaks "
                "beyond the statutory rest break.",
            )
