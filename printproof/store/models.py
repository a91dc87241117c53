"""The data model for the whole product: orders, artwork, proofs and the sealed records.

Times are UTC (naive ``datetime`` values meaning UTC); records made at a workstation
also keep that workstation's name and time-zone offset, so a certificate can say
"14:32 Europe/Berlin" years later.

Approvals, voids, pickups, dispute steps and audit events are append-only: the
services never update or delete them and each carries ``content_sha256``, the hash of
its canonical content, which the audit chain seals.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

import peewee as pw


class StoreProxy(pw.DatabaseProxy):
    """The database the models use: the store, for the whole process (``initialize``) — and for one thread at a
    time, another one (``bind_thread``). Checking a backup file in background work points that thread's models at
    the file; the window's reads and the other background work go on against the store."""

    __slots__ = ("_shared", "_local")

    def __init__(self) -> None:
        object.__setattr__(self, "_local", threading.local())
        object.__setattr__(self, "_shared", None)
        super().__init__()

    def __setattr__(self, attr: str, value: Any) -> None:
        if attr not in ("obj", "_callbacks", "_Model", "_shared", "_local"):
            raise AttributeError("Cannot set attribute on proxy.")
        object.__setattr__(self, attr, value)

    @property
    def obj(self) -> Any:
        bound = getattr(self._local, "database", None)
        return bound if bound is not None else self._shared

    @obj.setter
    def obj(self, value: Any) -> None:
        object.__setattr__(self, "_shared", value)

    def bind_thread(self, database: pw.Database | None) -> pw.Database | None:
        """Point this thread's models at ``database`` (None: back at the store); returns what it was before."""
        before: pw.Database | None = getattr(self._local, "database", None)
        self._local.database = database
        return before


db = StoreProxy()


class Bytes(pw.BlobField):
    """A BLOB whose values reach any driver as plain bytes (sqlite3 and psycopg2 both take them). peewee's own picks
    the binary type of the database bound when the process started, which is wrong for a thread that
    :class:`StoreProxy` points at a backup file (an export from PostgreSQL into SQLite)."""

    def db_value(self, value: Any) -> Any:
        if isinstance(value, str):
            return value.encode("utf8")
        if isinstance(value, memoryview | bytearray):
            return bytes(value)
        return value


class BaseModel(pw.Model):
    """A table of the store. For the type checker (peewee ships no types): every row has an ``id``, and a
    foreign key ``order`` also reads as ``order_id`` — peewee makes these attributes at run time."""

    if TYPE_CHECKING:
        id: Any  # an int on a row, a field in a query (Order.id.desc())

        def __getattr__(self, name: str) -> Any: ...  # the ``<foreign key>_id`` attributes

    class Meta:
        database = db
        legacy_table_names = False


class SchemaVersion(BaseModel):
    version = pw.IntegerField()
    changed_at = pw.DateTimeField()


class Setting(BaseModel):
    key = pw.CharField(max_length=100, primary_key=True)
    value = pw.TextField()  # JSON


class Counter(BaseModel):
    """Named counters (order numbers per year, the audit chain's length)."""

    name = pw.CharField(max_length=100, primary_key=True)
    value = pw.BigIntegerField(default=0)


class Blob(BaseModel):
    """A file stored once by its SHA-256: artwork, proofs, signatures, photos, scans."""

    sha256 = pw.CharField(max_length=64, primary_key=True)
    size = pw.BigIntegerField()
    media_type = pw.CharField(max_length=100)
    data = Bytes()
    created_at = pw.DateTimeField()


