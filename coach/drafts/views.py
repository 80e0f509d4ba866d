"""Draft pages: a first draft for a mentor, the editor, earlier revisions, the diff, and asking the model."""

from flask import abort, current_app, flash, g, redirect, render_template, request, url_for

from .. import store
from ..db import get_db
from ..errors import or_404
from ..forms import form_status
from ..instructor import reviews
from ..mentee import bp, draft_or_404, mentee_only, mentor_or_404
from ..mentors.services import PRIORITY_FORMULA, mentor_priority
from ..outreach import followups
from . import critics, history, services
from .forms import DraftForm, RevisionForm


@bp.route("/mentors/<int:mentor_id>/drafts", methods=("POST",))
@mentee_only
def draft_new(mentor_id):
    """State the ask and get a first draft, saved as revision 1."""
    mentor = mentor_or_404(mentor_id)
    form = DraftForm()
    if not form.validate_on_submit():
        return render_template(
            "mentee/mentor.html",
            mentor=mentor,
            form=form,
            priority=mentor_priority(mentor),
            formula=PRIORITY_FORMULA,
            drafts=store.list_drafts(get_db(), g.user["id"], mentor_id),
        ), 400
    draft_id, missing = followups.start_first_draft(
        get_db(), current_app.config, g.user, mentor, form.ask_topic.data, form.ask_minutes.data, form.ask_format.data
    )
    flash("Here is a first draft. Edit it, then save to get a new critique.")
    for note in missing:
        flash(note, "warning")
    return redirect(url_for("mentee.draft", draft_id=draft_id))


@bp.route("/drafts/<int:draft_id>", methods=("GET", "POST"))
@mentee_only
def draft(draft_id):
    """The draft editor: the latest revision, its critique and the history; saving makes a revision."""
    db = get_db()
    draft = draft_or_404(draft_id)
    latest = store.latest_revision(db, draft_id)
    form = RevisionForm(data=latest)
    if form.validate_on_submit():
        context = services.draft_context(db, g.user, draft)
        body = services.normalise_newlines(form.body.data)
        _, number, _ = services.save_revision(
            db, draft_id, form.subject.data, body, context, applied_edits=form.applied_edits.data
        )
        flash(f"Saved revision {number}.")
        return redirect(url_for("mentee.draft", draft_id=draft_id))
    listing = history.revision_page(db, draft_id, request.args.get("page", 1, type=int))
    return render_template(
        "mentee/draft.html",
        draft=draft,
        form=form,
        latest=latest,
        reviews=reviews.open_draft_reviews(db, g.user["id"], draft),
        mentor=store.get_mentor(db, g.user["id"], draft["mentor_id"]),
        profile=store.get_profile(db, g.user["id"]),
        context=services.draft_context(db, g.user, draft),
        critiques=store.list_critiques(db, latest["id"]) if latest else [],
        revisions=listing["revisions"],
        listing=listing,
        trend=listing["trend"],
    ), form_status(form)


@bp.route("/drafts/<int:draft_id>/revisions/<int:number>")
@mentee_only
def revision(draft_id, number):
    """One earlier revision exactly as saved, with every critique it has."""
    draft = draft_or_404(draft_id)
    rev = or_404(store.get_revision(get_db(), draft_id, number))
    listing = history.revision_page(get_db(), draft_id, request.args.get("page", 1, type=int))
    return render_template(
        "mentee/revision.html",
        draft=draft,
        revision=rev,
        critiques=store.list_critiques(get_db(), rev["id"]),
        reviews=reviews.open_revision_reviews(get_db(), g.user["id"], rev),
        revisions=listing["revisions"],
        listing=listing,
    )


@bp.route("/drafts/<int:draft_id>/diff")
@mentee_only
def diff(draft_id):
    """What changed between two revisions (?a=1&b=3): words, findings fixed and new, and the score trend.

    The picker lists a page of revisions, newest first, or those matching a search (?q=) for long histories.
    """
    db = get_db()
    draft = draft_or_404(draft_id)
    latest = store.latest_revision(db, draft_id)
    default_a, default_b = history.default_pair(latest["number"] if latest else None)
    a, b = request.args.get("a", default_a, type=int), request.args.get("b", default_b, type=int)
    comparison = or_404(history.compare(db, draft_id, a, b))
    listing = history.revision_page(db, draft_id, request.args.get("page", 1, type=int), request.args.get("q"))
    return render_template(
        "mentee/diff.html",
        draft=draft,
        revisions=listing["revisions"],
        listing=listing,
        pager_args={"a": a, "b": b, "q": listing["search"] or None},
        a=a,
        b=b,
        comparison=comparison,
        trend=listing["trend"],
    )


@bp.route("/drafts/<int:draft_id>/revisions/<int:number>/model-critique", methods=("POST",))
@mentee_only
def model_critique(draft_id, number):
    """Ask the configured model to critique a saved revision ("Ask again" forces a new call)."""
    try:
        result = critics.model_critique(
            get_db(), current_app.config, g.user, draft_id, number, force=request.form.get("force") == "1"
        )
    except critics.NoModelConfigured:
        abort(404)
    if result is None:
        abort(404)
    if result["model_error"]:
        flash(f"{result['model_error']} The built-in coach's critique stands.", "warning")
    else:
        flash(
            "The model's critique is below"
            + (" (unchanged text: served from the log, no new call)." if result["cached"] else ".")
        )
    if request.form.get("back") == "revision":
        return redirect(url_for("mentee.revision", draft_id=draft_id, number=number))
    return redirect(url_for("mentee.draft", draft_id=draft_id))
