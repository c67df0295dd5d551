"""``--format junit``: one test case per rule and plan, for GitLab, Jenkins and other CI test views.

A test case fails when its rule has unwaived findings (the failure text lists
them with ``file:line:col``), is an error when the rule crashed, and passes
otherwise. Info findings are advice (often "could not check this"): they fail a
case only when ``--fail-on info`` makes them fail the audit, and are otherwise
listed in the case's ``system-out`` with waived findings. Nothing is skipped: a
rule that did not run has no test case.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from ccgov.findings import Finding, Severity
from ccgov.report import Reporter
from ccgov.report.common import INTERNAL_ID, crashed_rules, place
from ccgov.result import THRESHOLDS, AuditResult

# XML 1.0 cannot carry these characters at all, not even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


def _line(finding: Finding) -> str:
    return f"{place(finding)}  {finding.severity.value.upper()}  {finding.rule_id}  {finding.message}"


class JunitReporter(Reporter):
    name = "junit"
    suffix = ".xml"

    def render(self, results: Sequence[AuditResult]) -> str:
        root = ET.Element("testsuites", name="ccgov")
        totals = {"tests": 0, "failures": 0, "errors": 0}
        for result in results:
            suite = self._suite(result)
            root.append(suite)
            for key in totals:
                totals[key] += int(suite.get(key, "0"))
        for key, value in totals.items():
            root.set(key, str(value))
        root.set("skipped", "0")
        ET.indent(root)
        return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"

    def _suite(self, result: AuditResult) -> ET.Element:
        suite = ET.Element("testsuite", name=result.plan_id)
        properties = ET.SubElement(suite, "properties")
        for name, value in [("plan.version", result.plan_version), ("outcome", result.outcome),
                            ("fail_on", result.fail_on),
                            *((f"ruleset.{r.name}", f"{r.version} ({r.plugin})") for r in result.rulesets)]:
            if value is not None:
                ET.SubElement(properties, "property", name=name, value=_text(str(value)))
        by_rule: dict[str, list[Finding]] = {rule.id: [] for rule in result.rules}
        names = {rule.id: rule.name for rule in result.rules}
        crashes: dict[str, list[Finding]] = {}
        crashed = crashed_rules(result)
        for finding in result.findings:
            if finding.rule_id == INTERNAL_ID and finding.fingerprint in crashed:
                rule_id = crashed[finding.fingerprint]
                crashes.setdefault(rule_id, []).append(finding)
                by_rule.setdefault(rule_id, [])
                names.setdefault(rule_id, rule_id)
                continue
            by_rule.setdefault(finding.rule_id, []).append(finding)
            names.setdefault(finding.rule_id, finding.rule_name)
        plan_file = result.files[0] if result.files else ""
        failing_rank = min(Severity.WARNING.rank, THRESHOLDS[result.fail_on])
        failures = errors = 0
        for rule_id in sorted(by_rule):
            case = ET.SubElement(suite, "testcase", classname=result.plan_id,
                                 name=f"{rule_id} {names[rule_id]}", file=plan_file)
            if rule_id in crashes:
                errors += 1
                _error(case, crashes[rule_id])
            failures += _findings(case, by_rule[rule_id], failing_rank, crashed=rule_id in crashes)
        suite.set("tests", str(len(by_rule)))
        suite.set("failures", str(failures))
        suite.set("errors", str(errors))
        suite.set("skipped", "0")
        return suite


def _error(case: ET.Element, crashes: list[Finding]) -> None:
    problem = ET.SubElement(case, "error", message=_text(crashes[0].message), type=INTERNAL_ID)
    problem.text = _text("\n".join(_line(f) for f in crashes))


def _findings(case: ET.Element, findings: list[Finding], failing_rank: int, *, crashed: bool) -> int:
    """Add a rule's findings to its case; 1 when they make it fail, else 0."""
    failing: list[Finding] = []
    passing: list[Finding] = []
    for finding in findings:
        fails = finding.waived is None and finding.severity.rank >= failing_rank
        (failing if fails else passing).append(finding)
    failed = bool(failing) and not crashed
    if failed:
        # Child order follows the JUnit schema: failure before system-out.
        worst = max(failing, key=lambda f: f.severity.rank)
        count = f"{len(failing)} finding{'s' if len(failing) != 1 else ''}"
        failure = ET.SubElement(case, "failure", message=_text(f"{count}: {failing[0].message}"),
                                type=worst.severity.value)
        remedies = dict.fromkeys(f.remediation for f in failing)
        failure.text = _text("\n".join(
            [*map(_line, failing), "", *(f"Remediation: {r}" for r in remedies)]))
    if passing:
        out = ET.SubElement(case, "system-out")
        out.text = _text("\n".join(
            f"waived by {f.waived.by}: {_line(f)}" if f.waived else _line(f) for f in passing))
    return int(failed)
