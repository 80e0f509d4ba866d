"""Cohorts: creating one, joining and leaving it, who sees whom, and the cohort dashboard."""
from datetime import datetime, timedelta, timezone

import pytest

from coach import cohorts, store
from tests.course import course, join  # noqa: F401


def test_instructor_sees_invite_code_and_link_of_a_new_cohort(course):
    html = course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}").get_data(as_text=True)
    assert course.code_a in html
    assert f"/mentee/cohort?code={course.code_a}" in html


def test_invite_link_fills_in_the_code_for_the_mentee(course):
    html = course.mia.client.get(f"/mentee/cohort?code={course.code_b}").get_data(as_text=True)
    assert f'value="{course.code_b}"' in html


def test_mentee_joins_with_a_code_typed_in_lower_case_with_a_dash(app, course):
    from tests.course import person
    leo = person(app, "mentee", "leo@example.com", "Leo Mentee")
    code = course.code_a.lower()[:4] + "-" + course.code_a.lower()[4:]
    assert join(leo, code).status_code == 302
    assert "Spring cohort" in leo.client.get("/mentee/cohort").get_data(as_text=True)
    assert "Leo Mentee" in course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}").get_data(as_text=True)


@pytest.mark.parametrize("code, message", [
    ("", "Invite code is required."),
    ("NOPE1234", "Invite code does not match any cohort"),
    ("x" * 21, "Invite code is too long"),
])
def test_joining_with_a_bad_code_says_why_and_keeps_it(course, code, message):
    response = join(course.mia, code)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)


def test_joining_twice_says_already_joined(course):
    response = join(course.mia, course.code_a)
    assert response.status_code == 400
    assert "already joined" in response.get_data(as_text=True)


def test_instructor_sees_only_mentees_of_their_own_cohorts(course):
    html = course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}").get_data(as_text=True)
    assert "Mia Mentee" in html and "Noor Mentee" not in html


def test_instructor_can_see_is_true_only_for_members_of_own_cohorts(db, course):
    ana = store.get_user_by_email(db, "ana@school.example")["id"]
    assert store.instructor_can_see(db, ana, course.mia_id) is True
    assert store.instructor_can_see(db, ana, course.noor_id) is False


@pytest.mark.parametrize("path", [
    "/instructor/cohorts/{cohort_b}", "/instructor/cohorts/{cohort_b}/export.csv",
    "/instructor/mentees/{noor_id}", "/instructor/mentees/{noor_id}/report.md",
    "/instructor/revisions/{noor_rev}/review",
])
def test_another_instructors_cohort_mentee_and_revision_answer_404(course, path):
    url = path.format(cohort_b=course.cohort_b, noor_id=course.noor_id, noor_rev=course.noor_revisions[0])
    assert course.ana.client.get(url).status_code == 404
    assert course.ben.client.get(url).status_code == 200


def test_get_draft_for_instructor_hides_drafts_outside_their_cohorts(db, course):
    ana = store.get_user_by_email(db, "ana@school.example")["id"]
    assert store.get_draft_for_instructor(db, ana, course.mia_draft)["mentee_name"] == "Mia Mentee"
    assert store.get_draft_for_instructor(db, ana, course.noor_draft) is None


@pytest.mark.parametrize("path", ["/instructor/", "/instructor/cohorts/{cohort_a}", "/instructor/calibration",
                                  "/instructor/anchors", "/instructor/comment-bank",
                                  "/instructor/mentees/{mia_id}", "/instructor/revisions/{mia_rev}/review"])
def test_a_mentee_cannot_open_instructor_pages(course, path):
    url = path.format(cohort_a=course.cohort_a, mia_id=course.mia_id, mia_rev=course.mia_revisions[0])
    assert course.mia.client.get(url).status_code == 404


def test_a_mentee_who_left_is_no_longer_visible(course):
    response = course.mia.post(f"/mentee/cohort/{course.cohort_a}/leave", {}, form_path="/mentee/cohort")
    assert response.status_code == 302
    assert course.ana.client.get(f"/instructor/mentees/{course.mia_id}").status_code == 404
    assert course.ana.client.get(f"/instructor/revisions/{course.mia_revisions[0]}/review").status_code == 404
    assert "Mia Mentee" not in course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}").get_data(as_text=True)


def test_leaving_a_cohort_you_are_not_in_answers_404(course):
    response = course.mia.post(f"/mentee/cohort/{course.cohort_b}/leave", {}, form_path="/mentee/cohort")
    assert response.status_code == 404


def test_dashboard_row_counts_mentors_drafts_and_revisions(db, course):
    board = cohorts.dashboard(db, course.cohort_a)
    row = board["rows"][0]
    assert (row["name"], row["mentors"], row["drafts"], row["revisions"]) == ("Mia Mentee", 1, 1, 2)
    assert all(row[r] is not None for r in store.RUBRICS)


