"""Writes that belong together land together: each operation below is interrupted halfway (its later store write
made to fail) and must leave nothing of its earlier writes behind; run uninterrupted, it writes them all."""

import pytest
from flask import Response, g

from coach import security, sessions, store
from coach.db import get_db
from coach.drafts import services as drafting
from coach.instructor import calibration, reviews
from coach.outreach import followups, strategy


class Interrupted(Exception):
    """The failure planted halfway through an operation."""


@pytest.fixture
def interrupt(monkeypatch):
    """Make one store write fail: interrupt("insert_status_change")."""

    def plant(name):
        def fail(*args, **kwargs):
            raise Interrupted(name)

        monkeypatch.setattr(store, name, fail)

    return plant


@pytest.fixture
def mentee(db):
    """A mentee (as the services see them) with one mentor still being researched."""
    user_id = store.insert_user(db, "ana@example.com", "Ana Lima", "!", "mentee")
    mentor_id = store.insert_mentor(
        db, user_id, {"name": "Kenji Watanabe", "role": "Security engineer", "research": "Runs a yearly CTF workshop."}
    )
    return store.get_user(db, user_id), store.get_mentor(db, user_id, mentor_id)


def _count(db, table, where="1", params=()):
    return db.execute(f"select count(*) from {table} where {where}", params).fetchone()[0]


def test_a_status_change_interrupted_before_its_history_row_leaves_the_status_as_it_was(db, mentee, interrupt):
    user, mentor = mentee
    interrupt("insert_status_change")
    with pytest.raises(Interrupted):
        followups.change_status(db, user["id"], mentor, "sent")
    row = store.get_mentor(db, user["id"], mentor["id"])
    assert (row["status"], row["sent_on"], row["followup_due"]) == ("researching", None, None)
    assert _count(db, "status_changes") == 0


def test_a_status_change_writes_the_status_and_its_history_row(db, mentee):
    user, mentor = mentee
    followups.change_status(db, user["id"], mentor, "sent")
    assert store.get_mentor(db, user["id"], mentor["id"])["status"] == "sent"
    assert [c["to_status"] for c in store.list_status_changes(db, user["id"], mentor["id"])] == ["sent"]


def test_a_first_draft_interrupted_before_its_status_note_leaves_no_draft(app, db, mentee, interrupt):
    user, mentor = mentee
    interrupt("insert_status_change")
    with pytest.raises(Interrupted):
        followups.start_first_draft(db, app.config, user, mentor, "moving into application security", 20, "video call")
    assert (_count(db, "drafts"), _count(db, "revisions"), _count(db, "critiques")) == (0, 0, 0)
    assert store.get_mentor(db, user["id"], mentor["id"])["status"] == "researching"


def test_a_first_draft_is_saved_with_its_revision_critique_and_drafted_status(app, db, mentee):
    user, mentor = mentee
    draft_id, _ = followups.start_first_draft(
        db, app.config, user, mentor, "moving into application security", 20, "video call"
    )
    assert store.latest_revision(db, draft_id)["number"] == 1
    assert _count(db, "critiques") == 1
    assert store.get_mentor(db, user["id"], mentor["id"])["status"] == "drafted"


def test_a_draft_interrupted_before_its_critique_leaves_no_draft_and_no_revision(app, db, mentee, interrupt):
    user, mentor = mentee
    interrupt("insert_critique")
    with pytest.raises(Interrupted):
        drafting.start_draft(db, app.config, user, mentor, "moving into application security", 20, "video call")
    assert (_count(db, "drafts"), _count(db, "revisions")) == (0, 0)


def test_an_anchor_interrupted_halfway_is_not_left_claimed_and_is_seeded_next_time(db, interrupt, monkeypatch):
    interrupt("set_anchor_draft")
    with pytest.raises(Interrupted):
        calibration.ensure_anchors(db)
    assert (_count(db, "anchors"), _count(db, "drafts"), _count(db, "mentors"), _count(db, "revisions")) == (0, 0, 0, 0)
    monkeypatch.undo()
    assert calibration.ensure_anchors(db) == len(calibration.ANCHORS)
    assert _count(db, "anchors", "draft_id is not null") == len(calibration.ANCHORS)


