"""The safety check: does what someone typed signal danger, and what pacer says first if so.

Every text a person gives pacer (a note, a reason, a drafted message) passes ``check`` before
anything else. It combines two readers:

* careful patterns (``safety_rules``) for what is said plainly: thoughts of suicide, a plan
  or means, self-harm, danger from someone, intent to hurt someone, and self-harm made the
  price of the other person's reply ("answer or i'll hurt myself");
* a small trained model (``models/safety.json``, see ``ngram_model``) for what is said
  indirectly ("everyone would be better off", "i'm going away for good"), and as a second
  opinion on patterns that ordinary speech also uses ("i want to end it").

Both are overruled by what only sounds like danger: talk about a film or song, a hurt told in
the past by someone safe now, a joke marker on an idiom ("lol i'm dead"), a negation ("i'm not
going to hurt him").

Borderline choices, kept consistent in the corpus: heartbreak said dramatically ("this
breakup is killing me", "i'm dying inside", "i can't live without him", "he broke me") is
not a crisis; anger said as a "could" or with a joke marker ("i could strangle him lol", "i
could strangle him honestly, he's so annoying") is not, while intent is ("i'm going to hurt
him", "i want to hurt him", "i could kill him right now and i'm not joking"); "kms" is a
crisis unless a joke marker goes with it ("forgot my keys again kms lol"); "i want to die" is
one even with "lol" (masking is common), "i want to die of embarrassment" is not; a hard
moment told with "...but i'm okay" or "i used my coping skills" is recovery; ending a
relationship ("i want to end things with him") is not ending a life.

``check`` is pure, stdlib-only and fast: the model is read once, on first use, and every
pattern is linear in the text. ``answer`` gives the short lines pacer prints first.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from pacer.words import safety_rules as R
from pacer.words.ngram_model import LinearModel, normalise_mapped
from pacer.words.safety_others import DANGER_RULES, HARM_RULES
from pacer.words.safety_self import LEVERAGE_RULES, SELF_RULES

MODEL_PATH = Path(__file__).with_name("models") / "safety.json"

# Tuned on the corpus's dev split (tests/bench/safety_eval.py): a pattern that ordinary speech
# also uses needs the model's agreement at SOFT_AGREE; the model alone decides at MODEL_ALONE.
SOFT_AGREE = 0.1
MODEL_ALONE = 0.6
MODEL_WORDS = 60  # the model reads windows of about this many words


class Crisis(StrEnum):
    """What kind of danger a text signals; each kind gets its own first answer."""

    SELF = "self"  # thoughts of suicide, a plan or means, or self-harm
    DANGER = "danger"  # in danger from someone: violence, threats, stalking, someone at the door
    HARM_OTHERS = "harm_others"  # intent to hurt someone else or their things
    LEVERAGE = "leverage"  # self-harm made the price of the other person's reply


# when one text signals several, the first of these is answered
PRIORITY = (Crisis.LEVERAGE, Crisis.SELF, Crisis.DANGER, Crisis.HARM_OTHERS)


@dataclass(frozen=True)
class SafetyFinding:
    """Why a text looks like a crisis: its kind, the words that raised it (None when the
    model decided from the whole) and a short reason for logs and tests."""

    kind: Crisis
    span: str | None
    reason: str


@dataclass(frozen=True)
class CheckIn:
    """The discreet notification shown a while after a finding: nothing the person wrote."""

    title: str
    body: str
    after: timedelta


CHECK_IN = CheckIn(
    title="Checking in on you",
    body="How are you doing now? If it still feels heavy, you don't have to carry it alone: "
    "open pacer to see who you can reach.",
    after=timedelta(hours=1),
)

# Safe-messaging guidance: acknowledge, say they matter, point to help that exists now,
# hopeful and concrete; never a method or detail, never "you shouldn't feel that".
EMERGENCY = "If you might not be safe right now, call your local emergency number."
HELPLINE = "findahelpline.com lists free, confidential helplines in every country."
NO_PLAN = "When you feel able, `pacer safety-plan` helps you write down who to reach and what helps."

_ANSWERS: dict[Crisis, tuple[str, ...]] = {
    Crisis.SELF: (
        "It sounds like you are in a lot of pain. You matter, and you don't have to carry this alone.",
        EMERGENCY,
        "You can talk to someone now: " + HELPLINE,
        "Feelings this heavy can ease with support; reaching out is a strong step.",
    ),
    Crisis.LEVERAGE: (
        "Your pain matters, and it deserves real support, not a message to them. Please hold this "
        "message and reach out for help first.",
        EMERGENCY,
        "Someone can listen now: " + HELPLINE,
    ),
    Crisis.DANGER: (
        "Your safety comes first. If you can, get to a safe place: a room that locks, a neighbour, "
        "a friend, somewhere with people around.",
        EMERGENCY,
        "findahelpline.com lists free, confidential domestic-abuse and stalking helplines for your "
        "country.",
        "Use a phone or computer the other person cannot see or check.",
    ),
    Crisis.HARM_OTHERS: (
        "It sounds like you are hurting and very angry. Step away from them now and put distance "
        "between you.",
        "Call someone: a friend you trust, or a helpline; findahelpline.com lists free ones in every "
        "country.",
        "If someone might be in danger, call your local emergency number.",
        "This feeling will ease. Give it the next few hours, somewhere else.",
    ),
}


# `pacer sos`: asked for, not detected; the same help for whatever is happening.
_SOS = (
    "You matter, and you don't have to get through this alone.",
    EMERGENCY,
    "You can talk to someone now: " + HELPLINE,
    "If someone is hurting or threatening you, the same helplines can connect you to people who help with that.",
)


def answer(finding: SafetyFinding, people: Sequence[str] = ()) -> list[str]:
    """The short, warm lines pacer prints first for ``finding``; ``people`` are the names on
    the person's safety plan (a line about ``pacer safety-plan`` when there are none)."""
    return [*_ANSWERS[finding.kind], _people_line(people)]


