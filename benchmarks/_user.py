"""A simulated mentee driving the real server over HTTP, as a browser without JavaScript would.

Each step loads the page, reads its form (CSRF token and defaults included) and submits it, so the
load benchmark and the crash test exercise the same path a person does.
"""

import time
from urllib.parse import urlsplit

import requests

from tests.htmlforms import parse_forms

BODY = (
    "Hi {name},\n\nI watched your talk on threat modelling for teams without a security team and "
    "tried the checklist on our payments service; it found two gaps we fixed the same week.\n\n"
    "I am a backend developer (four years of Go and PostgreSQL) moving into application security. "
    "Could we talk for 20 minutes on a video call in the next two weeks about how you made that move? "
    "In return I can share our anonymised notes from the exercise as a case study for your workshop.\n\n"
    "If another time suits you better, I am happy to work around your schedule.\n\nThanks,\n{me}\n[{tag}]"
)


class Refused(Exception):
    """The server answered a step with something other than what a working app answers."""


class SimulatedUser:
    """One mentee with their own session; every request is timed and recorded in `samples`."""

    def __init__(self, base_url, number, timeout=60):
        self.base, self.number, self.timeout = base_url, number, timeout
        self.http = requests.Session()
        self.samples = []  # (kind, seconds, status or None when the request failed)
        self.email = f"user{number}-{time.monotonic_ns()}@example.com"
        self.draft_id = None
        self.saved = 0

    def request(self, kind, method, path, **kwargs):
        """Make one timed request (no redirects followed); record it; return the response."""
        started = time.perf_counter()
        try:
            response = self.http.request(
                method, self.base + path, timeout=self.timeout, allow_redirects=False, **kwargs
            )
        except requests.RequestException:
            self.samples.append((kind, time.perf_counter() - started, None))
            raise
        self.samples.append((kind, time.perf_counter() - started, response.status_code))
        return response

    def page_form(self, path, posts_to=None):
        """Load a page and return its form that posts to `posts_to` (default: to the page itself)."""
        response = self.request("page", "GET", path)
        if response.status_code != 200:
            raise Refused(f"GET {path} answered {response.status_code}")
        target = posts_to or path
        for form in parse_forms(response.text, self.base + path):
            if urlsplit(form.action).path == target and form.method == "POST":
                return form
        raise Refused(f"no form on {path} posts to {target}")

    def submit(self, kind, form, expect=302, **values):
        """Post a form with its defaults and `values`; return the response, raising unless it is `expect`."""
        path = urlsplit(form.action).path
        response = self.request(kind, form.method, path, data=form.data(**values))
        if response.status_code != expect:
            raise Refused(f"{form.method} {path} answered {response.status_code}, not {expect}")
        return response

    def sign_up_and_in(self, password="correct horse battery"):
        """Create the account, then sign in with it, each through its form."""
        self.submit(
            "signup",
            self.page_form("/auth/signup"),
            name=f"Load User {self.number}",
            email=self.email,
            password=password,
            role="mentee",
        )
        self.submit("signin", self.page_form("/auth/signin"), email=self.email, password=password)

    def start_draft(self, mentor_name=None):
        """Record a mentor and ask for a first draft to them; remember the draft's id."""
        form = self.page_form("/mentee/mentors/new")
        response = self.submit(
            "mentor",
            form,
            name=mentor_name or f"Kenji Watanabe {self.number}",
            role="Application security engineer",
            research="Gave the talk 'Threat modelling for teams without a security team'.",
            accessibility="3",
            relevance="5",
            likelihood="3",
            value_potential="5",
        )
        mentor_path = _path(response)
        response = self.submit(
            "draft",
            self.page_form(mentor_path, posts_to=mentor_path + "/drafts"),
            ask_topic="moving from backend work into application security",
            ask_minutes="20",
        )
        self.draft_id = int(_path(response).rstrip("/").split("/")[-1])
        return self.draft_id

    def save_revision(self):
        """Save the next revision from the editor page; return its subject if the server acknowledged it (302)."""
        self.saved += 1
        subject = f"Load user {self.number}, revision {self.saved}: a 20-minute question about your talk"
        body = BODY.format(name="Kenji", me=f"Load User {self.number}", tag=f"u{self.number}-r{self.saved}")
        form = self.page_form(f"/mentee/drafts/{self.draft_id}")
        response = self.submit("save", form, subject=subject, body=body)
        if not _path(response).endswith(f"/drafts/{self.draft_id}"):
            raise Refused(f"the save was redirected to {_path(response)}")
        return subject

    def model_critique(self, number):
        """Ask the model to critique saved revision `number` through the JSON API; return the JSON answer."""
        form = self.page_form(f"/mentee/drafts/{self.draft_id}")
        response = self.request(
            "model",
            "POST",
            f"/api/v1/drafts/{self.draft_id}/revisions/{number}/model-critique",
            json={},
            headers={"X-CSRFToken": form.data()["csrf_token"]},
        )
        if response.status_code != 200:
            raise Refused(f"the model critique answered {response.status_code}: {response.text[:200]}")
        return response.json()


def _path(response):
    """The path a redirect points to."""
    return urlsplit(response.headers.get("Location", "")).path
