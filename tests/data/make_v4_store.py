"""Write a schema-4 store with the code of commit e0c7937 (main before schema 5), for the upgrade tests.

Run with that commit's code first on the path (tests/data/README.md says how):

    PYTHONPATH=/tmp/v4code .venv/bin/python tests/data/make_v4_store.py STORE_URL

Every kind of sealed record exists in it, each carrying the personal details schema 5 moves out of the
sealed rows: an approval with requested changes, a voided approval (the owner's reason), a phone approval
(the staff member's note), an e-mail approval (the e-mail's file name), a pickup, a complaint with two
photos and the owner's decision, proof versions with notes, and artwork whose file name names the customer.
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw


def main(url: str) -> None:

    # Run against e0c7937's code (flat services, shop.setup), as the docstring says: not rewritten by later moves.
    from printproof.services import pins

    if hasattr(pins, "use_cost"):  # later code injects the tests' PIN cost; e0c7937 read an environment switch
        pins.use_cost(pins.TEST_COST)
    from printproof.domain.enums import (
        ApprovalMethod,
        Decision,
        DisputeCategory,
        DisputeOutcome,
        MatchesApproval,
        OrderStatus,
        Role,
    )
    from printproof.domain.signature import Point
    from printproof.domain.spec import JobSpec
    from printproof.domain.texts import CHECKLIST
    from printproof.services import acknowledgements, approvals, artwork, disputes, orders, pickup, proofs, shop, staff
    from printproof.store import migrations
    from printproof.store.db import open_store

    store = open_store(url)
    assert migrations.CURRENT == 4
    owner = shop.setup("Druckerei Alt", "Anna", "246810", "de").actor
    staff.add_staff(owner, "Tom", Role.COUNTER, "1111")
    tom = staff.sign_in("Tom", "1111")
    strokes = [[Point(50 + i * 10, 150 + (i % 7) * 12, 0.6, i * 10.0) for i in range(60)]]
    spec = JobSpec("Visitenkarte", 85, 55, 3, 500, "350 g matt", "4/4")
    folder = Path(tempfile.mkdtemp())
    art = folder / "Quellmalz_Visitenkarte.png"
    im = Image.new("RGB", (1075, 720), (40, 110, 190))
    ImageDraw.Draw(im).rectangle((250, 240, 800, 480), fill="white")
    im.save(art)
    ticked = dict.fromkeys(CHECKLIST, True)

    def ack(number: str) -> list[str]:
        return acknowledgements.serious_keys(proofs.get_proof(number))

    customer = orders.CustomerInput("Jürgen Quellmalz", "Quellmalz Bau", "+49 351 7654321", "quellmalz@example.org")
    a = orders.new_order(tom, customer, spec).number
    artwork.add_artwork(tom, a, art)
    proofs.make_proof(tom, a)
    approvals.record_approval(
        tom,
        a,
        decision=Decision.CHANGES_REQUESTED,
        customer_name="Jürgen Quellmalz",
        checklist={},
        changes="Bitte Quellmalz in Fettschrift",
        strokes=strokes,
    )
    proofs.make_proof(tom, a, note="Quellmalz jetzt fett")
    first = approvals.record_approval(
        tom,
        a,
        decision=Decision.APPROVED,
        customer_name="Jürgen Quellmalz",
        checklist=ticked,
        strokes=strokes,
        acknowledged=ack(a),
    )
    approvals.void_approval(owner, first.id, "Herr Quellmalz rief an: Telefonnummer falsch")
    proofs.make_proof(tom, a, note="Telefonnummer Quellmalz korrigiert")
    approvals.record_approval(
        tom,
        a,
        decision=Decision.APPROVED,
        method=ApprovalMethod.PHONE,
        customer_name="Jürgen Quellmalz",
        checklist=ticked,
        note="Herr Quellmalz hat um 10:12 telefonisch freigegeben",
        acknowledged=ack(a),
    )
    orders.set_status(tom, a, OrderStatus.IN_PRODUCTION)
    orders.set_status(tom, a, OrderStatus.READY)
    pickup.record_pickup(tom, a, "Jürgen Quellmalz", strokes)
    photos = []
    for n, colour in enumerate(((200, 40, 40), (40, 200, 40))):
        out = io.BytesIO()
        Image.new("RGB", (640, 480), colour).save(out, "JPEG")
        photos.append(disputes.Photo(f"quellmalz-reklamation-{n + 1}.jpg", out.getvalue()))
    complaint = disputes.open_dispute(
        tom, a, DisputeCategory.COLOUR, "Herr Quellmalz sagt: das Blau ist zu dunkel", photos
    )
    disputes.decide_dispute(
        owner, complaint.id, MatchesApproval.YES, DisputeOutcome.CUSTOMER_PAYS, "Quellmalz hat Farbe abgehakt"
    )

    b = orders.new_order(tom, orders.CustomerInput("Berta Beispiel", "", "", "berta@example.org"), spec).number
    artwork.add_artwork(tom, b, art)
    proofs.make_proof(tom, b)
    mail = b"From: berta@example.org\r\nSubject: Freigabe\r\n\r\nPasst so.\r\n"
    approvals.record_approval(
        tom,
        b,
        decision=Decision.APPROVED,
        method=ApprovalMethod.EMAIL,
        customer_name="Berta Beispiel",
        checklist=ticked,
        evidence=approvals.Evidence("Freigabe Berta Beispiel.eml", mail),
        acknowledged=ack(b),
    )
    orders.new_order(tom, orders.CustomerInput("Carl Entwurf"), spec)
    store.close()


if __name__ == "__main__":
    main(sys.argv[1])
