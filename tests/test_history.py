"""pacer history: the JSON shape, the per-day picture, pagination, and speed with years of data."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

from freezegun import freeze_time

from pacer.commands.history import PeriodHistory, picture
from pacer.env import load_env
from pacer.period import new_period
from pacer.store import Event, Store
from tests.cli_helpers import run

KIND = "I hope you're okay. I'm here whenever you'd like to talk."


def history_json(*args: str) -> dict:
    result = run("history", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_history_json_shape():
    with freeze_time("2026-11-01 08:00:00"):
        assert run("start", "3d", "--mode", "wait").exit_code == 0
    with freeze_time("2026-11-01 20:00:00"):
        assert run("urge", "--intensity", "4", "--note", "hard evening", "--check-in").exit_code == 0
        assert run("checkpoint", "--choice", "reach-out", "--message", KIND).exit_code == 0
    with freeze_time("2026-11-02 09:00:00"):
        assert run("heard-back", "--yes", "--note", "they wrote back").exit_code == 0
    with freeze_time("2026-11-23 18:00:00"):
        assert run("start", "14d", "--mode", "no-contact").exit_code == 0
        assert run("note", "day one").exit_code == 0
        assert run("slipped").exit_code == 0
        assert run("checkpoint", "--choice", "wait").exit_code == 0

    view = history_json()
    assert set(view) == {"periods"}
    newest, oldest = view["periods"]
    for period in view["periods"]:
        assert set(period) == {"id", "mode", "started_at", "ended_at", "outcome", "events"}
        for event in period["events"]:
            assert {"kind", "at", "text"} <= set(event)
            assert event["kind"] in {"urge", "note", "decision", "reach-out", "slip", "heard-back"}
    assert (newest["id"], newest["mode"], newest["ended_at"], newest["outcome"]) == (2, "no-contact", None, None)
    assert newest["started_at"] == "2026-11-23T19:00:00+01:00"
    assert [(e["kind"], e["text"]) for e in newest["events"]] == [("note", "day one"), ("slip", None), ("decision", None)]
    assert newest["events"][2]["choice"] == "wait"
    assert (oldest["id"], oldest["mode"], oldest["outcome"]) == (1, "wait", "heard-back")
    assert oldest["ended_at"] == "2026-11-02T10:00:00+01:00"
    assert oldest["events"] == [
        {"kind": "urge", "at": "2026-11-01T21:00:00+01:00", "text": "hard evening", "intensity": 4, "check_in": True},
        {"kind": "decision", "at": "2026-11-01T21:00:00+01:00", "text": None, "choice": "reach-out", "stage": "early"},
        {"kind": "reach-out", "at": "2026-11-01T21:00:00+01:00", "text": KIND, "anyway": False, "stage": "early"},
        {"kind": "heard-back", "at": "2026-11-02T10:00:00+01:00", "text": "they wrote back", "end": True},
    ]

    with freeze_time("2026-11-25 18:00:00"):
        text = run("history").stdout
    assert text.splitlines()[:9] == [
        "#2  No contact · 23 Nov 2026 · ongoing, day 3 of 14",
        "    urges      ···",  # today counts: day 3 has three marks
        "    contact    ●··",
        "    0 urges · 1 note · 1 contact",
        "#1  Waiting · 1 Nov 2026 – 2 Nov 2026 · heard back",
        "    urges      ▁·",  # the urge, the contact and hearing back: all three show
        "    contact    ●·",
        "    heard back ·♥",
        "    1 urge · 0 notes · 1 contact · heard back",
    ]
    assert "one mark a day" in text


def test_history_when_nothing_was_recorded(pacer_home):
    assert history_json() == {"periods": []}
    assert run("history").stdout.startswith("No periods yet.")
    assert not (pacer_home / "pacer.db").exists()


def _event(period, kind: str, day: float) -> Event:
    return Event(0, 1, kind, period.started_at + timedelta(days=day), None, {})


def test_picture_one_mark_a_day():
    start = datetime(2026, 1, 1, 12, tzinfo=UTC)
    period = new_period(
        mode="no-contact", length=timedelta(days=7), checkpoints=None, default_checkpoints=(), started_at=start
    ).with_id(1)
    events = [_event(period, "urge", 0.1)] + [_event(period, "urge", 1.5)] * 3 + [_event(period, "urge", 3.2)] * 12
    events += [_event(period, "slip", 3.5), _event(period, "heard-back", 5.1), _event(period, "note", 6.0)]
    now = start + timedelta(days=6, hours=1)
    assert picture(PeriodHistory(period, events), now) == [
        ("urges", "▁▃·█···"), ("contact", "···●···"), ("heard back", "·····♥·"),
    ]
    ended = period._replace(ended_at=start + timedelta(days=2), outcome="moved-on")
    assert picture(PeriodHistory(ended, events[:4]), now) == [("urges", "▁▃")]
    assert picture(PeriodHistory(period, []), start) == [("urges", "·")]  # the first moments: one calm day


def test_limit_and_all():
    for day in range(1, 5):
        with freeze_time(f"2026-03-0{day} 10:00:00"):
            assert run("start", "1d", "--mode", "wait").exit_code == 0
            assert run("stop", "--yes").exit_code == 0
    assert [p["id"] for p in history_json("--limit", "2")["periods"]] == [4, 3]
    assert [p["id"] for p in history_json("--all")["periods"]] == [4, 3, 2, 1]
    assert [p["id"] for p in history_json("--limit", "9" * 30)["periods"]] == [4, 3, 2, 1]  # beyond SQLite's integers
    with freeze_time("2026-03-09 10:00:00"):
        text = run("history", "--limit", "1").stdout
    assert "Showing the newest 1 of 4 periods; `pacer history --all` shows every one." in text
    for args in (("--limit", "0"), ("--limit", "2", "--all")):
        result = run("history", *args)
        assert result.exit_code == 2 and result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1


def test_history_stays_fast_with_years_of_data():
    env = load_env()
    start = datetime(2020, 1, 1, 12, tzinfo=UTC)
    with Store.open(env.paths) as store, store.transaction():
        for n in range(400):
            began = start + timedelta(days=5 * n)
            period = store.add_period(
                new_period(mode="wait", length=timedelta(days=4), checkpoints=None, default_checkpoints=(), started_at=began)
            )
            for i in range(100):  # 40,000 events in all
                kind = ("urge", "note", "slip", "decision")[i % 4]
                store.add_event(period.id, kind, began + timedelta(minutes=55 * i), "words", intensity=2)
            store.end_period(period.id, began + timedelta(days=4), "completed")
    began = time.perf_counter()
    result = run("history")
    default_s = time.perf_counter() - began
    assert result.exit_code == 0 and "of 400 periods" in result.stdout
    began = time.perf_counter()
    view = history_json("--all")
    all_s = time.perf_counter() - began
    assert len(view["periods"]) == 400 and sum(len(p["events"]) for p in view["periods"]) == 40_000
    assert default_s < 1.0, default_s
    assert all_s < 5.0, all_s
