"""Named schema migrations, applied in order and recorded in `_sqlite_migrations`; never drop and recreate.

Add a new function at the end to change the schema; never edit one that has shipped.
"""
from sqlite_utils.migrations import Migrations

migrations = Migrations("outreach_coach")


@migrations(name="001_users_profiles_mentors")
def users_profiles_mentors(db):
    db["users"].create({
        "id": int, "email": str, "name": str, "password_hash": str, "role": str, "created_at": str,
    }, pk="id", not_null={"email", "name", "password_hash", "role", "created_at"})
    db["users"].create_index(["email"], unique=True)
    db["profiles"].create({
        "user_id": int, "background": str, "skills": str, "industry": str, "education": str,
        "projects": str, "network": str, "offer": str, "gaps_technical": str, "gaps_career": str,
        "gaps_industry": str, "gaps_soft": str, "updated_at": str,
    }, pk="user_id", foreign_keys=[("user_id", "users", "id")])
    db["mentors"].create({
        "id": int, "user_id": int, "name": str, "role": str, "mentor_type": str, "network_tier": str,
        "barrier": str, "found_via": str, "research": str, "connection_points": str, "gap": str,
        "accessibility": int, "relevance": int, "likelihood": int, "value_potential": int,
        "created_at": str, "updated_at": str,
    }, pk="id", foreign_keys=[("user_id", "users", "id")], not_null={"user_id", "name"})
    db["mentors"].create_index(["user_id"])


@migrations(name="002_drafts_revisions_critiques")
def drafts_revisions_critiques(db):
    db["drafts"].create({
        "id": int, "user_id": int, "mentor_id": int, "kind": str, "ask_topic": str, "ask_minutes": int,
        "ask_format": str, "created_at": str,
    }, pk="id", foreign_keys=[("user_id", "users", "id"), ("mentor_id", "mentors", "id")],
        not_null={"user_id", "mentor_id", "kind"})
    db["drafts"].create_index(["user_id"])
    db["drafts"].create_index(["mentor_id"])
    db["revisions"].create({
        "id": int, "draft_id": int, "number": int, "subject": str, "body": str, "source": str,
        "created_at": str,
    }, pk="id", foreign_keys=[("draft_id", "drafts", "id")], not_null={"draft_id", "number"})
    db["revisions"].create_index(["draft_id", "number"], unique=True)
    db["critiques"].create({
        "id": int, "revision_id": int, "engine": str, "model": str, "prompt_version": str,
        "clarity": float, "brevity": float, "value": float, "professionalism": float, "overall": float,
        "findings_json": str, "stats_json": str, "summary": str, "model_error": str, "model_call_id": int,
        "created_at": str,
    }, pk="id", foreign_keys=[("revision_id", "revisions", "id")], not_null={"revision_id", "engine"})
    db["critiques"].create_index(["revision_id"])


@migrations(name="003_model_calls")
def model_calls(db):
    # The flat shape of llm's `responses` table: one row per model call.
    db["model_calls"].create({
        "id": int, "model": str, "prompt_name": str, "prompt_version": str, "prompt": str, "system": str,
        "options_json": str, "response": str, "response_json": str, "input_tokens": int,
        "output_tokens": int, "cost": float, "duration_ms": int, "outcome": str, "error": str,
        "quotes_dropped": int, "input_hash": str, "revision_id": int, "user_id": int, "datetime_utc": str,
    }, pk="id")
    db["model_calls"].create_index(["input_hash"])
    db["model_calls"].create_index(["revision_id"])


