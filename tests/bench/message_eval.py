"""How well does the message check judge drafts it has never seen, and how fast is it?

    python tests/bench/message_eval.py            # the shipped model: test and dev splits, timing
    python tests/bench/message_eval.py --tune     # a model trained on train alone, judged on dev
    python tests/bench/message_eval.py --misses   # also list the drafts it gets wrong

Prints, per split: each category's recall (flagged at all; with its own code), the share of
kind drafts flagged, and how many threat, exposure and block-evasion drafts were flagged
(the goal: every one). The shipped model is trained on train and dev, so its dev figures are
flattering; --tune gives honest dev figures for tuning. Test is never used for tuning.

Timing runs a fresh Python for each check (import, model load, check), as a person's
command would: a one-line draft and a 2,000-word wall of text (goals: 150 ms and 300 ms).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "corpus"))

import train  # noqa: E402  (tests/corpus/train.py)

from pacer import message_check  # noqa: E402

MUST = ("threat", "exposure", "block_evasion")
CORPUS = ROOT / "tests" / "corpus" / "messages.tsv"


def judge(rows: list[dict[str, str]]) -> list[tuple[dict[str, str], set[str]]]:
    out = []
    for row in rows:
        mode = None if row["mode"] == "any" else row["mode"]
        out.append((row, {f.code for f in message_check.check_message(row["text"], mode)}))
    return out


def report(name: str, judged: list[tuple[dict[str, str], set[str]]], misses: bool) -> dict[str, float]:
    by_cat: dict[str, list[tuple[dict[str, str], set[str]]]] = {}
    for row, codes in judged:
        by_cat.setdefault(row["category"], []).append((row, codes))
    print(f"\n== {name}: {len(judged)} drafts")
    print(f"{'category':20} {'n':>4} {'flagged':>8} {'own code':>9}")
    pressing = [(r, c) for r, c in judged if r["category"] != "kind"]
    for cat in sorted(by_cat):
        if cat == "kind":
            continue
        items = by_cat[cat]
        flagged = sum(bool(c) for _, c in items)
        own = sum(r["category"] in c for r, c in items)
        print(f"{cat:20} {len(items):4} {flagged / len(items):8.0%} {own / len(items):9.0%}")
    kind = by_cat.get("kind", [])
    false = [(r, c) for r, c in kind if c]
    recall = sum(bool(c) for _, c in pressing) / max(len(pressing), 1)
    rate = len(false) / max(len(kind), 1)
    print(f"{'all pressuring':20} {len(pressing):4} {recall:8.1%}")
    print(f"kind drafts flagged: {len(false)} of {len(kind)} ({rate:.1%})")
    for cat in MUST:
        items = by_cat.get(cat, [])
        print(f"{cat} flagged: {sum(bool(c) for _, c in items)} of {len(items)}")
    if misses:
        for row, codes in judged:
            if row["category"] == "kind" and codes:
                print(f"  FALSE {sorted(codes)}: {row['text']}")
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


CHECK = "from pacer.words.message_check import check_message; check_message({text!r})"


def timing(runs: int) -> None:
    one_line = "ok so ur just gonna ignore me forever?? i saw u were online at 2am"
    wall = " ".join(["I keep thinking about the weekend and what you said, and I need you to answer me."] * 125)
    timed(CHECK.format(text="warm the rule cache"), 1)
    print(f"\n== timing: a fresh python each time (import, rules, model, check); median wall, least CPU of {runs}")
    for label, code, goal in (("bare python", "pass", ""), ("one-line draft", CHECK.format(text=one_line), "goal 150"),
                              (f"{len(wall.split()):,}-word draft", CHECK.format(text=wall), "goal 300")):
        wall_time, cpu = timed(code, runs)
        print(f"{label:18} {wall_time * 1000:5.0f} ms wall {cpu * 1000:5.0f} ms CPU  {goal}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tune", action="store_true", help="train on train only and judge dev")
    parser.add_argument("--misses", action="store_true", help="list the drafts judged wrongly")
    parser.add_argument("--runs", type=int, default=9, help="timing runs (0: no timing)")
    args = parser.parse_args()
    rows = train.read_rows(CORPUS)
    if args.tune:
        data = train.train(train.DATASETS["messages"], rows, splits=("train",))
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "messages.json"
            path.write_text(train.dumps(data), encoding="utf-8")
            message_check._MODEL_PATH = path
            message_check._model.cache_clear()
            report("dev (model trained on train only)", judge([r for r in rows if r["split"] == "dev"]), args.misses)
            report("train (rules' own ground)", judge([r for r in rows if r["split"] == "train"]), args.misses)
        return 0
    report("test (never used for tuning)", judge([r for r in rows if r["split"] == "test"]), args.misses)
    report("dev (in the shipped model's training data)", judge([r for r in rows if r["split"] == "dev"]), False)
    if args.runs:
        timing(args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
