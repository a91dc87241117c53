"""Driving the app's windows in a test: wait until settled, open an order, answer the next dialog, type, sign."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent, QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

from printproof.workers.tasks import wait_for_tasks  # noqa: E402


def settle(qtbot, condition=None, timeout=20_000):
    wait_for_tasks()
    if condition is not None:
        qtbot.waitUntil(condition, timeout=timeout)
    QApplication.processEvents()


def open_order(window, qtbot, number: str) -> None:
    """Open an order as the orders screen does and wait until it is read (in the background) and shown."""
    window.open_order(number)
    settle(qtbot, lambda: not window.order.loading)


def look_up(window, qtbot, text: str) -> None:
    """Look an order up on the pickup screen and wait until it is read and shown (or refused)."""
    window.pickup.look_up(text)
    settle(qtbot, lambda: not window.pickup.loading)


def answer_next_dialog(action, timeout_ms: int = 10_000) -> None:
    """Answer the next modal dialog as a person would: ``action(dialog)`` runs once it is open."""
    from PySide6.QtCore import QTimer

    deadline = [timeout_ms]

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            action(dialog)
        elif deadline[0] > 0:
            deadline[0] -= 20
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def press_button(dialog, text: str) -> None:
    """Click the button of ``dialog`` whose text is ``text`` (a question's answer)."""
    from PySide6.QtWidgets import QAbstractButton

    for button in dialog.findChildren(QAbstractButton):
        if button.text() == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in dialog.findChildren(QAbstractButton)]}")


def type_text(widget, text: str) -> None:
    """Type like a keyboard (or a barcode scanner) does, one key event per character.

    QTest's keyClicks only knows ASCII; customers are called Müller and Żółć.
    """
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def sign(qtbot, pad) -> None:
    """Write a signature with real mouse events: press, a wavy path, release."""
    w, h = pad.width(), pad.height()
    points = [QPointF(w * (0.15 + 0.7 * i / 80), h * (0.5 + 0.25 * ((i % 10) - 5) / 5)) for i in range(81)]

    def send(kind, pos, buttons):
        event = QMouseEvent(
            kind, pos, pad.mapToGlobal(pos), Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(pad, event)

    send(QEvent.Type.MouseButtonPress, points[0], Qt.MouseButton.LeftButton)
    for p in points[1:]:
        send(QEvent.Type.MouseMove, p, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, points[-1], Qt.MouseButton.NoButton)


def screen_text(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible() and label.text())
