"""Named schema migrations, applied in order and recorded in `_sqlite_migrations`; never drop and recreate.

Add a new function at the end to change the schema; never edit one that has shipped.
"""

from sqlite_utils.migrations import Migrations

migrations = Migrations("outreach_coach")


@migrations(name="001_users_profiles_mentors")
def users_profiles_mentors(db):
    db["users"].create(
        {
            "id": int,
            "email": str,
            "name": str,
            "password_hash": str,
            "role": str,
            "created_at": str,
        },
        pk="id",
        not_null={"email", "name", "password_hash", "role", "created_at"},
    )
    db["users"].create_index(["email"], unique=True)
    db["profiles"].create(
        {
            "user_id": int,
            "background": str,
            "skills": str,
            "industry": str,
            "education": str,
            "projects": str,
            "network": str,
            "offer": str,
            "gaps_technical": str,
            "gaps_career": str,
            "gaps_industry": str,
            "gaps_soft": str,
            "updated_at": str,
        },
        pk="user_id",
        foreign_keys=[("user_id", "users", "id")],
    )
    db["mentors"].create(
        {
            "id": int,
            "user_id": int,
            "name": str,
            "role": str,
            "mentor_type": str,
            "network_tier": str,
            "barrier": str,
            "found_via": str,
            "research": str,
            "connection_points": str,
            "gap": str,
            "accessibility": int,
            "relevance": int,
            "likelihood": int,
            "value_potential": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("user_id", "users", "id")],
        not_null={"user_id", "name"},
    )
    db["mentors"].create_index(["user_id"])


@migrations(name="002_drafts_revisions_critiques")
def drafts_revisions_critiques(db):
    db["drafts"].create(
        {
            "id": int,
            "user_id": int,
            "mentor_id": int,
            "kind": str,
            "ask_topic": str,
            "ask_minutes": int,
            "ask_format": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("user_id", "users", "id"), ("mentor_id", "mentors", "id")],
        not_null={"user_id", "mentor_id", "kind"},
    )
    db["drafts"].create_index(["user_id"])
    db["drafts"].create_index(["mentor_id"])
    db["revisions"].create(
        {
            "id": int,
            "draft_id": int,
            "number": int,
            "subject": str,
            "body": str,
            "source": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("draft_id", "drafts", "id")],
        not_null={"draft_id", "number"},
    )
    db["revisions"].create_index(["draft_id", "number"], unique=True)
    db["critiques"].create(
        {
            "id": int,
            "revision_id": int,
            "engine": str,
            "model": str,
            "prompt_version": str,
            "clarity": float,
            "brevity": float,
            "value": float,
            "professionalism": float,
            "overall": float,
            "findings_json": str,
            "stats_json": str,
            "summary": str,
            "model_error": str,
            "model_call_id": int,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("revision_id", "revisions", "id")],
        not_null={"revision_id", "engine"},
    )
    db["critiques"].create_index(["revision_id"])


@migrations(name="003_model_calls")
def model_calls(db):
    # The flat shape of llm's `responses` table: one row per model call.
    db["model_calls"].create(
        {
            "id": int,
            "model": str,
            "prompt_name": str,
            "prompt_version": str,
            "prompt": str,
            "system": str,
            "options_json": str,
            "response": str,
            "response_json": str,
            "input_tokens": int,
            "output_tokens": int,
            "cost": float,
            "duration_ms": int,
            "outcome": str,
            "error": str,
            "quotes_dropped": int,
            "input_hash": str,
            "revision_id": int,
            "user_id": int,
            "datetime_utc": str,
        },
        pk="id",
    )
    db["model_calls"].create_index(["input_hash"])
    db["model_calls"].create_index(["revision_id"])


