"""Trusted time (RFC 3161): the shop's timestamp authority stamps the audit chain's head and the signatures.

Where a timestamp authority is configured (Settings: its URL, optionally a user name and password; none by
default), PrintProof

- timestamps the audit chain's head at least once a day: the authority signs that the chain had reached
  event N with hash H no later than its time. The token is stored (``chain_timestamp``) and ``verify``
  checks it: a token over a head the store no longer holds names deleted or rewritten events, with a time
  the shop cannot have made up;
- adds a signature timestamp to every certificate and dossier (PAdES B-T, :mod:`.signing`).

An offline shop queues the head (``timestamp_queue``) and stamps it when the authority answers again.
The request goes over HTTP(S) with the standard library; pyHanko builds and checks the tokens.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ... import tsa
from ...domain.errors import UserError
from ...domain.i18n import t
from ...store.db import write
from ...store.migrations import now
from ...store.models import AuditEvent, ChainTimestamp, TimestampQueue
from ...store.settings import get_setting
from ..core import audit, credentials
from ..core.context import Actor
from .chain_anchors import chain_head

log = logging.getLogger(__name__)
EVERY = timedelta(hours=24)
STAMPED = "chain.timestamped"


def head_message(seq: int, head_hash: str) -> bytes:
    """The bytes whose SHA-256 the authority stamps for a chain head; anyone can rebuild them from the chain."""
    return f"PrintProof audit chain head {seq} {head_hash}".encode()


def authority_url() -> str:
    return str(get_setting("timestamp.url") or "").strip()


def timestamper() -> Any | None:
    """The configured authority as a pyHanko timestamper, or None when the shop has none."""
    url = authority_url()
    if not url:
        return None
    return tsa.timestamper(url, str(get_setting("timestamp.user") or ""), credentials.read("timestamp.password"))


def unreachable(exc: BaseException) -> str:
    """One sentence for a failed request, in the user's language."""
    url = authority_url()
    if isinstance(exc, urllib.error.HTTPError) and exc.code in (401, 403):
        return t("The timestamp authority {url} refused the user name or password.", url=url)
    if isinstance(exc, urllib.error.HTTPError | ValueError) or type(exc).__name__ == "TimestampRequestError":
        return t("The timestamp authority {url} did not give a valid timestamp.", url=url)
    return t("The timestamp authority {url} cannot be reached; the timestamp is queued.", url=url)


def request_token(message: bytes) -> bytes:
    """A token (DER) from the authority over SHA-256 of ``message``; raises :class:`UserError` in one sentence."""
    url = authority_url()
    if not url:
        raise UserError(t("No timestamp authority is set up (Settings → E-mail & timestamp)."))
    try:
        return tsa.request_token(
            url, message, str(get_setting("timestamp.user") or ""), credentials.read("timestamp.password")
        )
    except Exception as exc:  # urllib, TLS, the authority's refusal: all one sentence
        raise UserError(unreachable(exc)) from exc


@dataclass
class StampResult:
    stamped: list[int] = field(default_factory=list)  # the heads (event numbers) stamped now
    queued: list[int] = field(default_factory=list)  # still waiting
    error: str = ""


def due() -> bool:
    """Whether the chain head should be timestamped now: an authority is set and the last stamp is a day old,
    or heads wait in the queue."""
    if not authority_url():
        return False
    if TimestampQueue.select().exists():
        return True
    last = ChainTimestamp.select().order_by(ChainTimestamp.id.desc()).first()
    return last is None or (now() - last.created_at >= EVERY and chain_head().seq > last.seq + 1)


def stamp_chain_head(actor: Actor | None = None) -> StampResult:
    """Queue the chain's current head and stamp everything queued; what the authority does not answer stays."""
    if not authority_url():
        raise UserError(t("No timestamp authority is set up (Settings → E-mail & timestamp)."))
    with write():
        head = chain_head()
        newest = TimestampQueue.select().order_by(TimestampQueue.seq.desc()).first()
        # While offline, one head a day waits: hourly retries do not pile up heads.
        if head.seq and (newest is None or (newest.seq < head.seq and now() - newest.queued_at >= EVERY)):
            TimestampQueue.create(seq=head.seq, head_hash=head.hash, queued_at=now())
    return flush_queue(actor)


def flush_queue(actor: Actor | None = None) -> StampResult:
    """Stamp every queued head (the request runs outside any transaction; each token is stored on its own)."""
    result = StampResult()
    for row in list(TimestampQueue.select().order_by(TimestampQueue.seq)):
        try:
            token = request_token(head_message(row.seq, row.head_hash))
        except UserError as exc:
            result.error = str(exc)
            with write():
                TimestampQueue.update(tries=TimestampQueue.tries + 1, last_error=str(exc)[:500]).where(
                    TimestampQueue.id == row.id
                ).execute()
            result.queued.extend(r.seq for r in TimestampQueue.select().where(TimestampQueue.seq >= row.seq))
            return result
        with write():
            stamped = ChainTimestamp.create(
                seq=row.seq,
                head_hash=row.head_hash,
                token=token,
                token_sha256=hashlib.sha256(token).hexdigest(),
                stamped_at=tsa.token_time(token),
                authority=authority_url()[:300],
                created_at=now(),
            )
            row.delete_instance()
            audit.append(
                actor,
                STAMPED,
                subject=f"chain_timestamp:{stamped.id}",
                payload={
                    "seq": row.seq,
                    "hash": row.head_hash,
                    "token_sha256": stamped.token_sha256,
                    "time": stamped.stamped_at.isoformat(timespec="seconds") + "Z",
                },
            )
        result.stamped.append(row.seq)
    return result


