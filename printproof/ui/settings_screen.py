"""Settings (owner): shop profile, proofs, terms, staff, idle lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import Role
from ..domain.errors import UserError
from ..services import shop, staff
from .common import big_button, hint, message_line, show_message, title
from .press_settings import PressSettings


class SettingsScreen(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session = session
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(title(self.tr("Shop")))
        form = QFormLayout()
        self.shop_name = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setMaximumHeight(70)
        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.watermark = QLineEdit()
        self.watermark.setPlaceholderText(self.tr("standard: PROOF – NOT FOR PRINT"))
        self.dpi = QSpinBox()
        self.dpi.setRange(72, 300)
        self.dpi.setSuffix(" dpi")
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.terms_de = QPlainTextEdit()
        self.terms_en = QPlainTextEdit()
        logo_row = QHBoxLayout()
        self.logo = QLabel()
        self.logo.setFixedSize(160, 60)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("background: white; border: 1px solid #ddd;")
        pick = big_button(self.tr("Choose logo…"))
        pick.clicked.connect(self.choose_logo)
        logo_row.addWidget(self.logo)
        logo_row.addWidget(pick)
        logo_row.addStretch()
        form.addRow(self.tr("Shop name"), self.shop_name)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Language of proofs"), self.language)
        self.ui_language = QComboBox()
        self.ui_language.addItem(self.tr("As the system"), "")
        self.ui_language.addItem("Deutsch", "de")
        self.ui_language.addItem("English", "en")
        form.addRow(self.tr("Language of this workstation (after restart)"), self.ui_language)
        form.addRow(self.tr("Watermark"), self.watermark)
        form.addRow(self.tr("Proof resolution"), self.dpi)
        form.addRow(self.tr("Lock when idle after"), self.idle)
        backup_row = QHBoxLayout()
        self.backup_folder = QLineEdit()
        self.backup_folder.setPlaceholderText(self.tr("standard: the data folder (better: a USB disk or the NAS)"))
        choose = big_button(self.tr("Choose…"))
        choose.clicked.connect(self._choose_backup_folder)
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 365)
        backup_row.addWidget(self.backup_folder, 1)
        backup_row.addWidget(choose)
        backup_row.addWidget(self.backup_keep)
        form.addRow(self.tr("Backup folder, copies kept"), backup_row)
        form.addRow(self.tr("Terms (German)"), self.terms_de)
        form.addRow(self.tr("Terms (English)"), self.terms_en)
        left.addLayout(form)
        self.press = PressSettings(session)
        left.addWidget(self.press)
        self.message = message_line()
        left.addWidget(self.message)
        save = big_button(self.tr("Save settings"), primary=True)
        save.clicked.connect(self.save)
        left.addWidget(save)
        outer.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(title(self.tr("Staff")))
        self.staff_list = QListWidget()
        right.addWidget(self.staff_list, 1)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name"))
        self.new_role = QComboBox()
        for role, text in (
            (Role.COUNTER, self.tr("Counter staff")),
            (Role.DESIGNER, self.tr("Designer")),
            (Role.OWNER, self.tr("Owner")),
        ):
            self.new_role.addItem(text, role.value)
        self.new_pin = QLineEdit()
        self.new_pin.setPlaceholderText(self.tr("PIN"))
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        add = big_button(self.tr("Add staff member"))
        add.clicked.connect(self.add_staff)
        for w in (self.new_name, self.new_role, self.new_pin, add):
            right.addWidget(w)
        right.addWidget(hint(self.tr("Only the owner changes settings and staff.")))
        verify = big_button(self.tr("Verify the whole store"))
        verify.clicked.connect(self.verify)
        right.addWidget(verify)
        self.verify_result = QLabel()
        self.verify_result.setWordWrap(True)
        right.addWidget(self.verify_result)
        outer.addLayout(right, 2)

    def load(self) -> None:
        values = shop.settings()
        self.shop_name.setText(values["shop.name"])
        self.address.setPlainText(values["shop.address"])
        self.language.setCurrentIndex(max(0, self.language.findData(values["shop.language"])))
        self.watermark.setText(values["proof.watermark"])
        self.dpi.setValue(int(values["proof.dpi"]))
        self.idle.setValue(int(values["lock.idle_minutes"]))
        self.backup_folder.setText(values["backup.folder"])
        self.backup_keep.setValue(int(values["backup.keep"]))
        self._show_logo(values["shop.logo_sha256"])
        self.press.load(values)
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(QSettings().value("ui/language", ""))))
        self.terms_de.setPlainText(values["terms.de"] or shop.terms("de"))
        self.terms_en.setPlainText(values["terms.en"] or shop.terms("en"))
        self.staff_list.clear()
        for member in staff.list_staff():
            self.staff_list.addItem(f"{member.name} – {self.new_role.itemText(self.new_role.findData(member.role))}")
        show_message(self.message, "")

    def save(self) -> None:
        changes = {
            "shop.name": self.shop_name.text().strip(),
            "shop.address": self.address.toPlainText().strip(),
            "shop.language": self.language.currentData(),
            "proof.watermark": self.watermark.text().strip(),
            "proof.dpi": self.dpi.value(),
            "lock.idle_minutes": self.idle.value(),
            "backup.folder": self.backup_folder.text().strip(),
            "backup.keep": self.backup_keep.value(),
            "terms.de": self.terms_de.toPlainText().strip(),
            "terms.en": self.terms_en.toPlainText().strip(),
            **self.press.changes(),
        }
        try:
            shop.change_settings(self.session.actor, changes)
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        self.session.set_idle_minutes(self.idle.value())
        QSettings().setValue("ui/language", self.ui_language.currentData())
        self.session.changed.emit()
        show_message(self.message, self.tr("Saved."), ok=True)

    def _choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    def _show_logo(self, sha: str) -> None:
        from ..store.blobs import blob_bytes

        if not sha:
            self.logo.setText(self.tr("no logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(blob_bytes(sha))
        self.logo.setPixmap(
            pixmap.scaled(150, 54, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Shop logo"), str(Path.home()), "Images (*.png *.jpg *.jpeg *.tif *.tiff)"
        )
        if name:
            self.set_logo(Path(name))

    def set_logo(self, path: Path) -> None:
        from ..services.artwork import read_file

        try:
            sha = shop.set_logo(self.session.actor, path.name, read_file(path))
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        self._show_logo(sha)
        show_message(self.message, self.tr("The logo appears on the next proof."), ok=True)

    def verify(self) -> None:
        """Re-hash everything in the background and say what, if anything, was altered."""
        from ..services.verify import verify_store
        from ..workers.tasks import run_task

        self.verify_result.setText(self.tr("Checking every record and file…"))

        def shown(report) -> None:  # noqa: ANN001
            if report.ok:
                self.verify_result.setStyleSheet("color: #2e7d32; font-weight: 600;")
                self.verify_result.setText(
                    self.tr("✔ Verified: nothing was altered.")
                    + "\n"
                    + self.tr("{n} records and files checked.").format(n=sum(report.counts.values()))
                )
            else:
                self.verify_result.setStyleSheet("color: #c62828; font-weight: 600;")
                lines = [f"{p.order or '–'} · {p.kind}: {p.what}" for p in report.problems[:20]]
                self.verify_result.setText(self.tr("⛔ Altered items found:") + "\n" + "\n".join(lines))

        run_task(verify_store, shown, self.verify_result.setText)

    def add_staff(self) -> None:
        try:
            staff.add_staff(
                self.session.actor, self.new_name.text(), Role(self.new_role.currentData()), self.new_pin.text()
            )
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        self.new_name.clear()
        self.new_pin.clear()
        self.load()
        show_message(self.message, self.tr("Staff member added."), ok=True)
