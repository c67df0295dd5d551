"""The process as a whole: interrupted runs, broken pipes, atomic reports, input limits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))
from generate import plan_text  # noqa: E402

EXAMPLE = REPO / "examples" / "leeds-ops"
ENV = {**os.environ, "CCGOV_DISABLE_PLUGIN_AUTOLOAD": "1"}


def test_broken_pipe_exits_quietly_with_the_audit_code() -> None:
    plan = str(EXAMPLE / "plan.yaml")
    # A reader that closes after one line, as `ccgov audit plan.yaml | head -1` does.
    proc = subprocess.Popen([sys.executable, "-m", "ccgov", "audit", plan, "--format", "json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err


def test_ctrl_c_exits_130_and_leaves_no_half_written_report(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text(plan_text(240, seed=7))
    report = tmp_path / "report.json"
    report.write_text("previous report\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "ccgov", "audit", str(big), "--format", "json", "--output", str(report)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    time.sleep(1.0)  # well inside the audit of a plan this size
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err and b"interrupted" in err
    assert report.read_text() == "previous report\n"  # untouched: never half-written
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report.json")] == []


def test_output_file_is_replaced_whole(tmp_path: Path) -> None:
    report = tmp_path / "out" / "report.json"
    proc = subprocess.run([sys.executable, "-m", "ccgov", "audit", str(EXAMPLE / "plan.yaml"),
                           "-f", "json", "-o", str(report)], capture_output=True, env=ENV, timeout=120)
    assert proc.returncode == 0 and report.read_text().endswith("}\n")
    assert sorted(p.name for p in report.parent.iterdir()) == ["report.json"]


LIMIT_CASES = [
    # (setting, value, the input at the limit, the input just past it)
    ("max_yaml_bytes", 2000, lambda n: "ccgov: 1\nx-pad: " + "a" * (n - 17) + "\n"),
    ("max_depth", 10, lambda n: "ccgov: 1\nx: " + "[" * (n - 1) + "]" * (n - 1) + "\n"),
]


@pytest.mark.parametrize(("setting", "limit", "make"), LIMIT_CASES, ids=[c[0] for c in LIMIT_CASES])
def test_yaml_limits_at_and_just_past(tmp_path: Path, setting: str, limit: int, make) -> None:  # type: ignore[no-untyped-def]
    from ccgov.errors import InputError
    from ccgov.loading.limits import Limits
    from ccgov.loading.yaml_reader import read_yaml_bytes

    limits = Limits(**{setting: limit})
    at = make(limit).encode()
    past = make(limit + 1).encode()
    read_yaml_bytes(at, display="plan.yaml", limits=limits)  # exactly at the limit: accepted
    with pytest.raises(InputError) as caught:
        read_yaml_bytes(past, display="plan.yaml", limits=limits)
    assert setting in str(caught.value) or "deeper" in str(caught.value)


def test_default_depth_limit_is_64() -> None:
    from ccgov.errors import InputError
    from ccgov.loading.yaml_reader import read_yaml_bytes

    # The top-level mapping is depth 1: `x:` holding 63 nested lists reaches 64.
    read_yaml_bytes(("ccgov: 1\nx: " + "[" * 63 + "]" * 63 + "\n").encode(), display="p.yaml")
    with pytest.raises(InputError):
        read_yaml_bytes(("ccgov: 1\nx: " + "[" * 64 + "]" * 64 + "\n").encode(), display="p.yaml")


def _csv(rows: int) -> str:
    header = "start,contacts,aht_seconds,scheduled_staff\n"
    return header + "".join(f"2027-01-04T{8 + i // 4:02}:{(i % 4) * 15:02},10,300,5\n"
                            for i in range(rows))


def test_csv_size_limit_at_and_just_past(tmp_path: Path) -> None:
    from ccgov.errors import InputError
    from ccgov.loading.csv_reader import read_forecast_csv
    from ccgov.loading.limits import Limits

    path = tmp_path / "f.csv"
    path.write_text(_csv(3))
    size = path.stat().st_size
    read_forecast_csv(path, display="f.csv", limits=Limits(max_csv_bytes=size))
    with pytest.raises(InputError) as caught:
        read_forecast_csv(path, display="f.csv", limits=Limits(max_csv_bytes=size - 1))
    assert "max_csv_bytes" in str(caught.value)


def test_documents_limit_at_and_just_past(tmp_path: Path) -> None:
    from ccgov.errors import InputError
    from ccgov.loading.bundle import load_bundle
    from ccgov.loading.limits import Limits

    names = []
    for n in range(3):
        (tmp_path / f"c{n}.yaml").write_text(f"ccgov: 1\nkind: consultations\nplan: p\n"
                                             f"consultations: [{{id: C{n}}}]\n")
        names.append(f"c{n}.yaml")
    (tmp_path / "plan.yaml").write_text(
        "ccgov: 1\nplan: {id: p, title: t, period: {start: 2027-01-01, end: 2027-03-31}, "
        f"documents: [{', '.join(names)}]}}\norganisation: {{}}\nobjectives: []\n")
    load_bundle(tmp_path / "plan.yaml", limits=Limits(max_documents=3))
    with pytest.raises(InputError) as caught:
        load_bundle(tmp_path / "plan.yaml", limits=Limits(max_documents=2))
    assert "max_documents" in str(caught.value)


def test_limits_are_configurable_in_ccgov_toml(tmp_path: Path) -> None:
    (tmp_path / ".ccgov.toml").write_text("[limits]\nmax_depth = 5\n")
    (tmp_path / "plan.yaml").write_text("ccgov: 1\nx: [[[[[1]]]]]\n")
    proc = subprocess.run([sys.executable, "-m", "ccgov", "audit", str(tmp_path / "plan.yaml")],
                          capture_output=True, text=True, env=ENV, timeout=120)
    assert proc.returncode == 2 and "plan.yaml:2:" in proc.stderr, proc.stderr


def test_hostile_sizes_are_refused_before_reading(tmp_path: Path) -> None:
    """A sparse 1 GB plan and a forecast of 10 million rows: refused quickly, memory flat."""
    huge = tmp_path / "plan.yaml"
    with huge.open("wb") as handle:
        handle.write(b"ccgov: 1\n")
        handle.truncate(1 << 30)
    proc = subprocess.run([sys.executable, "-m", "ccgov", "audit", str(huge)],
                          capture_output=True, text=True, env=ENV, timeout=60)
    assert proc.returncode == 2 and "max_yaml_bytes" in proc.stderr, proc.stderr

    folder = tmp_path / "csv"
    folder.mkdir()
    with (folder / "f.csv").open("w") as handle:
        handle.write("start,contacts,aht_seconds,scheduled_staff\n")
        line = "2027-01-04T08:00,10,300,5\n"
        handle.write(line * 10_000_000)
    (folder / "plan.yaml").write_text(
        "ccgov: 1\nplan: {id: p, title: t, period: {start: 2027-01-01, end: 2027-03-31}}\n"
        "organisation: {}\nobjectives: []\n"
        "resource_plan: {queues: [{id: q, interval_minutes: 15, forecast: f.csv}]}\n")
    probe = ("import resource,subprocess,sys;p=subprocess.run(sys.argv[1:],capture_output=True,text=True);"
             "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss);"
             "print(p.stderr)")
    out = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "ccgov", "audit",
                          str(folder / "plan.yaml")], capture_output=True, text=True, env=ENV,
                         timeout=120).stdout
    code, rss = out.split("\n")[0].split()
    assert code == "2" and "max_csv_bytes" in out, out
    assert int(rss) < 200_000  # KiB: the 260 MB file was never read into memory


def test_output_to_a_device_or_fifo_is_written_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received = tmp_path / "received.json"
    with received.open("wb") as sink:  # a file, not a pipe: the report is bigger than a pipe buffer
        reader = subprocess.Popen(["cat", str(fifo)], stdout=sink)
        proc = subprocess.run([sys.executable, "-m", "ccgov", "audit", str(EXAMPLE / "plan.yaml"),
                               "-f", "json", "-o", str(fifo)], capture_output=True, env=ENV,
                              timeout=120)
        reader.wait(timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert received.read_bytes().startswith(b"{") and fifo.is_fifo()  # never renamed over
