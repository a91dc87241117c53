"""Every fact a dispute at pickup turns on, read for the pickup screen in one go (plain data).

The customer says "not what I asked for", "I never approved", "the blue is darker", "there are too few", "it was
late"… — the answer to each is on record: the checklist as ticked and the terms as shown, the findings the customer
acknowledged, the press profile the proof simulated, every hand-over with its own signature, every complaint with
its photos and the owner's decision, the due date beside the times the order moved on, the copies the customer
was given. :func:`order_facts` reads them for an order found through :func:`orders.find_order`.
"""

from __future__ import annotations

import collections
import functools
import json
import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from ...domain.i18n import LANGUAGES
from ...domain.texts import tr
from ...store.blobs import blob_bytes
from ...store.models import (
    Approval,
    AuditEvent,
    CustomerCopy,
    Dispute,
    DisputeDecision,
    DisputePhoto,
    Order,
    Pickup,
    Proof,
)
from ...store.rows import tuples
from ..proofing.acknowledgements import acknowledged_items

PHOTO_THUMBNAIL_PX = 900  # a phone photo, upright, as large as the pickup screen can show it


@dataclass(frozen=True)
class HandoverFacts:
    """One hand-over: who collected, who handed over, when, and the receipt's own signature."""

    pickup_id: int
    collected_by: str
    staff: str
    workstation: str
    at: datetime
    signature_png: bytes | None
    quantity: int  # pieces handed over (the whole order for a hand-over recorded before schema 9)
    condition: str = ""  # how the goods were handed over, when the counter noted it


@dataclass(frozen=True)
class DecisionFacts:
    """The owner's decision on a complaint."""

    matches_approval: str  # "yes" / "no" / "partly"
    outcome: str
    reason: str
    by: str
    at: datetime
    amount_cents: int | None = None  # a discount's or refund's amount (schema 14)


@dataclass(frozen=True)
class ComplaintFacts:
    """One complaint: the customer's words, the photos of what was delivered (upright), the decision if any."""

    dispute_id: int
    category: str
    words: str
    staff: str
    at: datetime
    photos: list[bytes]  # upright JPEGs
    decision: DecisionFacts | None


@dataclass(frozen=True)
class CopyGiven:
    """A copy the customer was given: when, how (printed A4, receipt, e-mail), of which record."""

    at: datetime
    channel: str
    record: str  # "approval", "pickup", "dispute_decision"


@dataclass(frozen=True)
class OrderFacts:
    """What the pickup screen shows beside the approved proof (see the module's docstring)."""

    checklist: list[tuple[str, bool]] = field(default_factory=list)  # as ticked, in the words shown
    terms: str = ""  # exactly as shown when the customer decided
    acknowledged: list[tuple[str, bool]] = field(default_factory=list)  # findings, in the words shown
    told_of: bool = False  # a paper, e-mail or phone approval: the customer was told of the findings
    press_profile: str = ""  # the press profile the approved proof simulated
    frozen_since: datetime | None = None  # the artwork is frozen since the approval
    due: date | None = None
    times: list[tuple[str, datetime]] = field(default_factory=list)  # (status reached, when), in order
    handovers: list[HandoverFacts] = field(default_factory=list)
    ordered: int = 0  # the quantity ordered
    handed_over: int = 0  # pieces taken so far (since a reprint at the shop's cost)
    still_open: int = 0  # what the next hand-over may give (:func:`still_open`)
    complaints: list[ComplaintFacts] = field(default_factory=list)
    copies: list[CopyGiven] = field(default_factory=list)
    first_page: int = 1  # the proof page to open on: the first side, or the side of the first acknowledged finding

    def late_by(self, now: datetime) -> timedelta | None:
        """How late the order was (handed over after the due day), or is (not handed over, the day past)."""
        if self.due is None:
            return None
        handed = next((at for status, at in self.times if status == "picked_up"), None)
        # The due day ends at midnight where the shop is; the times are stored in UTC.
        end_of_due = datetime.combine(self.due, datetime.max.time()).astimezone(UTC).replace(tzinfo=None)
        ready = next((at for status, at in self.times if status == "ready"), None)
        moment = ready or handed or now  # the shop is late when the order was not ready by the due day
        return moment - end_of_due if moment > end_of_due else None


