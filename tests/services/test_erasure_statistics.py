"""PostgreSQL keeps a column's most common values in ``pg_statistic`` whenever it analyses a table (autovacuum
does so now and then): a customer's name, phone and e-mail. After an erasure nothing of them is left there either,
nor anywhere else in the database's files or its WAL. (SQLite keeps no values in its statistics: nothing to do.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from printproof.services.privacy import erasure
from printproof.store.models import db
from tests.support.stories import customer_story, later, store_files, traces

pytestmark = pytest.mark.usefixtures("shop_folder")


@pytest.mark.own_postgres
def test_an_erasure_leaves_nothing_in_the_planner_statistics(any_store, owner, counter, tmp_path, monkeypatch, request):
    store = any_store
    number = customer_story(owner, counter, tmp_path)
    customer_story(owner, counter, tmp_path, "Berta Beispiel", "berta@example.org", 40, "+49 30 1234567")
    wanted = traces(number)
    postgres = request.getfixturevalue("own_postgres_server") if store.kind == "postgresql" else None
    if postgres is not None:  # as the README asks of a shop's server: retired WAL segments are deleted, not reused
        db.execute_sql("ALTER SYSTEM SET wal_recycle = off")
        db.execute_sql("SELECT pg_reload_conf()")
    db.execute_sql("ANALYZE")  # what autovacuum does when it passes by (SQLite: counts only)
    if postgres is not None:
        assert statistics_naming("Quellmalz"), "PostgreSQL's statistics hold the name before the erasure"
    later(monkeypatch, 10.1)
    erasure.erase_orders(owner, [number])
    left = {
        Path(path).name: sorted(k for k, v in wanted.items() if v in path.read_bytes())
        for path in store_files(store, postgres)
    }
    assert {name: found for name, found in left.items() if found} == {}
    if postgres is not None:
        assert statistics_naming("Quellmalz") == []


def statistics_naming(word: str) -> list[tuple[str, str]]:
    """(table, column) whose planner statistics (most common values, histogram) contain ``word``."""
    sql = (
        "SELECT tablename, attname FROM pg_stats WHERE schemaname = current_schema() AND "
        "(coalesce(most_common_vals::text, '') || coalesce(histogram_bounds::text, '')) LIKE %s"
    )
    return [tuple(row) for row in db.execute_sql(sql, (f"%{word}%",)).fetchall()]


@pytest.mark.own_postgres
def test_an_erasure_waits_for_a_snapshot_that_still_sees_the_old_rows(
    store, owner, counter, tmp_path, monkeypatch, request
):
    """VACUUM FULL copies a deleted row into the new file while any transaction of the database may still see
    it — an autovacuum worker analysing another table, another workstation in the middle of a read. The
    erasure waits until no snapshot older than it is left, then rewrites: nothing of the customer remains."""
    import threading
    import time

    import psycopg2

    if store.kind != "postgresql":
        pytest.skip("SQLite: one writer, and VACUUM copies no deleted row")
    postgres = request.getfixturevalue("own_postgres_server")
    number = customer_story(owner, counter, tmp_path)
    customer_story(owner, counter, tmp_path, "Berta Beispiel", "berta@example.org", 40, "+49 30 1234567")
    wanted = traces(number)
    db.execute_sql("ALTER SYSTEM SET wal_recycle = off")
    db.execute_sql("SELECT pg_reload_conf()")
    other = psycopg2.connect(store.location)  # another workstation, reading
    reading = other.cursor()
    reading.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
    reading.execute("SELECT count(*) FROM staff")  # its snapshot (another table) sees the customer's rows too
    ended = threading.Event()

    def end_the_read() -> None:
        time.sleep(5.0)
        other.rollback()
        ended.set()

    threading.Thread(target=end_the_read, daemon=True).start()
    later(monkeypatch, 10.1)
    erasure.erase_orders(owner, [number])
    assert ended.is_set(), "the rewrite ran while an older snapshot could still see the erased rows"
    other.close()
    left = {
        Path(path).name: sorted(k for k, v in wanted.items() if v in path.read_bytes())
        for path in store_files(store, postgres)
    }
    assert {name: found for name, found in left.items() if found} == {}