@migrations(name="010_cohorts")
def cohorts(db):
    # A cohort belongs to one instructor; mentees join it with its invite code (and may leave: row deleted).
    db["cohorts"].create({
        "id": int, "instructor_id": int, "name": str, "code": str, "created_at": str,
    }, pk="id", foreign_keys=[("instructor_id", "users", "id")], not_null={"instructor_id", "name", "code"})
    db["cohorts"].create_index(["code"], unique=True)
    db["cohorts"].create_index(["instructor_id"])
    db["cohort_members"].create({
        "cohort_id": int, "mentee_id": int, "joined_at": str,
    }, pk=("cohort_id", "mentee_id"), foreign_keys=[("cohort_id", "cohorts", "id"), ("mentee_id", "users", "id")])
    db["cohort_members"].create_index(["mentee_id"])


@migrations(name="011_reviews")
def reviews(db):
    # One review per (revision, instructor): the instructor's own 1-5 scores, a general comment,
    # agreement with each critique's findings per rubric, and comments anchored to quoted spans.
    db["reviews"].create({
        "id": int, "revision_id": int, "instructor_id": int, "clarity": int, "brevity": int, "value": int,
        "professionalism": int, "comment": str, "created_at": str, "updated_at": str,
    }, pk="id", foreign_keys=[("revision_id", "revisions", "id"), ("instructor_id", "users", "id")],
        not_null={"revision_id", "instructor_id"})
    db["reviews"].create_index(["revision_id", "instructor_id"], unique=True)
    db["reviews"].create_index(["instructor_id"])
    db["review_agreements"].create({
        "review_id": int, "critique_id": int, "rubric": str, "agreed": int,
    }, pk=("review_id", "critique_id", "rubric"),
        foreign_keys=[("review_id", "reviews", "id"), ("critique_id", "critiques", "id")])
    db["review_comments"].create({
        "id": int, "review_id": int, "field": str, "quote": str, "quote_start": int, "quote_end": int,
        "comment": str, "created_at": str,
    }, pk="id", foreign_keys=[("review_id", "reviews", "id")],
        not_null={"review_id", "field", "quote", "quote_start", "quote_end", "comment"})
    db["review_comments"].create_index(["review_id"])
    db["comment_bank"].create({
        "id": int, "instructor_id": int, "text": str, "created_at": str,
    }, pk="id", foreign_keys=[("instructor_id", "users", "id")], not_null={"instructor_id", "text"})
    db["comment_bank"].create_index(["instructor_id"])


@migrations(name="012_anchors")
def anchors(db):
    # Anchor drafts every instructor may score to calibrate; their draft rows have kind 'anchor'.
    db["anchors"].create({
        "id": int, "slug": str, "title": str, "note": str, "draft_id": int, "created_at": str,
    }, pk="id", foreign_keys=[("draft_id", "drafts", "id")], not_null={"slug", "title"})
    db["anchors"].create_index(["slug"], unique=True)


# Issue 8: outreach tracking, value propositions, strategy seats and follow-ups --------------------

@migrations(name="020_mentor_status")
def mentor_status(db):
    # The current status lives on the mentor for one-query lists; every change is kept in status_changes.
    db["mentors"].add_column("status", str, not_null_default="researching")
    db["mentors"].add_column("sent_on", str)
    db["mentors"].add_column("sent_channel", str)
    db["mentors"].add_column("followup_due", str)
    db["mentors"].add_column("followups_sent", int, not_null_default=0)
    db["status_changes"].create({
        "id": int, "user_id": int, "mentor_id": int, "from_status": str, "to_status": str,
        "happened_on": str, "channel": str, "followup_number": int, "created_at": str,
    }, pk="id", foreign_keys=[("user_id", "users", "id"), ("mentor_id", "mentors", "id")],
        not_null={"user_id", "mentor_id", "to_status", "created_at"})
    db["status_changes"].create_index(["mentor_id"])


@migrations(name="021_value_propositions")
def value_propositions(db):
    db["mentors"].add_column("value_proposition", str)


@migrations(name="022_strategy_and_followup_settings")
def strategy_and_followup_settings(db):
    # gap_area empty means "follow the mentor type" (see coach/strategy.py GAP_AREA_BY_TYPE).
    db["mentors"].add_column("gap_area", str)
    db["mentors"].add_column("board_seat", str)
    db["profiles"].add_column("followup_days", int)


