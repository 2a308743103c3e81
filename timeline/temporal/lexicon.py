"""Every word list and pattern the English tagger uses, as named constants in one place.

The grammar is one compiled alternation (GRAMMAR) scanned once over the text; each alternative is a named
rule whose sub-groups carry the rule's prefix, so the resolver can read them without re-parsing.
Capitalised words (months, weekdays) match only when capitalised, which keeps "may" and "march" the verbs
out; their right edge is "not followed by a lowercase letter", so words glued in the source ("ThursdayThe",
"January 10On") still match.
"""
from __future__ import annotations

import re

MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), 1)}
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                       "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
WEEKDAY_ABBREVIATIONS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
                         "sat": 5, "sun": 6}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                "hundred": 100, "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12}
# Quantities that name no number: "several years" is PXY.
VAGUE_NUMBERS = ("several", "a few", "few", "some", "many", "a number of", "dozens of", "hundreds of",
                 "a couple", "numerous", "countless")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
            "last": 4, "final": 4}
UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE", "fortnight": "W",
         "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE"}
TIME_UNITS = ("second", "minute", "hour")
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
                "midday": "MI", "noon": "MI", "daytime": "DT"}
# Modifier words before a period and the TIMEX3 mod they give.
PERIOD_MODS = {"early": "START", "earlier": None, "late": "END", "later": None, "mid": "MID", "middle": "MID",
               "beginning": "START", "start": "START", "end": "END", "close": "END", "dawn": "START"}
QUANTITY_MODS = {"about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX",
                 "approximately": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
                 "under": "LESS_THAN", "fewer than": "LESS_THAN", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
                 "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN", "just under": "LESS_THAN",
                 "at least": "EQUAL_OR_MORE", "barely": "LESS_THAN", "just": None, "only": None}
ZONES = ("GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST", "MSK")
# Zone offsets for converting "2035 GMT" style times; a zone we do not know leaves the time as written.
ZONE_OFFSETS = {"GMT": "Z", "UTC": "Z", "EST": "-05", "EDT": "-04", "CST": "-06", "CDT": "-05", "MST": "-07",
                "MDT": "-06", "PST": "-08", "PDT": "-07", "BST": "+01", "CET": "+01", "CEST": "+02", "MSK": "+03"}
HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
            "new year's day": (1, 1), "new year's eve": (12, 31), "new year": (1, 1), "new year's": (1, 1),
            "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
            "boxing day": (12, 26), "bastille day": (7, 14)}
MOVABLE_HOLIDAYS = ("easter", "thanksgiving")


def _alternation(words, title=True, upper=True) -> str:
    """Longest-first alternation of words, in Title and UPPER case (never lower, for names like May)."""
    forms = set()
    for w in words:
        if title:
            forms.add(w[:1].upper() + w[1:])
        if upper:
            forms.add(w.upper())
    return "|".join(sorted(forms, key=len, reverse=True))


def _words(words) -> str:
    """Case-insensitive alternation of lowercase words, longest first."""
    return "(?i:" + "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) + ")"


L = r"(?<![\w'’-])"  # left edge: not inside a word or number
R = r"(?![a-z0-9])"  # right edge of a capitalised word: glued capitals ("ThursdayThe") still end it
RW = r"(?!\w)"  # right edge of an ordinary word
MONTH_FULL = f"(?:{_alternation(MONTHS)}){R}"
MONTH_ANY = rf"(?:{_alternation(MONTHS)}|(?:{_alternation(MONTH_ABBREVIATIONS)})\.?){R}"
WEEKDAY_FULL = f"(?:{_alternation(WEEKDAYS)}){R}"
WEEKDAY_ANY = rf"(?:{_alternation(WEEKDAYS)}|(?:{_alternation(WEEKDAY_ABBREVIATIONS)})\.){R}"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d,.]\d)(?!\s?(?:%|percent|per cent))"
NUM = r"(?:\d+(?:\.\d+)?|" + _words(k for k in NUMBER_WORDS if k not in ("a", "an")) + \
      r"(?:[-\s](?i:one|two|three|four|five|six|seven|eight|nine))?)"
