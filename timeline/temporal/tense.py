"""Which way in time a date points: the tense and aspect of the words around it.

"will speak on Thursday" is the coming Thursday, "said on Thursday" the last one. The nearest cue word in the
same clause decides; participles after "be" ("is expected", "to be followed") are not past tense.
"""
from __future__ import annotations

import re

from .lexicon import CLAUSE_BREAK, FUTURE_BEFORE, FUTURE_WORDS, PASSIVE_BEFORE, PAST_WORDS, TOKEN

WINDOW = 100  # characters either side; a clause rarely reaches further
MAX_TOKENS = 9
FUTURE_BEFORE_WINDOW = 40  # "in the run-up to " and the like end right before the expression
UNTIL = re.compile(r"(?i)\s*(?:until|till)\b")
FINITE_PAST = frozenset("was were had did".split())
DETERMINERS = frozenset("the a an its his her their our this that these those".split())
NOT_PAST_ED = frozenset("need speed seed bed red hundred proceed succeed indeed united based led feed deed "
                        "embed shed wed breed bleed weed exceed".split())


def _cue(word: str, previous: str | None) -> str | None:
    """The tense a single word signals, given the word before it."""
    w = word.lower().replace("’", "'")
    if w in FUTURE_WORDS:
        return "future"
    before = previous.lower() if previous else None
    if w in PAST_WORDS:
        if before in PASSIVE_BEFORE and w not in FINITE_PAST:
            return None  # "will be held", "is paid": a participle, not a past event
        return "past"
    if w.endswith("ed") and len(w) > 4 and w not in NOT_PAST_ED:
        if before in PASSIVE_BEFORE:
            return None  # "to be followed", "is expected": not a past event
        if before in DETERMINERS:
            return None  # "the reduced dividend": an adjective
        return "past"
    return None


def tense_at(text: str, start: int, end: int) -> str | None:
    """"past", "future" or None for the expression at text[start:end], from the nearest cue in its clause."""
    lo = max(0, start - WINDOW)
    left = text[lo:start]
    before = FUTURE_BEFORE.search(left, len(left) - FUTURE_BEFORE_WINDOW)
    if before:
        if UNTIL.match(before.group()) and _clause_tense(text, lo, left, start, end) == "past":
            return "past"  # "Until Thursday, they had not called him a suspect"
        return "future"
    return _clause_tense(text, lo, left, start, end)


def _clause_tense(text: str, lo: int, left: str, start: int, end: int) -> str | None:
    """The tense of the nearest cue word in the clause around text[start:end]."""
    breaks = list(CLAUSE_BREAK.finditer(left))
    if breaks:
        left = left[breaks[-1].end():]
    right = text[end:end + WINDOW]
    b = CLAUSE_BREAK.search(right)
    if b:
        right = right[:b.start()]
    before = TOKEN.findall(left)[-MAX_TOKENS:]
    after = TOKEN.findall(right)[:MAX_TOKENS]
    best: tuple[int, str] | None = None
    for i, w in enumerate(reversed(before)):
        prev = before[-i - 2] if i + 2 <= len(before) else None
        cue = _cue(w, prev)
        if cue == "future" and "had" in (t.lower() for t in before[max(0, len(before) - i - 3):len(before) - i - 1]):
            cue = "past"  # "had been due to expire Friday": a plan that has gone by
        if cue:
            best = (i, cue)
            break
    for i, w in enumerate(after):
        if best is not None and i >= best[0]:
            break
        cue = _cue(w, after[i - 1] if i else None)
        if cue:
            best = (i, cue)
            break
    return best[1] if best else None
