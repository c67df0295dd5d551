"""``ccgov init``: a starter plan that loads, whose findings say what to fill in, never overwritten."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from ccgov.api import audit
from ccgov.cli import run
from ccgov.loading.yaml_reader import parse_yaml
from ccgov.result import ExitCode
from ccgov.starter import next_quarter

FILES = {"plan.yaml", "consultations.yaml", "changes.yaml", "forecast.csv", "plan-v1.schema.json"}


def test_init_writes_a_plan_that_audits_with_findings_to_work_through(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "new-plan"
    assert run(["init", str(target), "--start", "2027-04-01"]) == 0
    assert {p.name for p in target.iterdir()} == FILES
    assert f"ccgov audit {target / 'plan.yaml'}" in capsys.readouterr().err
    code = run(["audit", str(target / "plan.yaml")])
    assert code in (ExitCode.OK, ExitCode.FINDINGS)  # never 2: the starter always loads
    result = audit(target / "plan.yaml")
    assert result.plan_id == "my-plan"
    messages = {f.message for f in result.findings}
    assert "Objective OBJ1 has no owner." in messages
    assert "The organisation states no mission." in messages
    assert [q.queue for q in result.staffing] == ["main-voice"]
    plan = (target / "plan.yaml").read_text()
    assert plan.startswith("# yaml-language-server: $schema=plan-v1.schema.json\n")
    assert "period: {start: 2027-04-01, end: 2027-06-30}" in plan
    assert "{{" not in "".join((target / name).read_text() for name in FILES)


def test_every_starter_document_matches_the_schema_it_ships_with(tmp_path: Path) -> None:
    assert run(["init", str(tmp_path), "--start", "2027-01-01"]) == 0
    schema = json.loads((tmp_path / "plan-v1.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    for name in ("plan.yaml", "consultations.yaml", "changes.yaml"):
        data, _ = parse_yaml((tmp_path / name).read_bytes(), display=name)
        errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(data)]
        assert not errors, (name, errors[:5])


def test_init_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plan.yaml").write_text("my own plan\n")
    assert run(["init", str(tmp_path)]) == ExitCode.INPUT_ERROR
    assert "plan.yaml already exists" in capsys.readouterr().err
    assert (tmp_path / "plan.yaml").read_text() == "my own plan\n"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.yaml"]  # nothing else written either
    assert run(["init", str(tmp_path), "--force"]) == 0
    assert (tmp_path / "plan.yaml").read_text().startswith("# yaml-language-server:")


@pytest.mark.parametrize(("today", "start"), [
    (date(2026, 11, 24), date(2027, 1, 1)),
    (date(2027, 1, 1), date(2027, 4, 1)),
    (date(2027, 9, 30), date(2027, 10, 1)),
])
def test_the_default_period_is_the_next_quarter(today: date, start: date) -> None:
    assert next_quarter(today) == start
