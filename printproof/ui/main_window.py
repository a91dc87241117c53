"""The main window: first run, sign-in, and the workspace (orders, pickup, settings)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ..domain.enums import Role
from ..services import shop
from .order_screen import OrderScreen
from .orders import OrdersScreen
from .pickup_screen import PickupScreen
from .present import PresentDialog
from .session import Session
from .settings_screen import SettingsScreen
from .signin import FirstRunScreen, SignInScreen


class MainWindow(QMainWindow):
    def __init__(self, store_label: str, store_url: str | None = None, auto_backup: bool = False) -> None:
        super().__init__()
        self.setWindowTitle("PrintProof")
        self.session = Session(int(shop.settings()["lock.idle_minutes"]))
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.first_run = FirstRunScreen()
        self.sign_in = SignInScreen()
        self.workspace = QWidget()
        self.pages.addWidget(self.first_run)
        self.pages.addWidget(self.sign_in)
        self.pages.addWidget(self.workspace)

        top = QHBoxLayout()
        self.tabs: dict[str, QPushButton] = {}
        self.body = QStackedWidget()
        self.orders = OrdersScreen(self.session)
        self.order = OrderScreen(self.session)
        self.pickup = PickupScreen(self.session)
        self.settings = SettingsScreen(self.session)
        for w in (self.orders, self.order, self.pickup, self.settings):
            self.body.addWidget(w)
        for key, text, shortcut in (
            ("orders", self.tr("Orders"), "F2"),
            ("pickup", self.tr("Pickup"), "F3"),
            ("settings", self.tr("Settings"), ""),
        ):
            button = QPushButton(f"{text}  ({shortcut})" if shortcut else text)
            button.setCheckable(True)
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _c=False, k=key: self.show_tab(k))
            self.tabs[key] = button
            top.addWidget(button)
            if shortcut:
                action = QAction(self)
                action.setShortcut(QKeySequence(shortcut))
                action.triggered.connect(lambda _c=False, k=key: self.show_tab(k))
                self.addAction(action)
        top.addStretch()
        self.who = QLabel()
        top.addWidget(self.who)
        switch = QPushButton(self.tr("Switch user (Ctrl+L)"))
        switch.setMinimumHeight(40)
        switch.clicked.connect(self.session.sign_out)
        top.addWidget(switch)
        full = QAction(self)
        full.setShortcut(QKeySequence(QKeySequence.StandardKey.FullScreen))
        full.setShortcuts([QKeySequence("F11"), QKeySequence(QKeySequence.StandardKey.FullScreen)])
        full.triggered.connect(lambda: self.showNormal() if self.isFullScreen() else self.showFullScreen())
        self.addAction(full)
        lock = QAction(self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.session.sign_out)
        self.addAction(lock)
        layout = QVBoxLayout(self.workspace)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        self.statusBar().showMessage(self.tr("Store: {store}").format(store=store_label))
        self.backup_label = QLabel()
        self.statusBar().addPermanentWidget(self.backup_label)
        self.auto_backup = None
        if auto_backup and store_url:
            from .auto_backup import AutoBackup

            self.auto_backup = AutoBackup(store_url, self)
            self.auto_backup.status.connect(self._backup_status)
            self.auto_backup.start()

        self.first_run.done.connect(self._after_first_run)
        self.sign_in.signed_in.connect(self.session.sign_in)
        self.session.signed_in.connect(self._signed_in)
        self.session.signed_out.connect(self._signed_out)
        self.orders.open_order.connect(self.open_order)
        self.order.back.connect(lambda: self.show_tab("orders"))
        self.order.present.connect(self.present)

        self.poll = QTimer(self)
        self.poll.setInterval(30_000)
        self.poll.timeout.connect(self.refresh_from_store)
        self.poll.start()
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 880)
        if shop.is_set_up():
            self._signed_out()
        else:
            self.pages.setCurrentWidget(self.first_run)

    def _after_first_run(self, actor) -> None:  # noqa: ANN001
        if actor is not None:
            self.session.sign_in(actor)
        else:
            self._signed_out()

    def _signed_in(self, actor) -> None:  # noqa: ANN001
        self.who.setText(self.tr("Signed in: <b>{name}</b>").format(name=actor.name))
        self.tabs["settings"].setVisible(actor.role == Role.OWNER)
        self.pages.setCurrentWidget(self.workspace)
        self.show_tab(str(QSettings().value("window/tab", "orders")))

    def _signed_out(self) -> None:
        self.sign_in.reload()
        self.pages.setCurrentWidget(self.sign_in)

    def show_tab(self, key: str) -> None:
        if self.session.actor is None:
            return
        if key == "settings" and self.session.actor.role != Role.OWNER:
            key = "orders"
        for name, button in self.tabs.items():
            button.setChecked(name == key)
        widget = {"orders": self.orders, "pickup": self.pickup, "settings": self.settings}[key]
        if key == "orders":
            self.orders.refresh()
            self.orders.search.setFocus()
        elif key == "settings":
            self.settings.load()
        self.body.setCurrentWidget(widget)
        QSettings().setValue("window/tab", key)

    def open_order(self, number: str) -> None:
        self.order.load(number)
        for button in self.tabs.values():
            button.setChecked(False)
        self.tabs["orders"].setChecked(True)
        self.body.setCurrentWidget(self.order)

    def present(self, number: str, version: int) -> None:
        dialog = PresentDialog(self.session, number, version, self)
        dialog.recorded.connect(self._recorded)
        self.present_dialog = dialog
        dialog.show_on_customer_screen()

    def _recorded(self, approval) -> None:  # noqa: ANN001
        from .receipt import ApprovalReceipt

        self.order.reload()
        self.receipt = ApprovalReceipt(approval.id, self)
        self.receipt.show()

    def refresh_from_store(self) -> None:
        """Show what other workstations changed meanwhile (on return to the window, and every half minute)."""
        if not self.isVisible() or self.session.actor is None or self.pages.currentWidget() is not self.workspace:
            return
        import peewee as pw

        from ..domain.errors import UserError

        current = self.body.currentWidget()
        try:
            if current is self.orders:
                self.orders.refresh()
            elif current is self.order and self.order.number and not self.order.busy:
                self.order.reload()
            elif current is self.pickup and self.pickup.record is not None:
                self.pickup.look_up(self.pickup.record.order.number)
        except (pw.DatabaseError, UserError) as exc:  # the server or NAS is away for a moment: say so, keep going
            self.statusBar().showMessage(self.tr("The store cannot be reached right now: {error}").format(error=exc))

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.type() == event.Type.ActivationChange and self.isActiveWindow():
            self.refresh_from_store()
        super().changeEvent(event)

    def _backup_status(self, text: str, warning: bool) -> None:
        self.backup_label.setText(("⚠ " if warning else "") + text)
        self.backup_label.setStyleSheet("color: #c62828; font-weight: 600;" if warning else "color: #2e7d32;")

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self.poll.stop()
        QSettings().setValue("window/geometry", self.saveGeometry())
        if self.auto_backup is not None:
            self.auto_backup.stop()
            self.statusBar().showMessage(self.tr("Backing up before closing…"))
            self.auto_backup.run_now_blocking()
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.key() == Qt.Key.Key_F3:
            self.show_tab("pickup")
        super().keyPressEvent(event)
