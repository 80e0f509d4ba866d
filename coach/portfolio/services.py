"""The portfolio: the lesson's four deliverables gathered from the mentee's records, and its Markdown export.

`build(db, user)` returns the four deliverables as plain data for the printable page and the export;
each part lists what is `missing` (a note and the page where the mentee fills it) instead of vanishing.
`to_markdown(portfolio, link)` writes the export; every value the mentee typed goes through `md()`,
so their text cannot inject links, images, HTML or structure into the file.
"""

import re
from datetime import date

from .. import store
from ..conversations import peers
from ..conversations import services as conversation
from ..markdown_text import md_lines as md
from ..mentors.services import ranked_mentors
from ..outreach import strategy
from ..vocabulary import MENTOR_TYPES, NETWORK_TIERS, RUBRICS

TOP_MENTORS = 5
INVENTORY = (
    ("skills", "Technical skills"),
    ("industry", "Industry experience"),
    ("education", "Education or research"),
    ("projects", "Personal projects"),
    ("network", "Network connections"),
    ("offer", "What I offer a mentor in return"),
)
DELIVERABLES = (
    "Personal Mentorship Strategy",
    "Mentor Outreach Portfolio",
    "Mentorship Interaction Framework",
    "Peer and Reverse Mentoring Plan",
)


def missing(note, endpoint, **values):
    """A gap in a deliverable: what is missing and the page (endpoint and its values) where to fill it."""
    return {"note": note, "endpoint": endpoint, "values": values}


def build(db, user, today=None):
    """The four deliverables of the user's portfolio, as data for the page and the export."""
    today = today or date.today()
    profile = store.get_profile(db, user["id"])
    ranked = ranked_mentors(db, user["id"])
    return {
        "mentee": user["name"],
        "date": today.isoformat(),
        "titles": DELIVERABLES,
        "strategy": _strategy(profile, ranked, peers.partners(db, user["id"])),
        "outreach": _outreach(db, user["id"], ranked[:TOP_MENTORS]),
        "framework": _framework(db, user["id"], ranked, today),
        "peers": _peer_plan(db, user["id"]),
    }


def filename(portfolio):
    """The export's file name: the mentee's name and the date, in safe characters."""
    slug = re.sub(r"[^a-z0-9]+", "-", portfolio["mentee"].lower()).strip("-") or "mentee"
    return f"mentorship-portfolio-{slug}-{portfolio['date']}.md"


# The four deliverables --------------------------------------------------------------------------------


def _tier_label(tier):
    """A network tier as the portfolio's sentences name it ('industry figure'), or '' for none."""
    return NETWORK_TIERS[tier].label.lower() if tier in NETWORK_TIERS else ""


def _strategy(profile, ranked, partners):
    # The strategy page's own analysis, so both group candidates alike (honouring each mentor's gap area).
    gaps = [
        {
            "area": a["label"],
            "need": a["need"],
            "mentor_type": " or ".join(a["mentor_types"]),
            "candidates": [m["name"] for m in a["candidates"]],
        }
        for a in strategy.gap_analysis(profile, ranked)
    ]
    by_type = [
        {
            "type": label,
            "mentors": [
                {
                    "name": m["name"],
                    "tier": _tier_label(m["network_tier"]),
                    "barrier": m["barrier"] or "",
                    "accessibility": m["accessibility"],
                    "priority": m["priority"],
                }
                for m in ranked
                if m["mentor_type"] == key
            ],
        }
        for key, label in MENTOR_TYPES.items()
    ]
    inventory = [{"label": label, "text": profile.get(field) or ""} for field, label in INVENTORY]
    tailored = [m for m in ranked if m.get("value_proposition")]
    gaps_to_fill = []
    if not any(g["need"] for g in gaps):
        gaps_to_fill.append(missing("No expertise gaps recorded yet: say where you want help.", "mentee.profile"))
    if not ranked:
        gaps_to_fill.append(missing("No mentors researched yet.", "mentee.mentor_new"))
    if not profile.get("offer"):
        gaps_to_fill.append(missing("No value proposition yet: say what you can offer a mentor.", "mentee.profile"))
    board = [
        {
            "label": seat["label"],
            "about": seat["about"],
            "holder": (seat["holder"] or {}).get("name") or "",
            "from_peers": bool(seat["holder"]) and seat["holder"]["kind"] == "peer",
        }
        for seat in strategy.board(ranked, partners)
    ]
    return {
        "gaps": gaps,
        "by_type": by_type,
        "inventory": inventory,
        "mentor_count": len(ranked),
        "tailored_count": len(tailored),
        "board": board,
        "missing": gaps_to_fill,
    }


