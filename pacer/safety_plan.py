"""The person's own safety plan: what they wrote down, on a calmer day, for a hard night.

It follows the common shape of a personal safety plan: the warning signs, what
helps on your own, people and places, professionals and numbers. It lives in
one small TOML file in the data dir (0600), never leaves the machine, and is
never required: a missing or unreadable plan is an empty one (with a note),
so it can never stand between a person and the help lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from pacer.atomic_files import write_private
from pacer.errors import InvalidInput


class Section(NamedTuple):
    key: str
    title: str
    prompt: str  # asked at a terminal by `pacer safety-plan`


SECTIONS = (
    Section("warning_signs", "Warning signs", "What tells you a hard moment is coming (a thought, a feeling, a time of night)?"),
    Section("things_that_help", "Things that help", "What helps you through it on your own (a walk, music, a shower, a place)?"),
    Section("people", "People", "Who can you reach out to? A name and a number, one per line."),
    Section("places", "Places and company", "Where, or with whom, can you be so you are not alone with it?"),
    Section("professionals", "Professionals and numbers", "Your doctor, a counsellor, a helpline near you (with numbers)."),
)
MAX_ITEMS = 20  # per section: a plan to read at a hard moment, not an archive
MAX_ITEM_CHARS = 300


@dataclass(frozen=True)
class SafetyPlan:
    items: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not any(self.items.values())

    @property
    def people(self) -> tuple[str, ...]:
        return self.items.get("people", ())

    def lines(self) -> list[str]:
        """The plan as it is shown: each filled section, its items as bullets."""
        shown: list[str] = []
        for section in SECTIONS:
            entries = self.items.get(section.key, ())
            if entries:
                shown.append(f"{section.title}:")
                shown.extend(f"  • {entry}" for entry in entries)
        return shown


def load(path: Path) -> tuple[SafetyPlan, str | None]:
    """The plan, and a one-line problem when the file could not be used (then the plan is empty)."""
    from pacer.limits import MAX_CONFIG_BYTES
    from pacer.paths import decode_text, read_file

    try:
        # A regular file, read up to a limit (a FIFO or /dev/zero there would hang or never end), BOM or not.
        text = decode_text(read_file(path, MAX_CONFIG_BYTES))
    except FileNotFoundError:
        return SafetyPlan(), None
    except (OSError, UnicodeDecodeError) as exc:
        return SafetyPlan(), f"your safety plan ({path}) could not be read: {getattr(exc, 'strerror', None) or exc}"
    try:
        return parse(text), None
    except InvalidInput as exc:
        return SafetyPlan(), f"your safety plan ({path}) could not be used: {exc.message}"


def parse(text: str) -> SafetyPlan:
    """A plan from its TOML text; InvalidInput naming the key that is wrong."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError) as exc:
        raise InvalidInput(f"it is not valid TOML ({exc})") from None
    known = {section.key for section in SECTIONS}
    unknown = sorted(set(data) - known)
    if unknown:
        raise InvalidInput(f"unknown section {unknown[0]!r}; the sections are: {', '.join(sorted(known))}")
    items = {key: clean_items(value, key) for key, value in data.items()}
    return SafetyPlan(items)


def clean_items(value: object, key: str) -> tuple[str, ...]:
    """A section's entries, trimmed and checked (a list of short texts)."""
    from pacer.text import clean_text

    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InvalidInput(f"{key!r} must be a list of texts")
    entries = tuple(clean_text(item, key, MAX_ITEM_CHARS) for item in value if item.strip())
    if len(entries) > MAX_ITEMS:
        raise InvalidInput(f"{key!r} has {len(entries)} entries; at most {MAX_ITEMS}")
    return entries


def to_toml(plan: SafetyPlan) -> str:
    import tomli_w

    header = "# Your safety plan (`pacer safety-plan`). Private: it never leaves this computer.\n"
    data = {section.key: list(plan.items.get(section.key, ())) for section in SECTIONS}
    return header + tomli_w.dumps(data)


def save(path: Path, plan: SafetyPlan) -> None:
    from pacer.paths import make_private_dir

    make_private_dir(path.parent)
    write_private(path, to_toml(plan))
