"""The plugin as users meet it: discovered by entry point, listed, configured, reporting."""

from __future__ import annotations

import shutil
from pathlib import Path

from ccgov.cli import run
from ccgov.testing import PlanWorkspace

PLANS = Path(__file__).parent / "plans"


def test_rules_and_plugin_are_listed(capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(["plugins", "list"]) == 0
    listed = capsys.readouterr().out
    assert "ccgov_fca" in listed and "ccgov-fca" in listed and "6 rules" in listed
    assert run(["rules", "list"]) == 0
    rules = capsys.readouterr().out
    assert all(f"FCA00{n}" in rules for n in range(1, 7))


def test_rules_are_silent_for_firms_the_fca_does_not_regulate(tmp_path: Path) -> None:
    workspace = PlanWorkspace.from_folder(PLANS / "compliant", tmp_path / "plan")
    workspace.set("plan.regulators", ["Ofgem"])
    workspace.remove("x-fca")
    result = workspace.audit(select=["fca"])
    assert [f for f in result.findings if f.ruleset == "fca"] == []


def test_options_are_configurable(tmp_path: Path) -> None:
    workspace = PlanWorkspace.from_folder(PLANS / "compliant", tmp_path / "plan")
    workspace.set("resource_plan.queues[0].service_level.answer_seconds", 90)
    assert [f.rule_id for f in workspace.audit(select=["FCA005"]).findings] == ["FCA005"]
    workspace.write(".ccgov.toml", "[rules.FCA005]\nmax_voice_answer_seconds = 90\n")
    workspace.config = ".ccgov.toml"
    assert workspace.audit(select=["FCA005"]).findings == []


def test_mi_report_format(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    shutil.copytree(PLANS / "compliant", tmp_path / "plan")
    plan = tmp_path / "plan" / "plan.yaml"
    plan.write_text(plan.read_text().replace("final_response_days: 56", "final_response_days: 70"))
    (tmp_path / "plan" / ".ccgov.toml").write_text('select = ["fca"]\n')
    code = run(["audit", str(plan), "--format", "fca-mi"])
    out = capsys.readouterr().out
    assert code == 1
    row = "| Complaints (DISP) | FCA001 | action needed | Complaints get a final response within 70 days"
    assert row in out
    assert "| Operational resilience (SYSC 15A) | FCA006 | met |" in out