def test_a_board_seat_interrupted_after_clearing_keeps_its_old_holder(db, mentee, interrupt):
    user, mentor = mentee
    other = store.insert_mentor(db, user["id"], {"name": "Grace Otieno"})
    assert strategy.assign_seat(db, user["id"], "technical", str(mentor["id"]))
    interrupt("update_mentor_outreach")
    with pytest.raises(Interrupted):
        strategy.assign_seat(db, user["id"], "technical", str(other))
    assert store.get_mentor(db, user["id"], mentor["id"])["board_seat"] == "technical"
    assert store.get_mentor(db, user["id"], other)["board_seat"] is None


@pytest.fixture
def revision(db, mentee):
    """An instructor and a revision of the mentee's, as the review services take them."""
    user, mentor = mentee
    instructor_id = store.insert_user(db, "ines@example.com", "Ines Duarte", "!", "instructor")
    draft_id = store.insert_draft(db, user["id"], mentor["id"], "security", 20, "video call")
    store.insert_revision(db, draft_id, "A question about CTF workshops", "Hello Kenji, I run a small CTF.", "edit")
    return instructor_id, store.latest_revision(db, draft_id)


def test_an_anchored_comment_interrupted_leaves_no_empty_review_behind(db, revision, interrupt):
    instructor_id, rev = revision
    interrupt("insert_review_comment")
    with pytest.raises(Interrupted):
        reviews.add_comment(db, instructor_id, rev, "body", "small CTF", "Say what you learned from it.")
    assert _count(db, "reviews") == 0


def test_a_review_interrupted_before_its_bank_comment_saves_neither(db, revision, interrupt):
    instructor_id, rev = revision
    interrupt("insert_bank_comment")
    scores = {"clarity": 4, "brevity": 3, "value": 2, "professionalism": 5}
    with pytest.raises(Interrupted):
        reviews.save(db, instructor_id, rev, scores, "Name one thing you offer.", {}, keep_in_bank=True)
    assert (_count(db, "reviews"), _count(db, "comment_bank")) == (0, 0)


def test_a_review_kept_in_the_bank_saves_both(db, revision):
    instructor_id, rev = revision
    scores = {"clarity": 4, "brevity": 3, "value": 2, "professionalism": 5}
    reviews.save(db, instructor_id, rev, scores, "Name one thing you offer.", {}, keep_in_bank=True)
    assert store.get_review(db, rev["id"], instructor_id)["clarity"] == 4
    assert [c["text"] for c in store.list_bank_comments(db, instructor_id)] == ["Name one thing you offer."]


def test_a_session_start_interrupted_keeps_the_old_sessions_it_would_have_purged(app, db, mentee, interrupt):
    user, _ = mentee
    store.insert_session(db, user["id"], "old-hash", "2020-01-01T00:00:00+00:00", "2020-01-02T00:00:00+00:00", "")
    interrupt("insert_session")
    with pytest.raises(Interrupted):
        sessions.start(db, app.config, user["id"], "Firefox")
    assert [s["created_at"] for s in store.list_user_sessions(db, user["id"])] == ["2020-01-01T00:00:00+00:00"]


def test_a_forgiven_sign_in_interrupted_keeps_the_attempt_and_the_failures(app, interrupt):
    with app.test_request_context("/auth/signin", method="POST", data={"email": "ana@example.com"}):
        db = get_db()
        key = security._email_key()
        limits = [(security.SIGNIN_BUCKET, key, 10)]
        store.record_rate_events_within(db, limits, "2000-01-01T00:00:00+00:00")  # an earlier failure
        g.signin_attempt, _ = store.record_rate_events_within(db, limits, "2000-01-01T00:00:00+00:00")
        interrupt("clear_rate_events")
        with pytest.raises(Interrupted):
            security.forgive_signin(Response(status=302))
        assert store.count_rate_events(db, security.SIGNIN_BUCKET, key, "2000-01-01T00:00:00+00:00")[0] == 2


