"""Every bad input of plan-format.md exits 2 with file:line:col and no traceback."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from ccgov.cli import run

HEADER = "ccgov: 1\nkind: plan\n"
VALID = HEADER + (
    "plan: {id: p1, title: T, period: {start: 2027-01-01, end: 2027-03-31}}\n"
    "organisation: {name: X}\n"
    "objectives: []\n"
)


def audit_text(tmp_path: Path, text: str | bytes, capsys: pytest.CaptureFixture[str],
               name: str = "plan.yaml") -> tuple[int, str]:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    code = run(["audit", str(path)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


CASES = {
    "duplicate key": (VALID + "objectives: []\n", r"plan\.yaml:6:1: .*duplicate"),
    "python tag": (VALID + "x-run: !!python/object/apply:os.system [id]\n", r":6:\d+: .*tag"),
    "local tag": (VALID + "x-t: !custom 1\n", r":6:\d+: .*tag"),
    "anchor": (VALID + "x-a: &a 1\n", r":6:\d+: .*anchor"),
    "alias": (VALID + "x-a: 1\nx-b: *a\n", r":7:\d+: .*alias"),
    "merge key": (VALID + "x-m: {<<: {a: 1}}\n", r":6:\d+: .*merge"),
    "yaml directive": ("%YAML 1.1\n---\n" + VALID, r":1:1: .*directive"),
    "two documents": (VALID + "---\n" + VALID, r":6:1: .*(one|document)"),
    "empty document": ("", r":1:1: .*empty"),
    "null document": ("~\n", r":1:1: .*empty"),
    "no ccgov key": ("kind: plan\nplan: {id: p}\n", r":1:1: .*ccgov"),
    "wrong version": ("ccgov: 2\n" + VALID[len("ccgov: 1\n"):], r":1:\d+: .*version|ccgov"),
    "unknown kind": ("ccgov: 1\nkind: budget\n", r":2:\d+: .*kind"),
    "syntax error": (VALID + "x-bad: [1, 2\n", r"plan\.yaml:\d+:\d+: "),
    "missing sections": (HEADER, r":1:1: .*(plan|organisation|objectives)"),
    "wrong type": (VALID.replace("objectives: []", "objectives: [{id: O1, baseline: high}]"),
                   r":5:\d+: objectives\[0\]\.baseline"),
    "fraction as number": (VALID + "resource_plan: {shrinkage: 32}\n",
                           r":6:\d+: .*shrinkage.*32%"),
    "bad date": (VALID.replace("2027-03-31", "2027-02-30"), r":3:\d+: plan\.period\.end"),
    "non-mapping document": ("- a\n- b\n", r":1:1: "),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_yaml_is_an_input_error(name: str, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    text, pattern = CASES[name]
    code, err = audit_text(tmp_path, text, capsys)
    assert code == 2, err
    assert re.search(pattern, err, re.I), err


def test_every_type_error_is_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = VALID.replace(
        "objectives: []",
        "objectives: [{id: O1, baseline: high, target: low, due: soon}]",
    )
    code, err = audit_text(tmp_path, text, capsys)
    assert code == 2
    for field in ("baseline", "target", "due"):
        assert f"objectives[0].{field}" in err, err


def test_invalid_utf8_and_nul(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = audit_text(tmp_path, VALID.encode() + b"x-a: \xff\n", capsys)
    assert code == 2 and re.search(r":6:\d+: .*UTF-8", err, re.I), err
    code, err = audit_text(tmp_path, VALID.encode() + b"x-a: a\x00b\n", capsys)
    assert code == 2 and re.search(r":6:\d+: .*NUL", err, re.I), err


def test_oversized_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / ".ccgov.toml").write_text("[limits]\nmax_yaml_bytes = 1000\n")
    code, err = audit_text(tmp_path, VALID + "x-pad: " + "a" * 2000 + "\n", capsys)
    assert code == 2 and re.search(r"plan\.yaml:1:1: .*(size|large|bytes)", err, re.I), err


def test_documents_path_leaving_the_folder(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "outside.yaml").write_text("ccgov: 1\nkind: consultations\nplan: p1\n")
    sub = tmp_path / "plans"
    sub.mkdir()
    text = VALID.replace("organisation", "x-z: 1\norganisation").replace(
        "title: T,", "title: T, documents: [../outside.yaml],")
    code, err = audit_text(sub, text, capsys)
    assert code == 2 and re.search(r"plan\.yaml:3:\d+: .*outside", err, re.I), err


def test_mismatched_plan_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "c.yaml").write_text("ccgov: 1\nkind: consultations\nplan: other\nconsultations: []\n")
    text = VALID.replace("title: T,", "title: T, documents: [c.yaml],")
    code, err = audit_text(tmp_path, text, capsys)
    assert code == 2 and re.search(r"c\.yaml:3:\d+: .*(other|match)", err, re.I), err


def test_duplicate_id_across_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "c.yaml").write_text(
        "ccgov: 1\nkind: consultations\nplan: p1\nconsultations:\n  - {id: C1}\n")
    text = VALID.replace("title: T,", "title: T, documents: [c.yaml],") + (
        "stakeholders: {consultations: [{id: C1}]}\n")
    code, err = audit_text(tmp_path, text, capsys)
    assert code == 2 and "C1" in err and re.search(r"\.yaml:\d+:\d+: ", err), err


def test_csv_cell_of_the_wrong_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "f.csv").write_text(
        "start,contacts,aht_seconds,scheduled_staff\n2027-01-04T08:00,120,310,24\n"
        "2027-01-04T08:30,lots,310,24\n")
    text = VALID + ("resource_plan:\n  queues:\n    - {id: q, interval_minutes: 30, "
                    "forecast: f.csv}\n")
    code, err = audit_text(tmp_path, text, capsys)
    assert code == 2 and re.search(r"f\.csv:3:18: .*contacts", err), err


def test_unknown_cli_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["audit", "--no-such-option", "x.yaml"]) == 2
    assert run(["no-such-command"]) == 2


def test_missing_file_is_an_input_error(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["audit", str(tmp_path / "nope.yaml")])
    err = capsys.readouterr().err
    assert code == 2 and "nope.yaml" in err and "Traceback" not in err


HOSTILE = {
    "alias bomb": "ccgov: 1\na: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n"
        for i in range(8)),
    "deep nesting": "ccgov: 1\nx: " + "[" * 100_000 + "]" * 100_000 + "\n",
    "deep block nesting": "ccgov: 1\n" + "".join(" " * i + "a:\n" for i in range(2000)),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_yaml_is_refused_fast_in_a_real_process(name: str, tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(HOSTILE[name])
    # The timeout only guards against a hang; bench/bench_hostile.py measures the speed.
    proc = subprocess.run([sys.executable, "-m", "ccgov", "audit", str(path)],
                          capture_output=True, text=True, timeout=30)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and re.search(r"plan\.yaml:\d+:\d+: ", proc.stderr)