@migrations(name="010_cohorts")
def cohorts(db):
    # A cohort belongs to one instructor; mentees join it with its invite code (and may leave: row deleted).
    db["cohorts"].create(
        {
            "id": int,
            "instructor_id": int,
            "name": str,
            "code": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("instructor_id", "users", "id")],
        not_null={"instructor_id", "name", "code"},
    )
    db["cohorts"].create_index(["code"], unique=True)
    db["cohorts"].create_index(["instructor_id"])
    db["cohort_members"].create(
        {
            "cohort_id": int,
            "mentee_id": int,
            "joined_at": str,
        },
        pk=("cohort_id", "mentee_id"),
        foreign_keys=[("cohort_id", "cohorts", "id"), ("mentee_id", "users", "id")],
    )
    db["cohort_members"].create_index(["mentee_id"])


@migrations(name="011_reviews")
def reviews(db):
    # One review per (revision, instructor): the instructor's own 1-5 scores, a general comment,
    # agreement with each critique's findings per rubric, and comments anchored to quoted spans.
    db["reviews"].create(
        {
            "id": int,
            "revision_id": int,
            "instructor_id": int,
            "clarity": int,
            "brevity": int,
            "value": int,
            "professionalism": int,
            "comment": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("revision_id", "revisions", "id"), ("instructor_id", "users", "id")],
        not_null={"revision_id", "instructor_id"},
    )
    db["reviews"].create_index(["revision_id", "instructor_id"], unique=True)
    db["reviews"].create_index(["instructor_id"])
    db["review_agreements"].create(
        {
            "review_id": int,
            "critique_id": int,
            "rubric": str,
            "agreed": int,
        },
        pk=("review_id", "critique_id", "rubric"),
        foreign_keys=[("review_id", "reviews", "id"), ("critique_id", "critiques", "id")],
    )
    db["review_comments"].create(
        {
            "id": int,
            "review_id": int,
            "field": str,
            "quote": str,
            "quote_start": int,
            "quote_end": int,
            "comment": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("review_id", "reviews", "id")],
        not_null={"review_id", "field", "quote", "quote_start", "quote_end", "comment"},
    )
    db["review_comments"].create_index(["review_id"])
    db["comment_bank"].create(
        {
            "id": int,
            "instructor_id": int,
            "text": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("instructor_id", "users", "id")],
        not_null={"instructor_id", "text"},
    )
    db["comment_bank"].create_index(["instructor_id"])


@migrations(name="012_anchors")
def anchors(db):
    # Anchor drafts every instructor may score to calibrate; their draft rows have kind 'anchor'.
    db["anchors"].create(
        {
            "id": int,
            "slug": str,
            "title": str,
            "note": str,
            "draft_id": int,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("draft_id", "drafts", "id")],
        not_null={"slug", "title"},
    )
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
    db["status_changes"].create(
        {
            "id": int,
            "user_id": int,
            "mentor_id": int,
            "from_status": str,
            "to_status": str,
            "happened_on": str,
            "channel": str,
            "followup_number": int,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("user_id", "users", "id"), ("mentor_id", "mentors", "id")],
        not_null={"user_id", "mentor_id", "to_status", "created_at"},
    )
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
    db["questions"].create(
        {
            "id": int,
            "user_id": int,
            "mentor_id": int,
            "category": str,
            "text": str,
            "position": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("user_id", "users", "id"), ("mentor_id", "mentors", "id")],
        not_null={"user_id", "mentor_id", "category", "text"},
    )
    db["questions"].create_index(["mentor_id"])
    db["conversation_plans"].create(
        {
            "mentor_id": int,
            "user_id": int,
            "minutes": int,
            "meeting_on": str,
            "opening": str,
            "next_steps": str,
            "maintenance": str,
            "updated_at": str,
        },
        pk="mentor_id",
        foreign_keys=[("user_id", "users", "id"), ("mentor_id", "mentors", "id")],
        not_null={"user_id"},
    )


