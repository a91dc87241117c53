"""First run and sign-in: the two screens before the shop opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain import vocabulary
from ..domain.enums import Role
from ..domain.errors import UserError
from ..services.admin import setup, staff
from ..services.artwork.artwork import read_file
from ..services.core import shop
from ..services.core.context import Actor
from ..workers.tasks import run_task
from .widgets.common import big_button, hint, language_box, message_line, show_message, small_button, text_box, title


class FirstRunScreen(QWidget):
    """Set up a new shop, or open the demo shop. Signals: ``done(object)`` with the owner's Actor or None."""

    done = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        content = QWidget()
        scroll = QScrollArea()  # a small screen scrolls the form instead of cutting it off
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        page.addWidget(scroll)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(48, 28, 48, 28)
        outer.addWidget(title(self.tr("Welcome to PrintProof")))
        outer.addWidget(hint(self.tr("Set up your shop once. You can change everything later in Settings.")))
        form = QFormLayout()
        self.shop_name = QLineEdit()
        self.address = text_box(self.tr("Street, postcode and town (printed on every proof)"))
        self.address.setFixedHeight(70)
        self.owner = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin2 = QLineEdit()
        self.pin2.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = language_box()
        form.addRow(self.tr("Shop name"), self.shop_name)
        form.addRow(self.tr("Address"), self.address)
        logo_row = QHBoxLayout()
        self.logo_label = QLabel(self.tr("no logo"))
        self.logo_path: Path | None = None
        logo_button = big_button(self.tr("Choose logo…"))
        logo_button.clicked.connect(self._pick_logo)
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(logo_button)
        form.addRow(self.tr("Logo (optional)"), logo_row)
        form.addRow(self.tr("Owner's name"), self.owner)
        self.pin.setPlaceholderText(self.tr("6 to 12 digits, or a passphrase of 12 or more characters"))
        form.addRow(self.tr("Owner's PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin2)
        form.addRow(self.tr("Language of proofs"), self.language)
        outer.addLayout(form)
        self.message = message_line()
        outer.addWidget(self.message)
        row = QHBoxLayout()
        self.create = big_button(self.tr("Set up shop"), primary=True)
        self.create.clicked.connect(self._create)
        for field in (self.shop_name, self.owner, self.pin, self.pin2):
            field.returnPressed.connect(self._create)  # Enter in any one-line field sets up the shop
        for field in (self.pin, self.pin2):  # a message about the PINs goes when they are typed again
            field.textEdited.connect(lambda _t: self.message.clear_message())
        self.demo = big_button(self.tr("Open the demo shop"))
        self.demo.clicked.connect(self._demo)
        for button, action in ((self.create, self._create), (self.demo, self._demo)):
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter on a focused button presses it, as in a dialog
                QShortcut(QKeySequence(key), button, activated=action, context=Qt.ShortcutContext.WidgetShortcut)
        row.addWidget(self.create)
        row.addWidget(self.demo)
        row.addStretch()
        outer.addLayout(row)
        outer.addStretch()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if not self.shop_name.text():
            self.shop_name.setFocus()  # typing starts with the shop's name

    def _create(self) -> None:
        if not self.create.isEnabled():
            return
        if self.pin.text() != self.pin2.text():
            show_message(self.message, self.tr("The two PINs differ; please type them again."))
            self.pin2.clear()
            self.pin2.setFocus()
            return
        values = (
            self.shop_name.text(),
            self.owner.text(),
            self.pin.text(),
            self.language.currentData(),
            self.address.toPlainText(),
        )
        logo = self.logo_path

        def work():  # noqa: ANN202 - the shop's signing key is made here: seconds, so off the GUI thread
            made = setup.setup(*values)
            actor = made.actor
            logo_error = ""
            if logo is not None:
                try:
                    setup.set_logo(actor, logo.name, read_file(logo))
                except UserError as exc:  # the shop exists now; the logo can be set again in Settings
                    logo_error = str(exc)
            return actor, made.recovery_code, logo_error

        self._busy(True)
        self.message.show_text(self.tr("Setting up the shop…"), "busy")
        run_task(work, self._created, self._failed)

    def _created(self, result) -> None:  # noqa: ANN001
        from .recovery import RecoveryCodeDialog

        actor, code, logo_error = result
        self._busy(False)
        if logo_error:
            show_message(self.message, logo_error)
        self.recovery = RecoveryCodeDialog(self.shop_name.text().strip(), actor.name, code, self)
        self.recovery.exec()  # shown once, before anything else: the owner's way back in
        # The window manager may leave the keyboard nowhere when the dialog closes (seen with openbox): the
        # window asks for it back, so the first thing typed after setup reaches the orders screen.
        self.window().activateWindow()
        self.done.emit(actor)

    def _busy(self, busy: bool) -> None:
        self.create.setEnabled(not busy)
        self.demo.setEnabled(not busy)

    def _pick_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Shop logo"), str(Path.home()), "Images (*.png *.jpg *.jpeg *.tif *.tiff)"
        )
        if name:
            self.logo_path = Path(name)
            self.logo_label.setText(self.logo_path.name)

    def _demo(self) -> None:
        from ..services.admin import demo

        self.demo.setEnabled(False)
        self.create.setEnabled(False)
        # A sentence that stays until the demo is ready (as a confirmation it faded after 8 of the 20–30 s)
        self.message.show_text(self.tr("Preparing the demo shop (about half a minute)…"), "busy")
        run_task(lambda: demo.fill(0), self._demo_ready, self._failed)

    def _demo_ready(self, made: dict) -> None:  # type: ignore[type-arg]
        """The demo's people and their PINs, said once before the sign-in (they are written nowhere else)."""

        names = vocabulary.names("role")
        lines = [
            self.tr("{name} ({role}): PIN {pin}").format(name=p["name"], role=names[Role(p["role"])], pin=p["pin"])
            for p in made.get("staff", [])
        ]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("The demo shop is ready"))
        box.setText(self.tr("Sign in as one of these people:") + "\n\n" + "\n".join(lines))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_people = box
        box.finished.connect(lambda _r: self.done.emit(None))
        box.open()

    def _failed(self, text: str) -> None:
        self._busy(False)
        show_message(self.message, text)


