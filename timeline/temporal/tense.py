"""Which way in time a date points: the tense and aspect of the words around it.

"will speak on Thursday" is the coming Thursday, "said on Thursday" the last one. The nearest cue word in the
same clause decides; participles after "be" ("is expected", "to be followed") are not past tense.
"""
from __future__ import annotations

from .lexicon import CLAUSE_BREAK, FUTURE_BEFORE, FUTURE_WORDS, PASSIVE_BEFORE, PAST_WORDS, TOKEN

WINDOW = 160  # characters either side; a clause rarely reaches further
MAX_TOKENS = 9
FUTURE_BEFORE_WINDOW = 40  # "in the run-up to " and the like end right before the expression
NOT_PAST_ED = frozenset("need speed seed bed red hundred proceed succeed indeed united based led feed deed "
                        "embed shed wed breed bleed weed exceed".split())


def _cue(word: str, previous: str | None) -> str | None:
    """The tense a single word signals, given the word before it."""
    w = word.lower().replace("’", "'")
    if w in FUTURE_WORDS:
        return "future"
    if w in PAST_WORDS:
        return "past"
    if w.endswith("ed") and len(w) > 4 and w not in NOT_PAST_ED:
        if previous and previous.lower() in PASSIVE_BEFORE:
            return None  # "to be followed", "is expected": not a past event
        return "past"
    return None


def tense_at(text: str, start: int, end: int) -> str | None:
    """"past", "future" or None for the expression at text[start:end], from the nearest cue in its clause."""
    lo = max(0, start - WINDOW)
    left = text[lo:start]
    if FUTURE_BEFORE.search(left, len(left) - FUTURE_BEFORE_WINDOW):
        return "future"
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
