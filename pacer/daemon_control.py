"""Starting and stopping the daemon from the CLI: detached, and only "started" once it says it is ready."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time

from pacer.daemon_lock import running_pid
from pacer.errors import PacerError
from pacer.paths import Paths

READY_TIMEOUT_S = 10.0
STOP_TIMEOUT_S = 5.0
READY_FD_ENV = "PACER_READY_FD"


def start_detached(paths: Paths) -> int:
    """Start `pacer daemon run` in its own session; return its pid once it is ready."""
    pid = running_pid(paths.daemon_lock)
    if pid:
        return pid
    paths.ensure()
    read_end, write_end = os.pipe()
    env = dict(os.environ, **{READY_FD_ENV: str(write_end)})
    env.pop("PACER_NO_AUTOSTART", None)
    kwargs = {"start_new_session": True} if os.name == "posix" else {"creationflags": 0x00000008}  # DETACHED_PROCESS
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "pacer", "daemon", "run"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            pass_fds=(write_end,),
            cwd=str(paths.data_dir),
            close_fds=True,
            **kwargs,
        )
    except OSError as exc:
        os.close(read_end)
        raise PacerError(f"could not start the reminder daemon: {exc}") from None
    finally:
        os.close(write_end)
    try:
        message = _read_line(read_end, READY_TIMEOUT_S)
    finally:
        os.close(read_end)
    if message == "ready":
        return process.pid
    if message.startswith("error: another pacer daemon"):
        return running_pid(paths.daemon_lock) or process.pid
    detail = message.removeprefix("error: ") if message else f"no answer within {READY_TIMEOUT_S:.0f}s"
    raise PacerError(f"the reminder daemon did not start: {detail}; see {paths.log}")


def _read_line(fd: int, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    data = b""
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        readable, _, _ = select.select([fd], [], [], remaining)
        if not readable:
            break
        chunk = os.read(fd, 512)
        if not chunk:
            break  # the daemon exited without a word
        data += chunk
    return data.decode(errors="replace").strip()


def report_ready(message: str) -> None:
    """In the daemon: tell the `pacer` that started us (if any) that we are ready, or why not."""
    fd = os.environ.pop(READY_FD_ENV, "")
    if not fd.isdigit():
        return
    try:
        os.write(int(fd), (message + "\n").encode())
        os.close(int(fd))
    except OSError:
        pass


def stop(paths: Paths) -> int | None:
    """Stop the running daemon; returns its pid, or None when none ran."""
    pid = running_pid(paths.daemon_lock)
    if not pid or pid < 0:
        return None
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return pid
    deadline = time.monotonic() + STOP_TIMEOUT_S
    while time.monotonic() < deadline:
        if running_pid(paths.daemon_lock) is None:
            return pid
        time.sleep(0.05)
    if hasattr(signal, "SIGKILL"):
        os.kill(pid, signal.SIGKILL)
    return pid
