"""The hook marker plugins use. A leaf module: importing it costs only pluggy."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

import pluggy

PROJECT = "ccgov"
#: The plugin API this ccgov provides. A plugin module may declare the API it was
#: written for as ``CCGOV_PLUGIN_API = 1``; a different major version is refused.
PLUGIN_API = 1

_F = TypeVar("_F", bound=Callable[..., Any])

hookimpl = cast(Callable[[_F], _F], pluggy.HookimplMarker(PROJECT))
hookspec = cast(Callable[[_F], _F], pluggy.HookspecMarker(PROJECT))

__all__ = ["PLUGIN_API", "PROJECT", "hookimpl", "hookspec"]
