"""Prompts as files: `coach/prompts/<name>.j2`, rendered by Jinja2 with StrictUndefined, versioned by content hash.

A prompt's version is the first 12 hex digits of the SHA-256 of its file and of the vocabulary it reads, so
every logged call and every critique names exactly the text that produced it, and editing a prompt (or a rubric
name, a word range or a limit it is given) invalidates the cache.
"""

import hashlib
import json
import os

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .. import vocabulary

# coach/prompts/, shipped in the package as package data (pyproject.toml)
PROMPTS_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "prompts")

# Not autoescaped: prompts are plain text for a model, never HTML; pages escape model text themselves.
_env = Environment(
    loader=FileSystemLoader(PROMPTS_DIR),
    undefined=StrictUndefined,
    keep_trailing_newline=True,
    trim_blocks=True,
    lstrip_blocks=True,
    autoescape=False,
)
# Every prompt reads the product's names (rubrics, kinds, limits) as `vocab`, never as literals of its own.
_env.globals["vocab"] = vocabulary


def path(name):
    """The file of the prompt called `name`."""
    return os.path.join(PROMPTS_DIR, f"{name}.j2")


def render(name, **variables):
    """Render the prompt `name` with `variables`; a variable it uses but is not given raises UndefinedError."""
    return _env.get_template(f"{name}.j2").render(**variables)


def version(name):
    """The prompt's version: a short SHA-256 of its file's bytes and of the vocabulary every prompt reads."""
    with open(path(name), "rb") as fh:
        return hashlib.sha256(fh.read() + _VOCABULARY).hexdigest()[:12]


# The vocabulary's names and values as stable bytes: a change to any of them is a change to what prompts say.
_VOCABULARY = json.dumps(
    {name: getattr(vocabulary, name) for name in dir(vocabulary) if name.isupper()}, sort_keys=True, default=sorted
).encode()  # sets, sorted
