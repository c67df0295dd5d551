"""JSON Schema of plan format v1, for editors (yaml-language-server) and check-jsonschema."""

from __future__ import annotations

from typing import Any

SCHEMA_ID = "https://ccgov.dev/schema/plan-v1.json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"


def plan_schema() -> dict[str, Any]:
    """One schema for every kind of document: plan, consultations and changelog."""
    from ccgov.model import Plan
    from ccgov.model.operations import Change, Consultation

    plan = Plan.model_json_schema(ref_template="#/$defs/{model}")
    defs: dict[str, Any] = plan.pop("$defs", {})
    defs["Plan"] = plan
    for model in (Change, Consultation):
        schema = model.model_json_schema(ref_template="#/$defs/{model}")
        defs.update(schema.pop("$defs", {}))
        defs.setdefault(model.__name__, schema)
    header = {"ccgov": {"const": 1}, "plan": {"type": "string"}}
    defs["ConsultationsDocument"] = _separate("consultations", "Consultation", header)
    defs["ChangelogDocument"] = _separate("changes", "Change", header, kind="changelog")
    return {
        "$schema": DIALECT,
        "$id": SCHEMA_ID,
        "title": "ccgov plan format v1",
        "description": "An operational plan, consultation log or change log audited by ccgov.",
        "type": "object",
        "required": ["ccgov"],
        "if": {"properties": {"kind": {"const": "consultations"}}, "required": ["kind"]},
        "then": {"$ref": "#/$defs/ConsultationsDocument"},
        "else": {
            "if": {"properties": {"kind": {"const": "changelog"}}, "required": ["kind"]},
            "then": {"$ref": "#/$defs/ChangelogDocument"},
            "else": {"$ref": "#/$defs/Plan"},
        },
        "$defs": defs,
    }


def _separate(key: str, item: str, header: dict[str, Any], kind: str | None = None) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["ccgov", "kind", "plan", key],
        "properties": {
            **header,
            "kind": {"const": kind or key},
            key: {"type": "array", "items": {"$ref": f"#/$defs/{item}"}},
        },
    }
