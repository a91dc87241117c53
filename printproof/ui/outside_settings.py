"""Settings (owner): the services outside the shop — the mail server for customers' copies and the ready
e-mail, and the timestamp authority (RFC 3161) that gives certificates and the audit chain a trusted time.

Fields are made from the settings registry (titles, limits, choices); values are checked by the services."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..domain import settings as settings_registry
from ..domain.errors import UserError
from .common import hint, message_line, show_message, small_button
from .setting_fields import field_for

MAIL = ("smtp.host", "smtp.port", "smtp.security", "smtp.user", "smtp.password", "smtp.sender")
STAMP = ("timestamp.url", "timestamp.user", "timestamp.password")
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
        for key in SECRET:
            self.fields[key].setEchoMode(QLineEdit.EchoMode.Password)
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
            self.fields["timestamp.ca_pem"].setPlainText(pem)  # type: ignore[attr-defined]
        except (OSError, UserError) as exc:
            show_message(self.message, str(exc))
