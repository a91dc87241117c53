"""What the portal does, for every caller (the web pages and the shop's app go through here alike).

The shop's side: a paired shop pushes a package (one proof version for one customer), withdraws it, renews its
link (the reminder), reads the states of its packages and pulls a decision, after which the portal forgets the
package's personal and proof bytes. The customer's side: the link opens the package, a 6-digit code sent to
the order's address proves the customer reads that mailbox, the pages are shown, the decision is checked by
the same rules as at the counter and answered with a receipt the portal signs.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import peewee as pw
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .. import tsa
from ..domain.addresses import is_email
from ..domain.errors import Conflict, NotFound, UserError
from ..domain.i18n import LANGUAGES, t
from ..domain.markup import Mark, MarkKind, checked_marks
from ..domain.receipts import canonical, sign_receipt
from ..domain.signature import Point, check_signature, strokes_to_json
from ..domain.texts import colour_warning_pages
from ..domain.typed_text import clean_line, clean_text
from .store import ENDED, Package, PackageFile, PageView, PortalShop, Throttle, portal_db, scrub_files, writing

log = logging.getLogger("printproof.portal")

CODE_VALID = timedelta(minutes=10)
CODE_TRIES = 5
CODE_GAP = timedelta(seconds=30)  # at most one code per link in this time
CODES_PER_LINK = 5  # in all; then the shop sends a new link
CODES_PER_ADDRESS_HOUR = 10
MAX_PAGES = 200  # a proof: its cover, every side (64 at most) and the pages that explain them
MAX_FILE = 100_000_000  # the proof PDF of a brochure of photos (a page image is far smaller)
MAX_PACKAGE = 250_000_000
DECISIONS = ("approve", "approve_changes", "changes", "decline")


def now() -> datetime:
    from datetime import UTC

    return datetime.now(UTC).replace(tzinfo=None)


def sha256(data: bytes | str) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# --- the shop's side ---------------------------------------------------------------------------------------------


def add_shop(name: str) -> tuple[PortalShop, str]:
    """Pair a shop: its record and the key it authenticates with (said once, stored only as a hash)."""
    name = clean_line(name, "shop name", required=True, max_len=200)
    key = "ppk_" + secrets.token_urlsafe(32)
    with writing():
        shop = PortalShop.create(name=name, key_hash=sha256(key), created_at=now())
    return shop, key


def shop_for_key(key: str) -> PortalShop | None:
    if not key or len(key) > 200:
        return None
    return PortalShop.get_or_none(PortalShop.key_hash == sha256(key))


def _hex(value: Any, what: str, length: int = 64) -> str:
    if not isinstance(value, str) or len(value) != length or any(c not in "0123456789abcdef" for c in value):
        raise UserError(t("The package's {what} is not a SHA-256 in hex.", what=what))
    return value


def _time(value: Any) -> datetime:
    try:
        return datetime.strptime(str(value), "%Y-%m-%dT%H:%M:%S.%fZ")
    except ValueError as exc:
        raise UserError(t("The package's expiry is not a time.")) from exc


def _check_texts(texts: Any) -> dict[str, Any]:
    if not isinstance(texts, dict) or not texts or any(lang not in LANGUAGES for lang in texts):
        raise UserError(t("The package's texts are missing."))
    for lang, part in texts.items():
        if not isinstance(part, dict):
            raise UserError(t("The package's texts are missing."))
        checklist = part.get("checklist")
        findings = part.get("findings")
        if not isinstance(checklist, list) or not all(
            isinstance(i, list) and len(i) == 2 and all(isinstance(x, str) for x in i) for i in checklist
        ):
            raise UserError(t("The package's checklist is not readable."))
        if not isinstance(findings, list) or not all(
            isinstance(f, dict) and isinstance(f.get("text"), str) and isinstance(f.get("keys"), list) for f in findings
        ):
            raise UserError(t("The package's findings are not readable."))
        if not isinstance(part.get("terms"), str) or len(part["terms"]) > 50_000:
            raise UserError(t("The package's terms are not readable."))
        texts[lang] = part
    return texts


def _check_labels(labels: Any, pages: int) -> list[str]:
    """The proof's page labels (one per page; none from an app that sends none)."""
    if labels is None:
        return []
    if not isinstance(labels, list) or len(labels) != pages or not all(isinstance(x, str) for x in labels):
        raise UserError(t("The package's pages are not readable."))
    return [clean_line(x, "page label", max_len=200) for x in labels]


