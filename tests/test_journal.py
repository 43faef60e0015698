"""urge, note, slipped and the shared text check: recorded once, refused cleanly."""

from __future__ import annotations

import json

import pytest
from freezegun import freeze_time

from pacer.env import load_env
from pacer.errors import InvalidInput
from pacer.session import period_plan
from pacer.store import Store
from pacer.text import NOTE_MAX, clean_text
from tests.cli_helpers import run, status_json

START = "2026-11-23 18:00:00"  # 19:00 in Berlin



@pytest.fixture
def period():
    with freeze_time(START):
        result = run("start", "14d", "--mode", "no-contact", "--reason", "I deserve calm", "--reason", "sleep")
        assert result.exit_code == 0, result.output


def events(kind: str | None = None) -> list[dict]:
    periods = json.loads(run("history", "--json").stdout)["periods"]
    return [e for e in (periods[0]["events"] if periods else []) if kind is None or e["kind"] == kind]


# -- urge ----------------------------------------------------------------------


def test_urge_shows_words_and_reasons_and_records(period):
    with freeze_time("2026-11-24 22:10:00"):
        result = run("urge", "--intensity", "3", "--note", "saw their photo")
    assert result.exit_code == 0, result.output
    assert "Your own reasons:\n  • I deserve calm\n  • sleep\n" in result.stdout
    # Recorded open: it counts as ridden out only once it has passed.
    assert "Noted in your journal. It counts as ridden out once it has passed." in result.stdout
    assert "pacer will check in" not in result.stdout  # no terminal, no --check-in: no check-in
    [urge] = events("urge")
    assert (urge["text"], urge["intensity"], urge["check_in"]) == ("saw their photo", 3, False)
    view = status_json()
    assert view["urges"] == 1 and view["last_urge_at"] == "2026-11-24T23:10:00+01:00"


def test_urge_words_are_general_entries_and_rotate(period):
    env = load_env()
    from pacer.words.rotation import load

    library, _ = load(env)
    general = {e.text for e in library.entries("urge", mode="no-contact", stage="")}
    seen = []
    for _ in range(3):
        out = run("urge").stdout
        shown = next(t for t in general if " ".join(t.split()) in " ".join(out.split()))
        seen.append(shown)
    assert len(set(seen)) == 3  # no repeats until every fitting entry was shown
    with Store.open(env.paths) as store:
        assert len(store.shown_entries("urge")) == 3


def test_urge_check_in_is_planned(period, tty):
    with freeze_time("2026-11-24 22:10:00"):
        # Enter: no strength said, no note; n: not the guided wait here; Enter: the check-in (the default)
        result = run("urge", input="\n\nn\n\n")
    assert result.exit_code == 0, result.output
    assert "Shall pacer check in with you in 20 minutes? [Y/n]" in result.stdout
    assert "pacer will check in today 23:30." in result.stdout
    assert "Reminders cannot appear right now: the reminder service is not running" in result.stdout
    with freeze_time("2026-11-24 22:11:00"):  # the plan holds the check-ins of the last day (issue 17.18)
        env = load_env()
    with Store.open(env.paths) as store:
        check_ins = [r for r in period_plan(store, store.active_period(), env) if r.kind == "check-in"]
    assert [r.at.isoformat() for r in check_ins] == ["2026-11-24T23:30:00+01:00"]
    with freeze_time("2026-11-24 22:20:00"):
        assert run("urge", "--no-check-in", input="\n\n").exit_code == 0
    assert [e["check_in"] for e in events("urge")] == [True, False]


def test_urge_check_in_without_a_terminal_only_when_asked(period):
    assert run("urge", "--check-in").exit_code == 0
    assert [e["check_in"] for e in events("urge")] == [True]


def test_strongest_urge_also_points_to_people(period):
    env = load_env()
    run("urge", "--intensity", "5")
    with Store.open(env.paths) as store:
        assert len(store.shown_entries("support")) == 1


@pytest.mark.parametrize("value", ["0", "6", "-1", "3.5", "strong", " "])
def test_urge_intensity_outside_1_to_5_is_refused(period, value):
    result = run("urge", "--intensity", value)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: the intensity must be a whole number from 1 (mild) to 5 (overwhelming)")
    assert result.stderr.count("\n") == 1 and result.stdout == ""
    assert events() == []


def test_urge_without_a_period_still_helps_but_records_nothing(pacer_home):
    result = run("urge")
    assert result.exit_code == 0
    assert "Nothing recorded: there has never been a period" in result.stdout
    assert not (pacer_home / "pacer.db").exists()


# -- notes and slips -------------------------------------------------------------


def test_note(period, tty):
    assert run("note", "a", "calm", "evening").exit_code == 0
    assert run("note", input="written at the prompt\n").exit_code == 0
    assert [e["text"] for e in events("note")] == ["a calm evening", "written at the prompt"]


@pytest.mark.parametrize("args", [("note",), ("note", ""), ("note", "   "), ("slipped", "--note", " "), ("urge", "--note", "")])
def test_empty_texts_are_refused(period, args):
    result = run(*args)
    assert result.exit_code == 2
    what = "note"
    assert result.stderr == f"Error: the {what} is empty; write a few words\n"
    assert events() == []


