"""The YAML reader: what it refuses (with exact positions), how it types, where nodes are."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from loading_support import HEADER, refusal, write

from ccgov.errors import InputError
from ccgov.loading import yaml_reader
from ccgov.loading.limits import Limits
from ccgov.loading.yaml_reader import read_yaml_bytes, read_yaml_file


def read(text: str) -> dict:
    return read_yaml_bytes(text.encode(), display="plan.yaml").data


# --- ecosystem.md B1 table, rows 1-13 -------------------------------------------------


def test_b1_1_python_tag_is_refused_and_nothing_runs(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    issue = refusal(HEADER + f'x: !!python/object/apply:os.system ["touch {marker}"]\n')
    assert (issue.file, issue.line, issue.column) == ("plan.yaml", 2, 4)
    assert "tag '!!python/object/apply:os.system' not allowed" in issue.message
    assert not marker.exists()


def test_b1_2_billion_laughs_is_refused_at_the_first_anchor() -> None:
    # Full 9x9 bomb: covered for time and memory in test_yaml_bombs.py.
    issue = refusal(HEADER + 'a: &a ["lol","lol"]\nb: &b [*a,*a]\n')
    assert (issue.line, issue.column) == (2, 4)
    assert "anchor '&a' not allowed" in issue.message
    assert "aliases" in issue.message


def test_b1_3_anchor_alias_and_merge_key_are_refused() -> None:
    anchor = refusal(HEADER + "a: &x 1\nb: *x\n")
    assert (anchor.line, anchor.column) == (2, 4)
    assert "anchor '&x' not allowed" in anchor.message
    alias = refusal(HEADER + "a: 1\nb: *x\n")  # an alias alone, without its anchor
    assert (alias.line, alias.column) == (3, 4)
    assert "alias '*x' not allowed" in alias.message
    merge = refusal(HEADER + "base: {a: 1}\nchild:\n  <<: {a: 2}\n")
    assert (merge.line, merge.column) == (4, 3)
    assert "merge key '<<' not allowed" in merge.message


def test_b1_4_deep_flow_nesting_is_refused_at_line_1() -> None:
    issue = refusal("[" * 100_000 + "]" * 100_000)
    assert (issue.line, issue.column) == (1, 65)
    assert issue.message == "nesting deeper than 64 levels"


def test_b1_5_duplicate_key_names_both_lines() -> None:
    issue = refusal(HEADER + "queue: a\nqueue: b\n")
    assert (issue.line, issue.column) == (3, 1)
    assert issue.message == "duplicate key 'queue': already given at line 2, column 1"


def test_b1_6_country_no_is_text() -> None:
    assert read(HEADER + "country: NO\n")["country"] == "NO"


def test_b1_7_times_stay_text_never_sexagesimal() -> None:
    data = read(HEADER + "closes: 17:45\nopens: 9:30\n")
    assert data["closes"] == "17:45"
    assert data["opens"] == "9:30"


def test_b1_8_leading_zeros_are_decimal() -> None:
    data = read(HEADER + "min_agents: 0012\nmode: 0755\n")
    assert data["min_agents"] == 12
    assert data["mode"] == 755


def test_b1_9_dates_stay_text() -> None:
    assert read(HEADER + "effective: 2024-01-01\n")["effective"] == "2024-01-01"


def test_b1_10_yaml_directive_is_refused() -> None:
    issue = refusal("%YAML 1.1\n---\nccgov: 1\ncountry: NO\n")
    assert (issue.line, issue.column) == (1, 1)
    assert issue.message == "%YAML directive not allowed"


def test_tag_directive_is_refused() -> None:
    issue = refusal("%TAG !e! tag:example.com,2000:\n---\nccgov: 1\n")
    assert (issue.line, issue.column) == (1, 1)
    assert issue.message == "%TAG directive not allowed"


def test_b1_11_second_document_is_refused() -> None:
    issue = refusal("ccgov: 1\na: 1\n---\nb: 2\n")
    assert (issue.line, issue.column) == (3, 1)
    assert "more than one document" in issue.message


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "~\n", "---\n", "null\n"])
def test_b1_12_empty_document_is_refused(text: str) -> None:
    issue = refusal(text)
    assert (issue.line, issue.column) == (1, 1)
    assert issue.message == "empty document"


def test_b1_13_oversize_nul_and_bad_utf8_are_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_parsing(*args: object) -> None:
        raise AssertionError("the parser must not run")

    monkeypatch.setattr(yaml_reader, "CParser", no_parsing)
    big = write(tmp_path, "big.yaml", HEADER + "x: " + "a" * (6 * 1024 * 1024) + "\n")
    with pytest.raises(InputError) as caught:
        read_yaml_file(big)
    issue = caught.value.issues[0]
    assert (issue.file, issue.line, issue.column) == (str(big), 1, 1)
    assert "larger than the 5 MiB limit (max_yaml_bytes)" in issue.message

    nul = refusal(HEADER + "a: b\0c\n")
    assert (nul.line, nul.column) == (2, 5)
    assert nul.message == "NUL byte in the file"

    bad = refusal(HEADER.encode() + "é: ".encode() + b"\xff\xfe\n")
    assert (bad.line, bad.column) == (2, 4)
    assert bad.message == "invalid UTF-8 (byte 0xff)"


# --- other refusals ------------------------------------------------------------------


@pytest.mark.parametrize("tag", ["!foo", "!!str", "!", "!<tag:yaml.org,2002:int>"])
def test_any_explicit_tag_is_refused(tag: str) -> None:
    issue = refusal(HEADER + f"a:\n  b: {tag} 12\n")
    assert (issue.line, issue.column) == (3, 6)
    assert "not allowed" in issue.message


def test_tag_on_a_mapping_is_refused() -> None:
    issue = refusal(HEADER + "a: !!map {b: 1}\n")
    assert (issue.line, issue.column) == (2, 4)
    assert issue.message.startswith("tag '!!map' not allowed")


def test_depth_64_is_allowed_and_65_refused() -> None:
    # The top-level mapping is depth 1, so 63 lists inside it reach 64.
    data = read(HEADER + "x: " + "[" * 63 + "]" * 63 + "\n")
    node = data["x"]
    for _ in range(62):
        node = node[0]
    assert node == []
    issue = refusal(HEADER + "x: " + "[" * 64 + "]" * 64 + "\n")
    assert (issue.line, issue.column) == (2, 67)
    assert issue.message == "nesting deeper than 64 levels"


def test_depth_limit_is_configurable() -> None:
    issue = refusal(HEADER + "a:\n  b:\n    c: 1\n", limits=Limits(max_depth=2))
    assert (issue.line, issue.column) == (4, 5)


def test_top_level_must_be_a_mapping() -> None:
    issue = refusal("# plan\n- a\n- b\n")
    assert (issue.line, issue.column) == (2, 1)
    assert issue.message == "the top level must be a mapping of sections, found a list"
    scalar = refusal("just text\n")
    assert "found the value 'just text'" in scalar.message


def test_missing_ccgov_is_reported_at_line_1_column_1() -> None:
    issue = refusal("# comment\n\nkind: plan\nplan: {id: x}\n")
    assert (issue.line, issue.column) == (1, 1)
    assert "missing 'ccgov: 1'" in issue.message


@pytest.mark.parametrize("value", ["2", "true", "1.0", '"1"', "~"])
def test_ccgov_other_than_1_is_refused(value: str) -> None:
    issue = refusal(f"kind: plan\nccgov: {value}\n")
    assert (issue.line, issue.column) == (2, 1)
    assert "unsupported format version" in issue.message


def test_unknown_kind_is_refused_and_both_header_problems_are_listed() -> None:
    with pytest.raises(InputError) as caught:
        read_yaml_bytes(b"ccgov: 3\nkind: budget\n", display="x.yaml")
    issues = caught.value.issues
    assert [(i.line, i.column) for i in issues] == [(1, 1), (2, 1)]
    assert "unknown kind 'budget'" in issues[1].message


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("", "plan"),
        ("kind: plan\n", "plan"),
        ("kind: Consultations\n", "consultations"),
        ("kind: changelog\n", "changelog"),
    ],
)
def test_kinds(text: str, kind: str) -> None:
    assert read_yaml_bytes((HEADER + text).encode(), display="x").kind == kind


def test_non_scalar_key_is_refused() -> None:
    issue = refusal(HEADER + "? [a, b]\n: 1\n")
    assert (issue.line, issue.column) == (2, 3)
    assert issue.message == "a mapping key must be text, not a list"
    flow = refusal(HEADER + "x: {{a: 1}: 2}\n")
    assert (flow.line, flow.column) == (2, 5)
    assert flow.message == "a mapping key must be text, not a mapping"


def test_syntax_error_is_located_at_the_problem_mark() -> None:
    issue = refusal(HEADER + "a: b: c\n")
    assert (issue.line, issue.column) == (2, 5)
    assert issue.message.startswith("YAML syntax error: mapping values are not allowed")
    unclosed = refusal(HEADER + "a: [1, 2\nb: 3\n")
    assert unclosed.line == 3
    assert "while parsing a flow sequence at line 2" in unclosed.message


def test_control_character_is_a_located_syntax_error() -> None:
    issue = refusal(HEADER + "a: éé\x01\n")
    assert (issue.line, issue.column) == (2, 6)
    assert issue.message == "YAML syntax error: control characters are not allowed"


def test_huge_integer_is_refused_not_crashed() -> None:
    issue = refusal(HEADER + "n: " + "9" * 5000 + "\n")
    assert (issue.line, issue.column) == (2, 4)


def test_bom_is_accepted() -> None:
    doc = read_yaml_bytes(b"\xef\xbb\xbfccgov: 1\nname: x\n", display="x")
    assert doc.data == {"ccgov": 1, "name": "x"}
    assert doc.positions[("ccgov",)] == (1, 1)


def test_json_is_accepted() -> None:
    assert read('{"ccgov": 1, "a": [1, 2.5, true, null, "x"]}') == {
        "ccgov": 1,
        "a": [1, 2.5, True, None, "x"],
    }


def test_file_size_limit_counts_bytes_read_not_stat(tmp_path: Path) -> None:
    assert Path("/dev/zero").exists(), "these tests run on Linux, where /dev/zero exists"
    with pytest.raises(InputError) as caught:
        read_yaml_file(Path("/dev/zero"), display="zero", limits=Limits(max_yaml_bytes=1000))
    assert "larger than the 1,000 bytes limit" in caught.value.issues[0].message


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_yaml_file(tmp_path / "nope.yaml", display="nope.yaml")
    assert str(caught.value.issues[0]) == "nope.yaml:1:1: no such file"


# --- YAML 1.2 core typing ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("plain", "value"),
    [
        ("NO", "NO"),
        ("no", "no"),
        ("yes", "yes"),
        ("on", "on"),
        ("off", "off"),
        ("Y", "Y"),
        ("17:45", "17:45"),
        ("9:30", "9:30"),
        ("2027-03-31", "2027-03-31"),
        ("2027-01-04T08:00", "2027-01-04T08:00"),
        ("0012", 12),
        ("-7", -7),
        ("+3", 3),
        ("0x1F", 31),
        ("0o17", 15),
        ("0b11", "0b11"),
        ("1_000", "1_000"),
        ("80%", "80%"),
        ("0.32", 0.32),
        ("1e3", 1000.0),
        ("-.5", -0.5),
        ("1.", 1.0),
        (".inf", math.inf),
        ("-.Inf", -math.inf),
        ("+.INF", math.inf),
        ("true", True),
        ("FALSE", False),
        ("tRuE", True),
        ("null", None),
        ("Null", None),
        ("NULL", None),
        ("~", None),
        ("", None),
        ("nULL", "nULL"),
        ("infinity", "infinity"),
        ("nan", "nan"),
        ("Team leader", "Team leader"),
        ("- x", "- x"),
    ],
)
def test_plain_scalars_follow_the_yaml_1_2_core_schema(plain: str, value: object) -> None:
    got = read(HEADER + f"v: {plain}\n" if plain != "- x" else HEADER + "v: '- x'\n")["v"]
    assert got == value
    assert type(got) is type(value)


def test_nan() -> None:
    assert math.isnan(read(HEADER + "v: .nan\n")["v"])


@pytest.mark.parametrize("quoted", ['"12"', "'12'", '"true"', "'~'", '"2027-03-31"', '""'])
def test_quoted_scalars_are_always_text(quoted: str) -> None:
    assert read(HEADER + f"v: {quoted}\n")["v"] == quoted[1:-1]


def test_block_scalars_are_text() -> None:
    assert read(HEADER + "v: |\n  12\nw: >\n  true\n") == {"ccgov": 1, "v": "12\n", "w": "true\n"}


def test_keys_are_kept_as_text() -> None:
    assert read(HEADER + "1: a\ntrue: b\nnull: c\n0x10: d\n") == {
        "ccgov": 1,
        "1": "a",
        "true": "b",
        "null": "c",
        "0x10": "d",
    }


# --- positions --------------------------------------------------------------------------

NESTED = """\
ccgov: 1
objectives:
  - id: OBJ1
    kpi: AHT
    actions:
      - {id: A1, due: 2027-02-15}
      - id: A2
        owner:
          name: P. Shah
