"""Mentee pages for whom to approach and how to follow up: strategy, board, per-mentor outreach,
value propositions, research from a link, status changes and follow-ups (registered on the mentee bp)."""

from flask import abort, current_app, flash, g, redirect, render_template, url_for

from .. import linkfetch, store
from ..conversations import peers
from ..db import get_db
from ..forms import choices, form_status
from ..mentee import bp, mentee_only, mentor_or_404
from ..mentors.services import ranked_mentors
from . import followups, strategy
from .forms import (
    BoardSeatForm,
    FollowupSettingsForm,
    LinkConfirmForm,
    LinkForm,
    NoteForm,
    ScheduleForm,
    StatusForm,
    ValuePropositionForm,
)

NOTE_KINDS = ("followup",)  # thank-you notes come from the meeting records (coach/conversations/views.py)
BACK = {"mentors": "mentee.mentors", "dashboard": "mentee.dashboard", "followups": "mentee.followups_page"}


@bp.context_processor
def status_buttons_context():
    """What the one-click status buttons of the mentor table need, on every mentee page."""
    return {"status_labels": followups.STEP_LABELS, "next_steps": followups.NEXT_STEPS}


def _outreach_page(mentor, code=200, **forms):
    """Render a mentor's outreach page; `forms` replaces a blank form with one that has errors."""
    overview = followups.outreach_overview(get_db(), g.user["id"], mentor)
    plan = overview["schedule"]
    blank = {
        "status_form": StatusForm(
            formdata=None, status=overview["next_status"], channel=mentor["sent_channel"] or "email"
        ),
        "schedule_form": ScheduleForm(formdata=None, followup_due=plan["due"] if plan else None),
        "value_form": ValuePropositionForm(formdata=None, data=mentor),
        "link_form": LinkForm(formdata=None),
        **{f"{kind}_form": NoteForm(formdata=None, prefix=kind) for kind in NOTE_KINDS},
    }
    return render_template(
        "mentee/outreach.html",
        mentor=mentor,
        **{**blank, **forms},
        value_check=overview["value_check"],
        history=overview["history"],
        schedule=plan,
        fetch_enabled=current_app.config.get("COACH_FETCH_LINKS"),
        notes=overview["notes"],
    ), code


@bp.route("/strategy")
@mentee_only
def strategy_page():
    """The mentorship strategy: gaps and the mentor types they need, the mentor map, uncovered gaps."""
    db = get_db()
    mentors = ranked_mentors(db, g.user["id"])
    areas = strategy.gap_analysis(store.get_profile(db, g.user["id"]), mentors)
    return render_template(
        "mentee/strategy.html",
        areas=areas,
        grid=strategy.mentor_map(mentors),
        barriers=strategy.BARRIER_LEVELS,
        target=(strategy.TARGET_MIN, strategy.TARGET_MAX),
        uncovered=[a for a in areas if a["uncovered"]],
        mentors=mentors,
    )


@bp.route("/board", methods=("GET", "POST"))
@mentee_only
def board():
    """The personal board of directors: five advisor seats filled from the mentor list."""
    db = get_db()
    mentors = ranked_mentors(db, g.user["id"])
    partners = peers.partners(db, g.user["id"])
    form = BoardSeatForm()
    form.mentor_id.choices = choices(
        ("", "Nobody yet"),
        *((str(m["id"]), m["name"]) for m in mentors),
        *((f"{strategy.PEER_CHOICE}{p['id']}", p["name"]) for p in partners),
    )
    if form.validate_on_submit():
        strategy.assign_seat(db, g.user["id"], form.seat.data, form.mentor_id.data)
        flash("Board updated.")
        return redirect(url_for("mentee.board"))
    return render_template(
        "mentee/board.html",
        seats=strategy.board(mentors, partners),
        mentors=mentors,
        partners=partners,
        peer_choice=strategy.PEER_CHOICE,
        form=form,
    ), form_status(form)


@bp.route("/mentors/<int:mentor_id>/outreach")
@mentee_only
def outreach(mentor_id):
    """One mentor's outreach: status and history, follow-ups, value proposition, research from a link."""
    return _outreach_page(mentor_or_404(mentor_id))


@bp.route("/mentors/<int:mentor_id>/status", methods=("POST",))
@mentee_only
def status_change(mentor_id):
    """Change a mentor's status (one click from the mentor list, or with a date and channel)."""
    mentor = mentor_or_404(mentor_id)
    form = StatusForm()
    if not form.validate_on_submit():
        return _outreach_page(mentor, 400, status_form=form)
    try:
        followups.change_status(
            get_db(),
            g.user["id"],
            mentor,
            form.status.data,
            form.happened_on.data,
            form.channel.data if form.channel.raw_data else None,
        )
    except followups.TrackingError as exc:
        flash(str(exc), "warning")
    else:
        flash(f"{mentor['name']}: {followups.STEP_LABELS[form.status.data].lower()}.")
    if form.back.data in BACK:
        return redirect(url_for(BACK[form.back.data]))
    return redirect(url_for("mentee.outreach", mentor_id=mentor_id))


