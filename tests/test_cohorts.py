"""Cohorts: creating one, joining and leaving it, who sees whom, and the cohort dashboard."""

import re
from datetime import UTC, datetime, timedelta

import pytest

from coach import store
from coach.instructor import cohorts
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


@pytest.mark.parametrize(
    "code, message",
    [
        ("", "Invite code is required."),
        ("NOPE1234", "Invite code does not match any cohort"),
        ("x" * 21, "Invite code is too long"),
    ],
)
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


@pytest.mark.parametrize(
    "path",
    [
        "/instructor/cohorts/{cohort_b}",
        "/instructor/cohorts/{cohort_b}/export.csv",
        "/instructor/mentees/{noor_id}",
        "/instructor/mentees/{noor_id}/report.md",
        "/instructor/revisions/{noor_rev}/review",
    ],
)
def test_another_instructors_cohort_mentee_and_revision_answer_404(course, path):
    url = path.format(cohort_b=course.cohort_b, noor_id=course.noor_id, noor_rev=course.noor_revisions[0])
    assert course.ana.client.get(url).status_code == 404
    assert course.ben.client.get(url).status_code == 200


def test_get_draft_for_instructor_hides_drafts_outside_their_cohorts(db, course):
    ana = store.get_user_by_email(db, "ana@school.example")["id"]
    assert store.get_draft_for_instructor(db, ana, course.mia_draft)["mentee_name"] == "Mia Mentee"
    assert store.get_draft_for_instructor(db, ana, course.noor_draft) is None


@pytest.mark.parametrize(
    "path",
    [
        "/instructor/",
        "/instructor/cohorts/{cohort_a}",
        "/instructor/calibration",
        "/instructor/anchors",
        "/instructor/comment-bank",
        "/instructor/mentees/{mia_id}",
        "/instructor/revisions/{mia_rev}/review",
    ],
)
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


TODAY = datetime(2026, 3, 20, tzinfo=UTC)


def _cohort(db):
    teacher = store.insert_user(db, "teacher@school.example", "Teacher", "!", "instructor")
    return store.insert_cohort(db, teacher, "Big cohort", "BIGCOHRT")


def _mentee(db, cohort_id, name):
    mentee_id = store.insert_user(db, f"{name.lower().replace(' ', '.')}@example.com", name, "!", "mentee")
    store.add_cohort_member(db, cohort_id, mentee_id)
    return mentee_id


def _draft(db, mentee_id):
    mentor_id = store.insert_mentor(db, mentee_id, {"name": "Kenji Watanabe"})
    return store.insert_draft(db, mentee_id, mentor_id, "application security", 20, "video call")


def _critique(score, engine="builtin", codes=(), praise=()):
    findings = [{"code": c, "rubric": "clarity", "severity": "minor", "message": f"About {c}."} for c in codes]
    findings += [{"code": c, "rubric": "value", "severity": "praise", "message": "Good."} for c in praise]
    return {"engine": engine, "scores": {r: score for r in store.RUBRICS}, "overall": score, "findings": findings}


def _revise(db, draft_id, score=None, days_ago=1, engine="builtin", model=None, codes=()):
    """Save a revision `days_ago` days before TODAY, critiqued with `score` on every rubric unless it is None."""
    created = (TODAY - timedelta(days=days_ago)).isoformat(timespec="seconds")
    number = db.execute("select coalesce(max(number), 0) + 1 from revisions where draft_id = ?", [draft_id]).fetchone()[
        0
    ]
    revision_id = (
        db["revisions"]
        .insert(
            {
                "draft_id": draft_id,
                "number": number,
                "subject": "S",
                "body": "B",
                "source": "edit",
                "created_at": created,
            }
        )
        .last_pk
    )
    if score is not None:
        store.insert_critique(db, revision_id, _critique(score, engine, codes), model=model)
    return revision_id


