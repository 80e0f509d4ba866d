"""Peer and reverse mentoring (the lesson's Exercise 5 and deliverable 4).

One table holds both directions, because the lesson gives them the same structure (what each side
teaches and learns, collaboration projects, meeting cadence, accountability): `direction` is "peer"
for learning partners and "mentoring" for the juniors or career changers the mentee mentors.
"""

from .. import store

DIRECTIONS = (
    ("peer", "Peer: a learning partner"),
    ("mentoring", "Someone I mentor (a junior developer or career changer)"),
)
DIRECTION_LABELS = {"peer": "Peer mentoring", "mentoring": "Mentoring others"}
# The two directions read the same columns with different words.
LABELS = {
    "peer": {"teach": "What I can teach them", "learn": "What I can learn from them"},
    "mentoring": {"teach": "What I help them with", "learn": "What I learn by mentoring them"},
}


def grouped(db, user_id):
    """The user's peers and mentees as [{"direction", "label", "people"}], both directions always present."""
    people = store.list_peers(db, user_id)
    return [
        {
            "direction": key,
            "label": DIRECTION_LABELS[key],
            "labels": LABELS[key],
            "people": [p for p in people if p["direction"] == key],
        }
        for key, _ in DIRECTIONS
    ]


def partners(db, user_id):
    """The user's learning partners (direction "peer"): who may take the board's peer advisor seat."""
    return [p for p in store.list_peers(db, user_id) if p["direction"] == "peer"]