@bp.route("/mentors/<int:mentor_id>/schedule", methods=("POST",))
@mentee_only
def schedule(mentor_id):
    """Set the follow-up date, or record a follow-up already sent on a past date."""
    mentor = mentor_or_404(mentor_id)
    form = ScheduleForm()
    if not form.validate_on_submit():
        return _outreach_page(mentor, 400, schedule_form=form)
    try:
        if form.records_followup():
            followups.change_status(get_db(), g.user["id"], mentor, followups.FOLLOWED_UP, form.followup_due.data)
            flash("Follow-up recorded.")
        else:
            followups.reschedule(get_db(), g.user["id"], mentor, form.followup_due.data)
            flash(f"Follow-up due on {form.followup_due.data.isoformat()}.")
    except followups.TrackingError as exc:
        form.followup_due.errors.append(str(exc))
        return _outreach_page(mentor, 400, schedule_form=form)
    return redirect(url_for("mentee.outreach", mentor_id=mentor_id))


@bp.route("/mentors/<int:mentor_id>/value", methods=("POST",))
@mentee_only
def value_proposition(mentor_id):
    """Save the value proposition for a mentor; the coach's check shows on the page."""
    mentor = mentor_or_404(mentor_id)
    form = ValuePropositionForm()
    if not form.validate_on_submit():
        return _outreach_page(mentor, 400, value_form=form)
    store.update_mentor_outreach(get_db(), g.user["id"], mentor_id, {"value_proposition": form.value_proposition.data})
    flash("Value proposition saved; the coach's check is below it.")
    return redirect(url_for("mentee.outreach", mentor_id=mentor_id, _anchor="value"))


@bp.route("/mentors/<int:mentor_id>/research-link", methods=("POST",))
@mentee_only
def research_link(mentor_id):
    """Fetch a page of the mentor's and propose a title and summary to confirm (nothing saved yet)."""
    mentor = mentor_or_404(mentor_id)
    form = LinkForm()
    if not current_app.config.get("COACH_FETCH_LINKS"):
        form.url.errors = [
            "cannot be read here: your course has not turned on link fetching; "
            "paste your notes into the research notes instead."
        ]
        return _outreach_page(mentor, 400, link_form=form)
    if not form.validate_on_submit():
        return _outreach_page(mentor, 400, link_form=form)
    try:
        page = linkfetch.fetch_page(form.url.data, current_app.config["COACH_FETCH_DEADLINE"])
    except linkfetch.FetchError as exc:
        form.url.errors = [str(exc)]
        return _outreach_page(mentor, 400, link_form=form)
    return render_template("mentee/research_link.html", mentor=mentor, form=LinkConfirmForm(formdata=None, data=page))


@bp.route("/mentors/<int:mentor_id>/research-link/confirm", methods=("POST",))
@mentee_only
def research_link_confirm(mentor_id):
    """Add the confirmed (possibly edited) title and summary to the mentor's research notes."""
    mentor = mentor_or_404(mentor_id)
    form = LinkConfirmForm()
    if form.validate_on_submit():
        try:
            followups.add_research(get_db(), g.user["id"], mentor, form.title.data, form.url.data, form.summary.data)
        except followups.ResearchTooLong as exc:
            form.summary.errors.append(str(exc))
    if form.errors:
        return render_template("mentee/research_link.html", mentor=mentor, form=form), 400
    flash("Added to your research notes.")
    return redirect(url_for("mentee.outreach", mentor_id=mentor_id))


@bp.route("/mentors/<int:mentor_id>/notes/<kind>", methods=("POST",))
@mentee_only
def note_new(mentor_id, kind):
    """Draft a follow-up or thank-you note, opened in the usual draft editor."""
    mentor = mentor_or_404(mentor_id)
    if kind not in NOTE_KINDS:
        abort(404)
    form = NoteForm(prefix=kind)
    if not form.validate_on_submit():
        return _outreach_page(mentor, 400, **{f"{kind}_form": form})
    draft_id, missing = followups.start_note(get_db(), current_app.config, g.user, mentor, kind, form.update.data)
    flash("Here is a draft. Edit it, then save to get a new critique.")
    for note in missing:
        flash(note, "warning")
    return redirect(url_for("mentee.draft", draft_id=draft_id))


@bp.route("/followups", methods=("GET", "POST"))
@mentee_only
def followups_page():
    """Follow-ups due this week and how many days to wait before following up."""
    db = get_db()
    form = FollowupSettingsForm(data={"followup_days": followups.followup_days(db, g.user["id"])})
    if form.validate_on_submit():
        store.set_followup_days(db, g.user["id"], form.followup_days.data)
        flash(f"Follow-ups now fall due {form.followup_days.data} days after sending.")
        return redirect(url_for("mentee.followups_page"))
    return render_template(
        "mentee/followups.html", form=form, due=followups.due_this_week(db, g.user["id"]), today=followups.today()
    ), form_status(form)
