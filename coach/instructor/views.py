"""Instructor pages: cohorts and their dashboard, reviews of revisions, the comment bank, calibration of the
coach, anchor drafts and exports. Every id in a URL is looked up through a store getter scoped by the
signed-in instructor, so another instructor's ids answer 404."""

from flask import Response, abort, current_app, flash, g, redirect, render_template, request, url_for

from .. import store
from ..accounts import services as accounts
from ..accounts.auth import role_required
from ..db import get_db
from ..errors import or_404
from ..forms import first_errors, form_status
from ..portfolio import services as portfolio
from ..store import RUBRICS
from . import bp, calibration, cohorts, exports, reviews
from .forms import (
    AnchoredCommentForm,
    BankCommentForm,
    CohortForm,
    InvitationForm,
    finding_agreement_name,
    form_agreements,
    form_finding_agreements,
    review_form,
)

instructor_only = role_required("instructor")
# The review page holds two forms, each with a comment: the prefix keeps their ids and names apart.
ANCHOR_PREFIX = "anchor"


def _cohort_or_404(cohort_id):
    return or_404(store.get_cohort_for_instructor(get_db(), g.user["id"], cohort_id))


def _mentee_or_404(mentee_id):
    return or_404(store.get_mentee_for_instructor(get_db(), g.user["id"], mentee_id))


def _revision_or_404(revision_id):
    return or_404(store.get_revision_for_instructor(get_db(), g.user["id"], revision_id))


def _dashboard_view():
    """The dashboard's sort, direction, filter and page from the query string, as url_for arguments (None when
    the default, so links stay short)."""
    sort, page = request.args.get("sort"), request.args.get("page", 1, type=int)
    return {
        "sort": sort if sort in cohorts.SORT_KEYS and sort != "name" else None,
        "dir": "desc" if request.args.get("dir") == "desc" else None,
        "attention": "1" if request.args.get("attention") == "1" else None,
        "page": page if page and page > 1 else None,
    }


def _download(body, filename, mimetype):
    """A streamed UTF-8 attachment named for the user's disk."""
    # content_type, not mimetype: Flask appends "; charset=utf-8" to a text mimetype, even one that has it.
    return Response(
        body,
        content_type=f"{mimetype}; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"},
    )


@bp.route("/invitations", methods=("GET", "POST"))
@instructor_only
def invitations():
    """Invite another instructor: a one-time link, shown once, that works for a week."""
    db, form, link = get_db(), InvitationForm(), None
    if form.validate_on_submit():
        token, _ = accounts.invite_instructor(db, g.user["id"])
        link = url_for("auth.instructor_signup", token=token, _external=True)
    return render_template(
        "instructor/invitations.html",
        form=form,
        link=link,
        days=accounts.INVITATION_LIFETIME.days,
        now=store.now(),
        invitations=store.list_invitations(db, g.user["id"]),
    ), form_status(form)


@bp.route("/", methods=("GET", "POST"))
@instructor_only
def index():
    """The instructor's home: their cohorts, and a form to create one."""
    db = get_db()
    form = CohortForm()
    if form.validate_on_submit():
        cohort_id = cohorts.create_cohort(db, g.user["id"], form.name.data)
        flash(f"Created {form.name.data}. Share its invite code or link with your mentees.")
        return redirect(url_for("instructor.cohort", cohort_id=cohort_id))
    return render_template(
        "instructor/index.html", form=form, cohorts=store.list_cohorts_for_instructor(db, g.user["id"])
    ), form_status(form)


@bp.route("/cohorts/<int:cohort_id>")
@instructor_only
def cohort(cohort_id):
    """The cohort dashboard: a page of mentee rows, sorted on the server, with a needs-attention filter, and
    charts and findings over the whole cohort."""
    cohort = _cohort_or_404(cohort_id)
    view = _dashboard_view()
    sort, descending, attention = view["sort"] or "name", bool(view["dir"]), bool(view["attention"])
    board = cohorts.dashboard(get_db(), cohort_id, sort, descending, attention, view["page"] or 1)
    return render_template(
        "instructor/cohort.html",
        cohort=cohort,
        board=board,
        view=view,
        sort=sort,
        descending=descending,
        attention=attention,
        sort_keys=cohorts.SORT_KEYS,
        stale_days=cohorts.STALE_DAYS,
        invite_link=url_for("mentee.cohort", code=cohort["code"], _external=True),
    )


