"""Bad input, across every command and both files people edit: a clear line, a non-zero exit, nothing changed.

Each case runs in a copy of one lived-in data dir (an active period with a
note and an urge, the person's own config.toml and own words in
content/urge.toml). Every file under the test's directory (the data dir and
any file handed to pacer) is hashed before and after: a refused command
changes nothing, byte for byte. pacer's own words file being broken is a
different story (content/*.toml): pacer falls back to its shipped words and
says which file it skipped (see test_a_broken_content_file_...).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest
from click.testing import CliRunner

from pacer.cli.app import cli
from tests.fault_helpers import ROOT, leaks, tree_digest

BIG = "a" * 300_000  # "hundreds of kB": a paste gone wrong
USER_CONFIG = '[reminders]\ntimes = ["09:00", "21:00"]\nquiet_hours = []\n'
USER_URGE = '[[entry]]\nid = "my-own-urge"\ntext = "My own words: breathe out slowly, twice."\n'
MAX_LINE = 400  # an error line longer than this is not "clear" (e.g. it echoes a 300 kB paste)


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=True)


def _build(home: Path, monkeypatch, *, active: bool) -> Path:
    home.mkdir(parents=True)
    (home / "config.toml").write_text(USER_CONFIG)
    (home / "content").mkdir()
    (home / "content" / "urge.toml").write_text(USER_URGE)
    monkeypatch.setenv("PACER_HOME", str(home))
    for args in (
        ("start", "30d", "--mode", "no-contact", "--label", "L", "--reason", "I deserve calm"),
        ("note", "a first note"),
        ("urge", "--no-check-in", "--intensity", "3", "--note", "a first urge"),
        *([] if active else [("stop", "--yes", "--outcome", "other")]),
    ):
        result = invoke(*args)
        assert result.exit_code == 0, result.output
    export = invoke("export", "--format", "json")
    assert export.exit_code == 0
    return home


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    """Two lived-in data dirs, built once: one with an active period, one whose period has ended."""
    root = tmp_path_factory.mktemp("templates")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("TZ", "Europe/Berlin")
        monkeypatch.setenv("PACER_NO_AUTOSTART", "1")
        active = _build(root / "active", monkeypatch, active=True)
        ended = _build(root / "ended", monkeypatch, active=False)
        export = invoke("export", "--format", "json").stdout
    (root / "export.json").write_text(export)
    for home in (active, ended):
        assert not (home / "pacer.db-wal").exists()  # all in pacer.db: the baseline is one file
    return {"active": active, "ended": ended, "export": root / "export.json"}


def copy_home(source: Path, home: Path) -> Path:
    shutil.copytree(source, home)
    # The settings cache is keyed by the config's path: let this copy write its own now,
    # so that "nothing changed" below can compare every file, the cache included.
    assert invoke("status").exit_code == 0
    return home


@pytest.fixture
def lived_in(templates, pacer_home):
    return copy_home(templates["active"], pacer_home)


# --- the table ------------------------------------------------------------------------------

Setup = Callable[[Path, Path], "str | None"]  # (home, tmp) -> another PACER_HOME to use, or None


class Case(NamedTuple):
    id: str
    args: tuple[str, ...]
    says: str  # part of the one `Error:` line
    code: int = 2  # 2: usage (what was typed); 1: an error (state, files)
    setup: Setup | None = None
    input: str | None = None


def write(name: str, content: str | bytes) -> Setup:
    """A setup that writes `content` to `name` (under the data dir, or {tmp}/... for files handed to pacer)."""

    def setup(home: Path, tmp: Path) -> None:
        path = tmp / name[len("{tmp}/"):] if name.startswith("{tmp}/") else home / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)

    return setup


def export_with(change: Callable[[dict], None]) -> Setup:
    """{tmp}/export.json: a real export of this data dir, changed by `change`."""

    def setup(home: Path, tmp: Path) -> None:
        document = json.loads(invoke("export", "--format", "json").stdout)
        change(document)
        (tmp / "export.json").write_text(json.dumps(document))

    return setup


def truncated_export(home: Path, tmp: Path) -> None:
    text = invoke("export", "--format", "json").stdout
    (tmp / "export.json").write_text(text[: len(text) // 2])


def home_is_a_file(home: Path, tmp: Path) -> str:
    (tmp / "a-file").write_text("not a directory\n")
    return str(tmp / "a-file")


def home_under_a_file(home: Path, tmp: Path) -> str:
    (tmp / "a-file").write_text("not a directory\n")
    return str(tmp / "a-file" / "pacer")


def database(sql: str) -> Setup:
    def setup(home: Path, tmp: Path) -> None:
        connection = sqlite3.connect(home / "pacer.db")
        connection.execute(sql)
        connection.close()

    return setup


def truncate_db(home: Path, tmp: Path) -> None:
    db = home / "pacer.db"
    db.write_bytes(db.read_bytes()[:4096])  # the first page only: the schema points past the end


def db_is_a_directory(home: Path, tmp: Path) -> None:
    (home / "pacer.db").unlink()
    (home / "pacer.db").mkdir()


def config_is_a_directory(home: Path, tmp: Path) -> None:
    (home / "config.toml").unlink()
    (home / "config.toml").mkdir()


def _set(path: str, value) -> Callable[[dict], None]:
    def change(document: dict) -> None:
        *parents, last = path.split(".")
        target = document
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[last] = value

    return change


NOT_A_DATABASE = b"SQLite format 2\x00 (no: just some bytes someone saved here)\n" * 200

CASES = [
    # start
    Case("start-zero", ("start", "0d"), "must be longer than zero"),
    Case("start-too-long", ("start", "400d"), "at most 365 days"),
    Case("start-not-a-duration", ("start", "14x"), "is not a duration"),
    Case("start-empty-length", ("start", ""), "length '' is not a duration"),
    Case("start-huge-number", ("start", "99999999999999999999d"), "far too long"),
    Case("start-unit-twice", ("start", "1d1d"), "names the days twice"),
    Case("start-unknown-mode", ("start", "14d", "--mode", "sometimes"), "unknown mode 'sometimes'"),
    Case("start-empty-mode", ("start", "14d", "--mode", ""), "unknown mode ''"),
    Case("start-empty-checkpoints", ("start", "14d", "--checkpoints", ""), "comma-separated list"),
    Case("start-checkpoints-hole", ("start", "14d", "--checkpoints", "3d,,7d"), "comma-separated list"),
    Case("start-checkpoint-after-end", ("start", "14d", "--checkpoints", "20d"), "after the end of the period"),
    Case("start-checkpoint-twice", ("start", "14d", "--checkpoints", "3d,3d"), "given twice"),
    Case("start-huge-label", ("start", "14d", "--label", BIG), "label is far too long"),
    Case("start-huge-reason", ("start", "14d", "--reason", BIG), "reason is far too long"),
    Case("start-empty-label", ("start", "14d", "--label", ""), "label is empty"),
    Case("start-label-escape", ("start", "14d", "--label", "\x1b[31mred"), "control character (U+001B"),
    Case("start-reason-bidi", ("start", "14d", "--reason", "calm\u202eevil"), "text-direction control (U+202E"),
    Case("start-while-active", ("start", "14d"), "a period is already active", 1),
    # status, stop
    Case("status-unknown-format", ("status", "--format", "xml"), "Invalid value for '--format'"),
    Case("status-json-and-waybar", ("status", "--json", "--format", "waybar"), "ask for different things"),
    Case("stop-unknown-outcome", ("stop", "--outcome", "maybe", "--yes"), "unknown outcome 'maybe'"),
    Case("stop-unconfirmed", ("stop",), "stopping needs confirmation: add --yes"),
    # config get / set
    Case("config-get-unknown", ("config", "get", "reminders.never"), "unknown setting 'reminders.never'", 1),
    Case("config-set-25-00", ("config", "set", "reminders.times", '["25:00"]'), 'reminders.times = ["25:00"] is not valid', 1),
    Case("config-set-9am", ("config", "set", "reminders.times", '["9am"]'), 'reminders.times = ["9am"] is not valid', 1),
    Case("config-set-not-a-time", ("config", "set", "reminders.times", "9am"), '["9am"] is not valid', 1),
    Case("config-set-not-toml", ("config", "set", "reminders.times", "a = [1"), "is not a value", 1),
    Case("config-set-half-quiet", ("config", "set", "reminders.quiet_hours", '["22:00"]'), "(start, end)", 1),
    Case("config-set-unknown", ("config", "set", "general.colour", '"blue"'), "unknown setting 'general.colour'", 1),
    Case("config-set-zero", ("config", "set", "lengths.wait", '"0d"'), 'lengths.wait = "0d" is not valid', 1),
    Case("config-set-zone", ("config", "set", "general.timezone", '"Mars/Olympus_Mons"'), "is not valid", 1),
    Case("config-set-bool", ("config", "set", "reminders.discreet", '"yes"'), "expected true or false", 1),
    Case("config-set-huge", ("config", "set", "lengths.wait", f'"{BIG}"'), "lengths.wait = ", 1),
    Case("config-unknown-action", ("config", "frob"), "No such command 'frob'"),
    # config.toml, as the person edited it
    Case("toml-25-00", ("status",), 'reminders.times = ["25:00"] is not valid', 1, write("config.toml", '[reminders]\ntimes = ["25:00"]\n')),
    Case("toml-9am", ("note", "hello"), 'reminders.times = ["9am"] is not valid', 1, write("config.toml", '[reminders]\ntimes = ["9am"]\n')),
    Case("toml-quiet-24-00", ("doctor", "--no-test"), "reminders.quiet_hours", 1,
         write("config.toml", '[reminders]\nquiet_hours = ["24:00", "08:00"]\n')),
    Case("toml-garbage", ("urge", "--no-check-in"), "not valid TOML", 1, write("config.toml", "this is ] not [ toml\n")),
    Case("toml-truncated", ("history",), "not valid TOML", 1, write("config.toml", '[reminders]\ntimes = ["10:00", "20:')),
    Case("toml-not-utf8", ("checkpoint", "--choice", "wait"), "not UTF-8 text", 1,
         write("config.toml", b"[reminders]\n# caf\xe9\ntimes = []\n")),
    Case("toml-unknown-key", ("pause", "1d"), "unknown setting reminders.loudness", 1, write("config.toml", "[reminders]\nloudness = 11\n")),
    Case("toml-not-a-table", ("export", "--format", "json"), "must be a [reminders] table", 1, write("config.toml", "reminders = 5\n")),
    Case("toml-wrong-type", ("slipped",), "reminders.discreet = \"yes\" is not valid", 1,
         write("config.toml", '[reminders]\ndiscreet = "yes"\n')),
    Case("toml-empty-checkpoints", ("resume",), "checkpoints.wait = [] is not valid", 1, write("config.toml", "[checkpoints]\nwait = []\n")),
    Case("toml-unknown-zone", ("heard-back", "--keep-going"), "general.timezone", 1,
         write("config.toml", '[general]\ntimezone = "Nowhere/Special"\n')),
    Case("toml-huge", ("status",), "not valid TOML", 1, write("config.toml", BIG)),
    Case("toml-is-a-directory", ("status",), "config.toml: cannot read it", 1, config_is_a_directory),
    # daemon, doctor
    Case("daemon-unknown-action", ("daemon", "frob"), "No such command 'frob'"),
    Case("daemon-install-unknown-option", ("daemon", "install", "--bogus"), "No such option '--bogus'"),
    Case("doctor-unknown-option", ("doctor", "--bogus"), "No such option '--bogus'"),
    # checkpoint, check-message, move-on, heard-back
    Case("checkpoint-unknown-choice", ("checkpoint", "--choice", "maybe"), "unknown choice 'maybe'"),
    Case("checkpoint-no-choice", ("checkpoint",), "a checkpoint needs your answer"),
    Case("checkpoint-reach-out-no-message", ("checkpoint", "--choice", "reach-out"), "needs the message"),
    Case("checkpoint-huge-message", ("checkpoint", "--choice", "reach-out", "--message", BIG), "message is far too long"),
    Case("checkpoint-empty-message", ("checkpoint", "--choice", "reach-out", "--message", ""), "message is empty"),
    Case("checkpoint-message-bell", ("checkpoint", "--choice", "reach-out", "--message", "hi\x07"), "control character (U+0007"),
    Case("checkpoint-message-with-wait", ("checkpoint", "--choice", "wait", "--message", "hi"), "goes with the choice reach-out"),
    Case("checkpoint-move-on-unconfirmed", ("checkpoint", "--choice", "move-on"), "needs confirmation: add --yes"),
    Case("draft-huge", ("draft", BIG), "draft is far too long"),
    Case("draft-empty", ("draft", "  "), "draft is empty"),
    Case("draft-escape", ("draft", "miss you\x1b]0;title\x07"), "control character (U+001B"),
    Case("draft-huge-stdin", ("draft", "-"), "draft is far too long", input=BIG),
    Case("draft-none-yet", ("draft", "--show", "7"), "there are no drafts yet", 1),
    Case("draft-not-a-number", ("draft", "--show", "two"), "is not a valid integer"),
    Case("toml-bad-night", ("status",), "checkpoints.night = [\"06:00\"] is not valid", 1,
         write("config.toml", '[checkpoints]\nnight = ["06:00"]\n')),
    Case("toml-bad-reply-window", ("status",), "checkpoints.reply_window_wait = \"soon\" is not valid", 1,
         write("config.toml", '[checkpoints]\nreply_window_wait = "soon"\n')),
    Case("check-message-huge", ("check-message", BIG), "message is far too long"),
    Case("check-message-empty", ("check-message", ""), "message is empty"),
    Case("check-message-bell", ("check-message", "are you there\x07"), "control character (U+0007"),
    Case("check-message-bidi", ("check-message", "ok\u2066hidden\u2069"), "text-direction control (U+2066"),
    Case("check-message-huge-stdin", ("check-message", "-"), "message is far too long", input=BIG),
    Case("move-on-unconfirmed", ("move-on",), "needs confirmation: add --yes"),
    Case("heard-back-both", ("heard-back", "--yes", "--keep-going"), "choose one"),
    Case("heard-back-huge-note", ("heard-back", "--keep-going", "--note", BIG), "note is far too long"),
    # urge
    Case("urge-intensity-0", ("urge", "--intensity", "0"), "from 1 (mild) to 5 (overwhelming), not '0'"),
    Case("urge-intensity-6", ("urge", "--intensity", "6"), "not '6'"),
    Case("urge-intensity-x", ("urge", "--intensity", "x"), "not 'x'"),
    Case("urge-intensity-empty", ("urge", "--intensity", ""), "not ''"),
    Case("urge-huge-note", ("urge", "--no-check-in", "--note", BIG), "note is far too long"),
    Case("urge-empty-note", ("urge", "--no-check-in", "--note", ""), "note is empty"),
    Case("urge-note-escape", ("urge", "--no-check-in", "--note", "\x1b]0;title\x07"), "control character (U+001B"),
    Case("urge-note-bidi", ("urge", "--no-check-in", "--note", "abc\u202ddef"), "text-direction control (U+202D"),
    Case("urge-unknown-option", ("urge", "--loud"), "No such option '--loud'"),
    Case("urge-check-in-maybe", ("urge", "--check-in", "maybe"), "answer the check-in with passed or strong, not 'maybe'"),
    Case("urge-check-in-with-note", ("urge", "--check-in", "passed", "--note", "x"), "takes no --note"),
    Case("urge-check-in-both-ways", ("urge", "--check-in", "--no-check-in"), "contradict each other"),
    Case("journal-no-such-period", ("journal", "--period", "99"), "there is no period #99", 1),
    Case("journal-period-words", ("journal", "--period", "last"), "'last' is not a valid integer"),
    Case("start-unknown-situation", ("start", "--situation", "ghosted"), "unknown situation 'ghosted'"),
    Case("start-situation-wrong-mode", ("start", "--mode", "wait", "--situation", "blocked"),
         "the situation blocked goes with --mode no-contact, not wait"),
    # note
    Case("note-huge", ("note", BIG), "note is far too long (300000 characters; at most 4000)"),
    Case("note-just-over", ("note", "b" * 4001), "note is too long (4001 characters; at most 4000)"),
    Case("note-empty", ("note", ""), "note is empty"),
    Case("note-spaces", ("note", "   \n\t "), "note is empty"),
    Case("note-clear-screen", ("note", "fine\x1b[2J"), "control character (U+001B, at character 5)"),
    Case("note-nul", ("note", "a\x00b"), "control character (U+0000"),
    Case("note-del", ("note", "a\x7fb"), "control character (U+007F"),
    Case("note-c1", ("note", "a\x9bb"), "control character (U+009B"),
    Case("note-rlo", ("note", "invoice_\u202egpj.exe"), "text-direction control (U+202E"),
    Case("note-lri", ("note", "a\u2066b"), "text-direction control (U+2066"),
    Case("note-pdf", ("note", "a\u202cb"), "text-direction control (U+202C"),
    Case("note-undecodable", ("note", "caf\udce9"), "not valid text"),
    # slipped
    Case("slipped-huge-note", ("slipped", "--note", BIG), "note is far too long"),
    Case("slipped-empty-note", ("slipped", "--note", ""), "note is empty"),
    Case("slipped-note-escape", ("slipped", "--note", "\x1b[5m"), "control character (U+001B"),
    # history
    Case("history-limit-0", ("history", "--limit", "0"), "at least 1"),
    Case("history-limit-x", ("history", "--limit", "x"), "'x' is not a valid integer"),
    Case("history-all-and-limit", ("history", "--all", "--limit", "3"), "contradict each other"),
    # pause, resume
    Case("pause-zero", ("pause", "0m"), "must be longer than zero"),
    Case("safety-plan-two-modes", ("safety-plan", "--show", "--edit"), "--show and --edit ask for different things"),
    Case("sos-extra-words", ("sos", "now"), "unexpected extra argument"),
    Case("pause-not-a-duration", ("pause", "a while"), "is not a duration"),
    Case("pause-empty", ("pause", ""), "is not a duration"),
    Case("pause-longer-than-period", ("pause", "40d"), "longer than the rest of your period"),
    Case("pause-huge", ("pause", "9" * 400 + "w"), "far too long"),
    Case("pause-negative", ("pause", "-1d"), "No such option '-1'"),
    Case("resume-not-paused", ("resume",), "you are not paused", 1),
    # export
    Case("export-unknown-format", ("export", "--format", "xml"), "Invalid value for '--format'"),
    Case("export-to-a-directory", ("export", "--format", "json", "-o", "."), "is a directory"),
    Case("export-to-nowhere", ("export", "--format", "json", "-o", "/nonexistent/dir/x.json"), "cannot write", 1),
    # import: files that are not what they claim
    Case("import-missing", ("import", "{tmp}/nothing.json"), "no such file", 1),
    Case("import-binary", ("import", "{tmp}/export.json"), "not UTF-8 text", 1, write("{tmp}/export.json", b"\x89PNG\r\n\x1a\n\x00\x00")),
    Case("import-garbage", ("import", "{tmp}/export.json"), "not valid JSON (line 1, column 1", 1, write("{tmp}/export.json", "periods: lots\n")),
    Case("import-truncated", ("import", "{tmp}/export.json"), "was it cut short?", 1, truncated_export),
    Case("import-empty", ("import", "{tmp}/export.json"), "it is empty", 1, write("{tmp}/export.json", "")),
    Case("import-empty-object", ("import", "{tmp}/export.json"), "top level: missing", 1, write("{tmp}/export.json", "{}")),
    Case("import-other-format", ("import", "{tmp}/export.json"), "is not 'pacer-export'", 1, export_with(_set("format", "other"))),
    Case("import-newer-version", ("import", "{tmp}/export.json"), "version 99 is not supported", 1, export_with(_set("version", 99))),
    Case("import-not-utf8", ("import", "{tmp}/export.json"), "not UTF-8 text", 1, write("{tmp}/export.json", b'{"format": "\xff"}')),
    Case("import-deep", ("import", "{tmp}/export.json"), "nested too deeply", 1, write("{tmp}/export.json", "[" * 100_000)),
    Case("import-huge-number", ("import", "{tmp}/export.json"), "not a pacer export", 1, write("{tmp}/export.json", "9" * 10_000)),
    Case("import-nan", ("import", "{tmp}/export.json"), "NaN is not a number", 1, write("{tmp}/export.json", '{"version": NaN}')),
    Case("import-duplicate-key", ("import", "{tmp}/export.json"), "appears twice", 1, write("{tmp}/export.json", '{"a": 1, "a": 2}')),
    Case("import-bad-time", ("import", "{tmp}/export.json"), "periods[0].events[0].at", 1,
         export_with(_set("periods.0.events.0.at", "yesterday"))),
    Case("import-bad-setting", ("import", "{tmp}/export.json"), 'reminders.times = ["25:00"] is not valid', 1,
         export_with(_set("settings", {"reminders.times": ["25:00"]}))),
    Case("import-over-existing-data", ("import", "{tmp}/export.json"), "pacer already holds 1 period", 1, export_with(lambda d: None)),
    Case("import-replace-unconfirmed", ("import", "{tmp}/export.json", "--replace"), "needs confirmation: add --yes", 2,
         export_with(lambda d: None)),
    Case("import-a-directory", ("import", "{tmp}"), "is a directory"),
    # forget, and what is not pacer at all
    Case("forget-unconfirmed", ("forget",), "forgetting needs confirmation: add --yes"),
    Case("forget-unknown-option", ("forget", "--everything"), "No such option '--everything'"),
    Case("unknown-command", ("frobnicate",), "No such command 'frobnicate'"),
    Case("unknown-global-option", ("--frob", "status"), "No such option '--frob'"),
    # the data dir and the database
    Case("home-is-a-file", ("note", "hello"), "exists but is not a directory", 1, home_is_a_file),
    Case("home-under-a-file", ("start", "1d"), "Not a directory", 1, home_under_a_file),
    Case("db-not-a-database", ("note", "hello"), "is not a pacer database or is damaged", 1, write("pacer.db", NOT_A_DATABASE)),
    Case("db-not-a-database-status", ("status",), "is not a pacer database or is damaged", 1, write("pacer.db", NOT_A_DATABASE)),
    Case("db-truncated", ("history",), "is not a pacer database or is damaged", 1, truncate_db),
    Case("db-newer-schema", ("note", "hello"), "written by a newer pacer (schema 99", 1, database("PRAGMA user_version=99")),
    Case("db-newer-schema-status", ("status",), "upgrade pacer to use it", 1, database("PRAGMA user_version=99")),
    Case("db-newer-schema-export", ("export", "--format", "json"), "written by a newer pacer", 1, database("PRAGMA user_version=99")),
    Case("db-is-a-directory", ("urge", "--no-check-in"), "pacer.db", 1, db_is_a_directory),
]


def test_the_table_is_wide():
    assert len(CASES) >= 50
    assert len({case.id for case in CASES}) == len(CASES)
    from pacer.cli.app import LAZY_COMMANDS

    covered = {case.args[0] for case in CASES}
    assert set(LAZY_COMMANDS) <= covered, set(LAZY_COMMANDS) - covered


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_bad_input_is_refused_clearly_and_changes_nothing(case, lived_in, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    if case.setup is not None:
        other_home = case.setup(lived_in, tmp_path)
        if other_home:
            monkeypatch.setenv("PACER_HOME", other_home)
    before = tree_digest(tmp_path)
    args = [arg.replace("{tmp}", str(tmp_path)) for arg in case.args]

    result = invoke(*args, input=case.input)

    crashed = result.exception is not None and not isinstance(result.exception, SystemExit)
    assert not crashed, f"{type(result.exception).__name__}: {result.exception}"
    assert result.exit_code == case.code, result.output[-500:]
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines, "nothing said"
    message = lines[-1]  # click's usage errors put "Usage: ..." lines first; ours are one line
    assert message.startswith("Error: "), result.stderr[-500:]
    assert case.says in message, message[:MAX_LINE]
    assert len(message) <= MAX_LINE, f"{len(message)} characters: {message[:200]}..."
    if case.code == 1:
        assert len(lines) == 1, result.stderr
    assert not leaks(result.stderr) and not leaks(result.stdout)
    assert result.stdout == "", result.stdout[:300]
    assert tree_digest(tmp_path) == before


AS_PROCESSES = ["check-message-huge-stdin", "start-huge-number", "toml-garbage", "import-truncated", "db-not-a-database", "db-newer-schema",
                "checkpoint-unknown-choice", "unknown-command"]


@pytest.mark.parametrize("case", [c for c in CASES if c.id in AS_PROCESSES], ids=lambda c: c.id)
def test_as_a_real_process_too(case, lived_in, tmp_path):
    assert len([c for c in CASES if c.id in AS_PROCESSES]) == len(AS_PROCESSES)
    """The same through `python -m pacer` (pacer.cli.main), as a person runs it: one line on stderr, no traceback."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
    env.update(PYTHONPATH=str(ROOT), PACER_HOME=str(lived_in))
    if case.setup is not None:
        other_home = case.setup(lived_in, tmp_path)
        if other_home:
            env["PACER_HOME"] = other_home
    before = tree_digest(tmp_path)
    args = [arg.replace("{tmp}", str(tmp_path)) for arg in case.args]
    result = subprocess.run(
        [sys.executable, "-m", "pacer", *args], env=env, input=case.input, capture_output=True, text=True, timeout=30
    )
    assert result.returncode == case.code
    last = result.stderr.splitlines()[-1]
    assert last.startswith("Error: ") and case.says in last and len(last) <= MAX_LINE
    assert result.stdout == "" and not leaks(result.stderr)
    assert tree_digest(tmp_path) == before


