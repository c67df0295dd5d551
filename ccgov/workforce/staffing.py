"""Per-interval Erlang C staffing analysis of a queue, and its surge sensitivity (CT006)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction
from typing import Any

from ccgov.workforce.erlang import (
    _erlang_b,
    _erlang_b_from,
    _exact,
    _pw_from_b,
    _required,
    _sl,
    _traffic,
)

__all__ = [
    "IntervalStaffing",
    "QueueStaffing",
    "QueueSurge",
    "SurgeInterval",
    "SurgeLevel",
    "analyse_queue",
    "surge_gap",
]

Row = tuple[datetime, float, float, float]
"""One forecast row: ``(start, contacts, aht_seconds, scheduled_staff)``."""

# Far beyond any real queue (the largest contact centres carry a few thousand Erlangs per
# queue); the Erlang recursion is O(traffic), so larger values are treated as data errors.
_MAX_TRAFFIC = 100_000.0

_Requirement = tuple[float | None, int | None, int | None, int, float]
"""(traffic in Erlangs, raw agents required, staff required, n, B(n, traffic)).

The first three are None where not computable; ``n`` and its Erlang B value are where the
requirement search stopped (0 and 1.0 if it did not run), for resuming the recursion.
"""


@dataclass(frozen=True, slots=True)
class IntervalStaffing:
    """Staffing of one forecast interval; the fields of the report's ``staffing`` intervals.

    Values are unrounded (rounding happens only in :meth:`to_json`). A field is None when it
    cannot be computed: the row or queue holds an impossible value (negative contacts, AHT
    <= 0, shrinkage >= 1, …), or, for ``service_level``/``asa_seconds``/``occupancy``, the
    whole agents answering (``floor(productive_agents)``) do not exceed the traffic.
    """

    start: datetime
    contacts: float
    aht_seconds: float
    traffic_erlangs: float | None
    required_agents: int | None
    required_staff: int | None
    scheduled_staff: float
    productive_agents: float | None
    service_level: float | None
    asa_seconds: float | None
    occupancy: float | None
    gap_staff: float | None

    @property
    def computable(self) -> bool:
        """True when requirement and productive agents could both be worked out."""
        return self.required_staff is not None and self.productive_agents is not None

    def to_json(self) -> dict[str, Any]:
        """The interval as report-format JSON (rounded, nulls where not computable)."""
        return {
            "start": self.start.isoformat(timespec="minutes"),
            "contacts": _plain(self.contacts),
            "aht_seconds": _plain(self.aht_seconds),
            "traffic_erlangs": _round(self.traffic_erlangs, 2),
            "required_agents": self.required_agents,
            "required_staff": self.required_staff,
            "scheduled_staff": _plain(self.scheduled_staff),
            "productive_agents": _round(self.productive_agents, 2),
            "service_level": _round(self.service_level, 4),
            "asa_seconds": _round(self.asa_seconds, 1),
            "occupancy": _round(self.occupancy, 4),
            "gap_staff": _plain(self.gap_staff),
        }


@dataclass(frozen=True, slots=True)
class QueueStaffing:
    """The staffing analysis of one queue: its parameters and every interval."""

    queue: str
    interval_minutes: float
    target_service_level: float
    answer_seconds: float
    max_occupancy: float
    shrinkage: float
    intervals: tuple[IntervalStaffing, ...]

    def to_json(self) -> dict[str, Any]:
        """The queue as one element of the report's ``staffing`` list."""
        return {
            "queue": self.queue,
            "interval_minutes": _plain(self.interval_minutes),
            "service_level": {
                "target": _plain_fraction(self.target_service_level),
                "answer_seconds": _plain(self.answer_seconds),
            },
            "max_occupancy": _plain_fraction(self.max_occupancy),
            "shrinkage": _plain_fraction(self.shrinkage),
            "intervals": [interval.to_json() for interval in self.intervals],
        }