class Staff(BaseModel):
    """A staff member. Role, active flag and the fingerprints of the PIN and recovery-code hashes are
    sealed in the audit chain at every change (``staff.sealed`` events): sign-in takes the role from there."""

    name = pw.CharField(max_length=100, unique=True)
    role = pw.CharField(max_length=20)
    pin_hash = pw.CharField(max_length=300)
    active = pw.BooleanField(default=True)
    failed_pins = pw.IntegerField(default=0)  # schema 1–2; wrong PINs are counted in SignInGuard since 3
    locked_until = pw.DateTimeField(null=True)  # schema 1–2; see SignInGuard
    created_at = pw.DateTimeField()
    recovery_hash = pw.CharField(max_length=300, default="")  # owners: the hash of the recovery code
    pin_class = pw.CharField(max_length=20, default="")  # "short" (4–5 digits), "pin" (6+), "passphrase"
    # Schema 13 (store/power.py): the person's Ed25519 key; the private half wrapped by what only their PIN opens,
    # an owner's also by the recovery code.
    key_public = pw.CharField(max_length=64, default="")
    key_wrapped = pw.CharField(max_length=300, default="")
    key_recovery = pw.CharField(max_length=300, default="")


class SignInGuard(BaseModel):
    """Wrong PINs of one staff member at one workstation, and the lock-out they caused.

    Counted per workstation, so a burst of guesses at one computer does not lock the person out at
    another; the attempt is counted in the same write that checks the lock, before the PIN is checked.
    """

    staff = pw.ForeignKeyField(Staff, on_delete="CASCADE")
    workstation = pw.CharField(max_length=100)
    failed = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)

    class Meta:
        primary_key = pw.CompositeKey("staff", "workstation")


class Customer(BaseModel):
    """A customer in the shop's directory: ordinary, mutable data (never sealed).

    Schema 7: notes, a per-customer key for the digests that the audit chain keeps of directory changes
    (erased with the entry, so the digests then name nothing), and the entry a duplicate was merged into.
    """

    name = pw.CharField(max_length=200)
    company = pw.CharField(max_length=200, default="")
    phone = pw.CharField(max_length=100, default="")
    email = pw.CharField(max_length=200, default="")
    created_at = pw.DateTimeField()
    notes = pw.TextField(default="")
    digest_key = pw.CharField(max_length=64, default="")
    merged_into = pw.ForeignKeyField("self", null=True, on_delete="RESTRICT", backref="merged")
    updated_at = pw.DateTimeField(null=True)


class CustomerToken(BaseModel):
    """Forgiving search words of a directory entry (name, company, phone, e-mail), for prefix search."""

    token = pw.CharField(max_length=64)
    customer = pw.ForeignKeyField(Customer, backref="tokens", on_delete="CASCADE")

    class Meta:
        primary_key = pw.CompositeKey("token", "customer")
        indexes = ((("customer", "token"), True),)


class Order(BaseModel):
    number = pw.CharField(max_length=32, unique=True)
    customer = pw.ForeignKeyField(Customer, backref="orders", on_delete="RESTRICT")
    product = pw.CharField(max_length=200)
    width_mm = pw.FloatField()
    height_mm = pw.FloatField()
    bleed_mm = pw.FloatField(default=3.0)
    quantity = pw.IntegerField()
    stock = pw.CharField(max_length=200, default="")
    colors = pw.CharField(max_length=10, default="4/4")
    finishing = pw.CharField(max_length=200, default="")
    due = pw.DateField(null=True)
    status = pw.CharField(max_length=20, index=True)
    notes = pw.TextField(default="")
    created_at = pw.DateTimeField(index=True)
    created_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    updated_at = pw.DateTimeField()
    # Schema 7: a reprint ("Nachdruck") names the order it repeats and the proof approved there.
    reorder_of = pw.ForeignKeyField("self", null=True, on_delete="RESTRICT", backref="reorders")
    reorder_proof = pw.DeferredForeignKey("Proof", null=True, on_delete="RESTRICT")
    # Schema 5: when a sealed erasure removed the order's personal details and files (the number and the
    # job stay, so the number is never given again and the records still verify).
    erased_at = pw.DateTimeField(null=True)
    # Schema 11: the customer's language, in which the documents for them are made (proof, certificate, copies,
    # letters, e-mails); "" for the orders before: the shop's language.
    language = pw.CharField(max_length=5, default="")


