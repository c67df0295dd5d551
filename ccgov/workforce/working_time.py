"""Working-time maths over shift patterns and rota cycles (WTR 1998), in exact whole minutes.

A rota is a cycle of weeks, Monday first, that repeats. Time is counted in minutes
from Monday 00:00 of the cycle's first week, so Monday-start weeks (reg 11(6)) are
the windows ``[w * WEEK, (w + 1) * WEEK)``. A shift's span is ``end - start`` plus
24 h when ``end <= start`` (an overnight shift, or a full 24 h one when they are
equal); its daily working time is the span less its unpaid break, counted on the
day it starts. Rests are measured between absolute shift times, so overnight
shifts, days off and the wrap from the cycle's last day to its first are handled
by one rule. No floats: averages are ``Fraction``s of minutes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import time
from fractions import Fraction
from itertools import islice
from typing import Literal, Protocol

DAY = 24 * 60
WEEK = 7 * DAY
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
OFF = "off"

# Greedy placement of weekly rest is repeated over whole cycles until it settles; a rota's
# state at a cycle boundary is one number, and real rotas settle by the second cycle.
_MAX_CYCLES = 8


def clock_minutes(value: time) -> int:
    """Minutes after midnight of a clock time (seconds are not part of plan times)."""
    return value.hour * 60 + value.minute


def shift_span(start: int, end: int) -> int:
    """Minutes from ``start`` to ``end`` (minutes after midnight); ``end <= start`` ends next day."""
    span = end - start
    return span + DAY if span <= 0 else span


@dataclass(frozen=True, slots=True)
class Shift:
    """One shift pattern: clock start and end in minutes after midnight, and its breaks."""

    id: str
    start: int
    end: int
    unpaid_break: int = 0
    paid_break: int = 0

    @property
    def span(self) -> int:
        return shift_span(self.start, self.end)

    @property
    def working(self) -> int:
        """Daily working time: span less the unpaid break (paid breaks count as work).

        A negative break or one longer than the shift is a data error that the rules
        report; here it is clamped so the maths never sees negative working time.
        """
        return max(0, self.span - max(0, self.unpaid_break))

    @property
    def longest_break(self) -> int:
        """The longest single uninterrupted break the pattern names."""
        return max(self.unpaid_break, self.paid_break, 0)


class ShiftLike(Protocol):
    """What a shift pattern of the plan model offers."""

    @property
    def id(self) -> str: ...
    @property
    def start(self) -> time: ...
    @property
    def end(self) -> time: ...
    @property
    def unpaid_break_minutes(self) -> int: ...
    @property
    def paid_break_minutes(self) -> int: ...


def shift_of(pattern: ShiftLike) -> Shift:
    """A plan's shift pattern in minutes."""
    return Shift(pattern.id, clock_minutes(pattern.start), clock_minutes(pattern.end),
                 pattern.unpaid_break_minutes, pattern.paid_break_minutes)


def shifts_from_patterns(patterns: Iterable[ShiftLike]) -> dict[str, Shift]:
    """Shift patterns by id, in minutes."""
    return {p.id: shift_of(p) for p in patterns}


def required_break(working: int, *, young: bool, adult_after: int = 360, adult_break: int = 20,
                   young_after: int = 270, young_break: int = 30) -> int:
    """Minutes of uninterrupted rest break a day of ``working`` minutes needs (WTR reg 12)."""
    if young and working > young_after:
        return young_break
    return adult_break if working > adult_after else 0


@dataclass(frozen=True, slots=True)
class RotaDay:
    """One day of a rota cycle; ``shift`` is None on a day off."""

    week: int
    day: int
    shift: Shift | None

    @property
    def index(self) -> int:
        return self.week * 7 + self.day

    @property
    def start(self) -> int:
        """Absolute start in minutes from the cycle's first Monday 00:00 (working days only)."""
        assert self.shift is not None
        return self.index * DAY + self.shift.start

    @property
    def end(self) -> int:
        assert self.shift is not None
        return self.start + self.shift.span


@dataclass(frozen=True, slots=True)
class RotaProblem:
    """Why a rota cannot be read: a week without 7 days, or a shift id that is not defined."""

    kind: Literal["week-length", "unknown-shift"]
    week: int
    day: int | None
    value: str


@dataclass(frozen=True, slots=True)
class Cycle:
    """A resolved rota cycle: every day of every week, in order."""

    days: tuple[RotaDay, ...]

    @property
    def weeks(self) -> int:
        return len(self.days) // 7

    @property
    def length(self) -> int:
        return len(self.days) * DAY

    @property
    def working_days(self) -> list[RotaDay]:
        return [d for d in self.days if d.shift is not None]


