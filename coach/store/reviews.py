"""Instructors' reviews, their comment bank, the anchor drafts, calibration and cohort exports."""

from ..vocabulary import RUBRICS
from .cohorts import _VISIBLE
from .common import _one, now

# Reviews


def get_review(db, revision_id, instructor_id):
    """Return the instructor's review of a revision, or None."""
    return _one(db, "select * from reviews where revision_id = ? and instructor_id = ?", [revision_id, instructor_id])


def ensure_review(db, revision_id, instructor_id):
    """Return the id of the instructor's review of a revision, creating an empty one if needed."""
    stamp = now()
    db.execute(
        "insert or ignore into reviews (revision_id, instructor_id, created_at, updated_at) values (?, ?, ?, ?)",
        [revision_id, instructor_id, stamp, stamp],
    )
    return get_review(db, revision_id, instructor_id)["id"]


def save_review(db, revision_id, instructor_id, scores, comment, agreements, finding_agreements=None):
    """Save the instructor's scores, comment, {(critique_id, rubric): agreed or None} and
    {(critique_id, position): {"rubric", "code", "agreed" (or None)}} per finding; return the review id."""
    with db.atomic():
        review_id = ensure_review(db, revision_id, instructor_id)
        db.execute(
            f"update reviews set {', '.join(f'{r} = ?' for r in RUBRICS)}, comment = ?, updated_at = ? where id = ?",
            [*(scores.get(r) for r in RUBRICS), comment, now(), review_id],
        )
        db.execute("delete from review_agreements where review_id = ?", [review_id])
        for (critique_id, rubric), agreed in agreements.items():
            if agreed is not None:
                db["review_agreements"].insert(
                    {"review_id": review_id, "critique_id": critique_id, "rubric": rubric, "agreed": int(agreed)}
                )
        db.execute("delete from review_finding_agreements where review_id = ?", [review_id])
        for (critique_id, position), mark in (finding_agreements or {}).items():
            if mark["agreed"] is not None:
                db["review_finding_agreements"].insert(
                    {
                        "review_id": review_id,
                        "critique_id": critique_id,
                        "position": position,
                        "rubric": mark["rubric"],
                        "code": mark.get("code"),
                        "agreed": int(mark["agreed"]),
                    }
                )
    return review_id


def list_agreements(db, review_id):
    """Return {(critique_id, rubric): agreed} for a review."""
    rows = db.query("select * from review_agreements where review_id = ?", [review_id])
    return {(row["critique_id"], row["rubric"]): bool(row["agreed"]) for row in rows}


def list_finding_agreements(db, review_id):
    """Return {(critique_id, position): agreed} for a review's marks on single findings."""
    rows = db.query("select * from review_finding_agreements where review_id = ?", [review_id])
    return {(row["critique_id"], row["position"]): bool(row["agreed"]) for row in rows}


def insert_review_comment(db, review_id, field, quote, start, end, comment):
    """Anchor a comment to a quoted span of the revision; return its id."""
    return (
        db["review_comments"]
        .insert(
            {
                "review_id": review_id,
                "field": field,
                "quote": quote,
                "quote_start": start,
                "quote_end": end,
                "comment": comment,
                "created_at": now(),
            }
        )
        .last_pk
    )


def list_review_comments(db, review_id):
    """Return a review's anchored comments in reading order."""
    return list(
        db.query("select * from review_comments where review_id = ? order by field desc, quote_start, id", [review_id])
    )


def delete_review_comment(db, instructor_id, comment_id):
    """Delete one of the instructor's anchored comments; return False if it is not theirs."""
    cursor = db.execute(
        "delete from review_comments where id = ? and review_id in (select id from reviews where instructor_id = ?)",
        [comment_id, instructor_id],
    )
    return cursor.rowcount == 1


def list_reviews_for_mentee(db, mentee_id, revision_id):
    """Return the reviews of one of the mentee's own revisions, with each instructor's name."""
    return list(
        db.query(
            "select rv.*, u.name as instructor_name from reviews rv join users u on u.id = rv.instructor_id "
            "join revisions r on r.id = rv.revision_id join drafts d on d.id = r.draft_id "
            "where rv.revision_id = ? and d.user_id = ? order by rv.id",
            [revision_id, mentee_id],
        )
    )


