"""Every command-line action, for every role and every order state, against the answer the product brief gives.

The expected answers are written out here by hand (not taken from ``domain/rules.py``). Each action runs on
a fresh copy of one store holding an order in every state, through the command line's own ``main`` (what
the ``printproof`` command runs); a refusal must be one sentence on stderr and leave the store unchanged.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from printproof import cli
from printproof.domain.enums import Decision, DisputeCategory, DisputeOutcome, MatchesApproval, OrderStatus, Role
from printproof.domain.vocabulary import CHECKLIST
from printproof.services.admin import setup, staff
from printproof.services.artwork import artwork
from printproof.services.core import orders
from printproof.services.counter import disputes, pickup
from printproof.services.proofing import approvals, proofs
from printproof.store.db import open_store
from printproof.store.models import db
from tests.support.shop import CARD, card_png, signature_strokes

STATES = [
    "draft",
    "proofing",
    "approved",
    "in_production",
    "ready",
    "picked_up",
    "disputed",
    "resolved/customer_pays",
    "resolved/reprint_shop_cost",
    "resolved/new_proof_customer_cost",
]
ROLES = {"owner": ("Anna", "123456"), "counter": ("Tom", "1111"), "designer": ("Lea", "2222")}

# The answers, as the brief states them.
PLAIN_MOVES = {
    ("approved", "in_production"),
    ("in_production", "ready"),
    ("resolved/reprint_shop_cost", "in_production"),
}
ARTWORK_MAY_CHANGE = {"draft", "proofing", "resolved/new_proof_customer_cost"}
OWNER_MAY_VOID = {"approved", "in_production"}
HAS_PROOF = set(STATES) - {"draft"}
HAS_APPROVAL = set(STATES) - {"draft", "proofing"}


class Stores:
    """Fresh copies of the template store: SQLite files, or PostgreSQL databases made from a template."""

    def __init__(self, kind: str, folder: Path, server) -> None:  # noqa: ANN001
        self.kind, self.folder, self.server, self.copies = kind, folder, server, 0
        if kind == "sqlite":
            self.template = str(folder / "template.sqlite3")
        else:
            self.template = server.new_database()

    def _admin(self):  # noqa: ANN202
        import psycopg2

        con = psycopg2.connect(host="127.0.0.1", port=self.server.port, user="printproof", dbname="postgres")
        con.autocommit = True
        return con

    def fresh(self) -> str:
        self.copies += 1
        if self.kind == "sqlite":
            path = self.folder / f"copy-{self.copies}.sqlite3"
            shutil.copyfile(self.template, path)
            return str(path)
        name = f"{self.template.rsplit('/', 1)[1]}_c{self.copies}"
        con = self._admin()
        con.cursor().execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template.rsplit("/", 1)[1]}"')
        con.close()
        return self.template.rsplit("/", 1)[0] + "/" + name

    def query(self, url: str, *queries: tuple[str, tuple]) -> list[list[tuple]]:
        """Run ``queries`` over one connection to the copy; the rows of each."""
        if self.kind == "sqlite":
            con = sqlite3.connect(url)
            try:
                return [list(con.execute(sql, params)) for sql, params in queries]
            finally:
                con.close()
        import psycopg2

        con = psycopg2.connect(host="127.0.0.1", port=self.server.port, user="printproof", dbname=url.rsplit("/", 1)[1])
        try:
            cur = con.cursor()
            results = []
            for sql, params in queries:
                cur.execute(sql.replace("?", "%s"), params)
                results.append(cur.fetchall())
            return results
        finally:
            con.close()

    def counts(self, url: str) -> dict[str, int]:
        """Rows in every table of the copy (one query, one connection)."""
        if self.kind == "sqlite":
            listing = "SELECT name FROM sqlite_master WHERE type = 'table'"
        else:
            listing = "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        tables = sorted(r[0] for r in self.query(url, (listing, ()))[0])
        union = " UNION ALL ".join(f"SELECT '{t}', COUNT(*) FROM \"{t}\"" for t in tables)
        return dict(self.query(url, (union, ()))[0])

    def status(self, url: str, number: str) -> str:
        return self.query(url, ('SELECT status FROM "order" WHERE number = ?', (number,)))[0][0][0]

    def drop(self, url: str) -> None:
        if self.kind == "sqlite":
            Path(url).unlink(missing_ok=True)
            return
        con = self._admin()
        con.cursor().execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}"')
        con.close()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def template(request, tmp_path_factory) -> tuple[Stores, dict[str, str], Path]:
    """One store with an order in every state, made through the services; and an artwork file."""
    folder = tmp_path_factory.mktemp("matrix")
    server = request.getfixturevalue("postgres_server") if request.param == "postgresql" else None
    stores = Stores(request.param, folder, server)
    opened = open_store(stores.template)
    owner = setup.setup("Druckerei Matrix", "Anna", "123456", "de").actor
    staff.add_staff(owner, "Tom", Role.COUNTER, "1111")
    staff.add_staff(owner, "Lea", Role.DESIGNER, "2222")
    front, back = card_png(folder / "front.png"), card_png(folder / "back.png", color=(190, 40, 40))
    numbers = {}
    for state in STATES:
        number = orders.new_order(owner, orders.CustomerInput(f"Kunde {state}"), CARD).number
        numbers[state] = number
        artwork.add_artwork(owner, number, front)
        artwork.add_artwork(owner, number, back, "back")
        if state == "draft":
            continue
        proofs.make_proof(owner, number)
        if state == "proofing":
            continue
        approvals.record_approval(
            owner,
            number,
            decision=Decision.APPROVED,
            customer_name="Kunde",
            checklist=dict.fromkeys(CHECKLIST, True),
            strokes=signature_strokes(),
        )
        if state in ("in_production", "ready"):
            orders.set_status(owner, number, OrderStatus.IN_PRODUCTION)
        if state == "ready":
            orders.set_status(owner, number, OrderStatus.READY)
        if state in ("approved", "in_production", "ready"):
            continue
        pickup.record_pickup(owner, number, "Kunde", signature_strokes())
        if state == "picked_up":
            continue
        dispute = disputes.open_dispute(owner, number, DisputeCategory.COLOUR, "Zu dunkel", [])
        if state.startswith("resolved/"):
            outcome = DisputeOutcome(state.split("/")[1])
            disputes.decide_dispute(owner, dispute.id, MatchesApproval.YES, outcome, "Entschieden")
    for state, number in numbers.items():
        assert orders.find_order(number, None).status == state.split("/")[0], state
    opened.close()
    art = folder / "new-artwork.png"
    card_png(art, color=(20, 160, 60))
    return stores, numbers, art


def run(capsys, url: str, role: str, *args: str) -> tuple[int, str, str]:
    user, pin = ROLES[role]
    code = cli.main(["--db", url, "--user", user, "--pin", pin, *args])
    if not db.is_closed():
        db.close()
    out = capsys.readouterr()
    return code, out.out, out.err


def expected(role: str, state: str, action: str, target: str | None) -> int:
    """0 done, 2 refused with a sentence, 3 not allowed for this role."""
    if action == "status":
        return 0 if (state, target) in PLAIN_MOVES else 2
    if action in ("artwork", "proof"):
        return 0 if state in ARTWORK_MAY_CHANGE else 2
    if action == "void":
        if role != "owner":
            return 3
        return 0 if state in OWNER_MAY_VOID else 2
    if action == "edit":  # the specification, like the artwork: frozen once approved
        return 0 if state in ARTWORK_MAY_CHANGE else 2
    if action == "due":  # scheduling, not print content: until the order is handed over
        return 2 if state == "picked_up" else 0
    if action == "export":
        return 0 if state in HAS_PROOF else 2
    if action == "certificate":
        return 0 if state in HAS_APPROVAL else 2
    if action == "dossier":
        if role != "owner":
            return 3
        return 0 if state in HAS_PROOF else 2
    return 0  # show, list


def after(state: str, action: str, target: str | None) -> str:
    """The order's state after a successful action."""
    base = state.split("/")[0]
    if action == "status":
        return target
    if action == "proof" or action == "void":
        return "proofing"
    return base


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("role", list(ROLES))
def test_every_action_answers_as_the_state_machine_says(template, tmp_path, capsys, role, state):
    stores, numbers, art = template
    number = numbers[state]
    actions: list[tuple[str, str | None, list[str]]] = [
        ("status", target.value, ["order", "status", number, target.value]) for target in OrderStatus
    ]
    actions += [
        ("artwork", None, ["artwork", "add", number, str(art), "--side", "front"]),
        ("proof", None, ["proof", "make", number, "--note", "neue Version"]),
        ("void", None, ["approval", "void", number, "--reason", "Falsche Datei"]),
        ("export", None, ["proof", "export", number, "--out", str(tmp_path / "p.pdf")]),
        ("certificate", None, ["certificate", number, "--out", str(tmp_path / "c.pdf")]),
        ("dossier", None, ["dossier", number, "--out", str(tmp_path / "d.pdf")]),
        ("show", None, ["show", number, "--json"]),
        ("list", None, ["order", "list", "--search", number, "--json"]),
        ("edit", None, ["order", "edit", number, "--quantity", "999"]),
        ("due", None, ["order", "edit", number, "--due", "2027-01-15"]),
        ("reorder", None, ["order", "reorder", number, "--no-proof", "--json"]),
    ]
    answers = []
    url = stores.fresh()
    for action, target, args in actions:
        before = stores.counts(url)
        code, out, err = run(capsys, url, role, *args)
        want = expected(role, state, action, target)
        answers.append((action, target, code, err.strip()))
        assert code == want, (role, state, action, target, code, out, err)
        if code:
            sentence = err.strip()
            assert sentence and "\n" not in sentence and "internal error" not in sentence, (action, target, err)
            assert stores.counts(url) == before, (action, target)  # nothing half-done
            assert stores.status(url, number) == state.split("/")[0]
            if code == 3:
                assert sentence.startswith("Only the owner may"), sentence
        else:
            assert stores.status(url, number) == after(state, action, target), (action, target)
            if action == "list":
                assert [o["order"] for o in json.loads(out)["orders"]] == [number]
            if stores.counts(url) != before:  # it changed the store: the next action gets the state again
                stores.drop(url)
                url = stores.fresh()
    stores.drop(url)
    # A few sentences, word for word, where the issue found the holes.
    said = {(a, t): e for a, t, _, e in answers}
    if state == "proofing":
        assert said[("status", "approved")] == (
            f"Order {number} becomes approved only when the customer's approval of its current proof version "
            "is recorded."
        )
    if state == "disputed":
        assert said[("status", "resolved")] == (
            f"Order {number} is resolved only through the owner's decision on the complaint."
        )
    if state == "ready":
        assert said[("status", "picked_up")] == (
            f"Order {number} is picked up only through a hand-over that the customer signs."
        )
    if state == "approved":
        assert said[("artwork", None)] == (
            f"The artwork of {number} is frozen since the customer approved it; the owner first voids the "
            "approval, with a reason."
        )


