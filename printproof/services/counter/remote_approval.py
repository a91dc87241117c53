"""Approval from anywhere (issue 24): a proof version sent by link through the shop's portal, and the customer's
decision pulled back and sealed like one made at the counter.

The app talks to the portal; the portal never reaches into the shop. ``send_for_approval`` renders the page
images once, pushes the package (the proof, its pages, the texts in both languages, the address the code goes
to, the SHA-256 of a fresh random token) and e-mails the customer the link. ``sync`` — run by the window every
minute and by ``printproof portal sync`` — sends what waited for the portal, takes back links that no longer
stand (a newer version, the order moved on), reads the states, sends the one reminder, and pulls each decision:
the portal's signed receipt is checked against the paired portal's key and against what this link sent, then
the decision is sealed as an approval of method ``link`` with the receipt as its evidence, and the portal
forgets the package.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from typing import Any

from ...domain import vocabulary
from ...domain.addresses import is_email
from ...domain.enums import ApprovalMethod, Decision, OrderStatus, Role
from ...domain.errors import Conflict, NotFound, UserError
from ...domain.i18n import LANGUAGES, speaking, t
from ...domain.markup import Mark, MarkKind
from ...domain.receipts import read_receipt
from ...domain.rules import Step
from ...domain.signature import Point
from ...domain.texts import tr
from ...domain.vocabulary import CHECKLIST
from ...smtp import deliver
from ...store.blobs import put_blob
from ...store.db import write
from ...store.migrations import now
from ...store.models import Order, PortalLink, Proof
from ...store.settings import get_setting, put_setting
from ..core import audit
from ..core.context import Actor, require
from ..core.orders import check_step, find_order
from ..core.shop import customer_language, terms
from ..evidence.timestamps import TokenCheck, check_token
from ..proofing.acknowledgements import serious_findings
from ..proofing.approvals import Evidence, record_approval
from ..proofing.markup import jpeg, page_labels, render_page
from ..proofing.proofs import latest_version, proof_bytes, proof_of
from .portal_client import PortalDown, _call, _portal

PAGE_DPI = 120  # an A4 proof page: about 990 × 1,400 px, sharp on a phone, quick over a phone's network
SKEW = timedelta(minutes=5)
LIVE = ("queued", "sent", "opened", "confirmed")
CLAIM_EXPIRES = timedelta(minutes=10)  # sealing takes seconds; a claim this old was left by a crash
STATES = (*LIVE, "decided", "expired", "withdrawn", "refused")


def pair(actor: Actor, url: str, key: str) -> str:
    """Pair this shop with the portal at ``url`` using the key the portal said; its public key is pinned."""
    # the portal's key is what customers' approvals by link are checked against: not in a session
    require(actor, Role.OWNER, action="pair PrintProof with a portal", pin_itself=True)
    url = url.strip().rstrip("/")
    if not url.startswith(("https://", "http://")):
        raise UserError(t("The portal's address must begin with https://."))
    if url.startswith("http://") and not url.startswith(("http://127.0.0.1", "http://localhost", "http://[::1]")):
        raise UserError(t("The portal's address must begin with https:// (plain http only on this computer)."))
    key = key.strip()
    answer = _call("GET", "/api/key", url=url)
    public = str(answer.get("public_key", ""))
    if answer.get("algorithm") != "Ed25519" or len(public) != 64:
        raise UserError(t("{url} does not answer as a PrintProof portal.", url=url))
    _call("GET", "/api/packages", url=url, key=key)  # the key is known there
    with write():
        put_setting("portal.url", url)
        put_setting("portal.key", key)
        put_setting("portal.public_key", public)
        audit.append(actor, "portal.paired", payload={"url": url, "portal_key": public})
    return public


# --- sending -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LinkSent:
    number: str
    version: int
    email: str
    state: str  # "sent", or "queued" while the portal is down
    expires_at: datetime
    problem: str = ""


def _texts(proof: Proof) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for lang in LANGUAGES:
        out[lang] = {
            "checklist": [[key, vocabulary.name("checklist", key, lang)] for key in CHECKLIST],
            "terms": terms(lang),
            "findings": [{"keys": list(f.keys), "text": f.text} for f in serious_findings(proof, lang)],
        }
    return out


def _page_images(pdf: bytes, pages: int) -> list[bytes]:
    return [jpeg(render_page(pdf, n, PAGE_DPI), quality=78) for n in range(pages)]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _package(link: PortalLink, token: str) -> dict[str, Any]:
    proof = link.proof
    pdf = proof_bytes(proof)
    images = _page_images(pdf, proof.pages)
    hashes = [_sha(pdf), *(_sha(i) for i in images)]
    PortalLink.update(pages=json.dumps(hashes)).where(PortalLink.id == link.id).execute()
    return {
        "ref": link.ref,
        "token_sha256": _sha(token.encode()),
        "order": link.order.number,
        "version": proof.version,
        "proof_sha256": hashes[0],
        "email": link.email,
        "shop": str(get_setting("shop.name") or "PrintProof"),
        "language": customer_language(link.order),
        "expires_at": link.expires_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "texts": _texts(proof),
        "labels": page_labels(pdf)[: proof.pages],  # pairs each side with its colour warning page on the portal
        "files": [{"data": base64.b64encode(b).decode()} for b in (pdf, *images)],
    }


def link_message(link: PortalLink, url: str, reminder: bool) -> EmailMessage:
    """The e-mail with the link, in the customer's language."""
    lang = customer_language(link.order)
    shop = str(get_setting("shop.name") or "PrintProof")
    sender = str(get_setting("smtp.sender") or "")
    number, version = link.order.number, link.proof.version
    message = EmailMessage()
    subject = "link_mail_reminder_subject" if reminder else "link_mail_subject"
    message["Subject"] = tr(lang, subject, number=number, shop=shop)
    message["From"] = formataddr((shop, sender))
    message["To"] = link.email
    message["Message-ID"] = make_msgid(domain=sender.partition("@")[2] or None)
    until = f"{link.expires_at:%d.%m.%Y}" if lang == "de" else f"{link.expires_at:%Y-%m-%d}"
    message.set_content(
        tr(lang, "link_mail_body", number=number, version=version, shop=shop, url=url, until=until) + "\n"
    )
    return message


