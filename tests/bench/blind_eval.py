"""The safety check and the message check (through check_draft, as `check-message` runs them) on sets
written by someone who never saw the rules, the corpora or the code.

tests/corpus/blind/: half of each set ("A": crc32(id) is even) was looked at while tuning; the other
half ("B") has not been tuned on. Figures are printed for A, B and all.
tests/corpus/blind2/ (``--set 2``): a second set, written from the issues' words alone (500 texts for
the safety check, 300 drafts); only its totals and per-kind counts were looked at, when each round
was merged, never its texts while tuning.

    python tests/bench/blind_eval.py [-v]      # -v: list what each check got wrong
    python tests/bench/blind_eval.py --half A  # half A alone, per kind (B is neither read nor printed)
    python tests/bench/blind_eval.py --set 2   # the second set, per kind
"""

from __future__ import annotations

import csv
import sys
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pacer.commands.checkpoint import check_draft  # noqa: E402
from pacer.words import safety  # noqa: E402

CRISIS = {"suicidal", "plan_means", "self_harm", "harm_others", "danger", "leverage"}


def rows(name: str, folder: str = "blind") -> list[dict[str, str]]:
    with open(ROOT / "tests" / "corpus" / folder / name, encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def half(row: dict[str, str]) -> str:
    return "A" if zlib.crc32(row["id"].encode()) % 2 == 0 else "B"


def report(title: str, table: list[dict[str, str]], label: str, positive, flagged, verbose: bool,
           parts: tuple[str, ...] = ("A", "B", "all")) -> None:
    for part in parts:
        chosen = [r for r in table if part in ("all", half(r))]
        hits, counts = Counter(), Counter()
        for row in chosen:
            counts[row[label]] += 1
            found = flagged(row["text"])
            hits[row[label]] += bool(found)
            if verbose and part == "all" and bool(found) != positive(row[label]):
                print(f"   wrong: {row[label]}: {row['text'][:120]}")
        pos = [k for k in counts if positive(k)]
        tp, np_ = sum(hits[k] for k in pos), sum(counts[k] for k in pos)
        fp, nn = sum(hits[k] for k in counts if k not in pos), sum(counts[k] for k in counts if k not in pos)
        print(f"{title} {part:>3}: flagged {tp}/{np_} = {tp / np_:.1%} of what should be, {fp}/{nn} = {fp / nn:.1%} of the rest")
        if part == parts[-1]:
            for key in sorted(counts):
                print(f"      {key:14s} {hits[key]}/{counts[key]}")


def main() -> None:
    if sys.argv[1:3] == ["--set", "2"]:
        report("safety  ", rows("safety.tsv", "blind2"), "kind", lambda k: k in CRISIS, safety.check, False, ("all",))
        report("messages", rows("messages.tsv", "blind2"), "category", lambda k: k != "kind",
               lambda text: check_draft(text, 10_000)[1], False, ("all",))
        return
    only_a = sys.argv[1:3] == ["--half", "A"]
    verbose = "-v" in sys.argv and not only_a
    parts = ("A",) if only_a else ("A", "B", "all")
    report("safety  ", [r for r in rows("safety_blind.tsv") if not only_a or half(r) == "A"], "kind",
           lambda k: k in CRISIS, safety.check, verbose, parts)
    report("messages", [r for r in rows("messages_blind.tsv") if not only_a or half(r) == "A"], "category",
           lambda k: k != "kind", lambda text: check_draft(text, 10_000)[1], verbose, parts)


if __name__ == "__main__":
    main()
