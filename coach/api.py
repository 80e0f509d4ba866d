"""The JSON API: `/api/v1/critique` answers the built-in coach's critique, with no login and no model;
`/api/v1/drafts/<id>/revisions/<n>/model-critique` asks the configured model about a saved revision."""
from flask import Blueprint, current_app, g, jsonify, request

from . import critics, engine
from .db import get_db
from .forms import BODY_MAX, SUBJECT_MAX

bp = Blueprint("api", __name__, url_prefix="/api/v1")

LIMITS = {"subject": SUBJECT_MAX, "body": BODY_MAX}


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
        raise ApiError(None, "Send a JSON object with \"subject\" and \"body\".")
    values = {}
    for field, limit in LIMITS.items():
        value = payload.get(field)
        if value is None:
            raise ApiError(field, f"\"{field}\" is required (a string, may be empty).")
        if not isinstance(value, str):
            raise ApiError(field, f"\"{field}\" must be a string.")
        if len(value) > limit:
            raise ApiError(field, f"\"{field}\" is too long: at most {limit:,} characters.", 413)
        values[field] = value.replace("\r\n", "\n")
    context = payload.get("context")
    if context is not None and not isinstance(context, dict):
        raise ApiError("context", "\"context\" must be an object when given.")
    return values["subject"], values["body"], context


@bp.route("/critique", methods=("POST",))
def critique():
    """Critique a message with the built-in coach."""
    payload = request.get_json(silent=True)
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
    payload = request.get_json(silent=True)
    force = isinstance(payload, dict) and payload.get("force") is True
    try:
        result = critics.model_critique(get_db(), current_app.config, g.user, draft_id, number, force=force)
    except critics.NoModelConfigured as exc:
        raise ApiError(None, str(exc), 409)
    if result is None:
        raise ApiError(None, "There is no such revision among your drafts.", 404)
    return jsonify(result)
