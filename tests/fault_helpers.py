"""Shared by the fault suites (crash, concurrency, bad input): real `pacer` processes and what they leave behind."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.fakes import calls

ROOT = Path(__file__).resolve().parent.parent
# What must never reach the person at the terminal.
LEAKS = ("Traceback", "database is locked", "is busy", "unexpected problem", "sqlite3.")


def process_env(home: Path, bin_dir: Path | None = None, *, autostart: bool = False) -> dict[str, str]:
    """The environment of a real `python -m pacer`: this checkout, this PACER_HOME, no desktop session."""
    env = {k: v for k, v in os.environ.items() if k not in ("PACER_NO_AUTOSTART", "DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
    env.update(PACER_HOME=str(home), PYTHONPATH=str(ROOT))
    if bin_dir is not None:
        env["PATH"] = f"{bin_dir}:{os.environ['PATH']}"
    if not autostart:
        env["PACER_NO_AUTOSTART"] = "1"
    return env


def pacer_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "pacer", *args]


def run_pacer(env: dict[str, str], *args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run(pacer_argv(*args), env=env, capture_output=True, text=True, timeout=timeout)


def notifications(log: Path, phase: str = "begin") -> list[list[str]]:
    """The arguments of each call of a fake notify-send (tests/fakes.py) that reached `phase`."""
    return [call["argv"] for call in calls(log, phase)]


def history(env: dict[str, str]) -> list[dict]:
    """Every event of every period, through `pacer history --json --all`."""
    result = run_pacer(env, "history", "--json", "--all")
    assert result.returncode == 0 and not result.stderr, result.stderr
    return [event for period in json.loads(result.stdout)["periods"] for event in period["events"]]


def integrity(db: Path) -> str:
    """PRAGMA integrity_check through sqlite3 itself, not through pacer."""
    connection = sqlite3.connect(db)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchall()
        problems = connection.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        connection.close()
    text = "; ".join(row[0] for row in result)
    return text if not problems else f"{text}; foreign keys: {problems}"


def query(db: Path, sql: str, *params) -> list[tuple]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def tree_digest(root: Path, *, ignore: tuple[str, ...] = ()) -> dict[str, str]:
    """Every file and directory under `root` -> its sha256 (or "dir"): what "byte-for-byte unchanged" compares."""
    found: dict[str, str] = {}
    if not root.exists():
        return found
    if root.is_file():
        return {".": hashlib.sha256(root.read_bytes()).hexdigest()}
    for path in sorted(root.rglob("*")):
        name = str(path.relative_to(root))
        if path.name in ignore:
            continue
        if path.is_dir():
            found[name] = "dir"
        else:
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def leaks(text: str) -> list[str]:
    return [leak for leak in LEAKS if leak in text]
