"""The model path: validation, retries, grounding, fallback, the cache and the one-row-per-call log, on the
in-process queued model; and the litellm backend over real HTTP to the fake OpenAI-compatible server (the request
it sends, status codes, time-outs within the budget, Retry-After, costs, keys)."""

import json
import subprocess
import sys
import time

import pytest

from coach.coaching import llm, prompts
from coach.coaching.backends import BuiltinBackend, ModelBackend, get_backend
from coach.coaching.fakemodel import GOOD_CRITIQUE, answer, hang, status
from coach.db import apply_migrations, open_database
from tests.queuedmodel import server_error

SUBJECT = "A 20-minute question about your threat-modelling talk"
BODY = "Hi Kenji,\n\nCould we talk for 20 minutes next week about moving into security?\n\nThanks,\nAna"


def critique_answer(**changes):
    return {**GOOD_CRITIQUE, **changes}


@pytest.fixture
def log_db(tmp_path):
    db = open_database(str(tmp_path / "log.db"))
    apply_migrations(db)
    yield db
    db.conn.close()


@pytest.fixture
def model(queued_model, log_db):
    """A model on the in-process queued transport with a 1 s time-out and one retry, logged in `log_db`."""
    return llm.Model(
        {"COACH_MODEL": "queued", "COACH_MODEL_TIMEOUT": 1, "COACH_MODEL_RETRIES": 1}, log_db, transport=queued_model
    )


@pytest.fixture
def http_model(fake_model, log_db):
    """A model on the fake HTTP server with a 1 s time-out and one retry, logged in `log_db`."""
    return llm.Model(
        {
            "COACH_MODEL": "openai/x",
            "COACH_API_BASE": fake_model.url,
            "COACH_MODEL_TIMEOUT": 1,
            "COACH_MODEL_RETRIES": 1,
        },
        log_db,
    )


def calls(db):
    return list(db.query("select * from model_calls order by id"))


def test_no_model_configured_means_the_builtin_backend():
    assert isinstance(get_backend({"COACH_MODEL": None}), BuiltinBackend)
    assert isinstance(get_backend({"COACH_MODEL": "openai/x"}), ModelBackend)


def test_builtin_path_never_imports_litellm(tmp_path):
    code = (
        "import sys, coach; app = coach.create_app({'TESTING': True, 'DATABASE': sys.argv[1], "
        "'SECRET_KEY': 'x'}); from coach.coaching.backends import get_backend; "
        "get_backend(app.config).critique('Hi', 'Could we talk for 20 minutes?', None); "
        "print('litellm' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "x.db")],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin"},
        check=True,
    )
    assert out.stdout.strip() == "False"


def test_good_answer_gives_the_models_scores_in_one_call(http_model, fake_model, log_db):
    fake_model.queue(answer(critique_answer(scores={"clarity": 5, "brevity": 4, "value": 2, "professionalism": 3})))
    result = llm.critique(http_model, SUBJECT, BODY, {})
    assert result["engine"] == "model" and result["model_error"] is None
    assert result["scores"] == {"clarity": 5.0, "brevity": 4.0, "value": 2.0, "professionalism": 3.0}
    assert result["overall"] == 3.5
    request = fake_model.requests[0]
    assert len(fake_model.requests) == 1
    assert request["response_format"]["json_schema"]["name"] == "critique"
    assert request["response_format"]["json_schema"]["strict"] is True
    assert BODY in request["messages"][0]["content"]


def test_log_row_holds_tokens_duration_prompt_and_version(http_model, log_db):
    llm.critique(http_model, SUBJECT, BODY, {}, revision_id=7)
    [row] = calls(log_db)
    assert row["outcome"] == "ok" and row["model"] == "openai/x" and row["prompt_name"] == "critique"
    assert row["prompt_version"] == prompts.version("critique")
    assert row["input_tokens"] == 100 and row["output_tokens"] > 0
    assert row["duration_ms"] >= 0 and row["revision_id"] == 7
    assert BODY in row["prompt"] and json.loads(row["response_json"])["scores"]["clarity"] == 4
    assert row["cost"] is None  # "openai/x" has no known price: unknown, not zero


def test_known_model_gets_a_cost(fake_model, log_db):
    model = llm.Model({"COACH_MODEL": "openai/gpt-4o-mini", "COACH_API_BASE": fake_model.url}, log_db)
    llm.critique(model, SUBJECT, BODY, {})
    assert calls(log_db)[0]["cost"] > 0


@pytest.mark.parametrize(
    "quote, expected",
    [
        ("Could we talk for 20 minutes", {"field": "body", "start": 11, "end": 39}),
        ("could  WE talk\nfor 20 minutes", {"field": "body", "start": 11, "end": 39}),
        ("threat-modelling talk", {"field": "subject", "start": 32, "end": 53}),
        ("a sentence that is not in the draft", None),
        ("", None),
    ],
)
def test_quotes_are_located_in_the_draft(quote, expected):
    evidence = llm.locate(quote, SUBJECT, BODY)
    if expected is None:
        assert evidence is None
    else:
        assert {k: evidence[k] for k in expected} == expected
        text = BODY if expected["field"] == "body" else SUBJECT
        assert evidence["text"] == text[evidence["start"] : evidence["end"]]


