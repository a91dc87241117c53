"""One order: its artwork (drop files here), proof versions, the proof itself and the next step."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import rules, vocabulary
from ...domain.enums import DisputeOutcome, OrderStatus, Role
from ...domain.errors import UserError
from ...domain.rules import Step
from ...domain.texts import side_label
from ...domain.units import format_mm
from ...services.artwork import artwork
from ...services.core import orders
from ...services.core.files import write_file_atomically
from ...services.core.shop import language
from ...services.counter import overview
from ...services.proofing import proofs
from ...workers.tasks import CancelToken, Failure, Latest, run_task
from .. import workstation
from ..widgets import palette
from ..widgets.common import (
    OK,
    SERIOUS,
    WARNING,
    ElidedLabel,
    ask,
    big_button,
    hint,
    local_date,
    local_time,
    message_line,
    show_message,
    small_button,
    status_chip_style,
)
from ..widgets.labels import timeline_text
from ..widgets.proof_viewer import ProofViewer
from .order_actions import OrderTools, allowed
from .order_data import OrderRead, read_order, read_proof


class SideCard(QFrame):
    """One side's artwork: thumbnail, what was measured, the findings; a menu replaces or removes it.

    Signals: ``replace(int)`` and ``remove(int)`` with the side.
    """

    replace = Signal(int)
    remove = Signal(int)

    NARROW = 260  # px: below this the thumbnail is smaller (at 76 px it left the words 87 px at 1024×768)
    THUMB, SMALL_THUMB = 76, 44

    def __init__(self, view: overview.SideView, lang: str, editable: bool, thumbnail: QImage) -> None:
        super().__init__()
        self.setProperty("role", "card")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        thumb = QLabel()
        self.picture = QPixmap.fromImage(thumbnail)  # decoded and scaled in the background
        thumb.setPixmap(self.picture)
        thumb.setFixedWidth(self.THUMB)
        self.thumb = thumb
        thumb.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(thumb, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        title_row = QHBoxLayout()
        name = wrapping(QLabel(f"<b>{side_label(lang, view.side)}</b> – {escape(view.filename)}"))
        name.setTextFormat(Qt.TextFormat.RichText)
        title_row.addWidget(name, 1)
        if editable:
            more = QToolButton()
            more.setText("⋯")
            more.setToolTip(self.tr("Replace or remove this side's file"))
            more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            more.setAutoRaise(True)
            menu = QMenu(more)
            menu.addAction(self.tr("Replace with another file…"), lambda: self.replace.emit(view.side))
            menu.addAction(self.tr("Remove from the order"), lambda: self.remove.emit(view.side))
            more.setMenu(menu)
            title_row.addWidget(more, 0, Qt.AlignmentFlag.AlignTop)
        text.addLayout(title_row)
        if view.size_mm:
            facts = [self.tr("vector PDF"), f"{format_mm(view.size_mm[0])} × {format_mm(view.size_mm[1])} mm"]
        else:
            facts = [f"{view.pixels[0]} × {view.pixels[1]} px", view.mode, f"{view.dpi} dpi"]
        if view.icc_profile:
            facts.append(view.icc_profile)
        text.addWidget(wrapping(hint(" · ".join(facts))))
        for finding in view.findings:
            label = wrapping(QLabel(f"{SERIOUS if view.serious else WARNING} {finding}"))
            label.setStyleSheet(f"color: {palette.SERIOUS};" if view.serious else f"color: {palette.WARNING};")
            text.addWidget(label)
        if not view.findings:
            ok = QLabel(f"{OK} " + self.tr("Ready to print"))
            ok.setStyleSheet(f"color: {palette.OK};")
            text.addWidget(ok)
        layout.addLayout(text, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        narrow = event.size().width() < self.NARROW
        width = self.SMALL_THUMB if narrow else self.THUMB
        if self.thumb.width() != width:
            self.thumb.setFixedWidth(width)
            small = self.picture.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation) if narrow else None
            self.thumb.setPixmap(small or self.picture)


class _Column(QSplitter):
    """A splitter that says when it has taken its new size (after it shared it out by its own rules)."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.resized.emit()


