"""In Chromium at a phone's width: no mentee page scrolls sideways, and the short nav's "More" reaches the rest."""

import re

from tests.browser.conftest import open_draft

PAGES = (
    "/mentee/",
    "/mentee/profile",
    "/mentee/mentors",
    "/mentee/mentors/new",
    "/mentee/strategy",
    "/mentee/board",
    "/mentee/followups",
    "/mentee/cohort",
    "/mentee/conversations",
    "/mentee/peers",
    "/mentee/portfolio",
)
WIDER_THAN_SCREEN = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


def test_no_mentee_page_scrolls_sideways_on_a_phone(page, live_server):
    draft_url = open_draft(page, live_server)
    mentor_url = page.locator("a", has_text="research and drafts").first.get_attribute("href")
    page.set_viewport_size({"width": 390, "height": 844})
    urls = [live_server + path for path in PAGES] + [
        draft_url,
        f"{draft_url}/revisions/1",
        f"{live_server}{mentor_url}",
        f"{live_server}{mentor_url}/outreach",
        f"{live_server}{mentor_url}/prep",
        f"{live_server}{mentor_url}/meetings",
    ]
    wide = {}
    for url in urls:
        page.goto(url)
        extra = page.evaluate(WIDER_THAN_SCREEN)
        if extra > 0:
            wide[url] = extra
    assert wide == {}


def test_more_in_the_nav_opens_the_less_used_pages_and_marks_the_current_one(page, live_server):
    open_draft(page, live_server)
    page.set_viewport_size({"width": 390, "height": 844})
    nav = page.get_by_role("navigation", name="Main")
    assert not nav.get_by_role("link", name="Portfolio").is_visible()
    nav.get_by_text("More").click()
    nav.get_by_role("link", name="Portfolio").click()
    page.wait_for_url(re.compile(r"/mentee/portfolio$"))
    assert nav.locator('[aria-current="page"]').text_content() == "Portfolio"
