"""Time to hear back after a reach-out, nothing sent at 2 a.m., and unsent drafts (frozen clock)."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from freezegun import freeze_time

from pacer.paths import resolve
from pacer.period import Period
from pacer.store import Store
from pacer.words.notices import MORNING
from tests.cli_helpers import run, status_json
from tests.daemon_helpers import Harness, write_config

S, H, D = timedelta(seconds=1), timedelta(hours=1), timedelta(days=1)
NO_DAILY = '[reminders]\ntimes = []\nquiet_hours = []\n'


def events(kind: str) -> list:
    with Store.open(resolve()) as store:
        period = store.active_period() or store.last_period()
        return store.events(period.stored_id, kind)


def next_checkpoint() -> datetime:
    return datetime.fromisoformat(status_json()["next_checkpoint"]["at"])


# -- the reply window ------------------------------------------------------------------


def test_the_period_rule_drops_checkpoints_inside_the_window_and_keeps_past_ones():
    start = datetime(2026, 1, 1, tzinfo=UTC)
    period = Period("wait", start, 3 * D, (6 * H, D, 2 * D))
    now = start + 20 * H
    moved = period.with_reply_window(now, 24 * H)
    assert moved is not None and moved.checkpoints == (6 * H, 2 * D) and moved.length == 3 * D
    late = period.with_reply_window(start + 2 * D + 12 * H, 24 * H)
    assert late is not None and late.length == 3 * D + 12 * H and late.checkpoints == (6 * H, D, 2 * D)
    assert period.with_reply_window(start + H, H) is None  # 6h is already far enough


def test_a_reach_out_near_the_end_of_a_short_period_is_given_a_day_to_hear_back(pacer_home):
    write_config(pacer_home, NO_DAILY + "[checkpoints]\nnight = []\n")
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "2m", "--mode", "wait").exit_code == 0
        frozen.tick(117 * S)
        done = run("checkpoint", "--choice", "reach-out", "--message", "I'm here when you're ready.")
        assert done.exit_code == 0, done.output
        now = datetime.now(UTC)
        assert next_checkpoint() - now >= timedelta(hours=24)
        assert "tomorrow" in done.output  # "The next checkpoint, tomorrow 13:01, asks whether you heard back."


@pytest.mark.parametrize("mode, window", [("wait", 24 * H), ("no-contact", 3 * D)])
def test_after_a_reach_out_the_next_checkpoint_is_the_reply_window_away(pacer_home, mode, window):
    write_config(pacer_home, NO_DAILY + "[checkpoints]\nnight = []\n")
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "10d", "--mode", mode, "--checkpoints", "1d,2d,3d,5d").exit_code == 0
        frozen.tick(D + H)
        assert run("checkpoint", "--choice", "reach-out", "--message", "Thinking of you.").exit_code == 0
        now = datetime.now(UTC)
        gap = next_checkpoint() - now
        assert window <= gap < window + 2 * D


def test_the_reply_window_is_a_setting(pacer_home):
    write_config(pacer_home, NO_DAILY + '[checkpoints]\nnight = []\nreply_window_wait = "6h"\n')
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "3d", "--mode", "wait", "--checkpoints", "1h,2h,8h").exit_code == 0
        frozen.tick(30 * 60 * S)
        assert run("checkpoint", "--choice", "reach-out", "--message", "Hi.").exit_code == 0
        assert next_checkpoint() - datetime.now(UTC) == timedelta(hours=7, minutes=30)
    assert run("config", "set", "checkpoints.reply_window_wait", '"forever"').exit_code == 1


# -- nothing sent at 2 a.m. ------------------------------------------------------------


def test_a_reach_out_at_night_is_sealed_until_the_morning_and_shown_back(pacer_home):
    write_config(pacer_home, '[reminders]\ntimes = []\nquiet_hours = ["22:30", "08:00"]\n')
    harness = Harness()
    try:
        with freeze_time("2026-11-23 01:00:00") as frozen:  # 02:00 in Berlin
            assert run("start", "3d", "--mode", "wait", "--checkpoints", "1m").exit_code == 0
            frozen.tick(2 * 60 * S)
            done = run("checkpoint", "--choice", "reach-out", "--message", "Why won't you answer me? Answer NOW.")
            assert done.exit_code == 0, done.output
            assert "sealed until today 06:00" in done.output and "nothing is recorded as sent" in done.output
            view = status_json()
            assert view["reached_out_at"] is None and events("reach-out") == []
            [kept] = events("draft")
            assert kept.data["night"] is True
            harness.step()
            assert MORNING[0] not in harness.titles
            frozen.move_to("2026-11-23 06:30:00")  # 07:30: the night is over, quiet hours are not
            harness.step()
            assert MORNING[0] not in harness.titles
            frozen.move_to("2026-11-23 07:00:00")  # 08:00
            harness.step()
            harness.step()
            assert harness.titles.count(MORNING[0]) == 1
            assert kept.text not in " ".join(body for _, body in harness.notifier.sent)  # discreet
            morning = run("checkpoint", "--choice", "wait")
            assert "Words you kept, unsent (written today 02:02)" in morning.output
            assert "Why won't you answer me?" in morning.output and "gentle thoughts" in morning.output
            assert "Words you kept" not in run("checkpoint", "--choice", "wait").output  # shown back once
    finally:
        harness.close()


def test_no_morning_note_when_they_answered_after_the_night(pacer_home):
    write_config(pacer_home, '[reminders]\ntimes = []\nquiet_hours = ["22:30", "08:00"]\n')
    harness = Harness()
    try:
        with freeze_time("2026-11-23 01:00:00") as frozen:  # 02:00 in Berlin
            assert run("start", "3d", "--mode", "wait", "--checkpoints", "1m").exit_code == 0
            frozen.tick(2 * 60 * S)
            assert run("checkpoint", "--choice", "reach-out", "--message", "Please answer.").exit_code == 0
            frozen.move_to("2026-11-23 06:00:00")  # 07:00: up early, the words are shown back
            assert "Please answer." in run("checkpoint", "--choice", "wait").output
            frozen.move_to("2026-11-23 07:00:00")  # 08:00
            harness.step()
            assert MORNING[0] not in harness.titles
    finally:
        harness.close()


def test_anyway_records_a_reach_out_at_night_as_such(pacer_home):
    write_config(pacer_home, NO_DAILY)
    with freeze_time("2026-11-23 01:00:00"):
        assert run("start", "3d", "--mode", "wait").exit_code == 0
        done = run("checkpoint", "--choice", "reach-out", "--message", "I'm here.", "--anyway")
        assert done.exit_code == 0 and "At night, with --anyway" in done.output
        [reach_out] = events("reach-out")
        assert reach_out.data["night"] is True and reach_out.data["anyway"] is False
        assert events("draft") == []


# -- unsent drafts ---------------------------------------------------------------------


def test_a_draft_is_sealed_until_the_next_checkpoint_and_shown_back_there(pacer_home):
    write_config(pacer_home, NO_DAILY)
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "10d", "--mode", "no-contact", "--checkpoints", "3d").exit_code == 0
        written = run("draft", "You NEVER listen. If you don't call by Friday, we're done.")
        assert written.exit_code == 0 and "sealed until your next checkpoint (Thu 26 Nov 13:00" in written.output
        assert run("draft", "-", input="A second one.\n").exit_code == 0
        listed = run("draft", "--list").output
        assert "1  today 13:00 · sealed until Thu 26 Nov 13:00" in listed and "NEVER" not in listed
        sealed = run("draft", "--show", "1")
        assert sealed.exit_code == 0 and "stays sealed until" in sealed.output and "NEVER" not in sealed.output
        early = run("checkpoint", "--choice", "wait")
        assert "2 drafts of yours stay sealed until" in early.output and "NEVER" not in early.output

        frozen.tick(3 * D)
        shown = run("checkpoint", "--choice", "wait")
        assert shown.output.count("Words you kept, unsent") == 2
        assert "You NEVER listen" in shown.output and "gentle thoughts" in shown.output
        again = run("draft", "--show", "1")
        assert "You NEVER listen" in again.output and "•" in again.output
        assert "“A second one.”" in run("draft", "--list").output
    [first, _] = events("draft")
    assert first.kind == "draft" and first.data["sealed_until"].startswith("2026-11-26T12:00:00")
    assert (os.stat(resolve().db).st_mode & 0o777) == 0o600


def test_draft_refusals(pacer_home):
    assert "no active period" in run("draft", "words").stderr
    assert run("start", "3d").exit_code == 0
    assert "write the words" in run("draft").stderr  # no terminal, no text
    assert "there are no drafts yet" in run("draft", "--show", "1").stderr
    assert "one at a time" in run("draft", "x", "--list").stderr
    bad = run("draft", "hello\x1b[2J")
    assert bad.exit_code == 2 and "control character" in bad.stderr


def test_drafts_open_once_the_period_ends(pacer_home):
    write_config(pacer_home, NO_DAILY)
    assert run("start", "10d", "--checkpoints", "3d").exit_code == 0
    assert run("draft", "Thank you for everything.").exit_code == 0
    assert run("stop", "--yes").exit_code == 0
    assert "Thank you for everything." in run("draft", "--show", "1").output


# -- the ledger's new columns ----------------------------------------------------------


def test_a_version_1_database_is_upgraded_and_keeps_its_data(pacer_home):
    assert run("start", "3d").exit_code == 0
    db = sqlite3.connect(resolve().db)
    db.execute("ALTER TABLE deliveries DROP COLUMN on_screen")
    db.execute("ALTER TABLE deliveries DROP COLUMN mentioned")
    db.execute("ALTER TABLE periods DROP COLUMN situation")  # schema 3's, which version 1 did not have either
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()
    assert status_json()["active"] is True
    db = sqlite3.connect(resolve().db)
    columns = [row[1] for row in db.execute("PRAGMA table_info(deliveries)")]
    assert db.execute("PRAGMA user_version").fetchone()[0] == 3
    assert columns[-2:] == ["on_screen", "mentioned"]
    assert [row[1] for row in db.execute("PRAGMA table_info(periods)")][-1] == "situation"
    db.close()


def test_export_leaves_out_what_is_on_screen_and_import_takes_the_file_as_before(pacer_home, tmp_path):
    assert run("start", "3d").exit_code == 0
    with Store.open(resolve()) as store, store.transaction():
        period = store.active_period()
        store.claim_delivery("1:checkpoint:60", period.id, "checkpoint", period.started_at, period.started_at, "Checkpoint")
        store.set_on_screen("1:checkpoint:60", {"id": 4, "server": "x", "via": ":1.2", "body": "b"})
        store.mark_mentioned("1:checkpoint:60")
    out = tmp_path / "backup.json"
    assert run("export", "--format", "json", "-o", str(out)).exit_code == 0
    [delivery] = json.loads(out.read_text())["periods"][0]["deliveries"]
    assert set(delivery) == {"key", "kind", "due_at", "attempted_at", "status", "attempts", "title", "error"}
    assert run("import", str(out), "--replace", "--yes").exit_code == 0
    with Store.open(resolve()) as store:
        assert store.on_screen() == [] and store.ledger(1)["1:checkpoint:60"].status == "sending"
