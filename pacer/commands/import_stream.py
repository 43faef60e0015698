"""Reading a `pacer export --format json` file a piece at a time.

An export of a year of heavy use holds a million events; parsed whole, its
objects took most of a GB. pacer writes its own exports in one order
(format, version, exported_at, periods; in each period its own fields, then
events, pauses and deliveries), so each event is read, checked
(pacer.commands.import_check) and staged on its own, and let go. A file in
another order (re-saved by a tool that sorts keys, say) is read the same way
where it can be, and where it cannot, that part is parsed whole: slower,
never wrong.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pacer.commands import import_check as checks
from pacer.commands.import_check import MAX_FILE_BYTES, Restore, _Bad
from pacer.errors import PacerError
from pacer.paths import FileTooLarge, NotRegularFile, decode_text, read_file

_SPACE = re.compile(r"[ \t\n\r]*")


def _space(text: str, pos: int) -> re.Match[str]:
    """Where the white space at `pos` ends (`\\s*` always matches, perhaps emptily)."""
    match = _SPACE.match(text, pos)
    assert match is not None
    return match
_HEAD = ("format", "version", "exported_at")


def decode(data: bytes) -> str:
    try:
        text = decode_text(data)  # a byte order mark (an editor's "UTF-8 with BOM") is fine
    except UnicodeDecodeError:
        raise _Bad("file", "not UTF-8 text (is it a pacer JSON export?)") from None
    if not text.strip():
        raise _Bad("file", "it is empty")
    return text


def parse_json(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        raise _unreadable(exc) from None


def _unreadable(exc: ValueError | RecursionError) -> _Bad:
    """Why text that is not JSON (or JSON too deep or too large to read) is no export."""
    if isinstance(exc, json.JSONDecodeError):
        return _Bad("file", f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); was it cut short?")
    if isinstance(exc, RecursionError):
        return _Bad("file", "nested too deeply to be a pacer export")
    return _Bad("file", f"not a pacer export ({str(exc)[:80]})")  # e.g. an integer with thousands of digits


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):  # the rare case: find which key, for the message
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Bad("file", f"the key {key!r} appears twice in one object")
            seen.add(key)
    return result



def _no_constant(name: str) -> Any:
    raise _Bad("file", f"{name} is not a number pacer accepts")


DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_no_constant)


class _OtherOrder(Exception):
    """Not pacer's own order here: read this part whole instead."""


def read_export(path: Path) -> Restore:
    """Parse and check the whole file; raise PacerError (one line) on anything wrong."""
    try:
        data = read_file(path, MAX_FILE_BYTES)  # never more, whatever it is (/dev/zero never ends)
    except FileNotFoundError:
        raise PacerError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise PacerError(f"{path}: is a directory, not an export file") from None
    except NotRegularFile:
        raise PacerError(f"{path}: not a regular file (a pipe, a device or a socket); save the export to a file "
                         "and import that") from None
    except FileTooLarge:
        raise PacerError(f"{path}: too large for a pacer export (more than {MAX_FILE_BYTES} bytes)") from None
    except OSError as exc:
        raise PacerError(f"{path}: cannot read it: {exc.strerror or exc}") from None
    try:
        text = decode(data)
        del data  # the text is all we need from here on
        return check_text(text)
    except _Bad as bad:
        raise PacerError(f"{path} is not a usable pacer export: {bad}") from None


def check_text(text: str) -> Restore:
    """Check an export's text, streaming what is in pacer's own order."""
    try:
        return _streamed(_Walker(text))
    except _OtherOrder:
        return checks.check(parse_json(text))
    except (ValueError, RecursionError) as exc:
        raise _unreadable(exc) from None


def _streamed(walker: _Walker) -> Restore:
    if not walker.at("{"):
        raise _OtherOrder
    top: dict[str, Any] = {}
    rows = exported = None
    for key in walker.members():
        if key != "periods":
            top[key] = walker.value()
            continue
        if not (set(_HEAD) <= top.keys() <= checks._TOP_KEYS) or not walker.at("["):
            raise _OtherOrder
        exported = checks.check_head(top)
        rows = checks.Rows()
        ids: dict[str, set] = {"period": set(), "event": set(), "key": set()}
        active = 0
        for index in walker.elements():
            active += _period(walker, f"periods[{index}]", rows, ids, exported, top["version"])
            checks.check_counts(rows, active, index)
        top[key] = []  # read: only its place is kept, for the check of the top level's keys
    walker.end()
    if rows is None:
        raise _OtherOrder  # no periods at all: the whole-document check says what is missing
    top = checks._object(top, "top level", checks._TOP_KEYS)
    assert exported is not None  # checked with the top level's keys
    return Restore(rows, checks._settings(top["settings"]), exported)


