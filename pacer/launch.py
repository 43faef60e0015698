"""The `pacer` command's entry point.

Status bars and shell prompts run `pacer status` every few seconds, and
importing click is most of what that would cost. So the plain forms of
`status` (pacer.status_report.quick_format) are answered here without
click. Everything else, and any status call that does not go smoothly,
goes to the click CLI: it stays the one authority on arguments, help,
errors and exit codes.
"""

from __future__ import annotations

import os
import sys


def run() -> None:
    """The `pacer` command (and `python -m pacer`): main(); after a quick status the process ends at once.

    Nothing is left to do then (the database is closed, the output flushed), and
    Python's orderly shutdown, which frees every module it imported, costs a
    tenth of the status's time: a status bar pays it every few seconds.
    """
    if answer():
        sys.stderr.flush()
        os._exit(0)


def main() -> None:
    """Answer the command and return (what a console script made before `run` calls: it exits 0)."""
    answer()


def answer() -> bool:
    """Answer the command; True when a plain status was printed without click."""
    from pacer.cli.status_report import quick_format
    from pacer.paths import pin_home

    pin_home()  # before anything reads it: a relative PACER_HOME is relative to here, for every process we start

    fmt = None if "_PACER_COMPLETE" in os.environ else quick_format(sys.argv[1:])
    if fmt is not None and _quick_status(fmt):
        return True
    from pacer.cli.app import main as cli_main

    cli_main()
    return False


def _quick_status(fmt: str) -> bool:
    """Print the status and return True; False (having printed nothing) when the CLI should take over."""
    from pacer.cli.status_report import report, styled
    from pacer.env import load_env

    try:
        text = report(fmt, load_env(), style=styled(sys.stdout))
    except Exception:
        return False
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except UnicodeEncodeError:  # nothing was written; the CLI says what went wrong
        return False
    except OSError as error:  # exit 1 without a traceback; nothing more can be written there
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        if not isinstance(error, BrokenPipeError):  # a closed pipe (`| head -1`) is quiet, as with click
            sys.stderr.write(f"Error: cannot write the status: {error.strerror or error}\n")
        sys.exit(1)
    return True
