"""In Chromium: a mentee marks a message sent from the mentor list and, a few days later, sees its
follow-up come due on the dashboard, then drafts it."""

import re
from datetime import date, timedelta

import pytest

from coach.outreach import followups

from .conftest import add_mentor, add_profile, screenshot, sign_up

pytestmark = pytest.mark.browser
SENT_ON = date(2025, 3, 3)


def test_marking_a_message_sent_brings_its_follow_up_due(page, live_server, monkeypatch):
    now = {"today": SENT_ON}
    monkeypatch.setattr(followups, "today", lambda: now["today"])  # the server runs in this process
    sign_up(page, live_server)
    add_profile(page, live_server)
    add_mentor(page, live_server)

    page.goto(f"{live_server}/mentee/mentors")
    page.get_by_role("button", name="Sent", exact=True).click()
    page.wait_for_url(re.compile(r"/mentee/mentors$"))
    assert page.locator("[data-status]").first.text_content() == "Sent"
    page.goto(f"{live_server}/mentee/")
    assert "Nothing due this week" in page.locator("section.due").text_content()

    now["today"] = SENT_ON + timedelta(days=8)
    page.reload()
    due = page.locator("section.due li")
    assert "follow-up 1 due 2025-03-10" in due.text_content() and "overdue" in due.text_content()
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, "followup-due-phone")

    due.get_by_role("link", name="Kenji Watanabe").click()
    page.get_by_label("What to say").first.fill("I ran your threat-model template on our payments service")
    page.get_by_role("button", name="Draft the follow-up").click()
    page.wait_for_url(re.compile(r"/mentee/drafts/\d+$"))
    body = page.locator("#body").input_value()
    assert "my message of 3 March" in body and "payments service" in body
