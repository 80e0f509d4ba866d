"""Every SQL statement of the app: reads and writes on users, profiles, mentors, drafts, revisions,
critiques and the model-call log. Functions take a sqlite-utils Database and plain values.

Functions that read a user's records take that user's id and return None for anyone else's row,
so a view cannot leak data by forgetting a check.
"""
import itertools
import json
from contextlib import contextmanager
from datetime import datetime, timezone

from .vocabulary import PROFILE_LIMITS, RUBRICS, SCORE_SERIES

PROFILE_FIELDS = tuple(PROFILE_LIMITS)
MENTOR_FIELDS = ("name", "role", "mentor_type", "network_tier", "barrier", "found_via", "research",
                 "connection_points", "gap", "accessibility", "relevance", "likelihood", "value_potential",
                 "gap_area")
# A critique's scores as a query selects them from critiques `c`: each rubric, then overall.
_SCORES = ", ".join(f"c.{column}" for column in SCORE_SERIES)


def now():
    """The current UTC time as an ISO 8601 string, the format of every timestamp column."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@contextmanager
def write_transaction(db):
    """A transaction that takes the write lock as it begins (BEGIN IMMEDIATE): its reads see the latest rows,
    and it never fails halfway when another writer got in between a read and a write (SQLITE_BUSY)."""
    db.execute("begin immediate")
    try:
        yield db
    except BaseException:
        db.execute("rollback")
        raise
    db.execute("commit")


def _one(db, sql, params=()):
    rows = list(db.query(sql, params))
    return rows[0] if rows else None


def insert_many(db, table, records):
    """Insert records (dicts with the same keys, ids included) with one prepared statement, in one transaction.

    For imports and benchmarks that load a whole course at once; the summary triggers still run for every row.
    """
    records = iter(records)
    first = next(records, None)
    if first is None:
        return
    columns = list(first)
    sql = (f"insert into {table} ({', '.join(columns)}) values ({', '.join('?' for _ in columns)})")
    with db.atomic():
        db.conn.executemany(sql, ([r[c] for c in columns] for r in itertools.chain([first], records)))


# Users -----------------------------------------------------------------------------------------

def insert_user(db, email, name, password_hash, role):
    """Create a user and return their id."""
    return db["users"].insert({"email": email, "name": name, "password_hash": password_hash,
                               "role": role, "created_at": now()}).last_pk


def get_user(db, user_id):
    """Return the user with this id, or None."""
    return _one(db, "select * from users where id = ?", [user_id])


def update_password_hash(db, user_id, password_hash):
    """Replace a user's password hash (after a parameter upgrade)."""
    db.execute("update users set password_hash = ? where id = ?", [password_hash, user_id])


def get_user_by_email(db, email):
    """Return the user with this email (case-insensitive), or None."""
    return _one(db, "select * from users where lower(email) = lower(?)", [email])


# Instructor invitations: one-time links, kept as the hash of their token --------------------------

def insert_invitation(db, token_hash, instructor_id, expires_at):
    """Record an instructor invitation made by this instructor and return its id."""
    return db["instructor_invitations"].insert({"token_hash": token_hash, "created_by": instructor_id,
                                                "created_at": now(), "expires_at": expires_at}).last_pk


def get_open_invitation(db, token_hash, at):
    """Return the invitation with this token hash if it is unused and not expired at `at`, or None."""
    return _one(db, "select * from instructor_invitations where token_hash = ? and used_at is null "
                    "and expires_at > ?", [token_hash, at])


def use_invitation(db, token_hash, user_id, at):
    """Mark an open invitation used by this new user, in one statement; return False if it was not open."""
    cursor = db.execute("update instructor_invitations set used_at = ?, used_by = ? where token_hash = ? "
                        "and used_at is null and expires_at > ?", [at, user_id, token_hash, at])
    return cursor.rowcount == 1


def list_invitations(db, instructor_id):
    """Return the invitations this instructor made, newest first, with the name of whoever used each."""
    return list(db.query("select i.id, i.created_at, i.expires_at, i.used_at, u.name as used_by_name "
                         "from instructor_invitations i left join users u on u.id = i.used_by "
                         "where i.created_by = ? order by i.id desc", [instructor_id]))


# Profiles --------------------------------------------------------------------------------------

def get_profile(db, user_id):
    """Return the mentee's profile as a dict with every field (empty strings when never saved)."""
    row = _one(db, "select * from profiles where user_id = ?", [user_id])
    return row or {"user_id": user_id, **{f: "" for f in PROFILE_FIELDS}, "updated_at": None}


def save_profile(db, user_id, fields):
    """Insert or replace the mentee's profile fields."""
    record = {"user_id": user_id, **{f: fields.get(f, "") for f in PROFILE_FIELDS}, "updated_at": now()}
    db["profiles"].upsert(record, pk="user_id")


# Mentors ---------------------------------------------------------------------------------------

def insert_mentor(db, user_id, fields):
    """Record a mentor for this user and return its id."""
    stamp = now()
    record = {"user_id": user_id, **{f: fields.get(f) for f in MENTOR_FIELDS},
              "created_at": stamp, "updated_at": stamp}
    return db["mentors"].insert(record).last_pk


def update_mentor(db, user_id, mentor_id, fields):
    """Update this user's mentor; return False if it is not theirs."""
    sets = ", ".join(f"{f} = :{f}" for f in MENTOR_FIELDS)
    params = {**{f: fields.get(f) for f in MENTOR_FIELDS}, "updated_at": now(),
              "id": mentor_id, "user_id": user_id}
    cursor = db.execute(f"update mentors set {sets}, updated_at = :updated_at "
                        "where id = :id and user_id = :user_id", params)
    return cursor.rowcount == 1


