"""HTML: one self-contained page; a chart per queue that keeps every understaffed interval visible."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from ccgov.report.charts import DETAIL_LIMIT, staffing_chart
from ccgov.report.html import CSP, HtmlReporter
from ccgov.result import AuditResult
from ccgov.workforce.staffing import IntervalStaffing, QueueStaffing

URL_ATTRIBUTE = re.compile(r'\b(src|href|xlink:href|action|data)\s*=\s*"([^"]*)"', re.IGNORECASE)


def test_page_is_self_contained(fixture_result: AuditResult) -> None:
    page = HtmlReporter().render([fixture_result])
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' in page
    assert "<script" not in page.lower() and "@import" not in page and "url(" not in page
    references = {ref.url for f in fixture_result.findings for ref in f.references if ref.url}
    for attribute, value in URL_ATTRIBUTE.findall(page):
        # only anchors to the law behind a rule, or in-page anchors; nothing is fetched
        assert (attribute.lower() == "href" and (value in references or value.startswith("#"))), value


def test_page_has_overview_findings_and_a_chart_per_queue(fixture_result: AuditResult) -> None:
    page = HtmlReporter().render([fixture_result])
    assert '<td><a href="#golden-ops-2027-q1-smart">smart</a></td><td class="n">1</td>' in page
    assert "Objective OBJ2 is due 2027-06-30, outside the plan period 2027-01-01 to 2027-03-31." in page
    assert "<strong>What to do:</strong> Add a due date within the plan period." in page
    assert '<a href="https://en.wikipedia.org/wiki/SMART_criteria"' in page
    assert "<strong>Waived</strong> by Compliance officer until 2027-06-30" in page
    charts = re.findall(r'<svg [^>]*class="staffing-chart"[^>]*>', page)
    assert len(charts) == len(fixture_result.staffing) == 1
    assert 'data-queue="billing-voice"' in charts[0] and 'data-understaffed="2"' in charts[0]
    assert page.count('class="understaffed"') == 2
    assert "Mon 2027-01-04 09:30" in page  # the understaffed intervals' table


def test_plan_text_is_escaped(fixture_result: AuditResult) -> None:
    hostile = replace(fixture_result.findings[0], message='<img src="http://x.invalid/a.png">')
    page = HtmlReporter().render([replace(fixture_result, findings=[hostile])])
    assert "<img" not in page and "&lt;img src=&#34;http://x.invalid/a.png&#34;&gt;" in page


def test_example_plan_charts_daily_bands(example_result: AuditResult) -> None:
    page = HtmlReporter().render([example_result])
    charts = re.findall(r'<svg [^>]*class="staffing-chart"[^>]*>', page)
    assert [re.search(r'data-queue="([^"]+)"', c).group(1) for c in charts] == [  # type: ignore[union-attr]
        "billing-voice", "billing-webchat"]
    assert all('data-mode="daily"' in chart for chart in charts)
    assert len(page) < 400_000, "thousands of intervals must be drawn as daily bands, not one by one"


def quarter(short_every: int) -> QueueStaffing:
    """A synthetic quarter of 30-minute intervals, 08:00-20:00, some understaffed."""
    rows = []
    start = datetime(2027, 1, 1, 8, 0)
    for day in range(90):
        for slot in range(24):
            n = day * 24 + slot
            required = 20 + (slot % 12)
            scheduled = required - 3 if n % short_every == 0 else required + 2
            rows.append(IntervalStaffing(
                start=start + timedelta(days=day, minutes=30 * slot), contacts=100, aht_seconds=300,
                traffic_erlangs=16.7, required_agents=required - 5, required_staff=required,
                scheduled_staff=scheduled, productive_agents=scheduled * 0.7, service_level=None,
                asa_seconds=None, occupancy=None, gap_staff=scheduled - required))
    return QueueStaffing("synthetic", 30, 0.8, 20, 0.85, 0.3, tuple(rows))


def test_downsampling_keeps_every_understaffed_interval() -> None:
    queue = quarter(short_every=37)
    assert len(queue.intervals) > DETAIL_LIMIT
    short = [i for i in queue.intervals if i.gap_staff is not None and i.gap_staff < 0]
    svg = staffing_chart(queue)
    assert 'data-mode="daily"' in svg and f'data-understaffed="{len(short)}"' in svg
    marks = re.findall(r'<rect [^>]*class="understaffed"><title>([^<]+)</title>', svg)
    assert len(marks) == len(short)
    assert marks[0] == f"{short[0].start:%a %d %b %H:%M}: 17 scheduled, 20 required"
    # 90 daily bands of each kind, not 2,160 interval steps
    assert svg.count('class="scheduled"') == 90 and svg.count('class="required"') == 90
    assert len(svg) < 60_000


def test_short_forecasts_are_drawn_interval_by_interval(fixture_result: AuditResult) -> None:
    (queue,) = fixture_result.staffing
    svg = staffing_chart(queue)
    assert 'data-mode="intervals"' in svg
    assert svg.count("<title") == 1 + 2  # the chart's own title and one per understaffed interval
