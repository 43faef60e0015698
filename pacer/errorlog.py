"""The error log: an unexpected problem's traceback, kept for a bug report.

The person sees one line naming this file (pacer.cli.app); the details stay
here, 0600 like all of pacer's data. No command-line words are written:
they may be private (a note, a message). The file is capped: past MAX_BYTES
it moves to error.log.1 (replacing an older one) and a new one begins.
"""

from __future__ import annotations

import os
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

from pacer import __version__
from pacer.errors import PacerError
from pacer.paths import make_private_dir, open_private

MAX_BYTES = 256 * 1024


def record(error: BaseException, path: Path) -> Path | None:
    """Append `error`'s traceback to `path`; the path, or None when it cannot be written."""
    entry = "".join([
        f"--- {datetime.now(UTC).isoformat(timespec='seconds')} pacer {__version__}, "
        f"Python {sys.version.split()[0]} on {sys.platform}\n",
        *traceback.format_exception(error),
    ])
    try:
        make_private_dir(path.parent)
        if path.exists() and path.stat().st_size > MAX_BYTES:
            os.replace(path, path.with_name(path.name + ".1"))
        fd = open_private(path, os.O_WRONLY | os.O_APPEND)  # 0600, never through a link, only ever tightened
        with open(fd, "a", encoding="utf-8", errors="replace") as log:
            log.write(entry)
    except (OSError, PacerError):
        return None
    return path
