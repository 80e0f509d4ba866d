"""Asking the model from the editor, against the local fake model: progress, the answer, and failures."""

import re

import pytest
from playwright.sync_api import expect

from coach.coaching.fakemodel import hang, status

from .conftest import open_draft, screenshot

pytestmark = pytest.mark.browser


def test_the_models_critique_shows_while_the_mentee_keeps_editing(page, model_server, fake_model):
    open_draft(page, model_server)
    fake_model.queue(hang(2))  # a valid answer, two seconds late
    page.get_by_role("button", name="Ask the model").click()
    expect(page.locator("#model-panel")).to_contain_text("Asking the model")
    page.get_by_label("Message").fill("Edited while the model works.")
    expect(page.locator("#model-panel")).to_contain_text(
        "A clear, polite ask that needs a reason for them to say yes.", timeout=10_000
    )
    expect(page.locator("#model-panel .critique h3")).to_contain_text("Model: openai/fake-coach")
    expect(page.get_by_label("Message")).to_have_value("Edited while the model works.")
    screenshot(page, "editor-model-critique", full_page=True)


def test_a_failing_model_leaves_the_draft_and_says_so(page, model_server, fake_model):
    open_draft(page, model_server)
    body = page.get_by_label("Message").input_value()
    fake_model.queue(status(500))
    page.get_by_role("button", name=re.compile("Ask (the model|again)")).click()
    expect(page.locator("#model-panel [role=alert]")).to_contain_text("The model could not critique this revision")
    expect(page.locator("#model-panel")).to_contain_text("the built-in critique stands")
    expect(page.get_by_label("Message")).to_have_value(body)
    expect(page.locator("#live-panel .critique")).to_be_visible()


def test_an_unreachable_server_during_the_model_call_is_reported_in_plain_words(page, model_server):
    open_draft(page, model_server)
    page.route(re.compile(r"/model-critique$"), lambda route: route.abort())
    page.get_by_role("button", name=re.compile("Ask (the model|again)")).click()
    expect(page.locator("#model-panel [role=alert]")).to_contain_text(
        "The model's critique did not come: the server could not be reached"
    )
