"""The built-in check of a value proposition (the lesson's Exercise 2, step 3).

`check(text, research, inventory)` reads the 2-3 sentences a mentee wrote about what they offer one
mentor and returns {"score" 1-5, "findings", "stats", "engine"}; findings have the shape of message
findings with rubric "value" and evidence in the field "value_proposition". Pure Python, no Flask.
"""

import re

from .text import WORD, content_stems, count_words, sentences, stem

FIELD = "value_proposition"
BASE_SCORE = 5.0
# What each severity costs; praise costs nothing and only tells the mentee what to keep.
PENALTY = {"major": 1.5, "minor": 0.5, "praise": 0.0}
MAX_WORDS = 90  # three plain sentences rarely need more

FLATTERY = re.compile(
    r"\b(?:huge|big|biggest) fan\b|\bamazing\b|\bincredible\b|\bawesome\b|\blegend(?:ary)?\b|\bgenius\b"
    r"|\brock ?star\b|\bidol\b|\bi (?:really )?(?:admire|love) (?:you|your work|everything)\b|\binspiring\b"
    r"|\bbrilliant\b|\bso talented\b|\bworld[- ]class\b",
    re.I,
)
VAGUE_OFFER = re.compile(
    r"\b(?:anything you need|whatever you need|any way i can|however i can|anything at all|help in any way)\b", re.I
)
OFFER = re.compile(
    r"\b(?:i can|i could|i'd|i would|i'll|i will|happy to|glad to|offer|share|contribute|review|write|test"
    r"|build|teach|introduce|document|translate|benchmark|port)\b",
    re.I,
)
MUTUAL = re.compile(
    r"\b(?:learn\w*|teach\w*|exchange|swap|in return|together|both|mutual\w*|each other|compare notes"
    r"|reverse mentor\w*|perspective)\b",
    re.I,
)


def check(text, research="", inventory=""):
    """Critique one value proposition against the mentor's research and the mentee's inventory."""
    text = text or ""
    findings = []
    if not text.strip():
        findings.append(
            _finding(
                "missing",
                "major",
                "There is no value proposition yet.",
                "Write 2-3 sentences: what you offer, why your view interests them, "
                "what you could learn from each other.",
            )
        )
        return _result(findings, text, 0, 0)
    spans = sentences(text)
    words = count_words(text)
    findings += _length_findings(text, spans, words)
    findings += _tie_findings(text, research or "", inventory or "")
    findings += _flattery_findings(text)
    findings += _offer_findings(text)
    return _result(findings, text, len(spans), words)


def _length_findings(text, spans, words):
    if len(spans) < 2:
        return [
            _finding(
                "one_sentence",
                "minor",
                "One sentence rarely covers what you offer, why it interests them and what you could learn together.",
                "Add a sentence on the mutual learning.",
            )
        ]
    if len(spans) > 3:
        extra = spans[3]
        return [
            _finding(
                "too_many_sentences",
                "minor",
                f"{len(spans)} sentences: the lesson asks for 2-3.",
                "Keep the three that say the most; a message quotes one of them at most.",
                _evidence(text, extra.start, spans[-1].end),
            )
        ]
    if words > MAX_WORDS:
        return [
            _finding(
                "wordy",
                "minor",
                f"{words} words: aim for {MAX_WORDS} or fewer.",
                "Cut adjectives and background the mentor does not need.",
            )
        ]
    return []


def _tie_findings(text, research, inventory):
    """Is it tied to their work (the research) and to yours (the inventory)? Shared content words decide."""
    mine = content_stems(text)
    findings = []
    if not research.strip():
        findings.append(
            _finding(
                "no_research",
                "minor",
                "No research notes on this mentor to check against.",
                "Add notes on their articles, talks or projects, then tie your offer to one.",
            )
        )
    else:
        shared = mine & content_stems(research)
        if shared:
            findings.append(
                _finding(
                    "tied_to_their_work",
                    "praise",
                    "Names something from their work.",
                    None,
                    _first_word_evidence(text, shared),
                )
            )
        else:
            findings.append(
                _finding(
                    "not_tied_to_their_work",
                    "major",
                    "Nothing here names their work: it could be sent to anyone.",
                    "Mention the article, talk or project from your research it builds on.",
                )
            )
    if inventory.strip() and not mine & content_stems(inventory):
        findings.append(
            _finding(
                "not_from_your_inventory",
                "minor",
                "It does not draw on the skills, projects or experience in your profile.",
                "Name the skill, project or experience that backs up your offer.",
            )
        )
    return findings


def _flattery_findings(text):
    return [
        _finding(
            "generic_flattery",
            "major",
            "Praise without substance reads as flattery.",
            "Replace it with what exactly in their work you used or built on.",
            _evidence(text, m.start(), m.end()),
        )
        for m in FLATTERY.finditer(text)
    ][:3]


def _offer_findings(text):
    findings = []
    vague = VAGUE_OFFER.search(text)
    if vague:
        findings.append(
            _finding(
                "vague_offer",
                "major",
                "An open-ended offer gives them work: they must invent a use for you.",
                "Offer one concrete thing you can do or share.",
                _evidence(text, vague.start(), vague.end()),
            )
        )
    elif not OFFER.search(text):
        findings.append(
            _finding(
                "no_offer",
                "major",
                "It does not say what you can do or share for them.",
                "Start a sentence with 'I can…' and name something specific.",
            )
        )
    if not MUTUAL.search(text):
        findings.append(
            _finding(
                "no_mutual_learning",
                "minor",
                "No mutual learning is named.",
                "Say what you could learn from each other, or what you could teach them.",
            )
        )
    return findings


def _first_word_evidence(text, stems):
    for m in WORD.finditer(text):
        if stem(m.group()) in stems and len(m.group()) > 2:
            return _evidence(text, m.start(), m.end())
    return None


def _evidence(text, start, end):
    return {"field": FIELD, "text": text[start:end], "start": start, "end": end}


def _finding(code, severity, message, fix, evidence=None):
    return {"rubric": "value", "code": code, "severity": severity, "message": message, "evidence": evidence, "fix": fix}


def _result(findings, text, sentence_count, word_count):
    score = BASE_SCORE - sum(PENALTY[f["severity"]] for f in findings)
    if not text.strip():
        score = 1.0
    order = {"major": 0, "minor": 1, "praise": 2}
    return {
        "score": round(min(5.0, max(1.0, score)), 1),
        "findings": sorted(findings, key=lambda f: order[f["severity"]]),
        "stats": {"sentences": sentence_count, "words": word_count},
        "engine": "builtin",
    }
