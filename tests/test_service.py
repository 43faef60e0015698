"""pacer.daemon.autostart: autostart texts for each platform, and install/uninstall into tmp_path."""

from __future__ import annotations

import configparser
import os
import plistlib
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from pacer.daemon import autostart as service
from pacer.daemon.autostart import (
    LAUNCHD,
    SYSTEMD,
    WINDOWS_STARTUP,
    XDG_AUTOSTART,
    Autostart,
    detect_systemd,
    install,
    launchd_plist,
    plan_autostart,
    pythonw_for,
    systemd_unit,
    uninstall,
    windows_startup_cmd,
    xdg_autostart_desktop,
)
from pacer.errors import PacerError
from tests.systemd_units import systemd_words, unit_entries, verify_unit

PY = "/usr/bin/python3"
SESSION = {
    "DISPLAY": ":1",
    "WAYLAND_DISPLAY": "wayland-0",
    "DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus,guid=abc;x",
    "XDG_RUNTIME_DIR": "/run/user/1000",
    "HOME": "/home/someone",  # not a session variable: must not be carried
}
NASTY = '/home/some one/my "data" \\ it\'s 100% $HOME;#\tend'


# --- small parsers that follow each format's own rules -------------------------------


def desktop_entry(text: str) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(text)
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def desktop_string(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\":
            out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[value[i + 1]])
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def desktop_exec_argv(value: str) -> list[str]:
    """Desktop Entry spec: string escapes, then %%, then shell-like double quoting."""
    value = desktop_string(value).replace("%%", "%")
    words, current, quoted, in_word, i = [], [], False, False, 0
    while i < len(value):
        char = value[i]
        if quoted and char == "\\" and value[i + 1] in '"`$\\':
            current.append(value[i + 1])
            i += 2
            continue
        if char == '"':
            quoted, in_word = not quoted, True
        elif char == " " and not quoted:
            if in_word:
                words.append("".join(current))
            current, in_word = [], False
        else:
            current.append(char)
            in_word = True
        i += 1
    if in_word:
        words.append("".join(current))
    return words


class FakeRun:
    """Stands in for subprocess.run and remembers every command."""

    def __init__(self, fail_on: str | None = None, stderr: str = "", exc: Exception | None = None):
        self.calls: list[list[str]] = []
        self.fail_on, self.stderr, self.exc = fail_on, stderr, exc

    def __call__(self, args, **kwargs):
        assert kwargs.get("check") is False and kwargs.get("capture_output") is True
        self.calls.append(list(args))
        if self.exc is not None:
            raise self.exc
        failed = self.fail_on is not None and self.fail_on in args
        return subprocess.CompletedProcess(args, 1 if failed else 0, "", self.stderr if failed else "")


# --- systemd ---------------------------------------------------------------------------


def test_systemd_unit_settings():
    entries = unit_entries(systemd_unit(PY, SESSION, "/data/pacer"))
    settings = {(s, k): v for s, k, v in entries if k != "Environment"}
    assert settings[("Unit", "After")] == "graphical-session.target"
    assert ("Unit", "PartOf") not in settings
    assert settings[("Service", "Restart")] == "on-failure"
    assert settings[("Service", "RestartSec")] == "5"
    assert settings[("Install", "WantedBy")] == "default.target"
    assert settings[("Unit", "Description")]
    assert systemd_words(settings[("Service", "ExecStart")]) == [
        PY, "-m", "pacer", "daemon", "run",
    ]


def _unit_env(text: str) -> dict[str, str]:
    env = {}
    for section, key, value in unit_entries(text):
        if key == "Environment":
            assert section == "Service"
            (word,) = systemd_words(value)  # one assignment per line
            name, _, val = word.partition("=")
            env[name] = val
    return env


