import pytest


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


@pytest.mark.parametrize("payload, status, field", [
    ({"body": "x"}, 400, "subject"),
    ({"subject": "x"}, 400, "body"),
    ({"subject": 3, "body": "x"}, 400, "subject"),
    ({"subject": "x", "body": ["x"]}, 400, "body"),
    ({"subject": "x" * 201, "body": "x"}, 413, "subject"),
    ({"subject": "x", "body": "x" * 20_001}, 413, "body"),
    ({"subject": "x", "body": "x", "context": "not an object"}, 400, "context"),
    (["a", "list"], 400, None),
])
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
    response = client.post("/api/v1/critique", data=b'{"subject": "\xff\xfe", "body": "x"}',
                           content_type="application/json")
    assert response.status_code == 400


def test_body_over_the_app_limit_answers_413_json(client):
    response = client.post("/api/v1/critique", data=b"x" * (600 * 1024), content_type="application/json")
    assert response.status_code == 413
    assert "too large" in response.get_json()["error"]["message"]


def test_critique_needs_post(client):
    response = client.get("/api/v1/critique")
    assert response.status_code == 405
    assert response.get_json()["error"]["message"]


def test_critique_findings_carry_their_one_click_edit(client):
    context = {"mentor": {"name": "Kenji Watanabe"}, "ask": "20-minute call on moving into application security"}
    response = client.post("/api/v1/critique", json={"subject": "Quick question", "context": context,
                                                     "body": "Hi Kenji, could we talk for 20 minutes?"})
    edits = {f["code"]: f["edit"] for f in response.get_json()["findings"] if "edit" in f}
    assert edits["vague_subject"] == {"field": "subject", "start": 0, "end": 14,
                                      "replacement": "20 minutes on moving into application security?"}
