"""Erlang B and Erlang C queueing maths and exact shrinkage rounding (domain.md §1)."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

__all__ = [
    "answering_agents",
    "average_speed_of_answer",
    "carried_occupancy",
    "erlang_b",
    "erlang_c",
    "occupancy",
    "productive_agents",
    "required_agents",
    "required_lines",
    "required_staff",
    "service_level",
    "traffic_intensity",
]

# A value the caller wrote as a decimal (0.30) or gave exactly (Fraction, Decimal).
Exactish = float | Fraction | Decimal

# Relative distance from an integer below which a float quotient is re-checked with
# exact arithmetic. Double rounding errors are ~1e-16 relative; 1e-9 leaves a wide margin
# while still being far below any meaningful difference in contacts or agents.
_NEAR_INTEGER = 1e-9


# ---------------------------------------------------------------------------
# Guard rails (domain.md §1.2)
# ---------------------------------------------------------------------------


def _finite(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number, got {value!r}")
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return value


def _non_negative(name: str, value: float) -> float:
    if _finite(name, value) < 0:
        raise ValueError(f"{name} must be >= 0, got {value!r}")
    return value


def _positive(name: str, value: float) -> float:
    if _finite(name, value) <= 0:
        raise ValueError(f"{name} must be > 0, got {value!r}")
    return value


def _agent_count(name: str, value: float) -> int:
    """Accept an int (or an integral float such as 14.0) >= 0 and return it as int."""
    _non_negative(name, value)
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(f"{name} must be a whole number of agents, got {value!r}")
        return int(value)
    return int(value)


def _fraction_in(name: str, value: float, low: float, high: float, *, low_open: bool = False,
                 high_open: bool = False) -> float:
    _finite(name, value)
    too_low = value <= low if low_open else value < low
    too_high = value >= high if high_open else value > high
    if too_low or too_high:
        left = "(" if low_open else "["
        right = ")" if high_open else "]"
        raise ValueError(f"{name} must be in {left}{low}, {high}{right}, got {value!r}")
    return value


def _exact(value: Exactish) -> Fraction:
    """The exact rational the caller meant: 0.3 is 3/10, not the nearest binary double.

    ``repr`` of a float is the shortest decimal that round-trips, i.e. what was written in
    the plan, so converting through it undoes the binary representation error.
    """
    if isinstance(value, float):
        return Fraction(repr(value))
    return Fraction(value)


# ---------------------------------------------------------------------------
# Traffic
# ---------------------------------------------------------------------------


def traffic_intensity(contacts: float, interval_seconds: float, aht_seconds: float) -> float:
    """Offered load in Erlangs: ``A = contacts / interval * AHT`` (both times in seconds).

    The product is formed before dividing so that whole-number inputs give an exact result
    (100 * 180 / 1800 is exactly 10). A result within rounding distance of a whole number is
    re-derived exactly, because "agents > traffic" decisions at integral traffic must not hinge
    on the last bit of a double.
    """
    _non_negative("contacts", contacts)
    _positive("interval_seconds", interval_seconds)
    _positive("aht_seconds", aht_seconds)
    a = _traffic(contacts, interval_seconds, aht_seconds)
    if not math.isfinite(a):
        raise ValueError(f"traffic overflows: {contacts!r} contacts of {aht_seconds!r} s")
    return a


def _traffic(contacts: float, interval_seconds: float, aht_seconds: float) -> float:
    """Unchecked :func:`traffic_intensity` for validated inputs (hot path)."""
    a = contacts * aht_seconds / interval_seconds
    if _near_integer(a):
        exact = _exact(contacts) * _exact(aht_seconds) / _exact(interval_seconds)
        if exact.denominator == 1:
            return float(exact)
    return a


def _near_integer(x: float) -> bool:
    """True when x >= 0 is within rounding distance of a whole number but not exactly one."""
    frac = x % 1.0
    tol = _NEAR_INTEGER * x if x > 1.0 else _NEAR_INTEGER
    return (0.0 < frac <= tol) or frac >= 1.0 - tol


# ---------------------------------------------------------------------------
# Erlang B and C
# ---------------------------------------------------------------------------


def erlang_b(agents: int, traffic: float) -> float:
    """Blocking probability B(N, A) of an M/M/N/N system (lines, ports, trunks).

    Uses the stable recursion ``B(0) = 1, B(n) = A·B(n-1) / (n + A·B(n-1))``: every
    intermediate value lies in (0, 1], so nothing overflows, unlike ``A^N / N!``.
    """
    n = _agent_count("agents", agents)
    a = _non_negative("traffic", traffic)
    return _erlang_b(n, a)


def _erlang_b(n: int, a: float) -> float:
    return _erlang_b_from(0, 1.0, n, a)


def _erlang_b_from(start: int, b: float, n: int, a: float) -> float:
    """Continue the recursion from ``b = B(start, A)`` up to B(n, A) (``n >= start``).

    Starting from a B value an earlier search already reached gives bit-for-bit the same
    result as starting from B(0) = 1, at the cost of only the remaining steps.
    """
    for k in range(start + 1, n + 1):
        b = a * b / (k + a * b)
        if b == 0.0:  # underflowed: every later term is 0 as well
            break
    return b


def _pw_from_b(n: int, a: float, b: float) -> float:
    """Erlang C from Erlang B at the same N: ``Pw = N·B / (N - A·(1 - B))`` (needs N > A)."""
    return n * b / (n - a * (1.0 - b))


def erlang_c(agents: int, traffic: float) -> float:
    """Probability that a contact has to wait, P(wait), for an M/M/N queue.

    Defined only when ``agents > traffic``; otherwise the queue grows without bound and every
    contact waits, so 1.0 is returned. Zero traffic means nobody waits (0.0).
    """
    n = _agent_count("agents", agents)
    a = _non_negative("traffic", traffic)
    if a == 0:
        return 0.0
    if n <= a:
        return 1.0
    return _pw_from_b(n, a, _erlang_b(n, a))


def _require_stable(n: int, a: float) -> None:
    if n <= a:
        raise ValueError(
            f"Erlang C needs more agents than traffic: {n} agents do not exceed {a:g} Erlangs, "
            "so the queue grows without bound"
        )


def _sl(n: int, a: float, pw: float, aht: float, answer: float) -> float:
    return 1.0 - pw * math.exp(-(n - a) * answer / aht)


def service_level(agents: int, traffic: float, aht_seconds: float,
                  answer_seconds: float) -> float:
    """Share of contacts answered within ``answer_seconds``: ``1 - Pw·exp(-(N - A)·T / AHT)``.

    Zero traffic gives 1.0. Raises ValueError when ``agents <= traffic`` (unstable queue).
    """
    n = _agent_count("agents", agents)
    a = _non_negative("traffic", traffic)
    aht = _positive("aht_seconds", aht_seconds)
    answer = _non_negative("answer_seconds", answer_seconds)
    if a == 0:
        return 1.0
    _require_stable(n, a)
    return _sl(n, a, _pw_from_b(n, a, _erlang_b(n, a)), aht, answer)


def average_speed_of_answer(agents: int, traffic: float, aht_seconds: float) -> float:
    """Mean wait in seconds over ALL contacts (not only those that waited): ``Pw·AHT / (N - A)``.

    Zero traffic gives 0.0. Raises ValueError when ``agents <= traffic`` (unstable queue).
    """
    n = _agent_count("agents", agents)
    a = _non_negative("traffic", traffic)
    aht = _positive("aht_seconds", aht_seconds)
    if a == 0:
        return 0.0
    _require_stable(n, a)
    return _pw_from_b(n, a, _erlang_b(n, a)) * aht / (n - a)


def occupancy(agents: int, traffic: float) -> float:
    """Erlang C agent occupancy ``A / N``.

    A value of 1 or more means the agents cannot keep up (Erlang C is then undefined); it is
    returned rather than raised because occupancy checks want to report exactly that.
    Computed on the decimal value of A, correctly rounded, so that a requirement sized
    exactly to an occupancy cap reads as the cap: 96.9 E on 170 agents is 0.57 (the cap that
    asked for 170), where the float division gives 0.5700000000000001.
    """
    n = _agent_count("agents", agents)
    a = _non_negative("traffic", traffic)
    if n == 0:
        if a == 0:
            return 0.0
        raise ValueError(f"occupancy of 0 agents is undefined for {a:g} Erlangs of traffic")
    return float(_exact(a) / n)


def carried_occupancy(lines: int, traffic: float) -> float:
    """Erlang B occupancy: carried traffic per line, ``A·(1 - B) / N``."""
    n = _agent_count("lines", lines)
    a = _non_negative("traffic", traffic)
    if n == 0:
        return 0.0
    return a * (1.0 - _erlang_b(n, a)) / n


# ---------------------------------------------------------------------------
# Requirements
# ---------------------------------------------------------------------------


def _min_agents_for_occupancy(a: float, max_occupancy: float) -> int:
    """Smallest N with ``A / N <= max_occupancy``, i.e. ``ceil(A / max_occupancy)``, exactly.

    4.2 / 0.7 is 6.000000000000001 in doubles; a naive ceil would demand 7 agents, not 6.
    """
    q = a / max_occupancy
    if _near_integer(q):
        return math.ceil(_exact(a) / _exact(max_occupancy))
    return math.ceil(q)


def _agents_for_service_level(a: float, aht: float, target: float,
                              answer: float) -> tuple[int, float]:
    """Smallest N > A with SL(N) >= target, and B(N, A); for a > 0 and target < 1.

    The search starts at floor(A) + 1, the smallest stable N. pyworkforce starts at
    round(A + 1), which skips floor(A) + 1 when A's fraction is >= .5 and so can overshoot
    by one agent for low targets. The Erlang B recursion runs once upward; each further
    candidate costs one more step of it, not a restart from zero.
    """
    n = math.floor(a) + 1
    b = 1.0
    for k in range(1, n + 1):  # B(floor(A) + 1) is never tiny, so no underflow check here
        b = a * b / (k + a * b)
    # Pw and SL inlined (same expressions as _pw_from_b and _sl, so results agree bit for
    # bit with service_level()): this loop is the hot spot of a year-long analysis.
    # B underflowing to 0 gives SL = 1, which ends the loop for any target < 1.
    while 1.0 - n * b / (n - a * (1.0 - b)) * math.exp(-(n - a) * answer / aht) < target:
        n += 1
        b = a * b / (n + a * b)
    return n, b


def required_agents(traffic: float, aht_seconds: float, target_service_level: float,
                    answer_seconds: float, max_occupancy: float = 1.0) -> int:
    """Raw agents required under Erlang C (domain.md §1.3), before shrinkage.

    The smallest N with ``SL(N) >= target_service_level`` and ``A / N <= max_occupancy``.
    Zero traffic needs zero agents. A target of 1.0 is refused for positive traffic: Erlang C
    service level is below 1 for every finite N.
    """
    a = _non_negative("traffic", traffic)
    aht = _positive("aht_seconds", aht_seconds)
    target = _fraction_in("target_service_level", target_service_level, 0.0, 1.0)
    answer = _non_negative("answer_seconds", answer_seconds)
    max_occ = _fraction_in("max_occupancy", max_occupancy, 0.0, 1.0, low_open=True)
    if a == 0:
        return 0
    if target >= 1.0:
        raise ValueError("target_service_level 1.0 cannot be met: under Erlang C some contacts "
                         "always wait longer than the answer time")
    return _required(a, aht, target, answer, max_occ)[0]


def _required(a: float, aht: float, target: float, answer: float,
              max_occ: float) -> tuple[int, int, float]:
    """Unchecked :func:`required_agents` for a > 0 and validated parameters (hot path).

    Returns the required N, and the N that the service level alone needs with its Erlang B
    value, from which callers can continue the recursion upward instead of restarting it.
    """
    n_sl, b_sl = _agents_for_service_level(a, aht, target, answer)
    # §1.3 step 4: when the SL answer runs the agents too hot, staff to the occupancy cap.
    # The exact ceiling is only worked out when the cap might bind (cheap test first).
    if a > n_sl * max_occ * (1.0 - _NEAR_INTEGER):
        return max(n_sl, _min_agents_for_occupancy(a, max_occ)), n_sl, b_sl
    return n_sl, n_sl, b_sl


def required_lines(traffic: float, max_blocking: float) -> int:
    """Erlang B sizing: the fewest lines N with ``B(N, A) <= max_blocking``."""
    a = _non_negative("traffic", traffic)
    target = _fraction_in("max_blocking", max_blocking, 0.0, 1.0, low_open=True)
    if a == 0:  # nothing offered, nothing blocked (B(0) = 1 is a convention of the recursion)
        return 0
    n = 0
    b = 1.0
    while b > target:
        n += 1
        b = a * b / (n + a * b)
    return n


# ---------------------------------------------------------------------------
# Shrinkage, exact (domain.md §1.5 item 7)
# ---------------------------------------------------------------------------


def _check_shrinkage(shrinkage: Exactish) -> Fraction:
    if isinstance(shrinkage, float | int):
        _finite("shrinkage", shrinkage)
    s = _exact(shrinkage)
    if not 0 <= s < 1:
        raise ValueError(f"shrinkage must be in [0, 1), got {shrinkage!r}")
    return s


def _check_count(name: str, value: Exactish) -> Fraction:
    if isinstance(value, float | int):
        _finite(name, value)
    exact = _exact(value)
    if exact < 0:
        raise ValueError(f"{name} must be >= 0, got {value!r}")
    return exact


def required_staff(raw_agents: Exactish, shrinkage: Exactish) -> int:
    """Scheduled staff needed for ``raw_agents`` productive agents: ``ceil(N / (1 - s))``.

    Computed exactly on the decimal values: 21 agents at 0.30 shrinkage need 30 staff, while
    ``21 / (1 - 0.30)`` in doubles is 30.000000000000004 and a naive ceil says 31.
    """
    s = _check_shrinkage(shrinkage)
    return math.ceil(_check_count("raw_agents", raw_agents) / (1 - s))


def _productive(scheduled_staff: Exactish, shrinkage: Exactish) -> Fraction:
    s = _check_shrinkage(shrinkage)
    return _check_count("scheduled_staff", scheduled_staff) * (1 - s)


def productive_agents(scheduled_staff: Exactish, shrinkage: Exactish) -> float:
    """Agents available to answer: ``scheduled * (1 - s)``, exact (90 at 0.30 → 63.0)."""
    return float(_productive(scheduled_staff, shrinkage))


def answering_agents(scheduled_staff: Exactish, shrinkage: Exactish) -> int:
    """Whole agents answering: ``floor(scheduled * (1 - s))``, exact (90 at 0.30 → 63, not 62)."""
    return math.floor(_productive(scheduled_staff, shrinkage))
