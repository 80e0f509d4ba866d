"""The mentee asks the configured model about a saved revision: page buttons, the JSON endpoint, the CLI; on the
in-process queued model, and over HTTP to the fake server where a real time-out or the console script is tested."""

import json
import re
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from coach import create_app
from coach.cli import cli
from coach.coaching.fakemodel import GOOD_CRITIQUE, hang
from tests.conftest import Actions, csrf_token
from tests.queuedmodel import server_error

BODY = "Hi Kenji,\n\nCould we talk for 20 minutes about moving into application security?\n\nThanks,\nAna"


@pytest.fixture
def app(tmp_path, queued_model):
    """The app with the in-process queued model: 1 s time-out, one retry."""
    return create_app(
        {
            "TESTING": True,
            "DATABASE": str(tmp_path / "coach.db"),
            "SECRET_KEY": "test-secret",
            "COACH_MODEL": "queued",
            "COACH_MODEL_TIMEOUT": 1,
            "COACH_MODEL_RETRIES": 1,
        }
    )


@pytest.fixture
def http_app(app, fake_model):
    """The same app with its model over HTTP to the fake server (litellm's real path), before anything is drafted."""
    app.config.update(COACH_MODEL="openai/x", COACH_API_BASE=fake_model.url)
    return app


@pytest.fixture
def revision(mentee, queued_model):
    """A mentee's draft with revision 2 saved (the model drafted revision 1); returns (actions, draft_id)."""
    actions, _, draft_id = mentee
    actions.revise(draft_id, "A 20-minute question", BODY)
    queued_model.requests.clear()
    return actions, draft_id


def ask(actions, draft_id, number=2, force=False, back="draft"):
    data = {"back": back, **({"force": "1"} if force else {})}
    return actions.post(
        f"/mentee/drafts/{draft_id}/revisions/{number}/model-critique",
        data,
        form_path=f"/mentee/drafts/{draft_id}",
        follow_redirects=True,
    )


def test_first_draft_is_written_by_the_model(mentee, client, queued_model):
    _, _, draft_id = mentee
    assert queued_model.requests[0]["prompt_name"] == "draft"
    assert "A 20-minute question about your threat-modelling talk" in client.get(f"/mentee/drafts/{draft_id}").text


def test_a_failed_model_draft_is_the_builtin_draft_and_says_so(actions, queued_model):
    actions.signup()
    actions.profile()
    mentor_id = actions.mentor()
    queued_model.queue(server_error(500), server_error(500))
    draft_id = actions.draft(mentor_id)
    page = actions.client.get(f"/mentee/drafts/{draft_id}").text
    assert "The model&#39;s server failed (HTTP 500) (2 tries). The built-in coach wrote this draft instead." in page
    assert "Kenji" in page  # the built-in drafter's revision 1 is there to edit


def test_model_critique_shows_the_models_scores_and_summary(revision, queued_model):
    actions, draft_id = revision
    page = ask(actions, draft_id).text
    assert len(queued_model.requests) == 1
    assert "Model: queued" in page and GOOD_CRITIQUE["summary"] in page
    assert "Ask again" in page


def test_ask_the_model_button_is_hidden_without_a_model(tmp_path):
    builtin_app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "b.db"), "SECRET_KEY": "x"})
    client = builtin_app.test_client()
    other = Actions(client)
    other.signup()
    other.profile()
    draft_id = other.draft(other.mentor())
    assert "Ask the model" not in client.get(f"/mentee/drafts/{draft_id}").text
    token = csrf_token(client, f"/mentee/drafts/{draft_id}")
    assert (
        client.post(f"/mentee/drafts/{draft_id}/revisions/1/model-critique", data={"csrf_token": token}).status_code
        == 404
    )


def test_revision_page_offers_the_model_with_its_elapsed_time_script(revision, client):
    _, draft_id = revision
    page = client.get(f"/mentee/drafts/{draft_id}/revisions/2").text
    assert "Ask the model" in page and 'name="back" value="revision"' in page and "model_ask.js" in page


def test_html_in_the_models_answer_is_shown_escaped(revision, queued_model):
    actions, draft_id = revision
    queued_model.queue(
        {
            **GOOD_CRITIQUE,
            "summary": "<script>alert('x')</script>",
            "findings": [
                {
                    "rubric": "clarity",
                    "severity": "minor",
                    "quote": "Could we talk",
                    "problem": "<img src=x onerror=alert(1)>",
                    "fix": "<b>f</b>",
                }
            ],
        }
    )
    page = ask(actions, draft_id).text
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>f</b>" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page and "&lt;img src=x" in page


