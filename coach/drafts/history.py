"""A draft's history as the mentee reads it: word-level diffs between revisions, the findings that
changed between their built-in critiques, and each rubric's score trend as an SVG chart."""

import re

from diff_match_patch import diff_match_patch

from .. import store
from ..vocabulary import SCORE_SERIES as SERIES

OPS = {
    diff_match_patch.DIFF_DELETE: "delete",
    diff_match_patch.DIFF_EQUAL: "equal",
    diff_match_patch.DIFF_INSERT: "insert",
}
# Words (with their inner apostrophes, straight or typographic: "I've", "O’Brien"), runs of white space and
# runs of punctuation: "talk," changing to "talk." changes only the comma.
TOKEN = re.compile(r"\w+(?:['\u2019]\w+)*|\s+|[^\w\s]+")

REVISIONS_PER_PAGE = 20
SEARCH_MAX = 200  # a search is a few words, not a pasted message

# Chart geometry, in SVG user units; scores run from 1 to 5 like the meters on the editor.
CHART = {"width": 640, "height": 260, "left": 40, "right": 16, "top": 16, "bottom": 36, "low": 1, "high": 5}


# Diffs ----------------------------------------------------------------------------------------------


def _words_to_chars(text1, text2):
    """Encode each distinct token as one character: diff-match-patch's line-mode trick, on words."""
    tokens, index = [""], {}  # slot 0 stays blank so no token becomes "\x00", as in diff_linesToChars

    def encode(text):
        chars = []
        for token in TOKEN.findall(text):
            if token not in index:
                tokens.append(token)
                index[token] = len(tokens) - 1
            chars.append(chr(index[token]))
        return "".join(chars)

    return encode(text1), encode(text2), tokens


def word_diff(old, new):
    """The word-level changes from `old` to `new` as [(op, text)], op "equal", "delete" or "insert"."""
    dmp = diff_match_patch()
    chars1, chars2, tokens = _words_to_chars(old or "", new or "")
    diffs = dmp.diff_main(chars1, chars2, False)
    dmp.diff_charsToLines(diffs, tokens)
    dmp.diff_cleanupSemantic(diffs)
    return [(OPS[op], text) for op, text in diffs if text]


def builtin_critique(db, revision_id):
    """The newest built-in critique of a revision, or None."""
    return next((c for c in store.list_critiques(db, revision_id) if c["engine"] == "builtin"), None)


def _problems(critique):
    """The critique's problem findings (praise is not something to fix) by code, first of each."""
    found = {}
    for finding in (critique or {}).get("findings", []):
        if finding.get("severity") != "praise":
            found.setdefault(finding.get("code") or finding.get("message"), finding)
    return found


def changed_findings(old, new):
    """What the built-in coach stopped and started flagging between two critiques.

    Returns {"fixed": [finding], "new": [finding], "kept": [finding]}, matched by finding code.
    """
    before, after = _problems(old), _problems(new)
    return {
        "fixed": [f for code, f in before.items() if code not in after],
        "new": [f for code, f in after.items() if code not in before],
        "kept": [f for code, f in after.items() if code in before],
    }


def compare(db, draft_id, a, b):
    """Revisions `a` and `b` of a draft side by side: the word diffs and the changed findings.

    Returns None when either revision does not exist.
    """
    old, new = store.get_revision(db, draft_id, a), store.get_revision(db, draft_id, b)
    if old is None or new is None:
        return None
    old_critique, new_critique = builtin_critique(db, old["id"]), builtin_critique(db, new["id"])
    return {
        "old": old,
        "new": new,
        "old_critique": old_critique,
        "new_critique": new_critique,
        "subject": word_diff(old["subject"], new["subject"]),
        "body": word_diff(old["body"], new["body"]),
        "findings": changed_findings(old_critique, new_critique),
    }


def default_pair(latest_number):
    """The pair to compare when none is chosen: the previous revision against the latest (numbered `latest_number`)."""
    if not latest_number:
        return None, None
    return max(1, latest_number - 1), latest_number


def revision_page(db, draft_id, page=1, search=None):
    """One page of a draft's revisions, newest first (only those matching `search`, if given), with the trend
    chart of that page: {"revisions", "total", "page", "pages", "page_size", "search", "trend"}."""
    search = (search or "").strip()[:SEARCH_MAX]
    total = store.count_revisions(db, draft_id, search)
    pages = max(1, -(-total // REVISIONS_PER_PAGE))
    page = min(max(1, page), pages)
    revisions = store.list_revisions(db, draft_id, REVISIONS_PER_PAGE, (page - 1) * REVISIONS_PER_PAGE, search)
    return {
        "revisions": revisions,
        "total": total,
        "page": page,
        "pages": pages,
        "page_size": REVISIONS_PER_PAGE,
        "search": search,
        "trend": trend_chart(revisions[::-1]),
    }


# Trend chart ----------------------------------------------------------------------------------------


def _y(score):
    span = CHART["height"] - CHART["top"] - CHART["bottom"]
    clamped = min(max(score, CHART["low"]), CHART["high"])
    return round(CHART["top"] + span * (CHART["high"] - clamped) / (CHART["high"] - CHART["low"]), 1)


def _x(position, count):
    span = CHART["width"] - CHART["left"] - CHART["right"]
    if count == 1:
        return round(CHART["left"] + span / 2, 1)
    return round(CHART["left"] + span * position / (count - 1), 1)


def trend_chart(revisions):
    """Coordinates for an SVG line chart of each rubric's built-in score across revisions.

    Returns {"series": [{"name", "points", "dots": [{"x", "y", "number", "score"}]}], "x_ticks",
    "y_ticks", and the CHART geometry}; revisions without a built-in critique leave a gap.
    """
    count = len(revisions)
    series = []
    for name in SERIES:
        dots = [
            {"x": _x(i, count), "y": _y(r[name]), "number": r["number"], "score": r[name]}
            for i, r in enumerate(revisions)
            if r.get(name) is not None
        ]
        series.append({"name": name, "dots": dots, "points": " ".join(f"{d['x']},{d['y']}" for d in dots)})
    return {
        **CHART,
        "series": series,
        "x_ticks": [{"x": _x(i, count), "number": r["number"]} for i, r in enumerate(revisions)],
        "y_ticks": [{"y": _y(score), "score": score} for score in range(CHART["low"], CHART["high"] + 1)],
        "bottom_y": CHART["height"] - CHART["bottom"],
        "right_x": CHART["width"] - CHART["right"],
    }