class SignInScreen(QWidget):
    """Pick your name, type your PIN, Enter. Signals: ``signed_in(object)`` with the Actor."""

    signed_in = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(80, 50, 80, 50)
        self.heading = title(self.tr("Who is at the counter?"))
        outer.addWidget(self.heading)
        self.names = QListWidget()
        self.names.setMaximumHeight(260)
        font = self.names.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.names.setFont(font)
        self.names.setSpacing(4)
        # Picking a name (click, even on the one already picked; arrows; Enter) puts the cursor in the PIN.
        self.names.itemActivated.connect(lambda _i: self.pin.setFocus())
        self.names.itemClicked.connect(lambda _i: self.pin.setFocus())
        self.names.currentItemChanged.connect(lambda *_: (self.pin.clear(), self.message.clear_message()))
        self.names.installEventFilter(self)
        outer.addWidget(self.names)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setMaxLength(200)  # a PIN, or a passphrase
        self.pin.setMinimumHeight(44)
        self.pin.returnPressed.connect(self.try_sign_in)
        self.pin.textEdited.connect(lambda _t: self.message.clear_message())  # the last answer goes as one types
        outer.addWidget(self.pin)
        self.message = message_line()
        outer.addWidget(self.message)
        row = QHBoxLayout()
        self.go = big_button(self.tr("Sign in"), primary=True)
        self.go.clicked.connect(self.try_sign_in)
        row.addWidget(self.go)
        row.addStretch()
        self.unlock = small_button(self.tr("Locked out or PIN forgotten? Owner's recovery code…"))
        self.unlock.clicked.connect(self.unlock_with_code)
        row.addWidget(self.unlock)
        outer.addLayout(row)
        outer.addStretch()

    def reload(self) -> None:
        shop_name = str(shop.settings()["shop.name"])
        self.heading.setText(self.tr("{shop} – who is at the counter?").format(shop=shop_name))
        current = self.names.currentItem().text() if self.names.currentItem() else None
        self.names.clear()
        for member in staff.list_staff():
            item = QListWidgetItem(member.name)
            self.names.addItem(item)
            if member.name == current:
                self.names.setCurrentItem(item)
        if self.names.currentItem() is None and self.names.count():
            self.names.setCurrentRow(0)
        self.pin.clear()
        self.message.clear_message()
        self.pin.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Digits typed while the name list has the focus belong to the PIN, not to the list's search."""
        if watched is self.names and event.type() == QEvent.Type.KeyPress:
            text = event.text() if isinstance(event, QKeyEvent) else ""
            if text.isdigit():
                self.pin.setFocus()
                self.pin.insert(text)
                return True
        return super().eventFilter(watched, event)

    def try_sign_in(self) -> None:
        """Check the PIN off the GUI thread (a PIN hash is slow on purpose); the window stays responsive."""
        item = self.names.currentItem()
        if item is None:
            show_message(self.message, self.tr("Pick your name first."))
            return
        if not self.go.isEnabled():
            return
        name, pin = item.text(), self.pin.text()
        self.pin.clear()
        self.go.setEnabled(False)
        self.message.show_text(self.tr("Checking the PIN…"), "busy")

        def done(result: tuple[Actor, str | None]) -> None:
            actor, renewed_code = result
            self.go.setEnabled(True)
            self.message.clear_message()
            if renewed_code:  # the owner's old code opens no key: a new one, shown once like the first
                from .recovery import RecoveryCodeDialog

                shop_name = str(shop.settings().get("shop.name") or "")
                RecoveryCodeDialog(shop_name, actor.name, renewed_code, self, renewed=True).exec()
            self.signed_in.emit(actor)

        def failed(text: str) -> None:
            self.go.setEnabled(True)
            show_message(self.message, text)
            self.pin.setFocus()

        def work() -> tuple[Actor, str | None]:
            actor = staff.sign_in(name, pin)
            return actor, staff.renew_outdated_recovery_code(actor)

        run_task(work, done, failed)

    def unlock_with_code(self) -> None:
        """The owner's printed recovery code lifts a lock-out (and can set a new PIN)."""
        from PySide6.QtWidgets import QDialog

        from .recovery import UnlockDialog

        item = self.names.currentItem()
        if item is None:
            show_message(self.message, self.tr("Pick your name first."))
            return
        if UnlockDialog(item.text(), self).exec() == QDialog.DialogCode.Accepted:
            show_message(self.message, self.tr("{name} is unlocked; sign in now.").format(name=item.text()), ok=True)
            self.pin.setFocus()
