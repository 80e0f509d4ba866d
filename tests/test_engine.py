"""The built-in critique engine: output shape, explainable scores, grounded checks, exact evidence, bad input."""

import ast
import json
from pathlib import Path

import pytest
import textstat
from click.testing import CliRunner

import coach.engine
from coach.cli import cli
from coach.engine import critique, lexicon
from coach.engine.rules import BASE, RUBRICS, RULES
from coach.engine.text import WORD, fold

CTX = {
    "mentor": {
        "name": "Mei Lin",
        "role": "Embedded Rust maintainer",
        "research": "Maintains an embedded HAL crate for STM32 boards; wrote a book chapter on async in embedded Rust.",
    },
    "mentee": {
        "name": "Ravi",
        "background": "Firmware engineer, 5 years, C.",
        "offer": "Can test the HAL crate on the three STM32 boards we have and report bugs.",
    },
    "ask": "15-minute chat about moving embedded C firmware to Rust",
}
GOOD_SUBJECT = "15 minutes on moving C firmware to Rust?"
GOOD_BODY = """Hi Mei,

Your book chapter on async in embedded Rust is the clearest thing I have read on the topic. I'm a firmware engineer with five years of C on ARM microcontrollers.

Would you be open to a 15-minute chat about where to start moving our C firmware to Rust? In return, I can test your HAL crate on the three STM32 boards we have and report any bugs.

I'm happy to work around your schedule.

Thanks,
Ravi
"""  # noqa: E501 - a whole message, one paragraph a line, as a mentee writes it
BAD_INPUTS = {
    "empty": ("", ""),
    "empty_subject": ("", GOOD_BODY),
    "empty_body": (GOOD_SUBJECT, ""),
    "one_word": ("Hi", "Hello"),
    "emoji_only": ("🙂🙂", "🔥🔥🔥 🙌"),
    "rtl": ("سؤال سريع", "مرحبا، هل يمكنك مساعدتي في مشروعي؟ شكرا لك."),
    "html": ("<b>Hi</b>", "<p>Hi <i>Mei</i>,</p><script>alert(1)</script><p>Could you help?</p>"),
    "code_block": ("Bug", "Hi,\n\n```python\ndef f(x):\n    return {x}  # [TODO]\n```\n\nCould you look?"),
    "nul_byte": ("Sub\x00ject", "Hi Mei,\x00\n\nCould you\x00 help?\n\nThanks"),
    "huge": ("Long", ("I really think this is a very long sentence about Rust and things. " * 1700)),
    "whitespace": ("   ", "\n\n\t  \n"),
    "replacement_chars": ("\ufffd\ufffd", "Hi \ufffd, could you \ufffd?"),
}


def all_findings_have_exact_evidence(result, subject, body):
    fields = {"subject": subject, "body": body}
    for f in result["findings"]:
        ev = f["evidence"]
        if ev is not None:
            text = fields[ev["field"]]
            assert text[ev["start"] : ev["end"]] == ev["text"], f


def test_critique_has_the_documented_shape_and_is_json_serialisable():
    result = critique(GOOD_SUBJECT, GOOD_BODY, CTX)
    assert set(result) == {"scores", "overall", "findings", "stats", "engine"}
    assert set(result["scores"]) == set(RUBRICS) and result["engine"] == "builtin"
    assert {"words", "reading_grade", "questions", "ask_found", "time_bound", "subject_words", "paragraphs"} <= set(
        result["stats"]
    )
    for f in result["findings"]:
        assert set(f) == {"rubric", "code", "severity", "message", "evidence", "fix"}
        assert f["severity"] in ("major", "minor", "praise") and f["fix"]
    json.dumps(result)


def test_critique_is_deterministic():
    assert critique(GOOD_SUBJECT, GOOD_BODY, CTX) == critique(GOOD_SUBJECT, GOOD_BODY, CTX)


def test_each_score_is_the_base_plus_the_points_of_its_findings():
    result = critique("Quick question", "hey mei, ur crate slaps. gimme 15 min asap", CTX)
    for rubric in RUBRICS:
        codes = [f["code"] for f in result["findings"] if f["rubric"] == rubric]
        fixed = [c for c in codes if RULES[c].points is not None]
        if len(fixed) == len(codes):  # scaled codes state their points in the message instead
            per_code = {}
            for c in fixed:
                per_code[c] = per_code.get(c, 0) + RULES[c].points
            total = BASE + sum(min(v, RULES[c].cap) if v > 0 else max(v, RULES[c].cap) for c, v in per_code.items())
            assert result["scores"][rubric] == round(min(5, max(1, total)), 1)


