"""The order list: instant search as you type, status filter, keyboard navigation; the new-order form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import vocabulary
from ...domain.enums import OrderStatus
from ...domain.spec import JobSpec
from ...services.core import customers, orders, shop
from ...services.core.context import Actor
from ...services.core.customers import CustomerRow
from ...workers.tasks import Failure, Latest, run_task
from ..customers.customer_picker import CustomerPicker
from ..widgets import palette
from ..widgets.common import (
    STATUS_COLORS,
    big_button,
    hint,
    language_box,
    local_date,
    local_time,
    message_line,
    show_message,
)

# Product presets a German shop uses: name, finished size (mm), bleed, colours.
PRESETS = [  # the product's name in each language of the customer's documents (it is printed on their proof)
    ({"de": "Visitenkarte", "en": "Business card"}, 85, 55, 3, "4/4"),
    ({"de": "Postkarte DIN A6", "en": "Postcard A6"}, 148, 105, 3, "4/4"),
    ({"de": "Flyer DIN lang", "en": "Flyer DL"}, 99, 210, 3, "4/4"),
    ({"de": "Flyer DIN A5", "en": "Flyer A5"}, 148, 210, 3, "4/4"),
    ({"de": "Flyer DIN A4", "en": "Flyer A4"}, 210, 297, 3, "4/4"),
    ({"de": "Einladungskarte", "en": "Invitation card"}, 210, 105, 3, "4/4"),
    ({"de": "Magnet", "en": "Magnet"}, 85, 55, 2, "4/0"),
    ({"de": "Stempel", "en": "Stamp"}, 58, 22, 0, "1/0"),
    ({"de": "Poster DIN A2", "en": "Poster A2"}, 420, 594, 3, "4/0"),
    ({"de": "Poster DIN A1", "en": "Poster A1"}, 594, 841, 3, "4/0"),
]


class OrderTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[orders.OrderRow] = []
        self._texts: dict[tuple[int, int], str] = {}  # each cell formatted once: painting asks again and again
        self.headers = [
            self.tr("Order"),
            self.tr("Customer"),
            self.tr("Product"),
            self.tr("Status"),
            self.tr("Due"),
            self.tr("Taken"),
        ]

    def set_rows(self, rows: list[orders.OrderRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._texts = {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN201
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if role == Qt.ItemDataRole.DisplayRole:
            cell = (index.row(), index.column())
            text = self._texts.get(cell)
            if text is None:
                text = self._texts[cell] = self._text(self.rows[cell[0]], cell[1])
            return text
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            return QColor(STATUS_COLORS.get(self.rows[index.row()].status.value, palette.TEXT))
        return None

    @staticmethod
    def _text(row: orders.OrderRow, col: int) -> str:
        if col == 0:
            return row.number
        if col == 1:
            return row.customer + (f" – {row.company}" if row.company else "")
        if col == 2:
            return row.product
        if col == 3:
            status = vocabulary.name("status", row.status.value)
            return f"{status} · {vocabulary.name('link_state', row.link)}" if row.link else status
        if col == 4:
            return local_date(row.due)
        return local_time(row.created_at)


class OrdersScreen(QWidget):
    """Signals: ``open_order(str)`` with the order number; ``new_order_made(str)`` after Ctrl+N."""

    open_order = Signal(str)
    new_order_made = Signal(str)

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: order number, customer, company, phone, e-mail"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(40)
        self.status = QComboBox()
        self.status.addItem(self.tr("All orders"), None)
        for s in OrderStatus:
            self.status.addItem(vocabulary.name("status", s.value), s.value)
        self.new_button = big_button(self.tr("New order"), primary=True)
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)
        self.model = OrderTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons; arrows move between orders
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setResizeContentsPrecision(40)  # widths from the first rows, not all 300
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)
        self.empty = hint(self.tr("No orders found. Press Ctrl+N to take a new order."))
        layout.addWidget(self.empty)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.refresh_in_background)
        self._reads = Latest()
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._enter)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button.clicked.connect(lambda: self.new_order())
        QShortcut(
            QKeySequence(Qt.Key.Key_Down),
            self.search,
            activated=self.table.setFocus,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

    def refresh(self) -> None:
        """Read the list now (the screen opens, Enter opens the first hit)."""
        self._reads.begin()
        viewer = self.session.actor
        self._show_rows(orders.search_orders(self.search.text(), self.status.currentData(), limit=300, viewer=viewer))

    def refresh_in_background(
        self,
        on_failed: Callable[[str], None] | None = None,
        then: Callable[[list[orders.OrderRow]], None] | None = None,
    ) -> None:
        """As one types, on opening the screen and on the half-minute refresh: the search runs off the GUI
        thread, so typing never waits for a million orders; an answer overtaken by newer typing is dropped.
        ``then(rows)`` runs after the answer is shown (Enter opens the first hit)."""
        from ...services.core.opening import reading

        current = self._reads.begin()
        text, status = self.search.text(), self.status.currentData()
        viewer = self.session.actor  # restricted customers' orders are found by the owner only

        def read() -> list[orders.OrderRow]:
            with reading():
                return orders.search_orders(text, status, limit=300, viewer=viewer)

        def show(rows: list[orders.OrderRow]) -> None:
            if current():
                self._show_rows(rows)
                if then is not None:
                    then(rows)

        run_task(read, show, on_failed or self._search_failed)

    def _search_failed(self, failure: str) -> None:
        """The store did not answer the search: say it where the hits would be, keep what was typed."""
        self.model.set_rows([])
        self.empty.setText(failure)
        self.empty.setVisible(True)

    def _show_rows(self, rows: list[orders.OrderRow]) -> None:
        self.empty.setText(self.tr("No orders found. Press Ctrl+N to take a new order."))
        selected = self.table.selectionModel().selectedRows()
        keep = self.model.rows[selected[0].row()].number if selected and self.model.rows else None
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if rows:  # the order the user selected stays selected when the list is read again (the half-minute refresh)
            self.table.selectRow(next((i for i, r in enumerate(rows) if r.number == keep), 0))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.table.resizeColumnToContents(3)
        self.table.resizeColumnToContents(5)

    def _enter(self) -> None:
        """Enter opens the first hit of what is typed now (searched in the background, as one types)."""
        self._debounce.stop()

        def first(rows: list[orders.OrderRow]) -> None:
            if rows:
                self.open_order.emit(rows[0].number)

        self.refresh_in_background(then=first)

    def _activated(self, index: QModelIndex) -> None:
        self.open_order.emit(self.model.rows[index.row()].number)

    def new_order(self, customer: CustomerRow | None = None) -> None:
        """Take a new order (Ctrl+N from any screen; from the directory for its customer); it opens at once."""
        if self.session.actor is None:
            return
        dialog = NewOrderDialog(self.session.actor, self.window(), customer)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.number:
            self.session.changed.emit()
            self.new_order_made.emit(dialog.number)


class NewOrderDialog(QDialog):
    """The new-order form with product presets; errors are shown in place, nothing is lost."""

    def __init__(self, actor: Actor, parent: QWidget | None = None, customer: CustomerRow | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.number: str | None = None
        self.saving = False  # the order is being taken in the background
        self.setWindowTitle(self.tr("New order"))
        self.setMinimumWidth(620)
        form = QFormLayout()
        # The customer: typing shows returning customers from the directory; one keystroke (Enter) picks one.
        self.picker = CustomerPicker(actor)
        self.picker.picked.connect(self._picked)
        self.customer = self.picker.name
        self.company = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        # The customer's language: their proof, certificate, copies and letters are made in it.
        self.language = language_box(shop.language())
        self.preset = QComboBox()
        self.product = QLineEdit()
        self._list_presets()
        self.width_mm = QDoubleSpinBox()
        self.height_mm = QDoubleSpinBox()
        for box in (self.width_mm, self.height_mm):
            box.setRange(0, 20000)
            box.setDecimals(1)
            box.setSuffix(" mm")
        self.bleed = QDoubleSpinBox()
        self.bleed.setRange(0, 20)
        self.bleed.setDecimals(1)
        self.bleed.setSuffix(" mm")
        self.quantity = QSpinBox()
        self.quantity.setRange(0, 10_000_000)
        self.quantity.setValue(250)
        self.stock = QLineEdit()
        self.colors = QComboBox()
        self.colors.setEditable(True)
        self.colors.addItems(["4/4", "4/0", "4/1", "1/1", "1/0"])
        self.finishing = QLineEdit()
        self.due = QDateEdit(QDate.currentDate().addDays(5))
        self.due.setCalendarPopup(True)
        form.addRow(self.tr("Customer *"), self.picker)
        form.addRow(self.tr("Company"), self.company)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Customer's language"), self.language)
        form.addRow(self.tr("Product preset"), self.preset)
        form.addRow(self.tr("Product *"), self.product)
        size = QHBoxLayout()
        size.addWidget(self.width_mm)
        size.addWidget(self.height_mm)
        form.addRow(self.tr("Finished size (W × H)"), size)
        form.addRow(self.tr("Bleed"), self.bleed)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Stock"), self.stock)
        form.addRow(self.tr("Colours"), self.colors)
        form.addRow(self.tr("Finishing"), self.finishing)
        form.addRow(self.tr("Due date"), self.due)
        layout = QVBoxLayout(self)
        self.form = QWidget()
        self.form.setLayout(form)
        layout.addWidget(self.form)
        self.message = message_line()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Take order"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.language.currentIndexChanged.connect(lambda _i: self._list_presets())
        self._apply_preset()
        if customer is not None:
            self.picker.set_customer(customer)
            self._picked(customer)
        self.customer.setFocus()

    def _picked(self, row: CustomerRow | None) -> None:
        """A returning customer fills in their details (still editable: a change updates the directory)."""
        if row is None:
            return
        self.company.setText(row.company)
        self.phone.setText(row.phone)
        self.email.setText(row.email)
        spoken = orders.language_of_customer(row.id, self.actor)  # as on their latest order
        if spoken:
            self.language.setCurrentIndex(max(0, self.language.findData(spoken)))

    def _list_presets(self) -> None:
        """The products in the customer's language (the name is printed on their proof); a preset's name already
        in the field follows the language, a name typed by hand stays."""
        lang = self.language.currentData()
        index = self.preset.currentIndex()
        shown = self.preset.currentData()
        follows = shown is not None and self.product.text() in shown[0].values()
        self.preset.blockSignals(True)
        self.preset.clear()
        for names, w, h, b, colors in PRESETS:
            self.preset.addItem(f"{names[lang]} ({w} × {h} mm)", (names, w, h, b, colors))
        self.preset.addItem(self.tr("Other product…"), None)
        self.preset.setCurrentIndex(max(0, index))
        self.preset.blockSignals(False)
        if follows:
            self.product.setText(self.preset.currentData()[0][lang])

    def _apply_preset(self) -> None:
        data = self.preset.currentData()
        if data is None:
            self.product.clear()
            self.product.setFocus()
            return
        names, w, h, b, colors = data
        self.product.setText(names[self.language.currentData()])
        self.width_mm.setValue(w)
        self.height_mm.setValue(h)
        self.bleed.setValue(b)
        self.colors.setCurrentText(colors)

    def _save(self) -> None:
        """Take the order in the background; the form waits meanwhile (no second order from a second press)."""
        if self.saving:
            return
        actor = self.actor
        spec = (
            self.product.text(),
            self.width_mm.value(),
            self.height_mm.value(),
            self.bleed.value(),
            self.quantity.value(),
            self.stock.text(),
            self.colors.currentText(),
            self.finishing.text(),
            self.due.date().toPython(),
        )
        details = orders.CustomerInput(self.customer.text(), self.company.text(), self.phone.text(), self.email.text())
        chosen = self.picker.chosen
        lang = str(self.language.currentData())

        def take() -> str:
            job = JobSpec(*spec)
            if chosen is None:
                return orders.new_order(actor, details, job, language=lang).number
            if (details.company, details.phone, details.email) != (chosen.company, chosen.phone, chosen.email):
                customers.update_customer(actor, chosen.id, details)  # the directory learns the change
            return orders.new_order(actor, None, job, customer_id=chosen.id, language=lang).number

        def saved(number: str) -> None:
            self._saving(False)
            self.number = number
            self.accept()

        def failed(failure: Failure) -> None:
            self._saving(False)
            show_message(self.message, failure)

        self._saving(True)
        self.message.show_text(self.tr("Taking the order…"), "busy")
        run_task(take, saved, failed)

    def _saving(self, saving: bool) -> None:
        self.saving = saving
        self.form.setEnabled(not saving)
        for button in self.buttons.buttons():
            button.setEnabled(not saving)

    def reject(self) -> None:
        if not self.saving:  # it is being saved: the form closes when it is
            super().reject()
