"""A small course for the instructor tests: two instructors, each with a cohort, and mentees in and out of them.

Import the `course` fixture into a test module with `from tests.course import course  # noqa: F401`.
"""

import re
from types import SimpleNamespace

import pytest

from tests.conftest import Actions


def person(app, role, email, name):
    """A signed-up user with their own browser session."""
    actions = Actions(app.test_client())
    response = actions.signup(email=email, name=name, role=role)
    assert response.status_code == 302
    return actions


def create_cohort(instructor, name):
    """Create a cohort through the page; return (cohort_id, invite code)."""
    response = instructor.post("/instructor/", {"name": name})
    assert response.status_code == 302, response.get_data(as_text=True)[:400]
    cohort_id = int(response.headers["Location"].rstrip("/").split("/")[-1])
    html = instructor.client.get(f"/instructor/cohorts/{cohort_id}").get_data(as_text=True)
    return cohort_id, re.search(r'<code class="code">([A-Z0-9]+)</code>', html).group(1)


def join(mentee, code):
    return mentee.post("/mentee/cohort", {"code": code})


def revision_ids(db, draft_id):
    return [row["id"] for row in db.query("select id from revisions where draft_id = ? order by number", [draft_id])]


@pytest.fixture
def course(app, db):
    """Ana (instructor) runs cohort A with mentee Mia; Ben (instructor) runs cohort B with mentee Noor."""
    ana = person(app, "instructor", "ana@school.example", "Ana Instructor")
    ben = person(app, "instructor", "ben@school.example", "Ben Instructor")
    cohort_a, code_a = create_cohort(ana, "Spring cohort")
    cohort_b, code_b = create_cohort(ben, "Autumn cohort")
    mia = person(app, "mentee", "mia@example.com", "Mia Mentee")
    noor = person(app, "mentee", "noor@example.com", "Noor Mentee")
    assert join(mia, code_a).status_code == 302
    assert join(noor, code_b).status_code == 302
    mia.profile()
    mia_mentor = mia.mentor()
    mia_draft = mia.draft(mia_mentor)
    mia.revise(
        mia_draft,
        "Seeking 20-minute advice on application security",
        "Hi Kenji,\n\nI read your talk on threat modelling. Would you have 20 minutes for a video call?\n\nMia",
    )
    noor.profile()
    noor_draft = noor.draft(noor.mentor())
    return SimpleNamespace(
        ana=ana,
        ben=ben,
        mia=mia,
        noor=noor,
        cohort_a=cohort_a,
        cohort_b=cohort_b,
        code_a=code_a,
        code_b=code_b,
        mia_id=_user_id(db, "mia@example.com"),
        noor_id=_user_id(db, "noor@example.com"),
        mia_draft=mia_draft,
        noor_draft=noor_draft,
        mia_revisions=revision_ids(db, mia_draft),
        noor_revisions=revision_ids(db, noor_draft),
    )


def _user_id(db, email):
    return next(db.query("select id from users where email = ?", [email]))["id"]
