"""ccgov: audit contact-centre operational plans against pluggable rule sets.

The public API is imported lazily, so that ``import ccgov`` (and ``ccgov --help``)
stays cheap::

    from ccgov import audit
    result = audit("plan.yaml")
    for finding in result.findings: ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "1.0.0"

if TYPE_CHECKING:
    from ccgov.api import audit
    from ccgov.context import AuditContext
    from ccgov.findings import Finding, Location, Reference, Severity
    from ccgov.model import Plan
    from ccgov.plugin import hookimpl
    from ccgov.result import AuditResult
    from ccgov.rules.base import Option, Rule

_LAZY = {
    "audit": "ccgov.api",
    "AuditContext": "ccgov.context",
    "AuditResult": "ccgov.result",
    "Finding": "ccgov.findings",
    "Location": "ccgov.findings",
    "Reference": "ccgov.findings",
    "Severity": "ccgov.findings",
    "Plan": "ccgov.model",
    "hookimpl": "ccgov.plugin",
    "Option": "ccgov.rules.base",
    "Rule": "ccgov.rules.base",
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'ccgov' has no attribute {name!r}")
