"""The first week over real HTTP: the Procfile's gunicorn (2 workers, 8 threads) on a free 127.0.0.1 port with
a temporary database, driven as browsers would (cookies, CSRF tokens, no redirects followed unless said).

A cohort's first week: the prep page after a plan with a date, sign-in redirects that a disguised `next`
cannot steer off the site, deeply nested JSON, the public sign-up refusing to make an instructor, parallel
wrong passwords capped at the limit across both workers, and no traceback in the server's log."""

import re
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta

import pytest
import requests

from benchmarks._server import ProcfileServer

PASSWORD = "correct horse battery"
TOKEN = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The Procfile's server on a fresh database, with the built-in coach and the default sign-in limit."""
    tmp = tmp_path_factory.mktemp("first-week")
    server = ProcfileServer(
        tmp / "coach.db",
        tmp / "server.log",
        env={
            "COACH_MODEL": "",
            "COACH_API_BASE": "",
            "COACH_SIGNIN_LIMIT": "10",
            "COACH_SIGNIN_ADDRESS_LIMIT": "50",
            "WEB_CONCURRENCY": "2",
            "COACH_THREADS": "8",
        },
    )
    yield server.start()
    server.stop()


class Browser:
    """One person's browser: a cookie jar, and forms sent with the token of the page they are on."""

    def __init__(self, base):
        self.base, self.http = base, requests.Session()

    def get(self, path, **kwargs):
        return self.http.get(self.base + path, allow_redirects=False, timeout=20, **kwargs)

    def submit(self, page, data, action=None):
        """Open `page`, then post `data` with its CSRF token to `action` (the page itself by default)."""
        token = TOKEN.search(self.get(page).text).group(1)
        return self.http.post(
            self.base + (action or page), data={**data, "csrf_token": token}, allow_redirects=False, timeout=20
        )


@pytest.fixture(autouse=True)
def no_traceback(server):
    """After each check: no traceback and no 5xx in what the server logged during it."""
    start = len(server.log())
    yield
    log = server.log()[start:]
    assert "Traceback" not in log and not re.search(r'HTTP/1\.[01]" 5\d\d ', log), log[-3000:]


def _mentee(server, email):
    person = Browser(server.url)
    response = person.submit("/auth/signup", {"name": "Mia Mentee", "email": email, "password": PASSWORD})
    assert response.headers["Location"] == "/mentee/"
    return person


def test_the_prep_page_opens_after_a_plan_with_a_meeting_date(server):
    mia = _mentee(server, "mia@example.com")
    response = mia.submit(
        "/mentee/mentors/new",
        {
            "name": "Kenji Watanabe",
            "role": "Application security engineer",
            "mentor_type": "technical",
            "network_tier": "industry_figure",
            "barrier": "medium",
            "found_via": "his conference talk",
            "research": "Wrote about threat modelling for small teams.",
            "gap": "application security",
            "accessibility": "3",
            "relevance": "5",
            "likelihood": "3",
            "value_potential": "5",
        },
    )
    mentor = response.headers["Location"].rstrip("/").split("/")[-1]
    meeting_on = (date.today() + timedelta(days=3)).isoformat()
    saved = mia.submit(
        f"/mentee/mentors/{mentor}/prep",
        {"minutes": "30", "meeting_on": meeting_on},
        action=f"/mentee/mentors/{mentor}/plan",
    )
    assert saved.status_code == 302
    for _ in range(3):  # every later visit, on either worker
        prep = mia.get(f"/mentee/mentors/{mentor}/prep")
        assert prep.status_code == 200 and f'value="{meeting_on}"' in prep.text


@pytest.mark.parametrize(
    "query",
    [
        "/%09/evil.example",
        "/%09%09/evil.example",
        "/%0d%0a/evil.example",
        "%5C%5Cevil.example",
        "/%0d%0aSet-Cookie:%20x=1",
    ],
)
def test_sign_in_and_sign_up_never_redirect_off_the_site(server, query):
    email = f"r{abs(hash(query))}@example.com"
    person = Browser(server.url)
    signed_up = person.submit(f"/auth/signup?next={query}", {"name": "Rae", "email": email, "password": PASSWORD})
    person.submit("/auth/signin", {}, action="/auth/signout")
    signed_in = person.submit(f"/auth/signin?next={query}", {"email": email, "password": PASSWORD})
    for response in (signed_up, signed_in):
        location = response.headers["Location"]
        assert response.status_code == 302 and location.startswith("/") and not location.startswith("//")
        assert "evil.example" not in location and "\r" not in location and "\n" not in location
        assert "x=1" not in response.headers.get("Set-Cookie", "")


@pytest.mark.parametrize("raw", [b"[" * 50_000, b'{"subject": "s", "body": "b", "context": ' + b'{"a":' * 50_000])
def test_deeply_nested_json_gets_a_clear_400(server, raw):
    response = requests.post(
        f"{server.url}/api/v1/critique", data=raw, timeout=20, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400 and "nested too deeply" in response.json()["error"]["message"]


def test_the_public_sign_up_makes_a_mentee_even_when_asked_for_an_instructor(server):
    eve = Browser(server.url)
    response = eve.submit(
        "/auth/signup", {"name": "Eve", "email": "eve@example.com", "password": PASSWORD, "role": "instructor"}
    )
    assert response.headers["Location"] == "/mentee/"
    assert eve.get("/instructor/").status_code == 404
    assert eve.get("/mentee/").status_code == 200


def test_sixty_parallel_wrong_passwords_get_at_most_ten_checked(server):
    _mentee(server, "ana@example.com")
    browsers = [Browser(server.url) for _ in range(60)]
    tokens = [TOKEN.search(b.get("/auth/signin").text).group(1) for b in browsers]
    barrier = threading.Barrier(60)

    def attempt(i):
        barrier.wait()
        return (
            browsers[i]
            .http.post(
                f"{server.url}/auth/signin",
                allow_redirects=False,
                timeout=60,
                data={"email": "ana@example.com", "password": "not the password", "csrf_token": tokens[i]},
            )
            .status_code
        )

    with ThreadPoolExecutor(60) as pool:
        statuses = list(pool.map(attempt, range(60)))
    assert sorted(set(statuses)) == [400, 429]
    assert statuses.count(400) == 10  # checked and refused; the other fifty were never checked
