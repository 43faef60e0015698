"""export (ICS, JSON), import and forget: a real iCalendar parser, round trips, a table of refusals."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from freezegun import freeze_time

from pacer.env import load_env
from pacer.period import new_period
from pacer.store import Store
from tests.cli_helpers import run, status_json

icalendar = pytest.importorskip("icalendar")

ROOT = Path(__file__).resolve().parent.parent
LABEL = "Sam from work"
REASON = "I deserve calm, not crumbs"
NOTE = "walked instead of texting Sam"
NOW = "2026-11-28 10:00:00"  # 11:00 in Berlin


def make_history() -> None:
    """Two periods through the store API: an ended one with everything, and an active one."""
    env = load_env()
    utc = UTC
    old = new_period(mode="wait", length=timedelta(days=3), checkpoints=None, default_checkpoints=(timedelta(hours=6), timedelta(days=1)),
                     started_at=datetime(2026, 10, 1, 8, 0, 0, 123456, tzinfo=utc), label=LABEL, reasons=(REASON,))
    current = new_period(mode="no-contact", length=timedelta(days=14), checkpoints=None,
                         default_checkpoints=(timedelta(days=3), timedelta(days=7)),
                         started_at=datetime(2026, 11, 23, 18, 0, tzinfo=utc), label=LABEL, reasons=(REASON,))
    with Store.open(env.paths) as store, store.transaction():
        first = store.add_period(old)
        store.add_event(first.id, "urge", datetime(2026, 10, 1, 22, 0, tzinfo=utc), NOTE, intensity=4, check_in=True)
        store.add_event(first.id, "decision", datetime(2026, 10, 2, 9, 0, tzinfo=utc), None, choice="wait", stage="early")
        store.add_pause(first.id, datetime(2026, 10, 2, 10, 0, tzinfo=utc), datetime(2026, 10, 2, 20, 0, tzinfo=utc))
        due = datetime(2026, 10, 1, 14, 0, tzinfo=utc)
        store.claim_delivery(f"{first.id}:checkpoint:21600", first.id, "checkpoint", due, due, "A checkpoint")
        store.finish_delivery(f"{first.id}:checkpoint:21600", "shown")
        store.end_period(first.id, datetime(2026, 10, 3, 12, 0, tzinfo=utc), "moved-on")
        second = store.add_period(current)
        store.add_event(second.id, "urge", datetime(2026, 11, 25, 23, 10, tzinfo=utc), None, intensity=2)
        store.add_event(second.id, "note", datetime(2026, 11, 26, 8, 0, tzinfo=utc), "ünïcode ✓ and \"quotes\"")
        store.add_pause(second.id, datetime(2026, 11, 28, 9, 0, tzinfo=utc), datetime(2026, 11, 29, 9, 0, tzinfo=utc))
        due = datetime(2026, 11, 24, 9, 0, tzinfo=utc)
        store.claim_delivery(f"{second.id}:daily:2026-11-24T10:00", second.id, "daily", due, due, "A kind word")
        store.finish_delivery(f"{second.id}:daily:2026-11-24T10:00", "failed", "no notification server")


def export_json(tmp_path: Path) -> tuple[Path, dict]:
    target = tmp_path / "backup.json"
    result = run("export", "--format", "json", "-o", str(target))
    assert result.exit_code == 0, result.output
    return target, json.loads(target.read_text(encoding="utf-8"))


def snapshot(home: Path) -> dict[str, bytes]:
    return {str(p.relative_to(home)): p.read_bytes() for p in sorted(home.rglob("*")) if p.is_file()}


# --- ICS ---------------------------------------------------------------------------------


@freeze_time(NOW)
def test_ics_export_parses_with_icalendar_and_is_discreet(tmp_path):
    make_history()
    result = run("export", "--format", "ics")
    assert result.exit_code == 0, result.output
    text = result.stdout
    calendar = icalendar.Calendar.from_ical(text)
    events = list(calendar.walk("VEVENT"))
    # day 3, day 7 and the end (day 14) of the active period.
    assert len(events) == 3
    for event in events:
        for prop in ("UID", "DTSTAMP", "DTSTART"):
            assert event.get(prop) is not None, prop
        assert str(event["UID"]).endswith("@pacer.local")
    assert [str(e["SUMMARY"]) for e in events] == ["pacer checkpoint", "pacer checkpoint", "pacer: end of your period"]
    start = _uid_start()
    assert [str(e["UID"]) for e in events] == [f"{start}-2:checkpoint:{d * 86400}@pacer.local" for d in (3, 7, 14)]
    # The day-7 checkpoint falls in no pause; day 3 (26 Nov 18:00 UTC) neither; times are UTC.
    assert events[0].decoded("DTSTART") == datetime(2026, 11, 26, 18, 0, tzinfo=UTC)
    assert events[0].decoded("DTSTAMP") == datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
    for secret in (LABEL, "Sam", REASON, "no-contact", "No contact"):
        assert secret not in text


@freeze_time(NOW)
def test_ics_uids_are_stable_and_a_pause_defers_a_checkpoint(tmp_path):
    make_history()
    first = icalendar.Calendar.from_ical(run("export", "--format", "ics").stdout)
    with freeze_time("2026-11-30 17:00:00"):
        assert run("pause", "1d").exit_code == 0  # covers day 7 (30 Nov 18:00 UTC)
        second = icalendar.Calendar.from_ical(run("export", "--format", "ics").stdout)
    uids = lambda cal: [str(e["UID"]) for e in cal.walk("VEVENT")]  # noqa: E731
    assert uids(first) == uids(second)
    day7 = [e for e in second.walk("VEVENT") if str(e["UID"]).startswith(f"{_uid_start()}-2:checkpoint:604800")][0]
    assert day7.decoded("DTSTART") == datetime(2026, 12, 1, 17, 0, tzinfo=UTC)


def _uid_start() -> str:
    """The active period's start as it begins each of its calendar UIDs."""
    started = datetime.fromisoformat(json.loads(run("status", "--json").stdout)["started_at"])
    return started.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def test_ics_uids_of_a_new_period_never_repeat_an_old_ones_after_forget():
    def uids() -> set[str]:
        return {str(e["UID"]) for e in icalendar.Calendar.from_ical(run("export", "--format", "ics").stdout).walk("VEVENT")}

    with freeze_time("2026-11-01 10:00:00"):
        assert run("start", "14d", "--mode", "no-contact").exit_code == 0
        before = uids()
        assert run("forget", "--yes").exit_code == 0
    with freeze_time("2026-11-20 10:00:00"):
        assert run("start", "14d", "--mode", "no-contact").exit_code == 0  # period 1 again
        after = uids()
    assert len(before) == len(after) == 3 and not before & after


