"""``Rule``: one check of a plan, documented by its docstring and described by class attributes.

A rule never does I/O and never mutates the plan. It reads the ``AuditContext``
and yields findings made with ``self.finding(...)``, which fills in location,
metadata and fingerprint so every rule reports in the same shape.
"""

from __future__ import annotations

import inspect
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from ccgov.findings import Finding, Reference, Severity, fingerprint

if TYPE_CHECKING:
    from ccgov.context import AuditContext, PathT

_ID = re.compile(r"[A-Z][A-Z0-9-]*[0-9]+")
_NAME = re.compile(r"[a-z0-9-]+(\.[a-z0-9-]+)+")


@dataclass(frozen=True, slots=True)
class Option:
    """A rule setting with a documented default an organisation may change."""

    name: str
    default: Any
    doc: str
    #: True when the default is a convention or heuristic, not a figure set in law.
    convention: bool = True

    def validate(self, value: Any) -> Any:
        """Return ``value`` if it has the default's type, else raise ``ValueError``."""
        expected = type(self.default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if expected is tuple and isinstance(value, list):
            return tuple(value)
        if not isinstance(value, expected) or (expected is not bool and isinstance(value, bool)):
            raise ValueError(
                f"option {self.name} takes a {expected.__name__} (default {self.default!r}), "
                f"got {value!r}"
            )
        return value


class Rule(ABC):
    """Base class of every rule. Subclasses set the metadata below and implement ``check``."""

    #: Stable identifier, e.g. ``SM001``; never reused, kept as an alias when renamed.
    id: ClassVar[str]
    #: Dotted name, e.g. ``smart.measurable``.
    name: ClassVar[str]
    #: The rule set (bundle) this rule belongs to, e.g. ``smart``.
    ruleset: ClassVar[str]
    #: Severity before configuration overrides.
    severity: ClassVar[Severity]
    #: One line: what the rule checks.
    title: ClassVar[str]
    #: What to do about a finding.
    remediation: ClassVar[str]
    references: ClassVar[tuple[Reference, ...]] = ()
    options: ClassVar[tuple[Option, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ()
    #: Filled in by the plugin host: the distribution that provided the rule.
    plugin: ClassVar[str] = "unknown"
    plugin_version: ClassVar[str] = "0"
    #: Filled in for rules from a YAML rule pack: the pack they came from.
    pack: ClassVar[str | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("abstract", False):
            return
        for attr in ("id", "name", "ruleset", "severity", "title", "remediation"):
            if not hasattr(cls, attr):
                raise TypeError(f"rule {cls.__qualname__} must set {attr!r}")
        if not _ID.fullmatch(cls.id):
            raise TypeError(f"rule id {cls.id!r} of {cls.__qualname__} is not like SM001")
        if not _NAME.fullmatch(cls.name):
            raise TypeError(f"rule name {cls.name!r} of {cls.__qualname__} is not dotted lower-case")
        if not (cls.__doc__ or "").strip():
            raise TypeError(f"rule {cls.id} needs a docstring: it is the rule's documentation")

    def __init__(self, settings: Mapping[str, Any] | None = None) -> None:
        values = {option.name: option.default for option in self.options}
        for key, value in (settings or {}).items():
            values[key] = self.option_spec(key).validate(value)
        self.settings = values

    @classmethod
    def option_spec(cls, name: str) -> Option:
        for option in cls.options:
            if option.name == name:
                return option
        raise KeyError(name)

    def option(self, name: str) -> Any:
        """The configured value of one of this rule's options."""
        return self.settings[name]

    @classmethod
    def summary(cls) -> str:
        """First paragraph of the docstring."""
        return inspect.cleandoc(cls.__doc__ or "").split("\n\n")[0].replace("\n", " ")

    @classmethod
    def documentation(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @abstractmethod
    def check(self, ctx: AuditContext) -> Iterable[Finding]:
        """Yield the findings of this rule for one plan."""

    def finding(
        self,
        ctx: AuditContext,
        path: PathT,
        message: str,
        *,
        target: str | None = None,
        severity: Severity | None = None,
        detail: dict[str, Any] | None = None,
    ) -> Finding:
        """Make a finding about the node at canonical ``path`` (or its nearest parent).

        ``target`` overrides the semantic identity used for the fingerprint; by
        default it is the path with list positions replaced by item ids.
        """
        semantic = target or ctx.target(path)
        return Finding(
            rule_id=self.id,
            rule_name=self.name,
            ruleset=self.ruleset,
            severity=severity or self.severity,
            message=message,
            location=ctx.locate(path),
            remediation=self.remediation,
            references=self.references,
            fingerprint=fingerprint(self.id, ctx.plan_id, semantic),
            target=semantic,
            detail=detail,
        )
