"""Autostart files for the reminder daemon (`<python> -m pacer daemon run`).

Pure text builders for each platform, `plan_autostart` to pick one, and small
`install`/`uninstall` functions that take explicit paths and an injectable
`run`, so tests write into tmp_path and capture the systemctl calls.
"""

from __future__ import annotations

import ntpath
import os
import plistlib
import posixpath
import re
import shutil
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pacer.atomic_files import write_output
from pacer.daemon import helper
from pacer.errors import PacerError

DAEMON_ARGS = ("-m", "pacer", "daemon", "run")
UNIT_NAME = "pacer.service"
LAUNCHD_LABEL = "io.pacer.daemon"
WINDOWS_SCRIPT = "pacer-daemon.cmd"
# A systemd user service does not inherit the login session's environment. Without
# these, plyer finds no session bus / display and notifications silently vanish.
# The unit carries only the session bus: notifications travel over D-Bus and
# need no DISPLAY, and a DISPLAY written here would override the one a later
# login imports into the user manager (`systemctl --user import-environment`).
# The user manager sets XDG_RUNTIME_DIR itself.
USER_BUS = "unix:path=%t/bus"  # systemd's per-user bus, the same at every login (%t: the runtime dir)

# Autostart.kind values.
SYSTEMD = "systemd"
XDG_AUTOSTART = "xdg-autostart"
LAUNCHD = "launchd"
WINDOWS_STARTUP = "windows-startup"

Run = Callable[..., "subprocess.CompletedProcess[str]"]


@dataclass(frozen=True)
class Autostart:
    kind: str  # one of SYSTEMD, XDG_AUTOSTART, LAUNCHD, WINDOWS_STARTUP
    path: Path
    text: str


# --- systemd ---------------------------------------------------------------------


