"""Rule packs: an organisation's own rules written in YAML, without Python (docs/rule-packs.md).

A pack names itself and lists rules; each rule selects nodes of the plan with a
selector (``contingency.plans[*]``) and states a cerberus schema that every
selected node must satisfy. :func:`load_packs` validates each pack's own shape,
reporting every mistake at its file, line and column, and turns each pack rule
into a :class:`~ccgov.rules.base.Rule` subclass, so pack rules are listed,
selected, configured and reported exactly like built-in ones.
"""

from __future__ import annotations

import json
import re
import string
import textwrap
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from cerberus import SchemaError, Validator

from ccgov.errors import ConfigError, InputError, InputIssue
from ccgov.findings import Finding, Reference, Severity
from ccgov.loading.document import Path_, format_path
from ccgov.loading.yaml_reader import parse_yaml
from ccgov.rules.base import Option, Rule
from ccgov.rules.pack_validator import PackValidator, error_tree, leaf_errors
from ccgov.rules.selectors import Step, parse_selector, plain, select

if TYPE_CHECKING:
    from ccgov.context import AuditContext

_SLUG = r"[a-z0-9][a-z0-9-]*"
_RULE_SCHEMA: dict[str, Any] = {
    "id": {"type": "string", "required": True, "regex": r"[A-Z][A-Z0-9-]*[0-9]+"},
    "name": {"type": "string", "regex": r"[a-z0-9-]+(\.[a-z0-9-]+)+"},
    "title": {"type": "string", "required": True, "empty": False},
    "description": {"type": "string"},
    "severity": {"type": "string", "required": True, "allowed": [s.value for s in Severity]},
    "selector": {"type": "string", "required": True, "empty": False},
    "condition": {"type": "dict", "required": True, "empty": False},
    "message": {"type": "string", "required": True, "empty": False},
    "remediation": {"type": "string", "required": True, "empty": False},
    "references": {
        "type": "list", "required": True, "empty": False,
        "schema": {"type": "dict", "schema": {
            "title": {"type": "string", "required": True, "empty": False},
            "url": {"type": "string"},
        }},
    },
    "options": {
        "type": "dict",
        "keysrules": {"type": "string", "regex": r"[a-z_][a-z0-9_]*"},
        "valuesrules": {"type": "dict", "schema": {
            "default": {"required": True, "nullable": False, "type": ["string", "integer", "float",
                                                                     "boolean", "list"]},
            "doc": {"type": "string", "required": True, "empty": False},
            "convention": {"type": "boolean"},
        }},
    },
}
#: The shape of a pack file, checked before any rule is built.
PACK_SCHEMA: dict[str, Any] = {
    "pack": {"type": "dict", "required": True, "schema": {
        "name": {"type": "string", "required": True, "regex": _SLUG},
        "version": {"type": ["string", "integer"], "required": True},
        "description": {"type": "string", "required": True, "empty": False},
        "ruleset": {"type": "string", "regex": _SLUG},
    }},
    "rules": {"type": "list", "required": True, "empty": False,
              "schema": {"type": "dict", "schema": _RULE_SCHEMA}},
}

# Message placeholders: a name, optionally indexed (``{dpia[completed_on]}``); no
# attribute access, so a pack cannot reach into Python objects through a message.
_PLACEHOLDER = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*(\[[^\[\]{}]+\])*")
_NOT_GIVEN = "(not given)"


class PackRule(Rule):
    """Base of the rule classes generated from pack rules."""

    abstract = True
    #: The selector as written, and parsed.
    selector: ClassVar[str]
    steps: ClassVar[tuple[Step, ...]]
    #: The cerberus schema, with ``{option: name}`` placeholders for option values.
    condition: ClassVar[dict[str, Any]]
    message: ClassVar[str]
    #: Line and column of the rule's ``id`` in its pack, for located clash errors.
    pack_position: ClassVar[tuple[int, int]] = (1, 1)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        schema = with_options(self.condition, self.settings)
        validator = PackValidator(schema, allow_unknown=True, period=ctx.period)
        for path, node in select(ctx.plan, self.steps):
            data = plain(node)
            if not isinstance(data, dict) or validator.validate(data):
                continue
            for where, error in leaf_errors(validator, validator._errors):
                yield self.finding(ctx, (*path, *where), self._message(data, where, error))

    def _message(self, data: dict[str, Any], where: Path_, error: str) -> str:
        value: Any = data
        for part in where:
            value = value.get(part) if isinstance(value, dict) else (
                value[part] if isinstance(value, list) and isinstance(part, int) and part < len(value)
                else None)
        fields = _Fields(data)
        fields.update(_field=format_path(where), _error=error, _value=_shown(value),
                      option=_Fields(self.settings))
        try:
            return self.message.format_map(fields)
        except (IndexError, KeyError, TypeError, ValueError):
            # NOTE: a placeholder indexing into something the plan does not have must
            # not crash the audit; the finding still says what failed.
            return f"{self.message} ({format_path(where)}: {error})"


