"""Small helpers every screen uses: styling, message lines, formatting."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

STATUS_COLORS = {
    "draft": "#757575",
    "proofing": "#1565c0",
    "approved": "#2e7d32",
    "in_production": "#6a1b9a",
    "ready": "#00838f",
    "picked_up": "#455a64",
    "disputed": "#c62828",
    "resolved": "#ef6c00",
}

APP_STYLE = """
QWidget { font-size: 11pt; }
QPushButton { padding: 7px 16px; border-radius: 6px; border: 1px solid #b0b0b0; background: #fafafa; }
QPushButton:hover { background: #eef3fb; }
QPushButton:default, QPushButton[primary="true"] { background: #1565c0; color: white; border-color: #0d47a1; }
QPushButton[danger="true"] { background: #c62828; color: white; border-color: #8e0000; }
QPushButton:disabled { color: #9e9e9e; background: #eeeeee; border-color: #dddddd; }
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit, QPlainTextEdit { padding: 5px; }
QLabel[role="title"] { font-size: 18pt; font-weight: 600; }
QLabel[role="hint"] { color: #616161; }
QLabel[role="error"] { color: #c62828; font-weight: 600; }
QLabel[role="ok"] { color: #2e7d32; font-weight: 600; }
QFrame[role="card"] { background: white; border: 1px solid #dddddd; border-radius: 8px; }
"""


def title(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "title")
    return label


def hint(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    return label


def message_line(parent: QWidget | None = None) -> QLabel:
    """A line that shows errors and confirmations in words, in place (no modal trap)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_message(label: QLabel, text: str, ok: bool = False) -> None:
    label.setProperty("role", "ok" if ok else "error")
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


def big_button(text: str, primary: bool = False, danger: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setMinimumHeight(44)
    font = button.font()
    font.setPointSizeF(font.pointSizeF() * 1.1)
    font.setWeight(QFont.Weight.DemiBold)
    button.setFont(font)
    if primary:
        button.setProperty("primary", True)
    if danger:
        button.setProperty("danger", True)
    return button


def local_time(utc: datetime) -> str:
    """A stored UTC time shown in the workstation's zone and the user's locale."""
    moment = utc.replace(tzinfo=UTC).astimezone()
    return QLocale().toString(moment.replace(tzinfo=None), QLocale.FormatType.ShortFormat)


def local_date(value) -> str:  # noqa: ANN001
    return QLocale().toString(value, QLocale.FormatType.ShortFormat) if value else "–"


def status_label(status: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        "draft": QCoreApplication.translate("Status", "Draft"),
        "proofing": QCoreApplication.translate("Status", "Proofing"),
        "approved": QCoreApplication.translate("Status", "Approved"),
        "in_production": QCoreApplication.translate("Status", "In production"),
        "ready": QCoreApplication.translate("Status", "Ready for pickup"),
        "picked_up": QCoreApplication.translate("Status", "Picked up"),
        "disputed": QCoreApplication.translate("Status", "Complaint open"),
        "resolved": QCoreApplication.translate("Status", "Complaint resolved"),
    }
    return names.get(status, status)
