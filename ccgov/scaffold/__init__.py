"""Writes a working plugin skeleton (``ccgov plugin new NAME``) from the templates beside it.

Templates are plain text with ``string.Template`` placeholders (``$name``,
``$package``, ``$prefix``); in paths, ``__package__`` and ``__prefix__`` are
replaced the same way.
"""

from __future__ import annotations

import re
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from string import Template

from ccgov import __version__
from ccgov.errors import InputError

_NAME = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")


def plugin_names(name: str) -> dict[str, str]:
    """Distribution name → package name, entry point name and rule-id prefix."""
    if not _NAME.fullmatch(name):
        raise InputError.at(name, 1, 1, "a plugin name is lower-case words joined by '-', "
                                        "e.g. acme-rules")
    package = name.replace("-", "_")
    letters = re.sub(r"[^a-z]", "", name.split("-")[0]).upper()
    prefix = (letters or "X")[:4]
    return {"name": name, "package": package, "prefix": prefix, "ccgov_version": __version__,
            "title": name.replace("-", " ").capitalize()}


def write_plugin(name: str, target: Path, *, force: bool = False) -> list[Path]:
    """Write the skeleton into ``target``; refuse to overwrite unless ``force``."""
    values = plugin_names(name)
    template_root = files("ccgov.scaffold") / "plugin"
    planned = list(_walk(template_root, Path()))
    outputs = [
        (source, target / str(rel).replace("__package__", values["package"])
         .replace("__prefix__", values["prefix"]))
        for source, rel in planned
    ]
    # Templates end in .tmpl so that they are never collected or imported here.
    outputs = [(source, out.with_suffix("")) for source, out in outputs]
    existing = [out for _, out in outputs if out.exists()]
    if existing and not force:
        raise InputError.at(existing[0], 1, 1, "already exists; use --force to overwrite")
    written = []
    for source, out in outputs:
        out.parent.mkdir(parents=True, exist_ok=True)
        text = Template(source.read_text(encoding="utf-8")).substitute(values)
        out.write_text(text, encoding="utf-8")
        written.append(out)
    return written


def _walk(folder: Traversable, relative: Path) -> list[tuple[Traversable, Path]]:
    found: list[tuple[Traversable, Path]] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name == "__pycache__":
            continue
        if entry.is_dir():
            found.extend(_walk(entry, relative / entry.name))
        else:
            found.append((entry, relative / entry.name))
    return found
