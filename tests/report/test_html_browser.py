"""The HTML report in a real browser: headless Chromium renders its charts and fetches nothing.

A screenshot is kept in ``artifacts/html-report.png`` for people to look at. A
missing Chromium fails the test (tests never skip); install it with
``apt-get install chromium`` (``.ci/run`` does), or point ``CCGOV_CHROMIUM`` at one.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from ccgov.report.charts import SCHEDULED, SHORT
from ccgov.report.html import HtmlReporter
from ccgov.result import AuditResult

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "artifacts"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    # Any name the page tried to reach would fail to resolve instead of leaving the machine.
    "--host-resolver-rules=MAP * ~NOTFOUND",
]


@pytest.fixture(scope="module")
def chromium() -> str:
    found = os.environ.get("CCGOV_CHROMIUM") or next(
        (path for name in ("chromium", "chromium-browser", "google-chrome")
         if (path := shutil.which(name))), None)
    assert found, "headless Chromium is needed: apt-get install chromium, or set CCGOV_CHROMIUM"
    return found


def browse(chromium: str, page: Path, work: Path, *action: str) -> tuple[str, list[dict[str, Any]]]:
    """Open ``page`` once; return stdout and every network request the browser logged."""
    net_log = work / f"net-{len(list(work.glob('net-*')))}.json"
    proc = subprocess.run(
        [chromium, *FLAGS, f"--user-data-dir={work / 'profile'}", f"--log-net-log={net_log}",
         *action, page.as_uri()],
        capture_output=True, text=True, timeout=180,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout, requests_in(json.loads(net_log.read_text(encoding="utf-8")))


def requests_in(log: dict[str, Any]) -> list[dict[str, Any]]:
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return [event["params"] for event in log["events"]
            if event["type"] == start_job and "url" in event.get("params", {})]


def page_requests(requests: list[dict[str, Any]]) -> list[str]:
    # Chromium's own service calls (update checks, clock sync) carry no origin; a
    # request the page makes carries the page's origin ("null" for a file).
    return [r["url"] for r in requests if r.get("initiator") != "not an origin"]


def test_report_renders_its_charts_and_fetches_nothing(
    chromium: str, tmp_path: Path, fixture_result: AuditResult, example_result: AuditResult
) -> None:
    page = tmp_path / "report.html"
    page.write_text(HtmlReporter().render([fixture_result, example_result]), encoding="utf-8")

    dom, requests = browse(chromium, page, tmp_path, "--dump-dom")
    assert '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';' in dom
    charts = re.findall(r'<svg [^>]*class="staffing-chart"[^>]*data-queue="([^"]+)"', dom)
    assert charts == ["billing-voice", "billing-voice", "billing-webchat"]
    assert dom.count('class="understaffed"') == 2
    assert "Objective OBJ2 is due 2027-06-30" in dom
    assert page_requests(requests) == []

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "html-report.png"
    shot.unlink(missing_ok=True)
    _, requests = browse(chromium, page, tmp_path, f"--screenshot={shot}", "--window-size=1100,2600")
    assert page_requests(requests) == []
    with Image.open(shot) as image:
        colours = {colour for _, colour in image.convert("RGB").getcolors(1 << 20) or []}
    # the charts were painted: scheduled bands and the understaffed marks are on screen
    assert _rgb(SCHEDULED) in colours and _rgb(SHORT) in colours


def test_the_request_check_sees_a_page_that_does_fetch(chromium: str, tmp_path: Path) -> None:
    # The control: without ccgov's Content-Security-Policy, an image and a style sheet
    # are fetched, and the net log shows them. So an empty list above means something.
    page = tmp_path / "leaky.html"
    page.write_text('<!DOCTYPE html><img src="http://images.example.invalid/a.png">'
                    '<link rel="stylesheet" href="https://fonts.example.invalid/a.css">')
    _, requests = browse(chromium, page, tmp_path, "--dump-dom")
    assert sorted(page_requests(requests)) == [
        "http://images.example.invalid/a.png", "https://fonts.example.invalid/a.css"]


def _rgb(colour: str) -> tuple[int, int, int]:
    return (int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16))
