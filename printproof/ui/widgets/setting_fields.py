"""A field for each kind of setting, made from its definition in the settings registry."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from ...domain.i18n import t
from ...domain.settings import SettingDef
from .common import text_box


def field_for(definition: SettingDef) -> Any:
    """The widget that edits ``definition``: limits (length, range, choices) from the definition."""
    kind = definition.type
    if kind == "text":
        return text_box()
    if kind == "int":
        box = QSpinBox()
        box.setRange(definition.low if definition.low is not None else -(2**31), definition.high or 2**31 - 1)
        if definition.unit:
            box.setSuffix(f" {t(definition.unit)}")
        return box
    if kind == "bool":
        return QCheckBox(definition.title())
    if kind == "choice":
        combo = QComboBox()
        for value, title in definition.choice_titles():
            combo.addItem(title, value)
        return combo
    line = QLineEdit()
    line.setMaxLength(definition.max_len)
    return line


def value_of(widget: QWidget) -> Any:
    """The value a field shows, as the services take it."""
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    raise TypeError(type(widget).__name__)


def show_value(widget: QWidget, value: Any) -> None:
    """Show ``value`` in a field made by :func:`field_for`."""
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value or ""))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value or ""))
    else:
        raise TypeError(type(widget).__name__)
