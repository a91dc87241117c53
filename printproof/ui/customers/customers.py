"""The customer directory (F4): find a customer as you type, their details, orders and complaints; the owner
merges duplicates."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain import vocabulary
from ...domain.enums import Role
from ...services.core import customers
from ...services.core.context import Actor
from ...services.core.customers import CustomerDetails, CustomerRow
from ...services.core.opening import reading
from ...services.core.orders import CustomerInput
from ...workers.tasks import Failure, Latest, run_task
from ..widgets.common import (
    big_button,
    hint,
    local_time,
    message_line,
    show_message,
    small_button,
    text_box,
)
from .customer_picker import customer_line


class CustomersScreen(QWidget):
    """Signals: ``open_order(str)``; ``new_order_for(object)`` with the :class:`CustomerRow` to take an order for."""

    open_order = Signal(str)
    new_order_for = Signal(object)

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session = session
        self.rows: list[CustomerRow] = []
        self.details: CustomerDetails | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search customers: name, company, phone, e-mail (any spelling)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(40)
        outer.addWidget(self.search)
        split = QSplitter()
        split.setChildrenCollapsible(False)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show)
        split.addWidget(self.list)
        split.addWidget(self._details_column())
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([380, 640])
        outer.addWidget(split, 1)
        self.message = message_line()
        outer.addWidget(self.message)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(120)
        self._typing.timeout.connect(lambda: self.refresh())  # as one types
        self._reads = Latest()  # a read overtaken by a newer one is dropped
        self._picked = 0  # the customer picked: details read for an earlier pick are dropped
        self._picked_id: int | None = None  # the customer picked, kept by a new search answer
        self._focus_details = False
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.search.returnPressed.connect(self._enter)
        QShortcut(
            QKeySequence(Qt.Key.Key_Down),
            self.search,
            activated=self.list.setFocus,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

    def _details_column(self) -> QWidget:
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(6, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.name = QLineEdit()
        self.company = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.notes = text_box(max_height=70)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Company"), self.company)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Notes"), self.notes)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.save_button = small_button(self.tr("Save changes"))
        self.save_button.clicked.connect(self.save)
        self.new_order_button = big_button(self.tr("New order for this customer"), primary=True)
        self.new_order_button.clicked.connect(lambda: self.details and self.new_order_for.emit(self.details.customer))
        self.merge_button = small_button(self.tr("Merge a duplicate…"))
        self.merge_button.setToolTip(self.tr("Owner: move a duplicate entry's orders here; nothing is lost"))
        self.merge_button.clicked.connect(self.merge)
        row.addWidget(self.save_button)
        row.addWidget(self.merge_button)
        row.addStretch()
        row.addWidget(self.new_order_button)
        layout.addLayout(row)
        layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Orders"))))
        self.orders = QListWidget()
        self.orders.itemActivated.connect(lambda item: self.open_order.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.orders, 2)
        layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Complaints"))))
        self.complaints = QListWidget()
        self.complaints.setMaximumHeight(110)
        self.complaints.itemActivated.connect(lambda item: self.open_order.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.complaints, 1)
        self.empty = hint(self.tr("Pick a customer on the left, or type a name to find one."))
        layout.addWidget(self.empty)
        return right

    def session_changed(self) -> None:
        actor = self.session.actor
        self.merge_button.setVisible(actor is not None and actor.role == Role.OWNER)

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Search again (what is typed) off the GUI thread, keeping the customer shown when still listed; an
        answer overtaken by newer typing is dropped. ``then`` runs once the rows are shown."""
        current = self._reads.begin()
        text, viewer = self.search.text(), self.session.actor

        def read() -> list[CustomerRow]:
            with reading():
                return customers.search_customers(text, limit=200, viewer=viewer)

        def show(rows: list[CustomerRow]) -> None:
            if current():
                self._show_rows(rows)
                if then is not None:
                    then()

        run_task(read, show, lambda failure: show_message(self.message, failure))

    def _show_rows(self, rows: list[CustomerRow]) -> None:
        keep = self._picked_id  # the customer the user picked, even while their details are still being read
        self.rows = rows
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows:
            self.list.addItem(customer_line(row) + "\n   " + self.tr("orders: {n}").format(n=row.orders))
        self.list.blockSignals(False)
        index = next((i for i, r in enumerate(self.rows) if r.id == keep), 0 if self.rows else -1)
        self.list.setCurrentRow(index)
        self._show(index)
        self.session_changed()

    def _enter(self) -> None:
        self._typing.stop()
        self._focus_details = True  # on the customer's name once their details are shown
        self.refresh()

    def _show(self, index: int) -> None:
        """The customer picked, with their orders and complaints, read in the background."""
        self._picked += 1
        if not 0 <= index < len(self.rows):
            self.details = None
            self._picked_id = None
            self._fill(None)
            return
        picked, customer_id, viewer = self._picked, self.rows[index].id, self.session.actor
        self._picked_id = customer_id
        self.details = None  # nothing acts on the customer shown before while this one is read
        for widget in (self.name, self.company, self.phone, self.email, self.notes, self.save_button):
            widget.setEnabled(False)
        self.new_order_button.setEnabled(False)
        self.merge_button.setEnabled(False)

        def read() -> CustomerDetails:
            with reading():
                return customers.customer_details(customer_id, viewer=viewer)

        def show(details: CustomerDetails) -> None:
            if picked == self._picked:
                self.details = details
                self._fill(details)
                if self._focus_details:
                    self._focus_details = False
                    self.name.setFocus()

        def failed(failure: Failure) -> None:
            if picked == self._picked:
                show_message(self.message, failure)

        run_task(read, show, failed)

    def _fill(self, details: CustomerDetails | None) -> None:
        has = details is not None
        for widget in (self.name, self.company, self.phone, self.email, self.notes, self.save_button):
            widget.setEnabled(has)
        self.new_order_button.setEnabled(has)
        self.merge_button.setEnabled(has)
        self.empty.setVisible(not has)
        self.orders.clear()
        self.complaints.clear()
        if details is None:
            self.heading.setText("")
            for field in (self.name, self.company, self.phone, self.email):
                field.clear()
            self.notes.clear()
            return
        c = details.customer
        self.heading.setText(self.tr("Customer no. {id}: {name}").format(id=c.id, name=c.name))
        self.name.setText(c.name)
        self.company.setText(c.company)
        self.phone.setText(c.phone)
        self.email.setText(c.email)
        self.notes.setPlainText(c.notes)
        for order in details.orders:
            status = vocabulary.name("status", order.status.value)
            item = QListWidgetItem(f"{order.number} · {local_time(order.created_at)} · {order.product} · {status}")
            item.setData(Qt.ItemDataRole.UserRole, order.number)
            self.orders.addItem(item)
        names = vocabulary.names("category")
        for complaint in details.complaints:
            what = names.get(complaint.category, complaint.category)
            state = self.tr("decided") if complaint.outcome else self.tr("open")
            item = QListWidgetItem(f"{complaint.order} · {local_time(complaint.created_at)} · {what} · {state}")
            item.setData(Qt.ItemDataRole.UserRole, complaint.order)
            self.complaints.addItem(item)
        if not details.complaints:
            self.complaints.addItem(self.tr("No complaints."))

    def save(self) -> None:
        if self.details is None:
            return
        details = CustomerInput(self.name.text(), self.company.text(), self.phone.text(), self.email.text())
        actor, customer_id, notes = self.session.actor, self.details.customer.id, self.notes.toPlainText()

        def saved(changed: bool) -> None:
            self.save_button.setEnabled(True)
            said = self.tr("Saved.") if changed else self.tr("Nothing changed.")
            self.refresh(lambda: show_message(self.message, said, ok=True))

        def failed(failure: Failure) -> None:
            self.save_button.setEnabled(True)
            show_message(self.message, failure)

        self.save_button.setEnabled(False)  # no second save from a second press
        run_task(lambda: customers.update_customer(actor, customer_id, details, notes), saved, failed)

    def merge(self) -> None:
        if self.details is None:
            return
        keep = self.details.customer
        dialog = MergeDialog(keep, self, viewer=self.session.actor)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.duplicate is None:
            return
        actor, duplicate = self.session.actor, dialog.duplicate.id

        def merged(done: customers.Merged) -> None:
            self.session.changed.emit()
            said = self.tr(
                "Merged: {n} orders moved to {name}; the duplicate's other details are in the notes."
            ).format(n=len(done.orders_moved), name=keep.name)
            self.refresh(lambda: show_message(self.message, said, ok=True))

        run_task(lambda: customers.merge_customers(actor, keep.id, duplicate), merged, self._failed)

    def _failed(self, failure: Failure) -> None:
        show_message(self.message, failure)