def test_ics_without_any_period_is_refused():
    result = run("export", "--format", "ics")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: there is no period to export yet; `pacer start` begins one"


@freeze_time(NOW)
def test_export_to_a_file_is_private_and_atomic(tmp_path, pacer_home):
    make_history()
    target = tmp_path / "cal.ics"
    target.write_text("old")
    result = run("export", "--format", "ics", "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""  # the file, not the terminal, gets the calendar
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text().startswith("BEGIN:VCALENDAR")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left
    missing = run("export", "--format", "json", "-o", str(tmp_path / "no-such-dir" / "x.json"))
    assert missing.exit_code == 1 and missing.stderr.startswith("Error: cannot write")


# --- JSON round trip -----------------------------------------------------------------------


@freeze_time(NOW)
def test_json_export_has_the_documented_shape(tmp_path, pacer_home):
    (pacer_home).mkdir(parents=True, exist_ok=True)
    (pacer_home / "config.toml").write_text('[reminders]\ntimes = ["09:00"]\n')
    make_history()
    _, document = export_json(tmp_path)
    assert set(document) == {"format", "version", "exported_at", "periods", "settings"}
    assert (document["format"], document["version"]) == ("pacer-export", 2)
    assert document["exported_at"] == "2026-11-28T11:00:00+01:00"
    assert document["settings"] == {"reminders.times": ["09:00"]}
    first, second = document["periods"]
    assert first["label"] == LABEL and first["reasons"] == [REASON] and first["outcome"] == "moved-on"
    assert first["started_at"] == "2026-10-01T10:00:00.123456+02:00"  # local, exact
    assert first["events"][0] == {"id": 1, "kind": "urge", "at": "2026-10-02T00:00:00+02:00", "text": NOTE,
                                  "data": {"intensity": 4, "check_in": True}}
    assert first["deliveries"][0]["status"] == "shown"
    assert second["ended_at"] is None and len(second["pauses"]) == 1


@freeze_time(NOW)
def test_export_forget_import_round_trip_is_identical(tmp_path, pacer_home):
    make_history()
    target, before = export_json(tmp_path)
    status_before = status_json()
    history_before = run("history", "--json", "--all")
    assert history_before.exit_code == 0 and '"id": 1' in history_before.stdout
    assert run("forget", "--yes").exit_code == 0
    assert status_json()["active"] is False
    result = run("import", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Imported 2 period(s) with 4 event(s)")
    _, after = export_json(tmp_path)
    assert after == before
    assert status_json() == status_before
    assert run("history", "--json", "--all").stdout == history_before.stdout
    # The store carries on after an import: a new period gets a fresh id.
    assert run("stop", "--yes").exit_code == 0
    assert run("start", "3d", "--mode", "wait").exit_code == 0
    with Store.open(load_env().paths) as store:
        assert store.active_period().id == 3


@freeze_time(NOW)
def test_import_refuses_to_overwrite_without_replace(tmp_path, pacer_home):
    make_history()
    target, _ = export_json(tmp_path)
    db_before = (pacer_home / "pacer.db").read_bytes()
    result = run("import", str(target))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: pacer already holds 2 periods; `pacer import --replace FILE`")
    assert (pacer_home / "pacer.db").read_bytes() == db_before
    refused = run("import", str(target), "--replace")  # no terminal, no --yes
    assert refused.exit_code == 2 and "add --yes" in refused.stderr
    assert run("import", str(target), "--replace", "--yes").exit_code == 0
    assert len(json.loads(run("export", "--format", "json").stdout)["periods"]) == 2


@freeze_time(NOW)
def test_import_replace_swaps_everything_including_settings(tmp_path, pacer_home):
    make_history()
    target, _ = export_json(tmp_path)  # no settings: the user had no config.toml
    run("forget", "--yes")
    run("start", "3d", "--mode", "wait")
    assert run("config", "set", "reminders.times", '["07:00"]').exit_code == 0
    result = run("import", str(target), "--replace", "--yes")
    assert result.exit_code == 0, result.output
    assert json.loads(run("export", "--format", "json").stdout)["settings"] == {}
    assert status_json()["mode"] == "no-contact"


@freeze_time(NOW)
def test_import_with_other_settings_counts_as_existing_data(tmp_path, pacer_home):
    pacer_home.mkdir(parents=True)
    (pacer_home / "config.toml").write_text('[reminders]\ntimes = ["09:00"]\n')
    make_history()
    target, _ = export_json(tmp_path)
    run("forget", "--all", "--yes")
    pacer_home.mkdir(parents=True, exist_ok=True)
    (pacer_home / "config.toml").write_text('[reminders]\ntimes = ["08:00"]\n')
    result = run("import", str(target))
    assert result.exit_code == 1 and "a config.toml with other settings" in result.stderr
    assert not (pacer_home / "pacer.db").exists()  # a refusal creates nothing
    assert run("import", str(target), "--replace", "--yes").exit_code == 0
    assert '"09:00"' in (pacer_home / "config.toml").read_text()


# --- malformed files: refused in one line, nothing changed ----------------------------------


def _valid() -> dict:
    return {
        "format": "pacer-export", "version": 1, "exported_at": "2026-11-28T11:00:00+01:00",
        "periods": [{
            "id": 1, "mode": "no-contact", "started_at": "2026-11-23T19:00:00+01:00", "length_s": 1209600,
            "checkpoints_s": [259200], "label": None, "reasons": [], "ended_at": None, "outcome": None,
            "events": [{"id": 1, "kind": "urge", "at": "2026-11-24T22:00:00+01:00", "text": None, "data": {"intensity": 3}}],
            "pauses": [], "deliveries": [],
        }],
        "settings": {},
    }


def _with(change) -> str:
    document = _valid()
    change(document)
    return json.dumps(document)


def _period(document: dict) -> dict:
    return document["periods"][0]


def _second_active(document: dict) -> None:
    other = dict(_period(document), id=2, events=[])
    document["periods"].append(other)


VALID_TEXT = json.dumps(_valid())
MALFORMED = {
    "garbage": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe",
    "empty": b"",
    "truncated": VALID_TEXT[: len(VALID_TEXT) // 2],
    "not an object": "[1, 2, 3]",
    "wrong format": _with(lambda d: d.update(format="watson")),
    "wrong version": _with(lambda d: d.update(version=3)),
    "situation in a version 1 file": _with(lambda d: _period(d).update(situation="chose")),
    "unknown situation": _with(lambda d: d.update(version=2) or _period(d).update(situation="ghosted")),
    "situation of the other mode": _with(lambda d: d.update(version=2) or _period(d).update(situation="waiting")),
    "version as text": _with(lambda d: d.update(version="1")),
    "missing periods": _with(lambda d: d.pop("periods")),
    "unknown field": _with(lambda d: d.update(extra=1)),
    "time without offset": _with(lambda d: _period(d).update(started_at="2026-11-23T19:00:00")),
    "time in words": _with(lambda d: _period(d)["events"][0].update(at="yesterday")),
    "month 13": _with(lambda d: _period(d).update(started_at="2026-13-23T19:00:00+01:00")),
    "time as number": _with(lambda d: _period(d).update(started_at=1764000000)),
    "unknown event kind": _with(lambda d: _period(d)["events"][0].update(kind="hug")),
    "unknown mode": _with(lambda d: _period(d).update(mode="ghosting")),
    "unknown outcome": _with(lambda d: _period(d).update(ended_at="2026-11-30T10:00:00+01:00", outcome="won")),
    "outcome while active": _with(lambda d: _period(d).update(outcome="completed")),
    "ended before started": _with(lambda d: _period(d).update(ended_at="2026-11-01T10:00:00+01:00", outcome="other")),
    "two active periods": _with(_second_active),
    "duplicate period id": _with(lambda d: d["periods"].append(dict(_period(d), ended_at="2026-11-30T10:00:00+01:00", outcome="other", events=[]))),
    "huge label": _with(lambda d: _period(d).update(label="x" * 100_000)),
    "huge note": _with(lambda d: _period(d)["events"][0].update(text="y" * 1_000_000)),
    "negative length": _with(lambda d: _period(d).update(length_s=-5)),
    "length over a year": _with(lambda d: _period(d).update(length_s=400 * 86400)),
    "checkpoint after the end": _with(lambda d: _period(d).update(checkpoints_s=[99 * 86400])),
    "bool as id": _with(lambda d: _period(d).update(id=True)),
    "nested event data": _with(lambda d: _period(d)["events"][0].update(data={"x": {"y": 1}})),
    "bad setting": _with(lambda d: d.update(settings={"reminders.times": "often"})),
    "unknown setting": _with(lambda d: d.update(settings={"colour": "blue"})),
    "bad delivery status": _with(lambda d: _period(d).update(deliveries=[{
        "key": "1:daily:x", "kind": "daily", "due_at": "2026-11-24T10:00:00+01:00",
        "attempted_at": "2026-11-24T10:00:00+01:00", "status": "maybe", "attempts": 1, "title": None, "error": None}])),
    "NaN": VALID_TEXT.replace('"intensity": 3', '"intensity": NaN'),
    "duplicate key": VALID_TEXT.replace('"version": 1', '"version": 1, "version": 1'),
    "deep nesting": "[" * 100_000 + "]" * 100_000,
    "huge number": VALID_TEXT.replace('"intensity": 3', '"intensity": ' + "9" * 5000),
    "huge id": _with(lambda d: _period(d).update(id=10**30)),
    # text that would rewrite the terminal when shown back, as `start` and `note` refuse it
    "escape in a reason": _with(lambda d: _period(d).update(reasons=["\x1b]0;title\x07x"])),
    "screen clear in the label": _with(lambda d: _period(d).update(label="\x1b[2Jhi")),
    "bidi override in a note": _with(lambda d: _period(d)["events"][0].update(text="abc\u202edef")),
}


@pytest.mark.parametrize("name", list(MALFORMED))
def test_malformed_imports_are_refused_in_one_line_and_change_nothing(name, tmp_path, pacer_home):
    with freeze_time(NOW):
        assert run("start", "14d", "--mode", "wait", "--label", LABEL).exit_code == 0
    before = snapshot(pacer_home)
    bad = tmp_path / "bad.json"
    content = MALFORMED[name]
    bad.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    for extra in ((), ("--replace", "--yes")):
        result = run("import", str(bad), *extra)
        assert result.exit_code == 1, (name, result.output)
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"Error: {bad} is not a usable pacer export: "), lines
        assert len(lines[0]) < 400, lines[0]  # a huge value is never echoed back whole
        assert result.stdout == ""
        assert snapshot(pacer_home) == before, name


def test_the_valid_table_base_imports(tmp_path, pacer_home):
    good = tmp_path / "good.json"
    good.write_text(VALID_TEXT)
    result = run("import", str(good))
    assert result.exit_code == 0, result.output


def test_a_refused_import_into_an_empty_home_creates_nothing(tmp_path, pacer_home):
    bad = tmp_path / "bad.json"
    bad.write_text(MALFORMED["two active periods"])
    result = run("import", str(bad))
    assert result.exit_code == 1 and "at most one can be active" in result.stderr
    assert not pacer_home.exists()


def test_import_of_a_missing_file():
    result = run("import", "/nonexistent/backup.json")
    assert result.exit_code == 1 and result.stderr.strip() == "Error: /nonexistent/backup.json: no such file"


# --- forget --------------------------------------------------------------------------------


def _fill_every_file(pacer_home: Path) -> None:
    with freeze_time(NOW):
        make_history()
    (pacer_home / "config.toml").write_text('[reminders]\ntimes = ["09:00"]\n')
    load_env()  # writes the config cache
    (pacer_home / "logs").mkdir(exist_ok=True)
    for name in ("daemon.log", "daemon.log.1"):
        (pacer_home / "logs" / name).write_text("shown 2:daily:...\n")
    for name in ("pacer.db-wal", "pacer.db-shm", "pacer.db-journal", "daemon.lock", "autostart-offered"):
        (pacer_home / name).write_bytes(b"")
    (pacer_home / "content").mkdir()
    (pacer_home / "content" / "urge.toml").write_text("# my words\n")
    assert (pacer_home / ".config.cache").exists()


def test_forget_removes_every_record_but_keeps_settings(pacer_home):
    _fill_every_file(pacer_home)
    refused = run("forget")  # no terminal, no --yes
    assert refused.exit_code == 2 and "add --yes" in refused.stderr
    result = run("forget", "--yes")
    assert result.exit_code == 0, result.output
    left = sorted(str(p.relative_to(pacer_home)) for p in pacer_home.rglob("*"))
    assert left == ["config.toml", "content", "content/urge.toml"]
    assert "pacer forget --all" in result.stdout


def test_forget_all_leaves_nothing(pacer_home):
    _fill_every_file(pacer_home)
    result = run("forget", "--all", "--yes")
    assert result.exit_code == 0, result.output
    assert not pacer_home.exists()
    again = run("forget", "--yes")
    assert again.exit_code == 0 and "nothing to forget" in again.stdout


def test_forget_asks_at_a_terminal(pacer_home, monkeypatch):
    _fill_every_file(pacer_home)
    monkeypatch.setattr("pacer.cli.render.interactive", lambda: True)
    declined = run("forget", input="n\n")
    assert declined.exit_code == 1 and str(pacer_home / "pacer.db") in declined.stdout
    assert (pacer_home / "pacer.db").exists()
    assert run("forget", input="y\n").exit_code == 0
    assert not (pacer_home / "pacer.db").exists()


def test_forget_stops_a_running_daemon_first(tmp_path, pacer_home):
    env = {k: v for k, v in os.environ.items() if k != "PACER_NO_AUTOSTART"}
    env.update(PACER_HOME=str(pacer_home), PYTHONPATH=str(ROOT))
    pacer_home.mkdir(parents=True)
    (pacer_home / "config.toml").write_text('[reminders]\ntimes = []\nquiet_hours = []\n')

    def pacer(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pacer", *args], env=env, capture_output=True, text=True, timeout=30)

    assert pacer("start", "3d", "--mode", "wait").returncode == 0
    try:
        assert pacer("daemon", "status").returncode == 0
        result = pacer("forget", "--all", "--yes")
        assert result.returncode == 0, result.stderr
        assert pacer("daemon", "status").returncode == 1
        assert not pacer_home.exists() or list(pacer_home.rglob("*")) == []
    finally:
        pacer("daemon", "stop")


def test_what_a_tool_said_is_imported_printable(tmp_path):
    """A notification error is the tool's words, not the user's: made safe to print, not refused."""
    data = json.loads(VALID_TEXT)
    _period(data)["deliveries"] = [{
        "key": "1:daily:x", "kind": "daily", "due_at": "2026-11-24T10:00:00+01:00",
        "attempted_at": "2026-11-24T10:00:00+01:00", "status": "failed", "attempts": 1,
        "title": "Checkpoint", "error": "notify-send said \x1b[31mno\x1b[0m"}]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data))
    result = run("import", str(path))
    assert result.exit_code == 0, result.output
    exported = json.loads(run("export", "--format", "json").stdout)
    error = exported["periods"][0]["deliveries"][0]["error"]
    assert "\x1b" not in error and error.startswith("notify-send said \ufffd[31mno")