def handed_over(order: Order) -> int:
    """How many pieces of ``order`` the customer has taken so far (a hand-over recorded before schema 9 took the
    whole order), of the approval that stands now. A reprint at the shop's cost is delivered anew: only the
    hand-overs after that decision count."""
    from ...domain.enums import DisputeOutcome
    from ..proofing.proofs import active_approval

    reprint = (
        DisputeDecision.select(DisputeDecision.created_at)
        .join(Dispute)
        .where((Dispute.order == order.id) & (DisputeDecision.outcome == DisputeOutcome.REPRINT_SHOP_COST.value))
        .order_by(DisputeDecision.id.desc())
        .first()
    )
    standing = active_approval(order)
    if standing is None:
        return 0  # nothing can have been handed over of what stands now (a voided approval's parts do not count)
    # Only what was handed over of the approval that stands now: after a void or a new proof the goods are new.
    query = Pickup.select(Pickup.quantity).where((Pickup.order == order.id) & (Pickup.approval == standing.id))
    if reprint is not None:
        query = query.where(Pickup.created_at > reprint.created_at)
    return sum(order.quantity if q is None else q for (q,) in tuples(query))


def still_open(order: Order) -> int:
    """The pieces still to be handed over: all not yet taken — or all of them again when everything was taken and
    the goods came back with a complaint (handed over anew)."""
    open_now = order.quantity - handed_over(order)
    return open_now if open_now > 0 else order.quantity


def order_facts(order: Order, approval: Approval | None) -> OrderFacts:
    """The facts of ``order`` (found and checked by the caller) and of its standing ``approval``."""
    names = _staff_names()
    copies = [
        CopyGiven(c.created_at, c.channel, c.subject.partition(":")[0])
        for c in CustomerCopy.select().where(CustomerCopy.order == order).order_by(CustomerCopy.id)
    ]
    common = {
        "due": order.due,
        "times": _times(order),
        "handovers": _handovers(order, names),
        "ordered": order.quantity,
        "handed_over": handed_over(order),
        "still_open": still_open(order),
        "complaints": _complaints(order, names),
        "copies": copies,
    }
    if approval is None:
        return OrderFacts(**common)  # type: ignore[arg-type]
    return OrderFacts(
        checklist=[(str(i["label"]), bool(i["checked"])) for i in json.loads(approval.checklist or "[]")],
        terms=approval.terms,
        acknowledged=acknowledged_items(approval),
        told_of=approval.method not in ("on_screen", "link"),
        press_profile=simulated_profile(approval.proof),
        frozen_since=approval.created_at,
        first_page=finding_page(approval),
        **common,  # type: ignore[arg-type]
    )


def finding_page(approval: Approval) -> int:
    """The proof page of the side of the first finding the customer acknowledged ("the photo is blurry": the
    100-ppi side, where the customer ticked the note), else the first side. A side whose colours change in print
    is followed by its colour-warning page."""
    from ...store.models import Artwork

    sides = [int(s) for item in json.loads(approval.acknowledged or "[]") for s in item.get("sides", [])]
    if not sides:
        return 1
    shown = [int(i) for i in json.loads(approval.proof.artwork_ids or "[]")]
    marked = dict(tuples(Artwork.select(Artwork.id, Artwork.marked).where(Artwork.id.in_(shown))))
    wanted = min(sides)
    return 1 + sum(1 + (1 if marked.get(i) else 0) for i in shown[:wanted])


def simulated_profile(proof: Proof) -> str:
    """The press profile a proof's pages say they simulate ("Colours simulated for …"), read from the PDF once
    per proof file (the pickup screen asks on every look-up and every half-minute refresh)."""
    return _simulated_profile(proof.pdf_id, proof.language)


@functools.lru_cache(maxsize=256)
def _simulated_profile(pdf_sha256: str, language: str) -> str:
    import pypdfium2 as pdfium

    patterns = []
    for lang in dict.fromkeys([language, *LANGUAGES]):
        template = re.escape(tr(lang, "simulated_for", profile="\x00"))
        patterns.append(re.compile(template.replace("\x00", r"(.+?)\s*$"), re.MULTILINE))
    from ..proofing.markup import PDFIUM_LOCK

    data = blob_bytes(pdf_sha256)
    with PDFIUM_LOCK:  # the pickup screen's reads and the 30-second refresh may overlap other pdfium work
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError:
            return ""
        try:
            for index in range(1, min(len(pdf), 4)):  # the first side's page says it
                text = pdf[index].get_textpage().get_text_range()
                for pattern in patterns:
                    found = pattern.search(text)
                    if found and found.group(1).strip() not in ("", "–"):
                        return found.group(1).strip()
        finally:
            pdf.close()
    return ""


def _staff_names() -> dict[int, str]:
    from ...store.models import Staff

    return {i: n for i, n in tuples(Staff.select(Staff.id, Staff.name))}


def _times(order: Order) -> list[tuple[str, datetime]]:
    """When the order was taken and when it first reached each later state, from the audit chain."""
    times = [("draft", order.created_at)]
    seen = {"draft"}
    query = (
        AuditEvent.select(AuditEvent.payload, AuditEvent.created_at)
        .where((AuditEvent.order == order) & (AuditEvent.kind == "order.status"))
        .order_by(AuditEvent.seq)
    )
    for payload, at in tuples(query):
        status = str(json.loads(payload).get("to", ""))
        if status and status not in seen:
            seen.add(status)
            times.append((status, at))
    return times


