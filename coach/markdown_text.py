"""Text the user or a model typed, made safe to put in a Markdown file (the portfolio and the instructor's report).

One set of rules, checked with a CommonMark renderer: escape only what CommonMark (with GitHub's tables,
strike-through and autolinks) would read as markup, so the file still reads as plain text.
"""

import re

# What CommonMark (and GitHub's autolinks) would read as markup in the middle of a line, and nothing else, so
# "full-stack", "25." and "long_sentence" stay as typed: backslashes, code spans, emphasis (* always; _ only at a
# word's edge), link and image brackets, raw HTML and <autolinks>, entities, strike-through, table cells, and the
# "://" or "www." that would turn a bare address into a link.
_MARKDOWN_INLINE = re.compile(r"[\\`*\[\]<~|]|(?<![^\W_])_|_(?![^\W_])|&(?=#?\w+;)|:(?=//)|(?<=\bwww)\.")
_HEADING_CLOSER = re.compile(r"(^|\s)(#+)$")
# What starts a block at the start of a line: a heading, quote, list item, rule or setext underline.
_LINE_START = re.compile(r"^([#+=>-]|\d+(?=[.)]))")


def md_inline(text):
    """Escape user or model text for the middle of one line of Markdown: no links, emphasis, HTML or headings
    get through, and ordinary punctuation is left alone so the file reads as plain text too.

    New lines become spaces so the text cannot start a block; a closing run of # is escaped so a heading
    keeps it.
    """
    escaped = _MARKDOWN_INLINE.sub(lambda m: "\\" + m.group(0), " ".join((text or "").split()))
    return _HEADING_CLOSER.sub(lambda m: m.group(1) + "".join("\\#" for _ in m.group(2)), escaped)


def md_lines(value):
    """Escape multi-line user text for Markdown: each non-empty line as md_inline, none starting a block,
    joined by hard line breaks so the lines stay lines."""
    lines = [line.strip() for line in str(value if value is not None else "").splitlines() if line.strip()]
    return "  \n".join(_escape_line_start(md_inline(line)) for line in lines)


def _escape_line_start(line):
    match = _LINE_START.match(line)
    if not match:
        return line
    if match.group(1)[0].isdigit():  # "1. " would start a numbered list
        end = match.end()
        return line[:end] + "\\" + line[end:]
    return "\\" + line


def md_block(text):
    """Quote multi-line user text verbatim in a fenced code block longer than any backtick run inside it."""
    longest = max((len(run) for run in re.findall(r"`+", text or "")), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{text or ''}\n{fence}"