def sos_lines(people: Sequence[str] = ()) -> list[str]:
    """What `pacer sos` says at once, before the person's own plan."""
    return [*_SOS, _people_line(people)]


def _people_line(people: Sequence[str]) -> str:
    names = [" ".join(p.split()) for p in people if p and p.strip()]
    if not names:
        return NO_PLAN
    return f"People on your safety plan: {', '.join(names)}. Reach out to one of them now; a short message is enough."


def index() -> tuple[Path, str]:
    """The patterns' literal index (path, text), written by ``tests/corpus/train.py safety``."""
    return R.INDEX_PATH, R.build_index(_RULES)


@lru_cache(maxsize=1)
def model() -> LinearModel:
    """The trained weights, read once."""
    return LinearModel.load(MODEL_PATH)


@lru_cache(maxsize=16)  # pure: a command that asks twice about the same words pays once
def check(text: str) -> SafetyFinding | None:
    """A finding if ``text`` signals danger to the writer or someone else, else None."""
    norm, origin = normalise_mapped(text)
    sentences = _sentences(norm)
    if not sentences:
        return None
    short = len(norm) <= 300
    soft: list[tuple[R.Rule, int, int]] = []
    # Every pattern reads all sentences at once, one per line (a few calls, not thousands).
    texts = [R.spaced(norm[a:b]) for a, b in sentences]
    lines = "\n".join(norm[a:b] for a, b in sentences)
    spaced_lines = "".join(texts)
    line_starts = list(accumulate((b - a + 1 for a, b in sentences[:-1]), initial=0))
    # Kinds in priority order: the first plain (strong) match answers, as nothing before it
    # matched plainly; a long text full of such words is decided at its first one.
    for kind in PRIORITY:
        hits = []
        for order, rule in enumerate(_BY_KIND[kind]):
            if not _possible(rule, spaced_lines, texts):
                continue
            seen: set[int] = set()
            for match in rule.finditer(lines, spaced_lines):
                index = bisect_right(line_starts, match.start()) - 1
                if index in seen:
                    continue  # the first match in a sentence speaks for it
                seen.add(index)
                hits.append((index, order, match.start() - line_starts[index], match.end() - line_starts[index],
                             rule))
                if len(seen) >= _MAX_HITS:
                    break  # a text repeating the same words: enough of them have been read
        judged: dict[tuple[int, str, int], bool] = {}
        for index, _, m_start, m_end, rule in sorted(hits, key=lambda h: (h[0], h[1], h[2])):
            start, end = sentences[index]
            sentence = norm[start:end]
            key = (id(rule), sentence, m_start)
            if key not in judged:
                window = norm if short else _around(norm, sentences, index)
                judged[key] = _overruled(rule, sentence, window, m_start, m_end)
            if judged[key]:
                continue
            a, b = start + m_start, start + m_end
            if rule.strong:
                return _finding(rule, text, origin, a, b)
            soft.append((rule, a, b))
    cache: dict[str, dict[str, float]] = {}
    scores = []
    for a, b in _windows(norm, sentences):
        piece = norm[a:b]
        if piece not in cache:
            cache[piece] = model().scores(piece)
        scores.append((cache[piece], a, b))
    for rule, a, b in soft:
        windows = [(s, norm[wa:wb]) for s, wa, wb in scores if wa <= a < wb]
        if max((s["crisis"] for s, _ in windows), default=0.0) >= SOFT_AGREE and not any(
            _ENDING_ULTIMATUM.search(w) and not _OWN_LIFE.search(w) for _, w in windows
        ):
            return _finding(rule, text, origin, a, b)
    for probs, a, b in sorted(scores, key=lambda s: -s[0]["crisis"]):
        if probs["crisis"] < MODEL_ALONE:
            break
        if _guarded(norm[a:b]) or not R.RISK.search(norm[a:b]):
            continue
        kind = Crisis.LEVERAGE if probs.get("leverage", 0) >= 0.5 else max(
            (Crisis.SELF, Crisis.DANGER, Crisis.HARM_OTHERS), key=lambda k: probs.get(str(k), 0.0))
        return SafetyFinding(kind, None, f"{_REASON[kind]} (model, {probs['crisis']:.2f})")
    return None


