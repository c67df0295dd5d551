"""Organisations' own rule packs: loaded from configuration, reported, configured, refused when malformed."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from ccgov.api import Auditor, audit
from ccgov.cli import run
from ccgov.config import Config, load_config
from ccgov.errors import ConfigError, PluginLoadError
from ccgov.plugin import hookimpl
from ccgov.plugin.manager import PluginHost
from ccgov.rules.packs import load_packs
from ccgov.rules.selectors import parse_selector, select

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "leeds-ops"
ORG_RULES = REPO / "examples" / "rule-packs" / "org-rules.yaml"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder: the example plan under plans/, the example pack, and a config naming it."""
    shutil.copytree(EXAMPLE, tmp_path / "plans")
    shutil.copy(ORG_RULES, tmp_path / "org-rules.yaml")
    (tmp_path / ".ccgov.toml").write_text('rule_packs = ["org-rules.yaml"]\n', encoding="utf-8")
    return tmp_path


def edit(path: Path, old: str, new: str) -> int:
    """Replace one exact piece of text; return the 1-based line it is on."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def pack_findings(plan: Path) -> list[Any]:
    return [f for f in audit(plan).findings if f.rule_id.startswith("NU")]


def test_example_plan_passes_the_example_pack(project: Path) -> None:
    assert pack_findings(project / "plans" / "plan.yaml") == []


def test_each_pack_rule_reports_where_the_plan_breaks_it(project: Path) -> None:
    plan = project / "plans" / "plan.yaml"
    edit(plan, "    owner: Head of customer contact\n", "")
    retention = edit(plan, "      retention_days: 60\n", "      retention_days: 90\n")
    tested = edit(plan, "      last_tested: 2026-08-18\n", "      last_tested: 2026-03-18\n")
    objective = plan.read_text().splitlines().index("  - id: OBJ2") + 1
    found = {f.rule_id: f for f in pack_findings(plan)}
    assert sorted(found) == ["NU001", "NU002", "NU003"]

    nu001 = found["NU001"]
    assert nu001.message == "Call recordings are kept for 90 days; our policy allows at most 60."
    assert nu001.severity.value == "error"
    assert (nu001.location.line, nu001.location.column) == (retention, 7)
    assert nu001.location.path == "compliance.data_protection.call_recording.retention_days"
    assert nu001.references[0].title.startswith("Northern Utilities retention schedule")

    nu002 = found["NU002"]
    assert nu002.message == (
        "Contingency plan CP5 breaks the 6-month test policy: last_tested 2026-03-18 is more than "
        "6 months before the plan period starts on 2027-01-01."
    )
    assert (nu002.location.line, nu002.location.path) == (tested, "contingency.plans[4].last_tested")

    # Missing: the field's own path, at the line of the objective that lacks it.
    nu003 = found["NU003"]
    assert nu003.message == "Objective OBJ2 has no owner."
    assert (nu003.location.line, nu003.location.column) == (objective, 5)
    assert nu003.location.path == "objectives[1].owner"
    assert nu003.location.file.endswith("plan.yaml")


def test_a_missing_required_field_reads_as_missing(project: Path) -> None:
    plan = project / "plans" / "plan.yaml"
    edit(plan, "      last_tested: 2026-09-14\n", "")
    messages = [f.message for f in pack_findings(plan)]
    assert messages == ["Contingency plan CP1 breaks the 6-month test policy: last_tested is missing."]


def test_rules_list_shows_pack_rules_with_their_pack(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(project / ".ccgov.toml")
    assert run(["rules", "list", "--config", config]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("NU")]
    assert len(lines) == 3
    assert all(line.endswith("org-rules.yaml]") and "[pack " in line for line in lines)
    assert "northern-utilities.nu001" in lines[0] and "Call recordings kept at most 60 days" in lines[0]

    assert run(["rules", "list", "--format", "json", "--config", config]) == 0
    rules = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rules["NU002"]["pack"].endswith("org-rules.yaml")
    assert rules["NU002"]["ruleset"] == "northern-utilities"
    assert rules["NU002"]["plugin_version"] == "2027.1"
    assert rules["NU002"]["options"] == [{
        "name": "months", "default": 6, "convention": True,
        "doc": "Longest time in months between a plan's last test and the start of the plan period.",
    }]
    assert rules["SM001"]["pack"] is None

    assert run(["rules", "explain", "NU002", "--config", config]) == 0
    shown = capsys.readouterr().out
    assert "every six months" in shown and "contingency.plans[*]" in shown
    assert "months = 6  (convention)" in shown and "Provided by pack" in shown


def test_severity_options_and_ignore_apply_to_pack_rules(project: Path) -> None:
    plan = project / "plans" / "plan.yaml"
    edit(plan, "      retention_days: 60\n", "      retention_days: 90\n")
    edit(plan, "    owner: Head of customer contact\n", "")
    config = project / ".ccgov.toml"
    config.write_text('rule_packs = ["org-rules.yaml"]\nignore = ["NU003"]\n'
                      '[rules.NU001]\nseverity = "info"\n', encoding="utf-8")
    found = pack_findings(plan)
    assert [(f.rule_id, f.severity.value) for f in found] == [("NU001", "info")]

    config.write_text('rule_packs = ["org-rules.yaml"]\n[rules.NU001]\nmax_days = 120\n'
                      '[rules.northern-utilities]\nenabled = false\n[rules.NU003]\nenabled = true\n',
                      encoding="utf-8")
    assert [f.rule_id for f in pack_findings(plan)] == ["NU003"]


def test_a_bad_option_value_for_a_pack_rule_is_a_config_error(project: Path) -> None:
    (project / ".ccgov.toml").write_text('rule_packs = ["org-rules.yaml"]\n[rules.NU001]\n'
                                         'max_days = "sixty"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\.ccgov\.toml:3:1: rule NU001: option max_days takes a int"):
        audit(project / "plans" / "plan.yaml")


# --- malformed packs ---------------------------------------------------------------------

HEAD = 'pack: {name: acme, version: "1", description: Acme rules}\nrules:\n'
RULE = """\
  - id: AC001
    title: Objectives have owners
    severity: warning
    selector: objectives[*]
    condition: {owner: {required: true}}
    message: "Objective {id} has no owner."
    remediation: Name the owner.
    references: [{title: Acme planning standard}]
