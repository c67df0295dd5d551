"""Erlang B/C, requirement search, exact rounding and guard rails of ccgov.workforce.erlang."""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccgov.workforce import (
    answering_agents,
    average_speed_of_answer,
    carried_occupancy,
    erlang_b,
    erlang_c,
    occupancy,
    productive_agents,
    required_agents,
    required_lines,
    required_staff,
    service_level,
    traffic_intensity,
)


def log_space_erlang_b(n: int, a: float) -> float:
    """Independent oracle (domain.md §1.2): direct sums of A^k/k! in log space."""
    logs = [k * math.log(a) - math.lgamma(k + 1) for k in range(n + 1)]
    top = max(logs)
    return math.exp(logs[-1] - top - math.log(math.fsum(math.exp(x - top) for x in logs)))


def textbook_erlang_c(n: int, a: float) -> float:
    """Independent oracle: (A^N/N!)(N/(N-A)) / (sum_{i<N} A^i/i! + (A^N/N!)(N/(N-A)))."""
    logs = [k * math.log(a) - math.lgamma(k + 1) for k in range(n)]
    last = n * math.log(a) - math.lgamma(n + 1) + math.log(n / (n - a))
    top = max([*logs, last])
    total = math.fsum(math.exp(x - top) for x in logs) + math.exp(last - top)
    return math.exp(last - top) / total


traffics = st.floats(min_value=0.05, max_value=250.0, allow_nan=False)
ahts = st.floats(min_value=10.0, max_value=1800.0, allow_nan=False)
answers = st.floats(min_value=0.0, max_value=300.0, allow_nan=False)
# Fractions as planners write them: two or three decimal places.
decimal_fractions = st.integers(min_value=0, max_value=999).map(lambda k: k / 1000)


# --- Erlang B / C against independent formulas --------------------------------------------


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=0, max_value=400), a=traffics)
def test_erlang_b_matches_log_space_sums(n: int, a: float) -> None:
    assert math.isclose(erlang_b(n, a), log_space_erlang_b(n, a), rel_tol=1e-9, abs_tol=1e-300)


@settings(max_examples=200, deadline=None)
@given(a=traffics, extra=st.integers(min_value=1, max_value=60))
def test_erlang_c_matches_textbook_formula(a: float, extra: int) -> None:
    n = math.floor(a) + extra
    assert math.isclose(erlang_c(n, a), textbook_erlang_c(n, a), rel_tol=1e-9, abs_tol=1e-300)


def test_erlang_b_does_not_overflow_where_factorials_would() -> None:
    # 171! overflows a double; the recursion never leaves (0, 1].
    value = erlang_b(2000, 1900.0)
    assert 0.0 < value < 1.0
    assert math.isclose(value, log_space_erlang_b(2000, 1900.0), rel_tol=1e-9)


def test_erlang_c_is_one_when_agents_do_not_exceed_traffic() -> None:
    assert erlang_c(10, 10.0) == 1.0
    assert erlang_c(3, 10.0) == 1.0
    assert erlang_c(5, 0.0) == 0.0


# --- service level, ASA and occupancy --------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(a=traffics, aht=ahts, answer=answers, extra=st.integers(min_value=1, max_value=40))
def test_service_level_increases_with_agents(a: float, aht: float, answer: float,
                                             extra: int) -> None:
    n = math.floor(a) + extra
    assert service_level(n + 1, a, aht, answer) >= service_level(n, a, aht, answer) - 1e-15
    assert average_speed_of_answer(n + 1, a, aht) <= average_speed_of_answer(n, a, aht) + 1e-12


def test_service_level_with_zero_answer_time_is_immediate_answer() -> None:
    assert service_level(14, 10.0, 180, 0) == pytest.approx(1 - erlang_c(14, 10.0), abs=1e-15)


