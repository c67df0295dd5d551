"""Every report format of a small fixed audit matches its golden file byte for byte."""

from __future__ import annotations

import pytest
from report_support import FORMATS, GOLDEN, golden_result, render

from ccgov.result import AuditResult


@pytest.fixture(scope="module")
def result() -> AuditResult:
    return golden_result()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_format_matches_its_golden_file(fmt: str, result: AuditResult) -> None:
    expected = (GOLDEN / FORMATS[fmt]).read_text(encoding="utf-8")
    actual = render(fmt, result)
    assert actual == expected, (
        f"the {fmt} report differs from tests/report/golden/{FORMATS[fmt]}; if the change is "
        "intended, run `python tests/report/regenerate_golden.py` and review the diff"
    )


def test_the_golden_audit_has_findings_a_waiver_and_understaffing(result: AuditResult) -> None:
    # The goldens only prove something if the fixture exercises every part of a report.
    assert {f.severity.value for f in result.active} == {"error", "warning"}
    assert any(f.waived for f in result.findings)
    assert result.staffing and any(
        i.gap_staff is not None and i.gap_staff < 0 for i in result.staffing[0].intervals)