def test_overall_is_the_mean_of_the_four_scores():
    result = critique(GOOD_SUBJECT, GOOD_BODY, CTX)
    assert result["overall"] == round(sum(result["scores"].values()) / 4, 1)


def test_good_message_scores_at_least_four_everywhere():
    scores = critique(GOOD_SUBJECT, GOOD_BODY, CTX)["scores"]
    assert min(scores.values()) >= 4.0, scores


@pytest.mark.parametrize("subject", ["Quick question", "Mentorship opportunity", "Hello", "pytest"])
def test_vague_subject_scores_lower_on_clarity(subject):
    good = critique(GOOD_SUBJECT, GOOD_BODY, CTX)
    vague = critique(subject, GOOD_BODY, CTX)
    assert vague["scores"]["clarity"] < good["scores"]["clarity"]
    finding = next(f for f in vague["findings"] if f["code"] == "vague_subject")
    assert finding["evidence"]["field"] == "subject" and "15 minutes" in finding["fix"]


def test_wrong_mentor_name_is_a_major_professionalism_finding():
    result = critique(GOOD_SUBJECT, GOOD_BODY.replace("Hi Mei", "Hi Sarah"), CTX)
    finding = next(f for f in result["findings"] if f["code"] == "wrong_name")
    assert finding["severity"] == "major" and finding["evidence"]["text"] == "Sarah" and "Hi Mei" in finding["fix"]


def test_reference_the_notes_do_not_support_is_flagged_for_checking():
    body = GOOD_BODY.replace("Your book chapter on async in embedded Rust", "Your podcast on Kubernetes operators")
    codes = [f["code"] for f in critique(GOOD_SUBJECT, body, CTX)["findings"]]
    assert "unverified_reference" in codes
    assert "unverified_reference" not in [f["code"] for f in critique(GOOD_SUBJECT, GOOD_BODY, CTX)["findings"]]


def test_a_work_of_the_kind_the_notes_record_but_on_another_topic_is_flagged_for_checking():
    # The notes record a book chapter on async; praise for a chapter on a topic they never mention is a mix-up,
    # however warmly it says where the writer read it or how good it was.
    body = GOOD_BODY.replace(
        "Your book chapter on async in embedded Rust is the clearest thing I have read on the topic.",
        "Your book chapter about display drivers for e-paper screens was the best chapter I read at the workshop.",
    )
    found = {
        (f["code"], f["evidence"]["text"][:17]) for f in critique(GOOD_SUBJECT, body, CTX)["findings"] if f["evidence"]
    }
    assert ("unverified_reference", "Your book chapter") in found
    assert ("specific_reference", "Your book chapter") not in found


def test_what_a_kind_of_work_the_notes_never_record_led_to_earns_no_credit():
    # The notes record a book chapter and a crate; praise for "your podcast" is a guess, whatever it led to.
    applied = "I am a firmware engineer, and after reading it we ported our bootloader timers to Embassy."
    recorded = GOOD_BODY.replace("I'm a firmware engineer with five years of C on ARM microcontrollers.", applied)
    guessed = recorded.replace(
        "Your book chapter on async in embedded Rust", "Your podcast episode on async in embedded Rust"
    )
    assert "reference_applied" in {f["code"] for f in critique(GOOD_SUBJECT, recorded, CTX)["findings"]}
    found = critique(GOOD_SUBJECT, guessed, CTX)["findings"]
    credited = [
        f["code"]
        for f in found
        if "podcast" in (f["evidence"] or {}).get("text", "") or f["code"] == "reference_applied"
    ]
    assert credited == ["unverified_reference"]  # the offer's "your HAL crate" is credited, as the notes record it


def test_minutes_that_differ_from_the_plan_are_flagged():
    body = GOOD_BODY.replace("15-minute", "45-minute")
    finding = next(f for f in critique(GOOD_SUBJECT, body, CTX)["findings"] if f["code"] == "ask_minutes_mismatch")
    assert "15" in finding["fix"] and finding["evidence"]["text"] == "45-minute"


ASK_PARAGRAPH = "Would you be open to a 15-minute chat about where to start moving our C firmware to Rust?"


def with_ask(paragraph):
    """GOOD_BODY with its ask sentence replaced by `paragraph`."""
    assert ASK_PARAGRAPH in GOOD_BODY
    return GOOD_BODY.replace(ASK_PARAGRAPH, paragraph)


