"""The built-in coach on messages written apart from it, after published guidance on cold requests (issue 14).

tests/data/real_pairs.jsonl, real_singles.jsonl and politeness_dev.jsonl were written by a helper who had not
read the engine (tests/data/DEV_SETS.md gives their sources); connection_notes.jsonl is checked when present.
Odd ids were tuned on, even ids held out; benchmarks/eval_real.py prints both halves. Each half must meet the
bars the kept-apart sets are held to.
"""

from pathlib import Path

import pytest

from coach.engine import critique
from coach.engine.evaluate import (
    auc,
    half,
    load_jsonl,
    pairwise_accuracy,
    quartile_auc,
    singles_auc,
)
from coach.engine.followup import draft as followup_draft
from coach.engine.text import sentences
from coach.instructor.calibration import ANCHOR_MENTOR, EXAMPLE_BODY, EXAMPLE_SUBJECT

DATA = Path(__file__).parent / "data"
HALVES = pytest.mark.parametrize("parity", [1, 0], ids=["odd (tuned on)", "even (held out)"])
MIN_PAIRS, MIN_SINGLES_AUC = 0.85, 0.80
MIN_POLITENESS_AUC = {"wiki": 0.85, "se": 0.75}


def load(name):
    return load_jsonl(DATA / name)


def codes(subject, body, context=None):
    return {f["code"] for f in critique(subject, body, context)["findings"]}


@HALVES
@pytest.mark.parametrize("name", ["real_pairs.jsonl", "connection_notes.jsonl"])
def test_the_authors_better_message_scores_higher_on_their_rubric(name, parity):
    pairs = half(load(name), parity)
    if not pairs:
        pytest.skip(f"{name} is not in tests/data")
    overall, per_rubric, misses = pairwise_accuracy(pairs)
    assert overall >= MIN_PAIRS, (per_rubric, misses)


@HALVES
@pytest.mark.parametrize("min_words", [0, 40])
def test_good_messages_score_above_bad_ones_overall(parity, min_words):
    value, count = singles_auc(half(load("real_singles.jsonl"), parity), min_words)
    assert count >= 20 and value >= MIN_SINGLES_AUC, value


@HALVES
@pytest.mark.parametrize("source", ["wiki", "se"])
@pytest.mark.parametrize(
    "name",
    [
        pytest.param("politeness_dev.jsonl", id="the most and the least polite requests"),
        pytest.param("politeness_short.jsonl", id="polite and impolite short requests"),
    ],
)
def test_professionalism_separates_polite_from_impolite_requests(name, parity, source):
    rows = [r for r in half(load(name), parity) if r["source"] == source]
    value, top, bottom = quartile_auc(rows)
    assert top and bottom and value >= MIN_POLITENESS_AUC[source], value


def test_auc_counts_ties_half():
    assert auc([3, 2], [1, 2]) == pytest.approx(0.875) and auc([], [1]) == 0.5


def test_the_lessons_own_example_scores_at_least_four_and_a_half():
    context = {"mentor": ANCHOR_MENTOR, "ask": "20-minute conversation about DevOps career transition strategies"}
    assert critique(EXAMPLE_SUBJECT, EXAMPLE_BODY, context)["overall"] >= 4.5
    assert critique(EXAMPLE_SUBJECT, EXAMPLE_BODY)["overall"] >= 4.5


@pytest.mark.parametrize(
    "subject, body",
    [
        ("", "can I pick your brain sometime?"),
        ("", "Can I pick your brain sometime?"),
    ],
)
def test_a_bare_pick_your_brain_scores_at_most_two_and_a_half(subject, body):
    result = critique(subject, body)
    assert result["overall"] <= 2.5 and "vague_ask" in {f["code"] for f in result["findings"]}


@pytest.mark.parametrize(
    "question",
    [
        "How can I stand out from the other people applying for junior backend roles?",
        "What am I doing wrong in my applications to developer jobs this year?",
    ],
)
def test_a_broad_career_question_is_a_vague_ask_however_many_topics_it_names(question):
    intro = "I finished a backend bootcamp in June and have applied to forty roles since."
    body = f"Hi Ana,\n\n{intro}\n\n{question}\n\nThanks,\nSam"
    codes = {f["code"] for f in critique("Junior backend roles", body)["findings"]}
    assert "vague_ask" in codes and "specific_ask" not in codes


def test_a_wish_names_its_topic_after_the_request_not_in_the_introduction_before_it():
    wish = "I run payroll systems in three countries with six years of Kotlin, and I'd like to learn about ML."
    named = "I run payroll systems, and I'd like to learn how you chose between Flink and Spark for fraud scoring."
    body = "Hi Ana,\n\n{}\n\nThanks,\nSam"
    assert "specific_ask" not in {f["code"] for f in critique("ML", body.format(wish))["findings"]}
    assert "specific_ask" in {f["code"] for f in critique("Flink or Spark", body.format(named))["findings"]}


ANSWERABLE = "Would you have 15 minutes to tell me whether to learn Go or Rust first for writing CLI tools?"
VAGUE = "Would you have 15 minutes for a quick chat sometime? I'd love to pick your brain."


def test_an_answerable_ask_is_clearer_than_a_vague_one_even_with_the_same_time_bound():
    body = "Hi Ana,\n\nI maintain two small Python command-line tools at work.\n\n{}\n\nThanks,\nSam"
    specific, vague = critique("CLI tools", body.format(ANSWERABLE)), critique("CLI tools", body.format(VAGUE))
    assert "specific_ask" in {f["code"] for f in specific["findings"]}
    assert {"vague_ask"} <= {f["code"] for f in vague["findings"]}
    assert "time_bound" not in {f["code"] for f in vague["findings"]}  # a time bound does not rescue a vague ask
    assert "time_bound_only" in {f["code"] for f in vague["findings"]}
    assert specific["scores"]["clarity"] >= vague["scores"]["clarity"] + 1.0


@pytest.mark.parametrize(
    "ask",
    [
        "If you have a spare moment, I'd love to hear how you chose the topic of your first conference talk.",
        "I'm writing to see whether you might have ten minutes to tell me how you split your Terraform modules.",
        "Kindly guide me for 20 minutes on a video call about moving our Java services to Kotlin.",
    ],
)
def test_polite_conditional_asks_are_asks(ask):
    found = codes("A question about your work", f"Dear Ana,\n\n{ask}\n\nRegards,\nRavi")
    assert "no_clear_ask" not in found and found & {"specific_ask", "clear_ask"}
    assert "demand" not in found


def test_sentences_do_not_break_inside_names_like_node_js():
    assert [s.text for s in sentences("I use Node.js and Vue.js daily, e.g. at work. Could we talk?")] == [
        "I use Node.js and Vue.js daily, e.g. at work.",
        "Could we talk?",
    ]


@pytest.mark.parametrize(
    "sentence, code",
    [
        ("I run a Rust meetup in Leeds, which has about 300 members now.", "pressure"),
        ("If you could maybe give me some advice on Go or Rust for our CLI, I'd be grateful.", "demand"),
        ("You're the reason I learnt SQL window functions.", "you_start"),
        ("You asked for a smaller example of the crash, so I cut it to 40 lines.", "you_start"),
        ("I read your post on Kafka retention. What made you pick seven days as the default?", "direct_question"),
    ],
)
def test_polite_sentences_are_not_flagged_as_rude(sentence, code):
    assert code not in codes("Kafka retention", f"Hi Ana,\n\n{sentence} Would you have 15 minutes?\n\nThanks,\nSam")


@pytest.mark.parametrize(
    "sentence, code",
    [
        ("I need this answered now.", "pressure"),
        ("Send me the slides.", "demand"),
        ("You need to answer me.", "you_start"),
    ],
)
def test_real_demands_and_pressure_are_still_flagged(sentence, code):
    assert code in codes("", sentence)


@pytest.mark.parametrize(
    "rebuke",
    [
        "I'm not going to remind you again: merge the fix or I'll escalate it to the steering group.",
        "Tag the release today or else.",
        "This is your final warning about force-pushing to main.",
        "If you are going to close my issue, at least say which rule it broke.",
        "Can you not rename the config keys while the migration is half done?",
        "Enough with the one-line review comments.",
        "Thanks for the 'feedback'. Next time, read the design doc before you block a change.",
        "I already explained that above, so please read it before asking again.",
        # a reproach wrapped in polite words still scolds
        "Could you please stop moving my comments into the archive?",
        "I would be grateful if you quit relabelling every ticket I file.",
        "With the utmost respect, your linter config is the reason the build is red.",
        "No offense, but this query plan is a disaster.",
        "Maybe try reading the contributor guide before opening a fourth issue.",
        "Please, go read the FAQ.",
        "Did you read the documentation at all?",
        "So the branch got force-pushed over my commits? Wonderful.",
        "Thanks for the lecture about commit messages, but this repo is mine.",
        "We know what we are doing here, so please leave the retry settings alone.",
    ],
)
def test_a_rebuke_an_ultimatum_or_a_reproach_in_polite_words_scolds_rather_than_asks(rebuke):
    scolded = critique("", rebuke)
    assert "accusatory_question" in {f["code"] for f in scolded["findings"]}
    assert scolded["scores"]["professionalism"] <= 3.0


@pytest.mark.parametrize(
    "sentence",
    [
        "If a talk is not possible this spring, a quick no is fine and we will not ask again.",
        "The workshop might be my last chance to learn this before the new job.",
        "You can keep the section as it is, or else split it in two; either works for me.",
        "Can you not make it on Tuesday? Thursday works too.",
        "Next time you are in Lisbon, I'd love to buy you a coffee.",
        "Next time, don't hesitate to ping me if the build breaks.",
        "Thanks for the 'Rust for Pythonistas' talk; it got me started.",
        "I hate to ask, but could you look at one failing test?",
    ],
)
def test_let_offs_the_writers_own_stakes_and_plain_choices_are_no_rebuke(sentence):
    polite = critique("", sentence)
    assert "accusatory_question" not in {f["code"] for f in polite["findings"]}
    assert polite["scores"]["professionalism"] >= 3.0


@pytest.mark.parametrize(
    "sentence",
    [
        "Could you stop by our booth at the meetup on Friday?",
        "Please stop apologising for the late reply; it is no trouble at all.",
        "Would you mind not sharing the draft outside your team yet?",
        "I just read the contributor guide before writing to you.",
        "I'll go read the FAQ again before I ask anything else.",
        "Could you stop the staging job for an hour while we migrate?",
        "With respect to the second question, a short written answer is plenty.",
        "You might want to read the docs on caching; they explain it better than I can.",
        "Did you ever try running the suite on ARM?",
        "Did you check the log for the first error? It usually names the file.",
        "Could you send the slides? Great talk, by the way.",
        "Thanks for the lesson on profiling; the flame graph finally makes sense.",
        "I know how to use Docker, but I don't know what I'm doing with Kubernetes yet.",
    ],
)
def test_stopping_by_respect_to_and_friendly_pointers_are_no_reproach(sentence):
    assert "accusatory_question" not in codes("", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I may have misread the schema, but isn't the key nullable? Glad to be corrected.",
        "I'd name it after the station, unless you disagree.",
        "We could merge the two tables, perhaps? Just a thought.",
        "The second chart would go first. Would that be okay?",
    ],
)
def test_leaving_room_to_be_overruled_is_a_hedge(sentence):
    assert "hedged_request" in codes("", sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Do you happen to know where the 2019 survey data went?", "Is the old wiki still online, by any chance?"],
)
def test_not_presuming_the_reader_knows_is_a_hedge(sentence):
    assert "hedged_request" in codes("", sentence)


def test_owning_a_mistake_is_an_apology():
    assert "apology" in codes("", "My bad, I linked the wrong log. The right one is attached.")


def test_brackets_inside_quoted_code_are_no_placeholder():
    assert "placeholder" not in codes("", "Nice fix. One nit: `row['name']` should be stripped before the insert.")
    assert "placeholder" in codes("", "Hi [Name], could you look at my fix?")


def test_i_hate_to_ask_owns_the_imposition_as_an_apology_does():
    assert "apology" in codes("", "I hate to bother you, but could you look at one failing test?")


def test_textspeak_and_a_lower_case_i_cost_professionalism():
    sloppy = critique("", "Hi, i was wondering if u could help with a q about React hooks? thx")
    tidy = critique("", "Hi, I was wondering if you could help with a question about React hooks? Thanks.")
    assert {"textspeak", "lowercase_i"} <= {f["code"] for f in sloppy["findings"]}
    assert sloppy["scores"]["professionalism"] <= tidy["scores"]["professionalism"] - 1.5


def test_placeholders_in_a_signature_block_count_once():
    body = "Hi Ana,\n\nCould we talk for 15 minutes about Rust?\n\nBest,\n[Your name]\n[Your title]\n[Your phone]\n"
    result = critique("15 minutes on Rust?", body)
    assert sum(f["code"] == "placeholder" for f in result["findings"]) == 1
    assert result["scores"]["professionalism"] >= 3.0


def test_the_apps_own_follow_up_is_neither_askless_nor_only_asking():
    draft = followup_draft(
        {
            "mentor": {"name": "Dana Okafor"},
            "mentee": {"name": "Sam"},
            "ask": {"topic": "moving into DevOps", "minutes": 20, "format": "call"},
            "previous": {"subject": "20 minutes on moving into DevOps?", "sent_on": "3 March"},
            "note": {"update": "I built a CI pipeline for our team with GitHub Actions"},
        }
    )
    found = codes(draft["subject"], draft["body"], {"kind": "followup"})
    assert not found & {"no_clear_ask", "pure_ask", "nothing_new"}


def test_a_connection_note_is_not_too_short_and_its_reason_is_its_clarity():
    specific = (
        "Hi Keiko, your GDC talk on hiding tutorials inside the first puzzle changed how I built level 1 of "
        "my game: drop-off fell from 40% to 15%. I'd be glad to connect."
    )
    generic = "Hi Keiko, I came across your profile and was impressed by your background. I'd love to connect!"
    assert "too_short" not in codes("", specific) and "fits_connection_note" in codes("", specific)
    assert critique("", specific)["scores"]["clarity"] > critique("", generic)["scores"]["clarity"]


@pytest.mark.parametrize(
    "link",
    [
        "Tomás Reyes, who reviewed my first pull request, suggested I get in touch about it.",
        "We talked after your session at the Lisbon meetup about it.",
        "A mutual colleague, Ines, thought we should talk about it.",
        "Thanks again for reviewing my patch to the asset loader last spring; it shipped in 2.3.",
        "I'm the person who asked about shader caches in your livestream chat last week.",
    ],
)
def test_a_connection_note_that_names_how_writer_and_reader_are_linked_has_a_reason(link):
    linked = f"Hi Keiko, I'm moving our game studio's builds to a shared cache. {link} Glad to connect. Sam"
    generic = "Hi Keiko, I'm a game developer always keen to grow my network. Glad to connect. Sam"
    found = codes("", linked)
    assert "specific_ask" in found and "vague_ask" not in found
    assert critique("", linked)["scores"]["clarity"] > critique("", generic)["scores"]["clarity"]


@pytest.mark.parametrize(
    "sentence, code",
    [
        # the writer's whole project handed over to be debugged
        ("Would you dig through our codebase and tell us why the nightly job fails?", "outsized_ask"),
        # silence taken for a yes, and the favour called small for the reader
        ("As I didn't get a no from you, I've added your library to our course reading list.", "presumes"),
        ("I'm sure this is simple for an expert, so it should not take long.", "presumes"),
        # a seller's discovery question about the reader's money
        ("I'd also like to understand the budget your studio has for build tools.", "sales_pitch"),
    ],
)
def test_favours_taken_for_granted_or_outsized_and_sales_questions_are_flagged(sentence, code):
    assert code in codes("Release build", f"Hi Ana,\n\n{sentence} Would that work?\n\nThanks,\nSam")


def test_news_before_the_writers_own_turn_to_the_point_is_a_preamble():
    point = (
        "In March you suggested I ask to see the team's rota before the offer. I did, and I join the clinic team "
        "next month with a rota I can live with. Thank you."
    )
    news = (
        "What a season it has been! We finally finished the kitchen, my son learnt to ride a bike, and I ran my "
        "first half marathon in the rain, which was harder than I thought. Work was full too, with two launches "
        "and a conference.\n\nAnyway, back to the point: "
    )
    padded = f"Hi Ana,\n\n{news}{point}\n\nSam"
    plain = f"Hi Ana,\n\n{point}\n\nSam"
    assert "preamble" in codes("Update: the new role", padded, {"kind": "update"})
    assert "preamble" not in codes("Update: the new role", plain, {"kind": "update"})


@pytest.mark.parametrize(
    "sentence",
    ["I have attached my résumé, in case it is useful.", "Once we are connected I will send my résumé."],
)
def test_the_writers_own_papers_are_no_offer(sentence):
    body = f"Hi Ana,\n\nI am a tester moving into automation. {sentence}\n\nThanks,\nSam"
    assert "offer_found" not in codes("Moving into automation", body)


def test_a_short_follow_up_needs_no_introduction_and_its_ask_lives_in_the_thread():
    body = (
        "Hi Ana,\n\nChecking whether my note about the flaky deploy job reached you; no reply is needed if not.\n\nSam"
    )
    found = codes("Re: Flaky deploy job", body, {"kind": "followup"})
    assert "too_short" not in found and "length_sweet_spot" in found
    assert "too_short" in codes("Re: Flaky deploy job", "Hi Ana,\n\nAny news?\n\nSam", {"kind": "followup"})


def test_kind_of_is_filler_as_a_hedge_but_not_as_a_noun_with_its_determiner():
    hedge = "Hi Ana,\n\nThe new build is kind of slow. Which cache setting would you change first?\n\nThanks,\nSam"
    noun = "Hi Ana,\n\nWe hit this kind of timeout in our queue too. Which setting did you change?\n\nThanks,\nSam"
    assert "filler" in codes("Build cache", hedge) and "filler" not in codes("Build cache", noun)


@pytest.mark.parametrize(
    "subject, pitch",
    [
        (
            "Partnership",
            "Our agency helps companies scale their engineering teams, and I'd be happy to show you what our "
            "platform can do for you. Would you have 15 minutes next week?",
        ),
        (
            "Build caching",
            "My build cache plugs into your compiler. Our team can set your maintainers up with a no-cost trial "
            "month and a live demo, which would add value for your users.",
        ),
    ],
)
def test_a_sales_pitch_a_trial_or_a_demo_is_not_an_offer(subject, pitch):
    found = codes(subject, f"Hi Ana,\n\n{pitch}\n\nBest,\nSam")
    assert "sales_pitch" in found and "offer_found" not in found


def test_wellness_wishes_and_stock_self_praise_are_filler_in_a_short_note():
    note = (
        "Hi Keiko! Hope all is well on your side. I'm a game developer passionate about design and "
        "growth, and would be glad to link up. Wishing you a calm Friday!"
    )
    fillers = [f["evidence"]["text"] for f in critique("", note)["findings"] if f["code"] == "filler"]
    assert len(fillers) >= 3 and any(text.lower().startswith("hope") for text in fillers)


@pytest.mark.parametrize(
    "ask",
    [
        "Would you have 30 minutes on Monday or Wednesday to share your thoughts on design and the industry?",
        "What is a typical week like in your role?",
        "How did you get into data engineering?",
        "Would you refer me to any open role at your company?",
        "Could we set up a call to explore ways to partner?",
    ],
)
def test_a_request_whose_object_is_a_whole_field_or_a_stock_question_is_vague(ask):
    body = f"Hi Ana,\n\nI write Go services at a bank in Porto. {ask}\n\nThanks,\nSam"
    found = codes("A question", body)
    assert "vague_ask" in found and "specific_ask" not in found


def test_value_is_graded_by_homework_not_a_switch():
    ask = "Would you have 15 minutes to tell me whether to shard by tenant or by region?"
    bare = critique("Sharding question", f"Hi Ana,\n\n{ask}\n\nThanks,\nSam")
    homework = critique(
        "Sharding question",
        "Hi Ana,\n\nYour post on Postgres sharding argued that tenant keys age "
        "badly; after reading it I tried both keys on a copy of our data. " + ask + "\n\nThanks,\nSam",
    )
    found = {f["code"] for f in homework["findings"]}
    assert "pure_ask" in {f["code"] for f in bare["findings"]}
    assert {"tried_already", "specific_reference", "reference_applied"} <= found
    assert homework["scores"]["value"] >= bare["scores"]["value"] + 1.0


@pytest.mark.parametrize(
    "line",
    [
        "Would you be interested if I ran the same benchmark on our ARM cluster and sent you the numbers?",
        "I have the missing page on retry options written up. Would you like it as a pull request?",
    ],
)
def test_an_offer_put_as_a_question_is_an_offer(line):
    assert "offer_found" in codes("Retry options", f"Hi Ana,\n\n{line}\n\nThanks,\nSam")


@pytest.mark.parametrize(
    "line",
    [
        "I'm keen to connect with engineering leaders like you.",
        "Our alerts page me every night and I'd like to fix it before it gets worse.",
    ],
)
def test_wanting_to_connect_or_to_fix_ones_own_problem_is_not_an_offer(line):
    assert "offer_found" not in codes("Alerts", f"Hi Ana,\n\n{line} Any advice?\n\nThanks,\nSam")


def test_citing_what_the_mentor_wrote_is_homework_and_a_bare_mention_counts_for_less():
    ask = "Would you still pick a queue over direct calls for a team of three?"

    def value(line):
        return critique("Queues", f"Hi Ana,\n\n{line}{ask}\n\nThanks,\nSam")["scores"]["value"]

    cited = value("You wrote that queues hide load until the day they fail. ")
    mentioned = value("I found you through your newsletter. ")
    assert cited > mentioned > value("")


def test_a_negative_word_costs_a_little_and_a_complaint_more():
    plain = critique("", "Could you check the second example in the docs?")["scores"]["professionalism"]
    negative = critique("", "Could you check the wrong second example in the docs?")["scores"]["professionalism"]
    complaint = critique("", "Could you check the useless second example in the docs?")["scores"]["professionalism"]
    assert plain > negative > complaint


def test_a_stock_networking_line_is_filler_in_a_connection_note():
    stock = (
        "Hi Oren, I lead a small platform team in Porto. I'm always eager to connect with people who care about "
        "reliability. Looking forward to connecting!"
    )
    plain = "Hi Oren, I lead a small platform team in Porto and read your post on rollback steps. Glad to connect."
    assert "filler" in codes("", stock) and "filler" not in codes("", plain)
    assert critique("", stock)["scores"]["brevity"] < critique("", plain)["scores"]["brevity"]


def test_a_list_of_five_questions_is_no_one_specific_ask():
    one = "Hi Ana,\n\nShould our team of two adopt feature flags now, or wait for a staging cluster?\n\nSam"
    many = (
        "Hi Ana,\n\nI have some questions:\n\n- How did you learn Go?\n- Should I read a book or build a project "
        "first?\n- Which editor do you use?\n- Is Go a good first language?\n- How do you find open-source "
        "projects?\n\nSam"
    )
    assert "specific_ask" in codes("Feature flags or staging first?", one)
    assert "specific_ask" not in codes("Questions about Go", many) and "competing_asks" in codes("Questions", many)


def test_introductions_and_a_good_word_asked_at_once_of_a_stranger_are_stacked_favours():
    stacked = (
        "Hi Luca,\n\nA friend passed me your address. Could you introduce me to your head of data and put in a good "
        "word for me with the hiring team?\n\nThanks,\nMina"
    )
    single = "Hi Luca,\n\nCould you introduce me to your head of data about the analyst role (ref 2231)?\n\nMina"
    assert "stacked_favours" in codes("Analyst role", stacked)
    assert "stacked_favours" not in codes("Analyst role", single)
    assert critique("Analyst role", stacked)["scores"]["value"] < critique("Analyst role", single)["scores"]["value"]