def get_mentor(db, user_id, mentor_id):
    """Return this user's mentor, or None if there is none with that id for them."""
    return _one(db, "select * from mentors where id = ? and user_id = ?", [mentor_id, user_id])


def list_mentors(db, user_id):
    """Return the user's mentors with counts of their drafts."""
    return list(db.query(
        "select m.*, (select count(*) from drafts d where d.mentor_id = m.id) as draft_count "
        "from mentors m where m.user_id = ? order by m.id", [user_id]))


# Drafts and revisions --------------------------------------------------------------------------

def insert_draft(db, user_id, mentor_id, ask_topic, ask_minutes, ask_format, kind="first"):
    """Create a draft for one of the user's mentors and return its id."""
    return db["drafts"].insert({"user_id": user_id, "mentor_id": mentor_id, "kind": kind,
                                "ask_topic": ask_topic, "ask_minutes": ask_minutes,
                                "ask_format": ask_format, "created_at": now()}).last_pk


def get_draft(db, user_id, draft_id):
    """Return this user's draft with its mentor's name, or None."""
    return _one(db, "select d.*, m.name as mentor_name from drafts d join mentors m on m.id = d.mentor_id "
                    "where d.id = ? and d.user_id = ?", [draft_id, user_id])


def list_drafts(db, user_id, mentor_id=None):
    """Return the user's drafts (optionally for one mentor), newest first, with their latest revision."""
    sql = ("select d.*, m.name as mentor_name, r.number as latest_number, r.subject as latest_subject, "
           "r.created_at as latest_at, c.overall as latest_overall "
           "from drafts d join mentors m on m.id = d.mentor_id "
           "left join revisions r on r.draft_id = d.id "
           "and r.number = (select max(number) from revisions where draft_id = d.id) "
           "left join critiques c on c.id = (select max(id) from critiques where revision_id = r.id "
           "and engine = 'builtin') "
           "where d.user_id = ?")
    params = [user_id]
    if mentor_id is not None:
        sql += " and d.mentor_id = ?"
        params.append(mentor_id)
    return list(db.query(sql + " order by d.id desc", params))


def insert_revision(db, draft_id, subject, body, source, applied_edits=()):
    """Append the next numbered revision to a draft in one statement; return (id, number).

    `applied_edits` are the codes of the one-click edits the mentee applied to reach this text.
    """
    # One INSERT ... SELECT computes the number and writes the row atomically, so two saves
    # racing on the same draft cannot take the same number or deadlock on a lock upgrade.
    cursor = db.execute(
        "insert into revisions (draft_id, number, subject, body, source, applied_edits, created_at) "
        "select ?, coalesce(max(number), 0) + 1, ?, ?, ?, ?, ? from revisions where draft_id = ?",
        [draft_id, subject, body, source, ",".join(applied_edits), now(), draft_id])
    row = _one(db, "select id, number from revisions where id = ?", [cursor.lastrowid])
    return row["id"], row["number"]


def _revision_search(draft_id, search):
    """The WHERE of a draft's revisions, optionally those whose number, subject or body holds `search`."""
    if not search:
        return "where r.draft_id = ?", [draft_id]
    pattern = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return ("where r.draft_id = ? and (cast(r.number as text) = ? or r.subject like ? escape '\\' "
            "or r.body like ? escape '\\')", [draft_id, search.lstrip("#"), pattern, pattern])


def count_revisions(db, draft_id, search=None):
    """Return how many revisions a draft has (those matching `search`, if given)."""
    where, params = _revision_search(draft_id, search)
    return _one(db, f"select count(*) as n from revisions r {where}", params)["n"]


def list_revisions(db, draft_id, limit=20, offset=0, search=None):
    """Return one page of a draft's revisions, newest first, each with its latest built-in scores; `search` keeps
    those whose number, subject or body holds it."""
    where, params = _revision_search(draft_id, search)
    return list(db.query(
        f"select r.*, {_SCORES} "
        "from revisions r left join critiques c on c.id = (select max(id) from critiques "
        f"where revision_id = r.id and engine = 'builtin') {where} order by r.number desc limit ? offset ?",
        [*params, limit, offset]))


def get_revision(db, draft_id, number):
    """Return one revision of a draft by its number, or None."""
    return _one(db, "select * from revisions where draft_id = ? and number = ?", [draft_id, number])


def latest_revision(db, draft_id):
    """Return a draft's newest revision, or None."""
    return _one(db, "select * from revisions where draft_id = ? order by number desc limit 1", [draft_id])


# Critiques -------------------------------------------------------------------------------------

def insert_critique(db, revision_id, critique, model=None, prompt_version=None, model_call_id=None):
    """Store a critique of a revision and return its id."""
    scores = critique["scores"]
    return db["critiques"].insert({
        "revision_id": revision_id, "engine": critique["engine"], "model": model,
        "prompt_version": prompt_version, **{r: scores[r] for r in RUBRICS}, "overall": critique["overall"],
        "findings_json": json.dumps(critique.get("findings", []), ensure_ascii=False),
        "stats_json": json.dumps(critique.get("stats", {}), ensure_ascii=False),
        "summary": critique.get("summary"), "model_error": critique.get("model_error"),
        "model_call_id": model_call_id, "created_at": now(),
    }).last_pk


