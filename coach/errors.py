"""Friendly error pages: no stack trace ever reaches a user; unexpected errors are logged."""

from flask import abort, current_app, g, jsonify, render_template, request, url_for
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

from . import sessions
from .db import get_db
from .vocabulary import BODY_MAX

MESSAGES = {
    400: ("That request could not be understood", "Go back, check the form and try again."),
    403: ("Not allowed", "You do not have access to this page."),
    404: ("Page not found", "There is nothing here, or it is not yours to see."),
    405: ("Not allowed", "That page does not take this kind of request."),
    413: (
        "That was too large",
        "The request was over the app's limit of {limit} KB. Shorten the text "
        f"(a draft holds up to {BODY_MAX:,} characters) and try again.",
    ),
    429: ("Too many requests", "Please wait a little and try again."),
    500: ("Something went wrong on our side", "It has been logged. Your saved work is safe; go back and try again."),
}


NOT_TYPED = ("csrf_token", "back", "password")  # filled in by the page, or never to be shown again


def _wants_json():
    return request.path.startswith("/api/") or request.accept_mimetypes.best == "application/json"


def or_404(row):
    """Return the row, or answer 404 when there is none: no such id, or someone else's."""
    if row is None:
        abort(404)
    return row


def render_error(code, title=None, detail=None):
    """Render the error page (or JSON for the API) for an HTTP status."""
    default_title, default_detail = MESSAGES.get(code, MESSAGES[500])
    detail = (detail or default_detail).format(limit=current_app.config["MAX_CONTENT_LENGTH"] // 1024)
    if _wants_json():
        return jsonify(error={"field": None, "message": f"{title or default_title}. {detail}"}), code
    return render_template("error.html", code=code, title=title or default_title, detail=detail), code


def handle_http_error(exc):
    """Answer any HTTP error with the friendly page."""
    return render_error(exc.code or 500)


def handle_csrf_error(exc):
    """A missing or stale form token: say what happened and that nothing was saved."""
    signed_out = sessions.current_user(get_db(), current_app.config) is None
    if signed_out and request.blueprint != "auth" and not _wants_json():
        return session_ended()  # a signed-in page's form with no session behind it: the session ended
    return render_error(
        400,
        "The form had expired",
        "For your safety the form must be sent from this site with a fresh token. "
        "Nothing was saved: go back, reload the page and send it again.",
    )


def _page_to_return_to():
    """The page the form was on: this address when it also opens with GET (a draft does), else the front page."""
    rule = request.url_rule
    return request.path if rule is not None and "GET" in rule.methods else None


def session_ended():
    """A form sent after the session ended: say so, link to sign in and come back, and show what was typed."""
    g.user = None  # the token check runs before the user is loaded: the header must show a signed-out visitor
    typed = [
        (name.replace("_", " "), value)
        for name, value in request.form.items(multi=True)
        if name not in NOT_TYPED and value.strip()
    ]
    back = _page_to_return_to()
    return render_template(
        "session_ended.html", typed=typed, signin=url_for("auth.signin", next=back) if back else url_for("auth.signin")
    ), 400


def handle_unexpected(exc):
    """Log an unexpected exception and answer a friendly 500."""
    if isinstance(exc, HTTPException):
        return handle_http_error(exc)
    current_app.logger.exception("Unhandled error on %s %s", request.method, request.path)
    return render_error(500)


def init_app(app):
    """Register the error handlers."""
    app.register_error_handler(CSRFError, handle_csrf_error)
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(InternalServerError, handle_http_error)
    app.register_error_handler(Exception, handle_unexpected)
