"""Regenerate the example's forecast CSVs: `python examples/leeds-ops/generate_forecast.py`.

A seeded, realistic Q1 2027 demand curve (Monday peaks, mid-morning and
early-afternoon humps, bank holidays closed), rostered to the Erlang C
requirement plus a small margin, as a planner would.
"""

from __future__ import annotations

import csv
import math
import random
from datetime import date, datetime, timedelta
from pathlib import Path

from ccgov.workforce.erlang import required_agents, required_staff, traffic_intensity

HERE = Path(__file__).parent
SHRINKAGE = 0.32
MAX_OCCUPANCY = 0.85
CLOSED = {date(2027, 1, 1)}  # New Year's Day


def daily_shape(minutes_from_open: float, length: float) -> float:
    """Two humps: mid-morning and early afternoon, quiet at the edges."""
    x = minutes_from_open / length
    return 0.55 + 0.6 * math.exp(-((x - 0.2) / 0.12) ** 2) + 0.45 * math.exp(-((x - 0.55) / 0.15) ** 2)


def write_queue(name: str, per_interval: float, aht: float, answer: float,
                open_hours: dict[int, tuple[int, int]], seed: int) -> None:
    rng = random.Random(seed)
    rows = []
    day = date(2027, 1, 1)
    while day <= date(2027, 3, 31):
        hours = open_hours.get(day.weekday())
        if hours and day not in CLOSED:
            opening, closing = hours
            weekday_factor = 1.25 if day.weekday() == 0 else 1.0
            for slot in range((closing - opening) * 2):
                start = datetime(day.year, day.month, day.day, opening) + timedelta(minutes=30 * slot)
                shape = daily_shape(slot * 30, (closing - opening) * 60)
                contacts = max(0, round(per_interval * shape * weekday_factor * rng.uniform(0.9, 1.1)))
                handle = round(aht * rng.uniform(0.95, 1.05))
                traffic = traffic_intensity(contacts, 1800, handle)
                agents = required_agents(traffic, handle, 0.8, answer, MAX_OCCUPANCY)
                staff = required_staff(agents, SHRINKAGE) + rng.choice((0, 1, 1, 2))
                rows.append((start.isoformat(timespec="minutes"), contacts, handle, staff))
        day += timedelta(days=1)
    with (HERE / f"forecast-{name}.csv").open("w", newline="") as handle_out:
        writer = csv.writer(handle_out)
        writer.writerow(["start", "contacts", "aht_seconds", "scheduled_staff"])
        writer.writerows(rows)


if __name__ == "__main__":
    weekdays = {d: (8, 20) for d in range(5)}
    write_queue("billing-voice", 95, 400, 20, {**weekdays, 5: (9, 17)}, seed=2027)
    write_queue("billing-webchat", 30, 540, 60, weekdays, seed=2028)
