"""The patterns behind the safety check: what signals danger, and what only sounds like it.

Pure and stdlib-only. Every pattern runs on one sentence of the normalised text (see
``pacer.words.ngram_model.normalise``: lower case, straight apostrophes, "u" -> "you",
"im" -> "i'm", "kms" -> "kill myself", "gonna" -> "going to"), at most ``MAX_SENTENCE``
characters long, and uses only bounded gaps (``<gap>``: a few words), so no input can make a
pattern backtrack for long.

A rule is STRONG when its words say it plainly ("i cut again", "he hit me", "if you leave
i'll kill myself"), SOFT when ordinary speech also uses them ("i want to end it", "i'm going
to kill him"): the check asks the model for a second opinion on a SOFT hit. Guards that
apply to both, per sentence: talk about a film, book, song or game; a hurt told in the past
by someone safe now; a joke marker ("lol", "😂") for the idiomatic rules; a negation just
before the words ("i'm not suicidal", "i'd never hurt him").
"""

from __future__ import annotations

import json
import re
import re._constants as _C  # the regex parser, to work out which literals a pattern needs
import re._parser as _parser
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from pacer.words import regex_cache, safety_compiled

MAX_SENTENCE = 400  # longer runs without punctuation are read in overlapping pieces

_MACROS = {
    "<gap>": r"(?:[\w'*]+ ){0,3}?",
    "<gap6>": r"(?:[\w'*]+,? ){0,6}?",
    "<adv>": r"(?:(?:just|really|honestly|literally|actually|seriously|genuinely|so|kinda|kind of|"
    r"lowkey|highkey|fr|truly|simply|sometimes|still|even|all|only|finally|pls|please|badly|so badly|"
    r"so much|often|constantly|always|never) )*",
    "<me>": r"(?:i|i'm|i've|i'd|i'll|ill|me|myself)",
    "<will>": r"(?:i'll|ill|i will|i shall|i'm going to|i am going to|i'm about to|i am about to|going to|"
    r"about to|i swear i'll|i swear i will|i swear ill|i swear to god i'll|i'm ready to|i'm planning to|"
    r"planning to|i plan to|i intend to|i'm finna|i'm gonna)",
    "<agent>": r"(?:he|she|they|he's|she's|they're|my ex|ex|my (?:ex[- ]?)?(?:bf|gf|boyfriend|girlfriend|"
    r"husband|wife|partner|fiance|fiancee|spouse|dad|father|stepdad|step-dad|stepfather|mum|mom|mother|"
    r"stepmom|stepmum|brother|sister|flatmate|roommate|housemate|landlord|uncle|cousin|son|daughter|"
    r"neighbou?r|ex's \w+)|someone|somebody|some (?:guy|man|woman|dude|creep)|a (?:man|guy|woman|"
    r"stranger|dude|car|creep)|this (?:guy|man|woman|dude|creep)|the (?:guy|man|woman|dude|creep)|"
    r"there's (?:someone|somebody|a (?:man|guy|woman|car|creep)))",
    "<target>": r"(?:him|her|them|that (?:guy|girl|man|woman|bitch|bastard|asshole|prick|cow|dick)|"
    r"the (?:guy|girl|man|woman|kids?|baby|bitch|bastard)|this (?:guy|girl)|my ex|whoever|anyone|"
    r"anybody|someone|somebody|everyone|people|both of them|them both|"
    r"(?:his|her|their|my ex's|my) (?:new |stupid |fucking |ugly )?(?:gf|bf|girlfriend|boyfriend|wife|"
    r"husband|partner|fiance\w*|side \w+|dog|cat|kids?|family|mom|mum|dad|brother|sister|friend|ass|butt|"
    r"best friend|roommate|flatmate|boss|face|head|legs?|nose|neck|throat|teeth|jaw|arms?|ribs|fingers|knees?|"
    r"kneecaps|skull|eyes?|hands?|man|woman|guy|girl|"
    r"coworker|colleague|neighbou?r|son|daughter|baby|ex))",
    "<property>": r"(?:(?:everything|all|whatever) (?:he|she|they) (?:owns?|has|loves?|cares about)|"
    r"(?:his|her|their|my ex's|the|that|them) (?:new |stupid |fucking |precious )?(?:car|"
    r"truck|bike|motorbike|tires|tyres|windows?|windshield|house|home|flat|apartment|place|front door|"
    r"door|stuff|things|belongings|phone|clothes|mirrors?|garage|van|windscreen|tyre|tire)|"
    r"(?:his|her|their) (?:\w+ ){0,2}(?:car|tyres|tires|windows|house|flat|bike|van))",
    "<death>": r"(?:die|d[*!1.@]e|dye|d ie|be dead|be d[*!1.]ad|not (?:be )?(?:alive|here|exist|"
    r"around)|(?:stop|quit) (?:existing|living|breathing|being alive)|not exist|no longer (?:exist|be "
    r"(?:here|alive|around))|disappear (?:forever|for good|permanently)|vanish (?:forever|for good|"
    r"permanently)|(?:not|never) wake up|be gone(?= *(?:$|[.,!]|for good|forever|permanently))|"
    r"leave (?:this|the) (?:world|earth|planet)|go to heaven|end (?:it all|my life|my own life|"
    r"everything|myself|me)|kill myself|k[i1!*]ll myself|take my (?:own )?life|unalive(?: myself)?|"
    r"ending (?:it all|my life|everything)|be with \w+ in heaven)",
    "<pills>": r"(?:pills|meds|medication|medications|tablets|painkillers|pain killers|paracetamol|"
    r"tylenol|ibuprofen|sleeping pills|sleepers|antidepressants|prescription|prescriptions|insulin|"
    r"opioids|oxy|xanax|benzos)",
    "<laugh>": r"(?:\blol+\b|\blmf?ao+\b|\bha(?:ha)+h?\b|\bhehe\b|\brofl\b|\bjk\b|\bjust kidding\b|"
    r"\bkidding\b|/j\b|/s\b|\bxd\b|😂|🤣|💀|😆|😅|😹|😜)",
}