@pytest.mark.parametrize(
    "subject, sentence, shout",
    [
        ("Review of the cache patch", "The patch has sat in review for FIVE sprints now.", "FIVE"),
        ("Review of the cache patch", "I have NEVER had an answer on the tracker.", "NEVER"),
        ("Cache fix: any news!!", "The patch has waited for three weeks now.", "!!"),
    ],
)
def test_one_emphatic_word_in_capitals_or_a_subject_with_two_exclamation_marks_is_shouting(subject, sentence, shout):
    body = f"Hi Mirela,\n\n{sentence} Could you look at it when you have a moment?\n\nThanks,\nTeo"
    found = [f for f in critique(subject, body)["findings"] if f["code"] == "shouting"]
    assert [f["evidence"]["text"] for f in found] == [shout]


def test_a_follow_up_that_brings_what_the_reader_asked_for_adds_something_new():
    body = (
        "Hi Tove,\n\nYou asked me for the heap dump from the Tuesday crash; it is on the shared drive. I also "
        "added a unit test that fails the same way.\n\nGwen"
    )
    nudge = "Hi Tove,\n\nJust bumping this up your inbox in case it got buried.\n\nGwen"
    context = {"kind": "followup"}
    assert "nothing_new" not in codes("Tuesday crash: heap dump", body, context)
    assert "nothing_new" in codes("Tuesday crash", nudge, context)


def test_a_thank_you_that_says_what_was_fixed_reports_back_and_one_that_asks_for_letters_asks_more():
    context = {"kind": "thanks"}
    report = (
        "Hi Ruth,\n\nThank you for the hour on our onboarding flow. We released both changes you proposed, and "
        "the trial sign-up now fits on one screen.\n\nDev"
    )
    letters = (
        "Hi Ruth,\n\nThank you for the hour on our onboarding flow. I am also applying to a fellowship and would "
        "need a recommendation letter from you.\n\nDev"
    )
    assert "reports_back" in codes("Thank you: both changes are live", report, context)
    assert "outsized_ask" in codes("Thank you", letters, context)  # a letter from someone met for an hour


def test_a_formal_sign_off_or_a_name_alone_signs_the_message():
    ask = "Should the retry queue live in the gateway or in each service?"
    regards = f"Dear Ms Okoro,\n\n{ask}\n\nWith regards,\nArjun Pillai"
    name_only = f"Dear Ms Okoro,\n\n{ask}\n\nArjun Pillai"
    unsigned = f"Dear Ms Okoro,\n\n{ask}"
    assert "sign_off" in codes("Retry queue placement", regards)
    assert "no_sign_off" not in codes("Retry queue placement", name_only)
    assert "no_sign_off" in codes("Retry queue placement", unsigned)


@pytest.mark.parametrize("closing", ["With many thanks,", "Gratefully,", "With sincere appreciation,"])
def test_a_grateful_sign_off_signs_the_message_and_is_not_thanks_said_again(closing):
    body = (
        "Dear Ms Okoro,\n\nShould the retry queue live in the gateway or in each service? Thank you for reading."
        f"\n\n{closing}\nArjun Pillai"
    )
    found = codes("Retry queue placement", body)
    assert "sign_off" in found and "stacked_thanks" not in found


def test_checks_already_run_and_an_offer_to_open_an_issue_are_homework_and_an_offer():
    body = (
        "Hi Mateus,\n\nI verified the locale and the font cache; neither explains it. Is the blurred glyph at "
        "small sizes expected from the hinting mode? If not, I can open an issue with a minimal sample.\n\nKai"
    )
    found = codes("Blurred glyphs at 9 px", body)
    assert {"tried_already", "offer_found"} <= found and "pure_ask" not in found


def test_a_deadline_on_a_favour_is_pressure_and_a_referral_bonus_is_no_offer():
    body = (
        "Hi Pia,\n\nCould you refer me for the data platform opening? You'd get a bonus from your employer too, "
        "so please send it within two days.\n\nOlek"
    )
    found = codes("Data platform opening", body)
    assert "pressure" in found and "offer_found" not in found and "evidence" not in found


def test_an_offer_in_a_thank_you_is_not_a_new_ask():
    context = {"kind": "thanks"}
    offer = (
        "Hi Ruth,\n\nThank you for the hour on our onboarding flow. We released both changes you proposed. I can "
        "send you the before and after numbers if you would like to see them.\n\nDev"
    )
    ask = (
        "Hi Ruth,\n\nThank you for the hour on our onboarding flow. We released both changes you proposed. Could "
        "we book another hour next week for the pricing page?\n\nDev"
    )
    assert "ask_in_aftercare" not in codes("Thank you", offer, context)
    assert "ask_in_aftercare" in codes("Thank you", ask, context)


def test_a_thank_you_that_finds_fault_with_the_meeting_scores_lower_on_professionalism():
    context = {"kind": "thanks"}
    plain = (
        "Hi Tomasz,\n\nThank you for going through my shader profiling notes on Monday. Your advice to batch the "
        "shadow passes first cut our frame time from 21 to 16 ms. I will try the texture atlas next.\n\nLeila"
    )
    faults = (
        "Pity the call felt so rushed, but thank you for going through my shader profiling notes on Monday.",
        "Thank you for going through my shader profiling notes on Monday, even if you seemed a bit distracted.",
        "Thank you for going through my shader profiling notes on Monday; I wish you had read them first.",
    )
    clean = critique("Thank you", plain, context)
    assert "grudging" not in {f["code"] for f in clean["findings"]}
    for fault in faults:
        grudging = critique("Thank you", plain.replace(plain.split("\n\n")[1].split(". ")[0] + ".", fault), context)
        assert "grudging" in {f["code"] for f in grudging["findings"]}, fault
        assert grudging["scores"]["professionalism"] < clean["scores"]["professionalism"]
    # Naming the time it took, or wishing for more of it, finds no fault.
    for warm in ("on Monday, late in your day.", "on Monday; I wish we'd had longer."):
        assert "grudging" not in codes("Thank you", plain.replace("on Monday.", warm), context), warm


FIRST_NOTE = (
    "Hi Ines,\n\nYour post on sizing Kafka partitions by consumer lag helped me cut our rebalance storms from daily to "
    "weekly. {ask}\n\nThank you,\nKofi"
)


def test_asks_that_lend_the_readers_name_or_audience_are_more_than_a_first_message_can_ask():
    context = {"kind": "first"}
    outsized = (
        "Would you join me as a co-author on the lag model write-up?",
        "Could you repost my release notes to your followers next week?",
        "Would you write a short testimonial for my course page?",
        "Could you supervise my side project until it ships?",
    )
    narrow = "Would you size partitions by peak lag or by the 95th percentile?"
    plain = critique("Partition sizing", FIRST_NOTE.format(ask=narrow), context)
    assert "outsized_ask" not in {f["code"] for f in plain["findings"]}
    for ask in outsized:
        found = critique("Partition sizing", FIRST_NOTE.format(ask=ask), context)
        assert "outsized_ask" in {f["code"] for f in found["findings"]}, ask
        assert found["scores"]["value"] < plain["scores"]["value"]
    declined = FIRST_NOTE.format(ask=narrow + " Co-authorship or credit is not what I am after, only your view.")
    assert "outsized_ask" not in codes("Partition sizing", declined, context)


def test_an_update_that_asks_to_promote_the_writers_launch_asks_an_outsized_favour_not_a_small_question():
    report = (
        "Hi Ines,\n\nA short update: we sized partitions by peak lag as you advised, and rebalances fell from daily "
        "to weekly. {ask}\n\nKofi"
    )
    promote = codes("An update", report.format(ask="Could you also mention our beta in your newsletter?"), UPDATE)
    question = codes("An update", report.format(ask="Would you size the dead-letter topic the same way?"), UPDATE)
    assert {"outsized_ask", "ask_in_aftercare"} <= promote and "no_new_ask" not in promote
    assert "no_new_ask" in question and {"outsized_ask", "bigger_favour", "ask_in_aftercare"}.isdisjoint(question)


UPDATE = {"kind": "update"}


def test_a_greeting_with_the_short_form_of_the_mentors_name_greets_them_by_name():
    context = {"kind": "first", "mentor": {"name": "Alexandra Petrov"}}
    assert "greets_by_name" in codes("Partition plan", "Hi Alex,\n\nOne question on partitions.\n\nKofi", context)
    assert "wrong_name" in codes("Partition plan", "Hi Alina,\n\nOne question on partitions.\n\nKofi", context)


def test_work_already_done_in_plain_past_tense_is_homework():
    for done in ("I removed 37 unused feature flags last week.", "I have been measuring our page volume since May."):
        body = f"Hi Ines,\n\n{done} Would you keep the rest, or cut by owner first?\n\nKofi"
        assert "tried_already" in codes("Alert list", body, {"kind": "first"}), done


def test_a_note_ready_to_forward_makes_the_favour_small():
    ask = "Hi Ines,\n\nWould you introduce me to Tariq, who runs the stream team at Lumen? {extra}\n\nKofi"
    ready = critique("Intro to Tariq", ask.format(extra="I have drafted three lines about me that you can forward."))
    bare = critique("Intro to Tariq", ask.format(extra="His stream team is where I hope to land."))
    assert "ready_to_use" in {f["code"] for f in ready["findings"]}
    assert ready["scores"]["value"] > bare["scores"]["value"]


def test_a_reference_asked_of_whoever_supervised_the_work_with_the_papers_to_hand_is_a_fair_favour():
    ask = "Hi Ines,\n\n{who} Would you be my referee for the platform role at Lumen? {extra}\n\nKofi"
    supervised = "You supervised my capstone on stream joins last year."
    stranger = "I read your post on stream joins last year."
    papers = "The role description and my project summary are attached, so you need not dig anything up."
    fair = codes("Referee for Lumen", ask.format(who=supervised, extra=papers))
    assert "ready_to_use" in fair and "outsized_ask" not in fair
    assert "outsized_ask" in codes("Referee for Lumen", ask.format(who=stranger, extra=papers))


def test_a_follow_up_that_reports_what_was_done_and_asks_nothing_closes_the_loop():
    report = (
        "Hi Ines,\n\nYou said our alert list had too many owners. I cut it to one owner per service, and pages fell "
        "from 40 to 12 a week. Nothing to answer here; it worked, and thank you.\n\nKofi"
    )
    again = "Hi Ines,\n\nI changed the alert list as you said. Could you review the whole list once more?\n\nKofi"
    context = {"kind": "followup"}
    assert "reports_back" in codes("Alert owners", report, context)
    assert "reports_back" not in codes("Alert owners", again, context)
    # the reader has nothing to decide, so it needs no request to be clear
    assert "no_new_ask" in codes("Alert owners", report, context)
    assert "no_clear_ask" in codes("Alert owners", "Hi Ines,\n\nJust checking in on my last note.\n\nKofi", context)


def test_a_short_thank_you_that_says_what_it_has_to_is_not_too_short_for_praise():
    body = (
        "Hi Ines,\n\nIn March you pointed me to the stream-processing contest. We placed 3rd of 22 teams, and "
        "the short paper on our windowing trick made it into the proceedings. I owe the idea to you.\n\nKofi"
    )
    found = codes("Contest result", body, {"kind": "update"})
    assert "length_sweet_spot" in found and "reports_back" in found


@pytest.mark.parametrize("contact", ["will get in touch with you", "will be in touch with you", "may e-mail you"])
def test_a_third_party_sent_to_the_reader_before_they_agreed_presumes_on_them(contact):
    body = (
        f"Hi Ines,\n\nMy application for the firmware opening went in on Monday. The agency {contact} about me.\n\nKofi"
    )
    assert "presumes" in codes("Platform role", body)


def test_a_recommendation_is_the_readers_to_give_only_about_work_they_saw():
    ask = "Would you write a short recommendation about my skills for my profile?"
    stranger = FIRST_NOTE.format(ask=ask)
    colleague = FIRST_NOTE.format(ask="When we worked on the billing service together you saw my tests. " + ask)
    assert "outsized_ask" in codes("Recommendation", stranger, {"kind": "first"})
    assert "outsized_ask" not in codes("Recommendation", colleague, {"kind": "first"})


def test_asking_for_an_employers_internal_documents_or_a_standing_role_is_outsized():
    for ask in (
        "Could you share the design of the consumer you showed, and the internal runbooks behind it?",
        "Would you serve as the project's technical advisor, with your name on the README?",
    ):
        assert "outsized_ask" in codes("Partition sizing", FIRST_NOTE.format(ask=ask), {"kind": "first"}), ask


def test_a_deadline_on_the_readers_favour_is_pressure():
    ask = "Would you review my partition plan? I would need your feedback by Thursday."
    assert "pressure" in codes("Partition plan", FIRST_NOTE.format(ask=ask))
    assert "pressure" not in codes("Partition plan", FIRST_NOTE.format(ask="Would you review my partition plan?"))


def test_a_first_call_longer_than_the_lessons_thirty_minutes_is_flagged():
    context = {"kind": "first"}
    long = FIRST_NOTE.format(ask="Would you have 60 minutes to walk me through how you size partitions?")
    short = FIRST_NOTE.format(ask="Would you have 20 minutes to walk me through how you size partitions?")
    assert "long_time_ask" in codes("Partition sizing", long, context)
    assert "time_bound" in codes("Partition sizing", short, context)
    assert (
        critique("Partition sizing", long, context)["scores"]["clarity"]
        < critique("Partition sizing", short, context)["scores"]["clarity"]
    )


def test_reproach_for_help_not_yet_given_is_a_complaint():
    for line in (
        "No one has looked at my pull request in a fortnight.",
        "We had expected better of your team, frankly.",
        "Replying wouldn't have taken you five minutes.",
    ):
        assert "complaint" in codes("Bug report", line), line
    assert "complaint" not in codes("Bug report", "I filed the bug two weeks ago with a failing test attached.")


# Breadth: each fault recognised by its construction, however it is worded, and its look-alikes left alone.
@pytest.mark.parametrize(
    "pitch",
    [
        "We specialise in migrating legacy billing systems and could trim your hosting costs by a third.",
        "Here is a coupon code for my video course on shader maths, valid until Sunday.",
        "Would your studio be interested in a free trial of our log viewer?",
        "We've helped 40 startups move to event sourcing, and your platform could benefit from our method.",
        "Happy to set up a quick call to show you what we could do for your release pipeline.",
        "Who makes the purchasing decisions for developer tooling on your team?",
        "Our studio has already helped a dozen indie teams ship on consoles.",
        "Teams like yours usually save a week per release with our scheduler.",
        "The first consultation is on us, and after that it is billed monthly.",
        "We usually work on a quarterly retainer with clients.",
        "You might enjoy our new linting app for your classes.",
        "We have spare capacity this quarter if your platform team is stretched.",
        "I can build you a portfolio site for 500 euros.",
        "Monitoring for a cluster like yours is $29 a month.",
        "Hosting starts small: it only costs 15 euros per seat.",
    ],
)
def test_a_pitch_is_known_by_its_commercial_construction(pitch):
    assert "sales_pitch" in codes("Log viewer", f"Hi Ana,\n\n{pitch}\n\nBest,\nSam")


@pytest.mark.parametrize(
    "line",
    [
        "Our agency builds kiosks, and I'm stuck on one touchscreen driver question.",
        "Here is a demo of my side project, a small parser for log files.",
        "Your post on trimming your cloud costs helped us halve our monthly bill.",
        "Before you review it, I'd like to explain how my patch handles retries.",
        "I'm writing as a customer of your product; the export fails on large files.",
        "I worked on a retainer basis for three years before I went back to school.",
        "I sold premium plans for a telecom before switching to data science.",
        "Does the paid tier of your tool make sense for a team of two?",
        "May I screen-share a quick reproduction of the crash?",
        "I bought the dev board for 40 euros last year and it still drops packets.",
        "After the move our hosting bill is $45 a month, down from $210.",
        "We spent about 300 euros a month on idle runners before your tip.",
    ],
)
def test_a_business_named_as_context_or_a_demo_of_ones_own_project_is_no_pitch(line):
    assert "sales_pitch" not in codes("Log viewer", f"Hi Ana,\n\n{line}\n\nBest,\nSam")


@pytest.mark.parametrize(
    "praise",
    [
        "You have been a true pioneer to me for years.",
        "Everything you make turns out polished.",
        "Your career is truly extraordinary.",
        "Everybody at my meetup says how brilliant you are.",
        "I've heard so many good things about you.",
        "I have so much respect for you.",
        "Keep up the fantastic work!",
        "Your outlook on life is something I really look up to.",
        "It's a privilege to be writing to a luminary like yourself.",
        "Your contributions are always excellent.",
        "Your passion is deeply admirable and truly inspiring.",
        "You have inspired countless developers.",
    ],
)
def test_praise_whose_object_is_the_person_is_generic_flattery(praise):
    assert "generic_flattery" in codes("A question", f"Hi Ana,\n\n{praise}\n\nBest,\nSam")


@pytest.mark.parametrize(
    "line",
    [
        "You're brilliant at explaining consensus; your Raft post was the first that clicked for me.",
        "I think you are the best person to ask about WAL tuning.",
        "I admire you for publishing the outage timeline so openly.",
        "You're an expert in Kafka, so I wanted your view on one partition question.",
        "Your talk inspired me to rewrite our retry logic.",
        "I'm a huge fan of your book on compilers, especially the chapter on register allocation.",
        "Your work was great for our team; the linter caught two bugs in the first week.",
        "I could write notes on the setup steps for your docs, if useful.",
    ],
)
def test_praise_tied_to_a_named_work_or_a_reason_to_ask_is_not_flattery(line):
    assert "generic_flattery" not in codes("A question", f"Hi Ana,\n\n{line}\n\nBest,\nSam")


@pytest.mark.parametrize(
    "line",
    [
        "A sentence from you would bolster my doctoral application.",
        "Your advice would make my résumé shine.",
        "It would really help my chances in the next promotion round.",
        "I mean to build my personal brand through short videos.",
        "I'd love to tap into your network.",
        "Your advice could help me secure a senior role.",
        "Your endorsement would lift my credibility with clients.",
        "Landing a well-paid role this year is why I'm writing.",
        "If I could list you as a mentor on my application, the committee would notice.",
        "Your followers are my fastest route to early users.",
        "A retweet from you would give my project the traction it needs.",
        "Any pointers would really benefit my small design business.",
        "An hour with you would help my job hunt far more than a bootcamp.",
    ],
)
def test_the_readers_help_put_to_work_for_the_writers_standing_is_self_serving(line):
    assert "self_serving" in codes("A question", f"Hi Ana,\n\n{line}\n\nBest,\nSam")


@pytest.mark.parametrize(
    "line",
    [
        "My CV lists the project already; would you comment on its one-line summary?",
        "Great, in my case the error only shows on ARM builds.",
        "I use your platform daily and found one bug in the export.",
        "How did you land your first job in security?",
        "It matters for my career, and the answer would be useful for your users too.",
        "Your post helped me get ahead of a nasty migration bug.",
        "Could you tell me how you built credibility as a new speaker?",
        "Your note on idempotency keys helped my team a great deal.",
        "By day I help my business's customers move their data to Postgres.",
        "Does it help your audience if I record the demo in English and Spanish?",
    ],
)
def test_a_cv_or_my_case_named_in_passing_is_not_self_serving(line):
    assert "self_serving" not in codes("A question", f"Hi Ana,\n\n{line}\n\nBest,\nSam")


@pytest.mark.parametrize(
    "ask",
    [
        "Could you read through my 240-page manuscript?",
        "Would you go over each file in my repo before the release?",
        "Could you co-author a chapter with me on stream joins?",
        "We never worked together, but would you be my reference for the scholarship?",
        "Could you put in a kind word with your recruiter?",
        "Would you meet me on a call every Tuesday?",
        "Could you take me on as an apprentice?",
        "Could you tweet about our launch on Monday?",
        "Could you forward my CV to your hiring lead?",
        "Could you pitch our app to the investors in your network?",
        "Could you give me access to your team's production logs for my thesis?",
        "Would you read through the full draft of my dissertation this month?",
        "Could you write the preface for my cookbook?",
        "Would you refer me for the open staff platform engineer position?",
        "Could I shadow you on the job for four weeks?",
        "A retweet from you on Monday would put our tool in front of the right people.",
        "I drafted a launch announcement you can simply post as it stands.",
    ],
)
def test_a_whole_work_a_word_for_the_writer_or_a_standing_call_is_outsized(ask):
    assert "outsized_ask" in codes("Partition sizing", FIRST_NOTE.format(ask=ask), {"kind": "first"}), ask


@pytest.mark.parametrize(
    "ask",
    [
        "I'm not asking you to read my whole manuscript, only whether the opening page holds.",
        "My former lead has agreed to act as my reference; could you tell me if my lag figure looks off?",
        "At my job we have a weekly call with the platform team; would a chart of lag help there?",
        "I'll write about my project on my blog once it ships; may I link your post?",
        "How did you first pitch your startup to investors?",
        "I read the whole draft of your book over the weekend; one figure looks off.",
        "Do you know whether access to the production logs is restricted at your company?",
        "I saw a repost of yours about the meetup and signed up at once.",
        "I wrote up the bug in a post you could read in two minutes.",
    ],
)
def test_a_disclaimed_favour_a_colleagues_reference_or_ones_own_meeting_is_not_outsized(ask):
    assert "outsized_ask" not in codes("Partition sizing", FIRST_NOTE.format(ask=ask), {"kind": "first"}), ask


def _first_note_line(line):
    return "A question", f"Hi Ines,\n\n{line}\n\nKofi", {"kind": "first"}


def _bare(line):
    return codes(*_first_note_line(line))


@pytest.mark.parametrize(
    "line",
    [
        "Flushed the DNS cache and pinned the resolver; the lookups still stall at boot.",
        "Caching the tile lookups halved the render time, though memory doubled.",
        "We've already reindexed the events table, and the report still takes a minute.",
        "I did try the nightly build, with the same crash on start-up.",
        "My first attempt used a global lock, which deadlocked under load.",
    ],
)
def test_homework_is_found_in_its_casual_impersonal_and_noun_forms(line):
    assert "tried_already" in _bare(line)


@pytest.mark.parametrize(
    "line",
    [
        "We tried our hardest, but the rollout is still behind.",
        "Can we set up a call about the schema?",
        "If I rebuilt the cache nightly, would the stale reads go away?",
    ],
)
def test_effort_or_a_proposal_is_not_homework(line):
    assert "tried_already" not in _bare(line)


@pytest.mark.parametrize(
    "line",
    [
        "I'll get back to you after the pilot with the numbers, good or bad.",
        "Will report what the load test shows once it has run.",
        "Your hint about the connection pool did the trick: the timeouts are gone.",
        "As you suggested, we split the job in two and the nightly run now finishes by six.",
    ],
)
def test_a_report_or_a_promise_to_report_is_found_however_it_is_worded(line):
    assert {"reports_back", "follow_through"} & _bare(line)


@pytest.mark.parametrize(
    "line",
    [
        "I'll let you know when I'm free next week.",
        "I'll follow up with you next week if that suits.",
        "I have not tried your idea yet; the rig is in repair.",
    ],
)
def test_logistics_and_an_untried_idea_are_not_reports(line):
    assert not {"reports_back", "follow_through"} & _bare(line)


@pytest.mark.parametrize(
    "line",
    [
        "Would it be useful if I wrote up the repro steps for your tracker?",
        "If you want sample logs for the parser, we can generate a week of them.",
        "I'd volunteer at the door of your next hack night.",
    ],
)
def test_an_offer_as_a_question_or_on_condition_of_their_need_is_an_offer(line):
    assert "offer_found" in _bare(line)


@pytest.mark.parametrize(
    "line",
    [
        "I'd repay the kindness one day, just say the word.",
        "In return I could star your repos and share the word.",
        "I'd love to volunteer with your organisation.",
    ],
)
def test_reciprocity_with_no_object_or_attention_is_not_a_concrete_offer(line):
    assert "offer_found" not in _bare(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ur thesis on snow loads changed how we size roof trusses in our firm.",
        "The latency chart in your 'Small queues' post made us drop two brokers.",
        "Your repository for the tide-gauge reader showed me how to batch the readings.",
    ],
)
def test_a_named_piece_of_their_work_is_a_reference_in_more_wordings(line):
    assert "specific_reference" in _bare(line)


@pytest.mark.parametrize(
    "line",
    [
        "I came across your posts online last month and followed the blog.",
        "I heard your keynote a while ago and it was brilliant.",
    ],
)
def test_when_or_where_the_writer_met_their_work_names_no_piece_of_it(line):
    assert "specific_reference" not in _bare(line)


