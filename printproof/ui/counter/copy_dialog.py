"""The customer's copy, offered at once after an approval, a hand-over or the owner's decision: printed on
A4 or an 80 mm receipt (Qt's print dialog), and/or e-mailed."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ...domain import vocabulary
from ...domain.errors import UserError
from ...services.evidence import copies
from ...workers.tasks import run_task
from ..widgets.common import big_button, hint, message_line, show_message, title

if TYPE_CHECKING:
    from ..session import Session


class CustomerCopyDialog(QDialog):
    """Print or e-mail the customer's copy of ``subject`` (``approval:17``, ``pickup:3``, ``dispute_decision:2``)."""

    def __init__(self, session: Session, subject: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.subject = session, subject
        self.setWindowTitle(self.tr("Copy for the customer"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        what = {
            "approval": self.tr("the approval"),
            "pickup": self.tr("the hand-over"),
            "dispute_decision": self.tr("the decision on the complaint"),
        }.get(subject.partition(":")[0], "")
        heading = (
            self.tr("Copy for the customer: {what}").format(what=what) if what else self.tr("Copy for the customer")
        )
        layout.addWidget(title(heading))
        layout.addWidget(
            hint(
                self.tr(
                    "The copy shows what was recorded and carries the record's hash and the audit chain's head, "
                    "as text and QR code: evidence the customer keeps."
                )
            )
        )
        row = QHBoxLayout()
        self.a4_button = big_button(self.tr("Print on A4…"))
        self.a4_button.clicked.connect(lambda: self.print_copy("a4"))
        self.receipt_button = big_button(self.tr("Print receipt (80 mm)…"))
        self.receipt_button.clicked.connect(lambda: self.print_copy("receipt"))
        row.addWidget(self.a4_button)
        row.addWidget(self.receipt_button)
        row.addStretch()
        layout.addLayout(row)
        mail = QHBoxLayout()
        self.address = QLineEdit(copies.customer_email(subject, self.session.current))
        self.address.setPlaceholderText(self.tr("The customer's e-mail address"))
        self.mail_button = big_button(self.tr("Send by e-mail"))
        self.mail_button.clicked.connect(self.send)
        mail.addWidget(self.address, 1)
        mail.addWidget(self.mail_button)
        layout.addLayout(mail)
        if subject.startswith("dispute_decision:") and session.actor is not None and session.actor.role == "owner":
            self.letter_button = big_button(self.tr("The answer letter, with the evidence…"))
            self.letter_button.clicked.connect(self.open_letter)
            letter_row = QHBoxLayout()
            letter_row.addWidget(self.letter_button)
            letter_row.addStretch()
            layout.addLayout(letter_row)
        self.message = message_line()
        layout.addWidget(self.message)
        self.done_button = done = big_button(self.tr("Done"), primary=True)
        done.clicked.connect(self.accept)
        end = QHBoxLayout()
        end.addStretch()
        end.addWidget(done)
        layout.addLayout(end)

    def open_letter(self) -> None:
        """The owner's answer to the complaint this decision closed (issue 25): printed or e-mailed."""
        from ...services.counter import complaint_cases
        from .complaint_case import AcknowledgementDialog

        try:
            dispute_id = complaint_cases.dispute_of_decision(int(self.subject.partition(":")[2]), self.session.current)
            self.letter_dialog = AcknowledgementDialog(self.session, dispute_id, self, answer=True)
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        self.letter_dialog.show()

    def print_copy(self, fmt: str) -> bool:
        """Print the copy; the chain notes it once the print dialog was confirmed."""
        from ..widgets.printing import pdf_document, print_pdf

        try:
            data, facts = copies.make_copy(self.session.current, self.subject, fmt)
        except UserError as exc:
            show_message(self.message, str(exc))
            return False
        self.document = pdf_document(data, self)
        page_mm = None
        if fmt == "receipt":
            size = self.document.pagePointSize(0)
            page_mm = (size.width() / 72 * 25.4, size.height() / 72 * 25.4)

        kind = vocabulary.name("copy_record", self.subject.partition(":")[0])  # each kind its own name (and file name)
        name = self.tr("Copy {number} – {what}").format(number=facts.order, what=kind)
        if fmt == "receipt":  # the A4 copy and the 80 mm receipt printed to files side by side: two names
            name = self.tr("{name} (receipt)").format(name=name)
        try:
            if not print_pdf(self, self.document, name, page_mm, data):
                return False
        except UserError as exc:  # printed to a PDF file that could not be written
            show_message(self.message, str(exc))
            return False
        channel = "printed_receipt" if fmt == "receipt" else "printed_a4"
        copies.note_copy(self.session.current, facts, channel, hashlib.sha256(data).hexdigest())
        show_message(self.message, self.tr("Printed; the audit trail notes the copy."), ok=True)
        return True

    def send(self) -> None:
        from ...services.counter.mail import MailSent, send_copy

        actor, subject, to = self.session.current, self.subject, self.address.text()
        self.mail_button.setEnabled(False)
        show_message(self.message, self.tr("Sending…"), ok=True)

        def sent(result: MailSent) -> None:
            self.mail_button.setEnabled(True)
            show_message(self.message, self.tr("Sent to {to}.").format(to=result.to), ok=True)

        def failed(text: str) -> None:
            self.mail_button.setEnabled(True)
            show_message(self.message, text)

        run_task(lambda: send_copy(actor, subject, to), sent, failed)