@pytest.mark.parametrize(
    "revisions, uncritiqued_drafts, expected",
    [
        ([(1, 4)], 0, []),
        ([(8, 4)], 0, ["no revision in 7 days"]),
        ([], 0, ["no revision in 7 days", "1 draft never critiqued"]),
        ([(1, 4)], 1, ["1 draft never critiqued"]),
        ([(1, 4)], 2, ["2 drafts never critiqued"]),
        ([(3, 2), (2, 2.9), (1, 1)], 0, [f"{r} below 3 in the last 3 revisions" for r in store.RUBRICS]),
        ([(3, 2), (2, 3), (1, 1)], 0, []),
        ([(4, 1), (3, 2), (2, None), (1, 2)], 0, [f"{r} below 3 in the last 3 revisions" for r in store.RUBRICS]),
        ([(4, 4), (3, 2), (1, 2)], 0, []),
    ],
)
def test_needs_attention_reasons_and_filter_agree(db, revisions, uncritiqued_drafts, expected):
    cohort_id = _cohort(db)
    mentee_id = _mentee(db, cohort_id, "Pat Example")
    draft_id = _draft(db, mentee_id)
    for days_ago, score in revisions:
        _revise(db, draft_id, score, days_ago)
    for _ in range(uncritiqued_drafts):
        _revise(db, _draft(db, mentee_id), None, 1)
    (row,) = store.list_cohort_mentees(db, cohort_id)
    assert cohorts.attention_reasons(row, today=TODAY) == expected
    needing = store.count_cohort_mentees(db, cohort_id, cohorts.attention_thresholds(TODAY))
    assert needing == (1 if expected else 0)


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
    html = course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}?sort=revisions&dir=desc").get_data(
        as_text=True
    )
    assert html.index("Mia Mentee") < html.index("Al Early")


def test_dashboard_page_draws_charts_with_a_table_fallback(course):
    html = course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}").get_data(as_text=True)
    assert html.count("<svg") == 4 and "Drafts scoring each point on clarity" in html


def _remove(instructor, cohort_id, mentee_id, page_cohort=None):
    return instructor.post(
        f"/instructor/cohorts/{cohort_id}/mentees/{mentee_id}/remove",
        {},
        form_path=f"/instructor/cohorts/{page_cohort or cohort_id}",
    )


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
    assert "They are still in another of your cohorts" in course.ana.client.get(response.headers["Location"]).get_data(
        as_text=True
    )
    assert course.ana.client.get(f"/instructor/mentees/{course.mia_id}").status_code == 200
    assert "Mia Mentee</a>" in course.ana.client.get(f"/instructor/cohorts/{second}").get_data(as_text=True)
    assert "Mia Mentee</a>" not in course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}").get_data(
        as_text=True
    )


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


def test_dashboard_says_its_charts_count_the_built_in_coach_only(course):
    html = course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}").get_data(as_text=True)
    assert "Counted from the built-in coach&#39;s critiques only" in html
    assert "No model has critiqued this cohort&#39;s drafts" in html


def test_dashboard_shows_a_models_distributions_and_findings_beside_the_built_in_ones(db, course):
    store.insert_critique(
        db,
        course.mia_revisions[-1],
        {
            "engine": "model",
            "scores": {"clarity": 1.2, "brevity": 5.0, "value": 2.0, "professionalism": 4.0},
            "overall": 3.0,
            "findings": [
                {
                    "code": "buried_ask",
                    "rubric": "clarity",
                    "severity": "major",
                    "message": "The ask is buried.",
                    "evidence": None,
                    "fix": "",
                }
            ],
        },
        model="fake/critic",
        prompt_version="v1",
    )
    html = course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}").get_data(as_text=True)
    assert html.count("<svg") == 8
    assert "What fake/critic says across the cohort" in html and "Model critiques are counted separately" in html
    assert "Drafts scoring each point on clarity (fake/critic)" in html
    assert "<td>Ask buried late in the message</td>" in html and "buried_ask" not in html
    model = cohorts.dashboard(db, course.cohort_a)["models"][0]
    assert model["distributions"]["clarity"] == [1, 0, 0, 0, 0] and model["drafts"] == 1


# At the size of a real course (issue 17): a page of rows sorted on the server, figures over the whole cohort.


