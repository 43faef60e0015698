"""`pacer daemon install [--print]` / `uninstall` and the one-time offer in `pacer start`, in a fake home."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.cli_helpers import run
from tests.fakes import calls
from tests.systemd_units import systemd_words, unit_entries, verify_unit

SESSION = {"DISPLAY": ":1", "DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus", "XDG_RUNTIME_DIR": "/run/user/1000"}


@pytest.fixture
def login(tmp_path, monkeypatch, fake_bin):
    """A fake home and XDG config, a desktop session, and a `systemctl` on PATH that records its calls."""
    home = tmp_path / "home"
    config = tmp_path / "xdg-config"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    for name, value in SESSION.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    fake_bin.put_first_on_path(monkeypatch)
    calls_log = fake_bin.tool("systemctl")
    monkeypatch.setattr("pacer.daemon.autostart.detect_systemd", lambda environ, root=None: True)
    stopped: list[Path] = []
    monkeypatch.setattr("pacer.daemon.control.stop", lambda paths: stopped.append(paths) or 4242)
    return Login(home, config, calls_log, stopped)


class Login:
    def __init__(self, home: Path, config: Path, calls_log: Path, stopped: list) -> None:
        self.home, self.config, self.calls_log, self.stopped = home, config, calls_log, stopped
        self.unit = config / "systemd" / "user" / "pacer.service"

    def systemctl(self) -> list[str]:
        return [" ".join(call["argv"]) for call in calls(self.calls_log)]


def test_install_print_shows_path_and_unit_and_writes_nothing(login, tmp_path, pacer_home):
    result = run("daemon", "install", "--print")
    assert result.exit_code == 0, result.output
    first, _, text = result.stdout.partition("\n")
    assert first == f"# {login.unit}"
    entries = unit_entries(text)
    exec_start = [v for s, k, v in entries if k == "ExecStart"][0]
    assert systemd_words(exec_start) == [os.path.abspath(sys.executable), "-m", "pacer", "daemon", "run"]
    environment = {systemd_words(v)[0] for s, k, v in entries if k == "Environment"}
    assert environment == {f"PACER_HOME={pacer_home}", "DBUS_SESSION_BUS_ADDRESS=unix:path=%t/bus"}
    assert not login.config.exists() and login.systemctl() == [] and login.stopped == []


def test_install_print_without_systemd_is_an_xdg_autostart_entry(login, monkeypatch):
    monkeypatch.setattr("pacer.daemon.autostart.detect_systemd", lambda environ, root=None: False)
    result = run("daemon", "install", "--print")
    assert result.stdout.startswith(f"# {login.config / 'autostart' / 'pacer.desktop'}\n[Desktop Entry]\n")


def test_install_then_uninstall_with_systemd(login, tmp_path):
    result = run("daemon", "install")
    assert result.exit_code == 0, result.output
    assert login.stopped, "a detached daemon must be stopped before systemd starts its own"
    assert "Stopped the reminder service started by pacer (pid 4242)" in result.stdout
    assert f"Wrote {login.unit}" in result.stdout
    assert login.systemctl() == ["--user daemon-reload", "--user enable --now pacer.service"]
    assert login.unit.stat().st_mode & 0o777 == 0o600
    printed = run("daemon", "install", "--print").stdout.partition("\n")[2]
    assert login.unit.read_text() == printed
    rc, problems = verify_unit(login.unit.read_text(), tmp_path / "verify")
    assert rc == 0 and problems == []

    result = run("daemon", "uninstall")
    assert result.exit_code == 0, result.output
    assert not login.unit.exists()
    assert login.systemctl()[2:] == ["--user disable --now pacer.service", "--user daemon-reload"]
    again = run("daemon", "uninstall")
    assert again.exit_code == 0 and "not installed" in again.stdout


def test_a_failing_systemctl_is_one_clear_line(login, fake_bin):
    fake_bin.tool("systemctl", stderr="Failed to connect to bus\n", exit=1)
    result = run("daemon", "install")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: `systemctl --user daemon-reload` failed: Failed to connect to bus")
    assert "not via sudo or su" in lines[0]


def test_a_relative_pacer_home_is_made_absolute_for_the_unit(login, monkeypatch, tmp_path):
    """Relative to where the command was typed (issue 17.1); the unit runs from anywhere, so it gets the absolute path."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PACER_HOME", "relative/dir")
    result = run("daemon", "install", "--print")
    assert result.exit_code == 0, result.output
    assert f"PACER_HOME={tmp_path / 'relative' / 'dir'}" in result.stdout


# --- the offer in `pacer start` ------------------------------------------------------------


@pytest.fixture
def at_a_terminal(login, monkeypatch):
    monkeypatch.delenv("PACER_NO_AUTOSTART")
    monkeypatch.setattr("pacer.cli.render.interactive", lambda: True)
    monkeypatch.setattr("pacer.daemon.control.start_detached", lambda paths: 4242)
    return login


def _start(input: str):
    return run("start", "14d", "--mode", "no-contact", "--situation", "chose", "--reason", "calm", input=input)


def test_start_offers_autostart_once_and_installs_on_yes(at_a_terminal, pacer_home):
    result = _start("y\n")
    assert result.exit_code == 0, result.output
    assert "Start reminders automatically when you log in?" in result.stdout
    assert at_a_terminal.unit.exists()
    assert "--user enable --now pacer.service" in at_a_terminal.systemctl()
    assert (pacer_home / "autostart-offered").exists()
    run("stop", "--yes")
    at_a_terminal.unit.unlink()
    second = _start("")
    assert second.exit_code == 0 and "log in?" not in second.stdout  # once ever
    assert not at_a_terminal.unit.exists()


def test_start_offer_defaults_to_no(at_a_terminal, pacer_home):
    result = _start("\n")
    assert result.exit_code == 0, result.output
    assert "[y/N]" in result.stdout
    assert not at_a_terminal.unit.exists() and at_a_terminal.systemctl() == []
    assert (pacer_home / "autostart-offered").exists()


def test_no_offer_without_a_terminal_or_when_already_installed(login, monkeypatch, pacer_home):
    monkeypatch.delenv("PACER_NO_AUTOSTART")
    monkeypatch.setattr("pacer.daemon.control.start_detached", lambda paths: 4242)
    result = _start("y\n")  # CliRunner's stdin is no terminal
    assert result.exit_code == 0 and "log in?" not in result.stdout
    assert not (pacer_home / "autostart-offered").exists()
    run("stop", "--yes")
    login.unit.parent.mkdir(parents=True)
    login.unit.write_text("[Unit]\n")
    monkeypatch.setattr("pacer.cli.render.interactive", lambda: True)
    result = _start("")
    assert result.exit_code == 0 and "log in?" not in result.stdout


def test_the_offer_is_claimed_once_and_never_where_the_person_runs_the_daemon(login, monkeypatch, pacer_home):
    from pacer.commands.daemon import claim_autostart_offer
    from pacer.paths import resolve

    paths = resolve()
    assert claim_autostart_offer(paths, {"PACER_NO_AUTOSTART": "1"}) is False
    assert not Path(paths.autostart_offered).exists()
    assert claim_autostart_offer(paths, {}) is True
    assert os.stat(paths.autostart_offered).st_mode & 0o777 == 0o600
    assert claim_autostart_offer(paths, {}) is False


def test_the_daemon_decisions_need_no_click():
    import subprocess

    code = "import sys, pacer.commands.daemon; print('click' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30,
                          cwd=str(Path(__file__).resolve().parent.parent))
    assert done.stdout.strip() == "False", done.stderr
