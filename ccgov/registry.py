"""The rules of one run: collected from plugins and packs, selected and configured.

Patterns (in ``select``, ``ignore`` and ``[rules.X]``) match a rule's id, alias,
dotted name or rule set, with shell-style globs (``SM*``, ``data-protection``).
"""

from __future__ import annotations

import difflib
import fnmatch
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ccgov.config import Config
from ccgov.errors import ConfigError, InputIssue, PluginLoadError
from ccgov.findings import Severity
from ccgov.rules.base import Rule


@dataclass(frozen=True, slots=True)
class ActiveRule:
    """A configured rule instance and the severity its findings get."""

    rule: Rule
    severity_override: Severity | None


class RuleRegistry:
    """All known rule classes, by id, with no duplicates."""

    def __init__(self, classes: Iterable[type[Rule]]) -> None:
        self.by_id: dict[str, type[Rule]] = {}
        for cls in classes:
            if cls.id in self.by_id:
                other = self.by_id[cls.id]
                if cls.pack is not None:
                    line, column = getattr(cls, "pack_position", (1, 1))
                    raise ConfigError.at(
                        cls.pack, line, column, f"rule id {cls.id} of pack {cls.pack} clashes with "
                        f"{other.id} from {other.pack or other.plugin}"
                    )
                raise PluginLoadError(
                    cls.plugin, cls.plugin_version, f"rule id {cls.id} is already provided by "
                    f"{other.plugin} {other.plugin_version}"
                )
            self.by_id[cls.id] = cls

    def __iter__(self) -> Iterator[type[Rule]]:
        return iter(sorted(self.by_id.values(), key=lambda cls: cls.id))

    def rulesets(self) -> list[str]:
        return sorted({cls.ruleset for cls in self.by_id.values()})

    def match(self, pattern: str) -> list[type[Rule]]:
        """Rules a pattern names (id, alias, name or rule set, globs allowed)."""
        found = []
        for cls in self:
            keys = (cls.id, cls.name, cls.ruleset, *cls.aliases)
            if any(fnmatch.fnmatchcase(key, pattern) for key in keys):
                found.append(cls)
        return found

    def suggestion(self, pattern: str) -> str:
        keys = {k for cls in self for k in (cls.id, cls.name, cls.ruleset)}
        close = difflib.get_close_matches(pattern, sorted(keys), n=1, cutoff=0.5)
        return f"; did you mean {close[0]!r}?" if close else ""

    def configure(
        self, config: Config, select: list[str] | None = None, ignore: list[str] | None = None
    ) -> list[ActiveRule]:
        """Instances of the selected rules with their options; every config mistake reported."""
        issues: list[InputIssue] = []
        selected = self._select(config, select, ignore, issues)
        settings: dict[str, dict[str, object]] = {cls.id: {} for cls in self}
        severities: dict[str, Severity] = {}
        for key, table in config.rules.items():
            matched = self.match(key)
            if not matched:
                issues.append(config.issue(key, f"no rule matches {key!r}{self.suggestion(key)}"))
                continue
            for cls in matched:
                if "severity" in table:
                    severities[cls.id] = Severity(table["severity"])
                if "enabled" in table:
                    (selected.add if table["enabled"] else selected.discard)(cls.id)
            options = {k: v for k, v in table.items() if k not in ("severity", "enabled")}
            if options and len(matched) > 1:
                issues.append(config.issue(key, f"options need a single rule, {key!r} matches "
                                                f"{len(matched)}"))
                continue
            for name, value in options.items():
                cls = matched[0]
                names = [option.name for option in cls.options]
                if name not in names:
                    close = difflib.get_close_matches(name, names, n=1)
                    hint = f"; did you mean {close[0]!r}?" if close else (
                        f"; it has {', '.join(names)}" if names else "; it has no options")
                    issues.append(config.issue(name, f"rule {cls.id} has no option {name!r}{hint}"))
                    continue
                try:
                    settings[cls.id][name] = cls.option_spec(name).validate(value)
                except ValueError as exc:
                    issues.append(config.issue(name, f"rule {cls.id}: {exc}"))
        if issues:
            raise ConfigError(issues)
        return [
            ActiveRule(cls(settings[cls.id]), severities.get(cls.id))
            for cls in self
            if cls.id in selected
        ]

    def _select(
        self, config: Config, select: list[str] | None, ignore: list[str] | None,
        issues: list[InputIssue],
    ) -> set[str]:
        chosen = select if select else config.select
        ignored = [*config.ignore, *(ignore or [])]
        selected: set[str] = set() if chosen else set(self.by_id)
        for pattern, add in [(p, True) for p in chosen] + [(p, False) for p in ignored]:
            matched = self.match(pattern)
            if not matched:
                issues.append(config.issue(pattern, f"no rule matches {pattern!r}"
                                                    f"{self.suggestion(pattern)}"))
            for cls in matched:
                (selected.add if add else selected.discard)(cls.id)
        return selected