"""

MALFORMED = {
    "bad YAML": (HEAD + RULE + "  - {id: AC002\n",
                 r"org-rules\.yaml:12:1: YAML syntax error: did not find expected ',' or '}'"),
    "missing field": (HEAD + RULE.replace("    message: \"Objective {id} has no owner.\"\n", ""),
                      r"org-rules\.yaml:3:5: rules\[0\]\.message: required key is missing"),
    "bad severity": (HEAD + RULE.replace("warning", "fatal"),
                     r"org-rules\.yaml:5:5: rules\[0\]\.severity: unallowed value fatal; use error"),
    "bad selector": (HEAD + RULE.replace("objectives[*]", "objectives[*]..owner"),
                     r"org-rules\.yaml:6:5: rules\[0\]\.selector: selector 'objectives\[\*\]\.\.owner' "
                     r"is not a dotted path"),
    "bad cerberus schema": (HEAD + RULE.replace("required: true", "requird: true"),
                            r"org-rules\.yaml:7:25: rules\[0\]\.condition\.owner\.requird: not a valid "
                            r"cerberus schema: unknown rule"),
    "bad cerberus argument": (HEAD + RULE.replace("required: true", "type: whole"),
                              r"org-rules\.yaml:7:25: rules\[0\]\.condition\.owner\.type: not a valid "
                              r"cerberus schema: Unsupported types: whole"),
    "duplicate id": (HEAD + RULE + RULE,
                     r"org-rules\.yaml:11:5: rule id AC001 is used twice in this pack"),
    "clash with SM001": (HEAD + RULE.replace("AC001", "SM001"),
                         r"org-rules\.yaml:3:5: rule id SM001 of pack \S*org-rules\.yaml clashes with SM001 "
                         r"from ccgov"),
    "undefined option": (HEAD + RULE.replace("{required: true}", "{maxlength: {option: longest}}"),
                         r"org-rules\.yaml:7:\d+: rules\[0\]\.condition refers to option 'longest'"),
    "attribute in message": (HEAD + RULE.replace("{id}", "{id.__class__}"),
                             r"org-rules\.yaml:8:5: rules\[0\]\.message: placeholder \{id\.__class__\}"),
    "unclosed brace in message": (HEAD + RULE.replace("{id}", "{id"),
                                  r"org-rules\.yaml:8:5: rules\[0\]\.message: not a valid message template"),
    "unknown key": (HEAD + RULE + "    severty: error\n",
                    r"org-rules\.yaml:11:5: rules\[0\]\.severty: unknown key 'severty'"),
    "unquoted decimal version": (HEAD.replace('"1"', "1.5") + RULE,
                                 r"org-rules\.yaml:1:\d+: pack\.version: must be text such as \"1\.5\""),
    "not a mapping": ("- just\n- a list\n", r"org-rules\.yaml:1:1: the top level must be a mapping"),
}


@pytest.mark.parametrize("kind", list(MALFORMED))
def test_malformed_pack_exits_2_with_its_place(
    project: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text, expected = MALFORMED[kind]
    (project / "org-rules.yaml").write_text(text, encoding="utf-8")
    code = run(["audit", str(project / "plans" / "plan.yaml")])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err
    assert re.search(expected, err), err


def test_a_missing_pack_file_is_named(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / ".ccgov.toml").write_text('rule_packs = ["nowhere.yaml"]\n', encoding="utf-8")
    assert run(["audit", str(project / "plans" / "plan.yaml")]) == 2
    assert re.search(r"nowhere\.yaml:1:1: cannot read rule pack: No such file", capsys.readouterr().err)


def test_every_mistake_of_every_pack_is_listed(tmp_path: Path) -> None:
    first = tmp_path / "a.yaml"
    first.write_text(HEAD + RULE.replace("warning", "fatal"), encoding="utf-8")
    second = tmp_path / "b.yaml"
    second.write_text(HEAD + RULE.replace("objectives[*]", "[*]"), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_packs([first, second])
    assert [(Path(i.file).name, i.line) for i in caught.value.issues] == [("a.yaml", 5), ("b.yaml", 6)]


def test_a_plugins_broken_pack_fails_closed(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(HEAD + RULE.replace("warning", "fatal"), encoding="utf-8")

    class Plugin:
        @hookimpl
        def ccgov_rule_packs(self) -> list[Path]:
            return [broken]

    host = PluginHost(autoload=False)
    host.register(Plugin(), "acme", "acme-ccgov", "0.1")
    expected = r"acme 0\.1 failed to load: .*broken\.yaml:5:5: rules\[0\]\.severity"
    with pytest.raises(PluginLoadError, match=expected):
        Auditor(Config(), host=host)


# --- conditions: dates, options, messages -------------------------------------------------

DATES = HEAD + """\
  - id: AC010
    title: DPIA and consultation timing
    severity: error
    selector: change_management.changes[*]
    condition:
      implement_on: {within_plan_period: true}
      dpia: {type: dict, schema: {completed_on: {on_or_before: implement_on}}}
      risk_assessment_reviewed_on: {min_days_before: {field: implement_on, days: 14}}
    message: "Change {id}: {_field} {_error} (go-live {implement_on}, groups {affects})."
    remediation: Re-plan.
    references: [{title: Acme change policy}]
  - id: AC011
    title: Consultation methods
    severity: info
    selector: stakeholders.consultations[*]
    condition:
      method: {allowed: {option: methods}}
    message: "Consultation {id} used {method}; allowed: {option[methods]}."
    remediation: Use an approved method.
    references: [{title: Acme engagement standard}]
    options:
      methods: {default: [workshop, survey, meeting, forum], doc: Approved methods.}