def _mail(link: PortalLink, token: str, reminder: bool = False) -> None:
    from .mail import _server

    url, _ = _portal()
    deliver(link_message(link, f"{url}/a/{token}", reminder), _server())


def send_for_approval(actor: Actor, number: str, email: str | None = None) -> LinkSent:
    """Send the current proof version of ``number`` to the customer by link (the order's address unless given).

    The portal down: the link waits here and ``sync`` sends it when the portal answers (said in ``problem``).
    """
    require(actor, action="send a proof for approval")
    order = find_order(number, actor)
    check_step(order, Step.APPROVAL)
    proof = proof_of(order, None)
    if proof.version != latest_version(order):
        raise UserError(t("Only the latest proof version can be sent."))
    address = (email or order.customer.email or "").strip()
    if not address:
        raise UserError(t("Order {number} has no e-mail address; give one to send the link to.", number=order.number))
    if not is_email(address):
        raise UserError(t("“{address}” is not an e-mail address.", address=address))
    _portal()
    from .mail import _server

    _server()  # the shop's mail server is set up: else say so before anything is pushed
    days = int(get_setting("portal.link_days") or 14)
    with write():
        link = PortalLink.create(
            order=order,
            proof=proof,
            ref=secrets.token_hex(16),
            email=address,
            state="queued",
            staff=actor.staff_id,
            created_at=now(),
            expires_at=now() + timedelta(days=days),
        )
        audit.append(
            actor, "proof.link_made", order=order, subject=f"link:{link.id}", payload={"version": proof.version}
        )
    problem = ""
    try:
        _deliver_link(link)
    except PortalDown as exc:
        problem = t("{reason} The link is sent as soon as the portal answers.", reason=str(exc))
        PortalLink.update(problem=problem).where(PortalLink.id == link.id).execute()
    fresh = PortalLink.get_by_id(link.id)
    return LinkSent(order.number, proof.version, address, fresh.state, fresh.expires_at, problem)


