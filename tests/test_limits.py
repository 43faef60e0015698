"""One set of limits (pacer.limits), the same at every entrance (issue 17.10).

`start` accepted more than 100 checkpoints and 50 reasons that `import`
refused, so a state pacer itself recorded could not be brought back; and
checkpoints.* settings had no limit at all. A seeded generator of periods
(hypothesis is not installed) checks the property: whatever is valid is
accepted by `start`'s rules and by `import`, and exports and imports back
identically.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from pacer import limits
from pacer.commands.import_check import DELIVERY_STATUSES, EVENT_KINDS, REMINDER_KINDS, VERSION, check
from pacer.domain import MODE_SITUATIONS, MODES, OUTCOMES
from pacer.period import new_period
from tests.cli_helpers import run

ZONE = ZoneInfo("Europe/Berlin")  # the tests' TZ: export writes local times in it
EXPORTED_AT = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
ALPHABET = "abcdefghij klmnop ÄÖÜ éè ש ع 🙂 —,.!?\n\t"


def local(moment: datetime) -> str:
    return moment.astimezone(ZONE).isoformat()


def words(rng: random.Random, most: int) -> str:
    size = rng.choice([1, 2, 10, 80, most])
    text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, max(1, size)))).strip()
    return text or "x"


def generated_state(seed: int) -> dict:
    """A valid pacer-export document: 1-4 periods, at most one active, values up to every limit."""
    rng = random.Random(seed)
    periods = []
    event_id = 0
    begin = EXPORTED_AT - timedelta(days=rng.randint(400, 1500))
    count = rng.randint(1, 4)
    for number in range(1, count + 1):
        length = rng.choice([1, 60, 3600, rng.randint(1, int(limits.MAX_LENGTH.total_seconds())),
                             int(limits.MAX_LENGTH.total_seconds())])
        started = begin + timedelta(seconds=rng.randint(0, 10**6), microseconds=rng.randint(0, 999_999))
        started = min(started, EXPORTED_AT - timedelta(seconds=1))
        active = number == count and rng.random() < 0.5
        ended = None if active else min(started + timedelta(seconds=rng.randint(0, length * 2)), EXPORTED_AT)
        last = ended or EXPORTED_AT
        n_checkpoints = rng.choice([0, 1, 3, min(length, limits.MAX_CHECKPOINTS)])
        checkpoints = sorted(rng.sample(range(1, length + 1), min(n_checkpoints, length)))
        reasons = [words(rng, limits.MAX_TEXT) for _ in range(rng.choice([0, 1, 3, limits.MAX_REASONS]))]

        def moment(started: datetime = started, last: datetime = last) -> datetime:
            span = max(0.0, (last - started).total_seconds())
            return started + timedelta(seconds=rng.uniform(0, span))

        events = []
        for _ in range(rng.randint(0, 12)):
            event_id += rng.randint(1, 3)
            kind = rng.choice(EVENT_KINDS)
            data = {"urge": {"intensity": rng.choice([None, 1, 5]), "check_in": rng.random() < 0.5},
                    "decision": {"choice": rng.choice(["wait", "move-on"]), "stage": "early"},
                    "reach-out": {"anyway": False, "stage": "final"},
                    "heard-back": {"end": rng.random() < 0.5}}.get(kind, {})
            text = None if rng.random() < 0.3 else words(rng, limits.MAX_EVENT_TEXT)
            events.append({"id": event_id, "kind": kind, "at": local(moment()), "text": text, "data": data})
        pauses = []
        for _ in range(rng.randint(0, 2)):
            ends = started + timedelta(seconds=length)
            start = started + timedelta(seconds=rng.uniform(0, max(0.0, (min(last, ends) - started).total_seconds())))
            end = start + timedelta(seconds=rng.uniform(0, (ends - start).total_seconds()))  # paused while it ran
            pauses.append({"start_at": local(start), "end_at": local(end)})
        deliveries = []
        for n in range(rng.randint(0, 6)):
            due = moment()
            deliveries.append({
                "key": f"{number}:{rng.choice(REMINDER_KINDS)}:{n}", "kind": rng.choice(REMINDER_KINDS),
                "due_at": local(due), "attempted_at": local(due), "status": rng.choice(DELIVERY_STATUSES),
                "attempts": rng.randint(1, 5), "title": rng.choice([None, "Checkpoint"]),
                "error": rng.choice([None, "notify-send failed: no notification server"]),
            })
        for item in deliveries:  # the ledger's kind follows its key, as the daemon writes it
            item["kind"] = item["key"].split(":")[1]
        deliveries.sort(key=lambda d: (datetime.fromisoformat(d["due_at"]).astimezone(UTC), d["key"]))
        mode = rng.choice(MODES)
        periods.append({
            "id": number, "mode": mode, "situation": rng.choice([None, *MODE_SITUATIONS[mode]]),
            "started_at": local(started), "length_s": length,
            "checkpoints_s": checkpoints, "label": rng.choice([None, words(rng, limits.MAX_TEXT)]), "reasons": reasons,
            "ended_at": local(ended) if ended else None, "outcome": rng.choice(OUTCOMES) if ended else None,
            "events": events, "pauses": pauses, "deliveries": deliveries,
        })
        begin = (ended or started) + timedelta(seconds=1)
    settings = rng.choice([{}, {"reminders.times": ["09:00", "21:00"]}, {"reminders.discreet": False,
                           "checkpoints.wait": [f"{n}h" for n in range(1, limits.MAX_CHECKPOINTS + 1)]}])
    return {"format": "pacer-export", "version": VERSION, "exported_at": local(EXPORTED_AT), "periods": periods,
            "settings": settings}


def start_accepts(period: dict) -> None:
    """`start`'s rules (pacer.period.new_period) accept the same period."""
    new_period(
        mode=period["mode"], length=timedelta(seconds=period["length_s"]),
        checkpoints=[timedelta(seconds=s) for s in period["checkpoints_s"]], default_checkpoints=(),
        started_at=datetime.fromisoformat(period["started_at"]), label=period["label"], reasons=tuple(period["reasons"]),
        situation=period["situation"],
    )


