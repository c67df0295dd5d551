"""``PlanWorkspace``: copy a plan to a scratch folder, edit it by path, audit it for real."""

from __future__ import annotations

import itertools
import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ccgov.loading.document import parse_path
from ccgov.loading.yaml_reader import read_yaml_file
from ccgov.result import AuditResult

_MISSING = object()


class PlanWorkspace:
    """A plan folder under ``root`` that tests change and audit."""

    def __init__(self, root: Path, plan: str = "plan.yaml") -> None:
        self.root = root
        self.plan = plan
        self.config: str | None = None
        self._data: dict[str, Any] = {}

    @classmethod
    def from_folder(cls, source: Path, root: Path, plan: str = "plan.yaml") -> PlanWorkspace:
        """Start from a copy of an existing plan folder (e.g. ``examples/leeds-ops``)."""
        shutil.copytree(source, root, dirs_exist_ok=True)
        return cls(root, plan)

    def write(self, name: str, text: str) -> Path:
        """Write a document (YAML, CSV or a config) as given, byte for byte."""
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self._data.pop(name, None)
        return path

    def data(self, name: str | None = None) -> Any:
        name = name or self.plan
        if name not in self._data:
            self._data[name] = read_yaml_file(self.root / name).data
        return self._data[name]

    def set(self, path: str, value: Any, document: str | None = None) -> None:
        """Set the value at a dotted path (``objectives[0].due``), creating mappings on the way."""
        parts = parse_path(path)
        node = self.data(document)
        for part, following in itertools.pairwise(parts):
            if isinstance(node, dict) and part not in node:
                node[part] = [] if isinstance(following, int) else {}
            node = node[part]
        last = parts[-1]
        if isinstance(node, list) and isinstance(last, int) and last == len(node):
            node.append(value)
        else:
            node[last] = value
        self._save(document)

    def remove(self, path: str, document: str | None = None) -> None:
        """Remove the value at a dotted path (a key, or an item of a list)."""
        parts = parse_path(path)
        node = self.data(document)
        for part in parts[:-1]:
            node = node[part]
        del node[parts[-1]]
        self._save(document)

    def get(self, path: str, document: str | None = None) -> Any:
        node = self.data(document)
        for part in parse_path(path):
            node = node[part]
        return node

    def _save(self, document: str | None) -> None:
        name = document or self.plan
        # NOTE: JSON is YAML, and keeps every string a string (no YAML 1.1 surprises).
        (self.root / name).write_text(json.dumps(self._data[name], indent=1), encoding="utf-8")

    def audit(
        self, *, select: Sequence[str] = (), ignore: Sequence[str] = (), fail_on: str | None = None
    ) -> AuditResult:
        """Audit the plan through the real loader, model, plugins and engine."""
        from ccgov.api import audit

        config = self.root / self.config if self.config else None
        return audit(self.root / self.plan, config=config or _no_config(self.root),
                     select=select, ignore=ignore, fail_on=fail_on)


def _no_config(root: Path) -> Path | None:
    # An empty config keeps a developer's own .ccgov.toml above the temp folder out of tests.
    path = root / ".ccgov.toml"
    if not path.exists():
        path.write_text("", encoding="utf-8")
    return path
