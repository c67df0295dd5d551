"""Option values shared by several commands."""

from __future__ import annotations

from collections.abc import Iterable

import click

FAIL_ON = ("error", "warning", "info", "never")


def split_ids(values: Iterable[str]) -> list[str]:
    """``--select SM001,SM002 --select DP*`` → ``["SM001", "SM002", "DP*"]``."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


class KeepsOptionOrder(click.Command):
    """A command that remembers, in ``ctx.meta["option_order"]``, the order of its ``-f``/``-o`` options.

    click gathers each repeated option into its own tuple and forgets how they
    interleaved; ``--format github --format sarif --output x.sarif`` needs that
    order to know that ``x.sarif`` is the SARIF report's.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta["option_order"] = option_order(args)
        return super().parse_args(ctx, args)


def option_order(args: Iterable[str]) -> list[str]:
    """``"f"`` for each ``--format`` and ``"o"`` for each ``--output`` in ``args``, in order."""
    kinds: list[str] = []
    tokens = iter(args)
    for token in tokens:
        if token == "--":
            break
        kind = _kind(token)
        if kind is None:
            continue
        kinds.append(kind)
        if token in ("-f", "--format", "-o", "--output"):
            next(tokens, None)  # its value, whatever it looks like
    return kinds


def _kind(token: str) -> str | None:
    for kind, short, long in (("f", "-f", "--format"), ("o", "-o", "--output")):
        if token in (short, long) or token.startswith(f"{long}=") or (
                token.startswith(short) and not token.startswith("--")):
            return kind
    return None
