"""The checked rows of an import, staged outside memory until they are written, and what else it brings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from pacer.errors import PacerError

# A clock that ran ahead and was put right since: what it recorded lies in the export's future.
# Within this much, that is a person's own data; beyond it (a pause until 2200), it is not.
FUTURE_SLACK = timedelta(days=30)


class Rows:
    """Checked rows in the store's shape (see Store.restore), kept in a private temporary database
    rather than in memory: a million events take a few MB of memory here, not a GB."""

    def __init__(self) -> None:
        import sqlite3

        from pacer.store import COPIED_TABLES

        self._db = sqlite3.connect("", isolation_level=None)  # "": SQLite's own temporary file, deleted at close
        self._db.execute("PRAGMA cache_size=-4096")  # 4 MiB; the rest waits on disk
        self._db.execute("PRAGMA journal_mode=OFF")  # scratch: never committed, never kept
        self._db.execute("BEGIN")
        self._columns = {table: columns for table, (columns, _) in COPIED_TABLES.items()}
        for table, columns in self._columns.items():
            self._db.execute(f"CREATE TABLE {table} ({columns})")
        self._pending: dict[str, list[tuple]] = {table: [] for table in self._columns}
        self.counts = dict.fromkeys(self._columns, 0)

    def add(self, table: str, row: tuple) -> None:
        pending = self._pending[table]
        pending.append(row)
        self.counts[table] += 1
        if len(pending) >= 5000:
            self._flush(table)

    def _flush(self, table: str) -> None:
        pending = self._pending[table]
        if pending:
            marks = ", ".join("?" for _ in pending[0])
            self._db.executemany(f"INSERT INTO {table} VALUES ({marks})", pending)
            pending.clear()

    def rows(self, table: str) -> Iterator[tuple]:
        """The rows of `table` in the order they were added, one at a time."""
        self._flush(table)
        return self._db.execute(f"SELECT {self._columns[table]} FROM {table} ORDER BY rowid")


class Restore(NamedTuple):
    """A checked export: its rows (Rows) and the settings."""

    tables: Rows
    settings: dict[str, Any]
    exported_at: datetime

    def refuse_future(self, path: Path, now: datetime) -> None:
        """An export written after now (beyond a clock's drift) is crafted or from a broken clock: refused."""
        if self.exported_at > now + FUTURE_SLACK:
            raise PacerError(f"{path} is not a usable pacer export: exported_at: {self.exported_at.isoformat()} is in "
                             f"the future; this computer's clock says {now:%Y-%m-%d %H:%M}")

    @property
    def periods(self) -> int:
        return self.tables.counts["periods"]

    @property
    def events(self) -> int:
        return self.tables.counts["events"]


