"""Reviews: the instructor's scores, comments anchored to quoted words, the comment bank and agreement with
the coach; the mentee sees the review, told apart from the coach's critique."""

import re
import time

import pytest

from coach.instructor import reviews
from tests.course import course  # noqa: F401

BODY_QUOTE = "Would you have 20 minutes for a video call?"


def review_url(course):
    return f"/instructor/revisions/{course.mia_revisions[-1]}/review"


def critique_ids(db, revision_id):
    return [r["id"] for r in db.query("select id from critiques where revision_id = ?", [revision_id])]


def save_review(course, db, **extra):
    data = {
        "clarity": "4",
        "brevity": "5",
        "value": "2",
        "professionalism": "4",
        "comment": "Name the talk you watched.",
        **extra,
    }
    return course.ana.post(review_url(course), data)


def add_comment(course, quote=BODY_QUOTE, field="body", comment="Good, time-bounded ask."):
    return course.ana.post(
        f"/instructor/revisions/{course.mia_revisions[-1]}/comments",
        {"anchor-field": field, "anchor-quote": quote, "anchor-comment": comment},
        form_path=review_url(course),
    )


def test_review_page_shows_the_message_and_every_critique_with_its_engine(course):
    html = course.ana.client.get(review_url(course)).get_data(as_text=True)
    assert "Seeking 20-minute advice on application security" in html
    assert BODY_QUOTE in html
    assert "Engine: builtin" in html and "Built-in coach" in html


def test_saved_review_shows_on_the_mentees_draft_and_revision_pages(db, course):
    assert save_review(course, db).status_code == 302
    for page in (f"/mentee/drafts/{course.mia_draft}", f"/mentee/drafts/{course.mia_draft}/revisions/2"):
        html = course.mia.client.get(page).get_data(as_text=True)
        assert "Your instructor&#39;s review" in html or "Your instructor's review" in html
        assert "Name the talk you watched." in html
        assert re.search(r"Value</dt><dd>2/5", html)


def test_an_earlier_revision_page_does_not_show_a_later_revisions_review(db, course):
    save_review(course, db)
    html = course.mia.client.get(f"/mentee/drafts/{course.mia_draft}/revisions/1").get_data(as_text=True)
    assert "Name the talk you watched." not in html


def test_anchored_comment_is_shown_against_the_quoted_words(db, course):
    assert add_comment(course).status_code == 302
    row = next(db.query("select * from review_comments"))
    body = next(db.query("select body from revisions where id = ?", [course.mia_revisions[-1]]))["body"]
    assert body[row["quote_start"] : row["quote_end"]] == BODY_QUOTE
    html = course.mia.client.get(f"/mentee/drafts/{course.mia_draft}").get_data(as_text=True)
    assert re.search(r'<mark class="anchored" data-n="1"[^>]*>' + re.escape(BODY_QUOTE) + "</mark>", html)
    assert "Good, time-bounded ask." in html


def test_a_quote_that_is_not_in_the_revision_is_refused_and_kept(course):
    response = add_comment(course, quote="words she never wrote")
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Quoted words is not in the body of revision 2" in html
    assert "words she never wrote" in html


def test_a_quote_in_the_subject_is_anchored_to_the_subject(db, course):
    assert add_comment(course, quote="application security", field="subject").status_code == 302
    assert next(db.query("select field, quote_start from review_comments")) == {"field": "subject", "quote_start": 28}


@pytest.mark.parametrize(
    "start, end, expected",
    [
        (5, 10, (5, 10)),  # offsets from the selection that match are kept: the second 'hello'
        (1, 6, (0, 5)),  # stale offsets: the quote is searched for
        (None, None, (0, 5)),  # typed by hand: the first occurrence
    ],
)
def test_locate_quote_trusts_offsets_only_when_they_match(start, end, expected):
    revision = {"number": 1, "body": "hellohello", "subject": ""}
    assert reviews.locate_quote(revision, "body", "hello", start, end) == expected


def test_highlight_marks_spans_and_skips_overlaps():
    comments = [
        {"quote_start": 0, "quote_end": 5, "number": 1},
        {"quote_start": 3, "quote_end": 8, "number": 2},
        {"quote_start": 10, "quote_end": 12, "number": 3},
    ]
    assert reviews.highlight("hello big world", comments) == [
        {"text": "hello", "number": 1},
        {"text": " big ", "number": None},
        {"text": "wo", "number": 3},
        {"text": "rld", "number": None},
    ]


def test_comment_bank_comment_is_added_to_the_review_without_javascript(db, course):
    course.ana.post("/instructor/comment-bank", {"text": "Cut the first paragraph."})
    bank_id = next(db.query("select id from comment_bank"))["id"]
    assert save_review(course, db, bank_comment=str(bank_id)).status_code == 302
    comment = next(db.query("select comment from reviews"))["comment"]
    assert comment == "Name the talk you watched.\n\nCut the first paragraph."


