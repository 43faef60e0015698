"""How well the safety check does on the labelled corpus, per kind, and how fast it is.

    python tests/bench/safety_eval.py              # test, dev and the fresh batch; shipped model
    python tests/bench/safety_eval.py --split dev --errors    # what dev gets wrong

Recall is shown for each crisis kind, the false-alarm rate for each ordinary kind. The shipped
model is trained on train + dev, so its dev figures flatter it; ``--fresh`` retrains on the
train split only (in memory, a few seconds) for honest dev figures. Mistakes are printed only
for dev: the test split is for the final figure, not for tuning.

tests/corpus/safety_fresh.tsv is a batch written after all tuning was done (the test split's
mistakes were looked at once, see the commit log), used for nothing but this figure.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pacer.words import safety  # noqa: E402
from pacer.words.ngram_model import LinearModel  # noqa: E402

CRISIS = ("suicidal", "plan_means", "self_harm", "harm_others", "danger", "leverage")
EXPECTED = {"suicidal": "self", "plan_means": "self", "self_harm": "self", "harm_others": "harm_others",
            "danger": "danger", "leverage": "leverage"}


def _train_module():
    spec = importlib.util.spec_from_file_location("pacer_train", ROOT / "tests/corpus/train.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def evaluate(rows: list[dict[str, str]], split: str, errors: bool) -> tuple[float, float]:
    picked = [r for r in rows if r["split"] == split]
    by_kind: dict[str, list[bool]] = {}
    kind_right: list[bool] = []
    for row in picked:
        finding = safety.check(row["text"])
        flagged = finding is not None
        by_kind.setdefault(row["kind"], []).append(flagged)
        if row["kind"] in CRISIS and flagged:
            kind_right.append(str(finding.kind) == EXPECTED[row["kind"]])
        if errors and flagged != (row["kind"] in CRISIS):
            what = f"{finding.kind}: {finding.reason}: {finding.span!r}" if finding else "-"
            print(f"  {'MISS' if row['kind'] in CRISIS else 'FALSE'} {row['kind']:<11} {row['text']}  [{what}]")
    print(f"\n{split}: {len(picked)} texts")
    hits = [f for k in CRISIS for f in by_kind.get(k, [])]
    alarms = [f for k, v in by_kind.items() if k not in CRISIS for f in v]
    for kind in CRISIS:
        v = by_kind.get(kind, [])
        print(f"  {kind:<12} recall      {sum(v) / max(len(v), 1):6.1%}  ({sum(v)}/{len(v)})")
    for kind in sorted(k for k in by_kind if k not in CRISIS):
        v = by_kind[kind]
        print(f"  {kind:<12} false alarm {sum(v) / max(len(v), 1):6.1%}  ({sum(v)}/{len(v)})")
    recall = sum(hits) / max(len(hits), 1)
    alarm = sum(alarms) / max(len(alarms), 1)
    print(f"  ALL crisis   recall      {recall:6.1%}  ({sum(hits)}/{len(hits)})")
    print(f"  ALL ordinary false alarm {alarm:6.1%}  ({sum(alarms)}/{len(alarms)})")
    print(f"  right kind among flagged crisis texts: {sum(kind_right) / max(len(kind_right), 1):.1%}")
    return recall, alarm


def timing(rows: list[dict[str, str]]) -> None:
    words = " ".join(r["text"] for r in rows).split()
    note = " ".join(words[:500])
    code = (f"import time,sys; t=time.perf_counter(); sys.path.insert(0, {str(ROOT)!r}); "
            f"from pacer.words import safety; safety.check({note!r}); print((time.perf_counter()-t)*1000)")
    cold = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 check=True).stdout) for _ in range(3)]
    print(f"\ntiming: 500-word note, import + first model load + check: median {statistics.median(cold):.0f} ms")
    safety.check("warm up")
    started = time.perf_counter()
    for row in rows:
        safety.check(row["text"])
    per = (time.perf_counter() - started) / len(rows) * 1000
    print(f"timing: one corpus text, warm: {per:.2f} ms")
    big = ("i want to die kill myself if you leave i'll he is banging on the door " * 300)[:20_000]
    started = time.perf_counter()
    safety.check(big)
    print(f"timing: 20,000 characters of the rules' own words: {(time.perf_counter() - started) * 1000:.0f} ms")
    print(f"model: {safety.MODEL_PATH.stat().st_size / 1024:.0f} KiB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("test", "dev", "fresh", "both"), default="both")
    parser.add_argument("--errors", action="store_true", help="print dev mistakes")
    parser.add_argument("--fresh", action="store_true", help="retrain on train only, in memory")
    parser.add_argument("--no-timing", action="store_true")
    args = parser.parse_args()
    train = _train_module()
    rows = train.read_rows(ROOT / "tests/corpus/safety.tsv")
    if args.fresh:
        fresh = LinearModel.from_data(train.train(train.DATASETS["safety"], rows, ("train",)))
        safety.model = lambda: fresh  # type: ignore[assignment]
        print("model: retrained on the train split only")
    rows += train.read_rows(ROOT / "tests/corpus/safety_fresh.tsv")
    splits = ("test", "dev", "fresh") if args.split == "both" else (args.split,)
    for split in splits:
        evaluate(rows, split, errors=args.errors and split == "dev")
    if not args.no_timing:
        timing(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