def _systemd_quote(value: str) -> str:
    """One double-quoted word for Environment= or ExecStart='s executable.

    systemd C-unescapes quoted words and expands %-specifiers in both settings.
    `$` needs nothing: Environment= never expands it, and neither does the
    executable path of ExecStart= (there `$$` would stay `$$`, tried with v252).
    """
    out: list[str] = []
    for char in value:
        if char in '\\"':
            out.append("\\" + char)
        elif char == "%":
            out.append("%%")
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\x{ord(char):02x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _unit_bus(environ: Mapping[str, str]) -> str | None:
    """The session bus for the unit: the per-user bus as USER_BUS, any other (dbus-launch) as it is now."""
    address = environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    runtime = environ.get("XDG_RUNTIME_DIR", "").rstrip("/")
    if runtime and address.split(",")[0] == f"unix:path={runtime}/bus":
        return USER_BUS
    return address or None


def systemd_unit(python: str, environ: Mapping[str, str], pacer_home: str | None) -> str:
    """A systemd *user* unit that runs the daemon in the user's desktop session."""
    _require_absolute(python, posixpath.isabs)
    if any(char in "\"'\\" or ord(char) < 0x20 or ord(char) == 0x7F for char in python):
        # systemd refuses such an executable path outright ("Executable name
        # contains special characters"), however it is quoted.
        raise PacerError(
            f"systemd cannot start a Python whose path holds quotes, backslashes or "
            f"control characters ({python!r}); install pacer under a plainer path"
        )
    env = {}
    bus = _unit_bus(environ)
    if bus and bus != USER_BUS:
        env["DBUS_SESSION_BUS_ADDRESS"] = bus
    if pacer_home:
        env["PACER_HOME"] = pacer_home
    env_lines = f'Environment="DBUS_SESSION_BUS_ADDRESS={USER_BUS}"\n' if bus == USER_BUS else ""
    env_lines += "".join(
        f"Environment={_systemd_quote(f'{name}={value}')}\n" for name, value in env.items()
    )
    # The fixed arguments need no quoting; the path to Python may hold anything.
    exec_start = " ".join((_systemd_quote(python), *DAEMON_ARGS))
    return f"""\
# Written by pacer: starts the reminder daemon when you log in.
# It carries only the session bus (notifications need nothing else); a bus
# that is not systemd's per-user one changes between logins, and installing
# autostart again rewrites this file with the current one.
[Unit]
Description=pacer reminders
# Ordering only: where the desktop provides graphical-session.target, start once
# the session is up. Deliberately no Requires=/PartOf=: many window managers
# never start that target, and PartOf= would stop pacer at logout without
# starting it again at the next login while the user manager lingers.
After=graphical-session.target
# A daemon that keeps failing (say, a broken config) should stop after a few
# tries and show up in `systemctl --user status`, not restart forever.
StartLimitIntervalSec=300
StartLimitBurst=5

[Service]
# exec: a missing Python is reported as a failed start, not a later crash.
Type=exec
{env_lines}ExecStart={exec_start}
Restart=on-failure
RestartSec=5

[Install]
# default.target is reached at every login, on any desktop; a reminder that
# cannot be shown yet is recorded and retried by the daemon, so starting a
# little before the display is ready costs nothing.
WantedBy=default.target
"""


# --- macOS -----------------------------------------------------------------------


def launchd_plist(python: str, pacer_home: str | None) -> str:
    """A LaunchAgent (~/Library/LaunchAgents) that starts the daemon at login."""
    _require_absolute(python, posixpath.isabs)
    agent: dict[str, object] = {
        "Label": LAUNCHD_LABEL,
        "ProgramArguments": [python, *DAEMON_ARGS],
        "RunAtLoad": True,
        # Restart after a crash or error exit, but not after a clean stop.
        "KeepAlive": {"SuccessfulExit": False},
        # Only in a GUI login (Aqua): over ssh there is nobody to show a reminder to.
        "LimitLoadToSessionType": "Aqua",
    }
    if pacer_home:
        agent["EnvironmentVariables"] = {"PACER_HOME": pacer_home}
    return plistlib.dumps(agent, fmt=plistlib.FMT_XML, sort_keys=False).decode("utf-8")


# --- XDG autostart (Linux/BSD desktops without systemd) ---------------------------

# Desktop Entry spec, "The Exec key": arguments holding these must be quoted.
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def _desktop_exec_arg(arg: str) -> str:
    if arg and not any(char in _EXEC_RESERVED for char in arg):
        return arg.replace("%", "%%")
    quoted = re.sub(r'(["`$\\])', r"\\\1", arg).replace("%", "%%")
    return f'"{quoted}"'


def _desktop_string(value: str) -> str:
    # The general escapes of string values apply on top of Exec quoting, so a
    # literal backslash inside a quoted argument ends up as four in the file.
    return (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    )


def xdg_autostart_desktop(python: str, pacer_home: str | None) -> str:
    """~/.config/autostart/pacer.desktop: started by the desktop session at login."""
    _require_absolute(python, posixpath.isabs)
    # Exec cannot set variables itself; env(1) is the usual way to pass them.
    argv = (["env", f"PACER_HOME={pacer_home}"] if pacer_home else []) + [python, *DAEMON_ARGS]
    exec_value = " ".join(_desktop_exec_arg(arg) for arg in argv)
    return f"""\
[Desktop Entry]
Type=Application
Version=1.5
Name=pacer
Comment=Starts the reminders you set up with pacer
Exec={_desktop_string(exec_value)}
TryExec={_desktop_string(python)}
Terminal=false
NoDisplay=true
X-GNOME-Autostart-enabled=true
"""


# --- Windows ---------------------------------------------------------------------

_PYTHON_EXE = re.compile(r"python(\d+(\.\d+)?)?\.exe", re.IGNORECASE)


def pythonw_for(python: str) -> str:
    """pythonw.exe beside python.exe: the same interpreter without a console."""
    folder, name = ntpath.split(python)
    if _PYTHON_EXE.fullmatch(name):
        return ntpath.join(folder, "pythonw" + name[len("python") :])
    return python


def _cmd_value(value: str) -> str:
    # Inside double quotes cmd.exe treats & | < > ^ literally; only % expands.
    # A double quote cannot be escaped there, and Windows paths never hold one.
    if '"' in value or "\n" in value or "\r" in value:
        raise PacerError(f"cannot put {value!r} into a startup script")
    return value.replace("%", "%%")


def windows_startup_cmd(python: str, pacer_home: str | None) -> str:
    """A .cmd for the Startup folder that launches the daemon with pythonw.

    Simplest thing that works everywhere: `start` returns at once, so the cmd
    console only flashes; the daemon itself (pythonw) never has a console. A .vbs
    would hide even the flash, but Windows is phasing VBScript out.
    """
    _require_absolute(python, ntpath.isabs)
    lines = [
        "@echo off",
        "rem Written by pacer: starts the reminder daemon when you log in.",
        # Batch files are read in the OEM code page; switch to UTF-8 so paths
        # with non-ASCII letters (C:\Users\Jürgen) survive.
        "chcp 65001 >nul",
    ]
    if pacer_home:
        lines.append(f'set "PACER_HOME={_cmd_value(pacer_home)}"')
    lines.append(f'start "" "{_cmd_value(pythonw_for(python))}" {" ".join(DAEMON_ARGS)}')
    return "\r\n".join(lines) + "\r\n"


# --- choosing and detecting --------------------------------------------------------


def _require_absolute(path: str, isabs: Callable[[str], bool]) -> None:
    if not path or not isabs(path):
        raise PacerError(f"autostart needs an absolute path to Python, not {path!r}")


def detect_systemd(environ: Mapping[str, str], *, root: Path = Path("/")) -> bool:
    """True when systemd runs this machine (sd_booted's test) and systemctl is on PATH."""
    if not (root / "run" / "systemd" / "system").is_dir():
        return False
    return shutil.which("systemctl", path=environ.get("PATH", os.defpath)) is not None


def plan_autostart(
    platform: str,
    home: Path,
    environ: Mapping[str, str],
    python: str,
    pacer_home: str | None,
    has_systemd: bool,
) -> Autostart:
    """Which autostart file this platform gets, where it goes and what it says.

    `platform` is a sys.platform value; nothing here looks at the running system.
    """
    if pacer_home:
        # Expand ~ against the given home so this stays pure. A relative path would
        # mean something else once the service starts in another directory.
        if pacer_home == "~" or pacer_home.startswith(("~/", "~\\")):
            pacer_home = str(home / pacer_home[2:]) if len(pacer_home) > 1 else str(home)
        flavour = ntpath if platform == "win32" else posixpath
        if not flavour.isabs(pacer_home):
            raise PacerError(
                f"PACER_HOME is a relative path ({pacer_home}); autostart needs an absolute one"
            )
    if platform == "darwin":
        path = home / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"
        return Autostart(LAUNCHD, path, launchd_plist(python, pacer_home))
    if platform == "win32":
        appdata = environ.get("APPDATA") or str(home / "AppData" / "Roaming")
        startup = Path(appdata, "Microsoft", "Windows", "Start Menu", "Programs", "Startup")
        script = windows_startup_cmd(python, pacer_home)
        return Autostart(WINDOWS_STARTUP, startup / WINDOWS_SCRIPT, script)
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly")):
        # Both systemd and the autostart spec honour XDG_CONFIG_HOME when absolute.
        xdg = environ.get("XDG_CONFIG_HOME", "")
        config = Path(xdg) if xdg and posixpath.isabs(xdg) else home / ".config"
        if has_systemd:
            unit = config / "systemd" / "user" / UNIT_NAME
            return Autostart(SYSTEMD, unit, systemd_unit(python, environ, pacer_home))
        desktop = config / "autostart" / "pacer.desktop"
        return Autostart(XDG_AUTOSTART, desktop, xdg_autostart_desktop(python, pacer_home))
    raise PacerError(f"pacer cannot set up autostart on this platform ({platform})")


# --- install / uninstall ------------------------------------------------------------


def install(autostart: Autostart, *, run: Run = helper.run) -> list[str]:
    """Write the autostart file atomically and, for systemd, enable and start it."""
    path = autostart.path
    previous = _read_or_none(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PacerError(f"cannot write {path}: {exc.strerror or exc}") from None
    write_output(path, autostart.text)  # a linked unit file (dotfiles) stays a link
    lines = [f"{'Updated' if previous is not None else 'Wrote'} {path}"]
    if autostart.kind != SYSTEMD:
        return lines + ["The reminder daemon will start when you log in."]
    note = f"The unit file is {path}."
    _systemctl(run, "daemon-reload", note=note)
    _systemctl(run, "enable", "--now", UNIT_NAME, note=note)
    if previous is not None and previous != autostart.text:
        # enable --now leaves a running daemon alone; restart it so it gets the
        # new settings (try-restart does nothing when it is not running).
        _systemctl(run, "try-restart", UNIT_NAME, note=note)
    return lines + [
        f"Enabled {UNIT_NAME}: the reminder daemon starts when you log in, and is running now.",
        f"Check on it with: systemctl --user status {UNIT_NAME}",
    ]


def uninstall(autostart: Autostart, *, run: Run = helper.run) -> list[str]:
    """Disable (systemd) and remove the autostart file; fine when there is none."""
    path = autostart.path
    if not path.exists():
        return [f"Autostart is not installed (there is no {path})."]
    lines: list[str] = []
    if autostart.kind == SYSTEMD:
        # Disable first: if systemd cannot be reached the file stays, so trying
        # again later still works.
        _systemctl(run, "disable", "--now", UNIT_NAME, note=f"{path} is still there.")
        lines.append(f"Stopped and disabled {UNIT_NAME}")
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise PacerError(f"cannot remove {path}: {exc.strerror or exc}") from None
    lines.append(f"Removed {path}")
    if autostart.kind == SYSTEMD:
        _systemctl(run, "daemon-reload", note=f"{path} is already removed.")
    else:
        lines.append("A reminder daemon that is already running keeps running until you log out.")
    return lines


def _read_or_none(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _systemctl(run: Run, *args: str, note: str) -> None:
    command = ["systemctl", "--user", *args]
    shown = " ".join(command)
    try:
        result = run(command, capture_output=True, text=True, check=False, timeout=60)
    except FileNotFoundError:
        raise PacerError(f"cannot run `{shown}`: systemctl is not installed") from None
    except subprocess.TimeoutExpired:
        raise PacerError(f"`{shown}` did not finish within a minute") from None
    except OSError as exc:
        raise PacerError(f"cannot run `{shown}`: {exc.strerror or exc}") from None
    if result.returncode == 0:
        return
    detail = (result.stderr or result.stdout or "").strip().splitlines()
    reason = detail[-1] if detail else f"exit status {result.returncode}"
    hint = ""
    if "bus" in reason.lower():
        # The classic case: sudo, su or ssh without a user session.
        hint = " (run this as yourself inside your desktop session, not via sudo or su)"
    raise PacerError(f"`{shown}` failed: {reason}{hint}. {note}")
