"""Issue 17.18: a lot of data is read and written a piece at a time, and the person's words are capped and cached.

Memory is what Python holds at once (tracemalloc), which a busy machine does not blur; the figures for the
real 880,000-event case come from `python tests/bench/large_data.py` (README, Reliability).
"""

from __future__ import annotations

import json
import random
import tracemalloc
from datetime import UTC, datetime, timedelta

import pytest

from pacer.env import load_env
from pacer.period import new_period
from pacer.store import Store, to_db
from tests.cli_helpers import run

EVENTS = 100_000
START = datetime(2026, 1, 1, 12, tzinfo=UTC)


@pytest.fixture
def big_history(pacer_home):
    """One active year-long period with EVENTS urges and notes, written straight into the store."""
    env = load_env()
    rng = random.Random(5)
    with Store.open(env.paths) as store, store.transaction():
        period = store.add_period(new_period(mode="no-contact", length=timedelta(days=365), checkpoints=None,
                                             default_checkpoints=(), started_at=START))
        rows = [(n, period.id, "urge" if n % 3 else "note", to_db(START + timedelta(seconds=rng.randint(0, 300 * 86400))),
                 None if n % 2 else "a hard evening", json.dumps({"intensity": n % 5 + 1} if n % 3 else {}))
                for n in range(1, EVENTS + 1)]
        store.restore("events", rows)
    return env


def peak_mib(consume) -> float:
    tracemalloc.start()
    try:
        consume()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def test_export_is_streamed(big_history, tmp_path):
    from pacer.commands.transfer import export_json

    sizes = []
    mib = peak_mib(lambda: sizes.extend(len(piece) for piece in export_json(big_history)))
    assert sum(sizes) > 8 * 2**20  # the document is 8+ MiB ...
    assert mib < 3, f"{mib:.1f} MiB held at once"  # ... never held whole (it took 10x its size before)


def test_import_is_streamed_and_staged_outside_memory(big_history, tmp_path):
    from pacer.commands.import_stream import check_text
    from pacer.commands.transfer import export_json

    text = "".join(export_json(big_history))
    result = {}
    mib = peak_mib(lambda: result.update(restore=check_text(text)))
    assert result["restore"].events == EVENTS
    whole = peak_mib(lambda: json.loads(text))  # what parsing the file whole takes, before anything is checked
    # What remains is the set of ids seen (duplicates are refused): about 70 bytes an event.
    assert mib < whole / 5, f"{mib:.1f} MiB held at once; parsed whole: {whole:.0f} MiB"
    path = tmp_path / "export.json"
    path.write_text(text)
    assert run("import", str(path), "--replace", "--yes").exit_code == 0
    assert "".join(export_json(load_env())).split('"periods"')[1] == text.split('"periods"')[1]


def test_history_counts_without_reading_every_event_and_streams_its_json(big_history):
    from pacer.commands import history

    result = {}
    mib = peak_mib(lambda: result.update(h=history.history(big_history, limit=None)))
    [item] = result["h"].periods
    assert item.count("urge") + item.count("note") == EVENTS
    assert mib < 5, f"{mib:.1f} MiB"
    pieces = []
    mib = peak_mib(lambda: pieces.extend(len(p) for p in history.json_pieces(big_history, limit=None)))
    assert sum(pieces) > 5 * 2**20 and mib < 3, f"{mib:.1f} MiB"


# --- the person's own words: capped, and parsed once by the daemon ---------------------------------------


def test_words_files_past_the_caps_are_skipped_with_a_note(pacer_home):
    from pacer import limits

    content = pacer_home / "content"
    content.mkdir(parents=True)
    many = "".join(f'[[entry]]\nid = "mine-{n}"\ntext = "Breathe, {n}."\n' for n in range(limits.MAX_CONTENT_ENTRIES + 1))
    (content / "urge.toml").write_text(many)
    (content / "support.toml").write_text("# " + "x" * limits.MAX_CONTENT_BYTES + "\n")
    result = run("urge", "--no-check-in")
    assert result.exit_code == 0
    notes = sorted(result.stderr.splitlines())
    assert notes == [
        f"Note: {content / 'support.toml'}: larger than 1024 KiB; pacer reads words files up to that size; this file is skipped",
        f"Note: {content / 'urge.toml'}: has 2001 entries; pacer reads words files of up to 2000; this file is skipped",
    ]


def test_the_daemon_parses_the_words_again_only_when_a_file_changes(pacer_home, monkeypatch):
    from freezegun import freeze_time

    from pacer.words import library
    from tests.daemon_helpers import Harness, write_config

    write_config(pacer_home, '[reminders]\ntimes = []\nquiet_hours = []\n')
    (pacer_home / "content").mkdir()
    mine = pacer_home / "content" / "checkpoint.toml"
    mine.write_text('[[entry]]\nid = "my-checkpoint"\ntitle = "Checkpoint"\ntext = "Mine."\nstage = "early"\n')
    loads = []
    real = library.load_library
    monkeypatch.setattr(library, "load_library", lambda *a: loads.append(a) or real(*a))
    h = Harness()
    try:
        with freeze_time("2026-11-23 12:00:00") as frozen:
            assert run("start", "30d", "--checkpoints", ",".join(f"{n}h" for n in range(1, 9))).exit_code == 0
            for _ in range(4):
                frozen.tick(timedelta(hours=1, minutes=1))
                h.step()
            assert len(loads) == 1 and len(h.titles) == 4  # four checkpoints shown, the words parsed once
            mine.write_text(mine.read_text().replace("Mine.", "Mine, changed."))
            frozen.tick(timedelta(hours=1, minutes=1))
            h.step()
    finally:
        h.close()
    assert len(loads) == 2 and len(h.titles) == 5  # changed: parsed again, once