def _deliver_link(link: PortalLink) -> None:
    """Push the package with a fresh token and e-mail the link; the link is "sent" only when both happened.

    The e-mail refused: the package is taken back and the sentence raised (nothing half-sent)."""
    token = secrets.token_urlsafe(24)  # 192 bits; only its hash leaves this function but in the e-mail
    _call("POST", "/api/packages", _package(link, token))
    try:
        _mail(link, token)
    except UserError:
        try:
            _call("POST", f"/api/packages/{link.ref}/withdraw", {})
        finally:
            PortalLink.update(state="withdrawn", problem=t("The e-mail with the link could not be sent.")).where(
                PortalLink.id == link.id
            ).execute()
        raise
    PortalLink.update(state="sent", sent_at=now(), token_hash=_sha(token.encode()), problem="").where(
        PortalLink.id == link.id
    ).execute()


# --- keeping in step with the portal ------------------------------------------------------------------------------


@dataclass
class SyncReport:
    sent: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    reminded: list[str] = field(default_factory=list)
    recorded: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    complaints: list[str] = field(default_factory=list)  # case numbers of complaints recorded from the portal
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, list[str]]:
        return dict(self.__dict__)

    def text(self) -> str:
        lines = [f"Recorded: {n}" for n in self.recorded]
        lines += [f"Sent: {n}" for n in self.sent]
        lines += [f"Taken back: {n}" for n in self.withdrawn]
        lines += [f"Reminded: {n}" for n in self.reminded]
        lines += [f"Refused: {n}" for n in self.refused]
        lines += [f"Complaint by link: {n}" for n in self.complaints]
        lines += self.problems
        return "\n".join(lines) or "Nothing new from the portal."


def _stale(link: PortalLink) -> bool:
    order = Order.get_by_id(link.order_id)
    return (
        order.erased_at is not None
        or latest_version(order) != link.proof.version
        or order.status != OrderStatus.PROOFING
    )


def _left_by_a_crash() -> Any:
    """A decision claimed for sealing ("pulling") so long ago that the workstation must have crashed meanwhile."""
    return (PortalLink.state == "pulling") & (PortalLink.claimed_at < now() - CLAIM_EXPIRES)


def sync(actor: Actor) -> SyncReport:
    """Send what waited, take back stale links, read the states, remind once, and seal each decision; then the
    complaints by link (:mod:`.complaint_links`)."""
    require(actor, action="sync with the portal")
    report = SyncReport()
    if not get_setting("portal.url"):
        return report
    try:
        _sync(actor, report)
    except PortalDown as exc:
        report.problems.append(str(exc))
    from .complaint_links import sync as sync_complaints

    try:
        complaints = sync_complaints(actor)
    except UserError as exc:  # e.g. the portal does not know the key any more: said, the approvals kept
        report.problems.append(str(exc))
        return report
    report.complaints += complaints.recorded
    report.problems += [p for p in complaints.problems if p not in report.problems]
    return report


