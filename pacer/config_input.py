"""Settings as people type them: plain values for `config set`, a whole file for `config edit`.

`config set` takes a TOML value, and also the plain form where the type is
clear (`09:00,21:00` for a list of times, `3d` for a duration, `wait` for a
word); what it yields is checked by pacer.config's rules like any value.
`config edit` checks the whole edited file the same way before it replaces
config.toml, so a mistake never reaches the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pacer import config
from pacer.errors import ConfigError

_NONE_WORDS = ("", "none", "off", "no", "[]")
_BOOL_WORDS = {"true": True, "yes": True, "on": True, "false": False, "no": False, "off": False}
_SPLIT = re.compile(r"[,\s]+")


def _clock(text: str) -> str:
    """"9:00" -> "09:00"; anything else is left for the setting's own check to refuse."""
    return f"0{text}" if re.fullmatch(r"\d:\d\d", text) else text


def _times(text: str) -> list[str]:
    if text.strip().lower() in _NONE_WORDS:
        return []
    return [_clock(item) for item in _SPLIT.split(text.strip()) if item]


def _window(text: str) -> list[str]:
    if text.strip().lower() in _NONE_WORDS:
        return []
    return [_clock(item) for item in re.split(r"\s*(?:-|–|,|\s|to)\s*", text.strip()) if item]


def _durations(text: str) -> list[str]:
    return [item.strip() for item in text.split(",")]


def _word(text: str) -> str:
    return text.strip()


def _bool(text: str) -> Any:
    return _BOOL_WORDS.get(text.strip().lower(), text)


# setting -> (plain text -> TOML value, an example of the plain form)
PLAIN: dict[str, tuple[Callable[[str], Any], str]] = {
    "general.timezone": (_word, "Europe/Berlin"),
    "general.default_mode": (_word, "wait"),
    "reminders.times": (_times, "09:00,21:00, or none"),
    "reminders.quiet_hours": (_window, "22:30-08:00, or none"),
    "reminders.discreet": (_bool, "yes or no"),
    "lengths.wait": (_word, "3d"),
    "lengths.no_contact": (_word, "30d"),
    "checkpoints.wait": (_durations, "6h,1d,3d"),
    "checkpoints.no_contact": (_durations, "3d,7d,14d"),
    "checkpoints.follow_up": (_word, "3d"),
    "checkpoints.reply_window_wait": (_word, "24h"),
    "checkpoints.reply_window_no_contact": (_word, "3d"),
    "checkpoints.night": (_window, "00:00-06:00, or none"),
    "safety.check_in": (_bool, "yes or no"),
    "notifications.backend": (_word, "notify-send"),
}


def typed_value(name: str, text: str) -> Any:
    """The TOML value `text` stands for: TOML itself, or the setting's plain form."""
    import tomllib

    if name not in config.KEYS:
        keys = config.get_section(name)  # raises for an unknown name
        raise ConfigError(f"{name} is a table of settings; set one of them: {', '.join(keys)}")
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        pass
    except RecursionError:  # [[[[...]]]] hundreds deep: no setting is nested like that
        raise ConfigError(f"{name}: {_shown(text)} is nested too deeply to be a value; "
                          f"expected {config.KEYS[name].expected}") from None
    read, example = PLAIN[name]
    if "\n" in text or "=" in text:  # a TOML fragment gone wrong, not a plain value
        raise ConfigError(f"{name}: {_shown(text)} is not a value; expected {config.KEYS[name].expected} (or plainly: {example})")
    return read(text)


def _shown(text: str) -> str:
    shown = repr(text)
    return shown if len(shown) <= 80 else shown[:77] + "..."


def plain_example(name: str) -> str:
    return PLAIN[name][1]


# --- `pacer config edit` ---------------------------------------------------------------


def starter_text() -> str:
    """A config.toml to begin from: every setting, commented out, with what it means."""
    lines = ["# Your pacer settings. Remove the # before a setting and change its value;",
             "# pacer checks the file when you save and close the editor, and keeps the old one if it is not valid.", ""]
    body = Path(config.default_path()).read_text(encoding="utf-8").split("\n[", 1)[1]
    for line in ("[" + body).splitlines():
        lines.append(f"# {line}" if re.match(r"^[a-z_]+\s*=", line) else line)
    return "\n".join(lines) + "\n"


def check_text(user_path: Path, text: str) -> None:
    """ConfigError (naming the file, key and value) unless `text` is a valid config.toml."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{user_path}: not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{user_path}: nested too deeply to be pacer's settings (lists inside lists); "
                          "see config/default.toml") from None
    config.with_defaults(data, user_path)


def replace_text(user_path: Path, text: str) -> None:
    """Check `text` and make it the user's config.toml, atomically (0600); nothing changes if it is not valid."""
    from pacer.atomic_files import write_private
    from pacer.errors import PacerError
    from pacer.paths import make_private_dir

    check_text(user_path, text)
    try:
        make_private_dir(user_path.parent)
        write_private(user_path, text)
    except PacerError as error:
        raise ConfigError(f"{error.message}; nothing was changed") from None
