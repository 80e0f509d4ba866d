import re

import pytest

from coach.api.views import CONTEXT_LIMITS
from tests.conftest import csrf_token


def test_critique_answers_scores_findings_and_stats_without_sign_in(client):
    response = client.post("/api/v1/critique", json={"subject": "Quick question", "body": "Hi, can we talk?"})
    data = response.get_json()
    assert response.status_code == 200
    assert set(data["scores"]) == {"clarity", "brevity", "value", "professionalism"}
    assert all(1.0 <= s <= 5.0 for s in data["scores"].values())
    assert data["engine"] == "builtin"
    assert isinstance(data["findings"], list)
    assert "words" in data["stats"]


def test_critique_reads_the_context(client):
    context = {"mentor": {"name": "Kenji Watanabe"}, "ask": "20-minute call"}
    response = client.post("/api/v1/critique", json={"subject": "s", "body": "Hi Kenji", "context": context})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "payload, status, field",
    [
        ({"body": "x"}, 400, "subject"),
        ({"subject": "x"}, 400, "body"),
        ({"subject": 3, "body": "x"}, 400, "subject"),
        ({"subject": "x", "body": ["x"]}, 400, "body"),
        ({"subject": "x" * 201, "body": "x"}, 413, "subject"),
        ({"subject": "x", "body": "x" * 20_001}, 413, "body"),
        ({"subject": "x", "body": "x", "context": "not an object"}, 400, "context"),
        (["a", "list"], 400, None),
    ],
)
def test_bad_critique_requests_name_the_field(client, payload, status, field):
    response = client.post("/api/v1/critique", json=payload)
    assert response.status_code == status
    error = response.get_json()["error"]
    assert error["field"] == field
    assert error["message"]


def test_invalid_json_answers_400_with_a_message(client):
    response = client.post("/api/v1/critique", data=b"{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.get_json()["error"]["message"] == "The request body is not valid JSON."


def test_invalid_utf8_body_answers_400_not_500(client):
    response = client.post(
        "/api/v1/critique", data=b'{"subject": "\xff\xfe", "body": "x"}', content_type="application/json"
    )
    assert response.status_code == 400


def test_body_over_the_app_limit_answers_413_json(client):
    response = client.post("/api/v1/critique", data=b"x" * (600 * 1024), content_type="application/json")
    assert response.status_code == 413
    assert "too large" in response.get_json()["error"]["message"]


def test_critique_needs_post(client):
    response = client.get("/api/v1/critique")
    assert response.status_code == 405
    assert response.get_json()["error"]["message"]


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 50_000,
        b'{"a":' * 50_000,
        b'{"subject": "s", "body": "b", "context": ' + b"[" * 50_000,
        b'{"subject": "s", "body": "b", "context": {"mentor": ' + b'{"x":' * 50_000,
    ],
)
def test_deeply_nested_json_answers_400_with_a_clear_message(client, raw):
    response = client.post("/api/v1/critique", data=raw, content_type="application/json")
    assert response.status_code == 400
    assert "nested too deeply" in response.get_json()["error"]["message"]


def test_deeply_nested_json_to_the_model_critique_answers_400(mentee, client):
    actions, _, draft_id = mentee
    token = csrf_token(client, f"/mentee/drafts/{draft_id}")
    response = client.post(
        f"/api/v1/drafts/{draft_id}/revisions/1/model-critique",
        data=b"[" * 50_000,
        content_type="application/json",
        headers={"X-CSRFToken": token},
    )
    assert response.status_code == 400
    assert "nested too deeply" in response.get_json()["error"]["message"]


CONTEXT_FIELDS = [(part, name, limit) for part, fields in CONTEXT_LIMITS.items() for name, limit in fields.items()]


@pytest.mark.parametrize("part, name, limit", CONTEXT_FIELDS)
def test_a_context_field_over_its_form_limit_is_refused_naming_the_field(client, part, name, limit):
    over = {"subject": "s", "body": "Hi", "context": {part: {name: "x" * (limit + 1)}}}
    response = client.post("/api/v1/critique", json=over)
    assert response.status_code == 413
    error = response.get_json()["error"]
    assert error["field"] == f"context.{part}.{name}"
    assert f"at most {limit:,} characters" in error["message"]
    at_limit = {"subject": "s", "body": "Hi", "context": {part: {name: "x" * limit}}}
    assert client.post("/api/v1/critique", json=at_limit).status_code == 200


