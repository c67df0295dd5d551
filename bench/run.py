"""Every performance figure of docs/performance.md, measured in one run, as ratios to baselines.

    python bench/run.py                 # writes docs/performance.md and prints the table
    python bench/run.py --quick         # fewer repetitions and a smaller portfolio (a smoke run)

Whole-process figures alternate the two commands pair by pair and take the
median of the per-pair ratios (CPU = user + system of the finished child).
In-process figures interleave the two measurements round by round likewise.
Baselines are measured in the same run: yamllint for whole-process and
portfolio figures, ccgov's own position-keeping YAML parse for in-process ones.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import scaled, write_all

from ccgov.api import Auditor
from ccgov.config import Config
from ccgov.context import AuditContext
from ccgov.engine import run_rules
from ccgov.loading.bundle import load_bundle
from ccgov.loading.yaml_reader import read_yaml_file
from ccgov.model.build import build_plan
from ccgov.workforce.plan_staffing import analyse_plan

REPO = Path(__file__).resolve().parents[1]
CCGOV = [sys.executable, "-m", "ccgov"]
YAMLLINT = [sys.executable, "-m", "yamllint"]


def child(command: list[str]) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, peak RSS KiB) of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                          env={**os.environ, "CCGOV_DISABLE_PLUGIN_AUTOLOAD": "1"})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{command} exited {proc.returncode}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall, after.ru_maxrss


def paired(a: list[str], b: list[str], pairs: int) -> dict[str, float]:
    cpu_ratios, wall_ratios, a_cpu, b_cpu = [], [], [], []
    for _ in range(pairs):
        ca, wa, _ = child(a)
        cb, wb, _ = child(b)
        cpu_ratios.append(ca / cb)
        wall_ratios.append(wa / wb)
        a_cpu.append(ca)
        b_cpu.append(cb)
    return {"cpu_ratio": statistics.median(cpu_ratios), "wall_ratio": statistics.median(wall_ratios),
            "a_cpu": statistics.median(a_cpu), "b_cpu": statistics.median(b_cpu)}


def interleaved(a: Callable[[], object], b: Callable[[], object], rounds: int) -> dict[str, float]:
    ratios, a_times, b_times = [], [], []
    for _ in range(rounds):
        ta = _timed(a)
        tb = _timed(b)
        ratios.append(ta / tb)
        a_times.append(ta)
        b_times.append(tb)
    return {"ratio": statistics.median(ratios), "a": statistics.median(a_times),
            "b": statistics.median(b_times)}


def _timed(function: Callable[[], object]) -> float:
    gc.collect()
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def peak_rss(command: list[str]) -> int:
    """Peak RSS (KiB) of a fresh process, measured by a wrapper so each run is isolated."""
    probe = ("import resource,subprocess,sys;subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,"
             "stderr=subprocess.DEVNULL);print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True,
                         env={**os.environ, "CCGOV_DISABLE_PLUGIN_AUTOLOAD": "1"}, check=True)
    return int(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "performance.md")
    args = parser.parse_args()
    pairs, rounds = (3, 2) if args.quick else (15, 5)
    portfolio_size = 200 if args.quick else 2000
    rows: list[tuple[str, str, str, str]] = []

    with tempfile.TemporaryDirectory(prefix="ccgov-bench-") as tmp:
        data = Path(tmp)
        write_all(data, portfolio=portfolio_size)
        small, medium, large = (data / f"{n}.yaml" for n in ("small", "medium", "large"))
        os.environ["CCGOV_DISABLE_PLUGIN_AUTOLOAD"] = "1"
        auditor = Auditor(Config())

        # 1. Cold start: the whole process on a small plan, against yamllint on the same file.
        cold = paired([*CCGOV, "audit", str(small)], [*YAMLLINT, str(small)], pairs)
        rows.append(("cold `ccgov audit small.yaml` / `yamllint small.yaml` (CPU)",
                     f"{cold['cpu_ratio']:.2f}×", "≤ 0.6× (never > 1.0×)",
                     f"{cold['a_cpu'] * 1000:.0f} ms / {cold['b_cpu'] * 1000:.0f} ms"))
        rows.append(("cold `ccgov audit small.yaml` / `yamllint small.yaml` (wall)",
                     f"{cold['wall_ratio']:.2f}×", "—", ""))

        # 2. Whole audit against the position-keeping parse of the same file.
        for name, path, n in (("medium", medium, rounds * 2), ("large", large, rounds)):
            result = interleaved(lambda p=path: auditor.audit(p), lambda p=path: read_yaml_file(p), n)
            rows.append((f"whole audit / parse with positions, {name} ({path.stat().st_size // 1024} KiB)",
                         f"{result['ratio']:.2f}×", "≤ 1.3×",
                         f"{result['a'] * 1000:.0f} ms / {result['b'] * 1000:.0f} ms"))

        # 3. Staffing analysis and all rules, each against the parse of the same large plan.
        bundle = load_bundle(large)
        plan, unknown = build_plan(bundle.data, bundle.locate)
        staffing = interleaved(lambda: analyse_plan(plan), lambda: read_yaml_file(large), rounds)
        intervals = sum(len(q.forecast or []) for q in plan.resource_plan.queues)  # type: ignore[union-attr]
        rows.append((f"staffing analysis, 1 year × 3 queues ({intervals:,} intervals) / parse",
                     f"{staffing['ratio']:.3f}×", "≤ 0.1×",
                     f"{staffing['a'] * 1000:.0f} ms ({staffing['a'] / intervals * 1e7:.1f} ms "
                     "per 10,000 intervals)"))

        def rules_only() -> None:
            ctx = AuditContext(plan, bundle.locate, unknown)
            ctx.__dict__["staffing"] = precomputed
            run_rules(ctx, auditor.active)

        precomputed = analyse_plan(plan)
        rules = interleaved(rules_only, lambda: read_yaml_file(large), rounds)
        rows.append((f"all {len(auditor.active)} built-in rules (staffing shared) / parse, large",
                     f"{rules['ratio']:.3f}×", "≤ 0.1×", f"{rules['a'] * 1000:.0f} ms"))

        # 4. Scaling: audit time at 1×, 4×, 16× the plan.
        sizes = scaled(data)
        times = {f: interleaved(lambda p=p: auditor.audit(p), lambda: None, rounds)["a"]
                 for f, p in sizes.items()}
        rows.append(("scaling: 4× plan / 1× plan (time)", f"{times[4] / times[1]:.2f}×", "≈ 4×", ""))
        rows.append(("scaling: 16× plan / 1× plan (time)", f"{times[16] / times[1]:.2f}×", "≤ 17×",
                     ", ".join(f"{f}×: {t * 1000:.0f} ms" for f, t in times.items())))

        # 5. Memory: the large plan's peak above the interpreter's own.
        base = peak_rss([sys.executable, "-c", "pass"])
        big = peak_rss([*CCGOV, "audit", str(large)])
        size_kib = large.stat().st_size / 1024
        rows.append(("peak memory above the interpreter, large plan / file size",
                     f"{(big - base) / size_kib:.1f}×", "≤ 10×",
                     f"{(big - base) / 1024:.0f} MiB for a {size_kib / 1024:.1f} MiB file"))

        # 6. Portfolio throughput, scaling over cores, flat memory, and yamllint on the same folder.
        folder = data / "portfolio"
        one = child([*CCGOV, "audit", str(folder), "--jobs", "1"])
        two = child([*CCGOV, "audit", str(folder), "--jobs", "2"])
        per_core = portfolio_size / one[0]
        rows.append((f"portfolio of {portfolio_size:,} small plans, plans per second per core",
                     f"{per_core:.0f}", "≥ 250", f"{one[0]:.1f} s CPU, {one[1]:.1f} s wall with --jobs 1"))
        rows.append(("portfolio --jobs 2 speed-up over --jobs 1 (wall)", f"{one[1] / two[1]:.2f}×",
                     "≈ 2× (near-linear on 2 cores)", f"{two[1]:.1f} s wall"))
        subset = data / "subset"
        subset.mkdir()
        for path in sorted(folder.iterdir())[:100]:
            shutil.copy(path, subset / path.name)
        ours = child([*CCGOV, "audit", str(subset), "--jobs", "1"])
        theirs = child([*YAMLLINT, str(subset)])
        rows.append(("portfolio: yamllint CPU / ccgov CPU on the same 100 plans",
                     f"{theirs[0] / ours[0]:.1f}×", "≥ 15×", f"{theirs[0]:.1f} s / {ours[0]:.1f} s"))
        quarter = data / "quarter"
        quarter.mkdir()
        for path in sorted(folder.iterdir())[: portfolio_size // 4]:
            shutil.copy(path, quarter / path.name)
        rss_quarter = peak_rss([*CCGOV, "audit", str(quarter), "--jobs", "1", "--format", "json"])
        rss_full = peak_rss([*CCGOV, "audit", str(folder), "--jobs", "1", "--format", "json"])
        rows.append((f"portfolio peak memory, {portfolio_size:,} plans / {portfolio_size // 4:,} plans",
                     f"{rss_full / rss_quarter:.2f}×", "≈ 1× (flat)",
                     f"{rss_full / 1024:.0f} MiB / {rss_quarter / 1024:.0f} MiB"))

    table = ["| measure | result | target | detail |", "|---|---|---|---|"]
    table += [f"| {m} | {r} | {t} | {d} |" for m, r, t, d in rows]
    machine = (f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
               f"Python {platform.python_version()}, {platform.system()} {platform.release()}")
    text = "\n".join(table)
    print(text)
    if not args.quick:
        _write_doc(args.output, text, machine)


def _write_doc(path: Path, table: str, machine: str) -> None:
    doc = path.read_text(encoding="utf-8") if path.exists() else ""
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    stamp = time.strftime("%Y-%m-%d")
    block = f"{start}\nMeasured by `python bench/run.py` on {machine}, {stamp}.\n\n{table}\n{end}"
    if start in doc and end in doc:
        doc = doc[: doc.index(start)] + block + doc[doc.index(end) + len(end):]
    else:
        doc = doc + "\n" + block + "\n"
    path.write_text(doc, encoding="utf-8")


if __name__ == "__main__":
    main()
