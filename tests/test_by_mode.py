"""Per mode, which choices and words can appear: the menu's order, and every word shown tagged for the mode."""

from __future__ import annotations

import json

import pytest
from freezegun import freeze_time

from pacer.commands import checkpoint as core
from pacer.words import rotation
from tests.cli_helpers import run

START = "2026-11-23 18:00:00"  # 19:00 in Berlin
DAY4 = "2026-11-27 10:00:00"
MENU = {  # (mode, stage, heard back already) -> the choices, in order
    ("no-contact", "early", False): ("wait", "move-on", "reach-out", "heard-back"),
    ("no-contact", "final", False): ("wait", "move-on", "reach-out", "heard-back"),
    ("no-contact", "after-reach-out", False): ("wait", "move-on", "heard-back"),
    ("no-contact", "early", True): ("wait", "move-on", "reach-out"),
    ("wait", "early", False): ("reach-out", "wait", "move-on", "heard-back"),
    ("wait", "final", False): ("reach-out", "wait", "move-on", "heard-back"),
    ("wait", "after-reach-out", False): ("heard-back", "wait", "move-on"),
    ("wait", "after-reach-out", True): ("wait", "move-on"),
}


@pytest.mark.parametrize(("mode", "stage", "heard"), list(MENU))
def test_the_menu_by_mode(mode, stage, heard):
    assert core.menu(stage, mode, heard) == MENU[(mode, stage, heard)]


@pytest.fixture
def shown(monkeypatch):
    """Every pick of pacer's words, with the mode and situation it was asked for."""
    seen: list[tuple[str | None, str | None, rotation.Pick]] = []
    real = rotation.peek

    def recording(*args, **kwargs):
        picks = real(*args, **kwargs)
        seen.extend((kwargs.get("mode"), kwargs.get("situation"), pick) for pick in picks)
        return picks

    monkeypatch.setattr(rotation, "peek", recording)
    return seen


def assert_tagged(seen, mode: str, situation: str | None) -> None:
    assert seen
    for asked_mode, asked_situation, pick in seen:
        entry = pick.entry
        assert entry.id != "fallback", pick
        assert asked_mode == mode and asked_situation == situation, (entry.id, asked_mode, asked_situation)
        assert mode in entry.modes, f"{entry.category} {entry.id} shown in {mode} but tagged {entry.modes}"
        assert not entry.situations or situation in entry.situations, (entry.id, entry.situations, situation)


SESSIONS = {
    "no-contact": ["14d", "--mode", "no-contact"],
    "wait": ["3d", "--mode", "wait", "--checkpoints", "12h,1d"],
}


@pytest.mark.parametrize("situation", ["chose", "blocked", "ignored", None])
def test_every_word_shown_in_no_contact_is_tagged_for_it(shown, tty, situation):
    _walk("no-contact", situation)
    assert_tagged(shown, "no-contact", situation)
    categories = {pick.entry.category for _, _, pick in shown}
    assert {"urge", "support", "reflection", "message", "moving_on", "heard_back"} <= categories


@pytest.mark.parametrize("situation", ["waiting", "ignored", None])
def test_every_word_shown_while_waiting_is_tagged_for_it(shown, tty, situation):
    _walk("wait", situation)
    assert_tagged(shown, "wait", situation)


def _walk(mode: str, situation: str | None) -> None:
    """Start, an urge, a checkpoint that reaches a template list, hearing back, moving on."""
    extra = ["--situation", situation] if situation else []
    with freeze_time(START):
        result = run("start", *SESSIONS[mode], *extra, "--reason", "calm", input="\n")
        assert result.exit_code == 0, result.output
    with freeze_time("2026-11-24 21:30:00"):  # at night, for the late-hours words
        assert run("urge", input="5\n\nn\nn\n").exit_code == 0
    with freeze_time("2026-11-24 11:00:00" if mode == "wait" else DAY4):
        answers = "1\n1\nc\n" if mode == "wait" else "3\ny\n1\nc\n"  # reach out, a template, then cancel
        assert run("checkpoint", input=answers).exit_code == 0
        assert run("heard-back", "--keep-going").exit_code == 0
        assert run("move-on", "--yes").exit_code == 0


def test_choices_in_no_contact_come_in_their_order_with_reasons_and_a_caution(tty):
    with freeze_time(START):
        assert run("start", "14d", "--mode", "no-contact", "--situation", "blocked", "--reason", "I deserve calm").exit_code == 0
    with freeze_time(DAY4):
        result = run("checkpoint", input="3\nn\n")
    out = result.output
    assert result.exit_code == 0, out
    assert "  1  Keep going\n  2  Move on\n  3  Reach out once\n  4  I heard back\n" in out
    after = out[out.index("Your choice: 3"):]
    assert after.index("First, your own reasons for this space:\n  • I deserve calm") < after.index("can't be taken back")
    assert "You said they blocked you. A block is a clear request for space" in " ".join(after.split())
    assert "Keeping the space you chose is a choice too." in out and "Messages that fit" not in out


