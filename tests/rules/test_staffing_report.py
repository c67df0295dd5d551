"""The staffing analysis through the whole audit: JSON ``staffing`` section, findings, text summary."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ccgov.cli import run
from ccgov.testing.workspace import PlanWorkspace
from ccgov.workforce.erlang import average_speed_of_answer, service_level, traffic_intensity

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "leeds-ops"

# report-format.md, the `staffing` section.
QUEUE_FIELDS = {"queue", "interval_minutes", "service_level", "max_occupancy", "shrinkage", "intervals"}
INTERVAL_FIELDS = {
    "start", "contacts", "aht_seconds", "traffic_erlangs", "required_agents", "required_staff",
    "scheduled_staff", "productive_agents", "service_level", "asa_seconds", "occupancy", "gap_staff",
}

# 100 contacts of 300 s in 30 minutes (16.67 Erlangs) need 21 agents for 80 % in 20 s; at 30 %
# shrinkage that is exactly 30 staff (21 / 0.7 is 30.000000000000004 in floating point).
UNDERSTAFFED = """\
start,contacts,aht_seconds,scheduled_staff
2027-01-04T09:00,100,300,30
2027-01-04T09:30,100,300,29
2027-01-04T10:00,100,300,23
2027-01-04T10:30,0,300,0
2027-01-04T11:00,120,310,38
"""


def audit_json(workspace: PlanWorkspace, capsys: pytest.CaptureFixture[str],
               *options: str) -> tuple[int, dict[str, Any]]:
    code = run(["audit", str(workspace.root / workspace.plan), "--format", "json",
                "--config", str(workspace.root / ".ccgov.toml"), *options])
    return code, json.loads(capsys.readouterr().out)


@pytest.fixture
def understaffed(tmp_path: Path) -> PlanWorkspace:
    workspace = PlanWorkspace.from_folder(EXAMPLE, tmp_path / "plan")
    workspace.write("understaffed.csv", UNDERSTAFFED)
    workspace.write(".ccgov.toml", "")
    workspace.set("resource_plan.shrinkage", 0.3)
    workspace.set("resource_plan.queues[0].forecast", "understaffed.csv")
    return workspace


def test_json_staffing_carries_every_interval_with_every_field(
        understaffed: PlanWorkspace, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = audit_json(understaffed, capsys)
    assert code == 1
    staffing = {queue["queue"]: queue for queue in report["staffing"]}
    assert set(staffing) == {"billing-voice", "billing-webchat"}
    webchat_rows = (EXAMPLE / "forecast-billing-webchat.csv").read_text().count("\n") - 1
    assert [len(staffing[q]["intervals"]) for q in ("billing-voice", "billing-webchat")] == \
        [5, webchat_rows]
    for queue in staffing.values():
        assert set(queue) == QUEUE_FIELDS
        assert set(queue["service_level"]) == {"target", "answer_seconds"}
        assert queue["shrinkage"] == 0.3 and queue["max_occupancy"] == 0.85
        for interval in queue["intervals"]:
            assert set(interval) == INTERVAL_FIELDS, interval["start"]

    exact, short, below, closed, _ = staffing["billing-voice"]["intervals"]
    traffic = traffic_intensity(100, 1800, 300)
    assert exact == {
        "start": "2027-01-04T09:00", "contacts": 100, "aht_seconds": 300,
        "traffic_erlangs": 16.67, "required_agents": 21, "required_staff": 30,
        "scheduled_staff": 30, "productive_agents": 21.0,
        "service_level": round(service_level(21, traffic, 300, 20), 4),
        "asa_seconds": round(average_speed_of_answer(21, traffic, 300), 1),
        "occupancy": round(traffic / 21, 4), "gap_staff": 0,
    }
    # 29 staff give 20.3 productive agents: 20 answer.
    assert (short["productive_agents"], short["gap_staff"]) == (20.3, -1)
    assert short["service_level"] == round(service_level(20, traffic, 300, 20), 4)
    # 23 staff give 16.1 agents, 16 answering: not more than 16.67 Erlangs, so no figures.
    assert (below["service_level"], below["asa_seconds"], below["occupancy"]) == (None, None, None)
    assert below["gap_staff"] == -7
    assert closed["traffic_erlangs"] == 0 and closed["required_staff"] == 0 and closed["gap_staff"] == 0


def test_short_intervals_are_findings_located_in_the_csv(
        understaffed: PlanWorkspace, capsys: pytest.CaptureFixture[str]) -> None:
    _, report = audit_json(understaffed, capsys)
    rp002 = [f for f in report["findings"] if f["rule_id"] == "RP002"]
    assert len(rp002) == 1, [f["message"] for f in rp002]
    finding = rp002[0]
    location = finding["location"]
    assert Path(location.pop("file")).name == "understaffed.csv"
    assert location == {"line": 3, "column": 26, "path": "rows[1].scheduled_staff"}
    assert finding["message"].startswith(
        "billing-voice Mon 2027-01-04 09:30–10:00 (2 intervals): worst at 10:00, 23 staff "
        "scheduled, 30 needed for 80 % in 20 s (the agents answering do not exceed")
    traffic = traffic_intensity(100, 1800, 300)
    assert finding["detail"] == {"queue": "billing-voice", "intervals": [
        {"start": "2027-01-04T09:30", "scheduled_staff": 29, "required_staff": 30,
         "required_agents": 21, "productive_agents": 20.3,
         "service_level": round(service_level(20, traffic, 300, 20), 4),
         "asa_seconds": round(average_speed_of_answer(20, traffic, 300), 1),
         "occupancy": round(traffic / 20, 4)},
        {"start": "2027-01-04T10:00", "scheduled_staff": 23, "required_staff": 30,
         "required_agents": 21, "productive_agents": 16.1, "service_level": None,
         "asa_seconds": None, "occupancy": None},
    ]}
    rp001 = [f["location"]["path"] for f in report["findings"] if f["rule_id"] == "RP001"]
    assert rp001 == ["rows[2].scheduled_staff"]


@pytest.mark.parametrize(("scheduled", "code", "short"), [(30, 0, False), (29, 1, True)])
def test_exact_shrinkage_decides_the_whole_audit(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], scheduled: int, code: int,
        short: bool) -> None:
    workspace = PlanWorkspace.from_folder(EXAMPLE, tmp_path / "plan")
    workspace.write(".ccgov.toml", "")
    workspace.write("one.csv", f"start,contacts,aht_seconds,scheduled_staff\n"
                               f"2027-01-04T09:00,100,300,{scheduled}\n")
    workspace.set("resource_plan.shrinkage", 0.3)
    workspace.set("resource_plan.queues[0].forecast", "one.csv")
    exit_code, report = audit_json(workspace, capsys, "--select", "resource-planning")
    assert exit_code == code
    voice = next(q for q in report["staffing"] if q["queue"] == "billing-voice")
    (interval,) = voice["intervals"]
    assert (interval["required_agents"], interval["required_staff"]) == (21, 30)
    assert interval["gap_staff"] == scheduled - 30
    errors = [f["rule_id"] for f in report["findings"] if f["severity"] == "error"]
    assert errors == (["RP002"] if short else [])


def test_text_report_summarises_the_short_intervals(
        understaffed: PlanWorkspace, capsys: pytest.CaptureFixture[str]) -> None:
    run(["audit", str(understaffed.root / "plan.yaml"), "--format", "text",
         "--config", str(understaffed.root / ".ccgov.toml")])
    out = capsys.readouterr().out
    assert "billing-voice: 5 intervals, 2 short; 4.0 staff-hours short" in out
    assert "Mon 2027-01-04 10:00: 23 scheduled, 30 needed (cannot keep up with traffic)" in out


def test_non_numbers_in_an_inline_forecast_are_rows_to_fix(tmp_path: Path) -> None:
    # YAML 1.2 reads .nan and .inf as numbers; the analysis leaves such rows out, RP006 names them.
    workspace = PlanWorkspace.from_folder(EXAMPLE, tmp_path / "plan")
    plan = workspace.root / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    inline = ("forecast: [{start: 2027-01-04T09:00, contacts: .nan, aht_seconds: .inf, "
              "scheduled_staff: 30}]")
    plan.write_text(text.replace("forecast: forecast-billing-voice.csv", inline, 1), encoding="utf-8")
    result = workspace.audit(select=["resource-planning"])
    assert not result.crashed
    rp006 = sorted((f.location.path, f.message) for f in result.findings if f.rule_id == "RP006")
    assert rp006 == [
        ("resource_plan.queues[0].forecast[0].aht_seconds",
         "billing-voice Mon 2027-01-04 09:00: aht_seconds inf is not a positive duration."),
        ("resource_plan.queues[0].forecast[0].contacts",
         "billing-voice Mon 2027-01-04 09:00: contacts nan is not a count of 0 or more."),
    ]
    interval = result.staffing[0].intervals[0].to_json()
    assert interval["traffic_erlangs"] is None and interval["required_staff"] is None
    json.dumps(result.to_json(), allow_nan=False)  # the report stays valid JSON


def test_occupancy_detail_lists_only_the_first_intervals(tmp_path: Path) -> None:
    workspace = PlanWorkspace.from_folder(EXAMPLE, tmp_path / "plan")
    rows = "".join(f"2027-01-04T{9 + i // 2:02d}:{30 * (i % 2):02d},100,180,17\n" for i in range(8))
    workspace.write("busy.csv", "start,contacts,aht_seconds,scheduled_staff\n" + rows)
    workspace.set("resource_plan.shrinkage", 0.3)
    workspace.set("resource_plan.queues[0].forecast", "busy.csv")
    workspace.write(".ccgov.toml", "[rules.RP003]\nlist_intervals = 3\n")
    workspace.config = ".ccgov.toml"
    (finding,) = [f for f in workspace.audit(select=["RP003"]).findings if f.rule_id == "RP003"]
    assert finding.message == ("Queue billing-voice runs above the 85 % occupancy cap in 8 "
                               "intervals, highest 90.9 % on Mon 2027-01-04 09:00.")
    assert finding.detail is not None and finding.detail["count"] == 8
    assert [row["start"] for row in finding.detail["intervals"]] == [
        "2027-01-04T09:00", "2027-01-04T09:30", "2027-01-04T10:00"]
    assert finding.detail["intervals"][0]["occupancy"] == 0.9091
