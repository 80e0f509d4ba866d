"""Drafts for contexts kept apart pass an independent check (issue 15): the contexts of
tests/draftcontexts_heldout.py and those of tests/draftcontexts.py, checked by tests/draftfaults.py, whose rules
were written apart from tests/test_drafts_clean.py's."""

import re

import pytest

from tests import draftcontexts, draftcontexts_heldout
from tests.draftfaults import draft_faults, judge

HELD_OUT = draftcontexts_heldout.contexts(220)
DEV = draftcontexts.contexts(240)


def test_the_held_out_contexts_are_other_people_and_as_varied():
    names = {c["mentor"].get("name") for c in HELD_OUT} | {c["mentee"].get("name") for c in HELD_OUT}
    dev_names = {c["mentor"].get("name") for c in DEV} | {c["mentee"].get("name") for c in DEV}
    assert names & dev_names <= {None}
    assert {c["kind"] for c in HELD_OUT} == {"first", "followup", "thanks", "update"}
    assert sum(bool(re.search(r"[^\x00-\x7f]", c["mentor"].get("name", ""))) for c in HELD_OUT) >= 60
    assert sum(len(c["mentor"].get("research", "").split()) > 40 for c in HELD_OUT) >= 20
    assert sum(not c["mentor"].get("research") and not c["mentee"].get("offer") for c in HELD_OUT) >= 30
    assert sum(c["kind"] == "thanks" and not c["done"] for c in HELD_OUT) >= 10  # a thank-you before anything is done


@pytest.mark.parametrize(
    "context", HELD_OUT + DEV, ids=[f"held{i}" for i in range(len(HELD_OUT))] + [f"dev{i}" for i in range(len(DEV))]
)
def test_a_built_in_draft_has_none_of_the_issues_faults_no_language_finding_and_nothing_to_edit(context):
    draft, faults, language, edits, _ = judge(context)
    assert (faults, language, edits) == ([], [], []), draft


KELSEY = {
    "kind": "first",
    "mentor": {
        "name": "Dr. Kelsey Park-Lee",
        "research": "Her talk 'Error budgets that stick' at SREcon covers paging and on-call load.",
    },
    "mentee": {"background": "Works with React and PostgreSQL."},
    "ask": "20 minutes on error budgets",
}


@pytest.mark.parametrize(
    "subject, body, fault",
    [
        (
            "Error budgets",
            "Hi Kelsey,\n\nI liked your talk 'Error budgets that stick' at.\n\nAna\n",
            "statement ends on 'at'",
        ),
        ("Twenty minutes on error budgets for a team of", "Hi Kelsey,\n\nThanks.\n\nAna\n", "subject ends on 'of'"),
        (
            "Budgets",
            "Hi Kelsey,\n\nYour talk 'Error budgets that stick' at SREcon covers paging and more.\n\nAna\n",
            "note cut after 'your talk error budgets that stick at srecon covers paging and'",
        ),
        ("Budgets", "Hi Kelsey,\n\nI use React ((and PostgreSQL)).\n\nAna\n", "doubled bracket"),
        ("Budgets", "Hi Kelsey,\n\nI use React and and PostgreSQL.\n\nAna\n", "doubled word 'and'"),
        ("Budgets", "Hi Kelsey,\n\nThank you for our call on 2026-11-30.\n\nAna\n", "ISO date in the text"),
        (
            "A subject that runs on for ten words about error budgets",
            "Hi Kelsey,\n\nThanks.\n\nAna\n",
            "subject of 11 words",
        ),
        ("Budgets", "Hi Kelsey,\n\nI use react every day.\n\nAna\n", "'react' for 'React'"),
        (
            "Budgets",
            "Hi Kelsey,\n\nI will tell Kelsey how it goes.\n\nAna\n",
            "names the mentor ('Kelsey') after the greeting",
        ),
        (
            "Budgets",
            "Hi Kelsey,\n\nI will tell Dr. Park-Lee how it goes.\n\nAna\n",
            "names the mentor ('Park') after the greeting",
        ),
        ("Budgets", "Hi Kelsey,\n\nI loved her talk.\n\nAna\n", "third person 'her'"),
        ("Budgets", "Hi Kelsey,\n\nWhat helped most was [the advice].\n\nAna\n", "unfilled [slot]"),
    ],
)
def test_the_independent_check_finds_each_fault_the_issue_names(subject, body, fault):
    assert fault in draft_faults(KELSEY, {"subject": subject, "body": body})


def test_the_independent_check_passes_a_clean_hand_written_message():
    body = (
        "Hi Kelsey,\n\nYour talk 'Error budgets that stick' at SREcon covers paging and on-call load. I use React "
        "and PostgreSQL at work.\n\nWould you be open to a 20-minute call on 21 November?\n\nThank you,\nAna\n"
    )
    assert draft_faults(KELSEY, {"subject": "20 minutes on error budgets?", "body": body}) == []
