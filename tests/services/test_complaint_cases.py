"""A complaint is a case (issue 25): a number of its own at once, an answer date in working days (the shop's
state's public holidays left out), the owner's queue with the overdue first, and the acknowledgement the
customer gets — e-mailed through a real SMTP server on loopback and read as the customer would read it."""

from __future__ import annotations

import email
import json
import subprocess
from datetime import date, timedelta
from email import policy
from pathlib import Path

import pytest

from printproof.domain.answer_dates import answer_by
from printproof.domain.enums import DisputeCategory
from printproof.domain.errors import NotAllowed, UserError
from printproof.services.admin import setup
from printproof.services.counter import complaint_cases, disputes
from printproof.store.models import AuditEvent, ComplaintCase, Dispute
from tests.support.signatures import pyhanko_cli_validates, validate_pdf
from tests.support.stories import handed_over, photo


@pytest.mark.parametrize(
    "recorded, days, state, due",
    [
        (date(2026, 12, 23), 3, "BY", date(2026, 12, 29)),  # Christmas Day and Boxing Day, then a weekend
        (date(2026, 11, 17), 1, "SN", date(2026, 11, 19)),  # Repentance Day: a holiday in Saxony only
        (date(2026, 11, 17), 1, "BY", date(2026, 11, 18)),
        (date(2026, 6, 3), 1, "BY", date(2026, 6, 5)),  # Corpus Christi in Bavaria
        (date(2026, 6, 3), 1, "HH", date(2026, 6, 4)),  # … not in Hamburg
        (date(2026, 12, 4), 3, "", date(2026, 12, 9)),  # a Friday: the weekend does not count
    ],
)
def test_the_answer_date_counts_working_days_of_the_shops_state(recorded, days, state, due):
    assert answer_by(recorded, days, state) == due


def complaint(owner, number: str, words: str, photos: int = 2):
    return disputes.open_dispute(
        owner, number, DisputeCategory.COLOUR, words, [disputes.Photo(f"p{i}.jpg", photo(i)) for i in range(photos)]
    )


def test_a_complaint_gets_its_case_number_and_answer_date_at_once(owner, card_order, counter, tmp_path):
    setup.change_settings(owner, {"shop.state": "BY", "complaints.answer_days": 3})
    handed_over(owner, card_order, tmp_path)
    first = complaint(owner, card_order, "Das Blau ist viel zu dunkel.")
    case = ComplaintCase.get_by_id(first.id)
    year = date.today().year
    assert case.number == f"R-{year}-0001"
    assert case.answer_by == answer_by(date.today(), 3, "BY")
    event = AuditEvent.get(AuditEvent.kind == "complaint.case")
    assert json.loads(event.payload) == {"case": case.number, "answer_by": case.answer_by.isoformat()}

    # The queue: the owner's alone; the one due first on top, an overdue one before everything.
    with pytest.raises(NotAllowed):
        complaint_cases.open_cases(counter)
    rows = complaint_cases.open_cases(owner)
    assert [(r.number, r.order, r.photos) for r in rows] == [(case.number, card_order, 2)]
    ComplaintCase.update(answer_by=date.today() - timedelta(days=2)).execute()
    overdue = complaint_cases.open_cases(owner)[0]
    assert overdue.overdue and overdue.days_left() == -2


def test_the_acknowledgement_reaches_the_customer_as_they_read_it(
    owner,
    card_order,
    mail_settings,
    smtp_server,
    tmp_path,
):
    setup.change_settings(owner, {"complaints.answer_days": 3})
    handed_over(owner, card_order, tmp_path)
    recorded = complaint(owner, card_order, "Die Telefonnummer auf der Rückseite ist falsch.")
    case = ComplaintCase.get_by_id(recorded.id)
    complaint_cases.send_acknowledgement(owner, recorded.id, "kunde@example.org")
    _, inbox = smtp_server
    message = email.message_from_bytes(inbox.messages[0][1], policy=policy.default)
    assert message["To"] == "kunde@example.org"
    assert message["Subject"] == f"Ihre Reklamation {case.number} zu Auftrag {card_order}"
    body = message.get_body(preferencelist=("plain",)).get_content()
    due = f"{case.answer_by:%d.%m.%Y}"
    assert body.startswith("Guten Tag Łukasz Żółć,")
    for said in (
        case.number,
        "„Die Telefonnummer auf der Rückseite ist falsch.“",
        "2 Fotos",
        f"spätestens bis zum {due}",
    ):
        assert said in body, said
    (attachment,) = list(message.iter_attachments())
    pdf = attachment.get_content()
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert case.number in text and "Die Telefonnummer auf der Rückseite ist falsch." in text and due in text
    status = validate_pdf(pdf, None)
    assert status.intact and status.valid
    event = AuditEvent.get(AuditEvent.kind == "complaint.acknowledged")
    assert "kunde@example.org" not in event.payload and case.number in event.payload