def push(shop: PortalShop, body: dict[str, Any]) -> Package:
    """Take a package from a paired shop. A newer version of the same order withdraws the older package."""
    ref = str(body.get("ref", ""))
    if len(ref) != 32 or not all(c in "0123456789abcdef" for c in ref):
        raise UserError(t("The package's reference is not readable."))
    email = str(body.get("email", ""))
    if not is_email(email):
        raise UserError(t("The package has no e-mail address to send the code to."))
    order = clean_line(str(body.get("order", "")), "order number", required=True, max_len=40)
    version = body.get("version")
    if not isinstance(version, int) or not 1 <= version <= 10_000:
        raise UserError(t("The package's version is not a number."))
    files = body.get("files")
    if not isinstance(files, list) or not 2 <= len(files) <= MAX_PAGES + 1:
        raise UserError(t("The package must hold the proof and its pages."))
    decoded: list[tuple[int, str, bytes]] = []
    total = 0
    for number, item in enumerate(files):
        if not isinstance(item, dict):
            raise UserError(t("The package's pages are not readable."))
        kind = "application/pdf" if number == 0 else "image/jpeg"
        try:
            data = base64.b64decode(str(item.get("data", "")), validate=True)
        except ValueError as exc:
            raise UserError(t("The package's pages are not readable.")) from exc
        total += len(data)
        if not data or len(data) > MAX_FILE or total > MAX_PACKAGE:
            raise UserError(t("The package is too large for the portal."))
        if (number == 0 and not data.startswith(b"%PDF-")) or (number > 0 and not data.startswith(b"\xff\xd8\xff")):
            raise UserError(t("The package's pages are not readable."))
        decoded.append((number, kind, data))
    proof_sha = _hex(body.get("proof_sha256"), "proof")
    if sha256(decoded[0][2]) != proof_sha:
        raise UserError(t("The package's proof does not match its SHA-256."))
    content = {
        "shop": clean_line(str(body.get("shop", "")), "shop name", required=True, max_len=200),
        "language": "en" if body.get("language") == "en" else "de",
        "texts": _check_texts(body.get("texts")),
        "labels": _check_labels(body.get("labels"), len(decoded) - 1),
    }
    expires = _time(body.get("expires_at"))
    if expires <= now():
        raise UserError(t("The package has already expired."))
    with writing():
        held = Package.get_or_none(Package.ref == ref)
        if held is not None:
            if held.shop.id != shop.id or held.state in ENDED:
                raise Conflict(t("The portal already holds this package."))
            # The shop sends it again (its first try timed out after the portal had it): the new link counts.
            _new_link(held, _hex(body.get("token_sha256"), "link"))
            return Package.get_by_id(held.id)
        for older in Package.select().where(
            (Package.shop == shop) & (Package.order_number == order) & Package.state.not_in(ENDED)
        ):
            _forget(older, "withdrawn")
        token_hash = _hex(body.get("token_sha256"), "link")
        _refuse_a_held_link(token_hash)
        package = Package.create(
            shop=shop,
            ref=ref,
            token_hash=token_hash,
            order_number=order,
            version=version,
            proof_sha256=proof_sha,
            email=email,
            content=json.dumps(content, ensure_ascii=False),
            created_at=now(),
            expires_at=expires,
        )
        PackageFile.insert_many(
            [
                {"package": package, "page": n, "media_type": kind, "sha256": sha256(data), "data": data}
                for n, kind, data in decoded
            ]
        ).execute()
    return package


def _own(shop: PortalShop, ref: str) -> Package:
    package = Package.get_or_none((Package.ref == ref) & (Package.shop == shop))
    if package is None:
        raise NotFound(t("The portal holds no such package."))
    return package


