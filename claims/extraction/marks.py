"""One linear pass over quotation marks: pairs them, follows quotes that continue into the next
paragraph, and reports marks that never close instead of letting them swallow the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Marks, line breaks, and markup tags left in a text ('<tweet tweet-id="…">'): the quotes
# around an attribute's value are not quotation marks.
_MARK_RE = re.compile(
    r"[“”„‟«»\"‘’]|[\r\n\u2029][ \t\r\n\u2029]*|<[A-Za-z/][\w:\-]*(?:[ \t][^<>\n]{0,400})?>"
)
_OPENERS = {"“": "”", "„": "“", "‟": "”", "«": "»", "‘": "’"}
_SENTENCE_FINAL = frozenset('.!?:”"’)»')
_SPACE_BEFORE = frozenset(" \t\r\n([{—–-/\u2029")


@dataclass(slots=True)
class RawQuote:
    open_pos: int  # offset of the opening mark
    close_pos: int  # offset of the closing mark
    paragraphs: int = 1  # >1 when the quote continued into following paragraphs


def _is_paragraph_break(text: str, start: int, end: int) -> bool:
    run = text[start:end]
    if run.count("\n") + run.count("\u2029") >= 2 or "\u2029" in run:
        return True
    before = text[max(0, start - 4) : start].rstrip()
    if before and before[-1] in _SENTENCE_FINAL:
        return True
    return end < len(text) and text[end] in '“„«"‘'


def scan_quotes(text: str, warnings: list[str]) -> list[RawQuote]:
    quotes: list[RawQuote] = []
    open_pos = -1  # offset of the current opening mark, -1 when none is open
    closer = ""  # the mark that closes it
    paragraphs = 1
    straight_depth = 0  # straight marks nested inside an open straight quote
    skip_at = -1  # a reopening mark already accounted for by a continuation

    def unclosed(pos: int) -> None:
        warnings.append(f"unclosed quotation mark at offset {pos}; skipped")

    for m in _MARK_RE.finditer(text):
        pos = m.start()
        mark = m.group()
        if pos == skip_at or mark[0] == "<":
            continue
        if mark[0] in "\r\n\u2029":
            if open_pos < 0 or not _is_paragraph_break(text, pos, m.end()):
                continue
            nxt = text[m.end() : m.end() + 1]
            if nxt and (nxt == text[open_pos] or (nxt in '“"' and text[open_pos] in '“"')):
                paragraphs += 1  # the quote goes on in the next paragraph
                skip_at = m.end()
                continue
            unclosed(open_pos)
            open_pos, straight_depth, paragraphs = -1, 0, 1
            continue
        prev = text[pos - 1] if pos else " "
        nxt = text[pos + 1] if pos + 1 < len(text) else " "
        if mark == '"':
            opener_like = prev in _SPACE_BEFORE and not nxt.isspace()
            closer_like = not prev.isspace() and (nxt.isspace() or not nxt.isalnum())
            if open_pos < 0:
                if closer_like and not opener_like:
                    warnings.append(f"closing quotation mark without opening at offset {pos}")
                    continue
                open_pos, closer, paragraphs, straight_depth = pos, '"', 1, 0
            elif closer == '"':
                if opener_like and not closer_like:
                    straight_depth += 1
                elif straight_depth:
                    straight_depth -= 1
                else:
                    quotes.append(RawQuote(open_pos, pos, paragraphs))
                    open_pos = -1
            elif opener_like and not closer_like:
                straight_depth += 1  # a straight quote nested inside a curly one
            elif closer_like and not straight_depth and text[open_pos] == "“":
                # “…" typed with mismatched marks: the straight mark closes the curly quote
                quotes.append(RawQuote(open_pos, pos, paragraphs))
                open_pos = -1
            elif closer_like and straight_depth:
                straight_depth -= 1
            continue
        if mark == "’":
            if open_pos >= 0 and closer == "’" and not nxt.isalpha() and not prev.isspace():
                quotes.append(RawQuote(open_pos, pos, paragraphs))
                open_pos = -1
            continue  # otherwise an apostrophe, or a nested single quote
        if mark == "‘":
            if open_pos < 0 and prev in _SPACE_BEFORE and not nxt.isspace():
                open_pos, closer, paragraphs, straight_depth = pos, "’", 1, 0
            continue
        if mark == "“" and open_pos >= 0 and closer == "“":
            quotes.append(RawQuote(open_pos, pos, paragraphs))  # „German“ style
            open_pos = -1
            continue
        if mark in _OPENERS:
            if open_pos >= 0 and closer in ("’", '"'):
                # a double quote inside a single-quoted one is unusual: treat as nested
                if closer == "’":
                    continue
                continue
            if open_pos >= 0:
                unclosed(open_pos)  # a new opening before the old one closed
            open_pos, closer, paragraphs, straight_depth = pos, _OPENERS[mark], 1, 0
            continue
        # a closing curly mark
        if open_pos >= 0 and (
            mark == closer or (mark == "”" and closer == '"' and not straight_depth)
        ):
            # '"…”' typed with mismatched marks closes too
            quotes.append(RawQuote(open_pos, pos, paragraphs))
            open_pos = -1
        elif open_pos < 0:
            warnings.append(f"closing quotation mark without opening at offset {pos}")
    if open_pos >= 0:
        unclosed(open_pos)
    return quotes
