"""Output formats. Each is a ``Reporter``; plugins add more through ``ccgov_report_formats``.

Built-in formats are imported only when asked for, so that the text path never
pays for, say, the HTML templates.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from ccgov.result import AuditResult, PlanFailure

BUILTIN_FORMATS = {
    "text": "ccgov.report.text:TextReporter",
    "json": "ccgov.report.json:JsonReporter",
    "gitlab": "ccgov.report.gitlab:GitlabReporter",
}


class Reporter:
    """Formats audit results. Subclasses implement ``render`` and only format: no I/O."""

    #: The name given to ``--format``.
    name: ClassVar[str] = ""
    #: Suggested file suffix for ``--output``.
    suffix: ClassVar[str] = ".txt"
    #: True when ``render`` also shows portfolio plans that could not be audited
    #: (``PlanFailure``); other formats receive only the audited plans.
    handles_failures: ClassVar[bool] = False

    def __init__(self, *, color: bool = False) -> None:
        self.color = color

    def render(self, results: Sequence[AuditResult]) -> str:
        """The whole output for one plan (a one-item sequence) or a portfolio."""
        raise TypeError(f"{type(self).__name__} must implement render()")

    # Portfolio runs push plans one at a time, so that formats that can write
    # as they go (text, JSON) keep memory flat however many plans there are.
    # By default a format collects them all and renders once at the end.

    def start(self, write: Callable[[str], None]) -> None:
        """Begin a portfolio report written through ``write``."""
        self._write = write
        self._held: list[AuditResult | PlanFailure] = []

    def add(self, outcome: AuditResult | PlanFailure) -> None:
        """One more plan of the portfolio."""
        self._held.append(outcome)

    def finish(self) -> None:
        """End the portfolio report."""
        self._write(self.render(self._held))  # type: ignore[arg-type]


def builtin_reporter(name: str) -> type[Reporter]:
    module_name, _, class_name = BUILTIN_FORMATS[name].partition(":")
    reporter: type[Reporter] = getattr(importlib.import_module(module_name), class_name)
    return reporter
