"""The first week's questions in a real pseudo-terminal: what a person at the keyboard gets."""

from __future__ import annotations

import json
import os
import select
import signal
import sys
import time

import pytest

from pacer.env import load_env
from pacer.store import Store
from tests.cli_helpers import run, status_json
from tests.test_checkpoint_pty import TIMEOUT_S, Terminal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


class Keyboard(Terminal):
    def interrupt(self) -> None:
        """Ctrl-C: the terminal sends SIGINT (this pty is not the process's controlling terminal, so directly).

        A person presses it while pacer waits for the answer; a signal that lands in the
        instant between the prompt and the wait would only be acted on after the next line.
        """
        time.sleep(0.5)
        self.process.send_signal(signal.SIGINT)

    def expect_again(self, marker: str, text: str) -> str:
        """Read until `text` appears after `marker` (a prompt asked a second time)."""
        deadline = time.monotonic() + TIMEOUT_S
        while text not in self.decoded.partition(marker)[2]:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no {text!r} after {marker!r}; the terminal showed:\n{self.decoded}")
            if select.select([self.master], [], [], remaining)[0]:
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:  # EIO: the process closed the terminal
                    chunk = b""
                if not chunk:
                    raise AssertionError(f"the process ended before {text!r}; the terminal showed:\n{self.decoded}")
                self.output += chunk
        return self.decoded


@pytest.fixture
def terminal():
    opened: list[Keyboard] = []

    def spawn(*args: str) -> Keyboard:
        opened.append(Keyboard(*args))
        return opened[-1]

    yield spawn
    for term in opened:
        term.close()


def test_start_explains_the_modes_and_takes_several_reasons(terminal):
    term = terminal("start")
    screen = term.expect("Mode (wait, no-contact) [no-contact]: ")
    assert "wait        you sent something and are waiting for a reply" in screen
    assert "no-contact  you chose, or were pushed into, no contact" in screen
    term.send("wait")
    screen = term.expect("Your answer: ")  # what brought them here: the situation, so the words fit
    assert "  1  I sent something and I'm waiting for a reply" in screen
    term.send("1")
    term.expect("How long [3d]: ")
    term.send("2 days")
    screen = term.expect("Reason 1: ")
    assert "Why are you doing this" not in screen
    assert "Enter on an empty line ends" in screen
    term.send("I deserve calm")
    term.expect("Reason 2: ")
    term.send("My sleep matters")
    term.expect("Reason 3: ")
    term.send("")
    assert "Started a waiting period of 2 days" in term.expect("Checkpoints after")
    assert term.finish() == 0
    with Store.open(load_env().paths) as store:
        period = store.active_period()
    assert period is not None and period.reasons == ("I deserve calm", "My sleep matters")
    assert period.situation == "waiting"


def test_ctrl_c_at_a_prompt_says_nothing_was_changed(terminal, pacer_home):
    term = terminal("start")
    term.expect("Mode (wait, no-contact) [no-contact]: ")
    term.interrupt()
    screen = term.expect("Nothing was changed.")
    assert term.finish() == 1
    assert "Aborted!" not in term.decoded and "Traceback" not in screen
    assert status_json()["active"] is False


def test_a_draft_is_changed_on_the_line_not_retyped(terminal):
    assert run("start", "3d", "--mode", "wait").exit_code == 0
    term = terminal("checkpoint")
    term.expect("Your choice: ")
    term.send("1")
    term.expect("Start from: ")
    term.send("4")
    term.expect("Your message: ")
    term.send("I'm here when you're ready. Please answer me now!!!")
    term.expect("or cancel (c): ")
    term.send("e")
    term.expect_again("Enter keeps it", "Your message: I'm here when you're ready. Please answer me now!!!")
    term.send("\x7f" * len(" Please answer me now!!!"))  # backspace over the end; the rest stays
    screen = term.expect_again("Enter keeps it", "or cancel (c): ").partition("Enter keeps it")[2]
    assert "│ I'm here when you're ready.\n" in screen and "It reads short and calm." in screen
    term.send("k")
    term.expect("[y/n]: ")
    term.send("y")
    term.expect("reply window")
    assert term.finish() == 0
    events = json.loads(run("history", "--json").stdout)["periods"][0]["events"]
    assert [e["text"] for e in events if e["kind"] == "reach-out"] == ["I'm here when you're ready."]