def _outreach(db, user_id, top):
    mentors = []
    for m in top:
        plan = store.get_plan(db, user_id, m["id"])
        mentors.append(
            {
                "id": m["id"],
                "name": m["name"],
                "role": m["role"] or "",
                "priority": m["priority"],
                "message": store.latest_first_message(db, user_id, m["id"]),
                # Value propositions and outreach status come from issue 8's columns when they exist.
                "value_proposition": m.get("value_proposition") or "",
                "status": (m.get("status") or "").replace("_", " "),
                "sent_on": m.get("sent_on") or "",
                "followup_due": m.get("followup_due") or "",
                "followups_sent": m.get("followups_sent") or 0,
                "maintenance": (plan or {}).get("maintenance") or "",
            }
        )
    gaps = (
        []
        if top
        else [
            missing(
                "No mentors researched yet: the outreach portfolio lists your top 5 by priority.", "mentee.mentor_new"
            )
        ]
    )
    if 0 < len(top) < TOP_MENTORS:
        gaps.append(missing(f"{len(top)} of {TOP_MENTORS} mentor candidates researched.", "mentee.mentor_new"))
    return {"mentors": mentors, "missing": gaps}


def _framework(db, user_id, ranked, today):
    mentors = []
    for m in ranked:
        prep = conversation.prep(db, user_id, m["id"])
        meetings = store.list_meetings(db, user_id, m["id"])
        if prep["questions"] or prep["plan"] or meetings:
            mentors.append({"id": m["id"], "name": m["name"], **prep, "meetings": meetings})
    items = conversation.tracked_items(db, user_id, today=today)
    gaps = []
    if not mentors:
        gaps.append(missing("No questions or conversation plans prepared yet.", "mentee.conversations"))
    if not items:
        gaps.append(missing("No action items or progress updates recorded yet.", "mentee.conversations"))
    return {
        "sections": conversation.allocate_minutes(100),
        "per_question": conversation.MINUTES_PER_QUESTION,
        "categories": [label for _, label in conversation.CATEGORIES],
        "mentors": mentors,
        "open_items": [i for i in items if not i["done_on"]],
        "done_items": [i for i in items if i["done_on"]],
        "overdue": sum(1 for i in items if i["overdue"]),
        "missing": gaps,
    }


def _peer_plan(db, user_id):
    groups = peers.grouped(db, user_id)
    gaps = [
        missing(f"No one recorded under {g['label'].lower()} yet.", "mentee.peers_page")
        for g in groups
        if not g["people"]
    ]
    return {"groups": groups, "missing": gaps}


# Markdown export --------------------------------------------------------------------------------------


def _indent(text, spaces):
    return text.replace("\n", "\n" + " " * spaces)


def to_markdown(portfolio, link):
    """The portfolio as Markdown; `link(endpoint, values)` gives the URL of a page where a gap is filled."""
    out = [
        f"# Mentorship portfolio: {md(portfolio['mentee'])}",
        "",
        f"Exported {portfolio['date']} from Outreach Coach. The four deliverables of the lesson "
        '"Mentorship Navigation".',
        "",
    ]
    for number, (title, writer) in enumerate(
        zip(DELIVERABLES, (_md_strategy, _md_outreach, _md_framework, _md_peers)), start=1
    ):
        out += [f"## {number}. {title}", ""]
        out += writer(portfolio)
        out += _md_missing(portfolio[("strategy", "outreach", "framework", "peers")[number - 1]]["missing"], link)
    return "\n".join(out).rstrip() + "\n"


def _md_missing(gaps, link):
    if not gaps:
        return []
    return (
        ["**Still missing:**", ""]
        + [f"- {md(g['note'])} Fill it in: <{link(g['endpoint'], g['values'])}>" for g in gaps]
        + [""]
    )


def _field(label, value, indent=2):
    return f"{' ' * indent}- {label}: {_indent(md(value), indent + 2) if value else '_not written yet_'}"


def _md_strategy(p):
    s = p["strategy"]
    out = ["### Expertise gaps and the mentor types they need", ""]
    for g in s["gaps"]:
        candidates = ", ".join(md(c) for c in g["candidates"]) or "none yet"
        out.append(
            f"- **{g['area']}** ({g['mentor_type']}): "
            f"{_indent(md(g['need']), 2) if g['need'] else '_no gap recorded_'}  \n"
            f"  Candidates: {candidates}"
        )
    out += ["", "### Mentors by category and accessibility", ""]
    for group in s["by_type"]:
        if not group["mentors"]:
            out.append(f"- **{group['type']}**: none yet")
            continue
        out.append(f"- **{group['type']}**")
        out += [
            f"  - {md(m['name'])}: {md(m['tier'])}, {md(m['barrier'])} barrier, accessibility "
            f"{m['accessibility']}/5, priority {m['priority']:.1f}"
            for m in group["mentors"]
        ]
    out += ["", "### Personal board of directors", ""]
    out += [
        f"- **{seat['label']}** ({seat['about'].lower()}): "
        + (md(seat["holder"]) + (" (a peer)" if seat["from_peers"] else "") if seat["holder"] else "_empty_")
        for seat in s["board"]
    ]
    out += ["", "### My value proposition", ""]
    out += [_field(i["label"], i["text"], indent=0) for i in s["inventory"]]
    out += ["", f"Tailored value propositions written for {s['tailored_count']} of {s['mentor_count']} mentors.", ""]
    return out


