"""Plan diffs: which findings a new version of a plan introduces and which it resolves.

Findings are matched by fingerprint (rule + plan + ids, never line numbers), so
moving text around is not a change; fixing or breaking something is.
``git:REV:path`` reads a version of the plan's folder from git.
"""

from __future__ import annotations

import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from io import BytesIO
from pathlib import Path
from typing import Any

from ccgov.api import Auditor
from ccgov.errors import InputError, InputIssue
from ccgov.findings import Finding
from ccgov.result import THRESHOLDS, AuditResult


@dataclass
class PlanDiff:
    """The findings introduced and resolved between two audits of a plan."""

    old: AuditResult
    new: AuditResult
    old_label: str
    new_label: str
    fail_on: str = "error"

    @property
    def introduced(self) -> list[Finding]:
        before = {f.fingerprint for f in self.old.active}
        return [f for f in self.new.active if f.fingerprint not in before]

    @property
    def resolved(self) -> list[Finding]:
        after = {f.fingerprint for f in self.new.active}
        return [f for f in self.old.active if f.fingerprint not in after]

    @property
    def unchanged(self) -> int:
        return len(self.new.active) - len(self.introduced)

    @property
    def exit_code(self) -> int:
        """1 when the new version introduces a finding at or above the fail threshold."""
        threshold = THRESHOLDS[self.fail_on]
        return int(any(f.severity.rank >= threshold for f in self.introduced))

    def to_json(self) -> dict[str, Any]:
        return {
            "old": {"label": self.old_label, "plan": self.old.plan_id, "files": self.old.files},
            "new": {"label": self.new_label, "plan": self.new.plan_id, "files": self.new.files},
            "introduced": [f.to_json() for f in self.introduced],
            "resolved": [f.to_json() for f in self.resolved],
            "unchanged": self.unchanged,
        }


def diff_plans(auditor: Auditor, old: str, new: str) -> PlanDiff:
    """Audit both versions with the same rules and configuration, and compare."""
    with materialise(old) as old_path:
        old_result = _audit(auditor, old_path, old)
    with materialise(new) as new_path:
        new_result = _audit(auditor, new_path, new)
    return PlanDiff(old_result, new_result, old, new, auditor.fail_on)


def _audit(auditor: Auditor, path: Path, label: str) -> AuditResult:
    rev = _git_rev(label)
    if rev is None:
        return auditor.audit(path)
    root = _tmp_root(path)
    prefix = f"git:{rev}:"
    try:
        result = auditor.audit(path)
    except InputError as error:
        raise InputError([
            InputIssue(_relabel(i.file, root, prefix), i.line, i.column, i.message)
            for i in error.issues
        ]) from None
    result.findings = [
        replace(f, location=replace(f.location, file=_relabel(f.location.file, root, prefix)))
        for f in result.findings
    ]
    result.files = [_relabel(name, root, prefix) for name in result.files]
    return result


def _git_rev(label: str) -> str | None:
    return label.split(":", 2)[1] if label.startswith("git:") and label.count(":") >= 2 else None


def _tmp_root(path: Path) -> str:
    # materialise() extracts under <tmp>/tree/<repository path>
    parts = path.parts
    return str(Path(*parts[: parts.index("tree") + 1]))


def _relabel(name: str, root: str, prefix: str) -> str:
    return prefix + name[len(root) + 1:] if name.startswith(root + "/") else name


@contextmanager
def materialise(label: str) -> Iterator[Path]:
    """A path to the plan: the file itself, or a checkout of its folder at a git revision."""
    rev = _git_rev(label)
    if rev is None:
        yield Path(label)
        return
    relative = label.split(":", 2)[2]
    top = _git(["rev-parse", "--show-toplevel"], Path.cwd()).decode().strip()
    target = (Path.cwd() / relative).resolve()
    try:
        inside = target.relative_to(Path(top).resolve())
    except ValueError:
        raise InputError.at(label, 1, 1, "the path is not inside this git repository") from None
    archive = _git(["archive", "--format=tar", rev, "--", inside.parent.as_posix() or "."], Path(top))
    with tempfile.TemporaryDirectory(prefix="ccgov-diff-") as tmp:
        tree = Path(tmp) / "tree"
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
        plan = tree / inside
        if not plan.is_file():
            raise InputError.at(label, 1, 1, f"{inside.as_posix()} does not exist at {rev}")
        yield plan


def _git(args: list[str], cwd: Path) -> bytes:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, timeout=120)
    except FileNotFoundError:
        raise InputError.at("git", 1, 1, "git is not installed") from None
    if proc.returncode != 0:
        message = proc.stderr.decode(errors="replace").strip().splitlines()
        raise InputError.at("git " + " ".join(args[:2]), 1, 1, message[-1] if message else "failed")
    return proc.stdout