"""


def test_date_rules_and_list_options(project: Path) -> None:
    (project / "org-rules.yaml").write_text(DATES, encoding="utf-8")
    changes = project / "plans" / "changes.yaml"
    edit(changes, "    implement_on: 2027-02-15\n", "    implement_on: 2027-04-15\n")
    edit(changes, "dpia: {reference: DPIA-2026-14, completed_on: 2026-12-01}",
         "dpia: {reference: DPIA-2026-14, completed_on: 2027-04-16}")
    # Exactly 14 days before go-live is enough.
    edit(changes, "risk_assessment_reviewed_on: 2027-01-20", "risk_assessment_reviewed_on: 2027-01-18")
    edit(project / "plans" / "consultations.yaml", "    method: forum\n", "    method: focus group\n")
    result = audit(project / "plans" / "plan.yaml", select=["AC*"])
    assert sorted((f.rule_id, f.location.path, f.message) for f in result.findings) == [
        ("AC010", "changes[0].dpia.completed_on",
         "Change CH1: dpia.completed_on 2027-04-16 is after implement_on (2027-04-15) (go-live 2027-04-15, "
         "groups frontline agents, quality team, customers)."),
        ("AC010", "changes[0].implement_on",
         "Change CH1: implement_on 2027-04-15 is outside the plan period 2027-01-01 to 2027-03-31 "
         "(go-live 2027-04-15, groups frontline agents, quality team, customers)."),
        ("AC011", "consultations[1].method",
         "Consultation C2 used focus group; allowed: workshop, survey, meeting, forum."),
    ]


def test_a_date_rule_reports_text_that_is_not_a_date(project: Path) -> None:
    pack = DATES.replace("implement_on: {within_plan_period: true}", "title: {within_plan_period: true}")
    (project / "org-rules.yaml").write_text(pack, encoding="utf-8")
    found = [f.message for f in audit(project / "plans" / "plan.yaml", select=["AC010"]).findings]
    assert found == [
        "Change CH1: title 'Speech analytics on all recorded calls' is not a date like 2027-03-31 "
        "(go-live 2027-02-15, groups frontline agents, quality team, customers).",
        "Change CH2: title 'Monday early-shift rota change' is not a date like 2027-03-31 "
        "(go-live 2027-02-01, groups frontline agents, team leaders).",
        "Change CH2: risk_assessment_reviewed_on 2027-01-20 is 12 days before implement_on (2027-02-01), "
        "not at least 14 (go-live 2027-02-01, groups frontline agents, team leaders).",
    ]


def test_message_fields_that_the_node_lacks_read_not_given(project: Path) -> None:
    pack = (HEAD + RULE).replace("{id} has no owner.", "{id} ({x-team}, KPI {kpi}) has no owner.")
    (project / "org-rules.yaml").write_text(pack, encoding="utf-8")
    edit(project / "plans" / "plan.yaml", "    owner: Head of customer contact\n", "")
    found = [f.message for f in audit(project / "plans" / "plan.yaml", select=["AC001"]).findings]
    assert found == ["Objective OBJ2 ((not given), KPI FCR) has no owner."]


def test_a_message_that_cannot_be_filled_in_still_says_what_failed(project: Path) -> None:
    pack = (HEAD + RULE).replace("{id} has no owner.", "{id} has no owner; first action {actions[5]}.")
    (project / "org-rules.yaml").write_text(pack, encoding="utf-8")
    edit(project / "plans" / "plan.yaml", "    owner: Head of customer contact\n", "")
    found = [f.message for f in audit(project / "plans" / "plan.yaml", select=["AC001"]).findings]
    assert found == ["Objective {id} has no owner; first action {actions[5]}. (owner: is missing)"]


# --- selectors ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "steps"), [
    ("contingency.plans[*]", ("contingency", "plans", None)),
    ("objectives[*].actions[0]", ("objectives", None, "actions", 0)),
    ("compliance.data_protection.call_recording", ("compliance", "data_protection", "call_recording")),
    ("x-acme[*]", ("x-acme", None)),
])
def test_selectors_parse(text: str, steps: tuple[Any, ...]) -> None:
    assert parse_selector(text) == steps


@pytest.mark.parametrize("text", ["", "[*]", ".plans", "plans[*]x", "plans[]", "plans..x", "plans[-1]",
                                  "plans.*", "plans[*"])
def test_bad_selectors_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="selector"):
        parse_selector(text)


def test_selection_walks_models_lists_mappings_and_extensions(project: Path) -> None:
    plan = project / "plans" / "plan.yaml"
    edit(plan, "  sites: [Leeds]\n", "  sites: [Leeds]\n  x-acme: {north: {code: 1}, south: {code: 2}}\n")
    from ccgov.loading.bundle import load_bundle
    from ccgov.model.build import build_plan

    bundle = load_bundle(plan)
    model, _ = build_plan(bundle.data, bundle.locate)
    actions = [path for path, _ in select(model, parse_selector("objectives[*].actions[*]"))]
    assert actions[:3] == [("objectives", 0, "actions", 0), ("objectives", 0, "actions", 1),
                           ("objectives", 1, "actions", 0)]
    assert [p for p, _ in select(model, parse_selector("plan.x-acme[*]"))] == [
        ("plan", "x-acme", "north"), ("plan", "x-acme", "south")]
    assert [p for p, _ in select(model, parse_selector("objectives[9]"))] == []
    assert [p for p, _ in select(model, parse_selector("stakeholders.consultations[3]"))] == [
        ("stakeholders", "consultations", 3)]
    assert list(select(model, parse_selector("contingency.important_business_services[*]"))) == []


def test_config_paths_of_packs_are_relative_to_the_config(project: Path) -> None:
    config = load_config(project / ".ccgov.toml")
    assert config.rule_packs == [project / "org-rules.yaml"]