class OrderToken(BaseModel):
    """Search words of an order (number, customer, company, phone, e-mail), for prefix search.

    A plain B-tree index on ``token`` answers "words starting with …" on SQLite and
    PostgreSQL alike, in milliseconds over millions of orders.
    """

    token = pw.CharField(max_length=64)
    order = pw.ForeignKeyField(Order, backref="tokens", on_delete="CASCADE")

    class Meta:
        primary_key = pw.CompositeKey("token", "order")
        indexes = ((("order", "token"), True),)  # "does this order have a word starting with …?"


class Artwork(BaseModel):
    """One side of an order's artwork as the customer supplied it, with what we measured."""

    order = pw.ForeignKeyField(Order, backref="artwork", on_delete="RESTRICT")
    side = pw.IntegerField()  # 0 front, 1 back, 2… further pages
    filename = pw.CharField(max_length=260)
    original = pw.ForeignKeyField(Blob, on_delete="RESTRICT")
    page = pw.IntegerField(default=0)  # page or frame inside the source file
    file_type = pw.CharField(max_length=10)  # png, jpeg, tiff, pdf
    width_px = pw.IntegerField()
    height_px = pw.IntegerField()
    mode = pw.CharField(max_length=10)  # colour mode of the source (RGB, CMYK, L, …)
    bits = pw.IntegerField(default=8)
    icc_profile = pw.CharField(max_length=200, default="")
    vector = pw.BooleanField(default=False)
    edges_with_content = pw.CharField(max_length=50, default="")
    preview = pw.ForeignKeyField(Blob, on_delete="RESTRICT")
    preview_key = pw.CharField(max_length=100)  # size, bleed and dpi the preview was made for
    thumbnail = pw.ForeignKeyField(Blob, on_delete="RESTRICT")
    current = pw.BooleanField(default=True)  # False once another file replaced this side
    created_at = pw.DateTimeField()
    created_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    # Schema 4: what preflight measured at import (JSON: "pdf" page report, "ink", "gamut"), and the colour
    # warning (None when nothing changes visibly): a 1-bit PNG of the hatching laid over the preview (image/png);
    # before 2026-12-07 a JPEG of the preview with the hatching drawn in (image/jpeg), still drawn as it is.
    checks = pw.TextField(default="{}")
    marked = pw.ForeignKeyField(Blob, null=True, on_delete="RESTRICT")

    class Meta:
        indexes = ((("order", "side", "current"), False),)


class Personal(BaseModel):
    """The personal details of one sealed record, outside the sealed row so they can be erased (schema 5).

    The sealed record's content holds only ``commitment(salt, data)``; the salt is random per record (a
    name has too little entropy to be hidden by a plain hash) and is destroyed with the data. Erasure sets
    ``salt`` and ``data`` to NULL and names the sealed :class:`Erasure` that did it.
    """

    salt = Bytes(null=True)
    data = pw.TextField(null=True)  # canonical JSON
    erased_at = pw.DateTimeField(null=True)
    erasure = pw.IntegerField(null=True)  # the Erasure record's id

    def values(self) -> dict[str, Any]:
        """The details as stored, or {} once erased."""
        import json

        return json.loads(self.data) if self.data else {}


class PersonalMixin:
    """Read access to a sealed record's personal details (``personal`` is the row, ``personal_sha256`` the
    commitment its sealed content holds). Erased details read as empty."""

    def personal_values(self) -> dict[str, Any]:
        cached = self.__dict__.get("_personal_values")
        if cached is None:
            row = self.personal if self.personal_id else None  # type: ignore[attr-defined]
            cached = row.values() if row is not None else {}
            self.__dict__["_personal_values"] = cached
        return cached

    def personal_text(self, key: str) -> str:
        return str(self.personal_values().get(key, "") or "")

    @property
    def personal_erased(self) -> bool:
        return bool(self.personal_id) and self.personal.erased_at is not None  # type: ignore[attr-defined]


