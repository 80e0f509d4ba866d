"""After every form in the app has been saved with realistic values (dates as YYYY-MM-DD, numbers in range,
plausible text), every page in the app opens for the mentee and the instructor who saved them: no 5xx.

Forms and routes are found from the pages and app.url_map (tests/sweep.py), so ones added later are covered.
"""

import re

import pytest

from coach.db import open_database
from tests import sweep

MARKER = "Realistic"
# Forms whose valid input the sweep cannot type, refused with a message naming the field (covered elsewhere):
EXPECTED_REFUSALS = {
    "/mentee/cohort": "an invite code is not any text: tests/test_cohorts.py joins with real codes",
    "/mentee/mentors/N/research-link": "link fetching is off here: tests/test_fetch.py fetches from a local server",
    "/mentee/mentors/N/schedule": "the second round's status form has moved the mentor on from 'sent' first, and only "
    "a sent message has a follow-up to schedule: tests/test_followups.py schedules",
    "/instructor/revisions/N/comments": "the quoted words must be in the revision: tests/test_review.py quotes them",
    "/account/email": "needs the current password: tests/test_account.py changes the email",
    "/account/password": "needs the current password: tests/test_account.py changes it",
    "/account/close": "needs the password, and would close the account the sweep stands on: "
    "tests/test_close_account.py",
    "/instructor/cohorts/N/handover": "needs another instructor's email: tests/test_cohort_admin.py hands a cohort "
    "over",
}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A mentee in an instructor's cohort after every form on their pages was filled in and saved."""
    path = tmp_path_factory.mktemp("pages") / "coach.db"
    app = sweep.offline_app(path)
    owner = sweep.owner_world(app, MARKER)
    db = open_database(str(path))
    every = sweep.record_ids(app, db)
    db.conn.close()
    # The owner's records first (the first few ids are the shared anchors'), then everyone's.
    ids = {
        name: owner["ids"].get(name, []) + [v for v in values if v not in owner["ids"].get(name, [])]
        for name, values in every.items()
    }
    return {"app": app, "owner": owner, "ids": ids}


def test_every_form_accepts_realistic_values(world):
    refused = [
        (action, status)
        for action, status in world["owner"]["submitted"]
        if status >= 400 and re.sub(r"\d+", "N", action) not in EXPECTED_REFUSALS
    ]
    assert len(world["owner"]["submitted"]) >= 15, "the sweep found too few forms to mean anything"
    assert refused == []


def test_the_saved_records_include_a_conversation_plan_with_a_meeting_date(world):
    db = open_database(world["app"].config["DATABASE"])
    try:
        assert [row["meeting_on"] for row in db["conversation_plans"].rows if row["meeting_on"]]
    finally:
        db.conn.close()


@pytest.mark.parametrize("who", ("mentee", "instructor"))
def test_every_page_opens_after_every_form_was_saved(world, who):
    client = world["owner"][who].client
    pages = sweep.every_page(world["app"], client, world["ids"], limit=4)
    assert len(pages) >= 40
    assert [(url, status) for url, status in pages if status >= 500] == []
