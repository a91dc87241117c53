"""One order: its artwork (drop files here), proof versions, the proof itself and the next step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import OrderStatus
from ..domain.errors import UserError
from ..domain.texts import side_label
from ..domain.units import format_mm
from ..services import artwork, orders, overview, proofs
from ..services.shop import language
from ..workers.tasks import run_task
from .common import STATUS_COLORS, big_button, hint, local_date, local_time, message_line, show_message, status_label
from .proof_viewer import ProofViewer

ARTWORK_FILTER = "Artwork (*.pdf *.tif *.tiff *.png *.jpg *.jpeg)"


def timeline_text(entry: overview.TimelineEntry) -> str:
    """One line of the order's history in the user's language."""
    from PySide6.QtCore import QCoreApplication

    from ..domain.enums import DisputeCategory, DisputeOutcome
    from .disputes import category_names, outcome_names

    d = entry.details
    decisions = {
        "approved": QCoreApplication.translate("History", "approved"),
        "approved_with_changes": QCoreApplication.translate("History", "approved with changes"),
        "changes_requested": QCoreApplication.translate("History", "changes requested"),
    }
    category = str(d.get("category", ""))
    outcome = str(d.get("outcome", ""))
    if category in DisputeCategory._value2member_map_:
        category = category_names()[DisputeCategory(category)]
    if outcome in DisputeOutcome._value2member_map_:
        outcome = outcome_names()[DisputeOutcome(outcome)]
    texts = {
        "order.created": QCoreApplication.translate("History", "Order taken"),
        "artwork.added": QCoreApplication.translate("History", "Artwork added: {file}").format(file=d.get("file", "")),
        "proof.made": QCoreApplication.translate("History", "Proof version {v} made").format(v=d.get("version", "")),
        "approval.recorded": QCoreApplication.translate(
            "History", "Customer's decision on version {v}: {decision}"
        ).format(v=d.get("version", ""), decision=decisions.get(str(d.get("decision", "")), "")),
        "approval.voided": QCoreApplication.translate("History", "Approval voided by the owner"),
        "pickup.recorded": QCoreApplication.translate("History", "Handed over against signature"),
        "dispute.opened": QCoreApplication.translate("History", "Complaint recorded: {category}").format(
            category=category
        ),
        "dispute.decided": QCoreApplication.translate("History", "Complaint decided: {outcome}").format(
            outcome=outcome
        ),
        "order.status": QCoreApplication.translate("History", "Status: {status}").format(
            status=status_label(str(d.get("to", "")))
        ),
    }
    return texts.get(entry.kind, entry.kind)


class SideCard(QFrame):
    def __init__(self, view: overview.SideView, lang: str) -> None:
        super().__init__()
        self.setProperty("role", "card")
        layout = QHBoxLayout(self)
        thumb = QLabel()
        pixmap = QPixmap()
        pixmap.loadFromData(view.thumbnail)
        thumb.setPixmap(
            pixmap.scaled(120, 120, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )
        thumb.setFixedWidth(124)
        layout.addWidget(thumb)
        text = QVBoxLayout()
        name = QLabel(f"<b>{side_label(lang, view.side)}</b> – {view.filename}")
        name.setWordWrap(True)
        text.addWidget(name)
        facts = [f"{view.pixels[0]} × {view.pixels[1]} px", view.mode]
        facts.append(f"{view.dpi} dpi" if view.dpi else self.tr("vector PDF"))
        if view.icc_profile:
            facts.append(view.icc_profile)
        text.addWidget(hint(" · ".join(facts)))
        if view.findings:
            for finding in view.findings:
                label = QLabel(("⛔ " if view.serious else "⚠ ") + finding)
                label.setWordWrap(True)
                label.setStyleSheet("color: #b71c1c;" if view.serious else "color: #e65100;")
                text.addWidget(label)
        else:
            ok = QLabel(self.tr("✓ Ready to print"))
            ok.setStyleSheet("color: #2e7d32;")
            text.addWidget(ok)
        text.addStretch()
        layout.addLayout(text, 1)


class OrderScreen(QWidget):
    """Signals: ``back()`` to the list; ``present(str, int)`` to show proof version to the customer."""

    back = Signal()
    present = Signal(str, int)

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session = session
        self.number = ""
        self.view_data: overview.OrderView | None = None
        self.shown_version: int | None = None
        self.busy = False
        self.setAcceptDrops(True)
        outer = QVBoxLayout(self)

        head = QHBoxLayout()
        self.back_button = big_button(self.tr("← Orders"))
        self.back_button.setToolTip(self.tr("Esc"))
        self.back_button.clicked.connect(self.back.emit)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.status_chip = QLabel()
        head.addWidget(self.back_button)
        head.addWidget(self.heading, 1)
        head.addWidget(self.status_chip)
        outer.addLayout(head)
        self.spec_line = hint()
        outer.addWidget(self.spec_line)
        self.message = message_line()
        outer.addWidget(self.message)

        split = QSplitter()
        # Left: artwork.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Artwork"))))
        add_row = QHBoxLayout()
        self.side = QComboBox()
        self.side.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.add_button = big_button(self.tr("Add artwork…"))
        self.add_button.clicked.connect(self.browse_artwork)
        add_row.addWidget(self.side)
        add_row.addWidget(self.add_button)
        left_layout.addLayout(add_row)
        self.sides_box = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.sides_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        left_layout.addWidget(scroll, 1)
        split.addWidget(left)
        # Middle: the proof.
        self.viewer = ProofViewer()
        split.addWidget(self.viewer)
        # Right: versions and actions.
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.make_button = big_button(self.tr("Make proof"), primary=True)
        self.make_button.setToolTip(self.tr("Ctrl+M"))
        self.make_button.clicked.connect(self.make_proof)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = big_button(self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        self._cancelled = False
        self.other_button = big_button(self.tr("Approval received otherwise…"))
        self.other_button.clicked.connect(self._other_approval)
        self.present_button = big_button(self.tr("Show to customer && sign"))
        self.present_button.setToolTip(self.tr("F5"))
        self.present_button.clicked.connect(self._present)
        self.print_button = big_button(self.tr("Print proof…"))
        self.print_button.clicked.connect(self.print_proof)
        self.save_button = big_button(self.tr("Save proof as PDF…"))
        self.save_button.clicked.connect(self.save_proof)
        self.certificate_button = big_button(self.tr("Approval certificate…"))
        self.certificate_button.clicked.connect(self.save_certificate)
        self.dossier_button = big_button(self.tr("Dossier (owner)…"))
        self.dossier_button.clicked.connect(self.save_dossier)
        self.void_button = big_button(self.tr("Void the approval (owner)…"), danger=True)
        self.void_button.clicked.connect(self.void_approval)
        self.next_button = big_button("")
        self.next_button.clicked.connect(self._next_status)
        right_layout.addWidget(self.make_button)
        right_layout.addWidget(self.progress)
        right_layout.addWidget(self.cancel_button)
        right_layout.addWidget(self.present_button)
        right_layout.addWidget(self.other_button)
        right_layout.addWidget(self.print_button)
        right_layout.addWidget(self.save_button)
        right_layout.addWidget(self.next_button)
        right_layout.addWidget(self.certificate_button)
        right_layout.addWidget(self.dossier_button)
        right_layout.addWidget(self.void_button)
        self.versions = QListWidget()
        self.versions.setWordWrap(True)
        self.versions.currentItemChanged.connect(self._version_picked)
        self.history = QListWidget()
        self.history.setWordWrap(True)
        tabs = QTabWidget()
        tabs.addTab(self.versions, self.tr("Proof versions"))
        tabs.addTab(self.history, self.tr("History"))
        right_layout.addWidget(tabs, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setStretchFactor(2, 2)
        split.setSizes([330, 800, 300])
        self.split = split
        state = QSettings().value("order/splitter")
        if state is not None:
            split.restoreState(state)
        split.splitterMoved.connect(lambda *_: QSettings().setValue("order/splitter", split.saveState()))
        outer.addWidget(split, 1)
        self.drop_hint = hint(self.tr("Drop the customer's files anywhere here (PDF, TIFF, PNG, JPEG)."))
        outer.addWidget(self.drop_hint)

        QShortcut(QKeySequence("Ctrl+M"), self, activated=self.make_proof)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, activated=self.print_proof)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save_proof)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self._present)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.back.emit)

    # --- loading ---------------------------------------------------------------------------
    def load(self, number: str) -> None:
        self.number = number
        show_message(self.message, "")
        self.reload()

    def reload(self, version: int | None = None) -> None:
        try:
            data = overview.order_view(self.number)
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        self.view_data = data
        lang = language()
        who = data.customer + (f" – {data.company}" if data.company else "")
        self.heading.setText(self.tr("Order {number} · {customer}").format(number=data.number, customer=who))
        color = STATUS_COLORS.get(data.status, "#000")
        self.status_chip.setText(status_label(data.status))
        self.status_chip.setStyleSheet(
            f"background:{color}; color:white; padding:6px 12px; border-radius:12px;font-weight:600;"
        )
        s = data.spec
        parts = [
            s.product,
            s.size_label,
            self.tr("bleed {mm} mm").format(mm=format_mm(s.bleed_mm)),
            self.tr("{n} pcs").format(n=s.quantity),
            s.colors,
        ]
        parts += [p for p in (s.stock, s.finishing) if p]
        if s.due:
            parts.append(self.tr("due {date}").format(date=local_date(s.due)))
        self.spec_line.setText(" · ".join(parts) + "   " + " · ".join(v for v in (data.phone, data.email) if v))
        current = self.side.currentData()
        self.side.clear()
        for index in range(max(2, len(data.sides) + 1, s.sides_printed)):
            self.side.addItem(side_label(lang, index), index)
        missing = next((i for i in range(s.sides_printed) if i not in {v.side for v in data.sides}), None)
        self.side.setCurrentIndex(missing if missing is not None else (current or 0))
        while self.sides_box.count():
            item = self.sides_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for side in data.sides:
            self.sides_box.addWidget(SideCard(side, lang))
        for text in data.job_findings:
            label = QLabel("⛔ " + text)
            label.setWordWrap(True)
            label.setStyleSheet("color: #b71c1c;")
            self.sides_box.addWidget(label)
        if not data.sides:
            self.sides_box.addWidget(hint(self.tr("No artwork yet – drop the customer's files here.")))
        self.sides_box.addStretch()
        self.versions.blockSignals(True)
        self.versions.clear()
        verdict_names = {
            "approved": self.tr("approved"),
            "approved_with_changes": self.tr("approved with changes"),
            "changes_requested": self.tr("changes requested"),
            "voided": self.tr("approval voided"),
        }
        for p in data.proofs:
            text = self.tr("Version {v} · {when} · {who}").format(
                v=p.version, when=local_time(p.created_at), who=p.created_by
            )
            if p.verdict:
                mark = "✔ " + self.tr("verified") if p.verified else "⛔ " + self.tr("NOT verified")
                text += f"\n   {verdict_names[p.verdict]} · {mark}"
            if p.note:
                text += f"\n   {p.note}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, p.version)
            self.versions.addItem(item)
        self.versions.blockSignals(False)
        self.history.clear()
        for entry in reversed(overview.order_timeline(self.number)):
            self.history.addItem(
                f"{local_time(entry.at)} · {entry.staff or entry.workstation}\n   {timeline_text(entry)}"
            )
        if data.proofs:
            wanted = version or data.proofs[0].version
            row = next(i for i, p in enumerate(data.proofs) if p.version == wanted)
            self.versions.setCurrentRow(row)
            self._show_version(wanted)
        else:
            self.shown_version = None
            self.viewer.set_pdf(None)
        self._update_buttons()

    def _version_picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self._show_version(int(item.data(Qt.ItemDataRole.UserRole)))

    def _show_version(self, version: int) -> None:
        self.shown_version = version
        self.viewer.set_pdf(
            proofs.proof_bytes(proofs.get_proof(self.number, version)),
            page=1 if self.viewer.page_count() == 0 else self.viewer.current_page(),
        )

    def _update_buttons(self) -> None:
        data = self.view_data
        status = OrderStatus(data.status) if data else OrderStatus.DRAFT
        has_proof = bool(data and data.proofs)
        can_proof = status in (OrderStatus.DRAFT, OrderStatus.PROOFING, OrderStatus.RESOLVED)
        self.make_button.setEnabled(not self.busy and bool(data and data.sides) and can_proof)
        self.add_button.setEnabled(not self.busy and can_proof)
        latest = data.proofs[0] if has_proof else None
        self.present_button.setEnabled(bool(latest) and status in (OrderStatus.PROOFING, OrderStatus.RESOLVED))
        self.other_button.setEnabled(self.present_button.isEnabled())
        from ..domain.enums import Role

        approved = any(p.verdict and p.verdict != "voided" for p in (data.proofs if data else []))
        owner = self.session.actor is not None and self.session.actor.role == Role.OWNER
        self.certificate_button.setVisible(approved)
        self.dossier_button.setVisible(owner and has_proof)
        standing = any(p.verdict in ("approved", "approved_with_changes") for p in (data.proofs if data else []))
        self.void_button.setVisible(owner and standing and status in (OrderStatus.APPROVED, OrderStatus.IN_PRODUCTION))
        self.print_button.setEnabled(has_proof)
        self.save_button.setEnabled(has_proof)
        follow = {
            OrderStatus.APPROVED: (OrderStatus.IN_PRODUCTION, self.tr("Start production")),
            OrderStatus.IN_PRODUCTION: (OrderStatus.READY, self.tr("Ready for pickup")),
        }.get(status)
        self.next_button.setVisible(follow is not None)
        if follow:
            self.next_button.setText(follow[1])
            self._next = follow[0]

    # --- artwork ---------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and self.add_button.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_files(paths)
        event.acceptProposedAction()

    def browse_artwork(self) -> None:
        folder = QSettings().value("artwork/folder", str(Path.home()))
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Customer's artwork"), str(folder), ARTWORK_FILTER)
        if files:
            QSettings().setValue("artwork/folder", str(Path(files[0]).parent))
            self.add_files([Path(f) for f in files])

    def add_files(self, paths: list[Path]) -> None:
        """Import files in the background: the first to the chosen side, the next ones to the sides after it."""
        if not paths or self.busy:
            return
        first = int(self.side.currentData() or 0)
        actor, number = self.session.actor, self.number

        def work() -> list[str]:
            notes = []
            side = first
            for path in paths:
                added = artwork.add_artwork(actor, number, path, side, should_cancel=lambda: self._cancelled)
                side = max(added.sides) + 1
                notes.append(path.name)
            return notes

        self._start(self.tr("Reading artwork…"))
        run_task(
            work, lambda names: self._finished(self.tr("Added {files}.").format(files=", ".join(names))), self._failed
        )

    # --- proofs ----------------------------------------------------------------------------
    def make_proof(self) -> None:
        if not self.make_button.isEnabled():
            return
        actor, number = self.session.actor, self.number
        self._start(self.tr("Making the proof…"))
        run_task(
            lambda: proofs.make_proof(actor, number, should_cancel=lambda: self._cancelled),
            lambda made: self._finished(self.tr("Proof version {v} is ready.").format(v=made.version), made.version),
            self._failed,
        )

    def cancel(self) -> None:
        """Stop the work before it saves anything (files already added stay)."""
        self._cancelled = True
        self.cancel_button.setEnabled(False)

    def _start(self, text: str) -> None:
        self.busy = True
        self._cancelled = False
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.progress.show()
        show_message(self.message, text, ok=True)
        self._update_buttons()

    def _finished(self, text: str, version: int | None = None) -> None:
        self.busy = False
        self.progress.hide()
        self.cancel_button.hide()
        self.session.changed.emit()
        self.reload(version)
        show_message(self.message, text, ok=True)

    def _failed(self, text: str) -> None:
        self.busy = False
        self.progress.hide()
        self.cancel_button.hide()
        self.session.changed.emit()
        self.reload(self.shown_version)
        show_message(self.message, text)

    def save_proof(self) -> None:
        if self.shown_version is None:
            return
        folder = QSettings().value("proof/folder", str(Path.home()))
        suggested = str(Path(str(folder)) / f"Proof-{self.number}-v{self.shown_version}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save proof"), suggested, "PDF (*.pdf)")
        if not path:
            return
        try:
            proofs.export_proof(self.session.actor, self.number, path, self.shown_version)
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        QSettings().setValue("proof/folder", str(Path(path).parent))
        show_message(self.message, self.tr("Saved to {path}").format(path=path), ok=True)

    def print_proof(self) -> None:
        if self.shown_version is None:
            return
        from .printing import print_pdf

        print_pdf(
            self,
            self.viewer.document,
            self.tr("Proof {number} version {v}").format(number=self.number, v=self.shown_version),
        )

    def _present(self) -> None:
        if self.present_button.isEnabled() and self.view_data and self.view_data.proofs:
            self.present.emit(self.number, self.view_data.proofs[0].version)

    def _save_signed(self, kind: str, make) -> None:  # noqa: ANN001
        folder = QSettings().value("proof/folder", str(Path.home()))
        suggested = str(Path(str(folder)) / f"{kind}-{self.number}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, kind, suggested, "PDF (*.pdf)")
        if not path:
            return
        actor, number = self.session.actor, self.number
        self._start(self.tr("Preparing the signed PDF…"))

        def work() -> str:
            proofs.write_file_atomically(Path(path), make(actor, number))
            return path

        run_task(
            work, lambda p: self._finished(self.tr("Saved to {path}").format(path=p), self.shown_version), self._failed
        )

    def save_certificate(self) -> None:
        from ..services.certificates import make_certificate

        self._save_signed(self.tr("Approval-certificate"), make_certificate)

    def save_dossier(self) -> None:
        from ..services.dossier import make_dossier

        self._save_signed(self.tr("Dossier"), make_dossier)

    def void_approval(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from ..services import approvals

        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Void the approval"), self.tr("Why is this approval void? Both records stay visible.")
        )
        if not ok:
            return
        try:
            approvals.void_standing_approval(self.session.actor, self.number, reason)
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        self.session.changed.emit()
        self.reload()
        show_message(self.message, self.tr("The approval is void; the order is back in proofing."), ok=True)

    def _other_approval(self) -> None:
        from PySide6.QtWidgets import QDialog

        from .other_approval import OtherApprovalDialog

        if not (self.view_data and self.view_data.proofs):
            return
        dialog = OtherApprovalDialog(self.session, self.number, self.view_data.proofs[0].version, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            show_message(self.message, self.tr("The approval is recorded."), ok=True)

    def _next_status(self) -> None:
        try:
            orders.set_status(self.session.actor, self.number, self._next)
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        self.session.changed.emit()
        self.reload()
