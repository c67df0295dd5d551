"""Safe YAML 1.2 reader: plain data plus the line and column of every node.

The reader walks libyaml's event stream (PyYAML's C parser) and builds dicts
and lists itself with an explicit stack. It never composes a node tree and
never recurses, so input that would crash or exhaust a composer is refused at
the first event that breaks the rules, with flat memory:

- ``CSafeLoader`` compose segfaults at 100,000 nesting levels; here the 65th
  level is refused before the parser reads much further.
- aliases are refused when first seen, so an alias bomb never expands.

Plain scalars are typed by the YAML 1.2 core schema (``scalars.py``), not by
PyYAML's YAML 1.1 resolver. Mapping keys are kept as their text.
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

from ccgov.errors import InputError, InputIssue
from ccgov.loading._support import gc_paused, read_bounded, text_issues, too_large, yaml_line_col
from ccgov.loading.document import Document, Path_
from ccgov.loading.limits import DEFAULT_LIMITS, Limits
from ccgov.loading.positions import Record, YamlPositions, compact_children
from ccgov.loading.scalars import RESOLVABLE_FIRST, NumberTooLong, resolve_plain


def _c_parser() -> Any:
    """libyaml's parser, or None for a PyYAML built without libyaml."""
    try:
        from yaml._yaml import CParser
    except ImportError:  # the pure-Python parser gives the same events, several times slower
        return None
    return CParser


CParser: Any = _c_parser()

#: The ``kind`` values a YAML document may have; a document without one is a plan.
YAML_KINDS = ("plan", "consultations", "changelog")

_STANDARD_TAG = "tag:yaml.org,2002:"
_LOW = (1 << 32) - 1  # the column half of a mark (positions.py)


class _NoKey:
    """Marks a mapping that is waiting for its next key (``None`` is a valid key text)."""

    __slots__ = ()


_NO_KEY = _NoKey()


class _Refusal(Exception):
    """Raised inside the event loop; carries the 0-based mark and the message."""

    def __init__(self, line0: int, column0: int, message: str) -> None:
        super().__init__(message)
        self.line = line0 + 1
        self.column = column0 + 1
        self.message = message