def _plain(value: float | None) -> float | int | None:
    """Whole numbers as JSON integers (120, not 120.0), as the report format shows them.

    NaN and infinities (YAML's ``.nan``/``.inf``) become null: JSON has no spelling for them.
    """
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        if value.is_integer():
            return int(value)
    return value


def _plain_fraction(value: float) -> float | None:
    """A fraction as given (0.8 stays 0.8, 1 stays 1); null if it is not a finite number."""
    return value if _number_ok(value) else None


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _number_ok(value: object) -> bool:
    """A real, finite number (bools are refused: ``True`` contacts is a data error)."""
    return (type(value) is float and math.isfinite(value)) or type(value) is int


class _QueueMaths:
    """Erlang C for one queue's fixed parameters, memoised for the length of one analysis.

    Forecasts repeat the same (contacts, AHT) and (agents, traffic, AHT) inputs many times
    (nights, weekly profiles), so each distinct one is computed once. The evaluation at the
    scheduled agents resumes the Erlang B recursion where the requirement search stopped
    rather than restarting it. Parameters that are impossible switch off the results that
    depend on them instead of raising: the rules report those.
    """

    __slots__ = ("_answer", "_interval_s", "_keep_den", "_keep_num", "_max_occ", "_shrink",
                 "_staff", "_target", "achieved_cache", "productive_cache", "requirement_cache")

    def __init__(self, interval_minutes: float, target: float, answer_seconds: float,
                 max_occupancy: float, shrinkage: float) -> None:
        ok = _number_ok
        self._interval_s = interval_minutes * 60 if ok(interval_minutes) and \
            interval_minutes > 0 else None
        # A target of 1.0 is unreachable under Erlang C, so it is "not computable" too.
        self._target = target if ok(target) and 0 <= target < 1 else None
        self._answer = answer_seconds if ok(answer_seconds) and answer_seconds >= 0 else None
        self._max_occ = max_occupancy if ok(max_occupancy) and 0 < max_occupancy <= 1 else None
        # Shrinkage 1 still has a productive head count (zero); only required staff is infinite.
        self._shrink = _exact(shrinkage) if ok(shrinkage) and 0 <= shrinkage <= 1 else None
        # 1 - shrinkage as an exact ratio keep_num / keep_den: whole head counts then need only
        # integer arithmetic (exact, and far cheaper than Fraction objects).
        keep = Fraction(1) - (self._shrink or 0)
        self._keep_num = keep.numerator
        self._keep_den = keep.denominator
        self._staff: dict[int, int | None] = {}
        self.requirement_cache: dict[tuple[float, float], _Requirement] = {}
        self.achieved_cache: dict[tuple[int, float, float], tuple[float | None, float, float]] = {}
        self.productive_cache: dict[float, tuple[float | None, int]] = {}

    def requirement(self, contacts: float, aht: float) -> _Requirement:
        """Traffic, raw agents and staff required for one (contacts, AHT) pair (cached)."""
        result: _Requirement
        if not (_number_ok(contacts) and _number_ok(aht) and contacts >= 0 and aht > 0
                and self._interval_s is not None):
            result = (None, None, None, 0, 1.0)
        else:
            a = _traffic(contacts, self._interval_s, aht)
            if not a <= _MAX_TRAFFIC:
                # Overflowed or absurd (a typo of 1e9 contacts): the O(A) recursion would
                # stall the whole audit, so the interval is reported as not computable.
                result = (a if math.isfinite(a) else None, None, None, 0, 1.0)
            elif a == 0:
                result = (a, 0, self.staff_for(0), 0, 1.0)
            elif self._target is not None and self._answer is not None and \
                    self._max_occ is not None:
                raw, n_sl, b_sl = _required(a, aht, self._target, self._answer, self._max_occ)
                result = (a, raw, self.staff_for(raw), n_sl, b_sl)
            else:
                result = (a, None, None, 0, 1.0)
        self.requirement_cache[(contacts, aht)] = result
        return result

    def staff_for(self, raw: int) -> int | None:
        """Exact ``ceil(raw / (1 - shrinkage))``; None when shrinkage is not in [0, 1)."""
        if raw in self._staff:
            return self._staff[raw]
        staff = None
        if self._shrink is not None and self._keep_num != 0:
            staff = -(-raw * self._keep_den // self._keep_num)  # ceil by floor division
        self._staff[raw] = staff
        return staff

    def productive(self, scheduled: float) -> tuple[float | None, int]:
        """(productive agents, whole agents answering), exact; (None, -1) when impossible."""
        result: tuple[float | None, int]
        if self._shrink is None or not _number_ok(scheduled) or scheduled < 0:
            result = (None, -1)
        elif scheduled == int(scheduled):
            # int / int is correctly rounded in Python, so this equals float(Fraction(...)).
            kept = int(scheduled) * self._keep_num
            result = (kept / self._keep_den, kept // self._keep_den)
        else:
            exact = _exact(scheduled) * (1 - self._shrink)
            result = (float(exact), math.floor(exact))
        self.productive_cache[scheduled] = result
        return result

    def achieved(self, agents: int, a: float, aht: float, resume_n: int,
                 resume_b: float) -> tuple[float | None, float, float] | None:
        """(service level, ASA, occupancy) with ``agents`` answering; None unless agents > A.

        Keyed on AHT as well as (agents, traffic): equal traffic from different AHTs (100
        contacts at 180 s, 50 at 360 s) waits differently, because SL and ASA scale with AHT.
        ``resume_b`` is B(resume_n, a), where this traffic's requirement search stopped.
        """
        if agents <= a or a > _MAX_TRAFFIC:
            return None
        answer = self._answer
        result: tuple[float | None, float, float]
        if a == 0:
            result = (None if answer is None else 1.0, 0.0, 0.0)
        else:
            # Usually a few steps on from where the requirement search stopped.
            resumable = agents >= resume_n
            b = _erlang_b_from(resume_n, resume_b, agents, a) if resumable else _erlang_b(agents, a)
            pw = _pw_from_b(agents, a, b)
            # An impossible answer time blanks the service level only: ASA and occupancy
            # do not depend on it.
            sl = None if answer is None else _sl(agents, a, pw, aht, answer)
            occ = a / agents
            cap = self._max_occ
            if cap is not None and abs(occ - cap) <= 1e-9 * cap:
                # At the cap, settle it exactly as occupancy() does: 96.9 E on 170 agents is
                # 0.57, not 0.5700000000000001, so a rule comparing with the cap agrees.
                occ = float(_exact(a) / agents)
            result = (sl, pw * aht / (agents - a), occ)
        self.achieved_cache[(agents, a, aht)] = result
        return result


def analyse_queue(queue: str, interval_minutes: float, target_service_level: float,
                  answer_seconds: float, max_occupancy: float, shrinkage: float,
                  rows: Iterable[Row]) -> QueueStaffing:
    """Erlang C staffing of every forecast row of one queue (report-format ``staffing``).

    ``rows`` yields ``(start, contacts, aht_seconds, scheduled_staff)``. Never raises for bad
    data: an impossible row or queue parameter leaves the fields that depend on it None (see
    :class:`IntervalStaffing`), so one bad row cannot hide the analysis of the others.
    """
    maths = _QueueMaths(interval_minutes, target_service_level, answer_seconds, max_occupancy,
                        shrinkage)
    # This loop runs once per interval of a year-long plan: cache look-ups are inlined and
    # only misses pay for a method call.
    requirement_cache = maths.requirement_cache
    productive_cache = maths.productive_cache
    achieved_cache = maths.achieved_cache
    intervals: list[IntervalStaffing] = []
    append = intervals.append
    for start, contacts, aht, scheduled in rows:
        req = requirement_cache.get((contacts, aht))
        if req is None:
            req = maths.requirement(contacts, aht)
        a, raw, staff, resume_n, resume_b = req
        prod = productive_cache.get(scheduled)
        if prod is None:
            prod = maths.productive(scheduled)
        productive_value, answering = prod
        metrics = None
        if a is not None and answering > a:
            metrics = achieved_cache.get((answering, a, aht))
            if metrics is None:
                metrics = maths.achieved(answering, a, aht, resume_n, resume_b)
        if metrics is None:
            sl = asa = occ = None
        else:
            sl, asa, occ = metrics
        gap = None if staff is None or productive_value is None else scheduled - staff
        append(IntervalStaffing(start, contacts, aht, a, raw, staff, scheduled,
                                productive_value, sl, asa, occ, gap))
    return QueueStaffing(queue, interval_minutes, target_service_level, answer_seconds,
                         max_occupancy, shrinkage, tuple(intervals))


# ---------------------------------------------------------------------------
# Surge sensitivity (rule CT006)
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SurgeInterval:
    """The interval with the largest shortfall at one surge level."""

    start: datetime
    contacts: float
    """Surged contacts (forecast * (1 + uplift))."""
    required_staff: int
    scheduled_staff: float
    staff_short: float


@dataclass(frozen=True, slots=True)
class SurgeLevel:
    """A queue's staffing shortfall if contacts ran ``uplift`` above forecast everywhere."""

    uplift: float
    staff_short: float
    """Sum over intervals of ``max(0, required_staff - scheduled_staff)`` (staff-intervals)."""
    intervals_short: int
    worst: SurgeInterval | None
    """Largest shortfall (earliest on ties); None when no interval is short."""
    not_computable: int
    """Intervals skipped because their requirement or schedule could not be worked out."""


@dataclass(frozen=True, slots=True)
class QueueSurge:
    """Surge sensitivity of one queue, one entry per uplift asked for."""

    queue: str
    levels: tuple[SurgeLevel, ...]


def surge_gap(staffing: QueueStaffing,
              uplifts: Sequence[float] = (0.10, 0.20)) -> QueueSurge:
    """Staff short per queue if contacts were 10 % and 20 % (or ``uplifts``) above forecast.

    Re-derives each interval's requirement at the surged volume with the queue's own
    parameters; the scheduled staff stay as planned. Surged contacts are computed exactly
    (100 * 1.1 is 110, not 110.00000000000001, which would demand an extra agent at a cap).
    """
    levels = []
    for uplift in uplifts:
        if not _number_ok(uplift) or uplift < -1:
            raise ValueError(f"uplift must be a finite number >= -1, got {uplift!r}")
        maths = _QueueMaths(staffing.interval_minutes, staffing.target_service_level,
                            staffing.answer_seconds, staffing.max_occupancy, staffing.shrinkage)
        factor = 1 + _exact(uplift)
        surged: dict[float, float] = {}
        short_total: float = 0
        short_count = skipped = 0
        worst: SurgeInterval | None = None
        for interval in staffing.intervals:
            contacts = interval.contacts
            scheduled = interval.scheduled_staff
            if not (_number_ok(contacts) and _number_ok(scheduled) and scheduled >= 0):
                skipped += 1
                continue
            more = surged.get(contacts)
            if more is None:
                more = surged[contacts] = float(_exact(contacts) * factor)
            key = (more, interval.aht_seconds)
            req = maths.requirement_cache.get(key)
            staff = (maths.requirement(*key) if req is None else req)[2]
            if staff is None:
                skipped += 1
                continue
            short = staff - scheduled
            if short > 0:
                short_total += short
                short_count += 1
                if worst is None or short > worst.staff_short:
                    worst = SurgeInterval(interval.start, more, staff, scheduled, short)
        levels.append(SurgeLevel(uplift, short_total, short_count, worst, skipped))
    return QueueSurge(staffing.queue, tuple(levels))
