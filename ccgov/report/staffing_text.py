"""The staffing summary under the text report: worst intervals per queue, staff-hours short and over."""

from __future__ import annotations

from collections.abc import Sequence

from ccgov.workforce.staffing import QueueStaffing

WORST = 3


def staffing_summary(queues: Sequence[QueueStaffing]) -> list[str]:
    lines = ["staffing (Erlang C, scheduled against required staff per interval)"]
    for queue in queues:
        hours = queue.interval_minutes / 60
        computable = [i for i in queue.intervals if i.gap_staff is not None]
        short = sum(-i.gap_staff * hours for i in computable if i.gap_staff and i.gap_staff < 0)
        over = sum(i.gap_staff * hours for i in computable if i.gap_staff and i.gap_staff > 0)
        short_count = sum(1 for i in computable if i.gap_staff is not None and i.gap_staff < 0)
        lines.append(
            f"  {queue.queue}: {len(queue.intervals)} intervals, {short_count} short; "
            f"{short:.1f} staff-hours short, {over:.1f} over "
            f"(target {queue.target_service_level:.0%} in {queue.answer_seconds:g} s)"
        )
        worst = sorted((i for i in computable if i.gap_staff is not None and i.gap_staff < 0),
                       key=lambda i: (i.gap_staff, i.start))[:WORST]
        for interval in worst:
            achieved = (f"achieves {interval.service_level:.1%}"
                        if interval.service_level is not None else "cannot keep up with traffic")
            lines.append(
                f"    {interval.start:%a %Y-%m-%d %H:%M}: {interval.scheduled_staff:g} scheduled, "
                f"{interval.required_staff} needed ({achieved})"
            )
    return lines