def test_systemd_unit_carries_the_users_bus_as_the_same_at_every_login():
    # Not DISPLAY: notifications need only the bus, and a DISPLAY written here would
    # override the one the next login imports into the user manager.
    assert _unit_env(systemd_unit(PY, SESSION, NASTY)) == {
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=%t/bus", "PACER_HOME": NASTY}


def test_systemd_unit_carries_another_bus_as_it_is():
    launched = {"DBUS_SESSION_BUS_ADDRESS": "unix:abstract=/tmp/dbus-Xy%z,guid=1", "XDG_RUNTIME_DIR": "/run/user/5"}
    text = systemd_unit(PY, launched, None)
    assert _unit_env(text) == {"DBUS_SESSION_BUS_ADDRESS": "unix:abstract=/tmp/dbus-Xy%z,guid=1"}
    assert "%%z" in text  # a literal % is escaped, or systemd would read a specifier


def test_systemd_unit_leaves_out_missing_or_empty_variables():
    text = systemd_unit(PY, {"DISPLAY": "", "DBUS_SESSION_BUS_ADDRESS": "", "XDG_RUNTIME_DIR": "/run/user/5"}, None)
    assert [v for _, k, v in unit_entries(text) if k == "Environment"] == []


def test_systemd_exec_start_escapes_odd_python_path():
    odd = "/opt/py 3/100%/$bin;#/pythön"
    text = systemd_unit(odd, {}, None)
    (exec_start,) = [v for _, k, v in unit_entries(text) if k == "ExecStart"]
    assert systemd_words(exec_start)[0] == odd


@pytest.mark.parametrize("bad", ['/opt/a"b/python', "/opt/it's/python", "/opt/a\\b/python", "/opt/a\tb/py"])
def test_systemd_refuses_a_python_path_it_cannot_run(bad):
    # systemd-analyze says "Executable name contains special characters" for these.
    with pytest.raises(PacerError, match="plainer path"):
        systemd_unit(bad, {}, None)


def test_relative_python_is_refused():
    for build in (
        lambda: systemd_unit("python3", {}, None),
        lambda: launchd_plist("python3", None),
        lambda: xdg_autostart_desktop("", None),
        lambda: windows_startup_cmd("python.exe", None),
    ):
        with pytest.raises(PacerError, match="absolute path to Python"):
            build()


def test_systemd_analyze_verify_accepts_the_unit(tmp_path):
    rc, problems = verify_unit(systemd_unit(sys.executable, SESSION, NASTY), tmp_path / "units")
    assert rc == 0 and problems == []


def test_systemd_analyze_verify_with_python_at_an_odd_path(tmp_path):
    # If ExecStart were escaped wrongly, verify would not find this executable.
    odd_dir = tmp_path / "py dir 100% $HOME;#*`é"
    odd_dir.mkdir()
    (odd_dir / "python").symlink_to(sys.executable)
    rc, problems = verify_unit(systemd_unit(str(odd_dir / "python"), SESSION, NASTY), tmp_path / "u")
    assert rc == 0 and problems == []


def test_systemd_analyze_verify_really_checks(tmp_path):
    # Guard against a verify that passes anything: a missing Python must fail.
    rc, problems = verify_unit(systemd_unit("/nonexistent/python", {}, None), tmp_path / "u")
    assert rc != 0 and problems


# --- macOS -----------------------------------------------------------------------------


def test_launchd_plist():
    agent = plistlib.loads(launchd_plist(PY, "/Users/a b/<pacer> & co").encode("utf-8"))
    assert agent["Label"] == "io.pacer.daemon"
    assert agent["ProgramArguments"] == [PY, "-m", "pacer", "daemon", "run"]
    assert agent["RunAtLoad"] is True
    assert agent["KeepAlive"] == {"SuccessfulExit": False}
    assert agent["EnvironmentVariables"] == {"PACER_HOME": "/Users/a b/<pacer> & co"}


def test_launchd_plist_without_pacer_home():
    agent = plistlib.loads(launchd_plist(PY, None).encode("utf-8"))
    assert "EnvironmentVariables" not in agent


# --- XDG autostart -----------------------------------------------------------------------


def test_xdg_autostart_desktop():
    entry = desktop_entry(xdg_autostart_desktop(PY, None))
    assert entry["Type"] == "Application"
    assert entry["Name"] == "pacer"
    assert entry["NoDisplay"] == "true"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert entry["TryExec"] == PY
    assert desktop_exec_argv(entry["Exec"]) == [PY, "-m", "pacer", "daemon", "run"]


def test_xdg_autostart_quotes_exec_per_spec():
    odd_python = "/opt/my py/$x/py`thon"
    entry = desktop_entry(xdg_autostart_desktop(odd_python, NASTY))
    assert desktop_exec_argv(entry["Exec"]) == [
        "env", f"PACER_HOME={NASTY}", odd_python, "-m", "pacer", "daemon", "run",
    ]
    assert desktop_string(entry["TryExec"]) == odd_python
    # A lone % would be read as a field code.
    assert "100%%" in entry["Exec"]


# --- Windows ---------------------------------------------------------------------------


def test_windows_startup_cmd():
    text = windows_startup_cmd(r"C:\Program Files\Python311\python.exe", r"C:\Users\Jürgen\100% & co")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")
    assert lines[0] == "@echo off"
    assert r'set "PACER_HOME=C:\Users\Jürgen\100%% & co"' in lines
    assert r'start "" "C:\Program Files\Python311\pythonw.exe" -m pacer daemon run' in lines


def test_windows_startup_cmd_without_pacer_home():
    assert "PACER_HOME" not in windows_startup_cmd(r"C:\Py\pythonw.exe", None)


@pytest.mark.parametrize(
    ("python", "pythonw"),
    [
        (r"C:\Py\python.exe", r"C:\Py\pythonw.exe"),
        (r"C:\Py\PYTHON.EXE", r"C:\Py\pythonw.EXE"),
        (r"C:\Py\python3.11.exe", r"C:\Py\pythonw3.11.exe"),
        (r"C:\Py\pythonw.exe", r"C:\Py\pythonw.exe"),
        (r"C:\venv\Scripts\python.exe", r"C:\venv\Scripts\pythonw.exe"),
    ],
)
def test_pythonw_for(python, pythonw):
    assert pythonw_for(python) == pythonw


def test_windows_refuses_a_quote():
    with pytest.raises(PacerError):
        windows_startup_cmd(r"C:\Py\python.exe", 'C:\\a"b')


# --- choosing ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "has_systemd", "kind", "relative"),
    [
        ("linux", True, SYSTEMD, ".config/systemd/user/pacer.service"),
        ("linux", False, XDG_AUTOSTART, ".config/autostart/pacer.desktop"),
        ("freebsd14", False, XDG_AUTOSTART, ".config/autostart/pacer.desktop"),
        ("darwin", False, LAUNCHD, "Library/LaunchAgents/io.pacer.daemon.plist"),
        (
            "win32",
            False,
            WINDOWS_STARTUP,
            "AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Startup/pacer-daemon.cmd",
        ),
    ],
)
def test_plan_autostart(tmp_path, platform, has_systemd, kind, relative):
    python = r"C:\Py\python.exe" if platform == "win32" else PY
    plan = plan_autostart(platform, tmp_path, {}, python, None, has_systemd)
    assert plan.kind == kind
    assert plan.path == tmp_path / relative


