"""The product's names are written once, in coach/vocabulary.py: every other file reads them from there."""

import pathlib
import re

import pytest

from coach import vocabulary
from coach.engine import brevity, context, rules

ROOT = pathlib.Path(__file__).resolve().parent.parent
# Shipped migrations are history: they keep the columns they created, whatever the vocabulary later says.
HISTORY = {ROOT / "coach" / "migrations.py", ROOT / "coach" / "vocabulary.py"}
# The first two rubric names in a row, however they are quoted or joined ("clarity", "brevity" or clarity|brevity).
RUBRIC_RUN = re.compile(r"\W{1,6}(?:\w\.)?".join(vocabulary.RUBRICS[:2]), re.I)
# A definition of a name the vocabulary owns (an import of it is fine).
OWNED = re.compile(
    r"^\s*(RUBRICS|NORMS|Norm|CONNECTION_NOTE_CHARS|MESSAGE_KINDS|MENTOR_TYPES|NETWORK_TIERS|"
    r"GAP_AREAS|GAP_AREA_BY_TYPE|SUBJECT_MAX|BODY_MAX|NAME_MAX|MENTOR_LIMITS|PROFILE_LIMITS|"
    r"ASK_TOPIC_MAX|ASK_MINUTES|VALUE_PROPOSITION_MAX)\s*=",
    re.M,
)


def relative(path):
    """The test id of a file: its path in the repository."""
    return str(path.relative_to(ROOT))


def files(*folders, suffixes=(".py", ".html", ".j2", ".js", ".css")):
    """Every file of the app under `folders`, except the vocabulary and the shipped migrations."""
    found = [
        p
        for folder in folders
        for p in sorted((ROOT / folder).rglob("*"))
        if p.suffix in suffixes and p not in HISTORY and "__pycache__" not in p.parts
    ]
    assert found, f"no files under {folders}: has the layout moved?"
    return found


@pytest.mark.parametrize("path", files("coach"), ids=relative)
def test_no_file_writes_out_the_rubric_list(path):
    text = path.read_text(encoding="utf-8")
    found = RUBRIC_RUN.search(text)
    assert not found, f"{path.name} lists the rubrics itself ({found.group(0)!r}): read vocabulary.RUBRICS"


@pytest.mark.parametrize("path", files("coach"), ids=relative)
def test_no_module_defines_a_name_the_vocabulary_owns(path):
    found = OWNED.search(path.read_text(encoding="utf-8"))
    assert not found, f"{path.name} defines {found.group(1)}: import it from coach.vocabulary"


@pytest.mark.parametrize("path", files("coach/templates", "coach/static", "coach/prompts"), ids=relative)
def test_no_page_script_or_prompt_writes_out_a_word_range_or_the_note_limit(path):
    text = path.read_text(encoding="utf-8")
    ranges = {f"{norm.low}{dash}{norm.high}" for norm in vocabulary.NORMS.values() for dash in "-–"}
    ranges |= {"75-125", "75–125"}  # the range the critique prompt once had, out of step with the engine
    assert not [r for r in ranges if r in text], f"{path.name} writes out a word range: pass norm or stats.word_range"
    assert not re.search(rf"\b{vocabulary.CONNECTION_NOTE_CHARS} char", text), f"{path.name}: use CONNECTION_NOTE_CHARS"


def test_the_engine_judges_by_the_vocabulary():
    assert rules.RUBRICS is vocabulary.RUBRICS
    assert brevity.NORMS is vocabulary.NORMS
    assert set(vocabulary.JUDGED_KINDS) == context.KINDS
    assert context.CONNECTION_NOTE_CHARS is vocabulary.CONNECTION_NOTE_CHARS


def test_the_schema_has_a_score_column_for_each_rubric_of_the_vocabulary(db):
    for table in ("critiques", "reviews", "draft_scores"):
        columns = set(db[table].columns_dict)
        assert set(vocabulary.RUBRICS) <= columns, table


def test_every_draft_kind_has_a_word_range_and_a_label_the_prompts_can_say():
    assert set(vocabulary.NORMS) == set(vocabulary.MESSAGE_KINDS)
    assert vocabulary.kind_phrase("followup") == "a follow-up"
    assert vocabulary.kind_phrase("connection") == "a connection note"
    assert vocabulary.kind_phrase("no such kind") == "a first message"


def test_home_and_editor_draw_the_live_check_from_one_macro_with_the_rubrics(client, mentee):
    actions, mentor_id, draft_id = mentee
    pages = {
        "home": client.application.test_client().get("/").get_data(as_text=True),
        "draft": client.get(f"/mentee/drafts/{draft_id}").get_data(as_text=True),
    }
    for name, html in pages.items():
        live = re.search(r'<section id="live-check"[^>]*>', html)
        assert live, name
        assert f'data-rubrics="{" ".join(vocabulary.RUBRICS)}"' in live.group(0), name
        assert 'id="phone-subject"' in html and 'id="live-stats"' in html, name


def test_the_critique_prompt_names_the_rubrics_from_the_vocabulary():
    from coach.coaching import llm, prompts

    text = prompts.render(
        "critique",
        subject="S",
        body="B",
        context=llm.prompt_context({"kind": "connection"}),
        facts={},
        norm=llm.length_norm("connection"),
        slips=[],
    )
    assert f'"rubric": "{"|".join(vocabulary.RUBRICS)}"' in text
    assert ", ".join(f'"{r}": 1-5' for r in vocabulary.RUBRICS) in text
    assert f"at most {vocabulary.CONNECTION_NOTE_CHARS} characters" in text
    for rubric, question in vocabulary.RUBRIC_QUESTIONS.items():
        assert f"{rubric}: {question}" in text