ANUM = rf"(?:{NUM}|(?i:an?){RW})"
VAGUE = _words(VAGUE_NUMBERS)
UNIT_SG = _words(UNITS)
UNIT_PL = _words([u + "s" for u in UNITS if u != "century"] + ["centuries"])
UNIT_ANY = rf"(?:{UNIT_PL}|{UNIT_SG})"
PERIOD_MOD = r"(?:(?i:early|late|mid)[\s-]+|(?i:the\s+)?(?i:very\s+)?(?i:beginning|start|end|middle|close|dawn)\s+of\s+(?:the\s+)?)"
QMOD = _words(QUANTITY_MODS)
SEASON = _words(SEASONS)
POD = _words(PARTS_OF_DAY)
AMPM = r"(?:[ap]\.\s?m\.|[ap]m(?!\w)|[AP]\.?M\.?(?!\w))"
ZONE = "|".join(ZONES)
REL_NEAR = r"(?i:last|next|this|coming|past|previous|following|current|same)"
HOLIDAY = _words(list(HOLIDAYS) + list(MOVABLE_HOLIDAYS))


def rule(name: str, pattern: str) -> str:
    """One named alternative of the grammar; the pattern's own groups use `{p}` as their prefix."""
    return f"(?P<{name}>{pattern.replace('{p}', name + '_')})"


