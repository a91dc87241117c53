"""Settings → Complaints → Answer letters (owner): the answer to a decided complaint in the shop's own words, one
per outcome and language. PrintProof fills in the placeholders (the facts, what happens next, the amount); a
letter left as the standard text stays the standard letter. Saved with the other settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain import vocabulary
from ...domain.enums import DisputeOutcome
from ...domain.errors import UserError
from ...domain.i18n import LANGUAGES, t
from ...domain.letters import PLACEHOLDERS, check_template
from ...services.counter.complaint_cases import standard_letter
from ..widgets.common import hint, small_button

LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}


def letter_key(lang: str, outcome: str) -> str:
    return f"letter.{lang}.{outcome}"


class LetterTemplates(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts: dict[str, str] = {}  # every letter as edited, by its setting's key
        self.shown = ""  # the key of the letter in the editor
        self.texts_loaded = False
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "The answer to a decided complaint, in your words: one letter per outcome and language. "
                    "PrintProof fills in the placeholders in braces; a letter left as the standard text is sent "
                    "as the standard letter."
                )
            )
        )
        choose = QHBoxLayout()
        self.outcome = QComboBox()
        for value, name in vocabulary.names("outcome").items():
            self.outcome.addItem(name, value)
        self.language = QComboBox()
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(lang, lang), lang)
        outcome_label = QLabel(self.tr("Letter for:"))
        outcome_label.setBuddy(self.outcome)
        language_label = QLabel(self.tr("Language:"))
        language_label.setBuddy(self.language)
        choose.addWidget(outcome_label)
        choose.addWidget(self.outcome, 1)
        choose.addWidget(language_label)
        choose.addWidget(self.language)
        layout.addLayout(choose)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("The letter"))
        self.editor.setTabChangesFocus(True)
        split.addWidget(self.editor)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Placeholders (double-click to insert):")))
        self.placeholders = QListWidget()
        self.placeholders.setWordWrap(True)
        for name, what in PLACEHOLDERS.items():
            item = QListWidgetItem(f"{{{name}}} – {t(what)}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.placeholders.addItem(item)
        self.placeholders.itemActivated.connect(self._insert)
        side_layout.addWidget(self.placeholders, 1)
        split.addWidget(side)
        split.setSizes([640, 320])
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        self.standard_button = small_button(self.tr("Standard text"))
        self.standard_button.setToolTip(self.tr("Put the standard letter back in the editor"))
        self.standard_button.clicked.connect(self._standard)
        row.addWidget(self.standard_button)
        self.state = hint()
        row.addWidget(self.state, 1)
        layout.addLayout(row)
        self.outcome.currentIndexChanged.connect(self._show)
        self.language.currentIndexChanged.connect(self._show)
        self.editor.textChanged.connect(self._edited)

    def _current_key(self) -> str:
        return letter_key(str(self.language.currentData()), str(self.outcome.currentData()))

    def load(self, values: dict[str, object]) -> None:
        """The letters as stored (the standard text where the owner wrote none)."""
        self.texts = {
            letter_key(lang, outcome.value): str(values.get(letter_key(lang, outcome.value)) or "")
            or standard_letter(lang)
            for lang in LANGUAGES
            for outcome in DisputeOutcome
        }
        self.shown = ""
        shop_language = self.language.findData(str(values.get("shop.language") or ""))
        if shop_language >= 0 and not self.texts_loaded:  # the shop's own language first (most letters are in it)
            self.language.blockSignals(True)
            self.language.setCurrentIndex(shop_language)
            self.language.blockSignals(False)
        self.texts_loaded = True
        self._show()

    def _show(self) -> None:
        key = self._current_key()
        if key not in self.texts:
            return
        self.shown = key
        self.editor.blockSignals(True)
        self.editor.setPlainText(self.texts[key])
        self.editor.blockSignals(False)
        self._say_state()

    def _edited(self) -> None:
        if self.shown:
            self.texts[self.shown] = self.editor.toPlainText()
            self._say_state()

    def _lang_of(self, key: str) -> str:
        return key.split(".")[1]

    def _is_standard(self, key: str) -> bool:
        return self.texts[key].strip() == standard_letter(self._lang_of(key)).strip()

    def _say_state(self) -> None:
        if not self.shown:
            return
        self.standard_button.setEnabled(not self._is_standard(self.shown))
        self.state.setText(
            self.tr("The standard letter.") if self._is_standard(self.shown) else self.tr("Your own wording.")
        )

    def _insert(self, item: QListWidgetItem) -> None:
        self.editor.insertPlainText("{" + str(item.data(Qt.ItemDataRole.UserRole)) + "}")
        self.editor.setFocus()

    def _standard(self) -> None:
        self.editor.setPlainText(standard_letter(self._lang_of(self.shown)))

    def changes(self) -> dict[str, str]:
        """Every letter as a setting's value: "" where it is the standard letter."""
        return {key: "" if self._is_standard(key) else text for key, text in self.texts.items()}

    def first_problem(self) -> str:
        """The first letter that would be refused, shown in the editor, and why; "" when all are right."""
        for key, text in self.changes().items():
            try:
                check_template(text)
            except UserError as exc:
                lang, outcome = key.split(".")[1:]
                self.language.setCurrentIndex(self.language.findData(lang))
                self.outcome.setCurrentIndex(self.outcome.findData(outcome))
                self.editor.setFocus()
                return str(exc)
        return ""
