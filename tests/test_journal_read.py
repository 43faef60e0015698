"""`pacer journal`: their own words come back, newest first, in the terminal or as JSON, during and after a period."""

from __future__ import annotations

import json

import pytest
from freezegun import freeze_time

from tests.cli_helpers import run

START = "2026-11-23 18:00:00"  # 19:00 in Berlin


@pytest.fixture
def lived():
    """A no-contact period with a note, an urge that passed, a slip, a decision, a reach-out and hearing back."""
    steps = [
        (START, ("start", "14d", "--mode", "no-contact", "--situation", "chose", "--label", "Sam",
                 "--reason", "I deserve calm")),
        ("2026-11-24 09:00:00", ("note", "Went for a long walk; the evening was easier.")),
        ("2026-11-24 21:00:00", ("urge", "--intensity", "4", "--note", "saw their photo")),
        ("2026-11-24 21:25:00", ("urge", "--check-in", "passed")),
        ("2026-11-25 20:00:00", ("slipped", "--note", "liked an old photo")),
        ("2026-11-27 10:00:00", ("checkpoint", "--choice", "wait")),
        ("2026-11-28 10:00:00", ("checkpoint", "--choice", "reach-out", "--message", "I wish you well. No reply needed.")),
        ("2026-11-29 10:00:00", ("heard-back", "--keep-going", "--note", "a short, kind answer")),
    ]
    for at, args in steps:
        with freeze_time(at):
            result = run(*args)
            assert result.exit_code == 0, (args, result.output)


def test_the_journal_shows_their_words_newest_first(lived):
    with freeze_time("2026-11-29 12:00:00"):
        result = run("journal")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("#1  No contact · your choice · from 23 Nov 2026, day 6 of 14 · “Sam”\n\n"
                          "Your own reasons:\n  • I deserve calm\n")
    expected_order = [
        "Today, Sun 29 Nov", "  11:00  They got in touch", "         a short, kind answer",
        "Yesterday, Sat 28 Nov", "  11:00  You reached out once", "         │ I wish you well. No reply needed.",
        "  11:00  Checkpoint: reach out once",
        "Fri 27 Nov", "  11:00  Checkpoint: keep going",
        "Thu 26 Nov", "  19:00  Milestone: day 3, 3 days since you began",
        "Wed 25 Nov", "  21:00  You got in touch after all (no reset)", "         liked an old photo",
        "Tue 24 Nov", "  22:00  Urge · strength 4 of 5 · it passed", "         saw their photo",
        "  19:00  Milestone: day 1, a day since you began",
        "  10:00  Note", "         Went for a long walk; the evening was easier.",
    ]
    lines = out.splitlines()
    positions = [lines.index(line) for line in expected_order]
    assert positions == sorted(positions), out


def test_the_journal_as_json(lived):
    with freeze_time("2026-11-29 12:00:00"):
        result = run("journal", "--json")
    document = json.loads(result.stdout)
    assert document["period"] == {
        "id": 1, "mode": "no-contact", "situation": "chose", "label": "Sam", "reasons": ["I deserve calm"],
        "started_at": "2026-11-23T19:00:00+01:00", "ended_at": None, "outcome": None,
    }
    kinds = [e["kind"] for e in document["entries"]]
    assert kinds == ["heard-back", "reach-out", "decision", "decision", "milestone", "slip", "urge", "milestone", "note"]
    times = [e["at"] for e in document["entries"]]
    assert times == sorted(times, reverse=True)
    urge = next(e for e in document["entries"] if e["kind"] == "urge")
    assert (urge["text"], urge["intensity"], urge["outcome"]) == ("saw their photo", 4, "passed")
    assert {"kind": "milestone", "at": "2026-11-24T19:00:00+01:00", "text": None, "day": 1, "end": False} in document["entries"]


def test_the_journal_goes_on_after_the_period_ends(lived):
    with freeze_time("2026-11-30 10:00:00"):
        assert run("move-on", "--yes").exit_code == 0
    with freeze_time("2026-12-01 21:00:00"):  # the week of aftercare pacer announced
        note = run("note", "First evening out with friends.")
        assert note.exit_code == 0, note.output
        assert note.stdout.startswith("Noted in your journal. It is kept with your period that ended yesterday 11:00.\n")
        urge = run("urge", "--no-check-in")
        assert urge.exit_code == 0 and "Nothing recorded" not in urge.stdout
        assert run("urge", "--check-in", "passed").exit_code == 0
        journal = run("journal")
    assert journal.exit_code == 0
    assert "#1  No contact · your choice · from 23 Nov 2026 to 30 Nov 2026 · “Sam”" in journal.stdout
    assert "  22:00  Note\n         First evening out with friends." in journal.stdout
    assert "  22:00  Urge · it passed" in journal.stdout
    assert "Checkpoint: move on" in journal.stdout
    history = json.loads(run("history", "--json").stdout)["periods"][0]
    assert [e["kind"] for e in history["events"]][-2:] == ["note", "urge"]
    from pacer.commands.history import PeriodHistory, picture
    from pacer.env import load_env
    from pacer.store import Store

    with Store.open(load_env().paths) as store:
        period = store.last_period()
        item = PeriodHistory(period, store.events(period.stored_id))
    # The urge after the end is in the journal, not drawn on the period's last day (it had none).
    assert dict(picture(item, period.ended_at))["urges"] == "·▁·····"
    assert run("status", "--json").exit_code == 0  # no active period: status is unchanged by it


def test_the_journal_of_another_period(lived):
    with freeze_time("2026-12-10 10:00:00"):
        assert run("stop", "--yes").exit_code == 0
        assert run("start", "3d", "--mode", "wait", "--situation", "waiting").exit_code == 0
        assert run("note", "Sent one message; now I wait.").exit_code == 0
        current = run("journal")
        first = run("journal", "--period", "1")
    assert current.stdout.startswith("#2  Waiting · waiting for a reply · from 10 Dec 2026, day 1 of 3\n")
    assert "Sent one message" in current.stdout and "saw their photo" not in current.stdout
    assert "`pacer journal --period N` reads another." in current.stdout
    assert first.stdout.startswith("#1  No contact") and "saw their photo" in first.stdout
    missing = run("journal", "--period", "7")
    assert missing.exit_code == 1
    assert missing.stderr == "Error: there is no period #7; `pacer history` lists them with their numbers\n"


def test_a_clear_word_when_there_has_never_been_a_period(pacer_home):
    for args in (("journal",), ("journal", "--json"), ("note", "hello"), ("slipped",)):
        result = run(*args)
        assert result.exit_code == 1
        assert result.stderr == ("Error: there has never been a period, so there is no journal yet; "
                                 "`pacer start` begins one when you are ready\n")
    assert not pacer_home.exists()  # looking created nothing


def test_an_empty_journal_says_how_to_fill_it():
    with freeze_time(START):
        assert run("start", "3d", "--mode", "wait").exit_code == 0
        result = run("journal")
    assert result.stdout == ("#1  Waiting · from 23 Nov 2026, day 1 of 3\n\n"
                             "Nothing written yet. `pacer note` writes a line; `pacer urge` is there when the pull comes.\n")
