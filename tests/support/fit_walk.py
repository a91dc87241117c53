"""Every window, screen and dialog on one screen size and scale factor, judged as a person at the counter would
see it (run by tests/gui/test_every_window_fits.py, one process per screen: Qt's screen and scale are per process).

    QT_QPA_PLATFORM=offscreen:configfile=screen.json QT_SCALE_FACTOR=1.5 \\
        python -m tests.support.fit_walk --store shop.sqlite3 --numbers '{…}' --out report.json

For each language, the main window (maximized, as the counter runs it) and each dialog (as it opens) is shown in
turn (tests/gui/test_language.py's ``every_screen``), and every visible widget is looked at:
- the window or dialog lies inside the screen's available area;
- every widget lies inside its window (a widget inside a scroll area scrolls, and counts as inside);
- a label's text is not cut (a single line wider than the label, or wrapped lines taller than it), unless it has a
  tool tip that says it whole;
- a button's text fits it;
- a field (line, combo, spin box) is at least as tall as its font.
The report is a list of findings, each "language, screen: widget: what".
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 2  # px: rounding at fractional scale factors


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QLineEdit):
        text = widget.placeholderText() or widget.text()
    text = re.sub(r"<[^>]+>", " ", text).replace("&", "").strip()
    return f"{type(widget).__name__} “{text[:50]}”" if text else f"{type(widget).__name__} {widget.objectName()}"


def _scroll_area(widget: QWidget, top: QWidget) -> QAbstractScrollArea | None:
    """The scroll area ``widget`` is inside, if any (its place depends on the scrolling)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _cut_sideways(widget: QWidget, area: QAbstractScrollArea) -> bool:
    """Wider than a scroll area that never scrolls sideways: its right part cannot be seen at all."""
    from PySide6.QtCore import Qt

    if area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return False
    viewport = area.viewport()
    left = widget.mapTo(viewport, QPoint(0, 0)).x() if viewport.isAncestorOf(widget) else 0
    return left + widget.width() > viewport.width() + SLACK


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisible() and widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def judge(top: QWidget, where: str) -> list[str]:
    """What does not fit on ``top`` as it is shown now."""
    found: list[str] = []
    screen = (top.screen() or QApplication.primaryScreen()).availableGeometry()
    frame = top.frameGeometry()
    if frame.width() > screen.width() + SLACK or frame.height() > screen.height() + SLACK:
        found.append(
            f"{where}: the window is {frame.width()}×{frame.height()}, the screen {screen.width()}×{screen.height()}"
        )
    area = QRect(QPoint(0, 0), top.size()).adjusted(-SLACK, -SLACK, SLACK, SLACK)
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top) or widget.isWindow():
            continue
        scroll = _scroll_area(widget, top)
        inside_scroll = scroll is not None
        rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        if (
            scroll is not None
            and isinstance(widget, QAbstractButton | QLabel | QLineEdit)
            and _cut_sideways(widget, scroll)
        ):
            found.append(f"{where}: {_name(widget)} is cut sideways by its scroll area ({widget.width()} px wide)")
        if (
            not inside_scroll
            and not area.contains(rect)
            and isinstance(widget, QAbstractButton | QLabel | QLineEdit | QComboBox | QAbstractSpinBox)
        ):
            found.append(
                f"{where}: {_name(widget)} lies outside its window ({rect.x()},{rect.y()} "
                f"{rect.width()}×{rect.height()} in {top.width()}×{top.height()})"
            )
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull() and not widget.toolTip():
            text = widget.text()
            if _rich(widget, text):
                continue
            room = widget.contentsRect()
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + SLACK and not inside_scroll:
                    found.append(f"{where}: {_name(widget)} is cut: {needed} px of wrapped text in {widget.height()}")
                words = re.split(r"\s+|(?<=[-/])", text)  # a line may break after a hyphen or a slash
                longest = max(words, key=metrics.horizontalAdvance, default="")
                if metrics.horizontalAdvance(longest) > room.width() + SLACK:  # a word cannot wrap
                    found.append(f"{where}: {_name(widget)} cuts the word “{longest}” ({room.width()} px wide)")
            else:
                widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
                if widest > room.width() + SLACK:
                    found.append(f"{where}: {_name(widget)} is cut: {widest} px of text in {room.width()}")
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton) and widget.text():
            # the text, any icon or check mark, and a little room each side (the style's wish for an 80 px
            # minimum is not the text's need: an arrow button may be narrow)
            text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            extra = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
            if not isinstance(widget, QPushButton):
                extra += widget.style().pixelMetric(widget.style().PixelMetric.PM_IndicatorWidth) + 4
            needed = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + extra + 8
            if needed > widget.width() + SLACK:
                found.append(f"{where}: {_name(widget)} does not fit its text: {needed} px in {widget.width()}")
        elif isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox):
            if widget.height() + SLACK < metrics.height():
                found.append(f"{where}: {_name(widget)} is {widget.height()} px tall for a {metrics.height()} px font")
            if isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
                field = _combo_field(widget)
                needed = metrics.horizontalAdvance(widget.currentText())
                if needed > field + SLACK:
                    found.append(f"{where}: {_name(widget)} cuts its choice: {needed} px of text in {field}")
        elif isinstance(widget, QTabBar) and widget.count():
            if any(arrow.isVisible() for arrow in widget.findChildren(QToolButton)):
                found.append(f"{where}: tabs {[widget.tabText(i) for i in range(widget.count())]} hide behind arrows")
            for i in range(widget.count()):
                text = widget.tabText(i).replace("&&", "\0").replace("&", "").replace("\0", "&")
                room = (
                    widget.tabRect(i).width()
                    - 2 * widget.style().pixelMetric(widget.style().PixelMetric.PM_TabBarTabHSpace, None, widget) // 2
                )
                if metrics.horizontalAdvance(text) > room + SLACK and not widget.tabToolTip(i):
                    found.append(f"{where}: tab “{text}” is cut without a tool tip")
    return found


