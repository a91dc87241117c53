"""Talking to the shop's portal: its address and the shop's key from the settings, one JSON call at a time, and a
portal that does not answer said as :class:`PortalDown` (what waits for it is sent later). Approvals by link and
complaints by link both go through here."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

from ...domain.errors import Conflict, NotFound, UserError
from ...domain.i18n import t
from ...store.settings import get_setting
from ..core.shop import language

TIMEOUT_S = 20


class PortalDown(UserError):
    """The portal did not answer (down, unreachable, timed out): what waits for it is sent later."""


# --- talking to the portal ----------------------------------------------------------------------------------------


def _portal() -> tuple[str, str]:
    url = str(get_setting("portal.url") or "").rstrip("/")
    key = str(get_setting("portal.key") or "")
    if not url or not key:
        raise UserError(t("PrintProof is not paired with a portal yet (Settings → Portal)."))
    return url, key


def _call(method: str, path: str, body: dict[str, Any] | None = None, *, url: str = "", key: str = "") -> Any:
    if not url:
        url, key = _portal()
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(f"{url}{path}", data=data, method=method)
    request.add_header("Accept-Language", language())
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if key:
        request.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as answer:
            return json.loads(answer.read() or b"{}")
    except urllib.error.HTTPError as exc:
        try:
            said = str(json.loads(exc.read()).get("error", ""))
        except ValueError:
            said = ""
        if exc.code == 401:
            raise UserError(t("The portal does not know this shop's key; pair again (Settings → Portal).")) from exc
        if exc.code >= 500 or not said:
            raise PortalDown(t("The portal {url} has a problem (error {code}).", url=url, code=exc.code)) from exc
        error = NotFound(said) if exc.code == 404 else Conflict(said) if exc.code == 409 else UserError(said)
        raise error from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise PortalDown(t("The portal {url} cannot be reached.", url=url)) from exc


def fetch_bytes(path: str, limit: int) -> bytes:
    """The bytes the portal answers at ``path`` (at most ``limit``), with the shop's key."""
    url, key = _portal()
    request = urllib.request.Request(f"{url}{path}")
    request.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as answer:
            return bytes(answer.read(limit))
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            raise NotFound(t("The portal holds no such photo.")) from exc
        raise PortalDown(t("The portal {url} has a problem (error {code}).", url=url, code=exc.code)) from exc
    except (urllib.error.URLError, OSError) as exc:
        raise PortalDown(t("The portal {url} cannot be reached.", url=url)) from exc
