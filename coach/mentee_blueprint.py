"""The mentee blueprint and what its views share: the guard and the owner-scoped lookups.

Its pages live in `mentee` (dashboard, profile, mentors, drafts), `outreach`, `mentee_cohort` and
`followthrough`; each imports the blueprint from here, so none imports another.
"""
from flask import Blueprint, g

from . import store
from .auth import role_required
from .db import get_db
from .errors import or_404

bp = Blueprint("mentee", __name__, url_prefix="/mentee")
mentee_only = role_required("mentee")


def mentor_or_404(mentor_id):
    """The signed-in mentee's mentor, or 404."""
    return or_404(store.get_mentor(get_db(), g.user["id"], mentor_id))


def draft_or_404(draft_id):
    """The signed-in mentee's draft, or 404."""
    return or_404(store.get_draft(get_db(), g.user["id"], draft_id))
