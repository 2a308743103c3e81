"""The rules to try at a start: only those of the trigger's kind that can begin with the word there.

Near a trigger the rules of its kind (lexicon.RULE_TRIGGERS) are tried, in order, at the trigger and at each
prefix word before it. Most of them cannot begin with the word found there: at "weeks" in "for weeks", only
"ago" ("weeks ago") and "bareplural" can; at "44" in "a 44-year-old", only "ago" and "duration" can. Rules like
"quarter" or "duration" open with many optional groups and fail late, so trying them where they cannot match
cost most of the matching time. Which rules can begin with a word (or a number's shape) and the word after it
is found from each rule's parsed pattern, once for each such key met, and each rule is compiled once. A rule left out could not have
matched there, so the first rule to match is the one the kind's whole alternation would have matched with.
"""
from __future__ import annotations

import re
from typing import Final

try:  # (the pattern parser re itself uses; Python 3.10 has it under its old name)
    from re import _compiler as _sre_compile, _constants as _sre, _parser as _sre_parse
except ImportError:  # pragma: no cover
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

from . import lexicon as lx
from .lexicon import starts_at

# What can follow a word start's last letter: anything that does not lowercase to a-z. Enough of those
# characters to meet every kind of character a rule's pattern tells apart: the ASCII ones, non-ASCII letters,
# digits, spaces and the non-ASCII characters written in the rules, and the letters case-insensitive ASCII
# letters match ("ſ" for "s", "ı" for "i").
_FOLLOWERS: Final = frozenset(c for c in map(chr, range(128)) if not c.isalpha()) \
    | frozenset("éß١\u00a0\u2028\u3000☃ſı") | frozenset(c for r in lx.RULES for c in r if ord(c) > 127)
_DIGITS: Final = frozenset("0123456789")
_WORD_CASES: Final = (str.islower, str.istitle, str.isupper)  # a word start's forms worth a grammar of their own
VOCABULARY: Final = frozenset(w for word in lx.TRIGGER_WORDS + sorted(lx.PREFIX_WORDS) for w in re.findall("[a-z]+", word))
DIGIT_RUN: Final = re.compile(r"[0-9]+")
DIGIT_SHAPE: Final = str.maketrans("123456789", "000000000")
DIGIT_GROUPS: Final = re.compile(r"(?:,[0-9]{3}){1,3}(?![0-9])")  # a number's groups of thousands, after its first digits
# A key goes on with the word after its number or word ("3 weeks", "5-year", "25 cents", "a week", "the third"), as
# far as that word can be told from the words of the grammar: a number's two characters after it, or a word alone,
# let many rules through that the next word rules out ("25 cents" is no "25 centuries"; "for weeks" cannot be "a
# week ago", nor "the year" a quarter), and those were the rules that failed late.
NUMBER_WORD: Final = re.compile(r"[ -]?([a-z]+)")  # the word after a number or word, and the space or hyphen before it (on low)
TWO_WORDS: Final = re.compile(r"[a-z]+(?:[ -][a-z]+)?")  # a word and the one after it, as NUMBER_WORD finds that
VOCABULARY_PREFIXES: Final = frozenset(w[:i] for w in VOCABULARY for i in range(1, len(w) + 1))
WORD_END: Final = "\uffff"  # in a key: the word ends here, before something that does not lowercase to a-z (nor is
# one of _MARKS, which the key ends with instead)
_MARKS: Final = frozenset(" \t\n,.;:!?'\"()[]/-–—’”“")  # the ends of a key's last word told apart (_ending)

_at: dict[tuple[str, str], tuple[re.Pattern, ...]] = {}  # (kind, word or number shape) -> the rules to try
_at_words: dict[tuple[str, str], tuple[re.Pattern, ...]] = {}  # (kind, the words as written) -> the rules to try
_compiled: dict[tuple[str, str], re.Pattern] = {}  # (kind, rule name) -> the rule, after the kind's left edge
_can: dict[tuple[str, str], bool] = {}  # (rule, word or number shape) -> whether the rule can begin with it
_parsed: dict[str, tuple[list, int]] = {}
_kind_rules: dict[str, tuple[str, ...]] = {}
_leaf: dict[tuple, re.Pattern] = {}
_leaf_can: dict[tuple, bool] = {}


