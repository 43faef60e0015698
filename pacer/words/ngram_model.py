"""A small linear text model: texting-aware normalisation, hashed n-grams, one-vs-rest logistic.

Pure standard library, shared by the safety check and the message check. Weights are
trained by ``tests/corpus/train.py`` and shipped as compact JSON under ``pacer/words/models``.

Features of a text (see ``features``): its words, neighbouring word pairs and, inside each
word, character n-grams of 2 to 5 letters, so "killin", "kiling" and "killing" share most of
their features and a typo costs little. Each feature is hashed to one of ``BUCKETS`` slots
with ``zlib.crc32`` (deterministic across runs and machines, unlike ``hash()``); a text's
feature vector is binary and L2-normalised, so scores do not grow with length.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FORMAT = "pacer-ngram-1"  # bump when features() changes: old weights no longer fit
BUCKETS = 1 << 20
CHAR_MIN, CHAR_MAX = 2, 5

# One token of texting shorthand -> its long form (several words allowed).
_SHORTHAND: dict[str, str] = dict(pair.split("=", 1) for pair in (
    "u=you ya=you yu=you ur=your urs=yours r=are y=why "
    "im=i'm ive=i've dont=don't doesnt=doesn't didnt=didn't cant=can't wont=won't isnt=isn't "
    "wasnt=wasn't werent=weren't arent=aren't havent=haven't hasnt=hasn't hadnt=hadn't "
    "wouldnt=wouldn't couldnt=couldn't shouldnt=shouldn't aint=ain't youre=you're youve=you've "
    "youll=you'll theyre=they're theyve=they've theyll=they'll thats=that's whats=what's "
    "wheres=where's hes=he's shes=she's whos=who's theres=there's "
    "rn=right_now ppl=people idk=i_don't_know idc=i_don't_care ik=i_know tbh=to_be_honest "
    "ngl=not_going_to_lie bc=because bcuz=because becuz=because cuz=because coz=because "
    "cos=because gonna=going_to wanna=want_to gotta=got_to imma=i'm_going_to ima=i'm_going_to "
    "tho=though thru=through pls=please plz=please tmrw=tomorrow tmr=tomorrow tmrow=tomorrow "
    "2moro=tomorrow tonite=tonight 2nite=tonight 2day=today b4=before every1=everyone "
    "some1=someone sum1=someone any1=anyone no1=no_one abt=about bout=about nvm=never_mind "
    "ofc=of_course smth=something sth=something rly=really srsly=seriously sry=sorry "
    "msg=message txt=text txted=texted wat=what wut=what wen=when thx=thanks luv=love "
    "sux=sucks ded=dead bf=boyfriend gf=girlfriend kms=kill_myself kys=kill_yourself "
    "bday=birthday esp=especially prolly=probably probs=probably w/=with w/o=without "
    "alr=already alrdy=already ok=okay k=okay kk=okay"
).split())
SHORTHAND: dict[str, tuple[str, ...]] = {k: tuple(v.split("_")) for k, v in _SHORTHAND.items()}

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                              "\u201c": '"', "\u201d": '"', "\u2032": "'"})
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
_SHORTHAND_RE = re.compile(r"(?<![\w'])(" + "|".join(
    re.escape(k) for k in sorted(_SHORTHAND, key=len, reverse=True)) + r")(?![\w'])")
# A word (letters/digits with inner apostrophes) or one pictograph (emoji, symbols).
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*|[\u2600-\u27bf\U0001f000-\U0001faff]")
_EMOJI_NOISE = re.compile("[\ufe0f\ufe0e\u200d\U0001f3fb-\U0001f3ff]")


def _fold(text: str) -> str:
    """Lower case, straight apostrophes, no accents, no 3+ repeated letters, no emoji modifiers."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _REPEATS.sub(r"\1\1", _EMOJI_NOISE.sub("", text))


def normalise(text: str) -> str:
    """``text`` lower-cased, apostrophes straightened, accents stripped, "sooooo" -> "soo",
    texting shorthand spelled out ("u" -> "you", "im" -> "i'm", "rn" -> "right now").

    Punctuation, emoji and line breaks are kept, so rules can still see sentences.
    """
    return _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m.group(1)].replace("_", " "), _fold(text))


@dataclass(frozen=True)
class Token:
    """One normalised word of a text, with where it came from in the original text."""

    word: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """The normalised words and pictographs of ``text``, each with its span in ``text``.

    Folding keeps offsets only approximately for characters that decompose (accents), so
    every original token is folded on its own; shorthand may yield several words per span.
    """
    out: list[Token] = []
    for match in re.finditer(r"\S+", text):
        chunk = match.group()
        folded = _fold(chunk)
        if len(folded) != len(chunk):  # decomposed or dropped characters: map the whole chunk
            for found in _TOKEN.finditer(folded):
                out.extend(_expand(found.group(), match.start(), match.end()))
            continue
        for found in _TOKEN.finditer(folded):
            out.extend(_expand(found.group(), match.start() + found.start(), match.start() + found.end()))
    return out


def _expand(word: str, start: int, end: int) -> list[Token]:
    return [Token(w, start, end) for w in SHORTHAND.get(word, (word,))]


