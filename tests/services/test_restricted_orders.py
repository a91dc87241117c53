"""No side doors: a restricted order (the customer asked for erasure while retention runs, GDPR Art. 18) is refused
to counter staff and designers by every service that takes an order — by number, by a scanned code, or by the id of
one of its records — and an erased order is refused in one sentence, never with a crash.

The table below names each such service; a service that takes an order and is missing from it fails the test, so a
new one cannot be added without saying how it is guarded.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import printproof.services
from printproof.domain.enums import Decision, DisputeCategory, DisputeOutcome, MatchesApproval, OrderStatus, Role
from printproof.domain.errors import NotAllowed, UserError
from printproof.domain.vocabulary import CHECKLIST
from printproof.services.admin.staff import add_staff, sign_in
from printproof.services.artwork import artwork
from printproof.services.core import customers, order_edits, orders
from printproof.services.counter import (
    complaint_cases,
    disputes,
    dossier,
    mail,
    overview,
    photo_align,
    pickup,
    remote_approval,
    tickets,
)
from printproof.services.evidence import certificates, copies
from printproof.services.privacy import erasure, privacy
from printproof.services.proofing import approvals, compare, proofs, reorders
from printproof.store.models import Approval, Dispute, DisputeDecision, DisputePhoto, Pickup
from tests.support.shop import card_png, signature_strokes
from tests.support.stories import EMAIL, NAME, customer_story, later, photo

# Parameters through which a service is handed an order or one of its records.
ORDER_PARAMETERS = {"number", "numbers", "approval_id", "dispute_id", "photo_id", "subject"}

# Services that take such a parameter but show nothing of the customer: why each needs no guard.
EXEMPT = {
    "mail.order_code_png": "draws the QR code of a number the caller already has",
    "identify.customer_copy_code": "reads a code off a copy; nothing from the store",
    "identify.check_copy_code": "says whether a copy is genuine: record status only, no personal data",
    "identify.identify_code": "says whether a printed code is genuine: status only, no personal data",
    "copies.position_of": "a record's place in the audit chain (used by the guarded make_copy)",
    "copies.copy_facts": "what a copy shows; its callers (make_copy, note_copy) check who asks",
    "copies.note_copy": "seals a copy made by the guarded make_copy (its facts come from there)",
    "identify.resealed_as": "an audit-chain lookup by hash, no personal data",
    "compare.change_items": "takes an order id the guarded compare_versions found",
    "markup.requests_before": "takes an order id the guarded callers found",
    "dossier.aligned_story": "part of the owner's dossier, which is guarded",
    "verify.verify_approval": "re-hashes a record: says intact or not, no personal data",
    "erasure.erase_orders": "the owner's alone (every other role is refused before any lookup)",
    "sealing.seal": "writes a record for a caller that found the order",
    "copies.seal_copy": "seals a copy for a caller that found the order",
    "audit.append": "writes an audit event for a caller that found the order",
    "proof_pages.artwork_page": "its 'number' is a page number",
}


def order_services() -> set[str]:
    """Every public service function that takes an order or one of its records."""
    found = set()
    for info in pkgutil.walk_packages(printproof.services.__path__, "printproof.services."):
        module = importlib.import_module(info.name)
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != module.__name__:
                continue
            if ORDER_PARAMETERS & set(inspect.signature(fn).parameters):
                found.add(f"{info.name.rsplit('.', 1)[-1]}.{name}")  # module names are unique across the areas
    return found


@pytest.fixture
def shop_with_a_restricted_order(owner, counter, tmp_path):
    """A complete order (approval, hand-over, complaint with photos, decision) whose customer asked for erasure."""
    add_staff(owner, "Dora Design", Role.DESIGNER, "2222")
    designer = sign_in("Dora Design", "2222")
    number = customer_story(owner, counter, tmp_path)
    answer = privacy.request_erasure(owner, EMAIL, "am Telefon")
    assert answer.restricted == [number]
    return number, {"counter": counter, "designer": designer, "owner": owner}


def calls(number: str, tmp_path: Path) -> dict[str, Callable[[Any], object]]:
    """Each guarded service, called as ``who`` on the order ``number``."""
    approval = Approval.select().where(Approval.order == orders.Order.get(orders.Order.number == number)).first()
    dispute = Dispute.get()
    photo_id = DisputePhoto.select().where(DisputePhoto.dispute == dispute).first().id
    corners = [(10.0, 10.0), (100.0, 10.0), (100.0, 80.0), (10.0, 80.0)]
    handed = Pickup.get()
    decision = DisputeDecision.select().first() or DisputeDecision(id=0)
    customer = orders.Order.get(orders.Order.number == number).customer_id
    return {
        "approvals.record_approval": lambda who: approvals.record_approval(
            who,
            number,
            decision=Decision.APPROVED,
            customer_name=NAME,
            checklist=dict.fromkeys(CHECKLIST, True),
            strokes=signature_strokes(),
        ),
        "approvals.void_standing_approval": lambda who: approvals.void_standing_approval(who, number, "falsch"),
        "approvals.void_approval": lambda who: approvals.void_approval(who, approval.id, "falsch"),
        "artwork.add_artwork": lambda who: artwork.add_artwork(who, number, card_png(tmp_path / "new.png")),
        "artwork.remove_artwork": lambda who: artwork.remove_artwork(who, number, "front"),
        "certificates.make_certificate": lambda who: certificates.make_certificate(who, number),
        "complaint_cases.case_of": lambda who: complaint_cases.case_of(dispute.id, who),
        "complaint_cases.acknowledgement": lambda who: complaint_cases.acknowledgement(who, dispute.id),
        "complaint_cases.decision_letter": lambda who: complaint_cases.decision_letter(who, dispute.id),
        "complaint_cases.send_decision_letter": lambda who: complaint_cases.send_decision_letter(
            who, dispute.id, "kunde@example.org"
        ),
        "complaint_cases.make_replacement": lambda who: complaint_cases.make_replacement(who, dispute.id),
        "complaint_cases.dispute_of_decision": lambda who: complaint_cases.dispute_of_decision(decision.id, who),
        "complaint_cases.customer_email": lambda who: complaint_cases.customer_email(dispute.id, who),
        "complaint_cases.note_acknowledged": lambda who: complaint_cases.note_acknowledged(who, dispute.id, "printed"),
        "complaint_cases.send_acknowledgement": lambda who: complaint_cases.send_acknowledgement(
            who, dispute.id, "kunde@example.org"
        ),
        "compare.compare_versions": lambda who: compare.compare_versions(number, 1, 2, viewer=who),
        "compare.tick_change": lambda who: compare.tick_change(who, approval.id, 0),
        "copies.make_copy": lambda who: copies.make_copy(who, f"approval:{approval.id}"),
        "copies.customer_email": lambda who: copies.customer_email(f"pickup:{handed.id}", who),
        "customers.customer_details": lambda who: customers.customer_details(customer, viewer=who),
        "disputes.open_dispute": lambda who: disputes.open_dispute(
            who, number, DisputeCategory.COLOUR, "zu dunkel", [disputes.Photo("p.jpg", photo(7))]
        ),
        "disputes.decide_dispute": lambda who: disputes.decide_dispute(
            who, dispute.id, MatchesApproval.YES, DisputeOutcome.CUSTOMER_PAYS, "abgehakt"
        ),
        "disputes.dispute_view": lambda who: disputes.dispute_view(dispute.id, viewer=who),
        "dossier.make_dossier": lambda who: dossier.make_dossier(who, number),
        "mail.send_certificate": lambda who: mail.send_certificate(who, number, "kunde@example.org"),
        "mail.send_copy": lambda who: mail.send_copy(who, f"approval:{approval.id}", "kunde@example.org"),
        "mail.notice_address": lambda who: mail.notice_address(number, who),
        "mail.notify_ready": lambda who: mail.notify_ready(who, number),
        "order_edits.edit_order": lambda who: order_edits.edit_order(who, number, notes="Notiz"),
        "orders.find_order": lambda who: orders.find_order(number, who),
        "orders.set_status": lambda who: orders.set_status(who, number, OrderStatus.READY),
        "overview.order_overview": lambda who: overview.order_overview(number, viewer=who),
        "overview.order_view": lambda who: overview.order_view(number, viewer=who),
        "overview.order_timeline": lambda who: overview.order_timeline(number, viewer=who),
        "overview.approval_record": lambda who: overview.approval_record(approval.id, viewer=who),
        "photo_align.aligned": lambda who: photo_align.aligned(photo_id, corners, 0, viewer=who),
        "photo_align.align_start": lambda who: photo_align.align_start(photo_id, viewer=who),
        "photo_align.keep_corners": lambda who: photo_align.keep_corners(who, photo_id, corners),
        "pickup.find_for_pickup": lambda who: pickup.find_for_pickup(number, viewer=who),
        "pickup.record_pickup": lambda who: pickup.record_pickup(who, number, NAME, signature_strokes()),
        "pickup.pickup_view": lambda who: pickup.pickup_view(number, viewer=who),
        "proofs.make_proof": lambda who: proofs.make_proof(who, number),
        "proofs.get_proof": lambda who: proofs.get_proof(number, None, who),
        "proofs.serious_findings_of": lambda who: proofs.serious_findings_of(number, 1, "de", who),
        "proofs.proof_pdf": lambda who: proofs.proof_pdf(number, None, who),
        "proofs.export_proof": lambda who: proofs.export_proof(who, number, tmp_path / "proof.pdf"),
        "reorders.reorder": lambda who: reorders.reorder(who, number),
        "remote_approval.send_for_approval": lambda who: remote_approval.send_for_approval(
            who, number, "kunde@example.org"
        ),
        "remote_approval.link_state": lambda who: remote_approval.link_state(number, who),
        "tickets.make_job_ticket": lambda who: tickets.make_job_ticket(who, number),
        "tickets.make_pickup_label": lambda who: tickets.make_pickup_label(who, number),
    }


def test_every_service_that_takes_an_order_is_in_the_table(store, owner, counter, tmp_path):
    named = set(calls(customer_story(owner, counter, tmp_path), tmp_path)) | set(EXEMPT)
    unguarded = order_services() - named
    assert unguarded == set(), f"say how these are guarded (a row in calls(), or EXEMPT with why): {unguarded}"


def test_a_restricted_order_is_refused_to_all_but_the_owner(store, shop_with_a_restricted_order, tmp_path):
    number, people = shop_with_a_restricted_order
    table = calls(number, tmp_path)
    leaked = {}
    for role in ("counter", "designer"):
        for name, call in table.items():
            try:
                answer = call(people[role])
            except NotAllowed:
                continue  # restricted, or the owner's work: refused before anything of the order is read
            except UserError as refused:
                leaked[f"{role}: {name}"] = f"refused, but not as restricted: {refused}"
            else:
                leaked[f"{role}: {name}"] = f"answered {type(answer).__name__}"
    assert leaked == {}
    assert orders.search_orders(NAME, viewer=people["counter"]) == []
    assert pickup.pickup_candidates(NAME.split()[-1], viewer=people["designer"]) == []
    # The owner still reaches it: only the restriction is lifted for them, every other rule holds.
    for name in ("overview.order_view", "pickup.pickup_view", "proofs.proof_pdf", "certificates.make_certificate"):
        table[name](people["owner"])


def test_an_erased_order_is_refused_in_one_sentence(store, owner, counter, tmp_path, monkeypatch):
    number = customer_story(owner, counter, tmp_path)
    table = calls(number, tmp_path)
    later(monkeypatch, 10.1)
    erasure.erase_orders(owner, [number])
    for who in (counter, owner):
        for name, call in table.items():
            try:
                answer = call(who)
            except UserError as refused:
                assert str(refused) and "\n" not in str(refused), name
            else:  # what is still answered carries nothing of the customer
                assert NAME not in repr(answer) and EMAIL not in repr(answer), name


def order_commands() -> list[list[str]]:
    """Every command of the command line that takes an order, with its required options filled in."""
    import argparse

    from printproof.cli import parser

    found: list[list[str]] = []

    def walk(p: argparse.ArgumentParser, path: list[str]) -> None:
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, [*path, name])
        positionals = [a.dest for a in p._actions if not a.option_strings and a.dest not in ("help", "command")]
        if "order" not in positionals:
            return
        args = list(path)
        for action in p._actions:
            if not action.option_strings and action.dest == "order":
                args.append("{order}")
            elif not action.option_strings and action.dest not in ("help",) and action.choices:
                args.append(sorted(action.choices)[0])
            elif not action.option_strings and action.dest == "file":
                args.append("{file}")
            elif action.required and action.option_strings:  # --out, or two different versions (--from, --to)
                args += [action.option_strings[-1], "{out}" if action.dest == "out" else str(len(args))]
        found.append(args)

    walk(parser(), [])
    return found


def test_no_command_reaches_a_restricted_order_as_counter_staff(store, tmp_path, capsys, shop_with_a_restricted_order):
    from printproof import cli
    from printproof.store.models import db

    number, _people = shop_with_a_restricted_order
    url = store.location  # the tests' PostgreSQL server needs no password
    commands = order_commands()
    named = {" ".join(c[:2]) for c in commands}
    assert named >= {"proof export", "certificate {order}", "order status", "show {order}", "artwork add"}
    answered = {}
    for command in commands:
        out = tmp_path / "out.pdf"
        argv = [a.format(order=number, out=out, file=card_png(tmp_path / "f.png")) for a in command]
        code = cli.main(["--db", url, "--user", "Tom Counter", "--pin", "1111", *argv])
        if not db.is_closed():
            db.close()
        said = capsys.readouterr()
        if code != 3 or out.exists() or NAME in said.out:
            answered[" ".join(command)] = (code, said.err.strip()[:200])
    assert answered == {}
