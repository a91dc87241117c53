"""The order screen's tools: correct an order, take a reprint ("Nachdruck"), mark the proof, tell the customer.

Each is a dialog the order screen opens; the rules live in the services (an approved order's specification is
frozen, and so on), and a refusal is said in the dialog, with nothing saved.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.i18n import language as ui_language
from ...domain.markup import Mark
from ...domain.spec import JobSpec
from ...services.core import order_edits
from ...services.core.context import Actor
from ...services.core.orders import CustomerInput
from ...services.counter import overview
from ...workers.tasks import run_task
from ..customers.customer_picker import CustomerPicker
from ..widgets.common import fit_to_screen, hint, language_box, message_line, save_in_background, show_message, text_box
from .markup import MarkupPanel
from .order_data import read_proof


def _buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.rejected.connect(dialog.reject)
    return buttons


class EditOrderDialog(QDialog):
    """Correct an order: its customer (another one from the directory, or corrected details), its specification
    (only until the approval: afterwards the fields say why they are locked), the due date and the notes."""

    def __init__(self, session, data: overview.OrderView, spec_open: bool, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session, self.data = session, data
        self.setWindowTitle(self.tr("Change order {number}").format(number=data.number))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.picker = CustomerPicker(session.actor)
        self.picker.name.setText(data.customer)
        self.picker.picked.connect(self._picked)
        self.company = QLineEdit(data.company)
        self.phone = QLineEdit(data.phone)
        self.email = QLineEdit(data.email)
        s = data.spec
        self.product = QLineEdit(s.product)
        self.width_mm, self.height_mm, self.bleed = QDoubleSpinBox(), QDoubleSpinBox(), QDoubleSpinBox()
        for box, value, top in (
            (self.width_mm, s.width_mm, 20000),
            (self.height_mm, s.height_mm, 20000),
            (self.bleed, s.bleed_mm, 20),
        ):
            box.setRange(0, top)
            box.setDecimals(1)
            box.setSuffix(" mm")
            box.setValue(value)
        self.quantity = QSpinBox()
        self.quantity.setRange(0, 10_000_000)
        self.quantity.setValue(s.quantity)
        self.stock = QLineEdit(s.stock)
        self.colors = QComboBox()
        self.colors.setEditable(True)
        self.colors.addItems(["4/4", "4/0", "4/1", "1/1", "1/0"])
        self.colors.setCurrentText(s.colors)
        self.finishing = QLineEdit(s.finishing)
        self.has_due = QCheckBox(self.tr("Due date"))
        self.due = QDateEdit(QDate(s.due) if s.due else QDate.currentDate().addDays(5))
        self.due.setCalendarPopup(True)
        self.has_due.setChecked(s.due is not None)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.due.setEnabled(s.due is not None)
        self.notes = text_box(max_height=70)
        self.notes.setPlainText(data.notes)
        self.language = language_box(data.language)  # the customer's: the next proof and every document speak it
        form.addRow(self.tr("Customer"), self.picker)
        form.addRow(self.tr("Company"), self.company)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Customer's language"), self.language)
        self.locked = [self.picker, self.company, self.phone, self.email, self.product]
        form.addRow(self.tr("Product"), self.product)
        size = QHBoxLayout()
        size.addWidget(self.width_mm)
        size.addWidget(self.height_mm)
        form.addRow(self.tr("Finished size (W × H)"), size)
        form.addRow(self.tr("Bleed"), self.bleed)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Stock"), self.stock)
        form.addRow(self.tr("Colours"), self.colors)
        form.addRow(self.tr("Finishing"), self.finishing)
        form.addRow(self.has_due, self.due)
        form.addRow(self.tr("Notes"), self.notes)
        self.locked += [
            self.width_mm,
            self.height_mm,
            self.bleed,
            self.quantity,
            self.stock,
            self.colors,
            self.finishing,
        ]
        layout.addLayout(form)
        if not spec_open:
            for widget in self.locked:
                widget.setEnabled(False)
            layout.addWidget(
                hint(
                    self.tr(
                        "The customer approved this order: its specification and customer are locked. A change needs "
                        "a new proof – the owner first voids the approval. The due date and notes can change."
                    )
                )
            )
        self.message = message_line()
        layout.addWidget(self.message)
        self.buttons = _buttons(self, self.tr("Save changes"), self.tr("Cancel"))
        self.buttons.accepted.connect(self._save)
        layout.addWidget(self.buttons)
        self.changed: list[str] = []
        self.saving = False  # the changes are being saved in the background

    def _picked(self, row: object) -> None:
        if row is not None:
            self.company.setText(row.company)  # type: ignore[attr-defined]
            self.phone.setText(row.phone)  # type: ignore[attr-defined]
            self.email.setText(row.email)  # type: ignore[attr-defined]

    def _save(self) -> None:
        """Save the changes in the background (each change goes into the audit trail there); the dialog waits."""
        if self.saving:
            return
        d, actor = self.data, self.session.actor
        spec = (
            self.product.text(),
            self.width_mm.value(),
            self.height_mm.value(),
            self.bleed.value(),
            self.quantity.value(),
            self.stock.text(),
            self.colors.currentText(),
            self.finishing.text(),
            self.due.date().toPython() if self.has_due.isChecked() else None,
        )
        chosen = self.picker.chosen
        details = CustomerInput(self.picker.name.text(), self.company.text(), self.phone.text(), self.email.text())
        same = (details.name, details.company, details.phone, details.email) == (
            d.customer,
            d.company,
            d.phone,
            d.email,
        )
        other = chosen.id if chosen is not None and chosen.id != d.customer_id else None
        notes = self.notes.toPlainText()
        language = str(self.language.currentData())

        def work() -> list[str]:
            done = order_edits.edit_order(
                actor,
                d.number,
                spec=JobSpec(*spec),
                customer_id=other,
                customer=None if same or other is not None else details,
                notes=notes,
                language=language,
            )
            return list(done.changed)

        def saved(changed: list[str]) -> None:
            self.changed = changed
            self.accept()

        save_in_background(self.message, self._saving, self.tr("Saving…"), work, saved)

    def _saving(self, saving: bool) -> None:
        self.saving = saving
        self.buttons.setEnabled(not saving)

    def reject(self) -> None:
        if not self.saving:  # being saved: the dialog closes when it is
            super().reject()


class ReprintDialog(QDialog):
    """A reprint of this order: quantity and due date; the new order gets its own proof at once."""

    def __init__(self, data: overview.OrderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reprint of {number}").format(number=data.number))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "A new order for {customer} with the same specification and artwork. Its proof names this order "
                    "and the version approved here; the customer approves the new proof."
                ).format(customer=data.customer)
            )
        )
        form = QFormLayout()
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 10_000_000)
        self.quantity.setValue(data.spec.quantity)
        self.due = QDateEdit(QDate.currentDate().addDays(5))
        self.due.setCalendarPopup(True)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Due date"), self.due)
        layout.addLayout(form)
        buttons = _buttons(self, self.tr("Take the reprint"), self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


class MarkupDialog(QDialog):
    """Mark a proof version on the order screen (the designer with the customer, or on the phone); the marks go
    with the customer's answer recorded next (paper, e-mail or phone)."""

    def __init__(
        self,
        number: str,
        version: int,
        marks: list[Mark] | None = None,
        parent: QWidget | None = None,
        viewer: Actor | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Marks on {number}, version {v}").format(number=number, v=version))
        fit_to_screen(self, 980, 720)
        layout = QVBoxLayout(self)
        lang = ui_language()
        self.panel = MarkupPanel(lang)
        self.panel.set_marks(marks or [])
        self.panel.setEnabled(False)  # until the proof is read (in the background)
        layout.addWidget(self.panel, 1)
        self.message = message_line()
        layout.addWidget(self.message)
        self.buttons = _buttons(self, self.tr("Use these marks"), self.tr("Cancel"))
        self.buttons.accepted.connect(self._done)
        layout.addWidget(self.buttons)
        self.message.show_text(self.tr("Reading the proof…"), "busy")
        run_task(
            lambda: read_proof(number, version, viewer), self._read, lambda failure: show_message(self.message, failure)
        )

    def _read(self, pdf: bytes) -> None:
        self.panel.set_pdf(pdf, page=1)
        self.panel.setEnabled(True)
        self.message.clear_message()

    def _done(self) -> None:
        missing = self.panel.pins_without_text()
        if missing:
            show_message(self.message, self.tr("Write what pin {n} means.").format(n=missing[0]))
            return
        self.accept()

    def marks(self) -> list[Mark]:
        return self.panel.marks()
