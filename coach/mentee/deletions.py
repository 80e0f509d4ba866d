"""Delete a mentor, a draft, a peer or a meeting recorded by mistake: a confirmation page that counts what will
go (GET), the delete itself (POST only), and undo for the session that deleted it (coach/mentee/deletion.py)."""

from flask import abort, flash, g, redirect, render_template, request, url_for

from ..accounts.auth import role_required
from ..accounts.forms import ConfirmForm
from ..db import get_db
from . import deletion
from . import deletions_bp as bp

mentee_only = role_required("mentee")


# Where the mentee lands after deleting: the list the record was on; and where "keep it" goes back to.
AFTER = {
    "mentor": lambda r: url_for("mentee.mentors"),
    "draft": lambda r: url_for("mentee.mentor", mentor_id=r["mentor_id"]),
    "peer": lambda r: url_for("mentee.peers_page"),
    "meeting": lambda r: url_for("mentee.meetings", mentor_id=r["mentor_id"]),
}
BACK = {
    **AFTER,
    "mentor": lambda r: url_for("mentee.mentor", mentor_id=r["id"]),
    "draft": lambda r: url_for("mentee.draft", draft_id=r["id"]),
}


def _confirm_or_delete(kind, record_id):
    """GET: what will go, and a button; POST: delete it all, with undo on the next page."""
    db = get_db()
    plan = deletion.find(db, g.user["id"], kind, record_id)
    if plan is None:
        abort(404)
    form = ConfirmForm()
    if form.validate_on_submit():
        deleted_id, label = deletion.delete(db, g.user["id"], g.session_id, kind, record_id)
        flash({"id": deleted_id, "label": label}, "undo")
        return redirect(AFTER[kind](plan["record"]))
    return render_template(
        "mentee/delete_confirm.html", plan=plan, form=form, kind=kind, back=BACK[kind](plan["record"])
    )


@bp.route("/mentors/<int:mentor_id>/delete", methods=("GET", "POST"))
@mentee_only
def mentor(mentor_id):
    """Delete a mentor with its drafts, revisions, critiques, follow-ups, prep and meetings."""
    return _confirm_or_delete("mentor", mentor_id)


@bp.route("/drafts/<int:draft_id>/delete", methods=("GET", "POST"))
@mentee_only
def draft(draft_id):
    """Delete a draft with its revisions and critiques."""
    return _confirm_or_delete("draft", draft_id)


@bp.route("/peers/<int:peer_id>/delete", methods=("GET", "POST"))
@mentee_only
def peer(peer_id):
    """Delete a peer from the peer and reverse mentoring plan."""
    return _confirm_or_delete("peer", peer_id)


@bp.route("/meetings/<int:meeting_id>/delete", methods=("GET", "POST"))
@mentee_only
def meeting(meeting_id):
    """Delete a meeting with the action items recorded from it."""
    return _confirm_or_delete("meeting", meeting_id)


@bp.route("/undo", methods=("POST",))
@mentee_only
def undo():
    """Put back what this session just deleted."""
    if not ConfirmForm().validate_on_submit() or not request.form.get("deleted", "").isdigit():
        abort(400)
    try:
        label = deletion.undo(get_db(), g.user["id"], g.session_id, int(request.form["deleted"]))
    except deletion.UndoError as exc:
        flash(str(exc), "warning")
    else:
        flash(f"Restored the {label}.")
    return redirect(request.referrer if _same_site(request.referrer) else url_for("mentee.dashboard"))


def _same_site(url):
    """Only go back to a page of this site."""
    return bool(url) and url.startswith(request.host_url)
