"""Bundles: merging separate documents and forecasts, origins, locate(), and refusals."""

from __future__ import annotations

import copy
import gc
import os
from pathlib import Path
from typing import Any

import pytest
from loading_support import write

from ccgov.errors import InputError, InputIssue
from ccgov.loading import _support
from ccgov.loading.bundle import Bundle, load_bundle, read_any
from ccgov.loading.limits import Limits

PLAN = """\
ccgov: 1
kind: plan
plan:
  id: leeds-q1
  title: Leeds Q1
  period: {start: 2027-01-01, end: 2027-03-31}
  documents:
    - consultations.yaml
    - changes.yaml
organisation: {name: Northern Utilities plc}
objectives:
  - {id: OBJ1, statement: Reduce AHT}
stakeholders:
  consultations:
    - {id: C1, date: 2026-10-01}
change_management:
  changes:
    - id: CH1
      dpia: {completed_on: 2026-12-01}
resource_plan:
  queues:
    - id: billing
      forecast: forecast.csv
"""

CONSULTATIONS = """\
ccgov: 1
kind: consultations
plan: leeds-q1
consultations:
  - {id: C2, date: 2026-10-02}
  - id: C3
    date: 2026-10-03
"""

CHANGES = """\
ccgov: 1
kind: changelog
plan: leeds-q1
changes:
  - id: CH2
    dpia:
      completed_on: 2026-12-05
"""

FORECAST = """\
start,contacts,aht_seconds,scheduled_staff
2027-01-04T08:00,120,310,24
2027-01-04T08:15,130,300,"25"
"""


# Relative to the working directory the ``folder`` fixture sets, so that messages
# show it as given.
PLAN_PATH = Path("plans/plan.yaml")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "plans/plan.yaml", PLAN)
    write(tmp_path, "plans/consultations.yaml", CONSULTATIONS)
    write(tmp_path, "plans/changes.yaml", CHANGES)
    write(tmp_path, "plans/forecast.csv", FORECAST)
    return tmp_path / "plans"


def issues_of(plan: Path, extra: list[Path] | None = None, **kwargs: object) -> list[InputIssue]:
    with pytest.raises(InputError) as caught:
        load_bundle(plan, extra or [], **kwargs)  # type: ignore[arg-type]
    return caught.value.issues


def edit_plan(folder: Path, old: str, new: str) -> None:
    edit(folder / "plan.yaml", old, new)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


# --- merging ------------------------------------------------------------------------------


def test_merged_data_and_documents(folder: Path) -> None:
    bundle = load_bundle(PLAN_PATH)
    assert [doc.display for doc in bundle.documents] == [
        "plans/plan.yaml",
        "plans/consultations.yaml",
        "plans/changes.yaml",
        "plans/forecast.csv",
    ]
    assert [doc.kind for doc in bundle.documents] == [
        "plan",
        "consultations",
        "changelog",
        "forecast",
    ]
    assert bundle.plan is bundle.documents[0]
    assert [c["id"] for c in bundle.data["stakeholders"]["consultations"]] == ["C1", "C2", "C3"]
    assert [c["id"] for c in bundle.data["change_management"]["changes"]] == ["CH1", "CH2"]
    assert bundle.data["resource_plan"]["queues"][0]["forecast"] == [
        {"start": "2027-01-04T08:00", "contacts": 120, "aht_seconds": 310, "scheduled_staff": 24},
        {"start": "2027-01-04T08:15", "contacts": 130, "aht_seconds": 300, "scheduled_staff": 25},
    ]
    consultations, changes, forecast = bundle.documents[1:]
    assert bundle.origins == {
        ("stakeholders", "consultations", 1): (consultations, ("consultations", 0)),
        ("stakeholders", "consultations", 2): (consultations, ("consultations", 1)),
        ("change_management", "changes", 1): (changes, ("changes", 0)),
        ("resource_plan", "queues", 0, "forecast"): (forecast, ("rows",)),
    }


