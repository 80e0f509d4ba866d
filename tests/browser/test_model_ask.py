"""Asking the model in Chromium: progress in seconds while it works, then its critique, on a real HTTP path."""
import re

import pytest

from tests.browser.conftest import add_mentor, add_profile, make_app, serve, sign_up, start_draft
from tests.fakemodel import GOOD_CRITIQUE, Behaviour, FakeModel


@pytest.fixture(scope="module")
def model_server():
    with FakeModel() as fake:
        yield fake


@pytest.fixture(autouse=True)
def dummy_key(monkeypatch):
    """litellm reads the provider's key from the environment: a dummy one, never a real key."""
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")


@pytest.fixture(scope="module")
def model_site(tmp_path_factory, model_server):
    """The app with a model on the fake server, served on 127.0.0.1."""
    app = make_app(tmp_path_factory.mktemp("model") / "coach.db", COACH_MODEL="openai/x",
                   COACH_API_BASE=model_server.url, COACH_MODEL_TIMEOUT=10, COACH_MODEL_RETRIES=0)
    with serve(app) as url:
        yield url


def new_draft(page, base_url):
    sign_up(page, base_url)
    add_profile(page, base_url)
    return start_draft(page, add_mentor(page, base_url))


def test_revision_page_shows_elapsed_seconds_then_the_models_critique(page, model_site, model_server):
    draft_url = new_draft(page, model_site)
    page.goto(f"{draft_url}/revisions/1")
    # Hold the post in the page so the in-flight state can be read (Playwright cannot read a page whose
    # navigation is pending); then send the form for real.
    page.evaluate("document.querySelector('form.model-ask').addEventListener('submit', e => e.preventDefault())")
    page.get_by_role("button", name="Ask the model").click()
    page.get_by_text(re.compile(r"Asking the model… [12] s")).wait_for()
    assert page.get_by_role("button", name="Ask the model").is_disabled()
    model_server.queue(Behaviour(delay=1))
    page.evaluate("HTMLFormElement.prototype.submit.call(document.querySelector('form.model-ask'))")
    page.get_by_text(GOOD_CRITIQUE["summary"]).wait_for()
    assert page.get_by_role("button", name="Ask again").is_visible()


def test_draft_page_keeps_the_text_editable_while_the_model_works(page, model_site, model_server):
    new_draft(page, model_site)
    model_server.queue(Behaviour(delay=2.5))
    page.get_by_role("button", name="Ask the model").click()
    page.get_by_text(re.compile(r"Asking the model… \d+ s")).wait_for()
    page.get_by_label("Subject").fill("Edited while the model thinks")
    page.locator("#model-panel").get_by_text(GOOD_CRITIQUE["summary"]).wait_for()
    assert page.get_by_label("Subject").input_value() == "Edited while the model thinks"
