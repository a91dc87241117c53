"""Pickup: type or scan the order number, the approval fills the screen; hand over or record a complaint."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import rules, vocabulary
from ...domain.enums import DisputeOutcome, OrderStatus, Role
from ...domain.errors import UserError
from ...domain.rules import Step
from ...services.core.context import Actor
from ...services.core.opening import reading
from ...services.core.orders import OrderRow
from ...services.counter import pickup
from ...workers.tasks import Failure, Latest, run_task
from .. import workstation
from ..widgets import palette
from ..widgets.common import (
    OK,
    SERIOUS,
    WARNING,
    ElidedLabel,
    big_button,
    fit_to_screen,
    hint,
    image_from,
    local_date,
    local_time,
    message_line,
    save_in_background,
    show_message,
    status_chip_style,
)
from ..widgets.proof_viewer import ProofViewer
from ..widgets.signature_pad import SignaturePad
from .pickup_evidence import EvidenceImages, EvidencePanel, evidence_images

TWO_COLUMNS = 600  # px of card: from this width the facts stand in two columns (a 1440 px screen)


@dataclass(frozen=True)
class PickupRead:
    """An order as the pickup screen shows it, read in the background with its signature picture decoded; or,
    for a name typed that means several orders, those orders to pick from (``view`` is None)."""

    view: pickup.PickupView | None
    signature: QImage | None
    candidates: tuple[OrderRow, ...] = ()
    images: EvidenceImages = EvidenceImages()


def read_pickup(text: str, viewer: Actor | None, offer: bool = False) -> PickupRead:
    """Look up what was typed or scanned (background work: the approval's hashes are checked again, and the
    2000 × 700 px signature picture is decoded and scaled here, not on the GUI thread). ``offer``: what is
    not an order number may be a name (forgiving spelling: "mueller" finds Müller); one order it means is
    read at once, several are returned to pick from, none says why the text was not found. A part of a number
    ("00001", as the orders list finds it) is searched the same way."""
    with reading():
        try:
            view = pickup.pickup_view(text, viewer=viewer)
        except UserError:
            if not offer or "|" in text or len(text) > 80:  # a scanned code or an order number said so itself
                raise
            rows = pickup.pickup_candidates(text, viewer=viewer)
            if not rows:
                raise
            if len(rows) > 1:
                return PickupRead(None, None, tuple(rows))
            view = pickup.pickup_view(rows[0].number, viewer=viewer)
    png = view.approval.signature_png if view.approval else None
    return PickupRead(view, image_from(png, 320, 100) if png else None, images=evidence_images(view))


class PickupScreen(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session = session
        self.record: pickup.PickupView | None = None
        self._signature: QImage | None = None
        self._images = EvidenceImages()
        self._looked_up = ""  # what was typed or scanned for the order shown
        self.busy = False  # work of this screen runs (a certificate, a dialog's save)
        self.loading = False  # an order is being looked up
        self._reads = Latest()  # a read overtaken by a newer one is dropped
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Scan or type the order number – or the customer's name – then Enter"))
        self.search.setMinimumHeight(48)
        font = self.search.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.search.setFont(font)
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.look_up)
        outer.addWidget(self.search)
        # A name typed instead of a number: the orders it may mean (forgiving spelling), ready ones first.
        self.candidates = QListWidget()
        self.candidates.itemActivated.connect(lambda item: self.look_up(item.data(Qt.ItemDataRole.UserRole)))
        self.candidates.hide()
        outer.addWidget(self.candidates)
        # With nothing typed: the orders on the shelf, oldest first, overdue ones marked; typing filters them.
        self.queue_title = QLabel()
        self.queue_title.setProperty("role", "hint")
        outer.addWidget(self.queue_title)
        self.queue = QListWidget()
        self.queue.itemActivated.connect(lambda item: self.look_up(item.data(Qt.ItemDataRole.UserRole)))
        outer.addWidget(self.queue, 1)
        self.search.textChanged.connect(self._filter_queue)
        # ↓ in the search field goes to the list below it (only there: in the lists ↓ moves down the rows)
        QShortcut(
            QKeySequence(Qt.Key.Key_Down),
            self.search,
            activated=self._into_candidates,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self._queue_rows: list[pickup.QueueRow] = []
        self._case_rows: list = []  # type: ignore[type-arg]  # complaint_cases.CaseRow, the owner's open complaints
        self.message = message_line()
        outer.addWidget(self.message)
        body = QHBoxLayout()
        self.viewer = ProofViewer()
        self.viewer.set_empty_text(self.tr("The approved proof appears here."))
        # Under the approved proof, the photos of what was delivered: the two side by side at a glance.
        proof_column = QVBoxLayout()
        proof_column.addWidget(self.viewer, 1)
        self.photos = EvidencePanel()
        proof_column.addWidget(self.photos)
        body.addLayout(proof_column, 3)

        card = QFrame()
        card.setProperty("role", "card")
        card.setMinimumWidth(360)
        card.setMaximumWidth(980)  # a wide screen shows the facts in two columns beside the proof
        side = QVBoxLayout(card)
        side.setContentsMargins(8, 8, 8, 8)  # the buttons' words whole beside the proof at 1024 px
        self.heading = ElidedLabel()
        self.heading.setProperty("role", "title")
        self.status_chip = QLabel()
        head = QHBoxLayout()
        head.addWidget(self.status_chip)
        head.addStretch()
        side.addWidget(self.heading)
        side.addLayout(head)
        # A code of a version that is not the approved one: what became of it, at once (the customer shows a
        # printout of version 1).
        self.scanned = QLabel()
        self.scanned.setWordWrap(True)
        self.scanned.setStyleSheet(
            f"background: {palette.WARNING_BACKGROUND}; border: 2px solid {palette.WARNING_EDGE}; "
            "border-radius: 6px; padding: 6px; font-weight: 600;"
        )
        self.scanned.hide()
        side.addWidget(self.scanned)
        # The facts scroll; the buttons below them are always in view, on every screen size.
        facts_box = QWidget()
        self.facts_grid = QGridLayout(facts_box)  # one column, or two side by side where the card is wide
        self.facts_grid.setContentsMargins(0, 0, 0, 0)
        self.facts_grid.setHorizontalSpacing(14)
        self.approval_column = QWidget()
        facts_layout = QVBoxLayout(self.approval_column)
        facts_layout.setContentsMargins(0, 0, 0, 0)
        self.verified = QLabel()
        self.verified.setWordWrap(True)
        self.signature_caption = QLabel()
        self.signature_caption.setWordWrap(True)  # "Signature of the approval (proof version 1)" whole at 150 %
        self.signature_caption.setProperty("role", "hint")
        self.signature = QLabel()
        self.signature.setMinimumHeight(90)
        self.signature.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signature.setStyleSheet(f"background: white; border: 1px solid {palette.LINE}; border-radius: 6px;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        facts_layout.addWidget(self.verified)
        facts_layout.addWidget(self.signature_caption)
        facts_layout.addWidget(self.signature)
        facts_layout.addWidget(self.facts)
        self.approval_evidence = EvidencePanel()  # what the customer saw and ticked, under the approval
        facts_layout.addWidget(self.approval_evidence)
        facts_layout.addStretch()
        self.evidence = EvidencePanel()  # dates, hand-overs, complaints, copies
        self._columns = 0
        self._arrange(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(facts_box)
        side.addWidget(scroll, 1)
        self.hand_over = big_button(self.tr("Hand over – customer signs"), primary=True)
        self.hand_over.clicked.connect(self._hand_over)
        self.dispute = big_button(self.tr("Customer disputes"), danger=True)
        self.dispute.clicked.connect(self._dispute)
        self.decide = big_button(self.tr("Decide the complaint"))  # greyed for staff, the tool tip says why
        self.decide.clicked.connect(self._decide)
        self.certificate = big_button(self.tr("Signed approval certificate…"))
        self.certificate.clicked.connect(self._certificate)
        self.actions = QGridLayout()  # two by two (the facts above keep the height), one above the other if narrow
        self._action_buttons = (self.hand_over, self.dispute, self.decide, self.certificate)
        self._action_columns = 0
        self._arrange_actions(2)
        side.addLayout(self.actions)
        body.addWidget(card, 3)
        self.body = QWidget()
        self.body.setLayout(body)
        outer.addWidget(self.body, 1)
        self.card = card
        card.installEventFilter(self)  # the card's width decides one or two columns of facts
        self.clear()

    def _arrange(self, columns: int) -> None:
        """The approval's facts and the rest of the evidence side by side (two columns) or one below the other."""
        if columns == self._columns:
            return
        self._columns = columns
        for widget in (self.approval_column, self.evidence):
            self.facts_grid.removeWidget(widget)
        top = Qt.AlignmentFlag.AlignTop
        self.facts_grid.addWidget(self.approval_column, 0, 0, alignment=top)
        self.facts_grid.addWidget(self.evidence, 0 if columns == 2 else 1, 1 if columns == 2 else 0, alignment=top)
        self.facts_grid.setColumnStretch(1, 1 if columns == 2 else 0)
        self.facts_grid.setColumnStretch(0, 1)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802
        from PySide6.QtCore import QEvent

        if watched is self.card and event.type() == QEvent.Type.Resize:
            self._arrange(2 if self.card.width() >= TWO_COLUMNS else 1)
            widest = max(b.sizeHint().width() for b in self._action_buttons)
            margins = self.card.layout().contentsMargins()
            room = self.card.width() - margins.left() - margins.right() - self.actions.horizontalSpacing()
            self._arrange_actions(2 if 2 * widest <= room else 1)
        return super().eventFilter(watched, event)

    def _arrange_actions(self, columns: int) -> None:
        """The four actions two by two, or one above the other where two side by side would cut their words."""
        if columns == self._action_columns:
            return
        self._action_columns = columns
        for index, button in enumerate(self._action_buttons):
            self.actions.removeWidget(button)
            self.actions.addWidget(button, index // columns, index % columns)

    def clear(self) -> None:
        """Nothing looked up: the queue of orders ready for pickup."""
        self._reads.begin()
        self.loading = False
        self.record = None
        self.candidates.hide()
        self.viewer.set_pdf(None)
        self.photos.clear()
        self.card.setVisible(False)
        self.search.clear()
        self.search.setFocus()
        self.show_queue()

    def show_queue(self) -> None:
        """List the orders ready for pickup (read in the background), oldest first, overdue ones marked."""
        self.body.hide()
        self.queue_title.show()
        self.queue.show()
        if not self._queue_rows:  # the half-minute re-read keeps the list (and its title) until the answer
            self.queue_title.setText(self.tr("Reading the orders ready for pickup…"))
        current = self._reads.stamp()
        viewer = self.session.actor

        def show(read_rows: tuple[list[pickup.QueueRow], list]) -> None:  # type: ignore[type-arg]
            if not current() or self.record is not None:
                return
            self._queue_rows, self._case_rows = read_rows
            self._fill_queue()

        def read() -> tuple[list[pickup.QueueRow], list]:  # type: ignore[type-arg]
            from ...services.counter import complaint_cases

            with reading():
                owner = viewer is not None and viewer.role == Role.OWNER
                cases = complaint_cases.open_cases(viewer) if owner else []  # the owner's queue: answers due
                return pickup.pickup_queue(viewer), cases

        run_task(read, show, lambda failure: self.queue_title.setText(failure))

    def _fill_queue(self) -> None:
        from datetime import date

        today = date.today()
        current = self.queue.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None  # the row the user is on
        self.queue.clear()
        for case in self._case_rows:  # the owner's open complaints first, the one due first on top
            late = case.overdue
            text = self.tr("Complaint {case} · answer by {date} · {number} · {customer}").format(
                case=case.number, date=local_date(case.answer_by), number=case.order, customer=case.customer
            )
            item = QListWidgetItem(f"{WARNING} {text}" if late else text)
            item.setData(Qt.ItemDataRole.UserRole, case.order)
            item.setForeground(Qt.GlobalColor.darkRed if late else Qt.GlobalColor.darkBlue)
            self.queue.addItem(item)
        overdue = 0
        for row in self._queue_rows:
            who = row.customer + (f" – {row.company}" if row.company else "")
            late = row.overdue(today)
            overdue += late
            mark = f"{WARNING} " if late else ""
            due = self.tr("due {date}").format(date=local_date(row.due)) if row.due else ""
            since = self.tr("ready since {when}").format(when=local_time(row.ready_since))
            part = ""
            if 0 < row.handed_over < row.quantity:
                part = " · " + self.tr("{open} of {ordered} still open").format(
                    open=row.quantity - row.handed_over, ordered=row.quantity
                )
            item = QListWidgetItem(
                f"{mark}{row.number} · {who} · {row.product}{part} · {since}" + (f" · {due}" if due else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, row.number)
            if late:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.queue.addItem(item)
        if self._case_rows:
            late = sum(c.overdue for c in self._case_rows)
            self.queue_title.setText(
                self.tr(
                    "Open complaints: {cases} (overdue: {late}); ready for pickup: {n}. ↓ and Enter open one."
                ).format(cases=len(self._case_rows), late=late, n=len(self._queue_rows))
            )
        elif not self._queue_rows:
            self.queue_title.setText(self.tr("No order is ready for pickup. Scan or type an order number."))
        else:
            self.queue_title.setText(
                self.tr("Ready for pickup, oldest first: {n} (overdue: {late}). ↓ and Enter open one.").format(
                    n=len(self._queue_rows), late=overdue
                )
            )
        self._filter_queue(self.search.text())
        for index in range(self.queue.count()):
            if self.queue.item(index).data(Qt.ItemDataRole.UserRole) == keep:
                self.queue.setCurrentRow(index)

    def _filter_queue(self, text: str) -> None:
        """Typing a name or a number narrows the queue (the look-up itself waits for Enter)."""
        wanted = text.strip().casefold()
        for index in range(self.queue.count()):
            item = self.queue.item(index)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _show_body(self) -> None:
        self.queue_title.hide()
        self.queue.hide()
        self.body.show()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        self.search.setFocus()
        self.search.selectAll()
        if self.record is None and not self.candidates.isVisible() and not self.loading:
            self.show_queue()  # what is on the shelf now

    def session_changed(self) -> None:
        """Another person signed in (Ctrl+L): the buttons follow their role at once; for anyone but the owner the
        order is read again as them (a restricted order the owner had open is not left on their screen)."""
        if self.record is None:
            return
        self._update_buttons()
        actor = self.session.actor
        if actor is not None and actor.role != Role.OWNER:
            self.look_up(self._looked_up or self.record.number, quiet=True)

    def refresh(self, on_failed: Callable[[str], None] | None = None) -> None:
        """Read the shown order again in the background (another workstation may have changed it); shown
        when read, only if something changed — the re-check of the approval's hashes never holds the window."""
        if self.record is None and self.queue.isVisible() and not self.loading and not self.busy:
            self.show_queue()  # orders made ready at other workstations join the queue
            return
        if self.record is None or self.busy or self.loading:
            return
        # What was looked up (a scanned code of an older version keeps its verdict), not only the number.
        current = self._reads.stamp()
        number, viewer = self._looked_up or self.record.number, self.session.actor

        def show(got: PickupRead) -> None:
            if not current() or self.busy or self.loading or self.record is None:
                return
            if got.view is not None and self.record.number == got.view.number and got.view != self.record:
                self.record, self._signature, self._images = got.view, got.signature, got.images
                self._show()

        run_task(lambda: read_pickup(number, viewer), show, on_failed or (lambda _failure: None))

    def _into_candidates(self) -> None:
        if self.candidates.isVisible() and self.candidates.count():
            self.candidates.setFocus()
            self.candidates.setCurrentRow(max(0, self.candidates.currentRow()))
        elif self.queue.isVisible() and self.queue.count():
            self.queue.setFocus()
            shown = [i for i in range(self.queue.count()) if not self.queue.item(i).isHidden()]
            if shown:
                self.queue.setCurrentRow(shown[0])

    def _offer(self, text: str, rows: tuple[OrderRow, ...]) -> None:
        """The orders a typed name may mean, listed to pick (↓, then Enter)."""
        self.candidates.clear()
        for row in rows:
            who = row.customer + (f" – {row.company}" if row.company else "")
            status = vocabulary.name("status", row.status)
            item = QListWidgetItem(f"{row.number} · {status} · {who} · {row.product}")
            item.setData(Qt.ItemDataRole.UserRole, row.number)
            self.candidates.addItem(item)
        self._show_body()  # the orders the name may mean replace the queue
        self.candidates.show()
        self.candidates.setCurrentRow(0)
        self.record = None
        self.card.setVisible(False)
        self.viewer.set_pdf(None)
        self.photos.clear()
        said = self.tr("{n} orders match “{text}”: pick one (↓, then Enter).").format(n=len(rows), text=text.strip())
        self.message.show_text(said, "busy")  # a question, not an error
        height = min(len(rows), 8) * self.candidates.sizeHintForRow(0) + 2 * self.candidates.frameWidth()
        self.candidates.setFixedHeight(height)

    def look_up(self, number: str | None = None, quiet: bool = False) -> None:
        """Look up what was typed or scanned in the background; the record fills the screen when read (the
        buttons wait meanwhile)."""
        text = number or self.search.text()
        if not text.strip():
            return
        self.candidates.hide()
        current = self._reads.begin()
        viewer = self.session.actor
        offer = number is None  # typed: a name may mean several orders
        self.loading = True
        self._update_buttons()

        def show(got: PickupRead) -> None:
            if not current():
                return
            self.loading = False
            if got.view is None:
                self._offer(text, got.candidates)
                return
            self.record, self._signature, self._images = got.view, got.signature, got.images
            # Read again by what was scanned when it carried a verdict (an older version), else by the number.
            self._looked_up = text if got.view.scanned is not None else got.view.number
            if not quiet:
                self.message.clear_message()
            self._show()
            self.search.selectAll()
            self._check_copy(text)

        def failed(failure: Failure) -> None:
            if not current():
                return
            self.loading = False
            show_message(self.message, failure)
            self.record = None
            self.card.setVisible(False)
            self.viewer.set_pdf(None)
            self.photos.clear()
            self.search.selectAll()

        run_task(lambda: read_pickup(text, viewer, offer), show, failed)

    def _check_copy(self, text: str) -> None:
        """A scanned customer's copy is checked against the store (in the background): does the store still
        match it?"""
        from ...services.evidence.identify import Identification, check_copy_code, customer_copy_code

        code = customer_copy_code(text)
        if not code:
            return

        def said(found: Identification) -> None:
            show_message(self.message, " ".join(found.lines), ok=found.status == "confirmed")

        run_task(lambda: check_copy_code(code), said, lambda failure: show_message(self.message, failure))

    def _show(self) -> None:
        rec = self.record
        assert rec is not None
        self._show_body()
        self.card.setVisible(True)
        self.heading.setText(f"{rec.number} · {rec.customer}" + (f" – {rec.company}" if rec.company else ""))
        self.status_chip.setText(vocabulary.name("status", rec.status))
        self.status_chip.setStyleSheet(status_chip_style(rec.status))
        pcs = self.tr("{n} pcs").format(n=rec.quantity)
        lines = [f"<b>{_esc(rec.product)}</b>, {pcs}, {rec.colors}"]
        a = rec.approval
        if a is None:
            self.viewer.set_pdf(None, key=(rec.number, None))
            self.signature.clear()
            self.signature_caption.setText("")
            self.signature.setText(self.tr("No approval on record for this order."))
            not_yet = self.tr("Not approved yet.")  # outside the f-string: lupdate must find it
            self.verified.setText(f"<span style='color:{palette.ERROR}'><b>{not_yet}</b></span>")
        else:
            self.viewer.set_pdf(rec.proof_pdf, page=rec.facts.first_page, key=(rec.number, a.version))
            self.signature_caption.setText(self.tr("Signature of the approval (proof version {v})").format(v=a.version))
            if self._signature is not None:
                self.signature.setPixmap(QPixmap.fromImage(self._signature))
            else:
                self.signature.setText(vocabulary.name("method", a.method))
            if a.problems:
                text = self.tr("NOT verified: {problems}").format(problems="; ".join(a.problems))
                self.verified.setText(f"<span style='color:{palette.ERROR}'><b>{SERIOUS} {_esc(text)}</b></span>")
            else:
                text = self.tr("Verified: record, signature and proof are unchanged")
                self.verified.setText(f"<span style='color:{palette.OK}'>{OK} {text}</span>")
            recorder = (
                self.tr("Present: {staff} (workstation {workstation})")
                if a.method == "on_screen"
                else self.tr("Recorded by: {staff} (workstation {workstation})")
            )
            lines += [
                f"<span style='color:{palette.OK}; font-size:13pt'><b>{vocabulary.name('decision', a.decision)}</b>"
                "</span>",
                self.tr("by <b>{name}</b>").format(name=_esc(a.customer_name)),
                self.tr("on {when}").format(when=local_time(a.created_at)),
                self.tr("proof version {v}, {method}").format(v=a.version, method=vocabulary.name("method", a.method)),
                _esc(recorder.format(staff=a.staff or "–", workstation=a.workstation)),
            ]
            if a.note:
                lines.append(_esc(self.tr("Note: {note}").format(note=a.note)))
            lines.append(f"<span style='color:{palette.MUTED}'>SHA-256 {a.proof_sha256[:16]}…</span>")
        self.facts.setText("<br>".join(lines))
        self._show_scanned(rec)
        self.approval_evidence.show_facts(rec, self._images, "approval")
        self.evidence.show_facts(rec, self._images, "story")
        self.photos.show_facts(rec, self._images, "photos")
        self._update_buttons()

    def _show_scanned(self, rec: pickup.PickupView) -> None:
        """The verdict on a scanned code of a version that is not the approved one."""
        scanned = rec.scanned
        self.scanned.setVisible(scanned is not None)
        if scanned is None:
            return
        fate = {
            "changes_requested": self.tr("the customer asked for changes on {when}"),
            "voided": self.tr("its approval was voided on {when}"),
            "superseded": self.tr("superseded by a newer version on {when}"),
            "awaiting": self.tr("it still awaits the customer's decision"),
        }[scanned.fate].format(when=local_time(scanned.fate_at) if scanned.fate_at else "–")
        if scanned.approved_version is not None and scanned.approved_at is not None:
            approved = self.tr("version {v} was approved on {when}").format(
                v=scanned.approved_version, when=local_time(scanned.approved_at)
            )
        else:
            approved = self.tr("no version is approved")
        said = (
            self.tr("You scanned the job ticket of version {v} – {fate}; {approved}.")
            if scanned.paper == "ticket"
            else self.tr("You scanned version {v} – {fate}; {approved}.")
        )
        text = said.format(v=scanned.version, fate=fate, approved=approved)
        self.scanned.setText(f"{WARNING} {text}")

    def _update_buttons(self) -> None:
        rec = self.record
        if rec is None:
            return
        idle = not self.busy and not self.loading
        status = OrderStatus(rec.status)
        actor = self.session.actor
        has_approval = rec.approval is not None
        outcome = DisputeOutcome(rec.outcome) if rec.outcome else None
        self.hand_over.setEnabled(has_approval and rules.can(status, Step.HANDOVER, outcome) and idle)
        self.dispute.setEnabled(has_approval and rules.can(status, Step.COMPLAINT, outcome) and idle)
        self.decide.setVisible(status == OrderStatus.DISPUTED)
        owner = actor is not None and actor.role == Role.OWNER
        self.decide.setEnabled(owner and rec.open_dispute_id is not None and idle)
        self.decide.setToolTip("" if owner else self.tr("Only the owner decides a complaint (Ctrl+L to switch user)."))
        self.certificate.setEnabled(has_approval and idle)

    def _certificate(self) -> None:
        from ...services.core.files import write_file_atomically
        from ...services.evidence.certificates import make_certificate

        rec = self.record
        if rec is None:
            return
        folder = workstation.folder("proof/folder")
        name = self.tr("Certificate-{number}.pdf").format(number=rec.number)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Approval certificate"), str(Path(str(folder)) / name), self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        actor, number = self.session.actor, rec.number
        self.busy = True
        self._update_buttons()
        self.message.show_text(self.tr("Preparing the signed certificate…"), "busy")

        def work() -> str:
            write_file_atomically(Path(path), make_certificate(actor, number))
            return path

        def done(saved: str) -> None:
            self.busy = False
            self._update_buttons()
            show_message(self.message, self.tr("Saved to {path}").format(path=saved), ok=True)

        def failed(text: str) -> None:
            self.busy = False
            self._update_buttons()
            show_message(self.message, text)

        run_task(work, done, failed)

    def _hand_over(self) -> None:
        rec = self.record
        if rec is None or not self.hand_over.isEnabled():
            return
        still_open = rec.facts.still_open
        dialog = HandOverDialog(
            self.session, rec.number, rec.customer, self, ordered=rec.facts.ordered, open=still_open
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            rest = still_open - (dialog.record.quantity or still_open)
            if rest > 0:
                said = self.tr("{count} handed over; {rest} stay open for a later hand-over.")
                show_message(self.message, said.format(count=dialog.record.quantity, rest=rest), ok=True)
            else:
                show_message(self.message, self.tr("Handed over. Thank you!"), ok=True)
            self.look_up(rec.number, quiet=True)
            self.offer_copy(f"pickup:{dialog.record.id}")

    def _dispute(self) -> None:
        rec = self.record
        if rec is None or not self.dispute.isEnabled():
            return
        self.open_complaint(rec.number)

    def complaint_from_email(self, path: str) -> None:
        """A complaint e-mail dropped here: read in the background, its order looked up, and the complaint form
        opened with the customer's words and photos taken over (the category is the counter's to choose)."""
        from ...services.counter import complaint_cases

        actor = self.session.actor
        show_message(self.message, self.tr("Reading the e-mail…"), ok=True)

        def read() -> complaint_cases.EmailComplaint:
            from ...services.artwork.artwork import read_file

            with reading():
                return complaint_cases.read_complaint_email(read_file(Path(path)), actor)

        def opened(found: complaint_cases.EmailComplaint) -> None:
            self.look_up(found.number, quiet=True)
            self.open_complaint(found.number, found)

        run_task(read, opened, lambda failure: show_message(self.message, failure))

    def open_complaint(self, number: str, written=None) -> None:  # noqa: ANN001 - complaint_cases.EmailComplaint
        from .disputes import DisputeDialog

        dialog = DisputeDialog(self.session, number, self)
        if written is not None:
            dialog.take_over(written)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            show_message(self.message, self.tr("The complaint is recorded; the owner decides it."), ok=True)
            self.look_up(number, quiet=True)
            if dialog.dispute_id is not None:
                self.offer_acknowledgement(dialog.dispute_id)

    def offer_acknowledgement(self, dispute_id: int) -> None:
        """The case number and answer date at once, and the acknowledgement printed or e-mailed (issue 25)."""
        from .complaint_case import AcknowledgementDialog

        try:
            self.ack_dialog = AcknowledgementDialog(self.session, dispute_id, self)
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        show_message(
            self.message,
            self.tr("The complaint is recorded as case {case}; the owner decides it.").format(
                case=self.ack_dialog.case_number
            ),
            ok=True,
        )
        self.ack_dialog.show()

    def _decide(self) -> None:
        """The owner's decision: the complaint and its photos are read in the background, then the dialog opens."""
        from .disputes import DecisionCase, DecisionDialog, read_case

        rec = self.record
        if rec is None or rec.open_dispute_id is None or not self.decide.isEnabled():
            return
        dispute_id, viewer, number = rec.open_dispute_id, self.session.actor, rec.number
        self.busy = True
        self._update_buttons()
        self.message.show_text(self.tr("Opening the complaint…"), "busy")

        def opened(case: DecisionCase) -> None:
            self.busy = False
            self._update_buttons()
            self.message.clear_message()
            previous = getattr(self, "decision_dialog", None)
            if previous is not None:
                previous.deleteLater()  # its photos and proof go with it
            self.decision_dialog = DecisionDialog(self.session, case, self)
            self.decision_dialog.accepted.connect(lambda: self._decided(number))
            self.decision_dialog.open()

        def failed(failure: Failure) -> None:
            self.busy = False
            self._update_buttons()
            show_message(self.message, failure)

        run_task(lambda: read_case(dispute_id, viewer), opened, failed)

    def _decided(self, number: str) -> None:
        show_message(self.message, self.tr("The decision is recorded."), ok=True)
        self.look_up(number, quiet=True)
        decision = self.decision_dialog.decision
        self.offer_copy(f"dispute_decision:{decision.id}")
        if getattr(decision, "outcome", "") == "reprint_shop_cost":
            self.make_replacement(decision.dispute_id)

    def make_replacement(self, dispute_id: int) -> None:
        """A reprint at the shop's cost: the replacement order in the same step (its first proof made in the
        background), the counter told its number and due date, and its job ticket offered to the printer at once
        (the workshop starts from it)."""
        from ...services.counter import complaint_cases, tickets

        actor = self.session.current
        show_message(self.message, self.tr("Making the replacement order…"), ok=True)

        def make() -> tuple[complaint_cases.Replacement, bytes | str]:
            replacement = complaint_cases.make_replacement(actor, dispute_id)
            try:  # the replacement stands even when its ticket cannot be made now (printed from its order later)
                return replacement, tickets.make_job_ticket(actor, replacement.number)
            except UserError as exc:
                return replacement, str(exc)

        def made(result: tuple[complaint_cases.Replacement, bytes | str]) -> None:
            from ..widgets.printing import pdf_document, print_pdf

            replacement, ticket = result
            self.session.changed.emit()
            show_message(
                self.message,
                self.tr("Replacement order {number} made for case {case}, due {date}.").format(
                    number=replacement.number, case=replacement.case, date=local_date(replacement.due)
                ),
                ok=True,
            )
            if isinstance(ticket, str):
                show_message(self.message, ticket)
                return
            self.ticket_document = pdf_document(ticket, self)
            try:
                title = self.tr("Job ticket {number}").format(number=replacement.number)
                print_pdf(self, self.ticket_document, title, None, ticket)
            except UserError as exc:  # printed to a PDF file that could not be written
                show_message(self.message, str(exc))

        run_task(make, made, lambda f: show_message(self.message, f))

    def offer_copy(self, subject: str) -> None:
        """The customer's copy of what was just recorded (printed and/or e-mailed)."""
        from .copy_dialog import CustomerCopyDialog

        self.copy_dialog = CustomerCopyDialog(self.session, subject, self)
        self.copy_dialog.show()


class HandOverDialog(QDialog):
    """The customer signs for what is handed over: all that is still open, or a part (the rest stays open)."""

    def __init__(
        self,
        session,  # noqa: ANN001
        number: str,
        name: str,
        parent: QWidget | None = None,
        *,
        ordered: int = 0,
        open: int = 0,  # noqa: A002 - the pieces still to be handed over
    ) -> None:
        super().__init__(parent)
        self.session, self.number, self.open = session, number, open
        self.saving = False  # the handover is being saved in the background
        self.setWindowTitle(self.tr("Hand over {number}").format(number=number))
        fit_to_screen(self, 760, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("The customer confirms receipt with their name and signature.")))
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(self.tr("Name of the person collecting"))
        layout.addWidget(self.name)
        counts = QHBoxLayout()
        self.quantity = QSpinBox()
        self.quantity.setRange(1, max(open, 1))
        self.quantity.setValue(max(open, 1))
        self.quantity.setSuffix(self.tr(" pcs"))
        self.quantity.setAccessibleName(self.tr("Quantity handed over"))
        quantity_label = QLabel(self.tr("&Quantity handed over:"))
        quantity_label.setBuddy(self.quantity)
        counts.addWidget(quantity_label)
        counts.addWidget(self.quantity)
        self.open_note = QLabel()
        counts.addWidget(self.open_note, 1)
        layout.addLayout(counts)
        for widget in (quantity_label, self.quantity, self.open_note):
            widget.setVisible(open > 0)  # the counts unknown: everything still open is handed over
        self.quantity.valueChanged.connect(self._say_open)
        self.ordered = ordered
        self._say_open()
        self.condition = QLineEdit()
        self.condition.setMaxLength(300)
        self.condition.setPlaceholderText(self.tr("Condition, if worth noting (e.g. boxes sealed, counted together)"))
        self.condition.setAccessibleName(self.tr("Condition of the goods handed over"))
        layout.addWidget(self.condition)
        self.pad = SignaturePad()
        layout.addWidget(self.pad, 1)
        self.message = message_line()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.clear_button = big_button(self.tr("Clear"))
        self.clear_button.clicked.connect(self.pad.clear)
        self.ok = big_button(self.tr("Confirm receipt"), primary=True)
        self.ok.clicked.connect(self._save)
        self.cancel_button = big_button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.clear_button)
        row.addStretch()
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok)
        layout.addLayout(row)

    def _save(self) -> None:
        """Save the handover in the background (the signature picture is drawn there); the dialog waits."""
        if self.saving:
            return
        actor, number, name, strokes = self.session.actor, self.number, self.name.text(), list(self.pad.strokes)
        # The quantity the customer signs for, always: if another workstation handed over a part meanwhile, the
        # service refuses it in one sentence rather than recording fewer than were signed for.
        quantity = self.quantity.value() if self.open > 0 else None
        condition = self.condition.text()

        def saved(record: object) -> None:
            self.record = record  # the customer's copy is offered of it
            self.session.changed.emit()
            self.accept()

        save_in_background(
            self.message,
            self._saving,
            self.tr("Saving the handover…"),
            lambda: pickup.record_pickup(actor, number, name, strokes, quantity, condition),
            saved,
        )

    def _saving(self, saving: bool) -> None:
        self.saving = saving
        for widget in (
            self.ok,
            self.cancel_button,
            self.clear_button,
            self.name,
            self.pad,
            self.quantity,
            self.condition,
        ):
            widget.setEnabled(not saving)

    def _say_open(self) -> None:
        """Under the quantity: what stays open after this hand-over, or that it is everything."""
        rest = self.open - self.quantity.value()
        if rest > 0:
            said = self.tr("Part delivery: {rest} of {ordered} stay open for a later hand-over.")
            self.open_note.setText(said.format(rest=rest, ordered=self.ordered))
            self.open_note.setStyleSheet(f"color: {palette.WARNING}; font-weight: bold;")
        else:
            self.open_note.setText(
                self.tr("Everything still open ({count} of {ordered}).").format(count=self.open, ordered=self.ordered)
            )
            self.open_note.setStyleSheet("")

    def reject(self) -> None:
        if not self.saving:  # it is being saved: the dialog closes when it is
            super().reject()


def _esc(text: str) -> str:
    from html import escape

    return escape(text).replace("\n", "<br>")
