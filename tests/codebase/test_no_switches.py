"""Nothing the product reads from its environment changes time, cost or rules (issue 22).

A clock moved by ``PRINTPROOF_CLOCK`` let the owner erase a disputed order "by retention" and ``verify`` call it
lawful; ``PRINTPROOF_TEST_FAST_PINS`` weakened PIN hashing. Both are gone; tests inject them
(``retention.use_clock``, ``pins.use_cost``, ``tests/support/run_printproof.py``). This test reads the package's
source for every environment variable it consults and holds the list to configuration that changes no rule.
"""

from __future__ import annotations

import ast
import os
import subprocess
from pathlib import Path

from tests.support.shop import PRINTPROOF

ROOT = Path(__file__).resolve().parents[2]

# What each variable the product reads is for: where things are, who signs in, what is logged — never when it
# is, how hard a PIN is to guess, or what is allowed.
ALLOWED = {
    "PRINTPROOF_DB": "which store to open (like --db)",
    "PRINTPROOF_USER": "who signs in on the command line (like --user)",
    "PRINTPROOF_PIN": "their PIN (like --pin), checked at full cost",
    "PRINTPROOF_SESSION": "a session `session start` opened with the PIN at full cost (one half; its file the other)",
    "PRINTPROOF_LOG_DIR": "where the support log is written",
    "PRINTPROOF_DEBUG": "print a traceback after the calm sentence (support)",
    "PRINTPROOF_SIGNING_P12": "a trust service's certificate instead of the shop's own key",
    "PRINTPROOF_SIGNING_PASSWORD": "that certificate's password",
}


def names_read(source: str) -> set[str]:
    """The environment variables a module reads: os.environ[...], os.environ.get(...), os.getenv(...), and names
    bound to constants passed to them."""
    tree = ast.parse(source)
    constants = {
        target.id: node.value.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    found = set()
    for node in ast.walk(tree):
        key = None
        if isinstance(node, ast.Subscript) and ast.unparse(node.value).endswith("environ"):
            key = node.slice
        elif isinstance(node, ast.Call) and ast.unparse(node.func).endswith(("environ.get", "getenv")) and node.args:
            key = node.args[0]
        if key is None:
            continue
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            found.add(key.value)
        elif isinstance(key, ast.Name):
            found.add(constants.get(key.id, f"<{key.id}>"))
        else:
            found.add(f"<{ast.unparse(key)}>")
    return found


def test_the_product_reads_no_switch_of_time_cost_or_rules():
    read: dict[str, list[str]] = {}
    for path in sorted((ROOT / "printproof").rglob("*.py")):
        for name in names_read(path.read_text(encoding="utf-8")):
            read.setdefault(name, []).append(str(path.relative_to(ROOT)))
    assert set(read) - set(ALLOWED) == set(), {k: v for k, v in read.items() if k not in ALLOWED}
    assert "PRINTPROOF_CLOCK" not in read and "PRINTPROOF_TEST_FAST_PINS" not in read


def test_the_old_switches_change_nothing(tmp_path):
    """Set as an insider would set them, the old switches neither move retention's clock nor weaken a PIN."""
    env = {
        **os.environ,
        "PRINTPROOF_DB": str(tmp_path / "shop.sqlite3"),
        "PRINTPROOF_CLOCK": "2099-01-01",
        "PRINTPROOF_TEST_FAST_PINS": "1",
    }
    env.pop("PRINTPROOF_TEST_CLOCK", None)
    product = [a for a in PRINTPROOF if not a.endswith("run_printproof.py")]  # the product's own command
    command = [*product, "-m", "printproof"] if product else ["printproof"]
    run = subprocess.run(
        [*command, "setup", "--shop", "S", "--owner", "Anna", "--pin", "246810"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    import sqlite3

    stored = sqlite3.connect(tmp_path / "shop.sqlite3").execute("SELECT pin_hash FROM staff").fetchone()[0]
    assert stored.split("$")[1] == str(2**18)  # the product's own cost
    signed = [*command, "--user", "Anna", "--pin", "246810"]
    order = [*signed, "order", "new", "--customer", "Kim", "--product", "Flyer", "--size", "85x55", "--quantity", "9"]
    assert subprocess.run(order, env=env, capture_output=True, text=True).returncode == 0
    # Moved to 2099, the order would be past its retention and erasable; the product keeps the computer's clock.
    listing = subprocess.run([*signed, "retention", "list"], env=env, capture_output=True, text=True)
    assert listing.returncode == 0 and "No order has passed its retention." in listing.stdout


def test_the_backup_program_writes_only_where_the_owner_chose(store, owner, tmp_path):
    """Started without a sign-in, the automatic backup took any folder and --keep: it copied the whole store
    anywhere and deleted the owner's backups. It now takes only the store; folder and copies are the settings'."""
    import sys

    from printproof.services.admin import setup

    if store.kind != "sqlite":
        return  # the program is the same for both; one store kind shows it
    chosen, elsewhere = tmp_path / "chosen", tmp_path / "elsewhere"
    setup.change_settings(owner, {"backup.folder": str(chosen), "backup.keep": 5})
    program = [sys.executable, "-m", "printproof.services.admin.auto_backup", "--db", store.location]
    for _ in range(3):
        made = subprocess.run(program, capture_output=True, text=True)
        assert made.returncode == 0, made.stderr
    kept = sorted(p.name for p in chosen.iterdir())
    assert len(kept) >= 1
    refused = subprocess.run([*program, str(elsewhere), "--keep", "1"], capture_output=True, text=True)
    assert refused.returncode == 2 and not elsewhere.exists()
    assert sorted(p.name for p in chosen.iterdir()) == kept


def test_the_store_its_wal_and_the_log_are_private_to_the_user(tmp_path):
    """The store holds PIN hashes, customers and signatures, the log names them: 0600, not 0644 (issue 22)."""
    import stat

    from printproof.store.db import open_store

    path = tmp_path / "shop.sqlite3"
    opened = open_store(str(path))
    try:
        from printproof.services.admin import setup

        setup.setup("S", "Anna", "246810", "de")
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.glob("shop.sqlite3*")}
        assert "shop.sqlite3-wal" in modes and set(modes.values()) == {0o600}, modes
    finally:
        opened.close()
    path.chmod(0o644)  # a store an older PrintProof made
    open_store(str(path)).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    log_dir = tmp_path / "log"
    run = subprocess.run(
        [*PRINTPROOF, "--db", str(path), "verify"],
        env={**os.environ, "PRINTPROOF_LOG_DIR": str(log_dir)},
        capture_output=True,
        text=True,
    )
    assert run.returncode in (0, 3), run.stderr  # verify asks for a sign-in; the log is written either way
    (log,) = log_dir.glob("printproof.log")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
