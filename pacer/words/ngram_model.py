"""A small linear text model: texting-aware normalisation, hashed n-grams, one-vs-rest logistic.

Pure standard library, shared by the safety check and the message check. Weights are
trained by ``tests/corpus/train.py`` and shipped under ``pacer/words/models`` as ``*.model``
files (``pacer.words.model_file``: a line of JSON, then the weights as plain arrays).

Features of a text (see ``features`` and ``Spec``): its words and neighbouring word pairs;
the first letters of longer words ("killin", "killing" and "kills" share "kill"); optionally
character n-grams inside each word; and, when the model carries a lexicon (word or two-word
phrase -> concept, e.g. "stab" -> INJURE, "him" -> THEM), each concept and each ordered pair
of concepts a few words apart ("p:INJURE>THEM"), so what is learnt from "hurt him" carries
over to "stab her". Each feature is hashed to one of ``BUCKETS`` slots with ``zlib.crc32``
(deterministic across runs and machines, unlike ``hash()``); a text's feature vector is
binary and L2-normalised, so scores do not grow with length.

On the safety corpus, words + stems + concepts beat character n-grams clearly (dev recall at
5% false alarms 0.65 against 0.43): with a few thousand short texts, hundreds of character
n-grams per text drown the few words that matter. The message check may choose otherwise.

Size: a little over 400 lines: normalising, features and the model are one format that
the trainer (tests/corpus/train.py) writes and this reads; splitting them would split the format.
"""

from __future__ import annotations

import math
import re
import unicodedata
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pacer.words.model_file import Table, decode
from pacer.words.model_file import table as model_table

FORMAT = "pacer-ngram-2"  # bump when features() changes: old weights no longer fit
BUCKETS = 1 << 20

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
    "alr=already alrdy=already ok=okay k=okay kk=okay someones=someone's somebodys=somebody's "
    "every1s=everyone's everyones=everyone's nobodys=nobody's noones=no_one's ppls=people's "
    "cuz=because til=until till=until hed=he'd theyd=they'd youd=you'd itll=it'll wouldve=would've "
    "couldve=could've shouldve=should've"
).split())
# Dropped g's ("bangin", "cuttin"): the common verbs only, as "-in" ends many other words.
_SHORTHAND.update((stem + "in", stem + "ing") for stem in (
    "bang scream yell follow cutt kill hurt try go do com noth someth feel think ly cry dy sitt "
    "stand wait watch knock kick hitt stalk track threaten say talk leav liv fight plann tak mak "
    "gett runn look text call ignor start tell burn bleed shak hid break pound punch chok drink "
    "smok walk driv work sleep eat mess play hop wish miss lov hat stay sav count "
    "shoot stabb slapp push shov grabb dragg pinn beat abus harm end jump slitt"
).split())
SHORTHAND: dict[str, tuple[str, ...]] = {k: tuple(v.split("_")) for k, v in _SHORTHAND.items()}

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                              "\u201c": '"', "\u201d": '"', "\u2032": "'"})
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
_RUN = re.compile(r"[\w']+(?:/o?(?![\w']))?")  # a run of word characters; "w/" and "w/o" too


