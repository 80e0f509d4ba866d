"""The mentee's mentorship strategy (the lesson's Exercise 1 and deliverable 1): gaps, mentor map, board.

Which gap area a mentor covers: the "gap area" chosen on the mentor form, or, when left to
"follow the mentor type", the area that type serves (GAP_AREA_BY_TYPE).
"""

from .. import store
from ..vocabulary import BARRIERS, GAP_AREA_BY_TYPE, GAP_AREAS, MENTOR_TYPES, NETWORK_TIERS

TARGET_MIN, TARGET_MAX = 3, 5  # the lesson: 3-5 potential mentors per expertise area

# (key, label, profile field, mentor types that serve it)
GAP_AREA_ROWS = tuple(
    (
        key,
        label,
        f"gaps_{key}",
        tuple(f"{MENTOR_TYPES[t]} mentor" for t, area in GAP_AREA_BY_TYPE.items() if area == key),
    )
    for key, label in GAP_AREAS.items()
)
# The mentor map's rows and columns, (key, label).
TIERS = tuple((key, tier.group) for key, tier in NETWORK_TIERS.items())
BARRIER_LEVELS = tuple((key, f"{label} barrier") for key, label in BARRIERS.items())

# (key, label, what the seat is for), from the lesson's "personal board of directors"
SEATS = (
    ("technical", "Technical advisor", "Guidance on technical skills and career development"),
    ("industry", "Industry advisor", "Industry knowledge and business context"),
    ("leadership", "Leadership advisor", "Management and interpersonal skills development"),
    ("strategic", "Strategic advisor", "Career planning and major decision support"),
    ("peer", "Peer advisor", "Collaborative learning and accountability partner"),
)
SEAT_KEYS = {key for key, _, _ in SEATS}
SEAT_BY_TYPE = {
    "technical": "technical",
    "industry": "industry",
    "leadership": "leadership",
    "career": "strategic",
    "entrepreneurial": "strategic",
}


def gap_area_of(mentor):
    """The gap area a mentor counts towards: the one chosen, else the one their type serves."""
    return mentor.get("gap_area") or GAP_AREA_BY_TYPE.get(mentor.get("mentor_type") or "")


def coverage_state(count):
    """How a gap area's candidate count compares with the 3-5 target: none, few, on_target or many."""
    if count == 0:
        return "none"
    if count < TARGET_MIN:
        return "few"
    return "on_target" if count <= TARGET_MAX else "many"


def gap_analysis(profile, mentors):
    """Each gap area with what the mentee needs, the mentor types that help, and its candidates."""
    areas = []
    for key, label, field, types in GAP_AREA_ROWS:
        candidates = [m for m in mentors if gap_area_of(m) == key]
        need = (profile.get(field) or "").strip()
        areas.append(
            {
                "key": key,
                "label": label,
                "need": need,
                "mentor_types": types,
                "candidates": candidates,
                "count": len(candidates),
                "state": coverage_state(len(candidates)),
                "uncovered": bool(need) and not candidates,
            }
        )
    return areas


def mentor_map(mentors):
    """A grid of mentors by network tier (rows) and barrier level (columns)."""
    return [
        {
            "key": tier,
            "label": label,
            "cells": [
                [m for m in mentors if m.get("network_tier") == tier and m.get("barrier") == level]
                for level, _ in BARRIER_LEVELS
            ],
        }
        for tier, label in TIERS
    ]


def _fits_seat(mentor, seat):
    if seat == "peer":
        # A peer is close at hand and easy to reach: the lesson's "similar career stage" advisor.
        return mentor.get("network_tier") == "immediate" and mentor.get("barrier") == "low"
    return SEAT_BY_TYPE.get(mentor.get("mentor_type") or "") == seat


def board(ranked, peers=()):
    """The five board seats with their holder and, for an empty seat, the best unseated candidate.

    `ranked` is the mentor list highest priority first, so a suggestion is the top fitting mentor;
    nobody is suggested twice or for a seat while holding another. The peer seat may also go to someone
    from the Peers page (`peers`, direction "peer"); each holder and suggestion carries its `kind`.
    """
    holders = {m["board_seat"]: {**m, "kind": "mentor"} for m in ranked if m.get("board_seat") in SEAT_KEYS}
    holders.update({p["board_seat"]: {**p, "kind": "peer"} for p in peers if p.get("board_seat") == "peer"})
    taken = {m["id"] for m in holders.values() if m["kind"] == "mentor"}
    seats = []
    for key, label, about in SEATS:
        suggestion = None
        if key not in holders:
            suggestion = _suggest(key, ranked, peers, taken)
            if suggestion and suggestion["kind"] == "mentor":
                taken.add(suggestion["id"])
        seats.append({"key": key, "label": label, "about": about, "holder": holders.get(key), "suggestion": suggestion})
    return seats


def _suggest(seat, ranked, peers, taken):
    """The first learning partner for the peer seat, else the top unseated mentor who fits the seat."""
    if seat == "peer":
        partner = next((p for p in peers if p.get("direction") == "peer"), None)
        if partner:
            return {**partner, "kind": "peer"}
    mentor = next((m for m in ranked if m["id"] not in taken and _fits_seat(m, seat)), None)
    return {**mentor, "kind": "mentor"} if mentor else None


PEER_CHOICE = "peer-"  # the board form's value for someone from the Peers page, e.g. "peer-3"


def assign_seat(db, user_id, seat, choice):
    """Give a board seat to one of the user's mentors ("12"), peers ("peer-3", peer seat only), or nobody ("").

    Returns False when the mentor or peer is not the user's, or a peer is offered another seat. A mentor or
    peer holds one seat at most, so seating them elsewhere vacates their old seat.
    """
    if choice.startswith(PEER_CHOICE):
        peer_id = int(choice[len(PEER_CHOICE) :])
        if seat != "peer" or store.get_peer(db, user_id, peer_id) is None:
            return False
        with db.atomic():
            store.clear_board_seat(db, user_id, seat)
            store.set_peer_board_seat(db, user_id, peer_id, seat)
        return True
    mentor_id = int(choice) if choice else None
    if mentor_id is not None and store.get_mentor(db, user_id, mentor_id) is None:
        return False
    with db.atomic():
        store.clear_board_seat(db, user_id, seat)
        if mentor_id is not None:
            store.update_mentor_outreach(db, user_id, mentor_id, {"board_seat": seat})
    return True