@pytest.mark.parametrize(
    "line",
    [
        "Could we hop on a phone call to explore opportunities?",
        "Hoping to learn from you, whatever form that takes.",
        "Might I ask you a couple of questions about robotics?",
        "I'd welcome your take on product management generally.",
        "Could you help me become a stronger engineer?",
        "Would you have half an hour so I can learn more about your work on compilers?",
        "Might I hear about openings on your team?",
    ],
)
def test_an_ask_with_no_object_is_vague_however_it_is_worded(line):
    assert "vague_ask" in _bare(line)


@pytest.mark.parametrize(
    "line",
    [
        "Could we have a 15-minute phone call about which of the two retry schemes fits a mobile client?",
        "Should I become a manager this year, or stay on the platform team?",
    ],
)
def test_an_ask_with_a_named_question_is_not_vague(line):
    assert "vague_ask" not in _bare(line)


@pytest.mark.parametrize(
    "line",
    [
        "I raised it on the mailing list and spoke with two colleagues; neither had seen the error.",
        "Reported the crash on the tracker last week with a core dump, and nobody has replied.",
    ],
)
def test_taking_the_problem_to_its_tracker_or_to_colleagues_first_is_homework(line):
    assert "tried_already" in _bare(line)


@pytest.mark.parametrize(
    "line",
    [
        "Googling around didn't help.",
        "I tried to reach someone on the core team first, with no luck.",
        "I reported to the head of IT at my last job.",
    ],
)
def test_an_undirected_search_a_hunt_for_someone_to_ask_or_a_line_manager_is_not_homework(line):
    assert "tried_already" not in _bare(line)


@pytest.mark.parametrize(
    "line",
    [
        "If the retry change works, I'll drop you a line.",
        "I'll write back to say how the board reacted to the budget you proposed.",
        "You suggested I shadow the on-call rotation; I did, and it settled my choice.",
        "Once the pilot ends I'll come back with the numbers.",
    ],
)
def test_a_report_on_condition_of_the_outcome_or_on_their_advice_is_a_report(line):
    assert {"reports_back", "follow_through"} & _bare(line)


@pytest.mark.parametrize(
    "line",
    [
        "If Tuesday works for you, I'll email you the room number.",
        "Last year you recommended a book that I never got round to reading.",
    ],
)
def test_a_slot_that_suits_them_or_advice_not_taken_is_no_report(line):
    assert not {"reports_back", "follow_through"} & _bare(line)


@pytest.mark.parametrize(
    "line",
    [
        "I could check your unit conversions for rounding slips before the release.",
        "The converter I wrote for your survey files is on my fork; it's yours to use.",
    ],
)
def test_a_check_of_their_material_or_a_tool_handed_over_is_an_offer(line):
    assert "offer_found" in _bare(line)


@pytest.mark.parametrize(
    "line",
    [
        "The caching chapter in the handbook you maintain showed me why our warm-up was wrong.",
        "The 'Quiet builds' post on your blog got me to cut our CI to ten minutes.",
    ],
)
def test_work_they_keep_up_or_a_piece_on_their_blog_is_a_reference(line):
    assert "specific_reference" in _bare(line)


@pytest.mark.parametrize(
    "line",
    [
        "Could you guide me a little? I'm lost.",
        "I was hoping you could tell me more about what you do.",
        "I'm looking for someone to mentor me through the next few years.",
        "Could we chat about my career sometime?",
    ],
)
def test_guidance_for_the_writer_or_their_whole_career_is_a_vague_ask(line):
    assert "vague_ask" in _bare(line)


@pytest.mark.parametrize(
    "line",
    [
        "Could you advise me on whether to take the contract role or the staff job?",
        "I was hoping you could say which of the two schema designs would survive sharding.",
    ],
)
def test_guidance_on_a_named_choice_is_not_vague(line):
    codes_found = _bare(line)
    assert "vague_ask" not in codes_found and "specific_ask" in codes_found


def test_a_please_that_lets_the_reader_off_is_not_an_order():
    body = "Hi Ines,\n\nWhich of the two alert schemas would you keep for a team of four? {line}\n\nKofi"
    order = codes("Alert schemas", body.format(line="Please reply by Friday."))
    let_off = codes("Alert schemas", body.format(line="Please never worry about replying to this."))
    assert "please_at_start" in order and "please_at_start" not in let_off


def test_thanks_said_again_and_again_is_padding_and_once_is_not():
    ask = "Which of the two alert schemas would you keep for a team of four?"
    once = f"Hi Ines,\n\nI read your post on alert fatigue. {ask} Thank you for considering it.\n\nKofi"
    again = (
        f"Hi Ines,\n\nThank you so much for your post on alert fatigue. {ask} I'd be so grateful for a single line "
        "back. Thanks once more, truly.\n\nKofi"
    )
    assert "stacked_thanks" not in codes("Alert schemas", once)
    assert "stacked_thanks" in codes("Alert schemas", again)


def test_a_word_asked_of_someone_who_saw_the_work_gives_them_something_and_of_a_stranger_does_not():
    ask = "Would you put in a word with the hiring lead for the data role? {why}"
    colleague = codes("The data role", FIRST_NOTE.format(ask=ask.format(why="You managed me for two years.")))
    stranger = codes("The data role", FIRST_NOTE.format(ask=ask.format(why="I enjoyed your talk last week.")))
    assert "known_work" in colleague and "pure_ask" not in colleague
    assert "known_work" not in stranger and "outsized_ask" in stranger


@pytest.mark.parametrize(
    "line, tone",
    [
        ("You're the only one who can help me with this now.", "pressure"),
        ("Do it by Friday, please.", "demand"),
        ("You have to answer before the sprint ends.", "demand"),
        ("You're the only maintainer I've found who profiled the parser on ARM.", None),
        ("Which habits did you have to unlearn in your first year?", None),
        ("I don't yet have the judgement to do it without breaking the build.", None),
    ],
)
def test_pressure_and_orders_are_told_from_a_reason_for_choosing_them_and_a_question(line, tone):
    found = codes("Parser profiling", FIRST_NOTE.format(ask=line)) & {"pressure", "demand"}
    assert found == ({tone} if tone else set()), line


def test_a_deal_breaker_cancels_the_praise_on_its_rubric_however_much_else_the_message_does_well():
    ask = (
        "I tried both partition schemes from your post and measured lag on each. In return I can test your "
        "consumer library on our ARM boards. {favour}"
    )
    fair = critique("Partition sizing", FIRST_NOTE.format(ask=ask.format(favour="Which scheme would you keep?")))
    outsized = critique(
        "Partition sizing", FIRST_NOTE.format(ask=ask.format(favour="Could you co-author a paper on it with me?"))
    )
    assert fair["scores"]["value"] > 3.0 and outsized["scores"]["value"] <= 2.0


@pytest.mark.parametrize(
    "line",
    [
        "Do you want those three patches as a patch file, or would a gist suit you better?",
        "Should I share the script with your team?",
        "You're most welcome to fold the cleaned rows into the shared sheet.",
    ],
)
def test_work_handed_over_as_a_question_or_a_welcome_is_an_offer(line):
    body = f"Hi Ines,\n\nI cleaned the 300 mislabelled rows in your survey data with a short script. {line}\n\nKofi"
    assert "offer_found" in codes("Survey data", body, {"kind": "first"})


@pytest.mark.parametrize(
    "line, disputes",
    [
        ("Frankly, I believe the rejection was mistaken.", True),
        ("That take-home exercise seemed unfair to parents.", True),
        ("The naming comments are merely a matter of preference.", True),
        ("It seems unfair to expect you to read forty pages, so I attach two.", False),
        ("My schema choice was a mistake, and your comments made that clear.", False),
    ],
)
def test_disputing_the_readers_judgement_is_a_complaint_and_owning_a_mistake_is_not(line, disputes):
    body = f"Hi Ines,\n\nMany thanks for Friday's interview debrief. {line}\n\nKofi"
    assert ("complaint" in codes("Thank you", body, {"kind": "thanks"})) is disputes


@pytest.mark.parametrize(
    "history, outsized",
    [
        ("We sat near each other at a meetup once.", True),
        ("You know my code from the two releases we shipped.", False),
        ("After our three years of sprints you can judge my testing.", False),
    ],
)
def test_a_referral_asked_of_a_stranger_is_outsized_and_of_someone_who_saw_the_work_is_not(history, outsized):
    body = f"Hi Ana,\n\n{history} Would you consider referring me for the backend opening?\n\nBo"
    assert ("outsized_ask" in codes("Backend opening", body, {"kind": "referral"})) is outsized


@pytest.mark.parametrize(
    "subject, body, context",
    [
        pytest.param(
            "Profilers",
            "Hi Wen,\n\nCould you share which profiler you use, so that I can get ready for our design review?\n\nKofi",
            None,
            id="a purpose of the writer's own is no offer",
        ),
        pytest.param(
            "Your courses",
            "Hi Ana,\n\nMy cousin said that, given the chance, you would be glad to mentor me. Which of your two "
            "courses should I take first?\n\nBo",
            {"kind": "first"},
            id="the reader's gladness promised by someone else is no offer",
        ),
    ],
)
def test_a_message_that_gives_the_reader_nothing_shows_no_offer_of_either_kind(subject, body, context):
    assert {"offer_found", "vague_offer"}.isdisjoint(codes(subject, body, context))


@pytest.mark.parametrize(
    "notes, history",
    [
        ("Worked with me for two years on the billing team", ""),
        ("", "I was on the support rota with you for three years. "),
    ],
)
def test_a_referral_from_someone_the_notes_or_the_message_say_worked_with_the_writer_is_theirs_to_give(notes, history):
    body = f"Hi Ana,\n\n{history}Would you be willing to refer me for the data engineer opening?\n\nBo"
    context = {"kind": "referral", "mentor": {"name": "Ana Ruiz", "research": notes}}
    found = codes("Data engineer opening", body, context)
    assert "known_work" in found and "outsized_ask" not in found


@pytest.mark.parametrize(
    "line, code",
    [
        ("She says you still owe her one, so could you refer me for the role?", "pressure"),
        ("I took the liberty of booking us a slot on Tuesday.", "presumes"),
        ("I've sent you a calendar invite for Thursday at noon.", "presumes"),
        ("I have already mentioned your name in my application.", "presumes"),
        ("I'm sure you will refer me, we go back years.", "presumes"),
        ("I told the hiring manager you'll call her on Monday.", "presumes"),
        ("If they hire me, the bonus is large and I'd split it with you.", "paid_favour"),
        ("Please send the files by Monday; otherwise I will report it to the editor.", "pressure"),
        ("As a public servant, you have a duty to share it.", "pressure"),
        ("If the patch is not merged by May, we will have to fork the library.", "pressure"),
        ("Other vendors answer within a day, so please look at it.", "complaint"),
        ("Our platform plugs into your cluster and finds waste in minutes.", "sales_pitch"),
        ("We offer a complimentary storage health check this month.", "sales_pitch"),
        ("What would you pay for a tool that does this? Early access to what we are building is yours.", "sales_pitch"),
        ("Guests cover a small production fee of 500 euros.", "sales_pitch"),
    ],
)
def test_leverage_payment_threats_comparisons_pitches_and_a_yes_taken_for_granted_are_charged(line, code):
    assert code in codes("A request", f"Hi Ana,\n\n{line}\n\nBo", {"kind": "first"})


@pytest.mark.parametrize(
    "line, outsized",
    [
        ("Could you send me the runbooks your team follows for outages?", True),
        (
            "Would you please share the firmware from your demo, and along with it, if possible, the internal test "
            "plans as well?",
            True,
        ),
        ("Could you send me the link to the runbook your team published last spring?", False),
    ],
)
def test_a_teams_unpublished_working_documents_are_more_than_a_stranger_can_ask(line, outsized):
    assert ("outsized_ask" in _bare(line)) is outsized


def test_a_plain_question_to_a_former_manager_is_no_strangers_taking():
    body = (
        "Hi Ana,\n\nYou managed me for two years on the mobile team. I'm applying to a staff role at a fintech: "
        "would it be fine to name you as someone who knows my release work?\n\nBo"
    )
    stranger = body.replace("You managed me for two years on the mobile team.", "I follow your posts on releases.")
    assert "pure_ask" not in codes("Naming you", body, {"kind": "first"})
    assert critique("Naming you", body)["scores"]["value"] > critique("Naming you", stranger)["scores"]["value"]


@pytest.mark.parametrize(
    "line, code, found",
    [
        ("I added your name to the acknowledgements of our thesis; tell me if you'd rather not.", "presumes", False),
        ("I put your name on my application as a referee.", "presumes", True),
        ("It now runs fine on the old laptop of my friend too.", "over_familiar", False),
        ("Thanks, my friend!", "over_familiar", True),
    ],
)
def test_crediting_the_reader_or_speaking_of_a_friend_is_neither_presumption_nor_familiarity(line, code, found):
    assert (code in codes("Thank you", f"Hi Ana,\n\n{line}\n\nBo", {"kind": "thanks"})) is found


def test_a_yes_or_no_question_that_opens_on_do_is_no_order_and_a_second_question_may_open_on_and():
    body = (
        "Hi Ana,\n\nI'm weighing a move into research software. Do your engineers stay on when a grant ends? And "
        "is there a path to a permanent post?\n\nBo"
    )
    found = codes("Grant-funded posts", body, {"kind": "informational"})
    assert {"demand", "direct_start"}.isdisjoint(found)
    assert "demand" in _bare("Do the review by Friday.")


@pytest.mark.parametrize(
    "line, outsized",
    [
        ("Could you write me a recommendation on LinkedIn? I drafted one you can paste.", True),
        ("Could you give me a recommendation for a good book on query planning?", False),
    ],
)
def test_a_recommendation_of_the_writer_is_vouching_and_of_a_book_is_not(line, outsized):
    body = f"Hi Ana,\n\nWe spoke once at a meetup. {line}\n\nBo"
    assert ("outsized_ask" in codes("A favour", body, {"kind": "first"})) is outsized


def test_a_rerun_result_and_its_measured_gap_are_homework_and_naming_it_in_an_application_is_not_self_serving():
    body = (
        "Hi Ana,\n\nI reproduce Table 2 from your paper with the public code, and get an F1 of 0.71 instead of "
        "0.78. Was the threshold tuned on the test split? I will mention the rerun in my application.\n\nBo"
    )
    found = codes("Table 2", body, {"kind": "first"})
    assert {"tried_already", "evidence"} <= found and "self_serving" not in found


@pytest.mark.parametrize(
    "line, vague",
    [
        ("Could you put me in touch with the right people at your company?", True),
        ("Could you introduce me to Priya Shah, who runs your data team?", False),
        ("Would you like to swap ideas at some point?", True),
        ("Would you like to swap notes on which index type you chose?", False),
    ],
)
def test_an_introduction_to_nobody_named_or_ideas_swapped_about_nothing_is_vague(line, vague):
    assert ("vague_ask" in _bare(line)) is vague


@pytest.mark.parametrize(
    "line, kind",
    [
        ("I saw your call for volunteers and I would love to help.", "vague_offer"),
        ("I translated the survey into Swahili; would you like the file as a spreadsheet?", "offer_found"),
        ("The worksheets are attached. Would your team like to link them from the course page?", "offer_found"),
    ],
)
def test_help_with_nothing_named_is_vague_and_finished_work_put_at_their_disposal_is_an_offer(line, kind):
    assert kind in codes("Your survey", f"Hi Ana,\n\n{line}\n\nBo", {"kind": "first"})


def test_a_connection_note_is_not_held_below_an_email_by_having_no_subject_or_paragraphs():
    note = (
        "Hi Wen, your post on SQLite page sizes for phones cut our cold start by a third on both of our test "
        "devices. Did you also measure WAL mode? Bo"
    )
    email = (
        "Hi Wen,\n\nYour post on SQLite page sizes for phones cut our cold start by a third on the two devices we "
        "test on.\n\nDid you also measure WAL mode, or only the rollback journal? I'd like to know before we "
        "switch.\n\nThanks,\nBo"
    )
    brevity = critique("", note, {"kind": "connection"})["scores"]["brevity"]
    assert brevity >= critique("Page sizes and WAL mode", email, {"kind": "first"})["scores"]["brevity"] - 0.1


def test_a_referral_from_a_reviewer_of_the_writers_work_is_theirs_to_give_and_their_bar_no_presumption():
    body = (
        "Hi Ana,\n\nYou reviewed my four chart examples for the SDK this spring. Would you be comfortable referring "
        "me for the docs engineer opening? Say no if four reviews are not enough to put your name to.\n\nBo"
    )
    found = codes("Docs engineer opening", body, {"kind": "referral"})
    assert {"outsized_ask", "presumes"}.isdisjoint(found) and "known_work" in found


def test_questions_answered_on_a_forum_are_work_done():
    body = (
        "Hi Ana,\n\nI have answered about 200 questions on the compiler forum. Which of them should I expand "
        "first?\n\nBo"
    )
    assert {"tried_already", "evidence"} <= codes("Forum answers", body, {"kind": "first"})


@pytest.mark.parametrize(
    "role, vague",
    [
        ("something in your organisation", True),
        ("a job over there", True),
        ("the build-tooling opening you posted", False),
        ("requisition 5521", False),
    ],
)
def test_a_referral_for_a_role_the_message_never_names_is_a_vague_ask(role, vague):
    body = (
        f"Hi Ines,\n\nWe shared the release rota at Tidewell for two years. I've applied for {role}. "
        "Could you refer me?\n\nKofi"
    )
    found = codes("Referral", body, {"kind": "referral"})
    assert ("vague_ask" in found) is vague and ("specific_ask" in found) is not vague


@pytest.mark.parametrize(
    "report, reported",
    [
        ("The level editor is public on GitLab now, and three modding groups already use it.", True),
        ("The slides are online, as you suggested.", True),
        ("Since the meetup we made real progress.", False),
        ("I already use it on my own machine.", False),
    ],
)
def test_an_update_reports_a_result_others_can_see_not_effort_alone(report, reported):
    body = f"Dear Ines,\n\nIn March you told me to release the level editor. {report}\n\nKofi"
    found = codes("The level editor", body, {"kind": "update"})
    assert ("nothing_reported" not in found) is reported


def test_apologies_said_again_and_again_are_padding_but_one_is_courtesy():
    middle = (
        "I maintain the save-game loader for a small studio. Why does the loader reject files written by the "
        "older build? Both builds use the same schema version, and the log names the chunk but not the check."
    )
    once = f"Hi Ines,\n\nApologies for writing out of the blue. {middle}\n\nKofi"
    again = (
        f"Hi Ines,\n\nApologies for writing out of the blue. Forgive me for the length. {middle} "
        "Apologies once more.\n\nKofi"
    )
    assert "stacked_apologies" not in codes("Save-game loader", once)
    assert "stacked_apologies" in codes("Save-game loader", again)
    assert (
        critique("Save-game loader", once)["scores"]["brevity"]
        > critique("Save-game loader", again)["scores"]["brevity"]
    )


@pytest.mark.parametrize(
    "line, demand",
    [
        ("Two lines by email would do; you need not feel you have to book a call.", False),
        ("I sit my finals in spring, so I need to know how the rotation works before I choose.", False),
        ("Should that be simpler, you can just send me a link to the team page.", False),
        ("I need to hear back by Monday about the rotation.", True),
        ("You have to tell me how the rotation works.", True),
    ],
)
def test_a_reason_or_an_out_given_is_no_demand_but_a_deadline_or_an_order_is(line, demand):
    body = f"Hi Ines,\n\nI'm applying to the graduate rotation in your studio. {line}\n\nThanks,\nKofi"
    assert ("demand" in codes("Graduate rotation", body)) is demand


def test_a_note_in_one_paragraph_is_signed_by_the_name_after_its_last_sentence_which_is_no_word_of_it():
    note = (
        "Hi Ines, your write-up on training QA testers as build engineers showed me a route out of manual testing. "
        "I test console ports in Gdansk and I automate our nightly smoke runs. I hope to learn from your next one. Kofi"
    )
    unsigned = note.removesuffix(" Kofi")
    words = critique("", note, {"kind": "connection"})["stats"]["words"]
    assert words == critique("", unsigned, {"kind": "connection"})["stats"]["words"]  # the name is no word of it
    assert "no_sign_off" not in codes("", note, {"kind": "connection"})


@pytest.mark.parametrize(
    "line",
    [
        "The graduate scheme's page covers the salary but not where the team sits.",
        "The README doesn't mention how the plugin signs its builds.",
    ],
)
def test_a_public_page_read_first_and_its_gap_named_is_homework(line):
    body = f"Hi Ines,\n\n{line} Could you tell me, in a line?\n\nThanks,\nKofi"
    found = codes("One gap in the page", body)
    assert "tried_already" in found and "pure_ask" not in found


@pytest.mark.parametrize(
    "line",
    [
        "Our studio from Leeds offers accessibility testing for indie games.",
        "This month we are testing the store pages of five studios, free of charge.",
        "We would like to walk you through our findings in 30 minutes.",
    ],
)
def test_a_vendors_free_review_and_its_walkthrough_are_a_sales_pitch(line):
    body = f"Hi Ines,\n\nWell done on the release. {line} Would Thursday work?\n\nBest,\nKofi"
    assert "sales_pitch" in codes("Your store page", body)


@pytest.mark.parametrize(
    "line",
    [
        "Priya from your studio told me you would be very glad to mentor me.",
        "Priya mentioned you always find time for juniors she recommends.",
        "I'm certain we will find a time that works.",
    ],
)
def test_a_third_partys_word_or_the_writers_certainty_claims_the_readers_time(line):
    body = f"Hi Ines,\n\nI'm a junior gameplay programmer. {line} Could we speak for 20 minutes?\n\nKofi"
    assert "presumes" in codes("Gameplay programming", body)


def test_a_meeting_set_up_is_no_offer_and_a_colleague_of_the_reader_is_not_the_reader():
    context = {"mentor": {"name": "Ines Moreau", "research": "Priya, on her team, built games with me at a jam."}}
    body = (
        "Hi Ines,\n\nI'm a junior gameplay programmer. I would love to set up an hour-long session with you "
        "about my portfolio.\n\nKofi"
    )
    found = codes("Gameplay programming", body, context)
    assert "offer_found" not in found and "known_work" not in found


@pytest.mark.parametrize(
    "line",
    [
        "Could you set me targets, and we could have a quick call every Monday?",
        "Perhaps we can keep going with a fortnightly catch-up afterwards.",
    ],
)
def test_a_recurring_call_proposed_as_what_we_would_do_is_outsized(line):
    body = f"Hello Ines,\n\nIn spring you advised me to ship a small game. {line}\n\nHugo"
    assert "outsized_ask" in codes("Targets", body, {"kind": "first"})


def test_a_follow_up_that_makes_the_ask_easier_brings_something_new():
    ask = "Last month I wrote to ask whether your studio takes remote testers from Lagos."
    easier = f"Hi Ines,\n\n{ask} If that is simpler, a pointer to the careers page is plenty.\n\nKofi"
    nudge = f"Hi Ines,\n\n{ask} Just checking whether you saw it.\n\nKofi"
    assert "easier_route" in codes("Re: remote testers", easier, {"kind": "followup"})
    assert "nothing_new" in codes("Re: remote testers", nudge, {"kind": "followup"})


@pytest.mark.parametrize(
    "line",
    [
        "Some short sentences from you for the course website would reassure buyers.",
        "An endorsement for my shader skills would help too.",
    ],
)
def test_a_testimonial_or_an_endorsement_in_other_words_is_more_than_a_stranger_can_ask(line):
    body = f"Hello Ines,\n\nWe met briefly at a game jam. I have made a video course on shaders. {line}\n\nKofi"
    assert "outsized_ask" in codes("A favour", body, {"kind": "first"})


def test_an_update_naming_work_accepted_and_the_job_it_led_to_reports_back_but_busy_effort_does_not():
    advice = "In spring you told me to help on your team's mod loader rather than start my own engine."
    result = f"{advice} Since then I had three patches accepted, and I begin as a tools programmer in June."
    effort = f"{advice} I've been learning loads and keeping busy with lots of projects."
    assert "reports_back" in codes("Mod loader", f"Hi Ines,\n\n{result}\n\nKofi", {"kind": "update"})
    found = codes("Mod loader", f"Hi Ines,\n\n{effort}\n\nKofi", {"kind": "update"})
    assert "nothing_reported" in found and "tried_already" not in found