def _combo_field(combo: QComboBox) -> int:
    """The width a combo box gives the text of its current choice."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    rect = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return rect.width()


def _rich(label: QLabel, text: str) -> bool:
    """Rich text (its width is the document's, not the letters'): not judged here."""
    from PySide6.QtCore import Qt

    return label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and bool(re.search(r"<[a-zA-Z/][^>]*>", text))
    )


def walk(language: str, owner, numbers: dict[str, str], folder: Path, shots: Path | None = None) -> list[str]:  # noqa: ANN001
    from printproof.ui.application import install_translators
    from printproof.ui.main_window import MainWindow
    from tests.support.language import every_screen

    app = QApplication.instance()
    translators = install_translators(app, language)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder / f"settings-{language}"))
    found: list[str] = []
    window = MainWindow("store")
    window.showMaximized()  # the counter's window fills the screen
    QApplication.processEvents()
    try:
        for step, top in enumerate(every_screen(window, owner, numbers)):
            QApplication.processEvents()
            if isinstance(top, QMainWindow):
                page = (
                    top.body.currentWidget()
                    if top.pages.currentWidget() is top.workspace
                    else top.pages.currentWidget()
                )
                where = f"{language}, {step:02d} {type(page).__name__}"
            else:
                where = f"{language}, {step:02d} {type(top).__name__}"
            found += judge(top, where)
            if shots is not None:  # to look at what was judged
                top.grab().save(str(shots / f"{where.replace(', ', '-').replace(' ', '-')}.png"))
    finally:
        window.close()
        for translator in translators:
            app.removeTranslator(translator)
    return found


def make_shop(folder: Path) -> None:
    """The neutral shop of tests/gui/test_language.py in ``folder``/shop.sqlite3, its order numbers in numbers.json."""
    from printproof.services.admin import pins
    from printproof.store.db import open_store
    from tests.support.language import build_neutral_shop

    pins.use_cost(pins.TEST_COST)
    store = open_store(str(folder / "shop.sqlite3"))
    try:
        _owner, numbers = build_neutral_shop(folder)
    finally:
        store.close()
    (folder / "numbers.json").write_text(json.dumps(numbers))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--make-shop", help="only build the shop in this folder")
    parser.add_argument("--store")
    parser.add_argument("--numbers")
    parser.add_argument("--out")
    parser.add_argument("--shots", help="also save a picture of every step in this folder")
    args = parser.parse_args()
    app = QApplication(["printproof"])
    from printproof.ui.application import APP_STYLE, install_font

    app.setStyle("Fusion")  # as the app runs: its style, shipped font and style sheet (create_app, without its
    install_font(app)  # translators: each language's are installed for its walk)
    app.setStyleSheet(APP_STYLE)
    if args.make_shop:
        make_shop(Path(args.make_shop))
        return 0
    from printproof.domain.enums import Role
    from printproof.services.admin import pins, staff
    from printproof.services.core.context import Actor
    from printproof.store.db import open_store
    from printproof.workers import tasks

    pins.use_cost(pins.TEST_COST)
    tasks.use_runner(tasks.SynchronousRunner())
    open_store(args.store)
    owner: Actor = staff.sign_in("Anna Becker", "123456")
    assert owner.role == Role.OWNER
    numbers = json.loads(args.numbers)
    found: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        for language in ("de", "en"):
            found += walk(language, owner, numbers, Path(folder), Path(args.shots) if args.shots else None)
    Path(args.out).write_text(json.dumps(found, ensure_ascii=False, indent=1))
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
