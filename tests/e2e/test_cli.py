"""The command line as a user runs it: real processes against a real store file."""

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.support.shop import PRINTPROOF, card_png


@pytest.fixture
def cli(tmp_path):
    env = {**os.environ, "PRINTPROOF_DB": str(tmp_path / "shop.sqlite3")}
    env.pop("PRINTPROOF_USER", None)
    env.pop("PRINTPROOF_PIN", None)

    def run(*args: str, user: tuple[str, str] | None = ("Anna", "123456"), check: int | None = 0):
        cmd = [*PRINTPROOF]
        if user:
            cmd += ["--user", user[0], "--pin", user[1]]
        done = subprocess.run(cmd + list(args), capture_output=True, text=True, env=env, cwd=tmp_path)
        if check is not None:
            assert done.returncode == check, (done.returncode, done.stdout, done.stderr)
        return done

    return run


def test_the_whole_story(cli, tmp_path):
    cli("setup", "--shop", "Druckerei Müller", "--owner", "Anna", "--pin", "123456", user=None)
    again = cli("setup", "--shop", "X", "--owner", "Y", "--pin", "123456", user=None, check=2)
    assert "already set up" in again.stderr
    made = cli(
        "order",
        "new",
        "--customer",
        "Łukasz Żółć",
        "--company",
        "Ørsted GmbH",
        "--phone",
        "0171 2345678",
        "--product",
        "Visitenkarte",
        "--size",
        "85x55",
        "--quantity",
        "500",
        "--colors",
        "4/4",
        "--due",
        "2026-12-01",
        "--json",
    )
    number = json.loads(made.stdout)["order"]
    front = card_png(tmp_path / "front.tif", mode="CMYK", fmt="TIFF")
    added = json.loads(cli("artwork", "add", number, str(front), "--side", "front", "--json").stdout)
    assert [f["code"] for f in added["findings"]] == ["missing_side"]
    assert all({"code", "message"} <= set(f) for f in added["findings"])
    back = card_png(tmp_path / "back.jpg", fmt="JPEG")
    cli("artwork", "add", number, str(back), "--side", "back")
    v1 = json.loads(cli("proof", "make", number, "--out", str(tmp_path / "v1.pdf"), "--json").stdout)
    assert set(v1) >= {"order", "version", "sha256", "pages", "findings", "path"}
    assert v1["version"] == 1 and v1["pages"] == 3 and Path(v1["path"]).exists()
    v2 = json.loads(cli("proof", "make", number, "--json", "--note", "Logo größer").stdout)
    assert v2["version"] == 2
    cli("proof", "export", number, "--version", "1", "--out", str(tmp_path / "again.pdf"))
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "v1.pdf").read_bytes()
    shown = json.loads(cli("show", number, "--json").stdout)
    assert [(p["version"], p["sha256"]) for p in shown["proofs"]] == [(1, v1["sha256"]), (2, v2["sha256"])]
    front_info = next(a for a in shown["artwork"] if a["side"] == 0)
    assert (front_info["pixels"], front_info["mode"], front_info["effective_dpi"]) == ([1075, 720], "CMYK", 300)
    for search in ("żółć", "ørsted", "0171", number):
        found = json.loads(cli("order", "list", "--search", search, "--json").stdout)["orders"]
        assert [o["order"] for o in found] == [number], search
    assert "Łukasz Żółć" in cli("show", number).stdout


