"""Every finding code with its rubric, severity and points, and how findings become scores.

A rubric's score is 3.0 plus the points of its findings, clamped to 1.0-5.0, so each
score can be traced back to the findings listed beside it. A code's points count at
most `cap` in total, so one habit repeated cannot swamp everything else. The few codes
marked "scaled" take points that grow with what they measure (e.g. words past the
sweet spot); their message states the measure.
"""

from collections import namedtuple

from ..vocabulary import RUBRICS

BASE = 3.0
# Past this many findings of one code, more would only repeat the point (and bloat a 20,000-word critique).
MAX_PER_CODE = 5
Rule = namedtuple("Rule", "rubric severity points cap")
# Praise on these rubrics lifts the score at most to 5.0 before the faults count, so a courteous letter with one
# emoji or a missing sign-off still scores below the same letter without it (the paper's strategies add up fast).
PRAISE_CEILING = {"professionalism": 5.0 - BASE}

RULES = {
    # clarity: what is asked decides most. An answerable ask about a named thing earns the most; a time bound and a
    # format add to an ask that is not vague but cannot rescue one that is. Findings that land on good and bad
    # messages alike (no time bound, vague words) weigh little.
    "specific_subject": Rule("clarity", "praise", 0.4, 0.4),
    "vague_subject": Rule("clarity", "major", -0.6, -0.6),
    "missing_subject": Rule("clarity", "minor", -0.4, -0.4),
    "specific_ask": Rule("clarity", "praise", 1.0, 1.0),
    "clear_ask": Rule("clarity", "praise", 0.4, 0.4),
    "vague_ask": Rule("clarity", "major", -0.8, -0.8),
    "vague_problem": Rule("clarity", "major", -0.8, -0.8),  # the ask rests on a failure named without its details
    "no_clear_ask": Rule("clarity", "major", -1.2, -1.2),
    "time_bound": Rule("clarity", "praise", 0.3, 0.3),
    "time_bound_only": Rule("clarity", "praise", 0.1, 0.1),
    "long_time_ask": Rule("clarity", "minor", -0.2, -0.2),  # more than the lesson's 15-30 minutes from a stranger
    "no_time_bound": Rule("clarity", "minor", -0.1, -0.1),
    "ask_minutes_mismatch": Rule("clarity", "minor", -0.4, -0.4),
    "format_named": Rule("clarity", "praise", 0.2, 0.2),
    "competing_asks": Rule("clarity", "minor", None, -0.6),  # scaled: 0.2 per ask past the second
    # Thank-you notes and progress updates (context kind "thanks"/"update") are judged on not asking again.
    "no_new_ask": Rule("clarity", "praise", 0.6, 0.6),
    "ask_in_aftercare": Rule("clarity", "minor", -0.6, -0.6),
    # What a first message's specific ask is to its clarity, naming the advice and what came of it is to theirs.
    "specific_takeaway": Rule("clarity", "praise", 0.4, 0.4),
    "buried_ask": Rule("clarity", "minor", -0.3, -0.3),
    "vague_wording": Rule("clarity", "minor", -0.1, -0.3),
    "long_sentence": Rule("clarity", "minor", -0.2, -0.4),
    "hard_to_read": Rule("clarity", "minor", -0.3, -0.3),
    # brevity: the length norm depends on the kind of message (brevity.NORMS); padding costs, needed context does not.
    "length_sweet_spot": Rule("brevity", "praise", 0.5, 0.5),
    "long_message": Rule("brevity", "minor", None, -0.75),  # scaled: words past the kind's range
    "too_long": Rule("brevity", "major", None, -2.0),  # scaled: words past the kind's range
    "too_short": Rule("brevity", "minor", -0.8, -0.8),
    "no_figures": Rule("brevity", "minor", -0.8, -0.8),  # short of what the answer turns on, like too_short
    # a note has no subject line and no paragraphs to lay out: fitting the limit carries what the sweet spot, a short
    # subject and a skimmable layout carry for an e-mail
    "fits_connection_note": Rule("brevity", "praise", 1.1, 1.1),
    "over_connection_limit": Rule("brevity", "major", -1.0, -1.0),
    "filler": Rule("brevity", "minor", -0.1, -0.5),
    "stacked_hedges": Rule("brevity", "minor", -0.2, -0.4),
    "stacked_thanks": Rule("brevity", "minor", -0.4, -0.4),
    "stacked_apologies": Rule("brevity", "minor", -0.4, -0.4),
    "preamble": Rule("brevity", "minor", -0.5, -0.5),
    "company_history": Rule("brevity", "minor", -0.6, -0.6),  # padding that also earned the length praise
    "inventory": Rule("brevity", "minor", -0.4, -0.4),
    "repeated_point": Rule("brevity", "minor", -0.5, -1.0),
    "restating": Rule("brevity", "minor", -0.3, -0.6),
    "wall_of_text": Rule("brevity", "minor", -0.4, -0.8),
    "skimmable": Rule("brevity", "praise", 0.3, 0.3),
    "many_paragraphs": Rule("brevity", "minor", -0.2, -0.2),
    "subject_length_ok": Rule("brevity", "praise", 0.3, 0.3),
    "subject_too_long": Rule("brevity", "minor", None, -1.0),  # scaled: per six characters past 70
    "no_filler": Rule("brevity", "praise", 0.3, 0.3),
    # value: graded by what the mentor gains or sees: an offer tied to their work, homework (a specific reference,
    # what the writer already tried), a promise to report back; minus praise that fits anyone, self-serving framing
    # and sales pitches. "Only asks" is reserved for a message with none of these.
    "offer_found": Rule("value", "praise", 0.6, 0.6),
    "pure_ask": Rule("value", "major", -0.8, -0.8),
    "nothing_new": Rule("value", "minor", -0.5, -0.5),
    "easier_route": Rule("value", "praise", 0.3, 0.3),
    "vague_offer": Rule("value", "minor", -0.3, -0.3),
    "offer_tied_to_their_work": Rule("value", "praise", 0.4, 0.4),
    "offer_matches_plan": Rule("value", "praise", 0.2, 0.2),
    "offer_missing_from_plan": Rule("value", "minor", -0.2, -0.2),
    "follow_through": Rule("value", "praise", 0.4, 0.4),
    "tried_already": Rule("value", "praise", 0.5, 0.5),
    "evidence": Rule("value", "praise", 0.3, 0.3),
    # After a meeting the mentor gains from hearing what their advice led to, not from a new offer.
    "reports_back": Rule("value", "praise", 0.8, 0.8),
    "report_measured": Rule("value", "praise", 0.3, 0.3),  # the result told in numbers: a change measured
    "nothing_reported": Rule("value", "minor", -0.5, -0.5),
    "gives_back": Rule("value", "praise", 0.4, 0.4),  # a thing made with the advice, handed back
    "bigger_favour": Rule("value", "minor", -0.5, -0.5),  # a message after the meeting asks for more
    "known_work": Rule("value", "praise", 0.5, 0.5),  # a word asked of someone who saw the work
    "ready_to_use": Rule("value", "praise", 0.5, 0.5),  # a note to forward, lines to paste: the favour made small
    "outsized_ask": Rule("value", "major", -1.0, -1.0),  # a name, an audience or a standing role from a stranger
    "stacked_favours": Rule("value", "minor", -0.5, -0.5),  # introductions, a referral and a good word at once
    "next_step": Rule("value", "praise", 0.3, 0.3),  # a named step the mentee will take with the advice
    "specific_reference": Rule("value", "praise", 0.4, 0.4),
    "mentions_their_work": Rule("value", "praise", 0.2, 0.2),  # why them, without saying what in it helped
    "reference_applied": Rule("value", "praise", 0.4, 0.4),
    "self_serving": Rule("value", "major", -0.8, -1.6),
    "sales_pitch": Rule("value", "major", -0.8, -1.6),
    "paid_favour": Rule("value", "major", -1.0, -1.0),  # a payment for a referral or a good word
    "generic_flattery": Rule("value", "minor", -0.4, -0.8),
    "resume_padding": Rule("value", "minor", -0.4, -0.4),
    "one_way_need": Rule("value", "minor", -0.3, -0.3),
    # professionalism. Each politeness strategy takes the politeness score of Danescu-Niculescu-Mizil et al. 2013
    # (ACL), Table 3: the mean z-scored human politeness of the requests that use it, one point per standard
    # deviation, counted once per message as the paper's binary features are. Figures as published (also in the
    # conversational-featurizer docs, features_conceptual/politeness_strategies): gratitude 0.87***, deference
    # 0.78***, indirect "by the way" 0.63***, please 0.49***, counterfactual modal 0.47***, greeting 0.43***,
    # apologizing 0.36***, hedges 0.14***, 1st person start 0.12***, positive lexicon 0.12***, indicative modal 0.09
    # (not significant), 1st person 0.08***, 1st person plural 0.08*, 2nd person 0.05*** (the last four together
    # are "personal_voice"); negative lexicon -0.13***, direct question -0.27***, please start -0.30*, 2nd person
    # start -0.30***, factuality -0.38***, direct start -0.43***. Sign-off, flexibility and the majors below
    # (demands, pressure, complaint, slang, textspeak, shouting, placeholders) come from email etiquette guidance,
    # not from the paper.
    "greeting": Rule("professionalism", "praise", 0.43, 0.43),
    "greets_by_name": Rule("professionalism", "praise", 0.2, 0.2),
    "no_greeting": Rule("professionalism", "minor", -0.2, -0.2),
    "greeting_without_name": Rule("professionalism", "minor", -0.2, -0.2),
    "impersonal_greeting": Rule("professionalism", "minor", -0.4, -0.4),
    "wrong_name": Rule("professionalism", "major", -1.5, -1.5),
    "sign_off": Rule("professionalism", "praise", 0.2, 0.2),
    "no_sign_off": Rule("professionalism", "minor", -0.2, -0.2),
    "gratitude": Rule("professionalism", "praise", 0.87, 0.87),
    "apology": Rule("professionalism", "praise", 0.36, 0.36),
    "please": Rule("professionalism", "praise", 0.49, 0.49),
    "please_at_start": Rule("professionalism", "minor", -0.30, -0.30),
    "indirect_request": Rule("professionalism", "praise", 0.47, 0.47),
    "indirect_aside": Rule("professionalism", "praise", 0.63, 0.63),
    "hedged_request": Rule("professionalism", "praise", 0.14, 0.14),
    "can_you": Rule("professionalism", "praise", 0.09, 0.09),
    "positive_words": Rule("professionalism", "praise", 0.12, 0.12),
    "personal_voice": Rule("professionalism", "praise", None, 0.33),  # scaled: the sum of the person markers found
    "flexibility": Rule("professionalism", "praise", 0.3, 0.3),
    "deference": Rule("professionalism", "praise", 0.78, 0.78),
    "demand": Rule("professionalism", "major", -1.0, -2.0),
    "pressure": Rule("professionalism", "major", -0.7, -1.4),
    "presumes": Rule("professionalism", "major", -0.8, -1.6),
    "accusatory_question": Rule("professionalism", "major", -0.8, -1.6),
    "direct_question": Rule("professionalism", "minor", -0.27, -0.27),
    "direct_start": Rule("professionalism", "minor", -0.43, -0.43),
    "you_start": Rule("professionalism", "minor", -0.30, -0.30),
    "factuality": Rule("professionalism", "minor", -0.38, -0.38),
    "complaint": Rule("professionalism", "minor", -0.5, -1.0),
    "grudging": Rule("professionalism", "minor", -0.5, -0.5),  # thanks with a grievance about the favour
    "negative_words": Rule("professionalism", "minor", -0.13, -0.13),
    "slang": Rule("professionalism", "major", -0.5, -1.5),
    "textspeak": Rule("professionalism", "major", -0.5, -1.5),
    "shouting": Rule("professionalism", "minor", -0.5, -1.0),
    "emoji": Rule("professionalism", "minor", -0.3, -0.3),
    "over_familiar": Rule("professionalism", "minor", -0.5, -1.0),
    "all_lowercase": Rule("professionalism", "minor", -0.4, -0.4),
    "placeholder": Rule("professionalism", "major", -1.0, -2.0),
    "unverified_reference": Rule("professionalism", "minor", -0.3, -0.3),
    # language (language.py): each slip is a finding with its correction and no points of its own; the summaries
    # carry the points, taken from the score the other findings leave, so a slip shows even on a 5.0.
    "spelling": Rule("professionalism", "minor", 0.0, 0.0),
    "name_case": Rule("professionalism", "minor", 0.0, 0.0),
    "doubled_word": Rule("professionalism", "minor", 0.0, 0.0),
    "doubled_punctuation": Rule("professionalism", "minor", 0.0, 0.0),
    "unbalanced_bracket": Rule("professionalism", "minor", 0.0, 0.0),
    "unbalanced_quote": Rule("professionalism", "minor", 0.0, 0.0),
    "lowercase_i": Rule("professionalism", "minor", 0.0, 0.0),
    "sentence_case": Rule("professionalism", "minor", 0.0, 0.0),
    "confused_word": Rule("professionalism", "minor", 0.0, 0.0),
    "agreement": Rule("professionalism", "minor", 0.0, 0.0),
    "iso_date": Rule("professionalism", "minor", 0.0, 0.0),
    "cut_off_sentence": Rule("clarity", "major", 0.0, 0.0),
    "language_slips": Rule("professionalism", "minor", None, -6.0),  # scaled: 0.7 per slip, at most 2.5 at three
    "broken_sentence": Rule("clarity", "major", None, -6.0),  # scaled: 1.0 off, at most 2.0
    "many_slips": Rule("clarity", "minor", None, -6.0),  # scaled: at most 3.5 at three slips
    "slips_past_floor": Rule("clarity", "minor", None, -6.0),  # scaled: what professionalism at 1.0 could not take
}


