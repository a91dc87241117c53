"""Issue 13's command-line contracts, run as a user runs them (real processes, a real store file, --json)."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from PIL import Image, ImageDraw

from tests.support.shop import PRINTPROOF, card_png


@pytest.fixture
def cli(tmp_path):
    env = {**os.environ, "PRINTPROOF_DB": str(tmp_path / "shop.sqlite3")}
    env.pop("PRINTPROOF_USER", None)
    env.pop("PRINTPROOF_PIN", None)

    def run(*args: str, check: int | None = 0, user: bool = True):
        cmd = [*PRINTPROOF] + (["--user", "Anna", "--pin", "123456"] if user else [])
        done = subprocess.run(cmd + list(args), capture_output=True, text=True, env=env, cwd=tmp_path)
        if check is not None:
            assert done.returncode == check, (done.returncode, done.stdout, done.stderr)
        return done

    run("setup", "--shop", "Druckerei Müller", "--owner", "Anna", "--pin", "123456", user=False)
    return run


def new(cli, *who: str) -> dict:
    args = ["order", "new", *who, "--product", "Visitenkarte", "--size", "85x55", "--quantity", "500", "--json"]
    return json.loads(cli(*args).stdout)


def test_customers_orders_and_reuse(cli):
    first = new(cli, "--customer", "Jürgen Müller", "--phone", "0171 2345678", "--email", "jm@example.com")
    found = json.loads(cli("customer", "list", "--search", "mueller", "--json").stdout)["customers"]
    assert [(c["id"], c["name"], c["orders"]) for c in found] == [(first["customer_id"], "Jürgen Müller", 1)]
    again = new(cli, "--customer-id", str(first["customer_id"]))
    reused = new(cli, "--customer", "jürgen müller", "--reuse")
    assert again["customer_id"] == reused["customer_id"] == first["customer_id"]
    fresh = new(cli, "--customer", "Jürgen Müller")  # without --reuse: a new directory entry
    assert fresh["customer_id"] != first["customer_id"]
    two = cli(
        "order",
        "new",
        "--customer",
        "Jürgen Müller",
        "--reuse",
        "--product",
        "X",
        "--size",
        "85x55",
        "--quantity",
        "1",
        check=2,
    )
    assert two.stderr.strip().startswith("2 customers are named Jürgen Müller; pick one by its number")
    none = cli("order", "new", "--product", "X", "--size", "85x55", "--quantity", "1", check=2)
    assert "--customer NAME" in none.stderr
    shown = json.loads(cli("customer", "show", str(first["customer_id"]), "--json").stdout)
    assert [o["order"] for o in shown["orders"]] == [reused["order"], again["order"], first["order"]]
    listed = json.loads(cli("order", "list", "--search", "muller 0171", "--json").stdout)["orders"]
    assert {o["order"] for o in listed} == {first["order"], again["order"], reused["order"]}
    merged = json.loads(cli("customer", "merge", str(first["customer_id"]), str(fresh["customer_id"]), "--json").stdout)
    assert merged["orders_moved"] == [fresh["order"]]
    edited = json.loads(cli("customer", "edit", str(first["customer_id"]), "--company", "Bäckerei", "--json").stdout)
    assert edited["changed"] == ["company"]
    assert "Jürgen Müller (Bäckerei" in cli("customer", "list", "--search", "backerei").stdout


def test_edit_reorder_and_compare(cli, tmp_path):
    made = new(cli, "--customer", "Ayşe Şahin")["order"]
    front = card_png(tmp_path / "front.png")
    cli("artwork", "add", made, str(front), "--side", "front")
    cli("artwork", "add", made, str(card_png(tmp_path / "back.png")), "--side", "back")
    cli("proof", "make", made)
    edited = json.loads(cli("order", "edit", made, "--quantity", "1000", "--stock", "400 g", "--json").stdout)
    assert edited == {"order": made, "changed": ["quantity", "stock"]}
    im = Image.open(front).convert("RGB")
    ImageDraw.Draw(im).rectangle((100, 100, 400, 200), fill=(0, 0, 0))
    im.save(tmp_path / "front2.png")
    cli("artwork", "add", made, str(tmp_path / "front2.png"), "--side", "front")
    cli("proof", "make", made)
    out = tmp_path / "diff.png"
    compared = json.loads(cli("proof", "compare", made, "--from", "1", "--to", "2", "--out", str(out), "--json").stdout)
    assert compared["changed"] and compared["spec_changes"] == {"quantity": [500, 1000], "stock": ["", "400 g"]}
    assert compared["sides"][0]["changed_share"] > 0 and compared["sides"][1]["changed_share"] == 0
    assert len(compared["sides"][0]["places"]) == 1
    assert Image.open(out).format == "PNG" and compared["path"] == str(out)
    missing = cli("proof", "compare", made, "--from", "1", "--to", "7", "--out", str(tmp_path / "x.png"), check=2)
    assert missing.stderr.strip() == f"Order {made} has no proof version 7."
    again = json.loads(
        cli("order", "reorder", made, "--quantity", "250", "--out", str(tmp_path / "r.pdf"), "--json").stdout
    )
    assert again["reprint_of"] == made and again["approved_version"] is None
    assert again["proof"]["version"] == 1 and (tmp_path / "r.pdf").read_bytes()[:5] == b"%PDF-"
    shown = json.loads(cli("show", again["order"], "--json").stdout)
    assert shown["spec"]["quantity"] == 250 and shown["customer"]["name"] == "Ayşe Şahin"
