"""A period knows its situation (waiting, ignored, blocked, chose): asked, stored, migrated, exported and imported."""

from __future__ import annotations

import json
import sqlite3

import pytest
from freezegun import freeze_time

from pacer.schema import SCHEMA_VERSION
from tests.cli_helpers import run, status_json

START = "2026-11-23 18:00:00"


def situation() -> str | None:
    return json.loads(run("journal", "--json").stdout)["period"]["situation"]


@pytest.mark.parametrize(("given", "mode"), [("blocked", "no-contact"), ("chose", "no-contact"), ("waiting", "wait")])
def test_the_situation_picks_the_mode_when_none_is_given(given, mode):
    assert run("config", "set", "general.default_mode", '"wait"' if mode == "no-contact" else '"no-contact"').exit_code == 0
    result = run("start", "--situation", given)
    assert result.exit_code == 0, result.output
    assert status_json()["mode"] == mode
    assert situation() == given


def test_ignored_fits_either_mode_and_follows_the_default():
    assert run("start", "--situation", "ignored").exit_code == 0
    assert status_json()["mode"] == "no-contact" and situation() == "ignored"  # the shipped default mode


def test_a_situation_that_does_not_fit_the_mode_is_refused_before_any_question(tty):
    result = run("start", "--mode", "wait", "--situation", "blocked")
    assert result.exit_code == 2
    assert result.output == "Error: the situation blocked goes with --mode no-contact, not wait\n"
    result = run("start", "--situation", "ghosted")
    assert result.exit_code == 2
    assert result.stderr == "Error: unknown situation 'ghosted'; choose one of: waiting, ignored, blocked, chose\n"
    assert status_json()["active"] is False


@pytest.mark.parametrize(("mode", "answer", "expected", "options"), [
    ("no-contact", "2", "blocked", ["I chose no contact", "They blocked me", "They've gone quiet or left me on read"]),
    ("no-contact", "", None, None),
    ("wait", "1", "waiting", ["I sent something and I'm waiting for a reply", "They've gone quiet or left me on read"]),
])
def test_at_a_terminal_pacer_asks_what_brought_them_here(tty, mode, answer, expected, options):
    result = run("start", "14d", "--mode", mode, input=f"{answer}\n\n")
    assert result.exit_code == 0, result.output
    assert "What brought you here? (so the words fit; Enter to skip)" in result.output
    if options:
        listed = [line[5:] for line in result.output.splitlines() if line.startswith("  ") and line[2].isdigit()]
        assert listed == options
    assert situation() == expected


def test_no_question_when_the_situation_is_given(tty):
    result = run("start", "14d", "--mode", "no-contact", "--situation", "chose", input="\n")
    assert result.exit_code == 0 and "What brought you here" not in result.output


def test_a_version_1_database_is_upgraded_in_place(pacer_home):
    pacer_home.mkdir(parents=True)
    db = sqlite3.connect(pacer_home / "pacer.db")
    db.executescript("""
        CREATE TABLE periods (id INTEGER PRIMARY KEY, mode TEXT NOT NULL, started_at TEXT NOT NULL,
            length_s INTEGER NOT NULL, checkpoints TEXT NOT NULL, label TEXT, reasons TEXT NOT NULL DEFAULT '[]',
            ended_at TEXT, outcome TEXT);
        CREATE UNIQUE INDEX one_active_period ON periods((ended_at IS NULL)) WHERE ended_at IS NULL;
        CREATE TABLE events (id INTEGER PRIMARY KEY, period_id INTEGER NOT NULL REFERENCES periods(id),
            kind TEXT NOT NULL, at TEXT NOT NULL, text TEXT, data TEXT NOT NULL DEFAULT '{}');
        CREATE TABLE pauses (id INTEGER PRIMARY KEY, period_id INTEGER NOT NULL, start_at TEXT NOT NULL, end_at TEXT NOT NULL);
        CREATE TABLE deliveries (key TEXT PRIMARY KEY, period_id INTEGER NOT NULL, kind TEXT NOT NULL, due_at TEXT NOT NULL,
            attempted_at TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 1, title TEXT, error TEXT);
        CREATE TABLE rotation (category TEXT NOT NULL, entry_id TEXT NOT NULL, shown_at TEXT NOT NULL,
            PRIMARY KEY (category, entry_id));
        INSERT INTO periods (mode, started_at, length_s, checkpoints, label, reasons)
            VALUES ('no-contact', '2026-11-23T18:00:00.000000+00:00', 1209600, '259200', 'Sam', '["calm"]');
        INSERT INTO events (period_id, kind, at, text) VALUES (1, 'note', '2026-11-24T09:00:00.000000+00:00', 'kept');
        PRAGMA user_version=1;
    """)
    db.close()
    with freeze_time("2026-11-25 10:00:00"):
        view = status_json()
        journal = json.loads(run("journal", "--json").stdout)
    assert view["active"] is True and view["day"] == 2
    assert journal["period"]["situation"] is None and journal["period"]["label"] == "Sam"
    assert [e["text"] for e in journal["entries"] if e["kind"] == "note"] == ["kept"]
    db = sqlite3.connect(pacer_home / "pacer.db")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    assert "on_screen" in [row[1] for row in db.execute("PRAGMA table_info(deliveries)")]  # schema 2's step too
    assert "situation" in [row[1] for row in db.execute("PRAGMA table_info(periods)")]
    db.close()


def test_export_and_import_carry_the_situation(tmp_path):
    with freeze_time(START):
        assert run("start", "14d", "--situation", "blocked").exit_code == 0
        exported = run("export", "--format", "json")
    document = json.loads(exported.stdout)
    assert document["version"] == 2 and document["periods"][0]["situation"] == "blocked"
    target = tmp_path / "backup.json"
    target.write_text(exported.stdout)
    assert run("forget", "--yes").exit_code == 0
    assert run("import", str(target)).exit_code == 0
    assert situation() == "blocked"


def test_a_version_1_export_still_imports_with_no_situation(tmp_path):
    with freeze_time(START):
        assert run("start", "14d", "--situation", "chose").exit_code == 0
        document = json.loads(run("export", "--format", "json").stdout)
    document["version"] = 1
    for item in document["periods"]:
        del item["situation"]
    target = tmp_path / "old.json"
    target.write_text(json.dumps(document))
    assert run("forget", "--yes").exit_code == 0
    result = run("import", str(target))
    assert result.exit_code == 0, result.output
    assert situation() is None