def _big_cohort(db, count):
    """`count` mentees named Mentee 001.., each with one draft whose latest score cycles 1.0 .. 5.0; the last
    mentee has no draft at all (no score)."""
    cohort_id = _cohort(db)
    with db.atomic():
        for n in range(1, count + 1):
            mentee_id = _mentee(db, cohort_id, f"Mentee {n:03}")
            if n < count:
                _revise(db, _draft(db, mentee_id), 1.0 + (n % 5), codes=["no_ask"] if n % 2 else ["vague"])
    return cohort_id


def _names(html):
    return re.findall(r'<th scope="row"><a href="/instructor/mentees/\d+">([^<]+)</a>', html)


def _board_page(instructor, cohort_id, query=""):
    return instructor.client.get(f"/instructor/cohorts/{cohort_id}{query}").get_data(as_text=True)


@pytest.fixture
def big(app, db, course):
    """Ana's cohort A with Mia and 119 more mentees, for paging."""
    with db.atomic():
        for n in range(1, 120):
            mentee_id = _mentee(db, course.cohort_a, f"Mentee {n:03}")
            _revise(db, _draft(db, mentee_id), 1.0 + (n % 5), codes=["no_ask"] if n % 2 else ["vague"])
    return course


def test_dashboard_shows_fifty_mentees_a_page_with_links_to_the_next(big):
    html = _board_page(big.ana, big.cohort_a)
    assert _names(html)[:2] == ["Mentee 001", "Mentee 002"] and len(_names(html)) == cohorts.PAGE_SIZE
    assert "Mentees 1–50 of 120, page 1 of 3." in html
    assert f'href="/instructor/cohorts/{big.cohort_a}?page=2"' in html
    last = _board_page(big.ana, big.cohort_a, "?page=3")
    assert _names(last) == [f"Mentee {n:03}" for n in range(101, 120)] + ["Mia Mentee"]
    assert "Previous page" in last and "Next page" not in last
    assert _names(_board_page(big.ana, big.cohort_a, "?page=99")) == _names(last)  # past the end: the last page


def test_sorting_is_over_the_whole_cohort_and_page_links_keep_it(big):
    html = _board_page(big.ana, big.cohort_a, "?sort=clarity&dir=desc")
    top = _names(html)
    # 5.0 is the top score (n % 5 == 4): Mentee 004, 009, ... in descending id order on ties
    assert top[0] == "Mentee 119" and all(int(name[-3:]) % 5 == 4 for name in top[:23])
    assert f'href="/instructor/cohorts/{big.cohort_a}?sort=clarity&amp;dir=desc&amp;page=2"' in html
    second = _board_page(big.ana, big.cohort_a, "?sort=clarity&dir=desc&page=2")
    assert not set(_names(second)) & set(top)
    assert re.search(
        rf'href="/instructor/cohorts/{big.cohort_a}\?sort=clarity&amp;dir=asc"\s+aria-current="true"', second
    )  # the active column's link turns the order round, from page 1


def test_trend_is_the_overall_change_since_the_first_critiqued_revision_and_sorts(db):
    cohort_id = _cohort(db)
    rising, falling, single = (_draft(db, _mentee(db, cohort_id, name)) for name in ("Ria Up", "Fay Down", "Sol One"))
    for draft, scores in ((rising, (2.0, 4.0, 3.5)), (falling, (4.0, 3.0)), (single, (3.0,))):
        for days_ago, score in zip((5, 4, 3), scores):
            _revise(db, draft, score, days_ago)
    _revise(db, rising, None, 1)  # not critiqued: the latest critiqued one counts
    rows = store.list_cohort_mentees(db, cohort_id, "trend", True)
    assert [(r["name"], r["trend"]) for r in rows] == [("Ria Up", 1.5), ("Sol One", 0.0), ("Fay Down", -1.0)]


def test_missing_scores_sort_last_either_way(db):
    cohort_id = _big_cohort(db, 4)  # scores 2.0, 3.0, 4.0 and one mentee without a draft
    for descending, expected in (
        (False, ["Mentee 001", "Mentee 002", "Mentee 003", "Mentee 004"]),
        (True, ["Mentee 003", "Mentee 002", "Mentee 001", "Mentee 004"]),
    ):
        rows = store.list_cohort_mentees(db, cohort_id, "clarity", descending)
        assert [r["name"] for r in rows] == expected


