"""Shared fixtures: the example plan, the shared data folder, and no third-party plugins."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Only ccgov's own plugins in ccgov's tests, whatever else is installed.
os.environ.setdefault("CCGOV_DISABLE_PLUGIN_AUTOLOAD", "1")

pytest_plugins = ["ccgov.testing.bdd"]

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "leeds-ops"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` beside the repository (CI has it there too), or $CCGOV_SHARED_DATA."""
    configured = os.environ.get("CCGOV_SHARED_DATA")
    path = Path(configured) if configured else REPO.parent / "shared" / "data"
    if not path.is_dir():
        raise RuntimeError(f"shared data folder not found at {path}; set CCGOV_SHARED_DATA")
    return path


@pytest.fixture
def ccgov_base_plan() -> Path:
    return EXAMPLE


@pytest.fixture
def example_plan() -> Path:
    return EXAMPLE / "plan.yaml"