# --- right-to-left writing is ordinary writing ------------------------------------------------

RTL = [
    "היום היה קשה, אבל לא כתבתי לו.",  # Hebrew
    "اليوم كان صعبًا، لكنني لم أكتب له.",  # Arabic (with a tashkil mark)
    "یک روز دیگر بدون پیام. ۳ روز گذشت.",  # Persian, Persian digits
    "Day 4: עדיין לא, and that is fine 🙂",  # mixed directions
]


@pytest.mark.parametrize("text", RTL, ids=["hebrew", "arabic", "persian", "mixed"])
def test_right_to_left_writing_is_accepted_everywhere(text, lived_in):
    for args in (
        ("note", text),
        ("urge", "--no-check-in", "--note", text),
        ("slipped", "--note", text),
        ("check-message", text),
    ):
        result = invoke(*args)
        assert result.exit_code == 0 and result.stderr == "", (args[0], result.output)
    events = json.loads(invoke("history", "--json", "--all").stdout)["periods"][0]["events"]
    assert [e["kind"] for e in events if e["text"] == text] == ["note", "urge", "slip"]
    stopped = invoke("stop", "--yes")
    assert stopped.exit_code == 0
    started = invoke("start", "7d", "--label", text, "--reason", text)
    assert started.exit_code == 0, started.output


