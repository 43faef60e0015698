"""What keeps the checks quick to start: the caches' forms, and what a one-line check does not import."""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

from pacer.words import digest
from pacer.words.regex_cache import compile_all

ROOT = Path(__file__).resolve().parent.parent


def test_the_builtin_digests_are_hashlibs():
    for data in (b"", b"abc", b"pacer's own words" * 100):
        assert digest.sha1(data).hexdigest() == hashlib.sha1(data).hexdigest()
        assert digest.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()


def test_the_regex_cache_keeps_opcodes_as_bytes(tmp_path):
    patterns = [r"\bhello+\b", r"(?P<word>\w+) (?P=word)", r"[^\W\d_]{2,}"]
    compile_all(patterns, tmp_path / "rules.re")
    _, parts = marshal.loads((tmp_path / "rules.re").read_bytes())
    assert [type(part[2]) for part in parts] == [bytes] * 3  # a list of ints takes marshal ten times longer
    for pattern, cached in zip(patterns, compile_all(patterns, tmp_path / "rules.re"), strict=True):
        for text in ("hellooo there", "the the cat", "aa ba bb 12"):
            assert [m.span() for m in cached.finditer(text)] == [m.span() for m in re.finditer(pattern, text)]


def test_a_one_line_check_imports_neither_hashlib_nor_tomllib(tmp_path):
    # hashlib loads OpenSSL and tomllib the TOML parser: milliseconds a check of plain words does not need.
    code = (
        "import sys\n"
        "started = set(sys.modules)\n"
        "from pacer.cli.app import cli\n"
        "cli(['check-message', 'I miss you so much. Can we talk tonight?'], standalone_mode=False)\n"
        "print(sorted(m for m in set(sys.modules) - started if m in ('hashlib', '_hashlib', 'tomllib')), file=sys.stderr)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), PACER_HOME=str(tmp_path), PACER_NO_AUTOSTART="1")
    for args in (["start", "30d", "--mode", "no-contact"], ["status"]):  # the settings cached, as any earlier command does
        earlier = subprocess.run([sys.executable, "-m", "pacer", *args], env=env, capture_output=True, text=True, timeout=60)
        assert earlier.returncode == 0, earlier.stderr
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "short and calm" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "[]"