def stamp_if_due(actor: Actor | None = None) -> StampResult | None:
    """The daily stamp (the app's background process and ``printproof timestamp`` call this)."""
    if not due():
        return None
    try:
        return stamp_chain_head(actor)
    except UserError as exc:
        log.info("chain head not timestamped: %s", exc)
        return StampResult(error=str(exc))


def validation_context() -> Any:
    """What the tokens are checked against: the authority's CA certificate when the shop set one (Settings)."""
    from asn1crypto import pem, x509
    from pyhanko_certvalidator import ValidationContext

    # The authority the owner's signed settings name (store/settings.py): a certificate put into the store past
    # PrintProof is not trusted (verify names it).
    text = str(get_setting("timestamp.ca_pem") or "").strip().encode()
    roots = []
    try:
        for _kind, _headers, der in pem.unarmor(text, multiple=True) if text else ():
            roots.append(x509.Certificate.load(der))
    except ValueError:
        roots = []
    return ValidationContext(trust_roots=roots, allow_fetching=False), bool(roots)


@dataclass(frozen=True)
class TokenCheck:
    intact: bool  # the authority's signature holds and the token is over this message
    trusted: bool  # signed by the authority the shop configured (its CA certificate)
    time: datetime | None


def check_token(token: bytes, message: bytes) -> TokenCheck:
    """Validate a stored token with pyHanko: signature, message imprint, and trust when a CA is configured."""
    from asn1crypto import cms
    from pyhanko.sign.validation.generic_cms import validate_tst_signed_data

    try:
        signed = cms.ContentInfo.load(token)["content"]
        context, has_roots = validation_context()
        status = asyncio.run(
            validate_tst_signed_data(signed, context, lambda algo: hashlib.new(algo, message).digest())
        )
    except Exception:  # a damaged token is a finding, not a crash
        return TokenCheck(False, False, None)
    intact = bool(status.get("intact")) and bool(status.get("valid"))
    trusted = (
        intact and has_roots and status.get("trust_problem_indic") is None and status.get("validation_path") is not None
    )
    when = status.get("timestamp")
    return TokenCheck(intact, trusted, when.astimezone(UTC).replace(tzinfo=None) if when else None)


def check_chain_timestamps() -> list[str]:
    """What ``verify`` says about the stored tokens: each one whose head the store no longer holds, or that
    does not hold itself, and every stamp the chain recorded whose token is gone."""
    problems: list[str] = []
    _ctx, has_roots = validation_context()
    seen: set[str] = set()
    for stamp in ChainTimestamp.select().order_by(ChainTimestamp.id).iterator():
        token = bytes(stamp.token)
        seen.add(stamp.token_sha256)
        when = stamp.stamped_at.strftime("%Y-%m-%d %H:%M UTC")
        checked = check_token(token, head_message(stamp.seq, stamp.head_hash))
        if hashlib.sha256(token).hexdigest() != stamp.token_sha256 or not checked.intact:
            problems.append(t("the timestamp of event {seq} ({when}) does not hold", seq=stamp.seq, when=when))
            continue
        if has_roots and not checked.trusted:
            problems.append(
                t(
                    "the timestamp of event {seq} ({when}) is not from the configured authority",
                    seq=stamp.seq,
                    when=when,
                )
            )
        held = AuditEvent.select(AuditEvent.hash).where(AuditEvent.seq == stamp.seq).scalar()
        if held is None:
            problems.append(
                t(
                    "event {seq}, timestamped by the authority at {when}, is missing from the store",
                    seq=stamp.seq,
                    when=when,
                )
            )
        elif held != stamp.head_hash:
            problems.append(
                t(
                    "event {seq} differs from the one the authority timestamped at {when}",
                    seq=stamp.seq,
                    when=when,
                )
            )
    for event in AuditEvent.select(AuditEvent.seq, AuditEvent.payload).where(AuditEvent.kind == STAMPED).iterator():
        if json.loads(event.payload).get("token_sha256") not in seen:
            problems.append(t("the timestamp recorded in event {seq} is missing from the store", seq=event.seq))
    return problems


def auto_stamp_command(store_url: str) -> tuple[str, list[str]]:
    """The program and arguments of the app's daily chain-head stamp process, frozen or not."""
    import sys

    if getattr(sys, "frozen", False):
        return sys.executable, ["--auto-timestamp", "--db", store_url]
    return sys.executable, ["-m", "printproof.services.evidence.timestamps", "--db", store_url]


def main(argv: list[str] | None = None) -> int:
    """``python -m printproof.services.evidence.timestamps --db URL``: the app's daily stamp, in its own process."""
    import argparse

    from ...store.db import open_store

    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    args = parser.parse_args(argv)
    try:
        open_store(args.db)
        result = stamp_if_due(None)
    except UserError as exc:
        print(json.dumps({"ok": False, "error": str(exc)}, ensure_ascii=False))
        return 2
    if result is None:
        print(json.dumps({"ok": True, "stamped": [], "queued": []}))
        return 0
    print(
        json.dumps({"ok": not result.error, "stamped": result.stamped, "queued": result.queued, "error": result.error})
    )
    return 0 if not result.error else 2


if __name__ == "__main__":
    raise SystemExit(main())