def test_zero_volume_needs_no_agents_and_waits_for_nothing() -> None:
    assert required_agents(0.0, 180, 0.8, 20, 0.85) == 0
    assert service_level(0, 0.0, 180, 20) == 1.0
    assert average_speed_of_answer(0, 0.0, 180) == 0.0
    assert occupancy(0, 0.0) == 0.0
    assert required_lines(0.0, 0.01) == 0


def test_occupancy_and_carried_occupancy() -> None:
    assert occupancy(14, 10.0) == pytest.approx(10 / 14)
    assert carried_occupancy(17, 10.0) == pytest.approx(10 * (1 - erlang_b(17, 10.0)) / 17)


# --- required agents ------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(a=traffics, aht=ahts, answer=answers,
       target=st.floats(min_value=0.0, max_value=0.99),
       max_occ=st.integers(min_value=50, max_value=100).map(lambda k: k / 100))
def test_required_agents_is_the_smallest_n_meeting_both_constraints(
        a: float, aht: float, answer: float, target: float, max_occ: float) -> None:
    n = required_agents(a, aht, target, answer, max_occ)
    assert n > a
    assert service_level(n, a, aht, answer) >= target
    assert occupancy(n, a) <= max_occ
    below = n - 1
    occupancy_fails = Fraction(repr(a)) / below > Fraction(repr(max_occ)) if below else True
    assert (below <= a or service_level(below, a, aht, answer) < target or occupancy_fails)


def test_search_starts_at_floor_a_plus_one_not_round_a_plus_one() -> None:
    # A = 10.6: round(A + 1) = 12 would skip 11, which already meets a 15 % target.
    assert service_level(11, 10.6, 180, 20) >= 0.15
    assert required_agents(10.6, 180, 0.15, 20) == 11


def test_occupancy_cap_is_applied_exactly() -> None:
    # 42 calls / 30 min at 180 s = 4.2 E; 4.2 / 0.7 is 6.000000000000001 in doubles.
    assert math.ceil(4.2 / 0.7) == 7
    assert required_agents(4.2, 180, 0.0, 20, 0.7) == 6
    # ... and the occupancy reported at a cap-sized requirement reads as the cap.
    assert 96.9 / 170 > 0.57
    assert required_agents(96.9, 840, 0.95, 272, 0.57) == 170
    assert occupancy(170, 96.9) == 0.57
    assert required_agents(10.0, 180, 0.8, 20, 0.7) == 15  # ERLC-005: ceil(14.29)


def test_unreachable_target_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot be met"):
        required_agents(10.0, 180, 1.0, 20)


def test_required_lines_is_minimal() -> None:
    for a in (0.5, 3.0, 10.0, 42.5):
        for target in (0.001, 0.01, 0.02, 0.1):
            n = required_lines(a, target)
            assert erlang_b(n, a) <= target
            assert n == 0 or erlang_b(n - 1, a) > target


# --- traffic ---------------------------------------------------------------------------------


def test_traffic_is_exact_when_the_true_value_is_whole() -> None:
    assert traffic_intensity(100, 1800, 180) == 10.0
    # 187.5 * 163.2 / 1800 is 16.999999999999996 in doubles; the true value is 17.
    assert 187.5 * 163.2 / 1800 != 17
    assert traffic_intensity(187.5, 1800, 163.2) == 17.0
    assert traffic_intensity(120, 1800, 310) == pytest.approx(20.666666666666668)


# --- exact shrinkage -------------------------------------------------------------------------


def test_shrink_001_exact_rounding() -> None:
    assert 21 / (1 - 0.30) > 30  # the floating-point trap exists ...
    assert required_staff(21, 0.30) == 30  # ... and is avoided
    assert required_staff(42, 0.30) == 60
    assert required_staff(17, 0.32) == 25
    assert math.floor(90 * (1 - 0.30)) == 62
    assert productive_agents(90, 0.30) == 63.0
    assert answering_agents(90, 0.30) == 63
    assert answering_agents(125, 0.32) == 85


