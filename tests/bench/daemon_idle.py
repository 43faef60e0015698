"""The idle daemon: start-to-ready time, resident memory, CPU used over a minute idle.

Goals: RSS <= 40 MiB, CPU over a minute idle <= 0.05 s, ready well under 2 s.

    python tests/bench/daemon_idle.py [--seconds 60] [--checkpoint]

--checkpoint: a checkpoint falls due a second after the start and stays
unanswered, so (in a desktop session whose server has actions) the daemon
idles with it on screen and its D-Bus listener waiting for the answer.

Linux only (reads /proc). Uses a throwaway PACER_HOME with a 30-day period.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--checkpoint", action="store_true", help="idle with an unanswered checkpoint on screen")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, PACER_HOME=home, PACER_NO_AUTOSTART="1", PYTHONPATH=str(ROOT))
        pacer = [sys.executable, "-m", "pacer"]
        first = ["--checkpoints", "1s"] if args.checkpoint else []
        subprocess.run(pacer + ["start", "30d", "--mode", "no-contact", *first], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        read_end, write_end = os.pipe()
        env["PACER_READY_FD"] = str(write_end)
        began = time.perf_counter()
        daemon = subprocess.Popen(pacer + ["daemon", "run"], env=env, pass_fds=(write_end,), stdout=subprocess.DEVNULL)
        os.close(write_end)
        with os.fdopen(read_end) as ready:
            answer = ready.readline().strip()
        ready_s = time.perf_counter() - began
        try:
            assert answer == "ready", answer
            time.sleep(2)  # let start-up work settle
            cpu_before = cpu_seconds(daemon.pid)
            time.sleep(args.seconds)
            cpu_idle = cpu_seconds(daemon.pid) - cpu_before
            rss = rss_mib(daemon.pid)
        finally:
            daemon.terminate()
            daemon.wait(10)
    print(f"start to ready        {ready_s * 1000:7.0f} ms   (goal: well under 2000 ms)")
    print(f"resident memory       {rss:7.1f} MiB  (goal: <= 40 MiB)")
    print(f"CPU over {args.seconds:.0f} s idle    {cpu_idle:7.3f} s    (goal: <= 0.05 s)")


if __name__ == "__main__":
    main()
