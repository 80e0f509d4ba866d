"""Mentorship strategy: gaps turned into mentor types, the mentor map, uncovered gaps and the board."""

import pytest

from coach.outreach import strategy


def test_strategy_page_names_a_stated_gap_without_a_candidate(mentee, client):
    actions, _, _ = mentee
    actions.profile(gaps_technical="threat modelling", gaps_soft="giving talks")
    html = client.get("/mentee/strategy").get_data(as_text=True)
    uncovered = html.split('id="uncovered"')[1].split("</div>")[0]
    assert "Soft skills" in uncovered and "leadership mentor" in uncovered
    assert "Technical skills" not in uncovered  # Kenji, a technical mentor, covers it


def test_gap_area_chosen_on_the_form_overrides_the_mentor_type(mentee, client):
    actions, _, _ = mentee
    actions.profile(gaps_soft="giving talks")
    actions.mentor(name="Mara Singh", mentor_type="technical", gap_area="soft")
    html = client.get("/mentee/strategy").get_data(as_text=True)
    assert 'id="uncovered"' not in html
    soft_row = html.split('data-area="soft"')[1].split("</tr>")[0]
    assert "Mara Singh" in soft_row and "1 of 3-5" in soft_row


@pytest.mark.parametrize(
    "count, state", [(0, "none"), (1, "few"), (2, "few"), (3, "on_target"), (5, "on_target"), (6, "many")]
)
def test_coverage_against_the_three_to_five_target(count, state):
    assert strategy.coverage_state(count) == state


@pytest.mark.parametrize(
    "mentor, area",
    [
        ({"mentor_type": "leadership", "gap_area": ""}, "soft"),
        ({"mentor_type": "entrepreneurial", "gap_area": None}, "career"),
        ({"mentor_type": "technical", "gap_area": "industry"}, "industry"),
    ],
)
def test_gap_area_follows_the_type_unless_chosen(mentor, area):
    assert strategy.gap_area_of(mentor) == area


def test_mentor_map_places_each_mentor_by_tier_and_barrier(mentee, client):
    actions, _, _ = mentee
    actions.mentor(name="Lea Park", network_tier="immediate", barrier="low")
    html = client.get("/mentee/strategy").get_data(as_text=True)
    grid = html.split('class="mentor-map"')[1].split("</table>")[0]
    immediate = grid.split("Immediate network")[1].split("</tr>")[0].split("<td>")
    assert "Lea Park" in immediate[1] and "Lea Park" not in immediate[2]  # low, not medium
    figures = grid.split("Industry figures")[1].split("</tr>")[0].split("<td>")
    assert "Kenji Watanabe" in figures[2]  # medium barrier


def test_board_suggests_a_fitting_mentor_then_seats_them(mentee, client):
    actions, mentor_id, _ = mentee
    html = client.get("/mentee/board").get_data(as_text=True)
    technical = html.split('id="seat-technical"')[1].split("</section>")[0]
    assert "Suggested: <strong>Kenji Watanabe</strong>" in technical
    response = actions.post("/mentee/board", {"seat": "technical", "mentor_id": str(mentor_id)})
    assert response.status_code == 302
    technical = (
        client.get("/mentee/board").get_data(as_text=True).split('id="seat-technical"')[1].split("</section>")[0]
    )
    assert "Suggested" not in technical and "Kenji Watanabe</a>" in technical


def test_seating_a_mentor_elsewhere_vacates_their_old_seat(mentee, client):
    actions, mentor_id, _ = mentee
    actions.post("/mentee/board", {"seat": "technical", "mentor_id": str(mentor_id)})
    actions.post("/mentee/board", {"seat": "strategic", "mentor_id": str(mentor_id)})
    seats = {
        s["key"]: s
        for s in strategy.board([{"id": mentor_id, "board_seat": "strategic", "mentor_type": "technical", "name": "K"}])
    }
    assert seats["strategic"]["holder"]["id"] == mentor_id and seats["technical"]["holder"] is None
    html = client.get("/mentee/board").get_data(as_text=True)
    assert "Kenji Watanabe</a>" in html.split('id="seat-strategic"')[1].split("</section>")[0]
    assert "Kenji Watanabe</a>" not in html.split('id="seat-technical"')[1].split("</section>")[0]


def test_another_users_mentor_cannot_be_seated(actions, client):
    actions.signup(email="other@example.com")
    other_mentor = actions.mentor()
    actions.signout()
    actions.signup()
    response = actions.post("/mentee/board", {"seat": "technical", "mentor_id": str(other_mentor)})
    assert response.status_code == 400
    assert "Kenji" not in response.get_data(as_text=True).split('id="seat-technical"')[1].split("</section>")[0]


def test_a_peer_can_take_only_the_peer_advisors_seat(mentee, client, db):
    actions, _, _ = mentee
    assert actions.post("/mentee/peers", {"direction": "peer", "name": "Priya Nair"}).status_code == 302
    peer_id = next(db.query("select id from peers"))["id"]
    refused = actions.post("/mentee/board", {"seat": "technical", "mentor_id": f"peer-{peer_id}"})
    assert refused.status_code == 400
    assert "only in the peer advisor" in refused.get_data(as_text=True)
    assert actions.post("/mentee/board", {"seat": "peer", "mentor_id": f"peer-{peer_id}"}).status_code == 302
    html = client.get("/mentee/board").get_data(as_text=True).split('id="seat-peer"')[1].split("</section>")[0]
    assert "Priya Nair</a>" in html and "from your peers" in html
