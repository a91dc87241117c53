"""Complaints by link (issue 25): the complaints made through the link a customer's copy carries, pulled back from
the shop's portal.

A copy made while the shop is paired with a portal carries the order's link (``evidence.copies.link_for_copy``: a
token printed on the copy; only its SHA-256 is kept here and pushed to the portal). The customer opens it on a
phone, says what is wrong and adds photos; ``sync`` (run with the approvals' sync: every minute while a window is
open, and by ``printproof portal sync``) pulls each complaint, checks the portal's signed receipt against the
paired portal's key, the link and the photos' SHA-256, and records it as a complaint in the customer's words with
those photos — its case number, answer date and acknowledgement as for one recorded at the counter. A complaint
the order cannot take now (not handed over yet, or with an open complaint) is kept as a problem for the owner,
with its receipt.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ...domain.enums import DisputeCategory, OrderStatus, Role
from ...domain.errors import Conflict, NotFound, UserError
from ...domain.i18n import speaking, t
from ...domain.receipts import read_receipt
from ...store.blobs import put_blob
from ...store.db import write
from ...store.models import ComplaintLink, Order
from ...store.settings import get_setting
from ..core.context import Actor, require
from .portal_client import PortalDown, _call, fetch_bytes


@dataclass
class ComplaintSync:
    sent: int = 0
    recorded: list[str] = field(default_factory=list)  # case numbers of the complaints recorded
    problems: list[str] = field(default_factory=list)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def sync(actor: Actor) -> ComplaintSync:
    """Send the links that waited, then pull each complaint made through one and record it."""
    require(actor, action="sync with the portal")
    report = ComplaintSync()
    if not get_setting("portal.url"):
        return report
    try:
        _send_waiting(report)
        if ComplaintLink.select().where(ComplaintLink.state == "open").exists():
            _pull(actor, report)
    except PortalDown as exc:
        report.problems.append(str(exc))
    return report


def _send_waiting(report: ComplaintSync) -> None:
    shop = str(get_setting("shop.name") or "")
    for link in ComplaintLink.select().where(ComplaintLink.state == "queued").order_by(ComplaintLink.id):
        order = link.order
        if order.erased_at is not None:
            ComplaintLink.update(state="withdrawn").where(ComplaintLink.id == link.id).execute()
            continue
        try:
            _push(link, order, shop)
        except PortalDown:
            raise
        except UserError as exc:  # refused by the portal (a link it holds already): said, tried again next time
            report.problems.append(f"{order.number}: {exc}")
            continue
        ComplaintLink.update(state="open").where(ComplaintLink.id == link.id).execute()
        report.sent += 1


def _push(link: ComplaintLink, order: Order, shop: str) -> None:
    from ..core.shop import customer_language

    _call(
        "POST",
        "/api/complaints",
        {
            "ref": link.ref,
            "token_sha256": link.token_hash,
            "order": order.number,
            "product": order.product,
            "shop": shop,
            "language": customer_language(order),
            "expires_at": _iso(link.expires_at),
        },
    )


def _pull(actor: Actor, report: ComplaintSync) -> None:
    _withdraw_erased()
    answer = _call("GET", "/api/complaints")
    ours = {link.ref: link for link in ComplaintLink.select().where(ComplaintLink.state == "open")}
    for seen in answer.get("links", []):
        if not isinstance(seen, dict) or str(seen.get("ref")) not in ours:
            continue
        link = ours[str(seen["ref"])]
        if seen.get("state") == "expired":
            ComplaintLink.update(state="expired").where(ComplaintLink.id == link.id).execute()
        elif seen.get("state") == "received" and seen.get("receipt"):
            try:
                _record(actor, link, seen, report)
            except PortalDown:
                raise
            except UserError as exc:  # e.g. another workstation pulled it meanwhile (its photos are gone)
                report.problems.append(f"{link.order.number}: {exc}")


def _withdraw_erased() -> None:
    """An order whose personal data was erased takes no complaint by link any more: its links end, here and on
    the portal (which forgets what a complaint there held)."""
    erased = (
        ComplaintLink.select()
        .join(Order)
        .where(ComplaintLink.state.in_(("open", "queued")) & Order.erased_at.is_null(False))
    )
    for link in erased:
        if link.state == "open":
            try:
                _call("POST", f"/api/complaints/{link.ref}/withdraw", {})
            except NotFound:
                pass  # the portal forgot it already
        ComplaintLink.update(state="withdrawn").where(ComplaintLink.id == link.id).execute()


def _told(link: ComplaintLink) -> None:
    """Let the portal forget the complaint recorded here (its words and photos)."""
    try:
        _call("POST", f"/api/complaints/{link.ref}/pulled", {})
    except (NotFound, Conflict):
        pass  # told already (a second workstation), or the portal forgot it: recorded here either way


def check_receipt(link: ComplaintLink, data: bytes, photos: list[bytes]) -> dict[str, Any]:
    """The complaint's receipt once it is signed by the paired portal and speaks of this link and these photos."""
    receipt = read_receipt(data, str(get_setting("portal.public_key") or ""))
    expected = {"subject": "complaint", "ref": link.ref, "token_sha256": link.token_hash, "order": link.order.number}
    named = [p.get("sha256") for p in receipt.get("photos", []) if isinstance(p, dict)]
    if any(receipt.get(k) != v for k, v in expected.items()) or named != [
        hashlib.sha256(p).hexdigest() for p in photos
    ]:
        raise UserError(
            t(
                "The portal's receipt of a complaint does not match the link of {number}; nothing was recorded.",
                number=link.order.number,
            )
        )
    return receipt


