"""Settings: the shipped config/default.toml, overridden by the user's config.toml.

Every key is declared once in KEYS with how to read it and what is expected,
so loading, `config get` and `config set` share one set of rules, and every
error names the file, the key, the value and what was expected.

Size: a little over 400 lines because KEYS, their readers and Settings must stay together
(one declaration per key); the plain forms for `config set` live in config_input.py.
"""

from __future__ import annotations

import os
from datetime import time, timedelta

from pacer.domain import MODES
from pacer.errors import ConfigError, PacerError
from pacer.limits import MAX_CHECKPOINTS, MAX_CONFIG_BYTES, MAX_DAILY_TIMES, MAX_LENGTH
from pacer.paths import shipped
from pacer.records import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on `pacer status`'s path
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from pacer.paths import StrPath

def _is_hhmm(text: str) -> bool:
    """HH:MM from 00:00 to 23:59 (a digit is any decimal digit, as the regular expression \\d has it)."""
    if len(text) != 5 or text[2] != ":" or text[3] not in "012345" or not text[4].isdecimal():
        return False
    return (text[0] in "01" and text[1].isdecimal()) or (text[0] == "2" and text[1] in "0123")


def _time_of(value: Any) -> time:
    if not isinstance(value, str) or not _is_hhmm(value):
        raise ValueError
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def _times(value: Any) -> tuple[time, ...]:
    if not isinstance(value, list) or len(value) > MAX_DAILY_TIMES:
        raise ValueError
    parsed = [_time_of(v) for v in value]
    if len(set(parsed)) != len(parsed):
        raise ValueError
    return tuple(sorted(parsed))


def _quiet_hours(value: Any) -> tuple[time, time] | None:
    if value == []:
        return None
    if not isinstance(value, list) or len(value) != 2:
        raise ValueError
    start, end = _time_of(value[0]), _time_of(value[1])
    if start == end:
        raise ValueError
    return start, end


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError
    return value


def _duration(value: Any) -> timedelta:
    from pacer.durations import parse_duration

    if not isinstance(value, str):
        raise ValueError
    try:
        delta = parse_duration(value)
    except PacerError:
        raise ValueError from None
    if delta > MAX_LENGTH:
        raise ValueError
    return delta


def _durations(value: Any) -> tuple[timedelta, ...]:
    if not isinstance(value, list) or not value or len(value) > MAX_CHECKPOINTS:
        raise ValueError
    parsed = [_duration(v) for v in value]
    if len(set(parsed)) != len(parsed):
        raise ValueError
    return tuple(sorted(parsed))


def _mode(value: Any) -> str:
    if value not in MODES:
        raise ValueError
    return value


def _timezone(value: Any) -> str:
    from pacer.clock import local_zone

    if not isinstance(value, str):
        raise ValueError
    if value:
        try:
            local_zone(value)
        except ConfigError:
            raise ValueError from None
    return value


def _backend(value: Any) -> str:
    if value not in ("auto", "plyer", "notify-send"):
        raise ValueError
    return value


class Key(Record):
    read: Callable[[Any], Any]
    expected: str


KEYS: dict[str, Key] = {
    "general.timezone": Key(_timezone, 'a time zone name like "Europe/Berlin", or "" for the computer\'s own'),
    "general.default_mode": Key(_mode, '"wait" or "no-contact"'),
    "reminders.times": Key(_times, f'a list of up to {MAX_DAILY_TIMES} distinct "HH:MM" times, e.g. ["10:00", "20:30"]'),
    "reminders.quiet_hours": Key(_quiet_hours, '["HH:MM", "HH:MM"] (start, end) or [] for none'),
    "reminders.discreet": Key(_bool, "true or false"),
    "lengths.wait": Key(_duration, 'a duration up to 365 days, e.g. "3d" or "36h"'),
    "lengths.no_contact": Key(_duration, 'a duration up to 365 days, e.g. "30d"'),
    "checkpoints.wait": Key(_durations, f'a non-empty list of at most {MAX_CHECKPOINTS} distinct durations, e.g. ["6h", "1d", "3d"]'),
    "checkpoints.no_contact": Key(_durations, f'a non-empty list of at most {MAX_CHECKPOINTS} distinct durations, e.g. ["3d", "7d", "14d"]'),
    "checkpoints.follow_up": Key(_duration, 'a duration up to 365 days, e.g. "3d"'),
    "checkpoints.reply_window_wait": Key(_duration, 'a duration up to 365 days, e.g. "24h"'),
    "checkpoints.reply_window_no_contact": Key(_duration, 'a duration up to 365 days, e.g. "3d"'),
    "checkpoints.night": Key(_quiet_hours, '["HH:MM", "HH:MM"] (start, end) or [] for none'),
    "safety.check_in": Key(_bool, "true or false"),
    "notifications.backend": Key(_backend, '"auto" (plyer), "plyer" or "notify-send"'),
}


