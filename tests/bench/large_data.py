"""How pacer copes with a lot of data: an 880,000-event import, its export, history, status; a huge words file.

    python tests/bench/large_data.py [--events 880000] [--entries 1000000] [--pacer CHECKOUT]

Each command runs as its own process (as a person runs it); the figures are
its wall time and its peak resident memory (from wait4). The import file is
one active year-long period with `--events` notes and urges, written compact
(about 80 MiB for 880,000 events: under the 100 MiB import limit). The words
file is the person's own content/urge.toml with `--entries` entries: pacer
skips a file that large (with a note), so `pacer urge` stays quick; the
daemon keeps its parsed words until a file changes (tests/test_large_data.py).
"""

from __future__ import annotations

import argparse
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


def export_document(events: int, now: datetime) -> dict:
    rng = random.Random(17)
    start = now - timedelta(days=360)
    span = (now - start).total_seconds()
    moments = sorted(rng.randint(0, int(span)) for _ in range(events))
    items = []
    for n, offset in enumerate(moments, start=1):
        kind = "urge" if n % 3 else "note"
        items.append({"id": n, "kind": kind, "at": (start + timedelta(seconds=offset)).isoformat(),
                      "text": rng.choice([None, None, None, "a walk", "a hard evening", "saw their photo"]),
                      "data": {"intensity": n % 5 + 1, "check_in": False} if kind == "urge" else {}})
    return {"format": "pacer-export", "version": 1, "exported_at": now.isoformat(timespec="seconds"), "settings": {},
            "periods": [{"id": 1, "mode": "no-contact", "started_at": start.isoformat(), "length_s": 365 * 86400,
                         "checkpoints_s": [86400 * d for d in (3, 7, 14, 30, 90, 180)], "label": None,
                         "reasons": ["I deserve calm"], "ended_at": None, "outcome": None,
                         "events": items, "pauses": [], "deliveries": []}]}


def measure(env: dict[str, str], *args: str, stdout=subprocess.DEVNULL) -> tuple[float, float, int]:
    """(seconds, peak MiB, exit status) of one `python -m pacer ARGS` process."""
    began = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "pacer", *args], env=env, stdout=stdout,
                               stderr=subprocess.PIPE, cwd=os.path.dirname(env["PACER_HOME"]))  # not a checkout: PYTHONPATH decides
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - began
    process.returncode = os.waitstatus_to_exitcode(status)
    err = process.stderr.read().decode(errors="replace").strip()
    process.stderr.close()
    if process.returncode not in (0,):
        print(f"  ({' '.join(args)} exited {process.returncode}: {err[-200:]})")
    return seconds, usage.ru_maxrss / 1024, process.returncode


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=880_000)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--pacer", type=Path, default=ROOT, help="time the pacer in this checkout (e.g. an older one)")
    parser.add_argument("--write", help=argparse.SUPPRESS)
    parser.add_argument("--write-words", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.write_words:
        with open(options.write_words, "w") as handle:
            for n in range(options.entries):
                handle.write(f'[[entry]]\nid = "mine-{n}"\ntext = "Breathe out slowly, {n}."\n')
        return
    if options.write:
        document = export_document(options.events, datetime.now(UTC))
        Path(options.write).write_text(json.dumps(document, separators=(",", ":")))
        return
    with tempfile.TemporaryDirectory(prefix="pacer-large-") as tmp:
        home = Path(tmp) / "home"
        env = {**os.environ, "PACER_HOME": str(home), "PYTHONPATH": str(options.pacer), "PACER_NO_AUTOSTART": "1"}
        export = Path(tmp) / "export.json"
        # Written by another process: a child forked from one holding the document would count its memory.
        subprocess.run([sys.executable, __file__, "--write", str(export), "--events", str(options.events)], check=True)
        print(f"{options.events} events, {export.stat().st_size / 2**20:.0f} MiB import file")
        rows = [("import", measure(env, "import", str(export)))]
        if rows[0][1][2] != 0:
            raise SystemExit("the import failed; nothing else to measure")
        rows.append(("export --format json -o FILE", measure(env, "export", "--format", "json", "-o", str(Path(tmp) / "out.json"))))
        rows.append(("export --format json > /dev/null", measure(env, "export", "--format", "json")))
        rows.append(("history", measure(env, "history")))
        rows.append(("history --json > /dev/null", measure(env, "history", "--json")))
        rows.append(("status", measure(env, "status")))
        (home / "content").mkdir(exist_ok=True)
        words = home / "content" / "urge.toml"
        subprocess.run([sys.executable, __file__, "--write-words", str(words), "--entries", str(options.entries)], check=True)
        size = words.stat().st_size / 2**20
        rows.append((f"urge with a {options.entries}-entry words file ({size:.0f} MiB)", measure(env, "urge", "--no-check-in")))
        for label, (seconds, mib, code) in rows:
            print(f"  {label:<58} {seconds:6.2f} s  {mib:7.0f} MiB" + ("" if code == 0 else f"  (exit {code})"))


if __name__ == "__main__":
    main()
