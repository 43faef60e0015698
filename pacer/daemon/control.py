"""Starting and stopping the daemon from the CLI: detached, and only "started" once it says it is ready."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from pacer.daemon.lock import running_pid
from pacer.errors import PacerError
from pacer.paths import Paths, open_private, pin_home
from pacer.text import printable

READY_TIMEOUT_S = 10.0
STOP_TIMEOUT_S = 5.0
READY_FD_ENV = "PACER_READY_FD"


def start_detached(paths: Paths, *, ready_pipe: bool = os.name == "posix") -> int:
    """Start `pacer daemon run` in its own session; return its pid once it is ready.

    The daemon says "ready" (or why not) through a pipe; where a pipe cannot be
    handed to a child (Windows), readiness is the daemon holding its lock.
    Its stderr goes to logs/daemon-start.log: a crash before its own log is
    open (a broken install, say) still leaves a reason to show.
    """
    pid = running_pid(paths.daemon_lock)
    if pid:
        return pid
    paths.ensure()
    read_end, write_end = os.pipe() if ready_pipe else (None, None)
    start_log = Path(paths.start_log)
    try:
        process = _spawn(paths, write_end, start_log)
    except (OSError, PacerError) as exc:  # PacerError: daemon-start.log cannot be opened (a link, say)
        if read_end is not None:
            os.close(read_end)
        detail = exc.message if isinstance(exc, PacerError) else exc.strerror or exc
        raise PacerError(f"could not start the reminder daemon: {detail}") from None
    finally:
        if write_end is not None:
            os.close(write_end)
    if read_end is None:
        message = _wait_for_lock(paths, process, READY_TIMEOUT_S)
    else:
        try:
            message = _read_line(read_end, READY_TIMEOUT_S)
        finally:
            os.close(read_end)
    if message == "ready":
        return process.pid
    if message.startswith("error: another pacer daemon"):
        return running_pid(paths.daemon_lock) or process.pid
    detail = message.removeprefix("error: ") if message else _why_it_said_nothing(process, start_log)
    raise PacerError(f"the reminder daemon did not start: {detail}; see {paths.log} and {start_log}")


def _spawn(paths: Paths, write_end: int | None, start_log: Path) -> subprocess.Popen:
    """`python -m pacer daemon run`, detached, in the data dir, its stderr in start_log."""
    env = dict(os.environ)
    env.pop("PACER_NO_AUTOSTART", None)
    pin_home(env)  # it runs in the data dir: a relative PACER_HOME would point elsewhere there
    # This terminal's TZ would pin the daemon's zone for good (a process cannot see a
    # later TZ); without it, it follows the computer's zone, read again on every
    # heartbeat, as under systemd or launchd. `general.timezone` pins one on purpose.
    env.pop("TZ", None)
    # The daemon runs in the data dir: make this very pacer importable there (a checkout, too).
    package_root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
    kwargs: dict = {"start_new_session": True} if os.name == "posix" else {"creationflags": 0x00000008}  # DETACHED_PROCESS
    if write_end is not None:
        env[READY_FD_ENV] = str(write_end)
        kwargs["pass_fds"] = (write_end,)
    with open(open_private(start_log, os.O_WRONLY | os.O_TRUNC), "wb") as stderr:  # never through a link
        return subprocess.Popen(
            [sys.executable, "-m", "pacer", "daemon", "run"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env=env,
            cwd=str(paths.data_dir),
            close_fds=True,
            **kwargs,
        )


def _why_it_said_nothing(process: subprocess.Popen, start_log: Path) -> str:
    try:
        code = process.wait(timeout=1)
    except subprocess.TimeoutExpired:
        return f"no answer within {READY_TIMEOUT_S:.0f}s"
    said = _last_line(start_log)
    return f"it stopped at once (exit status {code}{': ' + said if said else ''})"


def _wait_for_lock(paths: Paths, process: subprocess.Popen, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if running_pid(paths.daemon_lock):
            return "ready"
        if process.poll() is not None:
            return ""
        time.sleep(0.05)
    return ""


def _last_line(path: Path) -> str:
    try:
        with open(path, "rb") as handle:  # its end is enough: a daemon that printed without end left a big file
            handle.seek(max(0, handle.seek(0, os.SEEK_END) - 8192))
            text = handle.read().decode(errors="replace")
    except OSError:
        return ""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return printable(lines[-1])[:200] if lines else ""


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
