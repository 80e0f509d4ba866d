"""Every SQL statement of the app: reads and writes on users, profiles, mentors, drafts, revisions,
critiques and the model-call log. Functions take a sqlite-utils Database and plain values.

Functions that read a user's records take that user's id and return None for anyone else's row,
so a view cannot leak data by forgetting a check.
"""
import json
from datetime import datetime, timezone

PROFILE_FIELDS = ("background", "skills", "industry", "education", "projects", "network", "offer",
                  "gaps_technical", "gaps_career", "gaps_industry", "gaps_soft")
MENTOR_FIELDS = ("name", "role", "mentor_type", "network_tier", "barrier", "found_via", "research",
                 "connection_points", "gap", "accessibility", "relevance", "likelihood", "value_potential")
RUBRICS = ("clarity", "brevity", "value", "professionalism")


def now():
    """The current UTC time as an ISO 8601 string, the format of every timestamp column."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _one(db, sql, params=()):
    rows = list(db.query(sql, params))
    return rows[0] if rows else None


# Users -----------------------------------------------------------------------------------------

def insert_user(db, email, name, password_hash, role):
    """Create a user and return their id."""
    return db["users"].insert({"email": email, "name": name, "password_hash": password_hash,
                               "role": role, "created_at": now()}).last_pk


def get_user(db, user_id):
    """Return the user with this id, or None."""
    return _one(db, "select * from users where id = ?", [user_id])


def get_user_by_email(db, email):
    """Return the user with this email (case-insensitive), or None."""
    return _one(db, "select * from users where lower(email) = lower(?)", [email])


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


def insert_revision(db, draft_id, subject, body, source):
    """Append the next numbered revision to a draft in one statement; return (id, number)."""
    # One INSERT ... SELECT computes the number and writes the row atomically, so two saves
    # racing on the same draft cannot take the same number or deadlock on a lock upgrade.
    cursor = db.execute(
        "insert into revisions (draft_id, number, subject, body, source, created_at) "
        "select ?, coalesce(max(number), 0) + 1, ?, ?, ?, ? from revisions where draft_id = ?",
        [draft_id, subject, body, source, now(), draft_id])
    row = _one(db, "select id, number from revisions where id = ?", [cursor.lastrowid])
    return row["id"], row["number"]


def list_revisions(db, draft_id):
    """Return a draft's revisions, oldest first, each with its latest built-in scores."""
    return list(db.query(
        "select r.*, c.clarity, c.brevity, c.value, c.professionalism, c.overall "
        "from revisions r left join critiques c on c.id = (select max(id) from critiques "
        "where revision_id = r.id and engine = 'builtin') where r.draft_id = ? order by r.number",
        [draft_id]))


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