def _shorthand_runs(folded: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, long form) of each run of ``folded`` that is texting shorthand."""
    for run in _RUN.finditer(folded):
        word = run.group()
        start = run.start()
        if _GLUED.match(folded, run.end()) or (start > 1 and folded[start - 1] in "!*@$" and folded[start - 2].isalpha()):
            continue  # part of a word spelled with a symbol: "k!ll" is not "okay!ll"
        if word in _SHORTHAND:
            yield run.start(), run.end(), _SHORTHAND[word].replace("_", " ")
        elif "/" in word and word.split("/")[0] in _SHORTHAND:  # "u/" is "u" and a slash
            head = word.split("/")[0]
            yield run.start(), run.start() + len(head), _SHORTHAND[head].replace("_", " ")
# a symbol standing for a letter inside a word ("k!ll", "d*e")
_GLUED = re.compile(r"[!*@$][^\W\d_]")
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
    folded = _fold(text)
    parts, last = [], 0
    for start, end, long in _shorthand_runs(folded):
        parts += [folded[last:start], long]
        last = end
    parts.append(folded[last:])
    return "".join(parts)


@lru_cache(maxsize=2048)
def _fold_char(ch: str) -> str:
    return _fold(ch)


@lru_cache(maxsize=8192)
def _fold_chunk(chunk: str) -> str:
    return _fold(chunk)


def normalise_mapped(text: str) -> tuple[str, list[int]]:
    """``normalise(text)`` and, for each of its characters, the index in ``text`` it came from.

    Lets a rule that matches the normalised text point at the words the person wrote.
    """
    if text.isascii():  # the usual case, and quick: lower case, then drop third repeats
        low = text.lower().translate(_APOSTROPHES)
        pieces: list[str] = []
        origin: list[int] = []
        last = 0
        for run in _REPEATS.finditer(low):
            pieces.append(low[last:run.start() + 2])
            origin.extend(range(last, run.start() + 2))
            last = run.end()
        pieces.append(low[last:])
        origin.extend(range(last, len(low)))
        folded = "".join(pieces)
    else:
        chars: list[str] = []
        origin = []
        for i, ch in enumerate(text):
            for out in _fold_char(ch):  # one character at a time: folding never merges two
                if len(chars) >= 2 and out == chars[-1] == chars[-2] and out.isalpha():
                    continue  # a third repeat of a letter
                chars.append(out)
                origin.append(i)
        folded = "".join(chars)
    parts: list[str] = []
    mapped: list[int] = []
    last = 0
    for start, end, long in _shorthand_runs(folded):
        parts.append(folded[last:start])
        mapped.extend(origin[last:start])
        parts.append(long)
        mapped.extend([origin[start]] * (len(long) - 1) + [origin[end - 1]])
        last = end
    parts.append(folded[last:])
    mapped.extend(origin[last:])
    return "".join(parts), mapped


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
        folded = _fold_chunk(chunk)
        if len(folded) != len(chunk):  # decomposed or dropped characters: map the whole chunk
            for found in _TOKEN.finditer(folded):
                out.extend(_expand(found.group(), match.start(), match.end()))
            continue
        for found in _TOKEN.finditer(folded):
            out.extend(_expand(found.group(), match.start() + found.start(), match.start() + found.end()))
    return out


@lru_cache(maxsize=16384)
def _chunk_words(chunk: str) -> tuple[str, ...]:
    folded = _fold(chunk)
    if _GLUED.search(folded):  # a word spelled with a symbol: its pieces are not shorthand
        return tuple(_TOKEN.findall(folded))
    return tuple(w for found in _TOKEN.findall(folded) for w in SHORTHAND.get(found, (found,)))


def words(text: str) -> list[str]:
    """The normalised words of ``text`` (what ``tokens`` gives, without the spans; quicker)."""
    return [w for chunk in text.split() for w in _chunk_words(chunk)]


def _expand(word: str, start: int, end: int) -> list[Token]:
    return [Token(w, start, end) for w in SHORTHAND.get(word, (word,))]


@dataclass(frozen=True)
class Spec:
    """Which features a model uses; stored with its weights."""

    chars: tuple[int, int] | None = None  # character n-grams inside words, (shortest, longest)
    stem: int = 4  # words longer than this also give their first `stem` letters; 0: none
    reach: int = 5  # concepts at most this many words apart make a pair
    lexicon: Mapping[str, str] | None = None  # word or two-word phrase -> concept

    def to_json(self) -> dict:
        return {"chars": list(self.chars) if self.chars else None, "stem": self.stem, "reach": self.reach}

    @classmethod
    def from_json(cls, data: dict, lexicon: Mapping[str, str] | None) -> Spec:
        chars = data.get("chars")
        return cls(tuple(chars) if chars else None, data["stem"], data["reach"], lexicon)


PLAIN = Spec()


@lru_cache(maxsize=8192)
def _char_grams(word: str, shortest: int, longest: int) -> tuple[str, ...]:
    if not any(ch.isalpha() for ch in word):
        return ()  # numbers and emoji: the word feature is enough
    padded = f"<{word}>"
    return tuple(
        "c:" + padded[i:i + n]
        for n in range(shortest, longest + 1)
        for i in range(len(padded) - n + 1)
    )


def _token_features(words: list[str], spec: Spec = PLAIN) -> list[tuple[str, int, int]]:
    """(feature, first word, last word) for every feature of a word sequence."""
    out: list[tuple[str, int, int]] = []
    for i, word in enumerate(words):
        out.append(("w:" + word, i, i))
        if spec.stem and len(word) > spec.stem and word[:spec.stem].isalpha():
            out.append(("x:" + word[:spec.stem], i, i))
        if spec.chars:
            out.extend((gram, i, i) for gram in _char_grams(word, *spec.chars))
        if i:
            out.append((f"b:{words[i - 1]} {word}", i - 1, i))
    if spec.lexicon:
        found = _concepts(words, spec.lexicon)
        for k, (concept, first, last) in enumerate(found):
            out.append(("k:" + concept, first, last))
            for other, start, end in found[k + 1:]:
                if start - last > spec.reach:
                    break
                out.append((f"p:{concept}>{other}", first, end))
    return out


def _concepts(words: list[str], lexicon: Mapping[str, str]) -> list[tuple[str, int, int]]:
    """(concept, first word, last word) in order; a two-word entry wins over its first word."""
    found = []
    i = 0
    while i < len(words):
        pair = f"{words[i]} {words[i + 1]}" if i + 1 < len(words) else None
        if pair is not None and pair in lexicon:
            found.append((lexicon[pair], i, i + 1))
            i += 2
            continue
        if words[i] in lexicon:
            found.append((lexicon[words[i]], i, i))
        i += 1
    return found


def features(text: str, spec: Spec = PLAIN) -> list[str]:
    """Words ("w:"), word pairs ("b:"), stems ("x:"), in-word character n-grams ("c:") and
    concepts ("k:") with nearby concept pairs ("p:A>B"), as ``spec`` asks."""
    return [f for f, _, _ in _token_features(words(text), spec)]


@lru_cache(maxsize=65536)
def bucket(feature: str) -> int:
    """The hash slot of a feature: crc32, so the same on every machine and every run."""
    return zlib.crc32(feature.encode("utf-8")) % BUCKETS


def vector(text: str, spec: Spec = PLAIN) -> list[int]:
    """The sorted distinct buckets of ``text``'s features (a binary feature vector)."""
    return sorted({bucket(f) for f in features(text, spec)})


