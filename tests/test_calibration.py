"""Calibration: kappa and agreement against hand-computed values, the verdict in plain words, and anchors."""

import re

import pytest
from click.testing import CliRunner

from coach import store
from coach.cli import cli
from coach.db import open_database
from coach.instructor import calibration
from coach.instructor.cohorts import round_score
from tests.course import course  # noqa: F401


@pytest.mark.parametrize(
    "first, second, expected",
    [
        ([1, 2, 3, 4, 5], [1, 2, 3, 4, 5], 1.0),
        # Off by one on every item: observed 3/16, expected 21/48, so 1 - 9/21 = 4/7.
        ([1, 2, 3], [2, 3, 4], 4 / 7),
        # Opposite ends: observed 2, expected 1, so 1 - 2 = -1.
        ([1, 5], [5, 1], -1.0),
        # The agreement() set below: observed 8/64, expected 56/64, so 6/7.
        ([3, 4, 1, 4], [3, 3, 1, 5], 6 / 7),
    ],
)
def test_quadratic_kappa_matches_hand_computed_values(first, second, expected):
    assert calibration.quadratic_kappa(first, second) == pytest.approx(expected)


@pytest.mark.parametrize(
    "first, second",
    [
        ([3, 3, 3], [3, 3, 3]),  # one category
        ([3, 3, 3], [2, 3, 4]),  # one rater without variance
        ([4], [4]),  # a single item
        ([], []),
    ],
)
def test_quadratic_kappa_is_undefined_without_spread(first, second):
    assert calibration.quadratic_kappa(first, second) is None


@pytest.mark.parametrize("score, expected", [(2.5, 3), (2.49, 2), (3.5, 4), (0.2, 1), (5.0, 5), (4.6, 5)])
def test_coach_scores_round_half_up(score, expected):
    assert round_score(score) == expected


def test_agreement_figures_on_a_small_fixed_set():
    pairs = [(2.5, 3), (4.4, 3), (1.2, 1), (3.6, 5)]  # coach rounds to 3, 4, 1, 4
    figures = calibration.agreement(pairs)
    assert figures["n"] == 4
    assert figures["exact"] == 0.5
    assert figures["within_one"] == 1.0
    assert figures["mean_diff"] == pytest.approx(-0.075)
    assert figures["kappa"] == pytest.approx(6 / 7)


def _figures(n=5, mean_diff=0.0, within_one=1.0):
    return {"n": n, "exact": 0.6, "within_one": within_one, "mean_diff": mean_diff, "kappa": 0.5}


def test_verdict_says_where_the_coach_agrees_and_leans_in_plain_words():
    figures = {
        "clarity": _figures(),
        "brevity": _figures(mean_diff=-2.2),
        "value": _figures(mean_diff=1.1),
        "professionalism": _figures(n=2),
    }
    assert calibration.verdict("The model", figures) == (
        "The model agrees with you on clarity; it is 2 points harsher than you on brevity; "
        "it is a point kinder than you on value; it has too few of your reviews on professionalism "
        "to judge (fewer than 3)."
    )


def test_verdict_names_rubrics_with_disagreement_in_both_directions():
    figures = {r: _figures(within_one=0.4) for r in store.RUBRICS}
    assert (
        "often disagrees with you on clarity, brevity, value and professionalism, in both directions"
        in calibration.verdict("The built-in coach", figures)
    )


def _review(course, revision_id, scores):
    data = dict(zip(store.RUBRICS, map(str, scores)))
    return course.ana.post(f"/instructor/revisions/{revision_id}/review", data)


def test_calibration_page_counts_reviews_and_links_the_biggest_disagreement(db, course):
    revision_id = course.mia_revisions[-1]
    coach = next(db.query("select * from critiques where revision_id = ? and engine = 'builtin'", [revision_id]))
    # Score clarity 4 points away from the coach, the rest exactly as the coach does.
    far = 1 if round_score(coach["clarity"]) >= 3 else 5
    _review(course, revision_id, [far] + [round_score(coach[r]) for r in store.RUBRICS[1:]])
    report = calibration.report(db, store.get_user_by_email(db, "ana@school.example")["id"])
    assert [e["label"] for e in report] == ["The built-in coach"]
    figures = report[0]["figures"]
    assert figures["brevity"]["n"] == 1 and figures["brevity"]["exact"] == 1.0
    assert figures["clarity"]["kappa"] is None
    assert report[0]["disagreements"][0]["rubric"] == "clarity"
    html = course.ana.client.get("/instructor/calibration").get_data(as_text=True)
    assert calibration.NOT_ENOUGH_SPREAD in html
    assert f"/instructor/revisions/{revision_id}/review" in html


