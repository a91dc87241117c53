"""``printproof portal …``: the web service customers approve through (run where customers reach it), and its
pairing with shops. These commands never open the shop's store."""

from __future__ import annotations

import argparse
from pathlib import Path

from .base import Answer, Subparsers, UsageError, group, signed_in


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    """``portal serve``, ``portal add-shop``; ``portal pair`` and ``portal sync`` on the shop's side."""
    actions = group(sub, "portal", common, "the approval portal: serve it, pair a shop with it, sync with it")
    serve = actions.add_parser("serve", parents=[common], help="run the portal (a web service for customers)")
    serve.add_argument("--listen", default="127.0.0.1:8700", help="host:port to listen on (default 127.0.0.1:8700)")
    serve.add_argument("--data", help="the portal's folder: its keys and SQLite database (default: the data folder)")
    serve.add_argument(
        "--portal-db", help="the portal's database: a SQLite file or postgresql://… (default: in --data)"
    )
    serve.add_argument("--mail-server", help="host:port of the mail server that sends the codes")
    serve.add_argument("--mail-security", choices=("starttls", "ssl", "none"), default="starttls")
    serve.add_argument("--mail-user", default="")
    serve.add_argument("--mail-password-file", help="a file holding the mail server's password")
    serve.add_argument("--mail-sender", help="the address the codes come from")
    serve.add_argument("--behind-proxy", action="store_true", help="behind a TLS reverse proxy (Caddy): trust it")
    serve.add_argument("--timestamp-url", default="", help="an RFC 3161 timestamp authority for each receipt")
    serve.set_defaults(portal_handler=run_serve, handler=None, open_handler=None)
    add = actions.add_parser("add-shop", parents=[common], help="pair a shop: says the key its app is set up with")
    add.add_argument("name", help="the shop's name as customers know it")
    add.add_argument("--data", help="the portal's folder (default: the data folder)")
    add.add_argument("--portal-db", help="the portal's database (default: in --data)")
    add.set_defaults(portal_handler=run_add_shop, handler=None, open_handler=None)
    pair = actions.add_parser("pair", parents=[common], help="pair this shop with a portal (owner)")
    pair.add_argument("url", help="the portal's address, e.g. https://freigabe.example.com")
    pair.add_argument("--key", required=True, help="the key `printproof portal add-shop` said")
    signed_in(pair, run_pair)
    sync = actions.add_parser("sync", parents=[common], help="send what waits, take back stale links, pull decisions")
    signed_in(sync, run_sync)


def _folder(args: argparse.Namespace) -> Path:
    from ..portal.server import default_folder

    return Path(args.data).expanduser() if args.data else default_folder()


def run_serve(args: argparse.Namespace) -> Answer:
    from ..portal.server import MailServer, serve

    host, _, port = args.listen.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise UsageError(f"“{args.listen}” is not host:port (e.g. 127.0.0.1:8700).")
    mail = None
    if args.mail_server:
        mail_host, _, mail_port = args.mail_server.rpartition(":")
        if not mail_host or not mail_port.isdigit():
            raise UsageError(f"“{args.mail_server}” is not host:port (e.g. mail.example.com:587).")
        if not args.mail_sender:
            raise UsageError("Give --mail-sender: the address the codes come from.")
        password = Path(args.mail_password_file).read_text().strip() if args.mail_password_file else ""
        mail = MailServer(mail_host, int(mail_port), args.mail_security, args.mail_user, password, args.mail_sender)
    if args.timestamp_url and not args.timestamp_url.startswith(("http://", "https://")):
        raise UsageError(f"“{args.timestamp_url}” is not an http(s) address of a timestamp authority.")
    print(f"PrintProof portal on http://{host}:{port} (Ctrl+C stops it)", flush=True)
    serve(host.strip("[]"), int(port), _folder(args), args.portal_db, mail, args.behind_proxy, args.timestamp_url)
    return {"stopped": True}, "The portal stopped."


def run_add_shop(args: argparse.Namespace) -> Answer:
    from ..portal.server import add_shop

    key = add_shop(_folder(args), args.portal_db, args.name)
    return {"key": key}, (
        f"Shop “{args.name}” is paired. Its key (shown only now): {key}\n"
        "In PrintProof: Settings → Portal, or `printproof portal pair URL --key KEY`."
    )


def run_pair(args: argparse.Namespace, actor: object) -> Answer:
    from ..services.counter.remote_approval import pair

    fingerprint = pair(actor, args.url, args.key)  # type: ignore[arg-type]
    return {"paired": True, "portal_key": fingerprint}, f"Paired with {args.url} (portal key {fingerprint[:16]}…)."


def run_sync(args: argparse.Namespace, actor: object) -> Answer:
    from ..services.counter.remote_approval import sync

    report = sync(actor)  # type: ignore[arg-type]
    return report.as_dict(), report.text()
