"""The Python API behind every command: ``audit()`` and the reusable ``Auditor``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ccgov.config import Config, find_config, load_config
from ccgov.context import AuditContext
from ccgov.engine import run_rules
from ccgov.errors import ConfigError, PluginLoadError
from ccgov.loading._support import gc_paused
from ccgov.plugin.manager import PluginHost
from ccgov.registry import ActiveRule, RuleRegistry
from ccgov.result import AuditResult, RulesetInfo
from ccgov.rules.base import Rule


class Auditor:
    """Plugins loaded and rules configured once, then any number of plans audited."""

    def __init__(
        self,
        config: Config,
        *,
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        fail_on: str | None = None,
        host: PluginHost | None = None,
    ) -> None:
        self.config = config
        self.select = list(select)
        self.ignore = list(ignore)
        self.host = host or PluginHost(disabled=config.disabled_plugins)
        config.merged_with_defaults([dict(d) for _, d in self.host.default_configs()])
        self.registry = RuleRegistry(self._rule_classes())
        self.active: list[ActiveRule] = self.registry.configure(config, list(select), list(ignore))
        self.fail_on = fail_on or config.fail_on

    def _rule_classes(self) -> list[type[Rule]]:
        classes = self.host.rule_classes()
        plugin_packs = self.host.rule_packs()
        if plugin_packs or self.config.rule_packs:
            # Imported only when some pack exists: it brings in cerberus and the YAML reader.
            from ccgov.rules.packs import load_packs

            for info, path in plugin_packs:
                try:
                    loaded = load_packs([path])
                except ConfigError as exc:
                    # A plugin's own pack is part of the plugin: broken, it fails closed (exit 3).
                    raise PluginLoadError(info.name, info.version, str(exc)) from None
                for cls in loaded:
                    cls.plugin, cls.plugin_version = info.distribution, info.version
                    classes.append(cls)
            # After every plugin's rules, so that an id clash blames the pack (exit 2).
            classes.extend(load_packs(self.config.rule_packs))
        return classes

    def rulesets(self) -> list[RulesetInfo]:
        seen: dict[str, RulesetInfo] = {}
        for item in self.active:
            rule = item.rule
            seen.setdefault(rule.ruleset, RulesetInfo(rule.ruleset, rule.plugin_version, rule.plugin))
        return sorted(seen.values(), key=lambda info: info.name)

    def audit(
        self, plan_path: Path, extra_paths: Sequence[Path] = (), *, plan_bytes: bytes | None = None
    ) -> AuditResult:
        """Audit one plan with its separate documents; raises ``InputError`` for bad input.

        ``plan_bytes`` is the plan's content when it comes from standard input;
        ``plan_path`` then only names it (``--stdin-filename``).
        """
        # The whole audit runs with the cyclic GC paused: it allocates hundreds of
        # thousands of containers (data, model, findings) and makes no cycles, so
        # each collection would only rescan them (reference/performance.md §2).
        # What the audit does not return is freed by reference counting before the
        # GC runs again, so it then only meets the result.
        with gc_paused():
            return self._audit(plan_path, extra_paths, plan_bytes)

    def _audit(
        self, plan_path: Path, extra_paths: Sequence[Path], plan_bytes: bytes | None
    ) -> AuditResult:
        from ccgov.loading.bundle import load_bundle
        from ccgov.model.build import build_plan

        bundle = load_bundle(plan_path, extra_paths, limits=self.config.limits, plan_bytes=plan_bytes)
        plan, unknown = build_plan(bundle.data, bundle.locate)
        # The model holds every value now; only positions are needed from here on.
        bundle.forget_data()
        ctx = AuditContext(plan, bundle.locate, unknown)
        findings, crashed = run_rules(ctx, self.active)
        has_forecast = plan.resource_plan and any(q.forecast for q in plan.resource_plan.queues)
        return AuditResult(
            plan_id=plan.plan.id,
            plan_version=plan.plan.version,
            files=[doc.display for doc in bundle.documents],
            sha256={doc.display: doc.sha256 for doc in bundle.documents},
            rulesets=self.rulesets(),
            findings=findings,
            fail_on=self.fail_on,
            crashed=crashed,
            staffing=list(ctx.staffing) if has_forecast else [],
            rules=[item.rule for item in self.active],
        )


def audit(
    plan: str | Path,
    extra: Sequence[str | Path] = (),
    *,
    config: str | Path | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    fail_on: str | None = None,
) -> AuditResult:
    """Audit one plan file (with its separate documents) and return the result."""
    plan_path = Path(plan)
    config_path = Path(config) if config else find_config(plan_path)
    auditor = Auditor(load_config(config_path), select=select, ignore=ignore, fail_on=fail_on)
    return auditor.audit(plan_path, [Path(p) for p in extra])
