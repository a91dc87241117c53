"""Words that PrintProof prints on proofs and reports, in the shop's language.

The GUI translates its own strings with Qt's tools; documents made by the core
(proofs, findings) speak the language set in the shop profile.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from .finding_texts import ACKNOWLEDGE, FINDINGS, WORDS

LANGUAGES = ("de", "en")

_TEXTS: dict[str, dict[str, str]] = {
    "proof_title": {"de": "KORREKTURABZUG", "en": "PROOF"},
    "watermark": {"de": "KORREKTUR – NICHT ZUM DRUCK", "en": "PROOF – NOT FOR PRINT"},
    "order": {"de": "Auftrag", "en": "Order"},
    "version": {"de": "Version", "en": "Version"},
    "date": {"de": "Datum", "en": "Date"},
    "customer": {"de": "Kunde", "en": "Customer"},
    "specification": {"de": "Auftragsdaten", "en": "Specification"},
    "product": {"de": "Produkt", "en": "Product"},
    "finished_size": {"de": "Endformat", "en": "Finished size"},
    "bleed": {"de": "Beschnittzugabe", "en": "Bleed"},
    "quantity": {"de": "Auflage", "en": "Quantity"},
    "stock": {"de": "Papier / Material", "en": "Stock"},
    "colors": {"de": "Farben", "en": "Colours"},
    "finishing": {"de": "Veredelung", "en": "Finishing"},
    "due": {"de": "Liefertermin", "en": "Due date"},
    "sides": {"de": "Seiten", "en": "Sides"},
    "preflight": {"de": "Prüfung der Druckdaten", "en": "Preflight findings"},
    "preflight_ok": {
        "de": "Keine Auffälligkeiten gefunden.",
        "en": "No problems found.",
    },
    "checklist": {"de": "Bitte prüfen Sie sorgfältig", "en": "Please check carefully"},
    "terms": {"de": "Bedingungen", "en": "Terms"},
    "sign_here": {
        "de": "Ich habe den Korrekturabzug geprüft und gebe ihn zum Druck frei.",
        "en": "I have checked this proof and approve it for print.",
    },
    "signature": {"de": "Unterschrift", "en": "Signature"},
    "name_print": {"de": "Name in Druckbuchstaben", "en": "Name (printed)"},
    "place_date": {"de": "Ort, Datum", "en": "Place, date"},
    "fingerprint": {"de": "Inhalts-Prüfsumme (SHA-256)", "en": "Content fingerprint (SHA-256)"},
    "page_of": {"de": "Seite {page} von {pages}", "en": "Page {page} of {pages}"},
    "shown_at": {
        "de": "Verkleinert dargestellt: {percent} %",
        "en": "Shown at {percent} % of the printed size",
    },
    "true_size": {"de": "Originalgröße (100 %)", "en": "True size (100 %)"},
    "legend_trim": {"de": "Endformat (Schnitt)", "en": "Trim (cut)"},
    "legend_bleed": {"de": "Anschnitt", "en": "Bleed"},
    "legend_safe": {"de": "Sicherheitsabstand", "en": "Safe zone"},
    "side_front": {"de": "Vorderseite", "en": "Front"},
    "side_back": {"de": "Rückseite", "en": "Back"},
    "side_n": {"de": "Seite {n}", "en": "Page {n}"},
    "sides_range": {"de": "Seiten {first}–{last}", "en": "Pages {first}–{last}"},
    "more_findings": {
        "de": "… und {n} weitere Befunde (jede Seite zeigt ihre im Proof-Viewer).",
        "en": "… and {n} more findings (each page shows its own in the proof viewer).",
    },
    "no_artwork": {"de": "Noch keine Druckdaten.", "en": "No artwork yet."},
    "default_terms": {
        "de": (
            "Mit Ihrer Unterschrift geben Sie diesen Korrekturabzug zum Druck frei. "
            "Für Fehler, die auf dem freigegebenen Korrekturabzug zu sehen sind (Text, "
            "Rechtschreibung, Telefonnummern, Adressen, Namen, Größe und Anordnung), "
            "übernimmt die Druckerei keine Haftung. Farben am Bildschirm und im Ausdruck "
            "dieses Korrekturabzugs sind nicht farbverbindlich; geringe Farbabweichungen im "
            "Druck sind technisch bedingt und kein Reklamationsgrund."
        ),
        "en": (
            "By signing you approve this proof for printing. The shop is not liable for "
            "errors visible on the approved proof (text, spelling, phone numbers, addresses, "
            "names, size and layout). Colours on screen and on a printout of this proof are "
            "not colour-accurate; slight colour differences in print are technical and not "
            "grounds for a complaint."
        ),
    },
}

_TEXTS.update(
    {
        "cert_title": {"de": "Freigabebestätigung", "en": "Approval certificate"},
        "cert_intro": {
            "de": "Diese Bestätigung dokumentiert die Entscheidung des Kunden zu genau dem unten beigefügten "
            "Korrekturabzug. Sie ist digital signiert; jede spätere Änderung macht die Signatur ungültig.",
            "en": "This certificate records the customer's decision on exactly the proof attached below. It is "
            "digitally signed; any later change invalidates the signature.",
        },
        "decision": {"de": "Entscheidung", "en": "Decision"},
        "dec_approved": {"de": "Zum Druck freigegeben", "en": "Approved for print"},
        "dec_approved_with_changes": {"de": "Freigegeben mit Änderungen", "en": "Approved with changes"},
        "dec_changes_requested": {"de": "Änderungen gewünscht", "en": "Changes requested"},
        "changes": {"de": "Gewünschte Änderungen", "en": "Changes asked for"},
        "signed_by": {"de": "Kunde", "en": "Customer"},
        "time": {"de": "Zeitpunkt", "en": "Time"},
        "method": {"de": "Form der Erklärung", "en": "How"},
        "m_on_screen": {"de": "am Bildschirm unterschrieben", "en": "signed on screen"},
        "m_paper": {"de": "unterschriebener Papier-Proof (Scan)", "en": "signed paper proof (scan)"},
        "m_email": {"de": "per E-Mail", "en": "by e-mail"},
        "m_phone": {"de": "telefonisch", "en": "by phone"},
        "evidence": {"de": "Nachweis", "en": "Evidence"},
        "staff_present": {"de": "Anwesend", "en": "Staff present"},
        "proof_version": {"de": "Proof-Version", "en": "Proof version"},
        "proof_sha": {"de": "SHA-256 des Proofs", "en": "Proof SHA-256"},
        "record_sha": {"de": "SHA-256 des Datensatzes", "en": "Record SHA-256"},
        "verified": {"de": "Bei Ausstellung geprüft: unverändert", "en": "Checked at issue: unaltered"},
        "not_verified": {"de": "Bei Ausstellung geprüft: VERÄNDERT", "en": "Checked at issue: ALTERED"},
        "voided": {"de": "WIDERRUFEN", "en": "VOIDED"},
        "void_reason": {"de": "Grund des Widerrufs", "en": "Reason for voiding"},
        "terms_shown": {"de": "Bedingungen, wie gezeigt", "en": "Terms as shown"},
        "checklist_shown": {"de": "Checkliste, wie abgehakt", "en": "Checklist as ticked"},
        "approved_proof_follows": {
            "de": "Es folgt der freigegebene Korrekturabzug.",
            "en": "The approved proof follows.",
        },
        "issued": {"de": "Ausgestellt", "en": "Issued"},
        "acknowledged": {"de": "Vom Kunden zur Kenntnis genommen", "en": "Acknowledged by the customer"},
        "told_of": {"de": "Dem Kunden mitgeteilt", "en": "The customer was told of"},
        "cert_title_changes": {"de": "Änderungswunsch", "en": "Changes requested"},
        "cert_intro_changes": {
            "de": "Diese Bestätigung dokumentiert die Änderungswünsche des Kunden zu genau dem unten beigefügten "
            "Korrekturabzug. Dieser Korrekturabzug ist nicht zum Druck freigegeben. Die Bestätigung ist digital "
            "signiert; jede spätere Änderung macht die Signatur ungültig.",
            "en": "This certificate records the changes the customer asked for on exactly the proof attached below. "
            "This proof is not approved for print. The certificate is digitally signed; any later change "
            "invalidates the signature.",
        },
        "changes_proof_follows": {
            "de": "Es folgt der Korrekturabzug, zu dem die Änderungen gewünscht wurden.",
            "en": "The proof on which the changes were asked for follows.",
        },
        "recorded_by": {"de": "Aufgenommen von", "en": "Recorded by"},
        "workstation": {"de": "Arbeitsplatz", "en": "workstation"},
        "phone_note": {"de": "Notiz zum Telefonat", "en": "Note of the call"},
    }
)

# Colour as the press prints it (the proof's profile statement and colour warning pages).
_TEXTS.update(
    {
        "colour_sim": {"de": "Farbsimulation", "en": "Colour simulation"},
        "simulated_for": {"de": "Farben simuliert für {profile}", "en": "Colours simulated for {profile}"},
        "intent_perceptual": {"de": "wahrnehmungsorientiert", "en": "perceptual"},
        "intent_relative": {"de": "relativ farbmetrisch", "en": "relative colorimetric"},
        "intent_saturation": {"de": "Sättigung", "en": "saturation"},
        "intent_absolute": {"de": "absolut farbmetrisch", "en": "absolute colorimetric"},
        "bpc_on": {"de": "mit Tiefenkompensierung", "en": "with black-point compensation"},
        "bpc_off": {"de": "ohne Tiefenkompensierung", "en": "without black-point compensation"},
        "output_intent": {"de": "Datei angelegt für", "en": "File prepared for"},  # its PDF/X output intent
        "gamut_title": {
            "de": "Farbwarnung: schraffierte Flächen drucken sichtbar anders als am Bildschirm (ΔE über {limit})",
            "en": "Colour warning: hatched areas print visibly different from the screen (ΔE above {limit})",
        },
        "gamut_label": {"de": "Farbwarnung", "en": "colour warning"},
    }
)

# What the audit trail calls each event, for documents.
EVENTS: dict[str, dict[str, str]] = {
    "order.created": {"de": "Auftrag angelegt", "en": "Order taken"},
    "order.status": {"de": "Status geändert", "en": "Status changed"},
    "artwork.added": {"de": "Druckdaten hinzugefügt", "en": "Artwork added"},
    "artwork.removed": {"de": "Druckdaten entfernt", "en": "Artwork removed"},
    "proof.made": {"de": "Proof erstellt", "en": "Proof made"},
    "approval.recorded": {"de": "Entscheidung des Kunden", "en": "Customer's decision"},
    "approval.voided": {"de": "Freigabe widerrufen", "en": "Approval voided"},
    "pickup.recorded": {"de": "Übergabe gegen Unterschrift", "en": "Handed over against signature"},
    "dispute.opened": {"de": "Reklamation aufgenommen", "en": "Complaint recorded"},
    "dispute.decided": {"de": "Reklamation entschieden", "en": "Complaint decided"},
    "order.erased": {"de": "Personenbezogene Daten gelöscht", "en": "Personal data erased"},
    "erasure.recorded": {"de": "Löschung versiegelt", "en": "Erasure sealed"},
    "erasure.requested": {"de": "Löschantrag des Kunden", "en": "Customer's erasure request"},
    "records.resealed": {"de": "Datensätze neu versiegelt (Schema 5)", "en": "Records resealed (schema 5)"},
}

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# The customer's screen speaks the customer's language (a switch on the screen), not the workstation's.
CUSTOMER: dict[str, dict[str, str]] = {
    "heading": {"de": "Bitte prüfen Sie Ihren Korrekturabzug sorgfältig", "en": "Please check your proof carefully"},
    "changes_placeholder": {
        "de": "Gewünschte Änderungen (eine pro Zeile) – leer lassen, um wie gezeigt freizugeben",
        "en": "Changes you want (one per line) – leave empty to approve as shown",
    },
    "name_placeholder": {"de": "Ihr Name", "en": "Your name"},
    "sign_here": {"de": "Bitte hier unterschreiben", "en": "Please sign here"},
    "undo": {"de": "Letzten Strich zurück", "en": "Undo stroke"},
    "clear": {"de": "Unterschrift löschen", "en": "Clear signature"},
    "back": {"de": "Zurück (Esc)", "en": "Back (Esc)"},
    "ask": {"de": "Änderungen wünschen", "en": "Ask for changes"},
    "with_changes": {"de": "Mit diesen Änderungen freigeben", "en": "Approve with these changes"},
    "approve": {"de": "Zum Druck freigeben", "en": "Approve for print"},
    "need_name": {"de": "Ihren Namen eintragen", "en": "write your name"},
    "need_signature": {"de": "im Feld unterschreiben", "en": "sign in the box"},
    "need_ticks": {
        "de": "die {n} offenen Punkte der Checkliste abhaken",
        "en": "tick the {n} open points of the checklist",
    },
    "findings_heading": {
        "de": "In Ihren Druckdaten gefunden – bitte jeden Punkt bestätigen:",
        "en": "Found in your files – please confirm each point:",
    },
    "need_finding": {"de": "den Punkt aus Ihren Druckdaten bestätigen", "en": "confirm the point found in your files"},
    "need_findings": {
        "de": "die {n} Punkte aus Ihren Druckdaten bestätigen",
        "en": "confirm the {n} points found in your files",
    },
    "to_approve": {"de": "Zum Freigeben: {needs}.", "en": "To approve: {needs}."},
    "to_ask_first": {
        "de": "Für Änderungswünsche diese zuerst in das Feld schreiben.",
        "en": "To ask for changes, write them in the box first.",
    },
    "to_ask": {"de": "Für diese Änderungswünsche: {needs}.", "en": "To ask for these changes: {needs}."},
    "to_approve_changes": {
        "de": "Zum Freigeben mit diesen Änderungen: {needs}.",
        "en": "To approve with these changes: {needs}.",
    },
    "either": {
        "de": "Mit diesen Änderungen freigeben – oder sie wünschen und zuerst einen neuen Proof ansehen.",
        "en": "Approve with these changes, or ask for them and see a new proof first.",
    },
    "leave_title": {"de": "Ohne Entscheidung verlassen?", "en": "Leave without a decision?"},
    "leave_text": {
        "de": "Die Unterschrift und das hier Geschriebene werden nicht gespeichert. Trotzdem verlassen?",
        "en": "The signature and what was written here are not saved. Leave anyway?",
    },
    "leave": {"de": "Verlassen", "en": "Leave"},
    "stay": {"de": "Bleiben", "en": "Stay"},
    "saving": {"de": "Ihre Entscheidung wird gespeichert…", "en": "Saving your decision…"},
    "page_of": {"de": "Seite {page} von {pages}", "en": "Page {page} of {pages}"},
    "fit_page": {"de": "Ganze Seite", "en": "Fit page"},
    "fit_width": {"de": "Seitenbreite", "en": "Fit width"},
    "true_size": {"de": "Originalgröße (100 %)", "en": "True size (100 %)"},
    "terms": {"de": "Bedingungen", "en": "Terms"},
    "press_colours": {"de": "Druckfarben", "en": "Press colours"},
    "press_colours_tip": {
        "de": "Die Seite, wie die Druckmaschine sie druckt (über das Druckprofil simuliert)",
        "en": "The side as the press prints it (simulated through the press profile)",
    },
    "colour_warning": {"de": "Farbwarnung", "en": "Colour warning"},
    "colour_warning_tip": {
        "de": "Schraffiert: Farben, die sichtbar anders drucken als am Bildschirm",
        "en": "Hatched: colours that print visibly different from the screen",
    },
}

CHECKLIST: dict[str, dict[str, str]] = {
    "text": {"de": "Text und Rechtschreibung", "en": "Text and spelling"},
    "phone": {"de": "Telefon- und Faxnummern", "en": "Phone and fax numbers"},
    "web": {"de": "E-Mail- und Webadressen", "en": "E-mail and web addresses"},
    "names": {"de": "Namen und Titel", "en": "Names and titles"},
    "colours": {
        "de": "Farben (Bildschirm ist nicht gleich Druck)",
        "en": "Colours (screen is not the same as print)",
    },
    "layout": {"de": "Größe und Anordnung", "en": "Size and layout"},
    "quantity": {"de": "Auflage und Papier", "en": "Quantity and stock"},
}

_FINDINGS = FINDINGS


def _pick(table: dict[str, Any], lang: str, count: object = None) -> str:
    """The text of ``table`` in ``lang``; a ``(one, other)`` pair is a plural, chosen by ``count``."""
    text = table.get(lang) or table["en"]
    if isinstance(text, tuple):
        one, other = text
        return str(one if count == 1 else other)
    return str(text)


def tr(lang: str, key: str, **params: object) -> str:
    """A document text in ``lang`` (``de`` or ``en``), with ``{params}`` filled in."""
    return _pick(_TEXTS[key], lang).format(**params)


def word(lang: str, key: str) -> str:
    return _pick(WORDS[key], lang)


def counted(lang: str, key: str, n: int) -> str:
    """A counted word in ``lang`` with its plural (``1 RGB-Bild``, ``3 RGB-Bilder``)."""
    return _pick(WORDS[key], lang, n).format(n=n)


def checklist_label(lang: str, key: str) -> str:
    return _pick(CHECKLIST[key], lang)


def finding_text(lang: str, code: str, **params: object) -> str:
    """The sentence of finding ``code`` (or ``code.variant``) in ``lang``, with its values filled in."""
    return _pick(_FINDINGS[code], lang, params.get("count")).format(**params)


def acknowledgement(lang: str, text: str) -> str:
    """What the customer ticks: "Mir ist bekannt: …" / "I am aware: …"."""
    return _pick(ACKNOWLEDGE, lang).format(text=text)


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


def event_label(lang: str, kind: str) -> str:
    """An audit event's name for people (``order.created`` → "Auftrag angelegt")."""
    table = EVENTS.get(kind)
    return _pick(table, lang) if table else kind


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
    text = _pick(CUSTOMER[key], lang)
    return text if raw else text.format(**params)