class Proof(PersonalMixin, BaseModel):
    """One proof version: the exact PDF bytes, never changed once made.

    Schema 5: sealed like every record (``record_sha256`` over :func:`store.sealed.proof_content`); what it
    says about the customer (the note, the customer's details shown on the cover) lives in ``personal``.
    """

    order = pw.ForeignKeyField(Order, backref="proofs", on_delete="RESTRICT")
    version = pw.IntegerField()
    pdf = pw.ForeignKeyField(Blob, on_delete="RESTRICT")
    content_sha256 = pw.CharField(max_length=64)  # what the QR code carries
    pages = pw.IntegerField()
    language = pw.CharField(max_length=5)
    spec = pw.TextField()  # JSON snapshot of the job specification
    artwork_ids = pw.TextField()  # JSON list of Artwork ids shown
    findings = pw.TextField()  # JSON list
    created_at = pw.DateTimeField()
    created_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    personal = pw.ForeignKeyField(Personal, null=True, on_delete="RESTRICT")
    personal_sha256 = pw.CharField(max_length=64, default="")
    record_sha256 = pw.CharField(max_length=64, default="")  # the sealed content's hash (schema 5)

    class Meta:
        indexes = ((("order", "version"), True),)

    @property
    def note(self) -> str:
        """What changed since the previous version (personal: it may name the customer)."""
        return self.personal_text("note")


class SealedRecord(PersonalMixin, BaseModel):
    """Fields every append-only record has (sealed through ``store/sealed.py`` only)."""

    staff = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    workstation = pw.CharField(max_length=100)
    created_at = pw.DateTimeField()
    utc_offset = pw.CharField(max_length=10)  # e.g. "+01:00", the workstation's at that moment
    content_sha256 = pw.CharField(max_length=64)
    # Schema 5: the record's personal details and the salted commitment to them its content holds.
    personal = pw.ForeignKeyField(Personal, null=True, on_delete="RESTRICT")
    personal_sha256 = pw.CharField(max_length=64, default="")


class Approval(SealedRecord):
    order = pw.ForeignKeyField(Order, backref="approvals", on_delete="RESTRICT")
    proof = pw.ForeignKeyField(Proof, backref="approvals", on_delete="RESTRICT")
    method = pw.CharField(max_length=20)
    decision = pw.CharField(max_length=30)
    checklist = pw.TextField()  # JSON: [{"key", "label", "checked"}]
    terms = pw.TextField()  # the exact text shown
    signature_strokes = pw.ForeignKeyField(Blob, null=True, on_delete="RESTRICT")
    signature_image = pw.ForeignKeyField(Blob, null=True, on_delete="RESTRICT")
    evidence = pw.ForeignKeyField(Blob, null=True, on_delete="RESTRICT")
    # Schema 4: JSON list of the proof's findings the customer acknowledged (or was told of), each with
    # its key, code, side and the sentence shown; "" on records made before schema 4.
    acknowledged = pw.TextField(default="")
    # Schema 7: the marks on the proof (pen, circles, numbered pins), a content-addressed JSON file; the
    # record's content carries only its SHA-256.
    markup = pw.ForeignKeyField(Blob, null=True, on_delete="RESTRICT")

    # Personal details (schema 5: in ``personal``): the customer's typed name, the changes they asked for,
    # the e-mail's or scan's file name, a phone approval's note of the call.
    @property
    def customer_name(self) -> str:
        return self.personal_text("customer_name")

    @property
    def changes(self) -> str:
        return self.personal_text("changes")

    @property
    def evidence_name(self) -> str:
        return self.personal_text("evidence_name")

    @property
    def note(self) -> str:
        return self.personal_text("note")


