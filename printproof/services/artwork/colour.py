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
import logging
import math
import threading
from dataclasses import dataclass
from functools import cached_property
from typing import Any, cast

import numpy as np
from PIL import Image, ImageCms, ImageFilter, ImageMath, ImageOps
from platformdirs import user_cache_path

from ...domain.errors import UserError
from ...domain.i18n import t
from ...domain.typed_text import is_control
from ...resources import get_resource
from ..core import png
from ..core.files import write_file_atomically

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
# The view of a side: littleCMS's two conversions (sRGB → press CMYK → sRGB) and ΔE, computed once for every
# colour whose channels are even (128³ nodes, 8 MB, 0.1–0.2 s per press setup and process) and looked up for
# each pixel by its channels' upper seven bits (numpy: a gather from one table, no arithmetic per channel).
# Over 20000 random colours the view is within 2 of the direct two-step conversion for 98.8 % (mean 0.48, max 5:
# a channel's lowest bit is dropped); the 33³ table Pillow interpolated before was within 2 for 99 % with a mean
# of 0.74, at four times the time (tests/services/test_colour.py holds the figures).
_VIEW_BITS = 7
_VIEW_ROWS = 16  # rows looked up at a time: the index and its table entries stay in the cache
_DE_SCALE = 10.0  # ΔE kept as ΔE × 10 in an 8-bit band: 0.1 resolution up to 25.5

