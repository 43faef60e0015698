"""Every size limit pacer enforces, in one place, so each entrance enforces the same one.

An entrance is anywhere data comes in: the command line (`start`, `note`,
...), config.toml and `config set`, `import`, the person's own content
files. A state one of them accepts, the others accept too: what `start`
records, `export` writes and `import` reads back (tests/test_limits.py
checks this with a seeded generator of periods).

Well above years of real use, low enough that a hostile or broken file
cannot fill the disk or memory through pacer.
"""

from __future__ import annotations

from datetime import timedelta

# A period (`start`, config.toml, import)
MAX_LENGTH = timedelta(days=365)
MAX_CHECKPOINTS = 100  # chosen checkpoints of one period (the end is always one more)
MAX_REASONS = 50
MAX_TEXT = 2000  # a label or a reason: a sentence or two, not an essay

# What people write (`note`, `urge --note`, `slipped`, `checkpoint --message`, ...)
NOTE_MAX = 4000  # a journal entry: a few paragraphs at most
RECORDED_MESSAGE_MAX = 4000  # what pacer records as a reach-out; the message check advises far sooner
CHECK_MAX = 20_000  # `check-message` only advises, so it reads more before refusing

# Settings
MAX_DAILY_TIMES = 24  # reminders.times
MAX_CONFIG_BYTES = 1024 * 1024  # config.toml: a few hundred bytes in practice

# The person's own words (content/<category>.toml): larger files are skipped, with a note
MAX_CONTENT_BYTES = 1024 * 1024
MAX_CONTENT_ENTRIES = 2000

# An import file (`pacer export --format json`)
MAX_IMPORT_BYTES = 100 * 1024 * 1024
MAX_PERIODS = 10_000
MAX_EVENTS = 1_000_000  # in all periods together
MAX_EVENT_TEXT = max(NOTE_MAX, RECORDED_MESSAGE_MAX)  # what an event's text can hold when a command records it
MAX_SHORT_TEXT = 500  # keys, titles, data keys
MAX_DATA_KEYS = 32
MAX_ATTEMPTS = 10_000