GLOBAL = [
    ("order new", ["order", "new", "--customer", "Neu", "--product", "Karte", "--size", "85x55", "--quantity", "5"], 0),
    ("order list", ["order", "list", "--json"], 0),
    ("customer list", ["customer", "list", "--search", "kunde", "--json"], 0),
    ("customer show", ["customer", "show", "1", "--json"], 0),
    ("customer edit", ["customer", "edit", "1", "--phone", "0171 2345678"], 0),
    ("customer merge", ["customer", "merge", "1", "2"], "owner"),
    ("staff list", ["staff", "list", "--all"], 0),
    ("staff add", ["staff", "add", "Max", "--role", "counter", "--pin", "4444"], "owner"),
    ("staff role", ["staff", "role", "Lea", "counter"], "owner"),
    ("staff deactivate", ["staff", "deactivate", "Lea"], "owner"),
    ("staff reset-pin", ["staff", "reset-pin", "Lea", "--pin", "5555"], "owner"),
    ("staff recovery-code", ["staff", "recovery-code"], "owner"),
    ("verify", ["verify"], "owner"),
    ("backup", ["backup", "{tmp}/b.sqlite3"], "owner"),
    ("restore", ["restore", "{template}"], "owner"),
    ("demo", ["demo"], 2),
    ("demo --orders", ["demo", "--orders", "5"], 2),
]


