"""Complaints by link (issue 25): the way to complain printed on a customer's copy, for every caller.

The shop pushes a link (the SHA-256 of a random token printed on the copy, the order's number, the shop's name,
the product, the customer's language). The customer opens it on a phone, says what is wrong in their words,
picks the kind of problem and adds photos of what was delivered; the portal keeps the complaint with a receipt
it signs (the words, the photos' SHA-256, the time) until the shop pulls it, then forgets all of it but the
state. The link takes one complaint; the copy's link serves again once the shop has pulled it (a second
complaint about the same delivery reaches the shop the same way).
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image

from ..domain.enums import DisputeCategory
from ..domain.errors import Conflict, NotFound, UserError
from ..domain.i18n import LANGUAGES, t
from ..domain.receipts import sign_receipt
from ..domain.typed_text import clean_filename, clean_line, clean_text
from .approvals import _hex, _iso, _time, now, sha256
from .store import ComplaintLink, ComplaintPhoto, PortalShop, scrub_files, writing

MAX_PHOTOS = 6
MAX_PHOTO = 15_000_000  # a phone's photo at full size (most are 2–8 MB)
MAX_FORM = 45_000_000  # the whole form: a few full-size photos; parsing it takes a few times this in memory
UPLOADS_AT_ONCE = 2  # forms with photos read and parsed at the same time (the rest wait): memory stays bounded
MAX_PIXELS = 120_000_000
KEPT_UNPULLED = timedelta(days=60)  # a complaint the shop never pulled is forgotten after this
MAX_WORDS = 4500  # the app keeps 5,000 characters of a complaint's words; the sender's name goes with them


@dataclass(frozen=True)
class Photo:
    name: str
    data: bytes


def push_link(shop: PortalShop, body: dict[str, Any]) -> ComplaintLink:
    """Take a complaint link from a paired shop (sent again after a timeout: the same link, kept once)."""
    ref = _hex(body.get("ref"), "reference", 32)
    token_hash = _hex(body.get("token_sha256"), "link")
    held = ComplaintLink.get_or_none(ComplaintLink.ref == ref)
    if held is not None:
        if held.shop.id != shop.id or held.token_hash != token_hash:
            raise Conflict(t("The portal already holds this link."))
        return held
    if ComplaintLink.select().where(ComplaintLink.token_hash == token_hash).exists():
        raise Conflict(t("The portal already holds this link."))
    language = str(body.get("language", ""))
    content = {
        "shop": clean_line(str(body.get("shop", "")), "shop name", required=True, max_len=200),
        "product": clean_line(str(body.get("product", "")), "product", max_len=200),
        "language": language if language in LANGUAGES else "de",
    }
    with writing():
        return ComplaintLink.create(
            shop=shop,
            ref=ref,
            token_hash=token_hash,
            order_number=clean_line(str(body.get("order", "")), "order number", required=True, max_len=40),
            content=json.dumps(content, ensure_ascii=False),
            created_at=now(),
            expires_at=_time(body.get("expires_at")),
        )


def _own(shop: PortalShop, ref: str) -> ComplaintLink:
    link = ComplaintLink.get_or_none((ComplaintLink.ref == ref) & (ComplaintLink.shop == shop))
    if link is None:
        raise NotFound(t("The portal holds no such complaint link."))
    return link


def states(shop: PortalShop) -> list[dict[str, Any]]:
    """The shop's complaint links: state, and each complaint not yet pulled with its receipt and photos' names."""
    forget_due()
    rows = ComplaintLink.select().where(ComplaintLink.shop == shop).order_by(ComplaintLink.id)
    found = []
    for link in rows:
        entry: dict[str, Any] = {"ref": link.ref, "state": link.state, "received_at": _iso(link.received_at)}
        if link.state == "received":
            entry["receipt"] = link.receipt
            entry["photos"] = [
                {"number": p.number, "sha256": p.sha256}
                for p in ComplaintPhoto.select(ComplaintPhoto.number, ComplaintPhoto.sha256)
                .where(ComplaintPhoto.link == link)
                .order_by(ComplaintPhoto.number)
            ]
        found.append(entry)
    return found


def photo(shop: PortalShop, ref: str, number: int) -> bytes:
    """The bytes of photo ``number`` of a complaint not yet pulled."""
    link = _own(shop, ref)
    found = ComplaintPhoto.get_or_none((ComplaintPhoto.link == link) & (ComplaintPhoto.number == number))
    if found is None or link.state != "received":
        raise NotFound(t("The portal holds no such photo."))
    return bytes(found.data)


def pulled(shop: PortalShop, ref: str) -> None:
    """The shop recorded the complaint: its words and photos go, the link takes the next complaint."""
    with writing():
        link = _own(shop, ref)
        if link.state != "received":
            raise Conflict(t("The link holds no complaint to pull."))
        _forget(link, "open" if link.expires_at > now() else "expired")
    scrub_files()


def _forget(link: ComplaintLink, state: str) -> None:
    ComplaintPhoto.delete().where(ComplaintPhoto.link == link).execute()
    content = json.loads(link.content or "{}")
    kept = {k: content[k] for k in ("shop", "product", "language") if k in content}
    ComplaintLink.update(state=state, receipt="", content=json.dumps(kept, ensure_ascii=False)).where(
        ComplaintLink.id == link.id
    ).execute()


def forget_due() -> int:
    """Links past their time end; a complaint the shop never pulled is forgotten after 60 days."""
    with writing():
        ended = (
            ComplaintLink.update(state="expired")
            .where((ComplaintLink.state == "open") & (ComplaintLink.expires_at <= now()))
            .execute()
        )
        stale = list(
            ComplaintLink.select().where(
                (ComplaintLink.state == "received") & (ComplaintLink.received_at <= now() - KEPT_UNPULLED)
            )
        )
        for link in stale:
            _forget(link, "expired")
    if stale:
        scrub_files()
    return int(ended) + len(stale)


# --- the customer's side -----------------------------------------------------------------------------------------


def by_token(token: str) -> ComplaintLink | None:
    if not token or len(token) > 100:
        return None
    return ComplaintLink.get_or_none(ComplaintLink.token_hash == sha256(token))


def check_open(link: ComplaintLink | None) -> ComplaintLink:
    """The link, when it takes a complaint now; else one sentence why not."""
    if link is None:
        raise NotFound(t("This link is not known. Please check it, or ask the shop."))
    if link.state == "received":
        raise Conflict(
            t("Your complaint has been received; the shop answers you. Please contact the shop for anything more.")
        )
    if link.state == "expired" or link.expires_at <= now():
        raise Conflict(t("This link is no longer valid. Please contact the shop."))
    return link


def shown(link: ComplaintLink) -> dict[str, str]:
    """What the page names: the shop, the order, the product, the customer's language."""
    content = json.loads(link.content or "{}")
    return {
        "shop": str(content.get("shop", "")),
        "order": link.order_number,
        "product": str(content.get("product", "")),
        "language": str(content.get("language", "de")),
    }


