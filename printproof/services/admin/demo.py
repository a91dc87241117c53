"""A lively demo shop: staff, customers, and orders in every state with real artwork and proofs."""

from __future__ import annotations

import io
import math
import random
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, cast

from PIL import Image, ImageDraw, ImageFont

from ...domain.enums import Decision, DisputeCategory, DisputeOutcome, MatchesApproval, OrderStatus, Role
from ...domain.errors import UserError
from ...domain.i18n import t
from ...domain.markup import Mark, MarkKind
from ...domain.signature import Point, Stroke
from ...domain.spec import JobSpec
from ...domain.vocabulary import CHECKLIST
from ...resources import get_resource
from ...store.counters import next_value
from ...store.db import write
from ...store.migrations import now, order_tokens
from ...store.models import AuditEvent, Customer, Order, OrderToken, Setting, Staff
from ..artwork import artwork
from ..core import audit, orders
from ..core.context import Actor
from ..counter import disputes, pickup
from ..proofing import acknowledgements, approvals, proofs, reorders
from . import setup
from .staff import new_staff

DEMO_STAFF = [
    ("Anna Becker", Role.OWNER, "123456"),
    ("Tom Keller", Role.COUNTER, "1111"),
    ("Lea Wagner", Role.DESIGNER, "2222"),
]
FIRST = ["Jonas", "Mia", "Łukasz", "Ayşe", "Søren", "Olga", "Lukas", "Sophie", "Mehmet", "Hannah", "Paul", "Emma"]
LAST = [
    "Müller",
    "Schmidt",
    "Żółć",
    "Şahin",
    "Ørsted",
    "Иванова",
    "Schneider",
    "Fischer",
    "Weber",
    "Wagner",
    "Becker",
    "Hoffmann",
]
COMPANIES = [
    "",
    "",
    "Bäckerei Sonnenschein",
    "Zahnarztpraxis am Markt",
    "Café Lindenblüte",
    "Kanzlei Roth & Partner",
    "Blumen Fleur",
    "TSV 1860 Jugend",
]
PRODUCTS = [
    ("Visitenkarte", 85, 55, "4/4", "350 g Bilderdruck matt"),
    ("Postkarte DIN A6", 148, 105, "4/4", "300 g Offset"),
    ("Flyer DIN A5", 148, 210, "4/4", "135 g Bilderdruck glänzend"),
    ("Einladungskarte", 210, 105, "4/0", "300 g Naturpapier"),
    ("Magnet", 85, 55, "4/0", "Magnetfolie 0,7 mm"),
]


def _marks() -> list[Mark]:
    """What a customer marks on the front: a pin at the phone line, a circle round the name."""
    return [
        Mark(MarkKind.PIN, 1, ((0.47, 0.85),), text="Telefonnummer größer"),
        Mark(MarkKind.CIRCLE, 1, ((0.08, 0.27), (0.84, 0.45))),
    ]


