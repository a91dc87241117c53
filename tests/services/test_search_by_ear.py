"""Issue 21: names spelled by ear are found — "schmitt" for Schmidt, "sneider" for Schneider, "maier" for Meyer,
"karl" for Carl — in the orders list, the customer directory and the pickup field, on SQLite and PostgreSQL; a
store written with the earlier rules gets its search words rewritten on the upgrade (schema 10)."""

from __future__ import annotations

import pytest

from printproof.services.core import customers, orders
from printproof.services.counter import pickup
from printproof.store import migrations
from printproof.store.db import open_store
from printproof.store.models import CustomerToken, OrderToken, db
from tests.support.shop import CARD

HEARD = {
    "schmitt": "Anna Schmidt",
    "smidt": "Anna Schmidt",
    "sneider": "Bernd Schneider",
    "maier": "Clara Meyer",
    "karl": "Carl Benz",
    "swarz": "Dora Schwarz",
}


@pytest.fixture
def heard_names(owner) -> dict[str, str]:
    made = {}
    for name in sorted(set(HEARD.values())):
        made[name] = orders.new_order(owner, orders.CustomerInput(name), CARD).number
    orders.new_order(owner, orders.CustomerInput("Emil Maurer"), CARD)  # near, but another name
    return made


def test_a_name_heard_over_the_phone_is_found_however_it_is_typed(owner, heard_names):
    for typed, name in HEARD.items():
        found = [r.customer for r in orders.search_orders(typed, viewer=owner)]
        assert found == [name], (typed, found)
        assert [c.name for c in customers.search_customers(typed, viewer=owner)] == [name], typed
        assert [r.number for r in pickup.pickup_candidates(typed, viewer=owner)] == [heard_names[name]], typed
    # Typed halfway, as a person types: each letter keeps the name in the list.
    for cut in range(2, len("Schneider") + 1):
        assert "Bernd Schneider" in [r.customer for r in orders.search_orders("Schneider"[:cut], viewer=owner)]


def test_a_store_with_the_earlier_words_is_rewritten_on_the_upgrade(owner, store, heard_names):
    OrderToken.delete().execute()  # type: ignore[misc,unused-ignore]
    CustomerToken.delete().execute()
    db.execute_sql("DELETE FROM schema_version WHERE version >= 10")
    store.close()
    reopened = open_store(store.location)  # the upgrade to schema 10 (and on) runs on open
    try:
        assert migrations._version() == migrations.CURRENT
        assert [r.customer for r in orders.search_orders("schmitt", viewer=owner)] == ["Anna Schmidt"]
        assert [c.name for c in customers.search_customers("sneider", viewer=owner)] == ["Bernd Schneider"]
    finally:
        reopened.close()


def test_an_erased_order_stays_unfound_when_the_words_are_written_again(owner, monkeypatch):
    """One of a customer's two orders erased (retention): the rewrite of the search words (the schema-10 upgrade)
    gives it back only its number's words — the name, which the other order still carries, does not find it."""
    from printproof.services.privacy import erasure
    from printproof.store.reindex import rewrite_search_words
    from tests.support.stories import later

    erased = orders.new_order(owner, orders.CustomerInput("Quirin Quellmalz"), CARD).number
    kept = orders.new_order(owner, orders.CustomerInput("Quirin Quellmalz"), CARD, reuse=True).number
    later(monkeypatch, 10.1)
    erasure.erase_orders(owner, [erased])
    with db.atomic():
        rewrite_search_words()
    assert [r.number for r in orders.search_orders("quellmalz", viewer=owner)] == [kept]
    assert [r.number for r in orders.search_orders(erased, viewer=owner)] == [erased]  # its number still finds it


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_the_words_are_written_again_under_the_smallest_sqlite_limit(owner):
    """Some SQLite builds bind at most 999 values in one statement: the rewrite inserts in chunks below that."""
    import sqlite3

    for n in range(120):
        orders.new_order(owner, orders.CustomerInput(f"Anna Schmidt {n}", "Bäckerei Sonnenschein"), CARD)
    connection = db.connection()
    limit = connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    try:
        from printproof.store.reindex import rewrite_search_words

        with db.atomic():
            rewrite_search_words()
    finally:
        connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)
    assert OrderToken.select().count() > 500
    assert len(orders.search_orders("smitt sonnenschein", limit=500, viewer=owner)) == 120
