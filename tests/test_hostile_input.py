"""Every form field and JSON field gets the bad-input set: each answers a clear error naming the field,
or stores the text exactly and shows it escaped; nothing answers 500.

Forms are found on the pages of a signed-in mentee and instructor (and the public sign-up and sign-in
pages), so forms added later are swept too.
"""

import itertools
import json
import re
from urllib.parse import urlencode, urlsplit

import pytest
from argon2 import PasswordHasher

from coach.accounts import services as accounts
from coach.db import open_database
from tests import sweep
from tests.htmlforms import parse_forms

SCRIPT = '<script>alert("pwned")</script><img src=x onerror=alert(1)>'
BAD = {
    "empty": "",
    "whitespace": " \t  \n ",
    "over_the_limit": "a" * 20_001,  # over every field's limit, under the request limit
    "one_megabyte": "a" * 1_048_576,
    "html_and_script": SCRIPT,
    "sql": "'; DROP TABLE users; --",
    "nul_byte": "before\x00after",
    "invalid_utf8": b"caf\xe9 \xff\xfe",
    "odd_unicode": "\u202eevil\u202c a\u200db e\u0301\u0301 \U0001f642\U0001f469\u200d\U0001f4bb",
}
STORED_EXACTLY = ("html_and_script", "sql", "odd_unicode")  # accepted text must be kept character for character
JSON_ENDPOINTS = {
    "/api/v1/critique": {"subject": "Quick question", "body": "Hi, could we talk for 20 minutes?", "context": {}}
}
_serial = itertools.count(1)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A mentee and an instructor with records, and every form on their pages and the public ones."""
    path = tmp_path_factory.mktemp("hostile") / "coach.db"
    app = sweep.offline_app(path, COACH_SIGNIN_LIMIT=10**6)
    with pytest.MonkeyPatch.context() as patch:
        # The sweep signs up many times: a cheap hash keeps it fast, and hashing is not under test here.
        patch.setattr(accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        owner = sweep.owner_world(app, "Hostile-sweep")
        users = {"mentee": owner["mentee"].client, "instructor": owner["instructor"].client}
        forms = [
            (role, action, form)
            for role, client in users.items()
            for action, form in sweep.page_forms(sweep.signed_in_pages(app, client, owner["ids"]))
        ]
        forms += [(None, path, None) for path in ("/auth/signup", "/auth/signin")]
        yield {"app": app, "users": users, "forms": forms, "db": open_database(str(path)), "accepted": {}}


def _public_form(app, path):
    """A fresh visitor's client and the form on a public page (sign-up signs the client in)."""
    client = app.test_client()
    return client, next(
        f for f in parse_forms(client.get(path).get_data(as_text=True), path) if urlsplit(f.action).path == path
    )


def _valid_values(form):
    values = {}
    for f in form.fields:
        if f.type in ("hidden", "checkbox", "radio"):
            continue
        values[f.name] = (
            f"user{next(_serial)}@example.com" if f.type == "email" else sweep.fill_value(f, "A plain, valid answer")
        )
    return values


def _post(client, action, form, name, value):
    """Post the form with valid values everywhere but `name`; raw bytes go in the body undecoded."""
    data = form.data(**_valid_values(form))
    if isinstance(value, bytes):
        data.pop(name, None)
        body = urlencode(data).encode() + b"&" + name.encode() + b"=" + value
        return client.post(action, data=body, content_type="application/x-www-form-urlencoded")
    return client.post(action, data={**data, name: value})


def _problems_for_form(world, role, action, form, kind):
    """Send the bad value of `kind` to each text field of one form; return what went wrong."""
    problems = []
    public = role is None
    fields = (_public_form(world["app"], action)[1] if public else form).text_fields()
    strict = kind != "invalid_utf8" and _valid_form_is_accepted(world, role, action, form)
    for name in fields:
        client, form_now = _public_form(world["app"], action) if public else (world["users"][role], form)
        response = _post(client, action, form_now, name, BAD[kind])
        problems += _judge(world, client, f"{action} {name}", name if strict else None, kind, response)
    return problems