def test_minutes_a_message_measures_are_not_a_time_bound():
    for paragraph in (
        "Porting one sensor driver cut our board bring-up from 90 minutes to 25. Could we talk about what to port?",
        "Our flashing script runs for 45 minutes on every release. Could we talk about which part to port first?",
        "Last spring I gave a 40-minute talk on our C toolchain. Could we chat about which driver to port first?",
    ):
        result = critique(GOOD_SUBJECT, with_ask(paragraph), {**CTX, "kind": "first"})
        found = {f["code"] for f in result["findings"]}
        assert result["stats"]["time_bound"] is None, paragraph
        assert "no_time_bound" in found and found.isdisjoint({"time_bound", "long_time_ask", "ask_minutes_mismatch"})


def test_a_question_answered_in_writing_needs_no_time_bound_but_a_call_does():
    # the lesson's 15-30 minutes bound a conversation; a reply to one question costs what it takes to write
    for paragraph, wanted in (
        ("Which sensor driver would you port to Rust first: the I2C one or the SPI one?", False),
        ("Could you tell me whether our flashing script is worth moving to Rust first?", False),
        ("Would you call this driver layout a HAL or a board support package?", False),
        ("Could we talk about which sensor driver to port to Rust first?", True),
        ("Would you be open to meeting me to talk through which driver to port first?", True),
    ):
        found = {f["code"] for f in critique(GOOD_SUBJECT, with_ask(paragraph), {**CTX, "kind": "first"})["findings"]}
        assert ("no_time_bound" in found) is wanted, paragraph


def test_the_bound_quoted_is_the_one_asked_for_not_an_earlier_measurement():
    body = with_ask("Our nightly flashing took 50 minutes again. Could we talk for 15 minutes about where to start?")
    result = critique(GOOD_SUBJECT, body, {**CTX, "kind": "first"})
    praise = next(f for f in result["findings"] if f["code"] == "time_bound")
    assert praise["evidence"]["text"] == "15 minutes" and result["stats"]["time_bound"] == 15
    assert {"long_time_ask", "ask_minutes_mismatch"}.isdisjoint(f["code"] for f in result["findings"])


def test_minutes_proposed_outside_a_question_still_bound_the_ask():
    body = with_ask("Where should a C shop start with Rust? A 15-minute video call next month would be plenty for me.")
    assert critique(GOOD_SUBJECT, body, CTX)["stats"]["time_bound"] == 15
    body = with_ask("I'd be glad of 45 minutes of your time on where to start moving our C firmware to Rust.")
    assert "long_time_ask" in {f["code"] for f in critique(GOOD_SUBJECT, body, {**CTX, "kind": "first"})["findings"]}


def test_offer_from_the_plan_is_recognised_and_its_absence_suggested():
    codes = [f["code"] for f in critique(GOOD_SUBJECT, GOOD_BODY, CTX)["findings"]]
    assert "offer_matches_plan" in codes and "offer_tied_to_their_work" in codes
    pure = critique(
        GOOD_SUBJECT,
        GOOD_BODY.replace(
            "In return, I can test your HAL crate on the three STM32 boards we have and report any bugs.", ""
        ),
        CTX,
    )
    finding = next(f for f in pure["findings"] if f["code"] == "offer_missing_from_plan")
    assert "test the HAL crate" in finding["fix"]
    assert pure["scores"]["value"] < critique(GOOD_SUBJECT, GOOD_BODY, CTX)["scores"]["value"]


@pytest.mark.parametrize("placeholder", ["[Name]", "{{mentor}}", "<name>", "[Your name]"])
def test_left_in_placeholders_are_major(placeholder):
    result = critique(GOOD_SUBJECT, GOOD_BODY.replace("Ravi", placeholder), CTX)
    finding = next(f for f in result["findings"] if f["code"] == "placeholder")
    assert finding["severity"] == "major" and finding["evidence"]["text"] == placeholder


def test_missing_ask_gets_a_concrete_question_as_fix():
    result = critique("Rust", "Hi Mei,\n\nI like Rust and firmware.\n\nRavi", CTX)
    finding = next(f for f in result["findings"] if f["code"] == "no_clear_ask")
    assert finding["fix"].startswith('Add one clear question, e.g. "Would you be open to a 15-minute chat')
    assert result["stats"]["ask_found"] is False


def test_stats_measure_the_message():
    stats = critique(GOOD_SUBJECT, GOOD_BODY, CTX)["stats"]
    assert stats["time_bound"] == 15 and stats["ask_found"] is True and stats["questions"] == 1
    assert stats["subject_words"] == 8 and stats["paragraphs"] == 5