def _checked_photos(photos: list[Photo]) -> list[Photo]:
    if len(photos) > MAX_PHOTOS:
        raise UserError(t("At most {count} photos can be sent with a complaint.", count=MAX_PHOTOS))
    kept = []
    for number, sent in enumerate(photos, start=1):
        name = clean_filename(sent.name, f"photo-{number}.jpg")
        if len(sent.data) > MAX_PHOTO:
            raise UserError(t("The photo “{name}” is too large (at most 15 MB).", name=name))
        refused = UserError(t("“{name}” is not a photo this page takes (JPEG or PNG).", name=name))
        try:  # the formats the shop's app takes for a complaint's photo, decoded whole (a damaged one is refused)
            with Image.open(io.BytesIO(sent.data)) as image:
                if image.format not in ("JPEG", "PNG") or image.width * image.height > MAX_PIXELS:
                    raise refused
                image.load()
        except UserError:
            raise
        except Exception:  # noqa: BLE001 - Pillow's decoders raise many kinds (SyntaxError for a bad PNG chunk)
            raise refused from None
        kept.append(Photo(name, sent.data))
    return kept


def receive(
    link: ComplaintLink,
    *,
    category: str,
    words: str,
    name: str,
    photos: list[Photo],
    ip: str,
    user_agent: str,
    key: Ed25519PrivateKey,
) -> bytes:
    """Keep the customer's complaint and sign its receipt (what the shop's app checks); one sentence when a field
    is wrong, and nothing kept."""
    if category not in {c.value for c in DisputeCategory}:
        raise UserError(t("Please choose what the complaint is about."))
    words = clean_text(words, "description", required=True, max_len=MAX_WORDS)
    name = clean_line(name, "name", max_len=200)
    photos = _checked_photos(photos)
    received = now()
    with writing():
        link = check_open(ComplaintLink.get_by_id(link.id))
        # Taken by exactly one complaint: a second one sent at the same moment (another thread, another portal
        # process on PostgreSQL) finds the link taken and is refused before anything of it is kept.
        taken = (
            ComplaintLink.update(state="received")
            .where((ComplaintLink.id == link.id) & (ComplaintLink.state == "open"))
            .execute()
        )
        if not taken:
            raise Conflict(
                t("Your complaint has been received; the shop answers you. Please contact the shop for anything more.")
            )
        receipt = {
            "subject": "complaint",
            "ref": link.ref,
            "token_sha256": link.token_hash,
            "order": link.order_number,
            "category": category,
            "words": words,
            "name": name,
            "photos": [{"name": p.name, "sha256": sha256(p.data)} for p in photos],
            "received_at": _iso(received),
            "ip": ip,
            "user_agent": user_agent[:300],
        }
        signed = sign_receipt(key, receipt)
        for number, sent in enumerate(photos, start=1):
            ComplaintPhoto.create(link=link, number=number, name=sent.name, sha256=sha256(sent.data), data=sent.data)
        content = {**json.loads(link.content or "{}"), "category": category, "words": words, "name": name}
        ComplaintLink.update(
            state="received",
            received_at=received,
            receipt=signed.decode(),
            content=json.dumps(content, ensure_ascii=False),
        ).where(ComplaintLink.id == link.id).execute()
    return signed


def withdraw(shop: PortalShop, ref: str) -> None:
    """The shop takes a link back (the order's personal data was erased): it ends, and what it held goes."""
    with writing():
        _forget(_own(shop, ref), "expired")
    scrub_files()
