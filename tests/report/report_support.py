"""The fixed audit behind the report golden files, and how its volatile values are normalised."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ccgov import __version__
from ccgov.api import audit
from ccgov.findings import Waiver
from ccgov.report import builtin_reporter
from ccgov.result import AuditResult

HERE = Path(__file__).resolve().parent
FIXTURE = HERE.parent / "fixtures" / "reports"
GOLDEN = HERE / "golden"
#: Format -> golden file name.
FORMATS = {
    "text": "report.txt",
    "json": "report.json",
    "sarif": "report.sarif",
    "junit": "report.junit.xml",
    "markdown": "report.md",
    "github": "report.github.txt",
    "html": "report.html",
}
#: The finding waived in the golden audit, so that every format shows a waiver.
WAIVED_RULE = "SM006"


@contextmanager
def inside(folder: Path) -> Iterator[None]:
    """Run in ``folder``, so that reports name files relative to it (as in CI, from the repo root)."""
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def golden_result() -> AuditResult:
    """The fixture plan audited from its own folder, with one finding waived."""
    os.environ.setdefault("CCGOV_DISABLE_PLUGIN_AUTOLOAD", "1")
    with inside(FIXTURE):
        result = audit("plan.yaml")
    result.findings = [
        f.with_waiver(Waiver("Compliance officer", "Agreed to run into Q2; see minute 14.", "2027-06-30"))
        if f.rule_id == WAIVED_RULE else f
        for f in result.findings
    ]
    return result


def render(fmt: str, result: AuditResult) -> str:
    """One format of the golden audit, rendered from the fixture folder and normalised."""
    with inside(FIXTURE):
        text = builtin_reporter(fmt)().render([result])
    return normalise(text)


def normalise(text: str) -> str:
    """Replace what changes between machines and releases: ccgov's version and the run folder."""
    text = text.replace(FIXTURE.as_uri() + "/", "file:///SRCROOT/")
    return re.sub(rf"(?<![\d.]){re.escape(__version__)}(?![\d.])", "<version>", text)
