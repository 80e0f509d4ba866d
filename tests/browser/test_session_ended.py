"""In Chromium: saving a draft after the session ended says so, shows a signed-out header, offers to sign in
again back to the draft, and keeps the text, with and without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import PASSWORD, add_mentor, add_profile, screenshot, sign_up, start_draft

pytestmark = pytest.mark.browser

TYPED = "Hi Kenji,\n\nWould you have 20 minutes next week to talk about threat modelling?\n\nThanks,\nAna"


def signed_in_draft(page, base_url):
    """A fresh mentee on their first draft's editor; return (email, editor URL)."""
    email = sign_up(page, base_url)
    add_profile(page, base_url)
    return email, start_draft(page, add_mentor(page, base_url))


def sign_in(page, email):
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_saving_after_the_session_ended_offers_to_sign_in_and_brings_the_text_back(page, live_server):
    email, draft_url = signed_in_draft(page, live_server)
    page.get_by_label("Message").fill(TYPED)
    page.context.clear_cookies()  # the session ends while the editor is open
    page.get_by_role("button", name=re.compile(r"^Save revision")).click()

    status = page.locator("#save-status")
    expect(status).to_contain_text("your session has ended")
    assert "expired" not in status.inner_text() and "error 400" not in status.inner_text()
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link", name="Sign in")).to_be_visible()
    assert nav.get_by_role("button", name="Sign out").count() == 0
    screenshot(page, "session-ended-editor")

    page.get_by_role("link", name="Sign in again").click()
    sign_in(page, email)
    page.wait_for_url(draft_url)
    expect(page.get_by_label("Message")).to_have_value(TYPED)


def test_without_javascript_the_answer_says_the_session_ended_and_shows_what_was_typed(browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        email, draft_url = signed_in_draft(page, live_server)
        page.get_by_label("Message").fill(TYPED)
        context.clear_cookies()
        page.get_by_role("button", name=re.compile(r"^Save revision")).click()

        expect(page.get_by_role("heading", level=1)).to_have_text("Your session has ended")
        nav = page.get_by_role("navigation", name="Main")
        expect(nav.get_by_role("link", name="Sign in")).to_be_visible()
        assert nav.get_by_role("button", name="Sign out").count() == 0
        expect(page.get_by_label("Body")).to_have_value(TYPED)
        screenshot(page, "session-ended-no-js")

        page.get_by_role("link", name="Sign in again").click()
        sign_in(page, email)
        page.wait_for_url(draft_url)
    finally:
        context.close()