@bp.route("/cohorts/<int:cohort_id>/mentees/<int:mentee_id>/remove", methods=("POST",))
@instructor_only
def cohort_remove(cohort_id, mentee_id):
    """Take a mentee out of your cohort: you stop seeing their work unless they are in another of your cohorts."""
    db = get_db()
    cohort = _cohort_or_404(cohort_id)
    mentee = _mentee_or_404(mentee_id)
    if not store.remove_cohort_member(db, cohort_id, mentee_id):
        abort(404)
    if store.instructor_can_see(db, g.user["id"], mentee_id):
        flash(
            f"Removed {mentee['name']} from {cohort['name']}. They are still in another of your cohorts, "
            "so you still see their work there."
        )
    else:
        flash(
            f"Removed {mentee['name']} from {cohort['name']}. You no longer see their work; "
            "they could rejoin with the invite code."
        )
    return redirect(url_for("instructor.cohort", cohort_id=cohort_id, **_dashboard_view()))


@bp.route("/cohorts/<int:cohort_id>/export.csv")
@instructor_only
def cohort_csv(cohort_id):
    """Download the cohort's revisions, scores and reviews as a CSV for a spreadsheet."""
    cohort = _cohort_or_404(cohort_id)
    rows = exports.streamed(current_app.config["DATABASE"], exports.cohort_csv, cohort, g.user["id"])
    return _download(rows, exports.export_filename(cohort, "csv"), "text/csv")


@bp.route("/mentees/<int:mentee_id>")
@instructor_only
def mentee(mentee_id):
    """One mentee's drafts and revisions, each with a link to review it."""
    mentee = _mentee_or_404(mentee_id)
    return render_template(
        "instructor/mentee.html", mentee=mentee, drafts=store.list_mentee_drafts_with_revisions(get_db(), mentee_id)
    )


@bp.route("/mentees/<int:mentee_id>/report.md")
@instructor_only
def mentee_report(mentee_id):
    """Download a Markdown report of one mentee's drafts with critiques and your reviews."""
    mentee = _mentee_or_404(mentee_id)
    body = exports.streamed(current_app.config["DATABASE"], exports.mentee_markdown, mentee, g.user["id"])
    name = exports.export_filename({"id": mentee_id, "name": mentee["name"]}, "md")
    return _download(body, name, "text/markdown")


@bp.route("/mentees/<int:mentee_id>/portfolio")
@instructor_only
def mentee_portfolio(mentee_id):
    """A mentee's portfolio of the lesson's four deliverables, printable (404 unless they are in your cohort)."""
    if not store.instructor_can_see(get_db(), g.user["id"], mentee_id):
        abort(404)
    mentee = store.get_user(get_db(), mentee_id)
    return render_template("mentee/portfolio.html", p=portfolio.build(get_db(), mentee), owner=False)


def _render_review(revision, form, comment_form, status=200):
    data = reviews.review_page(get_db(), g.user["id"], revision)
    return render_template(
        "instructor/review.html",
        revision=revision,
        form=form,
        comment_form=comment_form,
        errors=first_errors(form) or first_errors(comment_form),
        finding_field=finding_agreement_name,
        **data,
    ), status


