"""Settings (owner): the services outside the shop — the mail server for customers' copies and the ready
e-mail, the timestamp authority (RFC 3161) that gives certificates and the audit chain a trusted time, and the
portal customers approve proofs through by link (issue 24).

Fields are made from the settings registry (titles, limits, choices); values are checked by the services."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import settings as settings_registry
from ...domain.errors import UserError
from ...workers.tasks import Failure, run_task
from ..widgets.common import hint, message_line, show_message, small_button
from ..widgets.setting_fields import field_for

MAIL = ("smtp.host", "smtp.port", "smtp.security", "smtp.user", "smtp.password", "smtp.sender")
STAMP = ("timestamp.url", "timestamp.user", "timestamp.password")
PORTAL = ("portal.link_days", "portal.reminder_days")
SECRET = ("smtp.password", "timestamp.password")


class OutsideSettings(QWidget):
    """Mail server and timestamp authority: ``fields`` join the settings screen's fields (loaded and saved
    with the others)."""

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session = session
        self.fields: dict[str, QWidget] = {}
        outer = QVBoxLayout(self)
        outer.addWidget(QLabel("<b>{}</b>".format(self.tr("E-mail to customers"))))
        mail = self._form(MAIL)
        # Issue 13: "your order is ready" by e-mail, offered when an order is set to ready (a box with its own title).
        self.fields["mail.ready_notice"] = field_for(settings_registry.definition("mail.ready_notice"))
        mail.addRow("", self.fields["mail.ready_notice"])
        outer.addLayout(mail)
        self.fields["smtp.host"].setPlaceholderText(self.tr("e.g. smtp.example.com (empty: no e-mail)"))
        self.fields["smtp.sender"].setPlaceholderText(self.tr("e.g. info@druckerei.de"))
        outer.addWidget(QLabel("<b>{}</b>".format(self.tr("Trusted time (RFC 3161 timestamps)"))))
        outer.addWidget(
            hint(
                self.tr(
                    "With a timestamp authority, certificates and dossiers carry a trusted time, and the audit "
                    "trail is stamped once a day: evidence that does not rest on this shop's own database."
                )
            )
        )
        stamp = self._form(STAMP)
        self.fields["timestamp.url"].setPlaceholderText(self.tr("https://… (empty: none)"))
        definition = settings_registry.definition("timestamp.ca_pem")
        pem = self.fields["timestamp.ca_pem"] = field_for(definition)
        pem.setMaximumHeight(64)
        pem.setPlaceholderText(self.tr("-----BEGIN CERTIFICATE----- … (empty: tokens are checked, not their origin)"))
        buttons = QVBoxLayout()
        choose = small_button(self.tr("Choose…"))
        choose.clicked.connect(self._choose_ca)
        clear = small_button(self.tr("Remove"))
        clear.clicked.connect(lambda: pem.setPlainText(""))
        buttons.addWidget(choose)
        buttons.addWidget(clear)
        buttons.addStretch()
        ca_row = QHBoxLayout()
        ca_row.addWidget(pem, 1)
        ca_row.addLayout(buttons)
        stamp.addRow(definition.title(), ca_row)
        outer.addLayout(stamp)
        outer.addWidget(QLabel("<b>{}</b>".format(self.tr("Approval by link (the shop's portal)"))))
        outer.addWidget(
            hint(
                self.tr(
                    "Customers who are not at the counter check and sign the proof from a link: the portal is a "
                    "small web service the shop runs (see the README). Pair once with its address and the key the "
                    "portal gave for this shop."
                )
            )
        )
        portal = self._form(PORTAL)
        paired_row = QHBoxLayout()
        self.paired = QLabel()
        self.paired.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pair_button = small_button(self.tr("Pair…"))
        self.pair_button.clicked.connect(self._pair)
        paired_row.addWidget(self.paired, 1)
        paired_row.addWidget(self.pair_button)
        portal.insertRow(0, self.tr("Portal"), paired_row)
        outer.addLayout(portal)
        self.show_paired()
        for key in SECRET:  # kept in this computer's keyring, never shown (services/core/credentials.py)
            self.fields[key].setEchoMode(QLineEdit.EchoMode.Password)
            self.fields[key].setPlaceholderText(self.tr("kept in this computer's keyring; type a new one to change it"))
        self.message = message_line()
        outer.addWidget(self.message)
        outer.addStretch()
        self.setMaximumWidth(1100)

    def _form(self, keys: tuple[str, ...]) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        for key in keys:
            definition = settings_registry.definition(key)
            self.fields[key] = field_for(definition)
            form.addRow(definition.title(), self.fields[key])
        return form

    def show_paired(self) -> None:
        from ...services.core.shop import settings as shop_settings

        url = str(shop_settings().get("portal.url") or "")
        self.paired.setText(url or self.tr("not paired"))

    def _pair(self) -> None:
        dialog = PairDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        url, key = dialog.url.text().strip(), dialog.key.text().strip()
        actor = self.session.actor
        self.pair_button.setEnabled(False)
        show_message(self.message, self.tr("Asking the portal…"), ok=True)

        def paired(_: object) -> None:
            self.pair_button.setEnabled(True)
            self.show_paired()
            show_message(self.message, self.tr("Paired with {url}.").format(url=url), ok=True)

        def failed(failure: Failure) -> None:
            self.pair_button.setEnabled(True)
            show_message(self.message, str(failure))

        from ...services.counter.remote_approval import pair

        run_task(lambda: pair(actor, url, key), paired, failed)

    def _choose_ca(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA certificate"), str(Path.home()), self.tr("Certificates (*.pem *.crt *.cer)")
        )
        if name:
            self.use_ca_file(Path(name))

    def use_ca_file(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="ascii", errors="replace")
            pem = settings_registry.definition("timestamp.ca_pem").check(text)
            self.fields["timestamp.ca_pem"].setPlainText(pem)
        except (OSError, UserError) as exc:
            show_message(self.message, str(exc))


class PairDialog(QDialog):
    """The portal's address and the key it said for this shop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pair with the portal"))
        form = QFormLayout(self)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://freigabe.example.com")
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText("ppk_…")
        form.addRow(self.tr("Address"), self.url)
        form.addRow(self.tr("Key"), self.key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(460)
