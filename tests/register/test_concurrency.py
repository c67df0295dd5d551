"""Concurrent gate processes lose no record, and `kill -9` in the middle of an append leaves the chain whole.

The 8 × 50 runs are marked ``stress`` (deselected by default, run by CI with
``pytest -m stress``); the kill tests run in the default suite.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from register_support import ccgov_process, copy_example, open_register, sql

from ccgov.register.chain import head, verify

WORKERS = 8
#: Runs per process: the issue's 50 by default; CI sets fewer to stay within its time budget.
RUNS = int(os.environ.get("CCGOV_STRESS_RUNS", "50"))


def assert_intact(db_url: str, records: int) -> str:
    register = open_register(db_url)
    try:
        result = verify(register)
        assert result.intact, f"broken at {result.broken_at}: {result.problem}"
        assert result.records == records
        assert head(register).hash == result.head
        return result.head
    finally:
        register.close()


@pytest.mark.stress
def test_eight_processes_fifty_gate_runs_each_lose_nothing(db_url: str, tmp_path: Path) -> None:
    plan = copy_example(tmp_path / "plan")

    def worker(number: int) -> list[tuple[int, float, str]]:
        done = []
        for run in range(RUNS):
            started = time.perf_counter()
            proc = ccgov_process(["gate", str(plan), "--db", db_url, "--actor", f"w{number}-r{run}",
                                  "-f", "json"])
            done.append((proc.returncode, time.perf_counter() - started, proc.stderr))
        return done

    started = time.perf_counter()
    with ThreadPoolExecutor(WORKERS) as pool:
        results = [item for batch in pool.map(worker, range(WORKERS)) for item in batch]
    elapsed = time.perf_counter() - started
    failures = [(code, err) for code, _, err in results if code != 0]
    assert not failures, failures[:3]
    total = WORKERS * RUNS
    assert_intact(db_url, total)
    rows = sql(db_url, "SELECT seq, actor FROM ccgov_records ORDER BY seq")
    assert [seq for seq, _ in rows] == list(range(1, total + 1))
    assert {actor for _, actor in rows} == {f"w{w}-r{r}" for w in range(WORKERS) for r in range(RUNS)}
    durations = sorted(duration for _, duration, _ in results)
    backend = db_url.split(":", 1)[0]
    print(f"\n{backend}: {total} gate runs by {WORKERS} processes in {elapsed:.1f} s "
          f"({total / elapsed:.1f} records/s); per run median {statistics.median(durations):.2f} s, "
          f"p95 {durations[int(0.95 * total) - 1]:.2f} s, max {durations[-1]:.2f} s")


CONTENDER = textwrap.dedent("""\
    import sys, time
    from ccgov.register.chain import append
    from ccgov.register.engine import Register

    register = Register.open(sys.argv[1])
    worker, runs = sys.argv[2], int(sys.argv[3])
    started = time.perf_counter()
    for n in range(runs):
        body = {"kind": "gate", "time": "2027-01-04T08:00:00.000000Z", "actor": f"{worker}-{n}",
                "plan": {"id": "p", "version": 1, "content_digest": "c" * 64}, "decision": "approved"}
        append(register, lambda _conn: body)
    print(f"{time.perf_counter() - started:.3f}")
""")


def test_eight_processes_appending_at_once_keep_one_unbroken_chain(db_url: str) -> None:
    # Every process does nothing but append, so they collide on the lock far more
    # often than gate runs (which spend most of their time auditing) ever do.
    procs = [subprocess.Popen([sys.executable, "-c", CONTENDER, db_url, f"w{w}", str(RUNS)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for w in range(WORKERS)]
    outputs = [proc.communicate(timeout=600) for proc in procs]
    assert all(proc.returncode == 0 for proc in procs), [err for _, err in outputs][:2]
    total = WORKERS * RUNS
    assert_intact(db_url, total)
    actors = {row[0] for row in sql(db_url, "SELECT actor FROM ccgov_records")}
    assert actors == {f"w{w}-{n}" for w in range(WORKERS) for n in range(RUNS)}
    slowest = max(float(out) for out, _ in outputs)
    print(f"\n{db_url.split(':', 1)[0]}: {total} appends by {WORKERS} processes, slowest process "
          f"{slowest:.2f} s")


def test_kill_9_while_a_gate_run_holds_its_append_leaves_no_partial_record(
    db_url: str, tmp_path: Path
) -> None:
    plan = copy_example(tmp_path / "plan")
    assert ccgov_process(["gate", str(plan), "--db", db_url]).returncode == 0
    before = assert_intact(db_url, 1)
    marker = tmp_path / "inside-append"
    env = {**os.environ, "CCGOV_DISABLE_PLUGIN_AUTOLOAD": "1", "CCGOV_TEST_HOLD_APPEND": str(marker)}
    proc = subprocess.Popen([sys.executable, "-m", "ccgov", "gate", str(plan), "--db", db_url],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert proc.poll() is None, "the gate run ended before reaching its append"
            assert time.monotonic() < deadline, "the gate run never reached its append"
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    # The record was written and the head moved inside the transaction; neither survived.
    assert assert_intact(db_url, 1) == before
    assert ccgov_process(["log", "verify", "--db", db_url]).returncode == 0
    # And the lock died with the process: the next run appends straight after record 1.
    assert ccgov_process(["gate", str(plan), "--db", db_url]).returncode == 0
    assert sql(db_url, "SELECT prev_hash FROM ccgov_records WHERE seq = 2") == [(before,)]
    assert_intact(db_url, 2)


APPENDER = textwrap.dedent("""\
    import sys
    from ccgov.register.chain import append
    from ccgov.register.engine import Register

    register = Register.open(sys.argv[1])
    for n in range(100000):
        body = {"kind": "gate", "time": "2027-01-04T08:00:00.000000Z", "actor": f"a{n}",
                "plan": {"id": "p", "version": 1, "content_digest": "c" * 64}, "decision": "approved",
                "padding": "x" * 20000}
        append(register, lambda _conn: body)
        print(n, flush=True)
""")


@pytest.mark.parametrize("after", [0.7, 1.3])
def test_kill_9_at_an_arbitrary_moment_of_a_stream_of_appends(db_url: str, after: float) -> None:
    proc = subprocess.Popen([sys.executable, "-c", APPENDER, db_url], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    proc.stdout.readline()  # the first append committed: appends are under way
    time.sleep(after)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    committed = sql(db_url, "SELECT count(*) FROM ccgov_records")[0][0]
    assert committed >= 1
    assert_intact(db_url, committed)
    assert sql(db_url, "SELECT seq FROM ccgov_chain_head") == [(committed,)]
