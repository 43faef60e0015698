"""The `pacer` command: thin click commands over pacer.commands.

Errors are turned into `Error: ...` and an exit code in one place
(PacerGroup.invoke); exit codes: 0 ok, 1 error, 2 usage. An unexpected
error's traceback goes to the error log (pacer.errorlog), which the line names.
Nothing heavy (apscheduler, plyer) is imported at module level.
"""

from __future__ import annotations

import errno
import os
import sys

import click

from pacer import __version__
from pacer.errors import EXIT_ERROR, EXIT_USAGE, PacerError

STOPPED = "Stopped. Nothing was changed."


class _UserError(click.ClickException):
    """A PacerError as click shows it: `Error: ...` on stderr, exit 1."""

    exit_code = EXIT_ERROR


class _UsageError(_UserError):
    exit_code = EXIT_USAGE  # newer click declares exit_code a class variable: one class per code


def _user_error(error: PacerError) -> _UserError:
    return (_UsageError if error.exit_code == EXIT_USAGE else _UserError)(error.message)


class PacerGroup(click.Group):
    """Converts every PacerError, and anything unexpected, into one line on stderr; a closed pipe is quiet.

    Subcommands are imported only when used (LAZY_COMMANDS), so `pacer status`
    does not pay for the code of every other command.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(LAZY_COMMANDS))

    def get_command(self, ctx: click.Context, name: str):
        if name not in self.commands and name in LAZY_COMMANDS:
            import importlib

            module_name, attribute = LAZY_COMMANDS[name].split(":")
            self.add_command(getattr(importlib.import_module(module_name), attribute), name)
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context):
        guard = _PipeGuard(sys.stdout)
        sys.stdout = guard
        try:
            result = super().invoke(ctx)
        except PacerError as error:
            raise _user_error(error) from None
        except (click.exceptions.Exit, click.ClickException):
            raise
        except (click.Abort, KeyboardInterrupt, EOFError):  # Ctrl-C or Ctrl-D, most often at a prompt
            # Every command asks before it writes (`start` speaks for itself after it has recorded).
            click.echo(err=True)
            click.echo(STOPPED, err=True)
            raise click.exceptions.Exit(EXIT_ERROR) from None
        except Exception as error:  # a bug: still no traceback for the user, unless asked
            if isinstance(error, OSError) and error.errno == errno.EPIPE:
                # A closed pipe met outside the guard below (a binary stream, say): click's main ends quietly, exit 1.
                _silence_stdout()
                raise
            if os.environ.get("PACER_DEBUG"):
                raise
            raise _user_error(PacerError(_unexpected(error))) from None
        finally:
            sys.stdout = guard.stream
        if guard.closed:  # the command did all its work; only its words found no reader: quiet, exit 1 (as click does)
            ctx.exit(EXIT_ERROR)
        return result


def _unexpected(error: Exception) -> str:
    """The one line for a bug; its traceback goes to the error log, which the line names."""
    from pathlib import Path

    from pacer.errorlog import record
    from pacer.paths import resolve

    problem = f"unexpected problem: {type(error).__name__}: {error}"
    try:
        log = record(error, Path(resolve().error_log))
    except Exception:  # the log is a help, never a second failure
        log = None
    if log is None:
        return f"{problem} (the details could not be saved; PACER_DEBUG=1 shows them; please report it)"
    return f"{problem} (details in {log}; please report it)"


class _PipeGuard:
    """Standard output while a command runs: once the reader is gone (`pacer start 14d | head -1`), further
    output is dropped instead of stopping the command halfway, so every command finishes its work."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.closed = False

    def write(self, text):
        if self.closed:
            return len(text)
        try:
            return self.stream.write(text)  # bytes raise TypeError, as click's stream check expects
        except OSError as error:
            self._lost(error)
            return len(text)

    def flush(self) -> None:
        if not self.closed:
            try:
                self.stream.flush()
            except OSError as error:
                self._lost(error)

    def _lost(self, error: OSError) -> None:
        if error.errno != errno.EPIPE:
            raise error
        self.closed = True
        _silence_stdout(self.stream)

    def __getattr__(self, name: str):  # encoding, errors, isatty, fileno, buffer: the real stream's
        return getattr(self.stream, name)


CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _print_version(ctx: click.Context, _param, value: bool) -> None:
    # click.version_option would import locale (and more) on every run.
    if value and not ctx.resilient_parsing:
        click.echo(f"pacer {__version__}")
        ctx.exit()


@click.group(cls=PacerGroup, context_settings=CONTEXT_SETTINGS, invoke_without_command=True)
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version, help="Show the version and exit.")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Hold a waiting or no-contact period you chose, with kindness.

    `pacer` alone shows where you stand and the commands that matter now.

    \b
    Example:
      pacer start 14d --mode no-contact
      pacer status
    """
    if ctx.invoked_subcommand is None:
        from pacer.cli.overview import overview

        overview()


def main() -> None:
    from pacer.paths import pin_home

    pin_home()  # (pacer.launch does it too; `python -m pacer.cli.app` and tests may come here first)
    try:
        cli(prog_name="pacer")
    except PacerError as error:  # raised before a command runs (e.g. while parsing)
        click.echo(f"Error: {error.message}", err=True)
        sys.exit(error.exit_code or EXIT_ERROR)
    finally:
        try:
            sys.stdout.flush()  # what is still buffered meets a closed pipe here, not in Python's shutdown
        except OSError as error:
            if error.errno != errno.EPIPE:
                raise
            _silence_stdout()
            sys.exit(EXIT_ERROR)


def _silence_stdout(stream=None) -> None:
    """Point standard output at /dev/null, so nothing written or flushed later fails again."""
    try:
        fd = (stream or sys.stdout).fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (tests' CliRunner)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


# command name -> "module:attribute"; see PacerGroup.
LAZY_COMMANDS = {
    "start": "pacer.cli.period_commands:start",
    "status": "pacer.cli.period_commands:status",
    "stop": "pacer.cli.period_commands:stop",
    "config": "pacer.cli.config_commands:config_group",
    "daemon": "pacer.cli.daemon_commands:daemon",
    "checkpoint": "pacer.cli.checkpoint_commands:checkpoint",
    "check-message": "pacer.cli.check_message_commands:check_message",
    "move-on": "pacer.cli.checkpoint_commands:move_on",
    "heard-back": "pacer.cli.heard_back_commands:heard_back",
    "draft": "pacer.cli.draft_commands:draft",
    "urge": "pacer.cli.urge_commands:urge",
    "journal": "pacer.cli.journal_commands:journal_command",
    "note": "pacer.cli.journal_commands:note",
    "slipped": "pacer.cli.journal_commands:slipped",
    "history": "pacer.cli.journal_commands:history",
    "doctor": "pacer.cli.doctor_commands:doctor",
    "pause": "pacer.cli.pause_commands:pause",
    "resume": "pacer.cli.pause_commands:resume",
    "export": "pacer.cli.data_commands:export",
    "import": "pacer.cli.data_commands:import_command",
    "forget": "pacer.cli.data_commands:forget",
    "safety-plan": "pacer.cli.safety_commands:safety_plan_command",
    "sos": "pacer.cli.safety_commands:sos",
}
