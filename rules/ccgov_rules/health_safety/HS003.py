"""HS003: weekly rest in every Monday-start week of every rota (or the fortnightly alternative)."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Option, Rule
from ccgov.workforce.working_time import duration, fortnightly_rest, weekly_rest
from ccgov_rules.health_safety.common import rotas, wtr


class WeeklyRest(Rule):
    """Every Monday-start week of every rota gives an uninterrupted rest of at least 35 hours
    that starts within the week — the 24-hour weekly rest, which may not include the 11-hour
    daily rest (WTR reg 11(1), 11(7)).

    The rota cycle repeats, so its last week runs into its first. A rest already running
    at Monday 00:00 counts from then, but no hour of rest counts for two weeks. As reg 11(2)
    allows instead, a rota also passes when each 14-day period from the cycle's first
    Monday has two such rests or one of at least 59 hours (a cycle of an odd number of
    weeks is unrolled twice so that every fortnight is checked). On a rota with under-18s
    every week needs 48 hours (reg 11(3)), with no fortnightly alternative. Rotas HS002
    cannot read are left to HS002.

    **Non-compliant**: every day worked (15 h 30 min between shifts at most)::

        weeks:
          - [EARLY, EARLY, EARLY, EARLY, EARLY, EARLY, EARLY]

    **Compliant**: two consecutive days off every week::

        weeks:
          - [EARLY, EARLY, LATE, LATE, EARLY, off, off]
          - [LATE, LATE, EARLY, EARLY, off, off, EARLY]
    """

    id = "HS003"
    name = "health-safety.weekly-rest"
    ruleset = "health-safety"
    severity = Severity.ERROR
    title = "Weekly rest"
    remediation = "Add full rest days to the rota: at least 35 hours off in a row every week."
    references = (wtr("11", "weekly rest period"),)
    options = (
        Option("weekly_rest_hours", 24, "Weekly rest period.", False),
        Option("daily_rest_hours", 11, "Daily rest the weekly rest may not include.", False),
        Option("young_weekly_rest_hours", 48, "Weekly rest for under-18s.", False),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        weekly = self.option("weekly_rest_hours") * 60
        each = weekly + self.option("daily_rest_hours") * 60
        single = weekly + each
        for view in rotas(ctx):
            if view.cycle is None:
                continue
            need = self.option("young_weekly_rest_hours") * 60 if view.young else each
            weeks = weekly_rest(view.cycle, need)
            if all(week.ok for week in weeks):
                continue
            if not view.young and all(f.ok for f in fortnightly_rest(view.cycle, each, single)):
                continue
            tail = (" for under-18s" if view.young else
                    f", and some fortnight has neither two such rests nor one of {duration(single)}")
            for week in weeks:
                if not week.ok:
                    yield self.finding(
                        ctx, view.week_path(week.week),
                        f"{view.rota.id} week {week.week + 1}: the longest uninterrupted rest starting "
                        f"in the week is {duration(week.longest)}, {duration(need)} required{tail}.",
                    )
