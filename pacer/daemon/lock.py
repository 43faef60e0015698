"""One daemon per data dir: an OS lock on daemon.lock, which also holds its pid.

The lock, not the pid, is the truth: a killed daemon's lock is released by
the OS, so a stale pid in the file can neither block a new daemon nor make
`status` report a dead one as running.
"""

from __future__ import annotations

import os
import sys

from pacer.paths import open_private

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on `pacer status`'s path
if TYPE_CHECKING:
    from pacer.paths import StrPath

ZONE_WIDTH = 64  # time zone names are far shorter ("America/Argentina/ComodRivadavia" is 32)


class DaemonLock:
    def __init__(self, path: StrPath) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock for this process and write our pid; False if another daemon holds it."""
        fd = open_private(self.path, os.O_RDWR)  # never through a link; StoreError says why
        if not _try_lock(fd, exclusive=True):
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        os.fsync(fd)
        self._fd = fd
        return True

    def describe(self, zone: str) -> None:
        """Say, after the pid, which time zone the reminders follow now (`pacer status` shows it).

        Padded to a fixed width and written in place: a reader never sees the pid line change.
        """
        if self._fd is not None:
            os.pwrite(self._fd, f"{os.getpid()}\n{zone[:ZONE_WIDTH]:<{ZONE_WIDTH}}\n".encode(), 0)

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.close(self._fd)  # closing drops the lock
            self._fd = None


def running_pid(path: StrPath) -> int | None:
    """The pid of the daemon holding the lock, or None when no daemon runs."""
    return daemon_info(path)[0]


def daemon_info(path: StrPath) -> tuple[int | None, str | None]:
    """(pid, time zone) of the daemon holding the lock; (None, None) when none runs.

    The pid is -1 when a daemon holds the lock but has not written its pid yet;
    the zone is None until it has said which zone its reminders follow.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None, None
    try:
        if _try_lock(fd, exclusive=False):
            return None, None  # nobody holds it: whatever is written there is stale
        lines = os.read(fd, 32 + ZONE_WIDTH).decode(errors="replace").split("\n")
    finally:
        os.close(fd)  # also releases our probe lock, if we got it
    pid = lines[0].strip()
    zone = lines[1].strip() if len(lines) > 2 else ""  # a complete second line only
    return (int(pid) if pid.isdigit() else -1), (zone or None)


def wake(path: StrPath) -> bool:
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
