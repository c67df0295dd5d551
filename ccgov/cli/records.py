"""Register records as text for people: the history table and one record in full."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ccgov.register.history import StoredRecord

_COLUMNS = ("#", "time (UTC)", "kind", "plan", "v", "decision", "err", "warn", "info", "waived",
            "base", "by")


def history_table(found: Sequence[StoredRecord]) -> str:
    rows = [list(_COLUMNS)]
    notes: dict[int, str] = {}
    for record in found:
        body = record.body
        plan = body.get("plan", {})
        counts = body.get("summary", {})
        row = [str(record.seq), _when(body.get("time", "")), record.kind, str(plan.get("id", "")),
               _text(plan.get("version")), str(body.get("decision", ""))]
        if record.kind == "gate":
            row += [_text(counts.get(k)) for k in ("error", "warning", "info", "waived", "baselined")]
        else:
            row += [""] * 5
        row.append(str(body.get("actor", "")))
        rows.append(row)
        if record.kind == "approval":
            gate = body.get("gate_record", {})
            notes[len(rows) - 1] = f"as {body.get('role', '')}, on gate record {gate.get('seq', '?')}"
    widths = [max(len(row[i]) for row in rows) for i in range(len(_COLUMNS))]
    lines = []
    for index, row in enumerate(rows):
        line = "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        if index in notes:
            line += f"  {notes[index]}"
        lines.append(line)
    return "\n".join(lines)


def describe_record(record: StoredRecord) -> str:
    body = record.body
    plan = body.get("plan", {})
    lines = [
        f"record {record.seq}  {record.kind}  {body.get('time', '')}",
        f"  hash      {record.hash}",
        f"  previous  {record.prev_hash}",
        f"  plan      {plan.get('id', '')} version {_text(plan.get('version'))}",
        f"  content   {plan.get('content_digest', '')}",
    ]
    lines += [f"            {d['sha256']}  {d['name']}" for d in plan.get("documents", [])]
    lines.append(f"  by        {body.get('actor', '')}")
    if record.kind == "approval":
        gate = body.get("gate_record", {})
        lines.append(f"  role      {body.get('role', '')}")
        if body.get("comment"):
            lines.append(f"  comment   {body['comment']}")
        lines.append(f"  approves  gate record {gate.get('seq', '?')} ({gate.get('hash', '')})")
        return "\n".join(lines)
    lines += _gate_lines(body)
    return "\n".join(lines)


def _gate_lines(body: dict[str, Any]) -> list[str]:
    policy = body.get("policy", {})
    counts = body.get("summary", {})
    plugins = ", ".join(f"{p['name']} {p['version']}" for p in body.get("plugins", []))
    lines = [
        f"  decision  {body.get('decision', '')} (audit outcome: {body.get('outcome', '')})",
        *(f"            - {reason}" for reason in body.get("reasons", [])),
        f"  policy    fail on {policy.get('fail_on')}; required rule sets: "
        f"{', '.join(policy.get('required_rulesets') or []) or '-'}; never waivable: "
        f"{', '.join(policy.get('never_waivable') or []) or '-'}; max active waivers: "
        f"{_text(policy.get('max_active_waivers')) or '-'} ({policy.get('source') or 'default'})",
        f"  ccgov     {body.get('ccgov_version', '')}; plugins: {plugins}",
        f"  rules     digest {body.get('rules_digest', '')}",
        f"  config    {body.get('config', {}).get('source') or '(none)'}",
    ]
    waivers = body.get("waivers")
    if waivers:
        lines.append(f"  waivers   {waivers['file']} judged on {waivers['judged_on']}")
        lines += [f"            {w['status']:<10} {w['rule']} for {w['target']} "
                  f"(approved by {w['approved_by']}, expires {w['expires']})" for w in waivers["entries"]]
    baseline = body.get("baseline")
    if baseline:
        lines.append(f"  baseline  {baseline['file']}: {baseline['suppressed']} findings already known")
    lines.append(
        f"  summary   {counts.get('error', 0)} errors, {counts.get('warning', 0)} warnings, "
        f"{counts.get('info', 0)} info, {counts.get('waived', 0)} waived, "
        f"{counts.get('baselined', 0)} baselined")
    for finding in body.get("findings", []):
        loc = finding["location"]
        status = "" if finding["status"] == "active" else f"  ({finding['status']})"
        lines.append(f"    {loc['file']}:{loc['line']}:{loc['column']}  {finding['severity'].upper():7}  "
                     f"{finding['rule_id']}  {finding['message']}{status}")
    return lines


def _when(stamp: str) -> str:
    # 2026-11-24T10:15:30.123456Z -> 2026-11-24 10:15:30
    return stamp[:19].replace("T", " ")


def _text(value: Any) -> str:
    return "" if value is None else str(value)
