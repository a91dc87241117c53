"""Unexpected errors in the app: logged with their traceback, and said to the user in one calm sentence.

A bug must not vanish into a terminal nobody reads (a slot's exception used to), nor show a traceback
to the counter. The dialog says what happened, that nothing half-done was saved, and where the details
are for the shop's support.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from ..logs import log_path

_showing = False


def install_crash_handler() -> None:
    """Route every unexpected exception (GUI thread, slots) to the log and a dialog; Qt's own warnings
    to the log."""
    sys.excepthook = _excepthook
    qInstallMessageHandler(_qt_message)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    logging.getLogger("printproof").error("Unexpected error", exc_info=(kind, value, tb))
    if issubclass(kind, KeyboardInterrupt):
        return
    QTimer.singleShot(0, lambda: show_bug(value, "".join(traceback.format_exception(kind, value, tb))))


def show_bug(error: BaseException, details: str) -> None:
    """Tell the user, once at a time, in their language."""
    global _showing
    app = QApplication.instance()
    if app is None or _showing:
        return
    _showing = True
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Crash", "PrintProof ran into a problem"))
        where = log_path()
        text = QCoreApplication.translate(
            "Crash",
            "Something went wrong that PrintProof did not expect. What you were doing was not saved half-way; "
            "please try it again.",
        )
        if where is not None:
            text += "\n\n" + QCoreApplication.translate("Crash", "Details for support are in {log}.").format(log=where)
        box.setText(text)
        box.setDetailedText(details[-6000:])
        box.exec()
    finally:
        _showing = False


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if "propagateSizeHints" in message:
        return  # the offscreen platform's notice, not news
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(kind, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)
