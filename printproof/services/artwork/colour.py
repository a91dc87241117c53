"""Colours as the press prints them: littleCMS (Pillow's ImageCms) through the shop's press profile.

Pure functions over images and profile bytes, no database (the shop's choice of profile,
intent and ink limit arrives as a :class:`PressSetup`). Every conversion is an ICC
conversion; nothing here uses a formula for CMYK.

- RGB artwork is shown as it comes out after conversion to the press's CMYK: sRGB → press
  CMYK with the shop's rendering intent and black-point compensation, then press CMYK →
  sRGB (relative colorimetric with black-point compensation: the screen's white and black
  stand for the paper's white and the press's black, as the eye adapts to them).
- CMYK artwork goes through its embedded profile, or the press profile when it has none.
- The gamut warning marks pixels whose colour changes by more than :data:`GAMUT_DELTA_E`
  (CIEDE2000) between the file and the press.
"""

from __future__ import annotations

import functools
import hashlib
import io
import math
import threading
from dataclasses import dataclass
from functools import cached_property
from typing import Any, cast

from PIL import Image, ImageChops, ImageCms, ImageFilter, ImageMath, ImageOps

from ...domain.errors import UserError
from ...domain.i18n import t
from ...domain.typed_text import is_control
from ...resources import get_resource

INTENTS = {
    "perceptual": ImageCms.Intent.PERCEPTUAL,
    "relative": ImageCms.Intent.RELATIVE_COLORIMETRIC,
    "saturation": ImageCms.Intent.SATURATION,
    "absolute": ImageCms.Intent.ABSOLUTE_COLORIMETRIC,
}
DEFAULT_PROFILE = ("icc", "PrintProof-FOGRA39.icc")

# Why ΔE2000 5: about 1 is the smallest difference an observer sees between two patches side by side and
# 2 what a trained eye sees; a customer comparing a screen with a print across the counter, not side by side,
# rarely notices less than 5, while above 5 the colour is at a glance another one ("the blue is much darker")
# — the complaint the warning is for. In-gamut colours (greys, skin tones, the demo's blue 40/110/190) come
# back from the round trip with ΔE2000 below 1.5 (tests/services/test_colour.py), so the threshold marks only real
# changes; sRGB's pure red, green and blue change by 5, 18 and 16.
GAMUT_DELTA_E = 5.0
GAMUT_MIN_SHARE = 0.005  # below half a per cent of a side: antialiased edges and specks, not a finding
GAMUT_SERIOUS_SHARE = 0.10  # a tenth of the side visibly changes: the customer acknowledges it
# ΔE is smooth in RGB: over 3000 random colours, 17³ nodes interpolated agree with the exact per-pixel ΔE
# within 0.84 for 99 % (mean 0.21, max 2.2) and put 99.2 % on the same side of the threshold (the rest lie
# within 0.3 of it).
_DELTA_LUT_SIZE = 17
# The view of a side: littleCMS's two conversions (sRGB → press CMYK → sRGB) sampled on 33³ nodes, like
# littleCMS's own optimised 8-bit transforms, and interpolated by Pillow in one pass together with ΔE: over
# 20000 random colours the result is within 1 of the direct two-step conversion for 95 % (2 for 99 %, mean
# 0.74), at a third of its time — what lets a 32-page brochure be checked in about the time poppler renders it.
_VIEW_LUT_SIZE = 33
_DE_SCALE = 10.0  # ΔE kept as ΔE × 10 in an 8-bit band: 0.1 resolution up to 25.5

_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
_LAB = ImageCms.ImageCmsProfile(ImageCms.createProfile("LAB"))
_BPC = ImageCms.Flags.BLACKPOINTCOMPENSATION


def _apply(image: Image.Image, transform: ImageCms.ImageCmsTransform) -> Image.Image:
    """``image`` through ``transform`` as a new image (Pillow's call answers None only when done in place)."""
    out = ImageCms.applyTransform(image, transform)
    assert out is not None
    return out


def _profile_to_profile(image: Image.Image, *args: Any, **kwargs: Any) -> Image.Image:
    out = ImageCms.profileToProfile(image, *args, **kwargs)
    assert out is not None
    return out


@dataclass(frozen=True)
class PressSetup:
    """The shop's press: its ICC profile, how RGB is converted to it, and the total ink limit (%)."""

    icc: bytes
    intent: str = "relative"
    bpc: bool = True
    ink_limit: int = 300

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.icc).hexdigest()

    @cached_property
    def name(self) -> str:
        return profile_name(self.icc)

    @property
    def key(self) -> str:
        """What a simulated preview depends on: profile, intent and black-point compensation."""
        return f"{self.sha256[:12]}-{self.intent}-{'bpc' if self.bpc else 'nobpc'}"