@dataclass(frozen=True)
class Evidence:
    """A word of the scored text and how much it pushed one label up (log-odds)."""

    text: str
    start: int
    end: int
    weight: float


class LinearModel:
    """One-vs-rest logistic regression over hashed n-grams, loaded from JSON weights."""

    def __init__(self, labels: tuple[str, ...], bias: list[float], weights: dict[int, list[float]] | None = None,
                 meta: dict | None = None, spec: Spec = PLAIN, *, table: Table | None = None, scale: float = 1.0):
        self.labels: tuple[str, ...] = labels
        self.bias = bias
        self.meta = meta or {}
        self.spec = spec
        if table is None:
            weights = weights or {}
            table = (dict(zip(weights, range(len(weights)), strict=True)),
                     [[row[k] for row in weights.values()] for k in range(len(labels))])
            scale = 1.0
        # bucket -> row, and for each label its weight (in 1/scale units) of every row: the rows are
        # the buckets any label weighs, so loading builds one dict, at C speed (pacer.words.model_file)
        self._rows: dict[int, int] = table[0]
        self._columns = table[1]
        self._unit = 1.0 / scale

    @property
    def weights(self) -> dict[int, list[float]]:
        """bucket -> one weight per label (zeros kept in place); built on demand."""
        out: dict[int, list[float]] = {}
        for slot, row in self._rows.items():
            if any(column[row] for column in self._columns):
                out[slot] = [column[row] * self._unit for column in self._columns]
        return out

    @classmethod
    def load(cls, path: str | Path) -> LinearModel:
        """Read a model file written by ``tests/corpus/train.py`` (pacer.words.model_file); ValueError if it does not fit."""
        with open(path, "rb") as handle:
            header, table = decode(handle.read(), str(path))
        _check_format(header, str(path))
        return cls._from_table(header, table)

    @classmethod
    def from_data(cls, data: dict, source: str = "weights") -> LinearModel:
        """A model from the JSON-ready dict that ``train.py`` builds."""
        _check_format(data, source)
        slots, columns = model_table(data["weights"])
        return cls._from_table(data, (dict(zip(slots, range(len(slots)), strict=True)), columns))

    @classmethod
    def _from_table(cls, data: dict, table: Table) -> LinearModel:
        scale = data["scale"]
        labels = tuple(data["labels"])
        spec = Spec.from_json(data["features"], data.get("lexicon"))
        return cls(labels, [b / scale for b in data["bias"]], None, data.get("meta"), spec, table=table, scale=scale)

    def logits(self, text: str) -> list[float]:
        """Per-label log-odds of ``text`` (same order as ``labels``)."""
        slots = vector(text, self.spec)
        sums = list(self.bias)
        if not slots:
            return sums
        norm = self._unit / math.sqrt(len(slots))
        rows = [row for row in map(self._rows.get, slots) if row is not None]
        totals = [sum(map(column.__getitem__, rows)) for column in self._columns]
        return [b + t * norm for b, t in zip(sums, totals, strict=True)]

    def scores(self, text: str) -> dict[str, float]:
        """Probability of each label, each on its own (one-vs-rest: they need not sum to 1)."""
        return {label: _sigmoid(z) for label, z in zip(self.labels, self.logits(text), strict=False)}

    def top_features(self, text: str, label: str, n: int = 5) -> list[Evidence]:
        """The ``n`` words of ``text`` that pushed ``label`` up most, strongest first.

        A word's weight is the sum of its own features (word, character n-grams) and half of
        each word pair it is in; spans point into the original ``text``.
        """
        k = self.labels.index(label)
        toks = tokens(text)
        feats = _token_features([t.word for t in toks], self.spec)
        slots = {bucket(f) for f, _, _ in feats}
        if not slots:
            return []
        norm = self._unit / math.sqrt(len(slots))
        column = self._columns[k]
        per_word = [0.0] * len(toks)
        seen: set[int] = set()
        for feature, first, last in feats:
            slot = bucket(feature)
            if slot in seen:  # binary features: each slot counts once, for its first use
                continue
            seen.add(slot)
            row = self._rows.get(slot)
            weight = column[row] if row is not None else 0.0
            if not weight:
                continue
            share = weight * norm / (last - first + 1)
            for i in range(first, last + 1):
                per_word[i] += share
        merged: dict[tuple[int, int], float] = {}
        for tok, weight in zip(toks, per_word, strict=False):  # shorthand words share their original span
            merged[(tok.start, tok.end)] = merged.get((tok.start, tok.end), 0.0) + weight
        found = [Evidence(text[s:e], s, e, w) for (s, e), w in merged.items() if w > 0]
        return sorted(found, key=lambda ev: (-ev.weight, ev.start))[:n]


def _check_format(data: dict, source: str) -> None:
    if data.get("format") != FORMAT or data.get("buckets") != BUCKETS:
        raise ValueError(f"{source}: weights are for {data.get('format')!r}, not {FORMAT!r}; retrain")


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)