_MAX_HITS = 200  # sentences read per pattern

_REASON = {
    Crisis.SELF: R.SUICIDE,
    Crisis.DANGER: R.DANGER,
    Crisis.HARM_OTHERS: R.HARM,
    Crisis.LEVERAGE: R.LEVERAGE,
}
_RULES: list[R.Rule] = [*LEVERAGE_RULES, *SELF_RULES, *DANGER_RULES, *HARM_RULES]
_BY_KIND: dict[Crisis, list[R.Rule]] = {k: [r for r in _RULES if r.kind == k] for k in PRIORITY}
# a sentence ends at . ! ? ; followed by a space or the end, and at a line break ("d!e" is a word)
_SENTENCE = re.compile(r"(?:[^.!?;\n]|[.!?;](?![\s.!?;]|$))+")
# ending the relationship, not a life: "i want to end things with him"
_ENDING_US = re.compile(r"\b(?:end|ending|ended|finish|finishing|call) (?:it|things|this|us|the relationship|"
                        r"it all) (?:off )?with\b|\bbreak(?:ing)? up with\b|\bdump(?:ing)? (?:him|her|them)\b")
# a relationship ultimatum is pressure on them, not danger to the writer: "answer me by tonight or
# we're done", "if you don't reply i'm done with this" (the message check answers those)
_ENDING_ULTIMATUM = re.compile(
    r"\b(?:or|otherwise|else|unless|if not)\b[^.!?\n]{0,25}?\b(?:we're|we are|were|this is|it's|its|i'm|im|i am|"
    r"i'll be|ill be)\s+(?:so |really |totally |completely |officially )?(?:done|over|through|finished)\b"
    r"(?! with (?:life|living|everything|it all|this world|being alive|myself))|"
    r"\b(?:i'm|im|i am) (?:so |really |totally )?done with (?:this|you|us|them|him|her|waiting|trying)\b"
    r"(?! (?:life|world))")
_OWN_LIFE = re.compile(r"\b(?:life|living|alive|myself|kill|die|dying|suicid\w*|hurt me|end it all)\b")
# ordinary objects and games: "cut my hair", "burned the toast", "destroy him at fifa"
_ORDINARY = re.compile(
    r"\b(?:cut|dyed|trimmed|shaved|chopped|cutting|dyeing) (?:off )?my (?:hair|fringe|bangs|nails|beard)\b|"
    r"\b(?:burn\w*|burnt) (?:the |my )?(?:toast|dinner|pasta|rice|food|tongue|finger|hand on|letters|photos)\b|"
    r"\b(?:take|taking|took|treat|treating|treated) myself (?:out|to|on)\b|"
    r"\bat (?:\w+ ){0,2}(?:fifa|chess|tennis|pool|darts|cards|poker|mario|golf|scrabble|monopoly|uno|trivia|"
    r"karaoke|football|basketball|squash|padel|badminton|bowling|quiz)\b")
_NOW = re.compile(r"\bi (?:really |just |honestly |still |actually )?(?:want|wanna|need|'m going|am going|"
                  r"'m ready|'m about|am about|'m thinking|'m planning|'m suicidal|am suicidal|'m cutting|"
                  r"feel like)\b")
_PAST_VERB = re.compile(r"\b(?:tried|attempted|wanted|was|were|used to|had|did|thought|felt|went|stood|"
                        r"wrote|took|relapsed|came|survived|cut|burned|hurt|left|stopped|gave|lived|hit|beat)\b")
# things that "die", "are killing me" or "cut": "my phone is about to die"
_THING_SUBJECT = re.compile(r"\b(?:phone|fone|battery|laptop|car|plants?|wifi|headphones|earbuds|airpods|"
                            r"charger|tv|computer|printer|tablet|ipad|watch|remote|bike|engine|kindle|pc|"
                            r"console|hours|budget|class|lecture|caffeine|sugar)\b")


