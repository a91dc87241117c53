"""The sentences of preflight findings, in English; their translations are in the catalogue.

A finding is stored as its stable code and raw values (numbers, keys such as ``top_left``);
the sentence is made in the reader's language when it is shown, so an English workstation
never shows a German finding and a German proof never an English one. The translations are the
``Findings`` and ``Finding words`` contexts of each language's catalogue (:mod:`.catalogue`), keyed by code.
A ``(one, other)`` pair is a plural, chosen by the finding's ``{count}``.
"""

from __future__ import annotations

from .catalogue import English

# Each finding's sentence, by its code (``code.variant`` for a variant).
FINDINGS: dict[str, English] = {
    "low_resolution": "{side}: {dpi} dpi at printed size (300 dpi recommended).",
    "very_low_resolution": "{side}: only {dpi} dpi at printed size – the print will look visibly blurred.",
    "low_resolution.image": "{side}, image {where}: {ppi} ppi at its placed size (300 ppi recommended).",
    "very_low_resolution.image": (
        "{side}, image {where}: only {ppi} ppi at its placed size – it will print visibly blurred."
    ),
    "rgb_for_cmyk": "{side}: RGB artwork for a CMYK job – colours may shift in print.",
    "rgb_for_cmyk.pdf": "{side}: {items} in a CMYK job – colours change when they are converted.",
    "no_bleed": "{side}: artwork has no bleed ({size} instead of {bleed_size}) – white edges may show.",
    "no_bleed.pdf": "{side}: the PDF has {found} mm bleed, {bleed} mm are ordered – white edges may show.",
    "trim_mismatch": "{side}: the PDF's finished size (TrimBox) is {found}; the order is {size}.",
    "aspect_mismatch": (
        "{side}: aspect ratio does not match – at {width} mm wide the artwork is {diff} mm too {direction}."
    ),
    "missing_side": "{side} is missing: the job is {colors} but there is no artwork for it.",
    "extra_side": "{side}: the job is {colors} (one-sided); this side will not be printed.",
    "content_near_cut": "{side}: content lies inside the safe zone ({edges}) and may be cut off.",
    "no_artwork": "There is no artwork yet.",
    "font_not_embedded": "{side}: font “{font}” is not embedded – the press will use a substitute font.",
    "font_type3": "{side}: font “{font}” is a Type 3 font (drawn as graphics) – please check it closely.",
    "hairline": (
        (
            "{side}: {count} line thinner than 0.25 pt: {width} pt ({mm} mm, {where}) – it may break up or "
            "vanish in print."
        ),
        (
            "{side}: {count} lines thinner than 0.25 pt, the thinnest {width} pt ({mm} mm, {where}) – they "
            "may break up or vanish in print."
        ),
    ),
    "hairline.zero": (
        "{side}: {count} line of width 0 ({where}) – drawn as thin as the device can, it vanishes in print.",
        "{side}: {count} lines of width 0 ({where}) – drawn as thin as the device can, they vanish in print.",
    ),
    "spot_color": (
        "{side}: spot colour “{name}” in a job ordered as 4-colour process – it is converted to CMYK and "
        "may look different."
    ),
    "white_overprint": "{side}: white {what} ({where}) set to overprint – it vanishes in print.",
    "overprint": (
        "{side}: overprint is used – objects print on top of each other instead of knocking out; please "
        "check the colours closely."
    ),
    "ink_coverage": (
        "{side}: total ink coverage up to {percent} % ({where}; limit {limit} %) – risk of set-off and drying problems."
    ),
    "output_intent": "{side}: the PDF is prepared for “{name}” (PDF/X output intent).",
    "output_intent_differs": (
        "{side}: the PDF is prepared for “{name}”, the press prints to “{press}” – colours will differ."
    ),
    "pdfx_broken": (
        "{side}: the file claims to be {claim} but is not: {rules} – it may not print as its designer expects."
    ),
    "annotations": (
        "{side}: {count} form field or comment – shown as a PDF reader prints it.",
        "{side}: {count} form fields or comments – shown as a PDF reader prints them.",
    ),
    "too_complex": "{side}: the page is too complex to check every object; please look at it especially closely.",
    "out_of_gamut": (
        "{side}: {percent} % of the area prints visibly different from the screen (ΔE above {limit}) – "
        "marked on the colour warning page."
    ),
}

# The words that fill the sentences: where on a page, what is white and overprints, RGB content of a PDF.
WORDS: dict[str, English] = {
    "short": "short",
    "narrow": "narrow",
    "tall": "tall",
    "wide": "wide",
    "left": "left",
    "right": "right",
    "top": "top",
    "bottom": "bottom",
    "top_left": "top left",
    "top_centre": "top centre",
    "top_right": "top right",
    "centre_left": "centre left",
    "centre": "centre",
    "centre_right": "centre right",
    "bottom_left": "bottom left",
    "bottom_centre": "bottom centre",
    "bottom_right": "bottom right",
    "text": "text",
    "graphics": "area",
    "lines": "line",
    "image": "image",
    "rgb_images": (
        "{n} RGB image",
        "{n} RGB images",
    ),
    "lab_images": (
        "{n} Lab image",
        "{n} Lab images",
    ),
    "rgb_vector": "RGB colours in text and graphics",
    "pdfx_output_intent": "no PDF/X output intent",
    "pdfx_colour_1a": "RGB or Lab colour (PDF/X-1a allows CMYK, grey and spot colours only)",
    "pdfx_transparency": "transparency (not allowed in PDF/X-1a and PDF/X-3)",
    "pdfx_fonts": "fonts not embedded",
    "pdfx_trim_box": "a page without TrimBox or ArtBox",
    "pdfx_encrypted": "encrypted",
    "and": "and",
}