def test_short_polite_request_is_not_swamped_by_a_missing_greeting():
    result = critique("", "Could you please take a look at this when you have a moment? Thanks!")
    codes = {f["code"] for f in result["findings"]}
    assert not codes & {"no_greeting", "no_sign_off"} and result["scores"]["professionalism"] >= 4.0


def test_politeness_levels_are_ordered():
    with open("tests/data/politeness.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    order = ["polite", "neutral", "impolite", "rude"]
    score = {r["text"]: critique("", r["text"])["scores"]["professionalism"] for r in rows}
    for hi in rows:
        for lo in rows:
            if order.index(hi["level"]) < order.index(lo["level"]):
                assert score[hi["text"]] > score[lo["text"]], (hi, lo)


@pytest.mark.parametrize(
    "politer, blunter",
    [
        ("Could you check the lead?", "Can you check the lead?"),  # counterfactual over indicative modal
        (
            "Could you please check the lead?",
            "Please check the lead.",
        ),  # "please" inside a request, not opening an order
        (
            "I think the date is off. Could you check it?",
            "In fact the date is off. Could you check it?",
        ),  # hedge, factuality
        ("By the way, where did you find the scan?", "Where did you find the scan?"),  # indirect "by the way"
        ("Nice work on the table. Could you check the lead?", "You broke the table. Could you check the lead?"),
        ("Sorry to bother you. Could you check the lead?", "So could you check the lead?"),  # apology, direct start
    ],
)
def test_each_politeness_strategy_moves_professionalism_the_way_the_research_found(politer, blunter):
    def score(text):
        return critique("", text)["scores"]["professionalism"]

    assert score(politer) > score(blunter)


@pytest.mark.parametrize(
    "markup", ["[[Battle of Hastings]]", "{{citation needed}}", "[http://example.org the archive]", "$\\mathbb{R}^n$"]
)
def test_wiki_markup_and_tex_are_not_template_placeholders(markup):
    result = critique("", f"I added {markup} to the section. Could you check it?")
    assert "placeholder" not in {f["code"] for f in result["findings"]}


def test_a_two_sentence_request_owes_no_greeting_but_a_letter_with_a_subject_does():
    body = (
        "I have rewritten the lead of the station article with two new sources and moved the old dates into the "
        "history section. Could you check whether the closure date now matches the timetable cited there?"
    )

    def codes(subject):
        return {f["code"] for f in critique(subject, body)["findings"]}

    assert not codes("") & {"no_greeting", "no_sign_off"}
    assert {"no_greeting", "no_sign_off"} <= codes("Station article: closure date")


def test_a_courteous_letter_still_scores_lower_with_an_emoji_in_it():
    plain = critique(GOOD_SUBJECT, GOOD_BODY, CTX)["scores"]["professionalism"]
    assert (
        critique(GOOD_SUBJECT, GOOD_BODY.replace("Hi Mei,", "Hi Mei \U0001f64c"), CTX)["scores"]["professionalism"]
        < plain
    )


MANY_INPUTS = [(GOOD_SUBJECT, GOOD_BODY), *BAD_INPUTS.values()]
with open("tests/data/pairs.jsonl", encoding="utf-8") as _f:
    for _line in _f:
        _pair = json.loads(_line)
        MANY_INPUTS += [(_pair[s]["subject"], _pair[s]["body"]) for s in ("better", "worse")]


def test_evidence_offsets_index_their_field_exactly_for_every_finding():
    for subject, body in MANY_INPUTS:
        for context in (None, CTX):
            all_findings_have_exact_evidence(critique(subject, body, context), subject, body)


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gets_a_critique_not_a_crash(name):
    subject, body = BAD_INPUTS[name]
    result = critique(subject, body, CTX)
    assert all(1.0 <= s <= 5.0 for s in result["scores"].values())
    json.dumps(result)


@pytest.mark.parametrize(
    "context",
    [
        None,
        {},
        {"mentor": None, "ask": 5},
        {"mentor": {"name": 3}, "mentee": "x"},
        {"ask": {"minutes": "20", "topic": None}},
        "not a dict",
    ],
)
def test_malformed_context_is_treated_as_missing(context):
    assert critique(GOOD_SUBJECT, GOOD_BODY, context)["scores"]


def test_non_text_subject_is_a_clear_type_error():
    with pytest.raises(TypeError, match="must be strings"):
        critique(42, "body")


def test_huge_message_is_too_long_and_findings_stay_bounded():
    subject, body = BAD_INPUTS["huge"]
    result = critique(subject, body)
    assert result["scores"]["brevity"] == 1.0 and len(result["findings"]) < 80


def test_jsonl_cli_survives_every_bad_input_and_invalid_utf8():
    lines = [json.dumps({"subject": s, "body": b, "context": CTX}) for s, b in BAD_INPUTS.values()]
    raw = ("\n".join(lines) + "\n").encode() + b'{"subject": "x", "body": "caf\xe9 \xff"}\nnot json\n'
    result = CliRunner().invoke(cli, ["critique", "--jsonl", "-"], input=raw, catch_exceptions=False)
    out = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 0 and len(out) == len(BAD_INPUTS) + 2
    assert all("scores" in o for o in out[:-1]) and out[-1]["error"]["line"] == len(BAD_INPUTS) + 2


def test_engine_modules_import_neither_flask_nor_litellm():
    engine_dir = Path(coach.engine.__file__).parent
    for path in engine_dir.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert not any(n.split(".")[0] in ("flask", "litellm") for n in names), path


def test_reading_grade_stays_close_to_textstat_on_average():
    diffs = [
        abs(critique(s, b)["stats"]["reading_grade"] - textstat.flesch_kincaid_grade(b))
        for s, b in MANY_INPUTS
        if len(WORD.findall(b)) >= 30
    ]
    assert len(diffs) > 50 and sum(diffs) / len(diffs) < 1.5


def test_a_reference_recorded_in_how_the_mentee_found_the_mentor_is_not_questioned():
    context = {
        "mentor": {
            "name": "Kenji Watanabe",
            "research": "Runs a yearly CTF workshop.",
            "found_via": "his PyCon talk on threat modelling for small teams",
        }
    }
    body = "Hi Kenji,\n\nYour PyCon talk on threat modelling for small teams changed how we plan.\n\nThanks,\nAna"
    codes = {f["code"] for f in critique("Threat modelling question", body, context)["findings"]}
    assert "unverified_reference" not in codes
    unrelated = body.replace("PyCon talk on threat modelling for small teams", "keynote on quantum compilers")
    codes = {f["code"] for f in critique("Threat modelling question", unrelated, context)["findings"]}
    assert "unverified_reference" in codes


THANKS = (
    "Thank you for your advice on threat modelling",
    "Hi Kenji,\n\nThank you for our conversation on Tuesday. What helped most was your advice to model one "
    "real service first. I am writing the payments threat model this sprint and will let you know how it "
    "goes.\n\nThank you again,\nAna",
)


def test_a_thank_you_note_is_not_marked_down_for_asking_nothing():
    first = critique(*THANKS, {"mentor": {"name": "Kenji Watanabe"}})
    thanks = critique(*THANKS, {"mentor": {"name": "Kenji Watanabe"}, "kind": "thanks"})
    codes = {f["code"] for f in thanks["findings"]}
    assert "no_clear_ask" in {f["code"] for f in first["findings"]}  # judged as a first message it lacks an ask
    assert {"no_clear_ask", "no_time_bound", "pure_ask"}.isdisjoint(codes)
    assert "no_new_ask" in codes
    assert thanks["scores"]["clarity"] > first["scores"]["clarity"]


@pytest.mark.parametrize(
    "kind, extra, flagged",
    [
        ("thanks", " Could you also review my CV?", True),
        ("update", " Could you suggest one book on this?", False),
        ("update", " Could you suggest one book? Could you also review my CV?", True),
    ],
)
def test_messages_after_the_meeting_are_flagged_for_asking_again(kind, extra, flagged):
    subject, body = THANKS
    body = body.replace("how it goes.", "how it goes." + extra)
    codes = {f["code"] for f in critique(subject, body, {"kind": kind})["findings"]}
    assert ("ask_in_aftercare" in codes) is flagged


def test_after_a_meeting_value_comes_from_saying_what_the_advice_led_to():
    reported = critique(*THANKS, {"kind": "thanks"})
    bare = critique("Thank you", "Hi Kenji,\n\nThank you for your time on Tuesday.\n\nAna", {"kind": "thanks"})
    assert "reports_back" in {f["code"] for f in reported["findings"]}
    assert "nothing_reported" in {f["code"] for f in bare["findings"]}
    assert reported["scores"]["value"] > bare["scores"]["value"]


def test_an_update_that_reports_what_the_team_did_and_hands_back_a_checklist_is_worth_more_than_a_bigger_ask():
    context = {"kind": "update"}
    reported = critique(
        "Update: the rollback drill",
        "Hi Rosa,\n\nWe ran the rollback drill you suggested on Thursday. What worked: a named driver for each "
        "step; what didn't: nobody knew where the runbook lived. I turned your notes into a one-page checklist; "
        "it is yours to pass on if it helps.\n\nThanks again,\nTomás",
        context,
    )
    favour = critique(
        "Update and a request",
        "Hi Rosa,\n\nWe did the drill and it was fine, thanks.\n\nSeparately, would you refer me to your "
        "head of platform for the SRE post?\n\nTomás",
        context,
    )
    assert {"reports_back", "gives_back"} <= {f["code"] for f in reported["findings"]}
    assert "bigger_favour" in {f["code"] for f in favour["findings"]}
    assert reported["scores"]["value"] > favour["scores"]["value"] + 1.0


def test_an_update_that_gives_the_result_in_numbers_is_worth_more_than_one_that_says_it_went_well():
    context = {"kind": "update"}
    measured = critique(
        "Update: the cache you suggested",
        "Hi Rosa,\n\nThree weeks with the read-through cache you suggested: the report page now loads in 1.2 s "
        "instead of 7 s, and database load fell by 40% at peak.\n\nThanks again,\nTomás",
        context,
    )
    vague = critique(
        "Update: the cache you suggested",
        "Hi Rosa,\n\nThree weeks with the read-through cache you suggested: the report page is much quicker now, "
        "and the database is far calmer at peak.\n\nThanks again,\nTomás",
        context,
    )
    codes = {f["code"] for f in measured["findings"]}
    assert {"reports_back", "report_measured"} <= codes
    assert "report_measured" not in {f["code"] for f in vague["findings"]}
    assert measured["scores"]["value"] > vague["scores"]["value"]


@pytest.mark.parametrize(
    "sentence, measured",
    [
        ("Build time went from 40 to 12 minutes.", True),
        ("We cut the cloud bill by 30%.", True),
        ("Our bill is now 40 euros a month (was 95).", True),
        ("We halved the queue.", True),
        ("I worked there from 2019 to 2021.", False),  # years measure no change
        ("I am free from 9 to 5 pm on Friday.", False),  # nor do clock times
        ("The team grew a lot this year.", False),
    ],
)
def test_a_result_is_measured_when_it_gives_a_change_in_numbers(sentence, measured):
    assert bool(lexicon.MEASURED_CHANGE.search(fold(sentence))) == measured


def test_naming_the_mentor_as_a_referee_without_asking_costs_professionalism():
    body = (
        "Hi Rosa,\n\nMy Quillon application went in on Monday, and I gave your name as a referee. When they "
        "phone, tell them that I was the lead on the drill.\n\nThanks,\nTomás"
    )
    asked = body.replace(
        "and I gave your name as a referee. When they phone, tell them that I was the lead on the drill.",
        "and I wonder whether you would act as a referee. Saying no is completely fine.",
    )
    assert "presumes" in {f["code"] for f in critique("Quillon application", body)["findings"]}
    presumed, polite = (critique("Quillon application", b)["scores"]["professionalism"] for b in (body, asked))
    assert presumed < polite


def test_one_order_is_one_demand_however_many_rules_find_it():
    # "Tell me ..." is an imperative sentence and a "tell me" phrase: one fault, charged once
    told = critique("", "Tell me why you reverted it.")
    explained = critique("", "Explain why you reverted it.")
    assert [f["code"] for f in told["findings"]].count("demand") == 1
    assert told["scores"]["professionalism"] == explained["scores"]["professionalism"]
    asked = critique("", "Could you have a look at this source and tell me if it meets the guideline?")
    assert "demand" not in {f["code"] for f in asked["findings"]}


@pytest.mark.parametrize(
    "request_text, code",
    [
        ("Do you not know how to search? The first result answers this.", "accusatory_question"),
        ("Are you being deliberately obtuse, or have you not read the policy?", "accusatory_question"),
        ("As I've already explained, the source does not say that. Could you check it?", "accusatory_question"),
        ("Thanks so much for reverting my whole afternoon of work. Could you say why?", "accusatory_question"),
        ("Sorry if this is a dumb question, but how do I pin the version?", "apology"),
        ("Hope you don't mind a suggestion: could the loop use a set instead?", "apology"),
        ("Any chance you could swap the dead link for the archived copy?", "indirect_request"),
    ],
)
def test_forum_requests_are_read_for_their_tone_not_their_markers(request_text, code):
    found = {f["code"] for f in critique("", request_text)["findings"]}
    assert code in found
    assert "complaint" not in found or code == "accusatory_question"


def test_wiki_templates_named_in_a_request_are_not_leftover_placeholders():
    asked = critique("", "Where did the {{disputed}} tag come from? {{Coord}} also shows an error on the page.")
    assert "placeholder" not in {f["code"] for f in asked["findings"]}
    merged = critique("Hello", "Hi {{first_name}}, could we talk for 20 minutes about {{companyName}}?")
    assert [f["code"] for f in merged["findings"]].count("placeholder") == 2


def test_a_what_is_it_like_question_is_whole():
    found = critique("", "What's the hanger alignment like? It could be bent.")["findings"]
    assert "cut_off_sentence" not in {f["code"] for f in found}


def test_thanks_for_a_harm_is_a_reproach_not_gratitude():
    sarcastic = critique("", "Thanks so much for deleting two hours of my work. Could you say which policy it broke?")
    sincere = critique("", "Thanks so much for the review! Could you look at the second part too?")
    assert "gratitude" not in {f["code"] for f in sarcastic["findings"]}
    assert "gratitude" in {f["code"] for f in sincere["findings"]}
    assert sarcastic["scores"]["professionalism"] < sincere["scores"]["professionalism"] - 1


def _tone_codes(sentence):
    """The findings on one sentence set in a plain note (greeting, sentence, sign-off)."""
    return {f["code"] for f in critique("About your parser", f"Hi Noor,\n\n{sentence}\n\nThanks,\nKai")["findings"]}


_REPROACH = {"complaint", "grudging", "accusatory_question"}


@pytest.mark.parametrize(
    "sentence, codes",
    [
        # a deadline or urgency laid on the reader, however it is worded
        ("A decision from you no later than 9am on the 3rd would let me plan.", {"pressure"}),
        ("I'm hoping for your view before the weekend, since my board meets early.", {"pressure"}),
        ("I'll add your chart to the public report unless you object.", {"pressure"}),
        ("You are truly the only one who can explain this module.", {"pressure"}),
        ("My third message about the flaky build still has no answer.", {"pressure"}),
        ("The sooner you can glance at the schema, the better for us.", {"pressure"}),
        ("Nine days and counting since my note about the firmware.", {"pressure"}),
        ("No answer will be taken as approval of the new logo.", {"pressure"}),
        ("I'd need your comments tonight, as the panel sits at nine.", {"pressure"}),
        ("I have written you four emails about the grant.", {"pressure"}),
        # orders and bare wants
        ("Proofread my abstract.", {"demand"}),
        ("Recommend me a course on type theory.", {"demand"}),
        ("I want a copy of the slides you showed.", {"demand"}),
        ("It is your responsibility to answer users.", {"demand"}),
        ("Need your sign-off on the budget.", {"demand"}),
        ("Fill in the attached consent form for my study.", {"demand"}),
        # consent taken for granted
        ("When we speak on Thursday I'll show you the prototype.", {"presumes"}),
        ("I've booked you for a guest lecture in my class.", {"presumes"}),
        ("My supervisor is already expecting your comments.", {"presumes"}),
        ("I'll phone you on Friday at 5 to walk through it.", {"presumes"}),
        ("Our first session starts on Monday evening.", {"presumes"}),
        ("I'll be at your office at nine sharp.", {"presumes"}),
        ("When can we start?", {"presumes"}),
        ("The plan is that you present our tool to your leadership next.", {"presumes"}),
        ("I let the organisers know that you will judge the finals.", {"presumes"}),
        ("Expect a call from my co-founder about the pilot.", {"presumes"}),
        ("I made you an editor on the wiki page, so you can leave your comments there.", {"presumes"}),
        ("I assume you are comfortable with me citing our emails in the report.", {"presumes"}),
        ("Our monthly check-ins can begin in April.", {"presumes"}),
        ("I'm in Leeds on the 2nd so we can get coffee near your lab.", {"presumes"}),
        # reproach of the reader's silence or conduct
        ("You couldn't even be bothered to open the summary.", _REPROACH),
        ("Frankly, that was quite dismissive.", _REPROACH),
        ("Even a brief note would have sufficed.", _REPROACH),
        ("Is it acceptable to ignore first-time contributors like this?", _REPROACH),
        ("Guess you're too important for newcomers now.", _REPROACH),
        ("So much for your open-door policy.", _REPROACH),
        ("My last note got left on read, it seems.", _REPROACH),
        ("I'm a little hurt nobody from your team wrote back.", _REPROACH),
        ("A maintainer should at least acknowledge a bug report.", _REPROACH),
        ("It wasn't very kind of you to close my issue without a word.", _REPROACH),
        ("I know there's no time for the likes of me.", _REPROACH),
        ("People in your position continue to ignore newcomers.", _REPROACH),
    ],
)
def test_a_fault_of_tone_is_found_however_it_is_worded(sentence, codes):
    assert _tone_codes(sentence) & codes


@pytest.mark.parametrize(
    "sentence, codes",
    [
        # the writer's own date, urgency taken back, silence read as a no
        ("I'll mail you the benchmark numbers by Monday.", {"pressure"}),
        ("There's nothing time-sensitive here; answer whenever it suits.", {"pressure"}),
        ("Should you not answer, I'll take it you're busy and leave it there.", {"pressure"}),
        ("The faster build cut our test time by 40 percent before 2020.", {"pressure"}),
        ("Security patching was urgent for my team last year, so I studied your advisories.", {"pressure"}),
        ("It's urgent for me to practise interviews, so I do one mock a week.", {"pressure"}),
        ("I've written three emails to the registrar, none answered.", {"pressure"}),
        ("I'm waiting to hear from two graduate schools this month.", {"pressure"}),
        ("After my second attempt the flash succeeded.", {"pressure"}),
        ("We are going to send your team the patched build by Monday.", {"pressure"}),
        # requests, and the writer's own wants
        ("Could you perhaps tell me your name for this flag?", {"demand"}),
        ("I wonder whether you can give me one hint on naming.", {"demand"}),
        ("I want to understand lock-free queues properly.", {"demand"}),
        ("Like my colleagues, I started in QA.", {"demand"}),
        ("If it is not a fit, please just tell me.", {"demand"}),
        ("'Tell me everything' was my first manager's motto.", {"demand"}),
        ("Text in the second screenshot shows the error.", {"demand"}),
        # memories and third parties, and a meeting offered rather than set
        ("When you gave your keynote in 2021, you said caches lie.", {"presumes"}),
        ("I'll phone our supplier on Friday to ask about pricing.", {"presumes"}),
        ("Might a ten-minute chat in May work for you? Otherwise email is great.", {"presumes"}),
        ("My next step is to port the driver to the new board.", {"presumes"}),
        ("I told my mentor that you would probably know the answer.", {"presumes"}),
        ("I'll be in Leeds on the 2nd; could we get coffee so we can talk it over?", {"presumes"}),
        # the writer's own manners and silence, and regret about a thing
        ("I don't mean to sound rude, but may I add a second question?", _REPROACH),
        ("Sorry I never replied to your note in spring.", _REPROACH),
        ("Thank you so so much for your patience with me.", _REPROACH),
        ("It's a pity the stream dropped out; I'd have liked to see your demo.", _REPROACH),
        ("If you could at least tell me which chapter to read first, that would help.", _REPROACH | {"demand"}),
        ("Could you at least skim the summary?", _REPROACH),
        ("I kept ignoring the compiler warnings until the crash.", _REPROACH),
    ],
)
def test_a_look_alike_of_a_fault_of_tone_is_left_alone(sentence, codes):
    assert not _tone_codes(sentence) & codes


def test_a_meeting_spoken_of_as_agreed_presumes_only_before_the_mentor_has_said_yes():
    line = "When we meet on Thursday, I will bring the two wiring diagrams."
    body = f"Hi Mei,\n\n{line}\n\nThanks,\nRavi"
    first = {f["code"] for f in critique("Wiring diagrams", body, {**CTX, "kind": "first"})["findings"]}
    after = {f["code"] for f in critique("Wiring diagrams", body, {**CTX, "kind": "followup"})["findings"]}
    assert "presumes" in first and "presumes" not in after


def test_a_sentence_saying_again_what_came_before_is_padding_but_the_ask_naming_its_topic_is_not():
    said_twice = with_ask(
        "Our C firmware drives the greenhouse sensors. The greenhouse sensors are driven by our firmware. "
        "Which driver should we port first?"
    )
    asked_again = with_ask(
        "Our C firmware drives the greenhouse sensors. Which of the drivers in our greenhouse sensor firmware "
        "would you port first?"
    )
    codes = [{f["code"] for f in critique(GOOD_SUBJECT, b, CTX)["findings"]} for b in (said_twice, asked_again)]
    assert "repeated_point" in codes[0] and "repeated_point" not in codes[1]
