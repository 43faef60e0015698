"""What surrounds a checkpoint's choices: the terminal a click opens, the words with and without buttons, doctor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pacer.daemon.doctor import checkpoint_choices
from pacer.daemon.terminal import find_terminal, open_in_terminal, pacer_command
from pacer.env import load_env
from pacer.paths import shipped
from pacer.words.library import load_library
from pacer.words.notices import NO_CHOICES_HINT, buttons, checkpoint_body
from tests.daemon_helpers import write_config


def program(bin_dir: Path, name: str) -> Path:
    bin_dir.mkdir(exist_ok=True)
    path = bin_dir / name
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(0o755)
    return path


def test_the_terminal_is_found_in_the_documented_order(tmp_path):
    bin_dir = tmp_path / "bin"
    env = {"PATH": str(bin_dir)}
    assert find_terminal(env) is None
    program(bin_dir, "xterm")
    assert find_terminal(env).name == "xterm"
    program(bin_dir, "konsole")
    assert find_terminal(env).name == "konsole"  # a desktop's own before xterm
    program(bin_dir, "gnome-terminal")
    kde = find_terminal({**env, "XDG_CURRENT_DESKTOP": "KDE"})
    assert (kde.name, kde.source) == ("konsole", "your desktop (KDE)")
    program(bin_dir, "x-terminal-emulator")
    assert find_terminal({**env, "XDG_CURRENT_DESKTOP": "KDE"}).name == "x-terminal-emulator"
    program(bin_dir, "xdg-terminal-exec")
    assert find_terminal(env).name == "xdg-terminal-exec"
    program(bin_dir, "kitty")
    chosen = find_terminal({**env, "TERMINAL": "kitty --single-instance"})
    assert (chosen.name, chosen.argv[1:], chosen.source) == ("kitty", ("--single-instance",), "$TERMINAL")
    assert find_terminal({**env, "TERMINAL": "not-installed"}).name == "xdg-terminal-exec"


@pytest.mark.parametrize("name, run_flag", [("gnome-terminal", ["--"]), ("konsole", ["-e"]),
                                            ("xfce4-terminal", ["-x"]), ("xdg-terminal-exec", []),
                                            ("my-own-term", ["-e"])])
def test_each_terminal_is_told_to_run_the_command_its_own_way(tmp_path, name, run_flag):
    path = program(tmp_path / "bin", name)
    terminal = find_terminal({"PATH": str(tmp_path / "bin"), "TERMINAL": name})
    line = terminal.command(pacer_command("checkpoint", "--choice", "reach-out"))
    assert line[:1 + len(run_flag)] == [str(path), *run_flag]
    assert line[-3:-1] == ["sh", "-c"] and line[-1].startswith(f"{sys.executable} -m pacer checkpoint --choice reach-out;")


def test_the_opened_terminal_is_reaped(tmp_path):
    log = tmp_path / "args"
    script = tmp_path / "bin" / "term"
    script.parent.mkdir()
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {log}\n')
    script.chmod(0o755)
    terminal = find_terminal({"PATH": str(script.parent), "TERMINAL": "term"})
    open_in_terminal(terminal, ["true"], {"PATH": "/usr/bin:/bin"})
    import time

    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not log.exists():
        time.sleep(0.02)
    time.sleep(0.2)
    zombies = subprocess.run(["ps", "--ppid", str(__import__("os").getpid()), "-o", "stat="],
                             capture_output=True, text=True).stdout.split()
    assert log.read_text().splitlines()[:2] == ["-e", "sh"] and "Z" not in "".join(zombies)


def test_every_shipped_checkpoint_fits_with_and_without_buttons():
    library, problems = load_library(Path(shipped("content")), None)
    assert problems == []
    for entry in library.entries("checkpoint"):
        with_buttons = checkpoint_body(entry.text, choices=True)
        plain = checkpoint_body(entry.text, choices=False)
        assert "pacer checkpoint" not in with_buttons and len(with_buttons) <= 180, entry.id
        assert plain.endswith(NO_CHOICES_HINT) and plain.count("pacer checkpoint") == 1, entry.id
        assert len(plain) <= 180, entry.id


def test_buttons_follow_mode_and_stage():
    assert buttons("wait", "early") == [("default", "Open pacer checkpoint"), ("wait", "Keep waiting"),
                                        ("move-on", "Move on"), ("reach-out", "Reach out once")]
    assert buttons("no-contact", "final")[1] == ("wait", "Keep going")
    assert buttons("wait", "after-reach-out")[-1] == ("heard-back", "I heard back")  # never "reach out" twice


def test_doctor_says_when_checkpoints_carry_no_buttons(pacer_home, tmp_path):
    lines = "\n".join(checkpoint_choices(load_env(), {"PATH": str(tmp_path)}))
    assert "buttons: not checked (no session bus" in lines and "Open a terminal and run: pacer checkpoint" in lines
    assert "terminal: none found" in lines and "export TERMINAL=" in lines
    write_config(pacer_home, '[notifications]\nbackend = "notify-send"\n')
    program(tmp_path / "bin", "xterm")
    lines = "\n".join(checkpoint_choices(load_env(), {"PATH": str(tmp_path / "bin")}))
    assert 'buttons: off (notifications.backend = "notify-send")' in lines
    assert "terminal: xterm (found on PATH) opens `pacer checkpoint`" in lines


def test_choices_need_a_server_that_announces_actions(monkeypatch):
    from pacer.daemon import dbus_notify
    from pacer.daemon.choices import Desk

    capabilities = {"body", "persistence"}
    started: list[object] = []

    class StubListener:  # a server that answers but offers no actions, as some minimal ones do
        running = True

        def __init__(self, *args, **kwargs) -> None:
            started.append(self)

        def start(self):
            return self

        def capabilities(self):
            return frozenset(capabilities)

        def stop(self) -> None:
            self.running = False

    monkeypatch.setattr(dbus_notify, "Listener", StubListener)
    desk = Desk(print, print)
    assert desk.usable() is False
    capabilities.add("actions")
    assert desk.usable() is True and len(started) == 1  # one listener, kept
    desk.stop()
    assert started[0].running is False
