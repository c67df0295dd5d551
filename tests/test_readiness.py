"""``ccgov readiness``: the §7 marking points and common mistakes, judged from real audits.

The example plan is set against a copy carrying the typical mistakes examiners
see (objectives not linked to goals, only quantitative KPIs, monitoring tools
described but not evaluated, no feedback loops, no SWOT/PESTLE/Kirkpatrick), and
the two are compared point by point in text and in JSON.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from ccgov.api import Auditor, audit
from ccgov.cli import run
from ccgov.config import Config
from ccgov.findings import Waiver
from ccgov.readiness import POINTS, Kind, Verdict, _shorten, assess
from ccgov.testing.workspace import PlanWorkspace

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "leeds-ops"
MINE = ("quality", "change", "evaluation")

#: Verdict of each point on the example plan, which meets every one of them.
EXAMPLE_VERDICTS = {point.id: "met" for point in POINTS}
#: How the typical mistakes change them; every other point keeps its verdict.
MISTAKE_VERDICTS = {
    "mission-link": "not met",
    "evaluation-methods": "not met",
    "feedback-loops": "not met",
    "qualitative-measures": "not met",
    "tools-evaluated": "not met",
    "quality-assurance": "not met",
    "performance-management": "not met",
    "change-management": "partly",
}


def with_mistakes(root: Path) -> Path:
    """A copy of the example plan with the typical mistakes of §7 made in it."""
    plan = PlanWorkspace.from_folder(EXAMPLE, root)
    for index in range(4):
        plan.remove(f"objectives[{index}].supports")
    plan.set("kpis[5].kind", "quantitative")
    plan.set("kpis[6].kind", "quantitative")
    plan.set("evaluation.monitoring_tools", [{"tool": "Speech analytics"}, {"tool": "Wallboards"}])
    plan.remove("evaluation.feedback_loops")
    plan.set("evaluation.methods", ["pdca"])
    for section in ("swot", "pestle", "kirkpatrick"):
        plan.remove(f"evaluation.{section}")
    return root / "plan.yaml"


def readiness(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = run(["readiness", *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out


_ROW = re.compile(r"^(MET|PARTLY|NOT MET|NOT CHECKED) +(marking point|common mistake) +(.+)$")


def text_verdicts(text: str) -> dict[str, str]:
    """Point words → verdict, read from the text report."""
    rows = {}
    for line in text.splitlines():
        match = _ROW.match(line)
        if match:
            rows[match.group(3)] = match.group(1).lower()
    return rows


def by_id(verdicts_by_words: dict[str, str]) -> dict[str, str]:
    return {point.id: verdicts_by_words[point.words] for point in POINTS}


def expected(mistakes: bool) -> dict[str, str]:
    verdicts = {point.id: "not checked" for point in POINTS} | EXAMPLE_VERDICTS
    return verdicts | MISTAKE_VERDICTS if mistakes else verdicts


def test_the_table_is_section_7() -> None:
    assert len(POINTS) == 17
    assert len({point.id for point in POINTS}) == 17
    kinds = [point.kind for point in POINTS]
    assert kinds.count(Kind.MARKING_POINT) == 12 and kinds.count(Kind.COMMON_MISTAKE) == 5
    for point in POINTS:
        assert point.key and set(point.key) <= set(point.rules), point.id
        assert all(re.fullmatch(r"[A-Z]{2}\d{3}", rule) for rule in point.rules), point.id
    named = {rule for point in POINTS for rule in point.rules}
    assert "RP008" not in named  # retired in the catalogue
    assert {"CT003", "CT008", "EV004", "CH004", "QA005", "DP012", "HS012", "PF008"} <= named


def test_every_rule_of_quality_change_and_evaluation_is_traced_as_in_section_7() -> None:
    registry = Auditor(Config()).registry
    ours = {cls.id for cls in registry if cls.ruleset in MINE}
    named = {rule for point in POINTS for rule in point.rules}
    assert len(ours) == 22
    # §7 traces every one of them except EV006 (review cadence), which it does not name.
    assert ours - named == {"EV006"}


def test_example_plan_in_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = readiness(capsys, str(EXAMPLE / "plan.yaml"))
    assert code == 0
    assert by_id(text_verdicts(out)) == expected(mistakes=False)
    assert "rules: EV001–EV004, CH004 clean (key: EV001)" in out
    assert "rules: CT001–CT008 clean (key: CT001, CT002)" in out
    assert "rules: PF001, EV008 clean" in out
    assert out.rstrip().endswith("17 met, 0 partly, 0 not met, 0 not checked of 17 points — ready")


def test_mistakes_show_point_by_point_in_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, good = readiness(capsys, str(EXAMPLE / "plan.yaml"))
    code, bad = readiness(capsys, str(with_mistakes(tmp_path / "plan")))
    assert code == 1
    before, after = by_id(text_verdicts(good)), by_id(text_verdicts(bad))
    changed = {point: (before[point], after[point]) for point in before if before[point] != after[point]}
    assert changed == {point: (EXAMPLE_VERDICTS[point], verdict)
                       for point, verdict in MISTAKE_VERDICTS.items()}
    blockers = re.findall(r"^ +(\S*plan\.yaml:\d+:\d+)  (error|warning)  ([A-Z]+\d+)  (.+)$", bad, re.M)
    found = {(severity, rule) for _, severity, rule, _ in blockers}
    assert {("error", "SM005"), ("warning", "EV008"), ("warning", "EV007"), ("error", "EV005"),
            ("error", "QA004"), ("warning", "EV001"), ("warning", "CH004")} <= found
    assert any("Objective OBJ1 supports no strategic goal" in message for *_, message in blockers)
    assert "rules: EV001, CH004 blocked; EV002–EV004 clean (key: EV001)" in bad
    assert bad.rstrip().endswith("9 met, 1 partly, 7 not met, 0 not checked of 17 points — not ready")


def test_mistakes_show_point_by_point_in_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, good_text = readiness(capsys, str(EXAMPLE / "plan.yaml"), "--format", "json")
    _, bad_text = readiness(capsys, str(with_mistakes(tmp_path / "plan")), "-f", "json")
    good, bad = json.loads(good_text), json.loads(bad_text)
    assert (good["outcome"], bad["outcome"]) == ("ready", "not ready")
    assert {p["id"]: p["verdict"] for p in good["points"]} == expected(mistakes=False)
    assert {p["id"]: p["verdict"] for p in bad["points"]} == expected(mistakes=True)
    assert bad["summary"] == {"met": 9, "partly": 1, "not met": 7, "not checked": 0}
    assert all(not p["blocking"] for p in good["points"])
    points = {p["id"]: p for p in bad["points"]}
    loops = points["feedback-loops"]
    assert loops["kind"] == "marking point"
    assert loops["words"] == "documented feedback loops (monitoring → plan adjustments)"
    assert [(r["id"], r["key"], r["state"]) for r in loops["rules"]] == [
        ("EV005", True, "blocked"), ("QA004", False, "blocked")]
    assert {f["rule_id"] for f in loops["blocking"]} == {"EV005", "QA004"}
    for finding in loops["blocking"]:
        location = finding["location"]
        assert finding["where"] == f"{location['file']}:{location['line']}:{location['column']}"
        assert location["path"] == "evaluation.feedback_loops"
    tools = points["tools-evaluated"]
    assert tools["kind"] == "common mistake"
    assert [f["location"]["path"] for f in tools["blocking"]] == [
        "evaluation.monitoring_tools[0].evaluation", "evaluation.monitoring_tools[1].evaluation"]
    change = points["change-management"]
    assert change["verdict"] == "partly"
    assert [f["rule_id"] for f in change["blocking"]] == ["CH004"]
    contingency = points["contingency"]
    assert {r["state"] for r in contingency["rules"]} == {"clean"}
    assert contingency["blocking"] == []


def test_a_gap_in_a_supporting_rule_is_partly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = PlanWorkspace.from_folder(EXAMPLE, tmp_path / "plan")
    plan.set("evaluation.swot.threats", [])
    code, out = readiness(capsys, str(tmp_path / "plan" / "plan.yaml"), "--format", "json")
    points = {p["id"]: p for p in json.loads(out)["points"]}
    assert code == 1
    assert points["evaluation-methods"]["verdict"] == "partly"
    assert [f["message"] for f in points["evaluation-methods"]["blocking"]] == [
        "The SWOT analysis lists no threats."]


def test_info_findings_do_not_block(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = PlanWorkspace.from_folder(EXAMPLE, tmp_path / "plan")
    plan.remove("quality_assurance.channels")  # QA007 gives an info finding
    result = audit(tmp_path / "plan" / "plan.yaml")
    assert [f.severity.value for f in result.findings if f.rule_id == "QA007"] == ["info"]
    report = assess(result, Auditor(Config()).registry)
    quality = next(p for p in report.points if p.point.id == "quality-assurance")
    assert quality.verdict is Verdict.MET and quality.blocking == ()


def test_waived_findings_do_not_block(tmp_path: Path) -> None:
    result = audit(with_mistakes(tmp_path / "plan"))
    waiver = Waiver(by="QA lead", reason="Loops documented in the QA handbook", expires="2027-03-31")
    waived = dataclasses.replace(result, findings=[
        f.with_waiver(waiver) if f.rule_id in ("EV005", "QA004") else f for f in result.findings])
    report = assess(waived, Auditor(Config()).registry)
    loops = next(p for p in report.points if p.point.id == "feedback-loops")
    assert loops.verdict is Verdict.MET and loops.blocking == () and loops.waived == 2
    assert "(2 waived findings)" in report.render_text()


def test_rules_left_out_of_the_run_are_not_selected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = readiness(capsys, str(with_mistakes(tmp_path / "plan")), "--select", "quality",
                          "--format", "json")
    points = {p["id"]: p for p in json.loads(out)["points"]}
    assert code == 1
    assert points["evaluation-methods"]["verdict"] == "not checked"
    assert {r["state"] for r in points["evaluation-methods"]["rules"]} == {"not selected"}
    # EV005, the key rule, did not run, so QA004 alone decides.
    assert points["feedback-loops"]["verdict"] == "not met"
    assert [r["state"] for r in points["feedback-loops"]["rules"]] == ["not selected", "blocked"]


def test_every_point_met_exits_0() -> None:
    registry = Auditor(Config()).registry
    installed = {cls.id for cls in registry}
    checkable = [p for p in POINTS if set(p.rules) <= installed]
    report = assess(audit(EXAMPLE / "plan.yaml"), registry, checkable)
    assert report.ready and int(report.exit_code) == 0
    assert {p.verdict for p in report.points} == {Verdict.MET}


def test_a_crashed_rule_is_an_internal_error(tmp_path: Path) -> None:
    result = audit(with_mistakes(tmp_path / "plan"))
    crashed = dataclasses.replace(result, crashed=["EV007"],
                                  findings=[f for f in result.findings if f.rule_id != "EV007"])
    report = assess(crashed, Auditor(Config()).registry)
    tools = next(p for p in report.points if p.point.id == "tools-evaluated")
    assert [(r.id, r.state.value) for r in tools.rules] == [("EV007", "crashed"), ("QA005", "clean")]
    assert int(report.exit_code) == 3 and report.to_json()["outcome"] == "error"
    assert "INTERNAL ERROR" in report.render_text()


def test_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "plan.yaml"
    broken.write_text("ccgov: 1\nkind: plan\nplan: {id: p1}\n", encoding="utf-8")
    assert run(["readiness", str(broken)]) == 2
    assert "plan.yaml:" in capsys.readouterr().err
    assert run(["readiness", str(EXAMPLE / "plan.yaml"), "--format", "html"]) == 2


def test_runs_of_ids_are_shortened() -> None:
    assert _shorten(["CT001", "CT002", "CT003", "CT008"]) == "CT001–CT003, CT008"
    assert _shorten(["RP001", "RP002", "RP003", "RP009", "RP010"]) == "RP001–RP003, RP009, RP010"
    assert _shorten(["EV004", "CH004"]) == "EV004, CH004"
