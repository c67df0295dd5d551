"""The rule base class and everything rules need: metadata, options, findings."""

from __future__ import annotations

from ccgov.findings import Reference, Severity
from ccgov.rules.base import Option, Rule

__all__ = ["Option", "Reference", "Rule", "Severity"]
