"""Rules judge dates against the plan, never against today: moving the clock changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import time_machine

from ccgov.api import audit

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "leeds-ops"


def _findings(plan: Path) -> list[dict[str, object]]:
    return [f.to_json() for f in audit(plan).findings]


def test_same_findings_a_year_later_and_a_year_earlier(tmp_path: Path) -> None:
    # A plan with date-sensitive findings: stale tests and reviews, late DPIAs, due dates.
    text = (EXAMPLE / "plan.yaml").read_text()
    text = text.replace("last_tested: 2026-09-14", "last_tested: 2025-01-14")
    text = text.replace("last_reviewed: 2026-08-01", "last_reviewed: 2025-08-01")
    text = text.replace("due: 2027-02-15}", "due: 2027-06-15}")
    (tmp_path / "plan.yaml").write_text(text)
    for name in ("consultations.yaml", "changes.yaml", "forecast-billing-voice.csv",
                 "forecast-billing-webchat.csv"):
        (tmp_path / name).write_bytes((EXAMPLE / name).read_bytes())
    (tmp_path / "changes.yaml").write_text(
        (EXAMPLE / "changes.yaml").read_text().replace("completed_on: 2026-12-01",
                                                       "completed_on: 2027-03-01"))
    with time_machine.travel("2026-11-24 09:00", tick=False):
        today = _findings(tmp_path / "plan.yaml")
    with time_machine.travel("2027-11-24 09:00", tick=False):
        next_year = _findings(tmp_path / "plan.yaml")
    with time_machine.travel("2025-11-24 09:00", tick=False):
        last_year = _findings(tmp_path / "plan.yaml")
    assert len(today) >= 3  # the edits above are found
    assert json.dumps(today, sort_keys=True) == json.dumps(next_year, sort_keys=True)
    assert json.dumps(today, sort_keys=True) == json.dumps(last_year, sort_keys=True)
