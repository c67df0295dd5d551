"""Portfolio audits: every plan under a folder, audited in parallel, one entry per plan.

A broken plan becomes its own ``PlanFailure`` (exit 2 detail) and never stops
the others. Plugins are loaded once per worker process, not once per plan.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ccgov.api import Auditor
from ccgov.config import Config
from ccgov.errors import InputError, InternalError
from ccgov.result import AuditResult, ExitCode, PlanFailure

Outcome = AuditResult | PlanFailure

PLAN_SUFFIXES = (".yaml", ".yml", ".json")
_SNIFF_BYTES = 64 * 1024
_HEADER = re.compile(rb'^(?:ccgov\s*:|\s*\{?\s*"ccgov"\s*:)', re.M)
_OTHER_KIND = re.compile(rb'^(?:kind\s*:|\s*"kind"\s*:)\s*["\']?(consultations|changelog)\b', re.M | re.I)
_SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox"}


def find_plans(roots: Sequence[Path]) -> list[Path]:
    """Plan documents under ``roots`` (files are taken as given), sorted, symlinks not followed."""
    found: list[Path] = []
    for root in roots:
        if not root.is_dir():
            found.append(root)
            continue
        for folder, dirs, files in os.walk(root, followlinks=False):
            dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
            for name in sorted(files):
                path = Path(folder) / name
                if path.suffix.lower() in PLAN_SUFFIXES and not path.is_symlink() and is_plan(path):
                    found.append(path)
    return found


def plans_for_changed(changed: Sequence[Path], top: Path | None = None) -> list[Path]:
    """The plans to audit when ``changed`` files changed (a pre-commit hook's view).

    A changed plan is audited itself. A changed consultation log, change log or
    forecast belongs to the plans of the nearest folder at or above it (up to
    ``top``) that has any; other files (not ccgov documents) are ignored.
    """
    top = (top or Path.cwd()).resolve()
    plans: dict[Path, None] = {}
    for path in changed:
        if not path.is_file():
            continue
        if path.suffix.lower() in PLAN_SUFFIXES and is_plan(path):
            plans[path] = None
            continue
        if path.suffix.lower() != ".csv" and not _is_ccgov_document(path):
            continue
        folder = path.parent
        while True:
            found = [p for p in sorted(folder.glob("*")) if p.suffix.lower() in PLAN_SUFFIXES
                     and p.is_file() and is_plan(p)]
            if found or folder.resolve() == top or folder.resolve() == folder.resolve().parent:
                plans.update(dict.fromkeys(found))
                break
            folder = folder.parent
    return list(plans)


def _is_ccgov_document(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return bool(_HEADER.search(handle.read(_SNIFF_BYTES)))
    except OSError:
        return False


def is_plan(path: Path) -> bool:
    """A quick look at a document's first lines: a ccgov document that is not of another kind.

    Only the header is sniffed here; the audit reads the file properly and
    reports a broken plan as its own entry.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return False
    return bool(_HEADER.search(head)) and not _OTHER_KIND.search(head)


def audit_one(auditor: Auditor, path: Path) -> Outcome:
    """Audit one plan of a portfolio; any failure becomes that plan's entry."""
    try:
        result = auditor.audit(path)
    except InputError as error:
        return PlanFailure(str(path), ExitCode.INPUT_ERROR, list(error.issues))
    except InternalError as error:
        return PlanFailure(str(path), ExitCode.INTERNAL_ERROR, message=str(error))
    except Exception as error:  # one plan's crash must not take the portfolio down
        return PlanFailure(str(path), ExitCode.INTERNAL_ERROR,
                           message=f"internal error: {type(error).__name__}: {error}")
    return result


def iter_portfolio(
    auditor: Auditor,
    plans: Sequence[Path],
    *,
    jobs: int,
    on_done: Callable[[int], None] | None = None,
) -> Iterator[Outcome]:
    """Audit every plan, in ``jobs`` processes, yielding results in the order of ``plans``."""
    rules = [item.rule for item in auditor.active]
    for outcome in _run(auditor, plans, jobs):
        if isinstance(outcome, AuditResult):
            # Rule objects stay in the parent (pack rules are generated classes).
            outcome.rules = rules
        if on_done:
            on_done(1)
        yield outcome


def audit_portfolio(
    auditor: Auditor, plans: Sequence[Path], *, jobs: int,
    on_done: Callable[[int], None] | None = None,
) -> list[Outcome]:
    """All results of a portfolio at once (for the Python API; the CLI streams)."""
    return list(iter_portfolio(auditor, plans, jobs=jobs, on_done=on_done))


def _run(auditor: Auditor, plans: Sequence[Path], jobs: int) -> Iterator[Outcome]:
    if jobs <= 1 or len(plans) < 2:
        for path in plans:
            yield audit_one(auditor, path)
        return
    chunk = max(1, min(32, len(plans) // (jobs * 8)))
    settings = (auditor.config, auditor.select, auditor.ignore, auditor.fail_on)
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=settings) as pool:
        yield from pool.map(_audit_in_worker, plans, chunksize=chunk)


_WORKER: Auditor | None = None


def _start_worker(config: Config, select: list[str], ignore: list[str], fail_on: str) -> None:
    global _WORKER
    _WORKER = Auditor(config, select=select, ignore=ignore, fail_on=fail_on)


def _audit_in_worker(path: Path) -> Outcome:
    assert _WORKER is not None, "worker not initialised"
    outcome = audit_one(_WORKER, path)
    if isinstance(outcome, AuditResult):
        outcome.rules = []  # not sent back: the parent re-attaches its own
        outcome.worker = os.getpid()
    return outcome