def expand(pattern: str) -> str:
    for name, value in _MACROS.items():
        pattern = pattern.replace(name, value)
    return pattern.replace("[^.!?]", "[^.!?;\n]")  # gaps stay inside one sentence (one line)


@dataclass(frozen=True)
class Rule:
    """One pattern: which kind it signals, how sure it is and which guards may overrule it.

    Compiled on first use: compiling all patterns costs some 200 ms, and most texts need few.
    """

    kind: str  # self | danger | harm_others | leverage
    reason: str
    source: str  # the regular expression, macros expanded
    strong: bool = True
    negatable: bool = True  # a "not"/"never" just before the match cancels it
    jokeable: bool = False  # a joke marker in the sentence cancels it
    pastable: bool = True  # told in the past by someone safe now cancels it
    needs: str | None = None  # a cheap regular expression the text must match first

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compiled(self.source)

    @property
    def required(self) -> tuple[frozenset[str], ...]:
        """Sets of literal strings; every match contains one string of each set (from the index,
        else worked out from the pattern)."""
        return _required_for(self.source)

    def find(self, sentence: str) -> re.Match[str] | None:
        """The first match in ``sentence``, or None."""
        return next(self.finditer(sentence), None)

    def finditer(self, lines: str, spaced_lines: str | None = None) -> Iterator[re.Match[str]]:
        """Matches in ``lines``: sentences one per line (no match crosses a line);
        ``spaced_lines`` is ``spaced(lines)`` when the caller has it already."""
        if spaced_lines is None:
            spaced_lines = spaced(lines)
        if not all(any(lit in spaced_lines for lit in needed) for needed in self.required):
            return  # a text without them is skipped without compiling the pattern
        if self.needs is not None and _compiled(self.needs).search(lines) is None:
            return
        fast = _fast(self.source)
        if fast is None:
            yield from self.pattern.finditer(lines)
            return
        pos = 0
        while (match := fast.search(lines, pos)) is not None:
            i = match.start()
            if i == 0 or _is_word(lines[i - 1]) != _is_word(lines[i]):  # the \b it had
                yield match
                pos = max(match.end(), i + 1)
            else:
                pos = i + 1