def list_critiques(db, revision_id):
    """Return every critique of a revision, newest first, with findings and stats decoded."""
    rows = db.query("select * from critiques where revision_id = ? order by id desc", [revision_id])
    return [_decode_critique(row) for row in rows]


def _decode_critique(row):
    row = dict(row)
    row["findings"] = json.loads(row.pop("findings_json") or "[]")
    row["stats"] = json.loads(row.pop("stats_json") or "{}")
    row["scores"] = {r: row[r] for r in RUBRICS}
    return row


# Model-call log (issue 5) ------------------------------------------------------------------------
# One row per request to a real model, in the flat shape of llm's `responses` table.

MODEL_CALL_FIELDS = ("model", "prompt_name", "prompt_version", "prompt", "system", "options_json", "response",
                     "response_json", "input_tokens", "output_tokens", "cost", "duration_ms", "outcome",
                     "error", "quotes_dropped", "input_hash", "revision_id", "user_id")


def insert_model_call(db, fields):
    """Log one model call (a dict of MODEL_CALL_FIELDS; missing ones are null) and return its id."""
    record = {f: fields.get(f) for f in MODEL_CALL_FIELDS}
    return db["model_calls"].insert({**record, "datetime_utc": now()}).last_pk


def set_quotes_dropped(db, call_id, count):
    """Record how many of a call's quotes were not found in the draft."""
    db.execute("update model_calls set quotes_dropped = ? where id = ?", [count, call_id])


def cached_model_call(db, input_hash, user_id):
    """Return the newest successful call with this input hash made for this user (or the CLI), or None."""
    return _one(db, "select * from model_calls where input_hash = ? and user_id is ? "
                    "and outcome in ('ok', 'retried') and response_json is not null order by id desc limit 1",
                [input_hash, user_id])


def list_model_calls(db, limit=20):
    """Return the most recent model calls, newest first."""
    return list(db.query("select * from model_calls order by id desc limit ?", [limit]))


def critique_for_call(db, revision_id, model_call_id):
    """Return the critique of this revision made from this model call, or None."""
    row = _one(db, "select * from critiques where revision_id = ? and model_call_id = ? order by id desc limit 1",
               [revision_id, model_call_id])
    return _decode_critique(row) if row else None


# Instructors: cohorts, access, reviews, comment bank, anchors, calibration and exports (issue 7) ---------
#
# The one access rule: an instructor sees a mentee's data only while that mentee is a member of one of the
# instructor's cohorts. Every instructor-scoped read below goes through `_VISIBLE` (or instructor_can_see),
# so removing a membership hides everything at once. Anchor drafts (kind 'anchor') are shared by all instructors.

_VISIBLE = ("exists (select 1 from cohort_members cm join cohorts co on co.id = cm.cohort_id "
            "where cm.mentee_id = {mentee} and co.instructor_id = {instructor})")


def insert_cohort(db, instructor_id, name, code):
    """Create a cohort with its invite code and return its id."""
    return db["cohorts"].insert({"instructor_id": instructor_id, "name": name, "code": code,
                                 "created_at": now()}).last_pk


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
    return list(db.query(
        "select c.*, (select count(*) from cohort_members m where m.cohort_id = c.id) as member_count "
        "from cohorts c where c.instructor_id = ? order by c.id desc", [instructor_id]))


def add_cohort_member(db, cohort_id, mentee_id):
    """Put a mentee in a cohort; return False if they were already in it."""
    cursor = db.execute("insert or ignore into cohort_members (cohort_id, mentee_id, joined_at) "
                        "values (?, ?, ?)", [cohort_id, mentee_id, now()])
    return cursor.rowcount == 1


def remove_cohort_member(db, cohort_id, mentee_id):
    """Take a mentee out of a cohort; return False if they were not in it."""
    cursor = db.execute("delete from cohort_members where cohort_id = ? and mentee_id = ?", [cohort_id, mentee_id])
    return cursor.rowcount == 1


def list_cohorts_for_mentee(db, mentee_id):
    """Return the cohorts a mentee belongs to, with their instructor's name."""
    return list(db.query(
        "select c.id, c.name, c.code, m.joined_at, u.name as instructor_name from cohort_members m "
        "join cohorts c on c.id = m.cohort_id join users u on u.id = c.instructor_id "
        "where m.mentee_id = ? order by m.joined_at", [mentee_id]))


def instructor_can_see(db, instructor_id, mentee_id):
    """True if the mentee is in one of the instructor's cohorts: the only way an instructor sees a mentee."""
    sql = "select " + _VISIBLE.format(mentee="?", instructor="?") + " as visible"
    return bool(_one(db, sql, [mentee_id, instructor_id])["visible"])


def get_mentee_for_instructor(db, instructor_id, mentee_id):
    """Return a mentee (id, name, email) the instructor may see, or None."""
    return _one(db, "select id, name, email, role, created_at from users u where u.id = ? and u.role = 'mentee' "
                    "and " + _VISIBLE.format(mentee="u.id", instructor="?"), [mentee_id, instructor_id])


def get_draft_for_instructor(db, instructor_id, draft_id):
    """Return a draft of a mentee the instructor may see (or an anchor draft), with mentor and mentee names."""
    return _one(db, "select d.*, m.name as mentor_name, u.name as mentee_name from drafts d "
                    "join mentors m on m.id = d.mentor_id join users u on u.id = d.user_id where d.id = ? and "
                    "(d.kind = 'anchor' or " + _VISIBLE.format(mentee="d.user_id", instructor="?") + ")",
                [draft_id, instructor_id])


