"""Pairwise accuracy on judgement pairs: does `better` outscore `worse` on the pair's rubric?"""

import json
import re
from collections import defaultdict

from .critique import critique
from .language import SLIP_CODES


def context_of(row):
    """A row's context, with the row's message kind (if it names one) where the context names none."""
    context = dict(row.get("context") or {})
    if row.get("kind") and not context.get("kind"):
        context["kind"] = row["kind"]
    return context or None


def pairwise_accuracy(pairs, critic=critique):
    """Return (overall, {rubric: accuracy}, misses); a tie counts half, as in shared/eval/score_pairs.py.

    `critic(subject, body, context)` is the built-in coach unless a model's critique is measured instead. A pair
    where the model's call failed for either message is a miss with its `error`: the fallback critique that the
    app shows then is the built-in coach's, and a model must not be credited with it.
    """
    hits, counts, misses = defaultdict(float), defaultdict(int), []
    for pair in pairs:
        rubric, context = pair["rubric"], context_of(pair)
        results = [critic(pair[side]["subject"], pair[side]["body"], context) for side in ("better", "worse")]
        better, worse = (result["scores"][rubric] for result in results)
        error = next((result["model_error"] for result in results if result.get("model_error")), None)
        counts[rubric] += 1
        hits[rubric] += 0.0 if error else 1.0 if better > worse else 0.5 if better == worse else 0.0
        if error or better <= worse:
            miss = {"id": pair.get("id", "?"), "rubric": rubric, "better": better, "worse": worse}
            misses.append({**miss, "error": error} if error else miss)
    total = sum(counts.values())
    overall = sum(hits.values()) / total if total else 0.0
    return overall, {r: hits[r] / counts[r] for r in sorted(counts)}, misses


def _ranks(values):
    """Rank values from 1, giving tied values the mean of the ranks they span (as Spearman requires)."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for i in order[start : end + 1]:
            ranks[i] = (start + end) / 2 + 1
        start = end + 1
    return ranks


def spearman(xs, ys):
    """Spearman's rank correlation of two equal-length sequences (0.0 when either is constant)."""
    rx, ry = _ranks(list(xs)), _ranks(list(ys))
    n = len(rx)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    return cov / (vx * vy) ** 0.5 if vx and vy else 0.0


def politeness_agreement(requests):
    """Return (spearman, pairwise accuracy) of the professionalism score against human politeness `score`s.

    Each request is a bare text with no subject or context, as in the Stanford Politeness Corpus; pairwise
    accuracy counts every two requests with different human scores, a tie in the engine's scores counting half.
    """
    human = [r["score"] for r in requests]
    engine = [critique("", r["text"], None)["scores"]["professionalism"] for r in requests]
    hits = pairs = 0.0
    for i in range(len(requests)):
        for j in range(i + 1, len(requests)):
            if human[i] == human[j]:
                continue
            pairs += 1
            agree = (human[i] - human[j]) * (engine[i] - engine[j])
            hits += 1.0 if agree > 0 else 0.5 if agree == 0 else 0.0
    return spearman(engine, human), hits / pairs if pairs else 0.0


def auc(positives, negatives):
    """The chance a random positive outscores a random negative (ties count half); 0.5 when either is empty."""
    if not positives or not negatives:
        return 0.5
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def singles_auc(rows, min_words=0):
    """AUC of the overall score, good against bad, over single messages of at least `min_words` words; and how many."""
    scored = [(r["label"], critique(r.get("subject") or "", r["body"], context_of(r))) for r in rows]
    scored = [(label, c["overall"]) for label, c in scored if c["stats"]["words"] >= min_words]
    good = [s for label, s in scored if label == "good"]
    bad = [s for label, s in scored if label == "bad"]
    return auc(good, bad), len(scored)