def test_note_without_a_period():
    result = run("note", "hello")
    assert result.exit_code == 1 and result.stderr == (
        "Error: there has never been a period, so there is no journal yet; `pacer start` begins one when you are ready\n"
    )


def test_a_slip_keeps_the_period_and_status_shows_both_counts(period):
    with freeze_time("2026-11-26 21:00:00"):
        result = run("slipped", "--note", "sent a long text at midnight")
        assert result.exit_code == 0, result.output
        assert "without judgement" in result.stdout
        assert "Your period goes on: day 4 of 14." in result.stdout
    with freeze_time("2026-11-28 21:30:00"):
        view = status_json()
        assert view["active"] is True and view["day"] == 6  # not reset
        assert view["slips"] == 1
        assert view["last_contact_at"] == "2026-11-26T22:00:00+01:00"
        assert view["started_at"] == "2026-11-23T19:00:00+01:00"
        text = run("status").stdout
        assert "No contact · day 6 of 14" in text
        assert "Since contact    2 days (Thu 26 Nov 22:00) · since the start 5 days · 1 slip" in text
    [slip] = events("slip")
    assert slip["text"] == "sent a long text at midnight"


def test_status_keys_without_slips(period):
    view = status_json()
    assert view["slips"] == 0 and view["last_contact_at"] is None
    assert "Since contact" not in run("status").stdout


# -- the text check ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, code",
    [
        ("hello\x1b[2Jworld", "U+001B"),  # an escape sequence would clear the screen at `history`
        ("bell\x07", "U+0007"),
        ("nul\x00byte", "U+0000"),
        ("c1\x85control", "U+0085"),
        ("del\x7f", "U+007F"),
        ("lone\rcarriage return", "U+000D"),
    ],
)
def test_control_characters_are_refused(period, text, code):
    result = run("note", text)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: the note contains a control character ({code}, at character ")
    assert "newlines and tabs are fine" in result.stderr
    assert events() == []


@pytest.mark.parametrize("char", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"])
def test_bidi_controls_are_refused(period, char):
    result = run("checkpoint", "--choice", "reach-out", "--message", f"I miss you {char}tpircs")
    assert result.exit_code == 2
    assert f"invisible text-direction control (U+{ord(char):04X}" in result.stderr
    assert "right-to-left writing itself is fine" in result.stderr
    assert events() == []


def test_right_to_left_text_newlines_and_tabs_are_kept(period):
    hebrew = "אני מתגעגע אליך"
    arabic = "أنا هنا عندما تكون مستعدًا"
    assert run("note", f"{hebrew}\n\t{arabic}").exit_code == 0
    assert run("checkpoint", "--choice", "reach-out", "--message", arabic).exit_code == 0
    assert [e["text"] for e in events() if e["kind"] in ("note", "reach-out")] == [f"{hebrew}\n\t{arabic}", arabic]


def test_windows_line_ends_are_plain_newlines():
    assert clean_text("one\r\ntwo\r\n", "note") == "one\ntwo"


def test_length_limits(period):
    assert clean_text("x" * NOTE_MAX, "note") == "x" * NOTE_MAX
    result = run("note", "x" * (NOTE_MAX + 1))
    assert result.exit_code == 2
    assert result.stderr == f"Error: the note is too long ({NOTE_MAX + 1} characters; at most {NOTE_MAX})\n"
    with pytest.raises(InvalidInput, match="far too long"):
        clean_text("x" * 500_000, "note")
    result = run("slipped", "--note", "y" * 300_000)
    assert result.exit_code == 2 and "far too long (300000 characters" in result.stderr
    assert events() == []


def test_start_uses_the_same_text_check():
    result = run("start", "3d", "--label", "ex\x1b[31m")
    assert result.exit_code == 2 and "the label contains a control character (U+001B" in result.stderr
    result = run("start", "3d", "--reason", "")
    assert result.exit_code == 2 and result.stderr == "Error: the reason is empty; leave it out or write a few words\n"


# -- peek and commit: the rotation of interactive commands ---------------------------


def test_peek_writes_nothing_and_commit_rotates_without_repeats():
    import random

    from pacer.words import rotation as picks

    env = load_env()
    library, _ = picks.load(env)
    fitting = {e.id for e in library.entries("message", mode="wait", stage="early")}
    rng = random.Random(7)
    seen: list[str] = []
    with Store.open(env.paths) as store:
        for _ in range(len(fitting)):  # three at a time, through more than one full round
            with store.transaction():
                shown = picks.peek(store, library, "message", mode="wait", stage="early", rng=rng, count=3)
                assert len({p.entry.id for p in shown}) == 3
                before = store.shown_entries("message")
                assert picks.peek(store, library, "message", mode="wait", stage="early", rng=rng, count=3)
                assert store.shown_entries("message") == before  # peeking alone changes nothing
                picks.commit(store, shown, env.now)
            seen.extend(p.entry.id for p in shown)
    first_round = seen[: len(fitting) - len(fitting) % 3]
    assert len(set(first_round)) == len(first_round)  # nothing repeats before every entry was shown
    assert set(seen) == fitting
