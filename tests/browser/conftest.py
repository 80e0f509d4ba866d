"""Browser test infrastructure: the app served on 127.0.0.1 by a real threaded server, Debian's Chromium
driven by Playwright, and helpers that do what a new user does through the pages themselves.

    def test_something(page, live_server):
        draft_url = open_draft(page, live_server)   # signs up a fresh user, adds profile and mentor
        page.fill("#body", "...")

Every test gets a fresh browser context (empty cookies and storage) and, through the helpers, a fresh
user, so one server per session is shared safely. JavaScript errors on any page fail the test.
"""

import contextlib
import os
import re
import threading
import uuid
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from coach import create_app

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PASSWORD = "correct horse battery"


def pytest_collection_modifyitems(items):
    """Everything under tests/browser is a browser test, marked or not."""
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


def make_app(database, **config):
    """The app on `database` with the built-in coach unless `config` names a model."""
    return create_app(
        {
            "TESTING": True,
            "DATABASE": str(database),
            "SECRET_KEY": "browser-test-secret",
            "COACH_MODEL": None,
            "COACH_API_BASE": None,
            **config,
        }
    )


@contextlib.contextmanager
def serve(app):
    """Serve `app` on a free 127.0.0.1 port in a background thread; yield its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    """The base URL of the app (built-in coach, temporary database), shared by the session's tests."""
    app = make_app(tmp_path_factory.mktemp("live") / "coach.db")
    with serve(app) as url:
        yield url


@pytest.fixture(scope="module")
def fake_model():
    """The local OpenAI-compatible fake model (coach/coaching/fakemodel.py); queue() scripts its answers."""
    from coach.coaching.fakemodel import FakeModel

    with FakeModel() as server:
        yield server


@pytest.fixture(scope="module")
def _model_app_url(tmp_path_factory, fake_model):
    app = make_app(
        tmp_path_factory.mktemp("model") / "coach.db",
        COACH_MODEL="openai/fake-coach",
        COACH_API_BASE=fake_model.url,
        COACH_MODEL_TIMEOUT=5,
        COACH_MODEL_RETRIES=0,
    )
    with serve(app) as url:
        yield url


@pytest.fixture
def model_server(_model_app_url, monkeypatch):
    """The base URL of the app configured with a model served by `fake_model`: one try, 5 s time-out."""
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")  # litellm wants a key; the fake ignores it
    return _model_app_url


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, launched once per session."""
    if not os.path.exists(CHROMIUM):
        message = f"{CHROMIUM} is missing: run scripts/install-test-browser.sh (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A new page in a new, empty browser context; fails the test on any JavaScript error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    tab = context.new_page()
    tab.js_errors = []
    tab.dialogs = []
    tab.on("pageerror", lambda exc: tab.js_errors.append(str(exc)))
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    yield tab
    context.close()
    assert tab.js_errors == [], f"JavaScript errors: {tab.js_errors}"


def screenshot(page, name, **kwargs):
    """Save a screenshot under test-artifacts/ (kept out of git) and return its path."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), **kwargs)
    return path


# What a new user does, through the pages ---------------------------------------------------------


def sign_up(page, base_url, name="Ana Lima"):
    """Create a fresh mentee through the sign-up form; return the email used."""
    email = f"ana-{uuid.uuid4().hex[:10]}@example.com"
    page.goto(f"{base_url}/auth/signup")
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(re.compile(r"/mentee/?$"))
    return email


def add_profile(
    page,
    base_url,
    background="Backend developer, 4 years of Go and PostgreSQL.",
    offer="I can share the anonymised notes from our threat-modelling session as a case study.",
):
    """Fill in the profile's background and offer."""
    page.goto(f"{base_url}/mentee/profile")
    page.get_by_label("Background and current situation").fill(background)
    page.get_by_label("What you can offer a mentor in return").fill(offer)
    page.get_by_role("button", name="Save profile").click()
    page.wait_for_url(re.compile(r"/mentee/?$"))


def add_mentor(page, base_url, name="Kenji Watanabe"):
    """Record a mentor's research and ratings; return the mentor page's URL."""
    page.goto(f"{base_url}/mentee/mentors/new")
    page.get_by_label("Name", exact=True).fill(name)
    page.get_by_label("Role", exact=True).fill("Application security engineer")
    page.get_by_label("How you found them").fill("his conference talk")
    page.get_by_label(re.compile("^Research notes")).fill(
        "Wrote 'Threat modelling for teams without a security team'; runs a yearly CTF workshop."
    )
    for label, value in (("Accessibility", "3"), ("Relevance", "5"), ("Likelihood", "3"), ("Value potential", "5")):
        page.get_by_label(re.compile(f"^{label}")).fill(value)
    page.get_by_role("button", name="Save mentor").click()
    page.wait_for_url(re.compile(r"/mentee/mentors/\d+$"))
    return page.url


def start_draft(page, mentor_url, topic="moving from backend work into application security", minutes="20"):
    """Ask for a first draft from a mentor's page; return the editor's URL."""
    page.goto(mentor_url)
    page.get_by_label("What guidance you are asking for").fill(topic)
    page.get_by_label("Minutes you ask for").fill(minutes)
    page.get_by_role("button", name="Write a first draft").click()
    page.wait_for_url(re.compile(r"/mentee/drafts/\d+$"))
    return page.url


def open_draft(page, base_url):
    """A fresh mentee with a profile and a mentor, on the editor of their first draft; return its URL."""
    sign_up(page, base_url)
    add_profile(page, base_url)
    return start_draft(page, add_mentor(page, base_url))


def wait_for_live_check(page):
    """Wait until the live check has answered for the text now in the fields."""
    page.wait_for_function("() => /^Checked at/.test(document.getElementById('live-status').textContent)")
