"""Per-interval staffing analysis, its report-format JSON, and the surge sensitivity."""

from __future__ import annotations

import json
import math
import time
from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccgov.workforce import (
    IntervalStaffing,
    analyse_queue,
    answering_agents,
    average_speed_of_answer,
    productive_agents,
    required_agents,
    required_staff,
    service_level,
    surge_gap,
    traffic_intensity,
)

MONDAY = datetime(2027, 1, 4, 8, 0)
HALF_HOUR = timedelta(minutes=30)

INTERVAL_KEYS = ["start", "contacts", "aht_seconds", "traffic_erlangs", "required_agents",
                 "required_staff", "scheduled_staff", "productive_agents", "service_level",
                 "asa_seconds", "occupancy", "gap_staff"]


def erlc_001(rows: list[tuple[float, float, float]], **queue: Any) -> Any:
    """ERLC-001's queue (30 min, 80/20, 85 % cap, 30 % shrinkage) over the given rows."""
    params = {"interval_minutes": 30, "target_service_level": 0.8, "answer_seconds": 20,
              "max_occupancy": 0.85, "shrinkage": 0.3}
    params.update(queue)
    timed = [(MONDAY + i * HALF_HOUR, *row) for i, row in enumerate(rows)]
    return analyse_queue("billing-voice", rows=timed, **params)


def test_hand_checked_queue_on_erlc_001_load() -> None:
    # 100 calls / 30 min at 180 s = 10 E; 14 agents (20 staff) meet 80/20 (domain.md §1.3).
    staffing = erlc_001([(100, 180, 20), (100, 180, 18), (100, 180, 14), (0, 180, 2)])
    met, short, infeasible, quiet = staffing.to_json()["intervals"]
    assert met == {
        "start": "2027-01-04T08:00", "contacts": 100, "aht_seconds": 180,
        "traffic_erlangs": 10.0, "required_agents": 14, "required_staff": 20,
        "scheduled_staff": 20, "productive_agents": 14.0,
        "service_level": 0.8884, "asa_seconds": 7.8, "occupancy": 0.7143, "gap_staff": 0,
    }
    # 18 staff -> 12.6 productive -> 12 answering: ERLC-003's 0.640158, 40.445 s, 0.8333.
    assert (short["productive_agents"], short["service_level"], short["asa_seconds"],
            short["occupancy"], short["gap_staff"]) == (12.6, 0.6402, 40.4, 0.8333, -2)
    # 14 staff -> 9.8 productive -> 9 answering, not above 10 E: Erlang C is undefined.
    assert infeasible["service_level"] is infeasible["asa_seconds"] is None
    assert infeasible["occupancy"] is None
    assert (infeasible["productive_agents"], infeasible["gap_staff"]) == (9.8, -6)
    # No contacts: nothing required; nobody waits.
    assert (quiet["traffic_erlangs"], quiet["required_agents"], quiet["required_staff"]) == (
        0.0, 0, 0)
    assert (quiet["service_level"], quiet["asa_seconds"], quiet["occupancy"]) == (1.0, 0.0, 0.0)
    assert quiet["gap_staff"] == 2


def test_unrounded_values_are_kept_on_the_dataclass() -> None:
    interval = erlc_001([(100, 180, 20)]).intervals[0]
    assert interval.service_level == pytest.approx(0.888350, abs=5e-6)
    assert interval.asa_seconds == pytest.approx(7.836, abs=5e-4)
    assert interval.computable


def test_report_format_example_row() -> None:
    # report-format.md shows 120 contacts at 310 s, 36 staff, 80/20, 0.85, 0.32 with
    # required_agents 25 / required_staff 37. Erlang C gives SL(25) = 0.7946 < 0.8, so the
    # requirement is 26 agents (39 staff); the printed row is illustrative, not computed.
    staffing = analyse_queue("billing-voice", 30, 0.8, 20, 0.85, 0.32,
                             [(MONDAY, 120, 310, 36)])
    row = staffing.to_json()["intervals"][0]
    assert service_level(25, 120 * 310 / 1800, 310, 20) < 0.8
    assert row == {
        "start": "2027-01-04T08:00", "contacts": 120, "aht_seconds": 310,
        "traffic_erlangs": 20.67, "required_agents": 26, "required_staff": 39,
        "scheduled_staff": 36, "productive_agents": 24.48,
        "service_level": 0.6941, "asa_seconds": 35.3, "occupancy": 0.8611, "gap_staff": -3,
    }


