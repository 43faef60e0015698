"""Issue 17, data: ways a hostile or unlucky environment lost someone's data, or wrote where it should not.

Each test was seen failing before its fix.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.cli_helpers import run
from tests.fault_helpers import ROOT, leaks, pacer_argv, process_env, tree_digest


def lived_in(home: Path) -> None:
    """An active period with a note, the person's own settings and words, and the logs a daemon leaves."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text('[reminders]\ntimes = ["09:00"]\nquiet_hours = []\n')
    assert run("start", "14d", "--reason", "I deserve calm").exit_code == 0
    assert run("note", "a first note").exit_code == 0
    (home / "logs").mkdir(exist_ok=True)
    for name in ("daemon.log", "daemon.log.1", "daemon.log.2", "daemon-start.log"):
        (home / "logs" / name).write_text("shown 1:daily:...\n")
    (home / "content").mkdir(exist_ok=True)
    (home / "content" / "urge.toml").write_text('[[entry]]\nid = "mine"\ntext = "My own words."\n')


# --- 8. forget removes only what pacer wrote --------------------------------------------------------


def test_forget_all_removes_pacers_files_by_name_and_nothing_of_the_persons(pacer_home):
    lived_in(pacer_home)
    theirs = {
        "logs/my-notes.txt": "kept in pacer's log folder, but mine\n",
        "content/drafts/letter.toml": "# a draft I keep with my words\n",
        "content/notes.txt": "ideas for more words\n",
        "photos/us.jpg": "\xff\xd8 a photo\n",
        "backup.json": "{}\n",
    }
    for name, text in theirs.items():
        (pacer_home / name).parent.mkdir(parents=True, exist_ok=True)
        (pacer_home / name).write_text(text)
    result = run("forget", "--all", "--yes")
    assert result.exit_code == 0, result.output
    left = sorted(str(p.relative_to(pacer_home)) for p in pacer_home.rglob("*") if p.is_file())
    assert left == sorted(theirs)
    assert all((pacer_home / name).read_text() == text for name, text in theirs.items())


def test_forget_never_follows_a_linked_log_folder_or_a_linked_file(pacer_home, tmp_path):
    lived_in(pacer_home)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for name in ("daemon.log", "thesis.tex", "daemon-start.log"):
        (elsewhere / name).write_text(f"{name}: not pacer's\n")
    shutil.rmtree(pacer_home / "logs")
    (pacer_home / "logs").symlink_to(elsewhere)
    precious = tmp_path / "precious.txt"
    precious.write_text("mine\n")
    (pacer_home / "autostart-offered").symlink_to(precious)
    before = tree_digest(elsewhere)
    result = run("forget", "--yes")
    assert result.exit_code == 0, result.output
    assert tree_digest(elsewhere) == before
    assert precious.read_text() == "mine\n" and not (pacer_home / "autostart-offered").is_symlink()
    assert (pacer_home / "logs").is_symlink() and not (pacer_home / "pacer.db").exists()


# --- 9. symbolic links in pacer's folders are never written through ---------------------------------

LINKED = ["logs/daemon-start.log", "logs/daemon.log", "daemon.lock", ".config.cache.tmp", "pacer.db-wal", "pacer.db-shm"]


@pytest.mark.parametrize("name", LINKED)
def test_a_link_in_place_of_one_of_pacers_files_is_never_written_through(name, tmp_path):
    home = tmp_path / "home"
    env = process_env(home, autostart=True)
    (home / "logs").mkdir(parents=True)
    (home / "config.toml").write_text("[reminders]\ntimes = []\nquiet_hours = []\n")
    target = tmp_path / "precious.txt"
    target.write_text("someone's precious file\n")
    target.chmod(0o644)
    (home / name).symlink_to(target)
    try:
        outcomes = [subprocess.run(pacer_argv(*args), env=env, capture_output=True, text=True, timeout=30)
                    for args in (("start", "14d"), ("status",), ("note", "hello"), ("daemon", "start"))]
    finally:
        subprocess.run(pacer_argv("daemon", "stop"), env=env, capture_output=True, timeout=30)
    assert target.read_text() == "someone's precious file\n" and target.stat().st_mode & 0o777 == 0o644
    assert (home / name).is_symlink()
    said = "\n".join(o.stdout + o.stderr for o in outcomes)
    if name != ".config.cache.tmp":  # the settings cache is best effort: without it pacer is a little slower
        assert f"{home / name} is a symbolic link" in said, said
    assert not leaks(said)


def test_a_linked_database_is_refused_and_the_other_database_gets_no_tables(tmp_path, pacer_home):
    other = tmp_path / "other.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    before = other.read_bytes()
    pacer_home.mkdir()
    (pacer_home / "pacer.db").symlink_to(other)
    for args in (("start", "14d"), ("note", "hi"), ("status",), ("export", "--format", "json")):
        result = run(*args)
        assert result.exit_code == 1, (args, result.output)
        assert result.stderr == (f"Error: {pacer_home / 'pacer.db'} is a symbolic link; pacer keeps its database as a "
                                 "plain file and never writes through a link: move the link aside\n")
    assert other.read_bytes() == before


def test_a_linked_log_folder_is_used_but_never_chmodded(tmp_path, pacer_home):
    shared = tmp_path / "shared-logs"
    shared.mkdir()
    shared.chmod(0o755)
    pacer_home.mkdir()
    (pacer_home / "logs").symlink_to(shared)
    assert run("start", "14d").exit_code == 0
    assert shared.stat().st_mode & 0o777 == 0o755
