"""How fast is `pacer status` next to a bare Python and to `python -c "import click"`?

Runs each pair alternately (so machine noise hits both alike) and prints the
median wall times and their ratio. The goals: at most 2.5x `python -c pass`
(--vs-python measures only that pair, both with PACER_HOME and as people
have it, without one (a throwaway HOME), and exits 1 when either is above
the goal), and at most 1.15x `python -c "import click"`.

    python tests/bench/status_speed.py [--runs 40] [--vs-python] [--history]

Run it with the Python of the environment pacer is installed in (a fresh
venv is what users have): it times that environment's `pacer` command, or
`python -m pacer` from this checkout when pacer is not installed there.

--history first fills a throwaway PACER_HOME with ten years of history
(hundreds of periods, tens of thousands of events) and compares status
there with status on an empty history.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from installed import pacer_with_a_period

ROOT = Path(__file__).resolve().parents[2]
BARE_PYTHON_GOAL = 2.5  # `pacer status` / `python -c pass`


def timed(cmd: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - began


def compare(label_a, cmd_a, env_a, label_b, cmd_b, env_b, runs: int) -> float:
    a, b = [], []
    for _ in range(3):  # warm the page cache
        timed(cmd_a, env_a), timed(cmd_b, env_b)
    for _ in range(runs):
        a.append(timed(cmd_a, env_a))
        b.append(timed(cmd_b, env_b))
    ma, mb = statistics.median(a), statistics.median(b)
    print(f"{label_a:<28} median {ma * 1000:7.1f} ms")
    print(f"{label_b:<28} median {mb * 1000:7.1f} ms")
    print(f"ratio {label_a} / {label_b}: {ma / mb:.3f}")
    return ma / mb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--history", action="store_true", help="also measure with ten years of history")
    parser.add_argument("--vs-python", action="store_true", help=f"only status against `python -c pass` (goal <= {BARE_PYTHON_GOAL}x)")
    args = parser.parse_args()
    if args.vs_python:
        ratios = []
        for pacer_home in (True, False):
            with pacer_with_a_period(pacer_home=pacer_home) as (pacer, env):
                ratios.append(compare("pacer status", pacer + ["status"], env, "python -c pass",
                                      [sys.executable, "-c", "pass"], env, args.runs))
                print()
        met = max(ratios) <= BARE_PYTHON_GOAL
        print(f"goal <= {BARE_PYTHON_GOAL} (PACER_HOME {ratios[0]:.3f}, no PACER_HOME {ratios[1]:.3f}): "
              f"{'met' if met else 'NOT met'}")
        sys.exit(0 if met else 1)
    with pacer_with_a_period() as (pacer, env):
        status = pacer + ["status"]
        compare("pacer status", status, env, "python -c pass", [sys.executable, "-c", "pass"], env, args.runs)
        print()
        compare("pacer status", status, env, "python -c 'import click'", [sys.executable, "-c", "import click"], env, args.runs)
        # For context: what running any click command costs beyond importing click
        # (click's gettext lookups import locale when a command is invoked).
        hello = "import click\n@click.group()\ndef g(): pass\n@g.command()\ndef hi(): click.echo('hi')\ng(['hi'])"
        print()
        compare("pacer status", status, env, "a one-command click CLI", [sys.executable, "-c", hello], env, args.runs)
        if args.history:
            with tempfile.TemporaryDirectory() as big:
                big_env = dict(env, PACER_HOME=big)
                subprocess.run([sys.executable, str(Path(__file__).with_name("make_history.py")), big], env=big_env, check=True)
                print()
                compare("status, 10 years of history", status, big_env, "status, empty history", status, env, args.runs)
                compare("history, 10 years", pacer + ["history"], big_env, "history, empty", pacer + ["history"], env, max(5, args.runs // 4))


if __name__ == "__main__":
    main()