_COMPILED: dict[str, re.Pattern[str] | None] = {}


def is_compiled(rule: Rule) -> bool:
    """Whether the rule's pattern is compiled already (in this process)."""
    return rule.source in _COMPILED or rule.source in _FAST


def _compiled(source: str) -> re.Pattern[str]:
    found = _COMPILED.get(source)
    if found is None:
        found = _COMPILED[source] = safety_compiled.compile(source)
    return found


def _fast(source: str) -> re.Pattern[str] | None:
    if source not in _FAST:
        _FAST[source] = _make_fast(source)
    return _FAST[source]


_FAST: dict[str, re.Pattern[str] | None] = {}


def _make_fast(source: str) -> re.Pattern[str] | None:
    """The pattern without the leading \\b of each alternative (None: not all have one); Python's
    regex engine can then skip ahead to a possible first letter, three times faster here."""
    fast = safety_compiled.variant(source, _fast_source)
    if fast is None:
        return None
    return safety_compiled.compile(fast)


def _fast_source(source: str) -> str | None:
    parts = regex_cache.top_level(source)
    if not all(p.startswith("\\b") and not p.startswith("\\b)") for p in parts):
        return None
    return "|".join(p[2:] for p in parts)


def preload(all_rules: list[Rule]) -> None:
    """Open the store of compiled patterns (see ``safety_compiled``) before the first check."""
    safety_compiled.load([rule.source for rule in all_rules], _fast_source)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# Literals too common to be worth checking for ("the", " my "): a set with one is a poor filter.
_COMMON = {"the", "and", "you", "for", "with", "her", "his", "him", "them", "that", "this", "was", "are",
           "have", "not", "but", "all", "one", "out", "get", "got", "can", "just", "like", "what", "when",
           "your", "they", "she", "some", "there", "about", "been", "then", "into", "more", "time", "know"}


def _badness(literals: frozenset[str]) -> tuple[int, int, int]:
    common = sum(lit.strip(" '") in _COMMON or len(lit.strip()) < 3 for lit in literals)
    return (common, -min(len(lit.strip()) for lit in literals), len(literals))


def _required(seq: list, word_start: bool = False) -> frozenset[str] | None:
    """Literal strings one of which every match of the parsed pattern ``seq`` contains, or None."""
    return min(_requirements(seq, word_start), key=lambda f: (_badness(f), sorted(f)), default=None)


def _requirements(seq: list, word_start: bool = False) -> list[frozenset[str]]:
    """Sets of literal strings such that every match contains one string of each set.

    A run of elements that each match one of a few exact strings ("(?:until|till) (?:you|he)")
    gives the set of their concatenations (" until you", " till he", ...), which few calm texts
    hold. A literal that starts a word (after a \\b) is given a leading space: it is looked for
    in the text with its punctuation turned into spaces (see ``spaced``), so "end" is not found
    in "weekend"."""
    found: list[frozenset[str]] = []
    run: set[str] | None = None  # the exact strings the current run of elements matches
    run_at_start = False
    for op, arg in list(seq) + [(None, None)]:
        if op in regex_cache.ZERO_WIDTH:
            word_start = word_start if run is not None else op is _C.AT and arg is _C.AT_BOUNDARY
            continue  # a boundary or a lookaround takes no characters: the run goes on
        exact = regex_cache.exact([(op, arg)]) if op is not None else None
        if exact is not None and (run is None or len(run) * len(exact) <= regex_cache.MAX_EXACT):
            if run is None:
                run, run_at_start = {""}, word_start
            run = {left + right for left in run for right in exact}
            word_start = False
            continue
        if run:
            found.append(frozenset((" " if run_at_start and lit[:1] and _is_word(lit[0]) else "") + lit
                                   for lit in run))
        run = None
        if exact is not None:  # too many strings to join to the run: it starts a new one
            run, run_at_start = set(exact), word_start
            word_start = False
            continue
        need = None
        if op is _C.SUBPATTERN:
            need = _required(arg[-1], word_start)
        elif op is _C.BRANCH:
            options = [_required(branch, word_start) for branch in arg[1]]
            known = [o for o in options if o is not None]
            need = frozenset().union(*known) if len(known) == len(options) else None
        elif op in regex_cache.REPEATS and arg[0] >= 1:
            need = _required(arg[2], word_start and arg[0] >= 1)
        if need:
            found.append(need)
        word_start = False
    return [f for f in found if min(len(lit.strip()) for lit in f) >= 2]


