"""Model backends behind one small interface, looked up by name.

A backend has `name`, `critique(subject, body, context)` and `draft(context)`. The built-in coach
is the default backend and needs nothing; real models are another backend, configured by COACH_MODEL.
"""
from . import engine, llm, prompts


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


class LiteLLMBackend:
    """A real model through litellm (COACH_MODEL), logged in `db`; any failure falls back to the built-in coach."""

    name = "model"

    def __init__(self, config, db=None, user_id=None):
        self._model = llm.Model(config, db, user_id)
        self.model = self._model.name
        self.prompt_version = prompts.version("critique")

    def critique(self, subject, body, context, revision_id=None, force=False):
        """Critique a message with the model in one call (from the log when unchanged, unless `force`)."""
        return llm.critique(self._model, subject, body, context, revision_id, force)

    def draft(self, context, force=False, prompt_name="draft", fallback=engine.draft):
        """Draft a message with the model (prompt `prompt_name`), or with `fallback` if the model fails."""
        return llm.draft(self._model, context, force, prompt_name, fallback)


def get_backend(config, db=None, user_id=None):
    """Return the backend the configuration names (the built-in coach when COACH_MODEL is unset).

    `db` and `user_id` say where a real model's calls are logged and cached.
    """
    if config.get("COACH_MODEL"):
        return LiteLLMBackend(config, db, user_id)
    return BuiltinBackend()
