"""Settings (owner): shop profile, proofs and terms, staff, backup and the full check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import settings as settings_registry
from ...domain import vocabulary
from ...domain.enums import Role
from ...domain.errors import UserError
from ...domain.i18n import t, tn
from ...services.admin import setup, staff
from ...services.core import shop
from ...workers.tasks import run_task
from .. import workstation
from ..widgets import palette
from ..widgets.common import OK, SERIOUS, ask, big_button, hint, message_line, pixmap_from, show_message, small_button
from ..widgets.setting_fields import field_for, show_value, value_of
from .outside_settings import OutsideSettings
from .press_settings import PressSettings
from .privacy_page import PrivacyPage


def _form_page() -> tuple[QWidget, QFormLayout]:
    """A settings page: fields at their natural height from the top, text fields wide, numbers short."""
    page = QWidget()
    outer = QVBoxLayout(page)
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    outer.addLayout(form)
    outer.addStretch()
    page.setMaximumWidth(1100)
    return page, form


def _scrolling(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


class SettingsScreen(QWidget):
    """Signals: ``backed_up()`` after Back up now wrote and checked a copy (the status bar's last backup follows)."""

    backed_up = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session = session
        self._loaded: dict[str, Any] = {}
        self.fields: dict[str, QWidget] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        self.tabs = QTabWidget()
        # Eight pages, every one in sight (at 1024 px in German the last two hid behind scroll arrows): where the
        # names do not fit whole they are shortened, and each says itself whole as its tool tip.
        self.tabs.setStyleSheet("QTabBar { font-size: 9.5pt; } QTabBar::tab { padding: 5px 7px; }")
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        outer.addWidget(self.tabs, 1)
        self.tabs.addTab(_scrolling(self._shop_page()), self.tr("Shop"))
        self.tabs.addTab(_scrolling(self._proof_page()), self.tr("Proofs and terms"))
        self.press = PressSettings(session)
        self.tabs.addTab(_scrolling(self.press), self.tr("Press and colours"))
        self.outside = OutsideSettings(session)
        self.fields.update(self.outside.fields)
        self.tabs.addTab(_scrolling(self.outside), self.tr("E-mail && timestamp"))
        self.tabs.addTab(self._staff_page(), self.tr("Staff"))
        self.tabs.addTab(_scrolling(self._backup_page()), self.tr("Backup and checks"))
        self.privacy = PrivacyPage(session, self._field)
        self.tabs.addTab(_scrolling(self.privacy), self.tr("Privacy"))
        from .complaint_figures import ComplaintFigures
        from .letter_templates import LetterTemplates

        self.complaints = ComplaintFigures(session)
        self.letters = LetterTemplates()
        self.complaints_page = QTabWidget()
        self.complaints_page.setDocumentMode(True)
        self.complaints_page.addTab(self.complaints, self.tr("Figures"))
        self.complaints_page.addTab(self.letters, self.tr("Answer letters"))
        self.tabs.addTab(self.complaints_page, self.tr("Complaints"))
        for index in range(self.tabs.count()):
            self.tabs.setTabToolTip(index, self.tabs.tabText(index).replace("&&", "&"))
        self.tabs.currentChanged.connect(self._page_changed)
        self.message = message_line()
        outer.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(hint(self.tr("Only the owner changes settings and staff.")), 1)
        self.save_button = big_button(self.tr("Save settings"), primary=True)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        outer.addLayout(row)

    def _page_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.complaints_page:
            self.complaints.refresh()
        if self.message.property("role") == "ok":  # "staff member added" belongs to the page it was said on
            self.message.clear_message()

    # --- pages ------------------------------------------------------------------------------
    def _field(self, form: QFormLayout, key: str, widget: QWidget | QHBoxLayout | None = None) -> QWidget:
        """A row for the setting ``key``, titled and limited by its definition in the settings registry."""
        definition = settings_registry.definition(key)
        if widget is None:
            widget = field_for(definition)
            self.fields[key] = widget
        if isinstance(widget, QCheckBox):  # a tick box says what it is itself: no second title beside it
            form.addRow("", widget)
        else:
            form.addRow(definition.title(), widget)
        return widget  # type: ignore[return-value]

    def _shop_page(self) -> QWidget:
        page, form = _form_page()
        logo_row = QHBoxLayout()
        self.logo = QLabel()
        self.logo.setFixedSize(160, 60)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet(f"background: white; border: 1px solid {palette.LINE};")
        pick = small_button(self.tr("Choose logo…"))
        pick.clicked.connect(self.choose_logo)
        logo_row.addWidget(self.logo)
        logo_row.addWidget(pick)
        logo_row.addStretch()
        self.shop_name = self._field(form, "shop.name")
        self._field(form, "shop.logo_sha256", logo_row)
        self.address = self._field(form, "shop.address")
        self.address.setMaximumHeight(80)
        self.language = self._field(form, "shop.language")
        self.state = self._field(form, "shop.state")
        self.answer_days = self._field(form, "complaints.answer_days")
        self.ui_language = self._field(form, "ui/language")
        self.idle = self._field(form, "lock.idle_minutes")
        return page

    def _proof_page(self) -> QWidget:
        page, form = _form_page()
        self.watermark = self._field(form, "proof.watermark")
        self.watermark.setPlaceholderText(self.tr("standard: PROOF – NOT FOR PRINT"))
        self.dpi = self._field(form, "proof.dpi")
        self.terms_de = self._field(form, "terms.de")
        self.terms_de.setMinimumHeight(110)
        self.terms_en = self._field(form, "terms.en")
        self.terms_en.setMinimumHeight(110)
        return page

    def _staff_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.staff_list = QListWidget()
        self.staff_list.currentRowChanged.connect(lambda _r: self._update_staff_buttons())
        layout.addWidget(self.staff_list, 1)
        actions = QHBoxLayout()
        self.reset_pin_button = small_button(self.tr("New PIN…"))
        self.reset_pin_button.setToolTip(self.tr("Set a new PIN for the selected person; lifts a lock-out"))
        self.reset_pin_button.clicked.connect(self.reset_pin)
        self.role_box = QComboBox()
        for role, text in vocabulary.names("role").items():
            self.role_box.addItem(text, role)
        self.role_box.setToolTip(self.tr("The selected person's role"))
        self.role_box.activated.connect(self.change_role)
        self.active_button = small_button(self.tr("Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        self.recovery_button = small_button(self.tr("New recovery code…"))
        self.recovery_button.setToolTip(self.tr("Print a new recovery code for yourself; the old one stops working"))
        self.recovery_button.clicked.connect(self.new_recovery_code)
        for widget in (self.reset_pin_button, self.role_box, self.active_button):
            actions.addWidget(widget)
        actions.addStretch()
        actions.addWidget(self.recovery_button)
        layout.addLayout(actions)
        layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Add a staff member"))))
        add_row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name"))
        self.new_role = QComboBox()
        for role, text in vocabulary.names("role").items():
            self.new_role.addItem(text, role)
        self.new_pin = QLineEdit()
        self.new_pin.setPlaceholderText(self.tr("PIN"))
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        add = self.add_button = small_button(self.tr("Add"))
        add.clicked.connect(self.add_staff)
        self.new_pin.returnPressed.connect(self.add_staff)
        add_row.addWidget(self.new_name, 2)
        add_row.addWidget(self.new_role, 1)
        add_row.addWidget(self.new_pin, 1)
        add_row.addWidget(add)
        layout.addLayout(add_row)
        return page

    def _backup_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        backup_row = QHBoxLayout()
        self.backup_folder = field_for(settings_registry.definition("backup.folder"))
        self.fields["backup.folder"] = self.backup_folder
        self.backup_folder.setPlaceholderText(self.tr("standard: the data folder (better: a USB disk or the NAS)"))
        choose = small_button(self.tr("Choose…"))
        choose.clicked.connect(self._choose_backup_folder)
        backup_row.addWidget(self.backup_folder, 1)
        backup_row.addWidget(choose)
        self._field(form, "backup.folder", backup_row)
        self.backup_keep = self._field(form, "backup.keep")
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("The app backs up once a day and when it closes.")))
        copies = QHBoxLayout()
        self.backup_now_button = big_button(self.tr("&Back up now"))
        self.backup_now_button.setToolTip(self.tr("A verified copy of everything into the backup folder"))
        self.backup_now_button.clicked.connect(self.backup_now)
        self.restore_button = big_button(self.tr("&Restore…"))
        self.restore_button.setToolTip(self.tr("Choose a backup, see what it holds, and restore it"))
        self.restore_button.clicked.connect(self.choose_restore)
        copies.addWidget(self.backup_now_button)
        copies.addWidget(self.restore_button)
        copies.addStretch()
        layout.addLayout(copies)
        self.backup_result = QLabel()
        self.backup_result.setWordWrap(True)
        self.backup_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.backup_result)
        verify = big_button(self.tr("Verify the whole store"))
        verify.clicked.connect(self.verify)
        layout.addWidget(verify, alignment=Qt.AlignmentFlag.AlignLeft)
        self.verify_result = QLabel()
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.verify_result)
        self.reinstall_button = big_button(self.tr("Re-install the protections"))
        self.reinstall_button.setToolTip(self.tr("Make the database refuse edits of sealed records again"))
        self.reinstall_button.clicked.connect(self.reinstall_protections)
        self.reinstall_button.hide()
        layout.addWidget(self.reinstall_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        return page

    # --- values ------------------------------------------------------------------------------
    def _values(self) -> dict[str, Any]:
        fields = {key: value_of(widget) for key, widget in self.fields.items()}
        return {**fields, **self.press.changes(), **self.letters.changes()}

    def load(self) -> None:
        values = {**shop.settings(), "ui/language": workstation.get("ui/language")}
        values["terms.de"] = values["terms.de"] or shop.terms("de")
        values["terms.en"] = values["terms.en"] or shop.terms("en")
        for key, widget in self.fields.items():
            show_value(widget, values[key])
        self._show_logo(values["shop.logo_sha256"])
        self.press.load(values)
        self.letters.load(values)
        self.privacy.refresh()
        self._load_staff()
        self._loaded = self._values()
        self.message.clear_message()

    def _load_staff(self) -> None:
        names = vocabulary.names("role")
        self.staff_list.clear()
        self._staff: list[staff.StaffView] = staff.list_staff(include_inactive=True)
        for member in self._staff:
            text = f"{member.name} – {names.get(Role(member.role), member.role)}"
            if not member.active:
                text += " · " + self.tr("deactivated")
            if member.locked_until is not None:
                text += " · " + self.tr("locked after wrong PINs")
            self.staff_list.addItem(text)
        self._staff_names = [m.name for m in self._staff]
        self._update_staff_buttons()

    def _selected(self) -> staff.StaffView | None:
        row = self.staff_list.currentRow()
        return self._staff[row] if 0 <= row < len(self._staff) else None

    def _update_staff_buttons(self) -> None:
        member = self._selected()
        for widget in (self.reset_pin_button, self.role_box, self.active_button):
            widget.setEnabled(member is not None)
        if member is not None:
            self.role_box.setCurrentIndex(self.role_box.findData(Role(member.role).value))
            self.active_button.setText(self.tr("Deactivate") if member.active else self.tr("Reactivate"))

    def _staff_change(self, change, done: str) -> None:  # noqa: ANN001
        member = self._selected()
        if member is None:
            return
        try:
            change(member)
        except UserError as exc:
            show_message(self.message, str(exc))
            self._load_staff()
            return
        row = self.staff_list.currentRow()
        self._load_staff()
        self.staff_list.setCurrentRow(row)
        show_message(self.message, done.format(name=member.name), ok=True)

    def change_role(self, _index: int) -> None:
        role = Role(self.role_box.currentData())
        self._staff_change(
            lambda m: staff.set_role(self.session.actor, m.name, role),
            self.tr("{name} now works as: {role}").replace("{role}", vocabulary.names("role")[role]),
        )

    def toggle_active(self) -> None:
        member = self._selected()
        if member is None:
            return
        self._staff_change(
            lambda m: staff.set_active(self.session.actor, m.name, not m.active),
            self.tr("{name} can no longer sign in.") if member.active else self.tr("{name} can sign in again."),
        )

    def new_recovery_code(self) -> None:
        from ..recovery import RecoveryCodeDialog

        try:
            code = staff.new_recovery_code(self.session.actor)
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        RecoveryCodeDialog(self.shop_name.text(), self.session.actor.name, code, self).exec()

    def is_dirty(self) -> bool:
        return bool(self._loaded) and self._values() != self._loaded

    def may_leave(self) -> bool:
        """Leaving Settings with changes not saved asks first: save, discard, or stay."""
        if not self.is_dirty():
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved settings"))
        box.setText(self.tr("You changed settings without saving them."))
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Stay here"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(stay)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return self.save()
        if clicked is discard:
            self.load()
            return True
        return False

    def save(self) -> bool:
        problem = self.letters.first_problem()  # shown in its editor, not found out when a customer's letter is due
        if problem:
            self.tabs.setCurrentWidget(self.complaints_page)
            self.complaints_page.setCurrentWidget(self.letters)
            show_message(self.message, problem)
            return False
        values = self._values()
        ui_language = values.pop("ui/language")
        try:
            setup.change_settings(self.session.actor, values)
        except UserError as exc:
            show_message(self.message, str(exc))
            return False
        self.session.set_idle_minutes(self.idle.value())
        workstation.put("ui/language", ui_language)
        self.session.changed.emit()
        self._loaded = self._values()
        show_message(self.message, self.tr("Saved."), ok=True)
        return True

    # --- logo, backup, verify -----------------------------------------------------------------
    def _choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    def _show_logo(self, sha: str) -> None:
        picture = shop.logo_bytes(sha) if sha else None
        if not picture:
            self.logo.setText(self.tr("no logo"))
            return
        self.logo.setPixmap(
            pixmap_from(picture).scaled(
                150, 54, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Shop logo"), str(Path.home()), self.tr("Images (*.png *.jpg *.jpeg *.tif *.tiff)")
        )
        if name:
            self.set_logo(Path(name))

    def set_logo(self, path: Path) -> None:
        from ...services.artwork.artwork import read_file

        try:
            sha = setup.set_logo(self.session.actor, path.name, read_file(path))
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        self._show_logo(sha)
        show_message(self.message, self.tr("The logo appears on the next proof."), ok=True)

    def _backing_up(self, busy: bool, text: str = "", ok: bool | None = None) -> None:
        for button in (self.backup_now_button, self.restore_button):
            button.setEnabled(not busy)
        colour = {True: f"color: {palette.OK}; font-weight: 600;", False: f"color: {palette.ERROR}; font-weight: 600;"}
        self.backup_result.setStyleSheet(colour.get(ok, "") if ok is not None else "")
        self.backup_result.setText(text)

    def backup_now(self) -> None:
        """A verified backup into the owner's backup folder, made in the background; where it went is said."""
        from ...services.core.backup_files import backup_folder
        from ...services.evidence.backup import make_backup

        actor = self.session.actor
        if self.backup_folder.text().strip() != str(shop.settings().get("backup.folder") or "").strip():
            self._backing_up(False, self.tr("Save the settings first: the backup goes to the saved folder."), False)
            return
        self._backing_up(True, self.tr("Backing up and checking the copy…"))

        def work():  # noqa: ANN202
            folder = backup_folder()
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                from ...services.core.files import not_written

                raise UserError(not_written(exc, folder)) from exc
            return make_backup(actor, folder)

        def made(result) -> None:  # noqa: ANN001
            size = f"{result.size / 1e6:.1f} MB"
            text = self.tr("Backup written and verified: {path} ({size}, audit chain up to event {seq}).")
            self._backing_up(False, f"{OK} " + text.format(path=result.path, size=size, seq=result.head.seq), True)
            self.session.changed.emit()
            self.backed_up.emit()

        run_task(work, made, lambda failure: self._backing_up(False, f"{SERIOUS} {failure}", False))

    def choose_restore(self) -> None:
        """Choose a backup file; what it holds is read from a checked copy, then the owner confirms."""
        from ...services.core.backup_files import backup_folder

        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            str(backup_folder()),
            self.tr("PrintProof backups (*.sqlite3);;All files (*)"),
        )
        if name:
            self.restore_from(name)

    def restore_from(self, name: str) -> None:
        """Read what the backup ``name`` holds (in the background), then ask before restoring it."""
        from ...services.admin.restore import describe_backup

        actor = self.session.actor
        self._backing_up(True, self.tr("Reading and checking the backup…"))
        run_task(
            lambda: describe_backup(actor, name),
            self._confirm_restore,
            lambda failure: self._backing_up(False, f"{SERIOUS} {failure}", False),
        )

    def _confirm_restore(self, contents) -> None:  # noqa: ANN001
        from ..widgets.common import local_time

        if not contents.ok:
            said = self.tr("The backup “{name}” does not verify ({what}); nothing was replaced.")
            self._backing_up(False, f"{SERIOUS} " + said.format(name=contents.path.name, what=contents.problem), False)
            return
        self._backing_up(False)
        when = local_time(contents.last_event_at) if contents.last_event_at else "–"
        question = self.tr(
            "“{name}” holds the shop “{shop}” as it was on {when}: {orders}, {customers}, the audit "
            "chain up to event {seq} (SHA-256 {hash}…). Everything in it verifies.\n\nRestoring replaces what "
            "this store holds now; the current store is kept aside as a file first, and order numbers continue "
            "above every number ever issued. Everybody signs in again afterwards."
        ).format(
            name=contents.path.name,
            shop=contents.shop or "–",
            when=when,
            orders=tn("{count} order", "{count} orders", count=contents.orders),
            customers=tn("{count} customer", "{count} customers", count=contents.customers),
            seq=contents.head_seq,
            hash=contents.head_hash[:12],
        )
        if not contents.same_shop:
            question = (
                self.tr(
                    "This backup is another shop's store, not this one's: its audit chain begins with another first "
                    "event. Restore it only if this workstation is to become that shop."
                )
                + "\n\n"
                + question
            )
        if not ask(self, self.tr("Restore this backup?"), question, self.tr("Restore"), self.tr("Cancel")):
            return
        from ...services.admin.restore import restore_backup

        actor, path, other_shop = self.session.actor, contents.path, not contents.same_shop
        self._backing_up(True, self.tr("Restoring… other workstations wait a moment."))

        def restored(kept) -> None:  # noqa: ANN001
            text = self.tr("Restored from “{name}”. The store as it was before is kept in {kept}.")
            self._backing_up(False, f"{OK} " + text.format(name=path.name, kept=kept or "–"), True)
            self.session.sign_out()  # the staff and their PINs are the backup's now: nobody reads on as before
            self.session.changed.emit()

        run_task(
            lambda: restore_backup(actor, path, other_shop=other_shop),
            restored,
            lambda failure: self._backing_up(False, f"{SERIOUS} {failure}", False),
        )

    def verify(self) -> None:
        """Re-hash everything in the background and say what, if anything, was altered."""
        from ...services.evidence.verify import check_store

        self.verify_result.setStyleSheet("")
        self.verify_result.setText(self.tr("Checking every record and file…"))
        self.reinstall_button.hide()

        def shown(report) -> None:  # noqa: ANN001
            self.reinstall_button.setVisible(any(p.kind == "protection" for p in report.problems))
            if report.ok:
                self.verify_result.setStyleSheet(f"color: {palette.OK}; font-weight: 600;")
                self.verify_result.setText(
                    f"{OK} "
                    + self.tr("Verified: nothing was altered.")
                    + "\n"
                    + self.tr("{n} records and files checked.").format(n=sum(report.counts.values()))
                )
            else:
                self.verify_result.setStyleSheet(f"color: {palette.ERROR}; font-weight: 600;")
                lines = [f"{p.order or '–'} · {t(p.kind)}: {p.what}" for p in report.problems[:20]]
                self.verify_result.setText(f"{SERIOUS} " + self.tr("Altered items found:") + "\n" + "\n".join(lines))

        actor = self.session.actor
        run_task(lambda: check_store(actor), shown, self.verify_result.setText)

    def reinstall_protections(self) -> None:
        """After the owner confirms, put the store's protective triggers back and check again."""
        from ...services.evidence.protection import reinstall_triggers

        if not ask(
            self,
            self.tr("Re-install the protections?"),
            self.tr(
                "The database no longer refuses every edit of sealed records. Re-installing changes no record; "
                "the audit trail notes that you did it and what was missing."
            ),
            self.tr("Re-install"),
            self.tr("Cancel"),
        ):
            return
        try:
            found = reinstall_triggers(self.session.actor)
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        show_message(self.message, self.tr("{n} protections re-installed.").format(n=len(found)), ok=True)
        self.verify()

    # --- staff -------------------------------------------------------------------------------
    def add_staff(self) -> None:
        """Add the staff member in the background: hashing the PIN takes seconds on purpose (the window answers
        meanwhile and says what it is doing)."""
        if not self.add_button.isEnabled():
            return
        actor, name, role, pin = (
            self.session.actor,
            self.new_name.text(),
            Role(self.new_role.currentData()),
            self.new_pin.text(),
        )

        def added(_result: object) -> None:
            self._adding(False)
            self.new_name.clear()
            self.new_pin.clear()
            self._load_staff()
            show_message(self.message, self.tr("Staff member added."), ok=True)

        def failed(failure: str) -> None:
            self._adding(False)
            show_message(self.message, failure)

        self._adding(True)
        self.message.show_text(
            self.tr("Adding {name}: the PIN is being secured (a few seconds)…").format(name=name), "busy"
        )
        run_task(lambda: staff.add_staff(actor, name, role, pin), added, failed)

    def _adding(self, busy: bool) -> None:
        for widget in (self.add_button, self.new_name, self.new_role, self.new_pin):
            widget.setEnabled(not busy)

    def reset_pin(self) -> None:
        row = self.staff_list.currentRow()
        if row < 0:
            return
        name = self._staff_names[row]
        dialog = PinDialog(name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        actor, pin = self.session.actor, dialog.pin()

        def done(_result: object) -> None:
            self._load_staff()
            show_message(
                self.message, self.tr("{name} has a new PIN; a lock-out is lifted.").format(name=name), ok=True
            )

        self.message.show_text(self.tr("Setting the new PIN of {name}…").format(name=name), "busy")
        run_task(lambda: staff.reset_pin(actor, name, pin), done, lambda failure: show_message(self.message, failure))


class PinDialog(QDialog):
    """Type a new PIN twice."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New PIN for {name}").format(name=name))
        form = QFormLayout(self)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("New PIN"), self.first)
        form.addRow(self.tr("PIN again"), self.second)
        self.message = message_line()
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set PIN"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        if self.first.text() != self.second.text():
            show_message(self.message, self.tr("The two PINs differ; please type them again."))
            return
        self.accept()

    def pin(self) -> str:
        return self.first.text()
