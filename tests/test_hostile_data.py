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
from tests.fault_helpers import leaks, pacer_argv, process_env, tree_digest


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


# --- 11 and 19. a full disk: all of an import or nothing, and said plainly --------------------------


def export_with_events(count: int, settings: dict) -> dict:
    events = [{"id": n, "kind": "note", "at": f"2026-11-{10 + n % 10:02d}T12:00:00+01:00", "text": f"note {n} " + "z" * 200,
               "data": {}} for n in range(1, count + 1)]
    return {"format": "pacer-export", "version": 1, "exported_at": "2026-11-23T12:00:00+01:00", "settings": settings,
            "periods": [{"id": 1, "mode": "no-contact", "started_at": "2026-11-09T12:00:00+01:00", "length_s": 30 * 86400,
                         "checkpoints_s": [], "label": None, "reasons": [], "ended_at": None, "outcome": None,
                         "events": events, "pauses": [], "deliveries": []}]}


def test_an_import_that_fails_on_a_full_disk_changes_neither_the_database_nor_config(tmp_path, pacer_home):
    from tests.hostile_helpers import fill, in_namespace

    lived_in(pacer_home)
    config_before = (pacer_home / "config.toml").read_bytes()
    data_before = run("export", "--format", "json").stdout
    export = tmp_path / "export.json"
    export.write_text(json.dumps(export_with_events(3000, {"reminders.times": ["07:00"], "reminders.discreet": False})))
    tmp = tmp_path / "tmpfs"
    after = tmp_path / "after"
    tmp.mkdir(), after.mkdir()
    env = process_env(tmp)
    script = (
        f'mount -t tmpfs -o size=4m tmpfs "{tmp}"\ncp -a "{pacer_home}/." "{tmp}/"\n'
        + fill(str(tmp), 96 * 1024)
        + f'python -m pacer import "{export}" --replace --yes >"{tmp_path}/out" 2>"{tmp_path}/err" || echo $? >"{tmp_path}/rc"\n'
        + f'rm "{tmp}/filler"\ncp -a "{tmp}/." "{after}/"\n'
    )
    done = in_namespace(script, env)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "rc").read_text().strip() == "1"
    err = (tmp_path / "err").read_text()
    assert err.startswith("Error: ") and "the disk is full" in err and "nothing was imported" in err, err
    assert len(err.splitlines()) == 1 and not leaks(err)
    assert (after / "config.toml").read_bytes() == config_before
    assert not [p.name for p in after.iterdir() if p.name.endswith(".tmp")]
    result = subprocess.run(pacer_argv("export", "--format", "json"), env=process_env(after), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["periods"] == json.loads(data_before)["periods"]


@pytest.mark.parametrize("args", [("note", "on a full disk"), ("status",), ("history",)], ids=lambda a: a[0])
def test_out_of_space_for_the_wal_says_the_disk_is_full(args, tmp_path, pacer_home):
    from tests.hostile_helpers import fill, in_namespace

    lived_in(pacer_home)
    run("status")  # settles the cache, so that nothing but SQLite needs space below
    tmp = tmp_path / "tmpfs"
    tmp.mkdir()
    argv = " ".join(f'"{a}"' for a in args)
    script = (
        f'mount -t tmpfs -o size=1m tmpfs "{tmp}"\ncp -a "{pacer_home}/." "{tmp}/"\n'
        + fill(str(tmp), 0)
        + f'python -m pacer {argv} >"{tmp_path}/out" 2>"{tmp_path}/err" || echo $? >"{tmp_path}/rc"\n'
    )
    done = in_namespace(script, process_env(tmp))
    assert done.returncode == 0, done.stderr
    err = (tmp_path / "err").read_text()
    if args[0] == "note":
        assert (tmp_path / "rc").read_text().strip() == "1"
        assert err == f"Error: {tmp / 'pacer.db'}: the disk is full (no space left on device); free some space and try again\n"
    else:  # reading needs no space (issue 17.14): it just works
        assert err == "" and not (tmp_path / "rc").exists(), err


# --- 12. import reads a regular file, and at most the size limit -------------------------------------


def run_process(home: Path, *args: str, timeout: float = 20) -> subprocess.CompletedProcess:
    return subprocess.run(pacer_argv(*args), env=process_env(home), capture_output=True, text=True, timeout=timeout)


def test_import_of_dev_zero_is_refused_at_once(pacer_home):
    result = run_process(pacer_home, "import", "/dev/zero")  # used to read without end
    assert result.returncode == 1
    assert result.stderr == ("Error: /dev/zero: not a regular file (a pipe, a device or a socket); save the export "
                             "to a file and import that\n")


def test_import_of_a_fifo_is_refused_without_waiting_for_a_writer(pacer_home, tmp_path):
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    result = run_process(pacer_home, "import", str(fifo), timeout=10)  # used to hang
    assert result.returncode == 1 and "not a regular file" in result.stderr


def test_import_never_reads_past_the_limit_whatever_the_size_says(pacer_home, tmp_path, monkeypatch):
    from pacer.commands import import_stream

    monkeypatch.setattr(import_stream, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "export.json"
    big.write_bytes(b" " * 1001)
    result = run("import", str(big))
    assert result.exit_code == 1 and "too large for a pacer export (more than 1000 bytes)" in result.stderr


@pytest.mark.parametrize("name", ["config.toml", ".config.cache"])
def test_a_fifo_where_pacer_reads_its_settings_never_hangs_a_command(name, pacer_home):
    lived_in(pacer_home)
    (pacer_home / name).unlink()
    os.mkfifo(pacer_home / name)
    result = run_process(pacer_home, "status", timeout=10)
    if name == "config.toml":
        assert result.returncode == 1
        assert result.stderr == (f"Error: {pacer_home / name}: not a regular file (a pipe, a device or a socket); "
                                 "pacer's settings are a TOML file\n")
    else:  # a cache that is not a file is simply not used
        assert result.returncode == 0, result.stderr


# --- 19. an export saved with a byte order mark --------------------------------------------------------


def test_an_export_and_a_config_saved_with_a_bom_are_accepted(pacer_home, tmp_path):
    lived_in(pacer_home)
    exported = run("export", "--format", "json").stdout
    path = tmp_path / "export.json"
    path.write_bytes(b"\xef\xbb\xbf" + exported.encode())  # what Notepad's "UTF-8 with BOM" writes
    result = run("import", str(path), "--replace", "--yes")
    assert result.exit_code == 0, result.output
    (pacer_home / "config.toml").write_bytes(b"\xef\xbb\xbf" + (pacer_home / "config.toml").read_bytes())
    (pacer_home / "content" / "urge.toml").write_bytes(b"\xef\xbb\xbf" + (pacer_home / "content" / "urge.toml").read_bytes())
    status = run("status")
    assert status.exit_code == 0, status.output
    urge = run("urge", "--no-check-in")
    assert urge.exit_code == 0 and urge.stderr == "", urge.stderr


# --- 13. export -o: what is not a regular file is written in place, never replaced ---------------------


def test_export_to_a_link_to_stdout_writes_there_and_keeps_the_link(pacer_home, tmp_path):
    lived_in(pacer_home)
    link = tmp_path / "out"
    link.symlink_to("/dev/stdout")
    result = run_process(pacer_home, "export", "--format", "json", "-o", str(link))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["format"] == "pacer-export"
    assert link.is_symlink() and os.readlink(link) == "/dev/stdout"
    assert result.stderr == f"Wrote {link}.\n"  # not "only you can read it": it went where the link leads


def test_export_to_a_fifo_writes_into_it(pacer_home, tmp_path):
    import threading

    lived_in(pacer_home)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run_process(pacer_home, "export", "--format", "json", "-o", str(fifo))
    reader.join(10)
    assert result.returncode == 0, result.stderr
    assert json.loads(received[0])["format"] == "pacer-export"
    assert fifo.is_fifo()


def test_export_through_a_link_writes_its_target_and_a_device_in_place(pacer_home, tmp_path):
    lived_in(pacer_home)
    target = tmp_path / "backups" / "pacer.json"
    target.parent.mkdir()
    target.write_text("old\n")
    link = tmp_path / "latest.json"
    link.symlink_to(target)
    assert run("export", "--format", "json", "-o", str(link)).exit_code == 0
    assert link.is_symlink() and json.loads(target.read_text())["format"] == "pacer-export"
    null = tmp_path / "null"
    null.symlink_to(os.devnull)
    assert run("export", "--format", "ics", "-o", str(null)).exit_code == 0
    assert null.is_symlink() and Path(os.devnull).is_char_device()
    dash = run("export", "--format", "json", "-o", "-")
    assert dash.exit_code == 0 and json.loads(dash.stdout)["format"] == "pacer-export"


# --- 14 and 20. read-only folders and files ------------------------------------------------------------

READERS = [("status",), ("status", "--json"), ("history",), ("export", "--format", "json"), ("export", "--format", "ics")]


def test_reading_commands_work_on_a_read_only_mount_and_change_nothing(tmp_path, pacer_home):
    from tests.hostile_helpers import in_namespace

    lived_in(pacer_home)
    expected = [run(*args).stdout for args in READERS]
    before = tree_digest(pacer_home)
    lines = [f'mount --bind -o ro "{pacer_home}" "{pacer_home}"']
    for n, args in enumerate(READERS):
        argv = " ".join(f'"{a}"' for a in args)
        lines.append(f'python -m pacer {argv} >"{tmp_path}/out{n}" 2>"{tmp_path}/err{n}" || echo $? >"{tmp_path}/rc{n}"')
    done = in_namespace("\n".join(lines), process_env(pacer_home))
    assert done.returncode == 0, done.stderr
    for n, args in enumerate(READERS):
        assert (tmp_path / f"err{n}").read_text() == "" and not (tmp_path / f"rc{n}").exists(), args
        out = (tmp_path / f"out{n}").read_text()
        if args[0] == "export" and args[-1] == "json":
            out, wanted = json.loads(out), json.loads(expected[n])
            out.pop("exported_at"), wanted.pop("exported_at")
        elif args[0] == "export":  # an iCalendar stamp is "now"
            out, wanted = [line for line in out.splitlines() if not line.startswith("DTSTAMP")], [
                line for line in expected[n].splitlines() if not line.startswith("DTSTAMP")]
        else:
            wanted = expected[n]
        assert out == wanted, args
    assert tree_digest(pacer_home) == before


def as_ordinary_owner(home: Path, *args: str) -> subprocess.CompletedProcess:
    from tests.hostile_helpers import need_ordinary_owner

    return subprocess.run([*need_ordinary_owner(), *pacer_argv(*args)], env=process_env(home), capture_output=True,
                          text=True, timeout=30)


def test_a_data_dir_the_person_made_read_only_stays_so_and_reading_still_works(pacer_home):
    lived_in(pacer_home)
    pacer_home.chmod(0o500)
    try:
        status = as_ordinary_owner(pacer_home, "status")
        assert status.returncode == 0 and status.stderr == "", status.stderr
        assert "No contact · day 1 of 14" in status.stdout
        assert as_ordinary_owner(pacer_home, "history").returncode == 0
        note = as_ordinary_owner(pacer_home, "note", "hello")
        assert note.returncode == 1
        assert note.stderr == (f"Error: cannot write {pacer_home / 'pacer.db'}: the folder {pacer_home} is read-only "
                               f"(its permissions do not let pacer write there); `chmod u+rwx {pacer_home}` allows it again\n")
        assert pacer_home.stat().st_mode & 0o777 == 0o500  # used to be chmodded back to 0700, silently
    finally:
        pacer_home.chmod(0o700)


def test_a_read_only_database_file_is_said_to_be_read_only(pacer_home):
    lived_in(pacer_home)
    db = pacer_home / "pacer.db"
    db.chmod(0o400)
    note = as_ordinary_owner(pacer_home, "note", "hello")
    assert note.returncode == 1
    assert note.stderr == (f"Error: {db} is read-only (its permissions do not let pacer write it); "
                           f"`chmod u+rw {db}` allows it again\n")
    status = as_ordinary_owner(pacer_home, "status")
    assert status.returncode == 0 and status.stderr == "", status.stderr
    assert db.stat().st_mode & 0o777 == 0o400


def test_permissions_are_only_ever_tightened(pacer_home):
    lived_in(pacer_home)
    (pacer_home / "logs").chmod(0o755)
    (pacer_home / "pacer.db").chmod(0o644)
    pacer_home.chmod(0o750)
    assert run("note", "tighten").exit_code == 0
    assert pacer_home.stat().st_mode & 0o777 == 0o700
    assert (pacer_home / "logs").stat().st_mode & 0o777 == 0o700
    assert (pacer_home / "pacer.db").stat().st_mode & 0o777 == 0o600
    (pacer_home / "logs").chmod(0o500)  # restricted further by the person: left so
    (pacer_home / "pacer.db").chmod(0o400)  # (root may still write it)
    assert run("note", "again").exit_code == 0
    assert (pacer_home / "logs").stat().st_mode & 0o777 == 0o500
    assert (pacer_home / "pacer.db").stat().st_mode & 0o777 == 0o400
    (pacer_home / "logs").chmod(0o700)


# --- 15. a closed pipe: every command quiet and complete -----------------------------------------------


def into_a_closed_pipe(env: dict, *args: str) -> subprocess.CompletedProcess:
    """Run pacer with its standard output a pipe nobody reads any more (`pacer ... | head -0`)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(pacer_argv(*args), env=env, stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=30)
    finally:
        os.close(write_end)


def test_every_command_finishes_its_work_quietly_into_a_closed_pipe(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text("[reminders]\ntimes = []\nquiet_hours = []\n")
    env = process_env(home, autostart=True)
    try:
        started = into_a_closed_pipe(env, "start", "14d", "--reason", "I deserve calm")
        assert (started.returncode, started.stderr) == (1, "")
        assert run_process(home, "daemon", "status").returncode == 0, "start did not start the daemon"
        for args in (("note", "one"), ("urge", "--no-check-in", "--note", "two"), ("checkpoint", "--choice", "wait"),
                     ("slipped", "--note", "three"), ("history",), ("history", "--json"), ("status",),
                     ("export", "--format", "json"), ("config", "get"), ("stop", "--yes")):
            result = into_a_closed_pipe(env, *args)
            assert (result.returncode, result.stderr) == (1, ""), (args, result.stderr)
    finally:
        run_process(home, "daemon", "stop")
    history = json.loads(run_process(home, "history", "--json").stdout)["periods"][0]
    assert [e["kind"] for e in history["events"]] == ["note", "urge", "decision", "slip"]
    assert history["outcome"] == "other"  # stopped before its end


# --- 17. crafted imports: values outside their period, or outside sane ranges -------------------------

CRAFTED = [
    ("a pause from 1970 to 2200", lambda p: p["pauses"].append(
        {"start_at": "1970-01-01T00:00:00+00:00", "end_at": "2200-01-01T00:00:00+00:00"}),
     "periods[0].pauses[0].start_at: 1970-01-01T00:00:00+00:00 is before the period's started_at"),
    ("a pause past the end", lambda p: p["pauses"].append(
        {"start_at": p["started_at"], "end_at": "2200-01-01T00:00:00+00:00"}),
     "periods[0].pauses[0].end_at: 2200-01-01T00:00:00+00:00 is after its end (started_at + length_s)"),
    ("an urge before the start", lambda p: p["events"].append(
        {"id": 99, "kind": "urge", "at": "2020-01-01T00:00:00+00:00", "text": None, "data": {}}),
     "periods[0].events[2].at: 2020-01-01T00:00:00+00:00 is before the period's started_at"),
    ("a note after the export", lambda p: p["events"].append(
        {"id": 99, "kind": "note", "at": "2100-01-01T00:00:00+00:00", "text": "from the future", "data": {}}),
     "periods[0].events[2].at: 2100-01-01T00:00:00+00:00 is after exported_at"),
    ("a delivery long before", lambda p: p["deliveries"].append(
        {"key": "1:daily:x", "kind": "daily", "due_at": "1999-01-01T10:00:00+00:00",
         "attempted_at": "1999-01-01T10:00:00+00:00", "status": "shown", "attempts": 1, "title": None, "error": None}),
     "periods[0].deliveries[0].due_at: 1999-01-01T10:00:00+00:00 is before the period's started_at"),
    ("a start after the export", lambda p: p.update(started_at="2199-01-01T00:00:00+00:00"),
     "periods[0].started_at: 2199-01-01T00:00:00+00:00 is after exported_at"),
]


@pytest.mark.parametrize("change, says", [(c[1], c[2]) for c in CRAFTED], ids=[c[0] for c in CRAFTED])
def test_a_crafted_import_is_refused_and_changes_nothing(change, says, pacer_home, tmp_path):
    lived_in(pacer_home)
    assert run("urge", "--no-check-in").exit_code == 0
    document = json.loads(run("export", "--format", "json").stdout)
    change(document["periods"][0])
    path = tmp_path / "crafted.json"
    path.write_text(json.dumps(document))
    before = tree_digest(pacer_home)
    result = run("import", str(path), "--replace", "--yes")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {path} is not a usable pacer export: {says}\n"
    assert tree_digest(pacer_home) == before


def test_an_export_from_the_future_is_refused(pacer_home, tmp_path):
    lived_in(pacer_home)
    document = json.loads(run("export", "--format", "json").stdout)
    document["exported_at"] = "2199-01-01T00:00:00+00:00"
    path = tmp_path / "future.json"
    path.write_text(json.dumps(document))
    result = run("import", str(path), "--replace", "--yes")
    assert result.exit_code == 1 and "exported_at: 2199-01-01T00:00:00+00:00 is in the future" in result.stderr


def test_a_safety_plan_that_is_a_fifo_is_reported_not_waited_on(pacer_home):
    """The same as config.toml (issue 17.12), for the person's own safety plan."""
    from pacer.paths import resolve
    from pacer.safety_plan import load

    pacer_home.mkdir()
    os.mkfifo(resolve().safety_plan)
    plan, problem = load(resolve().safety_plan)
    assert plan.items == {} and problem.endswith("could not be read: not a regular file (a pipe, a device or a socket)")