def test_exit_codes_and_one_sentence_errors(cli, tmp_path):
    cli("setup", "--shop", "S", "--owner", "Anna", "--pin", "123456", user=None)
    wrong = cli("order", "list", user=("Anna", "9999"), check=3)
    assert wrong.stderr.strip() == "Wrong PIN; 4 tries left before a 30-second lock."
    nobody = cli("order", "list", user=None, check=3)
    assert "sign in" in nobody.stderr
    bad_size = cli(
        "order", "new", "--customer", "A", "--product", "Card", "--size", "100000x55", "--quantity", "1", check=2
    )
    assert len(bad_size.stderr.strip().splitlines()) == 1 and "not a print size" in bad_size.stderr
    zero = cli("order", "new", "--customer", "A", "--product", "Card", "--size", "85x55", "--quantity", "0", check=2)
    assert "quantity" in zero.stderr
    usage = cli("order", "new", "--customer", "A", check=2)
    assert "required" in usage.stderr and "Traceback" not in usage.stderr
    assert usage.stderr.strip().endswith("(see `printproof order new --help`).")
    assert cli("frobnicate", check=2).stderr.strip().endswith("(see `printproof --help`).")
    # A reader that stopped early (| head -1) has what it wanted: no traceback for the pipe it closed.
    reader, writer = os.pipe()
    os.close(reader)
    try:
        piped = subprocess.run(
            [*PRINTPROOF, "--user", "Anna", "--pin", "123456", "staff", "list", "--all"],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
            env={**os.environ, "PRINTPROOF_DB": str(tmp_path / "shop.sqlite3")},
        )
    finally:
        os.close(writer)
    assert piped.returncode == 0 and piped.stderr == "", piped.stderr
    cli("staff", "add", "Tom", "--role", "counter", "--pin", "1111")
    refused = cli("staff", "add", "Eve", "--role", "owner", "--pin", "2222", user=("Tom", "1111"), check=3)
    assert "Only the owner" in refused.stderr
    missing = cli("show", "2026-99999", check=2)
    assert "no order 2026-99999" in missing.stderr
    fake = tmp_path / "fake.png"
    fake.write_text("not an image")
    number = json.loads(
        cli(
            "order", "new", "--customer", "A", "--product", "Card", "--size", "85x55", "--quantity", "1", "--json"
        ).stdout
    )["order"]
    refused_file = cli("artwork", "add", number, str(fake), check=2)
    assert refused_file.stderr.strip() == "“fake.png” is not artwork: it is not a PDF, TIFF, PNG or JPEG file."


def test_demo_fills_an_empty_store(cli):
    out = cli("demo", "--orders", "300", user=None).stdout
    assert "Anna Becker" in out and "300" in out
    listed = json.loads(cli("order", "list", "--limit", "1000", "--json", user=("Anna Becker", "123456")).stdout)
    assert len(listed["orders"]) == 311  # the demo shop's 10 orders and its reprint, and the 300
    statuses = {o["status"] for o in listed["orders"]}
    assert statuses >= {"draft", "proofing", "approved", "in_production", "ready", "picked_up", "disputed", "resolved"}
    cli("demo", user=None, check=2)


def test_roles_lockout_and_void_on_the_command_line(cli, tmp_path):
    cli("setup", "--shop", "S", "--owner", "Anna", "--pin", "123456", user=None)
    cli("staff", "add", "Tom", "--role", "counter", "--pin", "1111")
    tom = ("Tom", "1111")
    number = json.loads(
        cli(
            "order",
            "new",
            "--customer",
            "A",
            "--product",
            "Card",
            "--size",
            "85x55",
            "--quantity",
            "1",
            "--colors",
            "4/0",
            "--json",
            user=tom,
        ).stdout
    )["order"]
    cli("artwork", "add", number, str(card_png(tmp_path / "f.png")), user=tom)
    cli("proof", "make", number, user=tom)
    # Counter staff may not void, print the dossier, reset PINs or change staff: exit 3, saying who may.
    for args in (
        ("dossier", number, "--out", str(tmp_path / "d.pdf")),
        ("staff", "reset-pin", "Anna", "--pin", "9999"),
        ("approval", "void", number, "--reason", "x"),
    ):
        refused = cli(*args, user=tom, check=3)
        assert "Only the owner" in refused.stderr, args
    # Five wrong PINs lock Tom out; the owner resets the PIN.
    for _ in range(5):
        cli("order", "list", user=("Tom", "0000"), check=3)
    locked = cli("order", "list", user=tom, check=3)
    assert "locked" in locked.stderr
    cli("staff", "reset-pin", "Tom", "--pin", "2222")
    cli("order", "list", user=("Tom", "2222"))
    cli("approval", "void", number, "--reason", "x", check=2)  # nothing approved yet: a clear sentence


