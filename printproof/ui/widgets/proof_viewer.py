"""A proof viewer on Qt's PDF module: pages, zoom, fit, and true size.

``QPdfView`` computes the "fit" zoom from its viewport, and the viewport shrinks when a
scroll bar appears. With scroll bars "as needed", a page that fits only without the bar
makes the view switch the bar on and off forever (a busy loop that freezes the window at
some window sizes). So in the fit modes the scroll bars that the fit makes unnecessary are
switched off, and only the free zoom levels scroll in both directions.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .common import small_button

FIT, WIDTH = "fit", "width"


class ProofViewer(QWidget):
    """A PDF, one page at a time, fitted to the space (or at a zoom level the user picks).

    A new document (another order, another version) always opens fitted; the zoom the user
    picked stays only while the same document is shown again (a refresh).
    """

    def __init__(self, parent: QWidget | None = None, controls: bool = True) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._key: object = None
        self._page_of = ""  # "Page {page} of {pages}" in another language than the UI's (customer screen)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)  # one page at a time: clearer at the counter
        self.view.setPageSpacing(16)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("No proof yet – add the customer's artwork, then make a proof."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "hint")
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.view, 1)
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("Fit page"), FIT)
        self.zoom.addItem(self.tr("Fit width"), WIDTH)
        self.zoom.addItem(self.tr("True size (100 %)"), 1.0)
        for z in (0.5, 2.0, 4.0):
            self.zoom.addItem(f"{int(z * 100)} %", z)
        self.zoom.setAccessibleName(self.tr("Zoom"))
        # As narrow as its fitting choices allow: the bar fits beside the artwork and actions at 1024 px
        self.zoom.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._fit_zoom()
        self.zoom.currentIndexChanged.connect(self._zoom)
        self.prev = small_button("◀")
        self.prev.setToolTip(self.tr("Previous page (Page Up)"))
        self.next = small_button("▶")
        self.next.setToolTip(self.tr("Next page (Page Down)"))
        for arrow in (self.prev, self.next):  # an arrow, not an 80 px button
            arrow.setFixedWidth(arrow.fontMetrics().horizontalAdvance("◀") + 28)
        self.page_label = QLabel()
        self.prev.clicked.connect(lambda: self.go(self.current_page() - 1))
        self.next.clicked.connect(lambda: self.go(self.current_page() + 1))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 2, 0, 0)
        bar.setSpacing(4)
        bar.addWidget(self.prev)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next)
        bar.addStretch()
        from .colour_toggle import ColourToggle

        self.colours = ColourToggle(self)  # a side's press colours and its colour warning page
        bar.addWidget(self.colours)
        bar.addWidget(self.zoom)
        self.bar = QWidget()
        self.bar.setLayout(bar)
        self.bar.setVisible(controls)
        layout.addWidget(self.bar)
        # Where the bar is too narrow for its words (1024 px beside other columns), the colour buttons go below it
        self._bar_layout = bar
        self._colour_row = QHBoxLayout()
        self._colour_row.setContentsMargins(0, 2, 0, 0)
        self._colour_row.addStretch()
        row = QWidget()
        row.setLayout(self._colour_row)
        row.setVisible(controls)
        layout.addWidget(row)
        self._colours_below = False
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_label())
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self.colours.follow())
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self._step(1.25)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self._step(0.8)),
            (QKeySequence("Ctrl+0"), lambda: self.zoom.setCurrentIndex(0)),
            (QKeySequence(Qt.Key.Key_PageDown), lambda: self.go(self.current_page() + 1)),
            (QKeySequence(Qt.Key.Key_PageUp), lambda: self.go(self.current_page() - 1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._zoom()
        self.set_pdf(None)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        parts = (self.prev, self.page_label, self.next, self.colours, self.zoom)
        needed = sum(p.sizeHint().width() for p in parts) + len(parts) * self._bar_layout.spacing() + 16
        below = self.width() < needed
        if below != self._colours_below:
            self._colours_below = below
            if below:
                self._colour_row.addWidget(self.colours)
            else:
                self._bar_layout.insertWidget(self._bar_layout.indexOf(self.zoom), self.colours)
            self.colours.follow()  # moved to another parent it was hidden: shown again where the page has one

    def set_pdf(self, data: bytes | None, page: int = 0, key: object = None) -> None:
        """Show ``data`` at ``page``. ``key`` names the document (e.g. order and version): a new key fits it."""
        if key is None or key != self._key:
            self.zoom.setCurrentIndex(0)  # another document: fitted, never the last one's zoom
        self._key = key
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        has = bool(data)
        self.view.setVisible(has)
        self.empty.setVisible(not has)
        self.prev.setEnabled(has)
        self.next.setEnabled(has)
        if not data:
            self._update_label()
            self.colours.refresh()
            return
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.go(page)
        self.colours.refresh()

    def _fit_zoom(self) -> None:
        """ "Ganze Seite" and "Seitenbreite" whole (they were cut to six letters); a longer choice is cut when
        chosen."""
        self.zoom.setMinimumContentsLength(max(len(self.zoom.itemText(0)), len(self.zoom.itemText(1))) + 1)

    def pdf_data(self) -> bytes | None:
        """The bytes of the PDF shown (the proof itself: what "print to a PDF file" writes), None when empty."""
        return self._buffer.data().data() if self._buffer is not None else None

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)

    def set_texts(self, page_of: str, fit_page: str, fit_width: str, true_size: str) -> None:
        """Speak another language than the workstation's (the customer's screen)."""
        self._page_of = page_of
        for index, text in enumerate((fit_page, fit_width, true_size)):
            self.zoom.setItemText(index, text)
        self._fit_zoom()
        self._update_label()

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go(self, page: int) -> None:
        if self.document.pageCount():
            page = max(0, min(page, self.document.pageCount() - 1))
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._update_label()

    def _update_label(self) -> None:
        count = self.document.pageCount()
        template = self._page_of or self.tr("Page {page} of {pages}")
        self.page_label.setText(template.format(page=self.current_page() + 1, pages=count) if count else "")
        self.prev.setEnabled(count > 0 and self.current_page() > 0)
        self.next.setEnabled(count > 0 and self.current_page() < count - 1)

    def _policies(self, horizontal: Qt.ScrollBarPolicy, vertical: Qt.ScrollBarPolicy) -> None:
        self.view.setHorizontalScrollBarPolicy(horizontal)
        self.view.setVerticalScrollBarPolicy(vertical)

    def _zoom(self) -> None:
        value = self.zoom.currentData()
        off, on, needed = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff,
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn,
            Qt.ScrollBarPolicy.ScrollBarAsNeeded,
        )
        if value == FIT:
            self._policies(off, off)  # the whole page fits: no bar, and no bar to toggle
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif value == WIDTH:
            self._policies(off, on)  # a constant width: the fit cannot change when the page gets longer
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            self._policies(needed, needed)  # a fixed zoom does not depend on the viewport: no loop
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(value))

    def _step(self, factor: float) -> None:
        self._policies(Qt.ScrollBarPolicy.ScrollBarAsNeeded, Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(self.view.zoomFactor() * factor, 16.0)))
