"""HS001: a rest break in every shift over 6 hours (4.5 hours for under-18s)."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Option, Rule
from ccgov.workforce.working_time import clock, duration, required_break
from ccgov_rules.health_safety.common import rotas, shift_patterns, wtr


class RestBreak(Rule):
    """Every shift pattern whose daily working time is over 6 hours has one uninterrupted break
    of at least 20 minutes; a shift worked by under-18s over 4.5 hours has one of 30 minutes.

    Daily working time is the span from ``start`` to ``end`` (overnight when ``end`` is not
    after ``start``) less ``unpaid_break_minutes``; paid breaks are counted as working time,
    the conservative reading. The break must be one period, so either
    ``unpaid_break_minutes`` or ``paid_break_minutes`` must reach the minimum on its own
    (WTR reg 12). A shift is worked by under-18s when a rota with ``young_workers`` above 0
    uses it. A negative break, or an unpaid break as long as the shift, is reported too.

    **Non-compliant**::

        shift_patterns:
          - {id: LONG, start: "08:00", end: "16:00", unpaid_break_minutes: 0, paid_break_minutes: 15}

    **Compliant**::

        shift_patterns:
          - {id: LONG, start: "08:00", end: "16:30", unpaid_break_minutes: 30, paid_break_minutes: 20}
    """

    id = "HS001"
    name = "health-safety.rest-break"
    ruleset = "health-safety"
    severity = Severity.ERROR
    title = "Rest break in shifts over 6 hours"
    remediation = (
        "Add an uninterrupted 20-minute break (30 for under-18s) that can be taken away from "
        "the workstation."
    )
    references = (wtr("12", "rest breaks"),)
    options = (
        Option("break_after_minutes", 360, "Working time above which a break is due.", False),
        Option("break_minutes", 20, "Minimum uninterrupted break.", False),
        Option("young_break_after_minutes", 270, "Same for under-18s.", False),
        Option("young_break_minutes", 30, "Minimum break for under-18s.", False),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        young_rotas: dict[str, list[str]] = {}
        for view in rotas(ctx):
            if view.young:
                for entry in {e for week in view.rota.weeks for e in week}:
                    young_rotas.setdefault(entry, []).append(view.rota.id)
        for path, shift in shift_patterns(ctx):
            hours = f"{clock(shift.start)}–{clock(shift.end)}"
            for field, value in (("unpaid_break_minutes", shift.unpaid_break),
                                 ("paid_break_minutes", shift.paid_break)):
                if value < 0:
                    # Its own target: the missing-break finding may point at the same field.
                    yield self.finding(ctx, (*path, field),
                                       f"Shift {shift.id} has a negative {field} of {value}.",
                                       target=f"{ctx.target((*path, field))}:negative")
            if shift.unpaid_break >= shift.span:
                yield self.finding(
                    ctx, (*path, "unpaid_break_minutes"),
                    f"Shift {shift.id} ({hours}) has an unpaid break of {shift.unpaid_break} minutes, "
                    f"as long as the whole {duration(shift.span)} shift.",
                )
                continue
            young = young_rotas.get(shift.id, [])
            young_limit = self.option("young_break_after_minutes")
            need = required_break(
                shift.working, young=bool(young),
                adult_after=self.option("break_after_minutes"), adult_break=self.option("break_minutes"),
                young_after=young_limit,
                young_break=self.option("young_break_minutes"),
            )
            if shift.longest_break >= need:
                continue
            works = f"Shift {shift.id} ({hours}) works {duration(shift.working)}"
            if young and shift.working > young_limit:
                who, limit = f"under-18s on {', '.join(young)} need", young_limit
            else:
                who, limit = "a worker needs", self.option("break_after_minutes")
            yield self.finding(
                ctx, (*path, "unpaid_break_minutes"),
                f"{works} but its longest break is {shift.longest_break} minutes; over "
                f"{duration(limit)} {who} an uninterrupted break of {need} minutes.",
            )