@migrations(name="031_meetings_and_action_items")
def meetings_and_action_items(db):
    # kind 'action' is something to do; kind 'update' is a progress update to send the mentor later.
    db["meetings"].create(
        {
            "id": int,
            "user_id": int,
            "mentor_id": int,
            "held_on": str,
            "notes": str,
            "insights": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("user_id", "users", "id"), ("mentor_id", "mentors", "id")],
        not_null={"user_id", "mentor_id", "held_on"},
    )
    db["meetings"].create_index(["mentor_id"])
    db["action_items"].create(
        {
            "id": int,
            "user_id": int,
            "mentor_id": int,
            "meeting_id": int,
            "kind": str,
            "text": str,
            "due_on": str,
            "done_on": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("user_id", "users", "id"), ("mentor_id", "mentors", "id"), ("meeting_id", "meetings", "id")],
        not_null={"user_id", "mentor_id", "kind", "text"},
    )
    db["action_items"].create_index(["user_id"])
    db["action_items"].create_index(["mentor_id"])


@migrations(name="032_peers")
def peers(db):
    # One table for both directions: 'peer' (learning partners) and 'mentoring' (juniors or career changers
    # the mentee mentors), because the lesson gives both the same structure.
    db["peers"].create(
        {
            "id": int,
            "user_id": int,
            "direction": str,
            "name": str,
            "who": str,
            "teach": str,
            "learn": str,
            "projects": str,
            "cadence": str,
            "accountability": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("user_id", "users", "id")],
        not_null={"user_id", "direction", "name"},
    )
    db["peers"].create_index(["user_id"])


# Issue 10: rate limits, kept in SQLite so every gunicorn worker counts the same attempts -------------


@migrations(name="040_rate_limits")
def rate_limits(db):
    # One row per counted event (a failed sign-in, per email and address); rows older than the window are pruned.
    db["rate_limit_events"].create(
        {
            "id": int,
            "bucket": str,
            "key": str,
            "datetime_utc": str,
        },
        pk="id",
        not_null={"bucket", "key", "datetime_utc"},
    )
    db["rate_limit_events"].create_index(["bucket", "key", "datetime_utc"])
    # The per-user model quota counts this user's calls in the last hour.
    db["model_calls"].create_index(["user_id", "datetime_utc"])


# Issue 13: instructors join through a one-time invitation from an instructor, never the public sign-up ------


@migrations(name="sec_instructor_invitations")
def instructor_invitations(db):
    # Only the token's SHA-256 is kept: the link is shown once to the instructor who made it.
    db["instructor_invitations"].create(
        {
            "id": int,
            "token_hash": str,
            "created_by": int,
            "created_at": str,
            "expires_at": str,
            "used_at": str,
            "used_by": int,
        },
        pk="id",
        foreign_keys=[("created_by", "users", "id"), ("used_by", "users", "id")],
        not_null={"token_hash", "created_by", "created_at", "expires_at"},
    )
    db["instructor_invitations"].create_index(["token_hash"], unique=True)
    db["instructor_invitations"].create_index(["created_by"])


# Issue 13: what mentees and instructors stumble on ------------------------------------------------


@migrations(name="ux_finding_agreements")
def ux_finding_agreements(db):
    # An instructor's agree/disagree with one finding of a critique (its position in findings_json), beside the
    # per-rubric marks of review_agreements; rubric and code are copied so calibration counts without decoding JSON.
    db["review_finding_agreements"].create(
        {
            "review_id": int,
            "critique_id": int,
            "position": int,
            "rubric": str,
            "code": str,
            "agreed": int,
        },
        pk=("review_id", "critique_id", "position"),
        foreign_keys=[("review_id", "reviews", "id"), ("critique_id", "critiques", "id")],
        not_null={"rubric", "agreed"},
    )


@migrations(name="ux_review_reads")
def ux_review_reads(db):
    # When the mentee last opened each instructor review: a review updated after that reads as unread again.
    db["review_reads"].create(
        {
            "review_id": int,
            "mentee_id": int,
            "read_at": str,
        },
        pk=("review_id", "mentee_id"),
        foreign_keys=[("review_id", "reviews", "id"), ("mentee_id", "users", "id")],
        not_null={"read_at"},
    )


@migrations(name="ux_board_peers")
def ux_board_peers(db):
    # The board's peer seat may go to someone from the Peers page instead of a mentor.
    db["peers"].add_column("board_seat", str)


# Issues 13 and 18: server-side sessions and account recovery ------------------------------------


