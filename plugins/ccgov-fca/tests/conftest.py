"""ccgov's public test kit, pointed at this plugin's compliant plan."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["ccgov.testing.bdd"]

PLANS = Path(__file__).parent / "plans"


@pytest.fixture
def ccgov_base_plan() -> Path:
    return PLANS / "compliant"
