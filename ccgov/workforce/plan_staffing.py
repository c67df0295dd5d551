"""The staffing analysis of a whole plan: every queue with a forecast, from the model."""

from __future__ import annotations

from ccgov.model import Plan
from ccgov.workforce.staffing import QueueStaffing, analyse_queue

#: Without a stated cap the analysis applies none; RP003 reports the missing cap.
NO_OCCUPANCY_CAP = 1.0


def analyse_plan(plan: Plan) -> list[QueueStaffing]:
    """Erlang C staffing per queue and interval; queues without a forecast or SL target are skipped.

    Rules that need a missing parameter (RP004 shrinkage, RP007 targets) report
    it; the analysis uses no shrinkage and no occupancy cap in their absence so
    that the other figures can still be shown.
    """
    resource_plan = plan.resource_plan
    if resource_plan is None:
        return []
    shrinkage = resource_plan.shrinkage or 0.0
    cap = resource_plan.max_occupancy or NO_OCCUPANCY_CAP
    analysis = []
    for queue in resource_plan.queues:
        level = queue.service_level
        if not queue.forecast or not queue.interval_minutes or level is None:
            continue
        if level.target is None or level.answer_seconds is None:
            continue
        rows = ((r.start, r.contacts, r.aht_seconds, r.scheduled_staff) for r in queue.forecast)
        analysis.append(
            analyse_queue(queue.id, queue.interval_minutes, level.target, level.answer_seconds,
                          cap, shrinkage, rows)
        )
    return analysis
