"""Do the checks still find exactly what they found? A digest of everything check_draft says.

    python tests/bench/findings_digest.py [--dump FILE]

Runs ``check_draft`` (as `pacer check-message` does) (the safety check, then the message check) over every text of
tests/corpus/messages.tsv, messages_fresh.tsv, safety.tsv and safety_fresh.tsv (each message in
its own mode; every text also in a no-contact period), and over a fixed set of long drafts made
by joining corpus rows up to 500 and 2,000 words (and 2,000 calm words with one flagged
message somewhere inside), and prints one sha256 of all the findings
(codes, messages, spans) and one per set. A change meant only to make the checks faster must
leave every line the same. ``--dump`` writes the findings as JSON lines, to diff two runs.

It reads no held-out set (tests/corpus/blind*): only the corpora the checks are built from.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pacer.commands.checkpoint import check_draft  # noqa: E402
from pacer.limits import CHECK_MAX  # noqa: E402
from pacer.words.digest import sha256  # noqa: E402

CORPORA = ("messages.tsv", "messages_fresh.tsv", "safety.tsv", "safety_fresh.tsv")
SEPARATORS = (" ", "\n", "\n\n", ". ", " ")


def rows(name: str) -> list[dict[str, str]]:
    with open(ROOT / "tests" / "corpus" / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _rows_up_to(texts: list[str], words: int, rng: random.Random) -> list[str]:
    """Rows drawn from ``texts`` until they hold at least ``words`` words."""
    parts: list[str] = []
    total = 0
    while total < words:
        parts.append(rng.choice(texts))
        total += len(parts[-1].split())
    return parts


def long_drafts(texts: list[str], count: int, words: int) -> Iterator[tuple[str, str]]:
    """``count`` drafts of about ``words`` words, corpus rows joined in a fixed shuffled order."""
    for seed in range(count):
        rng = random.Random(f"{words}:{seed}")
        parts = _rows_up_to(texts, words, rng)
        sep = SEPARATORS[seed % len(SEPARATORS)]
        yield f"long{words}-{seed}", sep.join(parts)


def one_deep(calm: list[str], flagged: list[str], count: int, words: int) -> Iterator[tuple[str, str]]:
    """``count`` drafts of about ``words`` calm words with one flagged row somewhere inside,
    most often deep in: what the rules must still find after a long calm run."""
    for seed in range(count):
        rng = random.Random(f"deep{words}:{seed}")
        parts = _rows_up_to(calm, words, rng)
        parts.insert(rng.randint(len(parts) // 2, len(parts)), rng.choice(flagged))
        yield f"deep{words}-{seed}", SEPARATORS[seed % len(SEPARATORS)].join(parts)


def cases(only_long: bool = False) -> Iterator[tuple[str, str, str, str | None]]:
    """(set, id, text, mode) for every check the digest covers."""
    pool: list[str] = []
    calm: list[str] = []
    flagged: list[str] = []
    for name in CORPORA:
        for row in rows(name):
            pool.append(row["text"])
            if name == "messages.tsv":
                (calm if row["category"] == "kind" else flagged).append(row["text"])
            if only_long:
                continue
            mode = row.get("mode")
            own = "no-contact" if mode == "no-contact" else None
            yield name, row["id"], row["text"], own
            if own is None:
                yield name, row["id"], row["text"], "no-contact"
    drafts = [*long_drafts(pool, 40, 500), *long_drafts(pool, 60, 2000), *one_deep(calm, flagged, 150, 2000)]
    for ident, text in drafts:
        for mode in (None, "no-contact"):
            yield ident.split("-")[0], ident, text, mode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long-only", action="store_true", help="only the long drafts (quicker, while working)")
    parser.add_argument("--dump", type=Path, help="write every check's findings here, as JSON lines")
    args = parser.parse_args()
    whole = sha256()
    per_set: dict[str, object] = {}
    counts: dict[str, int] = {}
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for name, ident, text, mode in cases(args.long_only):
        cleaned, findings = check_draft(text, CHECK_MAX, mode=mode)
        line = json.dumps([name, ident, mode, cleaned, [f.to_json() for f in findings]], ensure_ascii=False)
        data = line.encode("utf-8", "surrogatepass") + b"\n"
        whole.update(data)
        per_set.setdefault(name, sha256()).update(data)  # type: ignore[union-attr]
        counts[name] = counts.get(name, 0) + 1
        if dump:
            dump.write(line + "\n")
    if dump:
        dump.close()
    for name, digest in per_set.items():
        print(f"{name:<20} {counts[name]:6d} checks  {digest.hexdigest()}")  # type: ignore[attr-defined]
    print(f"{'all':<20} {sum(counts.values()):6d} checks  {whole.hexdigest()}")


if __name__ == "__main__":
    main()
