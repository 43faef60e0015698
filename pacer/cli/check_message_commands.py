"""check-message: advice on a message they might send, never a verdict; crisis words first, with help."""

from __future__ import annotations

import sys

import click

from pacer.cli import render
from pacer.commands import checkpoint as core
from pacer.env import load_env
from pacer.text import CHECK_MAX
from pacer.words.message_check import SAFETY, wording_advice


@click.command("check-message")
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help='Print {"ok": ..., "findings": [{"code", "message", "span"}]} instead.')
@click.option("--mode", type=click.Choice(["wait", "no-contact"]), default=None,
              help="Read it for this kind of period (default: the active period's mode).")
def check_message(text: str, as_json: bool, mode: str | None) -> None:
    """Check a message you might send: advice, never a verdict.

    TEXT is the message, or - to read it from standard input. It looks for
    deadlines, threats, exposure, going round a block, accusations, guilt,
    sarcasm, begging, pressure through others, questioning, shouting,
    demands and length, and shows which words raised each. Crisis words come
    first, with help. The exit code is 0 whatever it finds.

    \b
    Examples:
      pacer check-message "I miss you. I'm here when you're ready."
      pacer check-message - --json < draft.txt
    """
    if text == "-":
        # Read a little past the limit (in bytes: 4 per character at most), so a huge
        # paste is refused without being read whole; undecodable bytes become U+FFFD.
        text = sys.stdin.buffer.read(CHECK_MAX * 4 + 1).decode("utf-8", errors="replace")
    env = load_env()
    if not as_json:
        render.safety_first(env, text)  # JSON carries it as the first finding instead
    _, findings = core.check_draft(text, CHECK_MAX, mode=mode or core.current_mode(env))
    if as_json:
        import json

        if findings and findings[0].code == SAFETY:
            from pacer.commands import crisis

            heard = crisis.listen(env, text)
            if heard is not None:
                crisis.remember(env, heard)
        view = {"ok": not findings, "findings": [f.to_json() for f in findings]}
        click.echo(json.dumps(view, indent=2, ensure_ascii=False))
        return
    if not findings:
        click.echo("This reads short and calm. If you send it, send it once, and then give them space.")
        return
    advice = wording_advice(findings)  # the help was said first, above
    if advice:
        render.advice(advice)
