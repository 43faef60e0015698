"""One daemon per data dir: an OS lock on daemon.lock, which also holds its pid.

The lock, not the pid, is the truth: a killed daemon's lock is released by
the OS, so a stale pid in the file can neither block a new daemon nor make
`status` report a dead one as running.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from pacer.paths import FILE_MODE


class DaemonLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock for this process and write our pid; False if another daemon holds it."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        if not _try_lock(fd, exclusive=True):
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        os.fsync(fd)
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.close(self._fd)  # closing drops the lock
            self._fd = None


def running_pid(path: Path) -> int | None:
    """The pid of the daemon holding the lock, or None when no daemon runs."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        if _try_lock(fd, exclusive=False):
            return None  # nobody holds it: whatever pid is written there is stale
        text = os.read(fd, 32).decode(errors="replace").strip()
        return int(text) if text.isdigit() else -1
    finally:
        os.close(fd)  # also releases our probe lock, if we got it


def wake(path: Path) -> bool:
    """Tell a running daemon that the data changed (SIGHUP on POSIX). False if none runs.

    Where there is no SIGHUP (Windows) the daemon's heartbeat picks changes up.
    """
    import signal  # not on `pacer status`'s path

    pid = running_pid(path)
    if not pid or pid < 0 or not hasattr(signal, "SIGHUP"):
        return False
    try:
        os.kill(pid, signal.SIGHUP)
    except OSError:
        return False
    return True


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int, *, exclusive: bool) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int, *, exclusive: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except OSError:
            return False
        return True