@pytest.mark.parametrize(
    "context, field, status",
    [
        ({"mentor": "Kenji"}, "context.mentor", 400),
        ({"mentor": {"research": ["a", "list"]}}, "context.mentor.research", 400),
        ({"mentee": {"name": 7}}, "context.mentee.name", 400),
        ({"ask": "x" * 301}, "context.ask", 413),
        ({"ask": {"minutes": 600}}, "context.ask.minutes", 400),
        ({"ask": {"minutes": "20"}}, "context.ask.minutes", 400),
        ({"kind": "x" * 21}, "context.kind", 413),
        ({"kind": "follow-up"}, "context.kind", 400),
    ],
)
def test_a_bad_context_field_is_named(client, context, field, status):
    response = client.post("/api/v1/critique", json={"subject": "s", "body": "Hi", "context": context})
    assert response.status_code == status
    assert response.get_json()["error"]["field"] == field


def test_an_unknown_message_kind_is_refused_with_the_kinds_the_coach_judges(client):
    response = client.post("/api/v1/critique", json={"subject": "s", "body": "Hi", "context": {"kind": "follow-up"}})
    message = response.get_json()["error"]["message"]
    assert response.status_code == 400 and "followup" in message and '"follow-up"' in message
    for kind in ("first", "followup", "thanks", "update", "connection"):
        ok = client.post("/api/v1/critique", json={"subject": "s", "body": "Hi", "context": {"kind": kind}})
        assert ok.status_code == 200, kind


def test_the_api_limits_are_the_mentor_and_profile_forms_limits(app):
    from coach.mentee.forms import ProfileForm
    from coach.mentors.forms import MentorForm

    with app.test_request_context():
        mentor, profile = MentorForm(meta={"csrf": False}), ProfileForm(meta={"csrf": False})
        for name, limit in CONTEXT_LIMITS["mentor"].items():
            assert f'maxlength="{limit}"' in mentor[name]()
        for name in ("background", "offer", "skills", "projects"):
            assert f'maxlength="{CONTEXT_LIMITS["mentee"][name]}"' in profile[name]()


def test_a_500_kb_context_is_refused_before_the_coach_reads_it(client):
    payload = {
        "subject": "A question",
        "body": "Your talk on fuzzing parsers changed how I test. " * 300,
        "context": {"mentor": {"name": "Kenji", "research": "wrote an article about fuzzing. " * 15_500}},
    }
    response = client.post("/api/v1/critique", json=payload)
    assert response.status_code == 413
    assert response.get_json()["error"]["field"] == "context.mentor.research"


WORD_COUNT_BODIES = {
    # greeting, sign-off and name are not counted; a link and an email address are one word each;
    # "well-known" and "follow-up" are one word; the P.S. marker is none but its sentence counts.
    "link, address, hyphens and P.S.": (
        "Hi Mei,\n\nI read your post at https://example.org/posts/rust-async-embedded and tried it on two boards. "
        "Could we talk for 15 minutes about the follow-up? My email is ravi.k@example.com.\n\nThanks,\nRavi\n\n"
        "P.S. The well-known HAL crate worked first time.",
        32,
    ),
    "signature block": (
        "Dear Dr. Okafor,\n\nYour talk on data contracts changed how my team of twelve writes dbt tests. Would "
        "you be open to a 20-minute call about introducing contracts without a platform team? I could write up "
        "our adoption as a case study for your blog.\n\nKind regards,\nTomás Ruiz\nAnalytics engineer",
        42,
    ),
}


@pytest.mark.parametrize("name", sorted(WORD_COUNT_BODIES))
def test_the_stats_and_the_length_finding_give_the_same_word_count(client, name):
    body, expected = WORD_COUNT_BODIES[name]
    data = client.post("/api/v1/critique", json={"subject": "A question on contracts", "body": body}).get_json()
    quoted = [
        int(m)
        for f in data["findings"]
        if f["rubric"] == "brevity"
        for m in re.findall(r"^At (\d+) words", f["message"])
    ]
    assert data["stats"]["words"] == expected and quoted == [expected]


def test_critique_findings_carry_their_one_click_edit(client):
    context = {"mentor": {"name": "Kenji Watanabe"}, "ask": "20-minute call on moving into application security"}
    response = client.post(
        "/api/v1/critique",
        json={"subject": "Quick question", "context": context, "body": "Hi Kenji, could we talk for 20 minutes?"},
    )
    edits = {f["code"]: f["edit"] for f in response.get_json()["findings"] if "edit" in f}
    assert edits["vague_subject"] == {
        "field": "subject",
        "start": 0,
        "end": 14,
        "replacement": "20 minutes on moving into application security?",
    }


@pytest.mark.parametrize("kind, expected", [("first", [50, 125]), ("followup", [25, 100]), ("connection", None)])
def test_the_word_range_shown_beside_the_count_is_the_one_the_coach_judges_this_kind_by(client, kind, expected):
    body = "Hi Mei,\n\nCould we talk for 15 minutes about your post on embedded Rust?\n\nRavi"
    data = client.post(
        "/api/v1/critique", json={"subject": "15 minutes on embedded Rust?", "body": body, "context": {"kind": kind}}
    ).get_json()
    assert data["stats"]["word_range"] == expected