def test_the_issues_front_door_holes_are_closed(cli, tmp_path):
    """What the issue did with nothing but the documented command line, as real processes."""
    made = cli("setup", "--shop", "S", "--owner", "Anna", "--pin", "123456", "--json", user=None)
    code = json.loads(made.stdout)["recovery_code"]
    cli("staff", "add", "Tom", "--role", "counter", "--pin", "1111")
    tom = ("Tom", "1111")
    number = json.loads(
        cli(
            "order",
            "new",
            "--customer",
            "A",
            "--product",
            "Card",
            "--size",
            "85x55",
            "--quantity",
            "1",
            "--colors",
            "4/0",
            "--json",
            user=tom,
        ).stdout
    )["order"]
    cli("artwork", "add", number, str(card_png(tmp_path / "f.png")), user=tom)
    cli("proof", "make", number, user=tom)
    for target, words in (
        ("approved", "becomes approved only when the customer's approval of its current proof version is recorded."),
        ("resolved", "is resolved only through the owner's decision on the complaint."),
        ("picked_up", "is picked up only through a hand-over that the customer signs."),
    ):
        refused = cli("order", "status", number, target, user=tom, check=2)
        assert refused.stderr.strip() == f"Order {number} {words}"
    shown = json.loads(cli("show", number, "--json", user=tom).stdout)
    assert shown["status"] == "proofing" and shown["approvals"] == []
    # The demo does not add fake orders to a live shop, signed in or not.
    refused = cli("demo", "--orders", "5", user=None, check=2)
    assert refused.stderr.strip() == "This store already has a shop; the demo fills only an empty store."
    assert len(json.loads(cli("order", "list", "--json").stdout)["orders"]) == 1
    # Roles: a role changed in the table gives no power; verify names it (exit 1).
    import sqlite3

    con = sqlite3.connect(tmp_path / "shop.sqlite3")
    con.execute("UPDATE staff SET role = 'owner' WHERE name = 'Tom'")
    con.commit()
    con.close()
    cli("staff", "add", "Eve", "--role", "owner", "--pin", "654321", user=tom, check=3)
    report = cli("verify", check=1)
    assert (
        "staff member Tom is the owner in the staff table, but the audit chain recorded counter staff" in report.stdout
    )
    # The owner's recovery code, printed at setup, lifts the owner's lock-out (no sign-in needed).
    for _ in range(5):
        cli("order", "list", user=("Anna", "000000"), check=3)
    locked = cli("order", "list", check=3)
    assert "or lift the lock with the owner's recovery code" in locked.stderr
    cli("staff", "unlock", "Anna", "--recovery-code", code, user=None)
    cli("order", "list")


def test_numbers_the_store_cannot_hold_are_one_sentence(cli, tmp_path):
    """`customer edit 1e30` and a 30-digit quantity were OverflowErrors deep in the database ("did not expect")."""
    cli("setup", "--shop", "Druckerei Müller", "--owner", "Anna", "--pin", "123456", "--language", "en", user=None)
    for args in (
        ("customer", "edit", "1e30", "--name", "X"),
        ("customer", "edit", "123456789012345678901234567890", "--name", "X"),
        ("order", "new", "--customer", "X", "--product", "Karte", "--width", "85", "--height", "55",
         "--quantity", "99999999999999999999999"),
    ):  # fmt: skip
        done = cli(*args, check=2)
        said = done.stderr.strip()
        assert len(said.splitlines()) == 1 and ("whole number" in said or "far too large" in said), said


