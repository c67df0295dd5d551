"""Time the resource-planning rules on a year of 15-minute intervals for several queues.

Usage: ``python bench/bench_rules.py [QUEUES] [ROUNDS]`` (defaults: 4 queues, 5 rounds)

A seeded generator writes the example plan with a one-year period and QUEUES
queues open around the clock, each with a forecast CSV of 35,040 rows
(15-minute intervals), rostered to the Erlang C requirement with a small margin
and about 5 % of intervals left short, so the rules have runs to group and
report. Loading and the staffing analysis (computed once per audit and shared
by the rules) are timed once; each rule is timed over ROUNDS fresh instances
on the same analysed plan, and the median is reported.
"""

from __future__ import annotations

import math
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ccgov_rules.resource_planning import ccgov_get_rules

from ccgov.context import AuditContext
from ccgov.loading.bundle import load_bundle
from ccgov.model.build import build_plan
from ccgov.testing.workspace import PlanWorkspace
from ccgov.workforce.erlang import required_agents, required_staff, traffic_intensity

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "leeds-ops"
START = datetime(2027, 1, 1)
INTERVALS = 365 * 96
SHRINKAGE = 0.32


def forecast_csv(path: Path, seed: int, base: float) -> None:
    """A year of 15-minute rows: daily and weekly shape, noise, ~5 % of intervals short."""
    rng = random.Random(seed)
    staff_for: dict[tuple[int, int], int] = {}
    lines = ["start,contacts,aht_seconds,scheduled_staff"]
    for slot in range(INTERVALS):
        start = START + timedelta(minutes=15 * slot)
        hour = start.hour + start.minute / 60
        daily = 0.15 + math.exp(-(((hour - 11) / 3.5) ** 2)) + 0.7 * math.exp(-(((hour - 15) / 2.5) ** 2))
        weekly = 1.25 if start.weekday() == 0 else (0.6 if start.weekday() >= 5 else 1.0)
        contacts = max(0, round(base * daily * weekly * rng.uniform(0.9, 1.1)))
        aht = rng.choice((300, 320, 340, 360, 380, 400))
        key = (contacts, aht)
        if key not in staff_for:
            agents = required_agents(traffic_intensity(contacts, 900, aht), aht, 0.8, 20, 0.85)
            staff_for[key] = required_staff(agents, SHRINKAGE)
        staff = staff_for[key] + rng.choice((0, 1, 1, 2))
        if rng.random() < 0.05:
            staff = max(0, staff - rng.randint(2, 4))
        lines.append(f"{start:%Y-%m-%dT%H:%M},{contacts},{aht},{staff}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def year_plan(root: Path, queues: int) -> Path:
    """The example plan over 2027 with ``queues`` generated queues; returns plan.yaml."""
    workspace = PlanWorkspace.from_folder(EXAMPLE, root)
    for name in ("forecast-billing-voice.csv", "forecast-billing-webchat.csv"):
        (root / name).unlink()
    workspace.set("plan.period", {"start": "2027-01-01", "end": "2027-12-31"})
    items = []
    for number in range(queues):
        name = f"queue-{number + 1}"
        forecast_csv(root / f"{name}.csv", seed=2027 + number, base=40 + 25 * number)
        items.append({"id": name, "channel": "voice",
                      "service_level": {"target": 0.8, "answer_seconds": 20},
                      "abandonment_target": 0.05, "interval_minutes": 15, "forecast": f"{name}.csv"})
    workspace.set("resource_plan.queues", items)
    return root / "plan.yaml"


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    began = time.perf_counter()
    value = action()
    return time.perf_counter() - began, value


def main(queues: int, rounds: int) -> None:
    root = Path(tempfile.mkdtemp(prefix="ccgov-bench-rules-"))
    try:
        plan_path = year_plan(root / "plan", queues)
        load_s, bundle = timed(lambda: load_bundle(plan_path))
        build_s, (plan, unknown) = timed(lambda: build_plan(bundle.data, bundle.locate))
        ctx = AuditContext(plan, bundle.locate, unknown)
        analysis_s, staffing = timed(lambda: ctx.staffing)
        intervals = sum(len(queue.intervals) for queue in staffing)
        print(f"{queues} queues, {intervals:,} intervals (15-minute, one year)")
        print(f"  load CSVs and YAML   {load_s * 1000:8.1f} ms")
        print(f"  build the model      {build_s * 1000:8.1f} ms")
        print(f"  staffing analysis    {analysis_s * 1000:8.1f} ms   (once per audit, shared)")
        total = 0.0
        for cls in ccgov_get_rules():
            samples = []
            found = 0
            for _ in range(rounds):
                seconds, findings = timed(lambda cls=cls: list(cls().check(ctx)))
                samples.append(seconds)
                found = len(findings)
            median = statistics.median(samples)
            total += median
            print(f"  {cls.id} {cls.name:<48} {median * 1000:8.2f} ms  {found:5d} findings")
        print(f"  all resource-planning rules {total * 1000:8.1f} ms "
              f"({total / intervals * 1e6:.2f} µs per interval)")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 4, int(sys.argv[2]) if len(sys.argv) > 2 else 5)
