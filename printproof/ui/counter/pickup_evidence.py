"""The pickup screen's evidence: every fact a dispute at the counter turns on, readable at a glance.

Beside the approved proof: the approval (its signature, name, time, method, staff), the checklist as ticked and
the terms as shown, the findings the customer acknowledged, the press profile the proof simulated, "artwork frozen
since", the due date beside the times the order moved on, every hand-over with its own signature, every complaint
with its photos (a click opens one large) and the owner's decision, and the copies the customer was given. The
facts are for everyone at the counter; the actions stay with the roles that may take them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain import vocabulary
from ...domain.i18n import tn
from ...domain.money import outcome_with_amount
from ...services.counter.pickup import PickupView
from ...services.counter.pickup_facts import OrderFacts
from ..widgets import palette
from ..widgets.common import OK, SERIOUS, WARNING, fit_to_screen, image_from, local_date, local_time
from ..widgets.labels import timeline_text

# What the pickup screen's short timeline shows of the order's events: the proof, the customer's decisions and
# the owner's, the moves to production and the shelf, the customer told, hand-overs, complaints and letters,
# copies given (not each artwork file, tick or photo alignment: those are on the order screen's history).
SHORT_TIMELINE = frozenset(
    {
        "order.created",
        "proof.made",
        "proof.link_made",
        "approval.recorded",
        "approval.voided",
        "order.status",
        "order.ready_mail",
        "pickup.recorded",
        "dispute.opened",
        "complaint.acknowledged",
        "dispute.decided",
        "complaint.letter",
        "complaint.replacement",
        "copy.given",
        "order.reordered",
    }
)

THUMB = 150  # a complaint photo's thumbnail, long side in px


@dataclass(frozen=True)
class EvidenceImages:
    """The pictures of the evidence, decoded off the GUI thread: each hand-over's signature, each complaint's
    photo thumbnails (the full upright JPEGs stay in the view, decoded when one is opened large)."""

    handovers: tuple[QImage | None, ...] = ()
    photos: tuple[tuple[QImage, ...], ...] = ()


def evidence_images(view: PickupView) -> EvidenceImages:
    """Decode the evidence's pictures (background work)."""
    facts = view.facts
    return EvidenceImages(
        tuple(image_from(h.signature_png, 340, 110) if h.signature_png else None for h in facts.handovers),
        tuple(tuple(image_from(p, THUMB, THUMB, enlarge=False) for p in c.photos) for c in facts.complaints),
    )


def _heading(text: str) -> str:
    return f"<br><b>{escape(text)}</b>"


class PhotoButton(QPushButton):
    """A complaint photo's thumbnail; clicked, the photo opens large."""

    def __init__(self, thumb: QImage, jpeg: bytes, title: str) -> None:
        super().__init__()
        self.jpeg, self.title = jpeg, title
        self.setIcon(QPixmap.fromImage(thumb))
        self.setIconSize(thumb.size())
        self.setFlat(True)
        self.setToolTip(QCoreApplication.translate("Evidence", "Show the photo large"))
        self.setAccessibleName(title)
        self.clicked.connect(self.show_large)

    def show_large(self) -> None:
        dialog = QDialog(self.window())
        dialog.setWindowTitle(self.title)
        fit_to_screen(dialog, 1400, 1000)
        layout = QVBoxLayout(dialog)
        picture = QLabel()
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        size = dialog.size()
        picture.setPixmap(QPixmap.fromImage(image_from(self.jpeg, size.width() - 40, size.height() - 60, False)))
        layout.addWidget(picture, 1)
        dialog.exec()