class ApprovalVoid(SealedRecord):
    approval = pw.ForeignKeyField(Approval, backref="voids", unique=True, on_delete="RESTRICT")

    @property
    def reason(self) -> str:
        return self.personal_text("reason")


class Pickup(SealedRecord):
    order = pw.ForeignKeyField(Order, backref="pickups", on_delete="RESTRICT")
    approval = pw.ForeignKeyField(Approval, null=True, on_delete="RESTRICT")
    signature_strokes = pw.ForeignKeyField(Blob, null=True, on_delete="RESTRICT")
    signature_image = pw.ForeignKeyField(Blob, null=True, on_delete="RESTRICT")
    # Schema 9: how many pieces were handed over; None (a hand-over recorded before) was the whole order.
    quantity = pw.IntegerField(null=True)

    @property
    def customer_name(self) -> str:
        return self.personal_text("customer_name")

    @property
    def condition(self) -> str:
        """How the goods were handed over ("boxes sealed, counted together"), if the counter noted it."""
        return self.personal_text("condition")


class Dispute(SealedRecord):
    order = pw.ForeignKeyField(Order, backref="disputes", on_delete="RESTRICT")
    category = pw.CharField(max_length=20)

    @property
    def customer_words(self) -> str:
        return self.personal_text("customer_words")


class DisputePhoto(BaseModel):
    """A photo of the delivered product; sealed as part of its dispute's content."""

    dispute = pw.ForeignKeyField(Dispute, backref="photos", on_delete="RESTRICT")
    blob = pw.ForeignKeyField(Blob, on_delete="RESTRICT")
    position = pw.IntegerField()

    @property
    def filename(self) -> str:
        """The photo's file name, kept with the complaint's personal details (schema 5)."""
        names = self.dispute.personal_values().get("photo_names") or []
        return str(names[self.position]) if self.position < len(names) else f"photo-{self.position + 1}.jpg"


class DisputeDecision(SealedRecord):
    dispute = pw.ForeignKeyField(Dispute, backref="decisions", on_delete="RESTRICT")
    matches_approval = pw.CharField(max_length=10)
    outcome = pw.CharField(max_length=30)
    amount_cents = pw.IntegerField(null=True)  # schema 14: a discount's or refund's amount, in euro cents

    @property
    def reason(self) -> str:
        return self.personal_text("reason")


class Erasure(SealedRecord):
    """A sealed record of an erasure (schema 5): whose personal details and files were erased, why and when.

    Its content names the orders, the personal rows and the files' SHA-256 — never a name — so ``verify``
    accepts exactly those missing details and still names any other change.
    """

    customer = pw.IntegerField()  # the customer's id (the directory row is emptied, the id stays)
    basis = pw.CharField(max_length=30)  # "retention" (the period ended) or "request" (Art. 17, none applies)
    scope = pw.TextField()  # JSON: {"orders": [...], "personal": [...], "files": [...]}


class BlobErasure(BaseModel):
    """Tombstone: the bytes of this file were erased by a sealed :class:`Erasure`; only such a file's bytes
    may be removed (the blob triggers check this table)."""

    sha256 = pw.CharField(max_length=64, primary_key=True)
    erasure = pw.ForeignKeyField(Erasure, on_delete="RESTRICT")


class ErasureRequest(SealedRecord):
    """A customer's request to erase their data (schema 5), with what happened: erased at once, or — while a
    retention duty runs — refused with its legal reason and the data restricted (Art. 18 GDPR)."""

    customer = pw.IntegerField()
    outcome = pw.CharField(max_length=20)  # "erased" or "restricted"
    legal_reason = pw.CharField(max_length=200, default="")  # e.g. "HGB §257 / AO §147"
    retention_until = pw.DateField(null=True)


