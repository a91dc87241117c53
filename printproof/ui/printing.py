"""Printing a PDF through Qt's print dialog (for approvals on paper)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget


def print_pdf(parent: QWidget, document: QPdfDocument, title: str) -> bool:
    """Ask for a printer and print every page at 100 % (never scaled up), centred."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    painter = QPainter(printer)
    dpi = printer.resolution()
    for page in range(document.pageCount()):
        if page:
            printer.newPage()
        size_pt = document.pagePointSize(page)
        target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        scale = min(1.0, target.width() / (size_pt.width() / 72 * dpi), target.height() / (size_pt.height() / 72 * dpi))
        w, h = int(size_pt.width() / 72 * dpi * scale), int(size_pt.height() / 72 * dpi * scale)
        image = document.render(page, QSize(w, h))
        x = (target.width() - w) // 2
        y = (target.height() - h) // 2
        painter.drawImage(QRect(x, y, w, h), image)
    painter.end()
    return True
