"""Every other way words come in (prompts, standard input, a label), and what pacer says around crisis help.

tests/test_safety_cli.py covers the flags (note, urge --note, slipped --note, heard-back --note,
start --reason, check-message, checkpoint --message, draft TEXT); these are the rest.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from freezegun import freeze_time

from pacer.commands import crisis
from pacer.paths import resolve
from pacer.store import Store
from pacer.words import safety, safety_answers
from pacer.words.safety import Crisis
from tests.cli_helpers import run

ROOT = Path(__file__).resolve().parent.parent
EMERGENCY = "If you might not be safe right now, call your local emergency number."
CRISIS = "i dont want to be here anymore, everyone would be better off without me"
DANGER = "hes banging on the door again and screaming that hes going to hurt me"
START = "2026-11-23 09:00:00"


def started() -> None:
    with freeze_time(START):
        assert run("start", "14d", "--mode", "no-contact", "--situation", "chose", "--reason", "calm").exit_code == 0


def safety_events() -> list[dict]:
    periods = json.loads(run("history", "--json").stdout)["periods"]
    return [e for e in periods[0]["events"] if e["kind"] == "safety"] if periods else []


def flat(text: str) -> str:
    return " ".join(text.split())


# -- typed at a prompt, or read from standard input ---------------------------------------------


def test_a_note_typed_at_the_prompt_gets_help_before_anything_else(tty):
    started()
    result = run("note", input=CRISIS + "\n")
    assert result.exit_code == 0, result.output
    after_prompt = result.stdout.split(f"Your note: {CRISIS}\n", 1)[1]  # (CliRunner echoes what was typed)
    assert after_prompt.startswith("It sounds like you are in a lot of pain")
    assert after_prompt.index(EMERGENCY) < after_prompt.index("Your note is kept")
    assert len(safety_events()) == 1


def test_an_urge_note_typed_at_the_prompt_gets_help_before_it_is_recorded(tty):
    started()
    result = run("urge", "--intensity", "3", "--no-check-in", input=CRISIS + "\n")
    assert result.exit_code == 0, result.output
    after_prompt = result.stdout.split("Anything you want to note about it?", 1)[1]
    assert after_prompt.index(EMERGENCY) < after_prompt.index("Noted in your journal")
    assert len(safety_events()) == 1


def test_a_reason_typed_at_start_gets_help_at_once_and_is_remembered_once_the_period_exists(tty):
    with freeze_time(START):
        result = run("start", "14d", "--mode", "no-contact", "--situation", "chose", input=f"{CRISIS}\nmy sleep\n\n")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.index("Reason 1") < out.index(EMERGENCY) < out.index("Reason 2") < out.index("Started a")
    assert out.count(EMERGENCY) == 1  # said once, not again at the end
    assert len(safety_events()) == 1


def test_a_label_with_crisis_words_gets_help_first():
    with freeze_time(START):
        result = run("start", "14d", "--mode", "no-contact", "--label", CRISIS)
    assert result.exit_code == 0, result.output
    assert EMERGENCY in result.stdout.splitlines()[:4]
    assert len(safety_events()) == 1


@pytest.mark.parametrize("command", ["draft", "check-message"])
def test_words_from_standard_input_get_help_first(command):
    started()
    result = run(command, "-", input=CRISIS)
    assert result.exit_code == 0, result.output
    assert EMERGENCY in result.stdout.splitlines()[:4]
    assert "findahelpline.com" in result.stdout


def test_the_safety_plan_itself_is_not_answered_with_a_banner(tty):
    started()
    result = run("safety-plan", input=f"{CRISIS}\n\n\n\n\n\n")  # a warning sign, in their own words
    assert result.exit_code == 0, result.output
    assert EMERGENCY not in result.stdout and "Saved, privately" in result.stdout
    assert CRISIS in Path(resolve().safety_plan).read_text() and safety_events() == []


# -- what surrounds the help ----------------------------------------------------------------


def test_after_crisis_words_an_urge_gets_no_urge_tip_only_the_help():
    started()
    tips = [flat(e["text"]) for e in tomllib.loads((ROOT / "content" / "urge.toml").read_text())["entry"]]
    calm = flat(run("urge", "--intensity", "3", "--no-check-in", "--note", "saw their photo").stdout)
    assert any(tip in calm for tip in tips)  # an ordinary urge gets its words for the moment
    result = run("urge", "--intensity", "3", "--no-check-in", "--note", CRISIS)
    assert result.exit_code == 0, result.output
    out = flat(result.stdout)
    assert EMERGENCY in out and not any(tip in out for tip in tips)  # never "it isn't an emergency" after the help
    with Store.open(resolve()) as store:
        assert len(store.shown_entries("urge")) == 1  # the tip left unsaid is not counted as shown


def test_a_kept_draft_with_crisis_words_is_shown_back_with_help_first_not_as_advice():
    started()
    with freeze_time("2026-11-24 10:00:00"):
        assert run("draft", CRISIS).exit_code == 0
    with freeze_time("2026-11-27 10:00:00"):
        result = run("checkpoint", "--choice", "wait")
    assert result.exit_code == 0, result.output
    shown = flat(result.stdout.split("A fresh look:", 1)[1])
    assert shown.index("emergency number") < shown.index("│ i dont want")  # the help, then their words
    assert "reads short and calm" not in shown


def reach_out_at_a_terminal(draft: str, *answers: str):
    """A no-contact checkpoint: reach out (3), still want to (y), write my own (4), the draft, then `answers`."""
    started()
    with freeze_time("2026-11-27 10:00:00"):
        return run("checkpoint", input="\n".join(["3", "y", "4", draft, *answers]) + "\n")


def test_danger_in_a_draft_and_not_safe_gets_safety_first_words(tty):
    result = reach_out_at_a_terminal(DANGER, "n")
    assert result.exit_code == 0, result.output
    after = flat(result.stdout.split("Are you safe right now?", 1)[1])
    assert "get to a safe place first" in after and "emergency number" in after and "cannot see" in after
    assert "Nothing recorded" in after or "Nothing was recorded" in after


def test_safe_and_written_again_the_new_message_is_checked_and_can_be_recorded(tty):
    result = reach_out_at_a_terminal("answer me or i'll hurt myself", "y", "y", "I hope you are well. Take care.", "k", "y")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.index("Are you safe right now?") < out.index("Your message, written again") < out.index("\nYour message:\n")
    assert "puts your safety in their hands" in out
    events = json.loads(run("history", "--json").stdout)["periods"][0]["events"]
    [reach] = [e for e in events if e["kind"] == "reach-out"]
    assert reach["text"] == "I hope you are well. Take care."  # the words with the crisis in them were never recorded


def test_crisis_words_written_into_a_draft_while_changing_it_are_caught_too(tty, monkeypatch):
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    result = reach_out_at_a_terminal("I hope you are well.", "e", CRISIS, "n")  # change it (e), to crisis words
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.index("Change it below") < out.index(EMERGENCY) < out.index("Are you safe right now?")
    events = json.loads(run("history", "--json").stdout)["periods"][0]["events"]
    assert [e for e in events if e["kind"] == "reach-out"] == [] and len(safety_events()) == 1



def test_crisis_words_given_with_message_at_a_terminal_are_answered_once_then_asked_about(tty):
    started()
    with freeze_time("2026-11-27 10:00:00"):
        result = run("checkpoint", "--choice", "reach-out", "--message", CRISIS, input="n\n")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.count(EMERGENCY) == 1 and out.index(EMERGENCY) < out.index("Are you safe right now?")
    assert len(safety_events()) == 1

# -- safe-messaging: the words themselves -----------------------------------------------------

METHODS = re.compile(r"\b(?:pills?|rope|bridge|overdose|knife|blade|gun|jump|hang|cut)\b", re.I)
GENDERED = re.compile(r"\b(?:he|she|his|her|him|boyfriend|girlfriend)\b", re.I)


def every_help_text() -> list[str]:
    texts = [*safety_answers.sos_lines(), crisis.HARD_NIGHTS, crisis.YOUR_PLAN, crisis.ANY_TIME]
    for kind in Crisis:
        texts += safety_answers.answer(safety.SafetyFinding(kind, None, "t"))
        texts += [crisis.after_safe_question(kind, True), crisis.after_safe_question(kind, False)]
    return texts


def test_no_help_text_names_a_method_or_a_gender_or_blames():
    for text in every_help_text():
        assert not METHODS.search(text), text
        assert not GENDERED.search(text), text
        assert not re.search(r"shouldn't feel|should not feel|calm down|don't be|selfish|overreact", text, re.I), text


@pytest.mark.parametrize("kind", list(Crisis))
def test_not_safe_always_names_the_emergency_number_and_the_directory(kind):
    words = crisis.after_safe_question(kind, False)
    assert "emergency number" in words and "findahelpline.com" in words and "Nothing was recorded" in words


def test_not_safe_says_what_each_situation_needs():
    danger = crisis.after_safe_question(Crisis.DANGER, False)
    assert "safe place first" in danger and "domestic-abuse" in danger and "cannot see" in danger
    harm = crisis.after_safe_question(Crisis.HARM_OTHERS, False)
    assert "Step away from them now" in harm and "call someone" in harm


def test_sos_covers_danger_from_someone_too():
    words = flat(run("sos").stdout)
    assert "get to a safe place first" in words and "domestic-abuse" in words and "cannot see" in words
    assert words.count("emergency number") >= 1 and "findahelpline.com" in words


def test_the_readme_opens_with_if_you_are_not_safe_and_says_what_pacer_is_not():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = readme.split("\n## ")[1]
    assert first.startswith("If you are not safe\n")
    words = flat(first)
    assert "call your local emergency number" in words and "findahelpline.com" in words
    assert "pacer is not a crisis service" in words and "`pacer sos`" in words and "cannot see" in words
