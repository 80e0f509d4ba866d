"""`python -m coach` is the same CLI as the `coach` console script."""

from .cli import cli

cli(prog_name="coach")
