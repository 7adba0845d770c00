"""Placeholder: commands arrive with their issue."""

import typer

app = typer.Typer()
