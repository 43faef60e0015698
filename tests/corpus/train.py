"""Train pacer's small text models from the labelled corpora here; pure standard library.

    python tests/corpus/train.py safety      # tests/corpus/safety.tsv   -> pacer/words/models/safety.model
    python tests/corpus/train.py messages    # tests/corpus/messages.tsv -> pacer/words/models/messages.model
    python tests/corpus/train.py safety --check   # exit 1 if the shipped weights differ

One-vs-rest logistic regression with L2, trained by SGD (Bottou's rescaling trick makes the
L2 decay lazy), a fixed seed and a fixed order: the same corpus gives the same bytes. Only
rows whose split is in the dataset's ``splits`` are used; ``test`` rows never are. Features
seen in fewer than ``min_df`` training texts are dropped, and so are weights nearer zero than
``prune``; what is left is kept as delta-encoded bucket numbers and integer weights, and
shipped as ``pacer.words.model_file`` describes.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib
import math
import random
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pacer.words import model_file  # noqa: E402
from pacer.words.ngram_model import BUCKETS, FORMAT, Spec, normalise, vector  # noqa: E402

MESSAGE_CODES = ("self_harm", "threat", "exposure", "block_evasion", "ultimatum", "demand", "accusation",
                 "guilt", "sarcasm", "begging", "interrogation", "love_bombing", "jealousy", "third_party")
SAFETY_NEGATIVE = ("idiom", "heartbreak", "anger", "sadness", "media", "recovery", "neutral", "draft", "content")


@dataclass(frozen=True)
class Extra:
    """More training rows from another corpus: its rows in ``splits``, relabelled.

    ``labels`` maps the other corpus's label to this dataset's ("*": every other label);
    ``by_id`` overrides it for single rows that were read and judged one by one. A corpus
    path ending in ``*.toml`` is pacer's own content: every entry's text and title, labelled
    ``labels["*"]``. Extra rows always join the training split, never dev or test.
    """

    corpus: str
    column: str = ""
    splits: tuple[str, ...] = ("train",)
    labels: dict[str, str] = field(default_factory=dict)
    by_id: dict[str, str] = field(default_factory=dict)
    # rows whose id sorts after this one are left out ("" keeps every row): a corpus that grew
    # for another model does not shift this one until its thresholds are chosen again
    last_id: str = ""


# The message corpus's self-harm drafts, read one by one: most tie the writer's life to the
# reply (leverage); these say it without a condition or blame, so they teach "self" only.
MESSAGE_SELF_HARM_NOT_LEVERAGE = {
    "msg0190": "suicidal", "msg0191": "suicidal", "msg0198": "plan_means", "msg0210": "suicidal",
    "msg0214": "plan_means", "msg0226": "self_harm", "msg1721": "suicidal", "msg1723": "suicidal",
    "msg2383": "suicidal",
}


@dataclass(frozen=True)
class Dataset:
    """Where a corpus is, which column labels it, and how its labels become model labels."""

    corpus: str
    out: str
    column: str
    negatives: tuple[str, ...]
    # corpus label -> model labels it is positive for; a label not listed is its own label
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    lexicon: str | None = None  # "CONCEPT: word, two words, ..." lines; shipped inside the weights
    chars: tuple[int, int] | None = None  # in-word character n-grams, see ngram_model.Spec
    stem: int = 4
    reach: int = 5
    splits: tuple[str, ...] = ("train", "dev")
    epochs: int = 12
    lr: float = 0.5
    l2: float = 1e-4
    min_df: int = 2
    positive_weight: float = 0.5  # positives weighted (negatives / positives) ** this
    average: int = 0  # > 0: the weights are the mean of those after each of the last this many epochs
    prune: float = 0.02
    scale: int = 1000
    seed: int = 20240611
    # a module with a function index() -> (path, text): written and checked along with the weights
    extra: str | None = None
    more: tuple[Extra, ...] = ()  # rows from other corpora, for training only
    # rows with this label are also listed by a hash of their words ("known" in the meta): the
    # check leaves those exact texts alone (pacer's own words, a template sent as it is)
    known: str | None = None


DATASETS: dict[str, Dataset] = {
    "safety": Dataset(
        corpus="tests/corpus/safety.tsv",
        out="pacer/words/models/safety.model",
        column="kind",
        lexicon="tests/corpus/safety_lexicon.txt",
        # 3e-5 underfitted: training texts scored 0.6-0.7; 5-fold AUC 0.942 -> 0.947 at 1e-5; with the
        # later batches (sm*, ws*) 3e-6: dev AUC 0.913 -> 0.917, recall at 5% false alarms 0.61 -> 0.62
        l2=3e-6,
        epochs=25,  # 12 left the model unsettled: false alarms on dev moved 2-7% between retrains
        # ... and so did 25 once the later batches came: kind dev drafts flagged 2 or 7 by seed alone;
        # the mean of the last 10 epochs' weights flags 2 with either seed (cross-validated recall
        # on the later batches 0.748 -> 0.758, false alarms 0.086 -> 0.091)
        average=10,
        extra="pacer.words.safety",
        negatives=SAFETY_NEGATIVE,
        # what people send and what pacer itself says: calm, apologetic, caring and pressuring
        # drafts are not crises (the message check answers pressure); self-harm offered as the
        # price of a reply is. Only the message corpus's train split: its dev and test splits
        # stay out, to measure the safety check on drafts.
        more=(
            # every training draft: goodbyes, keys handed back and bills settled read like affairs
            # put in order to a model that has not seen them (3% of the later kind drafts flagged)
            Extra("tests/corpus/messages.tsv", "category", ("train",),
                  {"self_harm": "leverage", "*": "draft"}, MESSAGE_SELF_HARM_NOT_LEVERAGE),
            Extra("content/*.toml", labels={"*": "content"}),
        ),
        known="content",
        groups={
            "suicidal": ("crisis", "self"),
            "plan_means": ("crisis", "self"),
            "self_harm": ("crisis", "self"),
            "danger": ("crisis", "danger"),
            "harm_others": ("crisis", "harm_others"),
            "leverage": ("crisis", "leverage", "self"),
        },
    ),
    "messages": Dataset(
        corpus="tests/corpus/messages.tsv",
        out="pacer/words/models/messages.model",
        column="category",
        negatives=("kind",),
        extra="pacer.words.message_engine",
        # dev recall at 1.4% kind drafts flagged: words + stems 0.89, with in-word 3..5-grams 0.94
        # (texting spellings share them: "blockd", "blocked"); 2..5-grams 0.92
        chars=(3, 5),
        lexicon="tests/corpus/messages_lexicon.txt",
        min_df=3,
        # dev (a model trained on train alone, with the rules) after the corpus grew to ~5,300
        # drafts, pooled label at 0.8: l2 1e-4, 12 epochs 88.0% flagged / 7.9% of kind ones;
        # l2 3e-5, 20 epochs 91.1% / 7.0%; l2 5e-5 90.6% / 7.0%; l2 1e-5, 30 epochs as good on dev
        # but over-sure on short kind notes (and twice the size). positive_weight 0.4-0.7, min_df 2,
        # chars 2..5, no reach: no better
        l2=3e-5,
        epochs=20,
        prune=0.2,  # as good on dev as 0.02, a third of the size: loads in a few ms
        # every pressuring draft also teaches a pooled "pressure" label (a backstop); the
        # surface codes are counted by the check, not learned: a shouted or stacked-question
        # draft is pressure, a long letter is not
        groups={
            **{code: ("pressure", code) for code in MESSAGE_CODES},
            "shouting": ("pressure",),
            "repeated_questions": ("pressure",),
            "too_long": (),
        },
    ),
}


# Safety corpus batches written after its test split was fixed: they go to train and dev only
# (dev when crc32(id) % 100 < 20), never to test; the threshold cross-validation runs over them.
LATER_BATCHES = ("sm", "sn", "ws", "sp", "sq", "sr", "st", "sv", "sx", "sy", "sz", "ua", "ub", "uc", "ud", "ue", "uf")


def read_rows(path: Path) -> list[dict[str, str]]:
    """The corpus rows as dicts (tab-separated, header row, no quoting; ``\\n`` in a text is a line break)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        if "text" in row:
            row["text"] = row["text"].replace("\\n", "\n")
    return rows