def _rev(created_at, score=4, critiqued=True):
    return {"created_at": created_at.isoformat(), "critique_id": 1 if critiqued else None,
            **{r: score for r in store.RUBRICS}}


TODAY = datetime(2026, 3, 20, tzinfo=timezone.utc)


@pytest.mark.parametrize("revisions, uncritiqued, expected", [
    ([_rev(TODAY - timedelta(days=1))], [], []),
    ([_rev(TODAY - timedelta(days=8))], [], ["no revision in 7 days"]),
    ([], [], ["no revision in 7 days"]),
    ([_rev(TODAY - timedelta(days=1))], [5], ["1 draft never critiqued"]),
    ([_rev(TODAY - timedelta(days=3), 2), _rev(TODAY - timedelta(days=2), 2.9), _rev(TODAY - timedelta(days=1), 1)],
     [], [f"{r} below 3 in the last 3 revisions" for r in store.RUBRICS]),
    ([_rev(TODAY - timedelta(days=3), 2), _rev(TODAY - timedelta(days=2), 3), _rev(TODAY - timedelta(days=1), 1)],
     [], []),
])
def test_needs_attention_reasons(revisions, uncritiqued, expected):
    assert cohorts.attention_reasons(revisions, uncritiqued, today=TODAY) == expected


def test_needs_attention_filter_shows_a_mentee_with_an_uncritiqued_draft(app, db, course):
    from tests.course import person
    zed = person(app, "mentee", "zed@example.com", "Zed Quiet")
    join(zed, course.code_a)
    zed.profile()
    draft_id = zed.draft(zed.mentor())
    db.execute("delete from critiques where revision_id in (select id from revisions where draft_id = ?)", [draft_id])
    html = course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}?attention=1").get_data(as_text=True)
    assert "Zed Quiet" in html and "1 draft never critiqued" in html
    assert "Mia Mentee" not in html


def test_dashboard_sorts_by_query_parameter(app, course):
    from tests.course import person
    for email, name in (("al@example.com", "Al Early"), ("zoe@example.com", "Zoe Late")):
        join(person(app, "mentee", email, name), course.code_a)
    html = course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}?sort=name&dir=desc").get_data(as_text=True)
    assert html.index("Zoe Late") < html.index("Mia Mentee") < html.index("Al Early")
    html = course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}?sort=revisions&dir=desc").get_data(as_text=True)
    assert html.index("Mia Mentee") < html.index("Al Early")


def test_sort_puts_missing_scores_last_either_way():
    rows = [{"id": 1, "name": "a", "clarity": None}, {"id": 2, "name": "b", "clarity": 2.0},
            {"id": 3, "name": "c", "clarity": 4.0}]
    assert [r["id"] for r in cohorts.sort_rows(rows, "clarity", True)] == [3, 2, 1]
    assert [r["id"] for r in cohorts.sort_rows(rows, "clarity", False)] == [2, 3, 1]


def test_distributions_and_common_findings_count_each_drafts_latest_revision():
    latest = [{"clarity": 2.5, "brevity": 4.4, "value": 1.0, "professionalism": 5.0,
               "findings": [{"code": "no_ask", "rubric": "clarity", "severity": "major", "message": "No ask."},
                            {"code": "good", "rubric": "value", "severity": "praise", "message": "Nice."}]},
              {"clarity": 3.4, "brevity": 4.6, "value": 1.2, "professionalism": 4.5,
               "findings": [{"code": "no_ask", "rubric": "clarity", "severity": "major", "message": "Ask?"}]}]
    dist = cohorts.distributions(latest)
    assert dist["clarity"] == [0, 0, 2, 0, 0]  # 2.5 rounds half up to 3
    assert dist["brevity"] == [0, 0, 0, 1, 1]
    assert dist["professionalism"] == [0, 0, 0, 0, 2]
    assert cohorts.common_findings(latest) == [{"code": "no_ask", "count": 2, "rubric": "clarity",
                                                "message": "No ask."}]


def test_dashboard_page_draws_charts_with_a_table_fallback(course):
    html = course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}").get_data(as_text=True)
    assert html.count("<svg") == 4 and "Drafts scoring each point on clarity" in html


def _remove(instructor, cohort_id, mentee_id, page_cohort=None):
    return instructor.post(f"/instructor/cohorts/{cohort_id}/mentees/{mentee_id}/remove", {},
                           form_path=f"/instructor/cohorts/{page_cohort or cohort_id}")


def test_dashboard_row_has_a_remove_button_naming_the_mentee_and_cohort(course):
    html = course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}").get_data(as_text=True)
    assert f'action="/instructor/cohorts/{course.cohort_a}/mentees/{course.mia_id}/remove"' in html
    assert "Remove Mia Mentee from Spring cohort</button>" in html