def rules_at(kind: str, text: str, low: str, s: int, data: bytes | None = None) -> tuple[re.Pattern, ...]:
    """The rules of the trigger kind `kind` that can begin at `s` (a trigger or a prefix word), in their order:
    the first of them to match is the match, as it would be of their alternation. `data` is low encoded to ASCII,
    one byte a character (any other character "?"), where the caller has it: the words and digits of the key are
    read there, as TWO_WORDS, WORD, DIGIT_RUN and NUMBER_WORD would find them in low, without a regex's call."""
    if data is None:
        data = low.encode("ascii", "replace")
    c = data[s]
    found = None
    e: int
    if 97 <= c <= 122:  # (a-z)
        # the words as written are looked up first: most starts are a word of the grammar and the next one ("the
        # third quarter"), whose key is the same each time
        e = _letters_end(data, s)
        words_end = _letters_end(data, w) if (w := _number_word(data, e)) > e else e  # (TWO_WORDS)
        found = text[s:words_end] + _ending(text, words_end)
        rules = _at_words.get((kind, found))
        if rules is not None:
            return rules
        key = text[s:e]
        if after := _word_after(text, low, data, e):
            key += after  # "a week", "the third": the word after tells more rules apart
        else:
            key += _ending(text, e)
    elif 48 <= c <= 57:  # (0-9)
        # a number's shape: its digits (up to five) and the word after, or the two characters after, any digit
        # read as "0"
        e = _digits_end(data, s)
        if e - s < 4 and starts_at(low, ",", e) and (groups := DIGIT_GROUPS.match(low, e)) is not None \
                and (after := _word_after(text, low, data, groups.end())):
            # so too after a number's groups of thousands: "45,000 Marines" is no "45,000 years", and the rules
            # that count units fail late on it
            key = "0" * (e - s) + groups.group().translate(DIGIT_SHAPE) + after
        elif e - s < 5 and (after := _word_after(text, low, data, e)):
            key = "0" * (e - s) + after
        else:
            after = text[e:e + 2] if e - s < 5 else ""
            if not after.isascii():
                after = after[:1] if after[:1].isascii() else ""
            key = "0" * min(e - s, 5) + after.translate(DIGIT_SHAPE)
    else:
        return kind_rules(kind)
    rules = _at.get((kind, key))
    if rules is None:
        if key[0] != "0" and ((word := text[s:e]).lower() not in VOCABULARY or not any(case(word) for case in _WORD_CASES)):
            return kind_rules(kind)  # (a word glued to another, "ThursdayThe": rare)
        rules = _at[kind, key] = tuple(_compile(kind, n) for n in _rules(kind) if can_begin(n, key))
    if found is not None and key == found:  # (whole words of the grammar as written: there are only so many)
        _at_words[kind, found] = rules
    return rules


def _ending(text: str, e: int) -> str:
    """How a key's last word ends, at text[e]: the character there where it is a mark, a space or a line's end, else
    WORD_END. The mark rules out the rules that need another one there: after "Monday," no "Monday before last" is
    tried, after "Monday." no "Monday, 3/4" either, where after a bare WORD_END both were (a weekday is mostly
    followed by a comma or a full stop, "said Monday.")."""
    c = text[e:e + 1]
    return c if c in _MARKS else WORD_END


def _letters_end(data: bytes, i: int) -> int:
    """Where the run of letters a-z from data[i] ends (i where there is none): the end of WORD's match there, in
    the lowercased text data encodes (rules_at)."""
    while i < len(data) and 97 <= data[i] <= 122:
        i += 1
    return i


def _digits_end(data: bytes, i: int) -> int:
    """Where the run of digits 0-9 from data[i] ends: the end of DIGIT_RUN's match there."""
    while i < len(data) and 48 <= data[i] <= 57:
        i += 1
    return i


def _number_word(data: bytes, at: int) -> int:
    """Where the word NUMBER_WORD matches at `at` begins (after a space or hyphen there), -1 where it does not."""
    start = at + 1 if at < len(data) and (data[at] == 32 or data[at] == 45) else at
    return start if start < len(data) and 97 <= data[start] <= 122 else -1


