"""After several hard nights, a checkpoint shows the person's own safety plan (or help) before the choices."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time

from pacer import hard_nights
from pacer.commands.crisis import HARD_NIGHTS, YOUR_PLAN
from pacer.commands.urges import SUPPORT_INTENSITY
from pacer.domain import EventKind, UrgeOutcome
from pacer.paths import resolve
from pacer.safety_plan import SafetyPlan, save
from tests.cli_helpers import run

BERLIN = ZoneInfo("Europe/Berlin")  # the tests' zone (conftest): UTC+1 in November
EMERGENCY = "If you might not be safe right now, call your local emergency number."
CRISIS = "i dont want to be here anymore, everyone would be better off without me"
START = "2026-11-23 09:00:00"  # UTC
CHECKPOINT = "2026-11-26 10:00:00"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# -- the rule, pure ---------------------------------------------------------------------------


def test_a_hard_moment_is_a_crisis_a_slip_an_overwhelming_urge_or_one_still_strong():
    assert hard_nights.is_hard(EventKind.SAFETY, {"crisis": "self"})
    assert hard_nights.is_hard(EventKind.SLIP, {})
    assert hard_nights.is_hard(EventKind.URGE, {"intensity": 5})
    assert hard_nights.is_hard(EventKind.URGE, {"intensity": 2, "outcome": UrgeOutcome.STRONG})
    assert hard_nights.is_hard(EventKind.URGE, '{"intensity": 5, "check_in": false}')  # as stored
    assert not hard_nights.is_hard(EventKind.URGE, {"intensity": 4})
    assert not hard_nights.is_hard(EventKind.URGE, {"intensity": 5 - 1, "outcome": UrgeOutcome.PASSED})
    assert not hard_nights.is_hard(EventKind.URGE, "not json")  # damaged data: unknown, not hard
    assert not hard_nights.is_hard(EventKind.NOTE, {})
    assert not hard_nights.is_hard(EventKind.REACH_OUT, {})
    assert hard_nights.TOP_INTENSITY == SUPPORT_INTENSITY  # the same "overwhelming" as `pacer urge`


def test_the_small_hours_belong_to_the_evening_before():
    assert hard_nights.night_of(at("2026-11-23T22:40:00"), BERLIN) == date(2026, 11, 23)  # 23:40
    assert hard_nights.night_of(at("2026-11-24T00:15:00"), BERLIN) == date(2026, 11, 23)  # 01:15 next day
    assert hard_nights.night_of(at("2026-11-24T05:30:00"), BERLIN) == date(2026, 11, 24)  # 06:30: morning


def test_three_hard_nights_in_a_week_not_three_hard_moments_in_one_night():
    now = at("2026-11-26T10:00:00")
    one_night = [(EventKind.SLIP, at("2026-11-23T21:00:00"), {}), (EventKind.URGE, at("2026-11-24T01:00:00"), {"intensity": 5}),
                 (EventKind.SAFETY, at("2026-11-24T03:00:00"), {})]
    assert len(hard_nights.hard_nights(one_night, now, BERLIN)) == 1
    assert not hard_nights.plan_due(one_night, now, BERLIN)
    three = [*one_night, (EventKind.SLIP, at("2026-11-24T20:00:00"), {}), (EventKind.SAFETY, at("2026-11-25T23:00:00"), {})]
    assert hard_nights.plan_due(three, now, BERLIN)
    assert not hard_nights.plan_due(three, now + timedelta(days=6), BERLIN)  # the first nights are over a week old
    assert not hard_nights.plan_due(three, at("2026-11-25T12:00:00"), BERLIN)  # the future is not counted


# -- at a checkpoint ------------------------------------------------------------------------


def hard_week(*, same_night: bool = False) -> None:
    """A no-contact period with three hard nights (or two, when two moments fall in one night)."""
    with freeze_time(START):
        assert run("start", "14d", "--mode", "no-contact").exit_code == 0
    with freeze_time("2026-11-23 22:30:00"):  # 23:30 in Berlin: the night of the 23rd
        assert run("urge", "--intensity", "5", "--no-check-in").exit_code == 0
    with freeze_time("2026-11-24 00:30:00" if same_night else "2026-11-25 01:00:00"):  # 01:30 / 02:00: the night before
        assert run("slipped").exit_code == 0
    with freeze_time("2026-11-25 21:00:00"):
        assert run("note", CRISIS).exit_code == 0


def plan_with(*people: str) -> None:
    save(Path(resolve().safety_plan), SafetyPlan({"things_that_help": ("a hot shower",), "people": people}))


def at_a_terminal(monkeypatch) -> None:
    """From here on a person is at a terminal (the tty fixture, after the setup ran without one)."""
    monkeypatch.setattr("pacer.cli.render.interactive", lambda: True)


def decisions() -> list[str]:
    events = json.loads(run("history", "--json").stdout)["periods"][0]["events"]
    return [e["choice"] for e in events if e["kind"] == "decision"]


def test_after_three_hard_nights_the_checkpoint_shows_the_plan_before_the_choices(monkeypatch):
    plan_with("Sam 0151 234")
    hard_week()
    with freeze_time(CHECKPOINT):
        at_a_terminal(monkeypatch)
        result = run("checkpoint", input="1\n")  # keep going
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert f"{HARD_NIGHTS}\n{YOUR_PLAN}\n" in out
    assert out.index("• a hot shower") < out.index("• Sam 0151 234") < out.index("What would you like to do?")
    assert EMERGENCY in out.split("What would you like to do?")[0]
    assert decisions() == ["wait"]  # it never stood in the way


def test_two_hard_nights_leave_the_checkpoint_as_it_was(monkeypatch):
    plan_with("Sam 0151 234")
    hard_week(same_night=True)
    with freeze_time(CHECKPOINT):
        at_a_terminal(monkeypatch)
        result = run("checkpoint", input="1\n")
    assert result.exit_code == 0, result.output
    assert HARD_NIGHTS not in result.stdout and "Sam 0151 234" not in result.stdout
    assert EMERGENCY not in result.stdout


def test_a_week_later_the_hard_nights_no_longer_follow_them(monkeypatch):
    plan_with("Sam")
    hard_week()
    with freeze_time("2026-12-03 10:00:00"):
        at_a_terminal(monkeypatch)
        result = run("checkpoint", input="1\n")
    assert result.exit_code == 0, result.output
    assert HARD_NIGHTS not in result.stdout


def test_without_a_plan_help_and_a_gentle_word_on_writing_one_and_nothing_blocks():
    hard_week()
    with freeze_time(CHECKPOINT):
        result = run("checkpoint", "--choice", "wait")  # no terminal: nothing may wait on a plan
    assert result.exit_code == 0, result.output
    head = result.stdout.split("Keep going: noted.")[0]
    assert HARD_NIGHTS in head and EMERGENCY in head and "findahelpline.com" in head
    assert "`pacer safety-plan`" in head and YOUR_PLAN not in head
    assert decisions() == ["wait"]


def test_an_unreadable_plan_still_gets_help_and_the_answer_is_recorded():
    hard_week()
    Path(resolve().safety_plan).write_text("people = [[[")
    with freeze_time(CHECKPOINT):
        result = run("checkpoint", "--choice", "wait")
    assert result.exit_code == 0, result.output
    assert EMERGENCY in result.stdout and "could not be used" in result.stdout
    assert decisions() == ["wait"]


@pytest.mark.parametrize("intensity", ["4", "3"])
def test_ordinary_strong_urges_are_not_hard_nights(intensity):
    with freeze_time(START):
        assert run("start", "14d", "--mode", "no-contact").exit_code == 0
    for day in ("23", "24", "25"):
        with freeze_time(f"2026-11-{day} 22:00:00"):
            assert run("urge", "--intensity", intensity, "--no-check-in").exit_code == 0
    with freeze_time(CHECKPOINT):
        result = run("checkpoint", "--choice", "wait")
    assert result.exit_code == 0 and HARD_NIGHTS not in result.stdout
