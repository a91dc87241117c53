"""Order numbers and PrintProof codes as scanners and people type them (domain only)."""

import pytest

from printproof.domain.codes import ScannedCode, canonical_number, order_number_from_scan, read_code

SHA = "3f" * 32
OTHER = "a0" * 32


@pytest.mark.parametrize(
    "typed",
    [
        "2026-00004",
        " 2026-00004 ",
        "2026 00004",
        "2026 - 000 04",
        "2026-4",
        "202600004",
        "2026–00004",  # en dash from a word processor
        "2026/00004",
        "2026ß00004",  # US scanner, German keyboard
        "２０２６－００００４",  # full-width digits from a Japanese IME
        "Auftrag 2026-00004",
        "Nr. 2026-00004",
        "#2026-00004",
        "2026-00004\r\n",  # the scanner's Enter
        "\x1d2026-00004\t",
    ],
)
def test_a_number_as_people_and_scanners_type_it(typed):
    assert order_number_from_scan(typed) == "2026-00004"


@pytest.mark.parametrize("typed", ["", "   ", "müller", "0171 2345678", "2026", "2026-0", "1999-00004", "2026-"])
def test_what_is_not_an_order_number(typed):
    assert order_number_from_scan(typed) is None


def test_large_serials_keep_their_digits():
    assert canonical_number("2026-123456") == "2026-123456"
    assert canonical_number("2026-000123456") == "2026-123456"


@pytest.mark.parametrize(
    "scanned",
    [
        f"PRINTPROOF|2026-00004|v1|{SHA}",
        f"printproof|2026-00004|v1|{SHA}",
        f"PRINTPROOF | 2026-00004 | v1 | {SHA}\n",
        f"PRINTPROOF'2026ß00004'v1'{SHA}",  # the same QR through a US-layout scanner on a German keyboard
        f"printproof'2026ß00004'v1'{SHA}",
    ],
)
def test_the_proof_qr_code(scanned):
    assert read_code(scanned) == ScannedCode("proof", "2026-00004", 1, SHA)


def test_the_certificate_code():
    code = read_code(f"PRINTPROOF-APPROVAL|2026-00017|{SHA}|{OTHER}")
    assert code == ScannedCode("approval", "2026-00017", sha256=SHA, record_sha256=OTHER)
    assert order_number_from_scan(f"PRINTPROOFßAPPROVAL'2026ß00017'{SHA}'{OTHER}") == "2026-00017"


def test_later_codes_follow_the_pattern_without_new_code():
    assert read_code("PRINTPROOF-TICKET|2026-00042|anything") == ScannedCode("ticket", "2026-00042")
    assert read_code("PRINTPROOF-PICKUP|2026-00042") == ScannedCode("pickup", "2026-00042")


@pytest.mark.parametrize("scanned", ["OTHERSHOP|2026-00004|v1|x", "PRINTPROOF|", "PRINTPROOF|müller", "|2026-00004"])
def test_foreign_or_broken_codes_name_no_order(scanned):
    assert read_code(scanned) is None


def test_a_damaged_hash_is_not_passed_on_as_one():
    code = read_code("PRINTPROOF|2026-00004|v2|not-a-hash")
    assert code == ScannedCode("proof", "2026-00004", 2, None)


def test_keyboard_swap_applies_to_letters_too():
    # A later code whose kind has a y or z: typed through the US scanner on a German keyboard.
    assert read_code("PRINTPROOFßCOPZ'2026ß00005") == ScannedCode("copy", "2026-00005")