def _forget(package: Package, state: str) -> None:
    """Delete the package's proof, pages and personal details; keep its state and times."""
    PackageFile.delete().where(PackageFile.package == package).execute()
    PageView.delete().where(PageView.package == package).execute()
    Package.update(
        state=state,
        ended_at=package.ended_at or now(),
        email="",
        content="{}",
        receipt=package.receipt if state in ("decided", "stamping") else "",
        code_hash="",
        session_hash="",
    ).where(Package.id == package.id).execute()


def withdraw(shop: PortalShop, ref: str) -> None:
    """The shop takes the link back (a newer version, the order moved on): the link dies, its bytes go. A
    decision already made is not thrown away: the shop is told to pull it (409)."""
    with writing():
        package = _own(shop, ref)
        if package.state in ("decided", "stamping"):
            raise Conflict(t("The customer has already decided; pull the decision."))
        if package.state not in ENDED:
            _forget(package, "withdrawn")
    scrub_files()


def renew(shop: PortalShop, ref: str, token_sha256: str) -> None:
    """A new link for a package not yet decided (the reminder): the old link dies."""
    with writing():
        package = _own(shop, ref)
        if package.state in ENDED:
            raise Conflict(t("The link has already ended; nothing was renewed."))
        _new_link(package, _hex(token_sha256, "link"))


def _refuse_a_held_link(token_hash: str, but: int | None = None) -> None:
    """A link is never given twice: one another package holds (``but``: this one's own) is one sentence."""
    held = Package.select().where(Package.token_hash == token_hash)
    if (held.where(Package.id != but) if but is not None else held).exists():
        raise Conflict(t("The portal already holds this link."))


def _new_link(package: Package, token_hash: str) -> None:
    """The package opens by a new link (the old one dies with its session); a link another package holds is
    refused in one sentence (a link is never given twice)."""
    _refuse_a_held_link(token_hash, package.id)
    Package.update(token_hash=token_hash, session_hash="").where(Package.id == package.id).execute()


UNPULLED_DAYS = 30  # a decision the shop never pulled is forgotten after this (nothing personal lingers)


STAMPING_FOR = timedelta(minutes=2)  # a receipt still "stamping" after this was left by a crash: pulled unstamped


def expire_due() -> int:
    """Forget every package whose link expired undecided, and every decision not pulled in 30 days."""
    with writing():
        Package.update(state="decided").where(
            (Package.state == "stamping") & (Package.decided_at <= now() - STAMPING_FOR)
        ).execute()
        due = list(Package.select().where(Package.state.not_in(ENDED) & (Package.expires_at <= now())))
        for package in due:
            _forget(package, "expired")
        stale = list(
            Package.select().where(
                (Package.state == "decided") & (Package.decided_at <= now() - timedelta(days=UNPULLED_DAYS))
            )
        )
        for package in stale:
            _forget(package, "expired")
            Package.update(receipt="").where(Package.id == package.id).execute()
        due += stale
    if due:
        scrub_files()
    return len(due)


def states(shop: PortalShop) -> list[dict[str, Any]]:
    """The shop's packages: state and times, and the signed receipt of each decision not yet pulled."""
    expire_due()
    rows = Package.select().where(Package.shop == shop).order_by(Package.id)
    return [
        {
            "ref": p.ref,
            "state": p.state,
            "opened_at": _iso(p.opened_at),
            "confirmed_at": _iso(p.confirmed_at),
            "decided_at": _iso(p.decided_at),
            "receipt": p.receipt if p.state == "decided" else "",
        }
        for p in rows
    ]


def pulled(shop: PortalShop, ref: str) -> None:
    """The shop sealed the decision: the portal forgets everything of it but the state."""
    with writing():
        package = _own(shop, ref)
        if package.state != "decided":
            raise Conflict(t("The package has no decision to pull."))
        _forget(package, "pulled")
        Package.update(receipt="").where(Package.id == package.id).execute()
    scrub_files()


# --- the customer's side -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Texts:
    shop: str
    language: str
    checklist: list[tuple[str, str]]
    terms: str
    findings: list[tuple[list[str], str]]


def texts_of(package: Package, lang: str) -> Texts:
    content = json.loads(package.content)
    texts = content["texts"]
    part = texts.get(lang) or texts.get(content["language"]) or next(iter(texts.values()))
    return Texts(
        shop=content["shop"],
        language=content["language"],
        checklist=[(k, label) for k, label in part["checklist"]],
        terms=part["terms"],
        findings=[(list(f["keys"]), f["text"]) for f in part["findings"]],
    )


