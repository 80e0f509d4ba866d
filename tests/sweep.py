"""What the authorization and hostile-input sweeps share: the app's routes, URLs filled with real ids, the
forms found on signed-in pages, and a user whose records carry a marker that must never leak.

Nothing here names a particular feature: routes come from app.url_map and forms from the pages, so
routes and forms added later are swept too.
"""

import re
import tempfile
from datetime import date
from itertools import islice, product
from urllib.parse import urlsplit

from coach import create_app
from coach.db import open_database
from tests.conftest import Actions
from tests.htmlforms import parse_forms

PUBLIC_ENDPOINTS = {"index", "healthz", "favicon", "static", "api.critique"}  # and every auth.* and recovery.* endpoint
# Forms a sweep must not submit on the owner's behalf: they would end the session or undo the setup.
DESTRUCTIVE = re.compile(r"sign-?out|delete|remove|leave", re.I)
FALLBACK = {"number": [1, 2]}  # revision numbers: each draft has 1 and 2
SKIPPED_TABLES = {"_sqlite_migrations", "rate_limit_events", "model_calls"}


def offline_app(path, **extra):
    """The app for a sweep: a database at `path`, CSRF on, no model and no link fetching, plus `extra` config."""
    return create_app(
        {
            "TESTING": True,
            "DATABASE": str(path),
            "SECRET_KEY": "test-secret",
            "COACH_MODEL": None,
            "COACH_API_BASE": None,
            "COACH_FETCH_LINKS": False,
            **extra,
        }
    )


def is_public(endpoint):
    """True for the routes anyone may use without signing in."""
    return endpoint in PUBLIC_ENDPOINTS or endpoint.startswith(("auth.", "recovery."))


def rules(app):
    """The app's routes with their methods (HEAD and OPTIONS aside), in a stable order."""
    return sorted(
        ((r, sorted(r.methods - {"HEAD", "OPTIONS"})) for r in app.url_map.iter_rules()), key=lambda pair: pair[0].rule
    )


def collect_rules():
    """The routes of a freshly built app, for parametrising at collection time."""
    with tempfile.TemporaryDirectory() as tmp:
        return rules(create_app({"TESTING": True, "DATABASE": f"{tmp}/c.db", "SECRET_KEY": "x", "COACH_MODEL": None}))


def _singular(table):
    return table[:-1] if table.endswith("s") else table


def record_ids(app, db):
    """Every id argument of the app's URLs, by name, from the rows now in the database.

    `<name>_id` takes the ids of each table named for it (mentor_id: mentors; item_id: action_items;
    comment_id: review_comments and comment_bank); mentee_id and user_id take the users' ids; a string
    argument takes the values of a column of the same name.
    """
    tables = [t for t in db.table_names() if t not in SKIPPED_TABLES]
    users = [r["id"] for r in db["users"].rows]
    ids = {"mentee_id": users, "user_id": users}

    def values(name):
        if name.endswith("_id"):
            stem = name[:-3]
            return [
                r[0]
                for t in tables
                if (_singular(t).endswith(stem) or t.startswith(stem)) and "id" in db[t].columns_dict
                for r in db.execute(f"select id from [{t}]")
            ]
        return [
            r[0]
            for t in tables
            if name in db[t].columns_dict
            for r in db.execute(f"select distinct [{name}] from [{t}] where [{name}] is not null")
        ]

    names = {name for rule, _ in rules(app) for name in rule.arguments}
    return {name: ids.get(name) or values(name) for name in names}


def urls_for(rule, ids, limit=4):
    """Concrete URLs for a rule, trying up to `limit` combinations of the `ids` (from record_ids)."""
    names = sorted(rule.arguments)
    combos = islice(
        product(*(ids.get(name) or FALLBACK.get(name) or [1 if name.endswith("_id") else "x"] for name in names)), limit
    )
    return [_build(rule, dict(zip(names, combo))) for combo in combos]


def _build(rule, values):
    # Rule.build would need a bound adapter; filling the <converter:name> parts is enough here.
    return re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", lambda m: str(values[m.group(1)]), rule.rule)


def table_counts(db):
    """Row counts of every table a user's action writes to."""
    return {t: db[t].count for t in db.table_names() if t not in SKIPPED_TABLES}


def token_of(client):
    """A valid CSRF token for this client's session."""
    html = client.get("/auth/signin").get_data(as_text=True)
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)


