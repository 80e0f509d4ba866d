"""In Chromium: an instructor creates a cohort, a mentee joins it, the instructor selects words of the
mentee's draft and comments on them, and the mentee sees the comment against those words."""

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import create_instructor

from .conftest import PASSWORD, make_app, open_draft, screenshot, serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def course_server(tmp_path_factory):
    """The app on its own database with one instructor, created by the admin as a course's first one is."""
    app = make_app(tmp_path_factory.mktemp("review") / "coach.db")
    create_instructor(app, "iris@school.example", "Iris Instructor", PASSWORD)
    with serve(app) as url:
        yield url


def sign_in_instructor(page, base_url):
    page.goto(f"{base_url}/auth/signin")
    page.get_by_label("Email").fill("iris@school.example")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/instructor/?$"))


SELECT_FIRST_WORDS = """() => {
  const el = document.querySelector('[data-field=body]');
  const node = el.firstChild;
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, Math.min(12, node.textContent.length));
  const sel = window.getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
  return range.toString();
}"""


def test_comment_anchored_to_selected_words_reaches_the_mentee(page, browser, course_server):
    sign_in_instructor(page, course_server)
    page.get_by_label("Cohort name").fill("Browser cohort")
    page.get_by_role("button", name="Create cohort").click()
    code = page.locator("code.code").text_content()

    mentee_context = browser.new_context(viewport={"width": 390, "height": 844})
    mentee = mentee_context.new_page()
    draft_url = open_draft(mentee, course_server)
    mentee.goto(f"{course_server}/mentee/cohort?code={code}")
    mentee.get_by_role("button", name="Join").click()
    expect(mentee.locator("main")).to_contain_text("You joined Browser cohort")  # waits for the form's answer

    page.reload()
    page.get_by_role("link", name="Ana Lima").click()
    page.get_by_role("link", name="Review revision 1").click()
    page.wait_for_load_state()  # review.js listens for the selection only once it has run
    quote = page.evaluate(SELECT_FIRST_WORDS)
    page.wait_for_function("q => document.getElementById('anchor-quote').value === q", arg=quote)
    assert page.locator("#anchor-start").input_value() == "0"
    assert page.locator("#anchor-end").input_value() == str(len(quote))
    page.get_by_label("Your comment on these words").fill("Open with their work, not a greeting.")
    page.get_by_role("button", name="Add comment to these words").click()
    assert page.locator("mark.anchored").first.text_content() == quote

    page.get_by_label("Your clarity score").select_option("3")
    page.get_by_label("General comment").fill("A solid start; tighten the ask.")
    page.get_by_role("button", name="Save review").click()
    expect(page.locator("main")).to_contain_text("Review saved")
    screenshot(page, "instructor-review")

    mentee.goto(draft_url)
    review = mentee.locator("section.instructor-review")
    assert review.locator("mark.anchored").first.text_content() == quote
    assert "Open with their work, not a greeting." in review.text_content()
    assert "A solid start; tighten the ask." in review.text_content()
    screenshot(mentee, "mentee-sees-instructor-review-phone")
    mentee_context.close()