def _sync(actor: Actor, report: SyncReport) -> None:
    live = list(PortalLink.select().where(PortalLink.state.in_(LIVE)).order_by(PortalLink.id))
    recent = PortalLink.select().where(
        PortalLink.state.in_(("decided", "refused")) & (PortalLink.decided_at > now() - timedelta(days=2))
    )
    crashed = PortalLink.select().where(_left_by_a_crash())
    if not live and not recent.exists() and not crashed.exists():
        return  # nothing waits on the portal: it is not asked
    for link in live:
        if _stale(link):
            if link.state != "queued":
                try:
                    _call("POST", f"/api/packages/{link.ref}/withdraw", {})
                except NotFound:
                    pass  # the portal forgot it already
                except Conflict:
                    continue  # the customer decided meanwhile: pulled below (and refused, but kept, if stale)
            PortalLink.update(state="withdrawn").where(PortalLink.id == link.id).execute()
            report.withdrawn.append(link.order.number)
        elif link.state == "queued":
            if link.expires_at <= now():
                PortalLink.update(state="expired").where(PortalLink.id == link.id).execute()
                continue
            try:
                _deliver_link(link)
                report.sent.append(link.order.number)
            except PortalDown:
                raise
            except UserError as exc:
                report.problems.append(f"{link.order.number}: {exc}")
    answer = _call("GET", "/api/packages")
    by_ref = {str(p.get("ref")): p for p in answer.get("packages", []) if isinstance(p, dict)}
    followed = PortalLink.state.in_(("sent", "opened", "confirmed", "decided", "refused"))
    for link in PortalLink.select().where(followed | _left_by_a_crash()):
        seen = by_ref.get(link.ref)
        if seen is None:
            continue
        state = str(seen.get("state", ""))
        if link.state in ("decided", "refused"):
            if state == "decided":  # sealed here, but the portal was not told (it was away a moment): tell it now
                with contextlib.suppress(NotFound, Conflict):
                    _call("POST", f"/api/packages/{link.ref}/pulled", {})
            continue
        _times(link, seen)
        if state == "decided" and seen.get("receipt"):
            _pull(actor, link, str(seen["receipt"]).encode(), report)
        elif state in ("expired", "withdrawn", "pulled"):
            PortalLink.update(state="expired" if state == "expired" else "withdrawn").where(
                PortalLink.id == link.id
            ).execute()
        elif state in ("opened", "confirmed"):
            PortalLink.update(state=state).where(PortalLink.id == link.id).execute()
    _remind(report)


def _times(link: PortalLink, seen: dict[str, Any]) -> None:
    changes: dict[Any, Any] = {}
    for name in ("opened_at", "confirmed_at", "decided_at"):
        value = seen.get(name)
        if value and getattr(link, name) is None:
            try:
                changes[getattr(PortalLink, name)] = datetime.strptime(str(value), "%Y-%m-%dT%H:%M:%S.%fZ")
            except ValueError:
                continue
    if changes:
        PortalLink.update(changes).where(PortalLink.id == link.id).execute()


def _remind(report: SyncReport) -> None:
    days = int(get_setting("portal.reminder_days") or 0)
    if days <= 0:
        return
    due = PortalLink.select().where(
        PortalLink.state.in_(("sent", "opened"))
        & PortalLink.reminded_at.is_null()
        & (PortalLink.sent_at <= now() - timedelta(days=days))
        & (PortalLink.expires_at > now())
    )
    for link in due:
        claimed = (
            PortalLink.update(reminded_at=now())
            .where((PortalLink.id == link.id) & PortalLink.reminded_at.is_null())
            .execute()
        )
        if not claimed:
            continue  # another workstation reminds this one
        token = secrets.token_urlsafe(24)
        try:
            _call("POST", f"/api/packages/{link.ref}/renew", {"token_sha256": _sha(token.encode())})
        except PortalDown:
            PortalLink.update(reminded_at=None).where(PortalLink.id == link.id).execute()
            raise
        except UserError as exc:  # decided or ended meanwhile: nothing to remind of
            report.problems.append(f"{link.order.number}: {exc}")
            continue
        # The portal knows only the new link now: the receipt of a decision will name its hash.
        PortalLink.update(token_hash=_sha(token.encode())).where(PortalLink.id == link.id).execute()
        try:
            _mail(link, token, reminder=True)
        except UserError as exc:
            report.problems.append(f"{link.order.number}: {exc}")
            continue
        report.reminded.append(link.order.number)


DECISIONS = {
    "approve": Decision.APPROVED,
    "approve_changes": Decision.APPROVED_WITH_CHANGES,
    "changes": Decision.CHANGES_REQUESTED,
    "decline": Decision.CHANGES_REQUESTED,
}