def test_keeping_a_comment_in_the_bank_offers_it_on_the_next_review(db, course):
    save_review(course, db, keep_in_bank="y")
    html = course.ana.client.get(review_url(course)).get_data(as_text=True)
    assert 'data-insert="Name the talk you watched."' in html


def test_agreement_with_the_coach_is_saved_per_rubric(db, course):
    cid = critique_ids(db, course.mia_revisions[-1])[0]
    save_review(course, db, **{f"agree_{cid}_clarity": "1", f"agree_{cid}_value": "0"})
    rows = list(db.query("select rubric, agreed from review_agreements order by rubric"))
    assert rows == [{"rubric": "clarity", "agreed": 1}, {"rubric": "value", "agreed": 0}]


@pytest.mark.parametrize(
    "data, message",
    [
        ({"clarity": "7"}, "Your clarity score Not a valid choice"),
        ({"comment": "x" * 4001}, "General comment is too long"),
    ],
)
def test_bad_review_input_names_the_field(db, course, data, message):
    response = save_review(course, db, **data)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)


def test_another_instructor_cannot_review_comment_on_or_delete_comments_of_a_revision(db, course):
    add_comment(course)
    url = review_url(course)
    assert course.ben.client.get(url).status_code == 404
    token_page = f"/instructor/revisions/{course.noor_revisions[0]}/review"
    assert course.ben.post(url, {"clarity": "1"}, form_path=token_page).status_code == 404
    assert (
        course.ben.post(
            f"/instructor/revisions/{course.mia_revisions[-1]}/comments",
            {"anchor-field": "body", "anchor-quote": BODY_QUOTE, "anchor-comment": "x"},
            form_path=token_page,
        ).status_code
        == 404
    )
    comment_id = next(db.query("select id from review_comments"))["id"]
    assert course.ben.post(f"/instructor/comments/{comment_id}/delete", {}, form_path=token_page).status_code == 404
    assert db["review_comments"].count == 1


def test_another_instructors_review_is_not_shown_on_your_review_page(db, course):
    save_review(course, db)
    html = course.ben.client.get(f"/instructor/revisions/{course.noor_revisions[0]}/review").get_data(as_text=True)
    assert "Name the talk you watched." not in html


def dashboard(course):
    return course.mia.client.get("/mentee/").get_data(as_text=True)


def test_a_new_review_shows_unread_on_the_dashboard_and_first_on_the_draft_until_opened(db, course):
    assert "Reviews from your instructor" not in dashboard(course)
    mia_saves = course.mia.revise(course.mia_draft, "A later subject", "Hi Kenji,\n\nA later body.\n\nMia")
    assert mia_saves.status_code == 302  # the review below is of revision 2, no longer the latest
    save_review(course, db)
    page = dashboard(course)
    entry = page.split("Reviews from your instructor")[1].split("</section>")[0]
    assert "Unread" in entry and "Ana Instructor reviewed revision 2 of your first message to Kenji Watanabe" in entry
    assert f'href="/mentee/drafts/{course.mia_draft}#reviews"' in entry

    draft = course.mia.client.get(f"/mentee/drafts/{course.mia_draft}").get_data(as_text=True)
    top = draft.split('id="reviews"')[1]
    assert top.index("Name the talk you watched.") < draft.split('id="reviews"')[1].index('id="revision-form"')
    assert ">New</span> Your instructor's review of revision 2" in draft
    assert "Unread" not in dashboard(course).split("Reviews from your instructor")[1].split("</section>")[0]
    assert ">New</span>" not in course.mia.client.get(f"/mentee/drafts/{course.mia_draft}").get_data(as_text=True)

    time.sleep(1.1)  # timestamps have whole seconds: the instructor's change must come after the reading
    save_review(course, db, comment="Also name the talk in the subject.")
    assert "Unread" in dashboard(course).split("Reviews from your instructor")[1].split("</section>")[0]


def test_an_instructor_who_only_opened_the_review_form_leaves_nothing_unread(db, course):
    course.ana.client.get(review_url(course))
    course.ana.post(
        review_url(course), {"clarity": "", "brevity": "", "value": "", "professionalism": "", "comment": ""}
    )
    assert "Reviews from your instructor" not in dashboard(course)


def test_review_page_says_how_many_of_the_coachs_suggestions_the_mentee_applied(db, course):
    db["revisions"].update(course.mia_revisions[-1], {"applied_edits": "filler,no_greeting,vague_subject"})
    html = course.ana.client.get(review_url(course)).get_data(as_text=True)
    assert "applied 3 suggestions" in " ".join(html.split())