# Order matters where two rules start at the same place: the longer, more specific one comes first.
RULES = [
    rule("iso", r"(?P<{p}y>(?:19|20)\d\d)-(?P<{p}m>0[1-9]|1[0-2])-(?P<{p}d>0[1-9]|[12]\d|3[01])"
                r"(?:T(?P<{p}h>[01]\d|2[0-3]):(?P<{p}min>[0-5]\d)(?::\d\d)?)?(?!\d)"),
    rule("numeric", r"(?P<{p}a>[01]?\d)/(?P<{p}b>[0-3]?\d)/(?P<{p}y>(?:19|20)?\d\d)(?![\d/])"),
    # "Thursday, December 30, 2021", "Dec. 30", "30 December 2021", "the 30th of December"
    rule("mdy", rf"(?:(?P<{{p}}wd>{WEEKDAY_ANY}),?\s+(?:the\s+)?)?(?P<{{p}}mon>{MONTH_ANY})\s+(?P<{{p}}day>{DAY})"
                rf"(?:(?:,\s*|\s+)(?P<{{p}}y>{YEAR}))?"),
    rule("dmy", rf"(?:(?P<{{p}}wd>{WEEKDAY_ANY}),?\s+)?(?:the\s+)?(?P<{{p}}day>{DAY})(?:\s+of)?\s+(?P<{{p}}mon>{MONTH_ANY})"
                rf"(?:,?\s+(?P<{{p}}y>{YEAR}))?"),
    # "early December", "the end of 2021", "mid-2014", "December 2021", "late last year" handled by rel
    rule("monyear", rf"(?P<{{p}}mod>{PERIOD_MOD})?(?P<{{p}}mon>{MONTH_ANY}),?\s+(?:of\s+)?(?P<{{p}}y>{YEAR})"),
    rule("month", rf"(?P<{{p}}mod>{PERIOD_MOD})?(?P<{{p}}mon>{MONTH_FULL})"),
    rule("season", rf"(?P<{{p}}mod>{PERIOD_MOD})?(?:(?P<{{p}}rel>{REL_NEAR})\s+)?(?P<{{p}}s>{SEASON}){RW}"
                   rf"(?:\s+(?:of\s+)?(?P<{{p}}y>{YEAR}))?"),
    rule("quarter", rf"(?i:the\s+)(?P<{{p}}ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last))"
                    rf"[\s-]+(?P<{{p}}u>(?i:quarter|half)){RW}(?:\s+of\s+(?P<{{p}}y>{YEAR}))?"),
    rule("decade", r"(?i:the\s+)?(?P<{p}mod>(?i:early|late|mid)[\s-]+)?(?:(?P<{p}c>1[5-9]|20)(?P<{p}d>\d)0|['’](?P<{p}s>\d)0)['’]?s(?!\w)"),
    rule("century", r"(?i:the\s+)(?P<{p}n>1[5-9]|2[01])(?:th|st)[\s-]+(?i:century)"),
    # times: "3:35 p.m.", "15:35 GMT", "10 a.m.", "2035 GMT", "noon", "midnight"
    rule("clock", rf"(?P<{{p}}h>[01]?\d|2[0-3])(?:[:.](?P<{{p}}min>[0-5]\d))?\s*(?P<{{p}}ampm>{AMPM})"
                  rf"(?:\s*\(?(?P<{{p}}z>{ZONE})\)?)?"),
    rule("clock24", rf"(?P<{{p}}h>[01]\d|2[0-3]):?(?P<{{p}}min>[0-5]\d)\s*(?P<{{p}}z>{ZONE}){R}"),
    rule("noon", r"(?P<{p}w>(?i:noon|midnight|midday))(?!\w)"),
    rule("year", rf"(?P<{{p}}mod>{PERIOD_MOD})?(?:(?i:fiscal|FY)\s*)?(?P<{{p}}y>{YEAR})(?!\s*[-–]\s*\d)"),
    # "last Thursday", "Thursday night", "next Monday morning"
    rule("weekday", rf"(?:(?P<{{p}}rel>(?i:last|next|this|coming|past))\s+)?(?P<{{p}}wd>{WEEKDAY_FULL})"
                    rf"(?:(?:\s+|['’]s\s+)(?P<{{p}}pod>{POD}){RW})?"),
    # "late tomorrow night", "yesterday", "the day after tomorrow", "tonight", "this morning", "last night"
    rule("deictic", rf"(?P<{{p}}mod>(?i:late|early)\s+)?(?P<{{p}}w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
                    rf"today|tonight|yesterday|tomorrow)){RW}(?:(?:\s+|['’]s\s+)(?P<{{p}}pod>{POD}){RW})?"),
    rule("thispod", rf"(?P<{{p}}rel>(?i:this|last|tomorrow|yesterday))\s+(?P<{{p}}pod>{POD}){RW}"),
    rule("inpod", rf"(?P<{{p}}mod>(?i:late|early)\s+)(?i:in\s+the\s+)(?P<{{p}}pod>{POD}){RW}"),
    # "two days ago", "three years later", "a week earlier", "two weeks from now"
    rule("ago", rf"(?P<{{p}}n>{ANUM}|{VAGUE})[\s-]+(?P<{{p}}u>{UNIT_ANY}){RW}\s+(?P<{{p}}dir>(?i:ago|later|earlier|from\s+now|hence|afterwards?)){RW}"),
    # "the day after", "the following week", "the previous day", "that same year", "the next day"
    rule("anaphor", rf"(?P<{{p}}det>(?i:the|that|the\s+very))\s+(?:(?P<{{p}}rel>(?i:following|previous|next|same|prior|preceding))\s+"
                    rf"(?P<{{p}}u>(?i:day|week|weekend|month|year|morning|afternoon|evening|night)){RW}(?:\s+(?P<{{p}}dir>(?i:after|before)){RW})?"
                    rf"|(?P<{{p}}u2>(?i:day|week|month|year)){RW}\s+(?P<{{p}}dir2>(?i:after|before)){RW})"),
    rule("thatsame", rf"(?P<{{p}}det>(?i:that\s+same|that|the\s+same))\s+(?P<{{p}}u>(?i:day|week|month|year)){RW}"),
    # "the past three years", "the next few days": spans of time, not dates
    rule("pastdur", rf"(?i:the\s+)(?P<{{p}}rel>(?i:past|last|next|coming|previous))\s+(?:(?P<{{p}}n>{NUM}|{VAGUE})\s+)?(?P<{{p}}u>{UNIT_ANY}){RW}"),
    # "earlier this month", "late last year", "next month", "this week", "the end of the year"
    rule("rel", rf"(?:(?P<{{p}}adv>(?i:earlier|later))\s+|(?P<{{p}}mod>{PERIOD_MOD}))?(?P<{{p}}rel>(?i:last|next|this|coming|current|past|previous|the))"
                rf"\s+(?P<{{p}}u>(?i:week|weekend|month|quarter|year|decade|century)){RW}"),
    # durations: "about fifty minutes", "just over three weeks", "less than a month", "two-year", "several years"
    rule("duration", rf"(?:(?P<{{p}}q>{QMOD})\s+)?(?P<{{p}}n>{ANUM}|{VAGUE})(?:\s+and\s+a\s+half)?[\s-]+"
                     rf"(?P<{{p}}u>{UNIT_ANY}){RW}(?:\s+and\s+a\s+half)?(?:[\s-]+(?i:long|old))?"),
    rule("bareplural", rf"(?P<{{p}}pre>(?i:for|over|within|recent|take|took|takes|lasted)\s+)(?P<{{p}}u>"
                       r"(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries))(?!\w)"),
    rule("set", rf"(?P<{{p}}q>(?i:every|each|once\s+a|twice\s+a|(?:three|four|several)\s+times\s+a|per))\s+"
                rf"(?P<{{p}}u>{UNIT_SG}|{WEEKDAY_FULL}){RW}"),
    rule("setadj", r"(?P<{p}w>(?i:daily|weekly|monthly|annually|yearly|hourly|nightly))(?!\w)"),
    rule("holiday", rf"(?P<{{p}}w>{HOLIDAY})(?!\w)"),
    rule("ref", r"(?P<{p}w>(?i:now|currently|recently|soon|nowadays|presently|lately|"
                r"in\s+the\s+(?:near\s+|distant\s+|recent\s+)?(?:past|future)(?!\s+(?:\w+\s+)?(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?))|the\s+(?:near\s+|distant\s+)?future|"
                r"at\s+the\s+moment|at\s+present|these\s+days|any\s+time\s+soon|right\s+now|just\s+now|"
                r"the\s+past(?!\s+(?:\w+\s+)?(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?))))(?!\w)"),
]
GRAMMAR = re.compile(L + "(?:" + "|".join(RULES) + ")")
RULE_NAMES = [r[4:r.index(">")] for r in RULES]

