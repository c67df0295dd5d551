"""Markdown: a pull-request comment with counts by rule set, linked rule ids and the outcome."""

from __future__ import annotations

from dataclasses import replace

from ccgov.report.markdown import MarkdownReporter, escape
from ccgov.result import AuditResult


def test_summary_findings_and_outcome(fixture_result: AuditResult) -> None:
    text = MarkdownReporter().render([fixture_result])
    assert text.startswith("<!-- ccgov-report -->")
    assert "| smart | 1 | 1 | 0 | 1 |" in text and "| core | 0 | 1 | 0 | 0 |" in text
    assert ("- 🔴 **error** [SM002](docs/rules/SM002.md) `plan.yaml:38` — Objective OBJ2 is due "
            "2027-06-30, outside the plan period 2027-01-01 to 2027-03-31.<br>*Remediation:* "
            "Add a due date within the plan period.") in text
    assert "*Waived by Compliance officer until 2027-06-30:*" in text
    assert text.rstrip().endswith("**Outcome:** golden-ops-2027-q1: failed (1 errors, 2 warnings, "
                                  "0 info, 1 waived; fails on error).")
    assert "<details>" not in text


def test_long_groups_fold_and_huge_reports_stay_under_the_comment_limit(
    fixture_result: AuditResult,
) -> None:
    many = [replace(fixture_result.findings[1], message=f"Finding number {n}.") for n in range(40)]
    text = MarkdownReporter().render([replace(fixture_result, findings=many)])
    assert "<details><summary>40 findings</summary>" in text
    reporter = MarkdownReporter()
    reporter.max_chars = 2_000
    cut = reporter.render([replace(fixture_result, findings=many)])
    assert len(cut) < 3_000
    assert "more findings are not shown here (comment size limit)" in cut
    assert "Finding number 0." in cut and "Finding number 39." not in cut


def test_plan_text_cannot_inject_markdown_or_html() -> None:
    assert escape("<img src=x> *bold* [link](y) | cell") == (
        "\\<img src=x\\> \\*bold\\* \\[link\\](y) \\| cell")