def load_packs(paths: Sequence[Path]) -> list[type[Rule]]:
    """One ``Rule`` subclass per rule of every pack; ``ConfigError`` lists every mistake, located."""
    classes: list[type[Rule]] = []
    issues: list[InputIssue] = []
    for path in paths:
        try:
            classes.extend(_load_pack(Path(path)))
        except InputError as error:
            issues.extend(error.issues)
    if issues:
        raise ConfigError(issues)
    return classes


def with_options(condition: Any, settings: Mapping[str, Any]) -> Any:
    """``condition`` with every ``{option: name}`` replaced by that option's value."""
    if isinstance(condition, dict):
        if _option_name(condition) is not None:
            value = settings[condition["option"]]
            return list(value) if isinstance(value, tuple) else value
        return {key: with_options(value, settings) for key, value in condition.items()}
    if isinstance(condition, list):
        return [with_options(item, settings) for item in condition]
    return condition


# --- loading -------------------------------------------------------------------------


class _Pack:
    """One pack file being read: its data, positions and the issues found so far."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.display = _display(path)
        self.issues: list[InputIssue] = []
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ConfigError.at(path, 1, 1, f"cannot read rule pack: {exc.strerror or exc}") from None
        try:
            data, self.positions = parse_yaml(raw, display=self.display)
        except InputError as error:
            raise ConfigError(error.issues) from None
        self.data: dict[str, Any] = data

    def issue(self, where: Path_, message: str) -> None:
        line, column = self.position(where)
        self.issues.append(InputIssue(self.display, line, column, message))

    def position(self, where: Path_) -> tuple[int, int]:
        """Line and column of ``where`` or of its nearest parent that exists."""
        for end in range(len(where), -1, -1):
            found = self.positions.get(where[:end])
            if found is not None:
                return found
        return 1, 1


def _load_pack(path: Path) -> list[type[Rule]]:
    pack = _Pack(path)
    shape = Validator(PACK_SCHEMA)
    if not shape.validate(pack.data):
        for where, message in error_tree(shape.errors):
            pack.issue(where, f"{format_path(where)}: {_shape_message(where, message)}")
        raise ConfigError(pack.issues)
    meta = pack.data["pack"]
    classes: list[type[Rule]] = []
    seen: dict[str, int] = {}
    for index, spec in enumerate(pack.data["rules"]):
        if spec["id"] in seen:
            pack.issue(("rules", index, "id"), f"rule id {spec['id']} is used twice in this pack "
                                               f"(first by rules[{seen[spec['id']]}])")
            continue
        seen[spec["id"]] = index
        made = _build_rule(pack, meta, index, spec)
        if made is not None:
            classes.append(made)
    if pack.issues:
        raise ConfigError(pack.issues)
    return classes


def _shape_message(where: Path_, message: str) -> str:
    """Cerberus' message about the pack's own shape, with the fix where it is not obvious."""
    key = where[-1] if where else ""
    if message == "unknown field":
        return f"unknown key {key!r}"
    if message == "required field":
        return "required key is missing"
    if key == "severity":
        return f"{message}; use error, warning or info"
    if key == "version":
        return "must be text such as \"1.5\" (quote it) or a whole number"
    return message


def _display(path: Path) -> str:
    """How messages name a pack: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (OSError, ValueError):
        return str(path)