def test_choices_while_waiting_keep_todays_order_and_no_caution(tty):
    with freeze_time(START):
        assert run("start", "3d", "--mode", "wait", "--checkpoints", "12h", "--reason", "patience", input="\n").exit_code == 0
    with freeze_time("2026-11-24 10:00:00"):
        result = run("checkpoint", input="1\n1\nc\n")
    out = result.output
    assert "  1  Reach out once\n  2  Keep waiting\n  3  Move on\n  4  I heard back\n" in out
    assert "Your own reasons:\n  • patience" in out
    assert "First, your own reasons" not in out and "Do you still want to write a message?" not in out
    assert "Messages that fit" in out


def test_an_empty_enter_never_records_a_template(tty):
    with freeze_time(START):
        assert run("start", "3d", "--mode", "wait", "--checkpoints", "12h", input="\n\n").exit_code == 0
    with freeze_time("2026-11-24 10:00:00"):
        result = run("checkpoint", input="1\n\n\n\n")  # reach out, then only Enter
    assert result.exit_code == 1  # the input ran out while pacer was still asking
    assert result.output.count("Start from: ") == 4
    assert "Recorded" not in result.output
    assert '"reach-out"' not in run("journal", "--json").stdout


def test_heard_back_in_no_contact_owes_nothing_and_puts_safety_first():
    with freeze_time(START):
        assert run("start", "14d", "--mode", "no-contact", "--reason", "They frightened me").exit_code == 0
    with freeze_time(DAY4):
        result = run("heard-back", "--keep-going")
    out = " ".join(result.output.split())
    assert result.exit_code == 0
    assert out.startswith("They got in touch. You don't owe them a reply, now or at all.")
    assert "Be warm" not in out and "silence of your own" not in out
    assert "Your own reasons for the space you chose: • They frightened me" in out
    assert "safety" in out and ("findahelpline.com" in out or "local emergency number" in out)


def test_heard_back_while_waiting_is_about_pacing_without_the_safety_words():
    with freeze_time(START):
        assert run("start", "3d", "--mode", "wait").exit_code == 0
    with freeze_time("2026-11-24 10:00:00"):
        result = run("heard-back", "--yes")
    assert result.exit_code == 0
    assert result.output.startswith("They got in touch. Whatever it says, take a breath first.")
    assert "Your own reasons for the space you chose" not in result.output and "owe" not in result.output


def test_heard_back_is_recorded_once_then_asked_about(tty):
    with freeze_time(START):
        assert run("start", "14d", "--mode", "no-contact", input="\n\n").exit_code == 0
    with freeze_time(DAY4):
        assert run("heard-back", "--keep-going").exit_code == 0
        assert "Heard back       today 11:00" in run("status").stdout
        declined = run("heard-back", "--keep-going", input="n\n")
        assert "You already recorded that you heard back, today 11:00." in declined.output
        assert "Nothing recorded." in declined.output
    with freeze_time("2026-11-27 12:00:00"):
        checkpoint = run("checkpoint", input="1\n")
        assert "You heard back today 11:00." in checkpoint.output
        assert "I heard back" not in checkpoint.output  # not offered again in this period
    events = [e["kind"] for e in json.loads(run("journal", "--json").stdout)["entries"]]
    assert events.count("heard-back") == 1


def test_heard_back_twice_without_a_terminal_needs_again():
    with freeze_time(START):
        assert run("start", "14d", "--mode", "no-contact").exit_code == 0
    with freeze_time(DAY4):
        assert run("heard-back", "--keep-going").exit_code == 0
        refused = run("heard-back", "--keep-going")
        assert refused.exit_code == 1
        assert refused.stderr == ("Error: you already recorded that you heard back in this period (Fri 27 Nov, 11:00); "
                                  "`pacer heard-back --again` records it once more\n")
        assert refused.stdout == ""
        refused = run("checkpoint", "--choice", "heard-back")
        assert refused.exit_code == 1 and "--again" in refused.stderr
        assert run("heard-back", "--keep-going", "--again").exit_code == 0


def test_a_template_chosen_unchanged_is_never_taken_for_crisis_words(tty, monkeypatch):
    """The safety check reads the person's words; pacer's own template, unchanged, is not theirs."""
    from pacer.words import safety
    from pacer.words.safety import Crisis, SafetyFinding

    monkeypatch.setattr(safety, "check", lambda text: SafetyFinding(Crisis.SELF, None, "a test stand-in") if text else None)
    with freeze_time(START):
        assert run("start", "3d", "--mode", "wait", "--checkpoints", "12h", input="\n\n").exit_code == 0
    with freeze_time("2026-11-24 10:00:00"):
        unchanged = run("checkpoint", input="1\n1\nc\n")  # reach out, template 1, cancel
        own = run("checkpoint", input="1\n4\nI miss you.\nn\n")  # reach out, my own words, "are you safe?" no
    assert unchanged.exit_code == 0, unchanged.output
    assert "Are you safe right now?" not in unchanged.output and "It reads short and calm." in unchanged.output
    assert "Are you safe right now?" in own.output
