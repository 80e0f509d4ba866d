def test_home_page_names_the_product(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "Outreach Coach" in response.get_data(as_text=True)


def test_healthz_answers_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.data == b"ok"


def test_mentee_fixture_reaches_a_draft_page(mentee, client):
    _, _, draft_id = mentee
    assert client.get(f"/mentee/drafts/{draft_id}").status_code == 200
