"""Mentee pages: dashboard, profile, mentor research, drafts and their revisions."""
from flask import abort, current_app, flash, g, redirect, render_template, request, url_for

from . import critics, followups, history, reviews, services, store
from .db import get_db
from .errors import or_404
from .forms import DraftForm, MentorForm, ProfileForm, RevisionForm, form_status
from .mentee_blueprint import bp, draft_or_404, mentee_only, mentor_or_404


@bp.route("/")
@mentee_only
def dashboard():
    """The mentee's home: profile, mentors by priority and drafts in progress."""
    db = get_db()
    profile, mentors = store.get_profile(db, g.user["id"]), services.ranked_mentors(db, g.user["id"])
    drafts = store.list_drafts(db, g.user["id"])
    return render_template("mentee/dashboard.html", profile=profile, mentors=mentors, drafts=drafts,
                           formula=services.PRIORITY_FORMULA, due=followups.due_this_week(db, g.user["id"]),
                           done=services.checklist(profile, mentors, drafts),
                           reviews=store.list_reviews_of_mentee(db, g.user["id"]),
                           revise_target=services.REVISE_TARGET)


@bp.route("/profile", methods=("GET", "POST"))
@mentee_only
def profile():
    """Record background, skills and what the mentee can offer (the lesson's Exercise 2, step 1)."""
    db = get_db()
    form = ProfileForm(data=store.get_profile(db, g.user["id"]))
    if form.validate_on_submit():
        store.save_profile(db, g.user["id"], form.data)
        flash("Profile saved.")
        return redirect(url_for("mentee.dashboard"))
    return render_template("mentee/profile.html", form=form), form_status(form)


@bp.route("/mentors")
@mentee_only
def mentors():
    """The mentor list, ranked by priority, with the formula shown."""
    return render_template("mentee/mentors.html", mentors=services.ranked_mentors(get_db(), g.user["id"]),
                           formula=services.PRIORITY_FORMULA)


@bp.route("/mentors/new", methods=("GET", "POST"))
@mentee_only
def mentor_new():
    """Record research on a would-be mentor (the lesson's Exercise 1)."""
    form = MentorForm()
    if form.validate_on_submit():
        mentor_id = store.insert_mentor(get_db(), g.user["id"], form.data)
        flash(f"Saved {form.name.data}.")
        return redirect(url_for("mentee.mentor", mentor_id=mentor_id))
    return render_template("mentee/mentor_form.html", form=form, mentor=None), form_status(form)


@bp.route("/mentors/<int:mentor_id>/edit", methods=("GET", "POST"))
@mentee_only
def mentor_edit(mentor_id):
    """Update the research on a mentor."""
    mentor = mentor_or_404(mentor_id)
    form = MentorForm(data=mentor)
    if form.validate_on_submit():
        store.update_mentor(get_db(), g.user["id"], mentor_id, form.data)
        flash("Mentor updated.")
        return redirect(url_for("mentee.mentor", mentor_id=mentor_id))
    return render_template("mentee/mentor_form.html", form=form, mentor=mentor), form_status(form)


@bp.route("/mentors/<int:mentor_id>", methods=("GET",))
@mentee_only
def mentor(mentor_id):
    """A mentor's research, drafts written to them, and the form to start a new draft."""
    mentor = mentor_or_404(mentor_id)
    return render_template("mentee/mentor.html", mentor=mentor, form=DraftForm(),
                           priority=services.mentor_priority(mentor), formula=services.PRIORITY_FORMULA,
                           drafts=store.list_drafts(get_db(), g.user["id"], mentor_id))


@bp.route("/mentors/<int:mentor_id>/drafts", methods=("POST",))
@mentee_only
def draft_new(mentor_id):
    """State the ask and get a first draft, saved as revision 1."""
    mentor = mentor_or_404(mentor_id)
    form = DraftForm()
    if not form.validate_on_submit():
        return render_template("mentee/mentor.html", mentor=mentor, form=form,
                               priority=services.mentor_priority(mentor), formula=services.PRIORITY_FORMULA,
                               drafts=store.list_drafts(get_db(), g.user["id"], mentor_id)), 400
    draft_id, missing = followups.start_first_draft(get_db(), current_app.config, g.user, mentor,
                                                    form.ask_topic.data, form.ask_minutes.data, form.ask_format.data)
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
        _, number, _ = services.save_revision(db, draft_id, form.subject.data, body, context,
                                              applied_edits=form.applied_edits.data)
        flash(f"Saved revision {number}.")
        return redirect(url_for("mentee.draft", draft_id=draft_id))
    listing = history.revision_page(db, draft_id, request.args.get("page", 1, type=int))
    return render_template("mentee/draft.html", draft=draft, form=form, latest=latest,
                           reviews=reviews.open_draft_reviews(db, g.user["id"], draft),
                           mentor=store.get_mentor(db, g.user["id"], draft["mentor_id"]),
                           profile=store.get_profile(db, g.user["id"]),
                           context=services.draft_context(db, g.user, draft),
                           critiques=store.list_critiques(db, latest["id"]) if latest else [],
                           revisions=listing["revisions"], listing=listing, trend=listing["trend"]), form_status(form)


@bp.route("/drafts/<int:draft_id>/revisions/<int:number>")
@mentee_only
def revision(draft_id, number):
    """One earlier revision exactly as saved, with every critique it has."""
    draft = draft_or_404(draft_id)
    rev = or_404(store.get_revision(get_db(), draft_id, number))
    listing = history.revision_page(get_db(), draft_id, request.args.get("page", 1, type=int))
    return render_template("mentee/revision.html", draft=draft, revision=rev,
                           critiques=store.list_critiques(get_db(), rev["id"]),
                           reviews=reviews.open_revision_reviews(get_db(), g.user["id"], rev),
                           revisions=listing["revisions"], listing=listing)


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
    return render_template("mentee/diff.html", draft=draft, revisions=listing["revisions"], listing=listing,
                           pager_args={"a": a, "b": b, "q": listing["search"] or None}, a=a, b=b,
                           comparison=comparison, trend=listing["trend"])


@bp.route("/drafts/<int:draft_id>/revisions/<int:number>/model-critique", methods=("POST",))
@mentee_only
def model_critique(draft_id, number):
    """Ask the configured model to critique a saved revision ("Ask again" forces a new call)."""
    try:
        result = critics.model_critique(get_db(), current_app.config, g.user, draft_id, number,
                                        force=request.form.get("force") == "1")
    except critics.NoModelConfigured:
        abort(404)
    if result is None:
        abort(404)
    if result["model_error"]:
        flash(f"{result['model_error']} The built-in coach's critique stands.", "warning")
    else:
        flash("The model's critique is below" + (" (unchanged text: served from the log, no new call)."
                                                 if result["cached"] else "."))
    if request.form.get("back") == "revision":
        return redirect(url_for("mentee.revision", draft_id=draft_id, number=number))
    return redirect(url_for("mentee.draft", draft_id=draft_id))


# Strategy, board, tracking and follow-up pages live in their own module on this blueprint (issue 8).
from . import outreach  # noqa: E402,F401
# Joining and leaving a cohort (issue 7).
from . import mentee_cohort  # noqa: E402,F401
# Conversation prep, meetings, peers and the portfolio (issue 9).
from . import followthrough  # noqa: E402,F401
