"""Baselines: only new findings are reported, by fingerprint, however the plan's lines move."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from register_support import ccgov_process
from test_plugins import CRASHY, make_dist

from ccgov.baseline import Baseline, apply_baseline
from ccgov.cli import run
from ccgov.testing.workspace import PlanWorkspace

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "leeds-ops"
SMART_ONLY = 'select = ["smart"]\n'


@pytest.fixture
def space(tmp_path: Path) -> PlanWorkspace:
    """The example plan with two old problems: OBJ1 names no KPI (error), OBJ4 has no owner.

    Only the SMART rules run, so that these are the only findings.
    """
    space = PlanWorkspace.from_folder(EXAMPLE, tmp_path / "plan")
    space.write(".ccgov.toml", SMART_ONLY)
    space.remove("objectives[0].kpi")
    space.remove("objectives[3].owner")
    return space


def audit_json(space: PlanWorkspace, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code = run(["audit", str(space.root / "plan.yaml"), "-f", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def create(space: PlanWorkspace, capsys: pytest.CaptureFixture[str]) -> Path:
    path = space.root / "baseline.json"
    assert run(["baseline", "create", str(space.root / "plan.yaml"), "-o", str(path)]) == 0
    assert "2 findings written" in capsys.readouterr().out
    return path


def test_old_findings_stay_quiet_after_lines_move(space: PlanWorkspace,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, before = audit_json(space, capsys)
    assert code == 1 and {f["rule_id"] for f in before["findings"]} == {"SM001", "SM003"}
    baseline = create(space, capsys)
    # Reorder the objectives and reformat the whole file: every line and list index moves.
    data = space.data()
    data["objectives"].reverse()
    space.write("plan.yaml", "\n\n# reformatted\n" + json.dumps(data, indent=4))
    code, moved = audit_json(space, capsys)
    assert code == 1
    lines = {f["rule_id"]: (f["location"]["line"], f["location"]["path"]) for f in moved["findings"]}
    old = {f["rule_id"]: (f["location"]["line"], f["location"]["path"]) for f in before["findings"]}
    assert all(lines[rule] != old[rule] for rule in old)  # the findings really did move
    assert run(["audit", str(space.root / "plan.yaml"), "-f", "json", "--baseline", str(baseline)]) == 0
    captured = capsys.readouterr()
    quiet = json.loads(captured.out)
    assert quiet["findings"] == [] and quiet["baseline"] == {"suppressed": 2}
    assert captured.err == f"ccgov: leeds-ops-2027-q1: 2 known findings left out (baseline {baseline})\n"


def test_a_new_finding_is_reported(space: PlanWorkspace, capsys: pytest.CaptureFixture[str]) -> None:
    baseline = create(space, capsys)
    space.remove("objectives[1].kpi")
    code, report = audit_json(space, capsys, "--baseline", str(baseline))
    assert code == 1
    assert [(f["rule_id"], f["location"]["path"]) for f in report["findings"]] == [
        ("SM001", "objectives[1].kpi")]


def test_the_configured_baseline_applies(space: PlanWorkspace, capsys: pytest.CaptureFixture[str]) -> None:
    create(space, capsys)
    space.write(".ccgov.toml", SMART_ONLY + 'baseline = "baseline.json"\n')
    code, report = audit_json(space, capsys)
    assert code == 0 and report["baseline"] == {"suppressed": 2}


def test_each_fingerprint_is_counted(space: PlanWorkspace) -> None:
    result = space.audit(select=["smart"])
    kpi = next(f for f in result.findings if f.rule_id == "SM001")
    result.findings.append(kpi)  # the same finding twice: only one was known
    apply_baseline(result, Baseline("b.json", "", result.plan_id, Counter([kpi.fingerprint]), {}))
    assert [f.rule_id for f in result.findings] == ["SM003", "SM001"]
    assert [f.rule_id for f in result.baselined or []] == ["SM001"]


def test_a_baseline_of_another_plan_is_refused(space: PlanWorkspace,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = create(space, capsys)
    path.write_text(path.read_text().replace('"plan": "leeds-ops-2027-q1"', '"plan": "york"'))
    assert run(["audit", str(space.root / "plan.yaml"), "--baseline", str(path)]) == 2
    assert f"{path}:3:3: plan: this baseline is for plan york, not leeds-ops-2027-q1" \
        in capsys.readouterr().err


@pytest.mark.parametrize(("text", "words"), [
    ('{"ccgov_baseline": 1, "plan": "p", "findings": [{"fingerprint": "xyz"}]}',
     "1:50: findings[0].fingerprint: value does not match regex"),
    ('{"ccgov_baseline": 2, "plan": "p", "findings": []}', "1:2: ccgov_baseline: unallowed value 2"),
    ('{"plan": "p", "findings": [}', "1:28:"),
])
def test_a_broken_baseline_is_an_input_error(space: PlanWorkspace, text: str, words: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = space.write("baseline.json", text)
    assert run(["audit", str(space.root / "plan.yaml"), "--baseline", str(path)]) == 2
    assert f"{path}:{words}" in capsys.readouterr().err


def test_no_baseline_is_written_when_a_rule_crashed(space: PlanWorkspace, tmp_path: Path) -> None:
    make_dist(tmp_path, "crashy", "0.1.0", CRASHY)
    space.write(".ccgov.toml", "")  # every rule, the crashing one too
    out = tmp_path / "baseline.json"
    proc = ccgov_process(["baseline", "create", str(space.root / "plan.yaml"), "-o", str(out)],
                         PYTHONPATH=str(tmp_path), CCGOV_DISABLE_PLUGIN_AUTOLOAD="")
    assert proc.returncode == 3, proc.stderr
    assert "ZZ001 crashed; no baseline written" in proc.stderr and not out.exists()


def test_in_a_folder_of_plans_a_baseline_applies_to_its_own_plan(
    space: PlanWorkspace, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = create(space, capsys)
    york = PlanWorkspace.from_folder(EXAMPLE, space.root / "york")
    york.remove("objectives[0].kpi")
    for name in ("plan.yaml", "consultations.yaml", "changes.yaml"):
        york.write(name, (york.root / name).read_text().replace("leeds-ops-2027-q1", "york-ops-2027-q1"))
    assert run(["audit", str(space.root), "--baseline", str(baseline), "-f", "json", "-j", "1"]) == 1
    captured = capsys.readouterr()
    plans = {p["plan"]["id"]: p for p in json.loads(captured.out)["plans"]}
    assert plans["leeds-ops-2027-q1"]["findings"] == []
    assert plans["leeds-ops-2027-q1"]["baseline"] == {"suppressed": 2}
    assert [f["rule_id"] for f in plans["york-ops-2027-q1"]["findings"]] == ["SM001"]
    assert "baseline" not in plans["york-ops-2027-q1"]
