"""Prompts as files: `coach/prompts/<name>.j2`, rendered by Jinja2 with StrictUndefined, versioned by content hash.

A prompt's version is the first 12 hex digits of the SHA-256 of its file, so every logged call and
every critique names exactly the text that produced it, and editing a prompt invalidates the cache.
"""
import hashlib
import os

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .. import vocabulary

# coach/prompts/, shipped in the package as package data (pyproject.toml)
PROMPTS_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "prompts")

# Not autoescaped: prompts are plain text for a model, never HTML; pages escape model text themselves.
_env = Environment(loader=FileSystemLoader(PROMPTS_DIR), undefined=StrictUndefined,
                   keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True, autoescape=False)
# Every prompt reads the product's names (rubrics, kinds, limits) as `vocab`, never as literals of its own.
_env.globals["vocab"] = vocabulary


def path(name):
    """The file of the prompt called `name`."""
    return os.path.join(PROMPTS_DIR, f"{name}.j2")


def render(name, **variables):
    """Render the prompt `name` with `variables`; a variable it uses but is not given raises UndefinedError."""
    return _env.get_template(f"{name}.j2").render(**variables)


def version(name):
    """The prompt's version: a short SHA-256 of its file's bytes."""
    with open(path(name), "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()[:12]