@migrations(name="acc_sessions")
def acc_sessions(db):
    # One row per sign-in; the cookie holds a random token and only its SHA-256 is stored, so a copy of the
    # database cannot be replayed as a cookie. Deleting the row ends the session (sign-out, revocation).
    db["user_sessions"].create(
        {
            "id": int,
            "user_id": int,
            "token_hash": str,
            "created_at": str,
            "last_seen_at": str,
            "expires_at": str,
            "user_agent": str,
        },
        pk="id",
        foreign_keys=[("user_id", "users", "id")],
        not_null={"user_id", "token_hash", "created_at", "last_seen_at", "expires_at"},
    )
    db["user_sessions"].create_index(["token_hash"], unique=True)
    db["user_sessions"].create_index(["user_id"])


@migrations(name="acc_password_resets")
def acc_password_resets(db):
    # One row per reset link; only the token's SHA-256 is stored. `issued_by` is the instructor who made it
    # for a mentee (null when the owner asked by email or the command line made it).
    db["password_resets"].create(
        {
            "id": int,
            "user_id": int,
            "token_hash": str,
            "created_at": str,
            "expires_at": str,
            "used_at": str,
            "issued_by": int,
        },
        pk="id",
        foreign_keys=[("user_id", "users", "id")],
        not_null={"user_id", "token_hash", "expires_at"},
    )
    db["password_resets"].create_index(["token_hash"], unique=True)
    db["password_resets"].create_index(["user_id"])


@migrations(name="acc_deleted_records")
def acc_deleted_records(db):
    # What a delete removed, as JSON, so the same session can undo it for a few minutes; then purged.
    db["deleted_records"].create(
        {
            "id": int,
            "user_id": int,
            "session_id": int,
            "label": str,
            "rows_json": str,
            "deleted_at": str,
        },
        pk="id",
        foreign_keys=[("user_id", "users", "id")],
        not_null={"user_id", "label", "rows_json", "deleted_at"},
    )
    db["deleted_records"].create_index(["user_id"])


# Issue 15: which one-click edits the mentee applied before saving a revision -----------------------------


@migrations(name="edits_applied")
def edits_applied(db):
    # The finding codes of the edits applied, comma-separated in the order applied ('' when none), so the
    # instructor sees how much of a revision came from the coach's suggestions.
    db["revisions"].add_column("applied_edits", str)


# Issue 17: instructor pages at the size of a real course -----------------------------------------------
# The cohort dashboard reads summaries instead of decoding every critique. Each summary is defined once, as a
# `*_live` view over the base tables, and kept in a table by triggers, so every writer (the app, the CLI, a
# later feature) keeps it current in the same transaction as the write it follows. Tests compare each table
# with its view.

# Each draft's revisions from its Nth newest with a built-in critique on (all of them if it has fewer), found
# through the (draft_id, number) index from the newest end: a refresh reads a few rows per draft, not its history.
_FROM_NTH_CRITIQUED = """r.number >= coalesce((select n.number from revisions n where n.draft_id = d.id and exists
       (select 1 from critiques where revision_id = n.id and engine = 'builtin')
       order by n.number desc limit 1 offset {offset}), 0)"""
_FIRST_CRITIQUED = """r.number <= (select n.number from revisions n where n.draft_id = d.id and exists
       (select 1 from critiques where revision_id = n.id and engine = 'builtin') order by n.number limit 1)"""
_CRITIQUED_REVISIONS = """drafts d join revisions r on r.draft_id = d.id and {since}
       join critiques c on c.id = (select max(id) from critiques where revision_id = r.id and engine = 'builtin')
       where d.user_id = u.id order by r.created_at {way}, r.id {way}"""

# run_<rubric>: the highest score on that rubric over the mentee's last 3 critiqued revisions (null with fewer
# than 3), so "stuck below N" is run_<rubric> < N; cohorts.STUCK_RUN must stay 3 to match. One subquery per
# rubric: a shared one would be evaluated once per reference after SQLite flattens the view.
_RUN = (
    "(select case when count(*) = 3 then max({rubric}) end from (select c.{rubric} from "
    + _CRITIQUED_REVISIONS.format(since=_FROM_NTH_CRITIQUED.format(offset=2), way="desc")
    + " limit 3)) as run_{rubric}"
)
_RUBRICS = ("clarity", "brevity", "value", "professionalism")