class ChangeTick(BaseModel):
    """A requested change ticked off as done (compare view): ordinary data, logged in the audit chain.

    ``item`` is the pin's number in the record's markup, or 0 for the written list of changes.
    """

    approval = pw.ForeignKeyField(Approval, backref="ticks", on_delete="RESTRICT")
    item = pw.IntegerField()
    staff = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    created_at = pw.DateTimeField()

    class Meta:
        primary_key = pw.CompositeKey("approval", "item")


class PhotoCorners(BaseModel):
    """Where the owner marked the product's four corners in a complaint photo (to straighten it)."""

    photo = pw.ForeignKeyField(DisputePhoto, primary_key=True, on_delete="RESTRICT")
    side = pw.IntegerField(default=0)
    corners = pw.TextField()  # JSON [[x, y] × 4] in the photo's pixels: top left, top right, bottom right, bottom left
    staff = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    created_at = pw.DateTimeField()


class ComplaintCase(BaseModel):
    """Schema 8: a complaint's case — its own number series (R-2026-0012, never reused) and the day by which the
    shop promised an answer (issue 25). Ordinary data beside the sealed complaint; its making is in the audit
    chain with the number and the date, so neither can be changed unseen."""

    dispute = pw.ForeignKeyField(Dispute, primary_key=True, backref="case", on_delete="RESTRICT")
    number = pw.CharField(max_length=20, unique=True)
    answer_by = pw.DateField(index=True)
    created_at = pw.DateTimeField()
    # A justified complaint answered with a reprint at the shop's cost: the replacement order (the case is done
    # when it is handed over).
    replacement = pw.ForeignKeyField(Order, null=True, on_delete="RESTRICT", backref="replacing")


class PortalLink(BaseModel):
    """Schema 8: a proof version sent to the customer by link, through the shop's portal (mutable: its state
    follows the portal's). The token is never stored; ``token_hash`` is what the portal checks. ``email`` is the
    address the link and the code went to (personal: cleared when the order's data is erased)."""

    order = pw.ForeignKeyField(Order, backref="links", on_delete="RESTRICT")
    proof = pw.ForeignKeyField(Proof, on_delete="RESTRICT")
    ref = pw.CharField(max_length=32, unique=True)
    token_hash = pw.CharField(max_length=64, default="")
    email = pw.CharField(max_length=254, default="")
    state = pw.CharField(max_length=16, index=True)  # queued sent opened confirmed decided expired withdrawn refused
    pages = pw.TextField(default="[]")  # JSON: the SHA-256 of the proof PDF and of each page image sent
    problem = pw.TextField(default="")  # the last sentence of why it waits or was refused
    staff = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    created_at = pw.DateTimeField()
    sent_at = pw.DateTimeField(null=True)
    expires_at = pw.DateTimeField()
    reminded_at = pw.DateTimeField(null=True)
    opened_at = pw.DateTimeField(null=True)
    confirmed_at = pw.DateTimeField(null=True)
    decided_at = pw.DateTimeField(null=True)
    approval = pw.ForeignKeyField(Approval, null=True, on_delete="RESTRICT")
    receipt = pw.ForeignKeyField(Blob, null=True, on_delete="RESTRICT")  # kept when the decision was refused
    # Schema 10: when a sync claimed the decision to seal it (state "pulling"); a claim older than a few minutes
    # was a workstation that crashed or lost power mid-way, and the next sync takes the decision over.
    claimed_at = pw.DateTimeField(null=True)


class ComplaintLink(BaseModel):
    """Schema 15: a way to complain by link, printed on a customer's copy (issue 25) and held by the shop's portal.
    The token is on the paper only; ``token_hash`` is what the portal checks. ``state`` follows the portal's:
    queued (not yet sent to it), open, expired, withdrawn (the order's data erased). ``dispute`` is the last
    complaint pulled through it, ``receipt`` the portal's signed receipt of it (kept as a file), ``problem`` why
    the last one could not be recorded."""

    order = pw.ForeignKeyField(Order, backref="complaint_links", on_delete="RESTRICT")
    ref = pw.CharField(max_length=32, unique=True)
    token_hash = pw.CharField(max_length=64)
    state = pw.CharField(max_length=16, index=True)
    created_at = pw.DateTimeField()
    expires_at = pw.DateTimeField()
    dispute = pw.ForeignKeyField(Dispute, null=True, on_delete="RESTRICT")
    receipt = pw.ForeignKeyField(Blob, null=True, on_delete="RESTRICT")
    problem = pw.TextField(default="")


