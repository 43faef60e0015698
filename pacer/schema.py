"""The database's shape: tables, indexes and the schema version (PRAGMA user_version)."""

import sqlite3
from datetime import UTC, datetime

SCHEMA_VERSION = 3

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
    error TEXT,
    on_screen TEXT,                 -- JSON {id, server, via, body}: a checkpoint waiting on screen for its answer
    mentioned INTEGER NOT NULL DEFAULT 0  -- a daily reminder that also said a checkpoint is waiting
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


# What turns a database of version N into N + 1; each runs in the transaction that sets the version.
MIGRATIONS = {
    1: (
        "ALTER TABLE deliveries ADD COLUMN on_screen TEXT",
        "ALTER TABLE deliveries ADD COLUMN mentioned INTEGER NOT NULL DEFAULT 0",
    ),
    2: ("ALTER TABLE periods ADD COLUMN situation TEXT",),
}


def migrate(db: sqlite3.Connection, version: int) -> None:
    """Bring a database of schema `version` up to SCHEMA_VERSION (inside the caller's transaction)."""
    for step in range(version, SCHEMA_VERSION):
        for statement in MIGRATIONS[step]:
            db.execute(statement)


def create_schema(db: sqlite3.Connection) -> None:
    # executescript() would COMMIT our transaction first; run statement by statement.
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


# Times are stored in UTC as ISO 8601 text, and shown local at the edge.
def to_db(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("naive datetime")  # a programming error, never user input
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_db(text: str) -> datetime:
    return datetime.fromisoformat(text)
