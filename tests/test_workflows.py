"""Plan workflows: standard input, portfolio audits, plan diffs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ccgov.api import Auditor
from ccgov.config import Config
from ccgov.portfolio import audit_portfolio, find_plans
from ccgov.result import AuditResult, PlanFailure

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "leeds-ops"

SMALL = """ccgov: 1
kind: plan
plan: {{id: plan-{n}, title: Plan {n}, period: {{start: 2027-01-01, end: 2027-03-31}}}}
organisation: {{name: Org {n}, mission: Serve, values: [Care]}}
objectives:
  - {{id: OBJ1, kpi: AHT, baseline: 400, target: 380, direction: decrease, due: 2027-03-31}}
kpis: [{{id: AHT, unit: seconds}}]
"""


def ccgov(
    *args: str, cwd: Path | None = None, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "ccgov", *args], capture_output=True, cwd=cwd,
                          input=stdin, timeout=300)


def test_plan_on_standard_input_keeps_its_name_and_documents() -> None:
    raw = (EXAMPLE / "plan.yaml").read_bytes().replace(b"    owner: Billing team leader\n", b"", 1)
    proc = ccgov("audit", "-", "--stdin-filename", "plan.yaml", "--format", "json",
                 cwd=EXAMPLE, stdin=raw)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert "consultations.yaml" in report["plan"]["files"]  # relative documents still found
    (sm003,) = [f for f in report["findings"] if f["rule_id"] == "SM003"]
    assert sm003["location"]["file"] == "plan.yaml" and sm003["location"]["line"] == 36


def test_bad_plan_on_standard_input_is_located_by_its_name() -> None:
    proc = ccgov("audit", "-", "--stdin-filename", "plans/q1.yaml", stdin=b"ccgov: 1\nkind: plan\na: [\n")
    assert proc.returncode == 2
    assert b"plans/q1.yaml:" in proc.stderr and b"Traceback" not in proc.stderr


def make_portfolio(root: Path, count: int, broken: int) -> None:
    for n in range(count):
        folder = root / f"region-{n % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"plan-{n:04}.yaml").write_text(SMALL.format(n=n))
    for n in range(broken):
        (root / f"region-{n}" / f"broken-{n}.yaml").write_text(
            "ccgov: 1\nkind: plan\nplan: {id: x, title: [\n")
    (root / "region-0" / "notes.yaml").write_text("ccgov: 1\nkind: consultations\nplan: plan-0\n")
    (root / "README.md").write_text("not a plan")


def test_find_plans_by_kind_and_without_following_symlink_loops(tmp_path: Path) -> None:
    make_portfolio(tmp_path, 10, 1)
    (tmp_path / "region-1" / "loop").symlink_to(tmp_path, target_is_directory=True)
    found = find_plans([tmp_path])
    assert len(found) == 11
    assert not any(p.name == "notes.yaml" for p in found)


def test_portfolio_of_500_plans_with_3_broken_on_two_cores(tmp_path: Path) -> None:
    make_portfolio(tmp_path, 500, 3)
    auditor = Auditor(Config())
    outcomes = audit_portfolio(auditor, find_plans([tmp_path]), jobs=2)
    assert len(outcomes) == 503
    failures = [o for o in outcomes if isinstance(o, PlanFailure)]
    assert len(failures) == 3 and all(f.to_json()["exit_code"] == 2 for f in failures)
    assert all(f.issues and f.issues[0].file.endswith('.yaml') for f in failures)
    results = [o for o in outcomes if isinstance(o, AuditResult)]
    assert len({r.worker for r in results}) == 2  # both worker processes did work


def test_portfolio_cli_json_has_one_entry_per_plan(tmp_path: Path) -> None:
    make_portfolio(tmp_path, 12, 2)
    proc = ccgov("audit", str(tmp_path), "--format", "json", "--jobs", "2")
    assert proc.returncode == 2, proc.stderr  # broken plans make the run's exit 2
    plans = json.loads(proc.stdout)["plans"]
    assert len(plans) == 14
    assert sum(1 for p in plans if p["outcome"] == "input-error") == 2
    assert sum(1 for p in plans if p["outcome"] in ("pass", "fail")) == 12
    assert b"Auditing" not in proc.stderr  # no progress bar off a terminal


def test_portfolio_text_ends_with_a_summary_table(tmp_path: Path) -> None:
    make_portfolio(tmp_path, 3, 0)
    proc = ccgov("audit", str(tmp_path), "--jobs", "1")
    assert proc.returncode == 1, proc.stderr  # the small plans have SMART errors
    lines = proc.stdout.decode().splitlines()
    assert lines[-1] == "3 plans: 0 passed, 3 did not"
    assert lines[-5].split() == ["plan", "file", "errors", "warnings", "info", "waived", "outcome"]


@pytest.fixture
def versions(tmp_path: Path) -> tuple[Path, Path]:
    old = tmp_path / "old"
    new = tmp_path / "new"
    shutil.copytree(EXAMPLE, old)
    shutil.copytree(EXAMPLE, new)
    text = (new / "plan.yaml").read_text()
    # Break SM003 and SM007, and move every line down: moved findings are not new ones.
    text = "# a comment that moves every line\n" + text.replace("target: 380", "target: 300")
    (new / "plan.yaml").write_text(text.replace("    owner: Billing team leader\n", "", 1))
    (old / "plan.yaml").write_text((old / "plan.yaml").read_text().replace(
        "    evidence: Post-contact survey, October", "    x-evidence: Post-contact survey, October"))
    return old / "plan.yaml", new / "plan.yaml"


def test_diff_lists_exactly_the_findings_added_and_removed(versions: tuple[Path, Path]) -> None:
    old, new = versions
    proc = ccgov("diff", str(old), str(new), "--format", "json")
    assert proc.returncode == 0, proc.stderr  # warnings only: below the default fail-on
    report = json.loads(proc.stdout)
    assert sorted(f["rule_id"] for f in report["introduced"]) == ["SM003", "SM007"]
    assert [f["rule_id"] for f in report["resolved"]] == ["SM004"]
    assert ccgov("diff", str(old), str(new), "--fail-on", "warning").returncode == 1


def test_diff_against_a_git_revision(tmp_path: Path, versions: tuple[Path, Path]) -> None:
    old, new = versions
    repo = tmp_path / "repo"
    shutil.copytree(old.parent, repo / "plans")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], cwd=repo, check=True)
    subprocess.run([*git, "add", "."], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-qm", "v1"], cwd=repo, check=True)
    shutil.copy(new, repo / "plans" / "plan.yaml")
    proc = ccgov("diff", "git:HEAD:plans/plan.yaml", "plans/plan.yaml", "--format", "markdown",
                 cwd=repo)
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout.decode()
    assert "2 introduced, 1 resolved" in text and "[SM003](docs/rules/SM003.md)" in text
    assert "git:HEAD:plans/plan.yaml" in text
