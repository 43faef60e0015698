"""safety-plan and sos: the person's own plan, and help at once.

What is written into the plan is the one typed text not read for crisis words: a plan names
its warning signs ("when I start thinking everyone is better off without me") on purpose, and
writing it is already reaching for help. A banner there, and a check-in an hour later, would
answer the very step pacer hopes they take.
"""

from __future__ import annotations

from pathlib import Path

import click

from pacer.cli import render
from pacer.env import load_env


@click.command()
def sos() -> None:
    """Show help lines and your safety plan at once.

    No questions first. Works with no period, no reminder service and no plan.

    \b
    Example:
      pacer sos
    """
    from pacer.commands.crisis import help_lines

    for line in help_lines(load_env(), None):
        click.echo(line)


@click.command("safety-plan")
@click.option("--show", is_flag=True, help="Show your plan and change nothing.")
@click.option("--edit", is_flag=True, help="Open the plan in your editor ($EDITOR); it is checked when you save.")
def safety_plan_command(show: bool, edit: bool) -> None:
    """Write down, on a calmer day, what helps on a hard night.

    Warning signs, things that help, people and places, professionals and
    numbers. At a terminal it asks section by section; it stays on this
    computer only (0600). `pacer sos` shows it with help lines at once.

    \b
    Examples:
      pacer safety-plan
      pacer safety-plan --show
      pacer safety-plan --edit
    """
    from pacer import safety_plan
    from pacer.errors import InvalidInput

    if show and edit:
        raise InvalidInput("--show and --edit ask for different things; give one of them")
    env = load_env()
    path = Path(env.paths.safety_plan)
    plan, problem = safety_plan.load(path)
    if problem:
        render.problems([problem])
    if edit:
        _edit(path, plan)
    elif show or not render.interactive():
        _show(plan)
    else:
        _ask(path, plan)


def _show(plan) -> None:
    if plan.empty:
        click.echo("Your safety plan is empty. At a terminal, `pacer safety-plan` helps you write it.")
        return
    for line in plan.lines():
        click.echo(line)


def _ask(path, plan) -> None:
    from pacer import safety_plan

    click.echo("Your safety plan: a few lines for a hard moment, written while things are calmer.")
    click.echo("One item per line; an empty line moves on. Enter alone keeps what is there.")
    items = dict(plan.items)
    for section in safety_plan.SECTIONS:
        click.echo()
        click.echo(f"{section.title}: {section.prompt}")
        for entry in items.get(section.key, ()):
            click.echo(f"  • {entry}")
        typed = []
        while True:
            line = click.prompt(" ", default="", show_default=False, prompt_suffix="")
            if not line.strip():
                break
            typed.append(line)
        if typed:
            items[section.key] = safety_plan.clean_items(typed, section.key)
    safety_plan.save(path, safety_plan.SafetyPlan(items))
    click.echo()
    click.echo(f"Saved, privately, in {path}. `pacer sos` shows it at any time.")


def _edit(path, plan) -> None:
    from pacer import safety_plan
    from pacer.errors import InvalidInput

    edited = click.edit(safety_plan.to_toml(plan), extension=".toml", require_save=True)
    if edited is None:
        click.echo("Nothing changed.")
        return
    try:
        new = safety_plan.parse(edited)
    except InvalidInput as error:
        raise InvalidInput(f"the plan was not saved: {error.message}") from None
    safety_plan.save(path, new)
    click.echo(f"Saved, privately, in {path}.")
