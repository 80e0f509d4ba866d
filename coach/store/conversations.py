"""After the reply: prepared questions, conversation plans, meetings, action items and peers."""

from .common import _SCORES, _one, now

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
        [user_id, mentor_id, category, text, stamp, stamp, mentor_id],
    )
    return cursor.lastrowid


def get_question(db, user_id, question_id):
    """Return this user's question, or None."""
    return _one(db, "select * from questions where id = ? and user_id = ?", [question_id, user_id])


def update_question(db, user_id, question_id, category, text, position):
    """Change a question's category, wording and place in the order; return False if it is not theirs."""
    cursor = db.execute(
        "update questions set category = ?, text = ?, position = ?, updated_at = ? where id = ? and user_id = ?",
        [category, text, position, now(), question_id, user_id],
    )
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
    db["conversation_plans"].upsert(
        {"mentor_id": mentor_id, "user_id": user_id, **{f: fields.get(f) for f in PLAN_FIELDS}, "updated_at": now()},
        pk="mentor_id",
    )


def insert_meeting(db, user_id, mentor_id, held_on, notes, insights):
    """Record a meeting with one of the user's mentors and return its id."""
    return (
        db["meetings"]
        .insert(
            {
                "user_id": user_id,
                "mentor_id": mentor_id,
                "held_on": held_on,
                "notes": notes,
                "insights": insights,
                "created_at": now(),
            }
        )
        .last_pk
    )


def _for_mentor(sql, params, alias, mentor_id):
    """Narrow a query over `alias` to one mentor when `mentor_id` is given."""
    if mentor_id is None:
        return sql, params
    return f"{sql} and {alias}.mentor_id = ?", params + [mentor_id]


def list_meetings(db, user_id, mentor_id=None):
    """Return the user's meetings (optionally with one mentor), newest first, with the mentor's name."""
    sql = (
        "select mt.*, m.name as mentor_name from meetings mt join mentors m on m.id = mt.mentor_id where mt.user_id = ?"
    )
    sql, params = _for_mentor(sql, [user_id], "mt", mentor_id)
    return list(db.query(sql + " order by mt.held_on desc, mt.id desc", params))


def insert_action_item(db, user_id, mentor_id, meeting_id, kind, text, due_on):
    """Record an action item or a progress update to send, and return its id."""
    return (
        db["action_items"]
        .insert(
            {
                "user_id": user_id,
                "mentor_id": mentor_id,
                "meeting_id": meeting_id,
                "kind": kind,
                "text": text,
                "due_on": due_on,
                "done_on": None,
                "created_at": now(),
            }
        )
        .last_pk
    )


def get_action_item(db, user_id, item_id):
    """Return this user's action item, or None."""
    return _one(db, "select * from action_items where id = ? and user_id = ?", [item_id, user_id])


def set_action_item_done(db, user_id, item_id, done_on):
    """Mark an item done on a date (or open again with None); return False if it is not theirs."""
    cursor = db.execute("update action_items set done_on = ? where id = ? and user_id = ?", [done_on, item_id, user_id])
    return cursor.rowcount == 1


def list_action_items(db, user_id, mentor_id=None):
    """Return the user's action items, open ones first by due date, with the mentor's name."""
    sql = (
        "select a.*, m.name as mentor_name from action_items a join mentors m on m.id = a.mentor_id where a.user_id = ?"
    )
    sql, params = _for_mentor(sql, [user_id], "a", mentor_id)
    return list(db.query(sql + " order by a.done_on is not null, coalesce(a.due_on, '9999'), a.id", params))


def latest_first_message(db, user_id, mentor_id):
    """Return the newest revision of the user's first messages to a mentor, with its built-in scores, or None."""
    return _one(
        db,
        f"select r.*, d.ask_topic, {_SCORES} "
        "from revisions r join drafts d on d.id = r.draft_id "
        "left join critiques c on c.id = (select max(id) from critiques "
        "where revision_id = r.id and engine = 'builtin') "
        "where d.user_id = ? and d.mentor_id = ? and d.kind = 'first' "
        "order by r.created_at desc, r.id desc limit 1",
        [user_id, mentor_id],
    )


def insert_peer(db, user_id, fields):
    """Record a peer or someone the user mentors; return its id."""
    stamp = now()
    return (
        db["peers"]
        .insert(
            {"user_id": user_id, **{f: fields.get(f) for f in PEER_FIELDS}, "created_at": stamp, "updated_at": stamp}
        )
        .last_pk
    )


def update_peer(db, user_id, peer_id, fields):
    """Update this user's peer; return False if it is not theirs."""
    sets = ", ".join(f"{f} = :{f}" for f in PEER_FIELDS)
    cursor = db.execute(
        f"update peers set {sets}, updated_at = :updated_at where id = :id and user_id = :user_id",
        {**{f: fields.get(f) for f in PEER_FIELDS}, "updated_at": now(), "id": peer_id, "user_id": user_id},
    )
    return cursor.rowcount == 1


def get_peer(db, user_id, peer_id):
    """Return this user's peer, or None."""
    return _one(db, "select * from peers where id = ? and user_id = ?", [peer_id, user_id])


def list_peers(db, user_id):
    """Return the user's peers and mentees, peers first, in the order added."""
    return list(db.query("select * from peers where user_id = ? order by direction = 'mentoring', id", [user_id]))


def get_meeting(db, user_id, meeting_id):
    """Return this user's meeting with its mentor's name, or None."""
    return _one(
        db,
        "select mt.*, m.name as mentor_name from meetings mt join mentors m on m.id = mt.mentor_id "
        "where mt.id = ? and mt.user_id = ?",
        [meeting_id, user_id],
    )
