"""The author's kit: `ccgov plugin new` writes a plugin whose own tests pass; the hook docs are current."""

from __future__ import annotations

import os
import subprocess
import sysconfig
import venv
from pathlib import Path

import pytest

from ccgov.cli import run
from ccgov.plugin.reference import hook_reference

REPO = Path(__file__).resolve().parents[1]


def plugin_venv(root: Path) -> Path:
    """A fresh venv that sees this environment's packages (ccgov and its test kit) through a .pth."""
    venv.create(root, with_pip=True)
    python = root / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig;print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    host = sysconfig.get_paths()["purelib"]
    Path(purelib, "ccgov-host.pth").write_text(f"import site; site.addsitedir({host!r})\n")
    return python


@pytest.mark.slow
def test_new_plugin_skeleton_passes_its_own_tests(tmp_path: Path) -> None:
    assert run(["plugin", "new", "acme-rules", "--directory", str(tmp_path / "acme-rules")]) == 0
    python = plugin_venv(tmp_path / "venv")
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "-e",
                    str(tmp_path / "acme-rules")], check=True, capture_output=True, timeout=600)
    env = {k: v for k, v in os.environ.items() if k != "CCGOV_DISABLE_PLUGIN_AUTOLOAD"}
    tests = subprocess.run([str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                           cwd=tmp_path / "acme-rules", capture_output=True, text=True, env=env,
                           timeout=600)
    assert tests.returncode == 0, tests.stdout[-3000:] + tests.stderr[-3000:]
    assert "5 passed" in tests.stdout
    listed = subprocess.run([str(python), "-m", "ccgov", "plugins", "list"], capture_output=True,
                            text=True, env=env, timeout=120)
    assert "acme_rules" in listed.stdout and "0.1.0" in listed.stdout


def test_new_plugin_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = str(tmp_path / "p")
    assert run(["plugin", "new", "acme-rules", "--directory", target]) == 0
    assert run(["plugin", "new", "acme-rules", "--directory", target]) == 2
    assert "already exists" in capsys.readouterr().err
    assert run(["plugin", "new", "acme-rules", "--directory", target, "--force"]) == 0
    assert run(["plugin", "new", "Bad_Name"]) == 2


def test_hook_reference_is_current() -> None:
    committed = (REPO / "docs" / "hooks.md").read_text(encoding="utf-8")
    assert committed == hook_reference(), "regenerate: ccgov plugin hooks -o docs/hooks.md"
    for hook in ("ccgov_get_rules", "ccgov_report_formats", "ccgov_default_config",
                 "ccgov_rule_packs"):
        assert f"## `{hook}(" in committed


def test_skeleton_templates_ship_in_the_package() -> None:
    from importlib.resources import files

    root = files("ccgov.scaffold") / "plugin"
    assert (root / "pyproject.toml.tmpl").is_file()
