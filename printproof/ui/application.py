"""Start the app: Qt application, translations, the store, the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from ..domain.errors import UserError
from ..store.db import open_store
from . import workstation
from .common import APP_STYLE, install_font, ui_locale
from .translations import compiled_translation


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """German or English UI: ours from resources/translations, Qt's own for dialogs."""
    from ..domain.i18n import set_language

    locale = ui_locale(language)
    QLocale.setDefault(locale)
    set_language(locale.name().split("_")[0])  # the services' sentences too
    translators = []
    qm = compiled_translation(locale.name().split("_")[0])
    if qm is not None:
        ours = QTranslator(app)
        if ours.load(str(qm)):
            app.installTranslator(ours)
            translators.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    return translators


def create_app(argv: list[str], language: str | None = None) -> QApplication:
    """The Qt application as PrintProof runs it: style, shipped font, translations (``language`` or the
    workstation's setting or the system's)."""

    app = QApplication(argv)
    app.setOrganizationName("PrintProof")
    app.setApplicationName("PrintProof")
    app.setStyle("Fusion")
    install_font(app)
    app.setStyleSheet(APP_STYLE)
    install_translators(app, language or workstation.get("ui/language") or None)
    return app


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="printproof-gui")
    parser.add_argument("--db", help="store: a SQLite file or postgresql://…")
    parser.add_argument("--language", choices=["de", "en"], help="language of the app (default: the system's)")
    args, qt_args = parser.parse_known_args(argv[1:])
    from ..logs import setup_logging
    from .crash import install_crash_handler

    setup_logging("printproof-gui")
    app = create_app([argv[0], *qt_args], args.language)
    install_crash_handler()
    try:
        store = open_store(args.db)
    except UserError as exc:
        QMessageBox.critical(None, "PrintProof", str(exc))
        return 2
    from ..store.db import resolve_url
    from .main_window import MainWindow

    window = MainWindow(store.location, resolve_url(args.db), auto_backup=True)
    window.show()
    code = app.exec()
    # Take the widgets down while Python and Qt are both still whole: a Qt object left to the interpreter's
    # final clean-up can crash the process on the way out.
    window.deleteLater()
    del window
    app.processEvents()
    store.close()
    import gc

    gc.collect()
    app.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(run(sys.argv))