def _possible(rule: R.Rule, spaced_lines: str, texts: list[str]) -> bool:
    """Whether ``rule`` could match: the text, and while the rule is not compiled yet (compiling
    is the dearer part of a first check) some one sentence, holds one literal of each set it
    requires."""
    needed = rule.required
    if not all(any(lit in spaced_lines for lit in s) for s in needed):
        return False
    if R.is_compiled(rule) or len(spaced_lines) > 4000:
        return True
    return any(all(any(lit in text for lit in s) for s in needed) for text in texts)


def _sentences(norm: str) -> list[tuple[int, int]]:
    """Sentence spans of the normalised text; long runs split into overlapping pieces."""
    spans = []
    for match in _SENTENCE.finditer(norm):
        a, b = match.span()
        if not norm[a:b].strip():
            continue
        while b - a > R.MAX_SENTENCE:
            cut = norm.rfind(" ", a + R.MAX_SENTENCE // 2, a + R.MAX_SENTENCE)
            cut = cut if cut > a else a + R.MAX_SENTENCE
            spans.append((a, cut))
            a = max(a + 1, cut - 100)  # overlap, so words across the cut are read together
            space = norm.find(" ", a)
            a = space + 1 if 0 <= space < cut else a
        spans.append((a, b))
    return spans


def _around(norm: str, sentences: list[tuple[int, int]], index: int) -> str:
    a = sentences[max(index - 1, 0)][0]
    b = sentences[min(index + 1, len(sentences) - 1)][1]
    return norm[a:b]


def _windows(norm: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans the model reads: the whole text when short, else runs of sentences."""
    if len(norm.split()) <= MODEL_WORDS:
        return [(0, len(norm))]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(sentences):  # runs of whole sentences, up to about half the model's reach
        a, j = sentences[i][0], i
        while j + 1 < len(sentences) and len(norm[a:sentences[j + 1][1]].split()) <= MODEL_WORDS // 2:
            j += 1
        spans.append((a, sentences[j][1]))
        i = j + 1
    return spans


def _overruled(rule: R.Rule, sentence: str, window: str, m_start: int, m_end: int) -> bool:
    """Whether a guard cancels this match (see the module docstring of ``safety_rules``)."""
    before = sentence[max(0, m_start - 30):m_start]
    if rule.negatable and R.NEGATED.search(before.split(",")[-1]):
        return True
    if rule.kind == "self" and _THING_SUBJECT.search(sentence[:m_start]) and not re.search(
            r"\b(?:i|me|my ?self|i'm)\b", sentence[max(0, m_start - 12):m_end]):
        return True  # the phone, not the person
    if rule.kind == "self" and R.THIRD_PERSON.search(before.split(",")[-1]) and not re.search(
            r"\b(?:i|me|my|myself|i'm)\b", sentence[max(0, m_start - 15):m_end]):
        return True
    if rule.kind == "harm_others" and (re.search(r"\b(?:never|not|n't|won't)\b", sentence[m_start:m_end])
                                       or R.DISOWN.search(window)):
        return True
    if rule.kind in ("danger", "harm_others") and re.search(
            r"\b(?:feels?|felt|feeling|like|as if|as though)\b(?: \w+){0,3} *$", before):
        return True  # a simile: "it feels like someone stabbed me"
    if (rule.jokeable or rule.kind == "harm_others") and ((R.LAUGH.search(sentence) and not R.SERIOUS.search(window))
                          or R.DISOWN.search(sentence)):
        return True
    if R.MEDIA.search(sentence):
        quoted = any(q.start() <= m_start < q.end() for q in R.QUOTED.finditer(sentence))
        if quoted or not _NOW.search(sentence[max(0, m_start - 40):m_end]):
            return True
    if rule.pastable and _told_as_past(sentence, window):
        return True
    return False


def _told_as_past(sentence: str, window: str) -> bool:
    if R.CAME_THROUGH.search(window) and not R.WANTS_NOW.search(window):
        return True
    if R.CURRENT.search(window):
        return False
    if R.ALIVE_AND_GLAD.search(window):
        return True
    if R.PAST.search(window):
        return True
    return bool(R.SAFE_NOW.search(window) and _PAST_VERB.search(sentence))


def _guarded(window: str) -> bool:
    """Whether the model's view of a window is overruled: a joke, a film, a past told safely."""
    if R.LAUGH.search(window) and not R.SERIOUS.search(window):
        return True
    if R.MEDIA.search(window) or R.DISOWN.search(window) or _ENDING_US.search(window) or _ORDINARY.search(window):
        return True
    if _ENDING_ULTIMATUM.search(window) and not _OWN_LIFE.search(window):
        return True
    return _told_as_past(window, window)


def _finding(rule: R.Rule, text: str, origin: list[int], a: int, b: int) -> SafetyFinding:
    span = text[origin[a]:origin[b - 1] + 1] if b > a else None
    kind = Crisis(rule.kind)
    return SafetyFinding(kind, span, rule.reason)