class Settings(Record):
    values: dict[str, Any]  # key -> parsed value, for every key in KEYS
    raw: dict[str, Any]  # key -> TOML value as written (for `config get`)

    @property
    def timezone(self) -> str:
        return self.values["general.timezone"]

    @property
    def default_mode(self) -> str:
        return self.values["general.default_mode"]

    @property
    def reminder_times(self) -> tuple[time, ...]:
        return self.values["reminders.times"]

    @property
    def quiet_hours(self) -> tuple[time, time] | None:
        return self.values["reminders.quiet_hours"]

    @property
    def discreet(self) -> bool:
        return self.values["reminders.discreet"]

    @property
    def safety_check_in(self) -> bool:
        """After crisis words, a gentle check-in notification about an hour later."""
        return self.values["safety.check_in"]

    @property
    def backend(self) -> str:
        return self.values["notifications.backend"]

    def length(self, mode: str) -> timedelta:
        return self.values[f"lengths.{_section_name(mode)}"]

    def checkpoints(self, mode: str) -> tuple[timedelta, ...]:
        return self.values[f"checkpoints.{_section_name(mode)}"]

    @property
    def follow_up(self) -> timedelta:
        """How much longer a period runs when they keep waiting, or reach out, with no checkpoint left."""
        return self.values["checkpoints.follow_up"]

    def reply_window(self, mode: str) -> timedelta:
        """After a reach-out, the next checkpoint is at least this far away: time to hear back."""
        return self.values[f"checkpoints.reply_window_{_section_name(mode)}"]

    @property
    def night(self) -> tuple[time, time] | None:
        """A reach-out chosen in this window stays sealed until its end (None: no night)."""
        return self.values["checkpoints.night"]


def _section_name(mode: str) -> str:
    return mode.replace("-", "_")


def default_path() -> str:
    return os.path.join(shipped("config"), "default.toml")


def load(user_path: StrPath, defaults_path: StrPath | None = None, *, cache: StrPath | None = None) -> Settings:
    """Defaults, then the user's file on top; ConfigError on any problem.

    With `cache`, the merged raw values are kept there (marshal) keyed by
    both files' size and mtime, so most commands never import tomllib.
    """
    defaults_path = defaults_path or default_path()
    stamp = _stamp(defaults_path, user_path)
    cached = _read_cache(cache, stamp) if cache else None
    raw = cached
    if raw is None:
        raw = _flatten(_read_toml(defaults_path, required=True), defaults_path)
        if stamp[1] is not None:
            raw.update(_flatten(_read_toml(user_path, required=False), user_path))
    settings = _parse(raw, user_path if stamp[1] is not None else defaults_path)
    if cache and cached is None:  # a cache that was read is up to date
        _write_cache(cache, stamp, raw)
    return settings


CACHE_BYTES = 64 * 1024  # the merged settings, marshalled: about 400 bytes


def _stamp(*paths: StrPath) -> tuple:
    stamps: list[tuple[str, int, int] | None] = []
    for path in paths:
        try:
            info = os.stat(path)
            stamps.append((str(path), info.st_size, info.st_mtime_ns))
        except OSError:
            stamps.append(None)
    return tuple(stamps)


def _read_cache(cache: StrPath, stamp: tuple) -> dict[str, Any] | None:
    import marshal

    from pacer.paths import read_file

    try:
        cached_stamp, raw = marshal.loads(read_file(cache, CACHE_BYTES))  # a FIFO or a huge file is no cache
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return raw if cached_stamp == stamp else None


def _write_cache(cache: StrPath, stamp: tuple, raw: dict[str, Any]) -> None:
    """Best effort: a cache that cannot be written only costs speed."""
    import marshal

    from pacer.paths import open_private, read_file

    try:
        current = read_file(cache, CACHE_BYTES) if os.path.exists(cache) else b""
        data = marshal.dumps((stamp, raw))
        if current != data:
            tmp = os.fspath(cache) + ".tmp"
            fd = open_private(tmp, os.O_WRONLY | os.O_TRUNC)  # never through a link someone put there
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, cache)
    except (OSError, ValueError, PacerError):
        pass


def _parse(raw: dict[str, Any], path: StrPath) -> Settings:
    values = {}
    for name, key in KEYS.items():
        if name not in raw:
            raise ConfigError(f"{path}: {name} is missing; expected {key.expected}")
        values[name] = _read_value(name, raw[name], path)
    return Settings(values=values, raw=raw)


def _read_value(name: str, value: Any, path: StrPath) -> Any:
    key = KEYS[name]
    try:
        return key.read(value)
    except (ValueError, TypeError):
        raise ConfigError(f"{path}: {name} = {_show(value)} is not valid; expected {key.expected}") from None


