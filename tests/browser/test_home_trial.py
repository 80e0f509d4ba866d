"""In Chromium: a visitor pastes a message on the home page, watches the live critique highlight its words,
signs up, and finds the message in their first draft."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import add_mentor, add_profile, screenshot, sign_up, start_draft, wait_for_live_check

pytestmark = pytest.mark.browser

SUBJECT = "Quick question"
BODY = "hey, can u mentor me? i need answers asap.\n\nthx"


def test_a_visitor_sees_the_live_critique_and_keeps_the_message_after_signing_up(page, live_server):
    page.goto(live_server + "/")
    page.get_by_label("Subject", exact=True).fill(SUBJECT)
    page.get_by_label("Message", exact=True).fill(BODY)
    wait_for_live_check(page)
    marked = page.locator(".hl-mirror mark")
    expect(marked.first).to_be_visible()
    assert {"Quick question", "asap"} <= set(marked.all_text_contents())
    expect(page.locator("#live-panel .finding.major").first).to_be_visible()
    screenshot(page, "home-trial", full_page=True)

    page.get_by_role("link", name="Sign up to keep working on it").click()
    sign_up(page, live_server)
    add_profile(page, live_server)
    draft_url = start_draft(page, add_mentor(page, live_server))
    expect(page.get_by_label("Subject")).to_have_value(SUBJECT)
    expect(page.get_by_label("Message")).to_have_value(BODY)
    expect(page.locator("#save-status")).to_contain_text("the message you wrote on the home page")

    page.get_by_role("button", name=re.compile(r"^Save revision")).click()
    expect(page.get_by_text("Saved revision 2.")).to_be_visible()
    page.goto(draft_url)
    expect(page.get_by_label("Message")).to_have_value(BODY)  # saved, and not adopted a second time


def test_the_lessons_example_is_one_click_away_on_the_home_page(page, live_server):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server + "/")
    page.get_by_role("button", name="Use the lesson's example message").click()
    expect(page.get_by_label("Subject")).to_have_value("Seeking 20-minute guidance on transitioning to DevOps")
    wait_for_live_check(page)
    expect(page.locator("#live-panel details.praise summary")).to_contain_text("What works")
    assert page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    screenshot(page, "home-example-phone", full_page=True)