def test_another_instructors_reviews_do_not_count_in_your_calibration(db, course):
    _review(course, course.mia_revisions[-1], [3, 3, 3, 3])
    ben = store.get_user_by_email(db, "ben@school.example")["id"]
    assert calibration.report(db, ben) == []


def test_anchor_drafts_are_seeded_once_from_the_lesson_with_builtin_critiques(db, course):
    course.ana.client.get("/instructor/anchors")
    html = course.ben.client.get("/instructor/anchors").get_data(as_text=True)
    anchors = list(
        db.query(
            "select a.slug, r.subject, r.body, (select count(*) from critiques c "
            "where c.revision_id = r.id and c.engine = 'builtin') as critiques "
            "from anchors a join revisions r on r.draft_id = a.draft_id order by a.id"
        )
    )
    assert len(anchors) == len(calibration.ANCHORS)
    assert all(a["critiques"] == 1 for a in anchors)
    example = anchors[0]
    assert example["subject"] == "Seeking 20-minute guidance on transitioning to DevOps"
    assert "Hi Dana," in example["body"] and "[Name]" not in example["body"] and "[Your name]" not in example["body"]
    assert {"Quick question", "Mentorship opportunity"} <= {a["subject"] for a in anchors}
    assert "Quick question" in html


def test_anchor_scores_count_in_calibration_and_are_flagged(db, course):
    course.ana.client.get("/instructor/anchors")
    anchor_revision = next(db.query("select r.id from anchors a join revisions r on r.draft_id = a.draft_id"))["id"]
    assert _review(course, anchor_revision, [5, 5, 5, 5]).status_code == 302
    report = calibration.report(db, store.get_user_by_email(db, "ana@school.example")["id"])
    assert report[0]["figures"]["clarity"]["n"] == 1
    assert report[0]["figures"]["clarity"]["anchors"] == 1


def test_the_anchor_account_cannot_sign_in(client, actions, db, course):
    course.ana.client.get("/instructor/anchors")
    response = actions.signin(email=calibration.ANCHOR_USER["email"], password="!")
    assert response.status_code == 400


def test_seed_anchors_command_creates_the_drafts_once_and_says_how_many(tmp_path):
    path = str(tmp_path / "course.db")
    first = CliRunner().invoke(cli, ["seed-anchors", "--database", path], catch_exceptions=False)
    second = CliRunner().invoke(cli, ["seed-anchors", "--database", path], catch_exceptions=False)
    total = len(calibration.ANCHORS)
    assert first.exit_code == 0 and f"created {total} anchor drafts; 0 of {total} were already there" in first.output
    assert second.exit_code == 0 and f"created 0 anchor drafts; {total} of {total} were already there" in second.output
    db = open_database(path)
    assert db["anchors"].count == total
    assert db.execute("select count(*) from drafts where kind = 'anchor'").fetchone()[0] == total
    assert db.execute("select count(*) from critiques").fetchone()[0] == total


def test_anchors_seeded_by_the_command_are_the_ones_the_page_lists(app, db, course):
    CliRunner().invoke(cli, ["seed-anchors", "--database", app.config["DATABASE"]], catch_exceptions=False)
    html = course.ana.client.get("/instructor/anchors").get_data(as_text=True)
    assert "Quick question" in html and "Mentorship opportunity" in html
    assert db["anchors"].count == len(calibration.ANCHORS)  # the page seeded nothing more


def _marks(engine, model, rubric, agreed, disagreed):
    row = {"engine": engine, "model": model, "prompt_version": "v1" if model else None, "rubric": rubric}
    return [{**row, "agreed": 1}] * agreed + [{**row, "agreed": 0}] * disagreed


def test_agreement_marks_count_and_share_per_engine_and_rubric():
    rows = (
        _marks("builtin", None, "clarity", 8, 2)
        + _marks("builtin", None, "value", 1, 1)
        + _marks("model", "fake/critic", "clarity", 0, 1)
    )
    marks = calibration.agreement_marks(rows)
    builtin, model = marks[("builtin", None, None)], marks[("model", "fake/critic", "v1")]
    assert builtin["clarity"] == {"marked": 10, "agreed": 8, "share": 0.8}
    assert builtin["value"] == {"marked": 2, "agreed": 1, "share": 0.5}
    assert builtin["brevity"] == {"marked": 0, "agreed": 0, "share": None}
    assert model["clarity"] == {"marked": 1, "agreed": 0, "share": 0.0}
    assert calibration.marks_line("builtin", None, builtin) == (
        "You agreed with 8 of 10 of the built-in coach's clarity findings and 1 of 2 of its value findings; "
        "you have not marked its brevity or professionalism findings."
    )
    assert calibration.marks_line("model", "fake/critic", model) == (
        "You agreed with 0 of 1 of fake/critic's clarity findings; "
        "you have not marked its brevity, value or professionalism findings."
    )