def _signature(seed: int) -> list[Stroke]:
    rng = random.Random(seed)
    strokes: list[Stroke] = []
    x = 80.0
    for _word in range(2):
        stroke: Stroke = []
        for i in range(60):
            t = i / 59
            stroke.append(
                Point(
                    x + t * 330,
                    200 + 70 * math.sin(t * 14 + rng.random()) * (1 - t * 0.4),
                    0.4 + 0.4 * math.sin(t * 3.1),
                    i * 12.0,
                )
            )
        strokes.append(stroke)
        x += 400
    return strokes


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(get_resource("fonts", "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), size)


def demo_artwork(spec: JobSpec, name: str, company: str, side: int, dpi: int = 300, big_phone: bool = False) -> bytes:
    """A plausible design at print size with bleed: a coloured band, the name, contact lines."""
    w = round(spec.bleed_width_mm / 25.4 * dpi)
    h = round(spec.bleed_height_mm / 25.4 * dpi)
    rng = random.Random(f"{name}{side}")
    hue = (rng.randrange(20, 200), rng.randrange(60, 160), rng.randrange(90, 220))
    im = Image.new("RGB", (w, h), (250, 248, 242) if side == 0 else hue)
    draw = ImageDraw.Draw(im)
    pad = round((spec.bleed_mm + 6) / 25.4 * dpi)
    unit = max(12, min(w, h) // 20)
    if side == 0:
        draw.rectangle((0, 0, w, h // 4), fill=hue)
        draw.text((pad, h // 4 + unit), name, font=_font(unit * 2, True), fill=(25, 25, 25))
        draw.text((pad, h // 4 + unit * 3.4), company or spec.product, font=_font(unit), fill=(70, 70, 70))
        phone = _font(round(unit * 1.5), True) if big_phone else _font(unit)
        draw.text(
            (pad, h - pad - unit * (2.9 if big_phone else 2.4)),
            "Tel. +49 89 123 456" if big_phone else "Tel. +49 89 123 456 · info@example.de",
            font=phone,
            fill=(70, 70, 70),
        )
        draw.text((pad, h - pad - unit * 1.1), "www.example.de", font=_font(unit), fill=(70, 70, 70))
    else:
        draw.ellipse((w // 2 - h // 3, h // 6, w // 2 + h // 3, h - h // 6), fill=(255, 255, 255))
        text = company or name
        tw = draw.textlength(text, font=_font(unit, True))
        draw.text(((w - tw) / 2, h / 2 - unit / 2), text, font=_font(unit, True), fill=hue)
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def is_empty() -> bool:
    """Whether the store holds nothing yet: no shop, no staff, no order, no event."""
    return not any(model.select().exists() for model in (Staff, Customer, Order, AuditEvent, Setting))


def fill(extra_orders: int = 0) -> dict[str, Any]:
    """Fill an empty store with the demo shop, then ``extra_orders`` more plain orders (bulk inserts).

    A store that holds anything — a live shop above all — is refused: demo orders never mix with real ones.
    """
    if extra_orders < 0 or extra_orders > 5_000_000:
        raise UserError(t("Give between 0 and 5,000,000 demo orders."))
    if not is_empty():
        raise UserError(t("This store already has a shop; the demo fills only an empty store."))
    done = setup.setup(
        "Druckerei Sonnenschein", DEMO_STAFF[0][0], DEMO_STAFF[0][2], "de", "Lindenstraße 12\n80331 München"
    )
    owner = done.actor
    with write():
        made_staff = [new_staff(name, role, pin, by=owner) for name, role, pin in DEMO_STAFF[1:]]
    counter = Actor(made_staff[0].id, made_staff[0].name, Role.COUNTER)
    designer = Actor(made_staff[1].id, made_staff[1].name, Role.DESIGNER)
    plan = [
        OrderStatus.DRAFT,
        OrderStatus.PROOFING,
        OrderStatus.PROOFING,
        OrderStatus.APPROVED,
        OrderStatus.IN_PRODUCTION,
        OrderStatus.READY,
        OrderStatus.READY,
        OrderStatus.PICKED_UP,
        OrderStatus.DISPUTED,
        OrderStatus.RESOLVED,
    ]
    rng = random.Random(7)
    made = []
    for i, target in enumerate(plan):
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i * 5) % len(LAST)]}"
        company = COMPANIES[i % len(COMPANIES)]
        product, w, h, colors, stock = PRODUCTS[i % len(PRODUCTS)]
        spec = JobSpec(
            product,
            w,
            h,
            3,
            rng.choice([100, 250, 500, 1000]),
            stock,
            colors,
            "",
            date.today() + timedelta(days=rng.randrange(2, 10)),
        )
        order = orders.new_order(
            counter,
            orders.CustomerInput(
                name, company, f"+49 89 {rng.randrange(100000, 999999)}", f"{FIRST[i % len(FIRST)].lower()}@example.de"
            ),
            spec,
        )
        made.append(order.number)
        for side in range(spec.sides_printed):
            data = demo_artwork(spec, name, company, side)
            artwork.add_artwork(designer, order.number, f"{product.split()[0].lower()}-{side + 1}.png", side, data=data)
        if target == OrderStatus.DRAFT:
            continue
        proofs.make_proof(designer, order.number)
        if i % 3 == 2:
            approvals.record_approval(
                designer,
                order.number,
                decision=Decision.CHANGES_REQUESTED,
                customer_name=name,
                checklist={},
                changes="Telefonnummer bitte größer.",
                strokes=_signature(i),
                marks=_marks(),
            )
            bigger = demo_artwork(spec, name, company, 0, big_phone=True)
            artwork.add_artwork(designer, order.number, f"{product.split()[0].lower()}-1b.png", 0, data=bigger)
            proofs.make_proof(designer, order.number, note="Telefonnummer größer gesetzt.")
        if target == OrderStatus.PROOFING:
            continue
        approvals.record_approval(
            designer,
            order.number,
            decision=Decision.APPROVED,
            customer_name=name,
            checklist=dict.fromkeys(CHECKLIST, True),
            strokes=_signature(i + 100),
            acknowledged=acknowledgements.serious_keys(proofs.proof_of(order)),
        )
        if target in (OrderStatus.IN_PRODUCTION, OrderStatus.READY):
            orders.set_status(counter, order.number, OrderStatus.IN_PRODUCTION)
        if target == OrderStatus.READY:
            orders.set_status(counter, order.number, OrderStatus.READY)
        if target == OrderStatus.READY and i % 2:  # a part already taken: the queue says how much is still open
            pickup.record_pickup(counter, order.number, name, _signature(i + 200), spec.quantity // 2, "Karton 1 von 2")
        if target in (OrderStatus.PICKED_UP, OrderStatus.DISPUTED, OrderStatus.RESOLVED):
            if target == OrderStatus.PICKED_UP:  # delivered in two parts, the first with a note
                part = spec.quantity // 2
                pickup.record_pickup(counter, order.number, name, _signature(i + 200), part, "Karton 1 von 2")
            pickup.record_pickup(counter, order.number, name, _signature(i + 210))
        if target in (OrderStatus.DISPUTED, OrderStatus.RESOLVED):
            photo = disputes.Photo("abholung.jpg", _photo(spec, name, company))
            dispute = disputes.open_dispute(
                counter, order.number, DisputeCategory.COLOUR, "Das Blau ist viel dunkler als am Bildschirm.", [photo]
            )
            if target == OrderStatus.RESOLVED:
                disputes.decide_dispute(
                    owner,
                    dispute.id,
                    MatchesApproval.YES,
                    DisputeOutcome.CUSTOMER_PAYS,
                    "Farben entsprechen dem freigegebenen Proof; Hinweis auf Farbverbindlichkeit "
                    "wurde abgehakt und unterschrieben.",
                )
    # A returning customer: the order handed over is printed again ("Nachdruck"), its proof names the approved one.
    made.append(reorders.reorder(counter, made[plan.index(OrderStatus.PICKED_UP)], quantity=500).number)
    bulk = _bulk_orders(extra_orders) if extra_orders else 0
    return {
        "staff": [{"name": n, "role": r.value, "pin": p} for n, r, p in DEMO_STAFF],
        "recovery_code": done.recovery_code,
        "orders": made,
        "bulk_orders": bulk,
    }


def _photo(spec: JobSpec, name: str, company: str) -> bytes:
    art = Image.open(io.BytesIO(demo_artwork(spec, name, company, 0, dpi=100))).convert("RGB")
    table = Image.new("RGB", (art.width + 160, art.height + 160), (120, 95, 70))
    table.paste(art.rotate(4, expand=False, fillcolor=(120, 95, 70)), (80, 80))
    out = io.BytesIO()
    table.save(out, "JPEG", quality=85)
    return out.getvalue()


BULK_FIRST = FIRST + ["Γιώργος", "Дмитрий", "Zoë", "François", "Jürgen", "Małgorzata"]
BULK_LAST = LAST + ["Papadopoulos", "Παπαδόπουλος", "Łukasiewicz", "Nguyễn", "Ødegård", "Çelik", "Kovačević", "Mueller"]


def _bulk_orders(count: int, batch: int = 6000) -> int:
    """Insert ``count`` plain orders fast (for benchmarks of search and lookup at shop scale): returning customers
    (about three orders each, in the directory with their search words), names from many countries."""
    import secrets

    from ...store.models import CustomerToken
    from ...store.search_words import customer_tokens

    if count < 0 or count > 5_000_000:
        raise UserError(t("Give between 0 and 5,000,000 demo orders."))
    rng = random.Random(count)
    done = 0
    year = now().year
    while done < count:
        n = min(batch, count - done)
        with write():
            last = next_value(f"order:{year}", n)
            moment = now()
            customers = []
            for _ in range(max(1, n // 3)):
                first, last_name = rng.choice(BULK_FIRST), rng.choice(BULK_LAST)
                customers.append(
                    {
                        "name": f"{first} {last_name}",
                        "company": rng.choice(COMPANIES),
                        "phone": f"+49 {rng.randrange(150, 179)} {rng.randrange(1000000, 9999999)}",
                        "email": f"{first.lower()}.{rng.randrange(1, 99999)}@example.de",
                        "created_at": moment,
                        "updated_at": moment,
                        "digest_key": secrets.token_hex(32),
                    }
                )
            ids = _inserted_ids(Customer.insert_many(customers).execute(), len(customers))
            fakes = [
                Customer(id=cid, **{k: c[k] for k in ("name", "company", "phone", "email")})
                for cid, c in zip(ids, customers, strict=True)
            ]
            words = [{"token": w, "customer": f.id} for f in fakes for w in customer_tokens(f)]
            for start in range(0, len(words), 10000):
                CustomerToken.insert_many(words[start : start + 10000]).on_conflict_ignore().execute()
            rows: list[dict[str, Any]] = []
            owners: list[Customer] = []
            for k in range(n):
                product, w, h, colors, stock = PRODUCTS[k % len(PRODUCTS)]
                owner = fakes[rng.randrange(len(fakes))]
                owners.append(owner)
                rows.append(
                    {
                        "number": f"{year}-{last - n + 1 + k:05d}",
                        "customer": owner.id,
                        "product": product,
                        "width_mm": w,
                        "height_mm": h,
                        "bleed_mm": 3,
                        "quantity": 250,
                        "stock": stock,
                        "colors": colors,
                        "finishing": "",
                        "status": OrderStatus.DRAFT.value,  # nothing sealed backs any other status
                        "notes": "",
                        "created_at": moment,
                        "updated_at": moment,
                    }
                )
            Order.insert_many(rows).execute()
            numbers = [r["number"] for r in rows]
            numbered = Order.select(Order.number, Order.id).where(Order.number.in_(numbers)).tuples()
            by_number = dict(cast("Iterable[tuple[str, int]]", numbered))  # types-peewee: tuples() yields rows
            tokens: list[dict[str, object]] = []
            for row, owner in zip(rows, owners, strict=True):
                tokens.extend(
                    {"token": t, "order": by_number[row["number"]]} for t in order_tokens(row["number"], owner)
                )
            for start in range(0, len(tokens), 10000):
                OrderToken.insert_many(tokens[start : start + 10000]).on_conflict_ignore().execute()
            if done == 0:
                audit.append(None, "demo.bulk_orders", payload={"count": count})
        done += n
    return count


def _inserted_ids(returned: Any, n: int) -> list[int]:
    """Ids of a multi-row insert: SQLite returns the last rowid, PostgreSQL the rows."""
    if isinstance(returned, int):
        return list(range(returned - n + 1, returned + 1))
    ids = [r[0] if isinstance(r, tuple) else r for r in returned]
    return ids


def describe(result: dict[str, Any]) -> str:
    lines = []
    if result["staff"]:
        lines.append("Demo shop “Druckerei Sonnenschein” is ready. Sign in as:")
        lines += [f"  {s['name']} ({s['role']}), PIN {s['pin']}" for s in result["staff"]]
        lines.append(f"The owner's recovery code: {result['recovery_code']}")
        lines.append(f"Orders: {', '.join(result['orders'])}")
    if result["bulk_orders"]:
        lines.append(f"Added {result['bulk_orders']:,} plain orders.")
    return "\n".join(lines)
