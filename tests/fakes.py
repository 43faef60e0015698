"""Fake executables: one kind for every test (notify-send, gdbus, systemctl, a python that cannot start...).

The `fake_bin` fixture (registered in tests/conftest.py) is a directory of
them; `fake_bin.tool(name, ...)` puts one there and returns its log. Each
call of a fake writes one JSON line when it begins and one when it ends
(after `sleep`), with its arguments and the environment variables named in
`env_keys`; `calls(log)` reads them back. Subprocesses find the fakes
through `fake_bin.path_env()`; `put_first_on_path(monkeypatch)` does it for
this process and its children.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

SESSION_KEYS = ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS")

# -S: no site import, so that a fake starts in a few milliseconds (daemon tests time their notifications).
FAKE = """#!{python} -S
# A stand-in for {name}: records its call, then answers as told.
import json, os, sys, time
config = json.loads({config!r})
def record(phase):
    env = {{key: os.environ.get(key) for key in config["env_keys"]}}
    with open(config["log"], "a") as log:
        log.write(json.dumps({{"phase": phase, "argv": sys.argv[1:], "env": env}}) + "\\n")
record("begin")
time.sleep(config["sleep"])
reply = next((out for key, out in config["replies"].items() if key in sys.argv), config["stdout"])
sys.stdout.write(reply)
sys.stderr.write(config["stderr"])
record("end")
sys.exit(config["exit"])
"""


class FakeBin:
    def __init__(self, directory: Path) -> None:
        self.dir = directory

    def tool(self, name: str, *, stdout: str = "", stderr: str = "", exit: int = 0, sleep: float = 0.0,
             replies: dict[str, str] | None = None, env_keys: tuple[str, ...] = SESSION_KEYS) -> Path:
        """Put a fake `name` here (replacing an earlier one); `replies` maps an argument to its stdout.

        Returns its log (kept across replacements), for `calls`.
        """
        self.dir.mkdir(parents=True, exist_ok=True)
        log = self.dir / f"{name}.calls"
        config = json.dumps({"log": str(log), "stdout": stdout, "stderr": stderr, "exit": exit, "sleep": sleep,
                             "replies": replies or {}, "env_keys": list(env_keys)})
        script = self.dir / name
        script.write_text(FAKE.format(python=sys.executable, name=name, config=config))
        script.chmod(0o755)
        return log

    def path_env(self) -> str:
        """A PATH with the fakes first."""
        return f"{self.dir}{os.pathsep}{os.environ['PATH']}"

    def put_first_on_path(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv("PATH", self.path_env())


def calls(log: Path, phase: str = "begin") -> list[dict]:
    """A fake's calls that reached `phase` ("begin" or "end"), oldest first: dicts with "argv" and "env"."""
    if not log.exists():
        return []
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    return [entry for entry in entries if entry["phase"] == phase]


@pytest.fixture
def fake_bin(tmp_path: Path) -> FakeBin:
    return FakeBin(tmp_path / "bin")
