"""Tests; a package so helpers import as `tests.desktop`, `tests.cli_helpers`."""
