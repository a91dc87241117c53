"""Database errors are classified by their codes (SQLite result codes, PostgreSQL SQLSTATEs), not by words."""

from __future__ import annotations

import sqlite3
import subprocess
import time

import peewee as pw
import pytest

from printproof.domain.errors import Conflict, StoreError
from printproof.store.db import classify, open_store, translate_errors


def test_sqlite_codes_are_classified(tmp_path):
    path = tmp_path / "x.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.execute("PRAGMA query_only = 1")
    with pytest.raises(sqlite3.OperationalError) as readonly:
        con.execute("INSERT INTO t VALUES (1)")
    assert classify(readonly.value) == "readonly"
    con.execute("PRAGMA query_only = 0")
    con.execute("PRAGMA max_page_count = 2")
    with pytest.raises(sqlite3.DatabaseError) as full:
        con.executemany("INSERT INTO t VALUES (?)", [(b"x" * 4000,) for _ in range(50)])
    assert classify(full.value) == "full"
    other = sqlite3.connect(path, timeout=0)
    con.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.OperationalError) as busy:
        other.execute("BEGIN IMMEDIATE")
    assert classify(busy.value) == "busy"
    con.rollback()
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(sqlite3.DatabaseError) as damaged:
        sqlite3.connect(garbage).execute("SELECT * FROM sqlite_master").fetchall()
    assert classify(damaged.value) == "damaged"
    # A message in another language or wording changes nothing: the code decides.
    renamed = sqlite3.OperationalError("Datenbank ist gesperrt")
    assert classify(renamed) is None


def test_peewee_wrapped_errors_are_classified_by_their_cause(tmp_path):
    database = pw.SqliteDatabase(str(tmp_path / "y.sqlite3"), pragmas={"query_only": 1})
    database.execute_sql("SELECT 1")
    with pytest.raises(StoreError, match="read-only"), translate_errors("y"):
        database.execute_sql("CREATE TABLE t (x)")
    with pytest.raises(Conflict), translate_errors("y"):
        raise pw.OperationalError(sqlite3_error("database is locked", 5))


def sqlite3_error(message: str, code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    return error


def test_postgresql_states_are_classified(postgres_server):
    import psycopg2

    url = postgres_server.new_database()
    store = open_store(url)
    try:
        with pytest.raises(pw.ProgrammingError) as schema:
            store.database.execute_sql("SELECT * FROM no_such_table")
        assert classify(schema.value) is None  # a schema error is a bug, not "cannot reach the database"
        store.database.rollback()
        with pytest.raises(pw.OperationalError) as slow, store.database.atomic():
            store.database.execute_sql("SET LOCAL statement_timeout = 50")
            store.database.execute_sql("SELECT pg_sleep(1)")
        assert classify(slow.value) == "timeout"
    finally:
        store.close()
    with pytest.raises(psycopg2.OperationalError) as refused:
        psycopg2.connect(host="127.0.0.1", port=postgres_server.port, user="nobody", dbname="postgres")
    assert classify(refused.value) in ("refused", "unreachable")


def test_an_unreachable_server_is_said_within_seconds():
    # 192.0.2.1 (TEST-NET-1) is never routed: a connection attempt hangs until the connect timeout.
    started = time.monotonic()
    with pytest.raises(StoreError, match="Cannot reach the database"):
        open_store("postgresql://printproof@192.0.2.1:5432/printproof")
    assert time.monotonic() - started < 20  # the operating system alone waits minutes
    _ = subprocess  # (no server tools needed)


def test_a_bug_in_the_command_line_is_one_calm_sentence_and_a_logged_traceback(tmp_path, monkeypatch, capsys):
    from printproof import cli, logs
    from printproof.services.core import orders

    def broken(*_a, **_k):
        raise ZeroDivisionError("division by zero")

    store = tmp_path / "s.sqlite3"
    assert cli.main(["--db", str(store), "setup", "--shop", "S", "--owner", "Anna", "--pin", "123456"]) == 0
    monkeypatch.setattr(orders, "search_orders", broken)
    code = cli.main(["--db", str(store), "--user", "Anna", "--pin", "123456", "order", "list"])
    err = capsys.readouterr().err.strip()
    assert code == 1 and "\n" not in err and "internal error" not in err and "ZeroDivision" not in err
    assert "did not expect this" in err
    log = (logs.log_path() or tmp_path / "none").read_text()
    assert "ZeroDivisionError: division by zero" in log and "Traceback" in log