def _word_after(text: str, low: str, data: bytes, at: int) -> str:
    """The word after a number or word, at `at` (with the space or hyphen before it: NUMBER_WORD's match there),
    as a key goes on: the whole word, then how it ends (_ending), where every prefix of it is a prefix of a word of
    the grammar; else up to its first letter that leaves them ("cents": "cents", that may go on with anything). So
    there are only so many keys. "" where there is no such word, or it cannot be told so (a word of mixed case, a
    letter that is not ASCII)."""
    if (start := _number_word(data, at)) < 0:
        return ""
    end = _letters_end(data, start)
    found = text[at:end]
    if not (found.islower() or found.istitle() or found.isupper()) or not found.isascii():  # (_WORD_CASES)
        return ""
    word = low[start:end]
    if word in VOCABULARY_PREFIXES:
        return found + _ending(text, end)
    n = 1
    while word[:n] in VOCABULARY_PREFIXES:
        n += 1
    return found[:len(found) - len(word) + n]


def kind_rules(kind: str) -> tuple[re.Pattern, ...]:
    """All the rules of a trigger kind, in their order."""
    return tuple(_compile(kind, n) for n in _rules(kind))


def can_begin(rule: str, key: str) -> bool:
    """Whether the rule's pattern can match text that begins with `key`: its characters, each "0" any digit (a
    key's words have none) and WORD_END any character that does not lowercase to a-z, then anything. Lookarounds
    are taken as passing, so the answer is "no" only where no match can begin so."""
    r = _can.get((rule, key))
    if r is None:
        chars = tuple(_DIGITS if c == "0" else _FOLLOWERS if c == WORD_END else frozenset(c) for c in key)
        if rule not in _parsed:
            p = _sre_parse.parse(lx.RULES[lx.RULE_NAMES.index(rule)])
            _parsed[rule] = (p.data, p.state.flags | re.UNICODE)
        data, flags = _parsed[rule]
        r = _can[rule, key] = bool(_sequence(data, flags, {0}, chars))
    return r


def _rules(kind: str) -> tuple[str, ...]:
    names = _kind_rules.get(kind)
    if names is None:
        names = _kind_rules[kind] = tuple(n for n in lx.RULE_NAMES if kind in lx.RULE_TRIGGERS[n].split())
    return names


def _compile(kind: str, name: str) -> re.Pattern:
    edge = lx.L_DIGIT if kind == "digit" else lx.L_WEEKDAY if kind == "weekday" else lx.L
    g = _compiled.get((edge, name))
    if g is None:
        g = _compiled[edge, name] = re.compile(edge + lx.RULES[lx.RULE_NAMES.index(name)])
    return g


# The positions (0 .. len(chars), the last meaning "all of `chars` read") a parsed pattern can reach from those
# in `at`, reading characters from the sets in `chars`; a position past them stays.
def _sequence(items, flags: int, at: set[int], chars: tuple[frozenset, ...]) -> set[int]:
    end = len(chars)
    for op, av in items:
        at = _item(op, av, flags, at, chars)
        if not at or at == {end}:
            break
    return at


def _item(op, av, flags: int, at: set[int], chars: tuple[frozenset, ...]) -> set[int]:
    end = len(chars)
    if op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY):
        return {p if p == end else p + 1 for p in at if p == end or _leaf_matches(op, av, flags, chars[p])}
    if op is _sre.SUBPATTERN:
        return _sequence(av[3].data, (flags | av[1]) & ~av[2], at, chars)
    if op is _sre.ATOMIC_GROUP:
        return _sequence(av.data, flags, at, chars)
    if op is _sre.BRANCH:
        out: set[int] = set()
        for branch in av[1]:
            out |= _sequence(branch.data, flags, set(at), chars)
        return out
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, high, body = av
        out = set(at) if low == 0 else set()
        n = 0
        while at and n < high:
            n += 1
            at = _sequence(body.data, flags, at, chars)
            if n >= low:
                if at <= out:
                    break
                out |= at
        return out
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return set(at)
    if op is _sre.GROUPREF_EXISTS:
        _, yes, no = av
        return _sequence(yes.data, flags, set(at), chars) | (_sequence(no.data, flags, set(at), chars) if no else set(at))
    return set(range(min(at), end + 1))  # anything else (a back reference): any length


def _leaf_matches(op, av, flags: int, chars: frozenset) -> bool:
    key = (op, repr(av), flags)
    r = _leaf_can.get((key, chars))
    if r is None:
        one = _leaf.get(key)
        if one is None:
            pattern = _sre_parse.SubPattern(_sre_parse.State())
            pattern.append((op, av))
            one = _leaf[key] = _sre_compile.compile(pattern, flags)
        r = _leaf_can[key, chars] = any(one.fullmatch(c) for c in chars)
    return r
