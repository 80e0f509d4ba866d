"""Cohorts, their members, the one rule of what an instructor may see, and the cohort dashboard's reads."""

from ..vocabulary import RUBRICS
from .common import _SCORES, _one, now

# Instructors: cohorts, access, reviews, comment bank, anchors, calibration and exports (issue 7) ---------
#
# The one access rule: an instructor sees a mentee's data only while that mentee is a member of one of the
# instructor's cohorts. Every instructor-scoped read below goes through `_VISIBLE` (or instructor_can_see),
# so removing a membership hides everything at once. Anchor drafts (kind 'anchor') are shared by all instructors.

_VISIBLE = (
    "exists (select 1 from cohort_members cm join cohorts co on co.id = cm.cohort_id "
    "where cm.mentee_id = {mentee} and co.instructor_id = {instructor})"
)


def insert_cohort(db, instructor_id, name, code):
    """Create a cohort with its invite code and return its id."""
    return (
        db["cohorts"].insert({"instructor_id": instructor_id, "name": name, "code": code, "created_at": now()}).last_pk
    )


def get_cohort_for_instructor(db, instructor_id, cohort_id):
    """Return this instructor's cohort, or None if it is not theirs."""
    return _one(db, "select * from cohorts where id = ? and instructor_id = ?", [cohort_id, instructor_id])


def get_cohort(db, cohort_id):
    """Return a cohort by id for the command line, which acts for the course owner; views use the scoped getter."""
    return _one(db, "select * from cohorts where id = ?", [cohort_id])


def get_cohort_by_code(db, code):
    """Return the cohort with this invite code (case-insensitive), or None."""
    return _one(db, "select * from cohorts where code = upper(?)", [code])


def list_cohorts_for_instructor(db, instructor_id):
    """Return the instructor's cohorts, newest first, with their member counts."""
    return list(
        db.query(
            "select c.*, (select count(*) from cohort_members m where m.cohort_id = c.id) as member_count "
            "from cohorts c where c.instructor_id = ? order by c.id desc",
            [instructor_id],
        )
    )


def add_cohort_member(db, cohort_id, mentee_id):
    """Put a mentee in a cohort; return False if they were already in it."""
    cursor = db.execute(
        "insert or ignore into cohort_members (cohort_id, mentee_id, joined_at) values (?, ?, ?)",
        [cohort_id, mentee_id, now()],
    )
    return cursor.rowcount == 1


def remove_cohort_member(db, cohort_id, mentee_id):
    """Take a mentee out of a cohort; return False if they were not in it."""
    cursor = db.execute("delete from cohort_members where cohort_id = ? and mentee_id = ?", [cohort_id, mentee_id])
    return cursor.rowcount == 1


def list_cohorts_for_mentee(db, mentee_id):
    """Return the cohorts a mentee belongs to, with their instructor's name."""
    return list(
        db.query(
            "select c.id, c.name, c.code, m.joined_at, u.name as instructor_name from cohort_members m "
            "join cohorts c on c.id = m.cohort_id join users u on u.id = c.instructor_id "
            "where m.mentee_id = ? order by m.joined_at",
            [mentee_id],
        )
    )


def instructor_can_see(db, instructor_id, mentee_id):
    """True if the mentee is in one of the instructor's cohorts: the only way an instructor sees a mentee."""
    sql = "select " + _VISIBLE.format(mentee="?", instructor="?") + " as visible"
    return bool(_one(db, sql, [mentee_id, instructor_id])["visible"])


def get_mentee_for_instructor(db, instructor_id, mentee_id):
    """Return a mentee (id, name, email) the instructor may see, or None."""
    return _one(
        db,
        "select id, name, email, role, created_at from users u where u.id = ? and u.role = 'mentee' "
        "and " + _VISIBLE.format(mentee="u.id", instructor="?"),
        [mentee_id, instructor_id],
    )


def get_draft_for_instructor(db, instructor_id, draft_id):
    """Return a draft of a mentee the instructor may see (or an anchor draft), with mentor and mentee names."""
    return _one(
        db,
        "select d.*, m.name as mentor_name, u.name as mentee_name from drafts d "
        "join mentors m on m.id = d.mentor_id join users u on u.id = d.user_id where d.id = ? and "
        "(d.kind = 'anchor' or " + _VISIBLE.format(mentee="d.user_id", instructor="?") + ")",
        [draft_id, instructor_id],
    )


def get_revision_for_instructor(db, instructor_id, revision_id):
    """Return a revision the instructor may review, with its draft's fields, or None."""
    return _one(
        db,
        "select r.*, d.user_id as mentee_id, d.kind, d.mentor_id, d.ask_topic, d.ask_minutes, "
        "d.ask_format, m.name as mentor_name, u.name as mentee_name from revisions r "
        "join drafts d on d.id = r.draft_id join mentors m on m.id = d.mentor_id "
        "join users u on u.id = d.user_id where r.id = ? and "
        "(d.kind = 'anchor' or " + _VISIBLE.format(mentee="d.user_id", instructor="?") + ")",
        [revision_id, instructor_id],
    )


# The cohort dashboard reads the summaries the triggers of migration scale_instructor_summaries keep, so a page
# costs the same whatever the cohort's size: one row per member for the table, one per draft for the charts.