def by_token(token: str) -> Package | None:
    """The package the link's token opens, or None (a wrong token and a forgotten one look the same)."""
    if not token or len(token) > 100:
        return None
    return Package.get_or_none(Package.token_hash == sha256(token))


def _locked(package_id: int) -> Package:
    """The package, its row locked for this transaction on PostgreSQL (SQLite's write lock serialises already)."""
    import peewee as pw

    from .store import portal_db

    query = Package.select().where(Package.id == package_id)
    if isinstance(portal_db.obj, pw.PostgresqlDatabase):
        query = query.for_update()
    found: Package = query.get()
    return found


def check_open(package: Package | None) -> Package:
    """The package while the customer may still act on it; else one sentence saying why not."""
    if package is None:
        raise NotFound(t("This link is not valid. Please use the link in the shop's latest e-mail."))
    if package.state not in ENDED and package.expires_at <= now():
        expire_due()
        package = Package.get_by_id(package.id)
    if package.state in ("stamping", "decided", "pulled"):  # stamping: decided, its receipt being timestamped
        raise Conflict(t("Your decision on this proof has been recorded. Thank you!"))
    if package.state == "expired":
        raise Conflict(t("This link has expired. Please ask the shop for a new one."))
    if package.state == "withdrawn":
        raise Conflict(t("A newer version of this proof is waiting for you; the shop sends you a new link."))
    return package


def opened(package: Package) -> None:
    """The link was opened: its time noted once; the state moves on only from "sent" (a form posted before the
    page was ever loaded must not move a confirmed or decided package back)."""
    if package.opened_at is None:
        Package.update(opened_at=now()).where((Package.id == package.id) & (Package.opened_at.is_null())).execute()
        Package.update(state="opened").where((Package.id == package.id) & (Package.state == "sent")).execute()


def masked_email(package: Package) -> str:
    """``j***@example.com``: enough for the customer to know which mailbox, not enough for anyone else."""
    local, _, domain = package.email.partition("@")
    return f"{local[:1]}***@{domain}"


def _code_digest(package: Package, code: str) -> str:
    return hmac.new(package.token_hash.encode(), f"{package.id}:{code}".encode(), "sha256").hexdigest()


_ADDRESS_KEY = [secrets.token_bytes(32)]  # the running portal's own secret replaces it (use_address_key)


def use_address_key(secret: bytes) -> None:
    """Key the hourly limits' digests of addresses with the portal's secret (kept in its data folder)."""
    _ADDRESS_KEY[0] = hashlib.sha256(b"printproof-throttle|" + secret).digest()


def _address_key(address: str) -> str:
    """A keyed digest of an address for the hourly limit (not reversible by guessing addresses)."""
    return hmac.new(_ADDRESS_KEY[0], address.lower().encode(), "sha256").hexdigest()


def _throttle(key: str, limit: int) -> bool:
    """Count one more in this hour for ``key``; False when the limit is reached."""
    moment = now()
    row = Throttle.get_or_none(Throttle.key == key)
    if row is None or moment - row.window_start > timedelta(hours=1):
        Throttle.delete().where(Throttle.window_start < moment - timedelta(hours=1)).execute()  # old hours go
        Throttle.insert(key=key, window_start=moment, count=1).on_conflict(
            conflict_target=[Throttle.key], update={Throttle.window_start: moment, Throttle.count: 1}
        ).execute()
        return True
    if row.count >= limit:
        return False
    Throttle.update(count=Throttle.count + 1).where(Throttle.key == key).execute()
    return True


