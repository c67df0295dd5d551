"""The ``ccgov`` command: a thin click layer over ``ccgov.api``.

Subcommands live in their own modules and are imported only when run, so
``ccgov --help`` stays cheap. Every exit goes through ``main()``, which maps
errors to report-format.md's exit codes: click's own defaults (1 for usage
errors and Ctrl-C) never leak through.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
from typing import Any

import click

from ccgov import __version__
from ccgov.errors import InputError, InternalError, RegisterError
from ccgov.result import ExitCode

# name -> (module, attribute, one-line help shown by `ccgov --help`)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "audit": ("ccgov.cli.audit", "audit", "Audit plans and report findings."),
    "init": ("ccgov.cli.init", "init", "Write a commented starter plan to fill in."),
    "rules": ("ccgov.cli.rules", "rules", "List, explain and document rules."),
    "plugins": ("ccgov.cli.rules", "plugins", "List installed plugins."),
    "schema": ("ccgov.cli.schema", "schema", "Print the JSON Schema of plan format v1."),
    "gate": ("ccgov.cli.gate", "gate", "Audit a plan, approve or deny it under a policy, record it."),
    "approve": ("ccgov.cli.register", "approve", "Record an approval of a plan the gate approved."),
    "history": ("ccgov.cli.register", "history", "Audits, decisions and approvals over time."),
    "show": ("ccgov.cli.register", "show", "Show one record of the audit register."),
    "log": ("ccgov.cli.register", "log", "Verify the register's hash chain or print its head."),
    "db": ("ccgov.cli.register", "db", "Create or upgrade the audit register's database."),
    "baseline": ("ccgov.cli.baseline", "baseline", "Record a plan's current findings as known."),
    "plugin": ("ccgov.cli.plugin", "plugin", "Tools for plugin authors (plugin new NAME)."),
    "diff": ("ccgov.cli.diff", "diff", "Findings introduced and resolved between two plan versions."),
    "readiness": ("ccgov.cli.readiness", "readiness",
                  "Show which syllabus marking points and common mistakes a plan meets."),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use (click's LazyGroup recipe)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module_name, attribute, _ = COMMANDS[name]
        command: click.Command = getattr(importlib.import_module(module_name), attribute)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ccgov")
def cli() -> None:
    """Audit contact-centre operational plans against pluggable rule sets.

    Exit codes: 0 passed, 1 findings at or above --fail-on, 2 bad input or
    usage, 3 internal or plugin error, 130 interrupted.
    """


_startup_gc_paused = False


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``ccgov`` script and ``python -m ccgov``."""
    global _startup_gc_paused
    # Start-up (imports, models, plugins) allocates objects that all live until the
    # process exits: the cyclic GC would scan them again and again for nothing.
    # ``startup_done()`` lets it run again once there is work that makes garbage.
    if gc.isenabled():
        gc.disable()
        _startup_gc_paused = True
    sys.exit(run(argv))


def startup_done() -> None:
    """Called by a command once start-up is over: freeze what it built, re-enable the GC.

    Frozen objects are never scanned again, so collections between the plans of
    a portfolio only look at what those plans made. Does nothing unless ``main()``
    paused the GC (tests call ``run()`` in their own process).
    """
    global _startup_gc_paused
    if _startup_gc_paused:
        _startup_gc_paused = False
        gc.freeze()
        gc.enable()


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return the exit code instead of exiting (used by tests)."""
    try:
        code = cli.main(args=argv, prog_name="ccgov", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("ccgov: interrupted", err=True)
        return ExitCode.INTERRUPTED
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return ExitCode.INPUT_ERROR
    except InputError as exc:
        report_input_error(exc)
        return ExitCode.INPUT_ERROR
    except InternalError as exc:
        click.echo(f"ccgov: internal error: {exc}", err=True)
        return ExitCode.INTERNAL_ERROR
    except RegisterError as exc:
        click.echo(f"ccgov: register: {exc}", err=True)
        return ExitCode.INTERNAL_ERROR
    except BrokenPipeError:
        from ccgov.output import silence_stdout

        silence_stdout()
        return ExitCode.OK
    except KeyboardInterrupt:
        click.echo("ccgov: interrupted", err=True)
        return ExitCode.INTERRUPTED
    except Exception as exc:  # the last line of defence: never a traceback, never exit 0
        if os.environ.get("CCGOV_DEBUG"):
            raise
        click.echo(
            f"ccgov: internal error: {type(exc).__name__}: {exc} "
            "(set CCGOV_DEBUG=1 for the traceback)",
            err=True,
        )
        return ExitCode.INTERNAL_ERROR
    return int(code or 0)


def report_input_error(exc: InputError) -> None:
    count = len(exc.issues)
    click.echo(f"ccgov: {count} input error{'s' if count != 1 else ''}:", err=True)
    for issue in exc.issues:
        click.echo(f"  {issue}", err=True)


def use_color(stream: Any) -> bool:
    """Colour only on a terminal, never with NO_COLOR (no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)())
