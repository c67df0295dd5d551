"""`ccgov gate`, `approve`, `history` and `show` end to end, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from register_support import ccgov_process, copy_example, sql
from test_plugins import CRASHY, make_dist

from ccgov.cli import run
from ccgov.register.chain import GENESIS


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return copy_example(tmp_path / "plan")


def gate(plan: Path, db_url: str, *args: str) -> int:
    return run(["gate", str(plan), "--db", db_url, "--actor", "ci-bot", *args])


def record(db_url: str, ref: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert run(["show", ref, "--db", db_url, "-f", "json"]) == 0
    shown: dict[str, Any] = json.loads(capsys.readouterr().out)
    return shown


def approve(plan: Path, db_url: str) -> int:
    return run(["approve", str(plan), "--db", db_url, "--by", "J. Okafor", "--role", "Head of Operations",
                "--comment", "Subject to the February review."])


def test_gate_approves_a_compliant_plan_and_records_everything(
    plan: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert gate(plan, db_url) == 0
    out = capsys.readouterr().out
    assert "gate: APPROVED leeds-ops-2027-q1 version 3" in out and "recorded as record 1" in out
    shown = record(db_url, "1", capsys)
    body = shown["record"]
    assert shown["seq"] == 1 and shown["prev_hash"] == GENESIS
    assert body["decision"] == "approved" and body["outcome"] == "pass" and body["actor"] == "ci-bot"
    assert body["plan"]["id"] == "leeds-ops-2027-q1" and body["plan"]["version"] == 3
    assert [d["name"] for d in body["plan"]["documents"]] == [
        "changes.yaml", "consultations.yaml", "forecast-billing-voice.csv",
        "forecast-billing-webchat.csv", "plan.yaml"]
    assert body["plan"]["documents"][-1]["sha256"] == hashlib.sha256(plan.read_bytes()).hexdigest()
    assert body["ccgov_version"] == "1.0.0"
    assert {p["name"] for p in body["plugins"]} >= {"core", "ccgov_smart"}
    assert len(body["rules_digest"]) == 64
    config = plan.parent.resolve() / ".ccgov.toml"
    assert body["config"] == {"source": str(config), "rule_packs": [],
                              "sha256": hashlib.sha256(config.read_bytes()).hexdigest()}
    assert body["policy"]["fail_on"] == "error" and body["policy"]["source"] is None
    assert [f for f in body["findings"] if f["severity"] != "info"] == []
    assert all(f["status"] == "active" for f in body["findings"])
    assert body["waivers"] is None and body["baseline"] is None
    assert body["time"].endswith("Z")


def test_gate_denies_an_error_and_says_why(plan: Path, db_url: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    text = plan.read_text()
    plan.write_text(text.replace("    kpi: AHT\n", "", 1))
    assert gate(plan, db_url) == 1
    out = capsys.readouterr().out
    assert "gate: DENIED leeds-ops-2027-q1 version 3" in out
    assert "  - 1 unwaived finding at or above error (SM001)" in out
    body = record(db_url, "1", capsys)["record"]
    assert body["decision"] == "denied" and body["outcome"] == "fail"
    errors = [(f["rule_id"], f["status"]) for f in body["findings"] if f["severity"] == "error"]
    assert errors == [("SM001", "active")]


def test_gate_json_output(plan: Path, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert gate(plan, db_url, "-f", "json") == 0
    output = json.loads(capsys.readouterr().out)
    assert output["decision"] == "approved" and output["reasons"] == []
    assert output["record"]["seq"] == 1 and len(output["record"]["hash"]) == 64
    assert output["report"]["plan"]["id"] == "leeds-ops-2027-q1"


EDITS = {
    "plan.yaml": ("title: Leeds contact centre operational plan, Q1 2027",
                  "title: Leeds contact centre operational plan, Q1 2027 (rev)"),
    "changes.yaml": ("title: Speech analytics on all recorded calls",
                     "title: Speech analytics on all recorded calls and chats"),
    "consultations.yaml": ("ccgov: 1", "# reviewed again\nccgov: 1"),
    "forecast-billing-voice.csv": ("2027-01-02T09:00,51,399,23", "2027-01-02T09:00,51,399,24"),
}


@pytest.mark.parametrize("document", list(EDITS))
def test_an_approval_needs_a_gate_run_on_exactly_these_documents(
    plan: Path, db_url: str, document: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert gate(plan, db_url) == 0
    assert approve(plan, db_url) == 0
    out = capsys.readouterr().out
    assert "recorded as record 2" in out and "resting on gate record 1" in out
    path = plan.parent / document
    old, new = EDITS[document]
    assert old in path.read_text()
    path.write_bytes(path.read_bytes().replace(old.encode(), new.encode(), 1))
    assert approve(plan, db_url) == 1
    err = capsys.readouterr().err
    assert "approval refused: the documents changed since the last gate run on plan " \
           f"leeds-ops-2027-q1 (record 1): {document}; run `ccgov gate` again" in err
    assert gate(plan, db_url) == 0  # every edit keeps the plan compliant
    assert approve(plan, db_url) == 0
    assert "resting on gate record 3" in capsys.readouterr().out
    kinds = sql(db_url, "SELECT kind FROM ccgov_records ORDER BY seq")
    assert [row[0] for row in kinds] == ["gate", "approval", "gate", "approval"]


def test_the_approval_record_binds_person_content_and_gate_record(
    plan: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert gate(plan, db_url) == 0
    gate_record = record(db_url, "1", capsys)
    assert approve(plan, db_url) == 0
    body = record(db_url, "2", capsys)["record"]
    assert body["kind"] == "approval" and body["actor"] == "J. Okafor"
    assert body["role"] == "Head of Operations" and body["comment"] == "Subject to the February review."
    assert body["gate_record"] == {"seq": 1, "hash": gate_record["hash"]}
    assert body["plan"]["content_digest"] == gate_record["record"]["plan"]["content_digest"]


def test_no_approval_without_a_gate_run(plan: Path, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert approve(plan, db_url) == 1
    assert "plan leeds-ops-2027-q1 has never been through the gate" in capsys.readouterr().err
    assert sql(db_url, "SELECT count(*) FROM ccgov_records") == [(0,)]


def test_a_later_denial_of_the_same_content_revokes_approval(
    plan: Path, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert gate(plan, db_url) == 0
    strict = tmp_path / "strict.yaml"
    strict.write_text("required_rulesets: [payment-cards]\n")  # a rule set that is not installed
    assert gate(plan, db_url, "--policy", str(strict)) == 1
    assert approve(plan, db_url) == 1
    assert "the latest gate run on exactly these documents (record 2" in capsys.readouterr().err


def test_a_crash_is_recorded_as_a_denial_and_exits_3(plan: Path, db_url: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    make_dist(tmp_path, "crashy", "0.1.0", CRASHY)
    proc = ccgov_process(["gate", str(plan), "--db", db_url], PYTHONPATH=str(tmp_path),
                         CCGOV_DISABLE_PLUGIN_AUTOLOAD="")
    assert proc.returncode == 3, proc.stderr
    assert "gate: DENIED" in proc.stdout and "internal error: ZZ001 crashed" in proc.stdout
    body = record(db_url, "1", capsys)["record"]
    assert body["decision"] == "denied" and body["outcome"] == "error"
    assert {"name": "crashy", "distribution": "crashy", "version": "0.1.0"} in body["plugins"]


def test_bad_input_records_nothing(plan: Path, db_url: str, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    plan.write_text(plan.read_text().replace("version: 3", "version: three", 1))
    assert gate(plan, db_url) == 2
    bad_policy = tmp_path / "policy.yaml"
    bad_policy.write_text("fail_on: eventually\n")
    assert gate(plan, db_url, "--policy", str(bad_policy)) == 2
    assert f"{bad_policy}:1:1: fail_on: unallowed value eventually" in capsys.readouterr().err
    assert sql(db_url, "SELECT count(*) FROM ccgov_records") == [(0,)]


def test_history_and_show(plan: Path, db_url: str, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    assert gate(plan, db_url) == 0
    assert approve(plan, db_url) == 0
    other = copy_example(tmp_path / "other")
    other.write_text(other.read_text().replace("id: leeds-ops-2027-q1", "id: york-ops-2027-q1", 1))
    for path in ("consultations.yaml", "changes.yaml"):
        (other.parent / path).write_text((other.parent / path).read_text().replace(
            "plan: leeds-ops-2027-q1", "plan: york-ops-2027-q1"))
    assert gate(other, db_url) == 0
    capsys.readouterr()
    assert run(["history", "leeds-ops-2027-q1", "--db", db_url]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["#", "time", "(UTC)", "kind", "plan", "v", "decision", "err", "warn",
                                "info", "waived", "base", "by"]
    assert lines[1].split()[:7] == ["1", *lines[1].split()[1:3], "gate", "leeds-ops-2027-q1", "3",
                                    "approved"]
    counts = record(db_url, "1", capsys)["record"]["summary"]
    assert lines[1].split()[7:] == ["0", "0", str(counts["info"]), "0", "0", "ci-bot"]
    assert "approval" in lines[2] and "as Head of Operations, on gate record 1" in lines[2]
    assert len(lines) == 3  # york's record is another plan's
    assert run(["history", "--db", db_url, "-n", "1", "-f", "json"]) == 0
    (newest,) = json.loads(capsys.readouterr().out)
    assert newest["seq"] == 3 and newest["record"]["plan"]["id"] == "york-ops-2027-q1"
    assert run(["show", newest["hash"][:10], "--db", db_url]) == 0
    assert capsys.readouterr().out.startswith("record 3  gate  ")
    assert run(["show", "99", "--db", db_url]) == 2
    assert "the register has no record 99" in capsys.readouterr().err
