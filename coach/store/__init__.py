"""Every SQL statement of the app, split by table family into the modules of this package and imported from
here: callers use `store.get_mentor(db, ...)`, never a submodule. Functions take a sqlite-utils Database
and plain values.

Functions that read a user's records take that user's id and return None for anyone else's row,
so a view cannot leak data by forgetting a check.
"""
from .common import (
    RUBRICS, insert_many, now, write_transaction,
)
from .connection import (
    backup_database, configure_connection,
)
from .accounts import (
    PROFILE_FIELDS, delete_session, delete_user_sessions, forget_issuer, get_instructor_by_email,
    get_open_invitation, get_profile, get_session_by_hash, get_usable_reset, get_user, get_user_by_email,
    insert_invitation, insert_reset, insert_session, insert_user, list_invitations, list_user_sessions,
    purge_user_sessions, retire_resets, save_profile, touch_session, update_password_hash, update_user_email,
    update_user_name, use_invitation, use_reset,
)
from .mentors import (
    MENTOR_FIELDS, get_mentor, insert_mentor, list_mentors, update_mentor,
)
from .drafts import (
    MODEL_CALL_FIELDS, cached_model_call, count_revisions, critique_for_call, get_draft, get_revision,
    insert_critique, insert_draft, insert_model_call, insert_revision, latest_revision, list_critiques,
    list_drafts, list_model_calls, list_revisions, set_quotes_dropped,
)
from .cohorts import (
    add_cohort_member, cohort_common_findings, cohort_score_counts, count_cohort_mentees, delete_cohort,
    get_cohort, get_cohort_by_code, get_cohort_for_instructor, get_draft_for_instructor,
    get_mentee_for_instructor, get_revision_for_instructor, insert_cohort, instructor_can_see,
    list_cohort_mentees, list_cohorts_for_instructor, list_cohorts_for_mentee,
    list_mentee_drafts_with_revisions, move_cohort, remove_cohort_member,
)
from .reviews import (
    claim_anchor, delete_bank_comment, delete_review_comment, ensure_review, get_bank_comment, get_review,
    insert_bank_comment, insert_review_comment, iter_cohort_export_rows, list_agreement_marks, list_agreements,
    list_anchors, list_bank_comments, list_calibration_pairs, list_cohort_engines, list_finding_agreements,
    list_review_comments, list_reviews_for_draft, list_reviews_for_mentee, list_reviews_of_mentee,
    mark_reviews_read, save_review, set_anchor_draft,
)
from .outreach import (
    OUTREACH_COLUMNS, clear_board_seat, get_followup_days, insert_status_change, latest_message,
    list_followups_due, list_status_changes, set_followup_days, set_peer_board_seat, update_mentor_outreach,
)
from .conversations import (
    PEER_FIELDS, PLAN_FIELDS, delete_question, get_action_item, get_meeting, get_peer, get_plan, get_question,
    insert_action_item, insert_meeting, insert_peer, insert_question, latest_first_message, list_action_items,
    list_meetings, list_peers, list_questions, save_plan, set_action_item_done, update_peer, update_question,
)
from .limits import (
    clear_rate_events, count_model_calls, count_rate_events, delete_rate_events, delete_rate_events_for,
    record_rate_events_within,
)
from .records import (
    CHUNK, EXTRA_LINKS, delete_found, drop_deleted, drop_session_deleted, drop_user_deleted, foreign_links,
    get_deleted, insert_deleted, insert_found, owned_rows, purge_deleted, rows_where,
)


# The one import surface: every public name of the submodules above.
__all__ = [
    "CHUNK", "EXTRA_LINKS", "MENTOR_FIELDS", "MODEL_CALL_FIELDS", "OUTREACH_COLUMNS", "PEER_FIELDS",
    "PLAN_FIELDS", "PROFILE_FIELDS", "RUBRICS", "add_cohort_member", "backup_database", "cached_model_call",
    "claim_anchor", "clear_board_seat", "clear_rate_events", "cohort_common_findings", "cohort_score_counts",
    "configure_connection", "count_cohort_mentees", "count_model_calls", "count_rate_events", "count_revisions",
    "critique_for_call", "delete_bank_comment", "delete_cohort", "delete_found", "delete_question",
    "delete_rate_events", "delete_rate_events_for", "delete_review_comment", "delete_session",
    "delete_user_sessions", "drop_deleted", "drop_session_deleted", "drop_user_deleted", "ensure_review",
    "foreign_links", "forget_issuer", "get_action_item", "get_bank_comment", "get_cohort", "get_cohort_by_code",
    "get_cohort_for_instructor", "get_deleted", "get_draft", "get_draft_for_instructor", "get_followup_days",
    "get_instructor_by_email", "get_meeting", "get_mentee_for_instructor", "get_mentor", "get_open_invitation",
    "get_peer", "get_plan", "get_profile", "get_question", "get_review", "get_revision",
    "get_revision_for_instructor", "get_session_by_hash", "get_usable_reset", "get_user", "get_user_by_email",
    "insert_action_item", "insert_bank_comment", "insert_cohort", "insert_critique", "insert_deleted",
    "insert_draft", "insert_found", "insert_invitation", "insert_many", "insert_meeting", "insert_mentor",
    "insert_model_call", "insert_peer", "insert_question", "insert_reset", "insert_review_comment",
    "insert_revision", "insert_session", "insert_status_change", "insert_user", "instructor_can_see",
    "iter_cohort_export_rows", "latest_first_message", "latest_message", "latest_revision", "list_action_items",
    "list_agreement_marks", "list_agreements", "list_anchors", "list_bank_comments", "list_calibration_pairs",
    "list_cohort_engines", "list_cohort_mentees", "list_cohorts_for_instructor", "list_cohorts_for_mentee",
    "list_critiques", "list_drafts", "list_finding_agreements", "list_followups_due", "list_invitations",
    "list_meetings", "list_mentee_drafts_with_revisions", "list_mentors", "list_model_calls", "list_peers",
    "list_questions", "list_review_comments", "list_reviews_for_draft", "list_reviews_for_mentee",
    "list_reviews_of_mentee", "list_revisions", "list_status_changes", "list_user_sessions",
    "mark_reviews_read", "move_cohort", "now", "owned_rows", "purge_deleted", "purge_user_sessions",
    "record_rate_events_within", "remove_cohort_member", "retire_resets", "rows_where", "save_plan",
    "save_profile", "save_review", "set_action_item_done", "set_anchor_draft", "set_followup_days",
    "set_peer_board_seat", "set_quotes_dropped", "touch_session", "update_mentor", "update_mentor_outreach",
    "update_password_hash", "update_peer", "update_question", "update_user_email", "update_user_name",
    "use_invitation", "use_reset", "write_transaction",
]