def _build_rule(pack: _Pack, meta: dict[str, Any], index: int, spec: dict[str, Any]) -> type[Rule] | None:
    """The Rule class of one pack rule, or None after recording what is wrong with it."""
    here: Path_ = ("rules", index)
    problems = len(pack.issues)
    steps: tuple[Step, ...] = ()
    try:
        steps = parse_selector(spec["selector"])
    except ValueError as exc:
        pack.issue((*here, "selector"), f"rules[{index}].selector: {exc}")
    options = tuple(
        Option(name, tuple(o["default"]) if isinstance(o["default"], list) else o["default"],
               o["doc"], o.get("convention", True))
        for name, o in spec.get("options", {}).items()
    )
    defaults = {option.name: option.default for option in options}
    for where, name in _option_references(spec["condition"]):
        if name not in defaults:
            pack.issue((*here, "condition", *where), f"rules[{index}].condition refers to option "
                                                     f"{name!r}, which the rule's options do not define")
    _check_message(pack, (*here, "message"), spec["message"], defaults)
    if len(pack.issues) > problems:
        return None
    try:
        PackValidator(with_options(spec["condition"], defaults))
    except SchemaError as exc:
        tree = exc.args[0] if exc.args and isinstance(exc.args[0], dict) else {"": [str(exc)]}
        for where, message in error_tree(tree):
            shown = format_path((*here, "condition", *where))
            pack.issue((*here, "condition", *where), f"{shown}: not a valid cerberus schema: {message}")
        return None
    ruleset = meta.get("ruleset", meta["name"])
    references = tuple(Reference(r["title"], r.get("url", "")) for r in spec["references"])
    attributes = {
        "__doc__": _documentation(pack, meta, spec),
        "__module__": __name__,
        "id": spec["id"],
        "name": spec.get("name", f"{meta['name']}.{spec['id'].lower()}"),
        "ruleset": ruleset,
        "severity": Severity(spec["severity"]),
        "title": spec["title"],
        "remediation": spec["remediation"],
        "references": references,
        "options": options,
        "plugin": meta["name"],
        "plugin_version": str(meta["version"]),
        "pack": pack.display,
        "pack_position": pack.position((*here, "id")),
        "selector": spec["selector"],
        "steps": steps,
        "condition": spec["condition"],
        "message": spec["message"],
    }
    return type(f"PackRule_{re.sub(r'[^A-Za-z0-9]', '_', spec['id'])}", (PackRule,), attributes)


def _check_message(pack: _Pack, where: Path_, template: str, options: Mapping[str, Any]) -> None:
    shown = format_path(where)
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        pack.issue(where, f"{shown}: not a valid message template: {exc}; write a literal brace as {{{{")
        return
    for _, field, spec, _ in parsed:
        if field is None:
            continue
        if not _PLACEHOLDER.fullmatch(field) or "{" in (spec or ""):
            pack.issue(where, f"{shown}: placeholder {{{field}}} must be a field name such as {{id}} "
                              "or {dpia[completed_on]}")
        elif field.startswith("option[") and field[7:-1] not in options:
            pack.issue(where, f"{shown}: placeholder {{{field}}} names an option the rule does not define")


def _documentation(pack: _Pack, meta: dict[str, Any], spec: dict[str, Any]) -> str:
    # Paragraphs are kept: the first is the rule's summary in `ccgov rules list`.
    summary = textwrap.dedent(spec.get("description") or spec["title"]).strip()
    condition = textwrap.indent(json.dumps(spec["condition"], indent=2, default=str), "    ")
    return (
        f"{summary}\n\n"
        f"From rule pack {meta['name']} {meta['version']} ({pack.display}): "
        f"{' '.join(meta['description'].split())}\n\n"
        f"**Checks**: every node selected by ``{spec['selector']}`` satisfies this cerberus "
        f"condition::\n\n{condition}\n"
    )


# --- placeholders ------------------------------------------------------------------------


def _option_name(node: dict[str, Any]) -> str | None:
    if len(node) == 1 and isinstance(node.get("option"), str):
        return str(node["option"])
    return None


def _option_references(condition: Any, where: Path_ = ()) -> Iterator[tuple[Path_, str]]:
    if isinstance(condition, dict):
        name = _option_name(condition)
        if name is not None:
            yield where, name
            return
        for key, value in condition.items():
            yield from _option_references(value, (*where, key))
    elif isinstance(condition, list):
        for index, item in enumerate(condition):
            yield from _option_references(item, (*where, index))


class _List(list[Any]):
    """A list shown in a message as ``a, b``, still indexable as ``{actions[0]}``."""

    def __str__(self) -> str:
        return ", ".join(str(item) for item in self)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


class _Fields(dict[str, Any]):
    """Message fields: a missing one reads "(not given)" instead of failing."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        super().__init__({key: _shown(value) for key, value in data.items()})

    def __missing__(self, key: str) -> str:
        return _NOT_GIVEN


def _shown(value: Any) -> Any:
    if value is None:
        return _NOT_GIVEN
    if isinstance(value, dict):
        return _Fields(value)
    if isinstance(value, list | tuple):
        return _List(_shown(item) for item in value)
    return value
