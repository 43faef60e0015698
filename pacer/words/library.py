"""The words pacer says: content/*.toml (plus the user's own) and a no-repeat picker.

One file per category, e.g. content/urge.toml, holding `[[entry]]` tables:

    [[entry]]
    id = "urge-wave"          # stable: rotation and history refer to it
    text = "..."
    title = "..."             # required where the text becomes a notification
    modes = ["wait"]          # optional; omitted = fits every mode (pacer's own entries always say)
    situations = ["blocked"]  # optional; omitted = fits every situation of those modes
    stage = "check-in"        # optional; see STAGES
    when = "night"            # optional: "night" (21:00-05:00) or "day"; omitted = any time

Filtering (`Entry.fits`, `Library.entries`); None in a request means "any":
* modes: an entry without `modes` fits every mode.
* situations (pacer.domain.Situation): an entry with `situations` fits only
  a period in one of them; a period whose situation was never said gets only
  entries without. `situation=ANY` in a request does not filter.
* when: an entry with `when` fits only at that time of day (a request
  without `at` does not filter).
* stages: an entry with a stage fits only a request for that stage, and an
  entry without one fits no stage request: an urge prompt is never a
  check-in, an early checkpoint question never a final one. In "message"
  alone a stage merely narrows, so stage-less templates fit every stage.
* `stage=GENERAL` asks for the stage-less entries only (e.g. the
  `pacer urge` prompt without the "check-in" notifications).

Shipped files are validated strictly (ContentError). A user's file is loaded
whole or not at all: a bad one is skipped with one line in the problems list,
so a typo never stops the reminders.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from pacer.domain import MODE_SITUATIONS, MODES, SITUATIONS, Stage
from pacer.errors import PacerError
from pacer.limits import MAX_CONTENT_BYTES, MAX_CONTENT_ENTRIES
from pacer.paths import FileTooLarge, NotRegularFile, decode_text, read_file
from pacer.timetext import is_night

CATEGORIES: tuple[str, ...] = (
    "encouragement", "self_care", "reflection", "urge", "checkpoint",
    "message", "heard_back", "moving_on", "aftercare", "support", "milestone",
)
NOTIFICATION_CATEGORIES: tuple[str, ...] = ("encouragement", "self_care", "aftercare", "checkpoint", "milestone")
# The stages each category knows; a checkpoint entry must have one.
STAGES: Mapping[str, tuple[str, ...]] = {
    "checkpoint": tuple(Stage),
    "urge": ("check-in",),  # the notification 20 minutes after `pacer urge`
    "message": (Stage.EARLY, Stage.FINAL),
    # When they got in touch during no contact: their safety and reasons first, and where help is.
    "heard_back": ("safety",),
    "support": ("safety",),
    # pacer.plan.milestone_stage: day 1, 3, 7, 14 and 30, then every 30 days ("months"), and the end.
    "milestone": ("day-1", "day-3", "day-7", "day-14", "day-30", "months", "end"),
}
STAGE_REQUIRED = ("checkpoint", "milestone")
GENERAL = ""  # stage value that asks for the entries without a stage
SAFETY = "safety"
ANY = "*"  # situation value that does not filter (tools and tests; a period always says its own)
WHEN = ("day", "night")

TITLE_MAX = 40  # notifications: the same limits pacer.notify enforces
NOTIFICATION_TEXT_MAX = 180
TEMPLATE_MAX = 280  # a reach-out template: one chat bubble
TEXT_MAX = 600  # everything else is read in the terminal
_KEYS = ("id", "text", "title", "modes", "situations", "stage", "when")
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class ContentError(PacerError):
    """A content file pacer ships is missing or malformed."""


@dataclass(frozen=True)
class Entry:
    id: str
    category: str
    text: str
    title: str | None = None
    modes: tuple[str, ...] = ()
    stage: str | None = None
    situations: tuple[str, ...] = ()
    when: str | None = None

    def fits(self, mode: str | None, stage: str | None, situation: str | None = ANY, night: bool | None = None) -> bool:
        """True if this entry may be shown for `mode`, `stage`, `situation` and time of day (see module doc)."""
        if mode is not None and self.modes and mode not in self.modes:
            return False
        if situation != ANY and self.situations and situation not in self.situations:
            return False
        if night is not None and self.when is not None and (self.when == "night") != night:
            return False
        if stage is None:
            return True
        if stage == GENERAL:
            return self.stage is None
        if self.category == "message":  # a template's stage only narrows
            return self.stage in (None, stage)
        return self.stage == stage


def is_notification(category: str, stage: str | None) -> bool:
    """True if entries of this category and stage are shown as desktop notifications."""
    return category in NOTIFICATION_CATEGORIES or (category == "urge" and stage == "check-in")


class Library:
    """Every entry by category, in file order (a user's new entries after pacer's own)."""

    def __init__(self, entries: Mapping[str, Sequence[Entry]]) -> None:
        self._entries = {category: tuple(entries.get(category, ())) for category in CATEGORIES}

    def entries(
        self,
        category: str,
        *,
        mode: str | None = None,
        stage: str | None = None,
        situation: str | None = ANY,
        at: datetime | None = None,
    ) -> list[Entry]:
        """The entries of `category` that fit `mode`, `stage`, `situation` and the time `at` (see module doc)."""
        if category not in self._entries:
            raise ValueError(f"unknown content category {category!r}")
        if mode is not None and mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}")
        if stage not in (None, GENERAL, *STAGES.get(category, ())):
            raise ValueError(f"unknown stage {stage!r} for {category}")
        if situation not in (None, ANY, *SITUATIONS):
            raise ValueError(f"unknown situation {situation!r}")
        night = is_night(at) if at is not None else None
        return [entry for entry in self._entries[category] if entry.fits(mode, stage, situation, night)]

    def get(self, category: str, entry_id: str) -> Entry | None:
        return next((e for e in self._entries.get(category, ()) if e.id == entry_id), None)


def pick(candidates: Sequence[Entry], shown: Collection[str], rng: random.Random) -> tuple[Entry, bool]:
    """Choose an entry not shown yet in this cycle; (entry, new_cycle).

    When every candidate has been shown, a new cycle starts: the choice is made
    among all of them and new_cycle is True, so the caller forgets the shown
    ids of these candidates. Raises ValueError when there are no candidates.
    """
    if not candidates:
        raise ValueError("no content entries to pick from")
    fresh = [entry for entry in candidates if entry.id not in shown]
    if fresh:
        return rng.choice(fresh), False
    return rng.choice(list(candidates)), True


def load_library(shipped_dir: Path, user_dir: Path | None) -> tuple[Library, list[str]]:
    """pacer's own words overlaid with the user's; (library, problems with the user's files)."""
    merged: dict[str, dict[str, Entry]] = {}
    owner: dict[str, Path] = {}
    for category in CATEGORIES:
        path = shipped_dir / f"{category}.toml"
        if not path.is_file():
            raise ContentError(f"{path}: missing; pacer's own words are incomplete (reinstall pacer)")
        try:
            entries = _read(path, category)
            if not entries:
                raise _Invalid(path, None, "has no [[entry]] tables")
        except _Invalid as problem:
            raise ContentError(str(problem)) from None
        for entry in entries:
            if entry.id in owner:
                raise ContentError(f"{path}: entry '{entry.id}': id is also used in {owner[entry.id]}")
            owner[entry.id] = path
        merged[category] = {entry.id: entry for entry in entries}

    problems: list[str] = []
    for path in _user_files(user_dir, problems):
        try:
            if path.stem not in CATEGORIES:
                raise _Invalid(path, None, f"unknown category '{path.stem}'; the file name must be one of "
                               + ", ".join(f"{c}.toml" for c in CATEGORIES))
            entries = _read(path, path.stem)
        except _Invalid as problem:
            problems.append(f"{problem}; this file is skipped")
            continue
        for entry in entries:  # same id replaces pacer's entry in place; new ids go last
            merged[path.stem][entry.id] = entry
    return Library({c: list(by_id.values()) for c, by_id in merged.items()}), problems


class LibraryCache:
    """The words, parsed once and kept until a words file changes (size or modification time) or one comes
    or goes: the daemon shows a reminder without reading every file again."""

    def __init__(self) -> None:
        self._stamp: tuple | None = None
        self._loaded: tuple[Library, list[str]] | None = None
        self.fresh = False  # whether the last load() read the files (and so its problems are news)

    def load(self, shipped_dir: Path, user_dir: Path | None) -> tuple[Library, list[str]]:
        stamp = (_stamp(shipped_dir), _stamp(user_dir) if user_dir is not None else None)
        self.fresh = self._loaded is None or stamp != self._stamp
        if self.fresh:
            self._loaded = load_library(shipped_dir, user_dir)
            self._stamp = stamp
        assert self._loaded is not None  # loaded just above when it was not yet
        return self._loaded


def _stamp(directory: Path) -> tuple:
    """What changes when a words file in `directory` changes, comes or goes."""
    try:
        if not directory.is_dir():
            return ("not a folder", directory.exists())
        return tuple(sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in directory.glob("*.toml")))
    except OSError as exc:
        return ("unreadable", str(exc))


