"""The English UI speaks English everywhere, the German one German (issue 8).

Every screen and dialog is opened with data in neutral words (names, a product code), in one language,
and every string a person can see is collected: labels, buttons, tool tips, place-holders, titles, list
and table entries, combo items, tabs. A string fails when it is a sentence of the other language that the
app itself can say (from the Qt catalogue, the services' catalogue and the document texts), or when it
carries a word only the other language uses. Dates must be in the locale's order (23/11/2026 or
23.11.26, never 11/23/26).
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.support.language import (
    as_pattern,
    build_neutral_shop,
    catalogue,
    every_screen,
    visible_strings,
    wrong_language,
)

# Background work runs on the test thread, on the next turn of the event loop (no threads to wait for).
pytestmark = pytest.mark.usefixtures("sync_tasks")


@pytest.fixture
def neutral_shop(store, tmp_path):
    """A shop whose data (names, product) is in neither language, with orders in every state."""
    return build_neutral_shop(tmp_path)


def test_every_visible_string_is_in_the_workstations_language(neutral_shop, language, qtbot, tmp_path):
    from printproof.ui.main_window import MainWindow

    owner, numbers = neutral_shop
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    english, german = catalogue()
    other = (english - german) if language == "de" else (german - english)  # "Name" is both: not a leak
    patterns = [as_pattern(s) for s in other if "{" in s]
    window = MainWindow("store")
    qtbot.addWidget(window)
    window.show()
    wrong: dict[str, str] = {}
    for top in every_screen(window, owner, numbers):
        QApplication.processEvents()
        for where, text in visible_strings(top):
            why = text and wrong_language(text, language, other, patterns)
            if why:
                wrong.setdefault(text[:80], f"{where}: {why}")
    QTimer.singleShot(0, window.close)
    assert wrong == {}, "\n".join(sorted(wrong.values()))


def _reachable_by_tab(top: QWidget) -> tuple[set[int], list[QWidget]]:
    """Press Tab round ``top`` as a keyboard-only user would; what got the focus, and what should have."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractSpinBox

    top.activateWindow()
    QApplication.setActiveWindow(top)
    QApplication.processEvents()
    wanted = [
        w
        for w in top.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QPlainTextEdit | QComboBox | QAbstractSpinBox)
        and w.isVisible()
        and w.isEnabled()
        and w.window() is top
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not (isinstance(w, QLineEdit) and isinstance(w.parent(), QAbstractSpinBox | QComboBox))
    ]
    seen: set[int] = set()
    first = QApplication.focusWidget() or top
    if QApplication.focusWidget() is None:
        top.focusNextChild()
    for _ in range(3 * len(wanted) + 10):
        focused = QApplication.focusWidget()
        if focused is not None:
            seen.add(id(focused))
        QTest.keyClick(focused or first, Qt.Key.Key_Tab)
        QApplication.processEvents()
    return seen, wanted


def _one_of_a_reached_group(widget: QWidget, seen: set[int]) -> bool:
    """Buttons of one exclusive group are one Tab stop (arrow keys move within it), as radio buttons are."""

    if not isinstance(widget, QAbstractButton):
        return False
    group = widget.group()
    if group is not None and group.exclusive():
        return any(id(b) in seen for b in group.buttons())
    if widget.autoExclusive() and widget.parentWidget() is not None:
        siblings = [b for b in widget.parentWidget().findChildren(QAbstractButton) if b.autoExclusive()]
        return any(id(b) in seen for b in siblings)
    return False


def test_every_field_and_button_is_reached_with_the_keyboard(neutral_shop, qtbot, tmp_path):
    """Keyboard only: Tab reaches every field and button of every screen and dialog (the signature itself
    needs a pen; everything around it does not)."""
    from printproof.ui.main_window import MainWindow

    owner, numbers = neutral_shop
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    window = MainWindow("store")
    qtbot.addWidget(window)
    window.show()
    missed: dict[str, list[str]] = {}
    for top in every_screen(window, owner, numbers):
        seen, wanted = _reachable_by_tab(top)
        lost = [
            f"{type(w).__name__} {w.text() if hasattr(w, 'text') else ''!s}"[:60]
            for w in wanted
            if id(w) not in seen and not _one_of_a_reached_group(w, seen)
        ]
        if lost:
            missed.setdefault(f"{type(top).__name__}: {top.windowTitle()}", lost)
    QTimer.singleShot(0, window.close)
    assert missed == {}, "\n".join(f"{k}: {v}" for k, v in missed.items())