def test_the_counter_offers_the_acknowledgement_and_the_owner_is_told_of_overdue_cases(
    window, qtbot, owner, card_order, mail_settings, smtp_server, tmp_path
):
    from tests.support.gui import settle

    handed_over(owner, card_order, tmp_path)
    recorded = complaint(owner, card_order, "Zu wenige Karten im Paket.", photos=1)
    case = ComplaintCase.get_by_id(recorded.id)
    window.session.sign_in(owner)
    window.show_tab("pickup")
    window.pickup.offer_acknowledgement(recorded.id)
    dialog = window.pickup.ack_dialog
    assert dialog.isVisible() and case.number in dialog.windowTitle()
    assert case.number in window.pickup.message.text()
    assert dialog.address.text() == "lz@example.com"
    dialog.send()
    settle(qtbot, lambda: "Sent to" in dialog.message.text())
    assert smtp_server[1].messages and smtp_server[1].messages[0][0] == ["lz@example.com"]

    ComplaintCase.update(answer_by=date.today() - timedelta(days=1)).execute()
    window.session.sign_out()
    window.session.sign_in(owner)
    settle(qtbot, lambda: "overdue" in window.statusBar().currentMessage())
    assert case.number in window.statusBar().currentMessage()
    # The owner's queue on the pickup screen: the open complaint first, overdue, its order one Enter away.
    window.pickup.show_queue()
    queue = window.pickup.queue
    settle(qtbot, lambda: queue.count() > 0 and case.number in queue.item(0).text())
    assert queue.item(0).text().startswith("⚠") and card_order in queue.item(0).text()
    assert "Open complaints: 1 (overdue: 1)" in window.pickup.queue_title.text()
    # Settings → Complaints: the month's figures.
    window.show_tab("settings")
    figures = window.settings.complaints
    window.settings.tabs.setCurrentWidget(window.settings.complaints_page)
    settle(qtbot, lambda: figures.table.rowCount() == 1)
    assert [figures.table.item(0, c).text() for c in (1, 4, 5)] == ["1", "1", "1"]  # recorded, open, late


