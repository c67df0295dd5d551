"""Where ccgov pauses the cyclic GC, it always gives it back as it found it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from ccgov import cli
from ccgov.api import Auditor
from ccgov.config import Config
from ccgov.errors import InputError


@pytest.fixture
def gc_state() -> Iterator[None]:
    """Whatever a test does to the GC, the next test finds it enabled and unfrozen."""
    yield
    gc.unfreeze()
    gc.enable()
    cli._startup_gc_paused = False


@pytest.mark.parametrize("enabled", [True, False])
def test_an_audit_leaves_the_gc_as_it_found_it(
    enabled: bool, example_plan: Path, tmp_path: Path, gc_state: None
) -> None:
    auditor = Auditor(Config())
    (gc.enable if enabled else gc.disable)()
    assert auditor.audit(example_plan).findings is not None
    assert gc.isenabled() is enabled
    broken = tmp_path / "plan.yaml"
    broken.write_text("ccgov: 1\nplan: [\n")
    with pytest.raises(InputError):
        auditor.audit(broken)
    assert gc.isenabled() is enabled


def test_startup_done_does_nothing_unless_main_paused_the_gc(gc_state: None) -> None:
    frozen = gc.get_freeze_count()
    gc.disable()  # paused by someone else: not ccgov's to re-enable
    cli.startup_done()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == frozen


def test_main_pauses_the_gc_for_start_up_and_restores_it_for_the_audit(
    example_plan: Path, tmp_path: Path, gc_state: None
) -> None:
    with pytest.raises(SystemExit):
        cli.main(["audit", str(example_plan), "--format", "json", "--output", str(tmp_path / "r.json")])
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # start-up's objects are out of the collector's way
    gc.unfreeze()
    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert not gc.isenabled()  # a command that never audits exits with the GC still paused
