"""One check for every text the user gives pacer: notes, messages, labels, reasons.

Text is stored and later printed back in a terminal, so characters that can
change what a terminal shows are refused: C0/C1 control characters (escape
sequences could recolour or rewrite the screen) and the bidi override and
isolate controls (they can make a line display differently from what it
says, the "Trojan Source" trick). Ordinary right-to-left writing (Hebrew,
Arabic) needs none of those and is accepted as it is.
"""

from __future__ import annotations

import re

from pacer.errors import InvalidInput
from pacer.limits import CHECK_MAX, NOTE_MAX, RECORDED_MESSAGE_MAX  # noqa: F401  (long imported from here)

# Tab and newline are ordinary in a note; everything else below U+0020, DEL and C1 is not.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")  # undecodable bytes smuggled in by surrogateescape
_ANY = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")  # any of the three


def clean_text(text: str, what: str, max_chars: int = NOTE_MAX, *, empty_hint: str = "write a few words") -> str:
    """`text` stripped and checked; InvalidInput names `what` ("note", "message") and the problem."""
    if len(text) > max_chars * 4:  # hundreds of kB: refuse before doing any work on it
        raise InvalidInput(f"the {what} is far too long ({len(text)} characters; at most {max_chars})")
    # Windows line ends (pasted text, some editors) are ordinary newlines, not a stray control.
    cleaned = text.replace("\r\n", "\n").strip()
    if not cleaned:
        raise InvalidInput(f"the {what} is empty; {empty_hint}")
    if len(cleaned) > max_chars:
        raise InvalidInput(f"the {what} is too long ({len(cleaned)} characters; at most {max_chars})")
    problem = display_problem(cleaned)
    if problem:
        raise InvalidInput(f"the {what} {problem}")
    return cleaned


def clean_note(text: str | None, what: str = "note") -> str | None:
    """None stays None (no note given); anything given must be a real note."""
    return None if text is None else clean_text(text, what, NOTE_MAX)


def display_problem(text: str) -> str | None:
    """Why `text` must not be printed to a terminal as it is ("contains ..."), or None."""
    if not _ANY.search(text):  # the common case, in one pass (an import checks a million texts)
        return None
    found = _CONTROL.search(text)
    if found:
        return (
            f"contains a control character ({_codepoint(found.group())}, at character {found.start() + 1}); "
            "remove it and try again (newlines and tabs are fine)"
        )
    found = _BIDI.search(text)
    if found:
        return (
            f"contains an invisible text-direction control ({_codepoint(found.group())}, at character "
            f"{found.start() + 1}) that can make text display differently from what it says; remove it and try again "
            "(right-to-left writing itself is fine)"
        )
    if _SURROGATE.search(text):
        return "is not valid text (it holds bytes that are not UTF-8); check the encoding"
    return None


def printable(text: str) -> str:
    """`text` with every character display_problem objects to replaced by U+FFFD: for what tools say, not users."""
    for pattern in (_CONTROL, _BIDI, _SURROGATE):
        text = pattern.sub("\ufffd", text)
    return text


def _codepoint(char: str) -> str:
    return f"U+{ord(char):04X}"