_COHORT_MEMBERS = (
    "from cohort_members cm join users u on u.id = cm.mentee_id "
    "left join mentee_summaries s on s.mentee_id = cm.mentee_id where cm.cohort_id = :cohort"
)
# Why a mentee needs attention, as SQL: cohorts.attention_reasons says the same in words.
_NEEDS_ATTENTION = (
    " and (s.last_revision_at is null or s.last_revision_at < :stale_before or s.uncritiqued > 0 or "
    + " or ".join(f"s.run_{r} < :stuck_below" for r in RUBRICS)
    + ")"
)
_MEMBER_COLUMNS = {
    "mentors": "coalesce(s.mentors, 0)",
    "drafts": "coalesce(s.drafts, 0)",
    "revisions": "coalesce(s.revisions, 0)",
    "last_activity": "max(coalesce(s.last_activity, ''), cm.joined_at)",
    **{r: f"s.{r}" for r in RUBRICS},
    "trend": "s.overall - s.first_overall",
}


def _member_filter(cohort_id, attention):
    """The WHERE of a cohort's member rows, and its parameters; `attention` holds stale_before and stuck_below."""
    if attention is None:
        return _COHORT_MEMBERS, {"cohort": cohort_id}
    return _COHORT_MEMBERS + _NEEDS_ATTENTION, {"cohort": cohort_id, **attention}


def count_cohort_mentees(db, cohort_id, attention=None):
    """Return how many members the cohort has (only those needing attention, given its thresholds)."""
    where, params = _member_filter(cohort_id, attention)
    return _one(db, "select count(*) as n " + where, params)["n"]


def list_cohort_mentees(db, cohort_id, sort="name", descending=False, limit=50, offset=0, attention=None):
    """Return one page of a cohort's members with their counts, latest built-in scores and last activity.

    `sort` is "name" or a key of the member columns; missing scores sort last either way.
    """
    where, params = _member_filter(cohort_id, attention)
    way = "desc" if descending else "asc"
    if sort in _MEMBER_COLUMNS:
        order = f"{_MEMBER_COLUMNS[sort]} is null, {_MEMBER_COLUMNS[sort]} {way}, u.id {way}"
    else:
        order = f"lower(u.name) {way}, u.id {way}"
    columns = ", ".join(f"{expr} as {name}" for name, expr in _MEMBER_COLUMNS.items())
    return list(
        db.query(
            f"select u.id, u.name, u.email, cm.joined_at, {columns}, s.last_revision_at, s.uncritiqued, "
            + ", ".join(f"s.run_{r}" for r in RUBRICS)
            + f" {where} order by {order} limit :limit offset :offset",
            {**params, "limit": limit, "offset": offset},
        )
    )


def cohort_score_counts(db, cohort_id):
    """Rows of (engine, model, rubric, point, drafts): how many of the cohort's drafts each coach scored at each
    whole point (1-5) on each rubric, counting each draft once per coach, by its latest critiqued revision."""
    return list(
        db.query(
            "select engine, model, rubric, point, drafts from cohort_score_counts where cohort_id = ? and drafts > 0",
            [cohort_id],
        )
    )


def cohort_common_findings(db, cohort_id, limit=8):
    """Per coach (engine, model): its `limit` most frequent problem codes over each draft's latest critique.

    Returns rows of engine, model, code, drafts (how many drafts have it) and rubric. No example message is
    kept: a finding's message can quote a mentee's words, which must not outlive their leaving the cohort.
    """
    return list(
        db.query(
            "select engine, model, code, drafts, rubric from (select *, row_number() over "
            "(partition by engine, model order by drafts desc, code) as place from cohort_finding_counts "
            "where cohort_id = ? and drafts > 0) where place <= ? order by engine, model, place",
            [cohort_id, limit],
        )
    )


def list_mentee_drafts_with_revisions(db, mentee_id):
    """Return a mentee's drafts (oldest first), each with mentor name and its revisions oldest first (one query)."""
    drafts = {}
    for row in db.query(
        "select d.*, m.name as mentor_name, r.id as revision_id, r.number, r.subject, r.body, "
        "r.created_at as revision_at, "
        f"{_SCORES} "
        "from drafts d join mentors m on m.id = d.mentor_id left join revisions r on r.draft_id = d.id "
        "left join critiques c on c.id = (select max(id) from critiques where revision_id = r.id "
        "and engine = 'builtin') where d.user_id = ? order by d.id, r.number",
        [mentee_id],
    ):
        revision = {
            "id": row.pop("revision_id"),
            "number": row.pop("number"),
            "subject": row.pop("subject"),
            "body": row.pop("body"),
            "created_at": row.pop("revision_at"),
            **{k: row.pop(k) for k in (*RUBRICS, "overall")},
        }
        draft = drafts.setdefault(row["id"], {**row, "revisions": []})
        if revision["id"] is not None:
            draft["revisions"].append(revision)
    return list(drafts.values())


# Cohorts changing hands ----------------------------------------------------------------------


def move_cohort(db, cohort_id, from_instructor, to_instructor):
    """Give a cohort to another instructor; return False if it was not `from_instructor`'s."""
    return (
        db.execute(
            "update cohorts set instructor_id = ? where id = ? and instructor_id = ?",
            [to_instructor, cohort_id, from_instructor],
        ).rowcount
        == 1
    )


def delete_cohort(db, instructor_id, cohort_id):
    """Close one of the instructor's cohorts: its memberships go, the mentees and their work stay."""
    with db.atomic():
        if (
            _one(db, "select 1 as found from cohorts where id = ? and instructor_id = ?", [cohort_id, instructor_id])
            is None
        ):
            return False
        db.execute("delete from cohort_members where cohort_id = ?", [cohort_id])
        db.execute("delete from cohorts where id = ?", [cohort_id])
        return True
