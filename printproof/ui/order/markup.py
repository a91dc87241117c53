"""Marking the proof: pen strokes, circles and numbered pins with a text each, on any page of a proof version.

:class:`MarkupCanvas` shows one page and takes the marks (mouse, pen tablet, touch); :class:`MarkupPanel` adds
the tools, the pages and the pins' texts. The panel speaks the language it is given (the customer's screen
switches it), with the customer-screen texts of ``domain/texts.py``. Marks are kept as fractions of the page,
so they fit at any size (``domain/markup.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QShortcut,
    QTabletEvent,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.markup import Mark, MarkKind
from ...domain.texts import customer_text
from ..widgets import palette
from ..widgets.common import small_button

INK = QColor(220, 20, 60)
HALO = QColor(255, 255, 255, 230)


class MarkupCanvas(QWidget):
    """One page of a PDF with its marks; draws new ones with the current tool.

    Signals:
        changed: a mark was added, removed or moved to another page.
        pin_set(int): a pin was set (its index in :attr:`marks`), so its text can be asked for.
    """

    changed = Signal()
    pin_set = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.page = 0
        self.tool = MarkKind.PEN
        self.marks: list[Mark] = []
        self._drawing: list[tuple[float, float]] | None = None
        self._cache: tuple[tuple[int, int, int], QImage] | None = None
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)  # touch comes as mouse events

    def set_pdf(self, data: bytes, page: int = 1) -> None:
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._cache = None
        self.go(page)

    def page_count(self) -> int:
        return self.document.pageCount()

    def go(self, page: int) -> None:
        if self.page_count():
            self.page = max(0, min(page, self.page_count() - 1))
        self.update()

    # --- geometry ----------------------------------------------------------------------------
    def page_rect(self) -> QRectF:
        """Where the page is drawn in the widget (fitted, centred)."""
        size = self.document.pagePointSize(self.page) if self.page_count() else None
        if size is None or size.width() <= 0:
            return QRectF(8, 8, max(1, self.width() - 16), max(1, self.height() - 16))
        w, h = self.width() - 16, self.height() - 16
        scale = min(w / size.width(), h / size.height())
        pw, ph = size.width() * scale, size.height() * scale
        return QRectF((self.width() - pw) / 2, (self.height() - ph) / 2, pw, ph)

    def to_page(self, pos: QPointF) -> tuple[float, float]:
        r = self.page_rect()
        return (
            min(1.0, max(0.0, (pos.x() - r.x()) / r.width())),
            min(1.0, max(0.0, (pos.y() - r.y()) / r.height())),
        )

    def to_widget(self, point: tuple[float, float]) -> QPointF:
        r = self.page_rect()
        return QPointF(r.x() + point[0] * r.width(), r.y() + point[1] * r.height())

    # --- input -------------------------------------------------------------------------------
    def _press(self, pos: QPointF) -> None:
        if not self.page_count():
            return
        point = self.to_page(pos)
        if self.tool == MarkKind.PIN:
            number = sum(1 for m in self.marks if m.kind == MarkKind.PIN) + 1
            self.marks.append(Mark(MarkKind.PIN, self.page, (point,), number, ""))
            self.update()
            self.changed.emit()
            self.pin_set.emit(len(self.marks) - 1)
            return
        self._drawing = [point]

    def _move(self, pos: QPointF) -> None:
        if self._drawing is None:
            return
        point = self.to_page(pos)
        if self.tool == MarkKind.CIRCLE:
            self._drawing = [self._drawing[0], point]
        elif abs(point[0] - self._drawing[-1][0]) + abs(point[1] - self._drawing[-1][1]) > 0.002:
            self._drawing.append(point)
        self.update()

    def _release(self) -> None:
        points, self._drawing = self._drawing, None
        if not points:
            return
        if self.tool == MarkKind.CIRCLE:
            if len(points) < 2 or abs(points[0][0] - points[1][0]) + abs(points[0][1] - points[1][1]) < 0.01:
                self.update()
                return  # a click is no circle
            self.marks.append(Mark(MarkKind.CIRCLE, self.page, (points[0], points[1])))
        else:
            self.marks.append(Mark(MarkKind.PEN, self.page, tuple(points)))
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus()
            self._press(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._move(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._release()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._press(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._move(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._release()
        event.accept()

    def undo(self) -> None:
        if self.marks:
            self.marks.pop()
            self.update()
            self.changed.emit()

    def clear(self) -> None:
        if self.marks:
            self.marks.clear()
            self.update()
            self.changed.emit()

    # --- drawing -----------------------------------------------------------------------------
    def _page_image(self, rect: QRectF) -> QImage | None:
        if not self.page_count():
            return None
        key = (self.page, round(rect.width()), round(rect.height()))
        if self._cache is None or self._cache[0] != key:
            image = self.document.render(self.page, QSize(key[1], key[2]))
            self._cache = (key, image)
        return self._cache[1]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(palette.BACKDROP))
        rect = self.page_rect()
        image = self._page_image(rect)
        if image is not None:
            painter.fillRect(rect, Qt.GlobalColor.white)
            painter.drawImage(rect, image)
        for mark in self.marks:
            if mark.page == self.page:
                self._draw(painter, mark)
        if self._drawing:
            self._draw(painter, Mark(self.tool, self.page, tuple(self._drawing)) if self.tool != MarkKind.PIN else None)
        painter.end()

    def _draw(self, painter: QPainter, mark: Mark | None) -> None:
        if mark is None:
            return
        width = max(2.5, min(self.page_rect().width(), self.page_rect().height()) / 160)
        points = [self.to_widget(p) for p in mark.points]
        if mark.kind == MarkKind.PIN:
            radius = max(11.0, width * 3.2)
            centre = points[0]
            painter.setPen(QPen(HALO, 2))
            painter.setBrush(INK)
            painter.drawEllipse(centre, radius, radius)
            font = QFont(painter.font())
            font.setBold(True)
            font.setPixelSize(int(radius * 1.15))
            painter.setFont(font)
            painter.setPen(Qt.GlobalColor.white)
            box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(mark.number))
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for colour, line in ((HALO, width + 3), (INK, width)):
            pen = QPen(colour, line, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            if mark.kind == MarkKind.CIRCLE and len(points) == 2:
                painter.drawEllipse(QRectF(points[0], points[1]).normalized())
            elif len(points) == 1:
                painter.drawPoint(points[0])
            else:
                path = QPainterPath(points[0])
                for p in points[1:]:
                    path.lineTo(p)
                painter.drawPath(path)


class MarkupPanel(QWidget):
    """The proof to mark: tools, pages, the canvas, and a text for each numbered pin.

    Signals:
        changed: the marks or a pin's text changed.
    """

    changed = Signal()

    def __init__(self, lang: str = "de", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.canvas = MarkupCanvas()
        self.canvas.changed.connect(self._marks_changed)
        self.canvas.pin_set.connect(self._pin_set)
        self.texts: dict[int, QLineEdit] = {}  # pin number → its text field
        tools = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.tool_buttons: dict[MarkKind, QToolButton] = {}
        for kind, sign in ((MarkKind.PEN, "✎"), (MarkKind.CIRCLE, "◯"), (MarkKind.PIN, "❶")):
            button = QToolButton()
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setProperty("sign", sign)
            button.setMinimumHeight(34)
            button.clicked.connect(lambda _c=False, k=kind: self.set_tool(k))
            self.group.addButton(button)
            self.tool_buttons[kind] = button
            tools.addWidget(button)
        self.undo_button = small_button("")
        self.undo_button.clicked.connect(self.canvas.undo)
        self.clear_button = small_button("")
        self.clear_button.clicked.connect(self.canvas.clear)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.clear_button)
        tools.addStretch()
        self.prev = small_button("◀")
        self.next = small_button("▶")
        self.page_label = QLabel()
        self.prev.clicked.connect(lambda: self.go(self.canvas.page - 1))
        self.next.clicked.connect(lambda: self.go(self.canvas.page + 1))
        tools.addWidget(self.prev)
        tools.addWidget(self.page_label)
        tools.addWidget(self.next)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        self.pins_box = QVBoxLayout()
        self.pins_box.setContentsMargins(0, 0, 0, 0)
        holder = QWidget()
        holder.setLayout(self.pins_box)
        self.pins = QScrollArea()
        self.pins.setWidget(holder)
        self.pins.setWidgetResizable(True)
        self.pins.setFrameShape(QFrame.Shape.NoFrame)
        self.pins.setMaximumHeight(120)
        self.pins.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.pins)
        for keys, slot in (
            ("P", lambda: self.set_tool(MarkKind.PEN)),
            ("C", lambda: self.set_tool(MarkKind.CIRCLE)),
            ("N", lambda: self.set_tool(MarkKind.PIN)),
            (QKeySequence.StandardKey.Undo, self.canvas.undo),
            (Qt.Key.Key_PageDown, lambda: self.go(self.canvas.page + 1)),
            (Qt.Key.Key_PageUp, lambda: self.go(self.canvas.page - 1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.canvas)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.set_tool(MarkKind.PIN)
        self.set_language(lang)

    def text(self, key: str) -> str:
        return customer_text(self.lang, key, raw=True)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        for kind, key in ((MarkKind.PEN, "pen"), (MarkKind.CIRCLE, "circle"), (MarkKind.PIN, "pin")):
            button = self.tool_buttons[kind]
            button.setText(f"{button.property('sign')} {self.text(key)}")
        self.undo_button.setText(self.text("undo_mark"))
        self.clear_button.setText(self.text("clear_marks"))
        self.hint.setText(self.text("marks_hint"))
        for edit in self.texts.values():
            edit.setPlaceholderText(self.text("pin_placeholder"))
        self._page_label()

    def set_pdf(self, data: bytes, page: int = 1) -> None:
        self.canvas.set_pdf(data, page)
        self._page_label()

    def go(self, page: int) -> None:
        self.canvas.go(page)
        self._page_label()

    def set_tool(self, kind: MarkKind) -> None:
        self.canvas.tool = kind
        self.tool_buttons[kind].setChecked(True)

    def _page_label(self) -> None:
        count = self.canvas.page_count()
        template = customer_text(self.lang, "page_of", raw=True)
        self.page_label.setText(template.format(page=self.canvas.page + 1, pages=count) if count else "")
        self.prev.setEnabled(self.canvas.page > 0)
        self.next.setEnabled(self.canvas.page < count - 1)

    # --- pins --------------------------------------------------------------------------------
    def _pin_set(self, index: int) -> None:
        self._marks_changed()
        edit = self.texts.get(self.canvas.marks[index].number)
        if edit is not None:
            edit.setFocus()

    def _marks_changed(self) -> None:
        """Keep one text field per pin, in the pins' order; texts already typed stay with their pin."""
        typed = {n: e.text() for n, e in self.texts.items()}
        while self.pins_box.count():
            item = self.pins_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.texts = {}
        for mark in self.canvas.marks:
            if mark.kind != MarkKind.PIN:
                continue
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            badge = QLabel(str(mark.number))
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setFixedSize(26, 26)
            badge.setStyleSheet(f"background: {palette.MARK}; color: white; border-radius: 13px; font-weight: 700;")
            edit = QLineEdit(typed.get(mark.number, mark.text))
            edit.setPlaceholderText(self.text("pin_placeholder"))
            edit.setMaxLength(300)
            edit.textChanged.connect(lambda _t: self.changed.emit())
            edit.returnPressed.connect(self.canvas.setFocus)
            line.addWidget(badge)
            line.addWidget(edit, 1)
            self.pins_box.addWidget(row)
            self.texts[mark.number] = edit
        self.pins.setVisible(bool(self.texts))
        self.changed.emit()

    def set_marks(self, marks: list[Mark]) -> None:
        """Show ``marks`` (made before, e.g. on the order screen) to go on marking."""
        self.canvas.marks = list(marks)
        self.canvas.update()
        self._marks_changed()

    def marks(self) -> list[Mark]:
        """The marks with their pins' texts, ready for the record."""
        done = []
        for m in self.canvas.marks:
            text = self.texts[m.number].text().strip() if m.kind == MarkKind.PIN and m.number in self.texts else ""
            done.append(Mark(m.kind, m.page, m.points, m.number, text))
        return done

    def has_marks(self) -> bool:
        return bool(self.canvas.marks)

    def pins_without_text(self) -> list[int]:
        return [n for n, e in self.texts.items() if not e.text().strip()]

    def needs(self, text: Callable[..., str]) -> list[str]:
        """What is still missing for the marks to be recorded (each pin needs its text)."""
        return [text("need_pin_text", n=n) for n in self.pins_without_text()]