@lru_cache(maxsize=8192)
def _char_grams(word: str) -> tuple[str, ...]:
    if not word.isalpha() and not any(ch.isalpha() for ch in word):
        return ()  # numbers and emoji: the word feature is enough
    padded = f"<{word}>"
    return tuple(
        "c:" + padded[i:i + n]
        for n in range(CHAR_MIN, CHAR_MAX + 1)
        for i in range(len(padded) - n + 1)
    )


def _token_features(words: list[str]) -> list[tuple[str, int, int]]:
    """(feature, first word, last word) for every feature of a word sequence."""
    out: list[tuple[str, int, int]] = []
    for i, word in enumerate(words):
        out.append(("w:" + word, i, i))
        out.extend((gram, i, i) for gram in _char_grams(word))
        if i:
            out.append((f"b:{words[i - 1]} {word}", i - 1, i))
    return out


def features(text: str) -> list[str]:
    """Word unigrams ("w:"), word bigrams ("b:") and in-word character 2..5-grams ("c:")."""
    return [f for f, _, _ in _token_features([t.word for t in tokens(text)])]


@lru_cache(maxsize=65536)
def bucket(feature: str) -> int:
    """The hash slot of a feature: crc32, so the same on every machine and every run."""
    return zlib.crc32(feature.encode("utf-8")) % BUCKETS


def vector(text: str) -> list[int]:
    """The sorted distinct buckets of ``text``'s features (a binary feature vector)."""
    return sorted({bucket(f) for f in features(text)})


@dataclass(frozen=True)
class Evidence:
    """A word of the scored text and how much it pushed one label up (log-odds)."""

    text: str
    start: int
    end: int
    weight: float


class LinearModel:
    """One-vs-rest logistic regression over hashed n-grams, loaded from JSON weights."""

    def __init__(self, labels: tuple[str, ...], bias: list[float], weights: dict[int, list[float]],
                 meta: dict | None = None):
        self.labels: tuple[str, ...] = labels
        self.bias = bias
        self.weights = weights  # bucket -> one weight per label (zeros kept in place)
        self.meta = meta or {}

    @classmethod
    def load(cls, path: str | Path) -> LinearModel:
        """Read weights written by ``tests/corpus/train.py``; ValueError if they do not fit."""
        return cls.from_data(json.loads(Path(path).read_text(encoding="utf-8")), str(path))

    @classmethod
    def from_data(cls, data: dict, source: str = "weights") -> LinearModel:
        """A model from the JSON-ready dict that ``train.py`` writes."""
        if data.get("format") != FORMAT or data.get("buckets") != BUCKETS:
            raise ValueError(f"{source}: weights are for {data.get('format')!r}, not {FORMAT!r}; retrain")
        scale = data["scale"]
        labels = tuple(data["labels"])
        weights: dict[int, list[float]] = {}
        for position, column in enumerate(data["weights"]):
            slot = 0
            for step, value in zip(column[0::2], column[1::2], strict=True):
                slot += step  # delta-encoded, sorted bucket numbers
                weights.setdefault(slot, [0.0] * len(labels))[position] = value / scale
        return cls(labels, [b / scale for b in data["bias"]], weights, data.get("meta"))

    def logits(self, text: str) -> list[float]:
        """Per-label log-odds of ``text`` (same order as ``labels``)."""
        slots = vector(text)
        sums = list(self.bias)
        if not slots:
            return sums
        norm = 1.0 / math.sqrt(len(slots))
        get = self.weights.get
        totals = [0.0] * len(self.labels)
        for slot in slots:
            row = get(slot)
            if row is not None:
                for k, w in enumerate(row):
                    totals[k] += w
        return [b + t * norm for b, t in zip(sums, totals)]

    def scores(self, text: str) -> dict[str, float]:
        """Probability of each label, each on its own (one-vs-rest: they need not sum to 1)."""
        return {label: _sigmoid(z) for label, z in zip(self.labels, self.logits(text))}

    def top_features(self, text: str, label: str, n: int = 5) -> list[Evidence]:
        """The ``n`` words of ``text`` that pushed ``label`` up most, strongest first.

        A word's weight is the sum of its own features (word, character n-grams) and half of
        each word pair it is in; spans point into the original ``text``.
        """
        k = self.labels.index(label)
        toks = tokens(text)
        feats = _token_features([t.word for t in toks])
        slots = {bucket(f) for f, _, _ in feats}
        if not slots:
            return []
        norm = 1.0 / math.sqrt(len(slots))
        per_word = [0.0] * len(toks)
        seen: set[int] = set()
        for feature, first, last in feats:
            slot = bucket(feature)
            if slot in seen:  # binary features: each slot counts once, for its first use
                continue
            seen.add(slot)
            row = self.weights.get(slot)
            if row is None or not row[k]:
                continue
            share = row[k] * norm / (last - first + 1)
            for i in range(first, last + 1):
                per_word[i] += share
        merged: dict[tuple[int, int], float] = {}
        for tok, weight in zip(toks, per_word):  # shorthand words share their original span
            merged[(tok.start, tok.end)] = merged.get((tok.start, tok.end), 0.0) + weight
        found = [Evidence(text[s:e], s, e, w) for (s, e), w in merged.items() if w > 0]
        return sorted(found, key=lambda ev: (-ev.weight, ev.start))[:n]


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)