def resolve_rota(weeks: Sequence[Sequence[str]], shifts: Mapping[str, Shift]
                 ) -> tuple[Cycle | None, list[RotaProblem]]:
    """The cycle of a rota's ``weeks``, or None with every problem that stops it being read.

    ``off`` matches in any case (it is vocabulary); shift ids match exactly (they are ids).
    """
    problems: list[RotaProblem] = []
    days: list[RotaDay] = []
    for w, week in enumerate(weeks):
        if len(week) != 7:
            problems.append(RotaProblem("week-length", w, None, str(len(week))))
        for d, entry in enumerate(week[:7]):
            if entry.strip().lower() == OFF:
                days.append(RotaDay(w, d, None))
            elif entry in shifts:
                days.append(RotaDay(w, d, shifts[entry]))
            else:
                problems.append(RotaProblem("unknown-shift", w, d, entry))
    if problems or not weeks:
        return None, problems
    return Cycle(tuple(days)), []


@dataclass(frozen=True, slots=True)
class Rest:
    """The rest between one working day's shift and the next shift of the repeating cycle."""

    before: RotaDay
    after: RotaDay
    minutes: int
    #: True when ``after`` is in the next repetition of the cycle.
    wraps: bool


def rests_between_shifts(cycle: Cycle) -> list[Rest]:
    """Rest from each shift to the next one (days off between them included), wrapping round.

    Negative minutes mean the shifts overlap.
    """
    working = cycle.working_days
    rests = []
    for i, before in enumerate(working):
        wraps = i + 1 == len(working)
        after = working[0] if wraps else working[i + 1]
        following = after.start + (cycle.length if wraps else 0)
        rests.append(Rest(before, after, following - before.end, wraps))
    return rests


def _shift_times(cycle: Cycle, repetitions: range) -> list[tuple[int, int]]:
    spans = [(d.start, d.end) for d in cycle.working_days]
    return [(s + r * cycle.length, e + r * cycle.length) for r in repetitions for s, e in spans]


def off_periods(cycle: Cycle, repetitions: range) -> list[tuple[int, int]]:
    """Uninterrupted off periods ``(from, to)`` of the repeating cycle over ``repetitions``.

    The shifts of one repetition either side are included, so periods at the edges are
    whole. A cycle without any shift has no periods (its staff are always at rest).
    """
    times = _shift_times(cycle, range(repetitions.start - 1, repetitions.stop + 1))
    periods = []
    busy_until = times[0][1] if times else 0
    for start, end in times[1:]:
        if start > busy_until:
            periods.append((busy_until, start))
        busy_until = max(busy_until, end)
    return periods


class _OffTime:
    """Sorted, disjoint off periods, searched by bisection: they also finish in order, and a
    period that finishes before a search point can hold no rest after it."""

    def __init__(self, periods: list[tuple[int, int]]) -> None:
        self.periods = periods
        self.finishes = [finish for _, finish in periods]

    def _candidates(self, window: tuple[int, int], after: int) -> Iterator[tuple[int, int]]:
        """Periods that can hold rest starting in ``window`` at or after ``after``, with that start."""
        first = max(window[0], after)
        for begin, finish in islice(self.periods, bisect_right(self.finishes, first), None):
            if begin >= window[1]:
                return
            start = max(begin, first)
            if start < window[1]:
                yield start, finish

    def earliest(self, window: tuple[int, int], length: int, after: int) -> int | None:
        """Earliest start of ``length`` minutes of rest inside one off period, starting within
        ``window`` and not before ``after`` (rest already counted for an earlier window)."""
        return next((start for start, finish in self._candidates(window, after)
                     if start + length <= finish), None)

    def longest(self, window: tuple[int, int], after: int) -> int:
        return max((finish - start for start, finish in self._candidates(window, after)), default=0)


@dataclass(frozen=True, slots=True)
class WeeklyRest:
    """Whether one window of the cycle (a week, or a fortnight) has its weekly rest."""

    week: int
    ok: bool
    #: The longest rest that starts in the window (after rest counted for earlier windows).
    longest: int