def test_removed_mentee_disappears_and_their_pages_answer_404(course):
    response = _remove(course.ana, course.cohort_a, course.mia_id)
    assert response.status_code == 302
    html = course.ana.client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Removed Mia Mentee from Spring cohort. You no longer see their work" in html
    assert "Mia Mentee</a>" not in html
    assert course.ana.client.get(f"/instructor/mentees/{course.mia_id}").status_code == 404
    assert course.ana.client.get(f"/instructor/revisions/{course.mia_revisions[0]}/review").status_code == 404
    assert "Spring cohort" not in course.mia.client.get("/mentee/cohort").get_data(as_text=True)


def test_removed_mentee_stays_visible_through_another_of_your_cohorts(course):
    from tests.course import create_cohort
    second, code = create_cohort(course.ana, "Evening cohort")
    assert join(course.mia, code).status_code == 302
    response = _remove(course.ana, course.cohort_a, course.mia_id)
    assert "They are still in another of your cohorts" in course.ana.client.get(
        response.headers["Location"]).get_data(as_text=True)
    assert course.ana.client.get(f"/instructor/mentees/{course.mia_id}").status_code == 200
    assert "Mia Mentee</a>" in course.ana.client.get(f"/instructor/cohorts/{second}").get_data(as_text=True)
    assert "Mia Mentee</a>" not in course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}").get_data(as_text=True)


def test_another_instructor_cannot_remove_anyone_from_your_cohort(db, course):
    assert join(course.mia, course.code_b).status_code == 302  # so Ben may see Mia, but cohort A is not his
    assert _remove(course.ben, course.cohort_a, course.mia_id, page_cohort=course.cohort_b).status_code == 404
    assert "Mia Mentee</a>" in course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}").get_data(as_text=True)


def test_removing_someone_who_is_not_in_the_cohort_answers_404(course):
    assert _remove(course.ana, course.cohort_a, course.noor_id).status_code == 404
    assert _remove(course.ben, course.cohort_b, course.mia_id).status_code == 404


def test_removing_without_the_form_token_is_refused_and_keeps_the_mentee(course):
    response = course.ana.client.post(f"/instructor/cohorts/{course.cohort_a}/mentees/{course.mia_id}/remove")
    assert response.status_code == 400
    assert course.ana.client.get(f"/instructor/mentees/{course.mia_id}").status_code == 200


def _model_critique(draft_id, revision_id, model, clarity, code):
    return {"draft_id": draft_id, "id": revision_id, "critique_id": revision_id * 10, "model": model,
            "clarity": clarity, "brevity": 3.0, "value": 3.0, "professionalism": 3.0,
            "findings": [{"code": code, "rubric": "clarity", "severity": "minor", "message": code}]}


def test_model_summaries_count_each_models_latest_critique_per_draft_apart():
    critiques = [_model_critique(1, 11, "model-b", 1.0, "old"),  # superseded by revision 12 of the same draft
                 _model_critique(1, 12, "model-b", 4.4, "vague_ask"),
                 _model_critique(2, 21, "model-b", 4.6, "vague_ask"),
                 _model_critique(1, 11, "model-a", 2.0, "no_hook")]
    a, b = cohorts.model_summaries(critiques)
    assert (a["model"], a["drafts"], a["distributions"]["clarity"]) == ("model-a", 1, [0, 1, 0, 0, 0])
    assert (b["model"], b["drafts"], b["distributions"]["clarity"]) == ("model-b", 2, [0, 0, 0, 1, 1])
    assert [(f["code"], f["count"]) for f in b["findings"]] == [("vague_ask", 2)]


def test_dashboard_says_its_charts_count_the_built_in_coach_only(course):
    html = course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}").get_data(as_text=True)
    assert "Counted from the built-in coach&#39;s critiques only" in html
    assert "No model has critiqued this cohort&#39;s drafts" in html


def test_dashboard_shows_a_models_distributions_and_findings_beside_the_built_in_ones(db, course):
    store.insert_critique(db, course.mia_revisions[-1], {
        "engine": "model", "scores": {"clarity": 1.2, "brevity": 5.0, "value": 2.0, "professionalism": 4.0},
        "overall": 3.0, "findings": [{"code": "buried_ask", "rubric": "clarity", "severity": "major",
                                      "message": "The ask is buried.", "evidence": None, "fix": ""}]},
        model="fake/critic", prompt_version="v1")
    html = course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}").get_data(as_text=True)
    assert html.count("<svg") == 8
    assert "What fake/critic says across the cohort" in html and "Model critiques are counted separately" in html
    assert "Drafts scoring each point on clarity (fake/critic)" in html
    assert "<td>Ask buried late in the message</td>" in html and "buried_ask" not in html
    model = cohorts.dashboard(db, course.cohort_a)["models"][0]
    assert model["distributions"]["clarity"] == [1, 0, 0, 0, 0] and model["drafts"] == 1
