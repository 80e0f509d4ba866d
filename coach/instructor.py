"""Instructor pages: the instructor's home."""
from flask import Blueprint, render_template

from .auth import role_required

bp = Blueprint("instructor", __name__, url_prefix="/instructor")


@bp.route("/")
@role_required("instructor")
def index():
    """The instructor's home."""
    return render_template("instructor/index.html")
