"""Mentee pages after the reply (issue 9): conversation prep, meetings and action items, peers.

The routes live on the mentee blueprint (the package imports this module), so every URL stays
under /mentee and behind the mentee guard; another user's ids answer 404.
"""

from flask import abort, current_app, flash, g, redirect, render_template, request, url_for

from .. import store
from ..db import get_db
from ..errors import or_404
from ..forms import form_status
from ..mentee import bp, mentee_only
from . import peers
from . import services as conversation
from .forms import AftercareForm, ItemForm, MeetingForm, PeerForm, PlanForm, QuestionForm


def _mentor(mentor_id):
    return or_404(store.get_mentor(get_db(), g.user["id"], mentor_id))


def _render_prep(mentor, question_form=None, plan_form=None):
    db = get_db()
    prep = conversation.prep(db, g.user["id"], mentor["id"])
    plan_form = plan_form or PlanForm(data={**(prep["plan"] or {}), "minutes": prep["minutes"]})
    status = form_status(question_form, plan_form)
    return render_template(
        "mentee/prep.html", mentor=mentor, prep=prep, plan_form=plan_form, question_form=question_form or QuestionForm()
    ), status


def _render_meetings(mentor, meeting_form=None, item_form=None):
    db = get_db()
    status = 400 if (meeting_form and meeting_form.errors) or (item_form and item_form.errors) else 200
    return render_template(
        "mentee/meetings.html",
        mentor=mentor,
        meeting_form=meeting_form or MeetingForm(),
        item_form=item_form or ItemForm(),
        aftercare_form=AftercareForm(),
        meetings=store.list_meetings(db, g.user["id"], mentor["id"]),
        items=conversation.tracked_items(db, g.user["id"], mentor["id"]),
        drafts=conversation.aftercare_drafts(db, g.user["id"], mentor["id"]),
        kinds=conversation.AFTERCARE_KINDS,
    ), status


# Conversation prep --------------------------------------------------------------------------------------


@bp.route("/conversations")
@mentee_only
def conversations():
    """Every mentor's prep and meetings at a glance, with the action items still open (overdue first)."""
    db = get_db()
    items = conversation.tracked_items(db, g.user["id"])
    return render_template(
        "mentee/prep_index.html",
        mentors=store.list_mentors(db, g.user["id"]),
        questions=store.list_questions(db, g.user["id"]),
        meetings=store.list_meetings(db, g.user["id"]),
        open_items=sorted([i for i in items if not i["done_on"]], key=lambda i: not i["overdue"]),
        done_items=[i for i in items if i["done_on"]],
    )


@bp.route("/mentors/<int:mentor_id>/prep")
@mentee_only
def prep(mentor_id):
    """The question framework by category, the coach's flags, and the plan fitted to the agreed minutes."""
    return _render_prep(_mentor(mentor_id))


@bp.route("/mentors/<int:mentor_id>/questions", methods=("POST",))
@mentee_only
def question_new(mentor_id):
    """Add a prepared question; the coach checks it on the prep page."""
    mentor = _mentor(mentor_id)
    form = QuestionForm()
    if not form.validate_on_submit():
        return _render_prep(mentor, question_form=form)
    store.insert_question(get_db(), g.user["id"], mentor_id, form.category.data, form.text.data)
    flash("Question added.")
    return redirect(url_for("mentee.prep", mentor_id=mentor_id) + "#questions")


@bp.route("/questions/<int:question_id>/edit", methods=("GET", "POST"))
@mentee_only
def question_edit(question_id):
    """Reword, recategorise or reorder a prepared question."""
    question = or_404(store.get_question(get_db(), g.user["id"], question_id))
    form = QuestionForm(data=question)
    if form.validate_on_submit():
        store.update_question(
            get_db(),
            g.user["id"],
            question_id,
            form.category.data,
            form.text.data,
            form.position.data or question["position"],
        )
        flash("Question saved.")
        return redirect(url_for("mentee.prep", mentor_id=question["mentor_id"]) + "#questions")
    return render_template(
        "mentee/prep_question.html", form=form, question=question, mentor=_mentor(question["mentor_id"])
    ), form_status(form)


@bp.route("/questions/<int:question_id>/delete", methods=("POST",))
@mentee_only
def question_delete(question_id):
    """Delete a prepared question."""
    question = or_404(store.get_question(get_db(), g.user["id"], question_id))
    store.delete_question(get_db(), g.user["id"], question_id)
    flash("Question deleted.")
    return redirect(url_for("mentee.prep", mentor_id=question["mentor_id"]) + "#questions")