log = logging.getLogger(__name__)

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
        self.view_table = self._view_table()

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
        table: list[float] = []  # flat: red, green, blue of each node
        pixels = cast("list[tuple[int, int, int]]", list(source.get_flattened_data()))
        printed_pixels = cast("list[tuple[int, int, int]]", list(printed.get_flattened_data()))
        for a, b in zip(pixels, printed_pixels, strict=True):
            de = delta_e2000(_lab(a), _lab(b))
            table += (min(1.0, de * _DE_SCALE / 255), 0.0, 0.0)
        return ImageFilter.Color3DLUT(_DELTA_LUT_SIZE, table)

    def _view_table(self) -> np.ndarray:
        """The view's table, read from the cache folder when this machine built it before (0.1–0.5 s saved in every
        process that makes a proof); built and kept there otherwise. A file of the wrong size is built again."""
        import PIL

        key = f"{self.setup.sha256}-{self.setup.intent}-{self.setup.bpc}-{PIL.__version__}-v{_VIEW_BITS}"
        path = user_cache_path("PrintProof", appauthor=False) / "press" / f"{hashlib.sha256(key.encode()).hexdigest()}"
        size = 4 << (3 * _VIEW_BITS)
        try:
            if path.stat().st_size == size:
                return np.fromfile(path, "<u4")
        except OSError:
            pass  # not built on this machine yet (or unreadable): built below
        table = self._build_view_table()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_file_atomically(path, table.tobytes())  # whole or not at all: another process may be reading it
        except (OSError, UserError):
            log.info("the press view's table could not be kept in %s", path.parent)  # built again next time
        return table

    def _build_view_table(self) -> np.ndarray:
        """Every colour with even channels → its press colour in sRGB and ΔE × 10, packed R, G, B, ΔE (uint32).

        Node ``r << 14 | g << 7 | b`` holds the colour (``r``, ``g``, ``b``) × 255 / 127: exactly 0 and 255 at the
        ends, so black, white and the primaries are looked up as themselves.
        """
        n = 1 << _VIEW_BITS
        levels = np.round(np.arange(n) * 255 / (n - 1)).astype(np.uint8)
        grid = np.empty((n, n, n, 3), np.uint8)  # red slowest, blue fastest: the lookup's index order
        grid[..., 0] = levels[:, None, None]
        grid[..., 1] = levels[None, :, None]
        grid[..., 2] = levels[None, None, :]
        image = Image.frombytes("RGB", (n, n * n), grid.tobytes())
        table = np.empty((n * n, n, 4), np.uint8)
        table[..., :3] = np.asarray(self.simulate_rgb(image))
        table[..., 3] = np.asarray(image.filter(self.delta_e_lut).getchannel(0))
        return table.reshape(-1).view("<u4")

    def simulate_rgb(self, rgb: Image.Image) -> Image.Image:
        """What the press prints of this sRGB image, shown in sRGB: littleCMS's two conversions, directly."""
        return _apply(_apply(rgb, self.to_press), self.from_press)

    def view_arrays(self, rgbx: np.ndarray, out: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The press view of sRGB pixels (rows × columns × 4, RGBX), each through the view's table: rows × columns of
        packed R, G, B, ΔE × 10 (uint32, red in the lowest byte); and where it changes visibly (ΔE2000 over
        :data:`GAMUT_DELTA_E`). Both in ``out`` when given (at least 5 bytes a pixel), else in new memory.

        A few rows at a time, into buffers made once: no temporary the size of the image, whose fresh memory
        would cost more than the lookup (page faults)."""
        source = rgbx.view("<u4")[..., 0]  # R | G << 8 | B << 16 per pixel
        rows, columns = source.shape
        memory = np.empty(rows * columns * 5, np.uint8) if out is None else out.reshape(-1)
        view = memory[: rows * columns * 4].view("<u4").reshape(rows, columns)
        changed = memory[rows * columns * 4 : rows * columns * 5].view(bool).reshape(rows, columns)
        visible = np.uint32((round(GAMUT_DELTA_E * _DE_SCALE) + 1) << 24)  # ΔE × 10 above the limit
        step = max(1, min(rows, _VIEW_ROWS))
        index, part = np.empty((step, columns), "<u4"), np.empty((step, columns), "<u4")
        for top in range(0, rows, step):
            chunk = source[top : top + step]
            i, p = index[: len(chunk)], part[: len(chunk)]
            np.left_shift(chunk, 13, out=i)
            i &= 0x1FC000  # red's upper 7 bits
            np.right_shift(chunk, 2, out=p)
            p &= 0x3F80  # green's
            i |= p
            np.right_shift(chunk, 17, out=p)
            p &= 0x7F  # blue's
            i |= p
            np.take(self.view_table, i, out=view[top : top + step])
            np.greater_equal(view[top : top + step], visible, out=changed[top : top + step])
        return view, changed

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


_cache: dict[str, Simulator] = {}
_cache_lock = threading.Lock()


def simulator(setup: PressSetup) -> Simulator:
    """The simulator for ``setup``, built on first use (a fraction of a second) and kept."""
    key = f"{setup.sha256}-{setup.intent}-{setup.bpc}"
    with _cache_lock:
        found = _cache.get(key)
        if found is None:
            if len(_cache) > 4:  # 8 MB of table each
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


def packed_image(packed: np.ndarray) -> Image.Image:
    """An "RGBX" image of packed R, G, B, ΔE pixels (sharing their memory: the ΔE byte is the unused fourth)."""
    rows, columns = packed.shape
    return Image.frombuffer("RGBX", (columns, rows), packed, "raw", "RGBX", 0, 1)


def _share(changed: np.ndarray) -> float:
    return int(np.count_nonzero(changed)) / changed.size if changed.size else 0.0


def hatching(changed: np.ndarray) -> bytes:
    """The colour warning's hatching over the areas that change in print, as a 1-bit PNG: black (0) on the dark
    diagonal stripes, white elsewhere. The proof's warning page paints it in a dark grey over the press view.

    Works in ``changed``'s own memory (no page-sized temporary): it is left holding the stripes."""
    np.logical_and(changed, _stripes(changed.shape), out=changed)
    return png.bilevel(changed)


@functools.lru_cache(maxsize=4)
def _stripes(shape: tuple[int, int], period: int = 12, width: int = 4) -> np.ndarray:
    """Diagonal stripes (True on a stripe): each row is one pattern row shifted by one pixel."""
    rows, columns = shape
    down, across = ((np.arange(n) % period).astype(np.uint8) for n in (rows, columns))
    phase = np.add.outer(down, across)
    np.remainder(phase, period, out=phase)  # (row + column) mod period, a byte a pixel
    stripes: np.ndarray = phase < width
    return stripes


@dataclass(frozen=True)
class PressView:
    """A side as the press prints it: the simulated image, the hatching of its colour warning, what was measured."""

    image: Image.Image  # RGB, or RGBX (its fourth byte unused)
    hatching: bytes | None  # the colour warning, a 1-bit PNG (see :func:`hatching`), when colours change visibly
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
    return press_view_of_pixels(setup, np.asarray(rgb if rgb.mode == "RGBX" else rgb.convert("RGBX")))


def press_view_of_pixels(setup: PressSetup, rgbx: np.ndarray, out: np.ndarray | None = None) -> PressView:
    """:func:`press_view` of sRGB pixels (rows × columns × 4, the fourth byte unused), as a rendered page has them.

    ``out``: memory for the view (at least 5 bytes a pixel) when the caller hands it round, else new."""
    packed, changed = simulator(setup).view_arrays(rgbx, out)
    share = _share(changed)
    gamut = {
        "share": round(share, 4),
        "delta_e": GAMUT_DELTA_E,
        "min_share": GAMUT_MIN_SHARE,
        "serious_share": GAMUT_SERIOUS_SHARE,
        "press": setup.key,
    }
    stencil = hatching(changed) if share >= GAMUT_MIN_SHARE else None
    return PressView(packed_image(packed), stencil, {"gamut": gamut})


def to_srgb(im: Image.Image, icc: bytes | None) -> Image.Image:
    """An sRGB rendition: transparency laid on white paper, an embedded RGB profile honoured."""
    if im.mode in ("RGBA", "LA", "PA", "La", "RGBa") or (im.mode == "P" and "transparency" in im.info):
        im = im.convert("RGBA")
        return Image.alpha_composite(Image.new("RGBA", im.size, (255, 255, 255, 255)), im).convert("RGB")
    if im.mode == "LAB":
        return _apply(im, ImageCms.buildTransform(_LAB, _SRGB, "LAB", "RGB"))
    if icc and im.mode in ("RGB", "RGBX"):
        try:
            own = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            if own.profile.xcolor_space.strip() == "RGB":
                return _profile_to_profile(
                    im.convert("RGB"), own, _SRGB, renderingIntent=INTENTS["relative"], outputMode="RGB", flags=_BPC
                )
        except (OSError, ImageCms.PyCMSError):
            pass  # a damaged embedded profile: read the pixels as sRGB
    if im.mode == "RGBX":
        return im  # sRGB with an unused fourth byte: how rendered pages arrive, not copied again
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