def _user_files(user_dir: Path | None, problems: list[str]) -> list[Path]:
    if user_dir is None or not user_dir.exists():
        return []
    try:
        if not user_dir.is_dir():
            raise NotADirectoryError(f"{user_dir}: not a folder; your own words are not loaded")
        return sorted(p for p in user_dir.glob("*.toml") if p.is_file())
    except NotADirectoryError as exc:
        problems.append(str(exc))
    except OSError as exc:
        problems.append(f"{user_dir}: cannot read the folder: {exc.strerror or exc}")
    return []


class _Invalid(Exception):
    """One thing wrong with a content file, worded as "<path>: entry '<id>': <what>"."""

    def __init__(self, path: Path, entry: str | None, what: str) -> None:
        super().__init__(f"{path}: entry '{entry}': {what}" if entry else f"{path}: {what}")


def _read(path: Path, category: str) -> list[Entry]:
    import tomllib  # here: a check that needs no words (most do not) never imports it

    try:
        data = tomllib.loads(decode_text(read_file(path, MAX_CONTENT_BYTES)))
    except FileTooLarge:
        raise _Invalid(path, None, f"larger than {MAX_CONTENT_BYTES // 1024} KiB; pacer reads words files up to that size") from None
    except NotRegularFile:
        raise _Invalid(path, None, "not a regular file (a pipe, a device or a socket)") from None
    except tomllib.TOMLDecodeError as exc:
        raise _Invalid(path, None, f"not valid TOML: {exc}") from None
    except RecursionError:  # entry = [[[[...]]]]: Python's parser gives up; so do we, for this file only
        raise _Invalid(path, None, "nested too deeply (lists inside lists); entries go in [[entry]] tables") from None
    except UnicodeDecodeError:
        raise _Invalid(path, None, "not UTF-8 text") from None
    except OSError as exc:
        raise _Invalid(path, None, f"cannot read: {exc.strerror or exc}") from None
    for key in data:
        if key != "entry":
            raise _Invalid(path, None, f"unknown key '{key}'; entries go in [[entry]] tables")
    raw = data.get("entry", [])
    if not isinstance(raw, list):
        raise _Invalid(path, None, "'entry' must be a list of [[entry]] tables")
    if len(raw) > MAX_CONTENT_ENTRIES:
        raise _Invalid(path, None, f"has {len(raw)} entries; pacer reads words files of up to {MAX_CONTENT_ENTRIES}")
    entries: list[Entry] = []
    seen: set[str] = set()
    for number, item in enumerate(raw, start=1):
        entry = _entry(item, category, path, number)
        if entry.id in seen:
            raise _Invalid(path, entry.id, "the same id appears twice in this file")
        seen.add(entry.id)
        entries.append(entry)
    return entries


