"""A hand-written plan that breaks each of SM001–SM008 gets each finding at the exact place."""

from __future__ import annotations

from pathlib import Path

from ccgov.api import audit

PLAN = Path(__file__).parent.parent / "fixtures" / "smart-broken" / "plan.yaml"

# (rule, line, column, path, words of the message)
EXPECTED = {
    ("SM001", 15, 5, "objectives[0].kpi", "measures KPI AHT, which is not defined"),
    ("SM002", 19, 5, "objectives[0].due", "outside the plan period"),
    ("SM003", 13, 5, "objectives[0].owner", "Objective OBJ1 has no owner"),
    ("SM003", 21, 9, "objectives[0].actions[0].owner", "Action A1 of objective OBJ1"),
    ("SM004", 13, 5, "objectives[0].evidence", "cites no evidence"),
    ("SM004", 1, 1, "resource_plan.data_sources", "lists no data sources"),
    ("SM005", 7, 1, "organisation.mission", "states no mission"),
    ("SM005", 7, 1, "organisation.values", "states no values"),
    ("SM005", 23, 16, "objectives[1].supports[0]", "supports SG9"),
    ("SM006", 19, 5, "objectives[0].due", "beyond the plan period"),
    ("SM006", 11, 7, "organisation.strategic_goals[0].horizon", "inside the plan period"),
    ("SM007", 17, 5, "objectives[0].target", "moves AHT from 420 to 250"),
    ("SM007", 27, 5, "objectives[1].target", "targets FCR of 90%"),
    ("SM008", 13, 5, "objectives[0].success_criteria", "states no success criteria"),
    ("SM008", 20, 5, "objectives[0].actions", "none has both an owner and a due date"),
}


def test_each_smart_rule_is_reported_at_its_node() -> None:
    result = audit(PLAN, select=["smart"])
    found = {
        (f.rule_id, f.location.line, f.location.column, f.location.path, f.message)
        for f in result.findings
    }
    for rule, line, column, path, words in EXPECTED:
        assert any(
            (r, ln, col, p) == (rule, line, column, path) and words in message
            for r, ln, col, p, message in found
        ), f"{rule} not reported at {line}:{column} {path} ({words}); got {sorted(found)}"
    assert all(f.location.file.endswith("plan.yaml") for f in result.findings)
    assert {f.rule_id for f in result.findings} == {f"SM00{n}" for n in range(1, 9)}
