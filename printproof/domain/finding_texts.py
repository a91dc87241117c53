"""The sentences of preflight findings, in German and English.

A finding is stored as its stable code and raw values (numbers, keys such as ``top_left``);
the sentence is made in the reader's language when it is shown, so an English workstation
never shows a German finding and a German proof never an English one.
"""

from __future__ import annotations

FINDINGS: dict[str, dict[str, str | tuple[str, str]]] = {
    # A (one, other) pair is a plural: chosen by the finding's {count}.
    "low_resolution": {
        "de": "{side}: Auflösung {dpi} dpi bei Druckgröße (empfohlen: 300 dpi).",
        "en": "{side}: {dpi} dpi at printed size (300 dpi recommended).",
    },
    "very_low_resolution": {
        "de": "{side}: nur {dpi} dpi bei Druckgröße – der Druck wird sichtbar unscharf.",
        "en": "{side}: only {dpi} dpi at printed size – the print will look visibly blurred.",
    },
    "low_resolution.image": {
        "de": "{side}, Bild {where}: {ppi} ppi in der platzierten Größe (empfohlen: 300 ppi).",
        "en": "{side}, image {where}: {ppi} ppi at its placed size (300 ppi recommended).",
    },
    "very_low_resolution.image": {
        "de": "{side}, Bild {where}: nur {ppi} ppi in der platzierten Größe – es wird sichtbar unscharf gedruckt.",
        "en": "{side}, image {where}: only {ppi} ppi at its placed size – it will print visibly blurred.",
    },
    "rgb_for_cmyk": {
        "de": "{side}: RGB-Daten für einen CMYK-Druck – Farben können sich ändern.",
        "en": "{side}: RGB artwork for a CMYK job – colours may shift in print.",
    },
    "rgb_for_cmyk.pdf": {
        "de": "{side}: {items} für einen CMYK-Druck – die Farben ändern sich bei der Umwandlung.",
        "en": "{side}: {items} in a CMYK job – colours change when they are converted.",
    },
    "no_bleed": {
        "de": "{side}: Daten ohne Anschnitt ({size} statt {bleed_size}) – weiße Blitzer am Rand möglich.",
        "en": "{side}: artwork has no bleed ({size} instead of {bleed_size}) – white edges may show.",
    },
    "no_bleed.pdf": {
        "de": "{side}: die PDF hat {found} mm Anschnitt, bestellt sind {bleed} mm – weiße Blitzer am Rand möglich.",
        "en": "{side}: the PDF has {found} mm bleed, {bleed} mm are ordered – white edges may show.",
    },
    "trim_mismatch": {
        "de": "{side}: Endformat der PDF (TrimBox) ist {found}, bestellt ist {size}.",
        "en": "{side}: the PDF's finished size (TrimBox) is {found}; the order is {size}.",
    },
    "aspect_mismatch": {
        "de": "{side}: Seitenverhältnis passt nicht – auf {width} mm Breite ist die Datei {diff} mm zu {direction}.",
        "en": "{side}: aspect ratio does not match – at {width} mm wide the artwork is {diff} mm too {direction}.",
    },
    "missing_side": {
        "de": "{side} fehlt: bestellt ist {colors}, aber es gibt keine Daten dafür.",
        "en": "{side} is missing: the job is {colors} but there is no artwork for it.",
    },
    "extra_side": {
        "de": "{side}: bestellt ist {colors} (einseitig), diese Seite wird nicht gedruckt.",
        "en": "{side}: the job is {colors} (one-sided); this side will not be printed.",
    },
    "content_near_cut": {
        "de": "{side}: Inhalt liegt im Sicherheitsabstand ({edges}) und kann angeschnitten werden.",
        "en": "{side}: content lies inside the safe zone ({edges}) and may be cut off.",
    },
    "no_artwork": {
        "de": "Es sind noch keine Druckdaten vorhanden.",
        "en": "There is no artwork yet.",
    },
    "font_not_embedded": {
        "de": "{side}: Schrift „{font}“ ist nicht eingebettet – gedruckt wird mit einer Ersatzschrift.",
        "en": "{side}: font “{font}” is not embedded – the press will use a substitute font.",
    },
    "font_type3": {
        "de": "{side}: Schrift „{font}“ ist eine Type-3-Schrift (als Grafik beschrieben) – bitte genau prüfen.",
        "en": "{side}: font “{font}” is a Type 3 font (drawn as graphics) – please check it closely.",
    },
    "hairline": {
        "de": (
            "{side}: {count} Linie dünner als 0,25 pt: {width} pt ({mm} mm, {where}) – sie kann im Druck abreißen "
            "oder verschwinden.",
            "{side}: {count} Linien dünner als 0,25 pt, die dünnste {width} pt ({mm} mm, {where}) – "
            "sie können im Druck abreißen oder verschwinden.",
        ),
        "en": (
            "{side}: {count} line thinner than 0.25 pt: {width} pt ({mm} mm, {where}) – it may break up or vanish "
            "in print.",
            "{side}: {count} lines thinner than 0.25 pt, the thinnest {width} pt ({mm} mm, {where}) – "
            "they may break up or vanish in print.",
        ),
    },
    "hairline.zero": {
        "de": (
            "{side}: {count} Linie mit Linienstärke 0 ({where}) – so dünn, wie das Gerät zeichnen kann, "
            "verschwindet sie im Druck.",
            "{side}: {count} Linien mit Linienstärke 0 ({where}) – so dünn, wie das Gerät zeichnen kann, "
            "verschwinden sie im Druck.",
        ),
        "en": (
            "{side}: {count} line of width 0 ({where}) – drawn as thin as the device can, it vanishes in print.",
            "{side}: {count} lines of width 0 ({where}) – drawn as thin as the device can, they vanish in print.",
        ),
    },
    "spot_color": {
        "de": "{side}: Sonderfarbe „{name}“ in einem 4-farbig (CMYK) bestellten Druck – sie wird in CMYK "
        "umgewandelt und kann anders aussehen.",
        "en": "{side}: spot colour “{name}” in a job ordered as 4-colour process – it is converted to CMYK and "
        "may look different.",
    },
    "white_overprint": {
        "de": "{side}: weiße(r) {what} ({where}) auf Überdrucken gestellt – verschwindet im Druck.",
        "en": "{side}: white {what} ({where}) set to overprint – it vanishes in print.",
    },
    "overprint": {
        "de": "{side}: Überdrucken wird verwendet – Objekte drucken übereinander statt auszusparen; bitte "
        "Farben genau prüfen.",
        "en": "{side}: overprint is used – objects print on top of each other instead of knocking out; please "
        "check the colours closely.",
    },
    "ink_coverage": {
        "de": "{side}: Gesamtfarbauftrag bis {percent} % ({where}; Grenze {limit} %) – Gefahr von Abliegen und "
        "Trocknungsproblemen.",
        "en": "{side}: total ink coverage up to {percent} % ({where}; limit {limit} %) – risk of set-off and "
        "drying problems.",
    },
    "output_intent": {
        "de": "{side}: die PDF ist für „{name}“ angelegt (PDF/X-Ausgabebedingung).",
        "en": "{side}: the PDF is prepared for “{name}” (PDF/X output intent).",
    },
    "output_intent_differs": {
        "de": "{side}: die PDF ist für „{name}“ angelegt, gedruckt wird nach „{press}“ – Farben weichen ab.",
        "en": "{side}: the PDF is prepared for “{name}”, the press prints to “{press}” – colours will differ.",
    },
    "annotations": {
        "de": (
            "{side}: {count} Formularfeld oder Kommentar – gezeigt, wie ein PDF-Programm es druckt.",
            "{side}: {count} Formularfelder oder Kommentare – gezeigt, wie ein PDF-Programm sie druckt.",
        ),
        "en": (
            "{side}: {count} form field or comment – shown as a PDF reader prints it.",
            "{side}: {count} form fields or comments – shown as a PDF reader prints them.",
        ),
    },
    "too_complex": {
        "de": "{side}: die Seite ist zu umfangreich, um jedes Objekt zu prüfen; bitte besonders genau ansehen.",
        "en": "{side}: the page is too complex to check every object; please look at it especially closely.",
    },
    "out_of_gamut": {
        "de": "{side}: {percent} % der Fläche druckt sichtbar anders als am Bildschirm (ΔE über {limit}) – "
        "auf der Farbwarnungs-Seite markiert.",
        "en": "{side}: {percent} % of the area prints visibly different from the screen (ΔE above {limit}) – "
        "marked on the colour warning page.",
    },
}

