"""Plugins load through the ccgov entry-point group and fail closed (exit 3)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "leeds-ops"

CRASHY = '''
from ccgov.plugin import hookimpl
from ccgov.rules import Rule, Severity

class Crashes(Rule):
    """Always raises."""
    id = "ZZ001"
    name = "crashy.crashes"
    ruleset = "crashy"
    severity = Severity.ERROR
    title = "Crashes"
    remediation = "None."

    def check(self, ctx):
        raise ZeroDivisionError("boom")

@hookimpl
def ccgov_get_rules():
    return [Crashes]
'''


def make_dist(root: Path, name: str, version: str, module_source: str,
              module: str | None = None) -> Path:
    """A minimal installed distribution on a path entry: found by importlib.metadata."""
    module = module or name.replace("-", "_")
    (root / f"{module}.py").write_text(textwrap.dedent(module_source))
    info = root / f"{module}-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
    (info / "entry_points.txt").write_text(f"[ccgov]\n{module} = {module}\n")
    return root


def ccgov(args: list[str], path_entry: Path, cwd: Path | None = None,
          **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "CCGOV_DISABLE_PLUGIN_AUTOLOAD"}
    environment["PYTHONPATH"] = os.pathsep.join([str(path_entry), environment.get("PYTHONPATH", "")])
    environment.update(env)
    return subprocess.run([sys.executable, "-m", "ccgov", *args], capture_output=True, text=True,
                          env=environment, cwd=cwd, timeout=120)


def test_a_crashing_rule_is_reported_and_exits_3(tmp_path: Path) -> None:
    make_dist(tmp_path, "crashy", "0.1.0", CRASHY)
    plan = tmp_path / "plan"
    import shutil

    shutil.copytree(EXAMPLE, plan)
    (plan / "plan.yaml").write_text(
        (plan / "plan.yaml").read_text().replace("    owner: Billing team leader\n", "", 1))
    proc = ccgov(["audit", str(plan / "plan.yaml"), "--format", "json"], tmp_path)
    assert proc.returncode == 3, proc.stderr
    report = json.loads(proc.stdout)
    internal = [f for f in report["findings"] if f["rule_id"] == "CCG-INTERNAL"]
    assert len(internal) == 1
    assert "ZZ001" in internal[0]["message"] and "crashy 0.1.0" in internal[0]["message"]
    assert "ZeroDivisionError" in internal[0]["message"]
    # every other rule still ran: the missing owner is still found
    assert any(f["rule_id"] == "SM003" for f in report["findings"])
    assert report["outcome"] == "error"
    assert "Traceback" not in proc.stderr


def test_a_plugin_that_cannot_import_exits_3_naming_it(tmp_path: Path) -> None:
    make_dist(tmp_path, "broken-plugin", "2.3.4", "import no_such_module_anywhere\n")
    proc = ccgov(["audit", str(EXAMPLE / "plan.yaml")], tmp_path)
    assert proc.returncode == 3
    assert "broken_plugin" in proc.stderr and "2.3.4" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_disabled_plugin_is_not_loaded(tmp_path: Path) -> None:
    make_dist(tmp_path, "broken-plugin", "2.3.4", "import no_such_module_anywhere\n")
    config = tmp_path / "ccgov.toml"
    config.write_text('[plugins]\ndisable = ["broken-plugin"]\n')
    proc = ccgov(["audit", str(EXAMPLE / "plan.yaml"), "--config", str(config)], tmp_path)
    assert proc.returncode in (0, 1), proc.stderr


def test_autoload_switch_keeps_third_party_plugins_out(tmp_path: Path) -> None:
    make_dist(tmp_path, "broken-plugin", "2.3.4", "import no_such_module_anywhere\n")
    proc = ccgov(["audit", str(EXAMPLE / "plan.yaml")], tmp_path,
                 CCGOV_DISABLE_PLUGIN_AUTOLOAD="1")
    assert proc.returncode in (0, 1), proc.stderr


def test_a_misspelt_hook_is_refused(tmp_path: Path) -> None:
    source = "from ccgov.plugin import hookimpl\n@hookimpl\ndef ccgov_get_rulez():\n    return []\n"
    make_dist(tmp_path, "typo-plugin", "1.0.0", source)
    proc = ccgov(["plugins", "list"], tmp_path)
    assert proc.returncode == 3 and "typo_plugin" in proc.stderr and "ccgov_get_rulez" in proc.stderr


def test_an_incompatible_plugin_api_is_refused(tmp_path: Path) -> None:
    make_dist(tmp_path, "future-plugin", "9.0.0", "CCGOV_PLUGIN_API = 2\n")
    proc = ccgov(["rules", "list"], tmp_path)
    assert proc.returncode == 3
    assert "plugin API 2" in proc.stderr and "9.0.0" in proc.stderr


def test_plugins_list_shows_builtins_and_third_parties(tmp_path: Path) -> None:
    make_dist(tmp_path, "crashy", "0.1.0", CRASHY)
    proc = ccgov(["plugins", "list", "--format", "json"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    rows = {row["name"]: row for row in json.loads(proc.stdout)}
    assert rows["crashy"]["version"] == "0.1.0" and rows["crashy"]["rules"] == 1
    assert rows["ccgov_smart"]["distribution"] == "ccgov" and rows["ccgov_smart"]["rules"] == 8


@pytest.mark.parametrize("args", [["--help"], ["audit", str(EXAMPLE / "plan.yaml")]])
def test_help_and_audit_do_not_import_sqlalchemy(args: list[str]) -> None:
    probe = (
        "import sys\nfrom ccgov.cli import run\ncode = run(sys.argv[1:])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'alembic', 'jinja2'))\n"
        "print('HEAVY', heavy)\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True,
                          timeout=120)
    assert "HEAVY []" in proc.stdout, proc.stdout[-500:]
