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


def main() -> None:
    from pacer.cli.status_report import quick_format
    from pacer.paths import pin_home

    pin_home()  # before anything reads it: a relative PACER_HOME is relative to here, for every process we start

    fmt = None if "_PACER_COMPLETE" in os.environ else quick_format(sys.argv[1:])
    if fmt is None or not _quick_status(fmt):
        from pacer.cli.app import main as cli_main

        cli_main()


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