@bp.route("/revisions/<int:revision_id>/review", methods=("GET", "POST"))
@instructor_only
def review(revision_id):
    """Review a revision: your scores, a general comment, agreement with the coach and anchored comments."""
    db = get_db()
    revision = _revision_or_404(revision_id)
    page = reviews.review_page(db, g.user["id"], revision)
    form = review_form(page["critiques"], page["bank"], page["review"], page["agreements"], page["finding_agreements"])
    if form.validate_on_submit():
        comment = form.comment.data or ""
        if form.bank_comment.data:
            saved = store.get_bank_comment(db, g.user["id"], int(form.bank_comment.data))
            comment = "\n\n".join(part for part in (comment, saved["text"]) if part)
        reviews.save(
            db,
            g.user["id"],
            revision,
            {r: form[r].data for r in RUBRICS},
            comment,
            form_agreements(form, page["critiques"]),
            form.keep_in_bank.data,
            form_finding_agreements(form, page["critiques"]),
        )
        flash("Review saved. The mentee sees it on their draft.")
        return redirect(url_for("instructor.review", revision_id=revision_id))
    return _render_review(revision, form, AnchoredCommentForm(formdata=None, prefix=ANCHOR_PREFIX), form_status(form))


@bp.route("/revisions/<int:revision_id>/comments", methods=("POST",))
@instructor_only
def comment_add(revision_id):
    """Anchor a comment to words quoted from the revision."""
    db = get_db()
    revision = _revision_or_404(revision_id)
    comment_form = AnchoredCommentForm(prefix=ANCHOR_PREFIX)
    if comment_form.validate_on_submit():
        try:
            reviews.add_comment(
                db,
                g.user["id"],
                revision,
                comment_form.field.data,
                comment_form.quote.data,
                comment_form.comment.data,
                comment_form.start.data,
                comment_form.end.data,
            )
        except reviews.ReviewError as exc:
            comment_form[exc.field].errors.append(str(exc))
        else:
            flash("Comment added to the quoted words.")
            return redirect(url_for("instructor.review", revision_id=revision_id) + "#comments")
    page = reviews.review_page(db, g.user["id"], revision)
    form = review_form(page["critiques"], page["bank"], page["review"], page["agreements"], page["finding_agreements"])
    return _render_review(revision, form, comment_form, 400)


@bp.route("/comments/<int:comment_id>/delete", methods=("POST",))
@instructor_only
def comment_delete(comment_id):
    """Delete one of your anchored comments."""
    if not store.delete_review_comment(get_db(), g.user["id"], comment_id):
        abort(404)
    flash("Comment deleted.")
    return redirect(
        request.form.get("back")
        if (request.form.get("back") or "").startswith("/instructor/")
        else url_for("instructor.index")
    )


@bp.route("/comment-bank", methods=("GET", "POST"))
@instructor_only
def comment_bank():
    """Your reusable comments: save one here, insert it into any review with one click."""
    db = get_db()
    form = BankCommentForm()
    if form.validate_on_submit():
        store.insert_bank_comment(db, g.user["id"], form.text.data)
        flash("Comment saved to your bank.")
        return redirect(url_for("instructor.comment_bank"))
    return render_template(
        "instructor/comment_bank.html", form=form, bank=store.list_bank_comments(db, g.user["id"])
    ), form_status(form)


@bp.route("/comment-bank/<int:comment_id>/delete", methods=("POST",))
@instructor_only
def comment_bank_delete(comment_id):
    """Remove a saved comment from your bank."""
    if not store.delete_bank_comment(get_db(), g.user["id"], comment_id):
        abort(404)
    flash("Saved comment removed.")
    return redirect(url_for("instructor.comment_bank"))


@bp.route("/calibration")
@instructor_only
def calibration_report():
    """How far each coach agrees with your scores, per rubric, and where it disagrees most."""
    return render_template(
        "instructor/calibration.html",
        engines=calibration.report(get_db(), g.user["id"]),
        not_enough_spread=calibration.NOT_ENOUGH_SPREAD,
    )


@bp.route("/anchors")
@instructor_only
def anchors():
    """Anchor drafts to score before reviewing, so calibration starts from a shared reference."""
    db = get_db()
    calibration.ensure_anchors(db)
    return render_template("instructor/anchors.html", anchors=store.list_anchors(db, g.user["id"]))