# Issue 9: conversation prep, meetings and action items, peer and reverse mentoring ----------------

@migrations(name="030_questions_and_plans")
def questions_and_plans(db):
    # Questions a mentee prepares for one mentor, by the lesson's four categories; one plan per mentor.
    db["questions"].create({
        "id": int, "user_id": int, "mentor_id": int, "category": str, "text": str, "position": int,
        "created_at": str, "updated_at": str,
    }, pk="id", foreign_keys=[("user_id", "users", "id"), ("mentor_id", "mentors", "id")],
        not_null={"user_id", "mentor_id", "category", "text"})
    db["questions"].create_index(["mentor_id"])
    db["conversation_plans"].create({
        "mentor_id": int, "user_id": int, "minutes": int, "meeting_on": str, "opening": str,
        "next_steps": str, "maintenance": str, "updated_at": str,
    }, pk="mentor_id", foreign_keys=[("user_id", "users", "id"), ("mentor_id", "mentors", "id")],
        not_null={"user_id"})


@migrations(name="031_meetings_and_action_items")
def meetings_and_action_items(db):
    # kind 'action' is something to do; kind 'update' is a progress update to send the mentor later.
    db["meetings"].create({
        "id": int, "user_id": int, "mentor_id": int, "held_on": str, "notes": str, "insights": str,
        "created_at": str,
    }, pk="id", foreign_keys=[("user_id", "users", "id"), ("mentor_id", "mentors", "id")],
        not_null={"user_id", "mentor_id", "held_on"})
    db["meetings"].create_index(["mentor_id"])
    db["action_items"].create({
        "id": int, "user_id": int, "mentor_id": int, "meeting_id": int, "kind": str, "text": str,
        "due_on": str, "done_on": str, "created_at": str,
    }, pk="id", foreign_keys=[("user_id", "users", "id"), ("mentor_id", "mentors", "id"),
                              ("meeting_id", "meetings", "id")],
        not_null={"user_id", "mentor_id", "kind", "text"})
    db["action_items"].create_index(["user_id"])
    db["action_items"].create_index(["mentor_id"])


@migrations(name="032_peers")
def peers(db):
    # One table for both directions: 'peer' (learning partners) and 'mentoring' (juniors or career changers
    # the mentee mentors), because the lesson gives both the same structure.
    db["peers"].create({
        "id": int, "user_id": int, "direction": str, "name": str, "who": str, "teach": str, "learn": str,
        "projects": str, "cadence": str, "accountability": str, "created_at": str, "updated_at": str,
    }, pk="id", foreign_keys=[("user_id", "users", "id")], not_null={"user_id", "direction", "name"})
    db["peers"].create_index(["user_id"])


# Issue 10: rate limits, kept in SQLite so every gunicorn worker counts the same attempts -------------

@migrations(name="040_rate_limits")
def rate_limits(db):
    # One row per counted event (a failed sign-in, per email and address); rows older than the window are pruned.
    db["rate_limit_events"].create({
        "id": int, "bucket": str, "key": str, "datetime_utc": str,
    }, pk="id", not_null={"bucket", "key", "datetime_utc"})
    db["rate_limit_events"].create_index(["bucket", "key", "datetime_utc"])
    # The per-user model quota counts this user's calls in the last hour.
    db["model_calls"].create_index(["user_id", "datetime_utc"])


# Issue 13: instructors join through a one-time invitation from an instructor, never the public sign-up ------

