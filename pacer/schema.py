"""The database's shape: tables, indexes and the schema version (PRAGMA user_version)."""

import sqlite3

SCHEMA_VERSION = 2

SCHEMA = """
CREATE TABLE periods (
    id INTEGER PRIMARY KEY,
    mode TEXT NOT NULL,
    started_at TEXT NOT NULL,
    length_s INTEGER NOT NULL,
    checkpoints TEXT NOT NULL,      -- offsets in seconds, comma-separated
    label TEXT,
    reasons TEXT NOT NULL DEFAULT '[]',
    ended_at TEXT,
    outcome TEXT,
    situation TEXT                  -- waiting, ignored, blocked, chose, or NULL (not said)
);
-- At most one active period, enforced by the database itself.
CREATE UNIQUE INDEX one_active_period ON periods((ended_at IS NULL)) WHERE ended_at IS NULL;
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    period_id INTEGER NOT NULL REFERENCES periods(id),
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    text TEXT,
    data TEXT NOT NULL DEFAULT '{}'  -- JSON: intensity, choice, anyway, ...
);
CREATE INDEX events_by_period ON events(period_id, kind, at);
CREATE TABLE pauses (
    id INTEGER PRIMARY KEY,
    period_id INTEGER NOT NULL REFERENCES periods(id),
    start_at TEXT NOT NULL,
    end_at TEXT NOT NULL
);
CREATE INDEX pauses_by_period ON pauses(period_id);
-- The delivery ledger: a reminder key is claimed once, before it is shown.
CREATE TABLE deliveries (
    key TEXT PRIMARY KEY,
    period_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    due_at TEXT NOT NULL,
    attempted_at TEXT NOT NULL,
    status TEXT NOT NULL,           -- 'sending', 'shown', 'failed', 'skipped', 'interrupted'
    attempts INTEGER NOT NULL DEFAULT 1,
    title TEXT,
    error TEXT
);
CREATE INDEX deliveries_by_period ON deliveries(period_id, status);
-- Content entries shown in the current rotation cycle of each category.
CREATE TABLE rotation (
    category TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    shown_at TEXT NOT NULL,
    PRIMARY KEY (category, entry_id)
);
"""


# What each older version needs to become the next one: version -> statements.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: ("ALTER TABLE periods ADD COLUMN situation TEXT",),
}


def create_schema(db: sqlite3.Connection) -> None:
    # executescript() would COMMIT our transaction first; run statement by statement.
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)



def migrate(db: sqlite3.Connection, version: int) -> None:
    """Bring a database of schema `version` up to SCHEMA_VERSION, step by step (inside the caller's transaction)."""
    while version < SCHEMA_VERSION:
        for statement in MIGRATIONS[version]:
            db.execute(statement)
        version += 1
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")


def switch_to_wal(db: sqlite3.Connection, timeout_s: float) -> None:
    """PRAGMA journal_mode=WAL, waiting for other pacers as every other statement does.

    SQLite does not call the busy handler for this switch: when several pacers
    open a new database at once, one of them got "database is locked" at once
    (tests/test_concurrency.py). Retry until `timeout_s` (the busy timeout) instead.
    """
    import time

    deadline = time.monotonic() + timeout_s
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.01)
