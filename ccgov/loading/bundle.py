"""A plan with its separate documents and forecasts, merged into one tree of data.

Rules read *canonical paths*: paths in the merged data, as if every
consultation, change and forecast row had been written inline in the plan.
``Bundle.origins`` maps canonical path prefixes back to the document (and the
path inside it) each merged part came from, so ``Bundle.locate`` can name the
right file, line and column for any finding.

All documents are read and every input error is collected before one
``InputError`` lists them all.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from ccgov.errors import InputError, InputIssue
from ccgov.loading.checks import duplicate_ids, missing_sections
from ccgov.loading.csv_reader import read_forecast_csv
from ccgov.loading.document import Document, Path_, format_path
from ccgov.loading.limits import DEFAULT_LIMITS, Limits
from ccgov.loading.yaml_reader import read_yaml_bytes, read_yaml_file

#: For each separate kind: the list it carries, and where that list goes in the plan.
MERGED_LISTS: dict[str, tuple[str, tuple[str, str]]] = {
    "consultations": ("consultations", ("stakeholders", "consultations")),
    "changelog": ("changes", ("change_management", "changes")),
}


@dataclass
class Bundle:
    """The plan, every document read with it, and the merged data rules read."""

    #: The ``kind: plan`` document.
    plan: Document
    #: Every document read: the plan first, then the others in the order read.
    documents: list[Document]
    #: The merged plan data (the plan document's own data is left as it was read).
    data: dict[str, Any]
    #: Canonical path prefix -> (document, path prefix inside that document).
    origins: dict[Path_, tuple[Document, Path_]]

    def forget_data(self) -> None:
        """Drop the plain data of the bundle and its documents, keeping what ``locate`` needs.

        Called once the model is built from it: for a year of forecast intervals the
        plain rows take more memory than the model and the position tables together.
        """
        self.data = {}
        for document in self.documents:
            document.data = None

    def locate(self, path: Path_) -> tuple[str, int, int, str]:
        """Where the canonical ``path`` is: (file display, line, column, dotted path).

        Line and column are those of the nearest existing node; the dotted path is
        ``path`` translated into the document it belongs to (for something missing,
        the missing node's own path, as findings show it).
        """
        document, inner = self.plan, path
        origins = self.origins
        # Most plans are one file: nothing to translate then.
        for end in range(len(path), 0, -1) if origins else ():
            origin = origins.get(path[:end])
            if origin is not None:
                document, prefix = origin
                inner = prefix + path[end:]
                break
        _, line, column = document.position(inner)
        return document.display, line, column, format_path(inner)


def read_any(
    path: Path, *, display: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Document:
    """Read one file, once, and tell its kind: a ``.csv`` is a forecast, anything else YAML."""
    shown = str(path) if display is None else display
    if Path(path).suffix.lower() == ".csv":
        return read_forecast_csv(path, display=shown, limits=limits)
    return read_yaml_file(path, display=shown, limits=limits)


def load_bundle(
    plan_path: Path,
    extra_paths: Sequence[Path] = (),
    *,
    limits: Limits = DEFAULT_LIMITS,
    cwd: Path | None = None,
    plan_bytes: bytes | None = None,
) -> Bundle:
    """Read a plan, the documents it lists, its forecasts and ``extra_paths``; merge them.

    ``plan_bytes`` supplies the plan's content (from standard input) while
    ``plan_path`` still names it and anchors its relative documents.
    Raises one ``InputError`` with every issue found in every document.
    """
    return _Loader(Path(plan_path), extra_paths, limits, cwd, plan_bytes).load()


@dataclass
class _Ref:
    """A file the bundle must read, and where it was asked for."""

    target: Path  # resolved, for comparing
    display: str
    where: Path_ | None  # the plan node that names it; None for a command-line path


class _Loader:
    """One bundle load. Holds the issues collected so far; discarded afterwards."""

    def __init__(
        self,
        plan_path: Path,
        extras: Sequence[Path],
        limits: Limits,
        cwd: Path | None,
        plan_bytes: bytes | None = None,
    ) -> None:
        self.plan_path = plan_path
        self.plan_bytes = plan_bytes
        self.extras = [Path(extra) for extra in extras]
        self.limits = limits
        self.cwd = Path(os.path.abspath(cwd if cwd is not None else Path.cwd()))
        self.issues: list[InputIssue] = []
        # Containers this load created (by id), kept alive so their ids stay unique.
        self._owned: dict[int, Any] = {}

    def load(self) -> Bundle:
        plan: Document | None
        try:
            if self.plan_bytes is None:
                plan = read_yaml_file(self.plan_path, limits=self.limits)
            else:
                plan = read_yaml_bytes(
                    self.plan_bytes, display=str(self.plan_path),
                    path=Path(os.path.abspath(self.plan_path)), limits=self.limits,
                )
        except InputError as error:
            self.issues.extend(error.issues)
            plan = None
        if plan is not None and plan.kind != "plan":
            self._issue(plan, ("kind",), f"expected a plan, found a {plan.kind} document")
            plan = None
        if plan is None:
            # Nothing can be merged, but every other file named is still read so
            # that one run reports everything.
            seen = {Path(self.plan_path).resolve()}
            for extra in self.extras:
                if extra.resolve() not in seen:
                    seen.add(extra.resolve())
                    self._read(extra, str(extra))
            raise InputError(self.issues)
        return self._merge(plan)

    def _merge(self, plan: Document) -> Bundle:
        # Paths in plan.documents are relative to the folder the plan is in, as
        # the user sees it; they must stay inside that folder's real tree.
        base = Path(os.path.abspath(self.plan_path)).parent
        documents, forecasts = self._references(plan, base)
        own = Path(self.plan_path).resolve()
        extras = [
            _Ref(extra.resolve(), str(extra), None)
            for extra in self.extras
            if extra.resolve() != own
        ]
        unique = {ref.target for ref in [*documents, *forecasts.values(), *extras]}
        if len(unique) > self.limits.max_documents:
            self._issue(
                plan,
                ("plan", "documents"),
                f"{len(unique)} documents besides the plan; at most "
                f"{self.limits.max_documents} are allowed (max_documents)",
            )
            raise InputError(self.issues)

        bundle = Bundle(plan, [plan], self._own(plan.data), {})
        # Files already tried, whether or not they could be read: each file is read
        # (and its issues reported) once, however many times it is named.
        attempted: set[Path] = set()
        for ref in documents:
            attempted.add(ref.target)
            doc = self._read(ref.target, ref.display)
            if doc is not None:
                self._add_listed(bundle, doc, ref)
        forecast_docs: dict[Path, Document | None] = {}
        for where, ref in forecasts.items():
            if ref.target not in forecast_docs:
                forecast_docs[ref.target] = self._read_csv(ref)
            doc = forecast_docs[ref.target]
            if doc is not None:
                self._add_forecast(bundle, doc, where)
        for ref in extras:
            if ref.target in attempted or ref.target in forecast_docs:
                continue  # named by the plan as well, or twice on the command line
            attempted.add(ref.target)
            if ref.target.suffix.lower() == ".csv":
                self.issues.append(
                    InputIssue(ref.display, 1, 1, "no queue of the plan uses this forecast")
                )
                continue
            doc = self._read(ref.target, ref.display)
            if doc is not None:
                self._add_listed(bundle, doc, ref)

        self.issues.extend(missing_sections(plan.data, bundle.locate))
        self.issues.extend(duplicate_ids(bundle.data, bundle.locate))
        if self.issues:
            raise InputError(self.issues)
        return bundle

    # --- finding the files -------------------------------------------------------

    def _references(self, plan: Document, base: Path) -> tuple[list[_Ref], dict[Path_, _Ref]]:
        """The documents the plan lists and the forecast CSVs its queues name."""
        own = Path(self.plan_path).resolve()
        documents: list[_Ref] = []
        section = plan.data.get("plan")
        listed = section.get("documents") if isinstance(section, dict) else None
        if listed is not None and not isinstance(listed, list):
            self._issue(plan, ("plan", "documents"), "documents must be a list of file names")
            listed = None
        first_seen: dict[Path, Path_] = {}
        for index, name in enumerate(listed or ()):
            where: Path_ = ("plan", "documents", index)
            ref = self._inside(plan, base, name, where, own)
            if ref is None:
                continue
            if ref.target in first_seen:
                _, line, _ = plan.position(first_seen[ref.target])
                self._issue(plan, where, f"{name} is listed twice (first at line {line})")
                continue
            first_seen[ref.target] = where
            documents.append(ref)

        forecasts: dict[Path_, _Ref] = {}
        resource_plan = plan.data.get("resource_plan")
        queues = resource_plan.get("queues") if isinstance(resource_plan, dict) else None
        for index, queue in enumerate(queues if isinstance(queues, list) else ()):
            if isinstance(queue, dict) and isinstance(queue.get("forecast"), str):
                where = ("resource_plan", "queues", index, "forecast")
                ref = self._inside(plan, base, queue["forecast"], where, own)
                if ref is not None:
                    forecasts[where] = ref
        return documents, forecasts

    def _inside(
        self, plan: Document, base: Path, name: Any, where: Path_, own: Path
    ) -> _Ref | None:
        """Resolve a file name from the plan, refusing one that leaves the plan's folder."""
        if not isinstance(name, str) or not name.strip():
            self._issue(plan, where, "expected a file name relative to the plan's folder")
            return None
        if PurePath(name).is_absolute():
            self._issue(plan, where, f"{name} is an absolute path; give it relative to the plan")
            return None
        # resolve() follows symlinks before it applies ``..``, so a link inside the
        # folder to a file outside it is caught as well as ``../``. The display
        # keeps the name as written (only tidied), not the link's target.
        target = (base / name).resolve()
        joined = Path(os.path.normpath(base / name))
        if not target.is_relative_to(base.resolve()):
            self._issue(plan, where, f"{name} is outside the plan's folder")
            return None
        if target == own:
            self._issue(plan, where, f"{name} is the plan itself")
            return None
        if not target.exists():
            self._issue(plan, where, f"{name}: no such file")
            return None
        if not target.is_file():
            self._issue(plan, where, f"{name} is not a file")
            return None
        return _Ref(target, self._display(joined), where)

    def _display(self, path: Path) -> str:
        try:
            return path.relative_to(self.cwd).as_posix()
        except ValueError:
            return str(path)

    # --- reading and merging ---------------------------------------------------------

    def _read(self, path: Path, display: str) -> Document | None:
        try:
            return read_any(path, display=display, limits=self.limits)
        except InputError as error:
            self.issues.extend(error.issues)
            return None

    def _read_csv(self, ref: _Ref) -> Document | None:
        try:
            return read_forecast_csv(ref.target, display=ref.display, limits=self.limits)
        except InputError as error:
            self.issues.extend(error.issues)
            return None

    def _add_listed(self, bundle: Bundle, doc: Document, ref: _Ref) -> None:
        """Check a separate document and append its list to the plan's."""
        plan = bundle.plan
        if doc.kind == "plan":
            self._issue(doc, ("kind",), f"a second plan in one bundle (the plan is {plan.display})")
            return
        if doc.kind not in MERGED_LISTS:
            wrong = "is not a consultations or changelog document"
            if ref.where is not None:
                self._issue(plan, ref.where, f"{ref.display} {wrong}")
            else:
                self._issue(doc, (), wrong)
            return
        bundle.documents.append(doc)
        section = plan.data.get("plan")
        plan_id = section.get("id") if isinstance(section, dict) else None
        named = doc.data.get("plan")
        if named is None:
            self._issue(doc, (), f"missing 'plan:' naming the plan this {doc.kind} belongs to")
        elif plan_id is not None and str(named) != str(plan_id):
            self._issue(doc, ("plan",), f"belongs to plan {named!r}, not {plan_id!r}")

        key, target = MERGED_LISTS[doc.kind]
        items = doc.data.get(key)
        if items is None and key not in doc.data:
            self._issue(doc, (), f"missing the list '{key}'")
            return
        if items is not None and not isinstance(items, list):
            self._issue(doc, (key,), f"'{key}' must be a list")
            return
        merged = self._writable_list(bundle, target)
        if merged is None:
            return
        for index, item in enumerate(items or ()):
            bundle.origins[(*target, len(merged))] = (doc, (key, index))
            merged.append(item)

    def _writable_list(self, bundle: Bundle, target: tuple[str, str]) -> list[Any] | None:
        """The merged list at ``target`` (section, list), ready to append to."""
        section_key, list_key = target
        section = bundle.data.get(section_key)
        if section is None:
            section = self._own({})
        elif not isinstance(section, dict):
            self._issue(bundle.plan, (section_key,), f"'{section_key}' must be a mapping")
            return None
        bundle.data[section_key] = section = self._own(section)
        merged = section.get(list_key)
        if merged is None:
            merged = self._own([])
        elif not isinstance(merged, list):
            self._issue(bundle.plan, target, f"'{format_path(target)}' must be a list")
            return None
        section[list_key] = merged = self._own(merged)
        return merged

    def _add_forecast(self, bundle: Bundle, doc: Document, where: Path_) -> None:
        """Replace a queue's forecast file name by the CSV's rows."""
        if all(known is not doc for known in bundle.documents):
            bundle.documents.append(doc)
        _, _, index, _ = where
        resource_plan = bundle.data["resource_plan"] = self._own(bundle.data["resource_plan"])
        queues = resource_plan["queues"] = self._own(resource_plan["queues"])
        queue = queues[index] = self._own(queues[index])
        # Each queue gets its own list, even when two queues share one file.
        queue["forecast"] = list(doc.data["rows"])
        bundle.origins[where] = (doc, ("rows",))

    def _own(self, container: Any) -> Any:
        """``container`` if this load made it, else a shallow copy that this load owns.

        Merging changes only copies, so each document's data stays exactly as read
        and agrees with its position table.
        """
        if id(container) in self._owned:
            return container
        copy = container.copy()
        self._owned[id(copy)] = copy
        return copy

    def _issue(self, doc: Document, path: Path_, message: str) -> None:
        _, line, column = doc.position(path)
        self.issues.append(InputIssue(doc.display, line, column, message))