def new_code(package: Package, send: Callable[[str, str], None]) -> None:
    """Make a fresh 6-digit code and hand it to ``send(address, code)``; refused when asked too often."""
    with writing():
        package = check_open(_locked(package.id))
        if package.code_sent_at is not None and now() - package.code_sent_at < CODE_GAP:
            raise UserError(t("A code was sent just now; please look in your mailbox (and the spam folder)."))
        if package.codes_sent >= CODES_PER_LINK:
            raise UserError(t("Too many codes were asked for with this link; please ask the shop for a new link."))
        if not _throttle(_address_key(package.email), CODES_PER_ADDRESS_HOUR):
            raise UserError(t("Too many codes were sent to this address in the last hour; please try again later."))
        code = f"{secrets.randbelow(1_000_000):06d}"
        before = (package.code_hash, package.code_sent_at, package.code_tries)
        Package.update(
            code_hash=_code_digest(package, code),
            code_sent_at=now(),
            code_tries=0,
            codes_sent=Package.codes_sent + 1,
        ).where(Package.id == package.id).execute()
        address = package.email
    # The mail server may take seconds: the code is reserved above, sent outside the write lock (every other
    # request goes on meanwhile), and taken back if it never left.
    try:
        send(address, code)
    except BaseException:
        with writing():
            Package.update(
                code_hash=before[0], code_sent_at=before[1], code_tries=before[2], codes_sent=Package.codes_sent - 1
            ).where(Package.id == package.id).execute()
        raise


def confirm_code(package: Package, code: str) -> str:
    """Check the code; the session token for this package when right. Five wrong tries end the code.

    A wrong try is counted in its own transaction before the sentence is said (a refusal must not roll it back).
    """
    code = "".join(c for c in code if c.isdigit())
    refusal: UserError | None = None
    session = secrets.token_urlsafe(32)
    with writing():
        package = check_open(_locked(package.id))
        if not package.code_hash or package.code_sent_at is None:
            refusal = UserError(t("Please ask for a code first."))
        elif now() - package.code_sent_at > CODE_VALID:
            refusal = UserError(t("The code has expired; please ask for a new one."))
        elif package.code_tries >= CODE_TRIES:
            refusal = UserError(t("The code was entered wrongly too often; please ask for a new one."))
        elif not hmac.compare_digest(_code_digest(package, code), package.code_hash):
            Package.update(code_tries=Package.code_tries + 1).where(Package.id == package.id).execute()
            left = CODE_TRIES - package.code_tries - 1
            if left <= 0:
                refusal = UserError(t("The code was entered wrongly too often; please ask for a new one."))
            else:
                refusal = UserError(t("That code is not right; {left} tries left.", left=left))
        else:
            Package.update(
                session_hash=sha256(session),
                code_hash="",
                confirmed_at=package.confirmed_at or now(),
                state="confirmed",
            ).where(Package.id == package.id).execute()
    if refusal is not None:
        raise refusal
    return session


def has_session(package: Package, session: str) -> bool:
    return bool(package.session_hash) and bool(session) and hmac.compare_digest(sha256(session), package.session_hash)


CHUNK = 1 << 20  # the proof PDF (up to 100 MB) goes out a megabyte at a time: never whole in memory per request


@dataclass(frozen=True)
class StoredFile:
    """A file of a package as the page answers with it: the page images with their bytes, the proof PDF without
    (read a chunk at a time with :func:`file_chunk`)."""

    id: int
    media_type: str
    sha256: str
    size: int
    data: bytes | None


def page_file(package: Package, page: int, viewed: bool = True) -> StoredFile:
    """A page image (1 …) or the proof PDF (0); a page shown is noted with its time (the receipt names it)."""
    size = pw.fn.length(PackageFile.data).alias("size")
    columns = [PackageFile.id, PackageFile.media_type, PackageFile.sha256, size]
    if page > 0:
        columns.append(PackageFile.data)
    row = PackageFile.select(*columns).where((PackageFile.package == package) & (PackageFile.page == page)).first()
    if row is None:
        raise NotFound(t("There is no such page."))
    if viewed:  # one statement, no transaction: the views of pages asked for side by side never wait on each other
        moment = now()
        PageView.insert(
            package=package, page=page, minute=moment.strftime("%Y-%m-%dT%H:%M"), at=moment
        ).on_conflict_ignore().execute()
    data = bytes(row.data) if page > 0 else None
    return StoredFile(row.id, row.media_type, row.sha256, int(row.size), data)


def page_count(package: Package) -> int:
    return PackageFile.select().where((PackageFile.package == package) & (PackageFile.page > 0)).count()


