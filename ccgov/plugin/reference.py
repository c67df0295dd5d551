"""The hook reference for plugin authors, rendered from the hookspecs' own docstrings."""

from __future__ import annotations

import inspect

from ccgov.plugin import PLUGIN_API, hookspecs


def hook_reference() -> str:
    """Markdown: every hook's signature and docstring, in the order of the hookspecs module."""
    lines = [
        "# Hook reference",
        "",
        "<!-- Generated from ccgov/plugin/hookspecs.py by `ccgov plugin hooks`; do not edit. -->",
        "",
        f"Plugin API version: **{PLUGIN_API}** (declare `CCGOV_PLUGIN_API = {PLUGIN_API}` in "
        "your plugin module).",
        "",
        inspect.cleandoc(hookspecs.__doc__ or ""),
        "",
    ]
    for name, function in inspect.getmembers(hookspecs, inspect.isfunction):
        if not name.startswith("ccgov_") or function.__module__ != hookspecs.__name__:
            continue
        signature = str(inspect.signature(function)).replace("'", "")
        lines += [f"## `{name}{signature}`", "", inspect.cleandoc(function.__doc__ or ""), ""]
    return "\n".join(lines).rstrip() + "\n"