def test_attention_filter_pages_and_keeps_the_sort(big, db):
    html = _board_page(big.ana, big.cohort_a, "?attention=1&sort=revisions&dir=desc")
    assert "Showing mentees who need attention" in html
    # every mentee's only revision is dated 2026-03-19, long ago: all 119 need attention, and Mia does not
    assert "of 119, page 1 of 3." in html and "Mia Mentee" not in _names(html)
    assert "?sort=revisions&amp;dir=desc&amp;attention=1&amp;page=2" in html


def test_removing_a_mentee_returns_to_the_same_page_and_sort(big):
    html = _board_page(big.ana, big.cohort_a, "?sort=drafts&dir=desc&page=2")
    action = re.search(r'action="(/instructor/cohorts/\d+/mentees/\d+/remove[^"]*)"', html).group(1)
    assert action.endswith("?sort=drafts&amp;dir=desc&amp;page=2")
    response = big.ana.post(action.replace("&amp;", "&"), {}, form_path=f"/instructor/cohorts/{big.cohort_a}?page=2")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/instructor/cohorts/{big.cohort_a}?sort=drafts&dir=desc&page=2")


def test_distributions_and_common_findings_cover_the_whole_cohort(db):
    cohort_id = _big_cohort(db, 120)  # 119 drafts: scores cycle 2,3,4,5,1; odd mentees "no_ask", even "vague"
    board = cohorts.dashboard(db, cohort_id)
    assert len(board["rows"]) == cohorts.PAGE_SIZE and board["total"] == 120
    assert board["builtin"]["drafts"] == 119
    assert board["builtin"]["distributions"]["clarity"] == [23, 24, 24, 24, 24]
    assert [(f["code"], f["count"]) for f in board["builtin"]["findings"]] == [("no_ask", 60), ("vague", 59)]


def test_distributions_count_each_drafts_latest_critiqued_revision_and_round_half_up(db):
    cohort_id = _cohort(db)
    draft = _draft(db, _mentee(db, cohort_id, "Pat Example"))
    _revise(db, draft, 1.0, days_ago=3, codes=["old_problem"])
    _revise(db, draft, 2.5, days_ago=2, codes=["no_ask", "no_ask"])
    _revise(db, draft, None, days_ago=1)  # not critiqued: the one before counts
    summary = cohorts.dashboard(db, cohort_id, today=TODAY)["builtin"]
    assert summary["drafts"] == 1 and summary["distributions"]["clarity"] == [0, 0, 1, 0, 0]
    assert summary["findings"] == [{"code": "no_ask", "count": 1, "rubric": "clarity"}]


def test_each_model_is_summarised_apart_by_its_latest_critique_per_draft(db):
    cohort_id = _cohort(db)
    first, second = (_draft(db, _mentee(db, cohort_id, name)) for name in ("Pat Example", "Sam Example"))
    old = _revise(db, first, 3.0)
    store.insert_critique(db, old, _critique(1.0, "model", ["old"]), model="model-b")
    store.insert_critique(db, _revise(db, first, 3.0), _critique(4.4, "model", ["vague_ask"]), model="model-b")
    store.insert_critique(db, _revise(db, second, 3.0), _critique(4.6, "model", ["vague_ask"]), model="model-b")
    store.insert_critique(db, old, _critique(2.0, "model", ["no_hook"]), model="model-a")  # asked later, older text
    failed = {**_critique(5.0, "model"), "model_error": "The model timed out."}
    store.insert_critique(db, _revise(db, second, 3.0), failed, model="model-a")  # failures do not count
    a, b = cohorts.dashboard(db, cohort_id)["models"]
    assert (a["model"], a["drafts"], a["distributions"]["clarity"]) == ("model-a", 1, [0, 1, 0, 0, 0])
    assert (b["model"], b["drafts"], b["distributions"]["clarity"]) == ("model-b", 2, [0, 0, 0, 1, 1])
    assert [(f["code"], f["count"]) for f in b["findings"]] == [("vague_ask", 2)]