class EvidencePanel(QWidget):
    """The facts of one order at pickup (see the module's docstring).

    Signals: ``photo_opened(int)`` with the complaint's id when a photo is opened large.
    """

    photo_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(4)
        self._widgets: list[QWidget] = []

    def texts(self) -> list[str]:
        """What the panel says, label by label (tests read the screen, not the data)."""
        return [w.text() for w in self._widgets if isinstance(w, QLabel) and w.text()]

    def clear(self) -> None:
        for widget in self._widgets:
            self.grid.removeWidget(widget)
            widget.hide()  # gone at once, not painted where it was until it is deleted
            widget.deleteLater()
        self._widgets = []
        for row in range(self.grid.rowCount()):  # the stretch of an earlier, shorter record would pull a row apart
            self.grid.setRowStretch(row, 0)

    def _add(self, widget: QWidget, row: int, column: int = 0, span: int = 1) -> None:
        self.grid.addWidget(widget, row, column, 1, span)
        self._widgets.append(widget)

    def _text(self, html: str, row: int, column: int = 0, span: int = 1, small: bool = False) -> QLabel:
        label = QLabel(html)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if small:
            label.setStyleSheet(f"color: {palette.TEXT_SECONDARY}; font-size: 9.5pt;")
        self._add(label, row, column, span)
        return label

    def show_facts(self, view: PickupView, images: EvidenceImages, part: str = "all") -> None:
        """Fill the panel for ``view``: ``part`` "approval" (what the customer saw and ticked: frozen since, the
        checklist, the findings, the colours, the terms), "story" (dates, hand-overs, complaints, copies) or "all"."""
        self.clear()
        facts = view.facts
        row = 0
        if part in ("approval", "all"):
            for html, quoted in self._approval_blocks(facts):
                self._text(html.removeprefix("<br>"), row, 0, 2).setProperty("quoted", quoted)
                row += 1
            if facts.terms:
                heading = QCoreApplication.translate("Evidence", "Terms as shown to the customer")
                self._text(f"<br><b>{escape(heading)}</b>".removeprefix("<br>"), row, 0, 2)
                self._text(escape(facts.terms).replace("\n", "<br>"), row + 1, 0, 2, small=True).setProperty(
                    "quoted", True
                )
                row += 2
        if part in ("story", "all"):
            row = self._story(view, images, row, with_photos=part == "all")
        if part == "photos":
            for index, complaint in enumerate(facts.complaints):
                heading = QCoreApplication.translate("Evidence", "What was delivered, photographed (complaint {n})")
                self._text(f"<b>{escape(heading.format(n=complaint.dispute_id))}</b>", row, 0, 2)
                row = self._photos(complaint, images, index, row + 1)
        self.grid.setRowStretch(row, 1)

    def _story(self, view: PickupView, images: EvidenceImages, row: int, with_photos: bool) -> int:
        facts = view.facts
        self._text("<br>".join(self._time_lines(view, facts)).removeprefix("<br>"), row, 0, 2)
        row += 1
        for index, handover in enumerate(facts.handovers):
            head = QCoreApplication.translate("Evidence", "Handed over to {name} on {when} by {staff}").format(
                name=handover.collected_by, when=local_time(handover.at), staff=handover.staff or "–"
            )
            title = tn(
                "Hand-over {n}: {count} piece", "Hand-over {n}: {count} pieces", count=handover.quantity, n=index + 1
            )
            lines = [f"<b>{escape(title)}</b>", escape(head)]
            if handover.condition:
                lines.append(
                    escape(QCoreApplication.translate("Evidence", "Noted: {text}").format(text=handover.condition))
                )
            self._text("<br>".join(lines), row, 0, 2)
            row += 1
            picture = images.handovers[index] if index < len(images.handovers) else None
            if picture is not None:
                signature = QLabel()
                signature.setPixmap(QPixmap.fromImage(picture))
                signature.setToolTip(QCoreApplication.translate("Evidence", "The hand-over signature (receipt)"))
                signature.setAccessibleName(
                    QCoreApplication.translate("Evidence", "Hand-over signature of {name}").format(
                        name=handover.collected_by
                    )
                )
                signature.setStyleSheet(
                    f"background: white; border: 1px solid {palette.PRIMARY_LINE}; border-radius: 6px;"
                )
                self._add(signature, row, 0, 2)
                row += 1
        for index, complaint in enumerate(facts.complaints):
            row = self._complaint(complaint, images, index, row, with_photos)
        if copies := self._copies_lines(facts):
            self._text("<br>".join(copies), row, 0, 2, small=True)
            row += 1
        return row

    def _approval_blocks(self, facts: OrderFacts) -> list[tuple[str, bool]]:
        """(html, quoted): the headings in the workstation's language; the checklist's points and the findings
        quoted as the customer saw them (the record keeps those words, in the customer's language)."""
        blocks: list[tuple[str, bool]] = []
        if facts.frozen_since is not None:
            frozen = QCoreApplication.translate("Evidence", "Artwork frozen since the approval on {when}")
            blocks.append((escape(frozen.format(when=local_time(facts.frozen_since))), False))
        if facts.checklist:
            blocks.append(
                (_heading(QCoreApplication.translate("Evidence", "Checklist as ticked by the customer")), False)
            )
            blocks.append(("<br>".join(f"{OK if on else '☐'} {escape(label)}" for label, on in facts.checklist), True))
        if facts.acknowledged:
            heading = (
                QCoreApplication.translate("Evidence", "Findings the customer was told of")
                if facts.told_of
                else QCoreApplication.translate("Evidence", "Findings acknowledged")
            )
            blocks.append((_heading(heading), False))
            blocks.append(("<br>".join(f"{OK if on else '☐'} {escape(text)}" for text, on in facts.acknowledged), True))
        if facts.press_profile:
            said = QCoreApplication.translate("Evidence", "The approved proof showed the press colours of {profile}.")
            colours = _heading(QCoreApplication.translate("Evidence", "Colours"))
            blocks.append(
                (colours + "<br>" + escape(said).format(profile=f"<b>{escape(facts.press_profile)}</b>"), False)
            )
        return blocks

    def _time_lines(self, view: PickupView, facts: OrderFacts) -> list[str]:
        """The due date, then the order's story in short: each sealed event that matters at the counter, with
        its time, in the shop's words (the whole history is on the order screen and in the dossier)."""
        lines = [_heading(QCoreApplication.translate("Evidence", "Timeline"))]
        due = (
            QCoreApplication.translate("Evidence", "Due: {date}").format(date=local_date(facts.due))
            if facts.due
            else QCoreApplication.translate("Evidence", "No due date agreed.")
        )
        lines.append(f"<b>{escape(due)}</b>")
        if view.timeline:
            lines += [
                f"{escape(local_time(entry.at))} · {escape(timeline_text(entry).splitlines()[0])}"
                for entry in view.timeline
                if entry.kind in SHORT_TIMELINE
            ]
        else:  # nothing read (an order from before the audit trail said its times)
            lines += [
                f"{escape(vocabulary.name('status', status))}: {escape(local_time(at))}" for status, at in facts.times
            ]
        if facts.handovers and facts.handed_over < facts.ordered:
            said = QCoreApplication.translate(
                "Evidence", "{handed} of {ordered} pieces handed over; {open} still open."
            )
            counts = said.format(
                handed=facts.handed_over, ordered=facts.ordered, open=facts.ordered - facts.handed_over
            )
            lines.append(f"<b style='color:{palette.WARNING}'>{WARNING} {escape(counts)}</b>")
        late = facts.late_by(datetime.now(UTC).replace(tzinfo=None))
        if late is not None:
            days = max(1, late.days + (1 if late.seconds else 0))
            said = tn("Late by {count} day", "Late by {count} days", count=days)
            lines.append(f"<span style='color:{palette.ERROR}'>{WARNING} {escape(said)}</span>")
        if view.requested_changes:
            lines.append(_heading(QCoreApplication.translate("Evidence", "Changes the customer asked for")))
            lines += [
                escape(QCoreApplication.translate("Evidence", "Version {v}: {text}").format(v=v, text=text))
                for v, text in view.requested_changes
            ]
        return lines

    def _complaint(self, complaint, images: EvidenceImages, index: int, row: int, with_photos: bool) -> int:  # noqa: ANN001
        category = vocabulary.name("category", complaint.category)
        said = QCoreApplication.translate("Evidence", "Complaint {n} ({category}), {when}, taken by {staff}").format(
            n=complaint.dispute_id, category=category, when=local_time(complaint.at), staff=complaint.staff or "–"
        )
        self._text(f"<b>{escape(said)}</b><br>„{escape(complaint.words)}“", row, 0, 2)
        row += 1
        if with_photos:
            row = self._photos(complaint, images, index, row)
        decision = complaint.decision
        if decision is None:
            open_case = QCoreApplication.translate("Evidence", "Not decided yet.")
            self._text(f"<span style='color:{palette.ERROR}'>{SERIOUS} {escape(open_case)}</span>", row, 0, 2)
        else:
            self._decision(decision, row)
        return row + 1

    def _photos(self, complaint, images: EvidenceImages, index: int, row: int) -> int:  # noqa: ANN001
        """The complaint's photos as thumbnails in a row (a click shows one large)."""
        thumbs = images.photos[index] if index < len(images.photos) else ()
        if thumbs:
            strip = QWidget()
            strip_layout = QGridLayout(strip)
            strip_layout.setContentsMargins(0, 0, 0, 0)
            for n, (thumb, jpeg) in enumerate(zip(thumbs, complaint.photos, strict=False)):
                title = QCoreApplication.translate("Evidence", "Photo {n} of complaint {case}").format(
                    n=n + 1, case=complaint.dispute_id
                )
                button = PhotoButton(thumb, jpeg, title)
                button.clicked.connect(lambda _c=False, case=complaint.dispute_id: self.photo_opened.emit(case))
                strip_layout.addWidget(button, 0, n)
            strip_layout.setColumnStretch(len(thumbs), 1)
            self._add(strip, row, 0, 2)
            row += 1
        return row

    def _decision(self, decision, row: int) -> None:  # noqa: ANN001
        outcome = outcome_with_amount(decision.outcome, decision.amount_cents)
        matches = vocabulary.name("matches", decision.matches_approval)
        text = QCoreApplication.translate(
            "Evidence", "Owner's decision ({by}, {when}): {outcome}. Matches the approval: {matches}."
        ).format(by=decision.by or "–", when=local_time(decision.at), outcome=outcome, matches=matches)
        reason = QCoreApplication.translate("Evidence", "Why: {reason}").format(reason=decision.reason)
        self._text(f"<b>{escape(text)}</b><br>{escape(reason)}", row, 0, 2)

    def _copies_lines(self, facts: OrderFacts) -> list[str]:
        if not facts.copies:
            return []
        heading = QCoreApplication.translate("Evidence", "Copies the customer was given")
        lines = [f"<b>{escape(heading)}</b>"]
        for copy in facts.copies:
            lines.append(
                escape(
                    QCoreApplication.translate("Evidence", "{when}: copy of the {record}, {how}").format(
                        when=local_time(copy.at),
                        record=vocabulary.name("copy_record", copy.record),
                        how=vocabulary.name("copy_channel", copy.channel),
                    )
                )
            )
        return lines
