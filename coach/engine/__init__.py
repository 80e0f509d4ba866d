"""The built-in coach: critiques and drafts outreach messages with no model, no network and no Flask.

`critique(subject, body, context)` returns the critique dict the API and CLI print;
`draft(context)` returns a first message in the lesson's structure.
"""

from .critique import critique
from .drafter import draft
from .rules import RULES

__all__ = ["critique", "draft", "RULES"]
