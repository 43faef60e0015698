"""daemon run / start / stop / status (placeholder wiring until the daemon lands)."""

from __future__ import annotations

from pacer.env import Env


def ensure_daemon(env: Env) -> str:
    from pacer.daemon_lock import running_pid

    if running_pid(env.paths.daemon_lock):
        return "Reminders are running in the background. `pacer status` shows where you are."
    return "`pacer status` shows where you are."
