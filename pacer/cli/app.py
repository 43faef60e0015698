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
from pacer.errors import EXIT_ERROR, PacerError

STOPPED = "Stopped. Nothing was changed."


class _UserError(click.ClickException):
    def __init__(self, error: PacerError) -> None:
        super().__init__(error.message)
        self.exit_code = error.exit_code


class PacerGroup(click.Group):
    """Converts every PacerError, and anything unexpected, into one line on stderr.

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
        try:
            return super().invoke(ctx)
        except PacerError as error:
            raise _UserError(error) from None
        except (click.exceptions.Exit, click.ClickException):
            raise
        except (click.Abort, KeyboardInterrupt, EOFError):  # Ctrl-C or Ctrl-D, most often at a prompt
            # Every command asks before it writes (`start` speaks for itself after it has recorded).
            click.echo(err=True)
            click.echo(STOPPED, err=True)
            raise click.exceptions.Exit(EXIT_ERROR) from None
        except Exception as error:  # a bug: still no traceback for the user, unless asked
            if isinstance(error, OSError) and error.errno == errno.EPIPE:
                raise  # a closed pipe (`pacer doctor | head -1`): click's main ends quietly, exit 1
            if os.environ.get("PACER_DEBUG"):
                raise
            raise _UserError(PacerError(_unexpected(error))) from None


def _unexpected(error: Exception) -> str:
    """The one line for a bug; its traceback goes to the error log, which the line names."""
    from pacer.errorlog import record
    from pacer.paths import resolve

    problem = f"unexpected problem: {type(error).__name__}: {error}"
    try:
        log = record(error, resolve().error_log)
    except Exception:  # the log is a help, never a second failure
        log = None
    if log is None:
        return f"{problem} (the details could not be saved; PACER_DEBUG=1 shows them; please report it)"
    return f"{problem} (details in {log}; please report it)"


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
    try:
        cli(prog_name="pacer")
    except PacerError as error:  # raised before a command runs (e.g. while parsing)
        click.echo(f"Error: {error.message}", err=True)
        sys.exit(error.exit_code or EXIT_ERROR)


# command name -> "module:attribute"; see PacerGroup.
LAZY_COMMANDS = {
    "start": "pacer.cli.period_commands:start",
    "status": "pacer.cli.period_commands:status",
    "stop": "pacer.cli.period_commands:stop",
    "config": "pacer.cli.config_commands:config_group",
    "daemon": "pacer.cli.daemon_commands:daemon",
    "checkpoint": "pacer.cli.checkpoint_commands:checkpoint",
    "check-message": "pacer.cli.checkpoint_commands:check_message",
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
