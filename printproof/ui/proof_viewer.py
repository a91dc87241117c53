"""A proof viewer on Qt's PDF module: pages, zoom, fit, and true size."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class ProofViewer(QWidget):
    def __init__(self, parent: QWidget | None = None, controls: bool = True) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)  # one page at a time: clearer at the counter
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("No proof yet – add the customer's artwork, then make a proof."))
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "hint")
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        if controls:
            bar = QHBoxLayout()
            self.prev = QPushButton("◀")
            self.next = QPushButton("▶")
            self.page_label = QLabel()
            self.zoom = QComboBox()
            self.zoom.addItem(self.tr("Fit page"), "fit")
            self.zoom.addItem(self.tr("Fit width"), "width")
            self.zoom.addItem(self.tr("True size (100 %)"), 1.0)
            for z in (0.5, 2.0, 4.0):
                self.zoom.addItem(f"{int(z * 100)} %", z)
            self.zoom.currentIndexChanged.connect(self._zoom)
            self.prev.clicked.connect(lambda: self.go(self.current_page() - 1))
            self.next.clicked.connect(lambda: self.go(self.current_page() + 1))
            bar.addWidget(self.prev)
            bar.addWidget(self.page_label)
            bar.addWidget(self.next)
            bar.addStretch()
            from .colour_toggle import ColourToggle

            self.colours = ColourToggle(self)
            bar.addWidget(self.colours)
            bar.addWidget(self.zoom)
            layout.addLayout(bar)
            self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_label())
            self.view.pageNavigator().currentPageChanged.connect(lambda _p: self.colours.follow())
            QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, activated=lambda: self._step(1.25))
            QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, activated=lambda: self._step(0.8))
        self.set_pdf(None)

    def set_pdf(self, data: bytes | None, page: int = 0) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None
        has = bool(data)
        self.view.setVisible(has)
        self.empty.setVisible(not has)
        if not data:
            self._update_label()
            if hasattr(self, "colours"):
                self.colours.refresh()
            return
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.go(page)
        if hasattr(self, "colours"):
            self.colours.refresh()

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
        if hasattr(self, "page_label"):
            count = self.document.pageCount()
            self.page_label.setText(
                self.tr("Page {page} of {pages}").format(page=self.current_page() + 1, pages=count) if count else ""
            )

    def _zoom(self) -> None:
        value = self.zoom.currentData()
        if value == "fit":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif value == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(value))

    def _step(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(self.view.zoomFactor() * factor, 16.0)))
