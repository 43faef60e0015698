"""How well does the message check judge drafts it has never seen, and how fast is it?

    python tests/bench/message_eval.py            # the shipped model: test and dev splits, timing
    python tests/bench/message_eval.py --tune     # a model trained on train alone, judged on dev
    python tests/bench/message_eval.py --fresh    # also the fresh batch (tests/corpus/messages_fresh.tsv)
    python tests/bench/message_eval.py --misses   # also list the drafts it gets wrong (not test's)
    python tests/bench/message_eval.py --thresholds  # the model's thresholds, out of fold (a minute)

Prints, per split: each category's recall (flagged at all; with its own code; flagged by the
whole check a draft gets, ``check_draft``: the safety check, then the message check), the
share of kind drafts flagged by each, and how many threat, exposure and block-evasion drafts
were flagged (the goal: every one). The shipped model is trained on train and dev, so its dev
figures are flattering; --tune gives honest dev figures for tuning. Test is never used for
tuning, so its misses are not listed. The fresh batch was written before the rules of this
round were changed, and is for the final report only.

--thresholds trains five models, each on four fifths of train + dev, scores the fifth it did not
see, and searches per-code thresholds for the most recall of the model alone (threats, exposure
and ways round a block counting three times) while it flags at most --budget of kind drafts.

Timing runs a fresh Python for each check (import, model load, check), as a person's
command would: a one-line draft and a 2,000-word wall of text (goals: 150 ms and 300 ms).
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from bisect import bisect_left
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "corpus"))

import train  # noqa: E402  (tests/corpus/train.py)

from pacer.commands.checkpoint import check_draft  # noqa: E402
from pacer.text import CHECK_MAX  # noqa: E402
from pacer.words import message_check, message_model  # noqa: E402
from pacer.words.message_engine import cancelled, negated, rule_findings  # noqa: E402
from pacer.words.message_text import loud_span, normalise_mapped, questions_span  # noqa: E402
from pacer.words.ngram_model import LinearModel  # noqa: E402

MUST = ("threat", "exposure", "block_evasion")
CORPUS = ROOT / "tests" / "corpus" / "messages.tsv"


FRESH = ROOT / "tests" / "corpus" / "messages_fresh.tsv"
Judged = list[tuple[dict[str, str], set[str], set[str]]]


def judge(rows: list[dict[str, str]]) -> Judged:
    """(row, the message check's codes, the codes of check_draft: safety, then the message check)."""
    out = []
    for row in rows:
        mode = None if row["mode"] == "any" else row["mode"]
        codes = {f.code for f in message_check.check_message(row["text"], mode)}
        _, findings = check_draft(row["text"], CHECK_MAX, mode=mode)
        out.append((row, codes, {f.code for f in findings}))
    return out


def report(name: str, judged: Judged, misses: bool) -> dict[str, float]:
    by_cat: dict[str, Judged] = {}
    for item in judged:
        by_cat.setdefault(item[0]["category"], []).append(item)
    print(f"\n== {name}: {len(judged)} drafts")
    print(f"{'category':20} {'n':>4} {'flagged':>8} {'own code':>9} {'check_draft':>12}")
    pressing = [item for item in judged if item[0]["category"] != "kind"]
    for cat in sorted(by_cat):
        if cat == "kind":
            continue
        items = by_cat[cat]
        flagged = sum(bool(c) for _, c, _ in items)
        own = sum(r["category"] in c for r, c, _ in items)
        whole = sum(bool(d) for _, _, d in items)
        print(f"{cat:20} {len(items):4} {flagged / len(items):8.0%} {own / len(items):9.0%} "
              f"{whole / len(items):12.0%}")
    kind = by_cat.get("kind", [])
    recall = sum(bool(c) for _, c, _ in pressing) / max(len(pressing), 1)
    whole_recall = sum(bool(d) for _, _, d in pressing) / max(len(pressing), 1)
    false = sum(bool(c) for _, c, _ in kind)
    whole_false = sum(bool(d) for _, _, d in kind)
    rate = false / max(len(kind), 1)
    print(f"{'all pressuring':20} {len(pressing):4} {recall:8.1%} {'':9} {whole_recall:12.1%}")
    print(f"kind drafts flagged: {false} of {len(kind)} ({rate:.1%}); "
          f"by check_draft (safety too): {whole_false} ({whole_false / max(len(kind), 1):.1%})")
    for cat in MUST:
        items = by_cat.get(cat, [])
        print(f"{cat} flagged: {sum(bool(c) for _, c, _ in items)} of {len(items)}")
    if misses:
        for row, codes, whole in judged:
            if row["category"] == "kind" and whole:
                print(f"  FALSE {sorted(whole)}: {row['text']}")
            elif row["category"] != "kind" and not codes:
                print(f"  MISS  {row['category']}: {row['text']}")
    return {"recall": recall, "false": rate}


def timed(code: str, runs: int) -> tuple[float, float]:
    """(median wall time, least CPU time) of a fresh Python running ``code``."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - began)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), min(cpus)


# -- thresholds, out of fold ---------------------------------------------------------------------

WEIGHT = {"threat": 3, "exposure": 3, "block_evasion": 3}
GRID = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99)


def out_of_fold(rows: list[dict[str, str]], folds: int = 5) -> list[dict]:
    """Each train/dev draft scored by a model that did not see it, with what the rules found."""
    pool = [r for r in rows if r["split"] in ("train", "dev")]
    order = sorted(r["id"] for r in pool)
    random.Random(7).shuffle(order)
    fold = {row_id: k % folds for k, row_id in enumerate(order)}
    out = []
    for k in range(folds):
        seen = [dict(r, split="train" if fold[r["id"]] != k else "held") for r in pool]
        model = LinearModel.from_data(train.train(train.DATASETS["messages"], seen, splits=("train",)))
        for row in (r for r in pool if fold[r["id"]] == k):
            head = row["text"].strip()[:message_check.SCAN_LIMIT]
            plain, where = normalise_mapped(head)
            found = set(rule_findings(head, plain, where, None if row["mode"] == "any" else row["mode"]))
            found |= {"repeated_questions"} if questions_span(head) else set()
            found |= {"shouting"} if loud_span(head) else set()
            text = head[:message_model.MODEL_LIMIT]
            end = bisect_left(where, message_model.MODEL_LIMIT)
            dropped = set()
            for label in model.labels:
                evidence = model.top_features(text, label, 4) if label != "pressure" else []
                if (evidence and negated(plain[:end], bisect_left(where[:end], evidence[0].start))) or \
                        cancelled(label, plain[:end]):
                    dropped.add(label)
            out.append({"cat": row["category"], "rules": found, "scores": model.scores(text), "dropped": dropped})
    return out


def model_says(item: dict, thresholds: dict[str, float], pressure: float, rules: bool) -> bool:
    """Whether a draft is flagged (by the model alone, or with the rules), as message_model decides."""
    found = item["rules"] if rules else set()
    scores = item["scores"]
    labels = [lab for lab in scores if lab != "pressure" and lab not in message_model._NOT_FROM_MODEL]
    raised = [lab for lab in labels if scores[lab] >= thresholds.get(lab, thresholds["_"])]
    if not raised and not found and scores["pressure"] >= pressure:
        raised = [max(labels, key=scores.__getitem__)]
    return bool(found) or any(lab not in found and lab not in item["dropped"] for lab in raised)


def score(items: list[dict], thresholds: dict[str, float], pressure: float, rules: bool) -> tuple[float, float]:
    """(weighted recall, share of kind drafts flagged)."""
    kind = [i for i in items if i["cat"] == "kind"]
    hits = total = 0.0
    for item in items:
        if item["cat"] != "kind":
            weight = WEIGHT.get(item["cat"], 1)
            total += weight
            hits += weight * model_says(item, thresholds, pressure, rules)
    return hits / total, sum(model_says(i, thresholds, pressure, rules) for i in kind) / len(kind)


def search_thresholds(rows: list[dict[str, str]], budget: float) -> None:
    items = out_of_fold(rows)
    labels = [lab for lab in items[0]["scores"] if lab != "pressure" and lab not in message_model._NOT_FROM_MODEL]
    shipped = {"_": message_model._MODEL_THRESHOLD, **message_model._MODEL_THRESHOLDS}
    best = (dict(shipped), message_model._PRESSURE_THRESHOLD)

    def value(thresholds: dict[str, float], pressure: float) -> float:
        recall, false = score(items, thresholds, pressure, rules=False)
        return recall - (10.0 if false > budget else 0.0) - 0.01 * false

    current = value(*best)
    for _ in range(3):  # coordinate search
        for label in ["_", *labels, "pressure"]:
            for step in GRID:
                thresholds, pressure = dict(best[0]), best[1]
                if label == "pressure":
                    pressure = step
                else:
                    thresholds[label] = step
                if (v := value(thresholds, pressure)) > current + 1e-9:
                    current, best = v, (thresholds, pressure)
    for name, (thresholds, pressure) in (("shipped", (shipped, message_model._PRESSURE_THRESHOLD)), ("found", best)):
        alone = score(items, thresholds, pressure, rules=False)
        both = score(items, thresholds, pressure, rules=True)
        print(f"{name:8} model alone: weighted recall {alone[0]:.3f}, kind flagged {alone[1]:.1%}; with the rules "
              f"(in-sample for them): {both[0]:.3f}, {both[1]:.1%}")
        print(f"         {thresholds} pressure {pressure}")


CHECK = "from pacer.words.message_check import check_message; check_message({text!r})"
DRAFT = "from pacer.commands.checkpoint import check_draft; check_draft({text!r}, 20_000)"


def timing(runs: int) -> None:
    one_line = "ok so ur just gonna ignore me forever?? i saw u were online at 2am"
    wall = " ".join(["I keep thinking about the weekend and what you said, and I need you to answer me."] * 125)
    timed(CHECK.format(text="warm the rule cache"), 1)
    print(f"\n== timing: a fresh python each time (import, rules, model, check); median wall, least CPU of {runs}")
    words = f"{len(wall.split()):,}-word draft"
    for label, code, goal in (("bare python", "pass", ""), ("one-line draft", CHECK.format(text=one_line), "goal 150"),
                              (words, CHECK.format(text=wall), "goal 300"),
                              ("one line, +safety", DRAFT.format(text=one_line), "check_draft"),
                              (f"{words}, +safety", DRAFT.format(text=wall), "check_draft")):
        wall_time, cpu = timed(code, runs)
        print(f"{label:28} {wall_time * 1000:5.0f} ms wall {cpu * 1000:5.0f} ms CPU  {goal}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tune", action="store_true", help="train on train only and judge dev")
    parser.add_argument("--misses", action="store_true", help="list the drafts judged wrongly (not on test)")
    parser.add_argument("--fresh", action="store_true", help="also judge the fresh batch (final report only)")
    parser.add_argument("--thresholds", action="store_true", help="search the model's thresholds out of fold")
    parser.add_argument("--budget", type=float, default=0.03, help="kind drafts the model alone may flag")
    parser.add_argument("--runs", type=int, default=9, help="timing runs (0: no timing)")
    args = parser.parse_args()
    rows = train.read_rows(CORPUS)
    if args.thresholds:
        search_thresholds(rows, args.budget)
        return 0
    if args.tune:
        data = train.train(train.DATASETS["messages"], rows, splits=("train",))
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "messages.model"
            path.write_bytes(train.dumps(data))
            message_model.MODEL_PATH = path
            message_model.model.cache_clear()
            report("dev (model trained on train only)", judge([r for r in rows if r["split"] == "dev"]), args.misses)
            report("train (rules' own ground)", judge([r for r in rows if r["split"] == "train"]), args.misses)
        return 0
    report("test (never used for tuning)", judge([r for r in rows if r["split"] == "test"]), False)
    report("dev (in the shipped model's training data)", judge([r for r in rows if r["split"] == "dev"]), args.misses)
    if args.fresh:
        report("fresh (written before this round's rules)", judge(train.read_rows(FRESH)), args.misses)
    if args.runs:
        timing(args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