def test_plan_autostart_uses_appdata_and_xdg_config_home(tmp_path):
    appdata = {"APPDATA": str(tmp_path / "roam")}
    win = plan_autostart("win32", tmp_path, appdata, r"C:\p.exe", None, False)
    assert win.path == tmp_path / "roam/Microsoft/Windows/Start Menu/Programs/Startup/pacer-daemon.cmd"

    def where(env, has_systemd):
        return plan_autostart("linux", tmp_path, env, PY, None, has_systemd).path

    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    assert where(env, True) == tmp_path / "cfg/systemd/user/pacer.service"
    assert where(env, False) == tmp_path / "cfg/autostart/pacer.desktop"
    # The XDG base directory spec says to ignore relative values.
    assert where({"XDG_CONFIG_HOME": "cfg"}, False) == tmp_path / ".config/autostart/pacer.desktop"


def test_plan_autostart_passes_session_and_pacer_home(tmp_path):
    plan = plan_autostart("linux", tmp_path, SESSION, PY, "~/pacer data", True)
    assert f'"PACER_HOME={tmp_path}/pacer data"' in plan.text
    assert '"DBUS_SESSION_BUS_ADDRESS=unix:path=%t/bus"' in plan.text


def test_plan_autostart_refuses_relative_pacer_home_and_unknown_platforms(tmp_path):
    with pytest.raises(PacerError, match="relative path"):
        plan_autostart("linux", tmp_path, {}, PY, "data", True)
    with pytest.raises(PacerError, match="this platform"):
        plan_autostart("sunos5", tmp_path, {}, PY, None, False)


def test_detect_systemd(tmp_path, fake_bin):
    fake_bin.tool("systemctl")
    env = {"PATH": str(fake_bin.dir)}
    assert detect_systemd(env, root=tmp_path) is False  # not booted with systemd
    (tmp_path / "run/systemd/system").mkdir(parents=True)
    assert detect_systemd(env, root=tmp_path) is True
    assert detect_systemd({"PATH": str(tmp_path / "empty")}, root=tmp_path) is False


# --- install / uninstall ------------------------------------------------------------------


def _systemd_plan(tmp_path: Path, environ=None) -> Autostart:
    return plan_autostart("linux", tmp_path / "home", environ or SESSION, PY, None, True)


