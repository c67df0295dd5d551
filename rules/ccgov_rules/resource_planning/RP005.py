"""RP005: demand is forecast from data, per interval, across the whole plan period."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import timedelta
from typing import Any

from ccgov.context import AuditContext, PathT
from ccgov.findings import Finding, Severity
from ccgov.model.operations import Queue
from ccgov.rules.base import Option, Rule
from ccgov_rules.resource_planning.common import MARKING_POINT, PYWORKFORCE, RP, forecasts


class ForecastFromData(Rule):
    """Demand is forecast from data, per interval, for every queue across the plan period.

    The resource plan names its ``forecast_method`` and ``data_sources``, and has
    queues. Every queue has a forecast in intervals of ``interval_minutes`` (15, 30
    or 60: Erlang C is applied per interval, and daily averages hide the peaks)
    that covers the plan period as the plan format defines it: its first interval
    falls within the first ``coverage_days`` (7) days of the period and its last
    within the last 7; a day with no rows is a day the queue is closed.

    **Non-compliant**::

        resource_plan:
          forecast_method: Gut feel
          queues:
            - {id: billing-voice, interval_minutes: 45, forecast: january-only.csv}

    **Compliant**::

        resource_plan:
          forecast_method: Holt-Winters on 104 weeks of interval history
          data_sources: [ACD interval history 2025-2026]
          queues:
            - {id: billing-voice, interval_minutes: 30, forecast: forecast-billing-voice.csv}
    """

    id = "RP005"
    name = "resource-planning.forecast-from-data"
    ruleset = "resource-planning"
    severity = Severity.WARNING
    title = "Forecast from data, per interval, covering the plan period"
    remediation = "Forecast every queue per interval from history, and track forecast accuracy."
    references = (MARKING_POINT, PYWORKFORCE)
    options = (
        Option("interval_minutes", (15, 30, 60), "Interval lengths the forecast may use."),
        Option("coverage_days", 7,
               "Days at each end of the plan period within which a forecast must start and end "
               "(the plan format's definition of covering the period)."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        resource_plan = ctx.plan.resource_plan
        if resource_plan is None or not resource_plan.forecast_method:
            yield self.finding(ctx, (*RP, "forecast_method"),
                               "The resource plan names no forecast method.")
        if resource_plan is None or not resource_plan.data_sources:
            yield self.finding(ctx, (*RP, "data_sources"),
                               "The resource plan names no data sources for its forecast.")
        if resource_plan is None:
            return
        if not resource_plan.queues:
            yield self.finding(ctx, (*RP, "queues"),
                               "The resource plan has no queues, so no demand is forecast.")
        for path, queue, rows in forecasts(ctx):
            yield from self._queue(ctx, path, queue, rows)

    def _queue(self, ctx: AuditContext, path: PathT, queue: Queue,
               rows: Sequence[Any]) -> Iterator[Finding]:
        allowed = self.option("interval_minutes")
        if allowed and queue.interval_minutes not in allowed:
            stated = ("states no interval_minutes" if queue.interval_minutes is None
                      else f"uses {queue.interval_minutes}-minute intervals")
            *others, final = [str(minutes) for minutes in allowed]
            choices = f"{', '.join(others)} or {final}" if others else final
            yield self.finding(ctx, (*path, "interval_minutes"),
                               f"Queue {queue.id} {stated}; forecast in {choices}-minute intervals.")
        if not rows:
            yield self.finding(ctx, (*path, "forecast"), f"Queue {queue.id} has no forecast.")
            return
        # The earliest and latest starts, whatever the row order (min and max run in C).
        starts = [row.start for row in rows]
        first, last = starts.index(min(starts)), starts.index(max(starts))
        start, end = ctx.period
        days = self.option("coverage_days")
        # "Within the first 7 days": the period's first day and the six after it.
        margin = timedelta(days=days - 1)
        if rows[first].start.date() > start + margin:
            yield self.finding(
                ctx, (*path, "forecast", first, "start"),
                f"Queue {queue.id}'s forecast starts on {rows[first].start:%Y-%m-%d}, more than "
                f"{days} days into the plan period that starts on {start}.",
                target=f"{queue.id}.forecast.first",
            )
        if rows[last].start.date() < end - margin:
            yield self.finding(
                ctx, (*path, "forecast", last, "start"),
                f"Queue {queue.id}'s forecast ends on {rows[last].start:%Y-%m-%d}, more than "
                f"{days} days before the plan period ends on {end}.",
                target=f"{queue.id}.forecast.last",
            )
