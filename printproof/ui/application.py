"""Start the app: Qt application, translations, the store, the main window."""

from __future__ import annotations

import argparse
import sys
from functools import partial

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QSplashScreen, QWidget

from ..domain.errors import UserError
from ..domain.i18n import LANGUAGES
from ..services.core.opening import open_shop_store
from . import workstation
from .translations import compiled_translation
from .widgets import palette
from .widgets.common import APP_STYLE, install_font, ui_locale


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


def _say_what_shows(window: QWidget) -> None:
    """For the installation checks (wheel, bundle): the screen on show, its language and font, then quit."""
    import json

    from PySide6.QtGui import QFontInfo

    from ..domain.i18n import language, t
    from ..domain.texts import tr
    from ..resources import resources_dir

    shown = window.pages.currentWidget()  # type: ignore[attr-defined]
    print(
        json.dumps(
            {
                "screen": type(shown).__name__,
                "title": window.windowTitle(),
                "orders": QCoreApplication.translate("MainWindow", "Orders"),
                "sentence": t("Wrong PIN."),  # the services' sentences and the documents: the same catalogue
                "document": tr(language(), "proof_title"),
                "font": QFontInfo(QApplication.font()).family(),
                "resources": str(resources_dir()),
            },
            ensure_ascii=False,
        ),
        flush=True,
    )
    QApplication.quit()


def starting_splash() -> QSplashScreen:
    """A small "PrintProof is starting…" card, painted at once: on a fresh machine the first start reads Qt's
    libraries and plugins from a cold disk and builds font caches, which takes seconds; the user sees this
    card meanwhile, never a window that stands still."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

    ratio = QApplication.primaryScreen().devicePixelRatio() if QApplication.primaryScreen() else 1.0
    pixmap = QPixmap(int(420 * ratio), int(150 * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor(palette.PRIMARY))
    painter = QPainter(pixmap)
    painter.setPen(QColor("white"))
    big = QFont(QApplication.font())
    big.setPointSizeF(22)
    big.setBold(True)
    painter.setFont(big)
    painter.drawText(QRect(24, 28, 372, 50), Qt.AlignmentFlag.AlignLeft, "PrintProof")
    painter.setFont(QApplication.font())
    painter.drawText(
        QRect(24, 92, 372, 30), Qt.AlignmentFlag.AlignLeft, QCoreApplication.translate("Start", "Starting…")
    )
    painter.end()
    splash = QSplashScreen(pixmap)
    splash.show()
    QApplication.processEvents()  # painted now, before the window is built
    return splash


def open_main_window(store_label: str, store_url: str | None = None, auto_backup: bool = False) -> QMainWindow:
    """Build the main window under the splash, lay it out and paint it once off-screen (style, fonts and
    glyphs, icons: the first paint of a session is the slow one), then show it: the window the user meets
    answers from its first moment."""
    splash = starting_splash()
    from .main_window import MainWindow

    window = MainWindow(store_label, store_url, auto_backup=auto_backup)
    window.grab()  # polish, layout and one full paint while the splash shows
    window.show()
    splash.finish(window)
    return window


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="printproof-gui")
    parser.add_argument("--db", help="store: a SQLite file or postgresql://…")
    parser.add_argument("--language", choices=LANGUAGES, help="language of the app (default: the system's)")
    parser.add_argument(
        "--check-start", action="store_true", help="start, say on stdout which screen shows and in what words, quit"
    )
    args, qt_args = parser.parse_known_args(argv[1:])
    from ..logs import setup_logging
    from .crash import install_crash_handler

    setup_logging("printproof-gui")
    app = create_app([argv[0], *qt_args], args.language)
    install_crash_handler()
    try:
        store = open_shop_store(args.db)
    except UserError as exc:
        QMessageBox.critical(None, "PrintProof", str(exc))
        return 2
    window = open_main_window(store.location, store.url, auto_backup=not args.check_start)
    if args.check_start:
        QTimer.singleShot(0, partial(_say_what_shows, window))
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
