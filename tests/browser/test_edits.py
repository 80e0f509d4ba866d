"""One-click edits in Chromium: Apply changes the text in place, Ctrl+Z takes it back, the keyboard reaches it,
and it works on a phone-width screen."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import open_draft, wait_for_live_check

pytestmark = pytest.mark.browser

BODY = (
    "Hi Kenji,\n\nI read your article on threat modelling for teams without a security team and really used "
    "its checklist in our last design review. I am a backend developer with four years of Go and PostgreSQL, "
    "moving into application security.\n\nWould you have 20 minutes for a video call in the next two weeks "
    "to talk about how you made that move? In return I can share the anonymised notes from our "
    "threat-modelling session as a case study.\n\nThank you,\nAna"
)


def typed(page, subject, body):
    page.get_by_label("Subject").fill(subject)
    page.get_by_label("Message").fill(body)
    wait_for_live_check(page)


def test_apply_by_keyboard_changes_the_text_in_place_and_ctrl_z_undoes_it(page, live_server):
    open_draft(page, live_server)
    typed(page, "20 minutes on moving into application security?", BODY)
    button = page.locator("#live-panel").get_by_role("button", name="Apply: Delete “really”")
    button.focus()
    page.keyboard.press("Enter")
    message = page.get_by_label("Message")
    expect(message).to_have_value(BODY.replace("and really used", "and used"))
    expect(message).to_be_focused()
    assert page.locator("#applied-edits").input_value() == "filler"
    wait_for_live_check(page)  # the live check ran again on the new text: the finding has gone
    expect(page.locator("#live-panel li[data-code=filler]")).to_have_count(0)

    page.keyboard.press("Control+z")
    expect(message).to_have_value(BODY)
    assert page.locator("#applied-edits").input_value() == ""  # undone, so not recorded as applied
    wait_for_live_check(page)
    expect(page.locator("#live-panel li[data-code=filler]")).to_have_count(1)


def test_applied_edits_are_saved_with_the_revision_and_the_next_revision_starts_with_none(page, live_server):
    open_draft(page, live_server)
    typed(page, "Quick question", BODY)
    page.locator("#live-panel").get_by_role(
        "button", name=re.compile(r"^Apply: Replace “Quick question” with “20 minutes on")
    ).click()
    expect(page.get_by_label("Subject")).to_have_value("20 minutes on moving into application security?")
    page.get_by_role("button", name=re.compile(r"^Save revision")).click()
    expect(page.get_by_text("Saved revision 2.")).to_be_visible()
    assert page.locator("#applied-edits").input_value() == ""
    expect(page.locator("table.revisions tbody tr")).to_have_count(2)


def test_apply_works_on_a_phone_width_screen(page, live_server):
    page.set_viewport_size({"width": 390, "height": 844})
    open_draft(page, live_server)
    typed(page, "20 minutes on moving into application security?", BODY.replace("\n\nThank you,\nAna", ""))
    button = page.locator("#live-panel").get_by_role("button", name=re.compile(r"^Apply: Insert “.*Best,"))
    button.scroll_into_view_if_needed()
    box = button.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390  # fully on screen, not cut off
    button.click()
    expect(page.get_by_label("Message")).to_have_value(re.compile(r"as a case study\.\n\nBest,\nAna Lima\n$"))


def test_the_saved_critique_offers_its_edits_too_while_the_text_is_as_saved(page, live_server):
    open_draft(page, live_server)
    typed(page, "20 minutes on moving into application security?", BODY)
    page.get_by_role("button", name=re.compile(r"^Save revision")).click()
    expect(page.get_by_text("Saved revision 2.")).to_be_visible()
    page.locator("#saved-critiques > summary").click()
    saved = page.locator("#saved-critiques").get_by_role("button", name="Apply: Delete “really”")
    expect(saved).to_be_visible()
    saved.click()
    expect(page.get_by_label("Message")).to_have_value(BODY.replace("and really used", "and used"))
    expect(saved).to_be_disabled()  # its offsets were for the saved text, which has now changed
