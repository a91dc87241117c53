"""Printing a PDF through Qt's print dialog (for approvals on paper)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

RENDER_DPI = 300  # pages go to the printer as pictures of this resolution at most: sharp, and bounded in memory


def print_pdf(
    parent: QWidget,
    document: QPdfDocument,
    title: str,
    page_mm: tuple[float, float] | None = None,
    data: bytes | None = None,
) -> bool:
    """Ask for a printer and print every page at 100 % (never scaled up), centred.

    ``page_mm``: the paper the document is made for (a 62 mm label, an 80 mm receipt), so a label or receipt
    printer's driver is offered that size; None is the printer's usual paper. ``data``: the document's own PDF
    bytes — "print to a PDF file" then writes exactly them (vector, its own page sizes, a few kB) instead of a
    rendered picture of every page on the dialog's paper.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    if page_mm is not None:
        printer.setPageSize(QPageSize(QSizeF(*page_mm), QPageSize.Unit.Millimeter, title))
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    target_file = printer.outputFileName()
    if data is not None and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and target_file:
        from pathlib import Path

        from ...services.core.files import write_file_atomically

        write_file_atomically(Path(target_file), data)
        return True
    painter = QPainter(printer)
    dpi = printer.resolution()
    sharp = min(1.0, RENDER_DPI / dpi)  # a 1200 dpi driver would ask for 560 MB per A4 page
    for page in range(document.pageCount()):
        if page:
            printer.newPage()
        size_pt = document.pagePointSize(page)
        target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        scale = min(1.0, target.width() / (size_pt.width() / 72 * dpi), target.height() / (size_pt.height() / 72 * dpi))
        w, h = int(size_pt.width() / 72 * dpi * scale), int(size_pt.height() / 72 * dpi * scale)
        image = document.render(page, QSize(max(1, int(w * sharp)), max(1, int(h * sharp))))
        x = (target.width() - w) // 2
        y = (target.height() - h) // 2
        painter.drawImage(QRect(x, y, w, h), image)
    painter.end()
    return True


def pdf_document(data: bytes, parent: QWidget) -> QPdfDocument:
    """A QPdfDocument of ``data`` (kept alive by ``parent``)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document