def get_revision_for_instructor(db, instructor_id, revision_id):
    """Return a revision the instructor may review, with its draft's fields, or None."""
    return _one(db, "select r.*, d.user_id as mentee_id, d.kind, d.mentor_id, d.ask_topic, d.ask_minutes, "
                    "d.ask_format, m.name as mentor_name, u.name as mentee_name from revisions r "
                    "join drafts d on d.id = r.draft_id join mentors m on m.id = d.mentor_id "
                    "join users u on u.id = d.user_id where r.id = ? and "
                    "(d.kind = 'anchor' or " + _VISIBLE.format(mentee="d.user_id", instructor="?") + ")",
                [revision_id, instructor_id])


# The cohort dashboard reads the summaries the triggers of migration scale_instructor_summaries keep, so a page
# costs the same whatever the cohort's size: one row per member for the table, one per draft for the charts.

_COHORT_MEMBERS = ("from cohort_members cm join users u on u.id = cm.mentee_id "
                   "left join mentee_summaries s on s.mentee_id = cm.mentee_id where cm.cohort_id = :cohort")
# Why a mentee needs attention, as SQL: cohorts.attention_reasons says the same in words.
_NEEDS_ATTENTION = (" and (s.last_revision_at is null or s.last_revision_at < :stale_before or s.uncritiqued > 0 or "
                    + " or ".join(f"s.run_{r} < :stuck_below" for r in RUBRICS) + ")")
_MEMBER_COLUMNS = {"mentors": "coalesce(s.mentors, 0)", "drafts": "coalesce(s.drafts, 0)",
                   "revisions": "coalesce(s.revisions, 0)",
                   "last_activity": "max(coalesce(s.last_activity, ''), cm.joined_at)",
                   **{r: f"s.{r}" for r in RUBRICS}, "trend": "s.overall - s.first_overall"}


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
    return list(db.query(
        f"select u.id, u.name, u.email, cm.joined_at, {columns}, s.last_revision_at, s.uncritiqued, "
        + ", ".join(f"s.run_{r}" for r in RUBRICS) + f" {where} order by {order} limit :limit offset :offset",
        {**params, "limit": limit, "offset": offset}))


def cohort_score_counts(db, cohort_id):
    """Rows of (engine, model, rubric, point, drafts): how many of the cohort's drafts each coach scored at each
    whole point (1-5) on each rubric, counting each draft once per coach, by its latest critiqued revision."""
    return list(db.query("select engine, model, rubric, point, drafts from cohort_score_counts "
                         "where cohort_id = ? and drafts > 0", [cohort_id]))


def cohort_common_findings(db, cohort_id, limit=8):
    """Per coach (engine, model): its `limit` most frequent problem codes over each draft's latest critique.

    Returns rows of engine, model, code, drafts (how many drafts have it) and rubric. No example message is
    kept: a finding's message can quote a mentee's words, which must not outlive their leaving the cohort.
    """
    return list(db.query(
        "select engine, model, code, drafts, rubric from (select *, row_number() over "
        "(partition by engine, model order by drafts desc, code) as place from cohort_finding_counts "
        "where cohort_id = ? and drafts > 0) where place <= ? order by engine, model, place", [cohort_id, limit]))


def list_mentee_drafts_with_revisions(db, mentee_id):
    """Return a mentee's drafts (oldest first), each with mentor name and its revisions oldest first (one query)."""
    drafts = {}
    for row in db.query(
            "select d.*, m.name as mentor_name, r.id as revision_id, r.number, r.subject, r.body, r.created_at as revision_at, "
            f"{_SCORES} "
            "from drafts d join mentors m on m.id = d.mentor_id left join revisions r on r.draft_id = d.id "
            "left join critiques c on c.id = (select max(id) from critiques where revision_id = r.id "
            "and engine = 'builtin') where d.user_id = ? order by d.id, r.number", [mentee_id]):
        revision = {"id": row.pop("revision_id"), "number": row.pop("number"), "subject": row.pop("subject"),
                    "body": row.pop("body"), "created_at": row.pop("revision_at"), **{k: row.pop(k) for k in (*RUBRICS, "overall")}}
        draft = drafts.setdefault(row["id"], {**row, "revisions": []})
        if revision["id"] is not None:
            draft["revisions"].append(revision)
    return list(drafts.values())


# Reviews

def get_review(db, revision_id, instructor_id):
    """Return the instructor's review of a revision, or None."""
    return _one(db, "select * from reviews where revision_id = ? and instructor_id = ?", [revision_id, instructor_id])


def ensure_review(db, revision_id, instructor_id):
    """Return the id of the instructor's review of a revision, creating an empty one if needed."""
    stamp = now()
    db.execute("insert or ignore into reviews (revision_id, instructor_id, created_at, updated_at) "
               "values (?, ?, ?, ?)", [revision_id, instructor_id, stamp, stamp])
    return get_review(db, revision_id, instructor_id)["id"]


