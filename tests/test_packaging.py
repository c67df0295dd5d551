"""The built wheel carries the engine and every built-in rule set, and works from a clean venv."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(REPO)],
        check=True, capture_output=True, text=True, timeout=600,
    )
    (built,) = out.glob("ccgov-*.whl")
    return built


def test_wheel_contents(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {name.split("/")[0] for name in names if not name.startswith("ccgov-")}
    assert tops == {"ccgov", "ccgov_rules"}, tops  # never bare rules/, plugins/, tests/, features/
    assert "ccgov/py.typed" in names
    assert "ccgov_rules/smart/SM001.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[ccgov]" in text and "ccgov_smart = ccgov_rules.smart" in text
    assert "ccgov = ccgov.cli:main" in text


@pytest.mark.slow
def test_wheel_installs_and_audits_in_a_clean_venv(
    wheel: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True,
                   capture_output=True, text=True, timeout=900)
    ccgov = env_dir / "bin" / "ccgov"
    proc = subprocess.run([str(ccgov), "audit", str(REPO / "examples/leeds-ops/plan.yaml")],
                          capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert proc.returncode in (0, 1), proc.stderr
    assert "leeds-ops-2027-q1" in proc.stdout
    listed = subprocess.run([str(ccgov), "rules", "list"], capture_output=True, text=True,
                            timeout=300)
    assert "SM008" in listed.stdout

    # A third-party plugin from its own distribution: found only through the entry point
    # (with third-party autoload on, as users run it).
    monkeypatch.delenv("CCGOV_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    plugin = REPO / "plugins" / "ccgov-fca"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(plugin)], check=True,
                   capture_output=True, text=True, timeout=900)
    plugins = subprocess.run([str(ccgov), "plugins", "list"], capture_output=True, text=True,
                             timeout=300)
    assert "ccgov-fca" in plugins.stdout and "1.0.0" in plugins.stdout, plugins.stdout
    assert "FCA006" in subprocess.run([str(ccgov), "rules", "list"], capture_output=True,
                                      text=True, timeout=300).stdout
    fca_plan = plugin / "tests" / "plans" / "compliant" / "plan.yaml"
    broken = tmp_path / "fca" / "plan.yaml"
    broken.parent.mkdir()
    broken.write_text(fca_plan.read_text().replace("final_response_days: 56",
                                                   "final_response_days: 90"))
    fired = subprocess.run([str(ccgov), "audit", str(broken), "--select", "fca"],
                           capture_output=True, text=True, timeout=300)
    assert fired.returncode == 1 and "FCA001" in fired.stdout, fired.stdout + fired.stderr

    subprocess.run([str(python), "-m", "pip", "uninstall", "--quiet", "--yes", "ccgov-fca"],
                   check=True, capture_output=True, timeout=300)
    after = subprocess.run([str(ccgov), "rules", "list"], capture_output=True, text=True,
                           timeout=300)
    assert "FCA001" not in after.stdout and "SM001" in after.stdout
