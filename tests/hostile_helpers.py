"""For the issue-17 suites: a private mount namespace (a tiny or read-only file system) and a root without its powers."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

# Root ignores file permissions; without these capabilities the kernel treats it as an ordinary owner.
AS_AN_ORDINARY_OWNER = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


def need_namespace() -> None:
    """Skip (with the reason) where a private mount namespace cannot be made: not root, or no unshare."""
    if os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("mount"):
        pytest.skip("needs root, unshare and mount for a private tmpfs or read-only mount")
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot create a mount namespace here: {probe.stderr.decode().strip()}")


def need_ordinary_owner() -> list[str]:
    """The argv prefix that runs a command as a file's ordinary owner would (permissions apply)."""
    if os.geteuid() != 0:
        return []  # already an ordinary user
    if not shutil.which("setpriv"):
        pytest.skip("as root, permission cases need setpriv to drop CAP_DAC_OVERRIDE (root ignores chmod)")
    probe = subprocess.run([*AS_AN_ORDINARY_OWNER, "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot drop capabilities here: {probe.stderr.decode().strip()}")
    return list(AS_AN_ORDINARY_OWNER)


def in_namespace(script: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    """Run a sh script in its own mount namespace: its mounts vanish with it."""
    need_namespace()
    return subprocess.run(["unshare", "-m", "sh", "-euc", script], env=env, capture_output=True, text=True,
                          timeout=timeout)


FILL = """python - "$@" <<'PY'
import os, sys
home, keep = sys.argv[1], int(sys.argv[2])
info = os.statvfs(home)
with open(os.path.join(home, "filler"), "wb") as handle:
    handle.write(bytes(max(0, info.f_bavail * info.f_frsize - keep)))
PY"""


def fill(home: str, keep: int) -> str:
    """A line of sh that fills the file system holding `home`, all but `keep` bytes."""
    return f'set -- "{home}" {keep}\n{FILL}\n'