# --- the person's own words: skipped with a note, pacer's words instead ------------------------

CONTENT_CASES = [
    ("garbage", "urge.toml", "this ] is [ not toml", "not valid TOML"),
    ("truncated", "urge.toml", '[[entry]]\nid = "my-own-urge"\ntext = "My own wo', "not valid TOML"),
    ("not-utf8", "urge.toml", b'[[entry]]\nid = "x"\ntext = "caf\xe9"\n', "not UTF-8 text"),
    ("unknown-category", "urges.toml", USER_URGE, "unknown category 'urges'"),
    ("missing-id", "urge.toml", '[[entry]]\ntext = "no id"\n', "missing 'id'"),
    ("bad-id", "urge.toml", '[[entry]]\nid = "My Urge"\ntext = "x"\n', "'id' must be lowercase"),
    ("unknown-key", "urge.toml", '[[entry]]\nid = "x"\ntext = "x"\ncolour = "red"\n', "unknown key 'colour'"),
    ("entry-not-a-table", "urge.toml", "entry = 5\n", "'entry' must be a list"),
    ("duplicate-id", "urge.toml", USER_URGE * 2, "the same id appears twice"),
    ("empty-text", "urge.toml", '[[entry]]\nid = "x"\ntext = "   "\n', "'text' must be non-empty text"),
    ("huge-text", "urge.toml", f'[[entry]]\nid = "x"\ntext = "{BIG}"\n', "'text' is 300000 characters; at most 600"),
    ("bad-stage", "urge.toml", '[[entry]]\nid = "x"\ntext = "x"\nstage = "final"\n', "'stage' must be one of check-in"),
    ("checkpoint-without-stage", "checkpoint.toml", '[[entry]]\nid = "x"\ntitle = "t"\ntext = "x"\n', "missing 'stage'"),
    ("bad-mode", "urge.toml", '[[entry]]\nid = "x"\ntext = "x"\nmodes = ["never"]\n', "'modes' must be a list"),
]


