"""The register's commands: ``db upgrade``, ``log verify|head``, ``approve``, ``history``, ``show``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ccgov.result import ExitCode

_FORMAT = click.Choice(["text", "json"])


def db_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db", "db_url", metavar="URL",
        help="Register database (default: $CCGOV_DATABASE_URL, else the per-user SQLite file).",
    )(function)


@click.group()
def db() -> None:
    """Create or upgrade the audit register's database."""


@db.command("upgrade")
@db_option
def upgrade(db_url: str | None) -> int:
    """Create the register's tables, or migrate them to this ccgov's revision."""
    from ccgov.register.engine import Register

    register = Register.open(db_url, create=True)
    try:
        before, after = register.upgrade()
        where = register.describe()
    finally:
        register.close()
    change = "created at" if before is None else "already at" if before == after else f"upgraded {before} →"
    click.echo(f"register {where}: {change} revision {after}")
    return ExitCode.OK


@click.group()
def log() -> None:
    """Verify the register's hash chain, or print its head to anchor it elsewhere."""


@log.command("verify")
@db_option
@click.option("--anchor", metavar="HASH",
              help="A head hash saved earlier (`ccgov log head`); it must still be in the chain.")
def verify(db_url: str | None, anchor: str | None) -> int:
    """Check every record from the first; exit 1 naming the first broken record."""
    from ccgov.register.chain import verify as verify_chain
    from ccgov.register.engine import Register

    register = Register.open(db_url)
    try:
        outcome = verify_chain(register, anchor=anchor)
    finally:
        register.close()
    if outcome.intact:
        plural = "" if outcome.records == 1 else "s"
        click.echo(f"chain intact: {outcome.records} record{plural}, head {outcome.head}")
        return ExitCode.OK
    where = f" at record {outcome.broken_at}" if outcome.broken_at is not None else ""
    click.echo(f"chain broken{where}: {outcome.problem}", err=True)
    return ExitCode.FINDINGS


@log.command("head")
@db_option
@click.option("-f", "--format", "fmt", type=_FORMAT, default="text")
def head(db_url: str | None, fmt: str) -> int:
    """Print the newest record's hash (genesis: 64 zeros), to anchor outside the database."""
    from ccgov.register.chain import head as chain_head
    from ccgov.register.engine import Register

    register = Register.open(db_url)
    try:
        top = chain_head(register)
    finally:
        register.close()
    click.echo(json.dumps({"seq": top.seq, "hash": top.hash}) if fmt == "json" else top.hash)
    return ExitCode.OK


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--by", required=True, help="Name of the person approving.")
@click.option("--role", required=True, help="Their role, e.g. 'Head of Operations'.")
@click.option("--comment", help="Why, or on what conditions.")
@click.option("-c", "--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Configuration file (its input limits apply).")
@db_option
def approve(
    paths: tuple[Path, ...], by: str, role: str, comment: str | None, config_path: Path | None,
    db_url: str | None,
) -> int:
    """Record an approval of PATH's documents, exactly as the latest gate run approved them."""
    from ccgov.config import find_config, load_config
    from ccgov.digests import content_digest, document_digests
    from ccgov.gate import utc_now, utc_text
    from ccgov.loading.bundle import load_bundle
    from ccgov.model.build import build_plan
    from ccgov.register.approvals import ApprovalRefused, Content
    from ccgov.register.approvals import approve as record_approval
    from ccgov.register.engine import Register

    plan_path = paths[0]
    config = load_config(config_path or find_config(plan_path))
    bundle = load_bundle(plan_path, list(paths[1:]), limits=config.limits)
    plan, _ = build_plan(bundle.data, bundle.locate)
    documents = document_digests({doc.display: doc.sha256 for doc in bundle.documents}, plan_path)
    content = Content(plan.plan.id, plan.plan.version, documents, content_digest(documents))
    register = Register.open(db_url)
    try:
        record, gate_seq = record_approval(register, content, by=by, role=role, comment=comment,
                                           time=utc_text(utc_now()))
    except ApprovalRefused as refused:
        click.echo(f"ccgov: approval refused: {refused}", err=True)
        return ExitCode.FINDINGS
    finally:
        register.close()
    click.echo(f"approval of {content.plan_id} by {by} ({role}) recorded as record {record.seq} "
               f"({record.hash}), resting on gate record {gate_seq}")
    return ExitCode.OK


@click.command()
@click.argument("plan_id", required=False)
@click.option("-n", "--limit", type=click.IntRange(min=1), help="Only the newest N records.")
@click.option("-f", "--format", "fmt", type=_FORMAT, default="text")
@db_option
def history(plan_id: str | None, limit: int | None, fmt: str, db_url: str | None) -> int:
    """Audits, decisions and approvals over time, oldest first, with finding counts."""
    from ccgov.cli.records import history_table
    from ccgov.register.engine import Register
    from ccgov.register.history import history as read_history

    register = Register.open(db_url)
    try:
        found = read_history(register, plan_id, limit=limit)
    finally:
        register.close()
    if fmt == "json":
        click.echo(json.dumps([r.to_json() for r in found], indent=2, ensure_ascii=False))
    elif not found:
        click.echo(f"no records{f' for plan {plan_id}' if plan_id else ''}")
    else:
        click.echo(history_table(found))
    return ExitCode.OK


@click.command()
@click.argument("record_id")
@click.option("-f", "--format", "fmt", type=_FORMAT, default="text")
@db_option
def show(record_id: str, fmt: str, db_url: str | None) -> int:
    """Show one record: its number (see `ccgov history`) or the start of its hash."""
    from ccgov.cli.records import describe_record
    from ccgov.register.engine import Register
    from ccgov.register.history import show as find_record

    register = Register.open(db_url)
    try:
        record = find_record(register, record_id)
    except LookupError as exc:
        raise click.BadParameter(str(exc.args[0]), param_hint="RECORD_ID") from None
    finally:
        register.close()
    if fmt == "json":
        click.echo(json.dumps(record.to_json(), indent=2, ensure_ascii=False))
    else:
        click.echo(describe_record(record))
    return ExitCode.OK