# A review the mentee is shown: one with a comment, all four scores, or a comment on their words (an instructor
# who only opened the form leaves an empty review behind).
_REVIEW_HAS_CONTENT = (
    "(coalesce(rv.comment, '') != '' or ("
    + " and ".join(f"rv.{r} is not null" for r in RUBRICS)
    + ") or exists (select 1 from review_comments rc where rc.review_id = rv.id))"
)
# Unread: never opened by the mentee, or changed by the instructor since.
_REVIEW_READ = "left join review_reads rr on rr.review_id = rv.id and rr.mentee_id = d.user_id"
_REVIEW_UNREAD = "(rr.read_at is null or rr.read_at < rv.updated_at) as unread"


def list_reviews_for_draft(db, mentee_id, draft_id):
    """Return the reviews of any revision of the mentee's draft, newest revision first, with revision number,
    instructor's name and whether the mentee has read it."""
    return list(
        db.query(
            "select rv.*, u.name as instructor_name, r.number, " + _REVIEW_UNREAD + " from reviews rv "
            "join users u on u.id = rv.instructor_id join revisions r on r.id = rv.revision_id "
            "join drafts d on d.id = r.draft_id "
            + _REVIEW_READ
            + " where d.id = ? and d.user_id = ? and "
            + _REVIEW_HAS_CONTENT
            + " order by r.number desc, rv.id",
            [draft_id, mentee_id],
        )
    )


def list_reviews_of_mentee(db, mentee_id, limit=10):
    """Return the reviews of the mentee's revisions, unread first, then newest: who, which draft and revision."""
    return list(
        db.query(
            "select rv.id, rv.updated_at, u.name as instructor_name, r.number, d.id as draft_id, d.kind, "
            "m.name as mentor_name, " + _REVIEW_UNREAD + " from reviews rv join users u on u.id = rv.instructor_id "
            "join revisions r on r.id = rv.revision_id join drafts d on d.id = r.draft_id "
            "join mentors m on m.id = d.mentor_id "
            + _REVIEW_READ
            + " where d.user_id = ? and "
            + _REVIEW_HAS_CONTENT
            + " order by unread desc, rv.updated_at desc, rv.id desc limit ?",
            [mentee_id, limit],
        )
    )


def mark_reviews_read(db, mentee_id, review_ids):
    """Record that the mentee has now opened these reviews."""
    stamp = now()
    with db.atomic():
        for review_id in review_ids:
            db.execute(
                "insert into review_reads (review_id, mentee_id, read_at) values (?, ?, ?) "
                "on conflict (review_id, mentee_id) do update set read_at = excluded.read_at",
                [review_id, mentee_id, stamp],
            )


# Comment bank


def insert_bank_comment(db, instructor_id, text):
    """Save a reusable comment to the instructor's bank; return its id."""
    return db["comment_bank"].insert({"instructor_id": instructor_id, "text": text, "created_at": now()}).last_pk


def list_bank_comments(db, instructor_id):
    """Return the instructor's saved comments, oldest first."""
    return list(db.query("select * from comment_bank where instructor_id = ? order by id", [instructor_id]))


def get_bank_comment(db, instructor_id, comment_id):
    """Return one of the instructor's saved comments, or None."""
    return _one(db, "select * from comment_bank where id = ? and instructor_id = ?", [comment_id, instructor_id])


def delete_bank_comment(db, instructor_id, comment_id):
    """Delete one of the instructor's saved comments; return False if it is not theirs."""
    cursor = db.execute("delete from comment_bank where id = ? and instructor_id = ?", [comment_id, instructor_id])
    return cursor.rowcount == 1


# Anchors


def claim_anchor(db, slug, title, note):
    """Record an anchor by slug; return its id if this call created it, None if it already existed."""
    cursor = db.execute(
        "insert or ignore into anchors (slug, title, note, created_at) values (?, ?, ?, ?)", [slug, title, note, now()]
    )
    return cursor.lastrowid if cursor.rowcount == 1 else None


def set_anchor_draft(db, anchor_id, draft_id):
    """Point an anchor at the draft that holds its message."""
    db.execute("update anchors set draft_id = ? where id = ?", [draft_id, anchor_id])


def list_anchors(db, instructor_id):
    """Return the anchors with their revision and whether this instructor has scored it."""
    return list(
        db.query(
            "select a.*, r.id as revision_id, r.subject, rv.id as review_id, rv.clarity as reviewed "
            "from anchors a join revisions r on r.draft_id = a.draft_id and r.number = 1 "
            "left join reviews rv on rv.revision_id = r.id and rv.instructor_id = ? order by a.id",
            [instructor_id],
        )
    )


# Calibration and exports

