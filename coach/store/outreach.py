"""Outreach tracking on the mentors: status and its history, the board of advisors, follow-ups."""

from .common import _one, now

# Outreach tracking, strategy and follow-ups (issue 8) -------------------------------------------

OUTREACH_COLUMNS = (
    "status",
    "sent_on",
    "sent_channel",
    "followup_due",
    "followups_sent",
    "value_proposition",
    "gap_area",
    "board_seat",
    "research",
)


def update_mentor_outreach(db, user_id, mentor_id, fields):
    """Set some of a mentor's outreach columns (OUTREACH_COLUMNS); return False if it is not theirs."""
    names = [name for name in fields if name in OUTREACH_COLUMNS]
    sets = ", ".join(f"{name} = :{name}" for name in names)
    params = {**{name: fields[name] for name in names}, "updated_at": now(), "id": mentor_id, "user_id": user_id}
    cursor = db.execute(
        f"update mentors set {sets}, updated_at = :updated_at where id = :id and user_id = :user_id", params
    )
    return cursor.rowcount == 1


def insert_status_change(db, user_id, mentor_id, change):
    """Record one status change of a mentor (from_status, to_status, happened_on, channel, followup_number)."""
    keys = ("from_status", "to_status", "happened_on", "channel", "followup_number")
    return (
        db["status_changes"]
        .insert({"user_id": user_id, "mentor_id": mentor_id, **{k: change.get(k) for k in keys}, "created_at": now()})
        .last_pk
    )


def list_status_changes(db, user_id, mentor_id):
    """Return a mentor's status history, newest first (empty for anyone else's mentor)."""
    return list(
        db.query(
            "select * from status_changes where mentor_id = ? and user_id = ? order by id desc", [mentor_id, user_id]
        )
    )


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
    return list(
        db.query(
            "select * from mentors where user_id = ? and status = 'sent' "
            "and followup_due is not null and followup_due <= ? order by followup_due, id",
            [user_id, until],
        )
    )


def get_followup_days(db, user_id):
    """Return the mentee's chosen days before a follow-up, or None when never set."""
    row = _one(db, "select followup_days from profiles where user_id = ?", [user_id])
    return row["followup_days"] if row else None


def set_followup_days(db, user_id, days):
    """Save the mentee's days before a follow-up, keeping the rest of their profile."""
    db["profiles"].upsert({"user_id": user_id, "followup_days": days}, pk="user_id")


def latest_message(db, user_id, mentor_id, kind="first"):
    """Return the newest revision of the user's newest draft of `kind` to this mentor, or None."""
    return _one(
        db,
        "select r.* from drafts d join revisions r on r.draft_id = d.id "
        "where d.user_id = ? and d.mentor_id = ? and d.kind = ? "
        "order by d.id desc, r.number desc limit 1",
        [user_id, mentor_id, kind],
    )
