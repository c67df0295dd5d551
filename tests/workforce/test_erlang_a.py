"""Erlang A (M/M/c+M) against independent computations and its Erlang B/C limits."""

from __future__ import annotations

import math
from decimal import Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ccgov.workforce import (
    average_speed_of_answer,
    erlang_a,
    erlang_a_required_agents,
    erlang_b,
    erlang_c,
    occupancy,
    required_agents,
    service_level,
)


def high_precision_service_level(c: int, a: Fraction, aht: int, patience: int, answer: int,
                                 states: int = 90) -> float:
    """Independent oracle: closed-form hypoexponential CDF in 80-digit decimals.

    The closed form ``1 - sum_i prod_{j != i} l_j / (l_j - l_i) e^(-l_i t)`` cancels
    catastrophically in doubles, so it is evaluated with high-precision decimals, on a state
    space truncated at ``states`` queued contacts (the cases keep the tail far below 1e-12).
    """
    with localcontext() as ctx:
        ctx.prec = 80

        def dec(value: Fraction) -> Decimal:
            return Decimal(value.numerator) / Decimal(value.denominator)

        r = dec(Fraction(aht, patience))
        tau = dec(Fraction(answer, aht))
        load = dec(a)
        weights = [Decimal(1)]
        for n in range(1, c + states + 1):
            weights.append(weights[-1] * load / (min(n, c) + max(n - c, 0) * r))
        answered = sum(weights[:c], Decimal(0))
        for k in range(states):  # k contacts already queued on arrival
            rates = [c + i * r for i in range(1, k + 2)]
            drained = Decimal(1)
            for i, rate_i in enumerate(rates):
                coefficient = Decimal(1)
                for j, rate_j in enumerate(rates):
                    if j != i:
                        coefficient *= rate_j / (rate_j - rate_i)
                drained -= coefficient * (-rate_i * tau).exp()
            answered += weights[c + k] * c / (c + (k + 1) * r) * drained
        return float(answered / sum(weights, Decimal(0)))


def test_erla_001_service_level_matches_high_precision_closed_form() -> None:
    expected = high_precision_service_level(14, Fraction(10), 180, 300, 20)
    assert erlang_a(14, 10.0, 180, 300, 20).service_level == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize(("c", "a", "aht", "patience", "answer"), [
    (5, Fraction(9, 2), 240, 120, 30),   # impatient callers, heavy load
    (8, Fraction(10), 180, 600, 45),     # more traffic than agents: stable only via abandonment
    (3, Fraction(1, 2), 300, 60, 10),
])
def test_service_level_matches_high_precision_closed_form(c: int, a: Fraction, aht: int,
                                                          patience: int, answer: int) -> None:
    expected = high_precision_service_level(c, a, aht, patience, answer)
    actual = erlang_a(c, float(a), aht, patience, answer).service_level
    assert actual == pytest.approx(expected, abs=1e-9)


@settings(max_examples=60, deadline=None)
@given(a=st.floats(min_value=0.5, max_value=60.0), extra=st.integers(min_value=1, max_value=15),
       aht=st.floats(min_value=60.0, max_value=900.0),
       answer=st.floats(min_value=0.0, max_value=120.0))
def test_converges_to_erlang_c_as_patience_grows(a: float, extra: int, aht: float,
                                                 answer: float) -> None:
    n = math.floor(a) + extra
    # Near 100 % load the queue is so long that even a 1e-9 abandonment rate shows.
    assume(a / n <= 0.98)
    result = erlang_a(n, a, aht, aht * 1e9, answer)
    assert result.waiting_probability == pytest.approx(erlang_c(n, a), abs=1e-5)
    assert result.service_level == pytest.approx(service_level(n, a, aht, answer), abs=1e-5)
    assert result.occupancy == pytest.approx(occupancy(n, a), abs=1e-5)
    asa = average_speed_of_answer(n, a, aht)
    assert result.asa_seconds == pytest.approx(asa, rel=1e-3, abs=1e-3)
    assert result.abandonment_probability < 1e-5


@settings(max_examples=60, deadline=None)
@given(a=st.floats(min_value=0.1, max_value=80.0), n=st.integers(min_value=1, max_value=90))
def test_converges_to_erlang_b_as_patience_vanishes(a: float, n: int) -> None:
    # Callers who hang up at once are exactly the blocked calls of a loss system.
    result = erlang_a(n, a, 180, 180 * 1e-9, 20)
    assert result.waiting_probability == pytest.approx(erlang_b(n, a), abs=1e-6)
    assert result.abandonment_probability == pytest.approx(erlang_b(n, a), abs=1e-6)


@settings(max_examples=60, deadline=None)
@given(a=st.floats(min_value=0.5, max_value=40.0), n=st.integers(min_value=1, max_value=45),
       patience=st.floats(min_value=10.0, max_value=3600.0))
def test_results_are_probabilities_and_consistent(a: float, n: int, patience: float) -> None:
    result = erlang_a(n, a, 200, patience, 20)
    assert 0.0 <= result.abandonment_probability <= result.waiting_probability <= 1.0
    assert 0.0 <= result.service_level <= 1.0 - result.abandonment_probability + 1e-12
    assert 0.0 <= result.occupancy <= 1.0 + 1e-12
    # Little's law twice over: P(abandon) = theta * E[Q] / lambda = ASA / mean patience.
    assert result.abandonment_probability == pytest.approx(result.asa_seconds / patience,
                                                           rel=1e-9, abs=1e-15)
    more = erlang_a(n + 1, a, 200, patience, 20)
    assert more.service_level >= result.service_level - 1e-12


def test_erlang_a_needs_fewer_agents_than_erlang_c() -> None:
    # domain.md §1.1: the ERLC-001 load with 5-minute patience.
    assert required_agents(10.0, 180, 0.8, 20, 0.85) == 14
    assert erlang_a_required_agents(10.0, 180, 300, 0.8, 20, 0.85) == 13


def test_large_centre_does_not_overflow() -> None:
    result = erlang_a(900, 880.0, 180, 300, 20)
    assert 0.0 < result.waiting_probability < 1.0
    assert 0.0 < result.service_level < 1.0


def test_zero_traffic_and_guards() -> None:
    assert erlang_a(3, 0.0, 180, 300, 20).service_level == 1.0
    with pytest.raises(ValueError, match="at least one agent"):
        erlang_a(0, 5.0, 180, 300, 20)
    with pytest.raises(ValueError, match="patience_seconds must be > 0"):
        erlang_a(5, 5.0, 180, 0, 20)
    with pytest.raises(ValueError, match="cannot be met"):
        erlang_a_required_agents(5.0, 180, 300, 1.0, 20)
    # Twice the traffic the agents can take and near-infinite patience: a queue of ~3e10
    # contacts. Refused at once rather than ground through.
    with pytest.raises(ValueError, match="state space too large"):
        erlang_a(5, 10.0, 180, 1e12, 20)