def corpus_rows(dataset: Dataset, root: Path = ROOT) -> list[dict[str, str]]:
    """The dataset's own corpus rows, then the rows ``dataset.more`` adds (split "train")."""
    rows = read_rows(root / dataset.corpus)
    for extra in dataset.more:
        rows += extra_rows(dataset, extra, root)
    return rows


def extra_rows(dataset: Dataset, extra: Extra, root: Path = ROOT) -> list[dict[str, str]]:
    """One ``Extra``'s rows, in the dataset's columns (id, split, label, text)."""
    found: list[tuple[str, str, str]] = []  # (id, label, text)
    if extra.corpus.endswith("*.toml"):
        for path in sorted(root.glob(extra.corpus)):
            for entries in tomllib.loads(path.read_text(encoding="utf-8")).values():
                for entry in entries:
                    for key in ("text", "title"):
                        if entry.get(key):
                            found.append((f"{path.stem}:{entry['id']}:{key}", extra.labels["*"], entry[key]))
    else:
        for row in read_rows(root / extra.corpus):
            if row["split"] in extra.splits and not (extra.last_id and row["id"] > extra.last_id):
                label = extra.by_id.get(row["id"]) or extra.labels.get(row[extra.column]) or extra.labels["*"]
                found.append((row["id"], label, row["text"]))
    return [{"id": i, "split": "train", dataset.column: label, "text": text} for i, label, text in found]


