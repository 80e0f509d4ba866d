"""Fixtures: an app on a temporary database with the built-in coach, a client, a CLI runner, and
helpers to sign up and build a mentee's records."""

import atexit
import os
import re
import shutil
import tempfile

import pytest

# The engine keeps tables it builds in a cache folder (coach/engine/diskcache.py); the suite gets one of its own,
# removed when it ends, so no test writes to the developer's ~/.cache. Set before any test module imports the
# engine, and inherited by the servers and CLI processes tests start.
_CACHE = tempfile.mkdtemp(prefix="coach-test-cache-")
os.environ["COACH_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

from coach import create_app  # noqa: E402
from coach.coaching import backends as models  # noqa: E402
from coach.db import open_database  # noqa: E402
from tests.queuedmodel import NAME, QueuedTransport  # noqa: E402


@pytest.fixture(autouse=True)
def no_model_env(monkeypatch):
    """Tests never inherit a real model or key from the developer's shell."""
    for name in ("COACH_MODEL", "COACH_API_BASE", "COACH_DATABASE", "OPENAI_API_KEY", "ANTHROPIC_API_KEY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def app(tmp_path):
    """The app on a fresh database in a temporary folder, CSRF on as in production."""
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "coach.db"), "SECRET_KEY": "test-secret"})
    yield app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def db(app):
    """The app's database, opened as sqlite-utils would."""
    database = open_database(app.config["DATABASE"])
    yield database
    database.conn.close()


def csrf_token(client, path):
    """Fetch a page and return the CSRF token of its form."""
    html = client.get(path).get_data(as_text=True)
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html) or re.search(
        r'name="csrf_token" value="([^"]+)"', html
    )
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def create_instructor(app, email, name, password):
    """Create an instructor account with the command line, as the server's admin does."""
    from click.testing import CliRunner

    from coach.cli import cli

    result = CliRunner().invoke(
        cli,
        [
            "create-instructor",
            "--email",
            email,
            "--name",
            name,
            "--password-stdin",
            "--database",
            app.config["DATABASE"],
        ],
        input=f"{password}\n",
    )
    assert result.exit_code == 0, result.output


class Actions:
    """What a user does in a browser, through the test client, with real CSRF tokens."""

    def __init__(self, client):
        self.client = client

    def post(self, path, data, form_path=None, **kwargs):
        """Submit a form the way a browser does: load its page for the token, then post."""
        token = csrf_token(self.client, form_path or path)
        return self.client.post(path, data={**data, "csrf_token": token}, **kwargs)

    def signup(self, email="ana@example.com", name="Ana Lima", password="correct horse", role="mentee"):
        """Sign up on the public page (mentees); an instructor is created as a course's first one is, with
        `coach create-instructor`, then signs in."""
        if role == "instructor":
            create_instructor(self.client.application, email, name, password)
            return self.signin(email, password)
        return self.post("/auth/signup", {"name": name, "email": email, "password": password})

    def signin(self, email="ana@example.com", password="correct horse"):
        return self.post("/auth/signin", {"email": email, "password": password})

    def signout(self):
        return self.post("/auth/signout", {}, form_path="/auth/signin")

    def profile(self, **fields):
        data = {
            "background": "Backend developer, 4 years of Go and PostgreSQL.",
            "offer": "I can share the anonymised notes from our threat-modelling session as a case study.",
            **fields,
        }
        return self.post("/mentee/profile", data)

    def mentor(self, **fields):
        """Record a mentor; return the new mentor's id."""
        data = {
            "name": "Kenji Watanabe",
            "role": "Application security engineer",
            "mentor_type": "technical",
            "network_tier": "industry_figure",
            "barrier": "medium",
            "found_via": "his conference talk",
            "research": "Wrote 'Threat modelling for teams without a security team'; runs a yearly CTF workshop.",
            "connection_points": "",
            "gap": "moving into application security",
            "accessibility": "3",
            "relevance": "5",
            "likelihood": "3",
            "value_potential": "5",
            **fields,
        }
        response = self.post("/mentee/mentors/new", data)
        assert response.status_code == 302, response.get_data(as_text=True)[:500]
        return int(response.headers["Location"].rstrip("/").split("/")[-1])

    def draft(
        self, mentor_id, topic="moving from backend work into application security", minutes="20", fmt="video call"
    ):
        """Ask for a first draft; return the draft id."""
        response = self.post(
            f"/mentee/mentors/{mentor_id}/drafts",
            {"ask_topic": topic, "ask_minutes": minutes, "ask_format": fmt},
            form_path=f"/mentee/mentors/{mentor_id}",
        )
        assert response.status_code == 302, response.get_data(as_text=True)[:500]
        return int(response.headers["Location"].rstrip("/").split("/")[-1])

    def revise(self, draft_id, subject, body):
        return self.post(f"/mentee/drafts/{draft_id}", {"subject": subject, "body": body})


@pytest.fixture
def actions(client):
    return Actions(client)


@pytest.fixture
def mentee(actions):
    """A signed-in mentee with a profile, one mentor and one draft: returns (actions, mentor_id, draft_id)."""
    actions.signup()
    actions.profile()
    mentor_id = actions.mentor()
    return actions, mentor_id, actions.draft(mentor_id)


@pytest.fixture
def fake_model(monkeypatch):
    """A scripted OpenAI-compatible server on 127.0.0.1 (see coach/coaching/fakemodel.py), with a dummy key set.

    Yields the server: `.url` (the /v1 base), `.queue(...)` behaviours, `.requests` received.
    """
    from coach.coaching.fakemodel import FakeModel

    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")
    with FakeModel() as server:
        yield server


@pytest.fixture
def queued_model(monkeypatch):
    """The in-process queued model (tests/queuedmodel.py), served for COACH_MODEL="queued".

    Yields the transport: `.queue(...)` answers, `.requests` received.
    """
    transport = QueuedTransport()
    monkeypatch.setitem(models.TRANSPORTS, NAME, lambda: transport)
    yield transport
