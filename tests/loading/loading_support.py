"""Helpers shared by the loading tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccgov.errors import InputError, InputIssue
from ccgov.loading.yaml_reader import read_yaml_bytes

HEADER = "ccgov: 1\n"


def refusal(raw: bytes | str, **kwargs: object) -> InputIssue:
    """The single issue that reading ``raw`` as YAML must raise."""
    if isinstance(raw, str):
        raw = raw.encode()
    with pytest.raises(InputError) as caught:
        read_yaml_bytes(raw, display="plan.yaml", **kwargs)  # type: ignore[arg-type]
    assert len(caught.value.issues) == 1, caught.value.issues
    return caught.value.issues[0]


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path
