"""Model backends behind one interface, and the registry that picks one by configuration.

Every backend answers `critique(subject, body, context, revision_id=None, force=False)` and
`draft(context, force=False, prompt_name="draft", fallback=engine.draft)`, so callers never ask which
one they hold. The built-in coach is the default and needs nothing; the model path (prompt, schema,
grounding, log, cache) runs over a transport named by COACH_MODEL: "stub" for the offline stub model,
any other value for a real model through litellm.
"""

from typing import Protocol

from .. import engine
from .stubmodel import StubTransport


class Backend(Protocol):
    """What every backend offers: a critique, a draft, and the labels a stored critique carries."""

    name: str  # "builtin" or "model": the engine label stored with each critique
    model: str | None
    prompt_version: str | None
    calls_model: bool  # False: asking "the model" would only repeat the built-in critique

    def critique(self, subject, body, context, revision_id=None, force=False): ...

    def draft(self, context, force=False, prompt_name="draft", fallback=engine.draft): ...


class BuiltinBackend:
    """The built-in coach: instant, free, private and explainable."""

    name = "builtin"
    model = None
    prompt_version = None
    calls_model = False

    def critique(self, subject, body, context, revision_id=None, force=False):
        """Critique a message with the built-in engine (nothing is cached, so `force` changes nothing)."""
        return engine.critique(subject, body, context)

    def draft(self, context, force=False, prompt_name="draft", fallback=engine.draft):
        """Write the message with the built-in writer `fallback` (the first-message drafter by default)."""
        return {**fallback(context), "engine": self.name}


class ModelBackend:
    """A model (COACH_MODEL), its calls logged in `db`; any failure falls back to the built-in coach."""

    name = "model"
    calls_model = True

    def __init__(self, config, db=None, user_id=None, transport=None):
        from . import prompts

        self._model = _llm().Model(config, db, user_id, transport)
        self.model = self._model.name
        self.prompt_version = prompts.version("critique")

    def critique(self, subject, body, context, revision_id=None, force=False):
        """Critique a message with the model in one call (from the log when unchanged, unless `force`)."""
        return _llm().critique(self._model, subject, body, context, revision_id, force)

    def draft(self, context, force=False, prompt_name="draft", fallback=engine.draft):
        """Draft a message with the model (prompt `prompt_name`), or with `fallback` if the model fails."""
        return _llm().draft(self._model, context, force, prompt_name, fallback)


def _llm():
    """The model path, imported on first use: the built-in coach (the CLI's default) then starts without
    loading jsonschema, jinja2 and the forms (about 0.15 s of every `coach critique`)."""
    from . import llm

    return llm


# COACH_MODEL values served by a transport of our own; every other value is a litellm model string.
TRANSPORTS = {"stub": StubTransport}


def get_backend(config, db=None, user_id=None) -> Backend:
    """Return the backend the configuration names (the built-in coach when COACH_MODEL is unset).

    `db` and `user_id` say where a model's calls are logged and cached.
    """
    name = config.get("COACH_MODEL")
    if not name:
        return BuiltinBackend()
    transport = TRANSPORTS[name]() if name in TRANSPORTS else _llm().LiteLLMTransport()
    return ModelBackend(config, db, user_id, transport)
