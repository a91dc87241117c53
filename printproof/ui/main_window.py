"""The main window: first run, sign-in, and the workspace (orders, an order, pickup, settings)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ..domain import vocabulary
from ..domain.enums import Role
from ..services.core import shop
from ..services.core.context import Actor
from . import workstation
from .counter.pickup_screen import PickupScreen
from .customers.customers import CustomersScreen
from .order.order_screen import OrderScreen
from .order.orders import OrdersScreen
from .order.present import PresentDialog, PresentRead, read_present
from .session import Session
from .settings.settings_screen import SettingsScreen
from .signin import FirstRunScreen, SignInScreen
from .widgets import palette
from .widgets.common import ElidedLabel, big_button, fit_to_screen

if TYPE_CHECKING:
    from ..services.evidence.identify import Identification

MIN_WIDTH, MIN_HEIGHT = 960, 600  # a 1024 × 768 screen with a window frame and a panel still fits


class MainWindow(QMainWindow):
    def __init__(self, store_label: str, store_url: str | None = None, auto_backup: bool = False) -> None:
        super().__init__()
        self.setWindowTitle("PrintProof")
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.session = Session(int(shop.settings()["lock.idle_minutes"]), self)
        self._presenting = False  # the customer's screen is being read before it opens
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
        self.customers = CustomersScreen(self.session)
        self.settings = SettingsScreen(self.session)
        for w in (self.orders, self.order, self.pickup, self.customers, self.settings):
            self.body.addWidget(w)
        for key, text, shortcut in (
            ("orders", self.tr("Orders"), "F2"),
            ("pickup", self.tr("Pickup"), "F3"),
            ("customers", self.tr("Customers"), "F4"),
            ("settings", self.tr("Settings"), "F9"),
        ):
            button = big_button(f"{text}  ({shortcut})" if shortcut else text)
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, k=key: self.show_tab(k))
            self.tabs[key] = button
            top.addWidget(button)
        self.who = ElidedLabel()
        self.who.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.who, 1)
        switch = big_button(self.tr("Switch user (Ctrl+L)"))
        switch.clicked.connect(self.session.sign_out)
        top.addWidget(switch)
        layout = QVBoxLayout(self.workspace)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)

        # Shortcuts that work on every screen of the workspace, whatever has the focus.
        self._shortcut("F2", lambda: self.show_tab("orders"))
        self._shortcut("F3", lambda: self.show_tab("pickup"))
        self._shortcut("F4", lambda: self.show_tab("customers"))
        self._shortcut("F9", self._settings_by_key)
        self._shortcut(QKeySequence.StandardKey.New, self.new_order)
        self._shortcut(QKeySequence.StandardKey.Find, self.find_order)
        self._shortcut("Ctrl+L", self.session.sign_out)
        full = QAction(self)
        full.setShortcuts([QKeySequence("F11"), QKeySequence(QKeySequence.StandardKey.FullScreen)])
        full.triggered.connect(lambda: self.showNormal() if self.isFullScreen() else self.showFullScreen())
        self.addAction(full)

        self.statusBar().showMessage(self.tr("Store: {store}").format(store=store_label))
        self.backup_label = QLabel()
        self.statusBar().addPermanentWidget(self.backup_label)
        self.auto_backup = None
        if auto_backup and store_url:
            from .settings.auto_backup import AutoBackup

            self.auto_backup = AutoBackup(store_url, self)
            self.auto_backup.status.connect(self._backup_status)
            self.settings.backed_up.connect(self.auto_backup.report)  # "Back up now" is the last backup too
            self.auto_backup.start()

        self.first_run.done.connect(self._after_first_run)
        self.sign_in.signed_in.connect(self.session.sign_in)
        self.session.signed_in.connect(self._signed_in)
        self.session.changed.connect(self._after_write)  # any write from any screen
        self.session.signed_out.connect(self.show_sign_in)
        self.orders.open_order.connect(self.open_order)
        self.orders.new_order_made.connect(self.open_order)
        self.order.back.connect(lambda: self.show_tab("orders"))
        self.order.present.connect(self.present)
        self.customers.open_order.connect(self.open_order)
        self.customers.new_order_for.connect(self.orders.new_order)

        self.poll = QTimer(self)
        self.poll.setInterval(30_000)
        self.poll.timeout.connect(self.refresh_from_store)
        self.poll.start()
        # Approval by link (issue 24): every minute, what the customers decided on the portal is sealed here.
        self.portal_poll = QTimer(self)
        self.portal_poll.setInterval(60_000)
        self.portal_poll.timeout.connect(self.sync_portal)
        self.portal_poll.start()
        self._portal_busy = False
        self._portal_last = 0.0
        geometry = workstation.get("window/geometry")
        restored = geometry is not None and self.restoreGeometry(geometry)
        area = self.screen().availableGeometry() if self.screen() else None
        if not restored or (area is not None and not area.contains(self.frameGeometry())):
            fit_to_screen(self, 1400, 880)  # a new workstation, or a smaller screen than last time
        if shop.is_set_up():
            self.show_sign_in()
        else:
            self.pages.setCurrentWidget(self.first_run)
        self.setAcceptDrops(True)  # a file dropped outside the artwork area: "what is this file?"

    def _shortcut(self, keys: str | QKeySequence.StandardKey, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda: slot() if self.session.actor is not None else None)
        self.addAction(action)
        return action

    def _after_first_run(self, actor: Actor) -> None:
        self._update_title()
        if self.auto_backup is not None:
            self.auto_backup.report()
            self.auto_backup.run()  # the first backup right after the setup, not of the empty store before it
        if actor is not None:
            self.session.sign_in(actor)
        else:
            self.show_sign_in()

    def _after_write(self) -> None:
        """Something was saved (settings too): the title names the shop as it is now; a link a new version or a
        status change made stale is taken back at once (at most every few seconds), not on the next minute."""
        self._update_title()
        import time

        if time.monotonic() - self._portal_last > 5:
            self.sync_portal()

    def _update_title(self) -> None:
        name = str(shop.settings()["shop.name"])
        self.setWindowTitle(f"PrintProof – {name}" if name else "PrintProof")

    def _signed_in(self, actor: Actor) -> None:
        self._update_title()

        role = vocabulary.names("role")[Role(actor.role)]
        # The name first: where the bar is narrow (1024 px) it is what stays in sight; the sentence is its tool tip.
        self.who.setText(f"{actor.name} ({role})")
        self.who.setToolTip(self.tr("Signed in: {name} ({role})").format(name=actor.name, role=role))
        self.tabs["settings"].setVisible(actor.role == Role.OWNER)
        if actor.role == Role.OWNER:
            self._say_open_complaints(actor)
        self.pages.setCurrentWidget(self.workspace)
        # What a screen offers depends on who is signed in (the owner decides, voids, prints dossiers).
        self.order.session_changed()
        self.pickup.session_changed()
        current = self.body.currentWidget()
        if current is self.order and self.order.number:
            self.open_order(self.order.number)
        elif current is self.pickup:
            self.show_tab("pickup")
        else:
            self.show_tab(str(workstation.get("window/tab")))

    def show_sign_in(self) -> None:
        self.sign_in.reload()
        self.pages.setCurrentWidget(self.sign_in)
        self.sign_in.pin.setFocus()

    def _settings_by_key(self) -> None:
        """F9: the settings, for the owner (for anybody else the key does nothing, as the button is hidden)."""
        if self.session.actor is not None and self.session.actor.role == Role.OWNER:
            self.show_tab("settings")

    def show_tab(self, key: str) -> None:
        if self.session.actor is None:
            return
        if key == "settings" and self.session.actor.role != Role.OWNER:
            key = "orders"
        if self.body.currentWidget() is self.settings and key != "settings" and not self.settings.may_leave():
            self.tabs["settings"].setChecked(True)
            return
        for name, button in self.tabs.items():
            button.setChecked(name == key)
        widget = {
            "orders": self.orders,
            "pickup": self.pickup,
            "customers": self.customers,
            "settings": self.settings,
        }[key]
        came_from = self.body.currentWidget()
        self.body.setCurrentWidget(widget)
        if key == "orders":
            self.orders.refresh_in_background()
            self.orders.search.setFocus()
            self.orders.search.selectAll()  # typing starts a new search, not one appended to the last
        elif key == "settings":
            self.settings.load()
        elif key == "pickup":
            if came_from is not self.pickup and not self.pickup.busy:
                self.pickup.clear()  # F3 from elsewhere: the queue, ready for the next customer, not the last one
            self.pickup.search.setFocus()
            self.pickup.search.selectAll()
        elif key == "customers":
            self.customers.refresh()
            self.customers.search.setFocus()
            self.customers.search.selectAll()
        workstation.put("window/tab", key)

    def new_order(self) -> None:
        if self.body.currentWidget() is self.settings and not self.settings.may_leave():
            return
        self.orders.new_order()

    def find_order(self) -> None:
        self.show_tab("orders")

    def open_order(self, number: str) -> None:
        if self.body.currentWidget() is self.settings and not self.settings.may_leave():
            return
        self.order.load(number)
        for name, button in self.tabs.items():
            button.setChecked(name == "orders")
        self.body.setCurrentWidget(self.order)

    def present(self, number: str, version: int) -> None:
        """The customer's screen: its proof, findings and terms are read in the background, then it opens."""
        from ..workers.tasks import run_task
        from .widgets.common import show_message

        if self._presenting:
            return  # F5 pressed again while it opens
        self._presenting = True

        def show(read: PresentRead) -> None:
            self._presenting = False
            dialog = PresentDialog(self.session, number, version, read, self)
            dialog.recorded.connect(self._recorded)
            self.present_dialog = dialog
            dialog.show_on_customer_screen()

        def failed(failure: str) -> None:
            self._presenting = False
            show_message(self.order.message, failure)

        viewer = self.session.actor
        run_task(lambda: read_present(number, version, viewer), show, failed)

    def _recorded(self, approval_id: int) -> None:
        """The customer's decision is saved: the order and the receipt are read back in the background."""
        from ..workers.tasks import run_task
        from .order.receipt import ApprovalReceipt, ReceiptData, read_receipt
        from .widgets.common import show_message

        self.order.reload()

        def show(receipt: ReceiptData) -> None:
            self.receipt = ApprovalReceipt(receipt, self, session=self.session)
            self.receipt.show()

        viewer = self.session.actor
        run_task(
            lambda: read_receipt(approval_id, viewer), show, lambda failure: show_message(self.order.message, failure)
        )

    def refresh_from_store(self) -> None:
        """Show what other workstations changed meanwhile (on return to the window, and every half minute).

        Every screen reads in the background and redraws only what changed."""
        if not self.isVisible() or self.session.actor is None or self.pages.currentWidget() is not self.workspace:
            return
        current = self.body.currentWidget()
        if current is self.orders:
            self.orders.refresh_in_background(self._store_away)
        elif current is self.order and self.order.number and not self.order.busy:
            self.order.refresh(self._store_away)
        elif current is self.pickup:
            self.pickup.refresh(self._store_away)
        elif current is self.customers:
            from ..domain.errors import UserError
            from ..services.core.opening import reading

            try:
                with reading():
                    self.customers.refresh()
            except UserError as exc:
                self._store_away(str(exc))

    def _say_open_complaints(self, actor: Actor) -> None:
        """The owner signs in: the open complaints, and every one whose promised answer date has passed."""
        from ..services.counter import complaint_cases, complaint_links
        from ..workers.tasks import run_task
        from .widgets.common import local_date

        def said(found: tuple[list[complaint_cases.CaseRow], list[complaint_links.Waiting]]) -> None:
            cases, stuck = found
            parts = []
            if stuck:  # a complaint by link the order could not take: the owner sees why, every sign-in
                parts.append(
                    self.tr("A complaint by link could not be recorded for {order}: {problem}").format(
                        order=stuck[0].order, problem=stuck[0].problem
                    )
                )
            overdue = [c for c in cases if c.overdue]
            if overdue:
                parts.append(
                    self.tr("Complaints waiting for your answer: {count}; overdue: {late}").format(
                        count=len(cases),
                        late=", ".join(f"{c.number} ({local_date(c.answer_by)})" for c in overdue[:5]),
                    )
                )
            elif cases:
                first = cases[0]
                parts.append(
                    self.tr("Complaints waiting for your answer: {count}; the next by {date} ({case})").format(
                        count=len(cases), date=local_date(first.answer_by), case=first.number
                    )
                )
            if parts:
                self.statusBar().showMessage(" · ".join(parts))

        def read() -> tuple[list[complaint_cases.CaseRow], list[complaint_links.Waiting]]:
            return complaint_cases.open_cases(actor), complaint_links.waiting(actor)

        run_task(read, said, lambda _failure: None)

    def sync_portal(self) -> None:
        """Pull the decisions customers made by link, send links that waited, take back stale ones (background)."""
        from ..services.core import shop as shop_service
        from ..services.counter import remote_approval
        from ..workers.tasks import run_task

        actor = self.session.actor
        if actor is None or self._portal_busy or not self.isVisible():
            return
        if not shop_service.settings().get("portal.url"):
            return
        import time

        self._portal_busy, self._portal_last = True, time.monotonic()

        def done(report: remote_approval.SyncReport) -> None:
            self._portal_busy = False
            if report.recorded:
                self.statusBar().showMessage(
                    self.tr("Decided by link: {orders}").format(orders=", ".join(report.recorded)), 15_000
                )
            if report.complaints:
                self.statusBar().showMessage(
                    self.tr("Complaint by link: {cases}").format(cases=", ".join(report.complaints)), 15_000
                )
            if report.recorded or report.sent or report.withdrawn or report.refused or report.complaints:
                self.session.changed.emit()
            if report.problems:
                self.statusBar().showMessage(self.tr("Portal: {problem}").format(problem=report.problems[0]), 15_000)

        def failed(error: str) -> None:
            self._portal_busy = False
            self.statusBar().showMessage(self.tr("Portal: {problem}").format(problem=error), 15_000)

        run_task(lambda: remote_approval.sync(actor), done, failed)

    def _store_away(self, error: str) -> None:
        """The server or NAS is away for a moment: say so in the status bar, keep going."""
        self.statusBar().showMessage(self.tr("The store cannot be reached right now: {error}").format(error=error))

    # --- a dropped file is identified ------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.session.actor is not None and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.session.actor is not None:
            event.acceptProposedAction()
            if paths[0].lower().endswith(".eml") and self.body.currentWidget() is self.pickup:
                self.pickup.complaint_from_email(paths[0])  # a complaint that arrived in writing (issue 25)
                return
            self.identify(paths[0])

    def identify(self, path: str) -> None:
        """Say in a dialog which order, version and status the file is (in the background: signatures take time)."""
        from ..services.evidence.identify import identify_file
        from ..workers.tasks import run_task
        from .counter.identify_dialog import IdentifyDialog

        self.statusBar().showMessage(self.tr("Checking {name}…").format(name=path.rsplit("/", 1)[-1]))

        def shown(found: Identification) -> None:
            self.statusBar().clearMessage()
            self.identify_dialog = IdentifyDialog(path, found, self)
            self.identify_dialog.open_order.connect(self.open_order)
            self.identify_dialog.show()

        run_task(lambda: identify_file(path), shown, self.statusBar().showMessage)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == event.Type.ActivationChange and self.isActiveWindow():
            self.refresh_from_store()
        super().changeEvent(event)

    def _backup_status(self, text: str, warning: bool) -> None:
        self.backup_label.setText(("⚠ " if warning else "") + text)
        self.backup_label.setStyleSheet(
            f"color: {palette.ERROR}; font-weight: 600;" if warning else f"color: {palette.OK};"
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.body.currentWidget() is self.settings and not self.settings.may_leave():
            event.ignore()
            return
        self.poll.stop()
        self.portal_poll.stop()
        self.session.stop()
        workstation.put("window/geometry", self.saveGeometry())
        workstation.write_now()  # the program may end before background work runs
        if self.auto_backup is not None:
            from ..services.core.shop import set_up_at

            self.auto_backup.stop()
            if set_up_at() is not None:  # a store never set up holds nothing to keep
                self.statusBar().showMessage(self.tr("Backing up before closing…"))
                self.auto_backup.run_now_blocking()
        super().closeEvent(event)
