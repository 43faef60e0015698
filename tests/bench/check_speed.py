"""How long do the checks take, as people run them: the wall time of the `pacer` process.

    python tests/bench/check_speed.py [--runs 15]

Times three commands and prints each one's median against its goal (exit 1 if
any misses it):

- `pacer check-message "<one line>"`            goal 150 ms
- `pacer note "<500 words>"` (the safety check)  goal 150 ms
- `pacer check-message "<2,000 words>"`         goal 300 ms

The drafts are built from a fixed set of sentences (the same on every run),
in the kind of words the checks look at. Run it with the Python of the
environment pacer is installed in (a fresh venv is what users have): it times
that environment's `pacer` command, or `python -m pacer` from this checkout
when pacer is not installed there.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from installed import pacer_with_a_period

ROOT = Path(__file__).resolve().parents[2]
ONE_LINE = "I miss you so much. Can we talk tonight? Please just answer me."
SENTENCES = (
    "I have been thinking about us a lot this week and I do not know what to do with it.",
    "You never answered my last message and honestly it hurt more than I expected.",
    "Maybe I was too much, maybe I should have given you more space when you asked for it.",
    "I went past the cafe we used to go to and I almost walked in just to feel close to you again.",
    "My friends keep telling me to move on but they do not know what we had.",
    "Why won't you just talk to me, is it really that hard to send one line?",
    "I am not angry, I just want to understand what happened between us.",
    "I am sorry for the things I said when I was upset, I did not mean all of them.",
    "Sleeping is hard, I wake up at three and check my phone for something from you.",
    "If you ever want to talk, I am here, no pressure at all.",
)


def draft(words: int) -> str:
    """About `words` words of a draft, always the same."""
    out: list[str] = []
    i = 0
    while len(out) < words:
        out.extend(SENTENCES[i % len(SENTENCES)].split())
        i += 1
    return " ".join(out[:words])


def timed(cmd: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with pacer_with_a_period() as (pacer, env):
        cases = [
            ("check-message, one line", pacer + ["check-message", ONE_LINE], 0.150),
            ("note, 500 words", pacer + ["note", draft(500)], 0.150),
            ("check-message, 2,000 words", pacer + ["check-message", draft(2000)], 0.300),
        ]
        times: dict[str, list[float]] = {label: [] for label, _, _ in cases}
        for _ in range(2):  # warm the page cache and pacer's caches
            for _, cmd, _ in cases:
                timed(cmd, env)
        for _ in range(args.runs):  # in turn, so machine noise hits each alike
            for label, cmd, _ in cases:
                times[label].append(timed(cmd, env))
        missed = False
        for label, _, goal in cases:
            median = statistics.median(times[label])
            met = median <= goal
            missed |= not met
            print(f"{label:<28} median {median * 1000:6.1f} ms  goal <= {goal * 1000:.0f}: {'met' if met else 'NOT met'}")
        sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