def test_exact_inputs_are_accepted() -> None:
    assert required_staff(21, Fraction(3, 10)) == 30
    assert required_staff(21, Decimal("0.30")) == 30
    assert productive_agents(Decimal("90"), Decimal("0.3")) == 63.0


@settings(max_examples=300, deadline=None)
@given(raw=st.integers(min_value=0, max_value=5000), shrinkage=decimal_fractions)
def test_required_staff_is_the_fewest_that_yield_the_agents(raw: int, shrinkage: float) -> None:
    staff = required_staff(raw, shrinkage)
    assert answering_agents(staff, shrinkage) >= raw
    assert staff == 0 or answering_agents(staff - 1, shrinkage) < raw


@settings(max_examples=300, deadline=None)
@given(staff=st.integers(min_value=0, max_value=100_000), shrinkage=decimal_fractions)
def test_productive_agents_match_decimal_arithmetic(staff: int, shrinkage: float) -> None:
    exact = Decimal(staff) * (1 - Decimal(str(shrinkage)))
    assert productive_agents(staff, shrinkage) == float(exact)
    assert answering_agents(staff, shrinkage) == int(exact)  # int() floors a non-negative


# --- guard rails (domain.md §1.2) ------------------------------------------------------------

GUARDS: list[tuple[Callable[..., Any], tuple[Any, ...], str]] = [
    (traffic_intensity, (-1, 1800, 180), "contacts must be >= 0"),
    (traffic_intensity, (100, 0, 180), "interval_seconds must be > 0"),
    (traffic_intensity, (100, 1800, 0), "aht_seconds must be > 0"),
    (traffic_intensity, (math.nan, 1800, 180), "contacts must be a finite number"),
    (traffic_intensity, (100, 1800, math.inf), "aht_seconds must be a finite number"),
    (traffic_intensity, (1e308, 1, 1e10), "traffic overflows"),
    (erlang_b, (-1, 10.0), "agents must be >= 0"),
    (erlang_b, (10.5, 10.0), "whole number"),
    (erlang_b, (10, -0.1), "traffic must be >= 0"),
    (erlang_c, (True, 10.0), "agents must be a number"),
    (service_level, (10, 10.0, 180, 20), "Erlang C needs more agents than traffic"),
    (service_level, (9, 10.0, 180, 20), "grows without bound"),
    (service_level, (14, 10.0, 180, -1), "answer_seconds must be >= 0"),
    (average_speed_of_answer, (10, 10.0, 180), "more agents than traffic"),
    (occupancy, (0, 5.0), "undefined"),
    (required_agents, (10.0, 180, 1.5, 20, 0.85), r"target_service_level must be in \[0.0, 1.0\]"),
    (required_agents, (10.0, 180, -0.1, 20, 0.85), "target_service_level"),
    (required_agents, (10.0, 180, 0.8, 20, 0.0), r"max_occupancy must be in \(0.0, 1.0\]"),
    (required_agents, (10.0, 180, 0.8, 20, 1.01), "max_occupancy"),
    (required_agents, (10.0, 0, 0.8, 20, 0.85), "aht_seconds must be > 0"),
    (required_lines, (10.0, 0.0), "max_blocking"),
    (required_staff, (21, 1.0), r"shrinkage must be in \[0, 1\)"),
    (required_staff, (21, -0.1), "shrinkage"),
    (required_staff, (-1, 0.3), "raw_agents must be >= 0"),
    (required_staff, (21, math.nan), "shrinkage must be a finite number"),
    (productive_agents, (-5, 0.3), "scheduled_staff must be >= 0"),
    (answering_agents, (10, 1.2), "shrinkage"),
]


@pytest.mark.parametrize(("function", "args", "message"), GUARDS,
                         ids=[f"{g[0].__name__}-{i}" for i, g in enumerate(GUARDS)])
def test_guard_rails(function: Callable[..., Any], args: tuple[Any, ...], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        function(*args)