# Punctuation (and an apostrophe that opens a word) as spaces, with a space in front: what
# the literals are looked for in.
_UNPUNCT = re.compile(r"(?<![\w])'|[^\w' ]")


def spaced(text: str) -> str:
    return " " + _UNPUNCT.sub(" ", text) + " "


INDEX_PATH = Path(__file__).with_name("models") / "safety_index.json"


@lru_cache(maxsize=1)
def _index() -> dict[str, list[list[str]]]:
    try:
        return json.loads(INDEX_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _key(source: str) -> str:
    data = source.encode("utf-8")
    return f"{zlib.crc32(data):08x}-{len(data)}"


@cache
def _required_for(source: str) -> tuple[frozenset[str], ...]:
    found = _index().get(_key(source))
    if found is not None:
        return tuple(frozenset(s) for s in found)
    return work_out_required(source)


def work_out_required(source: str) -> tuple[frozenset[str], ...]:
    """``required`` from the pattern itself (parsing costs ~0.5 ms; the index saves it): the
    four most selective sets, the common words ("the", " my ") left out."""
    found = sorted(set(_requirements(list(_parser.parse(source, re.M)))), key=lambda f: (_badness(f), sorted(f)))
    # the literals as they read in ``spaced`` text: other punctuation inside them is a space too
    found = [frozenset(re.sub(r"[^\w' ]", " ", lit) for lit in f) for f in found]
    return tuple(f for f in found if _badness(f)[0] <= 2)[:4]


def build_index(all_rules: list[Rule]) -> str:
    """The index file's text: for each pattern (by sha1), the literals one of which it needs."""
    index = {_key(rule.source): [sorted(s) for s in work_out_required(rule.source)] for rule in all_rules}
    return json.dumps(index, sort_keys=True, indent=0) + "\n"


def rules(kind: str, reason: str, patterns: list[str | tuple[str, str]], **flags: bool) -> list[Rule]:
    """Rules of one kind from patterns written with the ``<macro>`` shorthands above; a pattern
    may come with a cheap test (pattern, needs) that a text must pass before it is tried."""
    out = []
    for p in patterns:
        p, needs = p if isinstance(p, tuple) else (p, None)
        out.append(Rule(kind, reason, expand(p), needs=expand(needs) if needs else None, **flags))
    return out


class Lazy:
    """A regular expression compiled on first use (pacer starts quicker; most texts need few)."""

    def __init__(self, source: str, flags: int = 0):
        self.source, self.flags = source, flags

    @property
    def compiled(self) -> re.Pattern[str]:
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = re.compile(self.source, self.flags)
        return compiled

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text)


SUICIDE = "thoughts of ending their life"
PLAN = "a plan or the means to end their life"
SELF_HARM = "hurting themselves"
DANGER = "being in danger from someone"
HARM = "intent to hurt someone"
LEVERAGE = "their safety tied to the other person's reply"