def _valid_form_is_accepted(world, role, action, form):
    """True if the form with plain valid values is accepted, so a 400 must be about the bad field."""
    key = (role, action)
    if key not in world["accepted"]:
        client, form = _public_form(world["app"], action) if role is None else (world["users"][role], form)
        world["accepted"][key] = client.post(action, data=form.data(**_valid_values(form))).status_code < 400
    return world["accepted"][key]


def _judge(world, client, where, name, kind, response):
    """A clear error naming the field, or the text kept exactly and shown escaped; never a server error."""
    status, body = response.status_code, response.get_data(as_text=True)
    if status >= 500:
        return [f"{where}: {status}"]
    if status == 413:
        return [] if "too large" in body.lower() or "too long" in body.lower() else [f"{where}: 413 without a reason"]
    if status == 400:
        return [] if _names_field(body, name) else [f"{where}: 400 that does not name the field"]
    shown = client.get(response.headers["Location"]).get_data(as_text=True) if status in (302, 303) else body
    problems = [f"{where}: the script is shown unescaped"] if SCRIPT in shown else []
    if kind in STORED_EXACTLY and _stored_altered(world["db"], BAD[kind]):
        problems.append(f"{where}: stored, but not exactly as typed")
    return problems


def _names_field(body, name):
    """The error names `name`; with no name (the form fails without the bad value too) any clear error will do.

    Invalid UTF-8 is never sent by a browser and leaves the form unreadable, so its answer is the
    expired-form page (nothing saved) rather than a field's error.
    """
    if body.lstrip().startswith("{"):
        return json.loads(body)["error"]["field"] in (name, None)
    if name is None:
        return '-error"' in body or "error-summary" in body or "The form had expired" in body
    return f'id="{name}-error"' in body


def _stored_altered(db, value):
    """True if a mangled copy of `value` was stored: its first characters are in the database, it is not."""
    found = {"head": False, "whole": False}
    for table in db.table_names():
        for column, kind in db[table].columns_dict.items():
            if kind is str and not column.endswith("_json"):  # JSON columns hold quotes re-encoded
                for key, probe in (("head", value[:8]), ("whole", value)):
                    sql = f"select 1 from [{table}] where instr([{column}], ?) > 0 limit 1"
                    found[key] = found[key] or bool(db.execute(sql, [probe]).fetchall())
    return found["head"] and not found["whole"]


@pytest.mark.parametrize("kind", BAD)
def test_every_form_field_refuses_clearly_or_keeps_the_text_exactly(world, kind):
    problems = [p for role, action, form in world["forms"] for p in _problems_for_form(world, role, action, form, kind)]
    assert len(world["forms"]) >= 10, "the sweep found too few forms to mean anything"
    assert problems == []


@pytest.mark.parametrize("kind", BAD)
def test_every_json_field_refuses_clearly_or_answers(world, kind):
    client, problems = world["app"].test_client(), []
    for path, valid in JSON_ENDPOINTS.items():
        for name in valid:
            payload = json.dumps({**valid, name: "@@"}).encode()
            value = BAD[kind] if isinstance(BAD[kind], bytes) else json.dumps(BAD[kind]).encode()
            response = client.post(path, data=payload.replace(b'"@@"', value), content_type="application/json")
            problems += _judge(world, client, f"{path} {name}", name, kind, response)
    assert problems == []


def test_a_script_typed_into_a_mentor_name_is_shown_as_text(world):
    client = world["users"]["mentee"]
    form = next(
        f
        for f in parse_forms(client.get("/mentee/mentors/new").get_data(as_text=True), "/mentee/mentors/new")
        if urlsplit(f.action).path == "/mentee/mentors/new"
    )
    assert _post(client, "/mentee/mentors/new", form, "name", SCRIPT).status_code == 302
    page = client.get("/mentee/mentors").get_data(as_text=True)
    assert SCRIPT not in page
    assert re.search(r"&lt;script&gt;alert\(&(#34|quot);pwned&(#34|quot);\)&lt;/script&gt;", page)