def save_review(db, revision_id, instructor_id, scores, comment, agreements, finding_agreements=None):
    """Save the instructor's scores, comment, {(critique_id, rubric): agreed or None} and
    {(critique_id, position): {"rubric", "code", "agreed" (or None)}} per finding; return the review id."""
    review_id = ensure_review(db, revision_id, instructor_id)
    with db.atomic():
        db.execute(f"update reviews set {', '.join(f'{r} = ?' for r in RUBRICS)}, comment = ?, "
                   "updated_at = ? where id = ?", [*(scores.get(r) for r in RUBRICS), comment, now(), review_id])
        db.execute("delete from review_agreements where review_id = ?", [review_id])
        for (critique_id, rubric), agreed in agreements.items():
            if agreed is not None:
                db["review_agreements"].insert({"review_id": review_id, "critique_id": critique_id,
                                                "rubric": rubric, "agreed": int(agreed)})
        db.execute("delete from review_finding_agreements where review_id = ?", [review_id])
        for (critique_id, position), mark in (finding_agreements or {}).items():
            if mark["agreed"] is not None:
                db["review_finding_agreements"].insert({
                    "review_id": review_id, "critique_id": critique_id, "position": position,
                    "rubric": mark["rubric"], "code": mark.get("code"), "agreed": int(mark["agreed"])})
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
    return db["review_comments"].insert({"review_id": review_id, "field": field, "quote": quote,
                                         "quote_start": start, "quote_end": end, "comment": comment,
                                         "created_at": now()}).last_pk


def list_review_comments(db, review_id):
    """Return a review's anchored comments in reading order."""
    return list(db.query("select * from review_comments where review_id = ? "
                         "order by field desc, quote_start, id", [review_id]))


def delete_review_comment(db, instructor_id, comment_id):
    """Delete one of the instructor's anchored comments; return False if it is not theirs."""
    cursor = db.execute("delete from review_comments where id = ? and review_id in "
                        "(select id from reviews where instructor_id = ?)", [comment_id, instructor_id])
    return cursor.rowcount == 1


def list_reviews_for_mentee(db, mentee_id, revision_id):
    """Return the reviews of one of the mentee's own revisions, with each instructor's name."""
    return list(db.query(
        "select rv.*, u.name as instructor_name from reviews rv join users u on u.id = rv.instructor_id "
        "join revisions r on r.id = rv.revision_id join drafts d on d.id = r.draft_id "
        "where rv.revision_id = ? and d.user_id = ? order by rv.id", [revision_id, mentee_id]))


# A review the mentee is shown: one with a comment, all four scores, or a comment on their words (an instructor
# who only opened the form leaves an empty review behind).
_REVIEW_HAS_CONTENT = ("(coalesce(rv.comment, '') != '' or (" + " and ".join(f"rv.{r} is not null" for r in RUBRICS)
                       + ") or exists (select 1 from review_comments rc where rc.review_id = rv.id))")
# Unread: never opened by the mentee, or changed by the instructor since.
_REVIEW_READ = ("left join review_reads rr on rr.review_id = rv.id and rr.mentee_id = d.user_id")
_REVIEW_UNREAD = "(rr.read_at is null or rr.read_at < rv.updated_at) as unread"


def list_reviews_for_draft(db, mentee_id, draft_id):
    """Return the reviews of any revision of the mentee's draft, newest revision first, with revision number,
    instructor's name and whether the mentee has read it."""
    return list(db.query(
        "select rv.*, u.name as instructor_name, r.number, " + _REVIEW_UNREAD + " from reviews rv "
        "join users u on u.id = rv.instructor_id join revisions r on r.id = rv.revision_id "
        "join drafts d on d.id = r.draft_id " + _REVIEW_READ + " where d.id = ? and d.user_id = ? and "
        + _REVIEW_HAS_CONTENT + " order by r.number desc, rv.id", [draft_id, mentee_id]))


def list_reviews_of_mentee(db, mentee_id, limit=10):
    """Return the reviews of the mentee's revisions, unread first, then newest: who, which draft and revision."""
    return list(db.query(
        "select rv.id, rv.updated_at, u.name as instructor_name, r.number, d.id as draft_id, d.kind, "
        "m.name as mentor_name, " + _REVIEW_UNREAD + " from reviews rv join users u on u.id = rv.instructor_id "
        "join revisions r on r.id = rv.revision_id join drafts d on d.id = r.draft_id "
        "join mentors m on m.id = d.mentor_id " + _REVIEW_READ + " where d.user_id = ? and " + _REVIEW_HAS_CONTENT
        + " order by unread desc, rv.updated_at desc, rv.id desc limit ?", [mentee_id, limit]))


def mark_reviews_read(db, mentee_id, review_ids):
    """Record that the mentee has now opened these reviews."""
    stamp = now()
    with db.atomic():
        for review_id in review_ids:
            db.execute("insert into review_reads (review_id, mentee_id, read_at) values (?, ?, ?) "
                       "on conflict (review_id, mentee_id) do update set read_at = excluded.read_at",
                       [review_id, mentee_id, stamp])


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
    cursor = db.execute("insert or ignore into anchors (slug, title, note, created_at) values (?, ?, ?, ?)",
                        [slug, title, note, now()])
    return cursor.lastrowid if cursor.rowcount == 1 else None


def set_anchor_draft(db, anchor_id, draft_id):
    """Point an anchor at the draft that holds its message."""
    db.execute("update anchors set draft_id = ? where id = ?", [draft_id, anchor_id])


def list_anchors(db, instructor_id):
    """Return the anchors with their revision and whether this instructor has scored it."""
    return list(db.query(
        "select a.*, r.id as revision_id, r.subject, rv.id as review_id, rv.clarity as reviewed "
        "from anchors a join revisions r on r.draft_id = a.draft_id and r.number = 1 "
        "left join reviews rv on rv.revision_id = r.id and rv.instructor_id = ? order by a.id", [instructor_id]))


# Calibration and exports

# Calibration reads the instructor's reviews (rv) of revisions (r, d) with their critiques (c): only working
# critiques, and only of anchors or of mentees still in one of the instructor's cohorts.
_CALIBRATION_WHERE = ("where rv.instructor_id = ? and c.model_error is null and (d.kind = 'anchor' or "
                      + _VISIBLE.format(mentee="d.user_id", instructor="rv.instructor_id") + ")")