def test_plan_document_data_is_left_as_read(folder: Path) -> None:
    plan_only = read_any(folder / "plan.yaml")
    bundle = load_bundle(PLAN_PATH)
    assert bundle.plan.data == plan_only.data
    assert bundle.plan.data is not bundle.data


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        # inline items stay in the plan, with their plan path
        (
            ("change_management", "changes", 0, "dpia", "completed_on"),
            ("plans/plan.yaml", 19, 14, "change_management.changes[0].dpia.completed_on"),
        ),
        (
            ("stakeholders", "consultations", 0),
            ("plans/plan.yaml", 15, 7, "stakeholders.consultations[0]"),
        ),
        # separate documents: their own file, line and path
        (
            ("change_management", "changes", 1, "dpia", "completed_on"),
            ("plans/changes.yaml", 7, 7, "changes[0].dpia.completed_on"),
        ),
        (
            ("stakeholders", "consultations", 2, "date"),
            ("plans/consultations.yaml", 7, 5, "consultations[1].date"),
        ),
        # something missing: the nearest parent's place, the missing node's own path
        (
            ("stakeholders", "consultations", 1, "outcome"),
            ("plans/consultations.yaml", 5, 5, "consultations[0].outcome"),
        ),
        (
            ("change_management", "changes", 1, "eqia", "reference"),
            ("plans/changes.yaml", 5, 5, "changes[0].eqia.reference"),
        ),
        # forecast rows: the CSV's line and the cell's column
        (
            ("resource_plan", "queues", 0, "forecast", 1, "scheduled_staff"),
            ("plans/forecast.csv", 3, 26, "rows[1].scheduled_staff"),
        ),
        (("resource_plan", "queues", 0, "forecast", 0), ("plans/forecast.csv", 2, 1, "rows[0]")),
        (("resource_plan", "queues", 0, "forecast"), ("plans/forecast.csv", 1, 1, "rows")),
        (
            ("resource_plan", "queues", 0, "id"),
            ("plans/plan.yaml", 22, 7, "resource_plan.queues[0].id"),
        ),
        ((), ("plans/plan.yaml", 1, 1, "")),
        (("evaluation", "reviews"), ("plans/plan.yaml", 1, 1, "evaluation.reviews")),
    ],
)
def test_locate(folder: Path, path: tuple, expected: tuple) -> None:
    assert load_bundle(PLAN_PATH).locate(path) == expected


def test_separate_documents_create_the_parent_sections(folder: Path) -> None:
    edit_plan(folder, "stakeholders:\n  consultations:\n    - {id: C1, date: 2026-10-01}\n", "")
    edit_plan(
        folder,
        "change_management:\n  changes:\n",
        "change_management:\n  model: ADKAR\n  changes:\n",
    )
    edit_plan(folder, "    - id: CH1\n      dpia: {completed_on: 2026-12-01}\n", "")
    bundle = load_bundle(PLAN_PATH)
    assert [c["id"] for c in bundle.data["stakeholders"]["consultations"]] == ["C2", "C3"]
    assert bundle.data["change_management"] == {
        "model": "ADKAR",
        "changes": [{"id": "CH2", "dpia": {"completed_on": "2026-12-05"}}],
    }
    assert bundle.locate(("stakeholders", "consultations", 0, "id"))[:3] == (
        "plans/consultations.yaml",
        5,
        6,
    )


def test_extra_paths_are_merged_and_a_listed_one_is_read_once(folder: Path) -> None:
    write(folder, "more/late.yaml", CONSULTATIONS.replace("C2", "C8").replace("C3", "C9"))
    bundle = load_bundle(
        PLAN_PATH, [folder / "more/late.yaml", folder / "consultations.yaml", folder / "plan.yaml"]
    )
    assert len(bundle.documents) == 5
    ids = [c["id"] for c in bundle.data["stakeholders"]["consultations"]]
    assert ids == ["C1", "C2", "C3", "C8", "C9"]
    assert bundle.documents[-1].display == str(folder / "more/late.yaml")


def test_two_queues_may_share_a_forecast(folder: Path) -> None:
    edit_plan(
        folder,
        "      forecast: forecast.csv\n",
        "      forecast: forecast.csv\n    - id: chat\n      forecast: ./forecast.csv\n",
    )
    bundle = load_bundle(PLAN_PATH)
    queues = bundle.data["resource_plan"]["queues"]
    assert queues[0]["forecast"] == queues[1]["forecast"]
    assert queues[0]["forecast"] is not queues[1]["forecast"]
    assert [doc.kind for doc in bundle.documents].count("forecast") == 1
    assert bundle.locate(("resource_plan", "queues", 1, "forecast", 0, "contacts"))[:3] == (
        "plans/forecast.csv",
        2,
        18,
    )