# The outreach page's decisions live in the outreach service; the page only shows them.


def test_a_link_that_would_overfill_the_research_notes_is_refused_naming_the_summary(actions, client, db):
    actions.signup()
    mentor_id = actions.mentor(research="n" * (followups.RESEARCH_MAX - 50))
    before = db["mentors"].get(mentor_id)["research"]
    response = actions.post(
        f"/mentee/mentors/{mentor_id}/research-link/confirm",
        {
            "url": "https://blog.example.org/post",
            "title": "Threat models",
            "summary": "One-hour threat models for small teams, step by step.",
        },
        form_path=f"/mentee/mentors/{mentor_id}/outreach",
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert f"would make the research notes longer than {followups.RESEARCH_MAX:,} characters" in html
    assert "One-hour threat models for small teams, step by step." in html  # what was typed is kept
    assert db["mentors"].get(mentor_id)["research"] == before


def test_a_link_is_added_to_the_research_notes_after_a_blank_line(db, mentee):
    user, mentor = mentee
    followups.add_research(db, user["id"], mentor, "Threat models", "https://blog.example.org/post", "In an hour.")
    assert (
        store.get_mentor(db, user["id"], mentor["id"])["research"]
        == "Runs a yearly CTF workshop.\n\nThreat models\nhttps://blog.example.org/post\nIn an hour."
    )


def test_the_outreach_overview_proposes_the_next_status_and_checks_a_value_proposition(db, mentee):
    user, mentor = mentee
    overview = followups.outreach_overview(db, user["id"], mentor)
    assert (overview["next_status"], overview["value_check"], overview["history"]) == ("drafted", None, [])
    store.save_profile(db, user["id"], {"skills": "Python, fuzzing harnesses for parsers"})
    store.update_mentor_outreach(
        db,
        user["id"],
        mentor["id"],
        {"value_proposition": "I could write fuzzing harnesses for the parsers your CTF workshop uses."},
    )
    followups.change_status(db, user["id"], store.get_mentor(db, user["id"], mentor["id"]), "meeting")
    overview = followups.outreach_overview(db, user["id"], store.get_mentor(db, user["id"], mentor["id"]))
    assert overview["next_status"] == "meeting"  # no step follows a meeting: the page proposes the status itself
    codes = {f["code"] for f in overview["value_check"]["findings"]}
    assert "tied_to_their_work" in codes and "not_from_your_inventory" not in codes  # the profile was read
    assert [c["to_status"] for c in overview["history"]] == ["meeting"]


def test_a_revision_interrupted_before_its_critique_is_not_saved_without_it(db, revision, interrupt):
    _, rev = revision
    interrupt("insert_critique")
    with pytest.raises(Interrupted):
        drafting.save_revision(db, rev["draft_id"], "A question about CTF workshops", "Hello Kenji, a new try.", {})
    assert store.latest_revision(db, rev["draft_id"])["number"] == rev["number"]


def test_a_revision_the_engine_fails_on_is_kept_uncritiqued(db, revision, monkeypatch):
    _, rev = revision

    def broken(*args, **kwargs):
        raise RuntimeError("engine bug")

    monkeypatch.setattr(drafting.engine, "critique", broken)
    with pytest.raises(RuntimeError):
        drafting.save_revision(db, rev["draft_id"], "A question about CTF workshops", "Hello Kenji, kept text.", {})
    latest = store.latest_revision(db, rev["draft_id"])
    assert (latest["number"], latest["body"]) == (rev["number"] + 1, "Hello Kenji, kept text.")
    assert _count(db, "critiques", "revision_id = ?", (latest["id"],)) == 0
