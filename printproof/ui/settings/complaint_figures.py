"""Settings → Complaints (owner): what the shop learns from its complaints — month by month how many, of
which kind, justified or not, answered late, how many days to answer — as a table, a small chart and CSV."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.i18n import language
from ...domain.money import format_amount
from ...services.counter import complaint_cases
from ...workers.tasks import run_task
from ..widgets import palette
from ..widgets.common import hint, message_line, show_message, small_button

if TYPE_CHECKING:
    from ..session import Session


class MonthBars(QWidget):
    """Justified (red) and declined (grey) complaints per month, oldest on the left; open ones on top, light."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: list[complaint_cases.MonthFigures] = []
        self.setMinimumHeight(120)
        self.setAccessibleName(self.tr("Complaints per month"))

    def show_figures(self, figures: list[complaint_cases.MonthFigures]) -> None:
        self.figures = list(reversed(figures[:12]))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self.figures:
            return
        painter = QPainter(self)
        top = max(f.recorded for f in self.figures) or 1
        width = self.width() / len(self.figures)
        height = self.height() - 18
        for i, f in enumerate(self.figures):
            x = i * width + width * 0.15
            bar = width * 0.7
            y = float(height)
            for count, colour in (
                (f.justified, palette.ERROR),
                (f.declined, palette.DISABLED_TEXT),
                (f.open, palette.OPEN),
            ):
                h = height * count / top
                painter.fillRect(QRectF(x, y - h, bar, h), QColor(colour))
                y -= h
            painter.drawText(QRectF(i * width, height + 2, width, 16), int(Qt.AlignmentFlag.AlignCenter), f.month[2:])
        painter.end()


class ComplaintFigures(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Complaints month by month: justified (red), declined on the approval's evidence (grey), "
                    "still open (orange)."
                )
            )
        )
        self.bars = MonthBars()
        layout.addWidget(self.bars)
        self.table = QTableWidget(0, 10)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Month"),
                self.tr("Recorded"),
                self.tr("Justified"),
                self.tr("Declined"),
                self.tr("Open"),
                self.tr("Answered late"),
                self.tr("Days to answer"),
                self.tr("Reprints"),
                self.tr("Discounts"),
                self.tr("Refunds"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.export_button = small_button(self.tr("Export as CSV…"))
        self.export_button.clicked.connect(self.export)
        row.addWidget(self.export_button)
        row.addStretch()
        layout.addLayout(row)
        self.message = message_line()
        layout.addWidget(self.message)

    def refresh(self) -> None:
        actor = self.session.current
        run_task(
            lambda: complaint_cases.statistics(actor), self._show, lambda failure: show_message(self.message, failure)
        )

    def _show(self, figures: list[complaint_cases.MonthFigures]) -> None:
        self.bars.show_figures(figures)
        self.table.setRowCount(len(figures))
        for r, f in enumerate(figures):
            days = "–" if f.mean_days_to_answer is None else QLocale().toString(f.mean_days_to_answer, "f", 1)
            lang = language()
            values = [f.month, f.recorded, f.justified, f.declined, f.open, f.answered_late, days, f.reprints]
            values += [format_amount(f.discounts_cents, lang), format_amount(f.refunds_cents, lang)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if not figures:
            show_message(self.message, self.tr("No complaint has been recorded yet."), ok=True)

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export complaints"), str(Path.home() / "reklamationen.csv"), self.tr("CSV (*.csv)")
        )
        if not name:
            return
        try:
            from ...services.core.files import check_output_path, write_file_atomically

            check_output_path(name)
            write_file_atomically(Path(name), complaint_cases.statistics_csv(self.session.current).encode())
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        show_message(self.message, self.tr("Saved to {path}").format(path=name), ok=True)
