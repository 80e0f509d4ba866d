"""Instructor pages (/instructor): cohorts and their dashboard, reviews, the comment bank,
calibration, anchors and exports (`views`), and account help for a cohort (`cohort_admin`)."""

from flask import Blueprint

bp = Blueprint("instructor", __name__, url_prefix="/instructor")
cohort_admin_bp = Blueprint("cohort_admin", __name__, url_prefix="/instructor")
