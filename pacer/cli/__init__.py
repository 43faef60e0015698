"""The `pacer` command line: click commands, thin over pacer.commands; rendering and status views.

This package imports nothing itself, so `pacer.cli.status_report` stays free of click.
"""