def test_json_shape_matches_the_report_format() -> None:
    document = erlc_001([(100, 180, 20)]).to_json()
    assert list(document) == ["queue", "interval_minutes", "service_level", "max_occupancy",
                              "shrinkage", "intervals"]
    assert document["service_level"] == {"target": 0.8, "answer_seconds": 20}
    assert (document["queue"], document["interval_minutes"]) == ("billing-voice", 30)
    assert (document["max_occupancy"], document["shrinkage"]) == (0.85, 0.3)
    assert list(document["intervals"][0]) == INTERVAL_KEYS
    assert json.loads(json.dumps(document, allow_nan=False)) == document


def test_impossible_rows_are_not_computable_and_do_not_stop_the_others() -> None:
    staffing = erlc_001([
        (-5, 180, 20),          # negative contacts
        (100, 0, 20),           # AHT 0
        (100, -180, 20),        # negative AHT
        (math.nan, 180, 20),    # .nan in YAML
        (100, math.inf, 20),
        (100, 180, -1),         # negative staff
        (True, 180, 20),        # a boolean is not a count
        (1e9, 180, 10),         # absurd volume: would stall the O(A) recursion
        (100, 180, 20),         # a sound row after all of them
    ])
    *bad, good = staffing.intervals
    assert not any(interval.computable for interval in bad)
    for interval in bad[:5]:
        assert interval.traffic_erlangs is None
        assert interval.required_agents is interval.required_staff is interval.gap_staff is None
        assert interval.service_level is None
    assert bad[5].productive_agents is None and bad[5].required_agents == 14
    assert bad[7].traffic_erlangs == pytest.approx(1e8) and bad[7].required_agents is None
    assert good.computable and good.required_agents == 14
    text = json.dumps(staffing.to_json(), allow_nan=False)  # NaN/inf become null
    assert json.loads(text)["intervals"][3]["contacts"] is None


@pytest.mark.parametrize(("queue", "expect"), [
    ({"shrinkage": 1.0}, {"required_agents": 14, "required_staff": None,
                          "productive_agents": 0.0, "gap_staff": None}),
    ({"shrinkage": -0.1}, {"required_staff": None, "productive_agents": None}),
    ({"target_service_level": 1.0}, {"required_agents": None, "service_level": 0.8884}),
    ({"max_occupancy": 0.0}, {"required_agents": None, "occupancy": 0.7143}),
    ({"answer_seconds": -20}, {"required_agents": None, "service_level": None,
                               "asa_seconds": 7.8}),
    ({"interval_minutes": 0}, {"traffic_erlangs": None, "productive_agents": 14.0}),
])
def test_impossible_queue_parameters_blank_only_what_depends_on_them(
        queue: dict[str, Any], expect: dict[str, Any]) -> None:
    row = erlc_001([(100, 180, 20)], **queue).to_json()["intervals"][0]
    assert {key: row[key] for key in expect} == expect


def test_equal_traffic_from_different_aht_is_not_confused_by_the_memo() -> None:
    # Both rows carry 10 E, but waiting scales with AHT: SL and ASA must differ.
    quick, slow = erlc_001([(100, 180, 20), (50, 360, 20)]).intervals
    assert quick.traffic_erlangs == slow.traffic_erlangs == 10.0
    assert quick.service_level == pytest.approx(service_level(14, 10.0, 180, 20), abs=1e-12)
    assert slow.service_level == pytest.approx(service_level(14, 10.0, 360, 20), abs=1e-12)
    assert quick.service_level != slow.service_level
    assert slow.asa_seconds == pytest.approx(2 * quick.asa_seconds)


def test_rows_may_be_a_one_shot_iterator() -> None:
    rows = ((MONDAY + i * HALF_HOUR, 100, 180, 20) for i in range(3))
    staffing = analyse_queue("q", 30, 0.8, 20, 0.85, 0.3, rows)
    assert [i.required_staff for i in staffing.intervals] == [20, 20, 20]


row_strategy = st.tuples(
    st.sampled_from([0, 1, 7, 42, 100, 100, 187.5, 250, 640]),
    st.sampled_from([60, 163.2, 180, 180, 310, 360, 600.5]),
    st.sampled_from([0, 3, 14, 20, 20, 27, 44, 90, 125, 20.5]),
)


