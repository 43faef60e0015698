"""Writing a file whole or not at all: a 0600 temp file beside it, fsynced, then os.replace.

For pacer's own files (the settings, the safety plan) and for a file the
person names (`export -o`). Nothing on `pacer status`'s path writes, so it
never imports this.
"""

from __future__ import annotations

import os

from pacer.errors import StoreError
from pacer.paths import reason

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing.TYPE_CHECKING without importing typing
    from collections.abc import Iterable

    from pacer.paths import StrPath

_CLOEXEC = getattr(os, "O_CLOEXEC", 0)

def write_private(path: StrPath, text: str | Iterable[str]) -> None:
    """Write `text` to `path` as a 0600 file, atomically: a same-directory temp file, fsync, os.replace.

    Never a half-written file; StoreError (one line) when it cannot be written.
    """
    stage_private(path, text).commit()


def write_output(path: StrPath, text: str | Iterable[str]) -> bool:
    """Write to a path the person named (`export -o`): True if written as a private file, False if in place.

    A regular file, or none yet, is written as write_private does (atomically,
    0600). What is not a regular file is never replaced: a symbolic link is
    followed to what it names (the link stays), and a device or a pipe
    (/dev/stdout, a FIFO) is written in place, its permissions untouched.
    """
    import stat

    path = os.fspath(path)
    target = path
    try:
        mode: int | None = os.lstat(path).st_mode
        if mode is not None and stat.S_ISLNK(mode):
            mode = os.stat(path).st_mode  # what the link leads to (the kernel follows /proc/self/fd/1 rightly)
            if stat.S_ISREG(mode):
                target = os.path.realpath(path)
    except FileNotFoundError:
        mode = None  # nothing there yet (or a link to nothing yet): a new private file, where the link leads
        target = os.path.realpath(path) if os.path.islink(path) else path
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {reason(exc)}") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise StoreError(f"cannot write {path}: it is a directory; give a file name")
    if mode is None or stat.S_ISREG(mode):
        write_private(target, text)
        return True
    try:
        fd = os.open(path, os.O_WRONLY | _CLOEXEC)
        with os.fdopen(fd, "wb") as handle:
            for chunk in [text] if isinstance(text, str) else text:
                handle.write(chunk.encode("utf-8"))
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {reason(exc)}") from None
    return False


class Staged:
    """A file written in full and fsynced beside its place: `commit()` puts it there (os.replace), `discard()` drops it.

    For all-or-nothing changes that touch a file and the database: stage the
    file first (that is when a full disk shows), commit the database, then
    commit the file, which needs no space.
    """

    def __init__(self, path: StrPath, tmp: str) -> None:
        self.path, self.tmp = os.fspath(path), tmp

    def commit(self) -> None:
        try:
            os.replace(self.tmp, self.path)
        except OSError as exc:
            self.discard()
            raise StoreError(f"cannot write {self.path}: {reason(exc)}") from None

    def discard(self) -> None:
        _remove(self.tmp)


def stage_private(path: StrPath, text: str | Iterable[str]) -> Staged:
    """`text` written and fsynced as a 0600 temp file beside `path`; StoreError (one line) when it cannot be."""
    import tempfile

    path = os.fspath(path)
    if os.path.isdir(path):
        raise StoreError(f"cannot write {path}: it is a directory; give a file name")
    folder, name = os.path.split(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=folder or ".", prefix=f".{name}.", suffix=".tmp")
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {reason(exc)}") from None
    try:
        with os.fdopen(fd, "wb") as handle:  # mkstemp creates it 0600
            for chunk in [text] if isinstance(text, str) else text:  # chunks: an export need not fit in memory
                handle.write(chunk.encode("utf-8"))  # bytes: the text's own line endings are kept
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        _remove(tmp)
        raise StoreError(f"cannot write {path}: {reason(exc)}") from None
    return Staged(path, tmp)


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
