"""In Chromium, what a mentee stumbled on in the first week (issue 13): the dashboard checklist, the favicon,
date hints, the portfolio table at a phone's width and the mentor list's status and actions."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import add_mentor, add_profile, open_draft, screenshot, sign_up

pytestmark = pytest.mark.browser

BODY = (
    "Hi Kenji,\n\nI read your article on threat modelling for teams without a security team. Would you have "
    "20 minutes for a video call next week? In return I can share our anonymised threat-model notes.\n\n"
    "Thank you,\nAna"
)
# Words of a table cell split across two lines: a word whose letters sit on more than one line box.
SPLIT_WORDS = """() => {
  const split = [];
  for (const cell of document.querySelectorAll('.portfolio td')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent.matchAll(/[A-Za-z]{4,}/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) split.push(match[0]);
      }
    }
  }
  return split;
}"""


def steps(page):
    """The dashboard's checklist: each step's text and whether it is ticked."""
    items = page.locator("ol.steps > li")
    return [
        ("done" in (items.nth(i).get_attribute("class") or ""), items.nth(i).inner_text()) for i in range(items.count())
    ]


def save(page, number):
    page.get_by_role("button", name=re.compile(r"^Save revision")).click()
    expect(page.get_by_text(f"Saved revision {number}.")).to_be_visible()


def test_dashboard_ticks_revise_after_five_revisions_and_send_once_the_mentee_marks_it_sent(page, live_server):
    draft_url = open_draft(page, live_server)
    page.goto(f"{live_server}/mentee/")
    assert [done for done, _ in steps(page)] == [True, True, True, False, False]

    page.goto(draft_url)
    for number in range(2, 6):
        page.get_by_label("Message").fill(BODY.replace("next week", f"in the next {number} weeks"))
        save(page, number)
    page.goto(f"{live_server}/mentee/")
    assert [done for done, _ in steps(page)] == [True, True, True, True, False]

    page.get_by_role("group", name="Mark Kenji Watanabe as").get_by_role("button", name="Sent", exact=True).click()
    page.wait_for_url(re.compile(r"/mentee/?$"))
    checklist = steps(page)
    assert [done for done, _ in checklist] == [True, True, True, True, True]
    assert checklist[4][1].endswith("(done)")  # said in words too, not only by the tick mark
    screenshot(page, "dashboard-checklist-done", full_page=True)


def test_every_page_has_a_favicon_and_no_request_of_a_page_is_missing(page, live_server):
    missing = []
    page.on("response", lambda r: missing.append(r.url) if r.status == 404 else None)
    page.goto(live_server + "/")
    sign_up(page, live_server)
    response = page.request.get(live_server + "/favicon.ico")
    assert response.ok and response.headers["content-type"].startswith("image/")
    assert page.locator("link[rel=icon]").count() == 1
    assert missing == []


def test_date_fields_under_a_date_picker_carry_no_yyyy_mm_dd_hint(page, live_server):
    sign_up(page, live_server)
    mentor_url = add_mentor(page, live_server)
    for path in ("/prep", "/meetings"):
        page.goto(mentor_url + path)
        dates = page.locator("input[type=date]")
        assert dates.count() >= 1
        for i in range(dates.count()):
            field = dates.nth(i).locator("xpath=ancestor::div[contains(@class, 'field')][1]")
            assert "YYYY" not in field.inner_text()


def test_portfolio_table_keeps_its_words_whole_on_a_phone(page, live_server):
    sign_up(page, live_server)
    page.goto(f"{live_server}/mentee/profile")
    page.get_by_label(re.compile("^Technical skills you want help with")).fill(
        "Infrastructure automation, observability dashboards, Kubernetes operators and incident management"
    )
    page.get_by_role("button", name="Save profile").click()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server}/mentee/portfolio")
    assert page.evaluate(SPLIT_WORDS) == []
    screenshot(page, "portfolio-phone")


def test_mentor_list_shows_status_apart_from_its_actions_and_links_named_by_their_visible_words(page, live_server):
    sign_up(page, live_server)
    add_profile(page, live_server)
    add_mentor(page, live_server)
    page.goto(f"{live_server}/mentee/")
    row = page.locator("table.mentors tbody tr").first
    status, actions = row.locator(".status-now"), row.get_by_role("group", name="Mark Kenji Watanabe as")
    assert status.locator("[data-status]").inner_text() == "Researching"
    assert status.bounding_box()["y"] + status.bounding_box()["height"] <= actions.bounding_box()["y"] + 1
    expect(row.get_by_role("link", name="Dates and follow-ups for Kenji Watanabe")).to_be_visible()
    # axe's label-content-name-mismatch: what a control shows must be part of what it is called.
    mismatched = page.evaluate("""() => [...document.querySelectorAll('a[aria-label], button[aria-label]')]
        .filter((el) => el.innerText.trim() && !el.getAttribute('aria-label').toLowerCase()
                        .includes(el.innerText.trim().toLowerCase()))
        .map((el) => el.outerHTML)""")
    assert mismatched == []
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, "dashboard-mentors-phone", full_page=True)


def test_a_learning_partner_from_the_peers_page_takes_the_boards_peer_seat_and_the_portfolio_shows_the_board(
    page, live_server
):
    sign_up(page, live_server)
    add_mentor(page, live_server)
    page.goto(f"{live_server}/mentee/peers")
    page.get_by_label("Who they are to you").select_option("peer")
    page.get_by_label("Name", exact=True).fill("Priya Nair")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("main")).to_contain_text("Priya Nair")

    page.goto(f"{live_server}/mentee/board")
    seat = page.locator("section[aria-labelledby=seat-peer]")
    assert "Suggested: Priya Nair" in seat.inner_text()
    seat.get_by_label("Advisor for this seat").select_option(label="Priya Nair")
    seat.get_by_role("button", name="Seat").click()
    page.wait_for_url(re.compile(r"/mentee/board$"))
    expect(page.locator("section[aria-labelledby=seat-peer] .holder")).to_contain_text("Priya Nair")
    technical = page.locator("section[aria-labelledby=seat-technical]").get_by_label("Advisor for this seat")
    assert "Priya Nair" not in technical.inner_text()  # a peer sits only in the peer seat

    page.goto(f"{live_server}/mentee/portfolio")
    board = page.locator("dl.board-facts")
    expect(board).to_contain_text("Peer advisor")
    expect(board).to_contain_text("Priya Nair")
    markdown = page.request.get(f"{live_server}/mentee/portfolio.md").text()
    assert "### Personal board of directors" in markdown
    assert re.search(r"^- \*\*Peer advisor\*\* .*: Priya Nair \(a peer\)$", markdown, re.M)
    screenshot(page, "portfolio-board", full_page=True)
