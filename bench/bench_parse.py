"""Parse speed of ccgov's YAML reader against PyYAML's C loader, in one process.

Usage: ``PYTHONPATH=. python bench/bench_parse.py [ROUNDS]``

The input is a generated plan-like document of about 250 KB: plan sections
and 4 weeks of 15-minute forecast rows written inline. Each round times every
method once, in turn; the ratios are medians of the per-round ratios, which
keeps the comparison fair on a noisy machine. The GC is left enabled, as in a
real run: ccgov's reader pauses it during its own parse (that is part of its
design), PyYAML's loaders do not.
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta

import yaml

from ccgov.loading.yaml_reader import read_yaml_bytes


def plan_yaml(days: int = 28) -> bytes:
    """A plan with every interval of ``days`` days of 15-minute forecast rows inline."""
    lines = [
        "ccgov: 1",
        "kind: plan",
        "plan:",
        "  id: leeds-ops-2027-q1",
        "  title: Leeds contact centre operational plan, Q1 2027",
        "  period: {start: 2027-01-01, end: 2027-03-31}",
        "  sites: [Leeds]",
        "organisation:",
        "  name: Northern Utilities plc",
        "  mission: >",
        "    Keep our customers' homes warm and their bills simple.",
        "  strategic_goals:",
    ]
    for goal in range(1, 6):
        lines += [
            f"    - id: SG{goal}",
            f"      statement: Strategic goal {goal} of the organisation, stated in full.",
            "      horizon: 2029-12-31",
        ]
    lines.append("objectives:")
    for number in range(1, 21):
        lines += [
            f"  - id: OBJ{number}",
            f"    statement: Reduce AHT on queue {number} from 420 s to 380 s by 31 March.",
            "    supports: [SG1, SG2]",
            "    kpi: AHT",
            "    baseline: 420",
            "    target: 380",
            "    direction: decrease",
            "    due: 2027-03-31",
            "    owner: Billing team leader",
        ]
    lines += [
        "resource_plan:",
        "  shrinkage: 0.32",
        "  max_occupancy: 0.85",
        "  queues:",
        "    - id: billing-voice",
        "      channel: voice",
        "      service_level: {target: 0.8, answer_seconds: 20}",
        "      interval_minutes: 15",
        "      forecast:",
    ]
    start = datetime(2027, 1, 4)
    for index in range(days * 96):
        at = start + timedelta(minutes=15 * index)
        lines.append(
            f"        - {{start: {at:%Y-%m-%dT%H:%M}, contacts: {80 + index % 60}, "
            f"aht_seconds: {290 + index % 50}, scheduled_staff: {18 + index % 9}}}"
        )
    return ("\n".join(lines) + "\n").encode()


def main(rounds: int) -> None:
    raw = plan_yaml()
    methods: dict[str, Callable[[], object]] = {
        "ccgov read_yaml_bytes": lambda: read_yaml_bytes(raw, display="bench.yaml"),
        "yaml.load CSafeLoader": lambda: yaml.load(raw, Loader=yaml.CSafeLoader),
        "yaml.compose CSafeLoader": lambda: yaml.compose(raw, Loader=yaml.CSafeLoader),
    }
    assert gc.isenabled()
    times: dict[str, list[float]] = {name: [] for name in methods}
    for _ in range(rounds):
        for name, method in methods.items():
            started = time.perf_counter()
            method()
            times[name].append(time.perf_counter() - started)
    base = times["yaml.load CSafeLoader"]
    print(f"input: {len(raw):,} bytes, {rounds} rounds, GC enabled")
    for name, taken in times.items():
        ratio = statistics.median(t / b for t, b in zip(taken, base, strict=True))
        median_ms = statistics.median(taken) * 1000
        print(
            f"{name:26} {median_ms:8.1f} ms  {len(raw) / statistics.median(taken) / 1e6:5.2f} "
            f"MB/s  x{ratio:.2f} of yaml.load"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