def quartile_auc(requests):
    """Professionalism AUC of the top against the bottom quartile of human politeness scores (bare requests)."""
    ranked = sorted(r["score"] for r in requests)
    if not ranked:
        return 0.5, 0, 0
    low, high = ranked[(len(ranked) - 1) // 4], ranked[(3 * (len(ranked) - 1)) // 4]

    def score(r):
        return critique("", r["text"], None)["scores"]["professionalism"]

    top = [score(r) for r in requests if r["score"] >= high and r["score"] > low]
    bottom = [score(r) for r in requests if r["score"] <= low and r["score"] < high]
    return auc(top, bottom), len(top), len(bottom)


def slip_accuracy(pairs):
    """Share of slip pairs whose clean message scores higher overall than the same message with one slip."""
    hits = 0
    for pair in pairs:
        context = context_of(pair)
        good = critique(pair["good"]["subject"], pair["good"]["body"], context)["overall"]
        slipped = critique(pair["slipped"]["subject"], pair["slipped"]["body"], context)["overall"]
        hits += good > slipped
    return hits / len(pairs) if pairs else 0.0


def language_slips(result):
    """The language-slip findings of one critique (not the summaries of the rubrics)."""
    return [f for f in result["findings"] if f["code"] in SLIP_CODES]


def catches_slip(row):
    """Whether a message with one slip ({"subject", "good", "slipped"[, "slipped_subject"]}) raises more slips
    than its clean twin and scores lower overall for it."""
    clean = critique(row["subject"], row["good"])
    slipped = critique(row.get("slipped_subject", row["subject"]), row["slipped"])
    return len(language_slips(slipped)) > len(language_slips(clean)) and slipped["overall"] < clean["overall"]


# The findings that say a phrasing-breadth category (tests/data/phrasing/PHRASING.md) was recognised.
CATEGORY_FINDINGS = {
    "pressure": {"pressure"},
    "demand": {"demand"},
    "presumes": {"presumes"},
    "outsized_ask": {"outsized_ask", "bigger_favour", "stacked_favours"},
    "sales_pitch": {"sales_pitch"},
    "generic_flattery": {"generic_flattery"},
    "reproach": {"complaint", "grudging", "accusatory_question"},
    "vague_ask": {"vague_ask", "time_bound_only"},
    "specific_ask": {"specific_ask"},
    "tried_already": {"tried_already"},
    "reports_back": {"reports_back", "follow_through"},
    "offer": {"offer_found", "offer_tied_to_their_work", "gives_back"},
    "specific_reference": {"specific_reference", "reference_applied"},
    "self_serving": {"self_serving", "one_way_need"},
}


def recognises(row):
    """Whether the coach raises the finding of the row's category on its sentence, set in a bare message."""
    codes = {f["code"] for f in critique("A question", f"Hi Ana,\n\n{row['sentence']}\n\nBest,\nLi")["findings"]}
    return bool(codes & CATEGORY_FINDINGS[row["category"]])


def phrasing_rates(rows):
    """(share of `carries` sentences recognised, share of near-misses flagged, counts of each)."""
    carries = [r for r in rows if r["polarity"] == "carries"]
    near = [r for r in rows if r["polarity"] == "near_miss"]
    return (
        sum(map(recognises, carries)) / len(carries),
        sum(map(recognises, near)) / len(near),
        len(carries),
        len(near),
    )


def lines_of(path, parity):
    """The lines of a text file whose number (from 1) has the given parity, a literal "\\n" read as a line break."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [line.replace("\\n", "\n") for number, line in enumerate(lines, 1) if number % 2 == parity]


def load_jsonl(path):
    """The rows of a JSONL file ([] when it is not there)."""
    try:
        with open(path, encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]
    except FileNotFoundError:
        return []


def half(rows, parity):
    """Rows whose id ends in a number of the given parity (1 = odd, the tuning half; 0 = even, held out)."""
    return [r for r in rows if int(re.search(r"(\d+)$", r["id"]).group(1)) % 2 == parity]