def read_yaml_file(
    path: Path, *, display: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Document:
    """Read one YAML (or JSON) document from a file; raises ``InputError``."""
    shown = str(path) if display is None else display
    raw = read_bounded(path, shown, limits.max_yaml_bytes, "max_yaml_bytes")
    return read_yaml_bytes(raw, display=shown, path=Path(path).resolve(), limits=limits)


def read_yaml_bytes(
    raw: bytes, *, display: str, path: Path | None = None, limits: Limits = DEFAULT_LIMITS
) -> Document:
    """Read one YAML (or JSON) document from bytes; raises ``InputError``.

    ``display`` names the source in messages; ``path`` defaults to ``Path(display)``
    (a pseudo path, for stdin).
    """
    data, positions = parse_yaml(raw, display=display, limits=limits)
    kind = _check_header(data, positions, display)
    return Document(
        path=Path(display) if path is None else path,
        display=display,
        kind=kind,
        data=data,
        positions=positions,
        sha256=hashlib.sha256(raw).hexdigest(),
    )


def parse_yaml(
    raw: bytes, *, display: str, limits: Limits = DEFAULT_LIMITS
) -> tuple[dict[str, Any], YamlPositions]:
    """Parse one YAML mapping safely, with positions, but without the plan-document header.

    Used for ccgov's own YAML inputs that are not plan documents: rule packs,
    waivers and rule cases. Every refusal of plan documents applies.
    """
    if len(raw) > limits.max_yaml_bytes:
        raise too_large(display, limits.max_yaml_bytes, "max_yaml_bytes")
    issues = text_issues(raw, display)
    if issues:
        raise InputError(issues)
    try:
        with gc_paused():
            return _build(raw, limits.max_depth)
    except _Refusal as refusal:
        raise InputError.at(display, refusal.line, refusal.column, refusal.message) from None
    except yaml.YAMLError as exc:
        line, column, message = _syntax_error(raw, exc)
        raise InputError.at(display, line, column, message) from None


def _build(raw: bytes, max_depth: int) -> tuple[Any, YamlPositions]:
    """Turn the event stream into plain data and a position table, or raise ``_Refusal``."""
    # This loop is most of the time of reading a plan: it runs once per YAML event. Events
    # are dispatched on type(event) identity (which mypy cannot narrow), a mark is
    # read only where it is kept, and positions are appended to flat lists
    # (positions.py) rather than stored under a new path tuple per node.
    next_event: Callable[[], Any]
    dispose: Callable[[], None]
    if CParser is not None:
        parser = CParser(raw)
        next_event = parser.get_event
        dispose = parser.dispose
    else:
        # The pure-Python parser is a state machine too: streaming its events
        # never recurses, whatever the nesting.
        loader = yaml.SafeLoader(raw)
        next_event = loader.get_event
        dispose = loader.dispose
    marks: array[int] = array("q")
    # Mappings with the same keys (forecast rows) share one key tuple.
    shapes: dict[tuple[str, ...], tuple[str, ...]] = {}
    # Plain scalars that are not text, by their text: numbers repeat a lot in a forecast.
    typed: dict[str, Any] = {}
    resolvable = RESOLVABLE_FIRST
    no_key = _NO_KEY
    root: Any = no_key
    root_mark: Any = None
    root_record: Record | None = None
    # The node being filled is held in locals: the container, whether it is a
    # mapping, the key waiting for its value, the marks of its children so far
    # and the records of its children that are containers. ``stack`` holds the
    # enclosing nodes' state and the node's ordinal in its parent, so len(stack)
    # is the depth.
    container: Any = None
    is_map = False
    key: Any = no_key
    pending: list[int] = []
    children: dict[int, Record] | None = None
    stack: list[tuple[Any, bool, list[int], dict[int, Record] | None, int]] = []
    documents = 0
    try:
        while True:
            event = next_event()
            cls = type(event)
            if cls is ScalarEvent:
                if event.anchor is not None or event.tag is not None:
                    raise _properties(event)
                text = event.value
                if is_map and key is no_key:
                    # A key: kept as its text, whatever it looks like.
                    mark = event.start_mark
                    if text in container:
                        first = pending[list(container).index(text)]
                        raise _Refusal(
                            mark.line,
                            mark.column,
                            f"duplicate key {text!r}: already given at line {(first >> 32) + 1}, "
                            f"column {(first & _LOW) + 1}",
                        )
                    if text == "<<" and event.implicit[0]:
                        raise _Refusal(mark.line, mark.column, "merge key '<<' not allowed")
                    pending.append(mark.line << 32 | mark.column)
                    key = text
                    continue
                if not event.implicit[0]:
                    value = text  # quoted or block: always text
                elif not text:
                    value = None
                elif text[0] not in resolvable:
                    value = text  # prose: no type starts with this character
                else:
                    value = typed.get(text, no_key)
                    if value is no_key:
                        try:
                            value = resolve_plain(text)
                        except NumberTooLong:
                            mark = event.start_mark
                            raise _Refusal(
                                mark.line, mark.column, "number with too many digits"
                            ) from None
                        if value is not text:
                            typed[text] = value
                if is_map:
                    container[key] = value
                    key = no_key
                elif container is not None:
                    mark = event.start_mark
                    pending.append(mark.line << 32 | mark.column)
                    container.append(value)
                else:
                    root = value
                    root_mark = event.start_mark
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                base = len(marks)
                marks.extend(pending)
                if is_map:
                    shape: Any = tuple(container)
                    shape = shapes.setdefault(shape, shape)
                else:
                    shape = len(container)
                record = (
                    base,
                    shape,
                    None if children is None else compact_children(children, len(pending)),
                )
                container, is_map, pending, children, ordinal = stack.pop()
                key = no_key
                if ordinal < 0:
                    root_record = record
                elif children is None:
                    children = {ordinal: record}
                else:
                    children[ordinal] = record
            elif cls is MappingStartEvent or cls is SequenceStartEvent:
                mark = event.start_mark
                if event.anchor is not None or event.tag is not None:
                    raise _properties(event)
                if is_map and key is no_key:
                    shape_name = "mapping" if cls is MappingStartEvent else "list"
                    raise _Refusal(
                        mark.line, mark.column, f"a mapping key must be text, not a {shape_name}"
                    )
                if len(stack) >= max_depth:
                    raise _Refusal(
                        mark.line, mark.column, f"nesting deeper than {max_depth} levels"
                    )
                node: Any = {} if cls is MappingStartEvent else []
                if is_map:
                    ordinal = len(pending) - 1  # its key's mark is its position
                    container[key] = node
                elif container is not None:
                    ordinal = len(pending)
                    pending.append(mark.line << 32 | mark.column)
                    container.append(node)
                else:
                    ordinal = -1
                    root = node
                    root_mark = mark
                stack.append((container, is_map, pending, children, ordinal))
                container = node
                is_map = cls is MappingStartEvent
                key = no_key
                pending = []
                children = None
            elif event is None:
                break
            elif cls is AliasEvent:
                mark = event.start_mark
                raise _Refusal(
                    mark.line,
                    mark.column,
                    f"alias '*{event.anchor}' not allowed: plans refer to other items by id",
                )
            elif cls is DocumentStartEvent:
                mark = event.start_mark
                documents += 1
                if documents > 1:
                    raise _Refusal(
                        mark.line, mark.column, "more than one document: a file holds exactly one"
                    )
                if event.version is not None:
                    raise _Refusal(mark.line, mark.column, "%YAML directive not allowed")
                if event.tags:
                    raise _Refusal(mark.line, mark.column, "%TAG directive not allowed")
            # StreamStart, DocumentEnd and StreamEnd need nothing.
    finally:
        dispose()
    if root is no_key or root is None:
        raise _Refusal(0, 0, "empty document")
    if not isinstance(root, dict):
        shape_name = "a list" if isinstance(root, list) else f"the value {root!r}"
        raise _Refusal(
            root_mark.line,
            root_mark.column,
            f"the top level must be a mapping of sections, found {shape_name}",
        )
    assert root_record is not None
    return root, YamlPositions(marks, root_record)


def _properties(event: Any) -> _Refusal:
    """The refusal for a node that carries a tag or an anchor."""
    mark = event.start_mark
    if event.tag is not None:
        tag = event.tag
        if tag.startswith(_STANDARD_TAG):
            tag = "!!" + tag[len(_STANDARD_TAG) :]
        return _Refusal(mark.line, mark.column, f"tag '{tag}' not allowed: values are plain YAML")
    return _Refusal(
        mark.line,
        mark.column,
        f"anchor '&{event.anchor}' not allowed: anchors and aliases are refused; "
        "plans refer to other items by id",
    )


def _syntax_error(raw: bytes, exc: yaml.YAMLError) -> tuple[int, int, str]:
    """Line, column and message of a parser error, located at the parser's problem mark."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        message = f"YAML syntax error: {problem}"
        if exc.context and exc.problem and exc.context_mark is not None:
            message += f" ({exc.context} at line {exc.context_mark.line + 1})"
        if mark is None:
            return 1, 1, message
        return mark.line + 1, mark.column + 1, message
    if isinstance(exc, yaml.reader.ReaderError):
        # libyaml reports reader errors by byte offset into the input.
        line, column = yaml_line_col(raw, exc.position)
        return line, column, f"YAML syntax error: {exc.reason}"
    return 1, 1, f"YAML syntax error: {exc}"


def _check_header(
    data: dict[str, Any], positions: Mapping[Path_, tuple[int, int]], display: str
) -> str:
    """Check ``ccgov`` and ``kind``; return the document's kind (lower case)."""
    issues: list[tuple[int, int, str]] = []
    if "ccgov" not in data:
        issues.append((1, 1, "missing 'ccgov: 1' (the format version) at the top"))
    else:
        version = data["ccgov"]
        # type() and not isinstance(): true and 1.0 are not the version 1.
        if type(version) is not int or version != 1:
            line, column = positions[("ccgov",)]
            issues.append(
                (line, column, f"unsupported format version ccgov: {version!r}; expected 1")
            )
    kind = data.get("kind", "plan")
    if not isinstance(kind, str) or kind.lower() not in YAML_KINDS:
        line, column = positions[("kind",)]
        issues.append(
            (line, column, f"unknown kind {kind!r}; expected plan, consultations or changelog")
        )
    if issues:
        raise InputError([InputIssue(display, *issue) for issue in issues])
    assert isinstance(kind, str)
    return kind.lower()
