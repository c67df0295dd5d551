"""YAML rule cases for every FCA rule, run by ccgov.testing."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccgov.testing import RuleCase, load_rule_cases

CASES = load_rule_cases(str(Path(__file__).parent / "cases" / "*.yaml"))


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_rule_case(case: RuleCase, tmp_path: Path) -> None:
    case.check(tmp_path)
