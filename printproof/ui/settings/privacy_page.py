"""Settings → Privacy (owner): how long orders are kept, the orders past retention and their erasure in one step,
a customer's data exported, a customer's erasure request recorded.

Every rule lives in the services (``retention``, ``erasure``, ``privacy``, ``customer_export``); this page asks
them and says what they answer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.core import retention
from ...services.privacy import customer_export, erasure, privacy
from ...workers.tasks import run_task
from ..widgets.common import ask, hint, language_box, local_date, message_line, show_message, small_button

if TYPE_CHECKING:
    from ..session import Session


class PrivacyPage(QWidget):
    """Retention, erasure, export and erasure requests; the two settings are saved with the others."""

    def __init__(
        self,
        session: Session,
        field: Callable[[QFormLayout, str], QWidget],
        parent: QWidget | None = None,
    ) -> None:
        """``field(form, key)`` adds the registry's field for a setting (the settings screen saves it)."""
        super().__init__(parent)
        self.session = session
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.years = field(form, "privacy.retention_years")
        self.auto = field(form, "privacy.auto_erase")
        outer.addLayout(form)
        outer.addWidget(hint(self.tr("Commercial and tax law (HGB §257, AO §147) keep orders 6 to 10 years.")))

        outer.addWidget(QLabel("<b>{}</b>".format(self.tr("Orders past retention"))))
        self.due_list = QListWidget()
        self.due_list.setMinimumHeight(90)
        outer.addWidget(self.due_list, 1)
        row = QHBoxLayout()
        self.erase_button = small_button(self.tr("Erase all listed…"))
        self.erase_button.clicked.connect(self.erase_listed)
        row.addWidget(self.erase_button)
        row.addStretch()
        outer.addLayout(row)

        outer.addWidget(QLabel("<b>{}</b>".format(self.tr("A customer's data"))))
        customer_row = QHBoxLayout()
        self.customer = QLineEdit()
        self.customer.setPlaceholderText(self.tr("Order number, e-mail address, full name or #id"))
        self.export_language = language_box()
        self.export_button = small_button(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Everything stored about the customer, as one ZIP file"))
        self.export_button.clicked.connect(self.export)
        self.request_button = small_button(self.tr("Erasure request…"))
        self.request_button.setToolTip(
            self.tr("Erase now what retention allows; restrict the rest until retention ends")
        )
        self.request_button.clicked.connect(self.record_request)
        customer_row.addWidget(self.customer, 1)
        customer_row.addWidget(self.export_language)
        customer_row.addWidget(self.export_button)
        customer_row.addWidget(self.request_button)
        outer.addLayout(customer_row)
        self.message = message_line()
        outer.addWidget(self.message)

    # --- orders past retention -----------------------------------------------------------------
    def refresh(self) -> None:
        """Ask for the orders past retention off the GUI thread (a year's audit events are counted)."""
        self._due: list[retention.DueOrder] = []
        self.erase_button.setEnabled(False)
        actor = self.session.current
        run_task(lambda: retention.orders_past_retention(actor), self._show_due, self._not_shown)

    def _not_shown(self, text: str) -> None:
        self.due_list.clear()
        show_message(self.message, text)

    def _show_due(self, due: list[retention.DueOrder]) -> None:
        self._due = due
        self.due_list.clear()
        for d in self._due:
            self.due_list.addItem(
                self.tr("{number} · {customer} · kept until {date}").format(
                    number=d.number, customer=d.customer or "–", date=local_date(d.retention_end.date())
                )
            )
        if not self._due:
            self.due_list.addItem(self.tr("No order has passed its retention."))
        self.erase_button.setEnabled(bool(self._due))

    def erase_listed(self) -> None:
        numbers = [d.number for d in self._due]
        if not numbers or not ask(
            self,
            self.tr("Erase personal data"),
            self.tr(
                "Erase the names, contacts, signatures, photos, e-mails, artwork and proofs of {n} orders? "
                "The records stay verifiable; this cannot be undone."
            ).format(n=len(numbers)),
            self.tr("Erase"),
            self.tr("Keep"),
        ):
            return
        actor = self.session.current
        self.erase_button.setEnabled(False)

        def done(result: erasure.Erased) -> None:
            self.refresh()
            show_message(
                self.message,
                self.tr("Erased: {orders}. A new backup holds no trace; {n} older copies were removed.").format(
                    orders=", ".join(result.orders), n=len(result.removed)
                ),
                ok=True,
            )

        def failed(text: str) -> None:
            self.refresh()
            show_message(self.message, text)

        run_task(lambda: erasure.erase_orders(actor, numbers), done, failed)

    # --- a customer's data -------------------------------------------------------------------
    def export(self) -> None:
        who = self.customer.text().strip()
        if not who:
            show_message(self.message, self.tr("Type the customer's order number, e-mail address or name first."))
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export a customer's data"), str(Path.home() / "customer-data.zip"), "ZIP (*.zip)"
        )
        if not name:
            return
        actor, lang = self.session.current, self.export_language.currentData()
        self.export_button.setEnabled(False)

        def done(made: customer_export.ExportMade) -> None:
            self.export_button.setEnabled(True)
            show_message(
                self.message,
                self.tr("Written to {path}: {orders} orders, {files} files.").format(
                    path=made.path, orders=len(made.orders), files=made.files
                ),
                ok=True,
            )

        def failed(text: str) -> None:
            self.export_button.setEnabled(True)
            show_message(self.message, text)

        run_task(lambda: customer_export.export_customer(actor, who, Path(name), lang), done, failed)

    def record_request(self) -> None:
        who = self.customer.text().strip()
        if not who:
            show_message(self.message, self.tr("Type the customer's order number, e-mail address or name first."))
            return
        if not ask(
            self,
            self.tr("Erasure request"),
            self.tr(
                "Record that {customer} asks for erasure? Orders past retention are erased now; the others are "
                "restricted until their retention ends."
            ).format(customer=who),
            self.tr("Record the request"),
            self.tr("Cancel"),
        ):
            return
        actor = self.session.current

        def done(answer: privacy.RequestAnswered) -> None:
            self.refresh()
            show_message(self.message, privacy.refusal_sentence(answer), ok=not answer.restricted)

        run_task(lambda: privacy.request_erasure(actor, who), done, lambda text: show_message(self.message, text))