@pytest.mark.parametrize("name, filename, content, says", CONTENT_CASES, ids=[c[0] for c in CONTENT_CASES])
def test_a_broken_content_file_is_skipped_with_a_note_and_pacer_speaks_its_own_words(
    name, filename, content, says, templates, pacer_home, tmp_path
):
    """`pacer urge` where there never was a period: it only shows words, so nothing else can change."""
    (pacer_home / "content").mkdir(parents=True)
    path = pacer_home / "content" / filename
    (path.write_bytes if isinstance(content, bytes) else path.write_text)(content)
    before = tree_digest(tmp_path)

    result = invoke("urge")

    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 0
    notes = result.stderr.splitlines()
    assert len(notes) == 1 and notes[0].startswith(f"Note: {path}: ") and notes[0].endswith("this file is skipped"), notes
    assert says in notes[0] and len(notes[0]) <= MAX_LINE
    if filename == "urge.toml":
        assert "My own words" not in result.stdout  # the user's file is skipped whole
    assert result.stdout.strip() and "Nothing recorded: there has never been a period" in result.stdout
    assert not leaks(result.output)
    assert tree_digest(tmp_path) == before


def test_content_folder_that_is_a_file_is_reported(templates, pacer_home, tmp_path):
    pacer_home.mkdir(parents=True)
    (pacer_home / "content").write_text("not a folder\n")
    before = tree_digest(tmp_path)
    result = invoke("urge")
    assert result.exit_code == 0
    assert result.stderr == f"Note: {pacer_home / 'content'}: not a folder; your own words are not loaded\n"
    assert tree_digest(tmp_path) == before