def default_profile() -> bytes:
    """The shipped press profile (FOGRA39, offset on coated paper)."""
    return get_resource(*DEFAULT_PROFILE).read_bytes()


def default_setup() -> PressSetup:
    return PressSetup(default_profile())


def profile_name(icc: bytes) -> str:
    """The profile's own description, e.g. "Coated FOGRA39 (PrintProof, ISO 12647-2)"."""
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        described = ImageCms.getProfileDescription(profile)
    except (OSError, ImageCms.PyCMSError):
        return "ICC"
    # The description comes from the file: no control characters on a proof or in a settings line.
    return " ".join("".join(" " if is_control(ch) else ch for ch in described).split())[:200] or "ICC"


def check_press_profile(data: bytes, name: str) -> str:
    """Accept only an ICC output profile for CMYK; return its description."""
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(data))
    except (OSError, ImageCms.PyCMSError, ValueError) as exc:
        raise UserError(t("“{name}” is not an ICC colour profile.", name=name)) from exc
    space = profile.profile.xcolor_space.strip()
    if space != "CMYK" or profile.profile.device_class.strip() != "prtr":
        raise UserError(
            t(
                "“{name}” is not a press profile: a printer's ICC profile for CMYK is needed "
                "(this one is for {space}).",
                name=name,
                space=space or "?",
            )
        )
    return profile_name(data)


class Simulator:
    """The transforms and the ΔE table for one :class:`PressSetup`, built once and shared."""

    def __init__(self, setup: PressSetup) -> None:
        self.setup = setup
        press = ImageCms.ImageCmsProfile(io.BytesIO(setup.icc))
        self._press = press
        flags = _BPC if setup.bpc else ImageCms.Flags.NONE
        self.to_press = ImageCms.buildTransform(_SRGB, press, "RGB", "CMYK", INTENTS[setup.intent], flags=flags)
        self.from_press = ImageCms.buildTransform(press, _SRGB, "CMYK", "RGB", INTENTS["relative"], flags=_BPC)
        self._press_to_lab = ImageCms.buildTransform(press, _LAB, "CMYK", "LAB", INTENTS["relative"], flags=_BPC)
        self.delta_e_lut = self._delta_e_lut()
        self.view_lut = self._view_lut()

    @staticmethod
    def _grid(n: int) -> Image.Image:
        levels = [round(i * 255 / (n - 1)) for i in range(n)]
        grid = Image.new("RGB", (n**3, 1))
        grid.putdata([(r, g, b) for b in levels for g in levels for r in levels])  # red runs fastest
        return grid

    def _delta_e_lut(self) -> ImageFilter.Color3DLUT:
        """ΔE2000 between each sRGB colour and what the press prints of it (red band, ΔE × 10 / 255)."""
        grid = self._grid(_DELTA_LUT_SIZE)
        source = _apply(grid, ImageCms.buildTransform(_SRGB, _LAB, "RGB", "LAB"))
        printed = _apply(_apply(grid, self.to_press), self._press_to_lab)
        table = []
        pixels = cast("list[tuple[int, int, int]]", list(source.get_flattened_data()))
        printed_pixels = cast("list[tuple[int, int, int]]", list(printed.get_flattened_data()))
        for a, b in zip(pixels, printed_pixels, strict=True):
            de = delta_e2000(_lab(a), _lab(b))
            table.append((min(1.0, de * _DE_SCALE / 255), 0.0, 0.0))
        return ImageFilter.Color3DLUT(_DELTA_LUT_SIZE, table)

    def _view_lut(self) -> ImageFilter.Color3DLUT:
        """sRGB → (press colour in sRGB, ΔE × 10) in one table: RGB plus the ΔE in the fourth band."""
        grid = self._grid(_VIEW_LUT_SIZE)
        shown = cast("list[tuple[int, int, int]]", list(self.simulate_rgb(grid).get_flattened_data()))
        delta = cast("list[int]", list(grid.filter(self.delta_e_lut).getchannel(0).get_flattened_data()))
        table = [(r / 255, g / 255, b / 255, d / 255) for (r, g, b), d in zip(shown, delta, strict=True)]
        return ImageFilter.Color3DLUT(_VIEW_LUT_SIZE, table, channels=4, target_mode="RGBA")

    def simulate_rgb(self, rgb: Image.Image) -> Image.Image:
        """What the press prints of this sRGB image, shown in sRGB: littleCMS's two conversions, directly."""
        return _apply(_apply(rgb, self.to_press), self.from_press)

    def view(self, rgb: Image.Image) -> tuple[Image.Image, Image.Image, float]:
        """The press view of an sRGB image, its gamut mask (mode "L", 255 = changes visibly) and the mask's share.

        One pass through the sampled table (see ``_VIEW_LUT_SIZE``).
        """
        both = rgb.filter(self.view_lut)
        limit = round(GAMUT_DELTA_E * _DE_SCALE)
        mask = both.getchannel("A").point([255 if v > limit else 0 for v in range(256)])
        share = mask.histogram()[255] / (rgb.size[0] * rgb.size[1])
        return both.convert("RGB"), mask, share

    def cmyk_to_rgb(self, cmyk: Image.Image, icc: bytes | None = None) -> Image.Image:
        """CMYK through its own profile (when it has a usable one) or the press profile, shown in sRGB."""
        if icc:
            try:
                own = ImageCms.ImageCmsProfile(io.BytesIO(icc))
                if own.profile.xcolor_space.strip() == "CMYK":
                    transform = ImageCms.buildTransform(own, _SRGB, "CMYK", "RGB", INTENTS["relative"], flags=_BPC)
                    return _apply(cmyk, transform)
            except (OSError, ImageCms.PyCMSError):
                pass  # a damaged embedded profile: the press profile stands in for it
        return _apply(cmyk, self.from_press)

    def gamut_mask(self, rgb: Image.Image) -> tuple[Image.Image, float]:
        """Mask (mode "L", 255 = changes visibly in print) of an sRGB image, and the share of its area."""
        _, mask, share = self.view(rgb)
        return mask, share


