"""Rewrite the report golden files from tests/fixtures/reports: ``python tests/report/regenerate_golden.py``.

Run it after an intended change to a report format, then review ``git diff
tests/report/golden`` before committing: the diff is the change users will see.
"""

from __future__ import annotations

# Run as a script, this file's folder is on sys.path, so its neighbour imports directly.
from report_support import FORMATS, GOLDEN, golden_result, render


def main() -> int:
    result = golden_result()
    GOLDEN.mkdir(exist_ok=True)
    for fmt, name in FORMATS.items():
        (GOLDEN / name).write_text(render(fmt, result), encoding="utf-8", newline="")
        print(f"wrote {GOLDEN / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
