"""Approvals that did not happen on this screen: a signed paper proof, an e-mail, a phone call."""

from __future__ import annotations

from pathlib import Path

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

from ..domain.enums import ApprovalMethod, Decision
from ..domain.errors import UserError
from ..domain.i18n import language as ui_language
from ..domain.texts import CHECKLIST, checklist_label
from ..services import approvals
from ..services.artwork import read_file
from ..services.shop import language
from .common import big_button, hint, message_line, show_message, text_box
from .findings_ack import FindingsAck


class OtherApprovalDialog(QDialog):
    def __init__(self, session, number: str, version: int, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session, self.number, self.version = session, number, version
        self.evidence: approvals.Evidence | None = None
        self.setWindowTitle(self.tr("Approval of {number}, version {v}").format(number=number, v=version))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
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
        self.form = form
        layout.addLayout(form)
        layout.addWidget(
            hint(self.tr("The customer confirmed each point (needed for an approval, with or without changes):"))
        )
        # The staff member goes through the points in this workstation's language; the record keeps those words.
        self.lang = ui_language() if ui_language() in ("de", "en") else language()
        self.checks = {key: QCheckBox(checklist_label(self.lang, key)) for key in CHECKLIST}
        for box in self.checks.values():
            layout.addWidget(box)
        self.findings_ack = FindingsAck(number, version, self.lang, self.tr("The customer was told of:"), large=False)
        layout.addWidget(self.findings_ack)
        self.message = message_line()
        layout.addWidget(self.message)
        self.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()
        row = QHBoxLayout()
        cancel = big_button(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.save_button = big_button(self.tr("Record approval"), primary=True)
        self.save_button.clicked.connect(self._save)
        row.addStretch()
        row.addWidget(cancel)
        row.addWidget(self.save_button)
        layout.addLayout(row)

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
        method = ApprovalMethod(self.method.currentData())
        try:
            approvals.record_approval(
                self.session.actor,
                self.number,
                decision=Decision(self.decision.currentData()),
                customer_name=self.name.text(),
                checklist={k: b.isChecked() for k, b in self.checks.items()},
                method=method,
                version=self.version,
                changes=self.changes.toPlainText(),
                evidence=self.evidence if method != ApprovalMethod.PHONE else None,
                note=self.note.toPlainText(),
                acknowledged=self.findings_ack.keys(),
                shown_language=self.lang,
            )
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        self.session.changed.emit()
        self.accept()
