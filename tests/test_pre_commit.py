"""The pre-commit hooks, run the way a platform team would: `pre-commit try-repo` on a repo of plans."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "leeds-ops"
GIT = ["git", "-c", "user.name=Planner", "-c", "user.email=planner@example.org"]


def git(*args: str, cwd: Path) -> None:
    subprocess.run([*GIT, *args], cwd=cwd, check=True, capture_output=True)


def try_repo(hook: str, scratch: Path, *files: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), hook, "--verbose",
         "--files", *files],
        cwd=scratch, capture_output=True, text=True, timeout=900, env={**os.environ, **env},
    )


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    repo = tmp_path / "plans-repo"
    shutil.copytree(EXAMPLE, repo / "plans" / "leeds")
    (repo / "README.md").write_text("Plans of the contact centre.\n")
    git("init", "-q", cwd=repo)
    git("add", ".", cwd=repo)
    git("commit", "-qm", "Q1 plan", cwd=repo)
    return repo


@pytest.mark.slow
def test_audit_hook_passes_a_good_plan_and_blocks_a_bad_one(scratch: Path) -> None:
    good = try_repo("ccgov-audit", scratch, "plans/leeds/changes.yaml", "README.md")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout

    plan = scratch / "plans" / "leeds" / "plan.yaml"
    plan.write_text(plan.read_text().replace("  mission: Keep our", "  x-mission: Keep our"))
    git("add", ".", cwd=scratch)
    bad = try_repo("ccgov-audit", scratch, "plans/leeds/plan.yaml")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout and "SM005" in bad.stdout and "plans/leeds/plan.yaml:" in bad.stdout


@pytest.mark.slow
def test_gate_hook_records_decisions_and_blocks_a_bad_plan(scratch: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'register.db'}"
    subprocess.run([sys.executable, "-m", "ccgov", "db", "upgrade", "--db", url], check=True,
                   capture_output=True, timeout=300)
    good = try_repo("ccgov-gate", scratch, "plans/leeds/plan.yaml", CCGOV_DATABASE_URL=url)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "gate: APPROVED leeds-ops-2027-q1" in good.stdout

    plan = scratch / "plans" / "leeds" / "plan.yaml"
    plan.write_text(plan.read_text().replace("  mission: Keep our", "  x-mission: Keep our"))
    git("add", ".", cwd=scratch)
    bad = try_repo("ccgov-gate", scratch, "plans/leeds/plan.yaml", CCGOV_DATABASE_URL=url)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "gate: DENIED leeds-ops-2027-q1" in bad.stdout
    history = subprocess.run([sys.executable, "-m", "ccgov", "log", "verify", "--db", url],
                             capture_output=True, text=True, timeout=300)
    assert history.returncode == 0, history.stdout + history.stderr