@bp.route("/mentors/<int:mentor_id>/plan", methods=("POST",))
@mentee_only
def plan_save(mentor_id):
    """Save the conversation plan: agreed minutes, date, opening, next steps, relationship maintenance."""
    mentor = _mentor(mentor_id)
    form = PlanForm()
    if not form.validate_on_submit():
        return _render_prep(mentor, plan_form=form)
    store.save_plan(
        get_db(),
        g.user["id"],
        mentor_id,
        {**form.data, "meeting_on": form.meeting_on.data.isoformat() if form.meeting_on.data else None},
    )
    flash("Plan saved.")
    return redirect(url_for("mentee.prep", mentor_id=mentor_id) + "#plan")


# After the meeting ---------------------------------------------------------------------------------------


@bp.route("/mentors/<int:mentor_id>/meetings", methods=("GET", "POST"))
@mentee_only
def meetings(mentor_id):
    """Meetings with a mentor (notes and insights), their action items, and the after-meeting drafts."""
    mentor = _mentor(mentor_id)
    form = MeetingForm()
    if request.method == "GET":
        return _render_meetings(mentor)
    if not form.validate_on_submit():
        return _render_meetings(mentor, meeting_form=form)
    store.insert_meeting(
        get_db(), g.user["id"], mentor_id, form.held_on.data.isoformat(), form.notes.data, form.insights.data
    )
    flash("Meeting recorded. Add the action items you agreed, then draft a thank-you note.")
    return redirect(url_for("mentee.meetings", mentor_id=mentor_id) + "#items")


@bp.route("/mentors/<int:mentor_id>/items", methods=("POST",))
@mentee_only
def item_new(mentor_id):
    """Add an action item or a progress update to send, with its due date."""
    mentor = _mentor(mentor_id)
    form = ItemForm()
    if not form.validate_on_submit():
        return _render_meetings(mentor, item_form=form)
    conversation.add_item(get_db(), g.user["id"], mentor_id, form.kind.data, form.text.data, form.due_on.data)
    flash("Added.")
    return redirect(url_for("mentee.meetings", mentor_id=mentor_id) + "#items")


@bp.route("/items/<int:item_id>/done", methods=("POST",))
@mentee_only
def item_done(item_id):
    """Mark an item done (or open again), then go back to the page it was marked from."""
    item = or_404(store.get_action_item(get_db(), g.user["id"], item_id))
    conversation.mark_item(get_db(), g.user["id"], item_id, done=request.form.get("done") == "1")
    if request.form.get("back") == "conversations":
        return redirect(url_for("mentee.conversations"))
    return redirect(url_for("mentee.meetings", mentor_id=item["mentor_id"]) + "#items")


@bp.route("/mentors/<int:mentor_id>/aftercare", methods=("POST",))
@mentee_only
def aftercare_new(mentor_id):
    """Draft a thank-you note or a progress update from the meeting's records, in the usual draft editor."""
    mentor = _mentor(mentor_id)
    form = AftercareForm()  # CSRF is checked app-wide by CSRFProtect before any view runs
    if not form.validate_on_submit():
        abort(400)  # the select offers only valid kinds: anything else was not sent by this page
    draft_id, missing = conversation.start_aftercare_draft(get_db(), current_app.config, g.user, mentor, form.kind.data)
    flash(f"Here is a first {conversation.AFTERCARE_KINDS[form.kind.data].lower()}. Edit it and save for a critique.")
    for note in missing:
        flash(note, "warning")
    return redirect(url_for("mentee.draft", draft_id=draft_id))


# Peer and reverse mentoring ------------------------------------------------------------------------------


@bp.route("/peers", methods=("GET", "POST"))
@mentee_only
def peers_page():
    """Peers and the people the mentee mentors (Exercise 5), and the form to add one."""
    form = PeerForm()
    if form.validate_on_submit():
        store.insert_peer(get_db(), g.user["id"], form.data)
        flash(f"Saved {form.name.data}.")
        return redirect(url_for("mentee.peers_page"))
    return render_template("mentee/peers.html", form=form, groups=peers.grouped(get_db(), g.user["id"])), form_status(
        form
    )


@bp.route("/peers/<int:peer_id>/edit", methods=("GET", "POST"))
@mentee_only
def peer_edit(peer_id):
    """Update a peer's exchange, projects, cadence and accountability."""
    person = or_404(store.get_peer(get_db(), g.user["id"], peer_id))
    form = PeerForm(data=person)
    if form.validate_on_submit():
        store.update_peer(get_db(), g.user["id"], peer_id, form.data)
        flash("Saved.")
        return redirect(url_for("mentee.peers_page"))
    return render_template("mentee/peers_form.html", form=form, person=person), form_status(form)


# Deleting a peer, with a confirmation and undo, lives in coach/mentee/deletions.py with the other deletes.
