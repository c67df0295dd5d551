"""Every case of shared/data/erlang-reference-cases.yaml, checked against ccgov.workforce."""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from ccgov.workforce import (
    answering_agents,
    average_speed_of_answer,
    carried_occupancy,
    erlang_a,
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

REPO_ROOT = Path(__file__).resolve().parents[2]
CASES_NAME = "erlang-reference-cases.yaml"


def _cases_file() -> Path:
    shared = os.environ.get("CCGOV_SHARED_DATA")
    folder = Path(shared) if shared else REPO_ROOT.parent / "shared" / "data"
    return folder / CASES_NAME


def _load() -> tuple[dict[str, Any], list[Any]]:
    path = _cases_file()
    if not path.is_file():
        # Not a skip: without the oracle the maths would go untested and CI would stay green.
        return {}, [pytest.param(None, id="reference-file-missing")]
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    return document, [pytest.param(case, id=case["id"]) for case in document["cases"]]


DOCUMENT, CASES = _load()


class Checker:
    """Compares outputs with a case's expectations and records which ones were checked."""

    def __init__(self, case: dict[str, Any]) -> None:
        tolerance = dict(DOCUMENT["default_tolerance"])
        tolerance.update(case.get("tolerance") or {})
        self.probability = float(tolerance["probability_abs"])
        self.asa = float(tolerance["asa_s_abs"])
        self.expected: dict[str, Any] = case["expected"]
        self.checked: set[str] = set()

    def probability_close(self, key: str, actual: float) -> None:
        self._close(key, actual, self.probability)

    def asa_close(self, key: str, actual: float) -> None:
        self._close(key, actual, self.asa)

    def traffic_close(self, key: str, actual: float) -> None:
        # Traffic is an input transformation, not a modelled output: it must be exact.
        self._close(key, actual, 1e-9)

    def integer(self, key: str, actual: int) -> None:
        if key in self.expected:
            assert actual == self.expected[key], key
            assert isinstance(actual, int), key
            self.checked.add(key)

    def _close(self, key: str, actual: float, tolerance: float) -> None:
        if key in self.expected:
            assert math.isclose(actual, self.expected[key], rel_tol=0.0, abs_tol=tolerance), (
                f"{key}: got {actual!r}, expected {self.expected[key]!r} ± {tolerance}"
            )
            self.checked.add(key)

    def all_checked(self) -> None:
        unchecked = set(self.expected) - self.checked
        assert not unchecked, f"expected outputs nobody compared: {sorted(unchecked)}"


def _traffic(inputs: dict[str, Any]) -> float:
    return traffic_intensity(inputs["calls"], inputs["interval_min"] * 60, inputs["aht_s"])


def _check_erlang_c(case: dict[str, Any], check: Checker) -> None:
    inputs = case["inputs"]
    a = _traffic(inputs)
    aht, answer = inputs["aht_s"], inputs["target_answer_time_s"]
    check.traffic_close("traffic_intensity_erlangs", a)
    if case["kind"] == "required_positions":
        agents = required_agents(a, aht, inputs["target_service_level"], answer,
                                 inputs["max_occupancy"])
        check.integer("raw_positions", agents)
        check.integer("positions", required_staff(agents, inputs["shrinkage"]))
    else:
        assert case["kind"] == "evaluate"
        agents = inputs["agents"]
    check.probability_close("waiting_probability", erlang_c(agents, a))
    check.probability_close("service_level", service_level(agents, a, aht, answer))
    check.probability_close("occupancy", occupancy(agents, a))
    check.asa_close("asa_s", average_speed_of_answer(agents, a, aht))


def _check_erlang_b(case: dict[str, Any], check: Checker) -> None:
    if case["kind"] == "evaluate_table":
        for row in check.expected["table"]:
            actual = erlang_b(row["lines"], row["erlangs"])
            assert math.isclose(actual, row["blocking_probability"], rel_tol=0.0,
                                abs_tol=check.probability), row
        check.checked.add("table")
        return
    assert case["kind"] == "required_positions"
    inputs = case["inputs"]
    a = _traffic(inputs)
    check.traffic_close("traffic_intensity_erlangs", a)
    lines = required_lines(a, inputs["max_blocking"])
    check.integer("raw_positions", lines)
    check.integer("positions", required_staff(lines, inputs["shrinkage"]))
    check.probability_close("blocking_probability", erlang_b(lines, a))
    check.probability_close("occupancy", carried_occupancy(lines, a))
    fewer = check.expected["check_one_fewer"]
    assert fewer["lines"] == lines - 1
    blocking = erlang_b(fewer["lines"], a)
    assert math.isclose(blocking, fewer["blocking_probability"], abs_tol=check.probability)
    assert blocking > inputs["max_blocking"], "one line fewer must miss the blocking target"
    check.checked.add("check_one_fewer")


def _check_erlang_a(case: dict[str, Any], check: Checker) -> None:
    inputs = case["inputs"]
    a = _traffic(inputs)
    result = erlang_a(inputs["agents"], a, inputs["aht_s"], inputs["patience_s"],
                      inputs["target_answer_time_s"])
    check.probability_close("waiting_probability", result.waiting_probability)
    check.probability_close("abandonment_probability", result.abandonment_probability)
    check.probability_close("occupancy", result.occupancy)
    check.probability_close("service_level", result.service_level)
    check.asa_close("asa_s", result.asa_seconds)


def _check_shrinkage(case: dict[str, Any], check: Checker) -> None:
    for row in check.expected["table"]:
        shrinkage = row["shrinkage"]
        if "raw_positions" in row:
            raw = row["raw_positions"]
            assert required_staff(raw, shrinkage) == row["positions"], row
            if "naive_float_ceil" in row:
                # The trap is real on this platform, so the exact answer above is earned.
                assert math.ceil(raw / (1 - shrinkage)) == row["naive_float_ceil"], row
        else:
            staff = row["scheduled_staff"]
            assert answering_agents(staff, shrinkage) == row["productive_agents"], row
            assert productive_agents(staff, shrinkage) == float(row["productive_agents"]), row
            if "naive_float_floor" in row:
                assert math.floor(staff * (1 - shrinkage)) == row["naive_float_floor"], row
    check.checked.add("table")


CHECKS = {
    "erlang_c": _check_erlang_c,
    "erlang_b": _check_erlang_b,
    "erlang_a": _check_erlang_a,
    "shrinkage": _check_shrinkage,
}


@pytest.mark.parametrize("case", CASES)
def test_reference_case(case: dict[str, Any] | None) -> None:
    if case is None:
        pytest.fail(f"reference cases not found at {_cases_file()}; set CCGOV_SHARED_DATA to "
                    "the folder holding erlang-reference-cases.yaml")
    check = Checker(case)
    CHECKS[case["model"]](case, check)
    check.all_checked()


def test_reference_file_is_complete() -> None:
    """Guards against a truncated or reshaped file silently shrinking the suite."""
    if not DOCUMENT:
        pytest.fail(f"reference cases not found at {_cases_file()}")
    ids = [case["id"] for case in DOCUMENT["cases"]]
    assert len(ids) == len(set(ids))
    assert {"ERLC-001", "ERLB-001", "ERLA-001", "SHRINK-001"} <= set(ids)
    assert {case["model"] for case in DOCUMENT["cases"]} <= set(CHECKS)