def file_chunk(file_id: int, offset: int, size: int = CHUNK) -> bytes:
    """``size`` bytes of a stored file from ``offset`` (fewer at its end; none once the package was forgotten).
    SQLite reads just those bytes through its incremental blob I/O (its ``substr`` would read the whole blob for
    every chunk); PostgreSQL's ``substr`` reads only the part of a value stored uncompressed (the portal's store
    keeps the files so)."""
    if isinstance(portal_db.obj, pw.SqliteDatabase):
        table = PackageFile._meta.table_name
        try:
            with portal_db.connection().blobopen(table, "data", file_id, readonly=True) as blob:
                blob.seek(offset)
                return bytes(blob.read(size))
        except sqlite3.Error:  # the row is gone: the package was forgotten meanwhile
            return b""
    row = (
        PackageFile.select(pw.fn.substr(PackageFile.data, offset + 1, size).alias("part"))
        .where(PackageFile.id == file_id)
        .first()
    )
    return bytes(row.part) if row is not None and row.part is not None else b""


@dataclass(frozen=True)
class Sheet:
    """A page the customer's page shows: its number (1 = the proof's first page), the proof's label for it, and
    the page of its colour warning (shown with it, on request), if it has one."""

    page: int
    label: str
    warning: int | None


def sheets_of(package: Package) -> list[Sheet]:
    """The pages to show, each side with its colour warning page beside it rather than as a page of its own."""
    count = page_count(package)
    labels: list[str] = json.loads(package.content).get("labels") or [""] * count
    warnings = colour_warning_pages(labels)
    shown_with_a_side = set(warnings.values())
    return [
        Sheet(index + 1, labels[index], warnings[index] + 1 if index in warnings else None)
        for index in range(count)
        if index not in shown_with_a_side
    ]


@dataclass(frozen=True)
class Decision:
    """What the customer sent from the page, as typed."""

    decision: str
    name: str
    strokes: str  # JSON: [[[x, y, pressure, t], …], …] in the pad's units (domain/signature.py)
    ticked: list[str]
    acknowledged: list[str]
    changes: str = ""
    reason: str = ""
    pins: str = "[]"  # JSON: [{"page": n, "x": 0…1, "y": 0…1, "text": "…"}, …] on the proof's pages (0: cover)


def _strokes(data: str) -> list[list[Point]]:
    """The pad's strokes in its units; anything else (NaN, objects, nesting) is one sentence."""
    import math

    def number(value: Any, low: float, high: float) -> float:
        x = float(value)
        if not math.isfinite(x):
            raise ValueError(value)
        return min(max(x, low), high)

    try:
        raw = json.loads(data or "[]", parse_constant=lambda name: (_ for _ in ()).throw(ValueError(name)))
        if not isinstance(raw, list):
            raise TypeError
        strokes = [
            [
                Point(
                    number(p[0], 0.0, 1000.0),
                    number(p[1], 0.0, 350.0),
                    number(p[2], 0.0, 1.0) if len(p) > 2 else 0.5,
                    number(p[3], 0.0, 1e9) if len(p) > 3 else 0.0,
                )
                for p in stroke[:5000]
            ]
            for stroke in raw[:200]
            if isinstance(stroke, list)
        ]
    except (ValueError, TypeError, IndexError, KeyError, RecursionError) as exc:
        raise UserError(t("The signature could not be read; please sign again.")) from exc
    return [s for s in strokes if s]


def _pins(data: str, pages: int) -> list[Mark]:
    try:
        raw = json.loads(data or "[]")
        marks = [
            Mark(
                kind=MarkKind.PIN,
                page=int(p["page"]),
                points=((float(p["x"]), float(p["y"])),),
                number=number,
                text=clean_text(str(p.get("text", "")), "text of a pin", required=True, max_len=300),
            )
            for number, p in enumerate(raw[:15], start=1)
        ]
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        raise UserError(t("The pins on the proof could not be read; please set them again.")) from exc
    return checked_marks(marks, pages)