def test_a_chat_message_in_one_paragraph_owes_no_sign_off_but_a_letter_with_a_subject_does():
    chat = (
        "Hi Ana, quick one before I open an issue: the exporter crashes on Android builds with IL2CPP but not with "
        "Mono, and the log points at the texture step. I found only an iOS issue that looks close. Is this known?"
    )
    assert "no_sign_off" not in codes("", chat)
    assert "no_sign_off" in codes("Exporter crash on Android builds", chat)


@pytest.mark.parametrize(
    "ask",
    [
        "Would you reach me by phone, and we will describe the flaw then?",
        "Could you let me hear whom we could write to about it?",
        "Can you give me any insights on privacy for radiology archives?",
        "Have you found the time to read my note? Send any updates when you can.",
    ],
)
def test_details_withheld_until_contact_a_whole_field_or_a_bare_nudge_is_a_vague_ask(ask):
    body = f"Good morning,\n\nI look after a radiology archive for two surgeries in Leeds. {ask}\n\nRui"
    assert "vague_ask" in codes("Radiology archive", body)


# One table per behaviour. Each case is a message (subject, body, context) and the finding code the coach shows or
# keeps back on it; the id says what the writer sees.
@pytest.mark.parametrize(
    "subject, body, context, code",
    [
        pytest.param(
            "A Go port of your retry helper",
            "Hi Ana,\n\nOur services are in Go, so I ported your retry helper from Python and kept your tests. Would "
            "it be all right to publish the port under your licence?\n\nThanks,\nSam",
            None,
            "offer_found",
            id="a translation of the reader's work already done is an offer",
        ),
        pytest.param(
            "Thank you for the abstract notes",
            "Hi Ana,\n\nThank you for the notes on my conference abstract. You said it buried the result. I move the "
            "numbers up, and now it shows the 40% drop in the first line.\n\nSam",
            {"kind": "thanks"},
            "reports_back",
            id="a change said with what it does now reports back",
        ),
        pytest.param(
            "Thanks for the notes",
            "Hi Ana,\n\nThanks for the three comments. Ten days was a long wait for them.\n\nSam",
            {"kind": "thanks"},
            "complaint",
            id="the reader's delay held against them is a complaint",
        ),
        pytest.param(
            "Sharding or cold storage?",
            "Hi Ana,\n\nShould our team shard the orders table by tenant, or move the history to cold storage first? "
            "I could talk on Monday or Wednesday.\n\nThanks,\nSam",
            None,
            "specific_ask",
            id="a decision between two options is specific even with two days offered",
        ),
        pytest.param(
            "Locale fix",
            "Hi Mirela,\n\nCould you merge the locale fix this month? Otherwise we will have to maintain our own "
            "copy of the library.\n\nTeo",
            None,
            "pressure",
            id="an ultimatum is pressure",
        ),
        pytest.param(
            "Referral",
            "Hi Ines,\n\nI named you as my referrer in my SRE application. If HR rings, do stress that I "
            "am the best fit they will find.\n\nKofi",
            None,
            "presumes",
            id="a referrer named without asking and told what to say is presumed on",
        ),
        pytest.param(
            "Thank you",
            "Hi Ines,\n\nThank you for the tip on lag. Rebalances on our staging setup dropped from 40 to 9 "
            "seconds.\n\nKofi",
            {"kind": "thanks"},
            "reports_back",
            id="a measured before and after reports what came of the advice",
        ),
        pytest.param(
            "First contribution",
            "Hi Ines,\n\nYou suggested a first contribution, so I took the flaky consumer test in your repo; the "
            "reviewers approved my change on Friday. Would a second small fix or the retry feature suit me "
            "better?\n\nKofi",
            {"kind": "followup"},
            "tried_already",
            id="a change approved upstream is work done",
        ),
        pytest.param(
            "Referral",
            FIRST_NOTE.format(
                ask="Would you refer me internally for the data role, and also speak to your recruiter about my CV?"
            ),
            {"kind": "first"},
            "stacked_favours",
            id="a referral and a word with the recruiter are two big favours",
        ),
        pytest.param(
            "Pager duty, shared",
            "Dear Ines,\n\nIn March you suggested sharing pager duty instead of leaving it with one person. It is "
            "done: four of us share it, and pages at night fell by half.\n\nThank you,\nKofi",
            {"kind": "update"},
            "reports_back",
            id="an update that says the advised work is finished reports back",
        ),
        pytest.param(
            "Portfolio",
            "Hi Ana,\n\nLuis mentioned you lead the data guild and said you would not mind reviewing my portfolio. "
            "Which project should I lead with?\n\nBo",
            {"kind": "first"},
            "presumes",
            id="a third party's promise of the reader's help presumes even at a distance",
        ),
        pytest.param(
            "Thanks for the review",
            "Hi Ana,\n\nMany thanks for going through my retry logic. Your note about jitter caught a storm I had "
            "missed, and I now test every backoff with a fake clock.\n\nBo",
            {"kind": "thanks"},
            "reports_back",
            id="a thank-you that names a habit their advice changed reports back",
        ),
        pytest.param(
            "Update",
            "Hello Ines,\n\nIn spring you advised me to ship a small game. I did not begin it, since the term "
            "was full.\n\nHugo",
            {"kind": "update"},
            "nothing_reported",
            id="an update that says the advice was not acted on reports nothing",
        ),
        pytest.param(
            "Tools programmer referral",
            "Hi Ines,\n\nYou reviewed my four patches to the mod loader. Would you be comfortable referring me for the "
            "tools programmer opening? A few facts you can use: five years of QA on console ports; wrote the loader's "
            "save migration.\n\nKofi",
            {"kind": "referral"},
            "ready_to_use",
            id="lines handed over for the reader to use make a referral small",
        ),
        pytest.param(
            "Re: map crash",
            "Hi Ana, I am writing again about the crash on older tablets. If you are busy, no problem: I can post it "
            "in the community forum instead.\n\nLeila",
            {"kind": "followup"},
            "easier_route",
            id="a follow-up that lets the reader off and names another place to ask brings something new",
        ),
        pytest.param(
            "Your store-listing checklist",
            "Hi Ana,\n\nI went through your store-listing checklist with both my games. The one point I cannot meet is "
            "a public build, since the physics engine licence forbids it. Would a recorded demo do instead?\n\nRui",
            None,
            "tried_already",
            id="a checklist gone through before asking is homework",
        ),
        pytest.param(
            "",
            "Hi Wen, your benchmark of SQLite page sizes on phones was great reading. It would be lovely to connect, "
            "maybe over a coffee chat one day!",
            {"kind": "connection"},
            "vague_ask",
            id="a note with a good reason that only offers a coffee chat is a vague ask",
        ),
        pytest.param(
            "",
            "Hi Wen, your benchmark of SQLite page sizes on phones saved us a week. Did you test with WAL mode on?",
            {"kind": "connection"},
            "specific_ask",
            id="a note with a good reason and an answerable question is a specific ask",
        ),
        pytest.param(
            "Update",
            "Hi Ana,\n\nIn May you pointed me to the Czech diacritics bug. The diacritic-insensitive filter is live "
            "now, and empty searches went from roughly 15% to 3%.\n\nRui",
            {"kind": "update"},
            "reports_back",
            id="an update that tells the result reports back",
        ),
        pytest.param(
            "Update",
            "Hi Ana,\n\nIn May you pointed me to a bug to fix. I'm so pleased with the result.\n\nRui",
            {"kind": "update"},
            "nothing_reported",
            id="an update that only likes the result reports nothing",
        ),
        pytest.param(
            "Informational call",
            "Hi Marit,\n\nI'd love a short call to learn more about the company and its engineering culture. I've also "
            "attached my CV: could you pass it to the hiring manager and tell me about any new "
            "openings?\n\nThanks,\nJoel",
            None,
            "stacked_favours",
            id="a call to learn about the company plus a CV to pass on are stacked favours",
        ),
        pytest.param(
            "Informational call",
            "Hi Marit,\n\nWould you have 20 minutes for a call so I can learn more about the company?\n\nJoel",
            None,
            "vague_ask",
            id="a call to learn about the company is a vague ask",
        ),
        pytest.param(
            "Poster",
            "Hi Ana,\n\nTwo weeks ago you said yes to reading my poster, and we have received nothing. Honestly it "
            "would have been better if you hadn't said yes.\n\nRui",
            {"kind": "followup"},
            "complaint",
            id="holding a volunteer's offer against them is a complaint",
        ),
        pytest.param(
            *_first_note_line("Could you go through our repository and tell me if you spot anything wrong?"),
            "vague_ask",
            id="a review of a whole codebase is a vague ask",
        ),
        pytest.param(
            *_first_note_line(
                "Could you look at the retry function in payments.py, lines 40-90, for a double charge on timeout?"
            ),
            "specific_ask",
            id="a review of one function is a specific ask",
        ),
        pytest.param(
            *_first_note_line("Might you recommend anything I could pick up, or say where your project needs hands?"),
            "vague_ask",
            id="asking the reader to find the writer a task is a vague ask",
        ),
        pytest.param(
            *_first_note_line("Is issue #12 free, and should the new flag default to on, as the README hints, or off?"),
            "specific_ask",
            id="a choice about a named issue is a specific ask",
        ),
    ],
)
def test_a_message_shows_the_finding_its_construction_earns(subject, body, context, code):
    assert code in codes(subject, body, context)


@pytest.mark.parametrize(
    "subject, body, context, code",
    [
        pytest.param(
            "Release build",
            "Hi Ana,\n\nThe build fails on step 3. I'm sure it's something simple I missed. Which log would you check?"
            "\n\nThanks,\nSam",
            None,
            "presumes",
            id="a writer sure their own slip is small presumes nothing",
        ),
        pytest.param(
            "Release checks before shipping",
            "Hi Ana,\n\nYour release checklist made me rethink ours. Do you write the test plan before anything is "
            "merged, or only after the first review?\n\nThanks,\nSam",
            None,
            "vague_ask",
            id="anything inside a question's own clause is no vague ask",
        ),
        pytest.param(
            "Re: Mentoring waitlist",
            "Hi Ana,\n\nFollowing up on my question about the mentoring waitlist. If it is easier, just tell me "
            "which form to fill in and I will leave you be.\n\nThanks,\nSam",
            {"kind": "followup"},
            "demand",
            id="a direct request that offers an easier way is no demand",
        ),
        pytest.param(
            "Migration rollback",
            "Hi Ana,\n\nI would like to present the new schema to our data council next month, and I would welcome "
            "your opinion on the rollback step first. Would you keep the old tables for one release?\n\nThanks,\nSam",
            None,
            "offer_found",
            id="a wish to give something to someone else is no offer to the reader",
        ),
        pytest.param(
            "Billing split plan",
            "Hi Ana,\n\nWould you review my plan to split the billing service? I'm happy to provide any further "
            "detail you want.\n\nThanks,\nSam",
            None,
            "offer_found",
            id="more about the writer for their own request is not an offer",
        ),
        pytest.param(
            "Query plan question",
            "Hi Mirela,\n\nOur REST handler runs a SELECT with a LEFT JOIN on every request, and the SOLID rewrite did "
            "not help. Could you look at the query plan when you have a moment?\n\nThanks,\nTeo",
            None,
            "shouting",
            id="acronyms and SQL keywords in capitals are not shouting",
        ),
        pytest.param(
            "",
            "Dr. Ines Moreau, I have logged one variable star on 380 nights with your package. Would a copy of that "
            "log be of use to your survey? Kofi Mensah",
            {"kind": "first"},
            "pure_ask",
            id="an offer put as a question about the reader's use is an offer",
        ),
        pytest.param(
            "Replay",
            FIRST_NOTE.format(ask="Our replay now takes 45 minutes. Would you replay by partition or by key?"),
            {"kind": "first"},
            "long_time_ask",
            id="minutes measured are not minutes asked",
        ),
        pytest.param(
            *_first_note_line("I could check with my manager whether I can join."),
            "offer_found",
            id="checking with one's own manager is no offer",
        ),
        pytest.param(
            *_first_note_line("The posts on your blog are great."),
            "specific_reference",
            id="praise for the posts on their blog names no piece",
        ),
        pytest.param(
            "Hiring lead",
            "Hi Ana,\n\nWe shipped the billing rewrite together in 2023. Could you introduce me to your hiring lead? "
            "If you would rather not introduce me to your hiring lead, I understand.\n\nBo",
            {"kind": "referral"},
            "stacked_favours",
            id="one favour named again in the easy out is still one favour",
        ),
        pytest.param(
            "River data",
            "Hi Ana,\n\nI read your paper on river sensors. I would appreciate the raw data for the 2021 season.\n\nBo",
            {"kind": "first"},
            "no_clear_ask",
            id="'I would appreciate the data' is an ask",
        ),
        pytest.param(
            "Re: Soil probes post",
            "Hi Ana,\n\nYou offered to look at a draft of my post on soil probes. It is ready: 900 words and "
            "code.\n\nBo",
            {"kind": "followup"},
            "nothing_new",
            id="a follow-up that says the promised draft is ready brings news",
        ),
        pytest.param(
            "Nightly import failures",
            "Hi Ana,\n\nOur import of clinic records fails at night. The address parser in the sync job rejects them. "
            "Since the sync job parser rejects clinic records, I plan a patch to it.\n\nBo",
            {"kind": "first"},
            "repeated_point",
            id="a focused message naming its topic in each sentence is not repeating itself",
        ),
        pytest.param(
            "Invoices page serves another practice's invoice",
            "Good morning,\n\nFollowing your security.txt: changing the number at the end of a download link on the "
            "invoices page serves an invoice from another practice. I checked it with two dummy accounts only. The "
            "traces are ready to share with your team.\n\nRui",
            None,
            "no_clear_ask",
            id="a report with evidence ready to share needs no further request",
        ),
        pytest.param(
            "Poster",
            "Hi Ana,\n\nI'm grateful you agreed to read my poster. Printing is on the 12th, so notes before then would "
            "help; after then, do not give it a minute more.\n\nRui",
            {"kind": "followup"},
            "pressure",
            id="a deadline the reader is released from is no pressure",
        ),
    ],
)
def test_a_message_is_spared_a_finding_its_look_alikes_earn(subject, body, context, code):
    assert code not in codes(subject, body, context)


@pytest.mark.parametrize(
    "subject, body, context, shown, withheld",
    [
        pytest.param(
            "",
            "Hi Oren, your post on writing the rollback step before the rollout step is now part of our release "
            "checklist. I'd be glad to connect. Nadia",
            None,
            "reference_applied",
            "pure_ask",
            id="a note that says what the writer did with the mentor's idea does not only ask",
        ),
        pytest.param(
            "Release notes",
            FIRST_NOTE.format(
                ask=(
                    "Could you post my release notes to your followers? "
                    "In return I would give you a year of the pro plan."
                )
            ),
            {"kind": "first"},
            "outsized_ask",
            "offer_found",
            id="a gift offered for an outsized favour is no offer",
        ),
        pytest.param(
            "Platform role",
            "Hi Ana,\n\nThe platform opening at your bank suits me well. If you recommend me there, I'll pass you "
            "a cut of my signing bonus.\n\nBo",
            {"kind": "referral"},
            "paid_favour",
            "offer_found",
            id="money for a referral is no offer and costs value",
        ),
        pytest.param(
            "Half-hour offsets in your parser",
            "Hi Ana,\n\nThe date parser in your tutorial drops the time zone for half-hour offsets; India and parts of "
            "Australia come out wrong. I can send a patch with the fix if you want one.\n\nBo",
            {"kind": "first"},
            "specific_ask",
            "no_clear_ask",
            id="a message whose only ask is whether they want the fix is clear",
        ),
        pytest.param(
            "",
            "Hi Ana, you reviewed my budgeting app at the bootcamp showcase and said the charts hid the totals. I "
            "redid them as plain tables and support mails fell by a third. Let's stay in contact. Bo",
            {"kind": "connection"},
            "specific_ask",
            "pure_ask",
            id="a note that reports what their review led to has a reason and gives something",
        ),
        pytest.param(
            "Re: Missing header",
            "Hi Ana,\n\nAbout my question last week: it turned out to be our proxy stripping the header, not your "
            "library. Would a short note in the docs about proxies be welcome?\n\nBo",
            {"kind": "followup"},
            "offer_found",
            "nothing_new",
            id="a follow-up that found its own cause and offers a fix as a question brings something",
        ),
        pytest.param(
            "Re: memory leak on the map screen",
            "As you asked, here is the smallest project that shows the leak: one screen, two taps, and the heap grows "
            "by 4 MB each time on the current release.\n\nThe project is attached.\n\nLeila",
            {"kind": "first"},
            "no_new_ask",
            "no_clear_ask",
            id="a message that brings what the reader asked for needs no request",
        ),
        pytest.param(
            "Re: retention setting after migration",
            "Hi Ana, once more, briefly: my one question is which of the two retention settings your archive keeps "
            "after a migration. A single word would do. Thanks, Rui",
            {"kind": "followup"},
            "specific_ask",
            "no_clear_ask",
            id="a follow-up that restates its question in a line has a clear ask",
        ),
        pytest.param(
            "Your talk on QA testers",
            "Hi Ines,\n\nI watched your talk on training QA testers as build engineers. I test console ports and I "
            "automate our smoke runs. Your talk reshaped my plan for the year. Which build skill did your testers "
            "learn first?\n\nKofi",
            {"mentor": {"name": "Ines Moreau", "research": "Her talk on training QA testers as build engineers"}},
            "specific_reference",
            "unverified_reference",
            id="the same work named again later is not an unrecorded reference",
        ),
    ],
)
def test_a_message_shows_one_finding_and_not_its_look_alike(subject, body, context, shown, withheld):
    found = codes(subject, body, context)
    assert shown in found and withheld not in found


# Notes on the reader's work, and references to it, shared by near twins.
MIGRATIONS_TALK = {"mentor": {"name": "Ana Ruiz", "research": "Talk 'Twelve Small Migrations', 2024"}}
SUPPORT_VIDEOS = {"mentor": {"name": "Ana Ruiz", "research": "Her video series on support rotas"}}
INCIDENT_SESSIONS = {"mentor": {"name": "Ana Ruiz", "research": "Her sessions on incident reviews"}}


def against_two_notes(message, unbacking, backing, name):
    """A near twin of one message judged against two sets of notes: its reference is unverified by the first only."""
    subject, body = message
    marked = (subject, body, {"mentor": {"name": "Ana Ruiz", "research": unbacking}})
    spared = (subject, body, {"mentor": {"name": "Ana Ruiz", "research": backing}})
    return pytest.param("unverified_reference", marked, spared, id=name)


CONNECTION = {"kind": "connection"}


def hi_ana(body):
    """A short e-mail to Ana from Bo around `body`."""
    return "Hi Ana,\n\n" + body + "\n\nThanks,\nBo"


def notes_on_ana(research, kind="first"):
    return {"kind": kind, "mentor": {"name": "Ana Ruiz", "research": research}}


ANA = {"mentor": {"name": "Ana Ruiz"}}
SHARD_QUESTION = "I read your note on shard rebalancing. Would moving one tenant at a time be safe with our layout?"
FIVE_QUESTIONS = (
    "Five questions:\n1. Who owns the pager?\n2. How long is a shift?\n3. Is there a secondary?\n4. Who writes the "
    "runbook?\n5. How is the load shared?"
)
THREE_QUESTIONS = "Three questions:\n1. Who owns the pager?\n2. How long is a shift?\n3. Is there a secondary?"


REFERENCE_FOR_A_GO_ROLE = hi_ana(
    "A freight start-up has shortlisted me for a Go role. Could you act as a reference for it? Their lead would ring "
    "you "
    "once, for about a quarter of an hour, in early May."
)
ISSUE_AND_FLAKY_TESTS_TALK = hi_ana(
    "I read your March issue and your talk on flaky tests, so I'll skip what they cover. Where your talk stops short "
    "is quarantine: may a known-bad case remain in the suite during repair?"
)

CLASS_REFERENCE = (
    "Hi Ana,\n\nI was in your Thursday class in 2022 and built the ledger project you graded. Would you be a referee "
    "for a graduate analyst post?\n\nTumi"
)
SERIES_PART = (
    "Hi Ana,\n\nI worked through part 3 of your series on query plans for our reporting database. Would you index "
    "the date column or partition the table?\n\nBo"
)


