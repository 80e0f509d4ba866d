"""Model backends behind one small interface, looked up by name.

A backend has `name`, `critique(subject, body, context)` and `draft(context)`. The built-in coach
is the default backend and needs nothing; real models are another backend, configured by COACH_MODEL.
"""
from . import engine


class BuiltinBackend:
    """The built-in coach: instant, free, private and explainable."""

    name = "builtin"
    model = None
    prompt_version = None

    def critique(self, subject, body, context):
        """Critique a message with the built-in engine."""
        return engine.critique(subject, body, context)

    def draft(self, context):
        """Draft a first message with the built-in drafter."""
        result = engine.draft(context)
        return {**result, "engine": self.name}


def get_backend(config):
    """Return the backend the configuration names (the built-in coach when COACH_MODEL is unset)."""
    return BuiltinBackend()
