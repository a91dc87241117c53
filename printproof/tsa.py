"""Asking a timestamp authority (RFC 3161) for a token: one client for the shop's app and the portal. Reads no
store: the caller says which authority. The request goes over HTTP(S) with the standard library; pyHanko builds
the request and reads the answer."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import urllib.request
from datetime import UTC, datetime
from typing import Any


def timestamper(url: str, user: str = "", password: str = "", timeout: float = 10) -> Any:
    """The authority at ``url`` as a pyHanko timestamper (for signing PDFs and for plain tokens)."""
    from asn1crypto import tsp
    from pyhanko.sign.timestamps.api import TimeStamper
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError

    class UrlTimeStamper(TimeStamper):
        """RFC 3161 over HTTP(S) with the standard library (pyHanko's own clients need requests or aiohttp)."""

        def __init__(self) -> None:
            super().__init__()  # type: ignore[no-untyped-call]
            self.url, self.user, self.password, self.timeout = url, user, password, timeout

        async def async_request_tsa_response(self, req: Any) -> Any:
            def ask() -> Any:
                headers = {"Content-Type": "application/timestamp-query", "Accept": "application/timestamp-reply"}
                if self.user:
                    pair = f"{self.user}:{self.password}".encode()
                    headers["Authorization"] = "Basic " + base64.b64encode(pair).decode()
                request = urllib.request.Request(self.url, data=req.dump(), headers=headers, method="POST")
                with urllib.request.urlopen(request, timeout=self.timeout) as answer:  # noqa: S310 (the shop's URL)
                    if answer.headers.get_content_type() != "application/timestamp-reply":
                        raise TimestampRequestError("not a timestamp reply")
                    return tsp.TimeStampResp.load(answer.read())

            return await asyncio.to_thread(ask)

    return UrlTimeStamper()


def request_token(url: str, message: bytes, user: str = "", password: str = "", timeout: float = 10) -> bytes:
    """A token (DER) from the authority at ``url`` over SHA-256 of ``message``. Raises what the request raised
    (urllib, TLS, the authority's refusal): the caller says it in its own words."""
    stamper = timestamper(url, user, password, timeout)
    token = asyncio.run(stamper.async_timestamp(hashlib.sha256(message).digest(), "sha256"))
    return bytes(token.dump())


def token_time(token: bytes) -> datetime:
    """The authority's time inside a token (UTC, naive)."""
    from asn1crypto import cms

    info = cms.ContentInfo.load(token)["content"]["encap_content_info"]["content"].parsed
    when: datetime = info["gen_time"].native
    return when.astimezone(UTC).replace(tzinfo=None)
