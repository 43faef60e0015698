"""What the D-Bus notification client costs: import time, resident memory, idle CPU.

    python tests/bench/dbus_listener.py [--seconds 30] [--runs 7]

Each figure comes from a fresh Python process: a bare interpreter, one that has
imported pacer.daemon.dbus_notify, and one that holds a Listener open on a
private Xvfb + session bus + dunst (tests/desktop.py) and sits idle. Linux only
(reads /proc). The daemon's budget is 40 MiB resident.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.desktop import start_desktop  # noqa: E402

CHILD = """
import json, os, sys, time
def rss_mib():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
def cpu_s():
    t = os.times()
    return t.user + t.system
stage, root, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
out = {"bare": rss_mib()}
if stage != "bare":
    sys.path.insert(0, root)
    began = time.perf_counter()
    from pacer.daemon import dbus_notify as dn  # the package and what it imports (jeepney, socket, ...)
    out["import_ms"] = (time.perf_counter() - began) * 1000
    out["imported"] = rss_mib()
if stage == "listener":
    listener = dn.Listener(lambda *a: None, lambda *a: None).start()
    listener.notify("Day 14", "A checkpoint.", actions=[("default", "Open"), ("keep", "Keep")],
                    urgency=dn.Urgency.CRITICAL, expire_ms=0)
    time.sleep(1)
    before = cpu_s()
    time.sleep(seconds)
    out["idle_cpu_s"] = cpu_s() - before
    out["listening"] = rss_mib()
    listener.stop()
print(json.dumps(out))
"""


def child(stage: str, env: dict[str, str], seconds: float = 0.0) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", CHILD, stage, str(ROOT), str(seconds)],
                          env=env, capture_output=True, text=True, check=True, timeout=600)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="idle time measured")
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per import figure")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        desktop = start_desktop(Path(tmp))
        try:
            env = desktop.env
            bare = statistics.median(child("bare", env)["bare"] for _ in range(args.runs))
            imports = [child("import", env) for _ in range(args.runs)]
            listening = child("listener", env, args.seconds)
        finally:
            desktop.close()
    imported = statistics.median(run["imported"] for run in imports)
    import_ms = statistics.median(run["import_ms"] for run in imports)
    print(f"python {sys.version.split()[0]}, median of {args.runs} fresh processes")
    print(f"bare interpreter            {bare:6.1f} MiB")
    print(f"after import                {imported:6.1f} MiB  (+{imported - bare:.1f})")
    print(f"listener open, idle         {listening['listening']:6.1f} MiB  "
          f"(+{listening['listening'] - bare:.1f} over bare)")
    print(f"import time                 {import_ms:6.1f} ms")
    print(f"CPU over {args.seconds:.0f} s idle listening {listening['idle_cpu_s']:6.3f} s")


if __name__ == "__main__":
    main()
