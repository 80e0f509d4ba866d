"""In Chromium, what instructors and their mentees stumbled on in the first week (issue 13): messages labelled by
their kind, praise folded away on the review page, agreement per finding counted by calibration, anchors named
by their title, and a new review the mentee finds on the dashboard and at the top of the draft."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from coach.accounts import services as accounts
from coach.db import open_database

from .conftest import PASSWORD, make_app, open_draft, screenshot, serve

pytestmark = pytest.mark.browser

WEAK = "hey, can u mentor me? i need answers asap. i really just want to basically learn everything.\n\nthx"


@pytest.fixture(scope="module")
def course_server(tmp_path_factory):
    """(base URL, database path) of an app of its own, so instructors can be created as an admin would."""
    path = tmp_path_factory.mktemp("first-week") / "coach.db"
    with serve(make_app(path)) as url:
        yield url, path


def instructor(page, base_url, path):
    """An instructor account made directly in the database (not through the public form), signed in."""
    email = f"iris-{uuid.uuid4().hex[:8]}@school.example"
    db = open_database(str(path))
    try:
        accounts.register(db, "Iris Instructor", email, PASSWORD, "instructor")
    finally:
        db.conn.close()
    page.goto(f"{base_url}/auth/signin")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/instructor/?$"))


def test_review_reaches_the_mentee_unread_with_praise_folded_and_marks_per_finding(page, browser, course_server):
    base, path = course_server
    instructor(page, base, path)
    page.get_by_label("Cohort name").fill("First-week cohort")
    page.get_by_role("button", name="Create cohort").click()
    code = page.locator("code.code").text_content()

    mentee_context = browser.new_context(viewport={"width": 1366, "height": 900})
    mentee = mentee_context.new_page()
    draft_url = open_draft(mentee, base)
    mentee.get_by_label("Message").fill(WEAK)
    mentee.get_by_role("button", name=re.compile(r"^Save revision")).click()
    expect(mentee.get_by_text("Saved revision 2.")).to_be_visible()
    mentee.goto(f"{base}/mentee/mentors")
    mentee.get_by_role("button", name="Sent", exact=True).click()
    mentee.wait_for_url(re.compile(r"/mentee/mentors$"))
    mentee.get_by_role("link", name=re.compile("^Dates and follow-ups")).click()
    mentee.get_by_label("What to say").first.fill("I tried your threat-model checklist on our payments service")
    mentee.get_by_role("button", name="Draft the follow-up").click()
    mentee.wait_for_url(re.compile(r"/mentee/drafts/\d+$"))
    mentee.goto(f"{base}/mentee/cohort?code={code}")
    mentee.get_by_role("button", name="Join").click()
    expect(mentee.locator("main")).to_contain_text("You joined First-week cohort")

    # The instructor's list of the mentee's drafts names each by its kind.
    page.reload()
    page.get_by_role("link", name="Ana Lima").click()
    headings = page.locator("main h2").all_text_contents()
    assert "First message to Kenji Watanabe" in headings and "Follow-up to Kenji Watanabe" in headings
    assert not any(h.startswith("Draft to") for h in headings)
    first = page.locator("section", has=page.get_by_role("heading", name="First message to Kenji Watanabe"))
    first.get_by_role("link", name="Review revision 2").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ana Lima's first message to Kenji Watanabe")

    # Praise is folded away; the problems each carry their own agree/disagree.
    panel = page.locator("section.critique").first
    praise = panel.locator("details.praise")
    expect(praise.locator("summary")).to_contain_text(re.compile(r"What works \(\d+\)"))
    assert praise.get_attribute("open") is None and not praise.locator("li").first.is_visible()
    problems = panel.locator("> ul.findings > li.finding")
    assert problems.count() >= 2
    problems.nth(0).get_by_label(re.compile("do you agree")).select_option("Disagree")
    problems.nth(1).get_by_label(re.compile("do you agree")).select_option("Agree")
    page.get_by_label("General comment").fill("Start with their work, and ask for 20 minutes.")
    screenshot(page, "review-praise-folded", full_page=True)
    page.get_by_role("button", name="Save review").click()
    expect(page.locator("main")).to_contain_text("Review saved")
    expect(problems.nth(0).get_by_label(re.compile("do you agree"))).to_have_value("0")

    page.goto(f"{base}/instructor/calibration")
    marked = page.locator("section", has_text="The built-in coach").locator("tbody tr td:nth-of-type(7)")
    assert sum(int(n) for n in marked.all_text_contents()) == 2
    expect(page.locator(".marks-line").first).to_contain_text("You agreed with")

    # The mentee finds the review on the dashboard, unread, and at the top of the draft.
    mentee.goto(f"{base}/mentee/")
    reviews = mentee.locator("section.reviews-list")
    expect(reviews.locator(".badge.new")).to_have_text("Unread")
    screenshot(mentee, "dashboard-unread-review")
    reviews.get_by_role("link", name=re.compile("Iris Instructor reviewed revision 2")).click()
    mentee.wait_for_url(draft_url + "#reviews")
    top = mentee.locator("#reviews section.instructor-review")
    expect(top).to_contain_text("Start with their work, and ask for 20 minutes.")
    expect(top.locator(".badge.new")).to_have_text("New")
    assert top.bounding_box()["y"] < mentee.locator("#revision-form").bounding_box()["y"]
    mentee.goto(f"{base}/mentee/")
    expect(mentee.locator("section.reviews-list .badge.new")).to_have_count(0)
    mentee_context.close()


def test_calibration_names_each_anchor_it_disagrees_on_by_its_title(page, course_server):
    base, path = course_server
    instructor(page, base, path)
    for title, score in (("The lesson's example message", "1"), ("Demanding and informal", "5")):
        page.goto(f"{base}/instructor/anchors")
        page.get_by_role("link", name=title).click()
        for rubric in ("clarity", "brevity", "value", "professionalism"):
            page.get_by_label(f"Your {rubric} score").select_option(score)
        page.get_by_role("button", name="Save review").click()
        expect(page.locator("main")).to_contain_text("Review saved")
    page.goto(f"{base}/instructor/calibration")
    worst = page.locator("h3", has_text="Where it disagrees with you most").locator(
        "xpath=following-sibling::ul[1]/li/a"
    )
    names = worst.all_text_contents()
    assert sorted(names) == ["Anchor: Demanding and informal", "Anchor: The lesson's example message"]
