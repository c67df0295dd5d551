"""Erlang A (M/M/c+M: queue with exponential caller patience), evaluated exactly."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ccgov.workforce.erlang import _agent_count, _fraction_in, _non_negative, _positive

__all__ = ["ErlangAResult", "erlang_a", "erlang_a_required_agents"]

# The state space is truncated once the (geometric) tail bound is below this share of the mass.
_TAIL = 1e-16
# A queue this long means near-infinite patience with more traffic than agents: the answer
# would take minutes of pure Python, and Erlang C (with enough agents) is the model there.
_MAX_STATES = 1_000_000


@dataclass(frozen=True, slots=True)
class ErlangAResult:
    """Steady-state performance of an M/M/c+M queue."""

    waiting_probability: float
    """P(an arriving contact finds every agent busy and has to wait)."""
    abandonment_probability: float
    """P(an arriving contact hangs up before being answered)."""
    asa_seconds: float
    """Mean time in queue over ALL arrivals, including those who abandon (Little's law)."""
    occupancy: float
    """Busy share of the agents: answered load ``A·(1 - P(abandon)) / N``."""
    service_level: float
    """P(answered within the answer time), over all arrivals (abandoners count as misses)."""


def _death_rate(n: int, c: int, r: float) -> float:
    return n if n <= c else c + (n - c) * r


def _stationary(c: int, a: float, r: float) -> tuple[float, list[float]]:
    """Unnormalised birth-death weights of the number in system.

    Time is measured in mean handle times (μ = 1), so the birth rate is A and the death rate
    in state n is ``min(n, c) + max(n - c, 0)·r`` with ``r = θ/μ = AHT / mean patience``.
    The weights are taken relative to the mode (weight 1), found in closed form because the
    death rate only grows: no weight exceeds 1, so nothing overflows and no rescaling pass
    is needed; far-off weights underflow harmlessly to 0. Returns the summed weight of states
    0..c-1 and the list of weights of states c, c+1, … (index k = contacts queued).
    """
    if a < 1.0:
        mode = 0
    elif a <= c:
        mode = math.floor(a)
    else:
        queued = (a - c) / r  # the death rate reaches A this many places past c
        if queued > _MAX_STATES:
            raise ValueError("Erlang A state space too large: patience is so long that the queue "
                             "is effectively unstable; use Erlang C with more agents")
        mode = c + math.floor(queued)
    weights = [0.0] * mode + [1.0]
    w = 1.0
    for n in range(mode, 0, -1):  # weight of n - 1 from weight of n
        w *= _death_rate(n, c, r) / a
        if w < 1e-300:  # the rest is smaller still (the ratio keeps falling): leave it at 0
            break
        weights[n - 1] = w
    total = math.fsum(weights)
    n = mode
    w = 1.0
    while True:
        n += 1
        ratio = a / _death_rate(n, c, r)
        w *= ratio
        weights.append(w)
        total += w
        # Past the mode the ratio keeps falling, so the tail is below a geometric series.
        if n > c and w * ratio / (1.0 - ratio) <= _TAIL * total:
            return math.fsum(weights[:c]), weights[c:]
        if n - mode > _MAX_STATES:
            raise ValueError("Erlang A state space too large for the patience given")


def _not_drained_by(c: int, r: float, states: int, tau: float) -> list[float]:
    """``u[i]`` = P(a queue of i contacts has NOT fully drained by time tau), i = 0..states.

    From i contacts waiting (the tagged one last), the next departure comes at rate
    ``c + i·r`` (an agent frees up and takes the head, or one of them abandons). This pure
    death chain is uniformised at rate Λ and its transient law summed over the Poisson number
    of jumps; every term is non-negative, so unlike the closed-form hypoexponential CDF there
    is no cancellation however long the queue. The complement is carried (not P(drained))
    because it decays cleanly to 0, where 1 - tiny would stall a rounding step below 1.0.
    """
    lam = c + states * r
    x = lam * tau
    p = [0.0] + [(c + i * r) / lam for i in range(1, states + 1)]
    left = [0.0] + [1.0] * states  # P(not drained within m jumps), m = 0
    result = [0.0] * (states + 1)
    cumulative = 0.0
    log_x = math.log(x) if x > 0 else -math.inf
    m = 0
    upper = x + 12.0 * math.sqrt(x) + 40.0  # Poisson mass beyond this is far below 1e-16
    while True:
        # Poisson weight in log space so that a large Λτ cannot underflow e^(-Λτ) to zero.
        w = math.exp(-x + m * log_x - math.lgamma(m + 1)) if x > 0 else float(m == 0)
        if w > 0.0:
            cumulative += w
            for i in range(1, states + 1):
                result[i] += w * left[i]
        # Stop once the Poisson mass is used up, or once even the longest queue has surely
        # drained within m jumps (later terms are then negligible, whatever their weight).
        # The second test keeps impatient callers (huge rates, Λτ ~ 1e8) cheap.
        if m >= upper or (m >= x and cumulative >= 1.0 - 1e-16) or left[states] < 1e-17:
            rest = max(0.0, 1.0 - cumulative)
            return [ui + rest * li for ui, li in zip(result, left, strict=True)]
        m += 1
        # Only i <= m can have drained within m jumps; above that `left` stays exactly 1.
        for i in range(min(m, states), 0, -1):
            left[i] = p[i] * left[i - 1] + (1.0 - p[i]) * left[i]


def erlang_a(agents: int, traffic: float, aht_seconds: float, patience_seconds: float,
             answer_seconds: float) -> ErlangAResult:
    """Evaluate an Erlang A queue: N agents, A Erlangs, exponential patience (mean given).

    Exact stationary distribution of the birth-death chain (domain.md §1.1); P(abandon) =
    θ·E[queue] / λ and ASA = E[queue] / λ by Little's law. The service level counts contacts
    answered within ``answer_seconds`` over all arrivals: one arriving behind k others is
    answered with probability ``c / (c + (k+1)·r)`` and, given that, within T with the
    probability that its queue drains by T (see :func:`_not_drained_by`). As patience grows the
    results converge to Erlang C.
    """
    c = _agent_count("agents", agents)
    a = _non_negative("traffic", traffic)
    aht = _positive("aht_seconds", aht_seconds)
    patience = _positive("patience_seconds", patience_seconds)
    answer = _non_negative("answer_seconds", answer_seconds)
    if c == 0:
        raise ValueError("Erlang A needs at least one agent")
    if a == 0:
        return ErlangAResult(0.0, 0.0, 0.0, 0.0, 1.0)
    r = aht / patience
    low, high = _stationary(c, a, r)
    total = low + math.fsum(high)
    p_wait = math.fsum(high) / total
    mean_queue = math.fsum(k * w for k, w in enumerate(high)) / total
    p_abandon = r * mean_queue / a  # θ·E[Q]/λ with θ/λ = r/A in μ = 1 units
    asa = mean_queue / a * aht  # E[Q]/λ, converted from handle times to seconds
    # At most every agent is busy; rounding in extreme overload can nudge the ratio past 1.
    occ = min(1.0, a * (1.0 - p_abandon) / c)
    waiting = _not_drained_by(c, r, len(high), answer / aht)
    answered_in_time = math.fsum(
        w * c / (c + (k + 1) * r) * (1.0 - waiting[k + 1]) for k, w in enumerate(high)
    )
    # Clamped: when almost nobody is answered in time, rounding can leave -4e-17.
    sl = min(1.0, max(0.0, (low + answered_in_time) / total))
    return ErlangAResult(p_wait, p_abandon, asa, occ, sl)


def erlang_a_required_agents(traffic: float, aht_seconds: float, patience_seconds: float,
                             target_service_level: float, answer_seconds: float,
                             max_occupancy: float = 1.0) -> int:
    """Fewest agents whose Erlang A service level meets the target within the occupancy cap."""
    a = _non_negative("traffic", traffic)
    target = _fraction_in("target_service_level", target_service_level, 0.0, 1.0)
    max_occ = _fraction_in("max_occupancy", max_occupancy, 0.0, 1.0, low_open=True)
    if a == 0:
        return 0
    if target >= 1.0:
        raise ValueError("target_service_level 1.0 cannot be met: some contacts always wait")
    n = 1
    while True:
        result = erlang_a(n, a, aht_seconds, patience_seconds, answer_seconds)
        if result.service_level >= target and result.occupancy <= max_occ:
            return n
        n += 1
