"""Automatic backups: daily and on close, to a folder of the owner's choice; warn when too old."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from ...services.core import backup_files
from ...services.core.shop import settings
from ...services.evidence import backup, timestamps

STALE_AFTER = timedelta(days=2)
EVERY = timedelta(hours=24)


class AutoBackup(QObject):
    """Signals: ``status(str, bool)`` with a sentence for the status bar and whether it is a warning."""

    status = Signal(str, bool)

    def __init__(self, store_url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store_url = store_url
        self.process: QProcess | None = None
        self.stamper: QProcess | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(60 * 60 * 1000)  # look every hour whether a day has passed
        self.timer.timeout.connect(self.maybe_run)
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.setInterval(30_000)  # not at the very start: the counter opens first
        self.first.timeout.connect(self.maybe_run)

    def folder(self) -> Path:
        chosen = str(settings().get("backup.folder") or "")
        return Path(chosen).expanduser() if chosen else backup_files.default_backup_folder()

    def start(self) -> None:
        self.timer.start()
        self.report()
        self.first.start()

    def stop(self) -> None:
        self.timer.stop()
        self.first.stop()

    def report(self) -> None:
        last = backup.last_backup(self.folder()) if self.folder().exists() else None
        if last is None:
            from datetime import UTC

            from ...services.core.shop import set_up_at

            since = set_up_at()
            new = since is None or datetime.now(UTC).replace(tzinfo=None) - since < STALE_AFTER
            if new:  # a shop that opened today has nothing to lose yet: say what will happen, calmly
                self.status.emit(self.tr("Automatic backup is on; the first copy is made shortly."), False)
            else:
                self.status.emit(self.tr("No backup yet – set a backup folder in Settings."), True)
        elif datetime.now() - last > STALE_AFTER:
            self.status.emit(
                self.tr("Last backup {when} – is the backup disk connected?").format(
                    when=last.strftime("%d.%m.%Y %H:%M")
                ),
                True,
            )
        else:
            self.status.emit(self.tr("Last backup {when}").format(when=last.strftime("%d.%m.%Y %H:%M")), False)

    def _command(self) -> tuple[str, list[str]]:
        return backup.auto_backup_command(self.store_url)

    def maybe_run(self) -> None:
        from ...services.core.shop import set_up_at

        if set_up_at() is None:  # nothing to keep before the shop is set up; the first copy follows the setup
            return
        folder = self.folder()
        last = backup.last_backup(folder) if folder.exists() else None
        if last is None or datetime.now() - last > EVERY:
            self.run()  # the backup process also timestamps the chain head when that is due
        elif self.process is None and self.stamper is None and timestamps.due():
            self.stamper = QProcess(self)
            self.stamper.finished.connect(self._stamped)
            self.stamper.start(*timestamps.auto_stamp_command(self.store_url))

    def _stamped(self, *_args) -> None:  # noqa: ANN002
        """A queued timestamp stays queued until the next hour's look; nothing to tell the counter."""
        self.stamper = None

    def run(self) -> None:
        if self.process is not None:
            return
        self.process = QProcess(self)
        self.process.finished.connect(self._finished)
        self.process.start(*self._command())

    def _finished(self, *_args) -> None:  # noqa: ANN002
        output = bytes(self.process.readAllStandardOutput()).decode(errors="replace").strip().splitlines()
        self.process = None
        try:
            result = json.loads(output[-1]) if output else {"ok": False, "error": "no answer"}
        except ValueError:
            result = {"ok": False, "error": output[-1]}
        if result.get("ok"):
            self.report()
        else:
            self.status.emit(self.tr("Backup failed: {error}").format(error=result.get("error", "")), True)

    def run_now_blocking(self, timeout_ms: int = 120_000) -> bool:
        """On close: one last backup, waited for (a closing app must not lose its newest records)."""
        process = QProcess()
        process.start(*self._command())
        return process.waitForFinished(timeout_ms) and process.exitCode() == 0
