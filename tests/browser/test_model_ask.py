"""Asking the model in Chromium: progress in seconds while it works, then its critique, on a real HTTP path."""

import re

from coach.coaching.fakemodel import GOOD_CRITIQUE, Behaviour
from tests.browser.conftest import add_mentor, add_profile, sign_up, start_draft


def new_draft(page, base_url):
    sign_up(page, base_url)
    add_profile(page, base_url)
    return start_draft(page, add_mentor(page, base_url))


def test_revision_page_shows_elapsed_seconds_then_the_models_critique(page, model_server, fake_model):
    draft_url = new_draft(page, model_server)
    page.goto(f"{draft_url}/revisions/1")
    # Hold the post in the page so the in-flight state can be read (Playwright cannot read a page whose
    # navigation is pending); then send the form for real.
    page.evaluate("document.querySelector('form.model-ask').addEventListener('submit', e => e.preventDefault())")
    page.get_by_role("button", name="Ask the model").click()
    page.get_by_text(re.compile(r"Asking the model… [12] s")).wait_for()
    assert page.get_by_role("button", name="Ask the model").is_disabled()
    fake_model.queue(Behaviour(delay=1))
    page.evaluate("HTMLFormElement.prototype.submit.call(document.querySelector('form.model-ask'))")
    page.get_by_text(GOOD_CRITIQUE["summary"]).wait_for()
    assert page.get_by_role("button", name="Ask again").is_visible()


def test_draft_page_keeps_the_text_editable_while_the_model_works(page, model_server, fake_model):
    new_draft(page, model_server)
    fake_model.queue(Behaviour(delay=2.5))
    page.get_by_role("button", name="Ask the model").click()
    page.get_by_text(re.compile(r"Asking the model… \d+ s")).wait_for()
    page.get_by_label("Subject").fill("Edited while the model thinks")
    page.locator("#model-panel").get_by_text(GOOD_CRITIQUE["summary"]).wait_for()
    assert page.get_by_label("Subject").input_value() == "Edited while the model thinks"
