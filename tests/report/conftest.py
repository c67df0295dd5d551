"""Fixtures for report tests: audits of the example plan and of the golden fixture, done once."""

from __future__ import annotations

from pathlib import Path

import pytest

# pytest puts this folder on sys.path (rootdir-relative imports), as running
# regenerate_golden.py as a script does: both share report_support.py.
from report_support import golden_result

from ccgov.api import audit
from ccgov.result import AuditResult

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def example_result() -> AuditResult:
    return audit(REPO / "examples" / "leeds-ops" / "plan.yaml")


@pytest.fixture(scope="session")
def fixture_result() -> AuditResult:
    """The golden fixture's audit: errors, warnings, one waived finding, two understaffed intervals."""
    return golden_result()
