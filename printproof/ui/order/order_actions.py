"""The order screen's tools: correct the order, take a reprint, mark the proof, compare versions, tell the customer
the order is ready. A part the screen holds (``screen.tools``), kept apart so the order screen stays readable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QGridLayout, QMessageBox, QPushButton, QWidget

from ...domain import rules
from ...domain.enums import DisputeOutcome, OrderStatus
from ...domain.rules import Step
from ...services.counter import mail, overview
from ...services.proofing import reorders
from ...workers.tasks import run_task
from ..widgets.common import MessageBar, show_message, small_button


class OrderHost(Protocol):
    """What the tools need of the screen that holds them (the order screen)."""

    session: Any  # the workstation's session: who is signed in, and its changed() signal
    number: str
    view_data: overview.OrderView | None
    busy: bool
    message: MessageBar
    cancel_button: QPushButton
    progress: QWidget

    def reload(self, version: int | None = None, after: Callable[[Any], None] | None = None) -> None: ...
    def load(self, number: str) -> None: ...
    def offer_copy(self, record_id: int | None) -> None: ...
    def _start(self, text: str, cancellable: bool = True) -> None: ...
    def _failed(self, failure: str) -> None: ...


def allowed(data: overview.OrderView | None, step: Step) -> bool:
    """Whether the services accept ``step`` now (the screens offer only that)."""
    if data is None:
        return False
    outcome = DisputeOutcome(data.outcome) if data.outcome else None
    return rules.can(OrderStatus(data.status), step, outcome)


class OrderTools(QObject):
    """The tools' buttons and what they do, on the order shown by ``screen`` (its data, session, message bar, and
    its busy state while a reprint is taken)."""

    def __init__(self, screen: OrderHost) -> None:
        super().__init__(screen if isinstance(screen, QObject) else None)
        self.screen = screen

    def place(self, grid: QGridLayout, row: int) -> None:
        self.edit_button = small_button(self.tr("Change order…"))
        self.edit_button.setToolTip(self.tr("Correct the customer, the specification, the due date or notes"))
        self.edit_button.clicked.connect(self.edit_order)
        self.reprint_button = small_button(self.tr("Reprint…"))
        self.reprint_button.setToolTip(self.tr("Nachdruck: a new order with the same specification and artwork"))
        self.reprint_button.clicked.connect(self.reprint)
        self.mark_button = small_button(self.tr("Mark the proof…"))
        self.mark_button.setToolTip(self.tr("Pen, circles and numbered pins: the changes the customer asks for"))
        self.mark_button.clicked.connect(self.mark_proof)
        self.compare_button = small_button(self.tr("Compare versions…"))
        self.compare_button.setToolTip(self.tr("Two versions side by side and what changed between them"))
        self.compare_button.clicked.connect(self.compare_versions)
        grid.addWidget(self.edit_button, row, 0)
        grid.addWidget(self.reprint_button, row, 1)
        grid.addWidget(self.mark_button, row + 1, 0)
        grid.addWidget(self.compare_button, row + 1, 1)

    def update(self) -> None:
        data = self.screen.view_data
        idle = not self.screen.busy and data is not None
        self.edit_button.setEnabled(idle and data.status != "picked_up")
        self.reprint_button.setEnabled(idle and bool(data.sides))
        self.mark_button.setEnabled(idle and bool(data.proofs) and allowed(data, Step.CHANGES))
        self.compare_button.setEnabled(idle and len(data.proofs) >= 2)

    def edit_order(self) -> None:
        from .order_tools import EditOrderDialog

        data = self.screen.view_data
        if data is None or not self.edit_button.isEnabled():
            return
        dialog = EditOrderDialog(self.screen.session, data, allowed(data, Step.SPEC), self.screen)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.screen.session.changed.emit()
        self.screen.reload()
        if dialog.changed:
            show_message(self.screen.message, self.tr("Order changed; the change is in its history."), ok=True)

    def reprint(self) -> None:
        from .order_tools import ReprintDialog

        data = self.screen.view_data
        if data is None or not self.reprint_button.isEnabled():
            return
        dialog = ReprintDialog(data, self.screen)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        actor, number = self.screen.session.actor, data.number
        quantity, due = dialog.quantity.value(), dialog.due.date().toPython()
        self.screen._start(self.tr("Taking the reprint and making its proof…"))
        self.screen.cancel_button.hide()
        run_task(
            lambda: reorders.reorder(actor, number, quantity=quantity, due=due),
            self._reprinted,
            self.screen._failed,
        )

    def _reprinted(self, made: reorders.Reordered) -> None:
        self.screen.busy = False
        self.screen.progress.hide()
        self.screen.session.changed.emit()
        self.screen.load(made.number)
        show_message(
            self.screen.message,
            self.tr("Reprint {number} of {source} taken; proof version 1 is ready.").format(
                number=made.number, source=made.source
            ),
            ok=True,
        )

    def mark_proof(self) -> None:
        from .order_tools import MarkupDialog
        from .other_approval import OtherApprovalDialog

        data = self.screen.view_data
        if data is None or not data.proofs or not self.mark_button.isEnabled():
            return
        version = data.proofs[0].version
        marking = MarkupDialog(data.number, version, None, self.screen, self.screen.session.actor)
        if marking.exec() != QDialog.DialogCode.Accepted or not marking.marks():
            return
        dialog = OtherApprovalDialog(
            self.screen.session, data.number, version, self.screen, marks=marking.marks(), language=data.language
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.screen.reload()
            show_message(self.screen.message, self.tr("The customer's answer is recorded with the marks."), ok=True)
            self.screen.offer_copy(dialog.record_id)

    def compare_versions(self) -> None:
        from .compare import CompareDialog

        data = self.screen.view_data
        if data is None or len(data.proofs) < 2:
            return
        CompareDialog(self.screen.session, data.number, [p.version for p in data.proofs], self.screen).exec()
        self.screen.reload()

    def offer_ready_mail(self, number: str) -> None:
        """After "ready for pickup": offer to tell the customer by e-mail (the address read and the e-mail sent
        off the GUI thread)."""

        def offer(address: str | None) -> None:
            if address and number == self.screen.number:
                self._ask_ready_mail(number, address)

        viewer = self.screen.session.actor
        run_task(lambda: mail.notice_address(number, viewer), offer, lambda _failure: None)

    def _ask_ready_mail(self, number: str, address: str) -> None:
        box = QMessageBox(self.screen)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Tell the customer"))
        box.setText(
            self.tr("Send the customer an e-mail that {number} is ready, to {address}?").format(
                number=number, address=address
            )
        )
        send = box.addButton(self.tr("Send e-mail"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(send)
        box.exec()
        if box.clickedButton() is not send:
            return
        actor = self.screen.session.actor
        show_message(self.screen.message, self.tr("Sending the e-mail…"))
        run_task(
            lambda: mail.notify_ready(actor, number),
            lambda to: (
                self.screen.reload(),
                show_message(self.screen.message, self.tr("E-mail sent to {address}.").format(address=to), ok=True),
            ),
            lambda text: show_message(self.screen.message, text),
        )
