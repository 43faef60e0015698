"""Reading systemd units as systemd does, and `systemd-analyze verify`: shared by the autostart tests."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def unit_entries(text: str) -> list[tuple[str, str, str]]:
    """(section, key, value) for every setting; systemd allows repeated keys."""
    entries, section = [], ""
    for line in text.splitlines():
        if not line.strip() or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, _, value = line.partition("=")
        entries.append((section, key, value))
    return entries


def systemd_words(value: str) -> list[str]:
    """Split a setting like systemd: double quotes, C escapes, then %%."""
    words, current, quoted, in_word, i = [], [], False, False, 0
    escapes = {"n": "\n", "t": "\t", "\\": "\\", '"': '"'}
    while i < len(value):
        char = value[i]
        if char == "\\":
            nxt = value[i + 1]
            if nxt == "x":
                current.append(chr(int(value[i + 2 : i + 4], 16)))
                i += 4
                continue
            current.append(escapes[nxt])
            i += 2
            in_word = True
            continue
        if char == '"':
            quoted, in_word = not quoted, True
        elif char.isspace() and not quoted:
            if in_word:
                words.append("".join(current))
            current, in_word = [], False
        else:
            current.append(char)
            in_word = True
        i += 1
    assert not quoted, "unbalanced quotes"
    if in_word:
        words.append("".join(current))
    return [w.replace("%%", "%") for w in words]


def systemd_analyze() -> str:
    exe = shutil.which("systemd-analyze")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("systemd-analyze is missing; CI must install systemd")
        pytest.skip("systemd-analyze is not installed (Debian/Ubuntu package: systemd)")
    return exe


def verify_unit(unit_text: str, directory: Path) -> tuple[int, list[str]]:
    """`systemd-analyze verify FILE` works for a user unit in any directory, as any user.

    Parse problems are only warnings ("..., ignoring") with exit status 0, so the
    lines about our file count as failures too.
    """
    directory.mkdir(parents=True, exist_ok=True)
    unit = directory / "pacer.service"
    unit.write_text(unit_text, encoding="utf-8")
    result = subprocess.run(
        [systemd_analyze(), "verify", str(unit)], capture_output=True, text=True, timeout=60
    )
    ours = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if "pacer.service" in line or str(directory) in line
    ]
    return result.returncode, ours
