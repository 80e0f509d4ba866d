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