# Context cues -----------------------------------------------------------------------------------------------
# "may" and "March" capitalised start sentences and name people; a bare month needs one of these before it.
MONTH_CUE_BEFORE = re.compile(r"(?i:\b(?:in|of|since|until|till|by|from|through|during|before|after|early|"
                              r"late|mid|last|next|this|the|each|every|throughout|between|and|or|to)[\s-]+)$")
AMBIGUOUS_MONTHS = ("may", "march", "jan")
# "the Sunday Times", "Black Friday" are names, not dates.
NAME_AFTER_WEEKDAY = re.compile(r"^\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Mail|Star|World|Night\s+Live|Morning\s+Post)\b")
# A year preceded by these is a quantity or a label, not a date.
NOT_YEAR_BEFORE = re.compile(r"(?:[$€£#]|\bNo\.?|\bnumber|\bRoute|\bflight|\bFlight|\broom|\bRoom|\bNo|\bpage|\bpp?\.)\s*$")
NOT_YEAR_AFTER = re.compile(r"^\s*(?:(?i:troops|soldiers|people|men|women|members|votes|points|meters|metres|feet|"
                            r"miles|km|kilometers|tons|tonnes|dollars|euros|pounds|students|workers|jobs|cases|deaths|"
                            r"units|rooms|acres|hours|minutes|seats|copies|employees|residents|refugees|calories|"
                            r"[A-Z][a-z]+\s+(?:Street|St\.|Avenue|Ave\.|Road|Boulevard|Blvd)))\b")
NOW_NOT_TEMPORAL = re.compile(r"(?i:\b(?:are|is|was|were|be|been|being|became|become|becomes)\s+)$")
DURATION_NOT_BEFORE = re.compile(r"(?i:\b(?:the|his|her|its|their|our|my|your|a|an)\s+)$")

# Tense cues: words near an expression that say whether the event is past or future relative to the DCT.
FUTURE_WORDS = frozenset("""will 'll wo shall would going scheduled due expected slated set planned plans plan
poised upcoming forthcoming next coming tomorrow ahead soon intends intend aims aim later""".split())
PAST_WORDS = frozenset("""said was were had did ago yesterday last earlier previously previous recently
told announced spoke met held began begun took gave went came made saw sent wrote flew rang broke found
left led lost won paid put ran sold stood thought fell felt brought bought caught fought kept knew meant
grew drew threw hit cut let set shut quit struck swore tore wore chose rose spent""".split())
# Right before a date, these make it a coming one whatever the reporting verb: "said ahead of Thursday's call".
FUTURE_BEFORE = re.compile(r"(?i:\b(?:ahead\s+of|(?:in\s+)?the\s+(?:run|lead)[\s-]up\s+to|in\s+advance\s+of|in\s+preparation\s+for|"
                           r"until|till|scheduled\s+for|set\s+for|due\s+on|planned\s+for|slated\s+for)\s+(?:the\s+)?)$")
PRESENT_WORDS = frozenset("is are am 's 're".split())
PASSIVE_BEFORE = frozenset("be been being is are am get gets to".split())
TOKEN = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
CLAUSE_BREAK = re.compile(r"[;:!?]|\.\s|[“”\"«»]")
