"""Words that PrintProof prints on proofs, certificates and the dossier, and says on the customer's screen.

The English is here, by key; every other language is in its catalogue (:mod:`.catalogue`: the contexts
``Document``, ``Customer screen``, and for preflight findings ``Findings`` and ``Finding words``), the same file
the screens are translated from. Stored values (a decision, a method, an event, a checklist item) are named by
:mod:`.vocabulary`. Documents
made by the core speak the language set in the shop profile, the customer's screen the customer's.
A ``(one, other)`` pair is a plural, chosen by the count (``count`` or ``n``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from .catalogue import English, say
from .finding_texts import FINDINGS, WORDS
from .i18n import LANGUAGES

# The words of proofs, certificates and the dossier (context ``Document``).
_TEXTS: dict[str, English] = {
    "proof_title": "PROOF",
    "watermark": "PROOF – NOT FOR PRINT",
    "order": "Order",
    "version": "Version",
    "date": "Date",
    "customer": "Customer",
    "specification": "Specification",
    "product": "Product",
    "finished_size": "Finished size",
    "bleed": "Bleed",
    "quantity": "Quantity",
    "stock": "Stock",
    "colors": "Colours",
    "finishing": "Finishing",
    "due": "Due date",
    "sides": "Sides",
    "preflight": "Preflight findings",
    "preflight_ok": "No problems found.",
    "checklist": "Please check carefully",
    "terms": "Terms",
    "sign_here": "I have checked this proof and approve it for print.",
    "signature": "Signature",
    "name_print": "Name (printed)",
    "place_date": "Place, date",
    "fingerprint": "Content fingerprint (SHA-256)",
    "page_of": "Page {page} of {pages}",
    "shown_at": "Shown at {percent} % of the printed size",
    "true_size": "True size (100 %)",
    "legend_trim": "Trim (cut)",
    "legend_bleed": "Bleed",
    "legend_safe": "Safe zone",
    "side_front": "Front",
    "side_back": "Back",
    "side_n": "Page {n}",
    "sides_range": "Pages {first}–{last}",
    "more_findings": (
        "… and {n} more finding (each page shows its own in the proof viewer).",
        "… and {n} more findings (each page shows its own in the proof viewer).",
    ),
    "no_artwork": "No artwork yet.",
    "default_terms": (
        "By signing you approve this proof for printing. The shop is not liable for errors visible on the "
        "approved proof (text, spelling, phone numbers, addresses, names, size and layout). Colours on "
        "screen and on a printout of this proof are not colour-accurate; slight colour differences in print "
        "are technical and not grounds for a complaint."
    ),
    "cert_title": "Approval certificate",
    "cert_intro": (
        "This certificate records the customer's decision on exactly the proof attached below. It is "
        "digitally signed; any later change invalidates the signature."
    ),
    "decision": "Decision",
    "changes": "Changes asked for",
    "signed_by": "Customer",
    "time": "Time",
    "method": "How",
    "evidence": "Evidence",
    "staff_present": "Staff present",
    "proof_version": "Proof version",
    "proof_sha": "Proof SHA-256",
    "record_sha": "Record SHA-256",
    "verified": "Checked at issue: unaltered",
    "not_verified": "Checked at issue: ALTERED",
    "voided": "VOIDED",
    "void_reason": "Reason for voiding",
    "terms_shown": "Terms as shown",
    "checklist_shown": "Checklist as ticked",
    "approved_proof_follows": "The approved proof follows.",
    "issued": "Issued",
    "acknowledged": "Acknowledged by the customer",
    "told_of": "The customer was told of",
    "cert_title_changes": "Changes requested",
    "cert_intro_changes": (
        "This certificate records the changes the customer asked for on exactly the proof attached below. "
        "This proof is not approved for print. The certificate is digitally signed; any later change "
        "invalidates the signature."
    ),
    "changes_proof_follows": "The proof on which the changes were asked for follows.",
    "recorded_by": "Recorded by",
    "workstation": "workstation",
    "phone_note": "Note of the call",
    "portal_receipt": "The portal's signed receipt",
    "colour_sim": "Colour simulation",
    "simulated_for": "Colours simulated for {profile}",
    "intent_perceptual": "perceptual",
    "intent_relative": "relative colorimetric",
    "intent_saturation": "saturation",
    "intent_absolute": "absolute colorimetric",
    "bpc_on": "with black-point compensation",
    "bpc_off": "without black-point compensation",
    "output_intent": "File prepared for",
    "gamut_title": "Colour warning: hatched areas print visibly different from the screen (ΔE above {limit})",
    "gamut_label": "colour warning",
    "dossier": "Dossier",
    "dossier_proof": "Proof version {version}",
    "dossier_approval": "Customer's decision on version {version}",
    "dossier_void": "Approval voided",
    "dossier_pickup": "Pickup",
    "dossier_dispute": "Complaint",
    "dossier_decision": "Owner's decision",
    "dossier_trail": "Audit trail of the order",
    "dossier_findings": "Preflight findings",
    "dossier_none": "none",
    "dossier_made_by": "made by {who}",
    "dossier_photo": "Photo of the delivery",
    "dossier_matches": "Matches the approval",
    "dossier_outcome": "Outcome",
    "dossier_reason": "Reason",
    "dossier_words": "In the customer's words",
    "dossier_category": "Category",
    "dossier_case": "Case",
    "dossier_answer_by": "Answer promised by",
    "dossier_replacement": "Replacement order",
    "dossier_pages_follow": "The pages of every proof version and the approval certificate follow.",
    "acknowledge": "I am aware: {text}",
    # The job ticket and the pickup label (issue 11)
    "ticket_ticket": "Job ticket",
    "ticket_label": "Pickup",
    "ticket_due": "Due",
    "ticket_approved": "Approved: version {version}",
    "ticket_approved_at": "approved {when} by {name}",
    "ticket_not_approved": "NOT APPROVED YET – do not print",
    "ticket_pdf_sha": "SHA-256 of the approved PDF",
    "ticket_record_sha": "SHA-256 of the approval",
    "ticket_changes": "Changes the customer asked for",
    "ticket_notes": "Notes",
    "ticket_artwork": "Artwork (current)",
    "ticket_scan": "Scan to open the order",
    "ticket_quantity": "pcs",
    # The customer's copy of a record (issue 11)
    "copy_approval": "Your copy: approval for print",
    "copy_pickup": "Your copy: hand-over",
    "copy_dispute_decision": "Your copy: decision on the complaint",
    "copy_version": "Proof version",
    "copy_decision": "Decision",
    "copy_by": "Customer",
    "copy_when": "Time",
    "copy_method": "How",
    "copy_changes": "Changes",
    "copy_handed_to": "Handed over to",
    "copy_quantity": "Quantity handed over",
    "copy_quantity_of": "{count} of {ordered} pieces",
    "copy_condition": "Noted at the hand-over",
    "copy_signature": "The customer's signature",
    "copy_receipt_signature": "Signature for receipt",
    "copy_outcome": "Outcome",
    "copy_matches": "Matches the approval",
    "copy_reason": "Reason",
    "copy_record": "SHA-256 of the record",
    "copy_position": "Place in the audit chain",
    "copy_event": "event {seq}",
    "copy_head": "Audit chain when printed",
    "copy_made": "Copy made",
    "copy_complain": "Something not right with this order? Tell us by this link, with photos from your phone: {url}",
    "copy_complain_qr": "To complain: scan",
    "copy_keep": (
        "Please keep this copy. These numbers prove later what was recorded: if this record, or anything "
        "before it, is changed or removed, the shop's audit chain no longer matches this copy."
    ),
    # E-mails to the customer (issue 11)
    "mail_certificate_subject": "Your approval certificate – order {number}",
    "mail_certificate_body": (
        "Dear {name},\n\n"
        "attached is the signed approval certificate of order {number} (proof version {version}).\n\n"
        "Please keep it – it shows later what was approved:\n  SHA-256 of the approval: {record}\n"
        "  SHA-256 of the approved PDF: {pdf}\n  Audit chain when sent: event {seq}, SHA-256 {head}\n\n"
        "Any PDF reader that shows signatures shows the file's signature.\n\nKind regards\n{shop}"
    ),
    "mail_certificate_file": "Approval-certificate-{number}.pdf",
    "mail_copy_subject": "Your copy – order {number}",
    "mail_copy_body": (
        "Hello,\n\nattached is your copy of order {number}: {what}.\n\nPlease keep it:\n"
        "  SHA-256 of the record: {record}\n  Place in the audit chain: event {position}\n"
        "  Audit chain when sent: event {seq}, SHA-256 {head}\n\nKind regards\n{shop}"
    ),
    "mail_copy_file": "Copy-{number}.pdf",
    # Marks on the proof, reprints, compare, the ready e-mail (issue 13)
    "requested_on": "Changes asked for on version {v} · {when}",
    "more_marks": "More marks: {n} (see the certificate of the request).",
    "reprint_of": "Reprint of order {number}; approved there: version {v} (SHA-256 {sha}).",
    "reprint_of_unapproved": "Reprint of order {number} (not approved there).",
    "marks": "Marks on the proof",
    "marks_page": "Page {page} with marks",
    "markup_sha": "Marks SHA-256",
    "aligned_photo": (
        "Above, the approved proof (finished size); below, the photo straightened by the product's "
        "four corners: {share} of the area differs."
    ),
    "ready_subject": "Your order {number} is ready for pickup – {shop}",
    "ready_body": (
        "Hello,\n\nyour order {number} ({product}, {quantity} pcs) is done and ready for pickup. "
        "Please show the code below at the counter or give the order number {number}.\n\nKind regards"
    ),
    "ack_subject": "Your complaint {case} about order {number}",
    "ack_greeting": "Dear {name},",
    "ack_greeting_plain": "Dear customer,",
    "ack_recorded": (
        "thank you for telling us. We recorded your complaint about order {number} on {date}; its case number "
        "is {case}. Please give it whenever you contact us about it."
    ),
    "ack_words": "We recorded it in your words:",
    "ack_photos": (
        "We keep {count} photo of what was delivered with it.",
        "We keep {count} photos of what was delivered with it.",
    ),
    "ack_no_photos": "No photos were taken with it.",
    "ack_answer_by": (
        "We look at it carefully against the proof you approved and will answer you by {date} at the latest."
    ),
    "ack_closing": "Kind regards\n{shop}",
    "case_number": "Case number",
    "letter_subject": "Our answer to your complaint {case} about order {number}",
    "letter_checked": (
        "thank you for your patience. We have checked your complaint about order {number} ({product}) carefully "
        "against the proof you approved."
    ),
    "letter_matches": "What we delivered matches the proof you approved. The facts it rests on:",
    "letter_approved": "On {date} you approved version {version} of the proof ({how}), signed as {name}.",
    "letter_approved_told": (
        "On {date} you approved version {version} of the proof ({how}); it is recorded in the name of {name}."
    ),
    "letter_ticked_told": "The approval records these points as checked: {items}.",
    "letter_terms_told": "The terms of the approval read: “{terms}”",
    "letter_goodwill_reprint": (
        "Although the delivery matches what you approved, we print the job again at our cost, as a gesture of goodwill."
    ),
    "letter_goodwill_discount": (
        "Although the delivery matches what you approved, we give you a discount on this order as a gesture of "
        "goodwill; we agree the amount with you."
    ),
    "letter_goodwill_refund": (
        "Although the delivery matches what you approved, we refund the price of this order as a gesture of goodwill."
    ),
    "letter_ticked": "Before approving, you ticked that you had checked: {items}.",
    "letter_acknowledged": "You acknowledged: {items}",
    "letter_terms": "The terms you accepted with your signature read: “{terms}”",
    "letter_colours": "The proof showed the colours as our press prints them ({profile}).",
    "letter_handover": "The order was handed over on {date}; {name} signed for it.",
    "letter_reason": "In addition: {reason}",
    "letter_certificate": "The signed approval certificate is attached; it shows the approved proof page by page.",
    "letter_sorry": "We are sorry: the delivery does not match what you approved. {reason}",
    "letter_sorry_partly": "We are sorry: part of the delivery does not match what you approved. {reason}",
    "letter_next_reprint": "We print the job again at our cost and tell you as soon as it is ready for you.",
    "letter_next_replacement": (
        "We print the job again at our cost as order {number}, due on {date}; we tell you as soon as it is ready "
        "for you."
    ),
    "letter_next_discount": "We give you a discount on this order; we agree the amount with you.",
    "letter_next_refund": "We refund the price of this order.",
    "letter_next_discount_amount": "We give you a discount of {amount} on this order.",
    "letter_next_refund_amount": "We refund you {amount}.",
    "letter_goodwill_discount_amount": (
        "Although the delivery matches what you approved, we give you a discount of {amount} on this order as a "
        "gesture of goodwill."
    ),
    "letter_goodwill_refund_amount": (
        "Although the delivery matches what you approved, we refund you {amount} as a gesture of goodwill."
    ),
    "letter_next_new_proof": "We make a new proof for you to approve; the new print run is at your cost.",
    "letter_next_pays": "The order stands as delivered and invoiced.",
    "letter_closing": (
        "If you have any question about this answer, please contact us, naming case {case}.\n\nKind regards\n{shop}"
    ),
    "decided_on": "Decided on",
    "recorded_on": "Recorded on",
    "answer_by": "Answer by",
    "link_mail_subject": "Please check your proof for order {number} – {shop}",
    "link_mail_reminder_subject": "Reminder: your proof for order {number} is waiting – {shop}",
    "link_mail_body": (
        "Hello,\n\nversion {version} of the proof for your order {number} is ready for you to check. Please "
        "open it here, look at every page and approve it or tell us what to change:\n\n{url}\n\n"
        "To make sure it is you, the page first sends a code to this e-mail address. The link is valid until "
        "{until}.\n\nKind regards\n{shop}"
    ),
}

# The customer's screen speaks the customer's language (a switch on the screen), not the workstation's
# (``Customer screen``).
CUSTOMER: dict[str, English] = {
    "heading": "Please check your proof carefully",
    "changes_placeholder": "Changes you want (one per line) – leave empty to approve as shown",
    "name_placeholder": "Your name",
    "sign_here": "Please sign here",
    "undo": "Undo stroke",
    "clear": "Clear signature",
    "back": "Back (Esc)",
    "ask": "Ask for changes",
    "with_changes": "Approve with these changes",
    "approve": "Approve for print",
    "need_name": "write your name",
    "need_signature": "sign in the box",
    "need_ticks": ("tick the {n} open point of the checklist", "tick the {n} open points of the checklist"),
    "findings_heading": "Found in your files – please confirm each point:",
    "need_finding": "confirm the point found in your files",
    "need_findings": "confirm the {n} points found in your files",
    "to_approve": "To approve: {needs}.",
    "to_ask_first": "To ask for changes, write them in the box or mark them on the proof first.",
    "to_ask": "To ask for these changes: {needs}.",
    "to_approve_changes": "To approve with these changes: {needs}.",
    "either": "Approve with these changes, or ask for them and see a new proof first.",
    "leave_title": "Leave without a decision?",
    "leave_text": "The signature and what was written here are not saved. Leave anyway?",
    "leave": "Leave",
    "stay": "Stay",
    "saving": "Saving your decision…",
    "page_of": "Page {page} of {pages}",
    "fit_page": "Fit page",
    "fit_width": "Fit width",
    "true_size": "True size (100 %)",
    "terms": "Terms",
    "press_colours": "Press colours",
    "press_colours_tip": "The side as the press prints it (simulated through the press profile)",
    "colour_warning": "Colour warning",
    "colour_warning_tip": "Hatched: colours that print visibly different from the screen",
    # Marks on the proof (issue 13)
    "mark": "Mark",
    "mark_tip": "Show on the proof what should change: pen, circle, numbered pin with text (M)",
    "view": "View",
    "pen": "Pen",
    "circle": "Circle",
    "pin": "Pin",
    "undo_mark": "Undo",
    "clear_marks": "Clear all",
    "pin_placeholder": "What should change here?",
    "marks_hint": "Draw with the pen, drag a circle, or set a pin and say what should change.",
    "need_pin_text": "say what pin {n} means",
    "marks_no_approve": "With marks: ask for changes, or approve with changes.",
}

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _count(params: dict[str, object]) -> object:
    return params.get("count", params.get("n"))


def tr(lang: str, key: str, **params: object) -> str:
    """A document text in ``lang`` (``de`` or ``en``), with ``{params}`` filled in."""
    return say(lang, "Document", _TEXTS[key], key, _count(params)).format(**params)


def raw_text(lang: str, key: str) -> str:
    """A document text in ``lang`` with its placeholders kept (the standard letter shown for the owner to edit)."""
    return say(lang, "Document", _TEXTS[key], key)


def word(lang: str, key: str) -> str:
    return say(lang, "Finding words", WORDS[key], key)


def counted(lang: str, key: str, n: int) -> str:
    """A counted word in ``lang`` with its plural (``1 RGB-Bild``, ``3 RGB-Bilder``)."""
    return say(lang, "Finding words", WORDS[key], key, n).format(n=n)


def finding_text(lang: str, code: str, **params: object) -> str:
    """The sentence of finding ``code`` (or ``code.variant``) in ``lang``, with its values filled in."""
    return say(lang, "Findings", FINDINGS[code], code, params.get("count")).format(**params)


def acknowledgement(lang: str, text: str) -> str:
    """What the customer ticks: "Mir ist bekannt: …" / "I am aware: …"."""
    return tr(lang, "acknowledge", text=text)


def sides_label(lang: str, sides: list[int]) -> str:
    """Several sides in one name: "Vorderseite, Rückseite, Seiten 3–32"."""
    names: list[str] = []
    numbered = sorted(s for s in set(sides) if s >= 2)
    names += [side_label(lang, s) for s in sorted(set(sides)) if s < 2]
    run: list[int] = []
    for side in [*numbered, None]:
        if side is not None and run and side == run[-1] + 1:
            run.append(side)
            continue
        if len(run) > 2:
            names.append(tr(lang, "sides_range", first=run[0] + 1, last=run[-1] + 1))
        else:
            names += [side_label(lang, r) for r in run]
        run = [side] if side is not None else []
    return ", ".join(names)


def side_label(lang: str, index: int) -> str:
    """The name of artwork side ``index`` (0 = front, 1 = back, then page numbers)."""
    if index == 0:
        return tr(lang, "side_front")
    if index == 1:
        return tr(lang, "side_back")
    return tr(lang, "side_n", n=index + 1)


def colour_warning_pages(labels: list[str]) -> dict[int, int]:
    """{page of a side: page of its colour warning} from a proof's page labels (PDF page labels): a side's colour
    warning page carries the side's label plus " – colour warning" (in the proof's language) and follows it. Works
    for any stored proof without the database: the app's proof viewer and the portal's page pair them so."""
    suffixes = tuple(f" – {tr(lang, 'gamut_label')}" for lang in LANGUAGES)
    return {
        index - 1: index
        for index in range(1, len(labels))
        if labels[index].endswith(suffixes) and labels[index].rsplit(" – ", 1)[0] == labels[index - 1]
    }


def record_time(lang: str, utc: datetime, offset: str = "+00:00") -> str:
    """When a record was made, as the workstation's clock showed it: ``23.11.2026, 14:32:05 (UTC+01:00)``."""
    local = utc + _offset(offset)
    if lang == "de":
        text = f"{local:%d.%m.%Y, %H:%M:%S}"
    else:
        text = f"{local.day} {MONTHS_EN[local.month - 1]} {local.year}, {local:%H:%M:%S}"
    return f"{text} (UTC{offset})"


def document_date(lang: str, value: date) -> str:
    """A date in a document: ``30.11.2026`` or ``30 Nov 2026``."""
    if lang == "de":
        return f"{value:%d.%m.%Y}"
    return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"


def _offset(text: str) -> timedelta:
    try:
        sign = -1 if text.startswith("-") else 1
        hours, minutes = text.lstrip("+-").split(":")
        return sign * timedelta(hours=int(hours), minutes=int(minutes))
    except ValueError:
        return timedelta(0)


def customer_text(lang: str, key: str, raw: bool = False, **params: object) -> str:
    """A text of the customer's screen in ``lang`` (``raw``: the template itself, placeholders kept)."""
    text = say(lang, "Customer screen", CUSTOMER[key], key, _count(params))
    return text if raw else text.format(**params)