_MENTEE_SUMMARY_LIVE = (
    """
create view mentee_summary_live as
select s.mentee_id, s.mentors, s.drafts, s.revisions, s.last_revision_at,
  nullif(max(coalesce(s.last_revision_at, ''), coalesce(s.last_mentor_update, '')), '') as last_activity,
  c.clarity, c.brevity, c.value, c.professionalism,
  s.run_clarity, s.run_brevity, s.run_value, s.run_professionalism, s.uncritiqued,
  -- the trend: the overall score of the latest critiqued revision against the first one's
  c.overall, fc.overall as first_overall
from (
  select u.id as mentee_id,
    (select count(*) from mentors where user_id = u.id) as mentors,
    (select count(*) from drafts where user_id = u.id) as drafts,
    (select count(*) from drafts d join revisions r on r.draft_id = d.id where d.user_id = u.id) as revisions,
    -- a draft's newest revision is its last saved: numbers are given in the order of saving
    (select max(r.created_at) from drafts d join revisions r on r.draft_id = d.id
       and r.number = (select max(number) from revisions where draft_id = d.id) where d.user_id = u.id)
      as last_revision_at,
    (select max(updated_at) from mentors where user_id = u.id) as last_mentor_update,
    (select c.id from """
    + _CRITIQUED_REVISIONS.format(since=_FROM_NTH_CRITIQUED.format(offset=0), way="desc")
    + """ limit 1) as latest_critique_id,
    (select c.id from """
    + _CRITIQUED_REVISIONS.format(since=_FIRST_CRITIQUED, way="asc")
    + """ limit 1)
      as first_critique_id,
    """
    + ",\n    ".join(_RUN.format(rubric=r) for r in _RUBRICS)
    + """,
    (select count(*) from drafts d where d.user_id = u.id and not exists
       (select 1 from revisions r join critiques c on c.revision_id = r.id where r.draft_id = d.id)) as uncritiqued
  from users u) s
left join critiques c on c.id = s.latest_critique_id
left join critiques fc on fc.id = s.first_critique_id
"""
)

# Each draft's newest critique per coach: the built-in coach (fallbacks included, as the dashboard always
# counted them) and each model by name (failed model critiques left out).
_DRAFT_SCORES_LIVE = """
create view draft_scores_live as
select mentee_id, draft_id, engine, model, revision_number, critique_id, clarity, brevity, value, professionalism
from (
  select d.user_id as mentee_id, r.draft_id, c.engine,
    case when c.engine = 'builtin' then '' else coalesce(c.model, '') end as model,
    r.number as revision_number, c.id as critique_id, c.clarity, c.brevity, c.value, c.professionalism,
    row_number() over (partition by r.draft_id, c.engine,
                       case when c.engine = 'builtin' then '' else coalesce(c.model, '') end
                       order by r.number desc, c.id desc) as nth
  from critiques c join revisions r on r.id = c.revision_id join drafts d on d.id = r.draft_id
  where c.engine = 'builtin' or c.model_error is null)
where nth = 1
"""

# The problems (not praise) of a critique, one row per finding code with its first finding as the example; and
# those of each draft's newest critique per coach.
_CRITIQUE_PROBLEMS = """
create view critique_problems as
select c.id as critique_id, json_extract(f.value, '$.code') as code, json_extract(f.value, '$.rubric') as rubric,
  json_extract(f.value, '$.message') as message
from critiques c, json_each(c.findings_json) f
where coalesce(json_extract(f.value, '$.severity'), '') != 'praise' and json_extract(f.value, '$.code') is not null
  and not exists (select 1 from json_each(c.findings_json) e where e.key < f.key
                  and json_extract(e.value, '$.code') = json_extract(f.value, '$.code')
                  and coalesce(json_extract(e.value, '$.severity'), '') != 'praise')
"""
_DRAFT_FINDINGS_LIVE = """
create view draft_findings_live as
select s.mentee_id, s.draft_id, s.engine, s.model, p.code, p.rubric, p.message
from draft_scores s join critique_problems p on p.critique_id = s.critique_id
"""


