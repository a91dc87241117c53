"""Approvals that did not happen on this screen: a signed paper proof, an e-mail, a phone call."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import vocabulary
from ...domain.enums import ApprovalMethod, Decision
from ...domain.errors import UserError
from ...domain.i18n import LANGUAGES
from ...domain.i18n import language as ui_language
from ...domain.markup import Mark
from ...domain.vocabulary import CHECKLIST
from ...services.artwork.artwork import read_file
from ...services.proofing import approvals
from ..widgets.common import big_button, hint, message_line, save_in_background, show_message, text_box
from .findings_ack import FindingsAck

if TYPE_CHECKING:
    from ..session import Session


class OtherApprovalDialog(QDialog):
    def __init__(  # noqa: PLR0913
        self,
        session: Session,
        number: str,
        version: int,
        parent: QWidget | None = None,
        marks: list[Mark] | None = None,
        language: str = "",
    ) -> None:
        """``language``: the customer's (the order's), in which their proof and its checklist were made."""
        super().__init__(parent)
        self.session, self.number, self.version = session, number, version
        self.evidence: approvals.Evidence | None = None
        self.marks = list(marks or [])
        self.saving = False  # the approval is being recorded in the background
        self.record_id: int | None = None
        self.setWindowTitle(self.tr("Approval of {number}, version {v}").format(number=number, v=version))
        self.setMinimumWidth(620)
        outer = QVBoxLayout(self)
        self.fields = QWidget()  # everything but the message and the buttons: it waits while saving
        layout = QVBoxLayout(self.fields)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.fields)
        form = QFormLayout()
        self.method = QComboBox()
        self.method.addItem(self.tr("Signed paper proof (scan)"), ApprovalMethod.PAPER.value)
        self.method.addItem(self.tr("By e-mail (the .eml file)"), ApprovalMethod.EMAIL.value)
        self.method.addItem(self.tr("By phone (a note)"), ApprovalMethod.PHONE.value)
        self.decision = QComboBox()
        self.decision.addItem(self.tr("Approved"), Decision.APPROVED.value)
        self.decision.addItem(self.tr("Approved with changes"), Decision.APPROVED_WITH_CHANGES.value)
        self.decision.addItem(self.tr("Changes requested"), Decision.CHANGES_REQUESTED.value)
        self.name = QLineEdit()
        file_row = QHBoxLayout()
        self.file_label = QLabel(self.tr("no file"))
        pick = big_button(self.tr("Choose file…"))
        pick.clicked.connect(self._pick)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(pick)
        self.note = text_box(self.tr("Who called, when, what exactly was said"), max_height=80)
        self.changes = text_box(self.tr("One change per line"), max_height=70)
        form.addRow(self.tr("How"), self.method)
        form.addRow(self.tr("Decision"), self.decision)
        form.addRow(self.tr("Customer's name"), self.name)
        self.file_row = file_row
        form.addRow(self.tr("Evidence"), file_row)
        form.addRow(self.tr("Note of the call"), self.note)
        form.addRow(self.tr("Changes asked for"), self.changes)
        marks_row = QHBoxLayout()
        self.marks_label = QLabel()
        mark = big_button(self.tr("Mark on the proof…"))
        mark.clicked.connect(self._mark)
        marks_row.addWidget(self.marks_label, 1)
        marks_row.addWidget(mark)
        form.addRow(self.tr("Marks"), marks_row)
        self._show_marks()
        if self.marks:
            self.decision.setCurrentIndex(self.decision.findData(Decision.CHANGES_REQUESTED.value))
        self.form = form
        layout.addLayout(form)
        layout.addWidget(
            hint(self.tr("The customer confirmed each point (needed for an approval, with or without changes):"))
        )
        # The points in the customer's language, as their proof printed them and as they were asked on the phone;
        # the record keeps exactly these words (their copy and certificate quote them).
        self.lang = language if language in LANGUAGES else ui_language()
        self.checks = {key: QCheckBox(vocabulary.name("checklist", key, self.lang)) for key in CHECKLIST}
        for box in self.checks.values():
            box.setProperty("quoted", True)  # the customer's words, in their language
            layout.addWidget(box)
        self.findings_ack = FindingsAck(
            number, version, self.lang, self.tr("The customer was told of:"), large=False, viewer=session.actor
        )
        layout.addWidget(self.findings_ack)
        self.message = message_line()
        outer.addWidget(self.message)
        self.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()
        row = QHBoxLayout()
        self.cancel_button = big_button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = big_button(self.tr("Record approval"), primary=True)
        self.save_button.clicked.connect(self._save)
        row.addStretch()
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        outer.addLayout(row)

    def _mark(self) -> None:
        from .order_tools import MarkupDialog

        dialog = MarkupDialog(self.number, self.version, self.marks, self, self.session.current)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.marks = dialog.marks()
            self._show_marks()
            if self.marks and self.decision.currentData() == Decision.APPROVED.value:
                self.decision.setCurrentIndex(self.decision.findData(Decision.CHANGES_REQUESTED.value))

    def _show_marks(self) -> None:
        pins = [m for m in self.marks if m.text]
        text = self.tr("marks: {n}, pins with text: {p}").format(n=len(self.marks), p=len(pins))
        self.marks_label.setText(text if self.marks else self.tr("none"))

    def _method_changed(self) -> None:
        """Paper and e-mail need the file; a phone call needs a note of it."""
        phone = self.method.currentData() == ApprovalMethod.PHONE.value
        self.form.setRowVisible(self.file_row, not phone)
        self.form.setRowVisible(self.note, phone)

    def _pick(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Evidence"),
            str(Path.home()),
            self.tr("Scans and e-mails (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml)"),
        )
        if name:
            self.set_evidence(Path(name))

    def set_evidence(self, path: Path) -> None:
        try:
            self.evidence = approvals.Evidence(path.name, read_file(path))
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        self.file_label.setText(path.name)

    def _save(self) -> None:
        """Record the approval in the background (the evidence is hashed and stored there); the dialog waits."""
        if self.saving:
            return
        method = ApprovalMethod(self.method.currentData())
        actor, number, version, lang = self.session.current, self.number, self.version, self.lang
        decision, name = Decision(self.decision.currentData()), self.name.text()
        checklist = {k: b.isChecked() for k, b in self.checks.items()}
        changes, note, acknowledged = self.changes.toPlainText(), self.note.toPlainText(), self.findings_ack.keys()
        evidence = self.evidence if method != ApprovalMethod.PHONE else None
        marks = self.marks if decision != Decision.APPROVED else None

        def work() -> int:
            record = approvals.record_approval(
                actor,
                number,
                decision=decision,
                customer_name=name,
                checklist=checklist,
                method=method,
                version=version,
                changes=changes,
                evidence=evidence,
                note=note,
                acknowledged=acknowledged,
                shown_language=lang,
                marks=marks,
            )
            return int(record.id)

        def saved(record_id: int) -> None:
            self.record_id = record_id  # the customer's copy is offered of it
            self.session.changed.emit()
            self.accept()

        save_in_background(self.message, self._saving, self.tr("Saving…"), work, saved)

    def _saving(self, saving: bool) -> None:
        self.saving = saving
        for widget in (self.save_button, self.cancel_button, self.fields):
            widget.setEnabled(not saving)

    def reject(self) -> None:
        if not self.saving:  # it is being saved: the dialog closes when it is
            super().reject()