queues: [{id: q, sl: {target: 0.8}}, [x, y]]
empty:
"""


@pytest.mark.parametrize(
    ("path", "where"),
    [
        ((), (1, 1)),
        (("ccgov",), (1, 1)),
        (("objectives",), (2, 1)),
        (("objectives", 0), (3, 5)),
        (("objectives", 0, "id"), (3, 5)),
        (("objectives", 0, "kpi"), (4, 5)),
        (("objectives", 0, "actions"), (5, 5)),
        (("objectives", 0, "actions", 0), (6, 9)),
        (("objectives", 0, "actions", 0, "due"), (6, 18)),
        (("objectives", 0, "actions", 1), (7, 9)),
        (("objectives", 0, "actions", 1, "owner", "name"), (9, 11)),
        (("queues",), (10, 1)),
        (("queues", 0), (10, 10)),
        (("queues", 0, "sl", "target"), (10, 23)),
        (("queues", 1), (10, 38)),
        (("queues", 1, 1), (10, 42)),
        (("empty",), (11, 1)),
    ],
)
def test_positions_of_nested_nodes(path: tuple, where: tuple[int, int]) -> None:
    doc = read_yaml_bytes(NESTED.encode(), display="x")
    assert doc.positions[path] == where


def test_position_walks_up_to_the_nearest_existing_node() -> None:
    doc = read_yaml_bytes(NESTED.encode(), display="x")
    assert doc.position(("objectives", 0, "actions", 1, "due")) == (
        ("objectives", 0, "actions", 1),
        7,
        9,
    )
    assert doc.position(("missing", 3)) == ((), 1, 1)
    assert doc.data["empty"] is None


def test_columns_count_characters_not_bytes() -> None:
    doc = read_yaml_bytes((HEADER + "naïve: {café: 1, b: 2}\n").encode(), display="x")
    assert doc.positions[("naïve", "b")] == (2, 18)


def test_document_fields(tmp_path: Path) -> None:
    path = write(tmp_path, "p.yaml", HEADER + "a: 1\n")
    doc = read_yaml_file(path, display="shown.yaml")
    assert doc.path == path.resolve()
    assert doc.display == "shown.yaml"
    assert doc.kind == "plan"
    import hashlib

    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    stdin = read_yaml_bytes(b"ccgov: 1\n", display="<stdin>")
    assert stdin.path == Path("<stdin>")


def test_gc_state_is_restored() -> None:
    import gc

    assert gc.isenabled()
    read(HEADER)
    assert gc.isenabled()
    refusal(HEADER + "a: *x\n")
    assert gc.isenabled()
    gc.disable()
    try:
        read(HEADER)
        assert not gc.isenabled()
    finally:
        gc.enable()
