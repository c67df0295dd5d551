"""HS004: the 48-hour average week, opt-outs, and the under-18 daily and weekly limits."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Option, Rule
from ccgov.workforce.working_time import (
    RotaDay,
    average_weekly_working,
    days_over,
    duration,
    opt_out_status,
    weekly_working,
)
from ccgov_rules.health_safety.common import RotaView, plural, rotas, when, wtr


class AverageWeek(Rule):
    """Each rota averages at most 48 hours' work a week over its cycle, unless every worker on
    it has signed an opt-out; under-18s work at most 8 hours a day and 40 hours a week.

    The average is the cycle's total daily working time (span less unpaid break) divided
    by its weeks — the long-run average over any 17-week reference period (WTR reg 4).
    Over 48 hours is an error when nobody on the rota has opted out
    (``opted_out_of_48h: 0``), a warning when some but not all of its ``staff`` have
    (those who have not must work less), and passes when ``opted_out_of_48h`` equals
    ``staff``. Under-18s cannot opt out (reg 5A): on a rota with ``young_workers``, every
    shift over 8 hours and every Monday-start week over 40 hours is an error.

    **Non-compliant**: six 9-hour shifts a week (54 h) and no opt-outs::

        rotas:
          - {id: ROTA-L, staff: 10, opted_out_of_48h: 0, weeks: [[LONG, LONG, LONG, LONG, LONG, LONG, off]]}

    **Compliant**: five 8-hour shifts a week (40 h)::

        rotas:
          - {id: ROTA-B, staff: 40, weeks: [[LATE, EARLY, EARLY, off, LATE, LATE, off]]}
    """

    id = "HS004"
    name = "health-safety.average-week"
    ruleset = "health-safety"
    severity = Severity.ERROR
    title = "48-hour average week"
    remediation = "Reduce rostered hours or record written opt-outs (never for under-18s)."
    references = (wtr("4", "maximum weekly working time"), wtr("5A", "young workers' working time"))
    options = (
        Option("average_weekly_hours", 48, "Maximum average weekly working time.", False),
        Option("young_daily_hours", 8, "Maximum daily working time of under-18s.", False),
        Option("young_weekly_hours", 40, "Maximum weekly working time of under-18s.", False),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for view in rotas(ctx):
            if view.cycle is None:
                continue
            yield from self._average(ctx, view)
            if view.young:
                yield from self._young(ctx, view)

    def _average(self, ctx: AuditContext, view: RotaView) -> Iterator[Finding]:
        assert view.cycle is not None
        rota, limit = view.rota, self.option("average_weekly_hours")
        average = average_weekly_working(view.cycle)
        status = opt_out_status(average, limit * 60, rota.staff, rota.opted_out_of_48h)
        said = (f"{rota.id} averages {duration(average)} of work a week over its "
                f"{view.cycle.weeks}-week cycle, above the {limit} h limit")
        if status == "none-opted-out":
            yield self.finding(ctx, (*view.path, "weeks"), f"{said}, and no one on it has opted out.")
        elif status == "some-opted-out":
            staff = (f"only {rota.opted_out_of_48h} of its {rota.staff} staff have opted out" if rota.staff
                     else f"{rota.opted_out_of_48h} have opted out but the rota states no staff count, "
                     "so it cannot show that all have")
            yield self.finding(ctx, (*view.path, "opted_out_of_48h"), f"{said}, and {staff}.",
                               severity=Severity.WARNING)

    def _young(self, ctx: AuditContext, view: RotaView) -> Iterator[Finding]:
        assert view.cycle is not None
        rota = view.rota
        young = plural(rota.young_workers, "under-18")
        daily, weekly = self.option("young_daily_hours"), self.option("young_weekly_hours")
        by_shift: dict[str, list[RotaDay]] = {}
        for day in days_over(view.cycle, daily * 60):
            by_shift.setdefault(day.shift.id if day.shift else "", []).append(day)
        for days in by_shift.values():
            day, shift = days[0], days[0].shift
            assert shift is not None
            more = f" (and {plural(len(days) - 1, 'more day')})" if len(days) > 1 else ""
            yield self.finding(
                ctx, view.day_path(day),
                f"{rota.id} week {day.week + 1}: {shift.id} on {when(day)}{more} works "
                f"{duration(shift.working)} and the rota has {young}, who may work at most "
                f"{daily} h a day.",
            )
        for week, minutes in enumerate(weekly_working(view.cycle)):
            if minutes > weekly * 60:
                yield self.finding(
                    ctx, view.week_path(week),
                    f"{rota.id} week {week + 1} rosters {duration(minutes)} of work and the rota has "
                    f"{young}, who may work at most {weekly} h a week.",
                )