def list_calibration_pairs(db, instructor_id):
    """Return one row per (scored review, critique of the same revision): instructor and coach scores side by side,
    with the anchor's title when the revision is an anchor draft."""
    return list(db.query(
        "select rv.revision_id, d.kind, u.name as mentee_name, m.name as mentor_name, r.number, "
        "a.title as anchor_title, c.id as critique_id, c.engine, c.model, c.prompt_version, "
        + ", ".join(f"rv.{r} as instructor_{r}, c.{r} as coach_{r}" for r in RUBRICS) +
        " from reviews rv join critiques c on c.revision_id = rv.revision_id "
        "join revisions r on r.id = rv.revision_id join drafts d on d.id = r.draft_id "
        "join mentors m on m.id = d.mentor_id join users u on u.id = d.user_id "
        "left join anchors a on a.draft_id = d.id "
        + _CALIBRATION_WHERE + " order by rv.revision_id, c.id", [instructor_id]))


def list_cohort_engines(db, cohort_id):
    """Return the distinct (engine, model, prompt_version) that critiqued the cohort's revisions."""
    return [(row["engine"], row["model"], row["prompt_version"]) for row in db.query(
        "select distinct c.engine, c.model, c.prompt_version from cohort_members cm "
        "join drafts d on d.user_id = cm.mentee_id join revisions r on r.draft_id = d.id "
        "join critiques c on c.revision_id = r.id where cm.cohort_id = ? and c.model_error is null "
        "order by c.engine = 'builtin' desc, c.model, c.prompt_version", [cohort_id])]


def iter_cohort_export_rows(db, cohort_id, instructor_id):
    """Yield, in one query, a row per (revision, working critique) of the cohort's mentees, with this
    instructor's review: revisions oldest first per draft, critiques oldest first per revision (a revision with no
    critique comes once, its coach columns null). `problems` counts a critique's findings other than praise."""
    yield from db.query(
        "select u.name as mentee, u.email as mentee_email, m.name as mentor, d.id as draft_id, "
        "d.ask_topic, r.id as revision_id, r.number as revision, r.subject, r.created_at, d.created_at as draft_created_at, "
        + ", ".join(f"rv.{r} as instructor_{r}" for r in RUBRICS) +
        ", rv.comment as instructor_comment, rv.updated_at as reviewed_at, "
        "(select count(*) from review_comments rc where rc.review_id = rv.id) as instructor_anchored_comments, "
        "c.engine, c.model, c.prompt_version, " + ", ".join(f"c.{r} as coach_{r}" for r in RUBRICS) +
        ", c.overall as coach_overall, c.problems "
        "from cohort_members cm join users u on u.id = cm.mentee_id join drafts d on d.user_id = u.id "
        "join mentors m on m.id = d.mentor_id join revisions r on r.draft_id = d.id "
        "left join reviews rv on rv.revision_id = r.id and rv.instructor_id = ? "
        "left join critiques c on c.revision_id = r.id and c.model_error is null "
        "where cm.cohort_id = ? order by u.name, u.id, d.id, r.number, c.id", [instructor_id, cohort_id])


def list_agreement_marks(db, instructor_id):
    """Return the instructor's agree/disagree marks on critiques they may still see: engine, model, rubric, agreed.

    One row per finding marked; a rubric's overall mark counts once, and only where no finding of that rubric
    in that critique was marked on its own (the finer marks say more).
    """
    return list(db.query(
        "select c.engine, c.model, c.prompt_version, ra.rubric, ra.agreed from ("
        "select review_id, critique_id, rubric, agreed from review_finding_agreements union all "
        "select a.review_id, a.critique_id, a.rubric, a.agreed from review_agreements a where not exists ("
        "select 1 from review_finding_agreements f where f.review_id = a.review_id "
        "and f.critique_id = a.critique_id and f.rubric = a.rubric)) ra "
        "join reviews rv on rv.id = ra.review_id join critiques c on c.id = ra.critique_id "
        "join revisions r on r.id = rv.revision_id join drafts d on d.id = r.draft_id " + _CALIBRATION_WHERE,
        [instructor_id]))


# Outreach tracking, strategy and follow-ups (issue 8) -------------------------------------------

OUTREACH_COLUMNS = ("status", "sent_on", "sent_channel", "followup_due", "followups_sent",
                    "value_proposition", "gap_area", "board_seat", "research")


def update_mentor_outreach(db, user_id, mentor_id, fields):
    """Set some of a mentor's outreach columns (OUTREACH_COLUMNS); return False if it is not theirs."""
    names = [name for name in fields if name in OUTREACH_COLUMNS]
    sets = ", ".join(f"{name} = :{name}" for name in names)
    params = {**{name: fields[name] for name in names}, "updated_at": now(), "id": mentor_id,
              "user_id": user_id}
    cursor = db.execute(f"update mentors set {sets}, updated_at = :updated_at "
                        "where id = :id and user_id = :user_id", params)
    return cursor.rowcount == 1


def insert_status_change(db, user_id, mentor_id, change):
    """Record one status change of a mentor (from_status, to_status, happened_on, channel, followup_number)."""
    keys = ("from_status", "to_status", "happened_on", "channel", "followup_number")
    return db["status_changes"].insert({"user_id": user_id, "mentor_id": mentor_id,
                                        **{k: change.get(k) for k in keys}, "created_at": now()}).last_pk


