"""The portal on the web: the customer's pages and the shop's API, on Starlette (served by uvicorn).

Why Starlette: a small, well-kept ASGI toolkit (BSD) with routing, responses and a test client and nothing
the portal does not need; the pages are Jinja2 templates rendered on the server, so they read without
JavaScript (only the signature pad and the pins need it). The work itself is in :mod:`.approvals`, run in
a worker thread with the customer's language (``speaking``), so every sentence comes from the same catalogue
as the app's.

What a page never does: load anything from another site (a strict Content-Security-Policy: ``'self'`` only,
no inline script), accept a form without its CSRF token, put the link's token into a log line or a Referer
header, or let a browser keep a page in its cache.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import hmac
import json
import logging
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qs

import jinja2
import markupsafe
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..domain.errors import Conflict, NotFound, UserError
from ..domain.i18n import LANGUAGES, speaking, t
from ..domain.receipts import public_key_hex
from . import approvals, complaints
from .store import Package, portal_db

log = logging.getLogger("printproof.portal")
HERE = Path(__file__).resolve().parent
T = TypeVar("T")
FORM_LIMIT = 3_000_000  # a long signature's strokes and many pins fit many times over
MAX_PARTS = 20  # a complaint's form: the token, three fields and at most six photos
MAX_FIELD = 40_000  # bytes of one text field of a form with files (5,000 characters of any script fit)
API_LIMIT = 350_000_000  # a package: the proof and its page images, base64

CSP = (
    "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)


@dataclass
class PortalConfig:
    """What one running portal knows: its folder, keys, and how it sends the codes."""

    key: Ed25519PrivateKey
    secret: bytes
    send_code: Callable[[str, str, str, str], None]  # (address, code, language, shop name)
    trust_proxy: bool = False  # behind Caddy: the customer's address is the first of X-Forwarded-For
    secure_cookies: bool = False  # behind TLS: cookies only over HTTPS
    timestamp_url: str = ""  # an RFC 3161 authority that timestamps each receipt (none: signed only)
    templates: jinja2.Environment = field(init=False)

    def __post_init__(self) -> None:
        self.templates = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
        )


class Headers:
    """Security headers on every answer, and one log line without the link's token."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.monotonic()
        status = 0

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"]
                path = scope["path"]
                cache = b"public, max-age=86400" if path.startswith("/static/") else b"no-store"
                headers += [
                    (b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                    (b"cross-origin-resource-policy", b"same-origin"),
                    (b"cache-control", cache),
                ]
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            log.info(
                "%s %s %s %.0f ms",
                scope["method"],
                redacted(scope["path"]),
                status,
                1000 * (time.monotonic() - started),
            )


def redacted(path: str) -> str:
    """``/a/<token>/proof`` → ``/a/…/proof`` (and a complaint link's ``/r/<token>``): a token never reaches a log."""
    parts = path.split("/")
    if len(parts) > 2 and parts[1] in ("a", "r"):
        parts[2] = "…"
    return "/".join(parts)


# --- helpers -----------------------------------------------------------------------------------------------------


def choose_language(request: Request, fallback: str = "de") -> str:
    asked = request.query_params.get("lang") or request.cookies.get("pp_lang")
    if asked in LANGUAGES:
        return asked
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return fallback


async def read_limited(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise TooLarge
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise TooLarge
    return bytes(body)


class TooLarge(Exception):
    pass


def client_ip(request: Request, config: PortalConfig) -> str:
    if config.trust_proxy:
        # The entry the trusted proxy (Caddy) added is the last one; anything before it the client may have sent.
        forwarded = request.headers.get("x-forwarded-for", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.client.host if request.client else ""


def status_of(exc: UserError) -> int:
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, Conflict):
        return 409
    return 400


# --- the app -----------------------------------------------------------------------------------------------------


def create_app(config: PortalConfig) -> Starlette:
    """The portal's ASGI application (the database is opened by the caller: :func:`.store.open_portal_store`)."""
    approvals.use_address_key(config.secret)

    def csrf_for(request: Request) -> tuple[str, str | None]:
        """(the form token, a new cookie value when the browser has none yet)."""
        cookie = request.cookies.get("pp_csrf")
        fresh = None
        if not cookie or len(cookie) > 100:
            cookie = fresh = secrets.token_urlsafe(24)
        return hmac.new(config.secret, cookie.encode(), hashlib.sha256).hexdigest(), fresh

    def csrf_ok(request: Request, form: dict[str, list[str]]) -> bool:
        cookie = request.cookies.get("pp_csrf")
        sent = (form.get("csrf") or [""])[0]
        if not cookie or not sent:
            return False
        expected = hmac.new(config.secret, cookie.encode(), hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, sent)

    def page(request: Request, name: str, lang: str, status: int = 200, **context: Any) -> HTMLResponse:
        token, fresh = csrf_for(request)
        with speaking(lang):
            html = config.templates.get_template(name).render(
                t=t, lang=lang, csrf=token, path=request.url.path, **context
            )
        response = HTMLResponse(html, status_code=status)
        if fresh:
            response.set_cookie(
                "pp_csrf", fresh, httponly=True, samesite="strict", secure=config.secure_cookies, path="/"
            )
        if request.query_params.get("lang") in LANGUAGES:
            response.set_cookie(
                "pp_lang", lang, max_age=365 * 86400, samesite="lax", secure=config.secure_cookies, path="/"
            )
        return response

    def session_cookie(package: Package) -> str:
        return f"pp_s_{package.ref[:16]}"

    def in_db(fn: Callable[[], T]) -> Awaitable[T]:
        def run() -> T:
            portal_db.connect(reuse_if_open=True)  # each worker thread keeps its connection (opening costs more)
            return fn()

        return run_in_threadpool(run)

    async def form_of(request: Request) -> dict[str, list[str]] | Response:
        with speaking(choose_language(request)):
            return await _form_of(request)

    async def _form_of(request: Request) -> dict[str, list[str]] | Response:
        try:
            body = await read_limited(request, FORM_LIMIT)
        except TooLarge:
            return PlainError(t("The form is too large."), 413)
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/x-www-form-urlencoded":
            return PlainError(t("The form was not sent by this page."), 400)
        try:
            form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True, max_num_fields=2000)
        except ValueError:
            return PlainError(t("The form is too large."), 413)
        if not csrf_ok(request, form):
            return PlainError(t("The form has expired; please reload the page and try again."), 403)
        return form

    # -- the customer's pages --

    async def index(request: Request) -> Response:
        return page(request, "index.html", choose_language(request))

    async def link(request: Request) -> Response:
        token = request.path_params["token"]

        def run() -> Response:
            package = approvals.by_token(token)
            lang = choose_language(request, _language_of(package))
            with speaking(lang):
                try:
                    package = approvals.check_open(package)
                except UserError as exc:
                    return page(request, "message.html", lang, status_of(exc), message=str(exc))
                if approvals.has_session(package, request.cookies.get(session_cookie(package), "")):
                    return RedirectResponse(f"/a/{token}/proof", status_code=303)
                approvals.opened(package)
                texts = approvals.texts_of(package, lang)
                return page(
                    request,
                    "start.html",
                    lang,
                    package=package,
                    shop=texts.shop,
                    email=approvals.masked_email(package),
                    code_sent=package.code_sent_at is not None,
                    token=token,
                    error=request.query_params.get("error", ""),
                )

        return await in_db(run)

    async def send_code(request: Request) -> Response:
        token = request.path_params["token"]
        form = await form_of(request)
        if isinstance(form, Response):
            return form

        def run() -> Response:
            package = approvals.by_token(token)
            lang = choose_language(request, _language_of(package))
            with speaking(lang):
                try:
                    package = approvals.check_open(package)
                    shop = approvals.texts_of(package, lang).shop
                    approvals.new_code(package, lambda address, code: config.send_code(address, code, lang, shop))
                except UserError as exc:
                    return _start_again(request, token, lang, exc)
            return RedirectResponse(f"/a/{token}#code", status_code=303)

        return await in_db(run)

    def _start_again(request: Request, token: str, lang: str, exc: UserError) -> Response:
        package = approvals.by_token(token)
        try:
            package = approvals.check_open(package)
        except UserError as ended:
            return page(request, "message.html", lang, status_of(ended), message=str(ended))
        texts = approvals.texts_of(package, lang)
        return page(
            request,
            "start.html",
            lang,
            status_of(exc),
            package=package,
            shop=texts.shop,
            email=approvals.masked_email(package),
            code_sent=package.code_sent_at is not None,
            token=token,
            error=str(exc),
        )

    async def confirm(request: Request) -> Response:
        token = request.path_params["token"]
        form = await form_of(request)
        if isinstance(form, Response):
            return form

        def run() -> Response:
            package = approvals.by_token(token)
            lang = choose_language(request, _language_of(package))
            with speaking(lang):
                try:
                    package = approvals.check_open(package)
                    session = approvals.confirm_code(package, (form.get("code") or [""])[0])
                except UserError as exc:
                    return _start_again(request, token, lang, exc)
            response = RedirectResponse(f"/a/{token}/proof", status_code=303)
            response.set_cookie(
                session_cookie(package),
                session,
                httponly=True,
                samesite="lax",  # sent when the customer opens the e-mail's link again; forms carry CSRF tokens
                secure=config.secure_cookies,
                path="/a/",
                max_age=8 * 3600,
            )
            return response

        return await in_db(run)

    def proof_page(
        request: Request, token: str, lang: str, status: int = 200, error: str = "", **kept: Any
    ) -> Response:
        package = approvals.by_token(token)
        try:
            package = approvals.check_open(package)
        except UserError as exc:
            return page(request, "message.html", lang, status_of(exc), message=str(exc))
        if not approvals.has_session(package, request.cookies.get(session_cookie(package), "")):
            return RedirectResponse(f"/a/{token}", status_code=303)
        texts = approvals.texts_of(package, lang)
        return page(
            request,
            "proof.html",
            lang,
            status,
            package=package,
            texts=texts,
            pages=approvals.page_count(package),
            sheets=approvals.sheets_of(package),
            token=token,
            error=error,
            kept=kept,
        )

    async def proof(request: Request) -> Response:
        token = request.path_params["token"]

        def run() -> Response:
            lang = choose_language(request, _language_of(approvals.by_token(token)))
            with speaking(lang):
                return proof_page(request, token, lang)

        return await in_db(run)

    async def page_image(request: Request) -> Response:
        token, number = request.path_params["token"], int(request.path_params["number"])
        if not 0 <= number <= 10_000:
            return Response(status_code=404)

        def run() -> Response:
            package = approvals.by_token(token)
            try:
                package = approvals.check_open(package)
                if not approvals.has_session(package, request.cookies.get(session_cookie(package), "")):
                    return Response(status_code=403)
                row = approvals.page_file(package, number)
            except UserError:
                return Response(status_code=404)
            headers = {"ETag": f'"{row.sha256}"'}
            if number == 0:
                headers["Content-Disposition"] = (
                    f'inline; filename="proof-{package.order_number}-v{package.version}.pdf"'
                )
                headers["Content-Length"] = str(row.size)
                return StreamingResponse(chunks(row.id, row.size), media_type=row.media_type, headers=headers)
            return Response(row.data, media_type=row.media_type, headers=headers)

        async def chunks(file_id: int, size: int) -> AsyncIterator[bytes]:
            for offset in range(0, size, approvals.CHUNK):
                part = await in_db(functools.partial(approvals.file_chunk, file_id, offset))
                if not part:
                    return  # forgotten meanwhile (decided, withdrawn): the download ends short, nothing else leaks
                yield part

        return await in_db(run)

    async def decide(request: Request) -> Response:
        token = request.path_params["token"]
        form = await form_of(request)
        if isinstance(form, Response):
            return form

        def one(name: str) -> str:
            return (form.get(name) or [""])[0]

        decision = approvals.Decision(
            decision=one("decision"),
            name=one("name"),
            strokes=one("strokes"),
            ticked=form.get("ticked", []),
            acknowledged=[k for box in form.get("acknowledged", []) for k in box.split(",") if k],
            changes=one("changes"),
            reason=one("reason"),
            pins=one("pins") or "[]",
        )

        def run() -> Response:
            package = approvals.by_token(token)
            lang = choose_language(request, _language_of(package))
            with speaking(lang):
                try:
                    package = approvals.check_open(package)
                    shop = approvals.texts_of(package, lang).shop  # the package's texts go with the decision
                    session = request.cookies.get(session_cookie(package), "")
                    signed = approvals.decide(
                        package,
                        session,
                        decision,
                        ip=client_ip(request, config),
                        user_agent=request.headers.get("user-agent", ""),
                        lang=lang,
                        key=config.key,
                        timestamp_url=config.timestamp_url,
                    )
                except UserError as exc:
                    return proof_page(request, token, lang, status_of(exc), error=str(exc), **_kept(decision))
                receipt = json.loads(signed)["receipt"]
                return page(request, "done.html", lang, receipt=receipt, shop=shop)

        return await in_db(run)

    # -- a complaint by link (issue 25) --

    uploads = asyncio.Semaphore(complaints.UPLOADS_AT_ONCE)

    def complaint_page(
        request: Request, token: str, lang: str, status: int = 200, error: str = "", **kept: Any
    ) -> Response:
        link = complaints.check_open(complaints.by_token(token))
        return page(
            request,
            "complain.html",
            lang,
            status,
            token=token,
            shown=complaints.shown(link),
            categories=_categories(),
            error=error,
            kept=kept,
            most=complaints.MAX_PHOTOS,
            most_words=complaints.MAX_WORDS,
        )

    async def complain(request: Request) -> Response:
        token = request.path_params["token"]

        def run() -> Response:
            link = complaints.by_token(token)
            lang = choose_language(request, complaints.shown(link)["language"] if link else "de")
            with speaking(lang):
                try:
                    return complaint_page(request, token, lang)
                except UserError as exc:
                    return page(request, "message.html", lang, status_of(exc), message=str(exc))

        return await in_db(run)

    async def complain_sent(request: Request) -> Response:
        token = request.path_params["token"]
        lang = choose_language(request)
        # Nothing is read of a body before its link is known and the browser holds this page's cookie: a stranger's
        # upload costs the portal nothing. The parse runs in a worker thread, its parts and fields bounded.
        known = await in_db(lambda: complaints.by_token(token) is not None)
        with speaking(lang):
            if not known:
                return PlainError(t("This link is not known. Please check it, or ask the shop."), 404)
            if not request.cookies.get("pp_csrf"):
                return PlainError(t("The form has expired; please reload the page and try again."), 403)
            content_type = request.headers.get("content-type", "")
            async with uploads:  # a few forms with photos at a time: the rest wait their turn
                try:
                    body = await read_limited(request, complaints.MAX_FORM)
                    fields, files = await run_in_threadpool(parse_multipart, body, content_type)
                except TooLarge:
                    return PlainError(t("The photos are too large together; please send fewer or smaller ones."), 413)
                except ValueError:
                    return PlainError(t("The form was not sent by this page."), 400)
                finally:
                    body = b""
            if not csrf_ok(request, fields):
                return PlainError(t("The form has expired; please reload the page and try again."), 403)

        def one(name: str) -> str:
            return (fields.get(name) or [""])[0]

        photos = [complaints.Photo(name, data) for field_name, name, data in files if field_name == "photos" and data]

        def run() -> Response:
            link = complaints.by_token(token)
            lang = choose_language(request, complaints.shown(link)["language"] if link else "de")
            with speaking(lang):
                try:
                    link = complaints.check_open(link)
                    signed = complaints.receive(
                        link,
                        category=one("category"),
                        words=one("words"),
                        name=one("name"),
                        photos=photos,
                        ip=client_ip(request, config),
                        user_agent=request.headers.get("user-agent", ""),
                        key=config.key,
                    )
                except UserError as exc:
                    try:
                        kept = {"category": one("category"), "words": one("words"), "name": one("name")}
                        return complaint_page(request, token, lang, status_of(exc), error=str(exc), **kept)
                    except UserError as gone:
                        return page(request, "message.html", lang, status_of(gone), message=str(gone))
                receipt = json.loads(signed)["receipt"]
                return page(request, "complained.html", lang, receipt=receipt, shown=complaints.shown(link))

        return await in_db(run)

    # -- the shop's API --

    def shop_of(request: Request) -> Any:
        header = request.headers.get("authorization", "")
        key = header[7:] if header.lower().startswith("bearer ") else ""
        return approvals.shop_for_key(key)

    def api(
        handler: Callable[[Request, Any, bytes], Any], limit: int = 100_000
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            lang = choose_language(request, "en")

            def known() -> Any:
                portal_db.connect(reuse_if_open=True)
                return shop_of(request)

            shop = await run_in_threadpool(known)  # the key first: a stranger's body is never read
            if shop is None:
                with speaking(lang):
                    return JSONResponse({"error": t("The portal does not know this shop's key.")}, status_code=401)
            try:
                body = await read_limited(request, limit)
            except TooLarge:
                return JSONResponse({"error": "too large"}, status_code=413)

            def run() -> Response:
                with speaking(lang):
                    try:
                        return JSONResponse(handler(request, shop, body))
                    except UserError as exc:
                        return JSONResponse({"error": str(exc)}, status_code=status_of(exc))

            return await in_db(run)

        return endpoint

    def push(request: Request, shop: Any, body: bytes) -> Any:
        package = approvals.push(shop, json_object(body, t("The package is not readable.")))
        return {"ref": package.ref, "state": package.state}

    def listing(request: Request, shop: Any, body: bytes) -> Any:
        return {"packages": approvals.states(shop)}

    def withdraw(request: Request, shop: Any, body: bytes) -> Any:
        approvals.withdraw(shop, request.path_params["ref"])
        return {"ok": True}

    def renew(request: Request, shop: Any, body: bytes) -> Any:
        try:
            token_hash = json.loads(body)["token_sha256"]
        except (ValueError, KeyError, TypeError) as exc:
            raise UserError(t("The package's link is not a SHA-256 in hex.")) from exc
        approvals.renew(shop, request.path_params["ref"], token_hash)
        return {"ok": True}

    def pulled(request: Request, shop: Any, body: bytes) -> Any:
        approvals.pulled(shop, request.path_params["ref"])
        return {"ok": True}

    def complaint_push(request: Request, shop: Any, body: bytes) -> Any:
        link = complaints.push_link(shop, json_object(body, t("The complaint link is not readable.")))
        return {"ref": link.ref, "state": link.state}

    def complaint_list(request: Request, shop: Any, body: bytes) -> Any:
        return {"links": complaints.states(shop)}

    def complaint_pulled(request: Request, shop: Any, body: bytes) -> Any:
        complaints.pulled(shop, request.path_params["ref"])
        return {"ok": True}

    def complaint_withdraw(request: Request, shop: Any, body: bytes) -> Any:
        complaints.withdraw(shop, request.path_params["ref"])
        return {"ok": True}

    async def complaint_photo(request: Request) -> Response:
        """One photo of a complaint not yet pulled, for the shop's key only (bytes, not JSON)."""

        def run() -> Response:
            shop = shop_of(request)
            if shop is None:
                return JSONResponse({"error": "unknown key"}, status_code=401)
            try:
                data = complaints.photo(shop, request.path_params["ref"], request.path_params["number"])
            except UserError as exc:
                return JSONResponse({"error": str(exc)}, status_code=status_of(exc))
            return Response(data, media_type="application/octet-stream")

        return await in_db(run)

    async def key(request: Request) -> Response:
        return JSONResponse({"algorithm": "Ed25519", "public_key": public_key_hex(config.key)})

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        kinds = {"portal.css": "text/css", "portal.js": "text/javascript"}
        if name not in kinds:
            return Response(status_code=404)
        return Response((HERE / "static" / name).read_bytes(), media_type=kinds[name])

    async def health(request: Request) -> Response:
        return Response("ok", media_type="text/plain")

    async def no_icon(request: Request) -> Response:
        return Response(status_code=204)  # browsers ask for it; the pages name none

    routes = [
        Route("/", index),
        Route("/healthz", health),
        Route("/favicon.ico", no_icon),
        Route("/static/{name}", static),
        Route("/a/{token}", link),
        Route("/a/{token}/code", send_code, methods=["POST"]),
        Route("/a/{token}/confirm", confirm, methods=["POST"]),
        Route("/a/{token}/proof", proof),
        Route("/a/{token}/page/{number:int}", page_image),
        Route("/a/{token}/decide", decide, methods=["POST"]),
        Route("/api/key", key),
        Route("/api/packages", api(push, API_LIMIT), methods=["POST"]),
        Route("/api/packages", api(listing), methods=["GET"]),
        Route("/api/packages/{ref}/withdraw", api(withdraw), methods=["POST"]),
        Route("/api/packages/{ref}/renew", api(renew), methods=["POST"]),
        Route("/api/packages/{ref}/pulled", api(pulled), methods=["POST"]),
        Route("/r/{token}", complain),
        Route("/r/{token}", complain_sent, methods=["POST"]),
        Route("/api/complaints", api(complaint_push), methods=["POST"]),
        Route("/api/complaints", api(complaint_list), methods=["GET"]),
        Route("/api/complaints/{ref}/photos/{number:int}", complaint_photo),
        Route("/api/complaints/{ref}/pulled", api(complaint_pulled), methods=["POST"]),
        Route("/api/complaints/{ref}/withdraw", api(complaint_withdraw), methods=["POST"]),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        """Every ten minutes, packages whose link expired are forgotten, whether or not anyone asks."""

        async def sweep() -> None:
            while True:
                try:
                    await in_db(lambda: Response(str(approvals.expire_due() + complaints.forget_due())))
                except Exception:  # a locked database or a dropped connection: the next pass tries again
                    log.exception("The sweep of expired packages failed; it runs again in ten minutes.")
                await asyncio.sleep(600)

        task = asyncio.create_task(sweep())
        try:
            yield
        finally:
            task.cancel()

    app = Starlette(routes=routes, lifespan=lifespan)
    app.add_middleware(Headers)
    return app


class PlainError(HTMLResponse):
    """A refusal before any package is read (a form too large, without its token)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(
            f'<!doctype html><meta charset="utf-8"><title>PrintProof</title><p role="alert">{_escape(message)}</p>',
            status_code=status,
        )


def _escape(text: str) -> str:
    return str(markupsafe.escape(text))


def json_object(body: bytes, unreadable: str) -> dict[str, Any]:
    """The JSON object the shop's app sent, or the sentence ``unreadable``."""
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise UserError(unreadable) from exc
    if not isinstance(data, dict):
        raise UserError(unreadable)
    return data


def parse_multipart(body: bytes, content_type: str) -> tuple[dict[str, list[str]], list[tuple[str, str, bytes]]]:
    """A ``multipart/form-data`` body (a form with files, as a phone's browser sends it) read with the standard
    library's MIME parser: the text fields, and each file as (field, file name, bytes). ValueError when it is none."""
    import email.parser
    import email.policy

    if content_type.split(";")[0].strip().lower() != "multipart/form-data" or "boundary=" not in content_type:
        raise ValueError("not a form with files")
    boundary = content_type.split("boundary=", 1)[1].split(";")[0].strip().strip('"').encode("latin-1", "replace")
    if not boundary or body.count(b"--" + boundary) > MAX_PARTS + 1:
        raise TooLarge  # a few fields and at most six photos: thousands of parts are no form of this page
    head = f"MIME-Version: 1.0\r\nContent-Type: {content_type}\r\n\r\n".encode("latin-1", "replace")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise ValueError("not a form with files")
    fields: dict[str, list[str]] = {}
    files: list[tuple[str, str, bytes]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        filename = part.get_filename()
        data = part.get_payload(decode=True)
        payload = data if isinstance(data, bytes) else b""
        if filename is not None:
            files.append((name, filename, payload))
        elif len(payload) > MAX_FIELD:
            raise TooLarge  # the longest field of the page (the words) is far shorter
        else:
            fields.setdefault(name, []).append(payload.decode("utf-8", "replace"))
    return fields, files


def _categories() -> list[tuple[str, str]]:
    """What a complaint may be about, in the page's language (the shop's own words for them)."""
    from ..domain import vocabulary

    return list(vocabulary.names("category").items())


def _language_of(package: Package | None) -> str:
    if package is None or package.content in ("", "{}"):
        return "de"
    return str(json.loads(package.content).get("language", "de"))


def _kept(decision: approvals.Decision) -> dict[str, Any]:
    """What the customer typed, shown again with the sentence that says what is missing (nothing is lost)."""
    return {
        "decision": decision.decision,
        "name": decision.name,
        "ticked": decision.ticked,
        "acknowledged": decision.acknowledged,
        "changes": decision.changes,
        "reason": decision.reason,
        "pins": decision.pins,
    }
