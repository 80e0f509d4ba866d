"""Drafts, their numbered revisions, the critiques of each revision and the model-call log."""

import json

from ..vocabulary import RUBRICS
from .common import _SCORES, _one, now

# Drafts and revisions --------------------------------------------------------------------------


def insert_draft(db, user_id, mentor_id, ask_topic, ask_minutes, ask_format, kind="first"):
    """Create a draft for one of the user's mentors and return its id."""
    return (
        db["drafts"]
        .insert(
            {
                "user_id": user_id,
                "mentor_id": mentor_id,
                "kind": kind,
                "ask_topic": ask_topic,
                "ask_minutes": ask_minutes,
                "ask_format": ask_format,
                "created_at": now(),
            }
        )
        .last_pk
    )


def get_draft(db, user_id, draft_id):
    """Return this user's draft with its mentor's name, or None."""
    return _one(
        db,
        "select d.*, m.name as mentor_name from drafts d join mentors m on m.id = d.mentor_id "
        "where d.id = ? and d.user_id = ?",
        [draft_id, user_id],
    )


def list_drafts(db, user_id, mentor_id=None):
    """Return the user's drafts (optionally for one mentor), newest first, with their latest revision."""
    sql = (
        "select d.*, m.name as mentor_name, r.number as latest_number, r.subject as latest_subject, "
        "r.created_at as latest_at, c.overall as latest_overall "
        "from drafts d join mentors m on m.id = d.mentor_id "
        "left join revisions r on r.draft_id = d.id "
        "and r.number = (select max(number) from revisions where draft_id = d.id) "
        "left join critiques c on c.id = (select max(id) from critiques where revision_id = r.id "
        "and engine = 'builtin') "
        "where d.user_id = ?"
    )
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
        [draft_id, subject, body, source, ",".join(applied_edits), now(), draft_id],
    )
    row = _one(db, "select id, number from revisions where id = ?", [cursor.lastrowid])
    return row["id"], row["number"]


def _revision_search(draft_id, search):
    """The WHERE of a draft's revisions, optionally those whose number, subject or body holds `search`."""
    if not search:
        return "where r.draft_id = ?", [draft_id]
    pattern = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return (
        "where r.draft_id = ? and (cast(r.number as text) = ? or r.subject like ? escape '\\' "
        "or r.body like ? escape '\\')",
        [draft_id, search.lstrip("#"), pattern, pattern],
    )


def count_revisions(db, draft_id, search=None):
    """Return how many revisions a draft has (those matching `search`, if given)."""
    where, params = _revision_search(draft_id, search)
    return _one(db, f"select count(*) as n from revisions r {where}", params)["n"]


def list_revisions(db, draft_id, limit=20, offset=0, search=None):
    """Return one page of a draft's revisions, newest first, each with its latest built-in scores; `search` keeps
    those whose number, subject or body holds it."""
    where, params = _revision_search(draft_id, search)
    return list(
        db.query(
            f"select r.*, {_SCORES} "
            "from revisions r left join critiques c on c.id = (select max(id) from critiques "
            f"where revision_id = r.id and engine = 'builtin') {where} order by r.number desc limit ? offset ?",
            [*params, limit, offset],
        )
    )


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
    return (
        db["critiques"]
        .insert(
            {
                "revision_id": revision_id,
                "engine": critique["engine"],
                "model": model,
                "prompt_version": prompt_version,
                **{r: scores[r] for r in RUBRICS},
                "overall": critique["overall"],
                "findings_json": json.dumps(critique.get("findings", []), ensure_ascii=False),
                "stats_json": json.dumps(critique.get("stats", {}), ensure_ascii=False),
                "summary": critique.get("summary"),
                "model_error": critique.get("model_error"),
                "model_call_id": model_call_id,
                "created_at": now(),
            }
        )
        .last_pk
    )


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

MODEL_CALL_FIELDS = (
    "model",
    "prompt_name",
    "prompt_version",
    "prompt",
    "system",
    "options_json",
    "response",
    "response_json",
    "input_tokens",
    "output_tokens",
    "cost",
    "duration_ms",
    "outcome",
    "error",
    "quotes_dropped",
    "input_hash",
    "revision_id",
    "user_id",
)


def insert_model_call(db, fields):
    """Log one model call (a dict of MODEL_CALL_FIELDS; missing ones are null) and return its id."""
    record = {f: fields.get(f) for f in MODEL_CALL_FIELDS}
    return db["model_calls"].insert({**record, "datetime_utc": now()}).last_pk


def set_quotes_dropped(db, call_id, count):
    """Record how many of a call's quotes were not found in the draft."""
    db.execute("update model_calls set quotes_dropped = ? where id = ?", [count, call_id])


def cached_model_call(db, input_hash, user_id):
    """Return the newest successful call with this input hash made for this user (or the CLI), or None."""
    return _one(
        db,
        "select * from model_calls where input_hash = ? and user_id is ? "
        "and outcome in ('ok', 'retried') and response_json is not null order by id desc limit 1",
        [input_hash, user_id],
    )


def list_model_calls(db, limit=20):
    """Return the most recent model calls, newest first."""
    return list(db.query("select * from model_calls order by id desc limit ?", [limit]))


def critique_for_call(db, revision_id, model_call_id):
    """Return the critique of this revision made from this model call, or None."""
    row = _one(
        db,
        "select * from critiques where revision_id = ? and model_call_id = ? order by id desc limit 1",
        [revision_id, model_call_id],
    )
    return _decode_critique(row) if row else None
