"""Issue 21: names spelled by ear are found — "schmitt" for Schmidt, "sneider" for Schneider, "maier" for Meyer,
"karl" for Carl — in the orders list, the customer directory and the pickup field, on SQLite and PostgreSQL; a
store written with the earlier rules gets its search words rewritten on the upgrade (schema 10)."""

from __future__ import annotations

import pytest

from printproof.services import customers, orders, pickup
from printproof.store import migrations
from printproof.store.db import open_store
from printproof.store.models import CustomerToken, OrderToken, db

from .conftest import CARD

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
    db.execute_sql("DELETE FROM schema_version WHERE version = 10")
    store.close()
    reopened = open_store(store.location)  # the upgrade to schema 10 runs on open
    try:
        assert migrations._version() == migrations.CURRENT == 10
        assert [r.customer for r in orders.search_orders("schmitt", viewer=owner)] == ["Anna Schmidt"]
        assert [c.name for c in customers.search_customers("sneider", viewer=owner)] == ["Bernd Schneider"]
    finally:
        reopened.close()