def check_receipt(link: PortalLink, data: bytes) -> dict[str, Any]:
    """The receipt's content once it is signed by the paired portal and speaks of exactly what this link sent."""
    public = str(get_setting("portal.public_key") or "")
    receipt = read_receipt(data, public)
    proof = link.proof
    expected = {
        "ref": link.ref,
        "token_sha256": link.token_hash,
        "order": link.order.number,
        "version": proof.version,
        "proof_sha256": proof.pdf_id,
    }
    pages = [p.get("sha256") for p in receipt.get("pages", []) if isinstance(p, dict)]
    if any(receipt.get(k) != v for k, v in expected.items()) or pages != json.loads(link.pages or "[]"):
        raise UserError(
            t(
                "The portal's receipt does not match the link sent for {number}; nothing was recorded.",
                number=link.order.number,
            )
        )
    if receipt.get("decision") not in DECISIONS:
        raise UserError(t("The portal's receipt names no decision; nothing was recorded."))
    return receipt


def receipt_timestamp(data: bytes) -> TokenCheck | None:
    """The authority's token the portal put on the receipt ``data`` (over its signature, which binds every word
    of it), checked as the chain's tokens are; None when the portal has no authority."""
    try:
        outer = json.loads(data)
        token = base64.b64decode(outer["timestamp"], validate=True) if "timestamp" in outer else None
        signature = base64.b64decode(outer["signature"], validate=True)
    except (ValueError, KeyError, TypeError):
        return TokenCheck(False, False, None)
    return None if token is None else check_token(token, signature)


def _note(link: PortalLink, receipt: dict[str, Any], data: bytes) -> str:
    """The facts of the link in one paragraph, in the shop's language, as the certificate and the pickup screen
    show them."""
    with speaking(customer_language(link.order)):  # the certificate it is printed on speaks the customer's
        return _note_said(link, receipt, data)


