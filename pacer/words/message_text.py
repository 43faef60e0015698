"""The message check's reading of a draft: a normalised copy for the rules, and the surface
signs (shouting, stacked questions) that are counted rather than matched.

``normalise_mapped`` lower-cases the draft, straightens apostrophes, shortens "pleeease" and
spells out texting shorthand ("dont", "u", "rn"), and remembers for every character where it
came from, so a finding can quote the words as the person wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Texting shorthand and long forms -> the one spelling the rules are written for ("_" = space).
_SHORTHAND = {k.replace("_", " "): v.replace("_", " ") for k, v in (pair.split("=") for pair in (
    "dont=don't doesnt=doesn't didnt=didn't cant=can't wont=won't isnt=isn't arent=aren't "
    "havent=haven't hasnt=hasn't wouldnt=wouldn't couldnt=couldn't im=i'm ive=i've youre=you're "
    "youve=you've youll=you'll thats=that's whats=what's do_not=don't does_not=doesn't "
    "did_not=didn't will_not=won't cannot=can't can_not=can't could_not=couldn't "
    "have_not=haven't i_am=i'm you_are=you're we_are=we're it_is=it's that_is=that's i_will=i'll "
    "you_will=you'll i_have=i've i_would=i'd gonna=going_to wanna=want_to gotta=got_to "
    "imma=i'm_going_to i'ma=i'm_going_to u=you ya=you r=are pls=please plz=please rn=right_now "
    "tmrw=tomorrow tmr=tomorrow 2moro=tomorrow 2morrow=tomorrow tonite=tonight 2nite=tonight "
    "every1=everyone some1=someone sum1=someone cuz=because coz=because bc=because"
).split())}
_SHORTHAND_RE = re.compile(r"\b(?:" + "|".join(sorted(_SHORTHAND, key=len, reverse=True)) + r")\b")

# "??" is often only eager ("did you see the finale??"); after a bare "hello" or "you there",
# or three and more, it is knocking.
_MANY_QUESTIONS = re.compile(r"\?{3,}|(?:^|[\s.,!?])(?:h?ello+|hey+|hi+|anyone|there|alive|you there|u there|ok|okay|"
                             r"well|and|so|why|what|seriously|really|answer|where are you|where r u)\s*\?{2}", re.I)
# Three "!" in a birthday wish is joy, not shouting.
_JOY = re.compile(r"\b(?:happy|congrat\w*|yay|woo+|proud|well done|birthday|bday|amazing|love (?:it|you|that)|"
                  r"so happy|so glad|omg|can't wait|good luck)\b", re.I)
_QUESTION = re.compile(r"\?+")
_BANG = re.compile(r"!{3,}|\?!|!\?")
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z']*[A-Z]\b")
_LETTER = re.compile(r"[A-Za-z]")
# Short all-caps words that are ordinary writing, not shouting.
_ACRONYMS = frozenset(
    "OK TV LOL LMAO OMG BTW FYI IDK TBH IMO IMHO ASAP ILY ILYSM NGL JK BRB TTYL DM DMS PM AM PS XO "
    "XOXO HBD GIF UK USA NYC LA ID GP ER ICU CV PDF ETA AKA FAQ RSVP HR IT WFH BFF IRL TMI SMH LMK "
    "HMU NP THX TY GMT UTC".split()
)


def _sub(pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str], text: str,
         where: list[int]) -> tuple[str, list[int]]:
    """``pattern.sub`` that also carries, for each character, where it began in the draft."""
    out: list[str] = []
    pos: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        out.append(text[last:m.start()])
        pos.extend(where[last:m.start()])
        new = repl(m) if callable(repl) else repl
        out.append(new)
        pos.extend([where[m.start()] if m.start() < len(where) else where[-1]] * len(new))
        last = m.end()
    out.append(text[last:])
    pos.extend(where[last:])
    return "".join(out), pos


_SPACES = re.compile(r"[ \t\r\f\v]{2,}|[\t\r\f\v]")  # only what changes: a single space stays
_NEWLINES = re.compile(r" ?\n[\n ]*")
_REPEATED = re.compile(r"([a-z])\1{2,}")
_APOSTROPHES = {0x2019: "'", 0x2018: "'", 0x02BC: "'", 0x2032: "'", 0x60: "'"}


def normalise_mapped(text: str) -> tuple[str, list[int]]:
    """The normalised text, and for each of its characters the index it came from in ``text``."""
    text = text.translate(_APOSTROPHES)
    plain = text.lower()
    where = list(range(len(text)))
    if len(plain) != len(text):  # a character that lower-cases to two ("İ"): map one by one
        where = [i for i, ch in enumerate(text) for _ in ch.lower()]
    plain, where = _sub(_SPACES, " ", plain, where)
    # One newline for a run of blank lines: a rule may start after any newline, and a
    # run of thousands would make each start scan the rest of it.
    plain, where = _sub(_NEWLINES, "\n", plain, where)
    plain, where = _sub(_REPEATED, lambda m: m.group(1), plain, where)
    for _ in range(2):  # "u r" -> "you are" -> "you're"
        plain, where = _sub(_SHORTHAND_RE, lambda m: _SHORTHAND[m.group(0)], plain, where)
    return plain, where


def normalise(text: str) -> str:
    """Lower-case, straighten apostrophes, shorten "pleeease", expand texting shorthand."""
    return normalise_mapped(text)[0]



def questions_span(text: str) -> str | None:
    """The stacked questions of a draft ("hello??", a second "?"), or None."""
    many = _MANY_QUESTIONS.search(text)
    if many:
        return many.group()
    marks = list(_QUESTION.finditer(text))[1:2]
    return marks[0].group() if marks else None


def loud_span(text: str) -> str | None:
    """The loud part of a draft (a run of capitals, "!!!"), or None when it is calm."""
    bang = _BANG.search(text)
    if bang and bang.group().startswith("!") and _JOY.search(text):
        bang = None
    loud = [m for m in _CAPS_WORD.finditer(text) if m.group().strip("'") not in _ACRONYMS]
    for this, following in zip(loud, [*loud[1:], None], strict=False):
        word = this.group()
        between = text[this.end():following.start()] if following else "x"
        if following and not _LETTER.search(between) and max(len(word), len(following.group())) >= 3:
            return text[this.start():following.end()]  # a run of capitals: "ANSWER ME", "WHY ARE YOU"
        after = text[this.end():this.end() + 3].lstrip()[:1]
        if (len(word) >= 4 and after in ("!", "?")) or (len(word) >= 3 and text.strip(" .!?") == word):
            return word  # a lone loud word: "ANSWER!", "HELLO?", or the whole message: "WHY"
        if len(word) >= 5:
            return word  # one word raised in a calm sentence: "stop IGNORING me"
    return bang.group() if bang else None