_cache: dict[str, Simulator] = {}
_cache_lock = threading.Lock()


def simulator(setup: PressSetup) -> Simulator:
    """The simulator for ``setup``, built on first use (a fraction of a second) and kept."""
    key = f"{setup.sha256}-{setup.intent}-{setup.bpc}"
    with _cache_lock:
        found = _cache.get(key)
        if found is None:
            if len(_cache) > 8:
                _cache.clear()
            found = _cache[key] = Simulator(setup)
        return found


def _lab(pixel: tuple[int, ...]) -> tuple[float, float, float]:
    """Pillow's 8-bit LAB (L 0–255, a/b offset by 128) as CIELAB."""
    return pixel[0] * 100 / 255, pixel[1] - 128.0, pixel[2] - 128.0


def delta_e2000(lab1: tuple[float, float, float], lab2: tuple[float, float, float]) -> float:
    """CIEDE2000 colour difference (Sharma, Wu, Dalal 2005), kL = kC = kH = 1."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    c_bar7 = ((c1 + c2) / 2) ** 7
    g = 0.5 * (1 - math.sqrt(c_bar7 / (c_bar7 + 25.0**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl, dc = l2 - l1, c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    else:
        dh = h2p - h1p
        if dh > 180:
            dh -= 360
        elif dh < -180:
            dh += 360
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh) / 2)
    l_bar, c_bar = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_bar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_bar = (h1p + h2p) / 2
    else:
        h_bar = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    tt = (
        1
        - 0.17 * math.cos(math.radians(h_bar - 30))
        + 0.24 * math.cos(math.radians(2 * h_bar))
        + 0.32 * math.cos(math.radians(3 * h_bar + 6))
        - 0.20 * math.cos(math.radians(4 * h_bar - 63))
    )
    sl = 1 + 0.015 * (l_bar - 50) ** 2 / math.sqrt(20 + (l_bar - 50) ** 2)
    sc = 1 + 0.045 * c_bar
    sh = 1 + 0.015 * c_bar * tt
    c_bar7p = c_bar**7
    rt = (
        -2
        * math.sqrt(c_bar7p / (c_bar7p + 25.0**7))
        * math.sin(math.radians(60 * math.exp(-(((h_bar - 275) / 25) ** 2))))
    )
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh))


def mark_gamut(simulated: Image.Image, mask: Image.Image) -> Image.Image:
    """The simulated image with dark diagonal hatching over the areas that change in print."""
    hatch = ImageChops.multiply(_stripes(simulated.size), mask)  # 255 only on a stripe inside the mask
    marked = simulated.copy()
    marked.paste((20, 20, 20), (0, 0, *simulated.size), hatch)  # the colour through the hatch: no second image
    return marked


@functools.lru_cache(maxsize=4)
def _stripes(size: tuple[int, int], period: int = 12, width: int = 4) -> Image.Image:
    """Diagonal stripes (mode "L", 255 on a stripe): each row is one pattern row shifted by one pixel."""
    pattern = bytes(255 if x % period < width else 0 for x in range(size[0] + period))
    rows = b"".join(pattern[y % period : y % period + size[0]] for y in range(size[1]))
    return Image.frombytes("L", size, rows)


@dataclass(frozen=True)
class PressView:
    """A side as the press prints it: the simulated image, the marked one (when colours change), what was measured."""

    image: Image.Image  # RGB
    marked: Image.Image | None
    checks: dict[str, object]


def press_view(
    im: Image.Image, icc: bytes | None, setup: PressSetup, simulate: bool = True, ink_source: Image.Image | None = None
) -> PressView:
    """Show ``im`` (any Pillow mode, at proof resolution) as the press prints it.

    CMYK goes through its embedded profile or the press profile and its total ink is measured;
    greyscale prints with black ink alone; everything else is sRGB (or converted there through its
    embedded profile) and goes through the press profile, with the gamut warning. ``simulate=False``
    is for an RGB rendering that already shows press colours (a PDF page of CMYK content).
    ``ink_source``: the CMYK pixels to measure the ink of, when ``im`` was resampled with a filter that
    overshoots at edges (Lanczos): total ink is judged on area averages, never on ringing.
    """
    sim = simulator(setup)
    if im.mode == "CMYK":
        coverage = ink_coverage(ink_source if ink_source is not None else im)
        ink = {"percent": coverage.percent, "where": ninth(coverage.x, coverage.y)}
        return PressView(sim.cmyk_to_rgb(im, icc), None, {"ink": ink})
    if im.mode in ("L", "1"):
        black = ImageOps.invert(im.convert("L"))
        zero = Image.new("L", im.size, 0)
        return PressView(sim.cmyk_to_rgb(Image.merge("CMYK", (zero, zero, zero, black))), None, {})
    rgb = to_srgb(im, icc)
    if not simulate:
        return PressView(rgb, None, {})
    simulated, mask, share = sim.view(rgb)
    gamut = {
        "share": round(share, 4),
        "delta_e": GAMUT_DELTA_E,
        "min_share": GAMUT_MIN_SHARE,
        "serious_share": GAMUT_SERIOUS_SHARE,
        "press": setup.key,
    }
    marked = mark_gamut(simulated, mask) if share >= GAMUT_MIN_SHARE else None
    return PressView(simulated, marked, {"gamut": gamut})


def to_srgb(im: Image.Image, icc: bytes | None) -> Image.Image:
    """An sRGB rendition: transparency laid on white paper, an embedded RGB profile honoured."""
    if im.mode in ("RGBA", "LA", "PA", "La", "RGBa") or (im.mode == "P" and "transparency" in im.info):
        im = im.convert("RGBA")
        return Image.alpha_composite(Image.new("RGBA", im.size, (255, 255, 255, 255)), im).convert("RGB")
    if im.mode == "LAB":
        return _apply(im, ImageCms.buildTransform(_LAB, _SRGB, "LAB", "RGB"))
    if icc and im.mode == "RGB":
        try:
            own = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            if own.profile.xcolor_space.strip() == "RGB":
                return _profile_to_profile(
                    im, own, _SRGB, renderingIntent=INTENTS["relative"], outputMode="RGB", flags=_BPC
                )
        except (OSError, ImageCms.PyCMSError):
            pass  # a damaged embedded profile: read the pixels as sRGB
    return im.convert("RGB")


def ninth(fx: float, fy_from_top: float) -> str:
    """Which ninth of an area a point lies in: "top_left" … "bottom_right"."""
    col = 0 if fx < 1 / 3 else 1 if fx < 2 / 3 else 2
    row = 0 if fy_from_top < 1 / 3 else 1 if fy_from_top < 2 / 3 else 2
    return [
        ["top_left", "top_centre", "top_right"],
        ["centre_left", "centre", "centre_right"],
        ["bottom_left", "bottom_centre", "bottom_right"],
    ][row][col]


@dataclass(frozen=True)
class InkCoverage:
    """The highest total area coverage (C+M+Y+K, in %) found, and where (fractions of width and height)."""

    percent: int
    x: float
    y: float


def ink_coverage(cmyk: Image.Image) -> InkCoverage:
    """Maximum total ink of a CMYK raster, and the centre of the area where it occurs."""
    c, m, y, k = (band.convert("I") for band in cmyk.split())
    total = ImageMath.lambda_eval(lambda v: v["c"] + v["m"] + v["y"] + v["k"], c=c, m=m, y=y, k=k)
    top = total.getextrema()[1]
    percent = round(int(top) * 100 / 255)
    # A linear map (all that "I" images take): the top value becomes 255, anything lower 0 or below.
    peak = total.point(lambda v: (v - top + 1) * 255).convert("L") if top else None
    box = peak.getbbox() if peak is not None else None
    if not box:
        return InkCoverage(percent, 0.5, 0.5)
    w, h = cmyk.size
    return InkCoverage(percent, (box[0] + box[2]) / 2 / w, (box[1] + box[3]) / 2 / h)