def _summaries_match_their_views(db):
    for table, view, key in (
        ("mentee_summaries", "mentee_summary_live", "mentee_id"),
        ("draft_scores", "draft_scores_live", "draft_id, engine, model"),
        ("draft_findings", "draft_findings_live", "draft_id, engine, model, code"),
    ):
        kept = list(db.query(f"select * from {table} order by {key}"))
        live = list(
            db.query(
                f"select * from {view} where {key.split(',')[0]} in (select {key.split(',')[0]} "
                f"from {table}) order by {key}"
            )
        )
        assert kept == live, table
    members = {r[0] for r in db.execute("select user_id from mentors")}
    assert members <= {r[0] for r in db.execute("select mentee_id from mentee_summaries")}
    kept = db.execute("select * from cohort_score_counts where drafts != 0 order by 1, 2, 3, 4, 5").fetchall()
    assert kept == db.execute("select * from cohort_score_counts_live order by 1, 2, 3, 4, 5").fetchall()
    counted = "select cohort_id, engine, model, code, drafts from {} where drafts != 0 order by 1, 2, 3, 4"
    assert (
        db.execute(counted.format("cohort_finding_counts")).fetchall()
        == db.execute(counted.format("cohort_finding_counts_live")).fetchall()
    )
    assert not db.execute(
        "select id from critiques where problems is not (select count(*) from "
        "json_each(findings_json) where json_extract(value, '$.severity') != 'praise')"
    ).fetchall()


def test_summaries_stay_equal_to_what_the_revisions_say_after_saves_critiques_and_deletes(app, db, course):
    _summaries_match_their_views(db)
    course.mia.revise(course.mia_draft, "A third subject", "Hi Kenji,\n\nA third try. Twenty minutes?\n\nMia")
    second_draft = course.mia.draft(course.mia.mentor(name="Dana Okafor"))
    _summaries_match_their_views(db)
    row = store.list_cohort_mentees(db, course.cohort_a)[0]
    assert (row["mentors"], row["drafts"], row["revisions"]) == (2, 2, 4)
    latest = db.execute(
        "select c.clarity from critiques c join revisions r on r.id = c.revision_id "
        "where r.draft_id = ? order by r.id desc limit 1",
        [second_draft],
    ).fetchone()[0]
    assert row["clarity"] == latest
    store.insert_critique(db, course.mia_revisions[0], _critique(1.0, "model", ["late"]), model="m")
    db.execute(
        "delete from critiques where revision_id in (select id from revisions where draft_id = ?)", [second_draft]
    )
    _summaries_match_their_views(db)
    assert store.list_cohort_mentees(db, course.cohort_a)[0]["uncritiqued"] == 1
    db.execute("delete from revisions where draft_id = ?", [second_draft])
    db.execute("delete from drafts where id = ?", [second_draft])
    _summaries_match_their_views(db)
    assert store.list_cohort_mentees(db, course.cohort_a)[0]["drafts"] == 1


def test_cohort_figures_follow_mentees_joining_and_leaving(db, course):
    before = cohorts.dashboard(db, course.cohort_b)["builtin"]
    assert before["drafts"] == 1  # Noor's draft
    assert join(course.mia, course.code_b).status_code == 302
    joined = cohorts.dashboard(db, course.cohort_b)["builtin"]
    assert joined["drafts"] == 2 and sum(joined["distributions"]["value"]) == 2
    _summaries_match_their_views(db)
    store.remove_cohort_member(db, course.cohort_b, course.mia_id)
    assert cohorts.dashboard(db, course.cohort_b)["builtin"] == before
    assert cohorts.dashboard(db, course.cohort_a)["builtin"]["drafts"] == 1
    _summaries_match_their_views(db)


def test_migration_backfills_the_summaries_from_existing_revisions(tmp_path):
    from coach.db import open_database
    from coach.migrations import migrations

    db = open_database(str(tmp_path / "old.db"))
    migrations.apply(db, stop_before="scale_instructor_summaries")
    cohort_id = _cohort(db)
    draft = _draft(db, _mentee(db, cohort_id, "Pat Example"))
    _revise(db, draft, 2.0, codes=["no_ask"])
    migrations.apply(db)
    _summaries_match_their_views(db)
    assert cohorts.dashboard(db, cohort_id)["builtin"]["findings"][0]["code"] == "no_ask"
