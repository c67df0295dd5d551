"""Inline SVG charts of a queue's required against scheduled staff, drawn without any library.

Short forecasts are drawn interval by interval as steps. Long ones (a quarter
of 30-minute intervals is thousands) are drawn per day as bands from the day's
lowest to highest staffing, so the chart stays small and readable; every
understaffed interval is still drawn on its own, at its time of day, so none
disappears into a band.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from html import escape

from ccgov.workforce.staffing import IntervalStaffing, QueueStaffing

#: Up to this many intervals, every interval is drawn; above it, daily bands.
DETAIL_LIMIT = 400
WIDTH, HEIGHT = 960, 280
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 30, 34
MAX_LABELS = 12

SCHEDULED = "#9cc3e6"
SCHEDULED_EDGE = "#2f6fa8"
REQUIRED = "#1d1d1f"
SHORT = "#c62828"
GRID = "#d9d9d9"
TEXT = "#444444"


def staffing_chart(queue: QueueStaffing) -> str:
    """The chart of one queue as an ``<svg>`` element (no scripts, no external references)."""
    intervals = [i for i in queue.intervals if i.required_staff is not None]
    short = [i for i in intervals if i.gap_staff is not None and i.gap_staff < 0]
    detailed = len(queue.intervals) <= DETAIL_LIMIT
    title = (f"{queue.queue}: required and scheduled staff per "
             f"{queue.interval_minutes:g}-minute interval")
    desc = (f"{len(queue.intervals)} intervals, {len(short)} understaffed"
            + ("" if detailed else "; daily ranges, every understaffed interval marked in red"))
    slug = "".join(c if c.isalnum() else "-" for c in queue.queue)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="staffing-chart" role="img" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
        f'data-queue="{escape(queue.queue)}" data-mode="{"intervals" if detailed else "daily"}" '
        f'data-understaffed="{len(short)}" aria-labelledby="t-{slug} d-{slug}">',
        f'<title id="t-{slug}">{escape(title)}</title><desc id="d-{slug}">{escape(desc)}</desc>',
    ]
    if not intervals:
        parts.append(f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle" fill="{TEXT}">'
                     "No interval could be analysed.</text></svg>")
        return "".join(parts)
    top = _nice_top(max(max(i.required_staff or 0, i.scheduled_staff) for i in intervals))

    def y(value: float) -> float:
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top)

    parts += _y_axis(top, y)
    if detailed:
        parts += _intervals(queue.intervals, y)
    else:
        parts += _daily(queue.intervals, y)
    parts += _legend()
    parts.append("</svg>")
    return "".join(parts)


def _nice_top(value: float) -> float:
    """The axis maximum: a round number a little above the largest value."""
    if value <= 0:
        return 1.0
    raw = value * 1.1
    magnitude = 10 ** math.floor(math.log10(raw))
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= raw:
            return step * magnitude
    return 10 * magnitude


def _y_axis(top: float, y: Callable[[float], float]) -> list[str]:
    parts = []
    for k in range(5):
        value = top * k / 4
        pos = y(value)
        parts.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{pos:.1f}" y2="{pos:.1f}" '
                     f'stroke="{GRID}" stroke-width="1"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{pos + 4:.1f}" text-anchor="end" font-size="11" '
                     f'fill="{TEXT}">{value:g}</text>')
    parts.append(f'<text x="12" y="{TOP - 12}" font-size="11" fill="{TEXT}">staff</text>')
    return parts


def _x_label(x: float, text: str) -> str:
    return (f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{HEIGHT - BOTTOM}" y2="{HEIGHT - BOTTOM + 4}" '
            f'stroke="{TEXT}"/><text x="{x:.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle" '
            f'font-size="11" fill="{TEXT}">{escape(text)}</text>')


def _labels_every(count: int) -> int:
    return max(1, math.ceil(count / MAX_LABELS))


def _intervals(intervals: Sequence[IntervalStaffing], y: Callable[[float], float]) -> list[str]:
    """Every interval as a step: scheduled as an area, required as a line, gaps in red."""
    width = (WIDTH - LEFT - RIGHT) / len(intervals)
    base = y(0)
    scheduled: list[str] = []
    required: list[str] = []
    marks: list[str] = []
    day_starts: list[tuple[float, date]] = []
    for n, interval in enumerate(intervals):
        x0, x1 = LEFT + n * width, LEFT + (n + 1) * width
        sched = y(interval.scheduled_staff)
        scheduled.append(f"M{x0:.1f},{base:.1f}V{sched:.1f}H{x1:.1f}V{base:.1f}Z")
        if interval.required_staff is not None:
            need = y(interval.required_staff)
            required.append(f"M{x0:.1f},{need:.1f}H{x1:.1f}")
            if interval.gap_staff is not None and interval.gap_staff < 0:
                marks.append(_short_mark(x0, max(width, 2.0), need, sched, interval))
        if not day_starts or interval.start.date() != day_starts[-1][1]:
            day_starts.append((x0, interval.start.date()))
    every = _labels_every(len(day_starts))
    labels = [_x_label(x, f"{day:%d %b}") for x, day in day_starts[::every]]
    return [
        f'<path d="{"".join(scheduled)}" fill="{SCHEDULED}" stroke="none" class="scheduled"/>',
        f'<path d="{"".join(required)}" fill="none" stroke="{REQUIRED}" stroke-width="1.5" '
        'class="required"/>',
        *marks,
        *labels,
    ]


def _daily(intervals: Sequence[IntervalStaffing], y: Callable[[float], float]) -> list[str]:
    """Per day: the range of scheduled and of required staff; every gap marked at its time."""
    first = intervals[0].start.date()
    span = (intervals[-1].start.date() - first).days + 1
    width = (WIDTH - LEFT - RIGHT) / span
    by_day: dict[int, list[IntervalStaffing]] = {}
    for interval in intervals:
        by_day.setdefault((interval.start.date() - first).days, []).append(interval)
    parts: list[str] = []
    marks: list[str] = []
    for day, rows in sorted(by_day.items()):
        x0 = LEFT + day * width
        sched = [r.scheduled_staff for r in rows]
        parts.append(_band(x0 + width * 0.1, width * 0.8, y(max(sched)), y(min(sched)),
                           SCHEDULED, "scheduled"))
        need = [r.required_staff for r in rows if r.required_staff is not None]
        if need:
            parts.append(_band(x0 + width * 0.35, width * 0.3, y(max(need)), y(min(need)),
                               REQUIRED, "required"))
        for row in rows:
            if row.gap_staff is not None and row.gap_staff < 0 and row.required_staff is not None:
                x = x0 + width * _day_fraction(row.start)
                marks.append(_short_mark(x - 1, 2.0, y(row.required_staff), y(row.scheduled_staff), row))
    every = _labels_every(span)
    labels = [_x_label(LEFT + (d + 0.5) * width, f"{first + timedelta(days=d):%d %b}")
              for d in range(0, span, every)]
    return [*parts, *marks, *labels]


def _band(x: float, width: float, top: float, bottom: float, colour: str, cls: str) -> str:
    # A day with one value still shows as a visible bar.
    height = max(bottom - top, 1.5)
    return (f'<rect x="{x:.1f}" y="{top:.1f}" width="{max(width, 1.0):.1f}" height="{height:.1f}" '
            f'fill="{colour}" class="{cls}"/>')


def _day_fraction(moment: datetime) -> float:
    return (moment.hour * 60 + moment.minute) / 1440


def _short_mark(x: float, width: float, need: float, sched: float, row: IntervalStaffing) -> str:
    label = (f"{row.start:%a %d %b %H:%M}: {row.scheduled_staff:g} scheduled, "
             f"{row.required_staff} required")
    height = max(sched - need, 3.0)
    return (f'<rect x="{x:.1f}" y="{need:.1f}" width="{width:.1f}" height="{height:.1f}" '
            f'fill="{SHORT}" class="understaffed"><title>{escape(label)}</title></rect>')


def _legend() -> list[str]:
    items = [(SCHEDULED, "scheduled staff"), (REQUIRED, "required staff (Erlang C + shrinkage)"),
             (SHORT, "understaffed interval")]
    parts = []
    x = LEFT
    for colour, text in items:
        parts.append(f'<rect x="{x}" y="8" width="12" height="12" fill="{colour}"/>'
                     f'<text x="{x + 16}" y="18" font-size="12" fill="{TEXT}">{escape(text)}</text>')
        x += 24 + 7 * len(text)
    return parts