def test_a_session_signs_a_run_of_commands_in_with_one_pin_check(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRINTPROOF_") or k == "PRINTPROOF_TEST_DATA"}
    env.update(PRINTPROOF_DB=str(tmp_path / "shop.sqlite3"), XDG_RUNTIME_DIR=str(tmp_path / "run"))
    (tmp_path / "run").mkdir(mode=0o700)  # as the system makes it at login

    def run(*args: str, check: int = 0, **extra: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([*PRINTPROOF, *args], capture_output=True, text=True, env={**env, **extra}, cwd=tmp_path)
        assert done.returncode == check, (args, done.returncode, done.stdout, done.stderr)
        return done

    run("setup", "--shop", "Druckerei", "--owner", "Anna", "--pin", "123456")
    run("--user", "Anna", "--pin", "123456", "staff", "add", "Tom", "--role", "counter", "--pin", "1111")
    started = run("--user", "Tom", "--pin", "1111", "session", "start", "--minutes", "5")
    line = started.stdout.strip()
    assert line.startswith("export PRINTPROOF_SESSION=") and "\n" not in line  # for eval "$(…)"
    assert started.stderr.startswith("Session of Tom until ")
    token = line.split("=", 1)[1]
    made = run(
        "--json",
        "order",
        "new",
        "--customer",
        "Frau Test",
        "--product",
        "Karte",
        "--size",
        "85x55",
        "--quantity",
        "5",
        PRINTPROOF_SESSION=token,
    )
    number = json.loads(made.stdout)["order"]
    shown = json.loads(run("--json", "show", number, PRINTPROOF_SESSION=token).stdout)
    assert shown["status"] == "draft"
    history = run("--user", "Anna", "--pin", "123456", "--json", "show", number).stdout
    assert "Tom" in history  # the session acted as Tom
    refused = run("--user", "Anna", "show", number, check=3, PRINTPROOF_SESSION=token)
    assert refused.stderr.strip() == "The session is Tom's; give the PIN to act as someone else."
    refused = run("staff", "add", "Max", "--role", "counter", "--pin", "4444", check=3, PRINTPROOF_SESSION=token)
    assert refused.stderr.strip().startswith("Only the owner may")  # a session is its person, with their role
    again = run("--user", "Tom", "--pin", "1111", "session", "start").stdout.strip().split("=", 1)[1]
    assert run("show", number, PRINTPROOF_SESSION=again).returncode == 0
    # eval "$(printproof --user Lea --pin WRONG session start)" prints nothing: the shell keeps the earlier token,
    # which must not go on signing Tom in for the next person at the terminal.
    run("--user", "Tom", "--pin", "9999", "session", "start", check=3, PRINTPROOF_SESSION=again)
    refused = run("show", number, check=3, PRINTPROOF_SESSION=again)
    assert refused.stderr.strip() == "The session has ended; start a new one: printproof session start"
    # … nor when the start fails before the PIN: a mistyped store, a bad argument.
    for failing in (["--db", str(tmp_path / "typo.sqlite3")], ["--minutes", "x"]):
        third = run("--user", "Tom", "--pin", "1111", "session", "start").stdout.strip().split("=", 1)[1]
        args = failing if failing[0] == "--db" else []
        tail = [] if failing[0] == "--db" else failing
        run(*args, "--user", "Tom", "--pin", "1111", "session", "start", *tail, check=2, PRINTPROOF_SESSION=third)
        run("show", number, check=3, PRINTPROOF_SESSION=third)
    assert run("session", "end", PRINTPROOF_SESSION=token).stdout.strip() == "The session has ended."
    refused = run("show", number, check=3, PRINTPROOF_SESSION=token)
    assert refused.stderr.strip() == "The session has ended; start a new one: printproof session start"
    refused = run("show", number, check=2, PRINTPROOF_SESSION="nonsense")
    assert "not a PrintProof session" in refused.stderr and "\n" not in refused.stderr.strip()
    assert run("session", "start", check=3).stderr.strip().startswith("A session starts with the PIN")