def test_revision_is_kept_when_model_times_out(http_app, revision, fake_model, client):
    """A real time-out: litellm over HTTP to a fake server that does not answer in time."""
    actions, draft_id = revision
    fake_model.queue(hang(5), hang(5))
    started = time.monotonic()
    page = ask(actions, draft_id).text
    assert time.monotonic() - started < (1 + 1) * 1 + 3
    assert "The model did not answer within 1 s (2 tries). The built-in coach&#39;s critique stands." in page
    assert "Built-in coach" in page
    kept = client.get(f"/mentee/drafts/{draft_id}/revisions/2").text
    assert "moving into application security" in kept


def test_unchanged_revision_is_served_from_the_log_and_ask_again_calls(revision, queued_model):
    actions, draft_id = revision
    ask(actions, draft_id)
    page = ask(actions, draft_id, back="revision").text
    assert len(queued_model.requests) == 1 and "served from the log" in page
    ask(actions, draft_id, force=True)
    assert len(queued_model.requests) == 2


def api_url(draft_id, number=2):
    return f"/api/v1/drafts/{draft_id}/revisions/{number}/model-critique"


def test_api_returns_the_critique_with_cache_and_version(revision, client, queued_model):
    _, draft_id = revision
    token = csrf_token(client, f"/mentee/drafts/{draft_id}")
    first = client.post(api_url(draft_id), json={}, headers={"X-CSRFToken": token})
    assert first.status_code == 200
    data = first.get_json()
    assert data["engine"] == "model" and data["cached"] is False and data["model_error"] is None
    assert re.fullmatch(r"[0-9a-f]{12}", data["prompt_version"]) and data["scores"]["clarity"] == 4
    again = client.post(api_url(draft_id), json={}, headers={"X-CSRFToken": token}).get_json()
    assert again["cached"] is True and again["id"] == data["id"] and len(queued_model.requests) == 1


def test_api_reports_a_model_failure_with_the_builtin_critique(revision, client, queued_model):
    _, draft_id = revision
    queued_model.queue(server_error(500), server_error(500))
    token = csrf_token(client, f"/mentee/drafts/{draft_id}")
    data = client.post(api_url(draft_id), json={"force": True}, headers={"X-CSRFToken": token}).get_json()
    assert data["engine"] == "builtin" and data["model_error"].startswith("The model's server failed (HTTP 500)")


@pytest.mark.parametrize(
    "case, status_code", [("no csrf", 400), ("other user's draft", 404), ("no such revision", 404), ("signed out", 401)]
)
def test_api_refuses_what_it_must(revision, client, queued_model, case, status_code):
    actions, draft_id = revision
    token = csrf_token(client, f"/mentee/drafts/{draft_id}")
    headers = {} if case == "no csrf" else {"X-CSRFToken": token}
    if case == "other user's draft":
        actions.signout()
        actions.signup(email="bo@example.com")
        token = csrf_token(client, "/mentee/profile")
        headers = {"X-CSRFToken": token}
    if case == "signed out":
        actions.signout()
        headers = {"X-CSRFToken": csrf_token(client, "/auth/signin")}
    number = 99 if case == "no such revision" else 2
    response = client.post(api_url(draft_id, number), json={}, headers=headers)
    assert response.status_code == status_code and "error" in response.get_json()
    assert queued_model.requests == []


def run_cli(args, stdin, env):
    return CliRunner().invoke(cli, args, input=stdin, env=env, catch_exceptions=False)


def test_cli_jsonl_batch_goes_on_after_a_failed_model_call(tmp_path, queued_model):
    env = {"COACH_DATABASE": str(tmp_path / "cli.db"), "COACH_MODEL": "queued", "COACH_MODEL_RETRIES": "0"}
    queued_model.queue(server_error(500))
    lines = [json.dumps({"subject": "Hi", "body": f"Could we talk for {n} minutes?"}) for n in (10, 20)]
    result = run_cli(["critique", "--jsonl", "-"], "\n".join(lines) + "\n", env)
    assert result.exit_code == 0
    first, second = [json.loads(line) for line in result.output.splitlines()]
    assert first["engine"] == "builtin" and "HTTP 500" in first["model_error"]
    assert second["engine"] == "model"
    log = run_cli(["log", "-n", "5"], "", env)
    assert "queued critique@" in log.output and " ok 100+" in log.output and " error " in log.output
    assert len(json.loads(run_cli(["log", "--json"], "", env).output)) == 2
    run_cli(["critique", "--jsonl", "--no-cache", "-"], lines[1] + "\n", env)
    assert len(queued_model.requests) == 3