def _refresh_mentee(mentee):
    return f"insert or replace into mentee_summaries select * from mentee_summary_live where mentee_id = {mentee};"


def _refresh_draft_scores(draft):
    """Recompute one draft's rows (after a delete: rare, so a full recompute of that draft is fine)."""
    return (
        f"delete from draft_findings where draft_id = {draft}; delete from draft_scores where draft_id = {draft}; "
        f"insert into draft_scores select * from draft_scores_live where draft_id = {draft}; "
        f"insert into draft_findings select * from draft_findings_live where draft_id = {draft};"
    )


_DRAFT_OF_REVISION = "(select draft_id from revisions where id = {rev})"
_MENTEE_OF_DRAFT = "(select user_id from drafts where id = {draft})"
_MENTEE_OF_REVISION = "(select d.user_id from revisions r join drafts d on d.id = r.draft_id where r.id = {rev})"

_SCALE_TRIGGERS = [
    ("mentors_insert_summary", "after insert on mentors", _refresh_mentee("new.user_id")),
    ("mentors_update_summary", "after update of updated_at on mentors", _refresh_mentee("new.user_id")),
    ("mentors_delete_summary", "after delete on mentors", _refresh_mentee("old.user_id")),
    ("drafts_insert_summary", "after insert on drafts", _refresh_mentee("new.user_id")),
    (
        "drafts_delete_summary",
        "after delete on drafts",
        "delete from draft_findings where draft_id = old.id; delete from draft_scores where draft_id = old.id; "
        + _refresh_mentee("old.user_id"),
    ),
    (
        "revisions_insert_summary",
        "after insert on revisions",
        _refresh_mentee(_MENTEE_OF_DRAFT.format(draft="new.draft_id")),
    ),
    (
        "revisions_delete_summary",
        "after delete on revisions",
        _refresh_draft_scores("old.draft_id") + _refresh_mentee(_MENTEE_OF_DRAFT.format(draft="old.draft_id")),
    ),
    (
        "critiques_insert_summary",
        "after insert on critiques",
        _refresh_mentee(_MENTEE_OF_REVISION.format(rev="new.revision_id")),
    ),
    (
        "critiques_delete_summary",
        "after delete on critiques",
        _refresh_draft_scores(_DRAFT_OF_REVISION.format(rev="old.revision_id"))
        + _refresh_mentee(_MENTEE_OF_REVISION.format(rev="old.revision_id")),
    ),
    ("users_delete_summary", "after delete on users", "delete from mentee_summaries where mentee_id = old.id;"),
]

# A new critique replaces its draft's row for its coach only if it is at least as new (a model may be asked
# about an older revision), and then its problems replace the draft's findings for that coach.
_CRITIQUE_LATEST_TRIGGER = """
create trigger critiques_insert_latest after insert on critiques
when new.engine = 'builtin' or new.model_error is null
begin
  insert into draft_scores (mentee_id, draft_id, engine, model, revision_number, critique_id,
                            clarity, brevity, value, professionalism)
  select d.user_id, r.draft_id, new.engine, case when new.engine = 'builtin' then '' else coalesce(new.model, '') end,
    r.number, new.id, new.clarity, new.brevity, new.value, new.professionalism
  from revisions r join drafts d on d.id = r.draft_id where r.id = new.revision_id
  on conflict (mentee_id, draft_id, engine, model) do update set
    revision_number = excluded.revision_number, critique_id = excluded.critique_id, clarity = excluded.clarity,
    brevity = excluded.brevity, value = excluded.value, professionalism = excluded.professionalism
  where excluded.revision_number >= draft_scores.revision_number;
  delete from draft_findings where (mentee_id, draft_id, engine, model) in (
    select mentee_id, draft_id, engine, model from draft_scores where critique_id = new.id);
  insert into draft_findings select s.mentee_id, s.draft_id, s.engine, s.model, p.code, p.rubric, p.message
    from draft_scores s join critique_problems p on p.critique_id = s.critique_id where s.critique_id = new.id;
end
"""