def fill_value(field, text):
    """What a person would type into this field: `text` for text (within the length the page states), and
    for the rest a plausible valid value: a number inside the stated range, today's date as YYYY-MM-DD."""
    if field.type == "submit":
        return field.value  # a button sends its own value
    if field.type == "number":
        low, high = field.limits.get("min", 3), field.limits.get("max", 3)
        return str(low + min((high - low) // 2, 20))  # 1-5 gives 3, 5-120 minutes gives 25
    if field.type == "date":
        return date.today().isoformat()
    if field.type == "email":
        return "someone@example.com"
    if field.type == "url":
        return "https://example.com/talk"
    if field.tag == "select":
        return field.value or (field.options[1] if len(field.options) > 1 else (field.options or [""])[0])
    return text[: field.limits.get("maxlength", len(text))]


def signed_in_pages(app, client, ids):
    """The GET pages this client can open (200, HTML), with ids filled in."""
    pages = []
    for rule, methods in rules(app):
        if "GET" not in methods or rule.endpoint == "static" or is_public(rule.endpoint):
            continue
        for url in urls_for(rule, ids, limit=2):
            response = client.get(url)
            if response.status_code == 200 and response.mimetype == "text/html":
                pages.append((url, response.get_data(as_text=True)))
    return pages


def every_page(app, client, ids, limit=2):
    """(url, status) of every GET route of the app (static files aside) opened by this client, with ids filled in."""
    return [
        (url, client.get(url).status_code)
        for rule, methods in rules(app)
        if "GET" in methods and rule.endpoint != "static"
        for url in urls_for(rule, ids, limit=limit)
    ]


def page_forms(pages):
    """The POST forms on these pages (one per action), skipping the destructive ones."""
    seen, found = set(), []
    for url, html in pages:
        for form in parse_forms(html, url):
            action = urlsplit(form.action).path
            shape = re.sub(r"\d+", "N", action)  # one form per route, not one per record
            if form.method == "POST" and shape not in seen and not DESTRUCTIVE.search(action):
                seen.add(shape)
                found.append((action, form))
    return found


def submit_all_forms(app, client, marker, ids):
    """Submit every form on this user's pages (opened with `ids`) once, typing `marker` into each text field;
    return (action, status) of each submission."""
    answers = []
    for action, form in page_forms(signed_in_pages(app, client, ids)):
        values = {
            f.name: fill_value(f, f"{marker} {f.name}")
            for f in form.fields
            if f.type not in ("hidden", "checkbox", "radio")
        }
        answers.append((action, client.post(action, data=form.data(**values)).status_code))
    return answers


def _new_ids(app, existing):
    """The ids of the rows created since `existing` was taken."""
    db = open_database(app.config["DATABASE"])
    try:
        return {name: [v for v in values if v not in existing[name]] for name, values in record_ids(app, db).items()}
    finally:
        db.conn.close()


def owner_world(app, marker):
    """An instructor with a cohort, and a mentee in it whose profile, mentor, draft, revisions and every
    other record the pages let them create carry `marker`.

    Returns {"mentee": Actions, "instructor": Actions, "ids": the ids of the records they created,
    "submitted": (action, status) of every form the sweep sent}.
    """
    instructor = Actions(app.test_client())
    instructor.signup(email="owner-instructor@example.com", name="Owner Instructor", role="instructor")
    db = open_database(app.config["DATABASE"])
    signed_in_pages(app, instructor.client, record_ids(app, db))  # let pages seed what they seed (anchors)
    existing = record_ids(app, db)  # so that seeded rows are not taken for the owner's
    db.conn.close()
    instructor.post("/instructor/", {"name": f"{marker} cohort"})
    db = open_database(app.config["DATABASE"])
    code = next(iter(db["cohorts"].rows), {}).get("code", "") if "cohorts" in db.table_names() else ""
    db.conn.close()

    mentee = Actions(app.test_client())
    mentee.signup(email="owner@example.com", name="Owner Mentee")
    mentee.profile(background=f"{marker} background", offer=f"{marker} offer")
    mentor_id = mentee.mentor(name=f"{marker} Mentor", research=f"{marker} research")
    draft_id = mentee.draft(mentor_id, topic=f"{marker} topic")
    mentee.revise(draft_id, f"{marker} subject", f"{marker} body of the message")
    if code:
        mentee.post("/mentee/cohort", {"code": code})
    submitted = []
    for _ in range(2):  # the second round reaches pages of records the first one created
        submitted += submit_all_forms(app, mentee.client, marker, _new_ids(app, existing))
    submitted += submit_all_forms(app, instructor.client, marker, _new_ids(app, existing))
    return {"mentee": mentee, "instructor": instructor, "ids": _new_ids(app, existing), "submitted": submitted}
