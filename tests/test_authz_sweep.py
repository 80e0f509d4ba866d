"""Every route, with every method, with someone else's ids, as an anonymous visitor, another mentee and an
instructor of another cohort: nothing of the owner's leaks, nothing is written, nothing crashes.

Routes come from app.url_map, so a route added later without an owner check fails here. Public routes
are the explicit allow-list in tests/sweep.py.
"""

import io
import zipfile
from urllib.parse import urlsplit

import pytest

from coach.db import open_database
from tests import sweep
from tests.conftest import Actions

MARKER = "Qx7Zebra-Quokka"
PERSONAS = ("anonymous", "other mentee", "other instructor")
DENIED = {400, 401, 404, 405}  # 400/405: a write this route does not take; never 200 with the owner's data


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """The app with the owner's marked records, the owner's ids, and a client per persona."""
    path = tmp_path_factory.mktemp("authz") / "coach.db"
    app = sweep.offline_app(path)
    app.add_url_rule("/planted/<int:mentor_id>", "planted_leak", _planted_leak)
    ids = sweep.owner_world(app, MARKER)["ids"]
    db = open_database(str(path))
    other_mentee = Actions(app.test_client())
    other_mentee.signup(email="other@example.com", name="Other Mentee")
    other_mentee.mentor(name="Someone Else")
    other_instructor = Actions(app.test_client())
    other_instructor.signup(email="other-instructor@example.com", name="Other Instructor", role="instructor")
    other_instructor.post("/instructor/", {"name": "Another cohort"})
    clients = {
        "anonymous": app.test_client(),
        "other mentee": other_mentee.client,
        "other instructor": other_instructor.client,
    }
    emails = {"other mentee": "other@example.com", "other instructor": "other-instructor@example.com"}
    yield {
        "app": app,
        "db": db,
        "ids": ids,
        "clients": clients,
        "emails": emails,
        "tokens": {name: sweep.token_of(client) for name, client in clients.items()},
    }
    db.conn.close()


def test_the_owner_records_carry_the_marker(world):
    """The sweep means something only if the owner's data exists and shows the marker to the owner."""
    db = world["db"]
    assert any(MARKER in (r["research"] or "") for r in db["mentors"].rows)
    assert any(MARKER in (r["subject"] or "") for r in db["revisions"].rows)


@pytest.mark.parametrize(
    "rule, methods",
    [pytest.param(r, m, id=r.endpoint) for r, m in sweep.collect_rules() if not sweep.is_public(r.endpoint)],
)
@pytest.mark.parametrize("persona", PERSONAS)
def test_no_route_shows_or_changes_someone_elses_records(world, rule, methods, persona):
    before = sweep.table_counts(world["db"])
    assert sweep_route(world, rule, methods, persona) == []
    if _owner_scoped(persona, rule):
        assert sweep.table_counts(world["db"]) == before, "a request wrote something"
    _stay_signed_in(world, persona)


def _stay_signed_in(world, persona):
    """A route like "sign out everywhere" ends the persona's own session: sign in again, so that every later
    route is still tried by a signed-in user rather than quietly by an anonymous one."""
    client = world["clients"][persona]
    if persona == "anonymous" or client.get("/account/").status_code == 200:
        return
    Actions(client).signin(email=world["emails"][persona])
    assert client.get("/account/").status_code == 200, f"{persona} could not sign in again"
    world["tokens"][persona] = sweep.token_of(client)


def _planted_leak(mentor_id):
    """A route that forgets the owner check, to show the sweep catches one."""
    from coach.db import get_db

    return get_db()["mentors"].get(mentor_id)["research"]


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_sweep_catches_a_route_that_forgets_the_owner_check(world, persona):
    rule = next(r for r in world["app"].url_map.iter_rules() if r.endpoint == "planted_leak")
    problems = sweep_route(world, rule, ["GET"], persona)
    assert problems and all("shows the owner's data" in p or "not refused" in p for p in problems)


def sweep_route(world, rule, methods, persona):
    """Request every URL of the rule with each method as the persona; return what went wrong."""
    client, token = world["clients"][persona], world["tokens"][persona]
    problems = []
    for url in sweep.urls_for(rule, world["ids"]):
        for method in methods:
            response = client.open(url, method=method, data={"csrf_token": token}, headers={"X-CSRFToken": token})
            body = _readable(response)
            where = f"{persona} {method} {url} -> {response.status_code}"
            if response.status_code >= 500:
                problems.append(f"{where}: server error")
            if MARKER in body:
                problems.append(f"{where}: shows the owner's data")
            if not _refused(response, persona, rule):
                problems.append(f"{where}: not refused ({response.headers.get('Location', body[:120])!r})")
    return problems


def _readable(response):
    """The response as text; a zip (the account export) is read member by member, since it is compressed."""
    if response.mimetype == "application/zip":
        archive = zipfile.ZipFile(io.BytesIO(response.get_data()))
        return "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist())
    return response.get_data(as_text=True)


def _owner_scoped(persona, rule):
    """Routes with ids act on the owner's records; anonymous visitors have no records of their own."""
    return persona == "anonymous" or bool(rule.arguments)


def _refused(response, persona, rule):
    """Refused: not found, not taken, or sent to sign in. An id-free route may serve a user their own data."""
    if not _owner_scoped(persona, rule) or response.status_code in DENIED:
        return True
    if response.status_code in (302, 303):
        return urlsplit(response.headers["Location"]).path == "/auth/signin"
    return False
