"""The staffing summary under the text report: worst intervals per queue, staff-hours short and over."""

from __future__ import annotations

from collections.abc import Sequence

from ccgov.report.common import shortfall
from ccgov.workforce.staffing import QueueStaffing

WORST = 3


def staffing_summary(queues: Sequence[QueueStaffing]) -> list[str]:
    lines = ["staffing (Erlang C, scheduled against required staff per interval)"]
    for queue in queues:
        gaps = shortfall(queue)
        lines.append(
            f"  {queue.queue}: {len(queue.intervals)} intervals, {len(gaps.short)} short; "
            f"{gaps.short_hours:.1f} staff-hours short, {gaps.over_hours:.1f} over "
            f"(target {queue.target_service_level:.0%} in {queue.answer_seconds:g} s)"
        )
        worst = sorted(gaps.short, key=lambda i: (i.gap_staff or 0, i.start))[:WORST]
        for interval in worst:
            achieved = (f"achieves {interval.service_level:.1%}"
                        if interval.service_level is not None else "cannot keep up with traffic")
            lines.append(
                f"    {interval.start:%a %Y-%m-%d %H:%M}: {interval.scheduled_staff:g} scheduled, "
                f"{interval.required_staff} needed ({achieved})"
            )
    return lines
