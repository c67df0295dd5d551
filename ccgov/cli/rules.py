"""``ccgov rules list|explain|docs`` and ``ccgov plugins list``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ccgov.rules.base import Rule


def _registry(config_path: Path | None) -> Any:
    from ccgov.api import Auditor
    from ccgov.config import find_config, load_config

    config = load_config(config_path or find_config(Path.cwd()))
    return Auditor(config).registry


def rule_json(cls: type[Rule]) -> dict[str, Any]:
    """Everything a user or tool needs to know about one rule."""
    return {
        "id": cls.id,
        "name": cls.name,
        "ruleset": cls.ruleset,
        "severity": cls.severity.value,
        "title": cls.title,
        "summary": cls.summary(),
        "remediation": cls.remediation,
        "references": [ref.to_json() for ref in cls.references],
        "options": [
            {"name": o.name, "default": o.default, "doc": o.doc, "convention": o.convention}
            for o in cls.options
        ],
        "aliases": list(cls.aliases),
        "plugin": cls.plugin,
        "plugin_version": cls.plugin_version,
        "pack": cls.pack,
    }


config_option = click.option(
    "-c", "--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
    help="Configuration file (adds its rule packs).",
)


@click.group()
def rules() -> None:
    """List, explain and document rules."""


@rules.command("list")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@config_option
def list_rules(fmt: str, config_path: Path | None) -> int:
    """List every rule: id, name, rule set, severity, title."""
    registry = _registry(config_path)
    if fmt == "json":
        click.echo(json.dumps([rule_json(cls) for cls in registry], indent=2))
        return 0
    rows = [(c.id, c.name, c.ruleset, c.severity.value, c.title, c.pack or "") for c in registry]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        cells = [row[i].ljust(widths[i]) for i in range(4)]
        pack = f"  [pack {row[5]}]" if row[5] else ""
        click.echo("  ".join([*cells, row[4]]) + pack)
    return 0


@rules.command("explain")
@click.argument("rule_id")
@config_option
def explain(rule_id: str, config_path: Path | None) -> int:
    """Show a rule's documentation, options with defaults, and references."""
    registry = _registry(config_path)
    matched = [c for c in registry.match(rule_id) if rule_id in (c.id, c.name, *c.aliases)]
    if not matched:
        raise click.UsageError(f"no rule {rule_id!r}{registry.suggestion(rule_id)}")
    cls = matched[0]
    click.echo(f"{cls.id}  {cls.name}  ({cls.ruleset}, {cls.severity.value})")
    click.echo(f"{cls.title}\n")
    click.echo(cls.documentation())
    click.echo(f"\nRemediation: {cls.remediation}")
    if cls.options:
        click.echo("\nOptions (set under [rules." + cls.id + "] in .ccgov.toml):")
        for option in cls.options:
            kind = "convention" if option.convention else "set in law"
            click.echo(f"  {option.name} = {option.default!r}  ({kind}) {option.doc}")
    if cls.references:
        click.echo("\nReferences:")
        for ref in cls.references:
            click.echo(f"  - {ref.title}" + (f" <{ref.url}>" if ref.url else ""))
    source = f"pack {cls.pack}" if cls.pack else f"plugin {cls.plugin} {cls.plugin_version}"
    click.echo(f"\nProvided by {source}.")
    return 0


@rules.command("docs")
@click.option("-o", "--output", "output", type=click.Path(path_type=Path, file_okay=False),
              required=True, help="Folder for the pages (created if needed), e.g. docs/rules.")
@config_option
def docs(output: Path, config_path: Path | None) -> int:
    """Write one Markdown page per rule and an index.md by rule set.

    Pages come from each rule's docstring and metadata. Generated pages of rules
    that no longer exist are removed; other files in the folder are left alone.
    Set CCGOV_DISABLE_PLUGIN_AUTOLOAD=1 to document only ccgov's own rule sets.
    """
    from ccgov.rules.docs import write_docs

    written = write_docs(_registry(config_path), output)
    click.echo(f"wrote {len(written)} pages to {output}", err=True)
    return 0


@click.group()
def plugins() -> None:
    """List installed plugins."""


@plugins.command("list")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def list_plugins(fmt: str) -> int:
    """Every loaded plugin with its distribution, version and number of rules."""
    from ccgov.plugin.manager import PluginHost

    host = PluginHost()
    per_plugin = host.rule_counts()
    rows = [
        {"name": p.name, "distribution": p.distribution, "version": p.version,
         "rules": per_plugin.get(p.name, 0)}
        for p in host.plugins.values()
    ]
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2))
        return 0
    for row in rows:
        click.echo(f"{row['name']:24} {row['distribution']:20} {row['version']:10} "
                   f"{row['rules']} rules")
    return 0
