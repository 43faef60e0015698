"""Crisis words in anything the person types: help first, through every command; the plan; sos; the check-in."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from freezegun import freeze_time

from pacer.cli.render import NOT_RUNNING
from pacer.env import load_env
from pacer.paths import resolve
from pacer.store import to_db
from tests.cli_helpers import run
from tests.daemon_helpers import QUIET_NONE_NO_DAILY, Harness, write_config

ROOT = Path(__file__).resolve().parent.parent
EMERGENCY = "If you might not be safe right now, call your local emergency number."
CRISIS = "i dont want to be here anymore, everyone would be better off without me"
DANGER = "hes banging on the door again and screaming that hes going to hurt me"
ORDINARY = "this traffic is killing me lol, long day. went for a walk after"
START = "2026-11-23 09:00:00"


def started(*extra: str) -> None:
    with freeze_time(START):
        # At a terminal (the tty fixture) start also asks what brought them here and for a reason: neither said.
        assert run("start", "14d", "--mode", "no-contact", *extra, input="\n\n").exit_code == 0


def safety_events() -> list[dict]:
    periods = json.loads(run("history", "--json").stdout)["periods"]
    return [e for e in periods[0]["events"] if e["kind"] == "safety"] if periods else []


@pytest.mark.parametrize(
    "args",
    [
        ("note", CRISIS),
        ("urge", "--intensity", "3", "--note", CRISIS, "--no-check-in"),
        ("slipped", "--note", CRISIS),
        ("heard-back", "--note", CRISIS, "--keep-going"),
    ],
    ids=["note", "urge", "slipped", "heard-back"],
)
def test_every_command_that_takes_words_answers_with_help_first(args):
    started()
    result = run(*args)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert EMERGENCY in lines[:4], result.stdout  # before anything else the command says
    assert "findahelpline.com" in result.stdout
    first_own_line = min(i for i, line in enumerate(lines) if "emergency number" in line)
    assert first_own_line < 4
    assert len(safety_events()) == 1  # remembered (the kind only), so the daemon can check in


def test_the_journal_keeps_the_note_and_the_safety_event_keeps_no_words():
    started()
    result = run("note", CRISIS)
    assert result.stdout.splitlines()[-1] == "Your note is kept in your journal."
    periods = json.loads(run("history", "--json").stdout)["periods"]
    notes = [e for e in periods[0]["events"] if e["kind"] == "note"]
    assert [n["text"] for n in notes] == [CRISIS]
    [event] = safety_events()
    assert event["text"] is None and CRISIS not in json.dumps(event)


def test_start_with_a_reason_in_crisis_answers_first_and_still_starts():
    with freeze_time(START):
        result = run("start", "14d", "--mode", "no-contact", "--reason", CRISIS)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] != "" and EMERGENCY in result.stdout.split("Started a")[0]
    assert len(safety_events()) == 1


def test_danger_from_someone_gets_safety_first_words():
    started()
    result = run("note", DANGER)
    head = result.stdout.split("Your note is kept")[0]
    assert "safe place" in head and "emergency number" in head and "cannot see" in head


def test_ordinary_words_get_no_banner():
    started()
    result = run("note", ORDINARY)
    assert result.stdout.replace(NOT_RUNNING + "\n", "") == "Noted in your journal.\n"  # (no reminder service runs here)
    assert safety_events() == []


def test_help_comes_even_without_a_period_and_nothing_is_created():
    result = run("note", CRISIS)
    assert EMERGENCY in result.stdout.splitlines()[:4]
    assert result.exit_code != 0 and "never been a period" in result.stderr  # the note itself needs a period
    assert not os.path.exists(resolve().db)


def test_sos_works_with_no_plan_no_period_no_daemon():
    result = run("sos")
    assert result.exit_code == 0
    assert EMERGENCY in result.stdout and "findahelpline.com" in result.stdout
    assert "pacer safety-plan" in result.stdout
    assert not os.path.exists(resolve().db)


def test_the_safety_plan_is_written_at_a_terminal_private_and_shown_by_sos_and_after_crisis(tty):
    answers = "\n".join([
        "I stop eating", "",  # warning signs
        "a hot shower", "music", "",  # things that help
        "Sam 0151 234", "",  # people
        "", "",  # places, professionals
    ]) + "\n"
    result = run("safety-plan", input=answers)
    assert result.exit_code == 0, result.output
    path = resolve().safety_plan
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    shown = run("safety-plan", "--show").stdout
    assert "Warning signs:" in shown and "• a hot shower" in shown and "Sam 0151 234" in shown
    assert "Sam 0151 234" in run("sos").stdout
    started()
    after = run("note", CRISIS).stdout
    assert "People on your safety plan: Sam 0151 234" in after and "• music" in after


def test_a_broken_plan_never_blocks_help():
    os.makedirs(resolve().data_dir)
    Path(resolve().safety_plan).write_text("people = [[[")
    result = run("sos")
    assert result.exit_code == 0 and EMERGENCY in result.stdout and "could not be used" in result.stdout


def test_urge_at_full_strength_shows_the_plan(tty):
    run("safety-plan", input="\nwalk round the block\n\n\n\n\n")
    started()
    result = run("urge", "--intensity", "5", "--no-check-in", input="\n")  # Enter: no note
    assert "Your safety plan:" in result.stdout and "walk round the block" in result.stdout


# -- the check-in, about an hour later ----------------------------------------------------


@pytest.fixture
def harness():
    h = Harness()
    yield h
    h.close()


def test_the_daemon_checks_in_once_about_an_hour_later_without_quoting(pacer_home, harness):
    write_config(pacer_home, QUIET_NONE_NO_DAILY)
    with freeze_time(START) as frozen:
        assert run("start", "14d").exit_code == 0
        harness.step()
        assert run("note", CRISIS).exit_code == 0
        frozen.tick(timedelta(minutes=10))
        assert run("note", CRISIS).exit_code == 0  # a second moment within the hour: still one check-in
        frozen.tick(timedelta(minutes=49))
        harness.step()
        assert harness.titles == []
        frozen.tick(timedelta(minutes=2))
        harness.step()
        harness.step()
        frozen.tick(timedelta(hours=2))
        harness.step()
    assert harness.titles == ["Checking in on you"]
    [(_, body)] = harness.notifier.sent
    assert "better off" not in body and len(body) <= 180


def test_the_check_in_can_be_turned_off(pacer_home, harness):
    write_config(pacer_home, QUIET_NONE_NO_DAILY + "\n[safety]\ncheck_in = false\n")
    with freeze_time(START) as frozen:
        assert run("start", "14d").exit_code == 0
        assert run("note", CRISIS).exit_code == 0
        frozen.tick(timedelta(hours=1, minutes=1))
        harness.step()
    assert harness.titles == []


@pytest.mark.desktop
def test_the_check_in_arrives_once_on_a_real_notification_server(desktop, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text("[reminders]\ntimes = []\nquiet_hours = []\n")
    env = {k: v for k, v in desktop.env.items() if k != "PACER_NO_AUTOSTART"}
    env.update(PACER_HOME=str(home), PYTHONPATH=str(ROOT), PACER_NO_AUTOSTART="1")

    def pacer(*args):
        return subprocess.run([sys.executable, "-m", "pacer", *args], env=env, capture_output=True, text=True, timeout=30)

    assert pacer("start", "14d").returncode == 0
    noted = pacer("note", CRISIS)
    assert EMERGENCY in noted.stdout
    # The moment is an hour ago (less two seconds), as if the note had been written then.
    an_hour_ago = load_env({"PACER_HOME": str(home)}).now - timedelta(minutes=59, seconds=58)
    with sqlite3.connect(resolve({"PACER_HOME": str(home)}).db) as db:
        db.execute("UPDATE events SET at = ? WHERE kind = 'safety'", (to_db(an_hour_ago),))
    try:
        assert pacer("daemon", "start").returncode == 0
        deadline = time.monotonic() + 10
        seen: list[dict] = []
        while time.monotonic() < deadline and not seen:
            seen = [n for n in desktop.history() if n["summary"] == "Checking in on you"]
            time.sleep(0.2)
        assert seen, (home / "logs" / "daemon.log").read_text()[-1500:]
        time.sleep(2)
        assert len([n for n in desktop.history() if n["summary"] == "Checking in on you"]) == 1
        assert "better off" not in seen[0]["body"]
    finally:
        pacer("daemon", "stop")


def test_check_message_puts_the_safety_finding_first_in_json_and_help_first_in_text():
    draft = "if you leave me tonight i will kill myself and it will be on you"
    view = json.loads(run("check-message", draft, "--json").stdout)
    assert view["ok"] is False and view["findings"][0]["code"] == "safety"
    assert "emergency number" in view["findings"][0]["message"]
    text = run("check-message", draft).stdout
    assert EMERGENCY in text.splitlines()[:4]
    # the help is said once, first: the self_harm advice on wording would only repeat it
    assert text.count("emergency number") == 1 and text.count("findahelpline") == 1
    assert "carrying a lot of pain" not in text
    assert [f["code"] for f in view["findings"]][:2] == ["safety", "self_harm"]  # JSON keeps every finding


def test_a_draft_with_crisis_words_is_not_recorded_without_a_terminal():
    started()
    with freeze_time("2026-11-27 10:00:00"):
        result = run("checkpoint", "--choice", "reach-out", "--message", "answer me or i'll hurt myself", "--yes")
    assert result.exit_code == 1
    assert EMERGENCY in result.stdout.splitlines()[:4]
    assert "nothing was recorded" in result.stderr
    assert [e for e in json.loads(run("history", "--json").stdout)["periods"][0]["events"] if e["kind"] == "reach-out"] == []


def test_at_a_terminal_a_crisis_draft_asks_whether_they_are_safe(tty):
    started()
    with freeze_time("2026-11-27 10:00:00"):
        # reach out (third in no contact), yes still, write my own, the draft, "are you safe?" no
        result = run("checkpoint", input="3\ny\n4\nanswer me or i'll hurt myself\nn\n")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Are you safe right now?" in out and EMERGENCY in out
    assert out.index(EMERGENCY) < out.index("Are you safe right now?")
    assert "Nothing was recorded" in out


def test_an_unsent_draft_with_crisis_words_gets_help_first():
    started()
    result = run("draft", CRISIS)
    assert result.exit_code == 0, result.output
    assert EMERGENCY in result.stdout.splitlines()[:4]
    assert "Kept, unsent." in result.stdout
