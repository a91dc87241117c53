"""Files PrintProof writes: completely or not at all, with every half-written file easy to find and remove.

A file being written is a hidden ``.printproof-partial-…`` file in the target folder, locked (``flock``)
by the process writing it. A process that dies (killed, power cut) leaves it unlocked;
:func:`remove_stale_partials` — run by every backup and by pruning — removes such leftovers and never a
file that another process is still writing.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from ...domain.errors import UserError
from ...domain.i18n import t

try:
    import fcntl
except ImportError:  # Windows: leftovers are recognised by their age instead
    fcntl = None  # type: ignore[assignment]

PARTIAL_PREFIX = ".printproof-partial-"
SIDE_FILES = ("-journal", "-wal", "-shm")  # what SQLite may leave beside a half-written database file
STALE_AFTER_S = 24 * 3600  # without file locks: a partial file this old is a leftover


@contextlib.contextmanager
def partial_file(folder: Path, suffix: str = ".part") -> Iterator[Path]:
    """An empty hidden file in ``folder`` to write into, locked while this process lives.

    The caller renames it into place when it is complete; whatever is left of it is removed on the way out.
    """
    fd, name = tempfile.mkstemp(dir=folder, prefix=PARTIAL_PREFIX, suffix=suffix)
    path = Path(name)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield path
    finally:
        for leftover in (path, *(Path(f"{path}{side}") for side in SIDE_FILES)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        os.close(fd)


def remove_stale_partials(folder: Path) -> int:
    """Remove half-written files that crashed or killed PrintProof processes left in ``folder``; returns how many.

    A partial file still locked by a running process (a backup in progress elsewhere) is left alone.
    """
    removed = 0
    try:
        candidates = sorted(folder.glob(PARTIAL_PREFIX + "*"))
    except OSError:
        return 0
    for path in candidates:
        main = Path(str(path).removesuffix(next((s for s in SIDE_FILES if str(path).endswith(s)), "")))
        if main != path and main.exists():
            continue  # a side file goes with its main file
        if not _abandoned(path):
            continue
        for leftover in (path, *(Path(f"{path}{side}") for side in SIDE_FILES)):
            with contextlib.suppress(FileNotFoundError, OSError):
                leftover.unlink()
                removed += 1
    return removed


def _abandoned(path: Path) -> bool:
    if fcntl is None:
        try:
            return time.time() - path.stat().st_mtime > STALE_AFTER_S
        except OSError:
            return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return True  # a side file whose main file is gone
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # somebody is writing it right now
    finally:
        os.close(fd)
    return True


def check_output_path(path: Path | str) -> Path:
    """Refuse, before any work is done or stored, a place a file cannot be written to: a missing folder,
    a folder given as the file name, a folder without write permission or on a read-only disk."""
    path = Path(path).expanduser()
    if path.is_symlink():  # the file the link names is written (the link stays a link)
        path = Path(os.path.realpath(path))
    if path.is_dir():
        raise UserError(t("“{path}” is a folder; give a file name.", path=path))
    if path.exists() and not path.is_file():  # a pipe, a device, a socket: replaced, it was gone (/dev/full as root)
        raise UserError(t("“{path}” is not a file but a device, pipe or socket; give another file name.", path=path))
    if not path.parent.is_dir():
        raise UserError(t("The folder “{parent}” does not exist.", parent=path.parent))
    try:
        with partial_file(path.parent, ".probe"):
            pass
    except OSError as exc:
        raise UserError(not_written(exc, path)) from exc
    return path


def write_file_atomically(path: Path | str, data: bytes) -> None:
    """Write a file completely or not at all (a full disk leaves no half file behind); through a symbolic link
    the file it names; never over a pipe or a device."""
    path = check_output_path(path)
    try:
        with partial_file(path.parent) as tmp:
            with tmp.open("wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            # mkstemp makes the file private (0600); a saved proof is for colleagues too (the shop's shared
            # folder), so it gets the mode any new file of this user gets.
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(tmp, 0o666 & ~mask)
            os.replace(tmp, path)
    except OSError as exc:
        raise UserError(not_written(exc, path)) from exc


def not_written(exc: OSError, path: Path) -> str:
    """Why a file could not be written, in the user's words (the system's English is not passed on)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return t("The disk is full; “{name}” was not written.", name=path.name)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return t("Cannot write into “{parent}”: permission denied.", parent=path.parent)
    if exc.errno == errno.EROFS:
        return t("The folder “{parent}” is on a read-only disk; choose another folder.", parent=path.parent)
    if exc.errno == errno.ENOENT:
        return t("The folder “{parent}” does not exist.", parent=path.parent)
    return t("“{path}” could not be written; check the disk and try again.", path=path)
