"""Settings (owner): the services outside the shop — the mail server for customers' copies and the
timestamp authority (RFC 3161) that gives certificates and the audit chain a trusted time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from .common import hint, message_line, show_message, small_button


class OutsideSettings(QWidget):
    """Mail server and timestamp authority; saved with the other settings (``changes()``)."""

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session = session
        self.ca_pem = ""
        outer = QVBoxLayout(self)
        outer.addWidget(QLabel("<b>{}</b>".format(self.tr("E-mail to customers"))))
        mail = QFormLayout()
        mail.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        mail.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.smtp_host = QLineEdit()
        self.smtp_host.setPlaceholderText(self.tr("e.g. smtp.example.com (empty: no e-mail)"))
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_security = QComboBox()
        for key, text in (
            ("starttls", self.tr("STARTTLS (port 587)")),
            ("ssl", self.tr("SSL/TLS (port 465)")),
            ("none", self.tr("none (only inside the shop's network)")),
        ):
            self.smtp_security.addItem(text, key)
        self.smtp_user = QLineEdit()
        self.smtp_password = QLineEdit()
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_sender = QLineEdit()
        self.smtp_sender.setPlaceholderText(self.tr("e.g. info@druckerei.de"))
        mail.addRow(self.tr("Mail server"), self.smtp_host)
        mail.addRow(self.tr("Port"), self.smtp_port)
        mail.addRow(self.tr("Security"), self.smtp_security)
        mail.addRow(self.tr("User name"), self.smtp_user)
        mail.addRow(self.tr("Password"), self.smtp_password)
        mail.addRow(self.tr("Sender address"), self.smtp_sender)
        outer.addLayout(mail)
        outer.addWidget(QLabel("<b>{}</b>".format(self.tr("Trusted time (RFC 3161 timestamps)"))))
        outer.addWidget(
            hint(
                self.tr(
                    "With a timestamp authority, certificates and dossiers carry a trusted time, and the audit "
                    "trail is stamped once a day: evidence that does not rest on this shop's own database."
                )
            )
        )
        stamp = QFormLayout()
        stamp.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        stamp.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.tsa_url = QLineEdit()
        self.tsa_url.setPlaceholderText(self.tr("https://… (empty: none)"))
        self.tsa_user = QLineEdit()
        self.tsa_password = QLineEdit()
        self.tsa_password.setEchoMode(QLineEdit.EchoMode.Password)
        ca_row = QHBoxLayout()
        self.ca_label = QLabel()
        self.ca_label.setWordWrap(True)
        choose = small_button(self.tr("Choose…"))
        choose.clicked.connect(self._choose_ca)
        clear = small_button(self.tr("Remove"))
        clear.clicked.connect(lambda: self._set_ca(""))
        ca_row.addWidget(self.ca_label, 1)
        ca_row.addWidget(choose)
        ca_row.addWidget(clear)
        stamp.addRow(self.tr("Timestamp authority"), self.tsa_url)
        stamp.addRow(self.tr("User name"), self.tsa_user)
        stamp.addRow(self.tr("Password"), self.tsa_password)
        stamp.addRow(self.tr("Its CA certificate"), ca_row)
        outer.addLayout(stamp)
        self.message = message_line()
        outer.addWidget(self.message)
        outer.addStretch()
        self.setMaximumWidth(1100)

    def load(self, values: dict[str, Any]) -> None:
        self.smtp_host.setText(str(values["smtp.host"]))
        self.smtp_port.setValue(int(values["smtp.port"]))
        self.smtp_security.setCurrentIndex(max(0, self.smtp_security.findData(values["smtp.security"])))
        self.smtp_user.setText(str(values["smtp.user"]))
        self.smtp_password.setText(str(values["smtp.password"]))
        self.smtp_sender.setText(str(values["smtp.sender"]))
        self.tsa_url.setText(str(values["timestamp.url"]))
        self.tsa_user.setText(str(values["timestamp.user"]))
        self.tsa_password.setText(str(values["timestamp.password"]))
        self._set_ca(str(values["timestamp.ca_pem"]))
        show_message(self.message, "")

    def changes(self) -> dict[str, Any]:
        """The settings as shown, for :func:`shop.change_settings` (checked there, one sentence each)."""
        return {
            "smtp.host": self.smtp_host.text().strip(),
            "smtp.port": self.smtp_port.value(),
            "smtp.security": self.smtp_security.currentData(),
            "smtp.user": self.smtp_user.text().strip(),
            "smtp.password": self.smtp_password.text(),
            "smtp.sender": self.smtp_sender.text().strip(),
            "timestamp.url": self.tsa_url.text().strip(),
            "timestamp.user": self.tsa_user.text().strip(),
            "timestamp.password": self.tsa_password.text(),
            "timestamp.ca_pem": self.ca_pem,
        }

    def _set_ca(self, pem: str) -> None:
        self.ca_pem = pem
        self.ca_label.setText(
            self.tr("installed (tokens are checked against it)")
            if pem
            else self.tr("none (tokens checked, not trusted)")
        )

    def _choose_ca(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA certificate"), str(Path.home()), self.tr("Certificates (*.pem *.crt *.cer)")
        )
        if name:
            self.use_ca_file(Path(name))

    def use_ca_file(self, path: Path) -> None:
        from ..services.outside_settings import check_outside_setting

        try:
            text = path.read_text(encoding="ascii", errors="replace")
            self._set_ca(check_outside_setting("timestamp.ca_pem", text))
        except (OSError, UserError) as exc:
            show_message(self.message, str(exc))