def decide(
    package: Package,
    session: str,
    form: Decision,
    *,
    ip: str,
    user_agent: str,
    lang: str,
    key: Ed25519PrivateKey,
    timestamp_url: str = "",
) -> bytes:
    """Record the customer's decision and answer with the signed receipt (the link is used up by it). With a
    timestamp authority, the receipt is timestamped before the shop may pull it (:func:`stamp_receipt`)."""
    if form.decision not in DECISIONS:
        raise UserError(t("Please choose your decision."))
    name = clean_line(form.name, "your name", required=True, max_len=200)
    strokes = _strokes(form.strokes)
    check_signature(strokes)
    changes = clean_text(form.changes, "list of changes", max_len=5000)
    reason = clean_text(form.reason, "reason", max_len=2000)
    with writing():
        package = check_open(_locked(package.id))
        if not has_session(package, session):
            raise UserError(t("Please confirm the code from your e-mail first."))
        texts = texts_of(package, lang)
        pages = PackageFile.select().where(PackageFile.package == package).order_by(PackageFile.page)
        pins = _pins(form.pins, page_count(package))
        approving = form.decision in ("approve", "approve_changes")
        keys = [k for k, _ in texts.checklist]
        if approving and not all(k in form.ticked for k in keys):
            raise UserError(t("Please tick every point of the checklist before you approve."))
        finding_keys = [k for keys_, _ in texts.findings for k in keys_]
        if approving and not all(k in form.acknowledged for k in finding_keys):
            raise UserError(t("Please acknowledge every finding before you approve."))
        if form.decision == "approve" and (changes or pins):
            raise UserError(t("Changes belong to “approve with changes” or “request changes”."))
        if form.decision in ("approve_changes", "changes") and not changes and not pins:
            raise UserError(t("Please write down the changes, or set a pin on the proof with a text."))
        if form.decision == "decline" and not reason:
            raise UserError(t("Please say why you decline the proof."))
        receipt = {
            "ref": package.ref,
            "token_sha256": package.token_hash,
            "order": package.order_number,
            "version": package.version,
            "proof_sha256": package.proof_sha256,
            "pages": [{"page": f.page, "sha256": f.sha256} for f in pages],
            "email": package.email,
            "code_sent_at": _iso(package.code_sent_at),
            "code_confirmed_at": _iso(package.confirmed_at),
            "created_at": _iso(package.created_at),
            "opened_at": _iso(package.opened_at),
            "views": [
                [v.page, _iso(v.at)] for v in PageView.select().where(PageView.package == package).order_by(PageView.id)
            ],
            "decided_at": _iso(now()),
            "ip": ip[:100],
            "user_agent": user_agent[:500],
            "language": lang,
            "decision": form.decision,
            "name": name,
            "checklist": {k: k in form.ticked for k in keys},
            "acknowledged": [k for k in finding_keys if k in form.acknowledged],
            "changes": changes,
            "reason": reason,
            "pins": [
                {"page": m.page, "x": m.points[0][0], "y": m.points[0][1], "number": m.number, "text": m.text}
                for m in pins
            ],
            "strokes": json.loads(strokes_to_json(strokes)),
        }
        signed = sign_receipt(key, receipt)
        state = "stamping" if timestamp_url else "decided"
        Package.update(decided_at=now(), receipt=signed.decode()).where(Package.id == package.id).execute()
        _forget(Package.get_by_id(package.id), state)  # the pages and the address go now: the receipt holds hashes
    scrub_files()
    if timestamp_url:
        signed = stamp_receipt(package.id, signed, timestamp_url)
    return signed


def stamp_receipt(package_id: int, signed: bytes, url: str) -> bytes:
    """The receipt with the authority's token over its signature (which binds its every word): proof, from
    outside the portal and the shop, that the decision was signed no later than the authority's time. The request
    runs outside any transaction; an authority that does not answer leaves the receipt as signed (logged)."""
    outer = json.loads(signed)
    try:
        token = tsa.request_token(url, base64.b64decode(outer["signature"]))
    except Exception as exc:  # noqa: BLE001 - urllib, TLS, the authority's refusal: the receipt still holds
        log.warning("the receipt was not timestamped: %s", type(exc).__name__)
    else:
        outer["timestamp"] = base64.b64encode(token).decode()
        signed = canonical(outer)
    with writing():
        Package.update(state="decided", receipt=signed.decode()).where(
            (Package.id == package_id) & (Package.state == "stamping")
        ).execute()
    return signed
