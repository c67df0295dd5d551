# mypy: disable-error-code="empty-body"
"""The hooks a ccgov plugin may implement. These docstrings are the plugin author's reference.

A plugin is a module (or package) registered under the ``ccgov`` entry-point
group of its distribution::

    [project.entry-points.ccgov]
    acme_rules = "acme_ccgov.rules"

and decorates functions with ``ccgov.plugin.hookimpl``. ccgov's own rule sets
are plugins of exactly this kind. Implement only the hooks you need; a function
whose name starts with ``ccgov_`` but matches no hook below is refused at load.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ccgov.plugin import hookspec

if TYPE_CHECKING:
    from ccgov.report import Reporter
    from ccgov.rules.base import Rule


@hookspec
def ccgov_get_rules() -> Sequence[type[Rule]]:
    """Return the rule classes this plugin provides.

    Import rule modules inside this function, not at module level, so that
    ``ccgov --help`` and commands that run no rules stay fast. Each class must
    subclass :class:`ccgov.rules.Rule`, carry a unique ``id`` and a docstring.

    :returns: a sequence of ``Rule`` subclasses (not instances).
    """


@hookspec
def ccgov_report_formats() -> Mapping[str, type[Reporter]]:
    """Return extra output formats, by the name given to ``--format``.

    Each value is a :class:`ccgov.report.Reporter` subclass whose ``render(result)``
    returns the whole output as text. A name already taken by ccgov or another
    plugin is refused.
    """


@hookspec
def ccgov_default_config() -> Mapping[str, Any]:
    """Return configuration defaults, in the shape of ``.ccgov.toml``.

    They apply before the user's own configuration, which always wins. Typical
    use: a sector plugin that sets stricter rule options for its rules, e.g.
    ``{"rules": {"FC003": {"max_days": 56}}}``.
    """


@hookspec
def ccgov_rule_packs() -> Sequence[Path]:
    """Return paths of YAML rule packs shipped with the plugin.

    Packs use the same declarative format as an organisation's own packs (see
    ``docs/rule-packs.md``) and are loaded as if listed in ``rule_packs``.
    """
