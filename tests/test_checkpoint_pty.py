"""`pacer checkpoint` in a real pseudo-terminal: a separate process that sees a TTY.

CliRunner replaces stdin; this checks what a person actually gets: that
pacer notices the terminal, prints its prompts and reads the answers. Every
read has a deadline and the process is killed on the way out, so a test can
fail but never hang.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli_helpers import run, status_json
from tests.daemon_helpers import NIGHTLESS, write_config

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT_S = 15


class Terminal:
    """`python -m pacer ARGS` with stdin, stdout and stderr on the slave side of a pty."""

    def __init__(self, *args: str) -> None:
        import pty  # POSIX only

        self.master, slave = pty.openpty()
        env = dict(os.environ, PYTHONPATH=str(ROOT), COLUMNS="100", TERM="dumb")
        env.pop("EDITOR", None)
        env.pop("VISUAL", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pacer", *args],
            stdin=slave, stdout=slave, stderr=slave, cwd=ROOT, env=env, start_new_session=True, close_fds=True,
        )
        os.close(slave)
        self.output = b""

    def expect(self, text: str, times: int = 1) -> str:
        """Read until `text` has appeared `times` times in all; everything read so far, decoded."""
        deadline = time.monotonic() + TIMEOUT_S
        needle = text.encode()
        while self.output.count(needle) < times:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no {text!r} within {TIMEOUT_S}s; the terminal showed:\n{self.decoded}")
            ready, _, _ = select.select([self.master], [], [], remaining)
            if not ready:
                continue
            try:
                chunk = os.read(self.master, 4096)
            except OSError:  # EIO: the process closed the terminal
                chunk = b""
            if not chunk:
                raise AssertionError(f"the process ended before {text!r}; the terminal showed:\n{self.decoded}")
            self.output += chunk
        return self.decoded

    def send(self, line: str) -> None:
        os.write(self.master, line.encode() + b"\n")

    def finish(self) -> int:
        """Drain the rest of the output and return the exit code."""
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:
                    chunk = b""
                if not chunk:
                    break
                self.output += chunk
            elif self.process.poll() is not None:
                break
        return self.process.wait(timeout=TIMEOUT_S)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=TIMEOUT_S)
        os.close(self.master)

    @property
    def decoded(self) -> str:
        return self.output.decode("utf-8", errors="replace").replace("\r\n", "\n")


@pytest.fixture
def terminal():
    opened: list[Terminal] = []

    def spawn(*args: str) -> Terminal:
        opened.append(Terminal(*args))
        return opened[-1]

    yield spawn
    for term in opened:
        term.close()


def test_interactive_checkpoint_keep_going(terminal):
    assert run("start", "14d", "--mode", "no-contact").exit_code == 0
    term = terminal("checkpoint")
    screen = term.expect("Your choice: ")
    assert "Checkpoint · no-contact · day 1 of 14" in screen
    assert "  1  Keep going" in screen and "  2  Move on" in screen and "  3  Reach out once" in screen
    term.send("1")
    assert "Keep going: noted." in term.expect("The next checkpoint is")
    assert term.finish() == 0
    assert status_json()["pending_checkpoint"] is False


def test_interactive_checkpoint_reach_out_once(terminal, pacer_home):
    write_config(pacer_home, NIGHTLESS)  # real time: at 2 a.m. the message would be sealed until the morning
    assert run("start", "3d", "--mode", "wait").exit_code == 0
    term = terminal("checkpoint")
    term.expect("Your choice: ")
    term.send("9")  # not a choice: asked again, nothing recorded
    term.expect("Your choice: ")
    term.send("1")
    term.expect("Start from: ")
    term.send("")  # an empty Enter never chooses a template: asked again
    term.expect("Start from: ", times=2)
    term.send("4")
    term.expect("Your message: ")
    term.send("I miss our talks. I'm here whenever you're ready.")
    assert "It reads short and calm." in term.expect("or cancel (c): ")
    term.send("k")
    term.expect("(pacer does not send it; you do) [y/n]: ")
    term.send("")  # nor records one
    term.expect("(pacer does not send it; you do) [y/n]: ", times=2)
    term.send("y")
    assert "Recorded: you reached out once." in term.expect("reply window")
    assert term.finish() == 0
    [period] = json.loads(run("history", "--json").stdout)["periods"]
    assert [(e["kind"], e["text"]) for e in period["events"]] == [
        ("decision", None),
        ("reach-out", "I miss our talks. I'm here whenever you're ready."),
    ]
    # The promise of "once": the next checkpoint offers the reply window instead.
    term = terminal("checkpoint")
    screen = term.expect("Your choice: ")
    assert "  1  I heard back" in screen and "Reach out once" not in screen
    term.send("2")
    assert term.finish() == 0