def _handovers(order: Order, names: dict[int, str]) -> list[HandoverFacts]:
    return [
        HandoverFacts(
            p.id,
            p.customer_name,
            names.get(p.staff_id, ""),
            p.workstation,
            p.created_at,
            blob_bytes(p.signature_image_id) if p.signature_image_id else None,
            order.quantity if p.quantity is None else p.quantity,
            p.condition,
        )
        for p in Pickup.select().where(Pickup.order == order).order_by(Pickup.id)
    ]


_THUMBNAILS: collections.OrderedDict[tuple[str, int], bytes] = collections.OrderedDict()
_THUMBNAILS_LOCK = threading.Lock()


def _thumbnail(sha256: str, data: bytes) -> bytes:
    """A complaint photo upright and small, decoded once per photo (keyed by its hash and its stored length: an
    erased photo, whose bytes are gone, is never answered from here)."""
    from ..artwork.imaging import upright_jpeg

    if not data:
        return b""  # an erased photo: nothing to show
    key = (sha256, len(data))
    with _THUMBNAILS_LOCK:
        if key in _THUMBNAILS:
            _THUMBNAILS.move_to_end(key)
            return _THUMBNAILS[key]
    small = upright_jpeg(data, PHOTO_THUMBNAIL_PX)
    with _THUMBNAILS_LOCK:
        _THUMBNAILS[key] = small
        while len(_THUMBNAILS) > 64:
            _THUMBNAILS.popitem(last=False)
    return small


def _complaints(order: Order, names: dict[int, str]) -> list[ComplaintFacts]:
    found = []
    for d in Dispute.select().where(Dispute.order == order).order_by(Dispute.id):
        decision = d.decisions.order_by(DisputeDecision.id.desc()).first()
        photos = [
            _thumbnail(p.blob_id, blob_bytes(p.blob_id))
            for p in DisputePhoto.select().where(DisputePhoto.dispute == d).order_by(DisputePhoto.position)
        ]
        found.append(
            ComplaintFacts(
                d.id,
                d.category,
                d.customer_words,
                names.get(d.staff_id, ""),
                d.created_at,
                photos,
                DecisionFacts(
                    decision.matches_approval,
                    decision.outcome,
                    decision.reason,
                    names.get(decision.staff_id, ""),
                    decision.created_at,
                    decision.amount_cents,
                )
                if decision is not None
                else None,
            )
        )
    return found


@dataclass(frozen=True)
class ScannedVersion:
    """A code of a proof version that is not the approved one, and what became of that version."""

    version: int
    fate: str  # "changes_requested", "voided", "superseded", "awaiting"
    fate_at: datetime | None
    approved_version: int | None
    approved_at: datetime | None
    paper: str = "proof"  # what was scanned: "proof" (or certificate) or "ticket" (a job ticket of that version)


def scanned_version(text: str, order: Order, approval: Approval | None) -> ScannedVersion | None:
    """What became of the proof version a scanned code names, when it is not the one approved now (the customer
    shows a printout of version 1: "superseded by version 2, approved on …")."""
    from ...domain.codes import read_code
    from ...store.models import ApprovalVoid

    code = read_code(text)
    version = code.version if code is not None else None
    if version is None and code is not None and code.kind == "approval" and code.record_sha256:
        from ...store.sealed import resealed_hash

        # A certificate printed before schema 5 carries the approval's hash from before the reseal.
        hashes = [code.record_sha256, resealed_hash("approval", code.record_sha256) or code.record_sha256]
        named = Approval.select().where((Approval.order == order) & (Approval.content_sha256.in_(hashes))).first()
        version = named.proof.version if named is not None else None
    if version is None or (approval is not None and approval.proof.version == version):
        return None
    records = list(
        Approval.select()
        .join(Proof)
        .where((Approval.order == order) & (Proof.version == version))
        .order_by(Approval.id)
    )
    void = (
        ApprovalVoid.select()
        .where(ApprovalVoid.approval.in_([a.id for a in records]))
        .order_by(ApprovalVoid.id)
        .first()
        if records
        else None
    )
    newer = Proof.select().where((Proof.order == order) & (Proof.version > version)).order_by(Proof.version).first()
    if void is not None:
        fate, at = "voided", void.created_at
    elif records and records[-1].decision == "changes_requested":
        fate, at = "changes_requested", records[-1].created_at
    elif newer is not None:
        fate, at = "superseded", newer.created_at
    else:
        fate, at = "awaiting", None
    return ScannedVersion(
        version,
        fate,
        at,
        approval.proof.version if approval is not None else None,
        approval.created_at if approval is not None else None,
        "ticket" if code is not None and code.kind == "ticket" else "proof",
    )
