"""After signing in or up, `next` leads only to a page of this site, however it is disguised; a `next` that a
browser would read as another site (or that holds CR/LF) lands on the user's home instead, never a 500."""

import pytest

from coach.security import safe_next
from tests.conftest import csrf_token

# As they appear in the query string (percent-encoded): each one a browser reads as another site.
OFF_SITE = [
    "/%09/evil.example",
    "/%09%09/evil.example",
    "%09//evil.example",
    "/%0d/evil.example",
    "/%0a/evil.example",
    "/%0d%0a/evil.example",
    "/%0A%0D/evil.example",
    "//evil.example",
    "///evil.example",
    "//evil.example/%2F..",
    "/%5Cevil.example",
    "%5C%5Cevil.example",
    "/%5C/evil.example",
    "%5C/evil.example",
    "/%09%5C/evil.example",
    "%20//evil.example",
    "%20%09/%0a/evil.example",
    "%0b//evil.example",
    "%00//evil.example",
    "%01/%5Cevil.example",
    "https://evil.example",
    "https:evil.example",
    "http:/evil.example",
    "HTTPS://evil.example",
    "javascript:alert(1)",
    "java%09script:alert(1)",
    "data:text/html,hi",
    "evil.example",
    "@evil.example",
    "%0d%0aLocation:%20//evil.example",
    "/%7F/evil.example",
]
# Header injection: CR/LF never reach the Location header (a browser drops them, so the rest is a path here).
INJECTIONS = ["/%0d%0aSet-Cookie:%20stolen=1", "/ok%0d%0aSet-Cookie:%20x=1", "/mentee/%0a%0d%0a"]
# Typed directly (the decoded value the view reads): the same tricks, unencoded.
OFF_SITE_RAW = [
    "/\t/evil.example",
    "/\t\t/evil.example",
    "\t//evil.example",
    "/\r\n/evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    " //evil.example",
    "\x0c//evil.example",
    "https://evil.example",
    "//evil.example",
    "/\n\\evil.example",
    "",
]


def _sign_in(actions, client, query):
    actions.signup()
    actions.signout()
    token = csrf_token(client, "/auth/signin")
    return client.post(
        f"/auth/signin?next={query}",
        data={"email": "ana@example.com", "password": "correct horse", "csrf_token": token},
    )


def _sign_up(client, query):
    path = f"/auth/signup?next={query}"
    token = csrf_token(client, "/auth/signup")
    return client.post(
        path, data={"name": "Ana Lima", "email": "ana@example.com", "password": "correct horse", "csrf_token": token}
    )


@pytest.mark.parametrize("query", OFF_SITE)
def test_sign_in_with_a_disguised_off_site_next_lands_on_home(actions, client, query):
    response = _sign_in(actions, client, query)
    assert response.status_code == 302
    assert response.headers["Location"] == "/mentee/"


@pytest.mark.parametrize("query", OFF_SITE)
def test_sign_up_with_a_disguised_off_site_next_lands_on_home(client, query):
    response = _sign_up(client, query)
    assert response.status_code == 302
    assert response.headers["Location"] == "/mentee/"


@pytest.mark.parametrize("query", INJECTIONS)
@pytest.mark.parametrize("sign", ("in", "up"))
def test_a_next_holding_cr_or_lf_redirects_on_this_site_without_a_server_error(actions, client, query, sign):
    response = _sign_in(actions, client, query) if sign == "in" else _sign_up(client, query)
    location = response.headers["Location"]
    assert response.status_code == 302
    assert location.startswith("/") and not location.startswith("//")
    assert "\r" not in location and "\n" not in location


@pytest.mark.parametrize("target", OFF_SITE_RAW)
def test_a_next_a_browser_reads_as_another_site_is_refused(target):
    assert safe_next(target) is None


@pytest.mark.parametrize(
    "target, followed",
    [
        ("/mentee/mentors", "/mentee/mentors"),
        ("/mentee/cohort?code=ABCD2345", "/mentee/cohort?code=ABCD2345"),
        ("/mentee/drafts/3#editor", "/mentee/drafts/3#editor"),
        ("\t/mentee/mentors", "/mentee/mentors"),  # a browser drops the tab: the page it opens is on this site
        ("\x00/mentee", "/mentee"),
    ],
)
def test_a_next_on_this_site_is_followed(target, followed):
    assert safe_next(target) == followed


def test_sign_in_follows_a_next_on_this_site(actions, client):
    response = _sign_in(actions, client, "/mentee/mentors%3Fsort%3Dpriority")
    assert response.headers["Location"] == "/mentee/mentors?sort=priority"