def _record(actor: Actor, link: ComplaintLink, seen: dict[str, Any], report: ComplaintSync) -> None:
    from ...domain.rules import Step, can, refusal
    from ...store.models import ComplaintCase
    from ..core.shop import customer_language
    from .disputes import Photo, open_dispute

    number = link.order.number
    data = str(seen["receipt"]).encode()
    digest = hashlib.sha256(data).hexdigest()
    if link.dispute_id is not None and link.receipt_id == digest:
        # Recorded by an earlier sync whose word to the portal was lost (or by another workstation): told now.
        _told(link)
        return
    status = OrderStatus(link.order.status)
    if not can(status, Step.COMPLAINT):
        # The order cannot take a complaint now (not handed over yet, or one is open): kept for the owner once,
        # tried again when the order moves on; its photos are not fetched every minute meanwhile.
        if link.receipt_id != digest:
            why = refusal(status, Step.COMPLAINT, number=number)
            _keep_problem(link, data, why)
            report.problems.append(f"{number}: {why}")
        return
    try:
        photos = [
            _photo(link.ref, int(p["number"]))
            for p in seen.get("photos", [])
            if isinstance(p, dict) and isinstance(p.get("number"), int)
        ]
        receipt = check_receipt(link, data, photos)
        names = [str(p.get("name", "")) for p in receipt.get("photos", [])]
        words = str(receipt.get("words", ""))
        if receipt.get("name"):
            with speaking(customer_language(link.order)):  # in the customer's words, in their language
                words = t("{words}\n\n(sent by link by {name})", words=words, name=receipt["name"])
        category = str(receipt.get("category", ""))
        if category not in {c.value for c in DisputeCategory}:
            raise UserError(t("The portal's receipt names no kind of complaint; nothing was recorded."))
        with write():  # the complaint and the link that brought it, in one transaction
            dispute = open_dispute(
                actor,
                number,
                DisputeCategory(category),
                words,
                [
                    Photo(name or f"photo-{i + 1}.jpg", photo)
                    for i, (name, photo) in enumerate(zip(names, photos, strict=True))
                ],
            )
            blob = put_blob(data, "application/json").sha256
            ComplaintLink.update(dispute=dispute.id, receipt=blob, problem="").where(
                ComplaintLink.id == link.id
            ).execute()
    except PortalDown:
        raise
    except UserError as exc:
        _keep_problem(link, data, str(exc))
        report.problems.append(f"{number}: {exc}")
        return
    try:
        _told(link)
    except PortalDown:
        pass  # recorded here; the next sync finds the same receipt recorded and tells the portal then
    case = ComplaintCase.get_by_id(dispute.id).number
    report.recorded.append(case)
    address = str(link.order.customer.email or "")
    if address and get_setting("smtp.host"):  # the acknowledgement at once, as the counter offers it
        from .complaint_cases import send_acknowledgement

        try:
            send_acknowledgement(actor, dispute.id, address)
        except UserError as exc:
            report.problems.append(f"{case}: {exc}")


def _keep_problem(link: ComplaintLink, data: bytes, problem: str) -> None:
    """Keep a complaint that could not be recorded (its receipt, why) for the owner — unless another workstation
    recorded this very receipt meanwhile, or the order's personal data was erased."""
    digest = hashlib.sha256(data).hexdigest()
    with write():
        fresh = ComplaintLink.get_by_id(link.id)
        if (fresh.dispute_id is not None and fresh.receipt_id == digest) or fresh.order.erased_at is not None:
            return
        blob = put_blob(data, "application/json").sha256
        ComplaintLink.update(problem=problem, receipt=blob).where(ComplaintLink.id == link.id).execute()
        link.problem = problem


def _photo(ref: str, number: int) -> bytes:
    return fetch_bytes(f"/api/complaints/{ref}/photos/{number}", 30_000_000)


@dataclass(frozen=True)
class Waiting:
    """A complaint by link that could not be recorded yet: the order, and why (its receipt is kept)."""

    order: str
    problem: str


def waiting(actor: Actor) -> list[Waiting]:
    """The complaints by link that wait for the owner (the order could not take them when they came)."""
    require(actor, Role.OWNER, action="see the complaints by link that could not be recorded")
    rows = ComplaintLink.select().where(
        (ComplaintLink.problem != "") & (ComplaintLink.state == "open") & ComplaintLink.receipt.is_null(False)
    )
    return [Waiting(link.order.number, link.problem) for link in rows.order_by(ComplaintLink.id)]