@pytest.mark.parametrize("seed", range(16))
def test_valid_states_are_accepted_everywhere_and_export_and_import_back_identically(seed, tmp_path, pacer_home):
    document = generated_state(seed)
    check(document)  # import's rules
    for period in document["periods"]:
        start_accepts(period)
    path = tmp_path / "state.json"
    path.write_text(json.dumps(document, ensure_ascii=False))
    imported = run("import", str(path))
    assert imported.exit_code == 0, imported.output
    exported = json.loads(run("export", "--format", "json").stdout)
    exported.pop("exported_at"), document.pop("exported_at")
    assert exported == document
    again = tmp_path / "again.json"
    assert run("export", "--format", "json", "-o", str(again)).exit_code == 0
    assert run("import", str(again), "--replace", "--yes").exit_code == 0
    # Re-saved by a tool that sorts keys: not pacer's own order, read whole instead of streamed; the same data.
    document["exported_at"] = local(EXPORTED_AT)
    path.write_text(json.dumps(document, sort_keys=True, indent=seed % 3 or None))
    assert run("import", str(path), "--replace", "--yes").exit_code == 0
    exported = json.loads(run("export", "--format", "json").stdout)
    exported.pop("exported_at"), document.pop("exported_at")
    assert exported == document


def test_at_the_limits_start_and_import_agree_and_one_more_is_refused_by_both(tmp_path, pacer_home):
    many = ",".join(f"{n}m" for n in range(1, limits.MAX_CHECKPOINTS + 1))
    reasons = [arg for n in range(limits.MAX_REASONS) for arg in ("--reason", f"reason {n}")]
    started = run("start", "7d", "--checkpoints", many, *reasons, "--label", "x" * limits.MAX_TEXT)
    assert started.exit_code == 0, started.output
    export = tmp_path / "export.json"
    assert run("export", "--format", "json", "-o", str(export)).exit_code == 0
    assert run("import", str(export), "--replace", "--yes").exit_code == 0  # what start recorded comes back

    assert run("stop", "--yes").exit_code == 0
    too_many = run("start", "7d", "--checkpoints", many + ",7d")
    assert too_many.exit_code == 2
    assert "101 checkpoints is more than pacer keeps (at most 100)" in too_many.stderr
    too_many = run("start", "7d", *reasons, "--reason", "one more")
    assert too_many.exit_code == 2 and "51 reasons is more than pacer keeps (at most 50)" in too_many.stderr

    document = json.loads(export.read_text())
    document["periods"][0]["checkpoints_s"].append(7 * 86400)
    export.write_text(json.dumps(document))
    refused = run("import", str(export), "--replace", "--yes")
    assert refused.exit_code == 1 and "checkpoints_s: more than 100 entries" in refused.stderr
    document["periods"][0]["checkpoints_s"].pop()
    document["periods"][0]["reasons"].append("one more")
    export.write_text(json.dumps(document))
    refused = run("import", str(export), "--replace", "--yes")
    assert refused.exit_code == 1 and "reasons: more than 50 entries" in refused.stderr


def test_checkpoint_settings_have_the_same_limit(pacer_home):
    hours = [f"{n}h" for n in range(1, limits.MAX_CHECKPOINTS + 2)]
    result = run("config", "set", "checkpoints.no_contact", json.dumps(hours))
    assert result.exit_code == 1 and "at most 100 distinct durations" in result.stderr
    assert run("config", "set", "checkpoints.no_contact", json.dumps(hours[:-1])).exit_code == 0
