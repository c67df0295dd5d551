"""Finds, loads and queries plugins. Fails closed: a plugin that cannot load stops the run (exit 3).

Built-in rule sets come through the same ``ccgov`` entry-point group as third
parties. ``CCGOV_DISABLE_PLUGIN_AUTOLOAD=1`` keeps only ccgov's own entry
points (useful in tests and for a known-clean gate); a plugin listed in the
configuration's ``plugins.disable`` is blocked before it is imported.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from importlib.metadata import EntryPoint, PackageNotFoundError, distribution, entry_points
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pluggy

from ccgov.errors import PluginLoadError
from ccgov.plugin import PLUGIN_API, PROJECT, hookspecs

if TYPE_CHECKING:
    from ccgov.report import Reporter
    from ccgov.rules.base import Rule

AUTOLOAD_ENV = "CCGOV_DISABLE_PLUGIN_AUTOLOAD"


@dataclass(frozen=True, slots=True)
class PluginInfo:
    """One loaded plugin: entry-point name, distribution and version."""

    name: str
    distribution: str
    version: str


class PluginHost:
    """A pluggy manager with one typed method per hook, each implementation called in isolation."""

    def __init__(self, *, disabled: Collection[str] = (), autoload: bool | None = None) -> None:
        if autoload is None:
            autoload = not os.environ.get(AUTOLOAD_ENV)
        self.manager = pluggy.PluginManager(PROJECT)
        self.manager.add_hookspecs(hookspecs)
        self.plugins: dict[str, PluginInfo] = {}
        self._disabled = set(disabled)
        from ccgov import __version__, core_rules

        self.register(core_rules, "core", PROJECT, __version__)
        # Reading a distribution's metadata parses its METADATA file as an e-mail
        # message; every entry point of one distribution shares the one reading.
        known: dict[int, tuple[str, str]] = {}
        for entry_point in _ccgov_entry_points(autoload):
            dist = entry_point.dist
            if dist is None:
                dist_name, version = "unknown", "0"
            elif id(dist) in known:
                dist_name, version = known[id(dist)]
            else:
                metadata = dist.metadata
                dist_name, version = known[id(dist)] = (metadata["Name"], metadata["Version"])
            if not autoload and dist_name != PROJECT:
                continue
            if entry_point.name in self._disabled or dist_name in self._disabled:
                continue
            self.register(_load(entry_point, dist_name, version), entry_point.name, dist_name, version)
        try:
            self.manager.check_pending()
        except pluggy.PluginValidationError as exc:
            name = self.manager.get_name(exc.plugin) or "?"
            info = self.plugins.get(name)
            raise PluginLoadError(name, info.version if info else "?", str(exc)) from None

    def register(self, module: ModuleType | object, name: str, distribution: str, version: str) -> None:
        """Register a plugin object (also used by tests to add a plugin without installing it)."""
        declared = getattr(module, "CCGOV_PLUGIN_API", PLUGIN_API)
        if declared != PLUGIN_API:
            raise PluginLoadError(
                name,
                version,
                f"written for ccgov plugin API {declared}, this ccgov provides API {PLUGIN_API}; "
                "upgrade the plugin or ccgov",
            )
        try:
            self.manager.register(module, name=name)
        except (ValueError, pluggy.PluginValidationError) as exc:
            raise PluginLoadError(name, version, str(exc)) from None
        self.plugins[name] = PluginInfo(name, distribution, version)

    def _call_each(self, hook_name: str) -> Iterator[tuple[PluginInfo, Any]]:
        # NOTE: pluggy stops a hook call at the first raising implementation, so
        # each plugin's implementation is called on its own and blamed by name.
        hook = getattr(self.manager.hook, hook_name)
        for impl in reversed(hook.get_hookimpls()):
            info = self.plugins.get(impl.plugin_name, PluginInfo(impl.plugin_name, "?", "?"))
            try:
                result = impl.function()
            except Exception as exc:
                raise PluginLoadError(
                    info.name, info.version, f"{hook_name}() raised {type(exc).__name__}: {exc}"
                ) from exc
            if result is not None:
                yield info, result

    def rule_classes(self) -> list[type[Rule]]:
        """Every rule class of every plugin, tagged with the plugin that provided it."""
        from ccgov.rules.base import Rule

        classes: list[type[Rule]] = []
        for info, rules in self._call_each("ccgov_get_rules"):
            for rule in rules:
                if not (isinstance(rule, type) and issubclass(rule, Rule)):
                    raise PluginLoadError(
                        info.name, info.version, f"ccgov_get_rules returned {rule!r}, not a Rule class"
                    )
                rule.plugin = info.distribution
                rule.plugin_version = info.version
                classes.append(rule)
        return classes

    def rule_counts(self) -> dict[str, int]:
        """How many rules each plugin provides, by plugin name."""
        return {info.name: len(rules) for info, rules in self._call_each("ccgov_get_rules")}

    def report_formats(self) -> dict[str, type[Reporter]]:
        formats: dict[str, type[Reporter]] = {}
        owners: dict[str, str] = {}
        for info, provided in self._call_each("ccgov_report_formats"):
            for name, reporter in provided.items():
                if name in formats:
                    raise PluginLoadError(
                        info.name, info.version, f"format {name!r} is already provided by {owners[name]}"
                    )
                formats[name], owners[name] = reporter, info.name
        return formats

    def default_configs(self) -> list[tuple[PluginInfo, Mapping[str, Any]]]:
        return list(self._call_each("ccgov_default_config"))

    def rule_packs(self) -> list[tuple[PluginInfo, Path]]:
        return [(info, Path(p)) for info, paths in self._call_each("ccgov_rule_packs") for p in paths]


def _ccgov_entry_points(autoload: bool) -> list[EntryPoint]:
    """The ``ccgov`` entry points of every distribution, or of ccgov's own without autoload."""
    if autoload:
        found = entry_points(group=PROJECT)
    else:
        # Only ccgov's own are wanted: look up its distribution instead of reading
        # the entry points of every installed one.
        try:
            found = distribution(PROJECT).entry_points.select(group=PROJECT)
        except PackageNotFoundError:
            return []
    # Sorted so that rule order, and so reports, never depend on install order.
    return sorted(found, key=lambda ep: ep.name)


def _load(entry_point: EntryPoint, distribution: str, version: str) -> Any:
    try:
        return entry_point.load()
    except Exception as exc:
        raise PluginLoadError(
            f"{entry_point.name} ({distribution})", version, f"{type(exc).__name__}: {exc}"
        ) from exc