@settings(max_examples=80, deadline=None)
@given(rows=st.lists(row_strategy, min_size=1, max_size=30),
       shrinkage=st.sampled_from([0.0, 0.25, 0.3, 0.32]),
       target=st.sampled_from([0.5, 0.8, 0.9]),
       max_occ=st.sampled_from([0.7, 0.85, 1.0]))
def test_analysis_equals_the_public_functions_row_by_row(
        rows: list[tuple[float, float, float]], shrinkage: float, target: float,
        max_occ: float) -> None:
    staffing = erlc_001(rows, shrinkage=shrinkage, target_service_level=target,
                        max_occupancy=max_occ)
    for (contacts, aht, scheduled), got in zip(rows, staffing.intervals, strict=True):
        a = traffic_intensity(contacts, 1800, aht)
        raw = required_agents(a, aht, target, 20, max_occ)
        assert (got.traffic_erlangs, got.required_agents) == (a, raw)
        assert got.required_staff == required_staff(raw, shrinkage)
        assert got.productive_agents == productive_agents(scheduled, shrinkage)
        assert got.gap_staff == scheduled - required_staff(raw, shrinkage)
        answering = answering_agents(scheduled, shrinkage)
        if answering > a:
            assert got.service_level == pytest.approx(service_level(answering, a, aht, 20),
                                                      abs=1e-12)
            assert got.asa_seconds == pytest.approx(average_speed_of_answer(answering, a, aht),
                                                    rel=1e-12, abs=1e-12)
            assert got.occupancy == pytest.approx(a / answering if answering else 0.0)
        else:
            assert got.service_level is got.asa_seconds is got.occupancy is None


def test_surge_gap_at_ten_and_twenty_percent() -> None:
    staffing = erlc_001([(100, 180, 20), (100, 180, 25), (0, 180, 2), (-1, 180, 5)])
    surge = surge_gap(staffing)
    assert surge.queue == "billing-voice"
    ten, twenty = surge.levels
    assert (ten.uplift, twenty.uplift) == (0.10, 0.20)
    # +10 %: 110 contacts -> 11 E (exactly: 100 * 1.1 is 110.00000000000001 in doubles).
    staff_10 = required_staff(required_agents(11.0, 180, 0.8, 20, 0.85), 0.3)
    staff_20 = required_staff(required_agents(12.0, 180, 0.8, 20, 0.85), 0.3)
    assert (staff_10, staff_20) == (22, 23)
    assert (ten.staff_short, ten.intervals_short, ten.not_computable) == (2, 1, 1)
    assert (twenty.staff_short, twenty.intervals_short) == (3, 1)
    assert ten.worst is not None and twenty.worst is not None
    assert (ten.worst.start, ten.worst.contacts, ten.worst.required_staff) == (MONDAY, 110.0, 22)
    assert ten.worst.staff_short == 2 and twenty.worst.staff_short == 3


def test_surge_gap_reports_no_worst_interval_when_nothing_is_short() -> None:
    surge = surge_gap(erlc_001([(100, 180, 40)]), uplifts=(0.0, 0.5))
    assert [level.staff_short for level in surge.levels] == [0, 0]
    assert all(level.worst is None for level in surge.levels)
    with pytest.raises(ValueError, match="uplift"):
        surge_gap(erlc_001([(100, 180, 40)]), uplifts=(-2.0,))


def test_a_year_of_intervals_is_analysed_quickly() -> None:
    # Guards against accidental O(n^2) or per-row restarts; typically ~0.15 s on 2 cores.
    rows = [(MONDAY + i * timedelta(minutes=15), float((i * 37) % 150), 240 + (i % 96),
             float(10 + (i * 7) % 40)) for i in range(35_040)]
    begin = time.perf_counter()
    staffing = analyse_queue("q", 15, 0.8, 20, 0.85, 0.3, rows)
    assert time.perf_counter() - begin < 3.0
    assert len(staffing.intervals) == 35_040
    assert isinstance(staffing.intervals[-1], IntervalStaffing)


def test_occupancy_at_the_cap_reads_as_the_cap() -> None:
    # 969 contacts / 30 min at 180 s = 96.9 E; a 57 % cap asks for exactly 170 agents, and
    # 96.9 / 170 is 0.5700000000000001 in doubles: a rule must not see that as over the cap.
    staffing = erlc_001([(969, 180, 170)], max_occupancy=0.57, shrinkage=0.0)
    interval = staffing.intervals[0]
    assert interval.required_agents == 170
    assert interval.occupancy == 0.57