def _show(value: Any) -> str:
    """A value as one line of TOML (for the settings' types JSON's spelling is TOML's)."""
    import json

    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    return _shorten(text)


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _read_toml(path: StrPath, *, required: bool) -> dict[str, Any]:
    from pacer.paths import FileTooLarge, NotRegularFile, decode_text, read_file

    try:
        text = decode_text(read_file(path, MAX_CONFIG_BYTES))
    except FileNotFoundError:
        raise ConfigError(f"{path}: file is missing" + (" (pacer's install is incomplete)" if required else "")) from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text; save it as UTF-8") from None
    except NotRegularFile:
        raise ConfigError(f"{path}: not a regular file (a pipe, a device or a socket); pacer's settings are a TOML file") from None
    except FileTooLarge:
        raise ConfigError(f"{path}: larger than {MAX_CONFIG_BYTES} bytes; pacer's settings take a few lines") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read it: {exc.strerror or exc}") from None
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except RecursionError:  # e.g. times = [[[[...]]]] hundreds deep: no setting is nested like that
        raise ConfigError(f"{path}: nested too deeply to be pacer's settings (lists inside lists); see config/default.toml") from None


def _flatten(data: dict[str, Any], path: StrPath) -> dict[str, Any]:
    flat = {}
    for section, table in data.items():
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: {section} must be a [{section}] table; {known_near(section)}")
        for name, value in table.items():
            dotted = f"{section}.{name}"
            if dotted not in KEYS:
                raise ConfigError(f"{path}: unknown setting {dotted}; {known_near(dotted)}")
            flat[dotted] = value
    return flat


def known_near(name: str) -> str:
    """The known settings of `name`'s section, or the known sections: short enough for one line."""
    section = name.split(".", 1)[0]
    keys = [key for key in KEYS if key.split(".", 1)[0] == section]
    if keys:
        return f"known settings in [{section}]: {', '.join(keys)}"
    return f"known sections: {', '.join(dict.fromkeys(key.split('.', 1)[0] for key in KEYS))} (`pacer config get` lists every setting)"


def get(settings: Settings, name: str) -> str:
    """The effective value of one setting, as TOML."""
    if name not in KEYS:
        raise ConfigError(f"unknown setting {name!r}; {known_near(name)}")
    return _show(settings.raw[name])


def get_section(name: str) -> list[str]:
    """The settings in table `name` (e.g. "reminders"); ConfigError naming every setting when there is none."""
    keys = [key for key in KEYS if key.startswith(f"{name}.")]
    if not keys:
        raise ConfigError(f"unknown setting {name!r}; known settings: {', '.join(KEYS)}")
    return keys


def with_defaults(data: dict[str, Any], path: StrPath) -> Settings:
    """A user file's TOML `data` over the defaults, checked whole; ConfigError naming `path`."""
    merged = _flatten(_read_toml(default_path(), required=True), default_path())
    merged.update(_flatten(data, path))
    return _parse(merged, path)


def set_value(user_path: StrPath, name: str, value_text: str) -> Any:
    """Validate `value_text` (a TOML value, or its plain form: pacer.config_input) and write it to the user's file.

    Nothing is written unless the value and the resulting file are valid.
    """
    from pacer.config_input import plain_example, typed_value

    value = typed_value(name, value_text)
    try:
        _read_value(name, value, "value")
    except ConfigError as error:
        raise ConfigError(f"{error.message} (or plainly: {plain_example(name)})") from None
    current = _read_toml(user_path, required=False) if os.path.exists(user_path) else {}
    _flatten(current, user_path)  # refuse to rewrite a broken file; say what is wrong with it
    section, key = name.split(".", 1)
    current.setdefault(section, {})[key] = value
    with_defaults(current, user_path)  # the whole file must be valid before it is written
    try:
        _write_atomic(user_path, current)
    except PacerError as error:  # e.g. a read-only file system: say so, in one line
        raise ConfigError(f"{error.message}; nothing was changed") from None
    return value


def _write_atomic(path: StrPath, data: dict[str, Any]) -> None:
    _stage(path, data).commit()


def _stage(path: StrPath, data: dict[str, Any]):
    import tomli_w

    from pacer.atomic_files import stage_private
    from pacer.paths import make_private_dir

    text = "# Your pacer settings; see `pacer config path` and config/default.toml for all of them.\n"
    text += tomli_w.dumps(data)
    make_private_dir(os.path.dirname(os.path.abspath(path)))
    return stage_private(path, text)


# --- export / import ---------------------------------------------------------------


def user_values(user_path: StrPath) -> dict[str, Any]:
    """What the user's own config.toml sets (dotted keys, TOML values); {} without a file."""
    if not os.path.exists(user_path):
        return {}
    return _flatten(_read_toml(user_path, required=False), user_path)


def check_value(name: str, value: Any, where: str) -> None:
    """Raise ConfigError (naming `where`) unless `value` is valid for setting `name`."""
    if name not in KEYS:
        raise ConfigError(f"{where}: unknown setting {name!r}; {known_near(name)}")
    _read_value(name, value, where)


def stage_user_values(user_path: StrPath, values: dict[str, Any]):
    """A config.toml holding exactly `values` (validated by the caller), written beside the user's: an atomic_files.Staged.

    `.commit()` replaces the user's file with it, atomically; `.discard()` leaves the user's file as it was.
    """
    nested: dict[str, dict[str, Any]] = {}
    for name, value in values.items():
        section, key = name.split(".", 1)
        nested.setdefault(section, {})[key] = value
    return _stage(user_path, nested)