class _ButtonsArea(QScrollArea):
    """Scrolls up and down only, so it is never narrower than its buttons need beside a scroll bar."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        inner = self.widget()
        hint = super().minimumSizeHint()
        if inner is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return QSize(inner.minimumSizeHint().width() + bar + 2 * self.frameWidth(), hint.height())


def wrapping(label: QLabel) -> QLabel:
    """A label that wraps to whatever width it gets, instead of demanding the width of its longest word."""
    label.setWordWrap(True)
    # Any width, and as tall as the wrapped words need at it: a plain (Ignored, Preferred) policy drops the
    # height-for-width that word wrap sets, and a column of such labels was squeezed, its lines overlapping.
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    return label


class OrderScreen(QWidget):
    """Signals: ``back()`` to the list; ``present(str, int)`` to show proof version to the customer."""

    back = Signal()
    present = Signal(str, int)

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session = session
        self.number = ""
        self.view_data: overview.OrderView | None = None
        self._timeline: list[overview.TimelineEntry] = []
        self.shown_version: int | None = None
        self.busy = False  # work of this screen runs (and the order is read again after it)
        self.loading = False  # the order is being read; until it is shown the screen offers nothing
        self._work_number = ""  # the order the running work belongs to
        self._reads = Latest()  # a read overtaken by a newer one is dropped
        self._token = CancelToken()
        self._next: OrderStatus | None = None
        self.setAcceptDrops(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)

        head = QHBoxLayout()
        self.back_button = big_button(self.tr("← Orders (Esc)"))
        self.back_button.clicked.connect(self.back.emit)
        self.heading = ElidedLabel()
        self.heading.setProperty("role", "title")
        self.status_chip = QLabel()
        head.addWidget(self.back_button)
        head.addWidget(self.heading, 1)
        head.addWidget(self.status_chip)
        outer.addLayout(head)
        self.spec_line = ElidedLabel()
        self.spec_line.setProperty("role", "hint")
        outer.addWidget(self.spec_line)

        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(self._artwork_column())
        self.viewer = ProofViewer()
        self.viewer.setMinimumWidth(260)
        split.addWidget(self.viewer)
        split.addWidget(self._actions_column())
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setStretchFactor(2, 2)
        split.setSizes([320, 760, 300])
        self.split = split
        state = workstation.get("order/splitter")
        if state is not None:
            split.restoreState(state)
        split.splitterMoved.connect(lambda *_: workstation.put("order/splitter", split.saveState()))
        outer.addWidget(split, 1)
        self.message = message_line()
        outer.addWidget(self.message)

        for keys, slot in (
            ("Ctrl+M", self.make_proof),
            (QKeySequence.StandardKey.Open, self._add_by_key),
            (QKeySequence.StandardKey.Print, self.print_proof),
            (QKeySequence.StandardKey.Save, self.save_proof),
            (Qt.Key.Key_F5, self._present),
            ("Ctrl+Shift+L", self._send_link),
            (Qt.Key.Key_Escape, self.back.emit),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)

    def _add_by_key(self) -> None:
        if self.add_button.isEnabled() and self.add_button.isVisible():
            self.browse_artwork()

    # --- building ---------------------------------------------------------------------------
    def _artwork_column(self) -> QWidget:
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Artwork"))))
        add_row = QVBoxLayout()  # the side above its button: the column stays narrow beside the proof at 1024 px
        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Side for the next file"))
        self.side.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # "Vorderseite", not "Vorderse"
        self.add_button = big_button(self.tr("Add file…"))
        self.add_button.setToolTip(
            self.tr("Add the customer's artwork to the chosen side (or drop files here)")
            + f"  ({QKeySequence(QKeySequence.StandardKey.Open).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        self.add_button.clicked.connect(self.browse_artwork)
        add_row.addWidget(self.side, alignment=Qt.AlignmentFlag.AlignLeft)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.sides_box = QVBoxLayout()
        self.sides_box.setContentsMargins(0, 0, 0, 0)
        holder = QWidget()
        holder.setLayout(self.sides_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the cards' buttons, never to a frame unseen
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        return left

    def _actions_column(self) -> QWidget:
        """The next steps and documents above the proof versions and history, split by a handle the user may drag.

        On a low screen the buttons scroll in their own area so the history keeps room for several entries
        (at 1024×768 it showed about two); once dragged, the split is kept per workstation.
        """
        buttons = QWidget()
        layout = QVBoxLayout(buttons)
        layout.setContentsMargins(0, 0, 0, 0)
        self.next_step = wrapping(hint())
        layout.addWidget(self.next_step)
        self.make_button = big_button(self.tr("Make proof (Ctrl+M)"), primary=True)
        self.make_button.clicked.connect(self.make_proof)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.cancel_button = big_button(self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        self.present_button = big_button(self.tr("Customer signs (F5)"), primary=True)
        self.present_button.setToolTip(self.tr("Show the newest proof to the customer, full screen, to sign"))
        self.present_button.clicked.connect(self._present)
        self.other_button = big_button(self.tr("Paper / e-mail / phone…"))
        self.other_button.setToolTip(
            self.tr("Record the customer's answer given on a signed paper proof, by e-mail or by phone")
        )
        self.other_button.clicked.connect(self._other_approval)
        self.link_button = big_button(self.tr("Send for approval by link…"))
        self.link_button.setToolTip(
            self.tr("E-mail the customer a link to check and sign the newest proof on the shop's portal (Ctrl+Shift+L)")
        )
        self.link_button.clicked.connect(self._send_link)
        self.link_state = QLabel()
        self.link_state.setWordWrap(True)
        self.link_state.hide()
        self.next_button = big_button("")
        self.next_button.clicked.connect(self._next_status)
        for widget in (
            self.make_button,
            self.progress,
            self.cancel_button,
            self.present_button,
            self.other_button,
            self.link_button,
            self.link_state,
            self.next_button,
        ):
            layout.addWidget(widget)
        grid = QGridLayout()
        grid.setSpacing(4)
        self.print_button = small_button(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the proof (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_proof)
        self.save_button = small_button(self.tr("Save PDF…"))
        self.save_button.setToolTip(self.tr("Save the proof as PDF, e.g. for e-mail (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_proof)
        self.certificate_button = small_button(self.tr("Certificate…"))
        self.certificate_button.setToolTip(self.tr("The signed certificate of the customer's latest decision"))
        self.certificate_button.clicked.connect(self.save_certificate)
        self.dossier_button = small_button(self.tr("Dossier…"))
        self.dossier_button.setToolTip(self.tr("The whole order in one signed PDF (owner)"))
        self.dossier_button.clicked.connect(self.save_dossier)
        self.void_button = small_button(self.tr("Void the approval…"))
        self.void_button.setToolTip(self.tr("Owner: void the approval with a reason; both records stay"))
        self.void_button.clicked.connect(self.void_approval)
        grid.addWidget(self.print_button, 0, 0)
        grid.addWidget(self.save_button, 0, 1)
        grid.addWidget(self.certificate_button, 1, 0)
        grid.addWidget(self.dossier_button, 1, 1)
        grid.addWidget(self.void_button, 2, 0, 1, 2)
        self.ticket_button = small_button(self.tr("Job ticket…"))
        self.ticket_button.setToolTip(self.tr("Print the job ticket for production (A4, with a barcode)"))
        self.ticket_button.clicked.connect(lambda: self.print_ticket("ticket"))
        self.label_button = small_button(self.tr("Pickup label…"))
        self.label_button.setToolTip(self.tr("Print the 62 mm label for the parcel (scanning it opens the order)"))
        self.label_button.clicked.connect(lambda: self.print_ticket("label"))
        grid.addWidget(self.ticket_button, 3, 0)
        grid.addWidget(self.label_button, 3, 1)
        self.mail_button = small_button(self.tr("E-mail the certificate…"))
        self.mail_button.setToolTip(self.tr("Send the signed certificate to the customer (mail server in Settings)"))
        self.mail_button.clicked.connect(lambda: self.mail_certificate())
        grid.addWidget(self.mail_button, 4, 0, 1, 2)
        self.tools = OrderTools(self)
        self.tools.place(grid, 5)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.buttons_area = _ButtonsArea()
        self.buttons_area.setWidgetResizable(True)
        self.buttons_area.setFrameShape(QFrame.Shape.NoFrame)
        self.buttons_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.buttons_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab reaches its buttons (it scrolls to them)
        self.buttons_area.setWidget(buttons)
        self.versions = QListWidget()
        self.versions.setWordWrap(True)
        self.versions.currentItemChanged.connect(self._version_picked)
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.record_tabs = QTabWidget()
        self.record_tabs.addTab(self.versions, self.tr("Proof versions"))
        self.record_tabs.addTab(self.history, self.tr("History"))
        column = _Column(Qt.Orientation.Vertical)
        column.setChildrenCollapsible(False)
        column.addWidget(self.buttons_area)
        column.addWidget(self.record_tabs)
        column.setStretchFactor(0, 0)
        column.setStretchFactor(1, 1)
        self.column = column
        state = workstation.get("order/column")
        self._column_chosen = state is not None and column.restoreState(state)
        column.splitterMoved.connect(self._column_moved)
        column.resized.connect(self._fit_column)
        return column

    def _column_moved(self, *_: object) -> None:
        self._column_chosen = True
        workstation.put("order/column", self.column.saveState())

    def _fit_column(self) -> None:
        """Until the user drags the handle: the buttons get what they need, but the record tabs at least
        two fifths of the column (and never less than about eight history lines); the buttons scroll if they must."""
        total = sum(self.column.sizes())
        if total <= 0:
            return
        wanted = self.buttons_area.widget().sizeHint().height()
        if not self._column_chosen:
            record = max(min(230, total // 2), total * 2 // 5)
            top = min(wanted, total - record)
            self.column.setSizes([top, total - top])
        # The scroll bar is either there or not, decided here: appearing by itself it narrows the view without
        # narrowing the buttons (Qt does not lay a word-wrapping column out again), and their right edge is cut.
        scrolls = self.column.sizes()[0] < wanted
        self.buttons_area.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn if scrolls else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )

    # --- loading ---------------------------------------------------------------------------
    def load(self, number: str) -> None:
        """Open ``number``: it is read in the background; until then the screen names it and offers nothing."""
        if number != self.number:
            self.message.clear_message()
            self.shown_version = None
            self.view_data = None
            self._timeline = []
            self._clear(number)
        fresh = number != self.number
        self.number = number
        self.reload(after=self._opened if fresh else None)

    def _opened(self, failure: Failure | None) -> None:
        """A newly opened order was read (its next step gets the keyboard) or could not be (said, as any read)."""
        if failure is None:
            self._focus_next_step()
        else:
            show_message(self.message, failure)

    def _focus_next_step(self) -> None:
        """A newly opened order puts the keyboard on its next step (Tab from there reaches the rest), unless the
        user has already moved into the screen."""
        focused = QApplication.focusWidget()
        if focused is not None and focused is not self.back_button and self.isAncestorOf(focused):
            return
        data = self.view_data
        candidates = [self.next_button, self.present_button, self.make_button, self.add_button]
        if data is not None and not data.sides:
            candidates = [self.add_button]
        elif data is not None and not data.proofs:
            candidates = [self.make_button, self.add_button]
        for button in candidates:
            if button.isVisible() and button.isEnabled():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _clear(self, number: str) -> None:
        """Another order is being read: nothing of the last one stays on screen meanwhile."""
        self.heading.setText(self.tr("Order {number}").format(number=number))
        self.status_chip.setText("")
        self.status_chip.setStyleSheet("")
        self.spec_line.setText("")
        self._clear_sides()
        self.versions.clear()
        self.history.clear()
        self.viewer.set_pdf(None, key=(number, None))

    def session_changed(self) -> None:
        """Another person signed in: what this screen offers follows their role."""
        self._update_buttons()

    def reload(self, version: int | None = None, after: Callable[[Failure | None], None] | None = None) -> None:
        """Read the order (and the proof version to show) in the background, then show it: the window never
        waits for the store. ``after(failure)`` runs once it is shown or could not be read, and also when a
        newer read overtook it (the newer one shows the order)."""
        current = self._reads.begin()
        number, viewer = self.number, self.session.actor
        wanted = version or self.shown_version
        self.loading = True
        self._update_buttons()

        def show(got: OrderRead) -> None:
            if current():
                self.loading = False
                self._show_view(got)
            if after is not None:
                after(None)

        def failed(failure: Failure) -> None:
            if current():
                self.loading = False
                self._update_buttons()
                if after is None:
                    show_message(self.message, failure)
            if after is not None:
                after(failure)

        run_task(lambda: read_order(number, viewer, wanted), show, failed)

    def refresh(self, on_failed: Callable[[str], None] | None = None) -> None:
        """Read the order again in the background (another workstation may have changed it) and show it
        when read, only if something changed: the window never waits for the store."""
        if self.busy or self.loading:
            return
        current = self._reads.stamp()
        number, version, viewer = self.number, self.shown_version, self.session.actor

        def show(got: OrderRead) -> None:
            changed = (got.data, got.timeline) != (self.view_data, self._timeline)
            if current() and not self.busy and not self.loading and changed:
                self._show_view(got)

        run_task(lambda: read_order(number, viewer, version), show, on_failed or (lambda _failure: None))

    def _show_view(self, got: OrderRead) -> None:
        data, timeline = got.data, got.timeline
        self.view_data = data
        self._timeline = timeline
        lang = language_for_screen()
        who = data.customer + (f" – {data.company}" if data.company else "")
        self.heading.setText(self.tr("Order {number} · {customer}").format(number=data.number, customer=who))
        self.status_chip.setText(vocabulary.name("status", data.status))
        self.status_chip.setStyleSheet(status_chip_style(data.status))
        s = data.spec
        parts = [
            s.product,
            s.size_label,
            self.tr("bleed {mm} mm").format(mm=format_mm(s.bleed_mm)),
            self.tr("{n} pcs").format(n=count_text(s.quantity)),
            s.colors,
        ]
        parts += [p for p in (s.stock, s.finishing) if p]
        if s.due:
            parts.append(self.tr("due {date}").format(date=local_date(s.due)))
        parts += [v for v in (data.phone, data.email) if v]
        self.spec_line.setText(" · ".join(parts))
        self._fill_sides(data, lang, got.thumbnails)
        self._fill_versions(data)
        self.history.clear()
        for entry in reversed(timeline):
            item = QListWidgetItem(
                f"{local_time(entry.at)} · {entry.staff or entry.workstation}\n   {timeline_text(entry)}"
            )
            self.history.addItem(item)
        if got.version is not None:
            row = next((i for i, p in enumerate(data.proofs) if p.version == got.version), 0)
            self.versions.blockSignals(True)
            self.versions.setCurrentRow(row)
            self.versions.blockSignals(False)
            self._show_pdf(got.version, got.pdf)
        else:
            self.shown_version = None
            self.viewer.set_pdf(None, key=(self.number, None))
        self._update_buttons()

    def _clear_sides(self) -> None:
        while self.sides_box.count():
            item = self.sides_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()

    def _fill_sides(self, data: overview.OrderView, lang: str, thumbnails: dict[int, QImage]) -> None:
        current = self.side.currentData()
        self.side.clear()
        for index in range(max(2, len(data.sides) + 1, data.spec.sides_printed)):
            self.side.addItem(side_label(lang, index), index)
        self.side.setMinimumWidth(self.side.sizeHint().width())  # the longest side name whole ("Vorderseite")
        present = {v.side for v in data.sides}
        missing = next((i for i in range(data.spec.sides_printed) if i not in present), None)
        self.side.setCurrentIndex(missing if missing is not None else (current or 0))
        self._clear_sides()
        editable = allowed(data, Step.ARTWORK)
        for side in data.sides:
            card = SideCard(side, lang, editable, thumbnails.get(side.side, QImage()))
            card.replace.connect(self._replace_side)
            card.remove.connect(self.remove_side)
            self.sides_box.addWidget(card)
        for text in data.job_findings:
            label = wrapping(QLabel(f"{SERIOUS} {text}"))
            label.setStyleSheet(f"color: {palette.SERIOUS};")
            self.sides_box.addWidget(label)
        if not data.sides:
            self.sides_box.addWidget(
                wrapping(hint(self.tr("No artwork yet – drop the customer's files anywhere here.")))
            )
        elif editable:
            self.sides_box.addWidget(wrapping(hint(self.tr("Drop more files anywhere here (PDF, TIFF, PNG, JPEG)."))))
        self.sides_box.addStretch()

    def _fill_versions(self, data: overview.OrderView) -> None:
        self.versions.blockSignals(True)
        self.versions.clear()
        for p in data.proofs:
            lines = [
                self.tr("Version {v} · {when} · {who}").format(
                    v=p.version, when=local_time(p.created_at), who=p.created_by
                )
            ]
            if p.note:
                lines.append("   " + self.tr("What changed: {note}").format(note=p.note))
            for d in p.decisions:
                # "record intact", not "verified": beside "changes requested" a German "bestätigt" read as an approval
                mark = f"{OK} " + self.tr("record intact") if d.verified else f"{SERIOUS} " + self.tr("record ALTERED")
                verdict = self.tr("approval voided") if d.voided else vocabulary.name("decision", d.decision)
                method = vocabulary.name("method", d.method)
                lines.append(f"   {verdict} · {d.customer_name} · {method} · {mark}")
                if d.changes:
                    lines.append("   " + self.tr("Changes asked for: {changes}").format(changes=d.changes))
                if d.note:
                    lines.append("   " + self.tr("Note: {note}").format(note=d.note))
                if d.voided and d.void_reason:
                    lines.append("   " + self.tr("Voided because: {reason}").format(reason=d.void_reason))
            item = QListWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, p.version)
            self.versions.addItem(item)
        self.versions.blockSignals(False)

    def _version_picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self._show_version(int(item.data(Qt.ItemDataRole.UserRole)))

    def _show_version(self, version: int) -> None:
        """Another version picked in the list: its PDF is read in the background, then shown."""
        current = self._reads.stamp()
        number = self.number

        def show(pdf: bytes) -> None:
            if number == self.number and current():
                self._show_pdf(version, pdf)

        viewer = self.session.actor
        run_task(lambda: read_proof(number, version, viewer), show, lambda failure: show_message(self.message, failure))

    def _show_pdf(self, version: int, pdf: bytes | None) -> None:
        same = self.shown_version == version and self.viewer.page_count() > 0
        page = self.viewer.current_page() if same else 1
        self.shown_version = version
        self.viewer.set_pdf(pdf, page=page, key=(self.number, version))

    def _update_buttons(self) -> None:
        data = self.view_data
        actor = self.session.actor
        status = OrderStatus(data.status) if data else OrderStatus.DRAFT
        has_proof = bool(data and data.proofs) and not self.loading
        editable = allowed(data, Step.ARTWORK) and not self.loading
        owner = actor is not None and actor.role == Role.OWNER
        idle = not self.busy and not self.loading
        self.make_button.setEnabled(idle and bool(data and data.sides) and allowed(data, Step.PROOF))
        self.add_button.setEnabled(not self.busy and editable)
        self.side.setEnabled(not self.busy and editable)
        can_decide = has_proof and allowed(data, Step.APPROVAL) and idle
        self.present_button.setEnabled(can_decide)
        self.other_button.setEnabled(can_decide)
        self.link_button.setEnabled(can_decide)
        self._show_link(data.link if data else None)
        decisions = [d for p in (data.proofs if data else []) for d in p.decisions]
        standing = any(d.decision != "changes_requested" and not d.voided for d in decisions)
        self.certificate_button.setEnabled(bool(decisions) and idle)
        self.mail_button.setEnabled(bool(decisions) and idle)
        self.ticket_button.setEnabled(data is not None and idle)
        self.label_button.setEnabled(data is not None and idle)
        self.dossier_button.setVisible(owner)
        self.dossier_button.setEnabled(has_proof and idle)
        self.void_button.setVisible(owner)
        self.void_button.setEnabled(standing and allowed(data, Step.VOID) and idle)
        self.print_button.setEnabled(has_proof)
        self.save_button.setEnabled(has_proof and idle)
        outcome = DisputeOutcome(data.outcome) if data and data.outcome else None
        target = rules.next_status(status, outcome)
        self._next = target
        self.next_button.setVisible(target is not None and not self.busy)
        self.next_button.setEnabled(idle)
        if target is not None:
            self.next_button.setText(
                {
                    OrderStatus.IN_PRODUCTION: self.tr("Reprint: start production")
                    if status == OrderStatus.RESOLVED
                    else self.tr("Start production"),
                    OrderStatus.READY: self.tr("Ready for pickup"),
                }.get(target, vocabulary.name("status", target.value))
            )
        self.next_step.setText(self._next_step_text(status, data))
        self.tools.update()
        self._fit_column()  # buttons came or went

    def _next_step_text(self, status: OrderStatus, data: overview.OrderView | None) -> str:
        if data is None:
            return ""
        if status == OrderStatus.DRAFT and not data.sides:
            return self.tr("Next: add the customer's artwork.")
        if allowed(data, Step.PROOF) and data.sides and not data.proofs:
            return self.tr("Next: make the first proof.")
        if status == OrderStatus.PROOFING:
            return self.tr("Next: show the newest proof to the customer, or record their answer.")
        if status == OrderStatus.RESOLVED:
            outcome = DisputeOutcome(data.outcome) if data.outcome else None
            if outcome == DisputeOutcome.NEW_PROOF_CUSTOMER_COST:
                return self.tr("Complaint decided: a new proof, at the customer's cost.")
            if outcome == DisputeOutcome.REPRINT_SHOP_COST:
                return self.tr("Complaint decided: reprint at the shop's cost.")
            return self.tr("Complaint decided: the customer takes the order.")
        return {
            OrderStatus.APPROVED: self.tr("Approved: production can start."),
            OrderStatus.IN_PRODUCTION: self.tr("In production: mark it ready when it is done."),
            OrderStatus.READY: self.tr("Ready: the customer collects it on the Pickup screen (F3)."),
            OrderStatus.PICKED_UP: self.tr("Handed over."),
            OrderStatus.DISPUTED: self.tr("Complaint open: the owner decides it on the Pickup screen."),
        }.get(status, "")

    # --- artwork ---------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and self.add_button.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.add_files(paths)

    def _pick_files(self, many: bool = True) -> list[Path]:
        folder = workstation.folder("artwork/folder")
        title = self.tr("Customer's artwork")
        filter_text = self.tr("Artwork (*.pdf *.tif *.tiff *.png *.jpg *.jpeg)")
        if many:
            files, _ = QFileDialog.getOpenFileNames(self, title, str(folder), filter_text)
        else:
            one, _ = QFileDialog.getOpenFileName(self, title, str(folder), filter_text)
            files = [one] if one else []
        if files:
            workstation.remember_folder("artwork/folder", files[0])
        return [Path(f) for f in files]

    def browse_artwork(self) -> None:
        self.add_files(self._pick_files())

    def _replace_side(self, side: int) -> None:
        files = self._pick_files(many=False)
        if files:
            self.add_files(files, first=side, confirmed=True)

    def remove_side(self, side: int) -> None:
        data = self.view_data
        view = next((v for v in (data.sides if data else []) if v.side == side), None)
        if view is None:
            return
        name = side_label(language_for_screen(), side)
        if not ask(
            self,
            self.tr("Remove artwork"),
            self.tr("Take “{file}” off the {side}? It stays in the order's history.").format(
                file=view.filename, side=name
            ),
            self.tr("Remove"),
            self.tr("Keep it"),
        ):
            return
        actor, number = self.session.actor, self.number
        done_text = self.tr("“{file}” was taken off the order.").format(file=view.filename)
        self._start(self.tr("Taking the file off the order…"), cancellable=False)
        run_task(
            lambda: artwork.remove_artwork(actor, number, side), lambda _r: self._finished(done_text), self._failed
        )

    def add_files(self, paths: list[Path], first: int | None = None, confirmed: bool = False) -> None:
        """Import files in the background: the first to the chosen side, the next ones to the sides after it.

        A side that already has artwork is replaced only after the user agrees.
        """
        if not paths or self.busy or not self.add_button.isEnabled():
            return
        start = int(self.side.currentData() or 0) if first is None else first
        occupied = {v.side: v.filename for v in (self.view_data.sides if self.view_data else [])}
        clashes = [s for s in range(start, start + len(paths)) if s in occupied]
        if clashes and not confirmed:
            lang = language_for_screen()
            listed = ", ".join(f"{side_label(lang, s)} ({occupied[s]})" for s in clashes)
            if not ask(
                self,
                self.tr("Replace artwork"),
                self.tr("This replaces the artwork of: {sides}. Replace it?").format(sides=listed),
                self.tr("Replace"),
                self.tr("Cancel"),
            ):
                return
        actor, number, token = self.session.actor, self.number, CancelToken()
        self._token = token

        def work() -> list[str]:
            notes = []
            side = start
            for path in paths:
                added = artwork.add_artwork(actor, number, path, side, should_cancel=token.is_cancelled)
                side = max(added.sides) + 1
                notes.append(path.name)
            return notes

        self._start(self.tr("Reading artwork…"))
        run_task(
            work, lambda names: self._finished(self.tr("Added {files}.").format(files=", ".join(names))), self._failed
        )

    # --- proofs ----------------------------------------------------------------------------
    def make_proof(self) -> None:
        if not self.make_button.isEnabled() or not self.isVisible():
            return
        actor, number, token = self.session.actor, self.number, CancelToken()
        self._token = token
        self._start(self.tr("Making the proof…"))
        run_task(
            lambda: proofs.make_proof(actor, number, should_cancel=token.is_cancelled),
            lambda made: self._finished(self.tr("Proof version {v} is ready.").format(v=made.version), made.version),
            self._failed,
        )

    def cancel(self) -> None:
        """Stop the work before it saves anything (files already added stay)."""
        self._token.cancel()
        self.cancel_button.setEnabled(False)

    def _start(self, text: str, cancellable: bool = True) -> None:
        """Work begins in the background: the bar moves, the line says what happens, nothing can be pressed
        twice (only Cancel, for work that can stop before it saves)."""
        self.busy = True
        self._work_number = self.number  # the user may open another order meanwhile
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(cancellable)
        self.progress.show()
        self.message.show_text(text, "busy")
        self._update_buttons()

    def _finished(self, text: str, version: int | None = None) -> None:
        """The work is saved: read the order again (in the background), then say so."""
        self.session.changed.emit()
        self.reload(version, after=lambda failure: self._idle(failure or text, ok=failure is None))

    def _failed(self, text: str) -> None:
        self.session.changed.emit()
        self.reload(self.shown_version, after=lambda _failure: self._idle(text, ok=False))

    def _idle(self, text: str, ok: bool) -> None:
        self.busy = False
        self.progress.hide()
        self.cancel_button.hide()
        if self.number == self._work_number:  # a sentence about another order is not said on this one
            show_message(self.message, text, ok=ok)
        else:
            self.message.clear_message()
        self._update_buttons()

    def save_proof(self) -> None:
        if self.shown_version is None or not self.isVisible() or not self.save_button.isEnabled():
            return
        folder = workstation.folder("proof/folder")
        name = self.tr("Proof-{number}-v{v}.pdf").format(number=self.number, v=self.shown_version)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save proof"), str(Path(str(folder)) / name), self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        actor, number, version = self.session.actor, self.number, self.shown_version

        def saved(_proof: object) -> None:
            workstation.remember_folder("proof/folder", path)
            self._idle(self.tr("Saved to {path}").format(path=path), ok=True)

        self._start(self.tr("Saving the proof…"), cancellable=False)
        run_task(lambda: proofs.export_proof(actor, number, path, version), saved, lambda f: self._idle(f, ok=False))

    def print_proof(self) -> None:
        if self.shown_version is None or not self.isVisible():
            return
        from ..widgets.printing import print_pdf

        title = self.tr("Proof {number} version {v}").format(number=self.number, v=self.shown_version)
        try:  # "print to a PDF file" writes the proof itself (it rendered pictures of it, once an empty file)
            print_pdf(self, self.viewer.document, title, None, self.viewer.pdf_data())
        except UserError as exc:  # printed to a PDF file that could not be written
            show_message(self.message, str(exc))

    def print_ticket(self, kind: str) -> None:
        """The job ticket (A4) or the pickup label (62 mm), made in the background, then Qt's print dialog."""
        from ...services.counter import tickets

        if self.busy or self.loading:
            return
        make = tickets.make_job_ticket if kind == "ticket" else tickets.make_pickup_label
        actor, number = self.session.actor, self.number
        if kind == "ticket":
            title = self.tr("Job ticket {number}").format(number=number)
        else:
            title = self.tr("Pickup label {number}").format(number=number)

        def made(data: bytes) -> None:
            from ..widgets.printing import pdf_document, print_pdf

            self._idle("", ok=True)
            self.ticket_document = pdf_document(data, self)
            try:
                print_pdf(self, self.ticket_document, title, None if kind == "ticket" else tickets.LABEL_MM, data)
            except UserError as exc:  # printed to a PDF file that could not be written
                show_message(self.message, str(exc))

        self._start(self.tr("Preparing {document}…").format(document=title), cancellable=False)
        run_task(lambda: make(actor, number), made, lambda failure: self._idle(failure, ok=False))

    def _present(self) -> None:
        if self.present_button.isEnabled() and self.isVisible() and self.view_data and self.view_data.proofs:
            self.present.emit(self.number, self.view_data.proofs[0].version)

    def _save_signed(self, file_name: str, make) -> None:  # noqa: ANN001
        folder = workstation.folder("proof/folder")
        path, _ = QFileDialog.getSaveFileName(
            self, file_name, str(Path(str(folder)) / file_name), self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        actor, number = self.session.actor, self.number
        self._start(self.tr("Preparing the signed PDF…"), cancellable=False)

        def work() -> str:
            write_file_atomically(Path(path), make(actor, number))
            return path

        run_task(
            work, lambda p: self._finished(self.tr("Saved to {path}").format(path=p), self.shown_version), self._failed
        )

    def save_certificate(self) -> None:
        from ...services.evidence.certificates import make_certificate

        self._save_signed(self.tr("Certificate-{number}.pdf").format(number=self.number), make_certificate)

    def mail_certificate(self, address: str | None = None) -> None:
        """Ask for the address (the customer's, prefilled) and send the signed certificate in the background."""
        from PySide6.QtWidgets import QInputDialog

        from ...services.counter.mail import send_certificate

        if address is None:
            known = self.view_data.email if self.view_data else ""
            address, ok = QInputDialog.getText(
                self, self.tr("E-mail the certificate"), self.tr("The customer's e-mail address:"), text=known
            )
            if not ok:
                return
        actor, number = self.session.actor, self.number
        self._start(self.tr("Sending the signed certificate…"), cancellable=False)
        run_task(
            lambda: send_certificate(actor, number, address),
            lambda sent: self._finished(self.tr("Sent to {to}.").format(to=sent.to), self.shown_version),
            self._failed,
        )

    def save_dossier(self) -> None:
        from ...services.counter.dossier import make_dossier

        self._save_signed(self.tr("Dossier-{number}.pdf").format(number=self.number), make_dossier)

    def void_approval(self) -> None:
        from ...services.proofing import approvals
        from ..widgets.dialogs import ReasonDialog

        dialog = ReasonDialog(
            self.tr("Void the approval"),
            self.tr("Why is this approval void? Both records stay visible, and the order goes back to proofing."),
            self.tr("Void the approval"),
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        actor, number, reason = self.session.actor, self.number, dialog.reason()
        done_text = self.tr("The approval is void; the order is back in proofing.")
        self._start(self.tr("Saving…"), cancellable=False)
        run_task(
            lambda: approvals.void_standing_approval(actor, number, reason),
            lambda _r: self._finished(done_text),
            self._failed,
        )

    def _other_approval(self) -> None:
        from .other_approval import OtherApprovalDialog

        if not (self.view_data and self.view_data.proofs):
            return
        data = self.view_data
        dialog = OtherApprovalDialog(self.session, self.number, data.proofs[0].version, self, language=data.language)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            show_message(self.message, self.tr("The customer's answer is recorded."), ok=True)
            self.offer_copy(dialog.record_id)

    def offer_copy(self, approval_id: int | None) -> None:
        """After a paper, e-mail or phone answer, as after one signed on screen: the customer's copy (printed,
        or e-mailed to a customer who answered from afar)."""
        from ..counter.copy_dialog import CustomerCopyDialog

        if approval_id is not None:
            self.copy_dialog = CustomerCopyDialog(self.session, f"approval:{approval_id}", self)
            self.copy_dialog.show()

    def _show_link(self, link) -> None:  # noqa: ANN001 - remote_approval.LinkState or None
        """The latest link's state in one line: sent, opened, code confirmed, decided, expired …"""
        if link is None:
            self.link_state.hide()
            return
        when = {
            "queued": self.tr("Link for version {v} waits for the portal: {problem}"),
            "sent": self.tr("Link for version {v} sent to {email} on {sent}; valid until {until}"),
            "opened": self.tr("Link for version {v}: opened by the customer on {opened}"),
            "confirmed": self.tr("Link for version {v}: the customer confirmed the code on {confirmed}"),
            "decided": self.tr("Link for version {v}: decided on {decided}"),
            "expired": self.tr("Link for version {v} expired on {until}"),
            "withdrawn": self.tr("Link for version {v} taken back (a newer version, or the order moved on)"),
            "refused": self.tr("The decision by link on version {v} was not recorded: {problem}"),
        }.get(link.state, link.state)

        def at(moment) -> str:  # noqa: ANN001
            return local_time(moment) if moment else "–"

        self.link_state.setText(
            when.format(
                v=link.version,
                email=link.email,
                sent=at(link.sent_at),
                until=at(link.expires_at),
                opened=at(link.opened_at),
                confirmed=at(link.confirmed_at),
                decided=at(link.decided_at),
                problem=link.problem,
            )
        )
        self.link_state.show()

    def _send_link(self) -> None:
        """Ask for the address (the order's by default), then send in the background: rendering and the portal."""
        from PySide6.QtWidgets import QInputDialog

        data = self.view_data
        if not (data and data.proofs) or self.busy or not self.link_button.isEnabled():
            return
        address, ok = QInputDialog.getText(
            self,
            self.tr("Send for approval by link"),
            self.tr("The link to version {v} goes to this address; the page sends the code there too:").format(
                v=data.proofs[0].version
            ),
            text=data.email,
        )
        if not ok:
            return
        from ...services.counter import remote_approval

        actor, number = self.session.actor, self.number
        self._start(self.tr("Sending the link…"), cancellable=False)

        def sent(result) -> None:  # noqa: ANN001
            text = (
                self.tr("The link waits for the portal and is sent when it answers: {problem}").format(
                    problem=result.problem
                )
                if result.state == "queued"
                else self.tr("The link to version {v} was sent to {email}.").format(
                    v=result.version, email=result.email
                )
            )
            self._finished(text)

        run_task(lambda: remote_approval.send_for_approval(actor, number, address.strip()), sent, self._failed)

    def _next_status(self) -> None:
        """The next step of production (start, ready) saved in the background; the button waits meanwhile."""
        target = self._next
        if target is None or not self.next_button.isEnabled() or self.busy:
            return
        actor, number = self.session.actor, self.number
        text = self.tr("{number} is now: {status}").format(number=number, status=vocabulary.name("status", target))

        def saved(_result: object) -> None:
            self.session.changed.emit()

            def after(failure: Failure | None) -> None:
                self._idle(failure or text, ok=failure is None)
                if failure is None and target == OrderStatus.READY:
                    self.tools.offer_ready_mail(number)  # the customer may be told by e-mail

            self.reload(None, after=after)

        self._start(self.tr("Saving…"), cancellable=False)
        run_task(lambda: orders.set_status(actor, number, target), saved, self._failed)


def language_for_screen() -> str:
    """Side names and findings on screen speak the workstation's language (documents the shop's)."""
    from ...domain.i18n import language as ui_language

    return ui_language() or language()


def count_text(value: int) -> str:
    """A count in the user's locale: 1.000 in German, 1,000 in English."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(value)