@pytest.mark.parametrize(
    "code, marked, spared",
    [
        pytest.param(
            "demand",
            ("Load test", "Hi Ana,\n\nYou need to send me the numbers today.\n\nSam", None),
            (
                "Load test numbers, as promised",
                "Hi Ana,\n\nI put the traces from the load test in the shared folder, as we agreed; nothing you need "
                "to look at unless you are curious. Your idea to test at twice the peak found the leak.\n\nSam",
                {"kind": "update"},
            ),
            id="nothing the reader needs to do is no demand",
        ),
        pytest.param(
            "pressure",
            ("", "If you don't reply by Friday, I will ask someone else.", None),
            ("", "If you don't have a free hour this month, never mind.", None),
            id="an easy way out is not pressure and a threat is",
        ),
        pytest.param(
            "demand",
            ("", "So tell me what to do next.", None),
            ("", "If you would rather not, just tell me and I'll send the application on my own.", None),
            id="an easy way out is no demand and an order is",
        ),
        pytest.param(
            "presumes",
            ("Partition plan", "Hi Ines,\n\nMarta told me you'd be glad to go over my partition plan.\n\nKofi", None),
            ("Partition plan", "Hi Ines,\n\nMarta suggested I write to you about my partition plan.\n\nKofi", None),
            id="a third party's word given for the reader's time presumes on it",
        ),
        pytest.param(
            "vague_ask",
            (
                "Partition sizing",
                "Hi Ines,\n\nI size our partitions by consumer lag. Could you tell me about your experience?\n\nKofi",
                {"kind": "first"},
            ),
            (
                "Partition sizing",
                "Hi Ines,\n\nI size our partitions by consumer lag, as your post does. In your experience, do teams "
                "size for peak lag, or for the 95th percentile and accept a slower catch-up?\n\nKofi",
                {"kind": "first"},
            ),
            id="'in your experience' frames a question, it does not make it vague",
        ),
        pytest.param(
            "you_start",
            ("Referral", "You ignored my last two emails.", None),
            ("Referral", "You saw my lag dashboards when we shared an on-call rota in 2023.", None),
            id="recalling what the reader saw or did is not pointing at them",
        ),
        pytest.param(
            "sales_pitch",
            ("Rebalance fix", FIRST_NOTE.format(ask="Our clients include two airlines; could we book a call?"), None),
            (
                "Rebalance fix",
                FIRST_NOTE.format(ask="Our customers depend on the rebalance fix; would my patch do?"),
                None,
            ),
            id="a user whose customers wait on a fix is not selling",
        ),
        pytest.param(
            "negative_words",
            ("Flaky test", FIRST_NOTE.format(ask="The setup guide is badly outdated. Which part is current?"), None),
            (
                "Flaky test",
                FIRST_NOTE.format(
                    ask="One consumer test fails on roughly every eighth run. Would you pin the seed or retry?"
                ),
                None,
            ),
            id="a failing test is a fact, not a negative word",
        ),
        pytest.param(
            "one_way_need",
            ("A question", "Hi Ana,\n\nI'm in need of connections in the Lisbon games scene.\n\nSam", None),
            ("A question", "Hi Ana,\n\nThe connections in my pool time out.\n\nSam", None),
            id="a need for contacts frames the message around the writer",
        ),
        pytest.param(
            "specific_ask",
            (
                "",
                "Hi Wen, your repo asked for Windows testers. I ran the 0.4 build on two laptops and filed one bug. "
                "Glad to test 0.5 too.",
                {"kind": "connection"},
            ),
            (
                "",
                "Hi Wen, I care about what your community does. I'd be glad to be involved somehow, wherever I can.",
                {"kind": "connection"},
            ),
            id="a connection note that brings concrete help gives a reason to accept and vague help does not",
        ),
        pytest.param(
            "vague_ask",
            _first_note_line("Might we jump on a short call?"),
            _first_note_line("Is your workshop's call for proposals open to students this spring?"),
            id="a call for entries is no call to talk",
        ),
        pytest.param(
            "specific_ask",
            (
                "",
                "Hi Wen, your storage guide's chapter on page sizes for phones changed how we ship. Can we connect?",
                {"kind": "connection"},
            ),
            (
                "",
                "Hi Wen, I admire your storage guide and I love databases myself. Can we connect?",
                {"kind": "connection"},
            ),
            id="a mention of their work followed by the writer's own feelings names no piece of it",
        ),
        pytest.param(
            "tried_already",
            _first_note_line("We have tried three parsers on right-to-left text. Does yours handle it?"),
            _first_note_line("Yours is the fastest CSV parser we've tested. Does it handle right-to-left text?"),
            id="ranking their library against others is praise, not homework",
        ),
        pytest.param(
            "nothing_new",
            (
                "Re: Clock skew",
                "Hi Ines,\n\nThanks for the hint about clock skew. Is there a fixed version of the alerts?\n\nKofi",
                {"kind": "followup"},
            ),
            (
                "Re: Clock skew",
                "Hi Ines,\n\nThanks for the hint about clock skew. Following it, we dropped 40 alerts that were skew "
                "and nothing else.\n\nKofi",
                {"kind": "followup"},
            ),
            id="news of what their hint led to makes a follow-up worth reading",
        ),
        pytest.param(
            "outsized_ask",
            (
                "The platform team",
                "Hi Ana,\n\nThank you in advance for putting in a word with the platform team.\n\nBo",
                {"kind": "first"},
            ),
            (
                "Thank you",
                "Hi Ana,\n\nThank you for putting in a word with the platform team. I start there on Monday and will "
                "tell you how the first month goes.\n\nBo",
                {"kind": "thanks"},
            ),
            id="thanks for a good word already put in is no new ask",
        ),
        pytest.param(
            "too_short",
            ("Thanks", "Hi Ana,\n\nThanks a lot, really.\n\nBo", {"kind": "thanks"}),
            (
                "Vacuum settings",
                "Hi Ana,\n\nThank you for the tip on vacuum settings. Our nightly job now finishes an hour "
                "earlier.\n\nBo",
                {"kind": "thanks"},
            ),
            id="a two-sentence thank-you naming the help and its result is not too short",
        ),
        pytest.param(
            "repeated_point",
            (
                "",
                "Hi Ana, you asked on the forum for sample invoices to parse. I can send 50 from work. You were asking "
                "the forum for invoices, samples to parse. Bo",
                {"kind": "connection"},
            ),
            (
                "",
                "Hi Ana, you asked on the forum for sample invoices to parse. I can send 50 from work. Bo",
                {"kind": "connection"},
            ),
            id="a sentence said again in other inflections is a repeat",
        ),
        pytest.param(
            "outsized_ask",
            (
                "Endorsement",
                "Hi Ana,\n\nCould you post a short endorsement of me? My draft says you supervised my thesis, so you "
                "can paste it.\n\nBo",
                {"kind": "first"},
            ),
            (
                "Endorsement",
                "Hi Ana,\n\nYou supervised my thesis in 2022. Could you post a short endorsement of me?\n\nBo",
                {"kind": "first"},
            ),
            id="a claim in a draft the writer wrote is no sign of work together",
        ),
        pytest.param(
            "cut_off_sentence",
            (
                "Shader passes",
                "Hi Ines,\n\nThe shader passes and your opinion about is the order of the two.\n\nKofi",
                None,
            ),
            (
                "Shader passes",
                "Hi Ines,\n\nWhat I most want your opinion about is the order of the two shader passes.\n\nKofi",
                None,
            ),
            id="a preposition left at the end of a clause before its verb is not a cut-off",
        ),
        pytest.param(
            "cut_off_sentence",
            ("Onboarding notes", "Hi Ana,\n\nI rewrote the onboarding notes with.\n\nLeila", None),
            (
                "Onboarding notes",
                "Hi Ana,\n\nI rewrote the onboarding notes junior testers still rely on.\n\nLeila",
                None,
            ),
            id="a preposition left after a plural subject and an adverb is not a cut-off",
        ),
        pytest.param(
            "outsized_ask",
            (
                "QA lead referral",
                "Hi Ana,\n\nWe have not met, but could you refer me? The role is the QA lead opening, ref 88.\n\nLeila",
                {"kind": "referral"},
            ),
            (
                "QA lead referral",
                "Hi Ana,\n\nThank you for offering at the meetup to refer me. The role is the QA lead opening, ref "
                "88.\n\nLeila",
                {"kind": "referral"},
            ),
            id="a referral the reader offered is not an outsized ask",
        ),
        pytest.param(
            "demand",
            ("Flaky test", "Hi Ana,\n\nYou have to merge my fix before the release.\n\nSam", None),
            (
                "Flaky test",
                "Hi Ana,\n\nUpdate on the flaky test you spotted: it has passed on every run since Monday. I asked "
                "before coding rather than send a patch you have to throw away.\n\nSam",
                {"kind": "update"},
            ),
            id="a heading's noun and a burden weighed are no orders",
        ),
        pytest.param(
            "pressure",
            ("Deploys", "Hi Ana,\n\nCould you send me your deploy script right now?\n\nSam", None),
            (
                "Deploys",
                "Hi Ana,\n\nRight now our team deploys by hand once a week. Could you share how you schedule "
                "yours?\n\nSam",
                None,
            ),
            id="the writer's own state right now puts no clock on the reader",
        ),
        pytest.param(
            "vague_ask",
            ("Re: Schema question", "Hi Ana, any news on this? Thanks, Sam", {"kind": "followup"}),
            (
                "Re: Schema question",
                "Hi Ana, one table per tenant, or one shared table with a tenant column: which would you pick for "
                "40 tenants? Thanks, Sam",
                {"kind": "followup"},
            ),
            id="a nudge that points at nothing is vague and a choice between options is not",
        ),
        pytest.param(
            "vague_ask",
            (
                "",
                "Hi Ana, the new cache is live, though the team disagrees on eviction. Thoughts? Sam",
                {"kind": "update"},
            ),
            (
                "",
                "Hi Ana, the new cache is live. Should eviction go by size or by age? Sam",
                {"kind": "update"},
            ),
            id="a one-word question asks for anything at all",
        ),
        pytest.param(
            "outsized_ask",
            (
                "SRE opening",
                "Hi Ana,\n\nCould you submit a referral for me for the Site Reliability Engineer opening?\n\nSam",
                None,
            ),
            (
                "SRE opening",
                "Hi Ana,\n\nThank you for reviewing my last two PRs on the CLI. Could you submit a referral for me "
                "for the Site Reliability Engineer opening? If not, no worries at all.\n\nSam",
                None,
            ),
            id="a referral is asked of someone who has seen the writer's work",
        ),
        pytest.param(
            "sales_pitch",
            ("", "Hi Ana, we help fintech teams cut cloud bills by a third with our cost platform. Sam", None),
            ("", "Hi Ana, our team cut its cloud bill by a third after your talk, and I wrote up how. Sam", None),
            id="a seller's one-line pitch",
        ),
        pytest.param(
            "no_clear_ask",
            ("", "Hi Ana, following up on my email from Monday. Sam", {"kind": "followup"}),
            (
                "",
                "Hi Ana, following up on my question from Monday about splitting the billing table. Sam",
                {"kind": "followup"},
            ),
            id="a follow-up that names its question by topic asks it again",
        ),
        pytest.param(
            "filler",
            ("", "Hi Ana, I hope I'm not bothering you! Can I ask you something about the linter? Sam", None),
            ("", "Hi Ana, which rule of your linter would you switch off first on a legacy codebase? Sam", None),
            id="asking leave to ask spends a turn before the question",
        ),
        pytest.param(
            "sign_off",
            (
                "Audit log question",
                "Dear Ana,\n\nShould the audit log live in its own table?\n\nTerima kasih,\nSari",
                None,
            ),
            ("Audit log question", "Dear Ana,\n\nShould the audit log live in its own table?\n\nSari", None),
            id="a sign-off in the writer's own language signs the letter",
        ),
        pytest.param(
            "generic_flattery",
            (
                "Map keys",
                "Hi Ana,\n\nYou are a living legend. Should a map key sit above the map or beside it?\n\nTom",
                None,
            ),
            (
                "Map keys",
                "Hi Ana,\n\nThe legend under figure 2 of your atlas post helped me. Should a map key sit "
                "above the map or beside it?\n\nTom",
                None,
            ),
            id="a legend is praise of a person, not a map's key",
        ),
        pytest.param(
            "demand",
            ("", "Hi Ana, I reproduced the shader cache miss on a clean checkout. Tell me what you think. Tom", None),
            (
                "",
                "Hi Ana, I reproduced the shader cache miss on a clean checkout. Tell me your preference between the "
                "two keys and I will write the test. Tom",
                None,
            ),
            id="asking to be told so that the writer does the work offers the work",
        ),
        pytest.param(
            "no_clear_ask",
            (
                "Build farm retries",
                "Hi Ana,\n\nI run the build farm for a small games studio. What I want is to "
                "lead a team one day.\n\nTom",
                None,
            ),
            (
                "Build farm retries",
                "Hi Ana,\n\nI run the build farm for a small games studio. What would help most "
                "is your view on how many retries a flaky shader build deserves.\n\nTom",
                None,
            ),
            id="what the writer would value from the reader, named, is the ask",
        ),
        pytest.param(
            "pressure",
            (
                "Shader cache",
                "Hi Ana,\n\nThe shader cache breaks on empty folders in your tool. Our builds are "
                "stuck, so we need a new release by Thursday.\n\nTom",
                None,
            ),
            (
                "Shader cache",
                "Hi Ana,\n\nThe shader cache breaks on empty folders in your tool. We have a "
                "workaround, so nothing is urgent; would you welcome a patch?\n\nTom",
                None,
            ),
            id="a maintainer's release wanted by a date",
        ),
        pytest.param(
            "presumes",
            (
                "Shader cache",
                "Hi Ana,\n\nThe shader cache breaks on empty folders. Surely this shouldn't take you "
                "long. Let us know once you've merged it.\n\nTom",
                None,
            ),
            (
                "Shader cache",
                "Hi Ana,\n\nThe shader cache breaks on empty folders. Skipping them looks small; "
                "would you accept a patch that does?\n\nTom",
                None,
            ),
            id="the cost of the reader's work judged for them and their yes taken as given",
        ),
        pytest.param(
            "sales_pitch",
            (
                "Invoicing",
                "Hi Ana,\n\nWhen does your budget year start? I would be glad to walk you through the "
                "platform on a call.\n\nTom",
                None,
            ),
            (
                "Invoicing",
                "Hi Ana,\n\nWhich invoicing library did your shop keep after the migration you wrote "
                "about? I am weighing the same two for a bakery.\n\nTom",
                None,
            ),
            id="a buying calendar asked about and a product walkthrough offered",
        ),
        pytest.param(
            "vague_ask",
            (
                "",
                "Hi Ana, I build tools for game studios and hope to keep up with what you write. Tom",
                {"kind": "connection"},
            ),
            (
                "",
                "Hi Ana, I came up with my question on cache keys at your GDC workshop. I hope to keep up with what "
                "you write. Tom",
                {"kind": "connection"},
            ),
            id="a connection note that recalls an exchange at the reader's event has its reason",
        ),
        pytest.param(
            "pure_ask",
            (
                "Flag names",
                "Hi Ana,\n\nI look after a small command-line tool that wraps yours. Should a retry flag "
                "take a count or a duration?\n\nTom",
                None,
            ),
            (
                "Flag names",
                "Hi Ana,\n\nI look after a small command-line tool that wraps yours. My draft of the new "
                "flags is described in issue 9. Should a retry flag take a count or a duration?\n\nTom",
                None,
            ),
            id="a proposal written up before asking is homework",
        ),
        pytest.param(
            "specific_takeaway",
            (
                "",
                "Hi Ana, a quick note after our call: we've now tried the cache on staging, and each build is twenty "
                "minutes shorter. No reply needed. Tom",
                {"kind": "update"},
            ),
            (
                "",
                "Hi Ana, a quick note after our call: things are going well, more soon. No reply needed. Tom",
                {"kind": "update"},
            ),
            id="what was done, told in the perfect, names the takeaway",
        ),
        pytest.param(
            "offer_found",
            (
                "Cache keys",
                "Hi Ana,\n\nShould the cache key include the driver version? I can share the timing "
                "table from our farm for your next post.\n\nTom",
                None,
            ),
            (
                "Cache keys",
                "Hi Ana,\n\nShould the cache key include the driver version? Happy to share my "
                "availability, or we can settle it over email.\n\nTom",
                None,
            ),
            id="a meeting's arrangements give the reader nothing",
        ),
        pytest.param(
            "outsized_ask",
            ("Failover drills", "Hi Ana,\n\nWould you mentor me with a weekly one-hour call?\n\nTom", None),
            (
                "Failover drills",
                "Hi Ana,\n\nWould you have one hour next week for a call on failover drills?\n\nTom",
                None,
            ),
            id="a weekly call with a hyphenated length is a standing commitment",
        ),
        pytest.param(
            "outsized_ask",
            (
                "Failover drills",
                "Hi Ana,\n\nI'd value your guidance. The proposal is a half-hour session each Monday "
                "until June.\n\nTom",
                None,
            ),
            (
                "Failover drills",
                "Hi Ana,\n\nI'd value your guidance. The proposal is one half-hour session, at a "
                "time that suits you.\n\nTom",
                None,
            ),
            id="a recurring session laid out as the plan is a standing commitment",
        ),
        pytest.param(
            "sales_pitch",
            (
                "On-call",
                "Hi Ana,\n\nI work with several startups that are hiring, and I wonder whether anyone on your "
                "team is open to a move.\n\nTom",
                None,
            ),
            (
                "On-call",
                "Hi Ana,\n\nI work on a startup's payments team, and I wonder how your team splits on-call "
                "between regions.\n\nTom",
                None,
            ),
            id="a recruiter's clients and the reader's staff sounded out",
        ),
        pytest.param(
            "complaint",
            (
                "Failover question",
                "Hi Ana,\n\nI wrote last month about failover drills. It's a bit "
                "disappointing, considering your posts on mentoring.\n\nTom",
                {"kind": "followup"},
            ),
            (
                "Failover question",
                "Hi Ana,\n\nI wrote last month about failover drills. I know spring is busy; no "
                "reply is needed if the answer is no.\n\nTom",
                {"kind": "followup"},
            ),
            id="disappointment in the reader's silence",
        ),
        pytest.param(
            "pressure",
            (
                "Failover question",
                "Hi Ana,\n\nI also pinged you on Discord about this. Could you look at my drill plan?\n\nTom",
                {"kind": "followup"},
            ),
            (
                "Failover question",
                "Hi Ana,\n\nI asked in the project's Discord too and got a pointer to the docs. "
                "Could you look at my drill plan?\n\nTom",
                {"kind": "followup"},
            ),
            id="the reader chased on a second channel",
        ),
        pytest.param(
            "demand",
            ("", "Hi Ana, the failover drill still stalls at the DNS step. Answer me when you can. Tom", None),
            (
                "",
                "Hi Ana, it was kind of you to answer me so quickly in May. Does the DNS step belong before the "
                "failover drill? Tom",
                None,
            ),
            id="an order to answer, not an infinitive",
        ),
        pytest.param(
            "reports_back",
            (
                "",
                "Hi Ana, since our call I've done two dry runs of the failover, and the second took nine minutes. "
                "No reply needed. Tom",
                {"kind": "update"},
            ),
            (
                "",
                "Hi Ana, since our call things have been busy, and the drills are on my list. No reply needed. Tom",
                {"kind": "update"},
            ),
            id="what was done, in the perfect of do, reports back",
        ),
        pytest.param(
            "offer_found",
            (
                "The benchmark",
                "Hi Ana,\n\nThanks for the chat at the meetup last week. Here is the benchmark I mentioned: "
                "bench.example/q. The second table covers your question.\n\nTom",
                {"kind": "followup"},
            ),
            (
                "The benchmark",
                "Hi Ana,\n\nThanks for the chat at the meetup last week. I hope the talk about benchmarks was useful "
                "to you too.\n\nTom",
                {"kind": "followup"},
            ),
            id="what the writer promised, handed over",
        ),
        pytest.param(
            "tried_already",
            (
                "Rate limits",
                "Hi Ana,\n\nThe docs say the limit is per user, but in the code it looks global. Which "
                "is right?\n\nTom",
                None,
            ),
            ("Rate limits", "Hi Ana,\n\nIs the limit per user, or global? Which is right?\n\nTom", None),
            id="a public source set against the code is homework",
        ),
        pytest.param(
            "specific_reference",
            (
                "",
                "Hi Ana, I used leafpile to batch the alerts in my campus project and would like to keep up with "
                "your work. Tom",
                {"kind": "connection", "mentor": {"research": "the leafpile repository"}},
            ),
            (
                "",
                "Hi Ana, I used a batching tool in my campus project and would like to keep up with your work. Tom",
                {"kind": "connection", "mentor": {"research": "the leafpile repository"}},
            ),
            id="the reader's project named by its coined one-word name",
        ),
        pytest.param(
            "presumes",
            (
                "Thank you",
                "Hi Ana,\n\nThanks for the call on Monday. My site now says the app is endorsed by Dr. Ana "
                "Silva.\n\nTom",
                {"kind": "thanks"},
            ),
            (
                "Thank you",
                "Hi Ana,\n\nThanks for the call on Monday. My site now lists the two changes your review "
                "led to.\n\nTom",
                {"kind": "thanks"},
            ),
            id="the reader's endorsement claimed for the writer's work",
        ),
        pytest.param(
            "presumes",
            (
                "Thank you",
                "Hi Ana,\n\nThanks for the call on Monday. I said in my application that you think I am "
                "ready to lead a team.\n\nTom",
                {"kind": "thanks"},
            ),
            (
                "Thank you",
                "Hi Ana,\n\nThanks for the call on Monday. I noted in my application that you had reviewed "
                "my thesis, with your permission.\n\nTom",
                {"kind": "thanks"},
            ),
            id="the reader's words put in the writer's application unasked",
        ),
        pytest.param(
            "no_clear_ask",
            (
                "Referral for the data role",
                "Hi Ana,\n\nI'm applying for the junior data analyst role at Brightwell (job 4411) and have used "
                "your team's open dashboards for two years.\n\nTom",
                {"kind": "first"},
            ),
            (
                "Referral for the data role",
                "Hi Ana,\n\nI'm applying for the junior data analyst role at Brightwell (job 4411) and wondered "
                "whether you might refer me.\n\nTom",
                {"kind": "first"},
            ),
            id="an ask put as what the writer wondered",
        ),
        pytest.param(
            "outsized_ask",
            (
                "Referral",
                "Hi Ana,\n\nI'm applying for the junior data analyst role at Brightwell (job 4411). Would you refer "
                "me?\n\nTom",
                {"kind": "first", "mentor": {"research": "Spoke at the spring data meetup"}},
            ),
            (
                "Referral",
                "Hi Ana,\n\nI'm applying for the junior data analyst role at Brightwell (job 4411). Would you refer "
                "me?\n\nTom",
                {"kind": "first", "mentor": {"research": "Former colleague at Tallow Labs, 2019-2021"}},
            ),
            id="a referral asked of a former colleague the notes name",
        ),
        pytest.param(
            "no_greeting",
            (
                "Your caching post",
                "Ana,\n\nWhich of the two cache layers in your post would you drop first for a small "
                "team?\n\nObrigado,\nTom",
                {"kind": "first"},
            ),
            (
                "Your caching post",
                "Olá Ana,\n\nWhich of the two cache layers in your post would you drop first for a small "
                "team?\n\nObrigado,\nTom",
                {"kind": "first"},
            ),
            id="a greeting in the writer's and reader's own language",
        ),
        pytest.param(
            "sign_off",
            (
                "Your caching post",
                "Hi Ana,\n\nWhich of the two cache layers in your post would you drop first for a small team?\n\nUn "
                "saludo,\nTom",
                {"kind": "first"},
            ),
            (
                "Your caching post",
                "Hi Ana,\n\nWhich of the two cache layers in your post would you drop first for a small team?\n\nTom",
                {"kind": "first"},
            ),
            id="a sign-off in the writer's own language, a word before it",
        ),
        pytest.param(
            "specific_reference",
            (
                "Your episode on flags",
                "Hi Ana,\n\nIn a recent episode you said you retire every feature flag within a sprint. Which tool "
                "do you use for them?\n\nTom",
                {"kind": "first"},
            ),
            (
                "Your episode on flags",
                "Hi Ana,\n\nIn a recent episode you said you would come back to feature flags. Which tool do you "
                "use for them?\n\nTom",
                {"kind": "first"},
            ),
            id="the reader's words cited with the that left out",
        ),
        pytest.param(
            "sales_pitch",
            (
                "Mobile leadership",
                "Hi Ana,\n\nI place engineering leaders in Chile. I have a platform director search that could be a "
                "great fit for you. Could we talk for 15 minutes?\n\nTom",
                {"kind": "first"},
            ),
            (
                "Mobile leadership",
                "Hi Ana,\n\nI'm a platform engineer in Chile applying for my first director role. Could we talk for "
                "15 minutes about how you made that move?\n\nTom",
                {"kind": "first"},
            ),
            id="a recruiter's role offered to the reader",
        ),
        pytest.param(
            "reports_back",
            (
                "An update",
                "Hi Ana,\n\nThanks again for the mock panel. I accepted the offer from the clinic's data team on "
                "Friday.\n\nTom",
                {"kind": "update"},
            ),
            (
                "An update",
                "Hi Ana,\n\nThanks again for the mock panel. I am still waiting to hear about the clinic's data "
                "team.\n\nTom",
                {"kind": "update"},
            ),
            id="the job the advice led to",
        ),
        pytest.param(
            "complaint",
            (
                "About the session",
                "Hi Ana,\n\nThanks for the session. Honestly, I expected much more depth from a course leader.\n\nTom",
                {"kind": "followup"},
            ),
            (
                "About the session",
                "Hi Ana,\n\nThanks for the session. I expected the panel to ask about queues, and they did.\n\nTom",
                {"kind": "followup"},
            ),
            id="more expected of the reader's help",
        ),
        pytest.param(
            "complaint",
            (
                "Another call",
                "Hi Ana,\n\nCould we have one more call on the design round? That is the least which would justify "
                "the first.\n\nTom",
                {"kind": "followup"},
            ),
            (
                "Another call",
                "Hi Ana,\n\nI'll send you my notes from the design round; that is the least I can do after your "
                "help.\n\nTom",
                {"kind": "followup"},
            ),
            id="more help claimed as owed",
        ),
        pytest.param(
            "outsized_ask",
            (
                "My next job",
                "Hi Ana,\n\nI start at Brightwell in May. Would you mind writing their CTO a short note saying I'm "
                "ready to lead the data team?\n\nTom",
                {"kind": "update"},
            ),
            (
                "My next job",
                "Hi Ana,\n\nI start at Brightwell in May. Would you mind telling me which of their teams you worked "
                "with?\n\nTom",
                {"kind": "update"},
            ),
            id="a good word for the writer sent to a third person",
        ),
        pytest.param(
            "outsized_ask",
            (
                "Mentoring",
                "Hi Ana,\n\nI'm a junior data analyst. Would you be my mentor, thirty minutes every Monday until "
                "summer?\n\nTom",
                {"kind": "first"},
            ),
            (
                "Mentoring",
                "Hi Ana,\n\nI'm a junior data analyst. Would you have thirty minutes on Monday for one question "
                "about dashboards?\n\nTom",
                {"kind": "first"},
            ),
            id="a standing commitment counted in minutes",
        ),
        pytest.param(
            "presumes",
            (
                "Mentoring plan",
                "Hi Ana,\n\nI have written a three-month learning plan for moving into data engineering. Can we "
                "start next Monday?\n\nTom",
                {"kind": "first"},
            ),
            (
                "Mentoring plan",
                "Hi Ana,\n\nI have written a three-month learning plan for moving into data engineering. Could you "
                "tell me which part to cut?\n\nTom",
                {"kind": "first"},
            ),
            id="a start date asked as if the mentoring were agreed",
        ),
        pytest.param(
            "wrong_name",
            (
                "Your shader book",
                "Hi Okabe-san,\n\nWhich chapter of your shader book covers NaN hunting?\n\nBest,\nTom",
                {"kind": "first", "mentor": {"name": "Emi Morita"}},
            ),
            (
                "Your shader book",
                "Hi Morita-san,\n\nWhich chapter of your shader book covers NaN hunting?\n\nBest,\nTom",
                {"kind": "first", "mentor": {"name": "Emi Morita"}},
            ),
            id="a name with its honorific is still the reader's",
        ),
        pytest.param(
            "demand",
            (
                "",
                "Hello Emi, read your chapter on fences twice. Which barrier would you check first? Tom",
                {"kind": "connection"},
            ),
            (
                "",
                "Hello Emi. Your book's chapter on fences made me rethink my debugging. Which barrier would you "
                "check first? Tom",
                {"kind": "connection"},
            ),
            id="a stop after the greeting's name ends the name",
        ),
        pytest.param(
            "sales_pitch",
            (
                "Frame capture",
                "Hi Emi,\n\nI work on a capture tool. Studios your size halved their bug triage with us, and I "
                "could walk you through what we've made.\n\nBest,\nTom",
                {"kind": "first"},
            ),
            (
                "Frame capture",
                "Hi Emi,\n\nI work on a capture tool for my thesis. It halved my own bug triage, and I could "
                "share my notes on what I built.\n\nBest,\nTom",
                {"kind": "first"},
            ),
            id="a seller's results credited to the product",
        ),
        pytest.param(
            "offer_found",
            (
                "Quick call",
                "Hi Emi,\n\nCould we talk for 15 minutes on Friday about shadow atlases? I can share my profiling "
                "notes on the atlas beforehand.\n\nBest,\nTom",
                {"kind": "first"},
            ),
            (
                "Quick call",
                "Hi Emi,\n\nCould we talk for 15 minutes on Friday about shadow atlases? I can share a Meet link "
                "beforehand.\n\nBest,\nTom",
                {"kind": "first"},
            ),
            id="a meeting link is logistics, not a gift",
        ),
        pytest.param(
            "tried_already",
            (
                "Driver crash",
                "Hi Emi,\n\nWe get a crash on one vendor's driver. I followed all the steps in your driver post's "
                "checklist; the final one still fails. Is it the driver?\n\nBest,\nTom",
                {"kind": "first"},
            ),
            (
                "Driver crash",
                "Hi Emi,\n\nWe get a crash on one vendor's driver. I saw there is a checklist in your driver post. "
                "Is it the driver?\n\nBest,\nTom",
                {"kind": "first"},
            ),
            id="a published procedure worked through",
        ),
        pytest.param(
            "tried_already",
            (
                "Eligibility",
                "Hi Emi,\n\nThe scheme's FAQ says members must be employed in games, and I cannot tell if "
                "contractors count. Could a contractor apply?\n\nBest,\nTom",
                {"kind": "first"},
            ),
            (
                "Eligibility",
                "Hi Emi,\n\nI am a contractor and would like to join the programme. Could a contractor "
                "apply?\n\nBest,\nTom",
                {"kind": "first"},
            ),
            id="a public source read and what it leaves open",
        ),
        pytest.param(
            "tried_already",
            (
                "Eligibility",
                "Hi Emi,\n\nCould a contractor join the programme? I enquired via the contact form last "
                "month.\n\nBest,\nTom",
                {"kind": "first"},
            ),
            (
                "Eligibility",
                "Hi Emi,\n\nCould a contractor join the programme? I saw the contact form last month.\n\nBest,\nTom",
                {"kind": "first"},
            ),
            id="the proper channel tried first",
        ),
        pytest.param(
            "offer_found",
            (
                "Docs and a question",
                "Hi Emi,\n\nThree commands in your install guide fail on 2.x; the patch is up as a pull request "
                "(#41). Do studio teams hire writers?\n\nBest,\nTom",
                {"kind": "first"},
            ),
            (
                "Docs and a question",
                "Hi Emi,\n\nThree commands in your install guide fail on 2.x; the errors are in my notes. Do studio "
                "teams hire writers?\n\nBest,\nTom",
                {"kind": "first"},
            ),
            id="a fix handed over in a pull request",
        ),
        pytest.param(
            "offer_found",
            (
                "",
                "Hi Emi, I sent the build fix for your capture tool last month. I'm connecting so that I can show "
                "the Vulkan port to you once it runs. Tom",
                {"kind": "connection"},
            ),
            (
                "",
                "Hi Emi, I sent the build fix for your capture tool last month. I'd like to connect so I can follow "
                "the Vulkan port when it ships. Tom",
                {"kind": "connection"},
            ),
            id="a purpose that gives the reader something",
        ),
        pytest.param(
            "demand",
            (
                "Output format",
                "Hi Emi,\n\nFollowing up on the export PR. Tell me which layout you want.\n\nTom",
                {"kind": "followup"},
            ),
            (
                "Output format",
                "Hi Emi,\n\nFollowing up on the export PR. Tell me which layout you want, I'll remove the "
                "second.\n\nTom",
                {"kind": "followup"},
            ),
            id="an answer that sets the writer to work, joined by a comma",
        ),
        pytest.param(
            "no_clear_ask",
            (
                "Output format",
                "Hi Emi,\n\nFollowing up on the export PR. Both layouts are pushed as separate commits.\n\nTom",
                {"kind": "followup"},
            ),
            (
                "Output format",
                "Hi Emi,\n\nFollowing up on the export PR. The last remaining question after our call is whether "
                "ids belong in the header. Both layouts are pushed.\n\nTom",
                {"kind": "followup"},
            ),
            id="the question still open from an earlier review",
        ),
        pytest.param(
            "pressure",
            (
                "A gap",
                "Hi Emi,\n\nI spent three years away from work raising my kids. Could you reply right now about "
                "whether a gap counts against me?\n\nBest,\nTom",
                {"kind": "first"},
            ),
            (
                "A gap",
                "Hi Emi,\n\nI spent three years away from work raising my kids. Would a gap hurt me while studios "
                "are hiring right now?\n\nBest,\nTom",
                {"kind": "first"},
            ),
            id="right now dating an ongoing state",
        ),
        pytest.param(
            "vague_ask",
            (
                "Async compute",
                "Hi Emi,\n\nI'm an engine programmer in Turin. Do you know anyone at the studio who works on "
                "compute queues?\n\nBest,\nTom",
                {"kind": "first"},
            ),
            (
                "Async compute",
                "Hi Emi,\n\nI'm an engine programmer in Turin. Would you introduce me to Ken Ito, who moved your "
                "particle pass to async compute? I have a single question for him about queue stalls.\n\nBest,\nTom",
                {"kind": "first"},
            ),
            id="a colleague of the reader's wanted but not named",
        ),
        pytest.param(
            "outsized_ask",
            (
                "Review of my engine",
                "Hi Emi,\n\nMy hobby renderer is some 30,000 lines of Rust. Would you review it and tell me what "
                "you notice?\n\nBest,\nTom",
                {"kind": "first"},
            ),
            (
                "Review of my engine",
                "Hi Emi,\n\nMy hobby renderer is some 30,000 lines of Rust. Would you review one function, the "
                "shadow culling, and tell me what you notice?\n\nBest,\nTom",
                {"kind": "first"},
            ),
            id="a whole large work to review, with no part named",
        ),
        pytest.param(
            "pressure",
            (
                "Patch for the date parser",
                "Hi Ilka,\n\nMy patch for the date parser has tests and a green build. Can you review and merge it "
                "by Friday morning?\n\nThanks,\nOtto",
                {"kind": "first"},
            ),
            (
                "Patch for the date parser",
                "Hi Ilka,\n\nI read your post on date parsing and tried its advice by Monday. Could you look at my "
                "patch when you have time?\n\nThanks,\nOtto",
                {"kind": "first"},
            ),
            id="a deadline on the second of two verbs asked of the reader",
        ),
        pytest.param(
            "pressure",
            (
                "Drift on rough ground",
                "Hi Ilka,\n\nI use your drift score on farm robots. Your reply by Friday would help. Did you gate "
                "the score on speed?\n\nThanks,\nOtto",
                {"kind": "first"},
            ),
            (
                "Drift on rough ground",
                "Hi Ilka,\n\nI use your drift score on farm robots. On rough ground it climbs past your threshold "
                "within an hour. Did you gate the score on speed?\n\nThanks,\nOtto",
                {"kind": "first"},
            ),
            id="a time measured in a statement is no deadline",
        ),
        pytest.param(
            "outsized_ask",
            (
                "Flaky test study",
                "Hi Ilka,\n\nI study flaky UI tests. Could you run our detector on the test suites of your current "
                "clients and send us the logs?\n\nThanks,\nOtto",
                {"kind": "first"},
            ),
            (
                "Flaky test study",
                "Hi Ilka,\n\nI study flaky UI tests. Could you tell us which kinds of test suites agencies usually "
                "keep?\n\nThanks,\nOtto",
                {"kind": "first"},
            ),
            id="the reader's clients' material handed over",
        ),
        pytest.param(
            "vague_ask",
            (
                "",
                "Hi Ilka, we crossed paths recently. Let us stay connected. Lotte",
                {"kind": "connection"},
            ),
            (
                "",
                "Hi Ilka, I'm Lotte from the spring testing meetup; I asked about flaky timers. Adding you so I can "
                "follow your stream. Lotte",
                {"kind": "connection"},
            ),
            id="a connection note that places the writer at the reader's event",
        ),
        pytest.param(
            "vague_ask",
            (
                "",
                "Hi Ilka, I follow your stream and would like to stay in touch. Lotte",
                {"kind": "connection"},
            ),
            (
                "",
                "Hi Ilka, you suggested filing my timer bug as an issue, and it's #412 now. Adding you so I can "
                "follow your stream. Lotte",
                {"kind": "connection"},
            ),
            id="a connection note that reports the reader's suggestion done",
        ),
        pytest.param(
            "no_clear_ask",
            (
                "Re: testing a canvas chart",
                "Hi Ilka,\n\nGently bumping my question from last Tuesday on chart tests.\n\nThanks,\nOtto",
                {"kind": "followup"},
            ),
            (
                "Re: testing a canvas chart",
                "Hi Ilka,\n\nGently bumping my question from last Tuesday on chart tests. The only thing I need to "
                "know is whether you would test the fallback table instead.\n\nThanks,\nOtto",
                {"kind": "followup"},
            ),
            id="the only thing the writer needs to know, named",
        ),
        pytest.param(
            "demand",
            ("My CV", "Hi Ana,\n\nJust tell me which paragraph to drop.\n\nThanks,\nRuth", None),
            (
                "My CV",
                (
                    "Hi Ana,\n\nMy mentors tell me to drop the teaching paragraph; recruiters tell me it sells me. "
                    "Would you keep it on a first CV?\n\nThanks,\nRuth"
                ),
                None,
            ),
            id="what others tell the writer, reported, is no order",
        ),
        pytest.param(
            "confused_word",
            ("Parser plugins", "Hi Ana,\n\nI like the parser and it's plugins. Which would you add first?\n\nBo", None),
            (
                "Parser plugins",
                (
                    "Hi Ana,\n\nIf it's nerves, I'll practise more; if it's the portfolio, I'd rather hear it. "
                    "Which do you think?\n\nBo"
                ),
                None,
            ),
            id="it's opening a clause after if is it is",
        ),
        pytest.param(
            "filler",
            ("Intro to Rui", "Hi Ana,\n\nIt took like 5 days to set up. Would you pass this on?\n\nBo", None),
            (
                "Intro to Rui",
                (
                    "Hi Ana,\n\nMy teammate would like 15 minutes with Rui on schema reviews. Would you pass it "
                    "on?\n\nBo"
                ),
                None,
            ),
            id="would like and a number is no filler",
        ),
        pytest.param(
            "direct_start",
            (
                "Panel question",
                "Hi Ana,\n\nThe panel asked what I had built. And I blanked. What would you have said?\n\nBo",
                None,
            ),
            (
                "Panel question",
                'Hi Ana,\n\nThe panel asked "why Elixir?" and I blanked. What would you have said?\n\nBo',
                None,
            ),
            id="a quoted question inside a sentence does not end it",
        ),
        pytest.param(
            "name_case",
            ("Test stack", "Hi Ana,\n\nWe test react, Jest and Vitest. Which would you drop?\n\nBo", None),
            (
                "Kitchen to SRE",
                (
                    'Hi Ana,\n\nA line to pass on: "Ola, sous chef, then a support engineer, would like 15 minutes '
                    'on moving into SRE." Would you pass it on?\n\nBo'
                ),
                None,
            ),
            id="a job title after a person's name is no product in a list",
        ),
        against_two_notes(
            ("Query plans", SERIES_PART),
            "Her talk on index design at a Lisbon meetup",
            "Slow Queries, part 3 on reporting",
            "a numbered part of the work that the notes name backs the reference",
        ),
        pytest.param(
            "pure_ask",
            (
                "Migrations",
                (
                    'Hi Ana, I watched "Twelve Small Migrations" in March. It was great. For a team of four, is a '
                    "migration a day too many? Thanks, Bo"
                ),
                MIGRATIONS_TALK,
            ),
            (
                "Migrations",
                (
                    'Hi Ana, I watched "Twelve Small Migrations" in March. You said each migration should ship '
                    "alone. For a team of four, is one a day too many? Thanks, Bo"
                ),
                MIGRATIONS_TALK,
            ),
            id="a talk named by its title and then quoted",
        ),
        pytest.param(
            "no_clear_ask",
            (
                "Intro to Rui Costa",
                (
                    "Hi Ana,\n\nI taught maths for eight years and now work as a support engineer. Rui's post on "
                    "pager fatigue stayed with me.\n\nBo"
                ),
                None,
            ),
            (
                "Intro to Rui Costa",
                (
                    "Hi Ana,\n\nI taught maths for eight years and now work as a support engineer. If you're happy "
                    "to pass it on, here is a line for Rui: one question on how he explained teaching in "
                    "interviews.\n\nBo"
                ),
                None,
            ),
            id="if you're happy to do it is a request",
        ),
        pytest.param(
            "cut_off_sentence",
            ("Two routes", "Hi Ana,\n\nWhich route would you take? I thank you all for.\n\nBo", None),
            (
                "Two routes",
                (
                    "Hi Ana,\n\nWhich route would you take? A yes or no is welcome if that is all you have room "
                    "for.\n\nBo"
                ),
                None,
            ),
            id="all and a pronoun strand a preposition",
        ),
        pytest.param(
            "sales_pitch",
            (
                "Fee engine",
                "Hi Ana,\n\nOur fees start low for teams like yours. Which parser would you pick?\n\nBo",
                None,
            ),
            (
                "Fee engine",
                (
                    "Hi Ana,\n\nI once wrote a small evaluator for my fee calculation at work. Which parser would "
                    "you pick for a toy language?\n\nBo"
                ),
                None,
            ),
            id="the writer's fee calculation is work, not prices",
        ),
        pytest.param(
            "clear_ask",
            (
                "Coffee chat?",
                (
                    "Hi Ana,\n\nI'm a tester wondering about my next move. Would you be open to a 25-minute coffee "
                    "chat, online or in person, at a convenient time in the coming weeks?\n\nBest,\nBo"
                ),
                None,
            ),
            (
                "Platform team or QA?",
                (
                    "Hi Ana,\n\nI'm a tester with two offers. Would you be open to a 25-minute call on whether to "
                    "join the platform team or stay in QA?\n\nBest,\nBo"
                ),
                None,
            ),
            id="how and when to meet name no topic",
        ),
        pytest.param(
            "vague_ask",
            (
                "Developer tooling",
                (
                    "Hi Ana,\n\nI write Kotlin. Could I have 25 minutes of your time to hear about a career in "
                    "developer tooling?\n\nBest,\nBo"
                ),
                None,
            ),
            (
                "Developer tooling",
                (
                    "Hi Ana,\n\nI write Kotlin. Could I have 25 minutes of your time to ask which profiler you "
                    "would learn first for startup time?\n\nBest,\nBo"
                ),
                None,
            ),
            id="minutes of the reader's time with no question are a chat",
        ),
        pytest.param(
            "pressure",
            (
                "A referee",
                (
                    "Hi Ana,\n\nYou're the only one who can help me. Would you be a referee for a graduate analyst "
                    "post?\n\nBest,\nBo"
                ),
                None,
            ),
            (
                "A referee",
                (
                    "Hi Ana,\n\nYou supervised my dissertation, and you're the only person besides my manager who "
                    "has reviewed it. Would you be a referee for a graduate analyst post?\n\nBest,\nBo"
                ),
                None,
            ),
            id="the only person who has reviewed the work is a reason, not pressure",
        ),
        pytest.param(
            "pressure",
            (
                "Your worksheet",
                (
                    "Hi Ana,\n\nMay I adapt your lab worksheet for my evening class? Enrolment closes on 2 May, so "
                    "a reply before then would help.\n\nBest,\nBo"
                ),
                None,
            ),
            (
                "Your worksheet",
                (
                    "Hi Ana,\n\nMay I adapt your lab worksheet for my evening class? Enrolment closes on 2 May, so "
                    "a reply before then would help, but I don't mean to hurry you.\n\nBest,\nBo"
                ),
                None,
            ),
            id="a date named and the hurry taken back",
        ),
        pytest.param(
            "pure_ask",
            (
                "Two questions",
                (
                    "Hi Ana, I'm a support lead moving into engineering. Would you have 20 minutes for two "
                    "questions on rotas? Thanks, Bo"
                ),
                SUPPORT_VIDEOS,
            ),
            (
                "Two questions",
                (
                    "Hi Ana, I'm a support lead. Your Lunch Time Clinic video on support rotas changed how I plan "
                    "ours. Would you have 20 minutes for two questions on rotas? Thanks, Bo"
                ),
                SUPPORT_VIDEOS,
            ),
            id="a title that holds the word time still names their work",
        ),
        pytest.param(
            "nothing_reported",
            (
                "Update: retries",
                (
                    "Hi Ana,\n\nA short note on your retry suggestion: over a month a lot improved. No reply "
                    "needed.\n\nBo"
                ),
                {"kind": "update"},
            ),
            (
                "Update: retries",
                (
                    "Hi Ana,\n\nA short note on your retry suggestion: over a month our timeouts went from roughly "
                    "12 a day to 1. No reply needed.\n\nBo"
                ),
                {"kind": "update"},
            ),
            id="a rough figure and its rate measure a change",
        ),
        pytest.param(
            "outsized_ask",
            (
                "A first project",
                (
                    "Hi Ana,\n\nIs one table and one report small enough for a first project? It may be simplest to "
                    "talk it through in a monthly session for the coming year.\n\nBo"
                ),
                None,
            ),
            (
                "A first project",
                (
                    "Hi Ana,\n\nIs one table and one report small enough for a first project? A yes or no is "
                    "plenty; my team reviews it in a weekly session.\n\nBo"
                ),
                None,
            ),
            id="a recurring session for a year is a standing commitment",
        ),
        pytest.param(
            "vague_ask",
            (
                "My code",
                "Hi Ana,\n\nI taught myself Go. Could you look over it all and say what you would change?\n\nBo",
                None,
            ),
            (
                "Backoff in my crawler",
                (
                    "Hi Ana,\n\nI taught myself Go. Could you look over the retry loop in my crawler and say "
                    "whether the backoff is sane?\n\nBo"
                ),
                None,
            ),
            id="a look over it all names nothing to look at",
        ),
        pytest.param(
            "filler",
            (
                "Worker question",
                (
                    "Hi Ana,\n\nI hope this finds you rested after the conference. Does the worker requeue a job "
                    "that times out?\n\nBo"
                ),
                None,
            ),
            (
                "Worker question",
                "Hi Ana,\n\nI run Celery for a small team. Does the worker requeue a job that times out?\n\nBo",
                None,
            ),
            id="a wellness wish without the word message is filler",
        ),
        pytest.param(
            "agreement",
            (
                "Your workshop",
                "Hi Ana,\n\nMy teammate Iris and I was at your workshop. Which step would you drop?\n\nBo",
                None,
            ),
            (
                "Your workshop",
                ("Hi Ana,\n\nI opened your repo and I was glad to see the checklist. Which step would you drop?\n\nBo"),
                None,
            ),
            id="a noun phrase after a verb is its object, not a subject joined to I",
        ),
        pytest.param(
            "accusatory_question",
            (
                "Re: checkout timeout",
                "Hi Ana,\n\nOne more time: is a 2-second timeout safe for checkout?\n\nBo",
                {"kind": "followup"},
            ),
            (
                "Re: checkout timeout",
                (
                    "Hi Ana,\n\nFollowing up one more time, now with logs: a 2-second timeout cut failures from 9% "
                    "to 2% of orders. Is it safe for checkout?\n\nBo"
                ),
                {"kind": "followup"},
            ),
            id="the writer's own try named one more time is no scolding",
        ),
        pytest.param(
            "unverified_reference",
            (
                "",
                (
                    "Hola Ana! I saw your answer about cold caches and it helped me fix our build. I'd like to "
                    "connect. Gracias!"
                ),
                {"kind": "connection", "mentor": {"name": "Ana Ruiz", "research": "Her talk on build tooling"}},
            ),
            (
                "",
                (
                    "Hola Ana! I'm the one who asked about cold caches at your April workshop. Your answer helped "
                    "me fix our build. I'd like to connect. Gracias!"
                ),
                {"kind": "connection", "mentor": {"name": "Ana Ruiz", "research": "Her talk on build tooling"}},
            ),
            id="the reader's answer to the writer's own question is shared history",
        ),
        pytest.param(
            "pure_ask",
            ("Old laptops", "Hi Ana,\n\nWe test on two old laptops. Which browser would you add next?\n\nBo", None),
            (
                "Old laptops",
                (
                    "Hi Ana,\n\nWe test on two old laptops. Which browser would you add next? Our test matrix is at "
                    "docs.example/matrix; feel free to reuse or share it.\n\nBo"
                ),
                None,
            ),
            id="feel free to reuse or share offers the thing",
        ),
        pytest.param(
            "gives_back",
            (
                "Update: the habit",
                (
                    "Hi Ana,\n\nQuick update: we turned the habit into a one-screen guide for new starters. Thanks "
                    "again.\n\nBo"
                ),
                {"kind": "update"},
            ),
            (
                "Update: the habit",
                ("Hi Ana,\n\nQuick update: the habit is in place and a one-screen guide is next. Thanks again.\n\nBo"),
                {"kind": "update"},
            ),
            id="the habit turned into a guide is handed back",
        ),
        pytest.param(
            "cut_off_sentence",
            (
                "Your paper",
                "Hi Ana,\n\nI read that measures the drift we saw. Is drift work still a job on its own?\n\nBo",
                None,
            ),
            (
                "Your paper",
                (
                    "Hi Ana,\n\nYour paper is the one study we found that measures the drift we saw. Is drift work "
                    "still a job on its own?\n\nBo"
                ),
                None,
            ),
            id="that after a noun and its own subject and verb is a relative word",
        ),
        pytest.param(
            "sales_pitch",
            (
                "Two questions",
                (
                    "Hi Ana,\n\nIn agencies like yours, we cut onboarding time by a third. Is pairing the norm for "
                    "new hires?\n\nBo"
                ),
                None,
            ),
            (
                "Two questions",
                (
                    "Hi Ana,\n\nI'm moving to Lisbon in March. In agencies like yours, is pairing the norm for new "
                    "hires?\n\nBo"
                ),
                None,
            ),
            id="a question about teams like the reader's is no pitch",
        ),
        pytest.param(
            "direct_start",
            (
                "Game question",
                (
                    "Hi Ana,\n\nI have a small Godot prototype. So I want to ask one thing. Is ECS worth it for a "
                    "solo game?\n\nBo"
                ),
                None,
            ),
            (
                "Game question",
                ("Hi Ana,\n\nSo far I have a small Godot prototype with an ECS. Is it worth it for a solo game?\n\nBo"),
                None,
            ),
            id="so far opens a sentence as a set phrase",
        ),
        pytest.param(
            "pure_ask",
            (
                "A way back",
                (
                    "Hello Ana,\n\nI worked nights in a hospital lab for nine years and took two out for my kids. "
                    "Which is the better way back, a cloud course or a portfolio of small postmortems?\n\nGrace"
                ),
                INCIDENT_SESSIONS,
            ),
            (
                "A way back",
                (
                    "Hello Ana,\n\nI sat in on your session on blameless incident reviews and used it on our outage "
                    "last month. Which is the better way back, a cloud course or a portfolio of small "
                    "postmortems?\n\nGrace"
                ),
                INCIDENT_SESSIONS,
            ),
            id="a session the reader ran is their work",
        ),
        pytest.param(
            "cut_off_sentence",
            (
                "Take-home brief",
                (
                    "Hi Ana,\n\nMy brief says it runs on one server. Would a queue count as going past the "
                    "simple?\n\nKarl"
                ),
                None,
            ),
            (
                "Take-home brief",
                (
                    "Hi Ana,\n\nMy brief says it runs on one server. Would a queue count as going past the "
                    "brief?\n\nKarl"
                ),
                None,
            ),
            id="the brief is a noun too",
        ),
        pytest.param(
            "no_clear_ask",
            (
                "Two openings",
                (
                    "Hi Ana, I'm a Rust developer comparing two of your company's openings, tooling and storage. "
                    "The tooling one reads like compiler work. Fatima"
                ),
                None,
            ),
            (
                "Two openings",
                (
                    "Hi Ana, I'm a Rust developer comparing two of your company's openings, tooling and storage. "
                    "I'd simply like to know which is nearer to your old compiler work. Fatima"
                ),
                None,
            ),
            id="I'd simply like to know which is a request",
        ),
        pytest.param(
            "demand",
            (
                "Queue or cron",
                "Hi Ana,\n\nI've read the setup guide twice, so do not point me to it. Queue or cron?\n\nKarl",
                None,
            ),
            (
                "Queue or cron",
                (
                    "Hi Ana,\n\nI've read the setup guide twice, and it leaves this open. Would you pick a queue or "
                    "cron?\n\nKarl"
                ),
                None,
            ),
            id="an order not to do something is a demand",
        ),
        pytest.param(
            "pressure",
            (
                "Queue or cron",
                (
                    "Hi Ana,\n\nWould you pick a queue or cron? The form closes Friday, so tomorrow would be "
                    "best.\n\nKarl"
                ),
                None,
            ),
            (
                "Queue or cron",
                "Hi Ana,\n\nWould you pick a queue or cron? Any time this term would be fine.\n\nKarl",
                None,
            ),
            id="tomorrow would be best sets the day",
        ),
        pytest.param(
            "cut_off_sentence",
            ("Meetup talks", "oi Ana! saw you are running the meetup talks for the. is there still a slot?", None),
            ("Meetup talks", "oi Ana! saw you are running the meetup talks for august. is there still a slot?", None),
            id="a month in lower case ends a phrase",
        ),
        pytest.param(
            "sales_pitch",
            (
                "Your next step",
                (
                    "Hi Ana,\n\nI'm partnering with a logistics startup building its data team. A Head of Data role "
                    "there could be a great next step for someone with your profile. Free for a call?\n\nPri"
                ),
                None,
            ),
            (
                "Your next step",
                (
                    "Hi Ana,\n\nI'm a data analyst applying for a Head of Data role. Would that be a sensible next "
                    "step for someone with my profile, or too early?\n\nPri"
                ),
                None,
            ),
            id="a role offered to the reader as their next step is a pitch",
        ),
        pytest.param(
            "offer_found",
            (
                "October meetup talks",
                (
                    "Hi Ana! I saw you are running the October meetup talks. I have a 15-minute talk about caching "
                    "in Django, with numbers. Is there still a slot?"
                ),
                None,
            ),
            (
                "October meetup talks",
                (
                    "Hi Ana! I saw you are running the October meetup talks. I have a question about caching in "
                    "Django, with numbers. Is there still a slot?"
                ),
                None,
            ),
            id="a talk held ready for the reader's event is an offer",
        ),
        against_two_notes(
            ("A referee", CLASS_REFERENCE),
            "Her talk on pipeline testing",
            "Was in her 2022 evening course as a student",
            "a class is backed by notes on a course and its students",
        ),
        pytest.param(
            "no_clear_ask",
            (
                "Intro to Rui Costa",
                (
                    "Hi Ana,\n\nI taught maths for eight years and now work in support. Rui would be good to ask "
                    "about teaching in interviews.\n\nBo"
                ),
                None,
            ),
            (
                "Intro to Rui Costa",
                (
                    "Hi Ana,\n\nI taught maths for eight years and now work in support. I'd love ten minutes with "
                    "Rui on how he framed teaching in interviews.\n\nBo"
                ),
                None,
            ),
            id="ten minutes wished for with someone is a request",
        ),
        pytest.param(
            "vague_ask",
            (
                "My GitHub",
                "Hi Ana,\n\nI build iOS apps. Could you take a look at my GitHub and say what to improve?\n\nBo",
                None,
            ),
            (
                "Retry backoff",
                (
                    "Hi Ana,\n\nI build iOS apps. Could you take a look at my retry helper and say whether the "
                    "backoff is sane?\n\nBo"
                ),
                None,
            ),
            id="a look at a whole GitHub names nothing to look at",
        ),
        pytest.param(
            "pressure",
            ("Blank dates", hi_ana("When the field is blank, which date should the checker assume? Send word today.")),
            (
                "Blank dates",
                hi_ana("When the field is blank, which date should the checker assume? Our form treats it as today."),
            ),
            id="a day named as a value is no deadline",
        ),
        pytest.param(
            "pressure",
            (
                "Peer error",
                hi_ana(
                    "Step 4 of the install stops on `E_PEER`. We need to get it shipped tonight if we can. Which "
                    "flag should I try?"
                ),
            ),
            (
                "Peer error",
                hi_ana(
                    "Step 4 of the install stops on `E_PEER`. We need to get it shipped by spring if we can. Which "
                    "flag should I try?"
                ),
            ),
            id="the writer's fix wanted on the day presses the reader",
        ),
        pytest.param(
            "pressure",
            (
                "Locale in keys",
                hi_ana("Does the locale belong in the cache key? Our demo is Monday, so sooner would be better."),
            ),
            (
                "Locale in keys",
                hi_ana("Does the locale belong in the cache key? Our demo is Monday, so even a one-word answer helps."),
            ),
            id="sooner called better hurries the reader",
        ),
        pytest.param(
            "pressure",
            (
                "",
                (
                    "Hi Ana, we sat together at the Leith form-design evening. Please confirm soon so I can send my "
                    "question."
                ),
                CONNECTION,
            ),
            (
                "",
                (
                    "Hi Ana, we sat together at the Leith form-design evening. Add me whenever it suits, and I'll send "
                    "my question."
                ),
                CONNECTION,
            ),
            id="acceptance hurried is pressure",
        ),
        pytest.param(
            "presumes",
            (
                "Ring contrast",
                hi_ana(
                    "Must a focus ring keep 3:1 over a photo background? Surely a busy lead wouldn't refuse one line."
                ),
            ),
            (
                "Ring contrast",
                hi_ana("Must a focus ring keep 3:1 over a photo background? Any short answer settles it."),
            ),
            id="the reader's compliance assumed is presumption",
        ),
        pytest.param(
            "demand",
            ("Reviewer norms", hi_ana("I review code at a bank. Your answer is expected by our panel on Friday.")),
            (
                "Reviewer norms",
                hi_ana(
                    "I review code at a bank. Could you tell me how reviewers at your firm are expected to sign off?"
                ),
            ),
            id="a norm in the reader's setting is no order",
        ),
        pytest.param(
            "no_clear_ask",
            (
                "Refund paragraph",
                hi_ana(
                    "After your post I rewrote our refund notice. My doubt is just whether the last line reads as "
                    "a promise."
                ),
            ),
            (
                "Refund paragraph",
                hi_ana(
                    "After your post I rewrote our refund notice. My question is just whether the last line reads "
                    "as a promise."
                ),
            ),
            id="my question, just whether, is an ask",
        ),
        pytest.param(
            "filler",
            (
                "",
                (
                    "Hi Ana, I hope your month has been calm! I patched the broken link in your rota tutorial. Glad to "
                    "connect."
                ),
                CONNECTION,
            ),
            ("", "Hi Ana, I patched the broken link in your rota tutorial. Glad to connect.", CONNECTION),
            id="a wish for the reader's month fills a note",
        ),
        pytest.param(
            "vague_wording",
            ("Greek manual", hi_ana("I put your manual into Greek last winter. Could I help with something in it?")),
            (
                "Greek manual",
                hi_ana("I put your manual into Greek last winter. If something in it goes stale, could I help?"),
            ),
            id="something that may come is any thing",
        ),
        pytest.param(
            "vague_wording",
            ("The 3.0 cut", hi_ana("Some things about the 3.0 cut puzzle me. Could we speak for 15 minutes?")),
            (
                "The 3.0 cut",
                hi_ana(
                    "Two things about the 3.0 cut puzzle me: the flag names and the freeze date. Could we speak for "
                    "15 minutes?"
                ),
            ),
            id="things counted and named are no vague word",
        ),
        pytest.param(
            "vague_problem",
            ("Linter help", hi_ana("Your linter is set up in our repo, but it's not working. Where do I start?")),
            (
                "Linter help",
                hi_ana(
                    "Your linter 4.2 is set up in our repo, but it's not working: each file gets `rule-unknown`. "
                    "Where do I start?"
                ),
            ),
            id="a tool said not to work, with no detail, is a vague problem",
        ),
        pytest.param(
            "vague_problem",
            ("Linter help", hi_ana("Since Monday the lint job keeps throwing errors. Where do I start?")),
            (
                "Linter help",
                hi_ana("Since Monday the lint job keeps throwing `E_NOCONF` after our move to 4.2. Where do I start?"),
            ),
            id="errors kept thrown, with no detail, is a vague problem",
        ),
        pytest.param(
            "vague_problem",
            ("Linter help", hi_ana("I installed the linter and it won't run. Where do I start?")),
            ("Linter help", hi_ana("I upgraded the linter and it won't run. Where do I start?")),
            id="an install is where a report starts, not a detail",
        ),
        pytest.param(
            "sales_pitch",
            (
                "Parking forms",
                hi_ana(
                    "I run a two-person design shop. Our fees are listed online. Which form pattern would you test "
                    "first?"
                ),
            ),
            (
                "Parking forms",
                hi_ana(
                    "I work in a council's digital team. Our fees team wants shorter parking forms. Which form "
                    "pattern would you test first?"
                ),
            ),
            id="a team named by fees is no price",
        ),
        pytest.param(
            "sales_pitch",
            (
                "Docs folder",
                hi_ana(
                    "Where should the Greek docs live? As thanks, I could give you a free makeover of your homepage."
                ),
            ),
            ("Docs folder", hi_ana("Where should the Greek docs live? As thanks, I could redo the docs' front page.")),
            id="a free makeover offered to a stranger is a pitch",
        ),
        pytest.param(
            "offer_found",
            (
                "Greek manual",
                hi_ana(
                    "I put your manual into Greek last winter. I'll keep the Greek manual current with each release. "
                    "Where should it live?"
                ),
            ),
            (
                "Greek manual",
                hi_ana(
                    "I put your manual into Greek last winter. I kept the Greek manual current with each release. "
                    "Where should it live?"
                ),
            ),
            id="work kept up for the reader is offered",
        ),
        pytest.param(
            "offer_found",
            ("Parser ticket", hi_ana("Could I claim the parser ticket on your board? It looks like a weekend's work.")),
            (
                "Parser ticket",
                hi_ana("Could I ask who wrote the parser ticket on your board? It looks like a weekend's work."),
            ),
            id="an open task taken on is offered",
        ),
        pytest.param(
            "vague_ask",
            ("", "Hi Ana, I'm Bo, the one from that thing in spring, you know, the tabs. Glad to connect.", CONNECTION),
            (
                "",
                "Hi Ana, I'm Bo; you accepted my spelling patch to the tabs demo in spring. Glad to connect.",
                CONNECTION,
            ),
            id="a patch the reader accepted ties the two",
        ),
        pytest.param(
            "vague_ask",
            (
                "",
                "Hi Ana, we subtitled the second lecture of the hedgerow course in Gaelic. Glad to connect.",
                notes_on_ana("None specific", "connection"),
            ),
            (
                "",
                "Hi Ana, we subtitled the second lecture of the hedgerow course in Gaelic. Glad to connect.",
                notes_on_ana("Subtitled hedgerow's second lecture into Gaelic", "connection"),
            ),
            id="a contribution the notes record ties the two",
        ),
        pytest.param(
            "outsized_ask",
            ("A referee", REFERENCE_FOR_A_GO_ROLE, notes_on_ana("Heard her on a podcast")),
            (
                "A referee",
                REFERENCE_FOR_A_GO_ROLE,
                notes_on_ana("Worked with her for two years on the billing service"),
            ),
            id="a referee who worked with the writer can vouch",
        ),
        pytest.param(
            "unverified_reference",
            ("Flaky tests", ISSUE_AND_FLAKY_TESTS_TALK, notes_on_ana("Read her March issue on flaky tests")),
            (
                "Flaky tests",
                ISSUE_AND_FLAKY_TESTS_TALK,
                notes_on_ana("Read her March issue and her talk on flaky tests"),
            ),
            id="a second piece the notes record, named again, is backed",
        ),
        pytest.param(
            "demand",
            (
                "Upgrade failure",
                hi_ana(
                    "To do before we talk:\n1. Clear the cache.\n2. Read the upgrade notes.\n\nWhy does 3.1 drop our "
                    "hooks?"
                ),
            ),
            (
                "Upgrade failure",
                hi_ana(
                    "Done so far:\n1. Cleared the cache.\n2. Read the upgrade notes.\n\nWhy does 3.1 drop our hooks?"
                ),
            ),
            id="a step in a list of steps taken is past",
        ),
        pytest.param(
            "offer_found",
            (
                "Retry guide",
                hi_ana(
                    "Is the backoff capped at 30 s? If it is, I'd happily turn it into a wiki page or a short guide, "
                    "whichever you prefer."
                ),
            ),
            (
                "Retry guide",
                hi_ana(
                    "Is the backoff capped at 30 s? If it is, I'd happily go over it on a call or by email, "
                    "whichever you prefer."
                ),
            ),
            id="a choice between two forms of a gift is still a gift",
        ),
        pytest.param(
            "demand",
            ("Slides", hi_ana("Update the slides before Friday. Which of the two charts should lead?")),
            ("Slides", hi_ana("Update: the slides went out before Friday. Which of the two charts should lead?")),
            id="an update announced is no order",
        ),
        pytest.param(
            "offer_found",
            (
                "Digest bug",
                hi_ana(
                    "Does the audit report list image digests? Should it be a bug, I'll post my patch in the forum."
                ),
            ),
            (
                "Digest bug",
                hi_ana(
                    "Does the audit report list image digests? Should it be a bug, I'll post my request in the forum."
                ),
            ),
            id="a fix made public for the next person is offered",
        ),
        pytest.param(
            "name_case",
            ("Digests", hi_ana("Does the html report list the image digests of each step?")),
            ("Digests", hi_ana("Does the report made by --output html list the image digests of each step?")),
            id="a word after a command-line option is its value",
        ),
        pytest.param(
            "sales_pitch",
            (
                "Release help",
                hi_ana(
                    "Which release candidate should I test first? In return I can help you grow your following on "
                    "social media."
                ),
            ),
            (
                "Release help",
                hi_ana(
                    "Which release candidate should I test first? In return I can help you triage the release "
                    "candidate's bug reports."
                ),
            ),
            id="help to grow the reader's following is a freelancer's pitch",
        ),
        pytest.param(
            "vague_problem",
            ("Pipeline help", hi_ana("Our nightly job is not working, even when I run it alone. Where should I look?")),
            (
                "Pipeline help",
                hi_ana("Our nightly job is not working, even when I pass one sample sheet. Where should I look?"),
            ),
            id="running it is no detail of a failure",
        ),
        pytest.param(
            "offer_found",
            ("Index fix", hi_ana("The partial index skips archived rows. We could fix it this week if you agree.")),
            (
                "Index fix",
                hi_ana("The partial index skips archived rows. Could you show me how we could fix it this week?"),
            ),
            id="a question put inside the ask offers nothing",
        ),
        pytest.param(
            "accusatory_question",
            (
                "Career change",
                hi_ana(
                    "I'm a lab technician learning Python. Are they even hiring juniors? Which first project would "
                    "you pick?"
                ),
            ),
            (
                "Career change",
                hi_ana(
                    "I'm a lab technician learning Python. Your episode answered the "
                    '"are they even hiring juniors" worry I had. Which first project would you pick?'
                ),
            ),
            id="a question in quotation marks is named, not put",
        ),
        pytest.param(
            "pressure",
            ("Urgent: question on cache keys", hi_ana("Does the locale belong in the cache key, or in the path?")),
            ("Question on cache keys", hi_ana("Does the locale belong in the cache key, or in the path?")),
            id="urgency in the subject presses the reader",
        ),
        pytest.param(
            "presumes",
            (
                "Migration help",
                hi_ana(
                    "We are moving three services to your queue library. I'm sure you can spare the time for a "
                    "project this size."
                ),
            ),
            (
                "Migration help",
                hi_ana(
                    "We are moving three services to your queue library. I hope you can spare the time for a project "
                    "this size."
                ),
            ),
            id="the reader's time taken for granted presumes",
        ),
        pytest.param(
            "flexibility",
            (
                "Index review",
                hi_ana("Would you glance at a single partial index of ours? Any weekday works; I'm flexible."),
            ),
            (
                "Index review",
                hi_ana(
                    "Would you glance at a single partial index of ours? Your calendar is surely more flexible "
                    "than ours."
                ),
            ),
            id="the reader's week called freer than the writer's is no flexibility offered",
        ),
        pytest.param(
            "demand",
            ("Index review", hi_ana("Does the partial index need the archived flag? You must answer this week.")),
            (
                "Index review",
                hi_ana("Does the partial index need the archived flag? Don't feel you must answer this week."),
            ),
            id="a way out is no order",
        ),
        pytest.param(
            "no_clear_ask",
            (
                "Crash record",
                hi_ana(
                    "Moving the buffer fixed the freeze. My one remaining worry is if the vector table should move too."
                ),
            ),
            (
                "Crash record",
                hi_ana(
                    "Moving the buffer fixed the freeze. The only question left is if the vector table should move too."
                ),
            ),
            id="the only question left is an ask",
        ),
        pytest.param(
            "vague_wording",
            (
                "Firmware jobs",
                hi_ana(
                    "I'm returning to firmware after four years. I'd like to hear about things in the field. Could "
                    "we talk for 15 minutes?"
                ),
            ),
            (
                "Firmware jobs",
                hi_ana(
                    "I'm returning to firmware after four years. I'd like to hear where things are going in the "
                    "field. Could we talk for 15 minutes?"
                ),
            ),
            id="where things are going is an idiom",
        ),
        pytest.param(
            "vague_ask",
            ("", "Hi Ana, I'm Bo, from that thing last spring with the tabs. Glad to connect.", CONNECTION),
            ("", "Hi Ana, I'm Bo; I wrote the tabs fix (#88) you merged in spring. Glad to connect.", CONNECTION),
            id="a fix the reader merged ties the two, its number between",
        ),
        pytest.param(
            "vague_ask",
            ("Profilers", hi_ana("I'm new to performance work. I use perf daily. How do I get as good as you?")),
            ("Profilers", hi_ana("I'm new to performance work. I use perf daily. How do I read its flame graphs?")),
            id="a whole career asked in one line names nothing",
        ),
        pytest.param(
            "vague_ask",
            ("Retry maths", hi_ana("My fork of your retry helper misbehaves. Can you check what is wrong?")),
            (
                "Retry maths",
                hi_ana(
                    "My fork of your retry helper misbehaves. Can you check what is off in the jitter maths of "
                    "section 2?"
                ),
            ),
            id="the reader set to find the fault with no lead",
        ),
        pytest.param(
            "you_start",
            (
                "Paging",
                hi_ana('I read "Paged at 4 a.m." twice. You moved the alert to a queue. Why a queue and not a timer?'),
            ),
            ("Paging", hi_ana('In "Paged at 4 a.m." you moved the alert to a queue. Why a queue and not a timer?')),
            id="a time of day inside a title does not end the sentence",
        ),
        pytest.param(
            "outsized_ask",
            (
                "Erase timings",
                hi_ana("I logged 3,000 erase timings on GD32 parts. Could you share my write-up with your readers?"),
            ),
            (
                "Erase timings",
                hi_ana(
                    "I logged 3,000 erase timings on GD32 parts. I could add my write-up below the post, if it is of "
                    "use to your readers."
                ),
            ),
            id="the writer's own comment, of use to the reader's readers, asks for no audience",
        ),
        pytest.param(
            "cut_off_sentence",
            (
                "DMA frames",
                hi_ana("Our board: an STM32, 64 MB of RAM, the cache on. Why does DMA tear one frame in fifty?"),
            ),
            (
                "DMA frames",
                hi_ana("Our board: an STM32, 64 MB of RAM, D-cache on. Why does DMA tear one frame in fifty?"),
            ),
            id="a listed thing and its setting is no cut-off",
        ),
        pytest.param(
            "cut_off_sentence",
            (
                "Back to firmware",
                hi_ana(
                    "I rebuilt an old driver to see if my C is rusty, and it partly is the. Which RTOS would you "
                    "start with?"
                ),
            ),
            (
                "Back to firmware",
                hi_ana(
                    "I rebuilt an old driver to see if my C is rusty, and it partly is. Which RTOS would you start "
                    "with?"
                ),
            ),
            id="an auxiliary that stands for its phrase, after an adverb, is no cut-off",
        ),
        pytest.param(
            "inventory",
            (
                "Supervisor statement",
                hi_ana(
                    "The grant form wants one signature. Could my tutor, my lab lead, my second reader, or my mentor "
                    "countersign?"
                ),
            ),
            (
                "Supervisor statement",
                hi_ana(
                    "The grant form wants one signature. Could my second reader, Dr. Anna Berg, countersign, or must "
                    "it be the chair?"
                ),
            ),
            id="a person named between commas is no list",
        ),
        pytest.param(
            "impersonal_greeting",
            ("Shard rebalancing", "Dear Madam,\n\n" + SHARD_QUESTION + "\n\nRespectfully,\nBo", ANA),
            ("Shard rebalancing", "Dear Madam Ruiz,\n\n" + SHARD_QUESTION + "\n\nRespectfully,\nBo", ANA),
            id="madam before a surname names the reader",
        ),
        pytest.param(
            "cut_off_sentence",
            (
                "Flag rollout",
                hi_ana("Our canary failed twice and we told the release team which. Would you stop it or wait a day?"),
            ),
            (
                "Flag rollout",
                hi_ana(
                    "Our canary failed twice and we told the release team precisely that. Would you stop it or "
                    "wait a day?"
                ),
            ),
            id="an adverb before that points at a pronoun",
        ),
        pytest.param(
            "cut_off_sentence",
            (
                "Retry policy",
                hi_ana("Our retries double the load. Do you persuade to cap them at three, or to drop them?"),
            ),
            (
                "Retry policy",
                hi_ana("Our retries double the load. Do you advise to cap them at three, or to drop them?"),
            ),
            id="advise to is a verb form, not a lost object",
        ),
        pytest.param(
            "you_start",
            (
                "Thank you",
                hi_ana("You ignore half the questions on the forum. Could I still ask one about shard moves?"),
            ),
            (
                "Thank you",
                hi_ana(
                    "You replied to my forum question in March, so here is how it ended: the shard move took an hour."
                ),
            ),
            id="you and a reply they gave is shared memory",
        ),
        pytest.param(
            "offer_found",
            (
                "Switching to data work",
                hi_ana("After school I would help your team label the sensor data. Which course should I take first?"),
            ),
            (
                "Switching to data work",
                hi_ana("After school I would help my uncle label his shop's stock. Which course should I take first?"),
            ),
            id="help to the writer's own family is no offer",
        ),
        pytest.param(
            "offer_missing_from_plan",
            (
                "Shard moves",
                hi_ana("I tried moving one tenant on staging and it took 40 minutes. Is that normal for 2 TB?"),
                {"mentee": {"offer": "A staging run of the script on our cluster"}},
            ),
            (
                "Shard moves",
                hi_ana("I tried moving one tenant on staging and it took 40 minutes. Is that normal for 2 TB?"),
                {"mentee": {"offer": "None yet, beyond my thanks"}},
            ),
            id="an offer field that says none plans none",
        ),
        pytest.param(
            "sales_pitch",
            (
                "Seat pricing",
                hi_ana("Our tool is €4 a month per seat for your team. When you moved to seats, did churn rise?"),
            ),
            (
                "Seat pricing",
                hi_ana(
                    "We're weighing charging €4 a month per seat for our tool. When you moved to seats, did churn rise?"
                ),
            ),
            id="a price the writer is weighing for their own product is the question",
        ),
        pytest.param(
            "sales_pitch",
            (
                "Seat pricing",
                hi_ana("My app tracks your invoices for €4 a month. When you moved to seats, did churn rise?"),
            ),
            (
                "Seat pricing",
                hi_ana("My app has 600 users on a €40 yearly plan. When you moved to seats, did churn rise?"),
            ),
            id="an app's user count is the writer's situation",
        ),
        pytest.param(
            "unverified_reference",
            (
                "Crash logs",
                hi_ana(
                    "Your stream #41 on symbolicating crash logs helped me find a leak. Which tool drew the graphs?"
                ),
                notes_on_ana("Read her post on release trains"),
            ),
            (
                "Crash logs",
                hi_ana(
                    "Your stream #41 on symbolicating crash logs helped me find a leak. Which tool drew the graphs?"
                ),
                notes_on_ana("Watched episode #41 of her Friday show on symbolicating crash logs"),
            ),
            id="a stream the notes record as a watched episode",
        ),
        pytest.param(
            "pure_ask",
            (
                "First contribution",
                hi_ana("Two issues carry the starter label, #52 and #57. Which matters more to you?"),
            ),
            (
                "First contribution",
                hi_ana(
                    "Two issues carry the starter label, #52 and #57. Which matters more to you? I can start "
                    "with #57 unless someone has it."
                ),
            ),
            id="an open issue taken on by its number is an offer",
        ),
        pytest.param(
            "pure_ask",
            ("First contribution", hi_ana("The sample app fails to link on my machine too. Is #57 still wanted?")),
            (
                "First contribution",
                hi_ana("I did already reproduce the link error in the sample app. Is #57 still wanted?"),
            ),
            id="an emphatic did before the work done is homework",
        ),
        pytest.param(
            "pure_ask",
            ("Android support", hi_ana("Is Android in scope for the next major? We keep a small fork for it.")),
            (
                "Android support",
                hi_ana(
                    "Is Android in scope for the next major? We keep a small fork and I'd gladly upstream its "
                    "two patches."
                ),
            ),
            id="upstreaming a fork's patches is an offer",
        ),
        pytest.param(
            "presumes",
            (
                "Token bug",
                hi_ana("The refresh runs twice under load. I'm certain you can fast-track it before our launch."),
            ),
            (
                "Token bug",
                hi_ana(
                    "The refresh runs twice under load. I'm sure you have higher priorities, so a pointer is plenty."
                ),
            ),
            id="their order of work taken for granted",
        ),
        pytest.param(
            "pressure",
            (
                "Chart library",
                hi_ana("The legend overlaps on small screens. We need to get it patched soon for my thesis demo."),
            ),
            (
                "Chart library",
                hi_ana("The legend overlaps on small screens. I'd like it patched for my thesis demo in June."),
            ),
            id="the writer's fix wanted soon",
        ),
        pytest.param(
            "pressure",
            ("Token bug", hi_ana("The refresh runs twice under load. Could you please fix it this week?")),
            (
                "Token bug",
                hi_ana("The refresh runs twice under load. I'll dig into it this week; could you say where to start?"),
            ),
            id="the reader's work put on the writer's week",
        ),
        pytest.param(
            "pressure",
            (
                "Token refresh fix needed before our launch",
                hi_ana("The refresh runs twice under load. Is a lock the right fix?"),
            ),
            (
                "Token refresh runs twice before our launch",
                hi_ana("The refresh runs twice under load. Is a lock the right fix?"),
            ),
            id="needed before in a subject sets a date",
        ),
        pytest.param(
            "vague_ask",
            ("Starting out", hi_ana("I'm new to embedded work. Any tips for a newcomer like me?")),
            (
                "Starting out",
                hi_ana("I'm new to embedded work. Any tips for a newcomer on reading datasheets?"),
            ),
            id="the asker named by kind is no topic",
        ),
        pytest.param(
            "vague_ask",
            (
                "Re: ICC for clustered trials",
                hi_ana("Checking in once more. Any feedback on my earlier note?"),
                {"kind": "followup"},
            ),
            (
                "Re: ICC for clustered trials",
                hi_ana("Checking in once more. Is 0.05 a fair ICC for 30 clinics?"),
                {"kind": "followup"},
            ),
            id="a nudge pointing at the earlier message",
        ),
        pytest.param(
            "format_named",
            (
                "Re: ICC",
                hi_ana("Checking in once more. Could we settle it by email: is 0.05 a fair ICC for 30 clinics?"),
                {"kind": "followup"},
            ),
            (
                "Re: ICC",
                hi_ana("Checking in once more on my previous email: is 0.05 a fair ICC for 30 clinics?"),
                {"kind": "followup"},
            ),
            id="the earlier email is no format",
        ),
        pytest.param(
            "outsized_ask",
            (
                "Mentorship",
                hi_ana(
                    "I'm switching from nursing to analytics. I'd like us to speak for an hour every Monday while you "
                    "set my next topic."
                ),
            ),
            (
                "Mentorship",
                hi_ana(
                    "I'm switching from nursing to analytics. I'd like us to speak once, for you to tell me "
                    "which topic comes first."
                ),
            ),
            id="a weekly call wished for is a standing commitment",
        ),
        pytest.param(
            "please_at_start",
            ("Career change", hi_ana("Please send me your reading list. I taught maths for nine years.")),
            ("Career change", hi_ana("Please allow me to explain my switch. I taught maths for nine years.")),
            id="leave asked for the writer orders nothing",
        ),
        pytest.param(
            "vague_ask",
            ("Thesis draft", hi_ana("My thesis draft is attached. Would you send notes on everything?")),
            (
                "Thesis draft",
                hi_ana("My thesis draft is attached. Would you send notes on the sampling section?"),
            ),
            id="comments on everything mark out nothing",
        ),
        pytest.param(
            "pressure",
            ("Thesis draft", hi_ana("My thesis draft is attached. Notes from you within two weeks would be perfect.")),
            ("Thesis draft", hi_ana("My thesis draft is attached. I revised it within two weeks of the last review.")),
            id="a reply wanted within weeks",
        ),
        pytest.param(
            "preamble",
            (
                "Screen reader notes",
                hi_ana(
                    "This spring we moved house across the city, my cat got lost for a week and was found again "
                    "by a neighbour, the boiler broke twice in the cold snap, and my new job started in a rush "
                    "with a week of training in Leeds and two more in Hull. Anyway, is the rotor action on the "
                    "paid badge meant to skip?"
                ),
            ),
            (
                "Screen reader notes",
                hi_ana(
                    "I use your budgeting app daily with a screen reader, mostly for invoices and the monthly "
                    "chart, and across the last pair of releases I logged each place the rotor and the labels let me "
                    "down, so three rough edges are listed below should you want them anyway. Is the rotor "
                    "action on the paid badge meant to skip?"
                ),
            ),
            id="anyway closing a clause means regardless",
        ),
        pytest.param(
            "ready_to_use",
            (
                "Intro to Lee Park",
                hi_ana(
                    "Lee Park runs billing at your firm. Would you forward this short blurb below?\n\n"
                    '"Lee, Bo studies how billing teams test price changes; thirty minutes, no data asked."'
                ),
            ),
            (
                "Intro to Lee Park",
                hi_ana(
                    "Lee Park runs billing at your firm. Could you introduce us? I study how billing teams test "
                    "price changes."
                ),
            ),
            id="a note to forward is ready to use",
        ),
        pytest.param(
            "pure_ask",
            (
                "Audit pricing",
                hi_ana("I'm starting to sell screen-reader audits. What would a small studio pay for one?"),
            ),
            (
                "Audit pricing",
                hi_ana(
                    "I'm starting to sell screen-reader audits. What would a small studio pay for one? I noted "
                    "two gaps in your app's labels; the steps are ready whenever you want them."
                ),
            ),
            id="work held ready for the reader is an offer",
        ),
        pytest.param(
            "sales_pitch",
            (
                "Queue after update",
                hi_ana(
                    "Does the job queue survive an app update? In return I can give you some exposure at our "
                    "student meetup."
                ),
            ),
            (
                "Queue after update",
                hi_ana("Does the job queue survive an app update? In return I'd add the answer to your docs."),
            ),
            id="exposure offered as payment",
        ),
        pytest.param(
            "no_figures",
            (
                "",
                "Hi Ana, your write-up on sample sizes helped me. We plan a trial of a cheaper delivery fee. Is our "
                "panel large enough?",
                {"kind": "first"},
            ),
            (
                "",
                "Hi Ana, your write-up on sample sizes helped me. We plan a trial of a cheaper delivery fee with 900 "
                "people per "
                "arm. Is our panel large enough?",
                {"kind": "first"},
            ),
            id="a question of size with no numbers",
        ),
        pytest.param(
            "company_history",
            (
                "Decoder per route",
                hi_ana(
                    "We're an agency of 60 people, founded in 2009, mostly doing retail apps. Can a decoder be "
                    "set per route?"
                ),
            ),
            (
                "Decoder per route",
                hi_ana("We're evaluating your client for a retail app. Can a decoder be set per route?"),
            ),
            id="the writer's company told as a brochure",
        ),
        pytest.param(
            "unverified_reference",
            (
                "Variance check",
                hi_ana("I used the bootstrap from your essay about resampled intervals. Why is mine twice as wide?"),
                notes_on_ana("Read her essay on queueing delays"),
            ),
            (
                "Variance check",
                hi_ana(
                    "I used the bootstrap from your essay, so the two results ought to agree. Why is mine twice "
                    "as wide?"
                ),
                notes_on_ana("Read her essay on queueing delays"),
            ),
            id="a clause of the writer's own after the reference says nothing of the post",
        ),
        pytest.param(
            "unverified_reference",
            (
                "Translated drills",
                hi_ana("The drills come from your book on drill design for small teams. May I post them?"),
                notes_on_ana("Read her book's chapter on queueing"),
            ),
            (
                "Translated drills",
                hi_ana(
                    "Since the drills are taken from your book I had not dared to share them unasked. May I post them?"
                ),
                notes_on_ana("Read her book's chapter on queueing"),
            ),
            id="the writer as a new subject after the reference",
        ),
        pytest.param(
            "unverified_reference",
            (
                "Thank you",
                hi_ana("The fix worked and I've linked your post about canary weights."),
                notes_on_ana("Read her post on queueing delays", "thanks"),
            ),
            (
                "Thank you",
                hi_ana("The fix worked and I've cited your post in our onboarding wiki."),
                notes_on_ana("Read her post on queueing delays", "thanks"),
            ),
            id="the writer's own place for the work is no detail of it",
        ),
        pytest.param(
            "unverified_reference",
            (
                "Retry figure",
                hi_ana('Your talk "Backoff Is a Budget" cites a 40% figure. Where is it from?'),
                notes_on_ana("Read her post on queues"),
            ),
            (
                "Retry figure",
                hi_ana('Your talk "Backoff Is a Budget" cites a 40% figure. Where is it from?'),
                notes_on_ana("Watched 'Backoff Is a Budget' twice and noted its ninth slide"),
            ),
            id="a title the notes record backs the work",
        ),
        pytest.param(
            "unverified_reference",
            (
                "Intro to Lee",
                hi_ana(
                    "Your essay on billing retries helped me. Could you forward this? "
                    '"Hi Lee, one thing puzzles me." It is short.'
                ),
                notes_on_ana("Read her post on queues"),
            ),
            (
                "Intro to Lee",
                hi_ana(
                    "Could you forward this? "
                    '"Hi Lee, your essay on billing retries helped me, and one thing puzzles me." It is short.'
                ),
                notes_on_ana("Read her post on queues"),
            ),
            id="a note drafted for a third person speaks of their work",
        ),
        pytest.param(
            "sales_pitch",
            (
                "Replay on reconnect",
                hi_ana(
                    "Our app syncs your receipts for €3 a month. When it reconnects, posts replay twice. Is that "
                    "the queue?"
                ),
            ),
            (
                "Replay on reconnect",
                hi_ana(
                    "We pay €3 a month for the sync server. When our app reconnects, posts replay twice. Is that "
                    "the queue?"
                ),
            ),
            id="what the writer's app does in a bug report is no pitch",
        ),
        pytest.param(
            "pressure",
            ("Schema freeze", hi_ana("Please mail me the checklist right now. My team needs it for the freeze.")),
            (
                "Schema freeze",
                hi_ana(
                    "My team is debating the schema freeze right now, and your checklist would settle it. May I use it?"
                ),
            ),
            id="right now of an act on the writer's side",
        ),
        pytest.param(
            "unverified_reference",
            (
                "Schema freeze",
                hi_ana("Your answer in last week's forum thread on schema freezes settled it. May I quote it?"),
                notes_on_ana("Read her post on queues"),
            ),
            (
                "Schema freeze",
                hi_ana("We are split on freezes. Your answer will settle it: freeze on Friday or Monday?"),
                notes_on_ana("Read her post on queues"),
            ),
            id="an answer still to come is the one asked for",
        ),
        pytest.param(
            "vague_ask",
            (
                "My homelab",
                hi_ana(
                    "I run a homelab with twelve services. Could you go over all of my repos and note the weak spots?"
                ),
            ),
            (
                "My homelab",
                hi_ana(
                    "I run a homelab with twelve services. Would you skim my backup script and say if the "
                    "retention is sane?"
                ),
            ),
            id="all of a writer's work asked to be looked over",
        ),
        pytest.param(
            "vague_ask",
            ("Next steps", hi_ana("The course ended for me in May. Can you show me what I could improve?")),
            (
                "Next steps",
                hi_ana(
                    "The course ended for me in May. Can you show me what I could improve in my capstone's "
                    "caching layer?"
                ),
            ),
            id="what to improve, with no lead",
        ),
        pytest.param(
            "vague_ask",
            (
                "Next steps",
                hi_ana("The course ended for me in May. Would you suggest a roadmap for the coming year?"),
            ),
            (
                "Next steps",
                hi_ana("The course ended for me in May. Would you suggest a book on query planning for a beginner?"),
            ),
            id="a plan for the months ahead",
        ),
        pytest.param(
            "demand",
            (
                "Thank you",
                hi_ana("The tab order fix shipped on Friday. Send any notes to my inbox."),
                {"kind": "thanks"},
            ),
            (
                "Thank you",
                hi_ana("The tab order fix shipped on Friday. Use any of it in your workshop if it helps."),
                {"kind": "thanks"},
            ),
            id="leave to use the writer's work is no order",
        ),
        pytest.param(
            "unverified_reference",
            (
                "Thank you",
                hi_ana("The fix shipped. The matrix is yours to use in your workshop on focus order and traps."),
                notes_on_ana("Read her post on queues", "thanks"),
            ),
            (
                "Thank you",
                hi_ana("The fix shipped. The matrix is yours to use in your workshop, if it helps; nothing to answer."),
                notes_on_ana("Read her post on queues", "thanks"),
            ),
            id="a condition after the reference says nothing of the work",
        ),
        pytest.param(
            "no_clear_ask",
            (
                "Re: lint rule still firing",
                hi_ana(
                    "Raising my earlier message again, as it may have sunk. In one line: the rule still "
                    "fires with the throttle set. The repro is unchanged."
                ),
                {"kind": "followup"},
            ),
            (
                "Re: lint rule still firing",
                hi_ana(
                    "Raising my earlier message again, as it may have sunk. In one line: the rule still "
                    "fires with the throttle set. I've now opened issue #77 with the same repro; feel free to reply "
                    "on the issue."
                ),
                {"kind": "followup"},
            ),
            id="a question moved to the tracker still stands",
        ),
        pytest.param(
            "textspeak",
            ("", "hey Ana, quick q: which linter would you start a new team on? cheers", {"kind": "first"}),
            ("", "Hey Ana, a quick question: which linter would you start a new team on? Cheers", {"kind": "first"}),
            id="quick q is chat shorthand",
        ),
        pytest.param(
            "vague_ask",
            (
                "Checkout and screen readers",
                hi_ana(
                    "Shoppers say our checkout is hard with screen readers. Could you show us what we're getting wrong?"
                ),
            ),
            (
                "Checkout and screen readers",
                hi_ana(
                    "Shoppers say our checkout is hard with screen readers. Could you show us what we're getting "
                    "wrong with the date picker's labels?"
                ),
            ),
            id="the fault left for the reader to find",
        ),
        pytest.param(
            "vague_wording",
            ("Alert budget", hi_ana("We need something for the pager. Which rule did you settle on?")),
            (
                "Alert budget",
                hi_ana("We'd rather copy something that held up than invent a rule. Which rule did you settle on?"),
            ),
            id="something its clause defines",
        ),
        pytest.param(
            "vague_ask",
            (
                "Alert budget",
                hi_ana("When a team goes over its page budget, could we have a conversation about it sometime?"),
            ),
            (
                "Alert budget",
                hi_ana(
                    "When a team goes over its page budget, do you freeze features at once, or does it turn into a "
                    "conversation with product?"
                ),
            ),
            id="a practice's options are no vague ask",
        ),
        pytest.param(
            "demand",
            (
                "Modal focus",
                hi_ana(
                    "Is it safe to skip the rule for one iframe? I'd expect an answer this week, since my firm "
                    "funds your project."
                ),
            ),
            (
                "Modal focus",
                hi_ana(
                    "Is it safe to skip the rule for one iframe? I'd expect the rule to pass once the frame has "
                    "a title."
                ),
            ),
            id="an answer expected of the reader",
        ),
        pytest.param(
            "pressure",
            (
                "Portfolio",
                hi_ana("I'm in your Thursday class. I'll send my portfolio for a look. Expect it by Sunday."),
            ),
            (
                "Portfolio",
                hi_ana(
                    "I'm in your Thursday class. I'll send my portfolio for a look. I expect it by Sunday to be done."
                ),
            ),
            id="delivery announced on the reader's calendar",
        ),
        pytest.param(
            "presumes",
            (
                "Update",
                hi_ana(
                    "The transcripts are live and opens tripled. As thanks, we've subscribed you to our monthly "
                    "newsletter."
                ),
                {"kind": "update"},
            ),
            (
                "Update",
                hi_ana(
                    "The transcripts are live and opens tripled. As thanks, we've added a credit to our "
                    "monthly newsletter."
                ),
                {"kind": "update"},
            ),
            id="the reader subscribed unasked",
        ),
        pytest.param(
            "spelling",
            ("Queue depth", hi_ana("Our consumers leave thousands of messages unackd at peak. Is prefetch the lever?")),
            (
                "Queue depth",
                hi_ana("Our consumers leave thousands of messages unacked at peak. Is prefetch the lever?"),
            ),
            id="unacked is a messaging term",
        ),
        pytest.param(
            "unverified_reference",
            (
                "Third change",
                hi_ana('Your post hints at "one more fix for later". What was it?'),
                notes_on_ana("Watched her talk on sharding"),
            ),
            (
                "Third change",
                hi_ana('Your post hints at "one more fix for later". What was it?'),
                notes_on_ana("Read her outage write-up, with its last fix left for later"),
            ),
            id="a write-up in the notes backs a post",
        ),
        pytest.param(
            "unverified_reference",
            (
                "Test matrix",
                hi_ana(
                    "For your night class on forms and labels, a test matrix is attached. Does it cover the basics?"
                ),
                notes_on_ana("Read her post on queues"),
            ),
            (
                "Test matrix",
                hi_ana("For your night class, you're welcome to the test matrix I made. Does it cover the basics?"),
                notes_on_ana("Read her post on queues"),
            ),
            id="the writer's clause after a comma says nothing of the class",
        ),
        pytest.param(
            "unverified_reference",
            (
                "Update",
                hi_ana("I lean on your course on severity ladders to rank the defects. It works."),
                notes_on_ana("Former student of hers", "update"),
            ),
            (
                "Update",
                hi_ana("I lean on your course to rank the defects. It works."),
                notes_on_ana("Former student of hers", "update"),
            ),
            id="the writer's purpose after the reference says nothing of the course",
        ),
        pytest.param(
            "factuality",
            (
                "Three questions",
                hi_ana("Which pairs of screen reader and browser do you test? Of course that matters most."),
            ),
            (
                "Three questions",
                hi_ana("Which pairs of screen reader and browser do you test? Of course, I'd fully understand a no."),
            ),
            id="of course granted to the reader",
        ),
        pytest.param(
            "no_figures",
            (
                "Load test",
                hi_ana("Our staging cluster is a handful of nodes. Is it big enough for a realistic load test?"),
            ),
            (
                "Junior role",
                hi_ana("I've shipped two small games on my own. Is my portfolio enough for a junior role?"),
            ),
            id="readiness is no question of numbers",
        ),
        pytest.param(
            "competing_asks",
            ("On-call for a new team", hi_ana("We are starting a pager rota for four engineers. " + FIVE_QUESTIONS)),
            (
                "On-call for a new team",
                hi_ana(
                    "We are starting a pager rota for four engineers. "
                    + THREE_QUESTIONS
                    + "\n\nWritten answers are perfect; would a short call suit you better?"
                ),
            ),
            id="three listed questions count as one ask",
        ),
        pytest.param(
            "company_history",
            (
                "Rotas for a small team",
                hi_ana("We're a studio of 15 people, founded in 2014. How do you split weekend pages?"),
            ),
            (
                "Rotas for a small team",
                hi_ana("We're a studio of 15 people with one ops engineer. How do you split weekend pages?"),
            ),
            id="a team's size is context, its founding year a brochure",
        ),
    ],
)
def test_a_finding_marks_one_message_and_spares_its_near_twin(code, marked, spared):
    assert code in codes(*marked)
    assert code not in codes(*spared)