def _note_said(link: PortalLink, receipt: dict[str, Any], data: bytes) -> str:
    decided = str(receipt.get("decided_at", ""))[:19].replace("T", " ")
    confirmed = str(receipt.get("code_confirmed_at") or "")[:19].replace("T", " ")
    lines = [
        t(
            "Signed on the shop's portal at {decided} UTC, after the code sent to {address} was confirmed at "
            "{confirmed} UTC; from {ip}, {browser}.",
            decided=decided,
            address=receipt.get("email", ""),
            confirmed=confirmed,
            ip=receipt.get("ip", "") or "?",
            browser=str(receipt.get("user_agent", ""))[:200] or "?",
        )
    ]
    if receipt.get("decision") == "decline":
        lines.append(t("The customer declined the proof."))
    # The portal's signature decides whether the decision is the customer's; a timestamp on it adds outside time.
    # A token that does not verify, or one from an authority the shop does not trust, is said, its time never.
    stamp = receipt_timestamp(data)
    if stamp is not None and stamp.trusted and stamp.time is not None:
        lines.append(
            t("Its receipt is timestamped by the authority at {time} UTC.", time=f"{stamp.time:%Y-%m-%d %H:%M:%S}")
        )
    elif stamp is not None and stamp.intact:
        lines.append(t("Its receipt carries a timestamp of an authority this shop has not set as trusted."))
    elif stamp is not None:
        lines.append(t("The timestamp on its receipt does not verify (the receipt's signature does)."))
    try:
        skew = abs(datetime.strptime(str(receipt["decided_at"]), "%Y-%m-%dT%H:%M:%S.%fZ") - now())
    except (KeyError, ValueError):
        skew = timedelta(0)
    if skew > SKEW and link.decided_at is None:
        lines.append(
            t(
                "The portal's clock differed from this workstation's by about {minutes} min.",
                minutes=int(skew.total_seconds() // 60),
            )
        )
    return " ".join(lines)


def _pull(actor: Actor, link: PortalLink, data: bytes, report: SyncReport) -> None:
    """Seal the decision of ``link`` from its receipt, then let the portal forget the package.

    Two workstations syncing at once: the one that moves the link to "pulling" seals it, the other leaves it.
    """
    before = link.state if link.state != "pulling" else "confirmed"  # a stale claim: the code was confirmed
    live = PortalLink.state.in_(("sent", "opened", "confirmed"))
    stale = _left_by_a_crash()
    claimed = (
        PortalLink.update(state="pulling", claimed_at=now())
        .where((PortalLink.id == link.id) & (live | stale))
        .execute()
    )
    if not claimed:
        return
    try:
        _seal(actor, PortalLink.get_by_id(link.id), data, report)
    finally:
        PortalLink.update(state=before).where((PortalLink.id == link.id) & (PortalLink.state == "pulling")).execute()


def _seal(actor: Actor, link: PortalLink, data: bytes, report: SyncReport) -> None:
    number = link.order.number
    try:
        receipt = check_receipt(link, data)
    except UserError as exc:
        # A forged or foreign receipt: recorded as refused, kept as a file for the owner; the portal keeps it too.
        blob = put_blob(data, "application/json").sha256
        PortalLink.update(state="refused", problem=str(exc), receipt=blob).where(PortalLink.id == link.id).execute()
        report.refused.append(number)
        report.problems.append(f"{number}: {exc}")
        return
    strokes = [[Point(*p) for p in stroke] for stroke in receipt.get("strokes", {}).get("strokes", [])]
    marks = [
        Mark(MarkKind.PIN, int(p["page"]), ((float(p["x"]), float(p["y"])),), int(p["number"]), str(p["text"]))
        for p in receipt.get("pins", [])
    ]
    decision = DECISIONS[receipt["decision"]]
    changes = str(receipt.get("changes", ""))
    if receipt["decision"] == "decline":
        changes = t("Declined: {reason}", reason=str(receipt.get("reason", ""))) + (f"\n{changes}" if changes else "")
    try:
        approval = record_approval(
            actor,
            number,
            decision=decision,
            customer_name=str(receipt.get("name", "")),
            checklist={k: bool(v) for k, v in dict(receipt.get("checklist", {})).items()},
            method=ApprovalMethod.LINK,
            version=link.proof.version,
            changes=changes,
            strokes=strokes,
            evidence=Evidence(f"portal-receipt-{number}-v{link.proof.version}.json", data),
            note=_note(link, receipt, data),
            acknowledged=[str(k) for k in receipt.get("acknowledged", [])],
            shown_language=str(receipt.get("language", "")),
            marks=marks or None,
        )
    except UserError as exc:
        # A decision on a version superseded meanwhile, an order moved on: refused, its receipt kept.
        blob = put_blob(data, "application/json").sha256
        PortalLink.update(state="refused", problem=str(exc), receipt=blob, decided_at=now()).where(
            PortalLink.id == link.id
        ).execute()
        report.refused.append(number)
        report.problems.append(f"{number}: {exc}")
        _call("POST", f"/api/packages/{link.ref}/pulled", {})
        return
    PortalLink.update(state="decided", approval=approval.id, decided_at=now()).where(PortalLink.id == link.id).execute()
    report.recorded.append(number)
    try:
        _call("POST", f"/api/packages/{link.ref}/pulled", {})
    except UserError as exc:  # the portal away a moment: the next sync tells it (the decision is sealed)
        report.problems.append(str(exc))
    from .mail import send_certificate

    try:  # the customer gets the signed certificate of what they decided, as the page promised
        send_certificate(actor, number, link.email)
    except UserError as exc:
        report.problems.append(f"{number}: {exc}")


# --- for the screens -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LinkState:
    state: str
    version: int
    email: str
    sent_at: datetime | None
    expires_at: datetime
    opened_at: datetime | None
    confirmed_at: datetime | None
    decided_at: datetime | None
    problem: str


def link_state(number: str, viewer: Actor | None) -> LinkState | None:
    """The latest link of the order, for the order screen; None when none was sent."""
    return state_of(find_order(number, viewer))


def state_of(order: Order) -> LinkState | None:
    link = PortalLink.select().where(PortalLink.order == order).order_by(PortalLink.id.desc()).first()
    if link is None:
        return None
    state = link.state
    if state in LIVE and link.expires_at <= now():
        state = "expired"
    return LinkState(
        state,
        link.proof.version,
        link.email,
        link.sent_at,
        link.expires_at,
        link.opened_at,
        link.confirmed_at,
        link.decided_at,
        link.problem,
    )