def _entry(item: Any, category: str, path: Path, number: int) -> Entry:
    if not isinstance(item, dict):
        raise _Invalid(path, f"#{number}", "must be an [[entry]] table")
    raw_id = item.get("id")
    label = raw_id if isinstance(raw_id, str) and raw_id.strip() else f"#{number}"

    def bad(what: str) -> _Invalid:
        return _Invalid(path, label, what)

    for key in item:
        if key not in _KEYS:
            raise bad(f"unknown key '{key}' (expected {', '.join(_KEYS)})")
    if raw_id is None:
        raise bad("missing 'id'")
    if not isinstance(raw_id, str) or not _ID.fullmatch(raw_id):
        raise bad("'id' must be lowercase letters and digits joined by hyphens, e.g. \"enc-walk-outside\"")
    text = _string(item, "text", bad, required=True)
    title = _string(item, "title", bad, required=False)
    modes = item.get("modes", [])
    if not isinstance(modes, list) or any(m not in MODES for m in modes) or len(set(modes)) != len(modes):
        raise bad(f"'modes' must be a list of distinct modes from {', '.join(MODES)} (left out = every mode)")
    situations = _situations(item.get("situations", []), modes, bad)
    when = item.get("when")
    if when is not None and when not in WHEN:
        raise bad(f"'when' must be one of {', '.join(WHEN)} (left out = any time)")
    stage = item.get("stage")
    known = STAGES.get(category, ())
    if stage is None and category in STAGE_REQUIRED:
        raise bad(f"missing 'stage' (one of {', '.join(known)})")
    if stage is not None and stage not in known:
        raise bad(f"'stage' must be one of {', '.join(known)}" if known else f"{category} entries take no 'stage'")

    if is_notification(category, stage):
        if title is None:
            raise bad("missing 'title' (it is shown as a notification)")
        if len(title) > TITLE_MAX:
            raise bad(f"'title' is {len(title)} characters; a notification title takes at most {TITLE_MAX}")
        limit = NOTIFICATION_TEXT_MAX
    else:
        limit = TEMPLATE_MAX if category == "message" else TEXT_MAX
    assert text is not None  # required=True above
    if len(text) > limit:
        raise bad(f"'text' is {len(text)} characters; at most {limit} here")
    return Entry(id=raw_id, category=category, text=text, title=title, modes=tuple(modes), stage=stage,
                 situations=situations, when=when)


def _situations(value: Any, modes: list[str], bad: Callable[[str], _Invalid]) -> tuple[str, ...]:
    fitting = {s for mode in (modes or MODES) for s in MODE_SITUATIONS[mode]}
    if not isinstance(value, list) or any(s not in SITUATIONS for s in value) or len(set(value)) != len(value):
        raise bad(f"'situations' must be a list of distinct situations from {', '.join(SITUATIONS)} (left out = all)")
    for situation in value:
        if situation not in fitting:
            raise bad(f"situation '{situation}' does not go with the modes {', '.join(modes)}")
    return tuple(value)


def _string(item: dict[str, Any], key: str, bad: Callable[[str], _Invalid], *, required: bool) -> str | None:
    value = item.get(key)
    if value is None:
        if required:
            raise bad(f"missing '{key}'")
        return None
    if not isinstance(value, str) or not value.strip():
        raise bad(f"'{key}' must be non-empty text in quotes")
    return value.strip()
