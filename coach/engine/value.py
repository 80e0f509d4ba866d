"""Value: what the mentor gains, grounded in the mentee's recorded offer and the mentor's work."""
from . import lexicon as lx
from .context import ASKLESS_KINDS
from .phrasing import offer_sentence
from .text import content_stems, stem

OFFER_MATCH_SHARE = 0.3
TIED_MIN_SHARED = 1
CREDENTIALS_FOR_PADDING = 3
# How an offer is given, not what it is about: "I could write tests for your team" shares nothing with a mentor who
# "writes a newsletter" or "runs a team", so these words never tie an offer to the mentor's work.
_HOW_STEMS = frozenset(stem(w) for w in "share send give offer write writes wrote help happy glad return exchange "
                                         "team teams".split())


def check(msg, ctx, out):
    """Add value findings for `msg` to `out`."""
    offers, vague = [], []
    for s in msg.sentences:
        folded = msg.folded_text(s)
        concrete = lx.VAGUE_OFFER.sub("", folded)  # shorter exactly when the sentence holds a vague offer
        is_vague = len(concrete) < len(folded)
        if is_vague:  # with the offer itself vague, "in return" or "if it helps" frames nothing concrete
            concrete = lx.OFFER_FRAME.sub("", concrete)
        if lx.OFFER.search(concrete) and not lx.FORMAT_CHOICE.search(folded):
            offers.append(s)
        elif is_vague:
            vague.append(s)
    if vague and not offers:
        first = vague[0]
        out.add("vague_offer", "The offer is open-ended, so the mentor would have to invent a task to take you up on it.",
                _offer_fix(ctx), ("body", msg.body, first.start, first.end))
    else:
        _check_offer(msg, ctx, out, offers)
    _check_follow_through(msg, out)
    _check_motives(msg, out)


def _their_work(ctx):
    """Stems of what the mentor does, from the research notes, role and connection points."""
    return content_stems(" ".join((ctx["research"], ctx["role"], ctx["connection"])))


def _offer_fix(ctx):
    if ctx["offer"]:
        return f'Add one line on what you can give back, from your plan: "{offer_sentence(ctx["offer"])}"'
    # With no offer recorded the coach knows nothing the mentee could give: it says what to add, not what to say.
    return ("Add one line on what you can give back that is tied to their work (a skill of yours, or help with "
            "something they run), and record it as your offer so the coach can check it.")


def _check_offer(msg, ctx, out, offers):
    if ctx["kind"] in ASKLESS_KINDS:  # after a meeting the mentee gives back by reporting, not by offering
        _check_report(msg, out)
        return
    if not offers:
        out.add("pure_ask", "The message only asks; it never says what the mentor gains.", _offer_fix(ctx))
        return
    first = offers[0]
    out.add("offer_found", "You offer something in return.", "Keep it concrete.", ("body", msg.body, first.start, first.end))
    offered = set().union(*(content_stems(s.text) for s in offers)) - _HOW_STEMS
    work = _their_work(ctx)
    tied = offered & work or any(lx.YOUR_WORK.search(s.text) for s in offers)
    if tied:
        out.add("offer_tied_to_their_work", "The offer connects to the mentor's own work.", "Keep it.",
                ("body", msg.body, first.start, first.end))
    planned = content_stems(ctx["offer"])
    if planned:
        body_stems = content_stems(msg.body)
        if len(planned & body_stems) >= OFFER_MATCH_SHARE * len(planned):
            out.add("offer_matches_plan", "The offer carries what your plan says you can give.", "Keep it.")
        else:
            out.add("offer_missing_from_plan", "The offer in the message is not the one in your plan.", _offer_fix(ctx))


def _check_report(msg, out):
    m = lx.REPORT.search(msg.folded)
    if m:
        out.add("reports_back", "You tell the mentor what their advice led to: the reward for their time.",
                "Keep it, with a number or an example if you have one.", ("body", msg.body, m.start(), m.end()))
    else:
        out.add("nothing_reported", "It does not say what you took from their advice or did with it.",
                'Add one sentence, e.g. "What helped most was ...; since then I have ...".')


def _check_follow_through(msg, out):
    m = lx.FOLLOW_THROUGH.search(msg.folded)
    if m:
        out.add("follow_through", "You commit to act on the advice or report back.", "Keep it.",
                ("body", msg.body, m.start(), m.end()))


def _check_motives(msg, out):
    for m in lx.SELF_SERVING.finditer(msg.folded):
        out.add("self_serving", f'"{msg.quote(m)}" tells the mentor this is about your gain, not a shared interest.',
                "Cut it; say what drew you to their work instead.", ("body", msg.body, m.start(), m.end()))
    for m in lx.ONE_WAY_NEED.finditer(msg.folded):
        out.add("one_way_need", f'"{msg.quote(m)}" frames the message around what you need from them.',
                "Open with what in their work drew you to them, then make the ask.", ("body", msg.body, m.start(), m.end()))
    for m in lx.FLATTERY.finditer(msg.folded):
        out.add("generic_flattery", f'"{msg.quote(m)}" is generic praise that could go to anyone.',
                "Replace it with the specific piece of their work that helped you and how.",
                ("body", msg.body, m.start(), m.end()))
    credentials = list(lx.CREDENTIAL.finditer(msg.folded))
    if len(credentials) >= CREDENTIALS_FOR_PADDING:
        m = credentials[0]
        out.add("resume_padding", f"{len(credentials)} credentials read like a résumé; the mentor needs one line of background.",
                "Keep the one credential that matters for this ask and cut the rest.",
                ("body", msg.body, m.start(), m.end()))