def list_status_changes(db, user_id, mentor_id):
    """Return a mentor's status history, newest first (empty for anyone else's mentor)."""
    return list(db.query("select * from status_changes where mentor_id = ? and user_id = ? order by id desc",
                         [mentor_id, user_id]))


def clear_board_seat(db, user_id, seat):
    """Empty one seat of the user's board, whoever held it (a mentor, or for the peer seat someone from Peers)."""
    db.execute("update mentors set board_seat = null where user_id = ? and board_seat = ?", [user_id, seat])
    db.execute("update peers set board_seat = null where user_id = ? and board_seat = ?", [user_id, seat])


def set_peer_board_seat(db, user_id, peer_id, seat):
    """Seat one of the user's peers on their board; return False if the peer is not theirs."""
    cursor = db.execute("update peers set board_seat = ? where id = ? and user_id = ?", [seat, peer_id, user_id])
    return cursor.rowcount == 1


def list_followups_due(db, user_id, until):
    """Return the user's mentors awaiting a reply whose follow-up is due on or before `until`, soonest first."""
    return list(db.query("select * from mentors where user_id = ? and status = 'sent' "
                         "and followup_due is not null and followup_due <= ? order by followup_due, id",
                         [user_id, until]))


def get_followup_days(db, user_id):
    """Return the mentee's chosen days before a follow-up, or None when never set."""
    row = _one(db, "select followup_days from profiles where user_id = ?", [user_id])
    return row["followup_days"] if row else None


def set_followup_days(db, user_id, days):
    """Save the mentee's days before a follow-up, keeping the rest of their profile."""
    db["profiles"].upsert({"user_id": user_id, "followup_days": days}, pk="user_id")


def latest_message(db, user_id, mentor_id, kind="first"):
    """Return the newest revision of the user's newest draft of `kind` to this mentor, or None."""
    return _one(db, "select r.* from drafts d join revisions r on r.draft_id = d.id "
                    "where d.user_id = ? and d.mentor_id = ? and d.kind = ? "
                    "order by d.id desc, r.number desc limit 1", [user_id, mentor_id, kind])


# After the reply: questions, conversation plans, meetings, action items, peers (issue 9) ---------------
# Every read and write is scoped by the mentee's id: another user's ids find nothing.

PLAN_FIELDS = ("minutes", "meeting_on", "opening", "next_steps", "maintenance")
PEER_FIELDS = ("direction", "name", "who", "teach", "learn", "projects", "cadence", "accountability")


def insert_question(db, user_id, mentor_id, category, text):
    """Add a prepared question at the end of the mentor's list and return its id."""
    stamp = now()
    cursor = db.execute(
        "insert into questions (user_id, mentor_id, category, text, position, created_at, updated_at) "
        "select ?, ?, ?, ?, coalesce(max(position), 0) + 1, ?, ? from questions where mentor_id = ?",
        [user_id, mentor_id, category, text, stamp, stamp, mentor_id])
    return cursor.lastrowid


def get_question(db, user_id, question_id):
    """Return this user's question, or None."""
    return _one(db, "select * from questions where id = ? and user_id = ?", [question_id, user_id])


def update_question(db, user_id, question_id, category, text, position):
    """Change a question's category, wording and place in the order; return False if it is not theirs."""
    cursor = db.execute("update questions set category = ?, text = ?, position = ?, updated_at = ? "
                        "where id = ? and user_id = ?", [category, text, position, now(), question_id, user_id])
    return cursor.rowcount == 1


def delete_question(db, user_id, question_id):
    """Delete this user's question; return False if it is not theirs."""
    return db.execute("delete from questions where id = ? and user_id = ?", [question_id, user_id]).rowcount == 1


def list_questions(db, user_id, mentor_id=None):
    """Return the user's prepared questions (optionally for one mentor) in the order they chose."""
    sql, params = "select * from questions where user_id = ?", [user_id]
    if mentor_id is not None:
        sql, params = sql + " and mentor_id = ?", params + [mentor_id]
    return list(db.query(sql + " order by mentor_id, position, id", params))


def get_plan(db, user_id, mentor_id):
    """Return the conversation plan for this user's mentor, or None if none is saved."""
    return _one(db, "select * from conversation_plans where mentor_id = ? and user_id = ?", [mentor_id, user_id])


def save_plan(db, user_id, mentor_id, fields):
    """Insert or replace the conversation plan for one of the user's mentors."""
    db["conversation_plans"].upsert({"mentor_id": mentor_id, "user_id": user_id,
                                     **{f: fields.get(f) for f in PLAN_FIELDS}, "updated_at": now()},
                                    pk="mentor_id")


def insert_meeting(db, user_id, mentor_id, held_on, notes, insights):
    """Record a meeting with one of the user's mentors and return its id."""
    return db["meetings"].insert({"user_id": user_id, "mentor_id": mentor_id, "held_on": held_on,
                                  "notes": notes, "insights": insights, "created_at": now()}).last_pk


def _for_mentor(sql, params, alias, mentor_id):
    """Narrow a query over `alias` to one mentor when `mentor_id` is given."""
    if mentor_id is None:
        return sql, params
    return f"{sql} and {alias}.mentor_id = ?", params + [mentor_id]


def list_meetings(db, user_id, mentor_id=None):
    """Return the user's meetings (optionally with one mentor), newest first, with the mentor's name."""
    sql = ("select mt.*, m.name as mentor_name from meetings mt join mentors m on m.id = mt.mentor_id "
           "where mt.user_id = ?")
    sql, params = _for_mentor(sql, [user_id], "mt", mentor_id)
    return list(db.query(sql + " order by mt.held_on desc, mt.id desc", params))


