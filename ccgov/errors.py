"""The exceptions ccgov raises, and what each means for the exit code.

::

    CcgovError                    base of everything ccgov raises on purpose
    ├── InputError                the plan, a document, the config or the command line is wrong: exit 2
    │   └── ConfigError           the configuration file (or a rule pack) is wrong: exit 2
    ├── InternalError             ccgov or a plugin is broken: exit 3
    │   └── PluginLoadError       a plugin could not be loaded or is incompatible: exit 3
    └── RegisterError             the audit register cannot be used (unreachable, not upgraded,
                                  at a revision this ccgov does not know): exit 3, never a pass

An ``InputError`` carries every problem found (``issues``), each with the file,
line and column it concerns, so one run tells the user everything to fix.
Rule crashes are not exceptions that escape: the engine turns them into
``CCG-INTERNAL`` findings and the run exits 3.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class InputIssue:
    """One located problem with the input."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class CcgovError(Exception):
    """Base class of the errors ccgov raises deliberately."""


class InputError(CcgovError):
    """The input is wrong; the run exits 2 after listing every issue."""

    def __init__(self, issues: list[InputIssue]) -> None:
        self.issues = issues
        super().__init__("\n".join(str(issue) for issue in issues))

    @classmethod
    def at(cls, file: str | Path, line: int, column: int, message: str) -> InputError:
        """Build an error with a single issue."""
        return cls([InputIssue(str(file), line, column, message)])


class ConfigError(InputError):
    """The configuration (``.ccgov.toml``, ``[tool.ccgov]``, a rule pack) is wrong."""


class InternalError(CcgovError):
    """ccgov itself or a plugin failed; the run exits 3."""


class PluginLoadError(InternalError):
    """A plugin could not be imported, registered or is incompatible."""

    def __init__(self, plugin: str, version: str, reason: str) -> None:
        self.plugin = plugin
        self.version = version
        self.reason = reason
        super().__init__(f"plugin {plugin} {version} failed to load: {reason}")


class RegisterError(CcgovError):
    """The audit register cannot be used; the message says why and what to do."""
