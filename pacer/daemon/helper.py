"""Running a helper program (notify-send, gdbus, systemctl) without trusting it.

A helper may print without end, print bytes that are not UTF-8, hang, or
leave children behind that hold its output open. So: at most OUTPUT_LIMIT
bytes of each stream are kept (the rest is read and dropped, so the helper
never blocks on a full pipe), text is decoded leniently (the exit status,
not the bytes, says whether it worked), and at the timeout, or once the
helper has exited, its whole process group is killed: nothing is left behind.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Mapping, Sequence

OUTPUT_LIMIT = 64 * 1024  # per stream; far more than any error message or bus reply
_READ = 64 * 1024
_LINGER_S = 0.2  # after the helper exits, how long its children may still hold the pipes


def run(
    argv: Sequence[str],
    *,
    timeout: float,
    env: Mapping[str, str] | None = None,
    limit: int = OUTPUT_LIMIT,
    **_compatible,  # capture_output=True, text=True, check=False: always so here
) -> subprocess.CompletedProcess[str]:
    """Run `argv` to completion; subprocess.TimeoutExpired at `timeout`. Output is always captured as text."""
    if os.name != "posix":  # pragma: no cover - no process groups or pollable pipes there
        result = subprocess.run(list(argv), env=None if env is None else dict(env), stdin=subprocess.DEVNULL,
                                capture_output=True, timeout=timeout)
        return subprocess.CompletedProcess(result.args, result.returncode, _text(result.stdout[:limit]),
                                           _text(result.stderr[:limit]))
    process = subprocess.Popen(
        list(argv), env=None if env is None else dict(env), stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,  # its own process group
    )
    assert process.stdout is not None and process.stderr is not None  # both are pipes
    try:
        out, err, finished = _collect(process, timeout, limit)
    finally:
        _kill_group(process.pid)  # the leader is not reaped yet, so its group id cannot have been reused
        process.wait()
        process.stdout.close()
        process.stderr.close()
    if not finished:
        raise subprocess.TimeoutExpired(list(argv), timeout, output=_text(out), stderr=_text(err))
    return subprocess.CompletedProcess(list(argv), process.returncode, _text(out), _text(err))


def _collect(process: subprocess.Popen, timeout: float, limit: int) -> tuple[bytes, bytes, bool]:
    """Read both pipes until they close or the time is up; (stdout, stderr, whether the helper finished)."""
    import selectors

    assert process.stdout is not None and process.stderr is not None  # both are pipes
    kept = {process.stdout.fileno(): bytearray(), process.stderr.fileno(): bytearray()}
    deadline = time.monotonic() + timeout
    exited_at: float | None = None
    with selectors.DefaultSelector() as selector:
        for fd in kept:
            selector.register(fd, selectors.EVENT_READ)
        while selector.get_map():
            now = time.monotonic()
            if exited_at is None and _exited(process):
                exited_at = now
            if exited_at is not None and now - exited_at > _LINGER_S:
                break  # its children hold the pipes open; they are killed with the group
            if now >= deadline:
                return bytes(kept[process.stdout.fileno()]), bytes(kept[process.stderr.fileno()]), exited_at is not None
            for key, _ in selector.select(min(deadline - now, 0.05)):
                chunk = os.read(key.fd, _READ)
                if not chunk:
                    selector.unregister(key.fd)
                    continue
                buffer = kept[key.fd]
                if len(buffer) < limit:
                    buffer += chunk[: limit - len(buffer)]
    out, err = bytes(kept[process.stdout.fileno()]), bytes(kept[process.stderr.fileno()])
    while exited_at is None and not _exited(process):  # it closed its output and runs on
        if time.monotonic() >= deadline:
            return out, err, False
        time.sleep(0.01)
    return out, err, True


def _exited(process: subprocess.Popen) -> bool:
    """Has the helper exited? Without reaping it (WNOWAIT): its pid, and so its group id, stay ours until wait()."""
    if not hasattr(os, "waitid"):  # pragma: no cover - macOS: reaped here, a moment before its group is killed
        return process.poll() is not None
    try:
        return os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
    except ChildProcessError:
        return True


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")
