"""Who is signed in at this workstation, and the idle lock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ..services.core.context import Actor

INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.TabletPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
}


class Session(QObject):
    """Signals: ``signed_in(object)`` with the Actor, ``signed_out()``, ``changed()`` after any write."""

    signed_in = Signal(object)
    signed_out = Signal()
    changed = Signal()

    def __init__(self, idle_minutes: int = 5, parent: QObject | None = None) -> None:
        """``parent``: the window it belongs to. The session watches every input event of the application
        (for the idle lock) and must stop when its window goes: as the window's child it is deleted with it,
        and Qt takes a deleted object's event filter away (a parentless one outlived its window and went on
        filtering — every window ever opened in one process added one more filter to every event)."""
        super().__init__(parent)
        self.actor: Actor | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.sign_out)
        self.set_idle_minutes(idle_minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def stop(self) -> None:
        """The window closes: no idle lock fires for it any more, and its input filter goes."""
        self._idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @property
    def current(self) -> Actor:
        """Who acts now: a screen acts only while someone is signed in (signing out or the idle lock closes every
        dialog). Asked after that, one sentence instead of a service called for nobody."""
        if self.actor is None:
            from ..domain.errors import NotAllowed
            from ..domain.i18n import t

            raise NotAllowed(t("Nobody is signed in at this workstation; please sign in."))
        return self.actor

    def set_idle_minutes(self, minutes: int) -> None:
        self._idle.setInterval(max(1, int(minutes)) * 60_000)

    def sign_in(self, actor: Actor) -> None:
        self.actor = actor
        self._idle.start()
        self.signed_in.emit(actor)

    def sign_out(self) -> None:
        if self.actor is not None:
            self.actor = None
            self._idle.stop()
            self.signed_out.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.actor is not None and event.type() in INPUT_EVENTS:
            self._idle.start()
        return False
