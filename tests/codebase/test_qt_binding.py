"""The Qt binding keeps Python's own objects alive: a call of a method that returns nothing hands back None
without taking a reference it does not own. PySide6 6.12.0 did exactly that under Python 3.11 (where None is
an ordinary object with a count): every setText, start, setEnabled… lowered None's count by one, and after a
few thousand key presses the app died with "Fatal Python error: none_dealloc" (in the full test suite: during
the keyboard walk through every screen)."""

from __future__ import annotations

import os
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_calls_that_return_nothing_leave_nones_count_alone():
    QApplication.instance() or QApplication([])
    label, timer = QLabel(), QTimer()
    timer.setInterval(60_000)
    before = sys.getrefcount(None)
    for _ in range(2_000):
        label.setText("x")
        label.setEnabled(True)
        timer.start()
        timer.stop()
    assert sys.getrefcount(None) - before > -100  # a few references may come and go; 8,000 may not