@pytest.mark.parametrize("role", list(ROLES))
def test_every_shop_wide_action_for_every_role(template, tmp_path, capsys, role):
    stores, _numbers, _art = template
    backup = tmp_path / "backup.sqlite3"
    run(capsys, stores.template, "owner", "backup", str(backup))
    url = stores.fresh()
    for name, args, rule in GLOBAL:
        args = [a.format(tmp=tmp_path, template=backup) for a in args]
        before = stores.counts(url)
        code, out, err = run(capsys, url, role, *args)
        want = rule if isinstance(rule, int) else (0 if role == rule else 3)
        assert code == want, (role, name, code, out, err)
        if code:
            assert err.strip() and "\n" not in err.strip(), err
            assert stores.counts(url) == before, name
        elif stores.counts(url) != before:
            stores.drop(url)
            url = stores.fresh()
    stores.drop(url)
    # Unlocking with the recovery code needs no sign-in, and a wrong code changes nothing but the record of it.
    url = stores.fresh()
    before = stores.counts(url)
    assert cli.main(["--db", url, "staff", "unlock", "Tom", "--recovery-code", "0000-0000-0000-0000-0000"]) == 3
    if not db.is_closed():
        db.close()
    assert "That recovery code is not valid" in capsys.readouterr().err
    after_refusal = stores.counts(url)
    assert after_refusal["audit_event"] == before["audit_event"] + 1  # the refused attempt is on record
    assert {k: v for k, v in after_refusal.items() if k not in ("audit_event", "counter")} == {
        k: v for k, v in before.items() if k not in ("audit_event", "counter")
    }
