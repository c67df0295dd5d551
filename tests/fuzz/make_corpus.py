"""Seed tests/fuzz/corpus from the example plan and the bad-input tests' documents."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "tests" / "cli"))


def seeds() -> list[bytes]:
    from test_bad_input import CASES, HOSTILE, VALID

    found = [(REPO / "examples/leeds-ops/plan.yaml").read_bytes(), VALID.encode()]
    found += [text.encode() for text, _ in CASES.values()]
    found += [text.encode()[:4096] for text in HOSTILE.values()]
    found += [p.read_bytes() for p in (REPO / "tests" / "fixtures").rglob("*.yaml")]
    return found


if __name__ == "__main__":
    corpus = HERE / "corpus"
    corpus.mkdir(exist_ok=True)
    for seed in seeds():
        (corpus / hashlib.sha1(seed).hexdigest()).write_bytes(seed)
    print(f"{len(list(corpus.iterdir()))} seeds in {corpus}")
