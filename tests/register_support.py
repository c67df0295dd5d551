"""Fixtures and helpers for tests that use the audit register, on SQLite and on a real PostgreSQL.

PostgreSQL tests never skip: when the server is unreachable they fail, so CI
cannot pass without having run them. Each test gets its own schema (named
after this process), and every schema made is dropped at the end of the session.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "leeds-ops"
POSTGRES_URL = os.environ.get(
    "CCGOV_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
BACKENDS = ["sqlite", "postgresql"]
_SCHEMA_NUMBERS = itertools.count(1)


class PostgresSchemas:
    """Makes fresh schemas on the test server and drops them all at the end."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        self.url = url
        self.engine = create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": 5})
        self.made: list[str] = []

    def check(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except Exception as exc:
            pytest.fail(
                f"PostgreSQL is unreachable at {self.url} ({type(exc).__name__}: {exc}). The register's "
                "PostgreSQL tests never skip: start the server or set CCGOV_TEST_POSTGRES_URL.",
                pytrace=False,
            )

    def new_url(self) -> str:
        """A URL whose connections use a new, empty schema."""
        # One counter for the process: the fixture may be instantiated once per module using it.
        name = f"ccgov_test_{os.getpid()}_{next(_SCHEMA_NUMBERS)}_{uuid.uuid4().hex[:6]}"
        with self.engine.begin() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA {name}")
        self.made.append(name)
        separator = "&" if "?" in self.url else "?"
        return f"{self.url}{separator}options=-csearch_path%3D{name}"

    def drop_all(self) -> None:
        with self.engine.begin() as conn:
            for name in self.made:
                conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {name} CASCADE")
        self.engine.dispose()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresSchemas]:
    schemas = PostgresSchemas(POSTGRES_URL)
    schemas.check()
    yield schemas
    schemas.drop_all()


def empty_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'register.db'}"
    schemas: PostgresSchemas = request.getfixturevalue("postgres")
    return schemas.new_url()


def upgraded(url: str) -> str:
    from ccgov.register.engine import Register

    register = Register.open(url, create=True)
    try:
        register.upgrade()
    finally:
        register.close()
    return url


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A freshly created register on each backend."""
    return upgraded(empty_url(request.param, request, tmp_path))


def open_register(url: str) -> Any:
    from ccgov.register.engine import Register

    return Register.open(url)


def copy_example(root: Path) -> Path:
    """A private copy of the example plan folder; returns its plan.yaml."""
    shutil.copytree(EXAMPLE, root, dirs_exist_ok=True)
    (root / ".ccgov.toml").write_text("", encoding="utf-8")  # keep any developer config out
    return root / "plan.yaml"


def ccgov_process(args: list[str], cwd: Path | None = None, **env: str
                  ) -> subprocess.CompletedProcess[str]:
    """Run ccgov as its own process, as a pipeline would."""
    environment = dict(os.environ)
    environment["CCGOV_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    environment.update(env)
    return subprocess.run([sys.executable, "-m", "ccgov", *args], capture_output=True, text=True,
                          env=environment, cwd=cwd, timeout=300)


def tamper(url: str, *statements: str) -> None:
    """Run SQL directly, as a database administrator would, with ccgov's triggers bypassed."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "sqlite":
                names = conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars().all()
                for name in names:
                    conn.exec_driver_sql(f"DROP TRIGGER {name}")
            else:
                conn.exec_driver_sql("ALTER TABLE ccgov_records DISABLE TRIGGER USER")
                conn.exec_driver_sql("ALTER TABLE ccgov_chain_head DISABLE TRIGGER USER")
            for statement in statements:
                conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


def sql(url: str, statement: str) -> Any:
    """Run one statement with the triggers in place; returns the rows of a query."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            result = conn.exec_driver_sql(statement)
            return result.all() if result.returns_rows else None
    finally:
        engine.dispose()