# --- data dirs that cannot be written ------------------------------------------------------------


def test_a_read_only_data_dir_is_refused_clearly_and_left_alone(templates, pacer_home, tmp_path):
    """A read-only bind mount (root ignores chmod 0500), inside a private mount namespace."""
    if os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("mount"):
        pytest.skip("needs root, unshare and mount for a read-only bind mount (chmod does not stop root)")
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot create a mount namespace here: {probe.stderr.decode().strip()}")
    copy_home(templates["active"], pacer_home)
    before = tree_digest(tmp_path)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
    env.update(PACER_HOME=str(pacer_home), PYTHONPATH=str(ROOT), PACER_NO_AUTOSTART="1", RO=str(pacer_home))
    outcomes = {}
    for args in (["note", "hello"], ["urge", "--no-check-in"], ["config", "set", "reminders.discreet", "false"]):
        script = f'mount --bind -o ro "$RO" "$RO" && exec "{sys.executable}" -m pacer "$@"'
        result = subprocess.run(
            ["unshare", "-m", "sh", "-c", script, "sh", *args], env=env, capture_output=True, text=True, timeout=30
        )
        outcomes[args[0]] = result
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
        assert not leaks(result.stderr)
    assert "pacer.db: Read-only file system" in outcomes["note"].stderr
    assert "cannot write" in outcomes["config"].stderr and "Read-only file system" in outcomes["config"].stderr
    assert tree_digest(tmp_path) == before


def test_a_missing_data_dir_is_refused_clearly(tmp_path, monkeypatch):
    """A data dir that does not exist yet (a typo in PACER_HOME): a plain answer, and no period invented."""
    home = tmp_path / "no" / "such" / "dir"
    monkeypatch.setenv("PACER_HOME", str(home))
    result = invoke("note", "hello")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: there has never been a period, so there is no journal yet; `pacer start` begins one when you are ready\n"
    )
    status = invoke("status", "--json")
    assert status.exit_code == 0 and json.loads(status.stdout)["active"] is False
    if (home / "pacer.db").exists():  # the write path opens (and so creates) an empty database
        connection = sqlite3.connect(home / "pacer.db")
        assert connection.execute("SELECT count(*) FROM events").fetchone() == (0,)
        connection.close()
