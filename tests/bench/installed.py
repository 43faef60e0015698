"""The `pacer` the benchmarks time: the one installed beside this Python, else this checkout's.

A fresh venv with `pip install .` is what users have; pip compiles an installed pacer's
bytecode, a checkout may not have it (PYTHONDONTWRITEBYTECODE), so it is compiled first.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def pacer_with_a_period(*, pacer_home: bool = True) -> Iterator[tuple[list[str], dict[str, str]]]:
    """(the command, its environment) with a 30-day no-contact period in a throwaway PACER_HOME.

    With pacer_home=False, as people have it: no PACER_HOME, a throwaway HOME, the platform's usual places in it.
    """
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "pacer")], check=True, stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, PACER_HOME=home, PACER_NO_AUTOSTART="1")
        if not pacer_home:
            for name in ("PACER_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
                env.pop(name, None)
            env["HOME"] = home
        installed = shutil.which("pacer", path=str(Path(sys.executable).parent))
        pacer = [installed] if installed else [sys.executable, "-m", "pacer"]
        if not installed:
            env["PYTHONPATH"] = str(ROOT)
        where = f"PACER_HOME={home}" if pacer_home else f"no PACER_HOME, HOME={home}"
        print(f"timing {' '.join(pacer)} (Python {sys.version.split()[0]}, {sys.prefix}; {where})\n")
        subprocess.run(pacer + ["start", "30d", "--mode", "no-contact"], env=env, check=True, stdout=subprocess.DEVNULL)
        yield pacer, env
