"""`pacer urge` as a real tool: how strong, a guided wait, a check-in that can be answered, ridden out only once passed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from freezegun import freeze_time

from pacer.cli import breathing
from pacer.env import load_env
from pacer.session import period_plan
from pacer.store import Store
from tests.cli_helpers import run, status_json
from tests.daemon_helpers import Harness

ROOT = Path(__file__).resolve().parents[1]
START = "2026-11-23 18:00:00"  # 19:00 in Berlin
EVENING = "2026-11-24 19:10:00"  # 20:10 in Berlin


@pytest.fixture
def period():
    with freeze_time(START):
        result = run("start", "14d", "--mode", "no-contact", "--situation", "chose",
                     "--reason", "I deserve calm", "--reason", "sleep")
        assert result.exit_code == 0, result.output


@pytest.fixture
def quick(monkeypatch):
    """The guided wait in milliseconds."""
    monkeypatch.setattr(breathing, "WAIT_S", 0.05)
    monkeypatch.setattr(breathing, "TICK_S", 0.01)


def urges() -> list[dict]:
    periods = json.loads(run("journal", "--json").stdout)
    return [e for e in periods["entries"] if e["kind"] == "urge"]


def test_at_a_terminal_it_asks_how_strong_and_stays_for_the_wait_then_asks_how_it_went(period, tty, quick):
    with freeze_time(EVENING):
        # 4 = how strong, a note, Enter = stay for the wait (the default), p = it passed
        result = run("urge", input="4\nsaw their photo\n\np\n")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "How strong is it, from 1 (mild) to 5 (overwhelming)? (Enter to skip): 4" in out
    assert "Your own reasons:\n  • I deserve calm\n  • sleep\n" in out
    assert "Ctrl-C stops it any time [Y/n]" in out
    assert "Breathe in" in out and "left" in out
    assert "Twenty minutes." in out
    assert "The urge of today 20:10 passed: you rode it out. 1 urge ridden out in this period." in out
    assert "pacer will check in" not in out  # they stayed here: no reminder needed
    [urge] = urges()
    assert (urge["text"], urge["intensity"], urge["outcome"], urge["check_in"]) == ("saw their photo", 4, "passed", False)
    with freeze_time(EVENING):
        assert "Urges            1 · 1 ridden out (last: today 20:10)" in run("status").stdout


def test_still_strong_keeps_it_open_and_offers_another_round(period, tty, quick):
    with freeze_time(EVENING):
        result = run("urge", input="\n\n\ns\ny\np\n")  # skip, skip, stay; strong; another round; passed
    assert result.exit_code == 0, result.output
    assert "Still strong. That's all right" in result.output
    assert result.output.count("Twenty minutes.") == 2
    [urge] = urges()
    assert urge["outcome"] == "passed" and urge["intensity"] is None and urge["text"] is None


def test_ctrl_c_stops_the_wait_quietly_and_leaves_the_urge_open(period, tty, quick, monkeypatch):
    def interrupted(_seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(breathing.time, "sleep", interrupted)
    with freeze_time(EVENING):
        result = run("urge", input="3\n\n\n\n")  # 3, no note, stay, then Enter: leave it open
    assert result.exit_code == 0, result.output
    assert "Stopped. That's fine: you can stop whenever you need to." in result.output
    assert "Left open. `pacer urge --check-in passed` notes it when it has passed." in result.output
    assert "Traceback" not in result.output
    [urge] = urges()
    assert "outcome" not in urge
    assert status_json()["urges"] == 1
    assert "Urges            1 · 0 ridden out" in run("status").stdout


def test_ctrl_c_in_a_real_terminal_process_has_no_traceback(period, tmp_path):
    """A real process, a real SIGINT (what Ctrl-C sends), the real twenty minutes shortened to 30 seconds."""
    import pty

    master, slave = pty.openpty()
    script = ("import sys; import pacer.cli.breathing as b; b.WAIT_S = 30.0; b.TICK_S = 0.05; "
              "sys.argv = ['pacer', 'urge']; from pacer.launch import main; main()")
    env = dict(os.environ, PYTHONPATH=str(ROOT), TERM="dumb", COLUMNS="100")
    process = subprocess.Popen([sys.executable, "-c", script], stdin=slave, stdout=slave, stderr=slave,
                               env=env, start_new_session=True)
    os.close(slave)
    output = b""

    def read_until(needle: bytes, timeout: float = 15) -> None:
        nonlocal output
        deadline = time.monotonic() + timeout
        while needle not in output:
            assert time.monotonic() < deadline, output.decode(errors="replace")
            try:
                output += os.read(master, 4096)
            except OSError:
                break

    try:
        read_until(b"(Enter to skip): ")
        os.write(master, b"4\n")
        read_until(b"Enter to skip): ", timeout=15)
        os.write(master, b"\n")
        read_until(b"[Y/n]: ")
        os.write(master, b"y\n")
        read_until(b"left")
        os.killpg(process.pid, signal.SIGINT)
        read_until(b"Enter to leave it open")
        os.write(master, b"\n")
        assert process.wait(timeout=15) == 0
        read_until(b"Left open.")
    finally:
        if process.poll() is None:
            process.kill()
        os.close(master)
    text = output.decode(errors="replace")
    assert "Stopped. That's fine" in text and "Traceback" not in text and "KeyboardInterrupt" not in text


def test_the_guided_wait_breathes_and_shows_their_reasons_now_and_then(capsys, monkeypatch):
    clock = [0.0]
    monkeypatch.setattr(breathing, "WAIT_S", 20 * 60.0)
    completed = breathing.guided_wait(["I deserve calm", "sleep"], sleep=lambda s: clock.__setitem__(0, clock[0] + s),
                                      clock=lambda: clock[0])
    out = capsys.readouterr().out
    assert completed is True
    assert clock[0] == pytest.approx(20 * 60)
    assert {"Breathe in", "Hold", "Breathe out"} <= {phase for phase, _ in breathing.PACE if phase in out}
    # Every four minutes one of their reasons, in turn: at 4, 8, 12 and 16 minutes.
    assert out.count("You wrote: “I deserve calm”") == 2 and out.count("You wrote: “sleep”") == 2
    assert out.rstrip().endswith("0:00 left")
    assert breathing.pace_line(0.0, 1200) == "  Breathe in   ○○○○○○   20:00 left "
    assert breathing.pace_line(5.0, 60).startswith("  Hold         ●●●●●●")
    assert breathing.pace_line(9.0, 60).startswith("  Breathe out  ●●●○○○")


def test_without_reasons_a_word_halfway(capsys, monkeypatch):
    clock = [0.0]
    monkeypatch.setattr(breathing, "WAIT_S", 60.0)
    breathing.guided_wait([], sleep=lambda s: clock.__setitem__(0, clock[0] + s), clock=lambda: clock[0])
    assert capsys.readouterr().out.count(breathing.HALFWAY) == 1


# -- the check-in, answered ------------------------------------------------------


def test_the_check_in_can_be_answered_and_only_passed_counts(period):
    with freeze_time(EVENING):
        assert run("urge", "--check-in", "--note", "late scrolling").exit_code == 0
    with freeze_time("2026-11-24 19:30:00"):
        result = run("urge", "--check-in", "strong")
        assert result.exit_code == 0, result.output
        assert "Still strong. That's all right" in result.output and "stays open" in result.output
        assert "Your own reasons:" in result.output
        assert status_json()["urges"] == 1
        assert "Urges            1 · 0 ridden out" in run("status").stdout
    with freeze_time("2026-11-24 19:50:00"):
        result = run("urge", "--check-in", "passed")
        assert result.exit_code == 0, result.output
        assert "The urge of today 20:10 passed: you rode it out. 1 urge ridden out in this period." in result.output
        again = run("urge", "--check-in", "passed")
        assert again.exit_code == 1
        assert again.stderr == ("Error: the urge of today 20:10 is already recorded as passed; "
                                "`pacer urge` is there if a new one comes\n")
    assert [u["outcome"] for u in urges()] == ["passed"]


def test_answering_with_no_urge_says_so(period):
    result = run("urge", "--check-in", "passed")
    assert result.exit_code == 1
    assert result.stderr == "Error: there is no urge to check in on; `pacer urge` is there when the pull comes\n"


def test_an_answered_check_in_is_not_shown_any_more(period):
    with freeze_time(EVENING):
        assert run("urge", "--check-in").exit_code == 0
        env = load_env()
        with Store.open(env.paths) as store:
            assert [r.kind for r in period_plan(store, store.active_period(), env) if r.kind == "check-in"] == ["check-in"]
        assert run("urge", "--check-in", "passed").exit_code == 0
        with Store.open(env.paths) as store:
            assert [r for r in period_plan(store, store.active_period(), env) if r.kind == "check-in"] == []


def test_the_check_in_notification_says_how_to_answer(pacer_home):
    harness = Harness()
    try:
        with freeze_time(START) as frozen:
            assert run("start", "14d", "--mode", "no-contact").exit_code == 0
            harness.step()
            assert run("urge", "--check-in").exit_code == 0
            frozen.tick(timedelta(minutes=20, seconds=1))
            harness.step()
    finally:
        harness.close()
    [(title, body)] = harness.notifier.sent
    assert body.endswith(" Tell pacer: pacer urge --check-in passed (or strong).") and len(body) <= 180
    assert len(title) <= 40


# -- a slip right after ------------------------------------------------------------


def test_a_slip_soon_after_an_open_urge_is_recorded_as_what_it_became(period):
    with freeze_time(EVENING):
        assert run("urge", "--check-in").exit_code == 0
    with freeze_time("2026-11-24 19:40:00"):
        result = run("slipped", "--note", "sent a text")
        assert result.exit_code == 0, result.output
        assert "It came after the urge of today 20:10, which is recorded as it went." in result.output
        late = run("urge", "--check-in", "passed")
        assert late.exit_code == 1 and "a slip followed the urge of today 20:10" in late.stderr
    [urge] = urges()
    assert urge["outcome"] == "slipped"
    [slip] = [e for e in json.loads(run("journal", "--json").stdout)["entries"] if e["kind"] == "slip"]
    assert slip["after_urge"] is not None
    assert "Urges            1 · 0 ridden out" in run("status").stdout
    env = load_env()
    with Store.open(env.paths) as store:  # the check-in it asked for is not shown after the slip
        assert [r for r in period_plan(store, store.active_period(), env) if r.kind == "check-in"] == []


def test_a_slip_hours_later_or_after_a_passed_urge_is_a_slip_of_its_own(period):
    with freeze_time(EVENING):
        assert run("urge").exit_code == 0
    with freeze_time("2026-11-24 23:30:00"):  # more than three hours on
        result = run("slipped")
        assert "It came after the urge" not in result.output
    with freeze_time("2026-11-25 10:00:00"):
        assert run("urge").exit_code == 0
        assert run("urge", "--check-in", "passed").exit_code == 0
        assert "It came after the urge" not in run("slipped").output
    assert [u.get("outcome") for u in urges()] == ["passed", None]  # newest first


# -- time of day -----------------------------------------------------------------------


@pytest.mark.parametrize(("utc", "words"), [
    ("2026-11-24 09:00:00", "Be kind to yourself today."),
    ("2026-11-24 13:00:00", "Be kind to yourself this afternoon."),
    ("2026-11-24 17:00:00", "Be kind to yourself this evening."),
    ("2026-11-24 22:00:00", "Be kind to yourself tonight."),
    ("2026-11-24 02:00:00", "Be kind to yourself tonight."),
])
def test_slip_words_fit_the_time_of_day(period, utc, words):
    with freeze_time(utc):
        result = run("slipped")
    assert words in result.output
    assert ("tonight" in result.output) == words.endswith("tonight.")


def test_words_for_the_late_hours_only_at_night(period):
    from pacer.words.rotation import load

    library, _ = load(load_env())
    night = {e.text for e in library.entries("urge") if e.when == "night"}
    seen_day, seen_night = set(), set()
    for hour in range(30):  # enough for every fitting entry to come round once
        with freeze_time(f"2026-11-25 {9 + hour % 8:02d}:00:00"):  # 10:00-17:00 in Berlin
            seen_day.add(" ".join(run("urge", "--no-check-in").stdout.split()))
    assert not any(" ".join(t.split()) in text for t in night for text in seen_day)
    for _ in range(30):
        with freeze_time("2026-11-25 22:30:00"):  # 23:30 in Berlin
            seen_night.add(" ".join(run("urge", "--no-check-in").stdout.split()))
    assert any(" ".join(t.split()) in text for t in night for text in seen_night)


def test_the_strongest_urge_also_points_to_people(period, tty, quick):
    with freeze_time(EVENING):
        result = run("urge", input="5\n\nn\nn\n")
    assert result.exit_code == 0, result.output
    env = load_env()
    with Store.open(env.paths) as store:
        assert len(store.shown_entries("support")) == 1


def test_after_the_period_an_urge_still_gets_its_check_in(pacer_home):
    """The journal goes on after moving on: an urge noted then is checked on like any other."""
    harness = Harness()
    try:
        with freeze_time(START) as frozen:
            assert run("start", "14d", "--mode", "no-contact").exit_code == 0
            frozen.tick(timedelta(days=2))
            assert run("move-on", "--yes").exit_code == 0
            frozen.tick(timedelta(days=9))  # the week of aftercare is over, too
            harness.step()
            before = len(harness.notifier.sent)
            assert run("urge", "--check-in").exit_code == 0
            frozen.tick(timedelta(minutes=20, seconds=1))
            harness.step()
    finally:
        harness.close()
    [(_, body)] = harness.notifier.sent[before:]
    assert body.endswith("Tell pacer: pacer urge --check-in passed (or strong).")