WORDS: dict[str, dict[str, str | tuple[str, str]]] = {
    "short": {"de": "kurz", "en": "short"},
    "narrow": {"de": "schmal", "en": "narrow"},
    "tall": {"de": "hoch", "en": "tall"},
    "wide": {"de": "breit", "en": "wide"},
    "left": {"de": "links", "en": "left"},
    "right": {"de": "rechts", "en": "right"},
    "top": {"de": "oben", "en": "top"},
    "bottom": {"de": "unten", "en": "bottom"},
    # where on a page (3 × 3)
    "top_left": {"de": "oben links", "en": "top left"},
    "top_centre": {"de": "oben Mitte", "en": "top centre"},
    "top_right": {"de": "oben rechts", "en": "top right"},
    "centre_left": {"de": "Mitte links", "en": "centre left"},
    "centre": {"de": "Mitte", "en": "centre"},
    "centre_right": {"de": "Mitte rechts", "en": "centre right"},
    "bottom_left": {"de": "unten links", "en": "bottom left"},
    "bottom_centre": {"de": "unten Mitte", "en": "bottom centre"},
    "bottom_right": {"de": "unten rechts", "en": "bottom right"},
    # what is white and overprints
    "text": {"de": "Text", "en": "text"},
    "graphics": {"de": "Fläche", "en": "area"},
    "lines": {"de": "Linie", "en": "line"},
    "image": {"de": "Bild", "en": "image"},
    # RGB content of a PDF
    "rgb_images": {"de": ("{n} RGB-Bild", "{n} RGB-Bilder"), "en": ("{n} RGB image", "{n} RGB images")},
    "lab_images": {"de": ("{n} Lab-Bild", "{n} Lab-Bilder"), "en": ("{n} Lab image", "{n} Lab images")},
    "rgb_vector": {"de": "RGB-Farben in Text und Grafik", "en": "RGB colours in text and graphics"},
    "and": {"de": "und", "en": "and"},
}

ACKNOWLEDGE = {"de": "Mir ist bekannt: {text}", "en": "I am aware: {text}"}