class MergeDialog(QDialog):
    """Pick the duplicate of a customer (search, one click) and confirm the merge."""

    def __init__(self, keep: CustomerRow, parent: QWidget | None = None, viewer: Actor | None = None) -> None:
        super().__init__(parent)
        self.keep, self.viewer = keep, viewer
        self.duplicate: CustomerRow | None = None
        self.setWindowTitle(self.tr("Merge a duplicate into {name}").format(name=keep.name))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Pick the duplicate entry. Its orders move to “{name}”; details it has and this entry lacks are "
                    "taken over, different ones are kept in the notes. The duplicate stays on record as merged."
                ).format(name=keep.name)
            )
        )
        self.search = QLineEdit(keep.name)
        self.search.setPlaceholderText(self.tr("Search the duplicate"))
        self.list = QListWidget()
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.message = message_line()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Merge"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(lambda _t: self._find())
        self.list.currentRowChanged.connect(lambda _r: self.ok.setEnabled(self.list.currentRow() >= 0))
        self.rows: list[CustomerRow] = []
        self._reads = Latest()
        self.ok.setEnabled(False)
        self._find()

    def _find(self) -> None:
        """Search as one types, off the GUI thread (an answer overtaken by newer typing is dropped)."""
        current = self._reads.begin()
        text, viewer = self.search.text(), self.viewer

        def read() -> list[CustomerRow]:
            with reading():
                return customers.search_customers(text, limit=50, viewer=viewer)

        def show(found: list[CustomerRow]) -> None:
            if current():
                self._list(found)

        run_task(read, show, lambda failure: show_message(self.message, failure))

    def _list(self, found: list[CustomerRow]) -> None:
        self.rows = [r for r in found if r.id != self.keep.id]
        self.list.clear()
        for row in self.rows:
            number = self.tr("no. {id}").format(id=row.id)
            self.list.addItem(f"{number} · {customer_line(row)} · {row.orders}")
        self.list.setCurrentRow(0 if self.rows else -1)
        self.ok.setEnabled(bool(self.rows))

    def _accept(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.rows):
            self.duplicate = self.rows[row]
            self.accept()
