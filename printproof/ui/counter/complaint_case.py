"""Right after a complaint is recorded: its case number and answer date, and the acknowledgement for the
customer — printed at the counter, or e-mailed (issue 25)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ...domain.errors import UserError
from ...services.counter import complaint_cases
from ...workers.tasks import run_task
from ..widgets.common import big_button, hint, local_date, message_line, show_message, title

if TYPE_CHECKING:
    from ..session import Session


class AcknowledgementDialog(QDialog):
    """The case just opened: say its number and answer date; print or e-mail the acknowledgement. With
    ``answer``: the owner's answer to the decided complaint instead (the letter with the evidence)."""

    def __init__(self, session: Session, dispute_id: int, parent: QWidget | None = None, answer: bool = False) -> None:
        super().__init__(parent)
        self.session, self.dispute_id, self.answer = session, dispute_id, answer
        session.signed_out.connect(self.close)  # the customer's address and case are not left on a locked screen
        case = complaint_cases.case_of(dispute_id, session.actor)
        self.case_number = case.number
        self.setWindowTitle(self.tr("Complaint {case}").format(case=case.number))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        if answer:
            layout.addWidget(title(self.tr("Answer to complaint {case}").format(case=case.number)))
            layout.addWidget(
                hint(
                    self.tr(
                        "The letter states your decision. Where the complaint is declined it names the evidence "
                        "in plain words — the version approved, when and how, the checklist as ticked, the "
                        "findings acknowledged, the terms, the hand-over — with the approval certificate attached; "
                        "where the shop is at fault it apologises and says what happens next."
                    )
                )
            )
        else:
            layout.addWidget(title(self.tr("Complaint recorded: case {case}").format(case=case.number)))
            layout.addWidget(
                hint(
                    self.tr(
                        "The customer gets an answer by {date}. Give them the acknowledgement: what was recorded "
                        "in their words, the photos, the case number and that date."
                    ).format(date=local_date(case.answer_by))
                )
            )
        row = QHBoxLayout()
        self.print_button = big_button(self.tr("Print the answer…") if answer else self.tr("Print acknowledgement…"))
        self.print_button.clicked.connect(self.print_it)
        row.addWidget(self.print_button)
        row.addStretch()
        layout.addLayout(row)
        mail = QHBoxLayout()
        self.address = QLineEdit(complaint_cases.customer_email(dispute_id, session.actor))
        self.address.setPlaceholderText(self.tr("The customer's e-mail address"))
        self.mail_button = big_button(self.tr("Send by e-mail"))
        self.mail_button.clicked.connect(self.send)
        mail.addWidget(self.address, 1)
        mail.addWidget(self.mail_button)
        layout.addLayout(mail)
        self.message = message_line()
        layout.addWidget(self.message)
        self.done_button = done = big_button(self.tr("Done"), primary=True)
        done.clicked.connect(self.accept)
        end = QHBoxLayout()
        end.addStretch()
        end.addWidget(done)
        layout.addLayout(end)

    def print_it(self) -> None:
        """The letter is made and signed in the background (the timestamp authority may take seconds), then
        Qt's print dialog opens."""
        actor, dispute_id, answer = self.session.current, self.dispute_id, self.answer
        self.print_button.setEnabled(False)
        show_message(self.message, self.tr("Preparing the letter…"), ok=True)

        def make() -> complaint_cases.Letter | complaint_cases.Acknowledgement:
            if answer:
                return complaint_cases.decision_letter(actor, dispute_id)
            return complaint_cases.acknowledgement(actor, dispute_id)

        def made(letter: complaint_cases.Letter | complaint_cases.Acknowledgement) -> None:
            self.print_button.setEnabled(True)
            self._print(letter)

        def failed(text: str) -> None:
            self.print_button.setEnabled(True)
            show_message(self.message, text)

        run_task(make, made, failed)

    def _print(self, made: complaint_cases.Letter | complaint_cases.Acknowledgement) -> bool:
        from ..widgets.printing import pdf_document, print_pdf

        try:
            self.document = pdf_document(made.pdf, self)
            if not print_pdf(self, self.document, made.subject, None, made.pdf):
                self.message.clear_message()
                return False
            if not self.answer:
                complaint_cases.note_acknowledged(self.session.current, self.dispute_id, "printed")
        except UserError as exc:
            show_message(self.message, str(exc))
            return False
        show_message(
            self.message,
            self.tr("Printed; the audit trail notes it.") if not self.answer else self.tr("Printed."),
            ok=True,
        )
        return True

    def send(self) -> None:
        actor, dispute_id, to = self.session.current, self.dispute_id, self.address.text()
        self.mail_button.setEnabled(False)
        show_message(self.message, self.tr("Sending…"), ok=True)

        def sent(_made: object) -> None:
            self.mail_button.setEnabled(True)
            show_message(self.message, self.tr("Sent to {to}.").format(to=to.strip()), ok=True)

        def failed(text: str) -> None:
            self.mail_button.setEnabled(True)
            show_message(self.message, text)

        send = complaint_cases.send_decision_letter if self.answer else complaint_cases.send_acknowledgement
        run_task(lambda: send(actor, dispute_id, to), sent, failed)
