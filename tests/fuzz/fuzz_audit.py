"""Coverage-guided fuzzing of the whole audit path with atheris (libFuzzer).

    python tests/fuzz/fuzz_audit.py tests/fuzz/corpus -runs=100000     # a long run
    python tests/fuzz/fuzz_audit.py tests/fuzz/corpus -max_total_time=60

Every input is a plan's bytes; the only acceptable outcomes are an audit result
without crashed rules, or an ``InputError`` with located issues. Anything else
(another exception, a crashed rule) is a finding of the fuzzer. The corpus is
seeded from the example plan and the bad-input tests (``make_corpus.py``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from ccgov.api import Auditor
    from ccgov.config import Config
    from ccgov.errors import InputError

os.environ.setdefault("CCGOV_DISABLE_PLUGIN_AUTOLOAD", "1")
AUDITOR = Auditor(Config())
FOLDER = Path(tempfile.mkdtemp(prefix="ccgov-fuzz-"))


def test_one_input(data: bytes) -> None:
    try:
        result = AUDITOR.audit(FOLDER / "plan.yaml", plan_bytes=data)
    except InputError as error:
        if not error.issues:
            raise AssertionError("an input error without issues") from error
        return
    if result.crashed:
        raise AssertionError(f"rules crashed: {result.crashed}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
