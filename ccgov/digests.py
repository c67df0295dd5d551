"""Canonical JSON and the digests that bind records and approvals to exact content.

Canonical JSON is pinned to ``json.dumps(sort_keys=True, separators=(",", ":"),
ensure_ascii=False)`` encoded as UTF-8; NaN and infinities are refused. A change
here changes every record hash, so it is guarded by a golden test.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any


def canonical_text(value: Any) -> str:
    """The one text form of a JSON value that ccgov hashes."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def sha256_json(value: Any) -> str:
    return hashlib.sha256(canonical_text(value).encode("utf-8")).hexdigest()


def document_digests(sha256: Mapping[str, str], plan_path: Path) -> list[dict[str, str]]:
    """Each input document by its name relative to the plan's folder, with its SHA-256.

    Names relative to the plan's folder (not to the working directory) keep the
    digest the same wherever the command is run from.
    """
    root = Path(os.path.abspath(plan_path)).parent
    documents = []
    for display, digest in sha256.items():
        path = Path(os.path.abspath(display))
        name = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
        documents.append({"name": name, "sha256": digest})
    return sorted(documents, key=lambda d: (d["name"], d["sha256"]))


def content_digest(documents: Sequence[Mapping[str, str]]) -> str:
    """One digest for exactly these documents: what an approval is bound to."""
    return sha256_json([[d["name"], d["sha256"]] for d in documents])


def plain(value: Any) -> Any:
    """A rule option or setting as JSON: tuples as lists, anything unusual as its text."""
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [plain(v) for v in value]
        return sorted(items, key=canonical_text) if isinstance(value, set | frozenset) else items
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else str(value)
    return str(value)
