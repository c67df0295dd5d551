"""HS002: 11 hours' rest between shifts (12 for under-18s), and rotas that can be read."""

from __future__ import annotations

from collections.abc import Iterator
from difflib import get_close_matches

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Option, Rule
from ccgov.workforce.working_time import DAY_NAMES, Rest, clock, duration, rests_between_shifts
from ccgov_rules.health_safety.common import RotaView, plural, rotas, shifts, when, wtr


class DailyRest(Rule):
    """Between one shift and the next in every rota there are at least 11 hours' rest
    (12 hours on a rota with under-18s).

    The rest runs from the end of a shift to the start of the next one, across midnight,
    overnight shifts and days off, and from the cycle's last shift round to its first
    (the rota repeats). WTR reg 10 allows exceptions (shift changes, agreements with
    compensatory rest, regs 22–24): record those as waivers of the finding. The rule
    also reports what stops a rota being read — a day naming a shift that is not in
    ``shift_patterns``, a week without exactly 7 days — because no rota rule can check it.

    **Non-compliant**: LATE ends 22:00 and EARLY starts 07:00 the next day (9 h)::

        weeks:
          - [LATE, EARLY, EARLY, EARLY, EARLY, off, off]

    **Compliant**: LATE ends 20:00 and EARLY starts 08:00 (12 h)::

        weeks:
          - [EARLY, EARLY, LATE, LATE, off, off, off]
    """

    id = "HS002"
    name = "health-safety.daily-rest"
    ruleset = "health-safety"
    severity = Severity.ERROR
    title = "11 hours' rest between shifts"
    remediation = "Re-sequence shifts so that no late shift is followed by an early one within 11 hours."
    references = (wtr("10", "daily rest"),)
    options = (
        Option("daily_rest_hours", 11, "Minimum rest between shifts.", False),
        Option("young_daily_rest_hours", 12, "Minimum rest between shifts for under-18s.", False),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        known = list(shifts(ctx))
        for view in rotas(ctx):
            if view.problems:
                yield from self._unreadable(ctx, view, known)
            elif view.cycle is None:
                yield self.finding(
                    ctx, (*view.path, "weeks"),
                    f"Rota {view.rota.id} lists no weeks, so its rest periods cannot be checked.",
                    severity=Severity.INFO,
                )
            else:
                hours = self.option("young_daily_rest_hours" if view.young else "daily_rest_hours")
                for rest in rests_between_shifts(view.cycle):
                    if rest.minutes < hours * 60:
                        yield self.finding(ctx, view.day_path(rest.after),
                                           _message(view, rest, hours))

    def _unreadable(self, ctx: AuditContext, view: RotaView, known: list[str]) -> Iterator[Finding]:
        rota = view.rota.id
        unknown: dict[str, list[tuple[int, int]]] = {}
        for problem in view.problems:
            if problem.kind == "week-length":
                yield self.finding(
                    ctx, view.week_path(problem.week),
                    f"{rota} week {problem.week + 1} lists {plural(int(problem.value), 'day')}, not 7 "
                    "(Monday to Sunday), so the rota's rest periods cannot be checked.",
                )
            elif problem.day is not None:
                unknown.setdefault(problem.value, []).append((problem.week, problem.day))
        for shift, days in unknown.items():
            week, day = days[0]
            # Case-blind suggestion: "late" most likely means LATE.
            names = {name.lower(): name for name in [*known, "off"]}
            close = get_close_matches(shift.lower(), list(names), n=1)
            hint = f" (did you mean {names[close[0]]}?)" if close else ""
            more = f", also named on {plural(len(days) - 1, 'more day')}," if len(days) > 1 else ","
            yield self.finding(
                ctx, (*view.path, "weeks", week, day),
                f"{rota} week {week + 1}: {DAY_NAMES[day]} names shift {shift or '(blank)'}{more} which "
                f"is not in shift_patterns{hint}, so the rota's rest periods cannot be checked.",
            )


def _message(view: RotaView, rest: Rest, hours: int) -> str:
    before, after = rest.before, rest.after
    assert before.shift is not None and after.shift is not None
    across = rest.wraps or before.week != after.week
    repeat = " as the cycle repeats" if rest.wraps else ""
    gap = (f"{duration(rest.minutes)} rest" if rest.minutes >= 0
           else f"the shifts overlap by {duration(-rest.minutes)}")
    who = " for under-18s" if view.young else ""
    return (
        f"{view.rota.id} week {after.week + 1}: {before.shift.id} on {when(before, of_week=across)} "
        f"ends {clock(before.end)} and {after.shift.id} on {when(after)} starts "
        f"{clock(after.start)}{repeat} — {gap}, {hours} h required{who}."
    )