# Calibration reads the instructor's reviews (rv) of revisions (r, d) with their critiques (c): only working
# critiques, and only of anchors or of mentees still in one of the instructor's cohorts.
_CALIBRATION_WHERE = (
    "where rv.instructor_id = ? and c.model_error is null and (d.kind = 'anchor' or "
    + _VISIBLE.format(mentee="d.user_id", instructor="rv.instructor_id")
    + ")"
)


def list_calibration_pairs(db, instructor_id):
    """Return one row per (scored review, critique of the same revision): instructor and coach scores side by side,
    with the anchor's title when the revision is an anchor draft."""
    return list(
        db.query(
            "select rv.revision_id, d.kind, u.name as mentee_name, m.name as mentor_name, r.number, "
            "a.title as anchor_title, c.id as critique_id, c.engine, c.model, c.prompt_version, "
            + ", ".join(f"rv.{r} as instructor_{r}, c.{r} as coach_{r}" for r in RUBRICS)
            + " from reviews rv join critiques c on c.revision_id = rv.revision_id "
            "join revisions r on r.id = rv.revision_id join drafts d on d.id = r.draft_id "
            "join mentors m on m.id = d.mentor_id join users u on u.id = d.user_id "
            "left join anchors a on a.draft_id = d.id " + _CALIBRATION_WHERE + " order by rv.revision_id, c.id",
            [instructor_id],
        )
    )


def list_cohort_engines(db, cohort_id):
    """Return the distinct (engine, model, prompt_version) that critiqued the cohort's revisions."""
    return [
        (row["engine"], row["model"], row["prompt_version"])
        for row in db.query(
            "select distinct c.engine, c.model, c.prompt_version from cohort_members cm "
            "join drafts d on d.user_id = cm.mentee_id join revisions r on r.draft_id = d.id "
            "join critiques c on c.revision_id = r.id where cm.cohort_id = ? and c.model_error is null "
            "order by c.engine = 'builtin' desc, c.model, c.prompt_version",
            [cohort_id],
        )
    ]


def iter_cohort_export_rows(db, cohort_id, instructor_id):
    """Yield, in one query, a row per (revision, working critique) of the cohort's mentees, with this
    instructor's review: revisions oldest first per draft, critiques oldest first per revision (a revision with no
    critique comes once, its coach columns null). `problems` counts a critique's findings other than praise."""
    yield from db.query(
        "select u.name as mentee, u.email as mentee_email, m.name as mentor, d.id as draft_id, "
        "d.ask_topic, r.id as revision_id, r.number as revision, r.subject, r.created_at, "
        "d.created_at as draft_created_at, "
        + ", ".join(f"rv.{r} as instructor_{r}" for r in RUBRICS)
        + ", rv.comment as instructor_comment, rv.updated_at as reviewed_at, "
        "(select count(*) from review_comments rc where rc.review_id = rv.id) as instructor_anchored_comments, "
        "c.engine, c.model, c.prompt_version, "
        + ", ".join(f"c.{r} as coach_{r}" for r in RUBRICS)
        + ", c.overall as coach_overall, c.problems "
        "from cohort_members cm join users u on u.id = cm.mentee_id join drafts d on d.user_id = u.id "
        "join mentors m on m.id = d.mentor_id join revisions r on r.draft_id = d.id "
        "left join reviews rv on rv.revision_id = r.id and rv.instructor_id = ? "
        "left join critiques c on c.revision_id = r.id and c.model_error is null "
        "where cm.cohort_id = ? order by u.name, u.id, d.id, r.number, c.id",
        [instructor_id, cohort_id],
    )


def list_agreement_marks(db, instructor_id):
    """Return the instructor's agree/disagree marks on critiques they may still see: engine, model, rubric, agreed.

    One row per finding marked; a rubric's overall mark counts once, and only where no finding of that rubric
    in that critique was marked on its own (the finer marks say more).
    """
    return list(
        db.query(
            "select c.engine, c.model, c.prompt_version, ra.rubric, ra.agreed from ("
            "select review_id, critique_id, rubric, agreed from review_finding_agreements union all "
            "select a.review_id, a.critique_id, a.rubric, a.agreed from review_agreements a where not exists ("
            "select 1 from review_finding_agreements f where f.review_id = a.review_id "
            "and f.critique_id = a.critique_id and f.rubric = a.rubric)) ra "
            "join reviews rv on rv.id = ra.review_id join critiques c on c.id = ra.critique_id "
            "join revisions r on r.id = rv.revision_id join drafts d on d.id = r.draft_id " + _CALIBRATION_WHERE,
            [instructor_id],
        )
    )
