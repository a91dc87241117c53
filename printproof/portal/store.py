"""The portal's own small database: the shops paired with it, their pending approvals and complaint links.

It holds only what a pending approval needs — the proof, its page images, the texts the customer reads, the
address the code goes to — and forgets each package once the shop pulled its decision, or the link expired or
was withdrawn: the row keeps its state and times (so the shop's app can still ask), the personal and proof
bytes are deleted. SQLite with ``secure_delete`` and a truncated WAL, so deleted bytes are gone from the files;
PostgreSQL where one portal serves many shops (each shop sees only its own packages, by its key).
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlparse

import peewee as pw

portal_db = pw.DatabaseProxy()

# A package's states, in the order they are reached; the last three are ends.
# "stamping": decided, its receipt being timestamped by the authority (seconds); the shop pulls it once "decided"
STATES = ("sent", "opened", "confirmed", "stamping", "decided", "pulled", "expired", "withdrawn")
ENDED = ("stamping", "decided", "pulled", "expired", "withdrawn")


class PortalModel(pw.Model):
    class Meta:
        database = portal_db
        legacy_table_names = False


class PortalShop(PortalModel):
    id = pw.AutoField()
    name = pw.CharField(max_length=200)
    key_hash = pw.CharField(max_length=64, unique=True)  # SHA-256 of the shop's key: the key is never stored
    created_at = pw.DateTimeField()


class Package(PortalModel):
    """One proof version waiting for one customer's decision."""

    id = pw.AutoField()
    shop = pw.ForeignKeyField(PortalShop, on_delete="CASCADE", index=True)
    ref = pw.CharField(max_length=32, unique=True)  # the shop's handle for it (not the customer's link)
    token_hash = pw.CharField(max_length=64, unique=True)  # SHA-256 of the link's token
    order_number = pw.CharField(max_length=40)
    version = pw.IntegerField()
    proof_sha256 = pw.CharField(max_length=64)
    email = pw.TextField(default="")  # where the code goes; emptied when the package is forgotten
    content = pw.TextField(default="{}")  # JSON: the texts and page facts the page shows; emptied likewise
    state = pw.CharField(max_length=16, default="sent", index=True)
    created_at = pw.DateTimeField()
    expires_at = pw.DateTimeField()
    opened_at = pw.DateTimeField(null=True)
    confirmed_at = pw.DateTimeField(null=True)
    decided_at = pw.DateTimeField(null=True)
    ended_at = pw.DateTimeField(null=True)
    code_hash = pw.CharField(max_length=64, default="")
    code_sent_at = pw.DateTimeField(null=True)
    code_tries = pw.IntegerField(default=0)
    codes_sent = pw.IntegerField(default=0)
    session_hash = pw.CharField(max_length=64, default="")
    receipt = pw.TextField(default="")  # the signed receipt of the decision, until the shop pulled it


class PackageFile(PortalModel):
    id = pw.AutoField()
    """The proof PDF (page 0) and its page images (1 …), sized for phones, rendered once when sent."""

    package = pw.ForeignKeyField(Package, on_delete="CASCADE", index=True)
    page = pw.IntegerField()
    media_type = pw.CharField(max_length=40)
    sha256 = pw.CharField(max_length=64)
    data = pw.BlobField()

    class Meta:
        indexes = ((("package", "page"), True),)


class PageView(PortalModel):
    """A page shown to the customer after the code: the first time in each minute (the receipt lists them)."""

    id = pw.AutoField()
    package = pw.ForeignKeyField(Package, on_delete="CASCADE", index=True)
    page = pw.IntegerField()
    minute = pw.CharField(max_length=16)  # "2026-12-06T14:03": one row per page and minute, however often asked
    at = pw.DateTimeField()

    class Meta:
        indexes = ((("package", "page", "minute"), True),)


class Throttle(PortalModel):
    """How often something was asked for in the current hour (codes per address), by a keyed digest."""

    key = pw.CharField(max_length=64, primary_key=True)
    window_start = pw.DateTimeField()
    count = pw.IntegerField(default=0)


class ComplaintLink(PortalModel):
    """A way to complain by link, printed on a customer's copy (issue 25): what its page shows, and the complaint
    once the customer made it — until the shop pulled it, then only the state remains."""

    id = pw.AutoField()
    shop = pw.ForeignKeyField(PortalShop, on_delete="CASCADE", index=True)
    ref = pw.CharField(max_length=32, unique=True)
    token_hash = pw.CharField(max_length=64, unique=True)  # SHA-256 of the link's token (the token is on paper only)
    order_number = pw.CharField(max_length=40)
    content = pw.TextField(default="{}")  # JSON: the shop's name, the product, the language; then the complaint
    state = pw.CharField(max_length=16, default="open", index=True)  # open received pulled expired
    created_at = pw.DateTimeField()
    expires_at = pw.DateTimeField()
    received_at = pw.DateTimeField(null=True)
    receipt = pw.TextField(default="")  # the signed receipt of the complaint, until the shop pulled it


class ComplaintPhoto(PortalModel):
    """A photo sent with a complaint, as the phone sent it, until the shop pulled the complaint."""

    id = pw.AutoField()
    link = pw.ForeignKeyField(ComplaintLink, on_delete="CASCADE", index=True)
    number = pw.IntegerField()
    name = pw.CharField(max_length=200)
    sha256 = pw.CharField(max_length=64)
    data = pw.BlobField()

    class Meta:
        indexes = ((("link", "number"), True),)


MODELS = (PortalShop, Package, PackageFile, PageView, Throttle, ComplaintLink, ComplaintPhoto)


def open_portal_store(location: str) -> pw.Database:
    """Open (creating when new) the portal's database: a file path, or a ``postgresql://`` URL."""
    if location.startswith(("postgresql://", "postgres://")):
        parts = urlparse(location)
        database: pw.Database = pw.PostgresqlDatabase(
            parts.path.lstrip("/"),
            user=parts.username,
            password=parts.password,
            host=parts.hostname,
            port=parts.port or 5432,
            autorollback=True,
        )
    else:
        path = Path(location).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        if os.name == "posix" and not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        database = pw.SqliteDatabase(
            str(path),
            pragmas=[
                ("journal_mode", "wal"),
                ("foreign_keys", 1),
                ("busy_timeout", 10_000),
                ("secure_delete", 1),  # a forgotten package's bytes are overwritten, not only unlinked
            ],
            check_same_thread=False,
        )
    portal_db.initialize(database)
    with portal_db.connection_context():
        portal_db.create_tables(MODELS, safe=True)
        if isinstance(database, pw.PostgresqlDatabase):  # files stored uncompressed: a download reads only its chunk
            portal_db.execute_sql('ALTER TABLE "package_file" ALTER COLUMN "data" SET STORAGE EXTERNAL')
    return database


def writing() -> pw._atomic:
    """A write transaction that takes SQLite's write lock at once (waiting for it up to the busy timeout): a
    transaction that reads first and writes later would be refused outright when another thread wrote meanwhile
    (the page images a browser asks for side by side each note their view)."""
    if isinstance(portal_db.obj, pw.SqliteDatabase):
        return portal_db.atomic(lock_type="IMMEDIATE")
    return portal_db.atomic()


def scrub_files() -> None:
    """After forgetting packages: SQLite's WAL written back and cut to nothing, so no deleted byte lingers there."""
    if isinstance(portal_db.obj, pw.SqliteDatabase):
        portal_db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