def _windows(cycle: Cycle, days: int, need: Sequence[Sequence[int]]) -> list[WeeklyRest]:
    # Each window needs, as one of the alternatives in `need`, rest periods of the given
    # lengths, each starting within the window and not sharing minutes with another. A
    # period running at the window's start counts from the window's start. Greedy earliest
    # placement is optimal for ordered windows; it is repeated over cycles until the state
    # carried across a cycle boundary settles, so the wrap round is judged like any week.
    per_cycle = len(cycle.days) // days
    if not cycle.working_days:
        return [WeeklyRest(w * days // 7, True, days * DAY) for w in range(per_cycle)]
    periods = _OffTime(off_periods(cycle, range(_MAX_CYCLES)))
    after = -cycle.length
    results: list[WeeklyRest] = []
    previous_state: int | None = None
    for repetition in range(_MAX_CYCLES):
        results = []
        for w in range(per_cycle):
            low = repetition * cycle.length + w * days * DAY
            window = (low, low + days * DAY)
            placed = (_place(periods, window, lengths, after) for lengths in need)
            ends = [end for end in placed if end is not None]
            results.append(WeeklyRest(w * days // 7, bool(ends), periods.longest(window, after)))
            after = min(ends) if ends else after
        state = after - (repetition + 1) * cycle.length
        if state == previous_state:
            break
        previous_state = state
    return results


def _place(periods: _OffTime, window: tuple[int, int], lengths: Sequence[int], after: int) -> int | None:
    for length in lengths:
        start = periods.earliest(window, length, after)
        if start is None:
            return None
        after = start + length
    return after


def weekly_rest(cycle: Cycle, minutes: int) -> list[WeeklyRest]:
    """Per Monday-start week of the cycle: an uninterrupted rest of ``minutes`` starting in it."""
    return _windows(cycle, 7, [[minutes]])


def fortnightly_rest(cycle: Cycle, each: int, single: int) -> list[WeeklyRest]:
    """Per 14 days from the cycle's first Monday: two rests of ``each`` or one of ``single``.

    A cycle of an odd number of weeks is unrolled twice so that every fortnight is checked;
    ``week`` is then the fortnight's first week in the unrolled cycle (may exceed the cycle).
    """
    doubled = cycle if cycle.weeks % 2 == 0 else Cycle(cycle.days + tuple(
        RotaDay(d.week + cycle.weeks, d.day, d.shift) for d in cycle.days))
    return _windows(doubled, 14, [[single], [each, each]])


def weekly_working(cycle: Cycle) -> list[int]:
    """Working minutes of each Monday-start week, each shift counted on the day it starts."""
    totals = [0] * cycle.weeks
    for day in cycle.working_days:
        assert day.shift is not None
        totals[day.week] += day.shift.working
    return totals


def average_weekly_working(cycle: Cycle) -> Fraction:
    """Average working minutes per week over the cycle, exactly."""
    return Fraction(sum(weekly_working(cycle)), cycle.weeks)


OptOut = Literal["within-limit", "all-opted-out", "some-opted-out", "none-opted-out"]


def opt_out_status(average: Fraction, limit: int, staff: int | None, opted_out: int) -> OptOut:
    """How the 48-hour limit (reg 4) stands for a rota whose average is ``average`` minutes.

    Staff count unknown with some opt-outs is "some": nobody can show that all opted out.
    """
    if average <= limit:
        return "within-limit"
    if opted_out <= 0:
        return "none-opted-out"
    if staff is not None and opted_out >= staff:
        return "all-opted-out"
    return "some-opted-out"


def days_over(cycle: Cycle, limit: int) -> Iterator[RotaDay]:
    """Working days whose daily working time exceeds ``limit`` minutes."""
    for day in cycle.working_days:
        assert day.shift is not None
        if day.shift.working > limit:
            yield day


def clock(minutes: int) -> str:
    """An absolute minute as the clock time of its day, ``HH:MM``."""
    return f"{minutes % DAY // 60:02d}:{minutes % 60:02d}"


def duration(minutes: int | Fraction) -> str:
    """Minutes as a planner reads them: ``9 h``, ``9 h 30 min``, ``45 min``, ``40 h 0.5 min``.

    A fraction of a minute (an average) is shown to a tenth, marked ``about`` when rounded,
    so an average just over a limit never reads as the limit itself.
    """
    sign, minutes = ("-", -minutes) if minutes < 0 else ("", minutes)
    hours, rest = divmod(Fraction(minutes), 60)
    if rest.denominator == 1:
        text = str(rest)
    else:
        tenths = round(rest * 10)
        sign = ("about " if tenths != rest * 10 else "") + sign
        text = f"{tenths // 10}.{tenths % 10}"
    if not hours:
        return f"{sign}{text} min"
    return f"{sign}{hours} h" + (f" {text} min" if rest else "")