def test_quote_not_in_draft_is_not_shown_and_is_counted(model, queued_model, log_db):
    queued_model.queue(
        critique_answer(
            findings=[
                {
                    "rubric": "value",
                    "severity": "major",
                    "quote": "I will mow your lawn",
                    "problem": "Odd offer.",
                    "fix": "Drop it.",
                },
                {
                    "rubric": "clarity",
                    "severity": "praise",
                    "quote": "Could we talk",
                    "problem": "Fine.",
                    "fix": "Keep it.",
                },
            ]
        )
    )
    result = llm.critique(model, SUBJECT, BODY, {})
    invented, real = result["findings"]
    assert invented["evidence"] is None and "lawn" not in json.dumps(result)
    assert real["evidence"]["text"] == "Could we talk" and real["code"] == "model"
    assert (invented["severity"], real["severity"]) == ("major", "praise")  # the model's own grading
    assert calls(log_db)[0]["quotes_dropped"] == 1


def test_garbage_twice_falls_back_to_the_builtin_critique(model, queued_model, log_db):
    queued_model.queue("Sure! Your message looks great overall, nice work.", "still not JSON")
    result = llm.critique(model, SUBJECT, BODY, {})
    assert result["engine"] == "builtin"
    assert result["model_error"].startswith("The model's answer was not valid JSON twice")
    assert [r["outcome"] for r in calls(log_db)] == ["invalid", "invalid"]
    assert calls(log_db)[1]["response"] == "still not JSON"  # the raw answer is kept in the log


def test_bad_schema_is_asked_once_more_with_the_error(model, queued_model, log_db):
    queued_model.queue(critique_answer(scores={"clarity": 9}), GOOD_CRITIQUE)
    result = llm.critique(model, SUBJECT, BODY, {})
    assert result["engine"] == "model"
    retry_messages = queued_model.requests[1]["messages"]
    assert len(retry_messages) == 3 and "did not match the schema" in retry_messages[-1]["content"]
    assert [r["outcome"] for r in calls(log_db)] == ["invalid", "retried"]


def test_bad_schema_twice_falls_back_even_with_retries_left(queued_model, log_db):
    model = llm.Model({"COACH_MODEL": "queued", "COACH_MODEL_RETRIES": 5}, log_db, transport=queued_model)
    queued_model.queue({"scores": {}}, {"findings": []})
    result = llm.critique(model, SUBJECT, BODY, {})
    assert len(queued_model.requests) == 2
    assert result["model_error"].startswith("The model's answer was not in the expected format twice")


@pytest.mark.parametrize(
    "behaviours, message, outcomes",
    [
        ([status(500), status(503)], "The model's server failed (HTTP 503) (2 tries)", ["error", "error"]),
        ([hang(5), hang(5)], "The model did not answer within 1 s (2 tries)", ["timeout", "timeout"]),
        (
            [status(429, headers={"Retry-After": "30"})],
            "The model is rate-limiting us (429): it asked us to wait 30 s",
            ["rate_limited"],
        ),
    ],
)
def test_faults_end_in_the_builtin_critique_within_the_budget(
    http_model, fake_model, log_db, behaviours, message, outcomes
):
    fake_model.queue(*behaviours)
    started = time.monotonic()
    result = llm.critique(http_model, SUBJECT, BODY, {})
    assert time.monotonic() - started < (1 + 1) * 1 + 3
    assert result["engine"] == "builtin" and result["model_error"].startswith(message)
    assert result["stats"] and result["findings"] == llm.engine.critique(SUBJECT, BODY, {})["findings"]
    assert [r["outcome"] for r in calls(log_db)] == outcomes


def test_429_waits_for_retry_after_then_succeeds(fake_model, log_db):
    model = llm.Model({"COACH_MODEL": "openai/x", "COACH_API_BASE": fake_model.url, "COACH_MODEL_TIMEOUT": 3}, log_db)
    fake_model.queue(status(429, headers={"Retry-After": "1"}), answer(GOOD_CRITIQUE))
    started = time.monotonic()
    result = llm.critique(model, SUBJECT, BODY, {})
    assert time.monotonic() - started >= 1
    assert result["engine"] == "model"
    assert [r["outcome"] for r in calls(log_db)] == ["rate_limited", "retried"]


def test_zero_retries_means_exactly_one_request(fake_model, log_db):
    model = llm.Model({"COACH_MODEL": "openai/x", "COACH_API_BASE": fake_model.url, "COACH_MODEL_RETRIES": 0}, log_db)
    fake_model.queue(status(500), answer(GOOD_CRITIQUE))
    assert llm.critique(model, SUBJECT, BODY, {})["engine"] == "builtin"
    assert len(fake_model.requests) == 1  # neither litellm nor the OpenAI client retried behind our back