def test_cli_makes_one_request_per_new_critique_and_none_for_an_unchanged_one(tmp_path, fake_model):
    """The issue's "done when", through the real `coach` console script."""
    env = {
        "PATH": "/usr/bin:/bin",
        "COACH_DATABASE": str(tmp_path / "cli.db"),
        "COACH_MODEL": "openai/x",
        "COACH_API_BASE": fake_model.url,
        "OPENAI_API_KEY": "sk-test-not-a-real-key",
        "HOME": str(tmp_path),
    }
    lines = [json.dumps({"subject": "Hi", "body": body}) for body in ("Could we talk?", "A 20-minute call?")]
    coach = [sys.executable, "-m", "coach", "critique", "--jsonl", "-"]
    first = subprocess.run(
        coach, input="\n".join(lines + lines[:1]) + "\n", capture_output=True, text=True, env=env, check=True
    )
    assert len(fake_model.requests) == 2
    assert [json.loads(line)["cached"] for line in first.stdout.splitlines()] == [False, False, True]
    subprocess.run(coach, input="\n".join(lines) + "\n", capture_output=True, text=True, env=env, check=True)
    assert len(fake_model.requests) == 2


@pytest.mark.parametrize("command", ["critique", "draft", "log"])
def test_every_model_option_has_help(command):
    help_text = run_cli([command, "--help"], "", {}).output
    for option in {
        "critique": ["--model", "--api-base", "--no-cache"],
        "draft": ["--model", "--api-base", "--no-cache"],
        "log": ["--count", "--json"],
    }[command]:
        assert re.search(rf"{option}\b[^\n]*\n?\s+\S", help_text), option


def test_model_calls_past_the_hourly_quota_answer_429_with_retry_after(app, revision, client, queued_model):
    _, draft_id = revision
    app.config["COACH_MODEL_CALLS_PER_HOUR"] = 2  # the model already wrote revision 1: one call left
    token = csrf_token(client, f"/mentee/drafts/{draft_id}")
    assert client.post(api_url(draft_id), json={}, headers={"X-CSRFToken": token}).status_code == 200
    refused = client.post(api_url(draft_id), json={"force": True}, headers={"X-CSRFToken": token})
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 0
    assert "model critiques" in refused.get_json()["error"]["message"]
    assert len(queued_model.requests) == 1


def test_drafts_past_the_hourly_quota_are_written_by_the_builtin_coach(app, actions, db, queued_model):
    app.config["COACH_MODEL_CALLS_PER_HOUR"] = 1
    actions.signup()
    actions.profile()
    mentor_id = actions.mentor()
    actions.draft(mentor_id)
    second = actions.draft(mentor_id, topic="how you review threat models")
    assert len(queued_model.requests) == 1
    assert next(db["revisions"].rows_where("draft_id = ?", [second]))["source"] == "draft:builtin"


def test_coach_eval_measures_a_model_on_judgement_pairs_as_it_does_the_builtin_coach(tmp_path, queued_model):
    """A course checks a model before trusting it: one pair ranked right, one wrong, one call failed."""
    env = {"COACH_DATABASE": str(tmp_path / "eval.db"), "COACH_MODEL_RETRIES": "0"}

    def scored(clarity):
        return {
            "findings": [],
            "summary": "ok",
            "scores": {"clarity": clarity, "brevity": 3, "value": 3, "professionalism": 3},
        }

    queued_model.queue(scored(5), scored(2), scored(2), scored(4), server_error(500))
    message = {"subject": "A question", "body": "Hi Ana, could we talk for 20 minutes about testing?"}
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(
        "\n".join(
            json.dumps(
                {
                    "id": f"p{n}",
                    "rubric": "clarity",  # no two texts alike: none cached
                    "better": {**message, "body": message["body"] + f" ({n})"},
                    "worse": {**message, "body": message["body"] + f" [{n}]"},
                }
            )
            for n in (1, 2, 3)
        )
        + "\n"
    )
    result = run_cli(["eval", str(pairs), "--model", "queued", "--min-overall", "0.9"], "", env)
    assert "missed p2 (clarity): better 2.0 vs worse 4.0" in result.output
    # the failed pair is the model's miss, not the built-in coach's answer passed off as the model's
    assert "missed p3 (clarity): the model call failed" in result.output
    assert "1 of 3 pair(s) could not be judged because a model call failed" in result.output
    assert "pairwise accuracy 0.33 over 3 pairs" in result.output and result.exit_code == 1
    assert len(queued_model.requests) == 6


def test_the_model_writes_its_findings_before_its_scores():
    from coach.coaching.llm import CRITIQUE_SCHEMA

    assert list(CRITIQUE_SCHEMA["properties"]) == ["findings", "summary", "scores"]
    assert CRITIQUE_SCHEMA["required"] == ["findings", "summary", "scores"]
