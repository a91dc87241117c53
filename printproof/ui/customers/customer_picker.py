"""Finding a returning customer as the name is typed: suggestions under the field, one keystroke picks.

Typing shows the directory entries that match (forgiving spelling: "mueller" finds Müller), the first one
highlighted; Enter picks it (Down/Up choose another first), Esc closes the suggestions. Tab moves on without
picking: a name that is not picked is a new customer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...services.core import customers
from ...services.core.context import Actor
from ...services.core.customers import CustomerRow
from ...workers.tasks import Latest, run_task


def customer_line(row: CustomerRow) -> str:
    extra = " · ".join(v for v in (row.company, row.phone, row.email) if v)
    return row.name + (f" – {extra}" if extra else "")


class CustomerPicker(QWidget):
    """A name field with the directory's suggestions under it.

    Signals:
        picked(object): a :class:`CustomerRow` was picked, or None when the name was typed anew.
    """

    picked = Signal(object)

    def __init__(self, viewer: Actor | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewer = viewer  # who is searching: restricted customers are the owner's to see
        self.chosen: CustomerRow | None = None
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Customer"))
        self.name.setPlaceholderText(self.tr("Name – returning customers appear as you type"))
        self.suggestions = QListWidget()
        self.suggestions.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.suggestions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestions.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.suggestions.setToolTip(self.tr("Enter picks the highlighted customer; ↓ ↑ choose; Esc: a new customer."))
        self.suggestions.itemClicked.connect(lambda item: self.pick(self.suggestions.row(item)))
        self.suggestions.hide()
        self.state = QLabel()
        self.state.setProperty("role", "hint")
        self.state.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.name)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.state)
        self.rows: list[CustomerRow] = []
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(120)
        self._typing.timeout.connect(self.refresh_in_background)
        self._reads = Latest()
        self._pending = False  # a search as one types is under way
        self.name.textEdited.connect(self._edited)
        self.name.installEventFilter(self)
        self._show_state()

    def _edited(self, _text: str) -> None:
        if self.chosen is not None:
            self.chosen = None
            self.picked.emit(None)
        self._typing.start()
        self._show_state()

    def _wanted(self) -> str | None:
        text = self.name.text().strip()
        return text if len(text) >= 2 and self.chosen is None else None

    def refresh(self) -> None:
        """Search the directory for what is typed, now (Enter picks what was typed, however fast)."""
        self._reads.begin()
        text = self._wanted()
        self._show_rows(customers.search_customers(text, limit=8, viewer=self.viewer) if text else [])

    def refresh_in_background(self) -> None:
        """As one types: the directory is searched off the GUI thread; an answer overtaken by typing is dropped."""
        from ...services.core.opening import reading

        current = self._reads.begin()
        text, viewer = self._wanted(), self.viewer
        if text is None:
            self._show_rows([])
            return
        self._pending = True

        def read() -> list[CustomerRow]:
            with reading():
                return customers.search_customers(text, limit=8, viewer=viewer)

        def show(rows: list[CustomerRow]) -> None:
            if current() and self.chosen is None:
                self._show_rows(rows)

        run_task(read, show, lambda _failure: None)  # suggestions are a help: a slow store leaves them away

    def _show_rows(self, rows: list[CustomerRow]) -> None:
        self._pending = False
        self.rows = rows
        self.suggestions.clear()
        for row in self.rows:
            self.suggestions.addItem(QListWidgetItem(customer_line(row) + "  · " + self.history(row)))
        self.suggestions.setVisible(bool(self.rows))
        if self.rows:
            self.suggestions.setCurrentRow(0)
            rows = min(len(self.rows), 5)  # the list as tall as its rows, up to five: the form below stays put
            self.suggestions.setFixedHeight(
                rows * self.suggestions.sizeHintForRow(0) + 2 * self.suggestions.frameWidth()
            )
        self._show_state()

    def history(self, row: CustomerRow) -> str:
        """ "orders: 5, last 2026-00042" """
        text = self.tr("orders: {n}").format(n=row.orders)
        return text + (self.tr(", last {number}").format(number=row.last_order) if row.last_order else "")

    def pick(self, row: int | None = None) -> bool:
        """Take suggestion ``row`` (default: the highlighted one); False when none is shown."""
        index = self.suggestions.currentRow() if row is None else row
        if not self.suggestions.isVisible() or not 0 <= index < len(self.rows):
            return False
        self.chosen = self.rows[index]
        self.name.setText(self.chosen.name)
        self.suggestions.hide()
        self._show_state()
        self.picked.emit(self.chosen)
        return True

    def set_customer(self, row: CustomerRow | None) -> None:
        self.chosen = row
        self.name.setText(row.name if row else "")
        self.suggestions.hide()
        self._show_state()

    def _show_state(self) -> None:
        if self.chosen is not None:
            text = self.tr("Returning customer no. {id}").format(id=self.chosen.id)
            self.state.setText(f"{text} · {self.history(self.chosen)}")
        elif self.suggestions.isVisible():
            self.state.setText(self.tr("Enter picks the highlighted customer; ↓ ↑ choose; Esc: a new customer."))
        elif self.name.text().strip():
            self.state.setText(self.tr("New customer (not in the directory yet)."))
        else:
            self.state.setText("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.name and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            waiting = self._typing.isActive() or self._pending
            if waiting and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                self._typing.stop()
                self.refresh()  # typed fast: search now, so Enter picks what was typed
            if self.suggestions.isVisible():
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                    step = 1 if key == Qt.Key.Key_Down else -1
                    self.suggestions.setCurrentRow(
                        max(0, min(len(self.rows) - 1, self.suggestions.currentRow() + step))
                    )
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    return self.pick()
                if key == Qt.Key.Key_Escape:
                    self.suggestions.hide()
                    self._show_state()
                    return True
        return super().eventFilter(watched, event)