def _md_outreach(p):
    out = []
    for rank, m in enumerate(p["outreach"]["mentors"], start=1):
        out += [f"### {rank}. {md(m['name'])} (priority {m['priority']:.1f})", ""]
        if m["role"]:
            out += [md(m["role"]), ""]
        message = m["message"]
        if message:
            scores = ", ".join(f"{r} {message[r]:.1f}" for r in RUBRICS if message[r] is not None)
            overall = f"{message['overall']:.1f}/5" if message["overall"] is not None else "not scored"
            out += [
                f"**Latest message** (revision {message['number']}, overall {overall}; {scores or 'no scores'})",
                "",
                f"> **Subject:** {md(message['subject'])}",
                ">",
            ]
            out += [f"> {line}" for line in md(message["body"]).split("\n")] + [""]
        else:
            out += ["**Latest message:** not written yet.", ""]
        out += [_field("Value proposition", m["value_proposition"], indent=0)]
        status = md(m["status"]) if m["status"] else "not tracked yet"
        sent = f", sent {md(m['sent_on'])}" if m["sent_on"] else ""
        due = f", next follow-up due {md(m['followup_due'])}" if m["followup_due"] else ""
        out += [
            f"- Follow-up plan: status {status}{sent}{due}; {m['followups_sent']} follow-up(s) sent",
            _field("Relationship maintenance", m["maintenance"], indent=0),
            "",
        ]
    return out


def _md_framework(p):
    f = p["framework"]
    out = ["### Structured approach to each conversation", ""]
    out += [f"- {s['label']}: {s['minutes']}% of the agreed minutes" for s in f["sections"]]
    out += [
        f"- About {f['per_question']:g} minutes per core question; questions that do not fit wait for next time.",
        "",
        "### Question frameworks and conversation plans",
        "",
    ]
    for m in f["mentors"]:
        out += [f"#### {md(m['name'])}: {m['minutes']} minutes", ""]
        for cat in m["framework"]:
            out.append(f"- **{cat['label']}**" + ("" if cat["questions"] else ": no questions yet"))
            out += [
                f"  - {_indent(md(q['text']), 4)}" + (" _(the coach suggests rewording)_" if q["flagged"] else "")
                for q in cat["questions"]
            ]
        fitted = m["fitted"]
        out += [
            "",
            "Plan: " + "; ".join(f"{s['label']} {s['minutes']} min" for s in fitted["sections"]) + ".",
            f"Fits {len(fitted['fits'])} of {len(m['questions'])} questions "
            f"(room for {fitted['capacity']}); {len(fitted['waits'])} wait for next time.",
            "",
        ]
        plan = m["plan"] or {}
        out += [
            _field(label, plan.get(key), indent=0)
            for key, label in (
                ("opening", "Opening"),
                ("next_steps", "Next steps"),
                ("maintenance", "Relationship maintenance"),
            )
        ]
        for meeting in m["meetings"]:
            out += [
                f"- Meeting {md(meeting['held_on'])}:",
                _field("Insights", meeting["insights"]),
                _field("Notes", meeting["notes"]),
            ]
        out.append("")
    out += [
        "### Implementing advice and progress updates",
        "",
        f"{len(f['open_items'])} open ({f['overdue']} overdue), {len(f['done_items'])} done.",
        "",
    ]
    for item in f["open_items"] + f["done_items"]:
        state = (
            f"done {md(item['done_on'])}"
            if item["done_on"]
            else (f"OVERDUE, was due {md(item['due_on'])}" if item["overdue"] else f"due {md(item['due_on'])}")
        )
        kind = "Progress update" if item["kind"] == "update" else "Action"
        out.append(
            f"- [{'x' if item['done_on'] else ' '}] {kind} for {md(item['mentor_name'])}: "
            f"{_indent(md(item['text']), 6)} ({state})"
        )
    return out + [""]


def _md_peers(p):
    out = []
    for group in p["peers"]["groups"]:
        out += [f"### {group['label']}", ""]
        for person in group["people"]:
            out += [
                f"- **{md(person['name'])}**" + (f": {md(person['who'])}" if person["who"] else ""),
                _field(group["labels"]["teach"], person["teach"]),
                _field(group["labels"]["learn"], person["learn"]),
                _field("Collaboration projects", person["projects"]),
                _field("Meeting cadence", person["cadence"]),
                _field("Accountability", person["accountability"]),
            ]
        out.append("" if group["people"] else "None yet.\n")
    return out
