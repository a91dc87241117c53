"""The log file: what happened, and every unexpected error with its traceback, for a support request.

One rotating file in the user's log folder (Linux ``~/.local/state/PrintProof/log/``, Windows
``%LOCALAPPDATA%\\PrintProof\\Logs``, macOS ``~/Library/Logs/PrintProof``). No Qt here: the command line
and the app share it.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import threading
from pathlib import Path

from platformdirs import user_log_path

LOG_NAME = "printproof.log"
_installed: Path | None = None


def log_folder() -> Path:
    return Path(os.environ.get("PRINTPROOF_LOG_DIR") or user_log_path("PrintProof", appauthor=False))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The rotating log, each file readable by the user alone (0600): it names customers, staff and orders."""

    def _open(self):  # type: ignore[no-untyped-def]  # noqa: ANN202 - logging's own signature
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)  # Windows: no \r\r\n
        fd = os.open(self.baseFilename, flags, 0o600)
        os.chmod(self.baseFilename, 0o600)  # a file made before, by an older PrintProof, at 0644
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def setup_logging(program: str) -> Path | None:
    """Log to the rotating file (2 MB × 5); returns its path, or None where the folder cannot be written."""
    global _installed
    if _installed is not None:
        return _installed
    folder = log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = PrivateRotatingFileHandler(folder / LOG_NAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("PIL").setLevel(logging.WARNING)
    logging.getLogger("pyhanko").setLevel(logging.WARNING)
    _installed = folder / LOG_NAME
    logging.getLogger("printproof").info("%s started (pid %s)", program, os.getpid())

    def thread_failed(args: threading.ExceptHookArgs) -> None:
        logging.getLogger("printproof").error(
            "Unexpected error in thread %s", args.thread.name if args.thread else "?",
            exc_info=args.exc_value if args.exc_value is not None else True,
        )  # fmt: skip

    threading.excepthook = thread_failed
    return _installed


def log_bug(message: str, exc: BaseException | None = None) -> None:
    """Write an unexpected error with its traceback to the log."""
    logging.getLogger("printproof").error(message, exc_info=(type(exc), exc, exc.__traceback__) if exc else None)


def log_path() -> Path | None:
    return _installed
