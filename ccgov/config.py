"""Configuration: ``.ccgov.toml`` or ``[tool.ccgov]`` in ``pyproject.toml``, found by walking up.

Shape (every key optional)::

    fail_on = "error"                 # error | warning | info | never
    select = ["SM*", "data-protection"]  # ids, names, rule sets or globs; empty = all
    ignore = ["SM006"]
    rule_packs = ["org-rules.yaml"]   # relative to the config file
    waivers = "waivers.yaml"
    [plugins]
    disable = ["acme-rules"]
    [limits]
    max_yaml_bytes = 5242880
    [rules.SM007]                     # an id, name, rule set or glob
    severity = "info"                 # override
    enabled = true
    max_relative_change = 0.3         # a rule option (only for a single rule)

The shape is checked with cerberus; rule ids and options are checked against
the loaded rules (``ccgov.registry``), each with a "did you mean".
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ccgov.errors import ConfigError, InputIssue
from ccgov.loading.limits import Limits

CONFIG_NAMES = (".ccgov.toml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")

_SCHEMA: dict[str, Any] = {
    "fail_on": {"type": "string", "allowed": list(FAIL_ON)},
    "select": {"type": "list", "schema": {"type": "string"}},
    "ignore": {"type": "list", "schema": {"type": "string"}},
    "rule_packs": {"type": "list", "schema": {"type": "string"}},
    "waivers": {"type": "string"},
    "baseline": {"type": "string"},
    "plugins": {
        "type": "dict",
        "schema": {"disable": {"type": "list", "schema": {"type": "string"}}},
    },
    "limits": {
        "type": "dict",
        "schema": {f.name: {"type": "integer", "min": 1} for f in fields(Limits)},
    },
    "rules": {
        "type": "dict",
        "valuesrules": {
            "type": "dict",
            "schema": {
                "severity": {"type": "string", "allowed": ["error", "warning", "info"]},
                "enabled": {"type": "boolean"},
            },
            "allow_unknown": True,
        },
    },
}


@dataclass
class Config:
    """The effective configuration of one run."""

    source: Path | None = None
    fail_on: str = "error"
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    rule_packs: list[Path] = field(default_factory=list)
    waivers: Path | None = None
    baseline: Path | None = None
    disabled_plugins: list[str] = field(default_factory=list)
    limits: Limits = field(default_factory=Limits)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    text: str = ""

    def issue(self, needle: str, message: str) -> InputIssue:
        """A located issue in the config file: the first line that mentions ``needle``."""
        line, column = _find(self.text, needle)
        return InputIssue(str(self.source or "(configuration)"), line, column, message)

    def merged_with_defaults(self, defaults: list[dict[str, Any]]) -> Config:
        """Apply plugin defaults under the user's rule settings (the user's always win)."""
        rules: dict[str, dict[str, Any]] = {}
        for default in defaults:
            for key, table in default.get("rules", {}).items():
                rules.setdefault(key, {}).update(table)
        for key, table in self.rules.items():
            rules.setdefault(key, {}).update(table)
        self.rules = rules
        return self


def find_config(start: Path) -> Path | None:
    """The nearest ``.ccgov.toml``, or ``pyproject.toml`` with ``[tool.ccgov]``, at or above ``start``."""
    directory = start if start.is_dir() else start.parent
    for folder in (directory.resolve(), *directory.resolve().parents):
        candidate = folder / ".ccgov.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and re.search(r"^\[tool\.ccgov[\].]", _read(pyproject), re.M):
            return pyproject
    return None


def load_config(path: Path | None) -> Config:
    """Read and validate a configuration file; ``None`` gives the defaults."""
    if path is None:
        return Config()
    text = _read(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, column = _toml_position(exc)
        raise ConfigError.at(path, line, column, f"invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("ccgov", {})
    return _build(path, text, data)


def _build(path: Path, text: str, data: dict[str, Any]) -> Config:
    from cerberus import Validator

    validator = Validator(_SCHEMA, allow_unknown=False)
    config = Config(source=path, text=text)
    if not validator.validate(data):
        raise ConfigError(list(_cerberus_issues(config, validator.errors)))
    base = path.parent
    config.fail_on = data.get("fail_on", "error")
    config.select = list(data.get("select", []))
    config.ignore = list(data.get("ignore", []))
    config.rule_packs = [base / p for p in data.get("rule_packs", [])]
    config.waivers = base / data["waivers"] if "waivers" in data else None
    config.baseline = base / data["baseline"] if "baseline" in data else None
    config.disabled_plugins = list(data.get("plugins", {}).get("disable", []))
    config.limits = Limits(**data.get("limits", {}))
    config.rules = {key: dict(value) for key, value in data.get("rules", {}).items()}
    return config


def _cerberus_issues(config: Config, errors: dict[str, Any], prefix: str = "") -> Any:
    import difflib

    for key, problems in errors.items():
        dotted = f"{prefix}.{key}" if prefix else str(key)
        for problem in problems:
            if isinstance(problem, dict):
                yield from _cerberus_issues(config, problem, dotted)
                continue
            message = f"{dotted}: {problem}"
            if problem == "unknown field":
                known = list(_SCHEMA) if not prefix else []
                close = difflib.get_close_matches(str(key), known, n=1)
                message = f"unknown setting {dotted!r}" + (
                    f"; did you mean {close[0]!r}?" if close else ""
                )
            yield config.issue(str(key), message)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError.at(path, 1, 1, f"cannot read configuration: {exc}") from None


def _find(text: str, needle: str) -> tuple[int, int]:
    for number, line in enumerate(text.splitlines(), start=1):
        column = line.find(needle)
        if column >= 0 and not line.lstrip().startswith("#"):
            return number, column + 1
    return 1, 1


def _toml_position(exc: tomllib.TOMLDecodeError) -> tuple[int, int]:
    match = re.search(r"line (\d+), column (\d+)", str(exc))
    return (int(match.group(1)), int(match.group(2))) if match else (1, 1)