def test_today_that_dates_a_figure_in_digits_or_a_state_is_no_pressure():
    for line in ("The rebuild takes 9 minutes, against 40 today.", "I'd keep the schema as it is today."):
        assert "pressure" not in codes("Build times", f"Hi Ana,\n\n{line} Could I ask one question?\n\nBest,\nSam")
    assert "pressure" in codes("Build times", "Hi Ana,\n\nCould you review the patch today.\n\nBest,\nSam")


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ruth,\n\nThank you for the review on my first patch. The tip about naming tests after the bug, I already "
        "used it at work this week.\n\nDev",
        "Hi Ruth,\n\nThanks again for the review. My PR #12 (parser tests) was merged yesterday.\n\nDev",
    ],
)
def test_a_thank_you_that_tells_what_came_of_the_help_reports_back(body):
    assert "reports_back" in codes("Thank you", body, {"kind": "thanks"})


def test_a_fix_already_sent_to_the_readers_project_is_something_given():
    body = (
        "Hi Ruth,\n\nThe install guide of your parser skips the system packages, so I sent PR #88 with the missing "
        "steps. Would you look at my plugin and tell me whether it fits the examples folder?\n\nDev"
    )
    found = codes("A plugin for your examples folder", body, {"kind": "first"})
    assert "pure_ask" not in found


def test_not_only_after_and_means_not_just_and_needs_no_but():
    body = (
        "Hi Ruth,\n\nThank you for the review. I now run the migration tests on a copy of production data and not "
        "only on an empty schema.\n\nDev"
    )
    assert "cut_off_sentence" not in codes("Thank you", body, {"kind": "thanks"})