def test_unreachable_model_says_where_and_keeps_the_key_out_of_the_log(log_db, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-secret-value-123")
    model = llm.Model(
        {"COACH_MODEL": "openai/x", "COACH_API_BASE": "http://127.0.0.1:9/v1", "COACH_MODEL_RETRIES": 0}, log_db
    )
    result = llm.critique(model, SUBJECT, BODY, {})
    assert result["model_error"].startswith("Could not reach the model at http://127.0.0.1:9/v1")
    assert "sk-test-secret" not in json.dumps(calls(log_db))


def test_missing_api_key_is_said_plainly_and_not_retried(http_model, fake_model, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY")
    result = llm.critique(http_model, SUBJECT, BODY, {})
    assert result["model_error"].startswith("The model has no API key: set the provider's key")
    assert fake_model.requests == []


def test_unchanged_text_is_served_from_the_log_without_a_call(model, queued_model, log_db):
    first = llm.critique(model, SUBJECT, BODY, {"ask": {"minutes": 20}})
    again = llm.critique(model, SUBJECT, BODY, {"ask": {"minutes": 20}})
    assert len(queued_model.requests) == 1
    assert again["cached"] is True and again["scores"] == first["scores"]
    llm.critique(model, SUBJECT, BODY, {"ask": {"minutes": 30}})  # the context changed: a new call
    llm.critique(model, SUBJECT, BODY, {"ask": {"minutes": 20}}, force=True)  # "Ask again"
    assert len(queued_model.requests) == 3


def test_failures_are_not_cached(model, queued_model):
    queued_model.queue(server_error(500), server_error(500))
    llm.critique(model, SUBJECT, BODY, {})
    assert llm.critique(model, SUBJECT, BODY, {})["engine"] == "model"
    assert len(queued_model.requests) == 3


def test_model_draft_uses_the_draft_schema(model, queued_model):
    queued_model.queue({"subject": "Your CTF workshop", "body": "Hi Kenji,\r\nA question.\r\nAna"})
    result = llm.draft(model, {"mentor": {"name": "Kenji"}})
    assert result["engine"] == "model" and result["body"] == "Hi Kenji,\nA question.\nAna"
    assert queued_model.requests[0]["prompt_name"] == "draft"


def test_model_draft_falls_back_to_the_builtin_drafter_saying_so(model, queued_model):
    queued_model.queue(server_error(500), server_error(500))
    result = llm.draft(model, {"mentor": {"name": "Kenji Watanabe"}})
    assert result["engine"] == "builtin" and result["body"]
    assert result["model_error"].endswith("The built-in coach wrote this draft instead.")


def model_edit_finding(quote, edit, rubric="clarity"):
    return {
        "rubric": rubric,
        "severity": "minor",
        "quote": quote,
        "problem": "Could be clearer.",
        "fix": "Name the field you are moving into.",
        "edit": edit,
    }


def test_a_models_edit_located_by_its_quote_is_offered_when_it_holds(model, queued_model):
    queued_model.queue(
        critique_answer(
            findings=[
                model_edit_finding(
                    "moving into security",
                    {
                        "field": None,
                        "start": None,
                        "end": None,
                        "replacement": "moving from backend work into application security",
                    },
                )
            ]
        )
    )
    finding = llm.critique(model, SUBJECT, BODY, {})["findings"][0]
    start = BODY.index("moving into security")
    assert finding["edit"] == {
        "field": "body",
        "start": start,
        "end": start + len("moving into security"),
        "replacement": "moving from backend work into application security",
    }


def test_a_models_edit_with_its_own_offsets_is_kept_when_they_fit(model, queued_model):
    start = BODY.index("next week ")
    queued_model.queue(
        critique_answer(
            findings=[
                model_edit_finding(
                    "", {"field": "body", "start": start, "end": start + len("next week "), "replacement": ""}
                )
            ]
        )
    )
    assert llm.critique(model, SUBJECT, BODY, {})["findings"][0]["edit"]["start"] == start


@pytest.mark.parametrize(
    "quote, edit",
    [
        ("Could we talk for 20 minutes", {"replacement": "gimme 20 mins"}),  # applies, but makes it rude
        ("", {"field": "body", "start": 5, "end": 9999, "replacement": "x"}),  # out of range, nothing to locate
        ("words that are not in the draft", {"replacement": "anything"}),
    ],
)
def test_a_models_edit_that_does_not_apply_or_hold_is_dropped_and_the_finding_kept(model, queued_model, quote, edit):
    queued_model.queue(critique_answer(findings=[model_edit_finding(quote, edit, rubric="professionalism")]))
    result = llm.critique(model, SUBJECT, BODY, {})
    assert result["engine"] == "model" and result["findings"][0]["message"] == "Could be clearer."
    assert "edit" not in result["findings"][0]


def test_the_schema_sent_to_the_model_asks_for_every_property_as_strict_mode_requires():
    item = llm.CRITIQUE_SCHEMA["properties"]["findings"]["items"]
    assert set(item["required"]) == set(item["properties"])
    assert set(item["properties"]["edit"]["required"]) == set(item["properties"]["edit"]["properties"])