def test_inline_forecast_stays_in_the_plan(folder: Path) -> None:
    edit_plan(
        folder,
        "      forecast: forecast.csv\n",
        "      forecast:\n        - {start: 2027-01-04T08:00, contacts: 120}\n",
    )
    bundle = load_bundle(PLAN_PATH)
    assert bundle.locate(("resource_plan", "queues", 0, "forecast", 0, "contacts")) == (
        "plans/plan.yaml",
        24,
        37,
        "resource_plan.queues[0].forecast[0].contacts",
    )


def test_read_any_reads_a_file_once(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    real_open = open

    def counting_open(path: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(_support, "open", counting_open, raising=False)
    assert read_any(folder / "consultations.yaml").kind == "consultations"
    assert read_any(folder / "forecast.csv").kind == "forecast"
    assert read_any(folder / "plan.yaml").kind == "plan"
    assert len(opened) == 3


# --- refusals -----------------------------------------------------------------------------


def test_duplicate_ids_across_inline_and_separate_documents(folder: Path) -> None:
    edit(folder / "consultations.yaml", "id: C3", "id: C1")
    edit(folder / "changes.yaml", "id: CH2", "id: CH1")
    issues = issues_of(PLAN_PATH)
    assert [(i.file, i.line, i.column) for i in issues] == [
        ("plans/consultations.yaml", 6, 5),
        ("plans/changes.yaml", 5, 5),
    ]
    assert issues[0].message == (
        "id 'C1' is used twice in stakeholders.consultations: at plans/plan.yaml:15:8 "
        "(stakeholders.consultations[0].id) and at plans/consultations.yaml:6:5 "
        "(consultations[1].id)"
    )
    assert "plans/plan.yaml:18:7" in issues[1].message


def test_duplicate_ids_in_any_list_and_in_one_document(folder: Path) -> None:
    edit_plan(
        folder,
        "  - {id: OBJ1, statement: Reduce AHT}\n",
        "  - {id: OBJ1, actions: [{id: A1}, {id: A1}]}\n  - {id: OBJ1}\n",
    )
    issues = issues_of(PLAN_PATH)
    assert [(i.line, i.column) for i in issues] == [(12, 37), (13, 6)]
    assert "id 'A1' is used twice in objectives[0].actions" in issues[0].message
    assert "id 'OBJ1' is used twice in objectives" in issues[1].message


def test_path_escape_with_dot_dot(folder: Path) -> None:
    write(folder.parent, "outside.yaml", CONSULTATIONS)
    edit_plan(folder, "    - changes.yaml\n", "    - ../outside.yaml\n")
    [issue] = issues_of(PLAN_PATH)
    assert (issue.file, issue.line, issue.column) == ("plans/plan.yaml", 9, 7)
    assert issue.message == "../outside.yaml is outside the plan's folder"


def test_path_escape_with_a_symlink(folder: Path) -> None:
    write(folder.parent, "elsewhere/forecast.csv", FORECAST)
    os.remove(folder / "forecast.csv")
    os.symlink(folder.parent / "elsewhere/forecast.csv", folder / "forecast.csv")
    [issue] = issues_of(PLAN_PATH)
    assert (issue.file, issue.line, issue.column) == ("plans/plan.yaml", 23, 7)
    assert issue.message == "forecast.csv is outside the plan's folder"


def test_symlink_inside_the_folder_is_fine(folder: Path) -> None:
    (folder / "archive").mkdir()
    os.rename(folder / "changes.yaml", folder / "archive/changes.yaml")
    os.symlink(folder / "archive/changes.yaml", folder / "changes.yaml")
    bundle = load_bundle(PLAN_PATH)
    assert bundle.documents[2].display == "plans/changes.yaml"


def test_absolute_path_is_refused(folder: Path) -> None:
    edit_plan(folder, "    - changes.yaml\n", f"    - {folder / 'changes.yaml'}\n")
    [issue] = issues_of(PLAN_PATH)
    assert (issue.line, issue.column) == (9, 7)
    assert "is an absolute path" in issue.message


def test_missing_document_is_refused(folder: Path) -> None:
    os.remove(folder / "changes.yaml")
    [issue] = issues_of(PLAN_PATH)
    assert str(issue) == "plans/plan.yaml:9:7: changes.yaml: no such file"


def test_plan_naming_itself_is_refused(folder: Path) -> None:
    edit_plan(folder, "    - changes.yaml\n", "    - changes.yaml\n    - ./plan.yaml\n")
    [issue] = issues_of(PLAN_PATH)
    assert str(issue) == "plans/plan.yaml:10:7: ./plan.yaml is the plan itself"


def test_document_listed_twice_is_refused(folder: Path) -> None:
    edit_plan(
        folder, "    - changes.yaml\n", "    - changes.yaml\n    - sub/../consultations.yaml\n"
    )
    [issue] = issues_of(PLAN_PATH)
    assert str(issue) == (
        "plans/plan.yaml:10:7: sub/../consultations.yaml is listed twice (first at line 8)"
    )


def test_second_plan_is_refused(folder: Path) -> None:
    write(folder, "other.yaml", PLAN.replace("leeds-q1", "other"))
    [issue] = issues_of(PLAN_PATH, [folder / "other.yaml"])
    assert (issue.file, issue.line, issue.column) == (str(folder / "other.yaml"), 2, 1)
    assert issue.message == "a second plan in one bundle (the plan is plans/plan.yaml)"


def test_plan_given_must_be_a_plan(folder: Path) -> None:
    [issue] = issues_of(folder / "changes.yaml")
    assert (issue.line, issue.column) == (2, 1)
    assert issue.message == "expected a plan, found a changelog document"


def test_document_for_another_plan_or_none_is_refused(folder: Path) -> None:
    edit(folder / "consultations.yaml", "plan: leeds-q1", "plan: york-q1")
    edit(folder / "changes.yaml", "plan: leeds-q1\n", "")
    issues = issues_of(PLAN_PATH)
    assert [str(i) for i in issues] == [
        "plans/consultations.yaml:3:1: belongs to plan 'york-q1', not 'leeds-q1'",
        "plans/changes.yaml:1:1: missing 'plan:' naming the plan this changelog belongs to",
    ]


def test_document_of_the_wrong_shape_is_refused(folder: Path) -> None:
    edit(folder / "consultations.yaml", "consultations:\n", "consultations: {}\nx:\n")
    edit(folder / "changes.yaml", "changes:", "change:")
    issues = issues_of(PLAN_PATH)
    assert [str(i) for i in issues] == [
        "plans/consultations.yaml:4:1: 'consultations' must be a list",
        "plans/changes.yaml:1:1: missing the list 'changes'",
    ]


def test_plan_section_of_the_wrong_shape_cannot_take_a_merge(folder: Path) -> None:
    edit_plan(
        folder,
        "stakeholders:\n  consultations:\n    - {id: C1, date: 2026-10-01}\n",
        "stakeholders:\n  consultations: none\n",
    )
    [issue] = issues_of(PLAN_PATH)
    assert str(issue) == "plans/plan.yaml:14:3: 'stakeholders.consultations' must be a list"


def test_listed_csv_is_not_a_separate_document(folder: Path) -> None:
    edit_plan(folder, "    - changes.yaml\n", "    - forecast.csv\n")
    [issue] = issues_of(PLAN_PATH)
    assert str(issue) == (
        "plans/plan.yaml:9:7: plans/forecast.csv is not a consultations or changelog document"
    )


def test_unused_extra_forecast_is_refused(folder: Path) -> None:
    write(folder, "spare.csv", FORECAST)
    [issue] = issues_of(PLAN_PATH, [folder / "spare.csv", folder / "forecast.csv"])
    assert str(issue) == f"{folder / 'spare.csv'}:1:1: no queue of the plan uses this forecast"


def test_too_many_documents_are_refused_before_reading(folder: Path) -> None:
    (folder / "changes.yaml").write_text("not: [yaml")  # would be an issue if it were read
    [issue] = issues_of(PLAN_PATH, limits=Limits(max_documents=2))
    assert (issue.line, issue.column) == (7, 3)
    assert issue.message == "3 documents besides the plan; at most 2 are allowed (max_documents)"


def test_missing_required_sections_are_all_reported_at_their_parents(folder: Path) -> None:
    edit_plan(folder, "  title: Leeds Q1\n  period: {start: 2027-01-01, end: 2027-03-31}\n", "")
    edit_plan(folder, "organisation: {name: Northern Utilities plc}\n", "")
    edit_plan(folder, "objectives:\n  - {id: OBJ1, statement: Reduce AHT}\n", "")
    issues = issues_of(PLAN_PATH)
    assert [str(i) for i in issues] == [
        "plans/plan.yaml:3:1: missing required field 'plan.title'",
        "plans/plan.yaml:3:1: missing required field 'plan.period'",
        "plans/plan.yaml:1:1: missing required section 'organisation'",
        "plans/plan.yaml:1:1: missing required section 'objectives'",
    ]
    write(folder, "bare.yaml", "ccgov: 1\n")
    issues = issues_of(folder / "bare.yaml")
    assert issues[0].message == "missing required section 'plan' (with id, title, period)"
    assert len(issues) == 3


def test_every_document_is_read_and_every_issue_reported(folder: Path) -> None:
    edit(folder / "consultations.yaml", "  - id: C3\n", "  - id: C3\n  - id: C3\n")
    (folder / "changes.yaml").write_bytes(b"ccgov: 1\nkind: changelog\nplan: leeds-q1\n\xff\n")
    (folder / "forecast.csv").write_text("start,contacts\n")
    write(folder.parent, "extra.yaml", CHANGES.replace("changes:\n", "changes: [a: 1\n"))
    issues = issues_of(PLAN_PATH, [folder.parent / "extra.yaml"])
    assert [(i.file, i.line) for i in issues] == [
        ("plans/changes.yaml", 4),
        ("plans/forecast.csv", 1),
        (str(folder.parent / "extra.yaml"), 5),
        ("plans/consultations.yaml", 7),
    ]


def test_unreadable_plan_still_reads_the_extras(folder: Path) -> None:
    (folder / "plan.yaml").write_text("ccgov: 1\nplan: {id: x, id: y}\n")
    write(folder, "bad.yaml", "ccgov: 1\nkind: changelog\nplan: x\nchanges: !!set {}\n")
    issues = issues_of(PLAN_PATH, [folder / "bad.yaml"])
    assert [(i.line, i.column) for i in issues] == [(2, 15), (4, 10)]


def test_bundle_is_plain_data(folder: Path) -> None:
    bundle = load_bundle(PLAN_PATH)
    assert isinstance(bundle, Bundle)
    assert copy.deepcopy(bundle.data) == bundle.data


def test_a_file_named_several_times_is_reported_once(folder: Path) -> None:
    (folder / "changes.yaml").write_text("ccgov: 1\nkind: changelog\nplan: leeds-q1\nchanges: [\n")
    issues = issues_of(PLAN_PATH, [folder / "changes.yaml", Path("plans/./changes.yaml")])
    assert [(i.file, i.line) for i in issues] == [("plans/changes.yaml", 5)]


def test_forecast_naming_a_yaml_document_is_an_input_error(folder: Path) -> None:
    edit_plan(folder, "forecast: forecast.csv", "forecast: changes.yaml")
    [issue] = issues_of(PLAN_PATH)
    assert (issue.file, issue.line, issue.column) == ("plans/changes.yaml", 1, 1)
    assert issue.message.startswith("header lacks the column(s) start, contacts")


def test_a_plan_of_the_wrong_kind_still_reads_the_extras(folder: Path) -> None:
    write(folder, "bad.yaml", "ccgov: 1\nkind: changelog\nplan: x\nchanges: *a\n")
    issues = issues_of(folder / "changes.yaml", [folder / "bad.yaml", folder / "changes.yaml"])
    assert [(i.line, i.column) for i in issues] == [(2, 1), (4, 10)]


def test_loading_creates_no_reference_cycles(folder: Path) -> None:
    gc.collect()
    gc.disable()
    try:
        bundle = load_bundle(PLAN_PATH)
        bundle.locate(("stakeholders", "consultations", 2, "id"))
        del bundle
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_dot_dot_after_a_symlinked_folder_is_judged_on_the_real_path(folder: Path) -> None:
    # plans/sub -> ../outside/deep, so sub/../changes.yaml is outside/changes.yaml,
    # although spelled it looks like plans/changes.yaml (which exists too).
    write(folder.parent, "outside/deep/.keep", "")
    write(folder.parent, "outside/changes.yaml", CHANGES)
    os.symlink(folder.parent / "outside/deep", folder / "sub")
    edit_plan(folder, "    - changes.yaml\n", "    - sub/../changes.yaml\n")
    [issue] = issues_of(PLAN_PATH)
    assert str(issue) == "plans/plan.yaml:9:7: sub/../changes.yaml is outside the plan's folder"
