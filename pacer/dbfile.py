"""The database file itself: opening it to write or only to read, and its errors in words.

To write, pacer makes its folder (0700) and the file (0600) and opens it as
usual. To read (`status`, `history`, `export`, ...), it creates nothing and
changes no permission: where the folder or the file cannot be written (a
read-only mount, a folder or file someone chmodded, a full disk), it opens
the file read-only, and if SQLite cannot even make the shared-memory file a
WAL database reader needs, it reads the file as it is (immutable), which is
exact when no -wal file holds newer pages.

Links are refused before SQLite sees them: SQLite would open, and write,
whatever a pacer.db (or -wal, -shm, -journal) link points to.
"""

from __future__ import annotations

import os
import sqlite3
import time

from pacer.errors import StoreError
from pacer.paths import Paths, disk_full, refuse_link, touch_private

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on `pacer status`'s path
if TYPE_CHECKING:
    from types import TracebackType

    from pacer.paths import StrPath

BUSY_TIMEOUT_S = 30


def database_files(db: str) -> tuple[str, ...]:
    """The database and the files SQLite keeps beside it."""
    return (db, *(db + suffix for suffix in ("-wal", "-shm", "-journal")))


def connect(paths: Paths, *, write: bool) -> sqlite3.Connection:
    """A connection in autocommit mode (Store runs its own transactions); StoreError or sqlite3.Error."""
    for path in database_files(paths.db):
        refuse_link(path, "database")
    if not write:
        return _connect_reading(paths.db)
    paths.ensure()
    _check_writable(paths.data_dir, paths.db)
    touch_private(paths.db)
    return sqlite3.connect(paths.db, timeout=BUSY_TIMEOUT_S, isolation_level=None)


def _check_writable(directory: str, db: str) -> None:
    """SQLite writes -wal and -shm files beside the database: say plainly when the folder forbids that."""
    if os.access(directory, os.W_OK | os.X_OK):
        return
    if _read_only_mount(directory):
        raise StoreError(f"cannot write {db}: Read-only file system")
    raise StoreError(
        f"cannot write {db}: the folder {directory} is read-only (its permissions do not let pacer write there); "
        f"`chmod u+rwx {directory}` allows it again"
    )


def _read_only_mount(directory: str) -> bool:
    try:
        return bool(os.statvfs(directory).f_flag & getattr(os, "ST_RDONLY", 1))
    except (OSError, AttributeError):
        return False


def _connect_reading(db: str) -> sqlite3.Connection:
    """Read-write where allowed (so SQLite tidies its -wal/-shm files on close as usual), else read-only,
    else the file as it is (immutable: only when no -wal file exists, so nothing newer is missed)."""
    uri = file_uri(db)
    folder = os.path.dirname(os.path.abspath(db))
    writable = os.access(db, os.W_OK) and os.access(folder, os.W_OK | os.X_OK) and not disk_full(folder)
    modes = (["mode=rw"] if writable else []) + ["mode=ro"]
    if not os.path.exists(db + "-wal"):
        modes.append("mode=ro&immutable=1")
    failure: sqlite3.Error | None = None
    for mode in modes:
        connection = None
        try:
            connection = sqlite3.connect(f"{uri}?{mode}", uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the WAL index, if it can
            return connection
        except sqlite3.Error as exc:
            if connection is not None:
                connection.close()  # now: SQLite tidies its -wal/-shm files on close
            if not isinstance(exc, sqlite3.OperationalError) or "locked" in str(exc) or "busy" in str(exc):
                raise  # not a database, damaged, busy: the same in any mode
            failure = exc  # cannot open, read-only, disk I/O (no room for -shm): try the next way
    assert failure is not None
    raise failure


_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def file_uri(path: str) -> str:
    """The absolute `path` as a file: URI, as pathlib's as_uri() writes it (without importing pathlib)."""
    if os.name == "nt":
        from pathlib import Path

        return Path(path).absolute().as_uri()
    absolute = os.fsencode(path if os.path.isabs(path) else os.path.join(os.getcwd(), path))
    return "file://" + "".join(chr(b) if b in _URI_SAFE else f"%{b:02X}" for b in absolute)


def store_error(exc: sqlite3.Error, path: StrPath, *, opening: bool = False) -> StoreError:
    """SQLite's error as one clear line for the user."""
    text = str(exc)
    if isinstance(exc, sqlite3.DatabaseError) and ("not a database" in text or "malformed" in text):
        return StoreError(
            f"{path} is not a pacer database or is damaged ({text}); "
            "move it aside to start fresh, or restore it from a backup"
        )
    if "locked" in text or "busy" in text:
        return StoreError(f"{path} is busy (another pacer is writing); try again in a moment")
    if "readonly" in text:
        return StoreError(f"{path} cannot be written (read-only file or directory)")
    if opening and "disk is full" not in in_words(exc, path):
        return StoreError(f"cannot open {path}: {text}")
    return StoreError(f"{path}: {in_words(exc, path)}")


def in_words(exc: sqlite3.Error, db: StrPath) -> str:
    """SQLite's error in words. Out of space for the database or its -wal/-shm files, SQLite
    often says only "disk I/O error": when the disk is (nearly) full, say that instead."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and (code == sqlite3.SQLITE_FULL or code & 0xFF == sqlite3.SQLITE_IOERR) and disk_full(os.path.dirname(os.path.abspath(db))):
        return "the disk is full (no space left on device); free some space and try again"
    return f"database error: {exc}"


# The two `with` blocks of pacer.store, as classes: contextlib's generators would cost
# `pacer status` half a millisecond to import.


class SQLiteErrors:
    """A `with` block in which SQLite's errors become one clear line: a StoreError naming the database."""

    def __init__(self, db: StrPath) -> None:
        self.db = db

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        if isinstance(error, sqlite3.Error):
            raise store_error(error, self.db) from None


class Transaction:
    """A `with` block in one transaction: committed at its end, rolled back if anything in it goes wrong."""

    def __init__(self, connection: sqlite3.Connection, db: StrPath, *, write: bool) -> None:
        self.connection, self.db, self.write = connection, db, write

    def __enter__(self) -> None:
        with SQLiteErrors(self.db):
            self.connection.execute("BEGIN IMMEDIATE" if self.write else "BEGIN")

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        with SQLiteErrors(self.db):
            self.connection.execute("COMMIT" if error is None else "ROLLBACK")
        SQLiteErrors(self.db).__exit__(kind, error, trace)  # an SQLite error in the block, in words


def switch_to_wal(db: sqlite3.Connection) -> None:
    """PRAGMA journal_mode=WAL, waiting for other pacers as every other statement does.

    SQLite does not call the busy handler for this switch: when several pacers
    open a new database at once, one of them got "database is locked" at once
    (tests/test_concurrency.py). Retry until the busy timeout instead.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.01)
