"""The first week, as a new user lives it: what pacer says between install and day 7, through the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from freezegun import freeze_time

from pacer.cli.render import NOT_RUNNING
from pacer.store import Store
from tests.cli_helpers import run, status_json

ROOT = Path(__file__).resolve().parent.parent
START = "2026-11-23 18:00:00"  # 19:00 in Berlin


@pytest.fixture
def no_desktop(monkeypatch):
    """A session with no display and no session bus: notifications cannot reach a screen."""
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"):
        monkeypatch.delenv(name, raising=False)


def stored_period():
    from pacer.env import load_env

    with Store.open(load_env().paths) as store:
        return store.active_period() or store.last_period()


# --- start says when reminders cannot reach the screen ---------------------------------------


@pytest.fixture
def service_starts(monkeypatch):
    """`pacer start` starts the reminder service (a stand-in: this test is about what start says)."""
    monkeypatch.delenv("PACER_NO_AUTOSTART")
    monkeypatch.setattr("pacer.daemon.control.start_detached", lambda paths: 4242)


def test_start_where_notifications_cannot_appear_says_so_and_names_doctor(no_desktop, service_starts):
    result = run("start", "14d")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()[2:]
    assert lines == [
        "Reminders are running in the background, but cannot appear on your screen yet "
        "(no desktop display, no session bus).",
        "`pacer doctor` says what to fix; `pacer status` shows where you are.",
    ]


def test_start_without_the_service_says_both(no_desktop):
    result = run("start", "14d")  # PACER_NO_AUTOSTART: the person runs the service themselves
    assert "Reminders are not running (PACER_NO_AUTOSTART is set)" in result.stdout
    assert "could not appear on your screen yet anyway (no desktop display, no session bus)" in result.stdout


def test_start_on_a_desktop_says_nothing_more(desktop, monkeypatch, service_starts):
    for name in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
        monkeypatch.setenv(name, desktop.env[name])
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    result = run("start", "14d")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[2:] == ["Reminders are running in the background. `pacer status` shows where you are."]


@pytest.mark.parametrize("args", [("note", "a walk helped"), ("urge", "--no-check-in"), ("slipped",),
                                  ("checkpoint", "--choice", "wait"), ("move-on", "--yes")])
def test_commands_say_when_the_reminder_service_is_not_running(args, monkeypatch):
    assert run("start", "14d").exit_code == 0
    result = run(*args)
    assert result.exit_code == 0, result.output
    assert NOT_RUNNING in result.stdout and "`pacer doctor`" in NOT_RUNNING
    monkeypatch.setattr("pacer.daemon.lock.running_pid", lambda path: 4242)
    if args[0] == "move-on":
        return
    assert NOT_RUNNING not in run(*args).stdout


# --- one convention for checkpoint days --------------------------------------------------------


def test_checkpoint_days_agree_in_start_status_json_checkpoint_and_calendar():
    with freeze_time(START):
        started = run("start", "14d", "--mode", "no-contact").stdout
    assert "Checkpoints after 3 days, 7 days and 14 days (the end)." in started
    assert "day 3" not in started
    with freeze_time("2026-11-25 20:00:00"):  # two days in: day 3
        text = run("status").stdout
        view = status_json()
    assert "day 3 of 14" in text
    assert "Next checkpoint  after 3 days · tomorrow 19:00" in text
    assert "day 3 ·" not in text  # the counter never names a checkpoint
    promised = view["next_checkpoint"]["day"]
    with freeze_time("2026-11-26 18:00:01"):  # the checkpoint has come
        assert status_json()["day"] == promised == 4
        screen = run("checkpoint", "--choice", "wait").stdout
    assert "Checkpoint · no-contact · day 4 of 14" in screen
    with freeze_time("2026-11-26 18:00:02"):
        calendar = run("export", "--format", "ics").stdout.replace("\r\n ", "")
    assert "After 7 days: time to check in with yourself" in calendar


def test_reminder_times_are_said_as_a_list_or_not_at_all():
    assert run("config", "set", "reminders.times", "none").exit_code == 0
    result = run("start", "3d")
    assert "No daily reminders" in result.stdout and "Reminders at none" not in result.stdout
    run("stop", "--yes")
    assert run("config", "set", "reminders.times", "12:31,12:32,12:33").exit_code == 0
    assert "Reminders at 12:31, 12:32 and 12:33." in run("start", "3d").stdout


def test_a_one_day_period_is_not_one_of_one_days():
    with freeze_time(START):
        assert "Checkpoint after 1 day (the end)." in run("start", "1d").stdout
    with freeze_time("2026-11-25 10:00:00"):
        text = run("status").stdout
    assert "complete · 1 day " in text and "1 of 1 days" not in text


# --- stop tells the truth about how it ended -----------------------------------------------------


def test_stopping_early_is_not_completed():
    with freeze_time(START):
        run("start", "14d")
    with freeze_time("2026-11-23 18:00:04"):
        refused = run("stop", "--outcome", "completed", "--yes")
        assert refused.exit_code == 2 and "not complete yet" in refused.stderr
        result = run("stop", "--yes")
    assert result.exit_code == 0
    assert "(ended early)" in result.stdout and "completed" not in result.stdout
    assert stored_period().outcome == "other"
    assert "ended early" in run("history").stdout


def test_stopping_early_at_a_terminal_asks_how_it_ended(tty):
    with freeze_time(START):
        run("start", "14d", "--mode", "no-contact", "--situation", "chose", "--reason", "calm")
    with freeze_time("2026-11-25 10:00:00"):
        result = run("stop", input="1\ny\n")
    assert result.exit_code == 0, result.output
    assert "the period is not complete yet" in result.stdout and "I am moving on" in result.stdout
    assert stored_period().outcome == "moved-on"
    assert "one gentle note a day" in result.stdout  # moving on brings the week of aftercare


def test_stopping_after_the_end_is_completed():
    with freeze_time(START):
        run("start", "3d")
    with freeze_time("2026-11-27 10:00:00"):
        assert "(completed)" in run("stop", "--yes").stdout
    assert stored_period().outcome == "completed"


# --- after moving on --------------------------------------------------------------------------------


def test_after_move_on_status_and_overview_speak_of_the_week_of_aftercare():
    with freeze_time(START):
        run("start", "14d")
        assert run("move-on", "--yes").exit_code == 0
    with freeze_time("2026-11-25 12:00:00"):
        text = run("status").stdout
        overview = run().stdout
        assert status_json()["active"] is False
    assert "you chose to move on" in text and "Gentle notes" in text and "Next note" in text
    assert "you chose to move on" in overview
    with freeze_time("2026-12-05 12:00:00"):  # the week is over
        assert run("status").stdout.startswith("No active period. `pacer start`")


# --- a PACER_HOME that is a file ------------------------------------------------------------------


@pytest.mark.parametrize("args", [["status"], ["status", "--json"], ["history"], []])
def test_a_pacer_home_that_is_a_file_is_an_error(args, tmp_path):
    home = tmp_path / "not-a-folder"
    home.write_text("")
    env = dict(os.environ, PACER_HOME=str(home), PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "pacer", *args], env=env, capture_output=True, text=True, timeout=30)
    assert result.returncode == 1, result.stdout
    assert f"Error: {home} (PACER_HOME) exists but is not a directory" in result.stderr
    assert "No active period" not in result.stdout


def test_a_file_on_the_way_to_the_data_folder_is_an_error(tmp_path, monkeypatch):
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("PACER_HOME", str(tmp_path / "file" / "pacer"))
    for args in (["status"], ["note", "hello"]):
        result = run(*args)
        assert result.exit_code == 1 and "file exists but is not a directory" in result.stderr


# --- lengths as people say them -----------------------------------------------------------------


@pytest.mark.parametrize("words, days", [(["2", "weeks"], 14), (["10", "days"], 10), (["36", "hours"], 2), (["2w"], 14)])
def test_start_takes_lengths_in_words(words, days):
    result = run("start", *words)
    assert result.exit_code == 0, result.output
    assert status_json()["days_total"] == days


def test_a_length_that_is_not_one_names_the_forms_that_work():
    result = run("start", "2", "fortnights")
    assert result.exit_code == 2
    assert "14d" in result.stderr and "2 weeks" in result.stderr and "36 hours" in result.stderr
    assert "unexpected extra argument" not in result.stderr


def test_pause_takes_words_too():
    run("start", "14d")
    result = run("pause", "12", "hours")
    assert result.exit_code == 0 and "Paused for 12 hours" in result.stdout


# --- pacer alone ----------------------------------------------------------------------------------


def test_pacer_alone_is_a_short_overview_that_exits_0():
    result = run()
    assert result.exit_code == 0
    assert result.stdout.startswith("No active period.")
    assert "pacer start" in result.stdout and "pacer doctor" in result.stdout
    assert "check-message" not in result.stdout and "Usage:" not in result.stdout
    assert len(result.stdout.splitlines()) <= 8


def test_pacer_alone_puts_what_matters_now_first():
    with freeze_time(START):
        run("start", "14d")
        lines = run().stdout.splitlines()
    assert lines[0].startswith("No contact · day 1 of 14 · next checkpoint after 3 days")
    assert [line.split()[1] for line in lines[2:5]] == ["urge", "note", "status"]
    with freeze_time("2026-11-26 19:00:00"):  # the checkpoint has come
        lines = run().stdout.splitlines()
    assert "a checkpoint is waiting" in lines[0]
    assert lines[2].split()[:2] == ["pacer", "checkpoint"]


# --- config ---------------------------------------------------------------------------------------


def test_config_get_a_table_shows_its_keys():
    result = run("config", "get", "reminders")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        'reminders.times = ["10:00", "20:30"]',
        'reminders.quiet_hours = ["22:30", "08:00"]',
        "reminders.discreet = true",
    ]


@pytest.mark.parametrize("key, value, shown", [
    ("reminders.times", ["09:00,21:00"], '["09:00", "21:00"]'),
    ("reminders.times", ["9:00", "21:00"], '["09:00", "21:00"]'),
    ("reminders.times", ["none"], "[]"),
    ("reminders.quiet_hours", ["23:00-07:00"], '["23:00", "07:00"]'),
    ("reminders.discreet", ["no"], "false"),
    ("lengths.wait", ["2d"], '"2d"'),
    ("checkpoints.no_contact", ["3d,7d"], '["3d", "7d"]'),
    ("general.default_mode", ["wait"], '"wait"'),
    ("reminders.times", ['["08:00"]'], '["08:00"]'),  # TOML still works
])
def test_config_set_takes_plain_forms(key, value, shown):
    result = run("config", "set", key, *value)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{key} = {shown}\n"


def editor(tmp_path: Path, *texts: str) -> str:
    """An $EDITOR that writes the next of `texts` into the file it is given, one per run."""
    script = tmp_path / "editor.py"
    state = tmp_path / "editor-runs"
    script.write_text(
        "import json, pathlib, sys\n"
        f"texts = {json.dumps(list(texts))}\n"
        f"state = pathlib.Path({str(state)!r})\n"
        "n = int(state.read_text()) if state.exists() else 0\n"
        "state.write_text(str(n + 1))\n"
        "pathlib.Path(sys.argv[1]).write_text(texts[min(n, len(texts) - 1)])\n"
    )
    return f"{sys.executable} {script}"


def test_config_edit_saves_a_valid_file_with_its_comments(tmp_path, monkeypatch, pacer_home):
    monkeypatch.setenv("EDITOR", editor(tmp_path, '# mine\n[reminders]\ntimes = ["07:45"]\n'))
    result = run("config", "edit")
    assert result.exit_code == 0, result.output
    assert (pacer_home / "config.toml").read_text() == '# mine\n[reminders]\ntimes = ["07:45"]\n'
    assert run("config", "get", "reminders.times").stdout == '["07:45"]\n'


def test_config_edit_refuses_an_invalid_file_and_keeps_the_old_one(tmp_path, monkeypatch, pacer_home):
    assert run("config", "set", "reminders.times", "08:00").exit_code == 0
    before = (pacer_home / "config.toml").read_bytes()
    monkeypatch.setenv("EDITOR", editor(tmp_path, '[reminders]\ntimes = ["25:00"]\n'))
    result = run("config", "edit")
    assert result.exit_code == 1
    assert 'reminders.times = ["25:00"] is not valid' in result.stderr and "was not changed" in result.stderr
    assert (pacer_home / "config.toml").read_bytes() == before


def test_config_edit_at_a_terminal_offers_to_edit_again(tmp_path, monkeypatch, pacer_home, tty):
    monkeypatch.setenv("EDITOR", editor(tmp_path, "[reminders\n", '[reminders]\ntimes = ["06:30"]\n'))
    result = run("config", "edit", input="y\n")
    assert result.exit_code == 0, result.output
    assert "Not saved:" in result.stdout and "not valid TOML" in result.stdout
    assert run("config", "get", "reminders.times").stdout == '["06:30"]\n'


def test_config_edit_starts_from_every_setting_commented(tmp_path, monkeypatch, pacer_home):
    seen = tmp_path / "seen.toml"
    script = tmp_path / "look.py"
    script.write_text(f"import shutil, sys\nshutil.copy(sys.argv[1], {str(seen)!r})\n")
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    result = run("config", "edit")
    assert result.exit_code == 0 and "No changes" in result.stdout
    starter = seen.read_text()
    assert '# times = ["10:00", "20:30"]' in starter and "[reminders]" in starter
    assert not (pacer_home / "config.toml").exists()


# --- prompts ---------------------------------------------------------------------------------------


def test_end_of_input_at_a_prompt_says_nothing_was_changed(tty):
    run("start", "14d", "--mode", "no-contact", "--situation", "chose", "--reason", "calm")
    result = run("stop", input="")
    assert result.exit_code == 1
    assert "Stopped. Nothing was changed." in result.stderr and "Aborted!" not in result.output
    assert status_json()["active"] is True


def test_the_autostart_question_says_what_no_means(tty, monkeypatch, tmp_path):
    from pacer.daemon.autostart import Autostart

    monkeypatch.delenv("PACER_NO_AUTOSTART")
    monkeypatch.setattr("pacer.daemon.control.start_detached", lambda paths: 4242)
    plan = Autostart(kind="xdg", path=tmp_path / "pacer.desktop", text="")
    monkeypatch.setattr("pacer.commands.daemon.autostart_plan", lambda environ=None: plan)
    result = run("start", "14d", "--mode", "no-contact", "--situation", "chose", "--reason", "calm", input="\n")
    assert result.exit_code == 0, result.output
    assert "reminders stop when you log out or restart the computer" in result.stdout
    assert "[y/N]" in result.stdout


def test_stopping_at_the_autostart_question_says_the_period_is_recorded(tty, monkeypatch, tmp_path):
    from pacer.daemon.autostart import Autostart

    monkeypatch.delenv("PACER_NO_AUTOSTART")
    monkeypatch.setattr("pacer.daemon.control.start_detached", lambda paths: 4242)
    plan = Autostart(kind="xdg", path=tmp_path / "pacer.desktop", text="")
    monkeypatch.setattr("pacer.commands.daemon.autostart_plan", lambda environ=None: plan)
    result = run("start", "14d", "--mode", "no-contact", "--situation", "chose", "--reason", "calm", input="")
    assert result.exit_code == 1
    assert "Your period is recorded" in result.stderr and "Nothing was changed" not in result.output
    assert status_json()["active"] is True


def test_change_a_draft_in_the_editor_starts_from_the_draft(tty, monkeypatch):
    given: list[str] = []
    monkeypatch.setenv("EDITOR", "my-editor")
    monkeypatch.setattr("click.edit", lambda text="", **kw: given.append(text) or text.replace("tonight", "soon"))
    with freeze_time(START):
        run("start", "3d", "--mode", "wait", "--situation", "waiting", "--reason", "calm")
    with freeze_time("2026-11-25 10:00:00"):
        result = run("checkpoint", input="1\n4\nCan we talk tonight?\ne\nk\ny\n")
    assert result.exit_code == 0, result.output
    assert given == ["Can we talk tonight?"]
    events = json.loads(run("history", "--json").stdout)["periods"][0]["events"]
    assert [e["text"] for e in events if e["kind"] == "reach-out"] == ["Can we talk soon?"]


# --- closed pipes -----------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["doctor", "--no-test"], ["history"], [], ["--help"], ["config", "get"], ["status"], ["start", "--help"],
])
def test_every_command_is_quiet_in_a_closed_pipe(args, tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head -1` once head has gone
    try:
        result = subprocess.run([sys.executable, "-m", "pacer", *args], env=env, stdout=write_end,
                                stderr=subprocess.PIPE, text=True, timeout=30)
    finally:
        os.close(write_end)
    assert result.stderr == "", result.stderr
    assert result.returncode in (0, 1)


# --- notifications name the command plainly -------------------------------------------------------


def test_a_checkpoint_notification_says_how_to_answer_it(pacer_home):
    from tests.daemon_helpers import QUIET_NONE_NO_DAILY, Harness, write_config

    write_config(pacer_home, QUIET_NONE_NO_DAILY)
    harness = Harness()
    try:
        with freeze_time(START) as frozen:
            assert run("start", "20s", "--checkpoints", "10s").exit_code == 0
            harness.service.sync()
            for _ in range(2):
                frozen.tick(10)
                harness.scheduler.step()
    finally:
        harness.close()
    bodies = [body for _, body in harness.notifier.sent]
    assert len(bodies) == 2
    for body in bodies:
        assert body.endswith("? Open a terminal and run: pacer checkpoint") or body.endswith(
            ". Open a terminal and run: pacer checkpoint"), body
        assert len(body) <= 180 and body.count("pacer checkpoint") == 1


def test_with_action_buttons_the_notification_does_not_send_them_to_a_terminal():
    from datetime import UTC, datetime

    from pacer.plan import Reminder
    from pacer.words.library import Entry
    from pacer.words.notices import notice

    at = datetime(2026, 11, 26, 18, tzinfo=UTC)
    reminder = Reminder("1:checkpoint:259200", at, "checkpoint", at, number=1)
    entry = Entry(id="cp", category="checkpoint", text="Keep going or move on?", title="Checkpoint", stage="early")
    assert notice(reminder, entry).body == "Keep going or move on? Open a terminal and run: pacer checkpoint"
    assert notice(reminder, entry, choices=True).body == "Keep going or move on?"
    own = Entry(id="mine", category="checkpoint", text="A long question of my own, " * 6 + "end.", title="Checkpoint")
    body = notice(reminder, own).body  # words of one's own with no room left: shortened, the command kept
    assert len(body) <= 180 and body.endswith("… Open a terminal and run: pacer checkpoint")


def test_after_help_lines_no_word_about_the_reminder_service():
    from tests.test_safety_cli import CRISIS

    assert run("start", "14d").exit_code == 0
    result = run("note", CRISIS)
    assert result.exit_code == 0 and "Your note is kept in your journal." in result.stdout
    assert NOT_RUNNING not in result.stdout
    assert NOT_RUNNING in run("urge", "--note", CRISIS, "--check-in").stdout  # a check-in they asked for needs it
