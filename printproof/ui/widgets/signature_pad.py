"""The signature pad: mouse, touch and pen (with pressure), smooth strokes, clear and undo."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QTabletEvent, QTouchEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.signature import PAD_HEIGHT, PAD_WIDTH, Point, Stroke


class SignaturePad(QWidget):
    """Collects strokes in pad units (1000 × 350, independent of the widget's size).

    Signals:
        changed: the strokes changed (drawn, undone or cleared).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[Stroke] = []
        self._current: Stroke | None = None
        self._t0 = 0.0
        self.setMinimumSize(260, 110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Signature"))
        self.placeholder = self.tr("Please sign here")

    # --- geometry --------------------------------------------------------------------------
    def _pad_rect(self) -> QRectF:
        w, h = self.width() - 16, self.height() - 16
        scale = min(w / PAD_WIDTH, h / PAD_HEIGHT)
        pw, ph = PAD_WIDTH * scale, PAD_HEIGHT * scale
        return QRectF((self.width() - pw) / 2, (self.height() - ph) / 2, pw, ph)

    def _to_pad(self, pos: QPointF) -> tuple[float, float]:
        r = self._pad_rect()
        x = (pos.x() - r.x()) / r.width() * PAD_WIDTH
        y = (pos.y() - r.y()) / r.height() * PAD_HEIGHT
        return min(max(x, 0.0), PAD_WIDTH), min(max(y, 0.0), PAD_HEIGHT)

    def _to_widget(self, p: Point) -> QPointF:
        r = self._pad_rect()
        return QPointF(r.x() + p.x / PAD_WIDTH * r.width(), r.y() + p.y / PAD_HEIGHT * r.height())

    # --- input -----------------------------------------------------------------------------
    def _begin(self, pos: QPointF, pressure: float) -> None:
        if not self.strokes:
            self._t0 = time.monotonic()
        self._current = []
        self.strokes.append(self._current)
        self._add(pos, pressure)

    def _add(self, pos: QPointF, pressure: float) -> None:
        if self._current is None:
            return
        x, y = self._to_pad(pos)
        if self._current and abs(self._current[-1].x - x) < 0.5 and abs(self._current[-1].y - y) < 0.5:
            return
        self._current.append(Point(x, y, pressure, (time.monotonic() - self._t0) * 1000))
        self.update()

    def _end(self) -> None:
        if self._current is not None:
            self._current = None
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), 0.5)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._add(event.position(), 0.5)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position(), event.pressure())
        elif kind == QTabletEvent.Type.TabletMove and event.pressure() > 0:
            self._add(event.position(), event.pressure())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()  # no synthesized mouse events on top of the pen's

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent):
            points = event.points()
            if points:
                point = points[0]
                pressure = point.pressure() if point.pressure() > 0 else 0.5
                if event.type() == QTouchEvent.Type.TouchBegin:
                    self._begin(point.position(), pressure)
                elif event.type() == QTouchEvent.Type.TouchUpdate:
                    self._add(point.position(), pressure)
                else:
                    self._end()
            event.accept()
            return True
        return super().event(event)

    # --- editing ---------------------------------------------------------------------------
    def clear(self) -> None:
        self.strokes = []
        self._current = None
        self.update()
        self.changed.emit()

    def undo(self) -> None:
        if self.strokes:
            self.strokes.pop()
            self.update()
            self.changed.emit()

    def is_empty(self) -> bool:
        return not any(self.strokes)

    def set_strokes(self, strokes: list[Stroke]) -> None:
        self.strokes = [list(s) for s in strokes]
        self.update()
        self.changed.emit()

    # --- drawing ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self._pad_rect()
        painter.fillRect(self.rect(), self.palette().base())
        painter.setPen(QPen(QColor(200, 200, 200), 1, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(r, 6, 6)
        base_y = r.y() + r.height() * 0.75
        painter.setPen(QPen(QColor(150, 150, 150), 1.5))
        painter.drawLine(QPointF(r.x() + 30, base_y), QPointF(r.right() - 30, base_y))
        painter.drawText(QPointF(r.x() + 12, base_y + 6), "✕")
        if self.is_empty():
            painter.setPen(QColor(150, 150, 150))
            painter.drawText(r.adjusted(0, 0, 0, -r.height() * 0.35), Qt.AlignmentFlag.AlignCenter, self.placeholder)
        scale = r.width() / PAD_WIDTH
        for stroke in self.strokes:
            if not stroke:
                continue
            path = QPainterPath(self._to_widget(stroke[0]))
            # Quadratic curves through the midpoints: smooth lines from jittery input.
            for a, b in zip(stroke, stroke[1:], strict=False):
                pa, pb = self._to_widget(a), self._to_widget(b)
                path.quadTo(pa, (pa + pb) / 2)
            last = stroke[-1]
            path.lineTo(self._to_widget(last))
            avg = sum(p.pressure for p in stroke) / len(stroke)
            pen = QPen(
                QColor(16, 32, 96),
                max(1.5, (2 + 5 * avg) * scale * 1.6),
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
            painter.setPen(pen)
            painter.drawPath(path)
        painter.end()
