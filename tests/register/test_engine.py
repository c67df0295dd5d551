"""Finding and opening the register: URLs, the default file, migrations and revision checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from register_support import BACKENDS, empty_url, open_register, sql, tamper, upgraded

from ccgov.cli import run
from ccgov.errors import RegisterError
from ccgov.register.engine import (
    ENV,
    HEAD_REVISION,
    KNOWN_REVISIONS,
    VERSION_TABLE,
    alembic_config,
    default_path,
    resolve_url,
)


def test_known_revisions_are_the_shipped_migrations() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    shipped = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(shipped) == KNOWN_REVISIONS
    assert scripts.get_current_head() == HEAD_REVISION


def test_default_register_is_a_per_user_sqlite_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_path() == tmp_path / "data" / "ccgov" / "register.db"
    assert resolve_url(None).database == str(tmp_path / "data" / "ccgov" / "register.db")
    assert run(["db", "upgrade"]) == 0
    assert (tmp_path / "data" / "ccgov" / "register.db").is_file()


def test_url_from_option_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, "postgresql://gate:secret@db.example/ccgov")
    url = resolve_url(None)
    assert url.drivername == "postgresql+psycopg"  # psycopg 3, the `postgres` extra
    assert "secret" not in url.render_as_string(hide_password=True)
    assert resolve_url("sqlite:///other.db").database == "other.db"


@pytest.mark.parametrize(("text", "words"), [
    ("mysql://u@h/db", "SQLite or PostgreSQL, not mysql"),
    ("not a url", "is not a database URL"),
])
def test_unsupported_urls_are_refused(text: str, words: str) -> None:
    with pytest.raises(RegisterError, match=words):
        resolve_url(text)


def test_a_missing_sqlite_register_is_not_created_by_accident(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'none.db'}"
    assert run(["log", "verify", "--db", url]) == 3
    assert "ccgov db upgrade" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_empty_database_asks_for_db_upgrade(backend: str, request: pytest.FixtureRequest,
                                               tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = empty_url(backend, request, tmp_path)
    sql(url, "CREATE TABLE someone_elses (x INTEGER)")  # a database, but not a register
    assert run(["history", "--db", url]) == 3
    assert "has not been created; run `ccgov db upgrade`" in capsys.readouterr().err


def test_upgrade_is_idempotent_and_reports_the_revision(db_url: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["db", "upgrade", "--db", db_url]) == 0
    assert f"already at revision {HEAD_REVISION}" in capsys.readouterr().out
    assert sql(db_url, f"SELECT version_num FROM {VERSION_TABLE}") == [(HEAD_REVISION,)]


def test_a_newer_revision_is_refused_by_every_command(db_url: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    tamper(db_url, f"UPDATE {VERSION_TABLE} SET version_num = 'f00d42'")
    for args in (["log", "verify"], ["history"], ["db", "upgrade"]):
        assert run([*args, "--db", db_url]) == 3
        err = capsys.readouterr().err
        assert "at revision f00d42, which ccgov 1.0.0 does not know" in err and "refusing" in err


def test_migrations_downgrade_and_upgrade_again(db_url: str) -> None:
    from alembic import command

    register = open_register(db_url)
    try:
        with register.write() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.downgrade(config, "base")
        assert register.revision() is None
        register.upgrade()
        assert register.revision() == HEAD_REVISION
    finally:
        register.close()
    assert upgraded(db_url) == db_url


def test_an_unreachable_postgresql_is_an_internal_error(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://postgres@127.0.0.1:1/test"
    assert run(["history", "--db", url]) == 3
    err = capsys.readouterr().err
    assert err.startswith("ccgov: register: postgresql+psycopg://postgres@127.0.0.1:1/test")
    assert "Traceback" not in err


def test_postgresql_without_psycopg_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from ccgov.register.engine import Register

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if the extra were not installed
    with pytest.raises(RegisterError, match=r'needs psycopg 3: pip install "ccgov\[postgres\]"'):
        Register(resolve_url("postgresql://gate@db.example/ccgov"))
