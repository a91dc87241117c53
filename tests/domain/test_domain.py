import pytest

from printproof.domain.errors import UserError
from printproof.domain.preflight import SideArtwork, check_job
from printproof.domain.spec import JobSpec, parse_colors, parse_size
from printproof.domain.typed_text import clean_line
from printproof.domain.units import mm_to_pt

CARD = JobSpec("Visitenkarte", 85, 55, 3, 500, "", "4/4")


def codes(findings):
    return sorted(f.code for f in findings)


def test_units_match_the_issue_figures():
    assert round(mm_to_pt(85), 2) == 240.94
    assert round(mm_to_pt(55), 2) == 155.91
    assert round(mm_to_pt(91), 2) == 257.95
    assert round(mm_to_pt(61), 2) == 172.91


@pytest.mark.parametrize(
    "text,expected", [("85x55", (85, 55)), ("148,5 × 105", (148.5, 105)), (" 210X297mm", (210, 297))]
)
def test_parse_size(text, expected):
    assert parse_size(text) == expected


@pytest.mark.parametrize("text", ["", "85", "85x", "ax55", "-85x55", "85;55"])
def test_parse_size_refuses(text):
    with pytest.raises(UserError, match="not understood"):
        parse_size(text)


@pytest.mark.parametrize(
    "kwargs,message",
    [
        ({"width_mm": 0}, "not a print size"),
        ({"width_mm": -5}, "not a print size"),
        ({"height_mm": 100_000}, "not a print size"),
        ({"width_mm": float("nan")}, "not a print size"),
        ({"quantity": 0}, "quantity"),
        ({"quantity": -1}, "quantity"),
        ({"quantity": 10**9}, "quantity"),
        ({"bleed_mm": -1}, "bleed"),
        ({"product": "   "}, "product is empty"),
        ({"product": "Karte\x00"}, "control character"),
        ({"colors": "9/9"}, "colours"),
    ],
)
def test_spec_refuses_absurd_jobs(kwargs, message):
    values = {"product": "Visitenkarte", "width_mm": 85, "height_mm": 55, "quantity": 100}
    values.update(kwargs)
    with pytest.raises(UserError, match=message):
        JobSpec(**values)


def test_colors():
    assert parse_colors("4/0") == (4, 0)
    assert JobSpec("x", 85, 55, colors="4/0").sides_printed == 1
    assert JobSpec("x", 85, 55, colors="1/1").is_cmyk is False


def test_clean_line_keeps_real_names():
    for name in ("Müller", "Łukasz Żółć", "Ørsted", "Иванов", "Şahin", "O'Brien; DROP TABLE order;--"):
        assert clean_line(name, "name", required=True) == name


def test_good_artwork_has_no_findings():
    sides = [SideArtwork(0, 1075, 720, "CMYK"), SideArtwork(1, 1075, 720, "CMYK")]
    assert check_job(CARD, sides, "en") == []


def test_resolution_findings():
    assert codes(check_job(CARD, [SideArtwork(0, 700, 469, "CMYK"), SideArtwork(1, 1075, 720, "CMYK")], "en")) == [
        "low_resolution"
    ]
    finding = check_job(CARD, [SideArtwork(0, 300, 201, "CMYK"), SideArtwork(1, 1075, 720, "CMYK")], "en")[0]
    assert finding.code == "very_low_resolution" and finding.severity == "serious"
    assert "84 dpi" in finding.message


def test_rgb_for_cmyk_and_missing_back():
    found = check_job(CARD, [SideArtwork(0, 1075, 720, "RGB")], "de")
    assert codes(found) == ["missing_side", "rgb_for_cmyk"]
    assert any("Rückseite fehlt" in f.message for f in found)


def test_no_bleed_and_aspect_mismatch_say_by_how_much():
    no_bleed = check_job(CARD, [SideArtwork(0, 1004, 650, "CMYK"), SideArtwork(1, 1075, 720, "CMYK")], "en")
    assert codes(no_bleed) == ["no_bleed"]
    mismatch = check_job(CARD, [SideArtwork(0, 4000, 3000, "CMYK"), SideArtwork(1, 1075, 720, "CMYK")], "en")
    assert codes(mismatch) == ["aspect_mismatch"]
    assert "7.2 mm too tall" in mismatch[0].message


def test_extra_side_on_one_sided_job():
    job = JobSpec("Magnet", 85, 55, colors="4/0")
    assert codes(check_job(job, [SideArtwork(0, 1075, 720, "CMYK"), SideArtwork(1, 1075, 720, "CMYK")], "en")) == [
        "extra_side"
    ]


@pytest.mark.parametrize(
    "name",
    [
        "\U0001f469\u200d\U0001f469\u200d\U0001f467 Familie Öztürk",  # family emoji: joined by ZWJ
        "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f Bäckerei",  # Scotland's flag (tags)
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # Persian “mi-khaham”: the ZWNJ belongs to the word
        "\U0001f44d\U0001f3fd Danke",
    ],
)
def test_joiners_are_letters_not_control_characters(name):
    assert clean_line(name, "customer name") == name


@pytest.mark.parametrize("bad", ["Anna\u202eevil", "Tab\there", "soft\u00adhyphen", "\ufeffBOM", "bell\x07"])
def test_invisible_controls_are_refused(bad):
    with pytest.raises(UserError, match="invisible control character"):
        clean_line(bad, "customer name")


def test_file_names_are_cleaned_not_refused():
    from printproof.domain.typed_text import clean_filename

    assert clean_filename("front\nside\x1b[31m.pdf") == "front_side_[31m.pdf"
    assert clean_filename("../../etc/passwd") == ".._.._etc_passwd"
    assert clean_filename("\u202e") == "file"
    long = clean_filename("a" * 300 + ".tiff")
    assert len(long) == 200 and long.endswith(".tiff")
    assert clean_filename("Ehe\u200cname.png") == "Ehe\u200cname.png"
