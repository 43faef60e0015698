"""How well the safety check does on text it was not trained on, per kind, and how fast it is.

    python tests/bench/safety_eval.py              # every figure below, shipped model
    python tests/bench/safety_eval.py --fresh      # retrained on train rows only: honest dev figures
    python tests/bench/safety_eval.py --fresh --errors   # and what dev gets wrong
    python tests/bench/safety_eval.py --cv         # five-fold over the later batches (a few minutes)
    python tests/bench/safety_eval.py --cv --held sm,sn,ws,sp,sq   # ... over the first five only

``--cv`` is how the model's thresholds were last chosen: the rows of the later batches (ids
train.LATER_BATCHES: written after the patterns were tuned, so neither the patterns nor the model
know them) are split in five by a hash of the id, and each fifth is checked by a model trained
on everything else (train + dev, never test). ``--held`` checks only the batches named (the
others always train), as the rule beside the thresholds in ``pacer/words/safety.py`` does.

Figures:

* the safety corpus (tests/corpus/safety.tsv): recall per crisis kind, false alarms per
  ordinary kind, on its test split, its dev split and tests/corpus/safety_fresh.tsv, two
  batches used for this figure only: fr0001-fr0076 written after the first tuning, fr0077 on
  written before the second (and never looked at while tuning);
* long notes built from a split's short texts: 6-14 ordinary texts joined (none should be
  flagged), and the same with one of the split's crisis texts put in the middle (all should);
* the message corpus's drafts (tests/corpus/messages.tsv), dev and test splits (its train
  split is safety training data): kind drafts flagged, other pressuring drafts flagged (the
  message check's business, not a crisis), self-harm drafts flagged (should be all);
* pacer's own words (content/*.toml, texts and titles): must be none;
* timing in a fresh interpreter, import included: a one-line draft and a 500-word note,
  CPU and wall.

The shipped model is trained on train + dev, so its dev figures flatter it; ``--fresh``
retrains on the train split only (in memory, a few seconds). Mistakes are printed for dev
only: the test split and the fresh batch are for the final figures, not for tuning.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import statistics
import subprocess
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pacer.words import safety  # noqa: E402
from pacer.words.ngram_model import LinearModel  # noqa: E402

CRISIS = ("suicidal", "plan_means", "self_harm", "harm_others", "danger", "leverage")
EXPECTED = {"suicidal": "self", "plan_means": "self", "self_harm": "self", "harm_others": "harm_others",
            "danger": "danger", "leverage": "leverage"}
ONE_LINE = "hey, i'm sorry about last night. hope your week is going okay"


def train_module():
    spec = importlib.util.spec_from_file_location("pacer_train", ROOT / "tests/corpus/train.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def _mistake(row: dict[str, str], label: str, finding: safety.SafetyFinding | None) -> None:
    what = f"{finding.kind}: {finding.reason}: {finding.span!r}" if finding else "-"
    print(f"  {'MISS' if finding is None else 'FALSE'} {label:<13} {row['text'][:200]!r}  [{what}]")


def safety_split(rows: list[dict[str, str]], split: str, errors: bool) -> tuple[float, float]:
    picked = [r for r in rows if r["split"] == split]
    by_kind: dict[str, list[bool]] = {}
    kind_right: list[bool] = []
    for row in picked:
        finding = safety.check(row["text"])
        by_kind.setdefault(row["kind"], []).append(finding is not None)
        if row["kind"] in CRISIS and finding is not None:
            kind_right.append(str(finding.kind) == EXPECTED[row["kind"]])
        if errors and (finding is not None) != (row["kind"] in CRISIS):
            _mistake(row, row["kind"], finding)
    print(f"\nsafety corpus, {split}: {len(picked)} texts")
    for kind in CRISIS:
        print(_rate(f"  {kind:<12} recall     ", by_kind.get(kind, [])))
    for kind in sorted(k for k in by_kind if k not in CRISIS):
        print(_rate(f"  {kind:<12} false alarm", by_kind[kind]))
    hits = [f for k in CRISIS for f in by_kind.get(k, [])]
    alarms = [f for k, v in by_kind.items() if k not in CRISIS for f in v]
    print(_rate("  ALL crisis   recall     ", hits))
    print(_rate("  ALL ordinary false alarm", alarms))
    print(f"  right kind among flagged crisis texts: {sum(kind_right) / max(len(kind_right), 1):.1%}")
    return sum(hits) / max(len(hits), 1), sum(alarms) / max(len(alarms), 1)


def message_split(rows: list[dict[str, str]], split: str, errors: bool) -> None:
    groups: dict[str, list[bool]] = {"kind": [], "other pressure": [], "self_harm": []}
    by_model = 0
    for row in (r for r in rows if r["split"] == split):
        finding = safety.check(row["text"])
        group = row["category"] if row["category"] in ("kind", "self_harm") else "other pressure"
        groups[group].append(finding is not None)
        by_model += finding is not None and finding.span is None and group != "self_harm"
        if errors and (finding is not None) != (group == "self_harm"):
            _mistake(row, row["category"], finding)
    print(f"\nmessage corpus drafts, {split}:")
    print(_rate("  kind drafts flagged          ", groups["kind"]))
    print(_rate("  other pressure flagged       ", groups["other pressure"]))
    print(_rate("  self_harm drafts flagged     ", groups["self_harm"]))
    print(f"  (false alarms by the model alone: {by_model})")


def long_notes(rows: list[dict[str, str]], split: str, count: int = 120) -> None:
    """Calm long notes and the same notes turning dark in the middle (a fixed seed)."""
    rng = random.Random(7)
    picked = [r for r in rows if r["split"] == split and len(r["text"].split()) < 40]
    calm = [r["text"] for r in picked if r["kind"] not in CRISIS]
    dark = [r["text"] for r in picked if r["kind"] in CRISIS]
    flags: dict[str, list[bool]] = {"calm": [], "dark": []}
    for _ in range(count):
        parts = [t.rstrip(".!? ") + "." for t in rng.sample(calm, rng.randint(6, 14))]
        at = rng.randint(1, len(parts) - 1)
        turned = parts[:at] + [rng.choice(dark).rstrip(".!? ") + "."] + parts[at:]
        flags["calm"].append(safety.check(" ".join(parts)) is not None)
        flags["dark"].append(safety.check(" ".join(turned)) is not None)
    print(f"\nlong notes from the {split} split (60-250 words):")
    print(_rate("  calm notes flagged           ", flags["calm"]))
    print(_rate("  notes turning dark flagged   ", flags["dark"]))


def content(errors: bool) -> int:
    texts = train.extra_rows(train.DATASETS["safety"], train.Extra("content/*.toml", labels={"*": "x"}))
    flagged = [r for r in texts if safety.check(r["text"]) is not None]
    print(f"\npacer's own words (content/*.toml): {len(flagged)}/{len(texts)} flagged (must be 0)")
    for row in flagged if errors else ():
        _mistake(row, row["id"], safety.check(row["text"]))
    return len(flagged)


def _rate(label: str, flags: list[bool]) -> str:
    return f"{label} {sum(flags) / max(len(flags), 1):6.1%}  ({sum(flags)}/{len(flags)})"


def timing(note: str) -> None:
    """Import, first model load and one check in a fresh interpreter: CPU and wall, best of 5."""
    code = ("import sys, time\nw, c = time.perf_counter(), time.process_time()\n"
            f"sys.path.insert(0, {str(ROOT)!r})\nfrom pacer.words import safety\n"
            "safety.check(sys.stdin.read())\n"
            "print((time.process_time() - c) * 1000, (time.perf_counter() - w) * 1000)\n")
    for name, text in (("one-line draft", ONE_LINE), (f"{len(note.split())}-word note", note)):
        runs = [subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True,
                               check=True).stdout.split() for _ in range(5)]
        cpu, wall = (statistics.median(float(r[i]) for r in runs) for i in (0, 1))
        print(f"timing: {name}, import + model load + check: CPU {cpu:.0f} ms, wall {wall:.0f} ms (median of 5)")
    print(f"model: {safety.MODEL_PATH.stat().st_size / 1024:.0f} KiB")


def cross_validate(held_batches: tuple[str, ...], folds: int = 5) -> None:
    """The whole check on each fifth of ``held_batches``, its model trained without that fifth."""
    dataset = train.DATASETS["safety"]
    rows = train.corpus_rows(dataset)
    by_kind: dict[str, list[bool]] = {}
    for fold in range(folds):
        held = {r["id"] for r in rows
                if r["id"].startswith(held_batches) and zlib.crc32(r["id"].encode()) % folds == fold}
        used = [dict(r, split="held") if r["id"] in held else r for r in rows]
        fitted = LinearModel.from_data(train.train(dataset, used, ("train", "dev")))
        safety.model = lambda fitted=fitted: fitted  # type: ignore[misc]
        safety.check.cache_clear()
        for row in (r for r in rows if r["id"] in held):
            by_kind.setdefault(row["kind"], []).append(safety.check(row["text"]) is not None)
    print(f"\nlater batches {','.join(held_batches)}, {folds}-fold (each fifth checked by a model trained without it):")
    for kind in sorted(by_kind, key=lambda k: (k not in CRISIS, k)):
        print(_rate(f"  {kind:<12} {'recall     ' if kind in CRISIS else 'false alarm'}", by_kind[kind]))
    print(_rate("  ALL crisis   recall     ", [f for k in CRISIS for f in by_kind.get(k, [])]))
    print(_rate("  ALL ordinary false alarm", [f for k, v in by_kind.items() if k not in CRISIS for f in v]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", action="store_true", help="print dev mistakes (and content's)")
    parser.add_argument("--fresh", action="store_true", help="retrain on the train split only, in memory")
    parser.add_argument("--dev", action="store_true", help="dev figures only (for tuning)")
    parser.add_argument("--no-timing", action="store_true")
    parser.add_argument("--cv", action="store_true", help="five-fold over the later batches only")
    parser.add_argument("--held", default=",".join(train.LATER_BATCHES),
                        help="with --cv: the batches to check (id prefixes, comma-separated); default all later ones")
    args = parser.parse_args()
    if args.cv:
        cross_validate(tuple(args.held.split(",")))
        return 0
    dataset = train.DATASETS["safety"]
    if args.fresh:
        fresh = LinearModel.from_data(train.train(dataset, train.corpus_rows(dataset), ("train",)))
        safety.model = lambda: fresh  # type: ignore[assignment]
        print("model: retrained on the train split only")
    rows = train.read_rows(ROOT / dataset.corpus)
    for row in train.read_rows(ROOT / "tests/corpus/safety_fresh.tsv"):
        rows.append({**row, "split": "fresh 1" if int(row["id"][2:]) <= 76 else "fresh 2"})
    drafts = train.read_rows(ROOT / "tests/corpus/messages.tsv")
    for split in ("dev",) if args.dev else ("test", "dev", "fresh 1", "fresh 2"):
        safety_split(rows, split, errors=args.errors and split == "dev")
    for split in ("dev",) if args.dev else ("test", "dev"):
        long_notes(rows, split)
    for split in ("dev",) if args.dev else ("test", "dev"):
        message_split(drafts, split, errors=args.errors and split == "dev")
    content(args.errors)
    if not (args.no_timing or args.dev):
        timing((ROOT / "tests/corpus/safety_note.txt").read_text(encoding="utf-8").strip())
    return 0


train = train_module()

if __name__ == "__main__":
    raise SystemExit(main())
