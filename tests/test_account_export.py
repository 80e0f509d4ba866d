"""Your data (issue 18): /account/export is a zip of one JSON document with everything the account owns and
the Markdown portfolio; `coach export-user EMAIL` writes the same."""

import io
import json
import re
import zipfile

import requests
from click.testing import CliRunner

from coach.cli import cli
from tests.browser.conftest import make_app, serve
from tests.conftest import Actions

REVISION_TEXT = "Hi Kenji, your talk on threat models for small teams changed how I plan reviews."


def _open(body):
    archive = zipfile.ZipFile(io.BytesIO(body))
    return json.loads(archive.read("account.json")), archive.read("portfolio.md").decode("utf-8")


def _token(http, url):
    return re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', http.get(url, timeout=10).text).group(1)


def _post(http, url, data, form_url=None):
    return http.post(url, data={**data, "csrf_token": _token(http, form_url or url)}, allow_redirects=False, timeout=30)


def test_over_http_the_json_export_holds_a_revision_text(tmp_path):
    app = make_app(tmp_path / "coach.db")
    with serve(app) as base:
        http = requests.Session()
        assert (
            _post(
                http,
                f"{base}/auth/signup",
                {"name": "Ana Lima", "email": "ana@example.com", "password": "correct horse", "role": "mentee"},
            ).status_code
            == 302
        )
        mentor = _post(
            http,
            f"{base}/mentee/mentors/new",
            {
                "name": "Kenji Watanabe",
                "mentor_type": "technical",
                "network_tier": "industry_figure",
                "barrier": "medium",
                "accessibility": "3",
                "relevance": "5",
                "likelihood": "3",
                "value_potential": "5",
            },
        )
        mentor_path = mentor.headers["Location"]
        draft = _post(
            http,
            f"{base}{mentor_path}/drafts",
            {"ask_topic": "threat modelling", "ask_minutes": "20", "ask_format": "video call"},
            form_url=f"{base}{mentor_path}",
        )
        draft_url = base + draft.headers["Location"]
        assert (
            _post(http, draft_url, {"subject": "A question on threat models", "body": REVISION_TEXT}).status_code == 302
        )
        response = http.get(f"{base}/account/export", timeout=30)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/zip"
    assert "attachment" in response.headers["Content-Disposition"]
    data, markdown = _open(response.content)
    [exported_mentor] = data["mentors"]
    [exported_draft] = exported_mentor["drafts"]
    bodies = [r["body"] for r in exported_draft["revisions"]]
    assert bodies[-1] == REVISION_TEXT
    assert exported_draft["revisions"][-1]["critiques"][0]["findings"] is not None
    assert data["account"]["email"] == "ana@example.com"
    assert "Kenji Watanabe" in markdown


def test_the_export_holds_no_secret_and_nothing_of_another_user(app, mentee, client):
    actions, _, _ = mentee
    other = Actions(app.test_client())
    other.signup(email="bea@example.com", name="Bea Other")
    other.mentor(name="Somebody Elses Mentor")
    data, _ = _open(client.get("/account/export").data)
    text = json.dumps(data)
    assert "password_hash" not in text and "token_hash" not in text and "$argon2" not in text
    assert "Somebody Elses Mentor" not in text and "bea@example.com" not in text


def test_the_export_includes_reviews_received(app, mentee, client, db):
    from coach.accounts import services as accounts

    actions, _, _ = mentee
    accounts.register(db, "Ivy Chen", "ivy@example.com", "correct horse", "instructor")
    ivy = Actions(app.test_client())
    ivy.signin(email="ivy@example.com")
    cohort = ivy.post("/instructor/", {"name": "Spring"}).headers["Location"].rstrip("/").split("/")[-1]
    actions.post("/mentee/cohort", {"code": db["cohorts"].get(int(cohort))["code"]})
    revision_id = next(iter(db["revisions"].rows))["id"]
    ivy.post(
        f"/instructor/revisions/{revision_id}/review",
        {"clarity": "4", "brevity": "3", "value": "4", "professionalism": "5", "comment": "Name the talk."},
    )
    data, _ = _open(client.get("/account/export").data)
    [review] = data["mentors"][0]["drafts"][0]["revisions"][0]["reviews"]
    assert review["comment"] == "Name the talk." and review["instructor_name"] == "Ivy Chen"


def test_the_command_line_writes_the_same_zip(app, mentee, tmp_path):
    out = tmp_path / "ana.zip"
    result = CliRunner().invoke(
        cli,
        ["export-user", "ana@example.com", "-o", str(out), "--database", app.config["DATABASE"]],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    data, markdown = _open(out.read_bytes())
    assert data["mentors"][0]["name"] == "Kenji Watanabe"
    assert data["profile"]["background"].startswith("Backend developer")
    assert "Personal Mentorship Strategy" in markdown