def test_marks_line_says_when_nothing_is_marked():
    unmarked = {r: {"marked": 0, "agreed": 0, "share": None} for r in store.RUBRICS}
    assert (
        calibration.marks_line("builtin", None, unmarked)
        == "You have not yet marked whether you agree with the built-in coach's findings."
    )


def _critique_id(db, revision_id):
    return next(
        db.query(
            "select id from critiques where revision_id = ? and engine = 'builtin' order by id desc", [revision_id]
        )
    )["id"]


def _mark(course, revision_id, marks):
    data = {**{r: "" for r in store.RUBRICS}, **{f"agree_{cid}_{r}": value for (cid, r), value in marks.items()}}
    response = course.ana.post(f"/instructor/revisions/{revision_id}/review", data)
    assert response.status_code == 302, response.get_data(as_text=True)[:400]


def test_calibration_page_says_how_often_you_agreed_with_each_coachs_findings(db, course):
    first, second = course.mia_revisions
    model_critique = store.insert_critique(
        db,
        second,
        {"engine": "model", "scores": {r: 3 for r in store.RUBRICS}, "overall": 3, "findings": []},
        model="fake/critic",
        prompt_version="v1",
    )
    c1, c2 = _critique_id(db, first), _critique_id(db, second)
    _mark(course, first, {(c1, "clarity"): "1", (c1, "brevity"): "1"})
    _mark(course, second, {(c2, "clarity"): "0", (c2, "brevity"): "1", (model_critique, "value"): "1"})
    html = course.ana.client.get("/instructor/calibration").get_data(as_text=True)
    assert (
        "You agreed with 1 of 2 of the built-in coach&#39;s clarity findings and 2 of 2 of its brevity "
        "findings; you have not marked its value or professionalism findings."
    ) in html
    assert "You agreed with 1 of 1 of fake/critic&#39;s value findings" in html
    report = calibration.report(db, store.get_user_by_email(db, "ana@school.example")["id"])
    builtin = next(e for e in report if e["label"] == "The built-in coach")["figures"]
    assert (builtin["clarity"]["marked"], builtin["clarity"]["share"]) == (2, 0.5)
    assert (builtin["brevity"]["marked"], builtin["brevity"]["share"]) == (2, 1.0)
    assert builtin["clarity"]["n"] == 0  # marks without scores: nothing to compare scores on


def test_marks_on_a_removed_mentees_drafts_no_longer_count(db, course):
    first = course.mia_revisions[0]
    _mark(course, first, {(_critique_id(db, first), "clarity"): "1"})
    course.ana.post(
        f"/instructor/cohorts/{course.cohort_a}/mentees/{course.mia_id}/remove",
        {},
        form_path=f"/instructor/cohorts/{course.cohort_a}",
    )
    assert calibration.report(db, store.get_user_by_email(db, "ana@school.example")["id"]) == []


def test_marks_on_single_findings_count_each_finding_and_replace_that_rubrics_overall_mark(db, course):
    revision = course.mia_revisions[-1]
    critique = next(c for c in store.list_critiques(db, revision) if c["engine"] == "builtin")
    by_rubric = {}
    for position, finding in enumerate(critique["findings"]):
        by_rubric.setdefault(finding["rubric"], []).append(position)
    rubric = max(by_rubric, key=lambda r: len(by_rubric[r]))
    positions = by_rubric[rubric][:3]
    assert len(positions) >= 2  # a rubric with several findings, the case a per-rubric mark cannot express
    other = next(r for r in store.RUBRICS if r != rubric)
    data = {
        **{r: "" for r in store.RUBRICS},
        f"agree_{critique['id']}_{rubric}": "1",
        f"agree_{critique['id']}_{other}": "0",
        **{f"finding_{critique['id']}_{p}": ("0" if i == 0 else "1") for i, p in enumerate(positions)},
    }
    response = course.ana.post(f"/instructor/revisions/{revision}/review", data)
    assert response.status_code == 302, response.get_data(as_text=True)[:400]
    figures = calibration.report(db, store.get_user_by_email(db, "ana@school.example")["id"])[0]["figures"]
    assert (figures[rubric]["marked"], figures[rubric]["agreed"]) == (len(positions), len(positions) - 1)
    assert (figures[other]["marked"], figures[other]["agreed"]) == (1, 0)  # no finding marked: the rubric mark counts
    page = course.ana.client.get(f"/instructor/revisions/{revision}/review").get_data(as_text=True)
    chosen = re.search(rf'<select id="finding_{critique["id"]}_{positions[0]}"[^>]*>.*?</select>', page, re.S).group(0)
    assert '<option selected value="0">' in chosen or '<option value="0" selected>' in chosen
