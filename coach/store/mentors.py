"""The mentee's mentors: who they are and how they were rated."""

from .common import _one, now

MENTOR_FIELDS = (
    "name",
    "role",
    "mentor_type",
    "network_tier",
    "barrier",
    "found_via",
    "research",
    "connection_points",
    "gap",
    "accessibility",
    "relevance",
    "likelihood",
    "value_potential",
    "gap_area",
)


# Mentors ---------------------------------------------------------------------------------------


def insert_mentor(db, user_id, fields):
    """Record a mentor for this user and return its id."""
    stamp = now()
    record = {"user_id": user_id, **{f: fields.get(f) for f in MENTOR_FIELDS}, "created_at": stamp, "updated_at": stamp}
    return db["mentors"].insert(record).last_pk


def update_mentor(db, user_id, mentor_id, fields):
    """Update this user's mentor; return False if it is not theirs."""
    sets = ", ".join(f"{f} = :{f}" for f in MENTOR_FIELDS)
    params = {**{f: fields.get(f) for f in MENTOR_FIELDS}, "updated_at": now(), "id": mentor_id, "user_id": user_id}
    cursor = db.execute(
        f"update mentors set {sets}, updated_at = :updated_at where id = :id and user_id = :user_id", params
    )
    return cursor.rowcount == 1


def get_mentor(db, user_id, mentor_id):
    """Return this user's mentor, or None if there is none with that id for them."""
    return _one(db, "select * from mentors where id = ? and user_id = ?", [mentor_id, user_id])


def list_mentors(db, user_id):
    """Return the user's mentors with counts of their drafts."""
    return list(
        db.query(
            "select m.*, (select count(*) from drafts d where d.mentor_id = m.id) as draft_count "
            "from mentors m where m.user_id = ? order by m.id",
            [user_id],
        )
    )
