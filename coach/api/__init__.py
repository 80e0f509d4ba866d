"""The JSON API (/api/v1); its views are in `views`."""

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")