def read_lexicon(path: Path) -> dict[str, str]:
    """word or two-word phrase -> concept, from "CONCEPT: entry, entry" lines (# comments)."""
    lexicon: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        concept, _, entries = line.partition(":")
        for entry in entries.split(","):
            entry = " ".join(entry.split())
            if entry:
                if entry in lexicon and lexicon[entry] != concept.strip():
                    raise ValueError(f"{path}:{number}: {entry!r} is already {lexicon[entry]}")
                lexicon[entry] = concept.strip()
    return lexicon


def model_labels(dataset: Dataset, rows: list[dict[str, str]]) -> tuple[str, ...]:
    labels: list[str] = []
    for row in rows:
        raw = row[dataset.column]
        if raw in dataset.negatives:
            continue
        for label in dataset.groups.get(raw, (raw,)):
            if label not in labels:
                labels.append(label)
    order = [lab for g in dataset.groups.values() for lab in g]  # grouped labels first, in order
    return tuple(sorted(labels, key=lambda lab: (order.index(lab) if lab in order else len(order), lab)))


def train(dataset: Dataset, rows: list[dict[str, str]], splits: tuple[str, ...] | None = None,
          root: Path = ROOT) -> dict:
    """Train on the rows in ``splits`` (default: the dataset's); the JSON-ready weights."""
    splits = splits or dataset.splits
    lexicon = read_lexicon(root / dataset.lexicon) if dataset.lexicon else None
    spec = Spec(dataset.chars, dataset.stem, dataset.reach, lexicon)
    # a row marked for one mode only (messages: "no-contact") is that mode's rules' to judge: the
    # model reads the words alone, and "this is my new number" is news anywhere else
    used = [row for row in rows if row["split"] in splits and row.get("mode", "any") == "any"]
    labels = model_labels(dataset, used)
    targets = [
        set() if row[dataset.column] in dataset.negatives
        else set(dataset.groups.get(row[dataset.column], (row[dataset.column],)))
        for row in used
    ]
    vectors = [vector(row["text"], spec) for row in used]
    df: dict[int, int] = {}
    for slots in vectors:
        for slot in slots:
            df[slot] = df.get(slot, 0) + 1
    kept = sorted(slot for slot, n in df.items() if n >= dataset.min_df)
    index = {slot: i for i, slot in enumerate(kept)}
    examples = []
    for slots, target in zip(vectors, targets):
        ids = [index[s] for s in slots if s in index]
        # normalise by the full feature count, as scoring does (dropped features weigh zero)
        examples.append((ids, 1.0 / math.sqrt(len(slots)) if slots else 0.0, target))

    n_labels, n_feats = len(labels), len(kept)
    weights = [[0.0] * n_feats for _ in range(n_labels)]
    scales = [1.0] * n_labels
    bias = [0.0] * n_labels
    class_weight = []
    for label in labels:
        pos = sum(label in t for t in targets)
        class_weight.append(((len(targets) - pos) / max(pos, 1)) ** dataset.positive_weight)

    rng = random.Random(dataset.seed)
    order = list(range(len(examples)))
    step = 0
    sums = [[0.0] * n_feats for _ in range(n_labels)]  # weights summed over the last epochs (averaged SGD)
    bias_sum = [0.0] * n_labels
    for epoch in range(dataset.epochs):
        if dataset.average and epoch >= dataset.epochs - dataset.average + 1:
            _add_snapshot(sums, bias_sum, weights, scales, bias)
        rng.shuffle(order)
        for i in order:
            ids, norm, target = examples[i]
            lr = dataset.lr / (1.0 + dataset.lr * dataset.l2 * step)
            step += 1
            decay = 1.0 - lr * dataset.l2
            for k in range(n_labels):
                w = weights[k]
                scale = scales[k]
                z = bias[k] + scale * norm * sum(map(w.__getitem__, ids))
                y = labels[k] in target
                p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
                grad = (p - y) * (class_weight[k] if y else 1.0)
                bias[k] -= lr * grad
                scale *= decay
                if scale < 1e-6:  # fold the scale back into the weights now and then
                    weights[k] = w = [x * scale for x in w]
                    scale = 1.0
                scales[k] = scale
                if grad:
                    delta = lr * grad * norm / scale
                    for j in ids:
                        w[j] -= delta

    if dataset.average:
        _add_snapshot(sums, bias_sum, weights, scales, bias)
        weights = [[x / dataset.average for x in row] for row in sums]
        scales = [1.0] * n_labels
        bias = [b / dataset.average for b in bias_sum]
    columns = []
    for k in range(n_labels):
        column: list[int] = []
        previous = 0
        for j, slot in enumerate(kept):
            value = round(weights[k][j] * scales[k] * dataset.scale)
            if abs(value) >= dataset.prune * dataset.scale:
                column += [slot - previous, value]
                previous = slot
        columns.append(column)
    counts: dict[str, int] = {}
    for row in used:
        counts[row[dataset.column]] = counts.get(row[dataset.column], 0) + 1
    data = {
        "format": FORMAT,
        "buckets": BUCKETS,
        "features": spec.to_json(),
        "labels": list(labels),
        "scale": dataset.scale,
        "bias": [round(b * dataset.scale) for b in bias],
        "weights": columns,
        "meta": {
            "corpus": dataset.corpus,
            "corpus_sha256": corpus_hash(rows),
            "splits": list(splits),
            "rows": len(used),
            "counts": dict(sorted(counts.items())),
            "features": n_feats,
            "params": {k: getattr(dataset, k) for k in ("epochs", "lr", "l2", "min_df", "positive_weight",
                                                         "prune", "seed", "average") if k != "average" or dataset.average},
        },
    }
    if dataset.more:
        data["meta"]["more"] = [extra.corpus for extra in dataset.more]
    if dataset.known:
        data["meta"]["known"] = sorted({known_key(row["text"]) for row in used if row[dataset.column] == dataset.known})
    if lexicon:
        data["lexicon"] = lexicon
    return data