def pdf_text(pdf: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()


def test_a_declined_complaint_is_answered_with_the_evidence_it_rests_on(
    owner, disputed_story, mail_settings, smtp_server, tmp_path
):
    number, _ = disputed_story
    dispute = Dispute.select().order_by(Dispute.id.desc()).get()
    case = ComplaintCase.get_by_id(dispute.id)
    letter = complaint_cases.send_decision_letter(owner, dispute.id, "sonne@example.org")
    assert letter.declined
    message = email.message_from_bytes(smtp_server[1].messages[0][1], policy=policy.default)
    assert message["Subject"] == f"Unsere Antwort auf Ihre Reklamation {case.number} zu Auftrag {number}"
    body = message.get_body(preferencelist=("plain",)).get_content()
    for said in (
        "Guten Tag Jürgen Müller,",
        "Es bleibt bei dem Auftrag, wie er geliefert und berechnet wurde.",
        "Version 2 des Korrekturabzugs freigegeben (am Bildschirm unterschrieben), unterschrieben als Jürgen Müller",
        "Text und Rechtschreibung; Telefon- und Faxnummern",
        "Sie haben bestätigt: Mir ist bekannt: Vorderseite: nur 100 dpi bei Druckgröße",
        "Mit Ihrer Unterschrift geben Sie diesen Korrekturabzug zum Druck frei",
        "Jürgen Müller hat den Empfang unterschrieben",
        "Außerdem: Wie freigegeben",
        case.number,
    ):
        assert said in " ".join(body.split()), said
    (attachment,) = list(message.iter_attachments())
    pdf = attachment.get_content()
    text = " ".join(pdf_text(pdf).split())
    assert "Version 2 des Korrekturabzugs freigegeben" in text and "Freigabebestätigung – Auftrag" in text
    status = validate_pdf(pdf, None)
    assert status.intact and status.valid
    pyhanko_cli_validates(pdf, tmp_path)
    event = AuditEvent.get(AuditEvent.kind == "complaint.letter")
    assert "sonne@example.org" not in event.payload and case.number in event.payload


def test_where_the_shop_is_at_fault_the_letter_apologises_and_says_what_happens(owner, card_order, tmp_path, counter):
    from printproof.domain.enums import DisputeOutcome, MatchesApproval

    handed_over(owner, card_order, tmp_path)
    recorded = complaint(owner, card_order, "Die Karten sind falsch geschnitten.", photos=1)
    with pytest.raises(UserError, match="not decided yet"):
        complaint_cases.decision_letter(owner, recorded.id)
    disputes.decide_dispute(
        owner,
        recorded.id,
        MatchesApproval.NO,
        DisputeOutcome.REPRINT_SHOP_COST,
        "Der Schnitt liegt 2 mm zu weit links.",
    )
    with pytest.raises(NotAllowed):
        complaint_cases.decision_letter(counter, recorded.id)
    letter = complaint_cases.decision_letter(owner, recorded.id)
    assert not letter.declined
    text = " ".join(letter.text.split())
    assert "Es tut uns leid: Die Lieferung entspricht nicht dem, was Sie freigegeben haben." in text
    assert "Der Schnitt liegt 2 mm zu weit links." in text and "auf unsere Kosten neu" in text
    # The replacement in one step: same customer, specification and artwork, due within the answer days.
    from printproof.store.models import Order

    made = complaint_cases.make_replacement(owner, recorded.id)
    replacement = Order.get(Order.number == made.number)
    original = Order.get(Order.number == card_order)
    assert replacement.customer_id == original.customer_id and replacement.product == original.product
    assert replacement.due == made.due and ComplaintCase.get_by_id(recorded.id).replacement_id == replacement.id
    with pytest.raises(UserError, match="already has its replacement order"):
        complaint_cases.make_replacement(owner, recorded.id)
    again = " ".join(complaint_cases.decision_letter(owner, recorded.id).text.split())
    assert f"als Auftrag {made.number}" in again
    assert "Freigabebestätigung" not in " ".join(pdf_text(letter.pdf).split())  # no evidence against the customer
    # The owner's dossier names the case, the promised date and the replacement, and what each hand-over gave.
    from printproof.services.counter.dossier import make_dossier

    case = ComplaintCase.get_by_id(recorded.id)
    dossier = " ".join(pdf_text(make_dossier(owner, card_order)).split())
    assert f"Fall {case.number}" in dossier and f"Ersatzauftrag {made.number}" in dossier
    assert "Antwort zugesagt bis" in dossier and "500 von 500 Stück" in dossier
    # The case is done when the replacement is handed over: said in the chain of the order complained about.
    from printproof.domain.enums import OrderStatus
    from printproof.services.core import orders
    from printproof.services.counter import pickup
    from tests.support.shop import signature_strokes
    from tests.support.stories import approve

    approve(owner, made.number)
    orders.set_status(owner, made.number, OrderStatus.IN_PRODUCTION)
    orders.set_status(owner, made.number, OrderStatus.READY)
    assert not AuditEvent.select().where(AuditEvent.kind == "complaint.closed").exists()
    pickup.record_pickup(counter, made.number, "Jürgen Müller", signature_strokes())
    closed = AuditEvent.get(AuditEvent.kind == "complaint.closed")
    assert closed.order.number == card_order and case.number in closed.payload and made.number in closed.payload


def test_the_figures_of_a_thousand_cases_agree_with_a_direct_count(owner, tmp_path):
    """1,000 complaints written straight into the store over a year (as a busy shop gathers them), then the
    figures month by month against SQL counts of the same rows."""
    import random
    from datetime import datetime

    from printproof.domain.enums import DisputeCategory
    from printproof.services.core import orders
    from printproof.store.db import write
    from printproof.store.models import DisputeDecision, Order, db
    from tests.support.shop import CARD

    number = orders.new_order(owner, orders.CustomerInput("Viele Reklamationen"), CARD).number
    order_id = Order.get(Order.number == number).id
    chance = random.Random(25)
    categories = [c.value for c in DisputeCategory]
    with write():
        for i in range(1000):
            at = datetime(2026, 1 + i % 12, 1 + i % 27, 10, 0)
            dispute = Dispute.create(
                order=order_id, category=chance.choice(categories), staff=owner.staff_id, workstation="bench",
                created_at=at, utc_offset="+00:00", content_sha256="0" * 64,
            )  # fmt: skip
            ComplaintCase.create(dispute=dispute.id, number=f"R-2026-{i + 1:04d}", answer_by=at.date(), created_at=at)
            if i % 3:
                DisputeDecision.create(
                    dispute=dispute.id, matches_approval=chance.choice(["yes", "no", "partly"]),
                    outcome="customer_pays", staff=owner.staff_id, workstation="bench",
                    created_at=at.replace(hour=12) if i % 2 else at.replace(day=28), utc_offset="+00:00",
                    content_sha256="0" * 64,
                )  # fmt: skip
    figures = {f.month: f for f in complaint_cases.statistics(owner)}

    def count(sql: str, month: str) -> int:
        like = "%s" if db.obj.__class__.__name__.startswith("Postgres") else "?"
        where = "to_char(d.created_at, 'YYYY-MM')" if like == "%s" else "strftime('%Y-%m', d.created_at)"
        return db.execute_sql(sql.replace("MONTH", where).replace("?", like), (month,)).fetchone()[0]

    for month in ("2026-01", "2026-06", "2026-12"):
        f = figures[month]
        assert f.recorded == count("SELECT COUNT(*) FROM dispute d WHERE MONTH = ?", month)
        assert f.declined == count(
            "SELECT COUNT(*) FROM dispute d JOIN dispute_decision x ON x.dispute_id = d.id "
            "WHERE MONTH = ? AND x.matches_approval = 'yes'",
            month,
        )
        assert f.open == count(
            "SELECT COUNT(*) FROM dispute d WHERE MONTH = ? AND d.id NOT IN (SELECT dispute_id FROM dispute_decision)",
            month,
        )
        assert sum(f.by_category.values()) == f.recorded == f.justified + f.declined + f.open
    csv = complaint_cases.statistics_csv(owner).splitlines()
    assert csv[0].startswith("month,recorded,colour,") and len(csv) == 1 + len(figures)


def test_the_command_line_lists_writes_and_counts(store, owner, card_order, tmp_path):
    from tests.support.shop import PRINTPROOF

    handed_over(owner, card_order, tmp_path)
    recorded = complaint(owner, card_order, "Falsches Papier.", photos=0)
    case = ComplaintCase.get_by_id(recorded.id)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        base = [*PRINTPROOF, "--db", store.location, "--user", "Anna Owner", "--pin", "123456"]
        return subprocess.run([*base, *args], capture_output=True, text=True, timeout=120)

    listed = cli("complaint", "list")
    assert listed.returncode == 0 and case.number in listed.stdout and card_order in listed.stdout
    written = cli("complaint", "acknowledge", str(recorded.id), "--out", str(tmp_path / "ack.pdf"))
    assert written.returncode == 0, written.stderr
    assert case.number in pdf_text((tmp_path / "ack.pdf").read_bytes())
    refused = cli("complaint", "answer", str(recorded.id), "--out", str(tmp_path / "answer.pdf"))
    assert refused.returncode == 2 and refused.stderr.strip().endswith("decide it first.")
    absurd = cli("complaint", "decide", str(recorded.id), "--matches", "yes", "--outcome", "discount",
                 "--amount", "12,50,3", "--reason", "Kulanz")  # fmt: skip
    assert absurd.returncode == 2 and "not an amount in euros" in absurd.stderr
    decided = cli("complaint", "decide", str(recorded.id), "--matches", "yes", "--outcome", "discount",
                  "--amount", "12,50", "--reason", "Kulanz")  # fmt: skip
    assert decided.returncode == 0 and "(€12.50)" in decided.stdout, decided.stderr
    answered = cli("complaint", "answer", str(recorded.id), "--out", str(tmp_path / "answer.pdf"))
    assert answered.returncode == 0 and "Nachlass von 12,50 €" in " ".join(
        pdf_text((tmp_path / "answer.pdf").read_bytes()).split()
    )
    counted = cli("complaint", "stats", "--csv", str(tmp_path / "figures.csv"))
    assert counted.returncode == 0 and "1 recorded" in counted.stdout and "discounts €12.50" in counted.stdout
    header, row = (tmp_path / "figures.csv").read_text().splitlines()[:2]
    assert row.split(",")[1] == "1"
    assert dict(zip(header.split(","), row.split(","), strict=True))["discounts_eur"] == "12.50"


def test_a_discount_or_refund_records_its_amount_sealed_and_named_in_the_letter(owner, card_order, tmp_path):
    """The amount is part of the sealed decision (verify holds it), the letter names it, the figures add it up;
    an outcome without an amount refuses one, and a discount or a refund refuses to go without."""
    from printproof.domain.enums import DisputeOutcome, MatchesApproval
    from printproof.services.evidence.verify import verify_store
    from printproof.store.models import DisputeDecision
    from printproof.store.sealed import decision_content

    handed_over(owner, card_order, tmp_path)
    recorded = complaint(owner, card_order, "Die Farbe ist zu blass.", photos=0)
    for outcome, amount, refusal in (
        (DisputeOutcome.DISCOUNT, None, "needs its amount"),
        (DisputeOutcome.CUSTOMER_PAYS, 1000, "Only a discount or a refund has an amount"),
        (DisputeOutcome.REFUND, 0, "more than 0"),
        (DisputeOutcome.REFUND, 10**12, "is not accepted"),
    ):
        with pytest.raises(UserError, match=refusal):
            disputes.decide_dispute(owner, recorded.id, MatchesApproval.PARTLY, outcome, "Teilweise blass.", amount)
    assert not DisputeDecision.select().exists()
    decided = disputes.decide_dispute(
        owner, recorded.id, MatchesApproval.PARTLY, DisputeOutcome.REFUND, "Teilweise blass.", 4990
    )
    assert decision_content(decided)["amount_cents"] == 4990
    assert not verify_store().problems
    letter = complaint_cases.decision_letter(owner, recorded.id)
    assert "Wir erstatten Ihnen 49,90 €." in " ".join(pdf_text(letter.pdf).split())
    (month,) = [f for f in complaint_cases.statistics(owner) if f.recorded]
    assert month.refunds_cents == 4990 and month.discounts_cents == 0
    # The dossier and the customer's copy of the decision name it too, as poppler reads them.
    from printproof.services.counter.dossier import make_dossier
    from printproof.services.evidence.copies import make_copy

    assert "Erstattung (49,90 €)" in " ".join(pdf_text(make_dossier(owner, card_order)).split())
    copy, _facts = make_copy(owner, f"dispute_decision:{decided.id}")
    assert "Erstattung (49,90 €)" in " ".join(pdf_text(copy).split())
    # The row refuses a change; changed behind PrintProof's back (its protections dropped), verify names it.
    from peewee import DatabaseError

    from printproof.store.models import db
    from printproof.store.triggers import drop_triggers

    with pytest.raises(DatabaseError, match="UPDATE of a sealed dispute_decision record is not allowed"):
        with db.atomic():  # PostgreSQL ends a transaction at an error: this one alone
            DisputeDecision.update(amount_cents=490).where(DisputeDecision.id == decided.id).execute()
    drop_triggers()
    DisputeDecision.update(amount_cents=490).where(DisputeDecision.id == decided.id).execute()
    assert any("dispute decision" in p.what for p in verify_store().problems)


def complaint_email(to_number: str | None, tmp_path) -> Path:  # noqa: ANN001
    """What an angry customer sends: words above a quoted earlier mail and a signature, two phone photos, and the
    shop's own PDF back as an attachment."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Łukasz Żółć <LZ@example.com>"
    message["To"] = "druck@example.com"
    message["Subject"] = f"Reklamation Auftrag {to_number}" if to_number else "Reklamation!!!"
    message.set_content(
        "Die Farben sind völlig falsch, das Blau ist fast schwarz.\nIch zahle das so nicht.\n\n"
        "> Am 01.12. schrieb die Druckerei:\n> Ihr Auftrag ist fertig.\n-- \nŁukasz Żółć, Ørsted GmbH\n"
    )
    for i in range(2):
        message.add_attachment(photo(i), maintype="image", subtype="jpeg", filename=f"IMG_00{i}.jpg")
    message.add_attachment(b"%PDF-1.4 not a photo", maintype="application", subtype="pdf", filename="rechnung.pdf")
    path = tmp_path / "reklamation.eml"
    path.write_bytes(bytes(message))
    return path


def test_a_complaint_that_arrives_by_e_mail_is_taken_over(owner, card_order, window, qtbot, tmp_path):
    from tests.support.gui import answer_next_dialog, settle

    handed_over(owner, card_order, tmp_path)
    named = complaint_cases.read_complaint_email(complaint_email(card_order, tmp_path).read_bytes(), owner)
    by_sender = complaint_cases.read_complaint_email(complaint_email(None, tmp_path).read_bytes(), owner)
    assert named.number == by_sender.number == card_order  # by its number, else by the sender's address
    assert (named.found_by, by_sender.found_by) == ("number", "sender")
    assert "das Blau ist fast schwarz" in named.words and "Ihr Auftrag ist fertig" not in named.words
    assert "Ørsted GmbH" not in named.words  # the signature is not the customer's words
    assert [p.filename for p in named.photos] == ["IMG_000.jpg", "IMG_001.jpg"] and named.left_out == ["rechnung.pdf"]
    with pytest.raises(UserError, match="not an e-mail"):
        complaint_cases.read_complaint_email(b"", owner)
    # An HTML mail from Outlook: a date is no order number, the quoted earlier mail is not the customer's words.
    from email.message import EmailMessage

    outlook = EmailMessage()
    outlook["From"], outlook["Subject"] = "lz@example.com", "AW: geliefert am 2026-00-15"
    outlook.set_content(
        "<html><body><p>Die Karten sind 2 mm zu klein.</p><p>Gruß</p>"
        "<div>-----Ursprüngliche Nachricht-----<br>Von: Druckerei<br>Ihr Auftrag 2026-00001 ist fertig</div>"
        "<blockquote>alter Text</blockquote></body></html>",
        subtype="html",
    )
    read = complaint_cases.read_complaint_email(bytes(outlook), owner)
    assert read.found_by == "sender" and "2 mm zu klein" in read.words
    assert "Ursprüngliche" not in read.words and "alter Text" not in read.words
    window.session.sign_in(owner)
    window.show_tab("pickup")

    def save(dialog) -> None:  # noqa: ANN001
        assert len(dialog.photos) == 2 and "fast schwarz" in dialog.words.toPlainText()
        dialog.save_button.click()

    answer_next_dialog(save)
    window.pickup.complaint_from_email(str(complaint_email(card_order, tmp_path)))
    settle(qtbot, lambda: getattr(window.pickup, "ack_dialog", None) is not None)
    case = ComplaintCase.select().get()
    assert case.number in window.pickup.ack_dialog.windowTitle()
    assert len(disputes.dispute_view(case.dispute_id, viewer=owner).photos) == 2


def test_complaints_recorded_before_cases_get_their_numbers_on_the_upgrade(store, owner, card_order, tmp_path):
    from printproof.store import migrations
    from printproof.store.db import open_store
    from printproof.store.models import db

    handed_over(owner, card_order, tmp_path)
    recorded = complaint(owner, card_order, "Vor dem Update aufgenommen.", photos=0)
    db.execute_sql('DROP TABLE "complaint_case"')  # as schema 7 left it: the complaint, no case
    db.execute_sql('DROP TABLE "portal_link"')
    db.execute_sql(
        "DELETE FROM counter WHERE name LIKE 'complaint-case-%%'"
        if not store.path
        else "DELETE FROM counter WHERE name LIKE 'complaint-case-%'"
    )  # fmt: skip  (psycopg2 needs %%)
    db.execute_sql("DELETE FROM schema_version WHERE version >= 8")
    store.close()
    reopened = open_store(store.location)  # the upgrade to schema 8 runs on open
    try:
        assert migrations._version() == migrations.CURRENT
        case = ComplaintCase.get_by_id(recorded.id)
        assert case.number.startswith("R-") and case.number.endswith("-0001")
        assert [r.number for r in complaint_cases.open_cases(owner)] == [case.number]
    finally:
        reopened.close()


def _make_replacement(url: str, dispute_id: int, queue, barrier) -> None:  # noqa: ANN001
    from printproof.services.admin import staff
    from printproof.store.db import open_store

    try:
        open_store(url)
        owner = staff.sign_in("Anna Owner", "123456")
        barrier.wait(timeout=120)
        try:
            queue.put(("made", complaint_cases.make_replacement(owner, dispute_id).number))
        except UserError as exc:
            queue.put(("refused", str(exc)))
    except BaseException as exc:  # report instead of hanging the test
        queue.put(("error", repr(exc)))


def test_two_workstations_making_the_replacement_at_once_make_one(any_store, owner, card_order, tmp_path):
    """Two workstations pressing "Make the replacement" at the same moment made two replacement orders."""
    import multiprocessing as mp

    from printproof.domain.enums import DisputeOutcome, MatchesApproval
    from printproof.store.models import Order
    from tests.support.stores import _url

    handed_over(owner, card_order, tmp_path)
    recorded = complaint(owner, card_order, "Falsch geschnitten.", photos=0)
    disputes.decide_dispute(owner, recorded.id, MatchesApproval.NO, DisputeOutcome.REPRINT_SHOP_COST, "Schnitt.")
    before = Order.select().count()
    url = any_store.location if any_store.kind == "sqlite" else _url(any_store)
    ctx = mp.get_context("spawn")
    queue, barrier = ctx.Queue(), ctx.Barrier(2)
    procs = [ctx.Process(target=_make_replacement, args=(url, recorded.id, queue, barrier)) for _ in range(2)]
    for proc in procs:
        proc.start()
    results = sorted(queue.get(timeout=180) for _ in procs)
    for proc in procs:
        proc.join(timeout=60)
    assert [kind for kind, _ in results] == ["made", "refused"], results
    assert "already has its replacement order" in results[1][1]
    assert Order.select().count() == before + 1
    assert ComplaintCase.get_by_id(recorded.id).replacement.number == results[0][1]


def test_the_owners_own_wording_answers_its_outcome_and_a_broken_one_is_refused(owner, card_order, tmp_path):
    """Settings → Complaints → Letters: the owner's template for a discount in German answers that outcome (the
    facts and the amount filled in by PrintProof); a template with an unknown placeholder is refused on saving."""
    from printproof.domain.enums import DisputeOutcome, MatchesApproval
    from printproof.services.core.shop import get_setting

    with pytest.raises(UserError, match="Kundenname"):
        setup.change_settings(owner, {"letter.de.discount": "{greeting} Fall {case}. {statement} {Kundenname}"})
    assert get_setting("letter.de.discount") == ""
    own = (
        "{greeting}\n\nzu Ihrer Reklamation {case} (Auftrag {number}) haben wir Folgendes festgestellt:\n\n"
        "{statement}\n\nWir kommen Ihnen entgegen: {next}\n\n{attachment}\n\nHerzliche Grüße aus der Werkstatt\n{shop}"
    )
    setup.change_settings(owner, {"letter.de.discount": own})
    handed_over(owner, card_order, tmp_path)
    recorded = complaint(owner, card_order, "Zu blass.", photos=0)
    disputes.decide_dispute(owner, recorded.id, MatchesApproval.YES, DisputeOutcome.DISCOUNT, "Wie freigegeben.", 990)
    case = ComplaintCase.get_by_id(recorded.id)
    letter = complaint_cases.decision_letter(owner, recorded.id)
    text = " ".join(letter.text.split())
    assert f"zu Ihrer Reklamation {case.number} (Auftrag {card_order}) haben wir Folgendes festgestellt:" in text
    assert "Was wir geliefert haben, entspricht dem Korrekturabzug, den Sie freigegeben haben." in text
    assert "Wir kommen Ihnen entgegen: Obwohl die Lieferung dem entspricht" in text and "9,90 €" in text
    assert letter.text.rstrip().endswith("Herzliche Grüße aus der Werkstatt\nDruckerei Müller")
    pdf = " ".join(pdf_text(letter.pdf).split())
    assert "Herzliche Grüße aus der Werkstatt" in pdf and "Freigabebestätigung – Auftrag" in pdf
    # The standard letter, which the Settings page shows to start from, keeps its placeholders.
    assert complaint_cases.standard_letter("de").startswith("{greeting}\n\ndanke für Ihre Geduld.")