# Per cohort: how many drafts score each point on each rubric, and have each problem, per coach. Kept by
# adding and subtracting as draft rows and memberships change, so the dashboard reads a few dozen rows.
_RUBRIC_ROWS = (
    "(select 'clarity' as rubric union all select 'brevity' union all select 'value' "
    "union all select 'professionalism')"
)


def _point(row):
    """SQL for the whole point (1-5, half up, as cohorts.round_score) of `row`'s score on rubric k.rubric."""
    return (
        f"min(5, max(1, cast(case k.rubric when 'clarity' then {row}.clarity when 'brevity' then {row}.brevity "
        f"when 'value' then {row}.value else {row}.professionalism end + 0.5 as integer)))"
    )


_COHORT_COUNTS_LIVE = f"""
create view cohort_score_counts_live as
select cm.cohort_id, s.engine, s.model, k.rubric, {_point("s")} as point, count(*) as drafts
from cohort_members cm join draft_scores s on s.mentee_id = cm.mentee_id, {_RUBRIC_ROWS} k
group by cm.cohort_id, s.engine, s.model, k.rubric, {_point("s")};
create view cohort_finding_counts_live as
select cm.cohort_id, f.engine, f.model, f.code, count(*) as drafts, f.rubric
from cohort_members cm join draft_findings f on f.mentee_id = cm.mentee_id
group by cm.cohort_id, f.engine, f.model, f.code
"""


def _add_scores(row, sign):
    """Add (sign 1) or take away (-1) one draft row's points in every cohort its mentee is in."""
    return (
        f"insert into cohort_score_counts (cohort_id, engine, model, rubric, point, drafts) "
        f"select cm.cohort_id, {row}.engine, {row}.model, k.rubric, {_point(row)}, {sign} "
        f"from {_RUBRIC_ROWS} k, cohort_members cm where cm.mentee_id = {row}.mentee_id "
        f"on conflict do update set drafts = drafts + excluded.drafts;"
    )


def _add_findings(row, sign):
    return (
        f"insert into cohort_finding_counts (cohort_id, engine, model, code, drafts, rubric) "
        f"select cm.cohort_id, {row}.engine, {row}.model, {row}.code, {sign}, {row}.rubric "
        f"from cohort_members cm where cm.mentee_id = {row}.mentee_id "
        f"on conflict do update set drafts = drafts + excluded.drafts;"
    )


def _add_member(sign, member):
    """Add (1) or take away (-1) all of a mentee's draft rows in one cohort, as they join or leave it."""
    return (
        f"insert into cohort_score_counts (cohort_id, engine, model, rubric, point, drafts) "
        f"select {member}.cohort_id, s.engine, s.model, k.rubric, {_point('s')}, {sign} * count(*) "
        f"from draft_scores s, {_RUBRIC_ROWS} k where s.mentee_id = {member}.mentee_id "
        f"group by s.engine, s.model, k.rubric, {_point('s')} "
        f"on conflict do update set drafts = drafts + excluded.drafts; "
        f"insert into cohort_finding_counts (cohort_id, engine, model, code, drafts, rubric) "
        f"select {member}.cohort_id, f.engine, f.model, f.code, {sign} * count(*), f.rubric "
        f"from draft_findings f where f.mentee_id = {member}.mentee_id group by f.engine, f.model, f.code "
        f"on conflict do update set drafts = drafts + excluded.drafts;"
    )