class AuditEvent(BaseModel):
    """The append-only, hash-chained log: every change, and every sealed record's hash."""

    seq = pw.BigIntegerField(unique=True)
    created_at = pw.DateTimeField()
    staff = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    workstation = pw.CharField(max_length=100)
    kind = pw.CharField(max_length=50, index=True)
    order = pw.ForeignKeyField(Order, null=True, backref="events", on_delete="RESTRICT")
    subject = pw.CharField(max_length=50, default="", index=True)  # e.g. "approval:17", "staff:3"
    payload = pw.TextField()  # JSON
    prev_hash = pw.CharField(max_length=64)
    hash = pw.CharField(max_length=64)


class ChainTimestamp(BaseModel):
    """Schema 6: an RFC 3161 timestamp token over the audit chain's head, from the shop's timestamp authority.

    The token is signed by the authority, not by the shop: it proves that the chain had reached event
    ``seq`` with hash ``head_hash`` no later than ``stamped_at``. Append-only (a trigger refuses edits).
    """

    seq = pw.BigIntegerField()
    head_hash = pw.CharField(max_length=64)
    token = Bytes()  # DER ContentInfo (SignedData over TSTInfo)
    token_sha256 = pw.CharField(max_length=64)
    stamped_at = pw.DateTimeField()  # the authority's time, UTC
    authority = pw.CharField(max_length=300)  # the URL asked
    created_at = pw.DateTimeField()


class TimestampQueue(BaseModel):
    """Schema 6: chain heads waiting for a timestamp while the shop was offline (mutable; emptied when stamped)."""

    seq = pw.BigIntegerField(unique=True)
    head_hash = pw.CharField(max_length=64)
    queued_at = pw.DateTimeField()
    tries = pw.IntegerField(default=0)
    last_error = pw.TextField(default="")


class CustomerCopy(SealedRecord):
    """Schema 6: the customer got a copy of a sealed record — printed on A4 or a receipt, or e-mailed.

    Sealed like every record: which record (``subject``, its hash and the event that sealed it), the chain
    head the copy carries, the copy's own SHA-256 and how it was given. The address an e-mail went to is
    personal (``personal``: {"address": …}).
    """

    order = pw.ForeignKeyField(Order, backref="copies", on_delete="RESTRICT")
    subject = pw.CharField(max_length=100)  # "approval:17", "pickup:3", "dispute_decision:2"
    channel = pw.CharField(max_length=20)  # printed_a4, printed_receipt, email, certificate_email
    copy_sha256 = pw.CharField(max_length=64)
    record_sha256 = pw.CharField(max_length=64)
    position = pw.BigIntegerField()
    head_seq = pw.BigIntegerField()
    head_hash = pw.CharField(max_length=64)

    @property
    def address(self) -> str:
        return self.personal_text("address")


ALL_MODELS: list[type[BaseModel]] = [
    SchemaVersion,
    Setting,
    Counter,
    Blob,
    Staff,
    SignInGuard,
    Customer,
    CustomerToken,
    Order,
    OrderToken,
    Artwork,
    Personal,
    Proof,
    Approval,
    ApprovalVoid,
    Pickup,
    Dispute,
    DisputePhoto,
    DisputeDecision,
    ChangeTick,
    PhotoCorners,
    Erasure,
    BlobErasure,
    ErasureRequest,
    AuditEvent,
    ChainTimestamp,
    TimestampQueue,
    CustomerCopy,
    PortalLink,
    ComplaintCase,
    ComplaintLink,
]
