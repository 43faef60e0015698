"""pacer.launch: plain `pacer status` forms answered without click, exactly as the click command answers them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from freezegun import freeze_time

from pacer import launch
from pacer.cli.status_report import FORMATS, quick_format
from tests.cli_helpers import run

ROOT = Path(__file__).resolve().parent.parent
START = "2026-11-23 18:00:00"


def pacer(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("NO_COLOR", None)
    return subprocess.run([sys.executable, "-m", "pacer", *args], env=env, capture_output=True, text=True, timeout=30, **kwargs)


@pytest.mark.parametrize("args, expected", [
    (["status"], "text"),
    (["status", "--json"], "json"),
    (["status", "--format", "waybar"], "waybar"),
    (["status", "--format=short"], "short"),
    (["status", "--format", "json"], "json"),
    # everything else is click's to parse, explain or refuse
    ([], None),
    (["start"], None),
    (["stats"], None),
    (["status", "--help"], None),
    (["status", "-h"], None),
    (["status", "--format"], None),
    (["status", "--format", "xml"], None),
    (["status", "--format=xml"], None),
    (["status", "--json", "--format", "short"], None),
    (["status", "--json", "--json"], None),
    (["status", "extra"], None),
    (["--version", "status"], None),
    (["status", "--format", "--json"], None),
])
def test_quick_format_takes_only_the_plain_forms(args, expected):
    assert quick_format(args) == expected


def _setup_a_full_period() -> None:
    with freeze_time(START):
        assert run("start", "14d", "--mode", "no-contact", "--label", "Sam", "--reason", "calm").exit_code == 0
    with freeze_time("2026-11-25 09:00:00"):
        assert run("urge", "--intensity", "4").exit_code == 0
        assert run("slipped", "--note", "sent a meme").exit_code == 0
        assert run("pause", "2h").exit_code == 0


@pytest.mark.parametrize("args", [
    ["status"], ["status", "--json"], ["status", "--format", "waybar"], ["status", "--format=short"],
])
@pytest.mark.parametrize("with_period", [False, True], ids=["no-period", "period"])
def test_quick_path_prints_what_the_click_command_prints(args, with_period, monkeypatch, capsys):
    if with_period:
        _setup_a_full_period()
    with freeze_time("2026-11-25 10:00:00"):
        through_click = run(*args)
        monkeypatch.setattr(sys, "argv", ["pacer", *args])
        monkeypatch.setattr("pacer.cli.app.main", lambda: pytest.fail("the quick path handed over to click"))
        launch.main()
    assert through_click.exit_code == 0
    assert capsys.readouterr().out == through_click.stdout
    if "--json" in args:
        assert json.loads(through_click.stdout)["active"] is with_period


@pytest.mark.parametrize("pacer_home_set", [True, False], ids=["PACER_HOME", "XDG-places"])
def test_status_imports_neither_click_nor_the_heavy_packages(pacer_home_set, monkeypatch, tmp_path):
    # typing and dataclasses cost milliseconds on Python 3.11 (pacer.records says how the status path avoids them);
    # pathlib a few more (with re, fnmatch, urllib.parse, ipaddress): locations are strs (pacer.paths).
    heavy = ("click", "apscheduler", "plyer", "jeepney", "platformdirs", "tomllib", "typing", "dataclasses", "inspect",
             "pathlib", "re", "fnmatch", "urllib", "ipaddress", "ntpath", "contextlib",
             # and what other commands need, each a millisecond or more: the checks' words and models,
             # OpenSSL's hashes, locale and text wrapping for click's output, processes and threads
             "hashlib", "_hashlib", "locale", "textwrap", "logging", "threading", "subprocess", "tempfile", "shutil",
             "random", "signal", "array")
    if not pacer_home_set:  # what people have: the platform's places under their home folder
        monkeypatch.delenv("PACER_HOME")
        monkeypatch.setenv("HOME", str(tmp_path / "home"))
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
            monkeypatch.delenv(name, raising=False)
    # `status --json` writes JSON, and json needs re: the plain forms (what status bars run) come first
    code = (
        "import sys\n"
        "started = set(sys.modules)  # the interpreter's own start (site, .pth files) is not pacer's doing\n"
        "from pacer.launch import main\n"
        "def heavy(allowed=()):\n"
        f"    return sorted(m for m in set(sys.modules) - started if m.split('.')[0] in {heavy!r}\n"
        "                  and m.split('.')[0] not in allowed or m.startswith(('pacer.words', 'pacer.text', 'pacer.cli.app')))\n"
        "for args in (['status'], ['status', '--format', 'short']):\n"
        "    sys.argv = ['pacer', *args]\n"
        "    main()\n"
        "plain = heavy()\n"
        "sys.argv = ['pacer', 'status', '--json']\n"
        "main()\n"
        "print(plain + heavy(allowed=('re',))\n"
        "      # nor the domain words it does not use (pacer.domain makes them when first used)\n"
        "      + [w for w in ('Situation', 'Choice', 'Stage') if w in vars(sys.modules['pacer.domain'])], file=sys.stderr)\n"
    )
    assert run("start", "3d", "--mode", "wait").exit_code == 0
    run("status")  # writes the settings cache, as any earlier command would have
    done = subprocess.run([sys.executable, "-c", code], env=dict(os.environ, PYTHONPATH=str(ROOT)),
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert '"active": true' in done.stdout  # it read the period it was started with, where it was started
    assert done.stderr.strip() == "[]"


def test_a_plain_status_reads_the_reasons_without_json():
    # json (with re under it) costs some 2 ms; reasons are kept as a JSON list, and most people give some
    assert run("start", "3d", "--mode", "wait", "--reason", "i deserve calm", "--reason", "sleep").exit_code == 0
    run("status")
    code = ("import sys\nfrom pacer.launch import main\nsys.argv = ['pacer', 'status']\nmain()\n"
            "print('json' in sys.modules, file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], env=dict(os.environ, PYTHONPATH=str(ROOT)),
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0 and "day 1 of 3" in done.stdout.lower(), done.stdout + done.stderr
    assert done.stderr.strip() == "False"


def test_the_click_status_command_imports_no_heavy_package_either():
    code = (
        "import sys\n"
        "from pacer.cli.app import cli\n"
        "cli(['status', '--json', '--format', 'json'], standalone_mode=False)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('apscheduler', 'plyer')), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], env=dict(os.environ, PYTHONPATH=str(ROOT)),
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_a_problem_on_the_quick_path_is_reported_once_by_the_cli(pacer_home):
    pacer_home.mkdir(parents=True)
    (pacer_home / "config.toml").write_text("[reminders]\ntimes = [\"25:00\"]\n")
    done = pacer("status", "--format", "short")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("Error:") == 1 and "reminders.times" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("args, code, words", [
    (["status", "--json", "--format", "short"], 2, "give one of them"),
    (["status", "--format", "xml"], 2, "'xml' is not one of"),
    (["status", "--help"], 0, "Show where you stand"),
])
def test_other_forms_go_through_click(args, code, words):
    done = pacer(*args)
    assert done.returncode == code
    assert words in done.stdout + done.stderr


def test_a_closed_pipe_ends_status_quietly():
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will read: the first write fails with EPIPE
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "pacer", "status"], stdout=write_end, stderr=subprocess.PIPE,
                          env=env, text=True, timeout=30)
    os.close(write_end)
    assert done.returncode == 1
    assert done.stderr == ""


def test_every_format_has_a_quick_form():
    assert {quick_format(["status", "--format", fmt]) for fmt in FORMATS} == set(FORMATS)


def test_a_full_disk_is_one_line_not_a_traceback():
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "pacer", "status"], stdout=full, stderr=subprocess.PIPE,
                              env=env, text=True, timeout=30)
    assert done.returncode == 1
    assert done.stderr.startswith("Error: ") and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


@pytest.mark.parametrize("args, quick", [(["status"], True), (["status", "--json"], True), (["--version"], False)])
def test_the_command_ends_at_once_after_a_quick_status_only(args, quick):
    # After a quick status nothing is left to do; Python's orderly shutdown (atexit, freeing every
    # module) is skipped. Anything through click ends as usual.
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: sys.stderr.write('shut down in order\\n'))\n"
        f"sys.argv = ['pacer', *{args!r}]\n"
        "from pacer.launch import run\n"
        "run()\n"
    )
    assert run("start", "3d", "--mode", "wait").exit_code == 0
    done = subprocess.run([sys.executable, "-c", code], env=dict(os.environ, PYTHONPATH=str(ROOT)),
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert ("shut down in order" in done.stderr) is not quick
    if quick:  # all of it written, through a pipe, before the process ended (progress may tick on in between)
        usual = pacer(*args).stdout
        assert done.stdout.endswith("\n") and done.stdout.splitlines()[0] == usual.splitlines()[0]
        if "--json" in args:
            assert json.loads(done.stdout).keys() == json.loads(usual).keys()
        else:
            assert len(done.stdout.splitlines()) == len(usual.splitlines())


def test_a_console_script_made_before_run_still_exits_0_after_a_quick_status():
    # pip's scripts call sys.exit(entry()): one made when the entry point was `main` must not exit 1
    code = "import sys\nsys.argv = ['pacer', 'status']\nfrom pacer.launch import main\nsys.exit(main())\n"
    done = subprocess.run([sys.executable, "-c", code], env=dict(os.environ, PYTHONPATH=str(ROOT)),
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert done.stdout