def _add_snapshot(sums: list[list[float]], bias_sum: list[float], weights: list[list[float]], scales: list[float],
                  bias: list[float]) -> None:
    """Add the weights as they are now (each label's row times its lazy scale) to the running sums."""
    for k, row in enumerate(weights):
        scale, total = scales[k], sums[k]
        for j, x in enumerate(row):
            if x:
                total[j] += x * scale
        bias_sum[k] += bias[k]


def known_key(text: str) -> str:
    """The key a known text is listed by: its normalised words, hashed (see safety.check)."""
    return hashlib.sha1(" ".join(normalise(text).split()).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def corpus_hash(rows: list[dict[str, str]]) -> str:
    """sha256 of the corpus content (rows, not bytes, so line endings do not matter)."""
    digest = hashlib.sha256()
    for row in rows:
        digest.update(("\t".join(row.values()) + "\n").encode("utf-8"))
    return digest.hexdigest()


def dumps(data: dict) -> bytes:
    """The weights as the bytes that are shipped (pacer.words.model_file): compact and stable."""
    return model_file.encode(data)


def build(name: str, root: Path = ROOT) -> bytes:
    dataset = DATASETS[name]
    return dumps(train(dataset, corpus_rows(dataset, root), root=root))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dataset", choices=sorted(DATASETS))
    parser.add_argument("--check", action="store_true", help="only compare with the shipped weights")
    parser.add_argument("--out", help="write here instead of the shipped path")
    args = parser.parse_args(argv)
    dataset = DATASETS[args.dataset]
    started = time.perf_counter()
    content = build(args.dataset)
    out = Path(args.out) if args.out else ROOT / dataset.out
    outputs = [(out, content, "trained in %.1f s" % (time.perf_counter() - started))]
    if dataset.extra and not args.out:
        path, extra = importlib.import_module(dataset.extra).index()
        outputs.append((Path(path), extra.encode("utf-8"), "the patterns' literal index"))
    status = 0
    for path, content, what in outputs:
        if args.check:
            same = path.exists() and path.read_bytes() == content
            print(f"{path}: {'up to date' if same else 'DIFFERS: run python tests/corpus/train.py ' + args.dataset}")
            status |= not same
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        print(f"{path}: {len(content) / 1024:.0f} KiB, {what}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