_COHORT_TRIGGERS = [
    ("draft_scores_insert_cohorts", "after insert on draft_scores", _add_scores("new", 1)),
    ("draft_scores_update_cohorts", "after update on draft_scores", _add_scores("old", -1) + _add_scores("new", 1)),
    ("draft_scores_delete_cohorts", "after delete on draft_scores", _add_scores("old", -1)),
    ("draft_findings_insert_cohorts", "after insert on draft_findings", _add_findings("new", 1)),
    ("draft_findings_delete_cohorts", "after delete on draft_findings", _add_findings("old", -1)),
    ("cohort_members_insert_counts", "after insert on cohort_members", _add_member(1, "new")),
    ("cohort_members_delete_counts", "after delete on cohort_members", _add_member(-1, "old")),
    # A count that reaches zero goes, so nothing of a mentee who left (or closed their account) stays behind.
    (
        "cohort_score_counts_prune",
        "after update on cohort_score_counts when new.drafts <= 0",
        "delete from cohort_score_counts where cohort_id = new.cohort_id and engine = new.engine "
        "and model = new.model and rubric = new.rubric and point = new.point;",
    ),
    (
        "cohort_finding_counts_prune",
        "after update on cohort_finding_counts when new.drafts <= 0",
        "delete from cohort_finding_counts where cohort_id = new.cohort_id and engine = new.engine "
        "and model = new.model and code = new.code;",
    ),
    # A critique's problems (findings other than praise) counted once, for the export.
    (
        "critiques_insert_problems",
        "after insert on critiques when new.problems is null",
        "update critiques set problems = (select count(*) from json_each(new.findings_json) "
        "where json_extract(value, '$.severity') is not 'praise') where id = new.id;",
    ),
]


@migrations(name="scale_instructor_summaries")
def scale_instructor_summaries(db):
    # WITHOUT ROWID, keyed by mentee first: a cohort's rows are read by walking its members' keys.
    db.executescript("""
        create table mentee_summaries (
          mentee_id integer primary key, mentors integer, drafts integer, revisions integer, last_revision_at text,
          last_activity text, clarity float, brevity float, value float, professionalism float,
          run_clarity float, run_brevity float, run_value float, run_professionalism float, uncritiqued integer,
          overall float, first_overall float);
        create table draft_scores (
          mentee_id integer not null, draft_id integer not null, engine text not null, model text not null,
          revision_number integer not null, critique_id integer not null,
          clarity float, brevity float, value float, professionalism float,
          primary key (mentee_id, draft_id, engine, model)) without rowid;
        create index draft_scores_draft on draft_scores (draft_id);
        create index draft_scores_critique on draft_scores (critique_id);
        create table draft_findings (
          mentee_id integer not null, draft_id integer not null, engine text not null, model text not null,
          code text not null, rubric text, message text,
          primary key (mentee_id, draft_id, engine, model, code)) without rowid;
        create index draft_findings_draft on draft_findings (draft_id);
        create index review_agreements_critique on review_agreements (critique_id);
        create table cohort_score_counts (
          cohort_id integer not null, engine text not null, model text not null, rubric text not null,
          point integer not null, drafts integer not null,
          primary key (cohort_id, engine, model, rubric, point)) without rowid;
        create table cohort_finding_counts (
          cohort_id integer not null, engine text not null, model text not null, code text not null,
          drafts integer not null, rubric text,
          primary key (cohort_id, engine, model, code)) without rowid;
        alter table critiques add column problems integer;
        update critiques set problems = (select count(*) from json_each(findings_json)
                                         where json_extract(value, '$.severity') is not 'praise');
    """)
    for view in (
        _MENTEE_SUMMARY_LIVE,
        _DRAFT_SCORES_LIVE,
        _CRITIQUE_PROBLEMS,
        _DRAFT_FINDINGS_LIVE,
        _COHORT_COUNTS_LIVE,
    ):
        db.executescript(view + ";")
    # Backfill from what is already there, then keep current from here on.
    db.executescript(
        "insert into mentee_summaries select * from mentee_summary_live "
        "where mentee_id in (select user_id from mentors);"
        "insert into draft_scores select * from draft_scores_live;"
        "insert into draft_findings select * from draft_findings_live;"
        "insert into cohort_score_counts select * from cohort_score_counts_live;"
        "insert into cohort_finding_counts select * from cohort_finding_counts_live;"
    )
    for name, event, body in _SCALE_TRIGGERS + _COHORT_TRIGGERS:
        db.executescript(f"create trigger {name} {event} begin {body} end;")
    db.executescript(_CRITIQUE_LATEST_TRIGGER + ";")