@migrations(name="sec_instructor_invitations")
def instructor_invitations(db):
    # Only the token's SHA-256 is kept: the link is shown once to the instructor who made it.
    db["instructor_invitations"].create({
        "id": int, "token_hash": str, "created_by": int, "created_at": str, "expires_at": str,
        "used_at": str, "used_by": int,
    }, pk="id", foreign_keys=[("created_by", "users", "id"), ("used_by", "users", "id")],
        not_null={"token_hash", "created_by", "created_at", "expires_at"})
    db["instructor_invitations"].create_index(["token_hash"], unique=True)
    db["instructor_invitations"].create_index(["created_by"])


# Issue 13: what mentees and instructors stumble on ------------------------------------------------

@migrations(name="ux_finding_agreements")
def ux_finding_agreements(db):
    # An instructor's agree/disagree with one finding of a critique (its position in findings_json), beside the
    # per-rubric marks of review_agreements; rubric and code are copied so calibration counts without decoding JSON.
    db["review_finding_agreements"].create({
        "review_id": int, "critique_id": int, "position": int, "rubric": str, "code": str, "agreed": int,
    }, pk=("review_id", "critique_id", "position"),
        foreign_keys=[("review_id", "reviews", "id"), ("critique_id", "critiques", "id")],
        not_null={"rubric", "agreed"})


@migrations(name="ux_review_reads")
def ux_review_reads(db):
    # When the mentee last opened each instructor review: a review updated after that reads as unread again.
    db["review_reads"].create({
        "review_id": int, "mentee_id": int, "read_at": str,
    }, pk=("review_id", "mentee_id"), foreign_keys=[("review_id", "reviews", "id"), ("mentee_id", "users", "id")],
        not_null={"read_at"})


@migrations(name="ux_board_peers")
def ux_board_peers(db):
    # The board's peer seat may go to someone from the Peers page instead of a mentor.
    db["peers"].add_column("board_seat", str)


# Issues 13 and 18: server-side sessions and account recovery ------------------------------------

@migrations(name="acc_sessions")
def acc_sessions(db):
    # One row per sign-in; the cookie holds a random token and only its SHA-256 is stored, so a copy of the
    # database cannot be replayed as a cookie. Deleting the row ends the session (sign-out, revocation).
    db["user_sessions"].create({
        "id": int, "user_id": int, "token_hash": str, "created_at": str, "last_seen_at": str,
        "expires_at": str, "user_agent": str,
    }, pk="id", foreign_keys=[("user_id", "users", "id")],
        not_null={"user_id", "token_hash", "created_at", "last_seen_at", "expires_at"})
    db["user_sessions"].create_index(["token_hash"], unique=True)
    db["user_sessions"].create_index(["user_id"])


@migrations(name="acc_password_resets")
def acc_password_resets(db):
    # One row per reset link; only the token's SHA-256 is stored. `issued_by` is the instructor who made it
    # for a mentee (null when the owner asked by email or the command line made it).
    db["password_resets"].create({
        "id": int, "user_id": int, "token_hash": str, "created_at": str, "expires_at": str, "used_at": str,
        "issued_by": int,
    }, pk="id", foreign_keys=[("user_id", "users", "id")], not_null={"user_id", "token_hash", "expires_at"})
    db["password_resets"].create_index(["token_hash"], unique=True)
    db["password_resets"].create_index(["user_id"])


@migrations(name="acc_deleted_records")
def acc_deleted_records(db):
    # What a delete removed, as JSON, so the same session can undo it for a few minutes; then purged.
    db["deleted_records"].create({
        "id": int, "user_id": int, "session_id": int, "label": str, "rows_json": str, "deleted_at": str,
    }, pk="id", foreign_keys=[("user_id", "users", "id")], not_null={"user_id", "label", "rows_json", "deleted_at"})
    db["deleted_records"].create_index(["user_id"])


# Issue 15: which one-click edits the mentee applied before saving a revision -----------------------------

@migrations(name="edits_applied")
def edits_applied(db):
    # The finding codes of the edits applied, comma-separated in the order applied ('' when none), so the
    # instructor sees how much of a revision came from the coach's suggestions.
    db["revisions"].add_column("applied_edits", str)
