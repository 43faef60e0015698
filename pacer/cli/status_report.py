"""`pacer status` in each of its formats, with no click in sight.

Status bars run `pacer status` every few seconds, so pacer.launch answers
its plain forms with this module alone; the click command prints the same
`report`, so one place decides what each format shows.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on `pacer status`'s path
if TYPE_CHECKING:
    from typing import TextIO

FORMATS = ("text", "json", "waybar", "short")
_BOLD, _RESET = "\x1b[1m", "\x1b[0m"


def quick_format(args: list[str]) -> str | None:
    """The format that plain `status` arguments ask for; None for anything else (click parses it)."""
    if not args or args[0] != "status":
        return None
    rest = args[1:]
    if not rest:
        return "text"
    if rest == ["--json"]:
        return "json"
    if len(rest) == 2 and rest[0] == "--format" and rest[1] in FORMATS:
        return rest[1]
    if len(rest) == 1 and rest[0].startswith("--format=") and rest[0].partition("=")[2] in FORMATS:
        return rest[0].partition("=")[2]
    return None


def styled(stream: TextIO) -> bool:
    """Bold only on a terminal, and never when NO_COLOR is set, whatever its value."""
    return "NO_COLOR" not in os.environ and stream.isatty()


def report(fmt: str, env, *, style: bool) -> str:
    """What `pacer status --format FMT` prints, final newline included."""
    from pacer.cli.views import status_short, status_text, status_waybar
    from pacer.commands.status import read_status

    status = read_status(env)
    if fmt == "text":
        headline, newline, rest = status_text(status, env.now).partition("\n")
        text = (f"{_BOLD}{headline}{_RESET}" if style else headline) + newline + rest
    elif fmt == "short":
        text = status_short(status, env.now)
        if not text:
            return ""  # no period: not even a newline, so tmux and i3blocks show nothing
    else:
        import json

        if fmt == "waybar":  # one line per update, as Waybar reads it
            text = json.dumps(status_waybar(status, env.now), ensure_ascii=False)
        else:
            text = json.dumps(status.to_json(), indent=2, ensure_ascii=False)
    return text + "\n"
