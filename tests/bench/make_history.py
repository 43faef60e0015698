"""Fill a PACER_HOME with ten years of history, for benchmarks: python tests/bench/make_history.py HOME

Writes a `pacer-export` JSON (about 420 periods, ~30,000 events, ~6,600
delivery records, 5 MB; deterministic) and restores it with `pacer import`, the
same path a user's backup takes. The last period is active: 30 days of
no contact, 5 days in, like the period tests/bench/status_speed.py starts on an
empty history.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
YEARS = 10
DAY = timedelta(days=1)


def iso(moment: datetime) -> str:
    return moment.isoformat()


def period(rng: random.Random, pid: int, start: datetime, length: timedelta, active: bool, ids: list[int]) -> dict:
    mode = "wait" if length <= timedelta(days=4) else "no-contact"
    offsets = [o for o in (timedelta(hours=6), DAY, 3 * DAY, 7 * DAY, 14 * DAY) if o < length]
    offsets = offsets if mode == "wait" else [o for o in offsets if o >= 3 * DAY]
    end = start + length
    stop = min(end, datetime.now(UTC)) if active else end
    events, deliveries = [], []

    def event(kind: str, at: datetime, text: str | None = None, **data) -> None:
        ids[0] += 1
        events.append({"id": ids[0], "kind": kind, "at": iso(at), "text": text, "data": data})

    moment = start
    while moment < stop:
        day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
        for hour in (9, 19):  # the two daily reminders
            due = day + timedelta(hours=hour)
            if start < due < stop:
                deliveries.append({"key": f"{pid}:daily:{due:%Y-%m-%dT%H:%M}", "kind": "daily", "due_at": iso(due),
                                   "attempted_at": iso(due + timedelta(seconds=2)), "status": "shown", "attempts": 1,
                                   "title": "A kind word", "error": None})
        for _ in range(rng.randint(6, 14)):  # urges, notes, now and then a slip
            at = day + timedelta(minutes=rng.randint(0, 24 * 60 - 1))
            if not start < at < stop:
                continue
            roll = rng.random()
            if roll < 0.6:
                event("urge", at, rng.choice([None, "after seeing a photo", "at 2 a.m. again"]), intensity=rng.randint(1, 5))
            elif roll < 0.95:
                event("note", at, rng.choice(["went for a walk", "called my sister", "slept better", "a hard evening"]))
            else:
                event("slip", at, "sent a message after all")
        moment += DAY
    for offset in offsets + [length]:
        due = start + offset
        if due < stop:
            deliveries.append({"key": f"{pid}:checkpoint:{int(offset.total_seconds())}", "kind": "checkpoint",
                               "due_at": iso(due), "attempted_at": iso(due), "status": "shown", "attempts": 1,
                               "title": "A checkpoint", "error": None})
            event("decision", due + timedelta(hours=1), None, choice=rng.choice(["wait", "reach-out", "move-on"]), stage="early")
    events.sort(key=lambda e: e["at"])
    outcome = rng.choice(["completed", "moved-on", "heard-back", "other"])
    return {
        "id": pid, "mode": mode, "started_at": iso(start), "length_s": int(length.total_seconds()),
        "checkpoints_s": [int(o.total_seconds()) for o in offsets], "label": f"period {pid}",
        "reasons": ["I deserve calm"], "ended_at": None if active else iso(end), "outcome": None if active else outcome,
        "events": events, "pauses": [], "deliveries": deliveries,
    }


def build(now: datetime, seed: int = 2024) -> dict:
    rng = random.Random(seed)
    periods: list[dict] = []
    ids = [0]
    moment = now - timedelta(days=365 * YEARS)
    active_start = now - 5 * DAY
    while True:
        length = timedelta(days=rng.choice([2, 3, 3, 4, 5, 7, 7, 10, 14, 21]))
        if moment + length + DAY >= active_start:
            break
        periods.append(period(rng, len(periods) + 1, moment, length, False, ids))
        moment += length + timedelta(days=rng.randint(0, 2), hours=rng.randint(0, 12))
    periods.append(period(rng, len(periods) + 1, active_start, 30 * DAY, True, ids))
    return {"format": "pacer-export", "version": 1, "exported_at": iso(now), "periods": periods, "settings": {}}


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__.splitlines()[0])
    home = Path(sys.argv[1])
    began = time.perf_counter()
    document = build(datetime.now(UTC).replace(microsecond=0))
    events = sum(len(p["events"]) for p in document["periods"])
    deliveries = sum(len(p["deliveries"]) for p in document["periods"])
    with tempfile.TemporaryDirectory() as scratch:
        export = Path(scratch) / "ten-years.json"
        export.write_text(json.dumps(document), encoding="utf-8")
        size = export.stat().st_size
        built = time.perf_counter()
        env = dict(os.environ, PACER_HOME=str(home), PACER_NO_AUTOSTART="1", PYTHONPATH=str(ROOT))
        subprocess.run([sys.executable, "-m", "pacer", "import", str(export), "--replace", "--yes"], env=env, check=True,
                       stdout=subprocess.DEVNULL)
    done = time.perf_counter()
    print(f"{len(document['periods'])} periods, {events} events, {deliveries} delivery records "
          f"({size / 1e6:.1f} MB of JSON): built in {built - began:.1f}s, `pacer import` took {done - built:.1f}s")


if __name__ == "__main__":
    main()
