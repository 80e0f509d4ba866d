"""The mentee blueprint (/mentee) and what its views share: the guard and the owner-scoped lookups.

Its pages live in the feature packages, each of which imports `bp` from here: the dashboard and profile
(`mentee.views`), cohort membership (`mentee.cohort`), mentors (`coach.mentors`), drafts (`coach.drafts`),
outreach (`coach.outreach`), conversations and peers (`coach.conversations`) and the portfolio
(`coach.portfolio`). Deleting records has its own blueprint, `deletions_bp`, under /mentee too.
"""

from flask import Blueprint, g

from .. import store
from ..accounts.auth import role_required
from ..db import get_db
from ..errors import or_404

bp = Blueprint("mentee", __name__, url_prefix="/mentee")
deletions_bp = Blueprint("deletions", __name__, url_prefix="/mentee")
mentee_only = role_required("mentee")


def mentor_or_404(mentor_id):
    """The signed-in mentee's mentor, or 404."""
    return or_404(store.get_mentor(get_db(), g.user["id"], mentor_id))


def draft_or_404(draft_id):
    """The signed-in mentee's draft, or 404."""
    return or_404(store.get_draft(get_db(), g.user["id"], draft_id))