def test_install_systemd_writes_and_enables(tmp_path):
    plan, run = _systemd_plan(tmp_path), FakeRun()
    lines = install(plan, run=run)
    assert plan.path.read_text(encoding="utf-8") == plan.text
    assert stat.S_IMODE(plan.path.stat().st_mode) == 0o600
    assert os.listdir(plan.path.parent) == ["pacer.service"]  # no temp file left
    assert run.calls == [
        ["systemctl", "--user", "daemon-reload"],
        ["systemctl", "--user", "enable", "--now", "pacer.service"],
    ]
    assert lines[0] == f"Wrote {plan.path}"
    assert any("systemctl --user status pacer.service" in line for line in lines)


def test_reinstall_restarts_only_when_the_unit_changed(tmp_path):
    install(_systemd_plan(tmp_path), run=FakeRun())
    same = FakeRun()
    assert install(_systemd_plan(tmp_path), run=same)[0].startswith("Updated ")
    assert ["systemctl", "--user", "try-restart", "pacer.service"] not in same.calls
    changed = FakeRun()
    install(_systemd_plan(tmp_path, {"DBUS_SESSION_BUS_ADDRESS": "unix:abstract=/tmp/dbus-other"}), run=changed)
    assert changed.calls[-1] == ["systemctl", "--user", "try-restart", "pacer.service"]


@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
def test_install_other_kinds_runs_nothing(tmp_path, platform):
    python = r"C:\Py\python.exe" if platform == "win32" else PY
    plan = plan_autostart(platform, tmp_path / "home", {}, python, None, False)
    run = FakeRun()
    lines = install(plan, run=run)
    assert run.calls == []
    assert plan.path.read_bytes() == plan.text.encode("utf-8")  # CRLF kept for .cmd
    assert os.listdir(plan.path.parent) == [plan.path.name]
    assert "log in" in lines[-1]


def test_install_reports_systemctl_failure_clearly(tmp_path):
    plan = _systemd_plan(tmp_path)
    run = FakeRun(fail_on="enable", stderr="Failed to connect to bus: No medium found\n")
    with pytest.raises(PacerError) as info:
        install(plan, run=run)
    message = info.value.message
    assert message.startswith("`systemctl --user enable --now pacer.service` failed: Failed to connect")
    assert "not via sudo" in message and str(plan.path) in message


def test_install_without_systemctl(tmp_path):
    with pytest.raises(PacerError, match="systemctl is not installed"):
        install(_systemd_plan(tmp_path), run=FakeRun(exc=FileNotFoundError("systemctl")))


def test_install_when_the_target_cannot_be_written(tmp_path):
    plan = _systemd_plan(tmp_path)
    plan.path.mkdir(parents=True)  # a directory where the unit file should go
    with pytest.raises(PacerError, match="cannot write"):
        install(plan, run=FakeRun())
    assert os.listdir(plan.path.parent) == ["pacer.service"]  # the temp file is cleaned up
    blocked = Autostart(SYSTEMD, tmp_path / "a-file" / "pacer.service", "x")
    (tmp_path / "a-file").write_text("")
    with pytest.raises(PacerError, match="cannot write"):
        install(blocked, run=FakeRun())


def test_uninstall_systemd(tmp_path):
    plan = _systemd_plan(tmp_path)
    install(plan, run=FakeRun())
    run = FakeRun()
    lines = uninstall(plan, run=run)
    assert not plan.path.exists()
    assert run.calls == [
        ["systemctl", "--user", "disable", "--now", "pacer.service"],
        ["systemctl", "--user", "daemon-reload"],
    ]
    assert lines == ["Stopped and disabled pacer.service", f"Removed {plan.path}"]


def test_uninstall_when_disable_fails_keeps_the_file(tmp_path):
    plan = _systemd_plan(tmp_path)
    install(plan, run=FakeRun())
    with pytest.raises(PacerError, match="still there"):
        uninstall(plan, run=FakeRun(fail_on="disable", stderr="boom"))
    assert plan.path.exists()


@pytest.mark.parametrize("has_systemd", [True, False])
def test_uninstall_when_not_installed(tmp_path, has_systemd):
    plan = plan_autostart("linux", tmp_path, {}, PY, None, has_systemd)
    run = FakeRun()
    assert uninstall(plan, run=run) == [f"Autostart is not installed (there is no {plan.path})."]
    assert run.calls == []


def test_uninstall_other_kind(tmp_path):
    plan = plan_autostart("darwin", tmp_path, {}, PY, None, False)
    install(plan, run=FakeRun())
    run = FakeRun()
    lines = uninstall(plan, run=run)
    assert run.calls == [] and not plan.path.exists()
    assert lines[0] == f"Removed {plan.path}"


def test_module_stays_pure():
    # No click in the core (STYLE.md), and importing must not touch the system.
    source = Path(service.__file__).read_text(encoding="utf-8")
    assert "import click" not in source
