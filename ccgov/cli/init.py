"""``ccgov init``: write a commented starter plan whose findings walk a new user through it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import click


@click.command()
@click.argument("directory", required=False, default=".",
                type=click.Path(path_type=Path, file_okay=False))
@click.option("--start", "start", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="First day of the plan period (default: the start of the next quarter).")
@click.option("--force", is_flag=True, help="Overwrite files that already exist.")
def init(directory: Path, start: datetime | None, force: bool) -> int:
    """Write a starter plan into DIRECTORY (default: the current folder).

    Writes plan.yaml, consultations.yaml, changes.yaml, forecast.csv and the
    plan-v1.schema.json that plan.yaml's editor modeline points at. Existing
    files are never overwritten without --force.
    """
    from ccgov.output import write_atomic
    from ccgov.starter import next_quarter, starter_files

    first_day = start.date() if start is not None else next_quarter(date.today())
    texts = starter_files(first_day)
    existing = [name for name in texts if (directory / name).exists()]
    if existing and not force:
        raise click.ClickException(
            f"{', '.join(existing)} already exist{'s' if len(existing) == 1 else ''} in "
            f"{directory}; nothing was written (use --force to overwrite)"
        )
    for name, text in texts.items():
        write_atomic(directory / name, text)
    plan = directory / "plan.yaml"
    click.echo(f"wrote {', '.join(texts)} to {directory}", err=True)
    click.echo(f"next: ccgov audit {plan}  — each finding names something to fill in", err=True)
    return 0
