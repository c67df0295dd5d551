"""The public testing kit for rule authors (ccgov's own rules and third-party plugins).

- ``PlanWorkspace``: a scratch folder holding a plan and its documents, edited by
  dotted path and audited through the real loader, model and engine.
- ``load_rule_cases(glob)``: data-driven pass/fail cases per rule, in YAML
  (see ``docs/plugins.md``), for ``pytest.mark.parametrize``.
- ``ccgov.testing.bdd``: pytest-bdd steps so that a plugin's ``.feature`` files
  read like ccgov's own (``pytest_plugins = ["ccgov.testing.bdd"]``).
"""

from __future__ import annotations

from ccgov.testing.cases import RuleCase, load_rule_cases
from ccgov.testing.workspace import PlanWorkspace

__all__ = ["PlanWorkspace", "RuleCase", "load_rule_cases"]
