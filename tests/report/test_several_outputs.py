"""Several reports from one audit: every one written, the plan audited once, files replaced atomically."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ccgov.cli import run
from ccgov.result import ExitCode

REPO = Path(__file__).resolve().parents[2]
PLAN = REPO / "tests" / "fixtures" / "reports" / "plan.yaml"
FORMATS = {"json": "report.json", "sarif": "report.sarif", "junit": "report.xml",
           "markdown": "report.md", "github": "report.github", "html": "report.html"}


def test_one_audit_writes_every_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from ccgov_rules.smart.SM002 import TimeBound

    from ccgov.api import Auditor

    audits: list[Path] = []
    checks: list[str] = []
    real_audit, real_check = Auditor.audit, TimeBound.check
    monkeypatch.setattr(Auditor, "audit",
                        lambda self, plan, extra=(): audits.append(plan) or real_audit(self, plan, extra))
    monkeypatch.setattr(TimeBound, "check",
                        lambda self, ctx: checks.append(ctx.plan_id) or real_check(self, ctx))
    args = ["audit", str(PLAN)]
    for fmt, name in FORMATS.items():
        args += ["--format", fmt, "--output", str(tmp_path / name)]
    assert run([*args, "--format", "text"]) == ExitCode.FINDINGS
    assert audits == [PLAN] and checks == ["golden-ops-2027-q1"]
    assert "SM002" in capsys.readouterr().out  # the one format without --output goes to stdout
    assert json.loads((tmp_path / "report.json").read_text())["summary"]["error"] == 1
    assert json.loads((tmp_path / "report.sarif").read_text())["version"] == "2.1.0"
    assert ET.parse(tmp_path / "report.xml").getroot().get("failures") == "4"  # nothing waived here
    assert (tmp_path / "report.md").read_text().startswith("<!-- ccgov-report -->")
    assert (tmp_path / "report.github").read_text().startswith("::error file=")
    assert "staffing-chart" in (tmp_path / "report.html").read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(FORMATS.values())  # no temp files


def test_a_failed_write_leaves_the_old_report_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.json"
    report.write_text("previous report\n")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    assert run(["audit", str(PLAN), "-f", "json", "-o", str(report)]) == ExitCode.INTERNAL_ERROR
    assert report.read_text() == "previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]
    assert "No space left on device" in capsys.readouterr().err


BROKEN_FORMAT = '''
from ccgov.plugin import hookimpl
from ccgov.report import Reporter

class Count(Reporter):
    name = "count"
    suffix = ".txt"

    def render(self, results):
        return "".join(f"{r.plan_id} {len(r.findings)}\\n" for r in results)

class Broken(Reporter):
    name = "broken"

    def render(self, results):
        raise RuntimeError("cannot render")

@hookimpl
def ccgov_report_formats():
    return {"count": Count, "broken": Broken}
'''


def plugin_ccgov(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """ccgov in a process that has a plugin distribution adding two formats."""
    (tmp_path / "countfmt.py").write_text(textwrap.dedent(BROKEN_FORMAT))
    info = tmp_path / "countfmt-0.1.0.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: countfmt\nVersion: 0.1.0\n")
    (info / "entry_points.txt").write_text("[ccgov]\ncountfmt = countfmt\n")
    env = {k: v for k, v in os.environ.items() if k != "CCGOV_DISABLE_PLUGIN_AUTOLOAD"}
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), env.get("PYTHONPATH", "")])
    return subprocess.run([sys.executable, "-m", "ccgov", *args], capture_output=True, text=True,
                          env=env, timeout=120, cwd=tmp_path)


def test_a_plugin_format_pairs_with_outputs_like_a_built_in(tmp_path: Path) -> None:
    proc = plugin_ccgov(tmp_path, "audit", str(PLAN), "-f", "count", "-o", "count.txt",
                        "-f", "sarif", "-o", "report.sarif")
    assert proc.returncode == ExitCode.FINDINGS, proc.stderr
    assert (tmp_path / "count.txt").read_text() == "golden-ops-2027-q1 4\n"
    assert json.loads((tmp_path / "report.sarif").read_text())["runs"][0]["results"]
    # a format that fails to render writes no report at all, not some of them
    proc = plugin_ccgov(tmp_path, "audit", str(PLAN), "-f", "json", "-o", "fresh.json",
                        "-f", "broken", "-o", "broken.txt")
    assert proc.returncode == ExitCode.INTERNAL_ERROR
    assert "cannot render" in proc.stderr
    assert not (tmp_path / "fresh.json").exists() and not (tmp_path / "broken.txt").exists()


@pytest.mark.parametrize(("args", "expected"), [
    (["--format", "github", "--format", "sarif", "--output", "x.sarif"],
     [("github", None), ("sarif", "x.sarif")]),
    (["-f", "json", "-o", "a.json", "-f", "text"], [("json", "a.json"), ("text", None)]),
    (["--format=junit", "--output=j.xml", "-fhtml", "-or.html"], [("junit", "j.xml"), ("html", "r.html")]),
    (["-o", "out.txt"], [("text", "out.txt")]),
    ([], [("text", None)]),
])
def test_each_output_belongs_to_the_format_before_it(
    args: list[str], expected: list[tuple[str, str | None]]
) -> None:
    from ccgov.cli.options import option_order
    from ccgov.reporting import pair_outputs

    # click hands over each option's values in command-line order, but not how they interleave
    formats = _values(args, "f")
    outputs = [Path(o) for o in _values(args, "o")]
    order = option_order(args)
    paired = pair_outputs(formats, outputs, order)
    assert [(name, str(path) if path else None) for name, path in paired] == expected


def _values(args: list[str], kind: str) -> list[str]:
    short, long = ("-f", "--format") if kind == "f" else ("-o", "--output")
    values, tokens = [], iter(args)
    for token in tokens:
        if token in (short, long):
            values.append(next(tokens))
        elif token.startswith(f"{long}="):
            values.append(token.split("=", 1)[1])
        elif token.startswith(short):
            values.append(token[2:])
    return values


def test_an_output_with_no_format_before_it_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["audit", str(PLAN), "-f", "json", "-o", str(tmp_path / "a"), "-o", str(tmp_path / "b")]
    assert run(args) == ExitCode.INPUT_ERROR
    assert "must follow the --format it is for" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_the_github_template_form_annotates_stdout_and_writes_sarif(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sarif = tmp_path / "ccgov.sarif"
    assert run(["audit", str(PLAN), "--format", "github", "--format", "sarif",
                "--output", str(sarif)]) == ExitCode.FINDINGS
    assert capsys.readouterr().out.startswith("::error file=")
    assert json.loads(sarif.read_text())["version"] == "2.1.0"
