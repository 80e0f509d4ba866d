"""The model's critique of a saved revision: asked on demand, stored beside the built-in one, served
from the log when the text, context, model and prompt are unchanged."""

from .. import store
from ..coaching.backends import get_backend
from ..security import check_model_quota
from . import services

PUBLIC_FIELDS = (
    "id",
    "revision_id",
    "engine",
    "model",
    "prompt_version",
    "scores",
    "overall",
    "findings",
    "summary",
    "stats",
    "model_error",
    "cached",
    "created_at",
)


class NoModelConfigured(LookupError):
    """The server has no COACH_MODEL, so there is no model to ask."""


def model_critique(db, config, user, draft_id, number, force=False):
    """Critique one of the user's saved revisions with the configured model and store the critique.

    Returns the critique (the built-in one with `model_error` if the model failed), or None when the
    revision is not the user's. `force` asks the model again even if the log holds an answer.
    """
    draft = store.get_draft(db, user["id"], draft_id)
    revision = store.get_revision(db, draft_id, number) if draft else None
    if revision is None:
        return None
    backend = get_backend(config, db, user["id"])
    if not backend.calls_model:
        raise NoModelConfigured("No model is configured on this server (COACH_MODEL is not set).")
    check_model_quota(db, config, user["id"])  # raises RateLimited: a 429 with Retry-After
    result = backend.critique(
        revision["subject"],
        revision["body"],
        services.draft_context(db, user, draft),
        revision_id=revision["id"],
        force=force,
    )
    stored = store.critique_for_call(db, revision["id"], result["model_call_id"]) if result["cached"] else None
    if stored is None:
        store.insert_critique(
            db,
            revision["id"],
            result,
            model=result["model"],
            prompt_version=result["prompt_version"],
            model_call_id=result["model_call_id"],
        )
        stored = store.critique_for_call(db, revision["id"], result["model_call_id"])
    return public(stored | {"cached": result["cached"]})


def public(critique):
    """The fields of a stored critique that pages and the API show."""
    return {field: critique.get(field) for field in PUBLIC_FIELDS}
