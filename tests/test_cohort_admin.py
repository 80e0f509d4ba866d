"""Instructors and accounts (issue 18): a reset link for a mentee of their own cohort, shown once, and 404 for
anyone else's; handing a cohort over and closing it."""

import re

from coach.accounts import services as accounts
from tests.conftest import Actions

LINK = re.compile(r'value="(https?://[^"]+/auth/reset/[\w-]+)"')


def _instructor(app, db, email="ivy@example.com", name="Ivy Chen"):
    accounts.register(db, name, email, "correct horse", "instructor")
    actions = Actions(app.test_client())
    actions.signin(email=email)
    return actions


def _cohort(instructor, name="Spring cohort"):
    response = instructor.post("/instructor/", {"name": name})
    return int(response.headers["Location"].rstrip("/").split("/")[-1])


def _join(app, db, cohort_id, email="ana@example.com", name="Ana Lima"):
    mentee = Actions(app.test_client())
    mentee.signup(email=email, name=name)
    code = db["cohorts"].get(cohort_id)["code"]
    mentee.post("/mentee/cohort", {"code": code})
    return mentee, db["users"].rows_where("email = ?", [email]).__next__()["id"]


def test_an_instructor_makes_a_working_reset_link_for_a_mentee_of_their_cohort(app, db):
    ivy = _instructor(app, db)
    mentee, mentee_id = _join(app, db, _cohort(ivy))
    response = ivy.post(f"/instructor/mentees/{mentee_id}/reset-link", {}, form_path=f"/instructor/mentees/{mentee_id}")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    link = LINK.search(response.get_data(as_text=True)).group(1)
    assert (
        db["password_resets"].get(1)["issued_by"]
        == db["users"].rows_where("email = 'ivy@example.com'").__next__()["id"]
    )
    path = "/auth/" + link.split("/auth/", 1)[1]
    stranger = Actions(app.test_client())
    stranger.post(path, {"new_password": "chosen by ana"})
    assert mentee.client.get("/mentee/").status_code == 302  # the mentee's sessions ended
    assert Actions(app.test_client()).signin(password="chosen by ana").status_code == 302


def test_no_reset_link_for_a_mentee_outside_the_instructors_cohorts(app, db):
    ivy = _instructor(app, db)
    _cohort(ivy)
    other = _instructor(app, db, email="oz@example.com", name="Oz")
    _, mentee_id = _join(app, db, _cohort(other, "Other cohort"))
    response = ivy.post(f"/instructor/mentees/{mentee_id}/reset-link", {}, form_path="/instructor/")
    assert response.status_code == 404
    assert db["password_resets"].count == 0


def test_a_mentee_cannot_make_reset_links(app, db, actions):
    actions.signup()
    response = actions.post("/instructor/mentees/1/reset-link", {}, form_path="/mentee/")
    assert response.status_code == 404


def test_a_cohort_handed_over_belongs_to_the_other_instructor(app, db):
    ivy = _instructor(app, db)
    cohort_id = _cohort(ivy)
    _join(app, db, cohort_id)
    oz = _instructor(app, db, email="oz@example.com", name="Oz")
    response = ivy.post(f"/instructor/cohorts/{cohort_id}/handover", {"email": "OZ@example.com"})
    assert response.status_code == 302
    assert ivy.client.get(f"/instructor/cohorts/{cohort_id}").status_code == 404
    assert "Ana Lima" in oz.client.get(f"/instructor/cohorts/{cohort_id}").get_data(as_text=True)


def test_handing_over_to_someone_who_is_not_an_instructor_is_refused(app, db):
    ivy = _instructor(app, db)
    cohort_id = _cohort(ivy)
    _join(app, db, cohort_id)
    response = ivy.post(f"/instructor/cohorts/{cohort_id}/handover", {"email": "ana@example.com"})
    assert response.status_code == 400
    assert "is not the email of an instructor here" in response.get_data(as_text=True)
    assert ivy.client.get(f"/instructor/cohorts/{cohort_id}").status_code == 200


def test_closing_a_cohort_says_who_leaves_and_keeps_their_work(app, db):
    ivy = _instructor(app, db)
    cohort_id = _cohort(ivy)
    mentee, _ = _join(app, db, cohort_id)
    mentee.mentor()
    page = ivy.client.get(f"/instructor/cohorts/{cohort_id}/delete").get_data(as_text=True)
    assert "1 mentee will leave the cohort" in page
    response = ivy.post(f"/instructor/cohorts/{cohort_id}/delete", {})
    assert response.status_code == 302
    assert db["cohorts"].count == 0 and db["cohort_members"].count == 0
    assert db["mentors"].count == 1
