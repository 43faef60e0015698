"""Opening `pacer checkpoint` in the person's own terminal, from a click on a notification.

Which terminal, in this order: $TERMINAL (may carry its own options),
xdg-terminal-exec (the freedesktop proposal), x-terminal-emulator (Debian's
alternative), then the desktop's own (GNOME: gnome-terminal, KDE: konsole,
Xfce: xfce4-terminal, ...) and a few common ones. `pacer doctor` says which
one was found. The command runs under `sh`, which waits for Enter at the end
so the last words stay readable; the daemon reaps the process it started, so
no helper is left behind as a zombie.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import threading
from collections.abc import Mapping, Sequence
from typing import NamedTuple

# How each terminal is told "run this command": the words between its name and the command.
RUN = {
    "xdg-terminal-exec": [], "x-terminal-emulator": ["-e"], "gnome-terminal": ["--"], "konsole": ["-e"],
    "xfce4-terminal": ["-x"], "mate-terminal": ["-x"], "tilix": ["-e"], "terminator": ["-x"],
    "lxterminal": ["-e"], "kitty": [], "foot": [], "alacritty": ["-e"], "wezterm": ["start", "--"],
    "xterm": ["-e"], "urxvt": ["-e"], "st": ["-e"],
}
DESKTOPS = {"GNOME": "gnome-terminal", "KDE": "konsole", "XFCE": "xfce4-terminal", "MATE": "mate-terminal",
            "LXDE": "lxterminal", "LXQT": "lxterminal"}
COMMON = ("gnome-terminal", "konsole", "xfce4-terminal", "mate-terminal", "tilix", "kitty", "alacritty", "foot",
          "wezterm", "xterm")
HOLD = 'printf "\\n(Press Enter to close this window.)"; read -r _'


class Terminal(NamedTuple):
    name: str  # e.g. "kitty"
    argv: tuple[str, ...]  # the program and its options, before the run flag
    source: str  # how it was found: "$TERMINAL", "xdg-terminal-exec", "your desktop (GNOME)", ...

    def command(self, argv: Sequence[str]) -> list[str]:
        """The full command line that opens this terminal running `argv`, held open at the end."""
        script = f"{shlex.join(argv)}; {HOLD}"
        return [*self.argv, *RUN.get(self.name, ["-e"]), "sh", "-c", script]


def find_terminal(environ: Mapping[str, str] | None = None) -> Terminal | None:
    env = os.environ if environ is None else environ
    path = env.get("PATH", os.defpath)
    chosen = env.get("TERMINAL", "").strip()
    if chosen:
        try:
            words = shlex.split(chosen)
        except ValueError:
            words = []
        found = shutil.which(words[0], path=path) if words else None
        if found:
            return Terminal(os.path.basename(words[0]), (found, *words[1:]), "$TERMINAL")
    desktops = [part.upper() for part in env.get("XDG_CURRENT_DESKTOP", "").split(":") if part]
    own = [DESKTOPS[d] for d in desktops if d in DESKTOPS]
    for name in ("xdg-terminal-exec", "x-terminal-emulator", *own, *COMMON):
        found = shutil.which(name, path=path)
        if found:
            if name in own:
                source = f"your desktop ({env.get('XDG_CURRENT_DESKTOP')})"
            else:
                source = name if name in ("xdg-terminal-exec", "x-terminal-emulator") else "found on PATH"
            return Terminal(name, (found,), source)
    return None


def pacer_command(*args: str) -> list[str]:
    """This very pacer, as the daemon runs it (its Python, its modules)."""
    return [sys.executable, "-m", "pacer", *args]


def open_in_terminal(terminal: Terminal, argv: Sequence[str], environ: Mapping[str, str] | None = None) -> None:
    """Start the terminal (never waits for it); a thread reaps it when it ends. OSError if it cannot start."""
    env = dict(os.environ if environ is None else environ)
    process = subprocess.Popen(terminal.command(argv), env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    threading.Thread(target=process.wait, name="pacer-terminal-reaper", daemon=True).start()
