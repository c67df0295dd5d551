"""The CI templates in docs/ci, exercised by running their own commands locally on a repo of plans."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "leeds-ops"
SHARED_SCHEMA = REPO.parent / "shared" / "data" / "sarif-schema-2.1.0.json"


def commands(lines: list[str]) -> list[str]:
    # The templates install ccgov first; here it is installed already.
    return [line for line in lines if not line.startswith("pip install")]


def run_all(
    lines: list[str], cwd: Path, env: dict[str, str] | None = None
) -> list[subprocess.CompletedProcess[str]]:
    done = []
    for line in commands(lines):
        proc = subprocess.run(["bash", "-c", line], cwd=cwd, capture_output=True, text=True,
                              timeout=600, env={**os.environ, **(env or {})})
        done.append(proc)
    return done


@pytest.fixture
def plans_repo(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLE, tmp_path / "plans" / "leeds")
    return tmp_path


def workflow() -> dict[str, Any]:
    return yaml.safe_load((REPO / "docs" / "ci" / "github-actions.yml").read_text())


def gitlab() -> dict[str, Any]:
    return yaml.safe_load((REPO / "docs" / "ci" / "gitlab-ci.yml").read_text())


def test_github_audit_job_annotates_and_writes_valid_sarif(plans_repo: Path) -> None:
    steps = workflow()["jobs"]["audit"]["steps"]
    runs = [step["run"] for step in steps if "run" in step]
    assert any(step.get("uses", "").startswith("github/codeql-action/upload-sarif") for step in steps)
    plan = plans_repo / "plans" / "leeds" / "plan.yaml"
    plan.write_text(plan.read_text().replace("    owner: Billing team leader\n", "", 1))
    (proc,) = run_all(runs, plans_repo)
    assert proc.returncode == 0, proc.stderr  # a warning does not fail the default threshold
    assert "::warning file=plans/leeds/plan.yaml,line=36,col=5" in proc.stdout
    sarif = json.loads((plans_repo / "ccgov.sarif").read_text())
    import jsonschema

    jsonschema.validate(sarif, json.loads(SHARED_SCHEMA.read_text()))
    results = sarif["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["SM003"]


def test_gitlab_audit_job_writes_junit_and_code_quality(plans_repo: Path) -> None:
    script = gitlab()["ccgov-audit"]["script"]
    reports = gitlab()["ccgov-audit"]["artifacts"]["reports"]
    plan = plans_repo / "plans" / "leeds" / "plan.yaml"
    plan.write_text(plan.read_text().replace("  mission: Keep our", "  x-mission: Keep our"))
    (proc,) = run_all(script, plans_repo)
    assert proc.returncode == 1, proc.stderr  # SM005 is an error: the job fails
    from junitparser import JUnitXml

    suite = JUnitXml.fromfile(str(plans_repo / reports["junit"]))
    failures = sum(s.failures for s in suite) if hasattr(suite, "__iter__") else suite.failures
    assert failures == 1
    quality = json.loads((plans_repo / reports["codequality"]).read_text())
    assert [(q["check_name"], q["severity"], q["location"]["path"]) for q in quality] == [
        ("SM005", "critical", "plans/leeds/plan.yaml")]


def test_templates_only_use_documented_commands() -> None:
    lines = [s["run"] for job in workflow()["jobs"].values() for s in job["steps"] if "run" in s]
    lines += [line for job in ("ccgov-audit", "ccgov-gate") for line in gitlab()[job]["script"]]
    for line in commands(lines):
        words = shlex.split(line)
        assert words[0] == "ccgov" and words[1] in {"audit", "gate", "log"}, line