def insert_action_item(db, user_id, mentor_id, meeting_id, kind, text, due_on):
    """Record an action item or a progress update to send, and return its id."""
    return db["action_items"].insert({"user_id": user_id, "mentor_id": mentor_id, "meeting_id": meeting_id,
                                      "kind": kind, "text": text, "due_on": due_on, "done_on": None,
                                      "created_at": now()}).last_pk


def get_action_item(db, user_id, item_id):
    """Return this user's action item, or None."""
    return _one(db, "select * from action_items where id = ? and user_id = ?", [item_id, user_id])


def set_action_item_done(db, user_id, item_id, done_on):
    """Mark an item done on a date (or open again with None); return False if it is not theirs."""
    cursor = db.execute("update action_items set done_on = ? where id = ? and user_id = ?",
                        [done_on, item_id, user_id])
    return cursor.rowcount == 1


def list_action_items(db, user_id, mentor_id=None):
    """Return the user's action items, open ones first by due date, with the mentor's name."""
    sql = ("select a.*, m.name as mentor_name from action_items a join mentors m on m.id = a.mentor_id "
           "where a.user_id = ?")
    sql, params = _for_mentor(sql, [user_id], "a", mentor_id)
    return list(db.query(sql + " order by a.done_on is not null, coalesce(a.due_on, '9999'), a.id", params))


def latest_first_message(db, user_id, mentor_id):
    """Return the newest revision of the user's first messages to a mentor, with its built-in scores, or None."""
    return _one(db, f"select r.*, d.ask_topic, {_SCORES} "
                    "from revisions r join drafts d on d.id = r.draft_id "
                    "left join critiques c on c.id = (select max(id) from critiques "
                    "where revision_id = r.id and engine = 'builtin') "
                    "where d.user_id = ? and d.mentor_id = ? and d.kind = 'first' "
                    "order by r.created_at desc, r.id desc limit 1", [user_id, mentor_id])


def insert_peer(db, user_id, fields):
    """Record a peer or someone the user mentors; return its id."""
    stamp = now()
    return db["peers"].insert({"user_id": user_id, **{f: fields.get(f) for f in PEER_FIELDS},
                               "created_at": stamp, "updated_at": stamp}).last_pk


def update_peer(db, user_id, peer_id, fields):
    """Update this user's peer; return False if it is not theirs."""
    sets = ", ".join(f"{f} = :{f}" for f in PEER_FIELDS)
    cursor = db.execute(f"update peers set {sets}, updated_at = :updated_at where id = :id and user_id = :user_id",
                        {**{f: fields.get(f) for f in PEER_FIELDS}, "updated_at": now(),
                         "id": peer_id, "user_id": user_id})
    return cursor.rowcount == 1


def get_peer(db, user_id, peer_id):
    """Return this user's peer, or None."""
    return _one(db, "select * from peers where id = ? and user_id = ?", [peer_id, user_id])


def list_peers(db, user_id):
    """Return the user's peers and mentees, peers first, in the order added."""
    return list(db.query("select * from peers where user_id = ? order by direction = 'mentoring', id", [user_id]))


# Rate limits (issue 10) --------------------------------------------------------------------------
# Counted in SQLite, not in memory, so every gunicorn worker sees the same attempts. Times are ISO 8601
# UTC strings in the one format `now()` writes, so string comparison orders them.

def record_rate_events_within(db, limits, since):
    """Atomically check and count: if every (bucket, key, limit) in `limits` has fewer than `limit` events since
    `since`, record one event for each and return (their ids, None); else record nothing and return (None, the
    oldest counted time of the first one at its limit). Events older than `since` are dropped on the way."""
    # The write lock is taken before counting: parallel attempts are counted one after another, so none is let
    # through by a count that another has not yet written to.
    with write_transaction(db):
        for bucket in {bucket for bucket, _, _ in limits}:
            db.execute("delete from rate_limit_events where bucket = ? and datetime_utc < ?", [bucket, since])
        for bucket, key, limit in limits:
            count, oldest = count_rate_events(db, bucket, key, since)
            if count >= limit:
                return None, oldest
        stamp = now()
        ids = [db.execute("insert into rate_limit_events (bucket, key, datetime_utc) values (?, ?, ?)",
                          [bucket, key, stamp]).lastrowid for bucket, key, _ in limits]
    return ids, None


def delete_rate_events(db, ids):
    """Forget these counted events (an attempt that turned out to succeed)."""
    db.execute(f"delete from rate_limit_events where id in ({', '.join('?' * len(ids))})", list(ids))


def count_rate_events(db, bucket, key, since):
    """Return (count, oldest time) of the events for (bucket, key) since `since`."""
    row = _one(db, "select count(*) as n, min(datetime_utc) as oldest from rate_limit_events "
                   "where bucket = ? and key = ? and datetime_utc >= ?", [bucket, key, since])
    return row["n"], row["oldest"]


def clear_rate_events(db, bucket, key):
    """Forget the events counted for (bucket, key), e.g. after a successful sign-in."""
    db.execute("delete from rate_limit_events where bucket = ? and key = ?", [bucket, key])


def count_model_calls(db, user_id, since):
    """Return (count, oldest time) of the model calls made for this user since `since`."""
    row = _one(db, "select count(*) as n, min(datetime_utc) as oldest from model_calls "
                   "where user_id = ? and datetime_utc >= ?", [user_id, since])
    return row["n"], row["oldest"]
