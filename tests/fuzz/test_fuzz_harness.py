"""A bounded run of the atheris fuzzer in CI (the long runs are documented in docs/fuzzing.md)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


@pytest.mark.slow
def test_bounded_fuzz_run_finds_no_crash(tmp_path: Path) -> None:
    pytest.importorskip("atheris") if not os.environ.get("CI") else None
    corpus = tmp_path / "corpus"
    shutil.copytree(HERE / "corpus", corpus)
    proc = subprocess.run(
        [sys.executable, str(HERE / "fuzz_audit.py"), str(corpus), "-max_total_time=45",
         "-rss_limit_mb=2048", "-timeout=10", f"-artifact_prefix={tmp_path}/"],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "CCGOV_DISABLE_PLUGIN_AUTOLOAD": "1"},
    )
    tail = proc.stderr[-3000:]
    assert proc.returncode == 0, tail
    assert "Done" in tail and "crash-" not in " ".join(p.name for p in tmp_path.iterdir())