def _period(walker: _Walker, where: str, rows: checks.Rows, ids: dict[str, set], exported, version: int) -> int:
    """One period, its lists streamed; in another order, parsed whole and checked as a document."""
    start = walker.pos
    try:
        return _period_streamed(walker, where, rows, ids, exported, version)
    except _OtherOrder:  # raised before anything of this period was staged
        walker.pos = start
        return checks._period(walker.value(), where, rows, ids, exported, version)


def _period_streamed(walker: _Walker, where: str, rows: checks.Rows, ids: dict[str, set], exported,
                     version: int) -> int:
    if not walker.at("{"):
        raise _OtherOrder
    fields: dict[str, Any] = {}
    head = None
    for key in walker.members():
        if key in checks.ITEMS:
            if head is None:
                if fields.keys() != checks.head_keys(version):
                    raise _OtherOrder
                head = checks.period_head(fields, where, rows, ids, exported)
            if not walker.at("["):
                checks._list(walker.value(), f"{where}.{key}", checks.MAX_EVENTS)  # says what it is instead
            checks.add_items(key, walker.values(), where, head, rows, ids)
            fields[key] = None
        elif head is None:
            fields[key] = walker.value()
        else:  # its own fields come first; anything after its lists is not pacer's
            walker.value()
            fields[key] = None
    if head is None:
        raise _OtherOrder
    checks._object(fields, where, checks.period_keys(version))  # missing lists, unknown fields
    return 1 if head.active else 0


class _Walker:
    """A cursor over JSON text: objects' keys and arrays' elements one by one, any value whole."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = _space(text, 0).end()

    def at(self, char: str) -> bool:
        return self.text.startswith(char, self.pos)

    def value(self) -> Any:
        value, end = DECODER.raw_decode(self.text, self.pos)
        self.pos = _space(self.text, end).end()
        return value

    def values(self) -> Iterator[Any]:
        """Each element of the array here, decoded (the loop of elements() and value(), unrolled: a million events)."""
        text, decode, space = self.text, DECODER.raw_decode, _space
        self._step("[")
        if self._close("]"):
            return
        while True:
            value, end = decode(text, self.pos)
            self.pos = space(text, end).end()
            yield value
            follows = text[self.pos:self.pos + 1]
            if follows == ",":
                self.pos = space(text, self.pos + 1).end()
            elif follows == "]":
                self.pos = space(text, self.pos + 1).end()
                return
            else:
                self._fail("Expecting ',' delimiter")

    def members(self) -> Iterator[str]:
        """Each key of the object here (its value is next: the caller reads it); duplicates refused."""
        seen: set[str] = set()
        self._step("{")
        if self._close("}"):
            return
        while True:
            key = self.value()
            if not isinstance(key, str):
                self._fail("Expecting property name enclosed in double quotes")
            if key in seen:
                raise _Bad("file", f"the key {key!r} appears twice in one object")
            seen.add(key)
            self._step(":")
            yield key
            if self._close("}"):
                return
            self._step(",")

    def elements(self) -> Iterator[int]:
        """The index of each element of the array here (the caller reads it)."""
        self._step("[")
        if self._close("]"):
            return
        index = 0
        while True:
            yield index
            index += 1
            if self._close("]"):
                return
            self._step(",")

    def end(self) -> None:
        if self.pos != len(self.text):
            self._fail("Extra data")

    def _step(self, char: str) -> None:
        if not self.at(char):
            self._fail(f"Expecting '{char}' delimiter")
        self.pos = _space(self.text, self.pos + 1).end()

    def _close(self, char: str) -> bool:
        if self.at(char):
            self.pos = _space(self.text, self.pos + 1).end()
            return True
        return False

    def _fail(self, message: str) -> None:
        raise json.JSONDecodeError(message, self.text, self.pos)
