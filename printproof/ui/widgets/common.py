"""Small helpers every screen uses: styling, the message bar, buttons, formatting, fitting on screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TypeVar

from PySide6.QtCore import QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ...resources import get_resource
from ...workers.tasks import Failure, run_task
from . import palette

# Signs that the shipped font has (a sign the font lacks shows as an empty box).
SERIOUS, WARNING, OK = "✖", "⚠", "✔"

STATUS_COLORS = {
    "draft": palette.DRAFT,
    "proofing": palette.PRIMARY,
    "approved": palette.OK,
    "in_production": palette.IN_PRODUCTION,
    "ready": palette.READY,
    "picked_up": palette.PICKED_UP,
    "disputed": palette.ERROR,
    "resolved": palette.WARNING_EDGE,
}

APP_FONT = "DejaVu Sans"

APP_STYLE = f"""
QWidget {{ font-size: 10.5pt; }}
QPushButton {{
    padding: 6px 14px; border-radius: 6px; border: 1px solid {palette.BUTTON_EDGE}; background: {palette.BUTTON};
}}
QPushButton:hover {{ background: {palette.HOVER}; }}
QPushButton:checked {{
    background: {palette.PRIMARY_SOFT}; border: 2px solid {palette.PRIMARY}; padding: 5px 13px;
    color: {palette.PRIMARY_DARK};
}}
QPushButton:focus {{ border: 2px solid {palette.PRIMARY}; }}
QPushButton[primary="true"] {{ background: {palette.PRIMARY}; color: white; border-color: {palette.PRIMARY_DARK}; }}
QPushButton[primary="true"]:focus {{ border: 2px solid {palette.FOCUS_ON_PRIMARY}; }}
QPushButton[danger="true"] {{ background: {palette.ERROR}; color: white; border-color: {palette.DANGER_EDGE}; }}
QPushButton:disabled {{
    color: {palette.DISABLED_TEXT}; background: {palette.DISABLED_BACKGROUND}; border-color: {palette.LINE};
}}
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit, QPlainTextEdit {{ padding: 4px; }}
QLabel[role="title"] {{ font-size: 16pt; font-weight: 600; }}
QLabel[role="hint"] {{ color: {palette.MUTED}; }}
QLabel[role="error"] {{ color: {palette.SERIOUS}; font-weight: 600; }}
QLabel[role="ok"] {{ color: {palette.OK_STRONG}; font-weight: 600; }}
QLabel[role="busy"] {{ color: {palette.PRIMARY_DARK}; }}
QFrame[role="card"] {{ background: white; border: 1px solid {palette.LINE}; border-radius: 8px; }}
"""


def install_font(app: QApplication) -> None:
    """Use the shipped DejaVu Sans everywhere: every name (Łukasz, Şahin, Иванова) and sign renders alike
    on every workstation, and the UI looks the same as the documents."""
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(get_resource("fonts", name)))
    font = QFont(APP_FONT)
    font.setPointSizeF(10.5)
    app.setFont(font)


def title(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "title")
    return label


def hint(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    return label


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with … instead of widening the window (long names)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(10, self.width() - 4)
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(10, super().minimumSizeHint().height())


class MessageBar(QLabel):
    """Where a screen says what happened: always the same place and height, so nothing moves when a
    sentence appears (no misclicks), and a sentence never outlives its moment.

    Errors stay until the next action; confirmations fade after a few seconds.
    """

    LINES = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._fade = QTimer(self)
        self._fade.setSingleShot(True)
        self._fade.timeout.connect(self.clear_message)
        self._fit_height()

    def _fit_height(self) -> None:
        metrics = self.fontMetrics()
        self.setFixedHeight(metrics.lineSpacing() * self.LINES + 6)

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._fit_height()

    def show_text(self, text: str, kind: str = "error", fade_ms: int | None = None) -> None:
        """``kind``: "error", "ok" (fades) or "busy" (stays until replaced)."""
        self.setProperty("role", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self._fade.stop()
        if text and (fade_ms or kind == "ok"):
            self._fade.start(fade_ms or 8000)

    def clear_message(self) -> None:
        self._fade.stop()
        self.setText("")

    def message(self) -> str:
        return self.text()


def message_line(parent: QWidget | None = None) -> MessageBar:
    return MessageBar(parent)


def show_message(bar: MessageBar, text: str, ok: bool = False) -> None:
    bar.show_text(text, "ok" if ok else "error")


T = TypeVar("T")


def save_in_background(
    bar: MessageBar,
    set_saving: Callable[[bool], object],
    text: str,
    work: Callable[[], T],
    saved: Callable[[T], object],
) -> None:
    """The one way a dialog saves: ``work`` runs off the GUI thread while the dialog waits (``set_saving(True)``
    disables its inputs; the dialog's reject() refuses to close meanwhile) and ``bar`` says ``text``; then
    ``saved(result)``, or the refusal in one sentence in ``bar`` with everything typed still there."""
    set_saving(True)
    bar.show_text(text, "busy")

    def done(result: T) -> None:
        set_saving(False)
        saved(result)

    def failed(failure: Failure) -> None:
        set_saving(False)
        show_message(bar, failure)

    run_task(work, done, failed)


def big_button(text: str, primary: bool = False, danger: bool = False) -> QPushButton:
    """A large, clear button. It takes the focus by Tab only: a mouse click leaves the focus where the
    user was typing, so a later Space or Enter never presses a button by surprise."""
    button = QPushButton(text)
    button.setMinimumHeight(40)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.setAutoDefault(False)
    font = button.font()
    font.setWeight(QFont.Weight.DemiBold)
    button.setFont(font)
    if primary:
        button.setProperty("primary", True)
    if danger:
        button.setProperty("danger", True)
    return button


class RowCheckBox(QCheckBox):
    """A check box that toggles when its row is touched anywhere, not only on the small box (touch screens)."""

    def hitButton(self, pos) -> bool:  # noqa: ANN001, N802 (Qt's name)
        return self.rect().contains(pos)


def language_box(current: str = "") -> QComboBox:
    """The languages PrintProof speaks, each in its own words ("Deutsch", "English"), ``current`` chosen."""
    box = QComboBox()
    box.addItem("Deutsch", "de")
    box.addItem("English", "en")
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def small_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.setAutoDefault(False)
    return button


def text_box(placeholder: str = "", max_height: int | None = None) -> QPlainTextEdit:
    """A multi-line field in a form: Tab moves on to the next field (it never types a tab)."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    if max_height:
        box.setMaximumHeight(max_height)
    return box


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Size a window ``width`` × ``height`` or as large as the screen allows, centred on it."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    area = screen.availableGeometry()
    w, h = min(width, int(area.width() * 0.96)), min(height, int(area.height() * 0.94))
    widget.resize(w, h)
    widget.move(area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 2)


def ask(parent: QWidget, heading: str, text: str, yes: str, no: str) -> bool:
    """A yes/no question with buttons that say what they do."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(heading)
    box.setText(text)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def image_from(data: bytes, width: int = 0, height: int = 0, enlarge: bool = True) -> QImage:
    """A picture from file bytes, turned upright as its EXIF orientation says (phone photos), and scaled to
    fit ``width`` × ``height`` when given (only ever down, unless ``enlarge``). A QImage, not a QPixmap: it
    can be made in background work, so decoding a large picture never holds the window."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        return QImage()
    if width and height and (enlarge or image.width() > width or image.height() > height):
        return image.scaled(
            width, height, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image


def pixmap_from(data: bytes) -> QPixmap:
    """A picture from file bytes, upright (see :func:`image_from`), for the GUI thread."""
    return QPixmap.fromImage(image_from(data))


def ui_locale(language: str | None) -> QLocale:
    """The locale for ``language`` in this workstation's region: English in Germany writes 23/11/2026,
    not 11/23/26. A system without a region (the C locale) is taken to be in Germany, where our shops are."""
    system = QLocale.system()
    territory = system.territory()
    if territory == QLocale.Country.AnyCountry or system.language() == QLocale.Language.C:
        territory = QLocale.Country.Germany
    if not language:
        return system if system.language() != QLocale.Language.C else QLocale(QLocale.Language.German, territory)
    lang = QLocale(language).language()
    return QLocale(lang, territory)


def local_time(utc: datetime) -> str:
    """A stored UTC time shown in the workstation's zone and the user's locale."""
    moment = utc.replace(tzinfo=UTC).astimezone()
    return QLocale().toString(moment.replace(tzinfo=None), QLocale.FormatType.ShortFormat)


def local_date(value: date | None) -> str:
    return QLocale().toString(value, QLocale.FormatType.ShortFormat) if value else "–"


def status_chip_style(status: str) -> str:
    """A status shown as a tinted label (not a button: nothing happens when it is clicked)."""
    color = STATUS_COLORS.get(status, palette.TEXT)
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))  # Qt reads #RRGGBBAA as #AARRGGBB: use rgba()
    return (
        f"background: rgba({r}, {g}, {b}, 0.12); color: {color}; border: 1px solid rgba({r}, {g}, {b}, 0.4);"
        " padding: 3px 10px; border-radius: 10px; font-weight: 600;"
    )