# Faults that make a careful reader refuse whatever else the message does well: no praise on their rubric makes up
# for them, so the rubric scores BASE less their cost (the rubric descriptors in the model's prompt put such a
# message at 1-2), and two of them still score below one.
DEAL_BREAKERS = frozenset(
    "outsized_ask self_serving sales_pitch paid_favour wrong_name demand pressure presumes accusatory_question".split()
)


class Findings:
    """Collects findings with their points and turns them into scores."""

    def __init__(self):
        self.items = []  # (finding dict, points)
        self.counts = {}

    def count(self, code):
        """How many findings of `code` were recorded."""
        return self.counts.get(code, 0)

    def add(self, code, message, fix, evidence=None, points=None, edit=None):
        """Record one finding of `code`; `evidence` is (field, field_text, start, end) or None.

        `edit`, when the coach can write the change itself, is a machine-applicable
        {"field": "subject"|"body", "start", "end", "replacement"} (an insertion when start == end).
        """
        rule = RULES[code]
        n = self.counts.get(code, 0)
        if n >= MAX_PER_CODE or n and evidence and self._covered(code, evidence):
            return
        self.counts[code] = n + 1
        finding = {
            "rubric": rule.rubric,
            "code": code,
            "severity": rule.severity,
            "message": message,
            "evidence": _evidence(*evidence) if evidence else None,
            "fix": fix,
        }
        if edit is not None:
            finding["edit"] = edit
        self.items.append((finding, rule.points if points is None else points))

    def _covered(self, code, evidence):
        """True when a finding of `code` already points at these words ("Tell me why ..." is one order, found
        both as an imperative sentence and as "tell me"): one fault, one finding."""
        field, _, start, end = evidence
        return any(
            f["code"] == code
            and f["evidence"]
            and f["evidence"]["field"] == field
            and f["evidence"]["start"] < end
            and start < f["evidence"]["end"]
            for f, _ in self.items
        )

    def scores(self):
        """Return {rubric: score}: BASE plus capped points, clamped to 1-5, one decimal."""
        per_rubric = {}  # {rubric: {code: points}}, summed in one pass, in the order total() sums them
        for finding, points in self.items:
            per_code = per_rubric.setdefault(finding["rubric"], {})
            per_code[finding["code"]] = per_code.get(finding["code"], 0.0) + points
        return {r: round(min(5.0, max(1.0, _capped_total(per_rubric.get(r, {}), r))), 1) for r in RUBRICS}

    def total(self, rubric):
        """BASE plus the capped points of `rubric`'s findings so far (praise up to PRAISE_CEILING), before clamping."""
        per_code = {}
        for finding, points in self.items:
            if finding["rubric"] == rubric:
                per_code[finding["code"]] = per_code.get(finding["code"], 0.0) + points
        return _capped_total(per_code, rubric)

    def copy(self):
        """An independent copy: its findings (and their evidence and edits) can change without touching these."""
        other = Findings()
        other.items = [(_copied(finding), points) for finding, points in self.items]
        other.counts = dict(self.counts)
        return other

    def findings(self):
        """Return the finding dicts, majors first, then minors, then praise (stable within each)."""
        order = {"major": 0, "minor": 1, "praise": 2}
        return sorted((f for f, _ in self.items), key=lambda f: order[f["severity"]])


def _capped_total(per_code, rubric):
    """BASE plus each code's summed points, each held to its rule's cap, and praise up to the rubric's ceiling."""
    capped = [
        min(points, RULES[code].cap) if RULES[code].cap > 0 else max(points, RULES[code].cap)
        for code, points in per_code.items()
    ]
    gains = 0.0 if DEAL_BREAKERS.intersection(per_code) else sum(p for p in capped if p > 0)
    return BASE + min(gains, PRAISE_CEILING.get(rubric, gains)) + sum(p for p in capped if p < 0)


def _copied(finding):
    """A finding with its own evidence and edit dicts (the only values in it that change)."""
    copy = finding.copy()
    for key in ("evidence", "edit"):
        if copy.get(key):
            copy[key] = copy[key].copy()
    return copy


def _evidence(field, text, start, end):
    return {"field": field, "text": text[start:end], "start": start, "end": end}
