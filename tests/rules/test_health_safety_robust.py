"""The health and safety rules report odd rotas and shift patterns; they never crash on them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ccgov.testing.workspace import PlanWorkspace

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "leeds-ops"

ODD_EDITS: list[dict[str, Any]] = [
    {"resource_plan.rotas[0].weeks": [[]]},
    {"resource_plan.rotas[0].weeks": [["off"] * 7]},
    {"resource_plan.rotas[0].weeks": [["EARLY"] * 7] * 3, "resource_plan.rotas[0].young_workers": -2},
    {"resource_plan.rotas[0].opted_out_of_48h": -5, "resource_plan.rotas[0].staff": 0},
    {"resource_plan.shift_patterns[0].end": "08:00",
     "resource_plan.shift_patterns[0].unpaid_break_minutes": 2000},
    {"resource_plan.shift_patterns": []},
    {"resource_plan.rotas[1].weeks[0][0]": ""},
]


def audit(tmp_path: Path, edits: dict[str, Any]) -> Any:
    workspace = PlanWorkspace.from_folder(EXAMPLE, tmp_path / "plan")
    for path, value in edits.items():
        workspace.set(path, value)
    return workspace.audit(select=["health-safety"])


@pytest.mark.parametrize("edits", ODD_EDITS, ids=range(len(ODD_EDITS)))
def test_odd_rotas_are_findings_not_crashes(tmp_path: Path, edits: dict[str, Any]) -> None:
    result = audit(tmp_path, edits)
    assert not result.crashed
    assert all(f.rule_id.startswith("HS") for f in result.findings)


def test_a_rota_without_shift_patterns_is_reported_not_crashed(tmp_path: Path) -> None:
    result = audit(tmp_path, {"resource_plan.shift_patterns": []})
    assert {f.rule_id for f in result.findings} == {"HS002"}
    assert {f.location.path for f in result.findings} == {
        "resource_plan.rotas[0].weeks[0][0]", "resource_plan.rotas[0].weeks[0][2]",
        "resource_plan.rotas[1].weeks[0][0]", "resource_plan.rotas[1].weeks[0][1]",
    }


def test_a_blank_day_is_named_as_blank(tmp_path: Path) -> None:
    (finding,) = audit(tmp_path, {"resource_plan.rotas[1].weeks[0][0]": ""}).findings
    assert "Monday names shift (blank), which is not in shift_patterns" in finding.message


clock = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))
day = st.sampled_from(["EARLY", "LATE", "X", "off", "OFF"])


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=clock, end=clock, breaks=st.integers(-10, 600),
       weeks=st.lists(st.lists(day, min_size=5, max_size=8), min_size=1, max_size=3),
       young=st.integers(0, 2), opted=st.integers(0, 50))
def test_random_rotas_never_crash(tmp_path_factory: pytest.TempPathFactory, start: str, end: str,
                                  breaks: int, weeks: list[list[str]], young: int, opted: int) -> None:
    result = audit(tmp_path_factory.mktemp("rota"), {
        "resource_plan.shift_patterns[0].start": start,
        "resource_plan.shift_patterns[0].end": end,
        "resource_plan.shift_patterns[0].unpaid_break_minutes": breaks,
        "resource_plan.rotas[0].weeks": weeks,
        "resource_plan.rotas[0].young_workers": young,
        "resource_plan.rotas[0].opted_out_of_48h": opted,
    })
    assert not result.crashed
