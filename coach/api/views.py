"""The JSON API: `/api/v1/critique` answers the built-in coach's critique, with no login and no model;
`/api/v1/drafts/<id>/revisions/<n>/model-critique` asks the configured model about a saved revision."""

from flask import current_app, g, jsonify, request

from .. import engine
from ..db import get_db
from ..drafts import critics
from ..drafts.forms import ASK_FORMATS
from ..vocabulary import (
    ASK_MINUTES,
    ASK_TOPIC_MAX,
    BODY_MAX,
    JUDGED_KINDS,
    MENTOR_LIMITS,
    NAME_MAX,
    PROFILE_LIMITS,
    SUBJECT_MAX,
    VALUE_PROPOSITION_MAX,
)
from . import bp

LIMITS = {"subject": SUBJECT_MAX, "body": BODY_MAX}
# The context the editor sends (drafts.services.build_context), each text field with its form's limit.
CONTEXT_LIMITS = {
    "mentor": {name: MENTOR_LIMITS[name] for name in ("name", "role", "research", "connection_points", "found_via")},
    "mentee": {
        "name": NAME_MAX,
        **{name: PROFILE_LIMITS[name] for name in ("background", "offer", "skills", "projects")},
        "value_proposition": VALUE_PROPOSITION_MAX,
    },
    "ask": {"topic": ASK_TOPIC_MAX, "format": max(len(choice.value) for choice in ASK_FORMATS)},
}
KIND_MAX = 20  # "first", "followup", "thanks", "update": a name, not text


class ApiError(Exception):
    """A request the client must correct: which field, why, and the HTTP status."""

    def __init__(self, field, message, status=400):
        super().__init__(message)
        self.field, self.message, self.status = field, message, status


@bp.errorhandler(ApiError)
def api_error(exc):
    """Answer an ApiError as {"error": {"field", "message"}}."""
    return jsonify(error={"field": exc.field, "message": exc.message}), exc.status


def read_message(payload):
    """Validate {"subject", "body", "context"?} and return the three values."""
    if not isinstance(payload, dict):
        raise ApiError(None, 'Send a JSON object with "subject" and "body".')
    values = {}
    for field, limit in LIMITS.items():
        if payload.get(field) is None:
            raise ApiError(field, f'"{field}" is required (a string, may be empty).')
        values[field] = _text(field, payload[field], limit).replace("\r\n", "\n")
    return values["subject"], values["body"], read_context(payload.get("context"))


def _text(field, value, limit):
    """Return `value` if it is a string within `limit` characters; otherwise name the field and why."""
    if not isinstance(value, str):
        raise ApiError(field, f'"{field}" must be a string.')
    if len(value) > limit:
        raise ApiError(field, f'"{field}" is too long: at most {limit:,} characters.', 413)
    return value


def _object(field, value):
    if not isinstance(value, dict):
        raise ApiError(field, f'"{field}" must be an object when given.')
    return value


def read_context(context):
    """Check every field of an optional context against its form's limit; return only the checked fields."""
    if context is None:
        return None
    context = _object("context", context)
    checked = {part: _part(part, context[part]) for part in CONTEXT_LIMITS if context.get(part) is not None}
    if context.get("kind") is not None:
        checked["kind"] = _kind(context["kind"])
    return checked


def _kind(value):
    """A kind the coach judges by ("followup"), or a 400 naming the kinds: a misspelt kind ("follow-up") would
    otherwise be judged, silently, as a first message."""
    kind = _text("context.kind", value, KIND_MAX)
    if kind not in JUDGED_KINDS:
        raise ApiError("context.kind", f'"context.kind" must be one of {", ".join(JUDGED_KINDS)}, not "{kind}".')
    return kind


def _part(part, value):
    """One object of the context ("mentor", "mentee" or "ask"), its text fields checked."""
    field = f"context.{part}"
    if part == "ask" and isinstance(value, str):  # an ask may also be written as one sentence
        return _text(field, value, ASK_TOPIC_MAX)
    value = _object(field, value)
    checked = {
        name: _text(f"{field}.{name}", value[name], limit)
        for name, limit in CONTEXT_LIMITS[part].items()
        if value.get(name) is not None
    }
    if part == "ask" and value.get("minutes") is not None:
        checked["minutes"] = _minutes(value["minutes"])
    return checked


def _minutes(value):
    low, high = ASK_MINUTES
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ApiError("context.ask.minutes", f'"context.ask.minutes" must be a whole number from {low} to {high}.')
    return value


def json_body():
    """The request's JSON, or None when it is not JSON; JSON nested too deeply to read is the client's error."""
    try:
        return request.get_json(silent=True)
    except RecursionError:
        raise ApiError(
            None,
            'The JSON is nested too deeply to read: send one object with "subject", "body" '
            'and an optional "context" a few levels deep.',
        ) from None


@bp.route("/critique", methods=("POST",))
def critique():
    """Critique a message with the built-in coach."""
    payload = json_body()
    if payload is None:
        raise ApiError(None, "The request body is not valid JSON.")
    subject, body, context = read_message(payload)
    return jsonify(engine.critique(subject, body, context))


@bp.route("/drafts/<int:draft_id>/revisions/<int:number>/model-critique", methods=("POST",))
def model_critique(draft_id, number):
    """Critique a saved revision with the configured model: session sign-in, CSRF in X-CSRFToken.

    Send {"force": true} to ask again even when the log holds an answer for unchanged text.
    """
    if g.user is None or g.user["role"] != "mentee":
        raise ApiError(None, "Sign in as a mentee to ask the model.", 401)
    payload = json_body()
    force = isinstance(payload, dict) and payload.get("force") is True
    try:
        result = critics.model_critique(get_db(), current_app.config, g.user, draft_id, number, force=force)
    except critics.NoModelConfigured as exc:
        raise ApiError(None, str(exc), 409) from exc
    if result is None:
        raise ApiError(None, "There is no such revision among your drafts.", 404)
    return jsonify(result)
