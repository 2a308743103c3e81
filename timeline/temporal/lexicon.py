"""Every word list and pattern the English tagger uses, as named constants in one place.

The grammar is a list of named rules (RULES) whose sub-groups carry the rule's prefix, so the resolver can read
them without re-parsing; near each trigger word the tagger tries, in order, the rules that can contain it and
can begin with the word there (heads.py). The whole grammar is never compiled as one pattern: nothing scans
with it, and each rule is compiled only when first tried.
Capitalised words (months, weekdays) match only when capitalised, which keeps "may" and "march" the verbs
out; their right edge is "not followed by a lowercase letter", so words glued in the source ("ThursdayThe",
"January 10On") still match.
"""
from __future__ import annotations

import html
import html.entities
import re
import types
from typing import TYPE_CHECKING, Final, Iterable

if TYPE_CHECKING:
    from mypy_extensions import i64  # a machine integer, compiled (mypyc); a plain int in the source

MONTHS: Final = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), 1)}
MONTH_ABBREVIATIONS: Final = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                       "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS: Final = {d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
WEEKDAY_ABBREVIATIONS: Final = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
                         "sat": 5, "sun": 6}
NUMBER_WORDS: Final = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                "hundred": 100, "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
                "another": 1, "thousand": 1000}  # "left wanting another week"
# "nine hundred years", "a thousand years": a count of hundreds or thousands
MULTIPLIERS: Final = {"hundred": 100, "thousand": 1000}
# Words between a number and its unit that keep it a length of time: "eight trading days", "two more weeks".
DURATION_ADJ_WORDS: Final = ("more", "additional", "extra", "straight", "consecutive", "trading", "business", "working", "full",
                      "calendar", "school", "shopping")  # "within 30 calendar days", "12 school days"
# Quantities that name no number: "several years" is PXY.
VAGUE_NUMBERS: Final = ("several", "a few", "few", "some", "many", "a number of", "dozens of", "hundreds of", "thousands of",
                 "a couple", "numerous", "countless")
CENTURY_ORDINALS: Final = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twentieth".split())} | {"twenty-first": 21}
ORDINALS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
            "last": 4, "final": 4}
UNITS: Final = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE", "fortnight": "W",
         "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE"}
TIME_UNITS: Final = ("second", "minute", "hour")
SEASON_START: Final = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# In the southern hemisphere each season falls when the north's opposite one does: its year is worked out as that one's
SOUTHERN_SEASON_AS: Final = {"SP": "FA", "SU": "WI", "FA": "SP", "WI": "SU"}
# Every name below contains one of these (a far cheaper first test than the pattern)
SOUTHERN_HINTS: Final = ("Austral", "Sydney", "Melbourne", "Brisbane", "Adelaide", "Hobart", "Canberra", "Queensland", "Wales",
                  "Tasmania", "Zealand", "Auckland", "Christchurch", "Africa", "Johannesburg", "Cape Town", "Durban",
                  "Pretoria", "Argentin", "Buenos Aires", "Chile", "Uruguay", "Montevideo", "NSW")
SOUTHERN_PLACES: Final = re.compile(r"\b(?:Australian?s?|Sydney|Melbourne|Brisbane|Adelaide|Hobart|Canberra|Queensland|New South "
                             r"Wales|NSW|Tasmania|New Zealand(?:ers?)?|Auckland|Christchurch|South Africans?|"
                             r"Johannesburg|Cape Town|Durban|Pretoria|Argentin(?:a|es?|ians?)|Buenos Aires|Chile(?:ans?)?|"
                             r"Uruguay(?:ans?)?|Montevideo)\b")
SEASONS: Final = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY: Final = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
                "midday": "MI", "noon": "MI", "daytime": "DT", "dawn": "MO", "daybreak": "MO", "dusk": "EV"}
# Modifier words before a period and the TIMEX3 mod they give.
PERIOD_MODS: Final = {"early": "START", "earlier": None, "late": "END", "later": None, "mid": "MID", "middle": "MID",
               "beginning": "START", "start": "START", "end": "END", "close": "END", "dawn": "START"}
QUANTITY_MODS: Final = {"about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX",
                 "approximately": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
                 "under": "LESS_THAN", "fewer than": "LESS_THAN", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
                 "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN", "just under": "LESS_THAN",
                 "at least": "EQUAL_OR_MORE", "longer than": "MORE_THAN", "no longer than": "EQUAL_OR_LESS",
                 # "the best part of a year", "the better part of a decade": nearly all of it
                 "the best part of": "LESS_THAN", "the better part of": "LESS_THAN", "the greater part of": "LESS_THAN",
                 "well over": "MORE_THAN", "a little over": "MORE_THAN", "a little more than": "MORE_THAN",
                 "slightly more than": "MORE_THAN", "well under": "LESS_THAN", "a little under": "LESS_THAN",
                 "slightly less than": "LESS_THAN", "close to": "APPROX", "as much as": "EQUAL_OR_LESS"}
# Before "N years ago" the quantity word makes the date approximate.
AGO_MODS: Final = {"about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
            "nearly": "APPROX", "almost": "APPROX", "more than": "BEFORE", "over": "BEFORE", "less than": "AFTER"}
# "ET", "PT" and the like (and "Eastern time", "Pacific") name a zone of the United States but not whether summer
# time is in force: the day of the time tells it (US_ZONE_OFFSETS). "IST" is India's, Ireland's or Israel's: read
# as India's in a text about India (tagger._names_most), else with no offset written.
ZONES: Final = ("GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST", "MSK", "ET", "PT",
         "CT", "MT", "JST", "AEST", "AEDT", "NZST", "NZDT", "SAST", "EAT", "HKT", "SGT", "KST", "PHT", "WIB", "ICT", "MYT",
         "PKT", "WAT", "AWST", "ACST", "ACDT", "IST", "AST", "ADT", "HST", "AKST", "AKDT", "NST", "NDT", "EET", "EEST",
         "WET", "WEST", "NZT", "AET")  # (AST is Atlantic time in an advisory, Arabia's in the Gulf: no offset; "GST"
                         # and "CAT" are left out, a tax and a word; "NZT" and "AET", New Zealand's and eastern
                         # Australia's time, written without saying whether summer time holds: no offset)
# Zone offsets for converting "2035 GMT" style times, written as the clock time is (hours and minutes, ISO 8601's
# extended form); a zone we do not know leaves the time as written.
ZONE_OFFSETS: Final = {"GMT": "Z", "UTC": "Z", "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00",
                "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00", "BST": "+01:00", "CET": "+01:00",
                "CEST": "+02:00", "MSK": "+03:00", "JST": "+09:00", "AEST": "+10:00", "AEDT": "+11:00", "NZST": "+12:00",
                "NZDT": "+13:00", "SAST": "+02:00", "EAT": "+03:00", "HKT": "+08:00", "SGT": "+08:00", "KST": "+09:00",
                "PHT": "+08:00", "WIB": "+07:00", "ICT": "+07:00", "MYT": "+08:00", "PKT": "+05:00", "WAT": "+01:00",
                "AWST": "+08:00", "ACST": "+09:30", "ACDT": "+10:30", "ADT": "-03:00", "HST": "-10:00", "AKST": "-09:00",
                "AKDT": "-08:00", "NST": "-03:30", "NDT": "-02:30", "EET": "+02:00", "EEST": "+03:00", "WET": "Z",
                "WEST": "+01:00"}
# The zones of the United States by their first letter ("ET", "Eastern time"): the offsets of standard and of
# summer (daylight saving) time. Which one holds on a day is the law's (tagger._us_summer_time); "Eastern Standard
# Time" and "Eastern Daylight Time" say it.
US_ZONE_OFFSETS: Final = {"E": ("-05:00", "-04:00"), "C": ("-06:00", "-05:00"), "M": ("-07:00", "-06:00"),
                   "P": ("-08:00", "-07:00")}
HOLIDAYS: Final = {"thanksgiving day": None, "thanksgiving monday": None, "easter sunday": None, "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
            "new year's day": (1, 1), "new year's eve": (12, 31), "new year": (1, 1), "new year's": (1, 1),
            "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
            "boxing day": (12, 26), "bastille day": (7, 14), "juneteenth": (6, 19), "veterans day": (11, 11),
            "remembrance day": (11, 11), "remembrance sunday": (11, 6, 2), "armistice day": (11, 11),
            "st patrick's day": (3, 17), "paddy's day": (3, 17), "st paddy's day": (3, 17), "st. paddy's day": (3, 17),
            "st. patrick's day": (3, 17), "saint patrick's day": (3, 17),
            "st stephen's day": (12, 26), "st. stephen's day": (12, 26), "saint stephen's day": (12, 26),  # Boxing Day in Ireland
            # movable: (month, weekday, which one of the month; -1 the last)
            "labor day": (9, 0, 1), "labour day": (9, 0, 1), "memorial day": (5, 0, -1),
            "good friday": None, "easter monday": None, "easter saturday": None, "holy saturday": None,
            "maundy thursday": None, "holy thursday": None, "palm sunday": None, "ash wednesday": None,
            "pentecost": None, "whit sunday": None, "whitsunday": None, "whit monday": None,
            "fourth of july": (7, 4), "canada day": (7, 1), "australia day": (1, 26), "anzac day": (4, 25),
            "waitangi day": (2, 6), "may day": (5, 1), "bonfire night": (11, 5), "guy fawkes night": (11, 5),
            "burns night": (1, 25), "hogmanay": (12, 31), "st andrew's day": (11, 30), "st. andrew's day": (11, 30),
            "st david's day": (3, 1), "st. david's day": (3, 1), "st brigid's day": (2, 1), "st. brigid's day": (2, 1),
            "victoria day": None,  # Canada's: the Monday before 25 May (see _holiday_day)
            "st george's day": (4, 23), "st. george's day": (4, 23),
            "family day": (2, 0, 3),  # most of Canada's provinces (written "Family Day": r_holiday)
            # the sovereign's official birthday, a public holiday in Australia (the second Monday of June in most
            # states) and New Zealand (the first: r_holiday); only as a holiday ("the King's Birthday long weekend")
            "king's birthday": (6, 0, 2), "queen's birthday": (6, 0, 2),
            "louis riel day": (2, 0, 3), "islander day": (2, 0, 3),  # the same day in Manitoba and Prince Edward Island
            "martin luther king jr. day": (1, 0, 3), "martin luther king day": (1, 0, 3), "mlk day": (1, 0, 3),
            "presidents' day": (2, 0, 3), "presidents day": (2, 0, 3), "president's day": (2, 0, 3),
            "columbus day": (10, 0, 2), "indigenous peoples' day": (10, 0, 2), "father's day": (6, 6, 3),
            "day of the dead": (11, 2),
            "mother's day": (5, 6, 2), "patriots' day": (4, 0, 3), "patriots day": (4, 0, 3), "black friday": None, "cyber monday": None,
            "lunar new year": None, "lunar new year's day": None, "lunar new year's eve": None, "chinese new year": None,
            "chinese new year's eve": None, "lantern festival": None,
            "diwali": None, "deepavali": None, "matariki": None, "holi": None,  # (TABLE_HOLIDAYS)
            "dussehra": None, "dasara": None, "vijayadashami": None,
            "all saints' day": (11, 1), "all saints day": (11, 1), "all souls' day": (11, 2), "all souls day": (11, 2),
            "mandela day": (7, 18), "nelson mandela day": (7, 18), "nelson mandela international day": (7, 18),
            "mothering sunday": None, "ascension day": None, "ascension thursday": None, "whitsun": None,
            # the Orthodox churches' Christmas, 25 December of the Julian calendar (7 January from 1901 to 2099), and
            # Easter by the Julian reckoning (see tagger._orthodox_easter)
            "orthodox christmas": (1, 7), "orthodox christmas eve": (1, 6), "orthodox christmas day": (1, 7),
            "orthodox easter": None, "orthodox easter sunday": None,
            "holocaust memorial day": (1, 27), "april fool's day": (4, 1), "april fools' day": (4, 1),
            "april fools day": (4, 1),
            "super bowl sunday": None,  # the second Sunday of February from 2022, the first from 2004 (_holiday_day)
            "election day": None,  # the United States': the Tuesday after the first Monday of November (ELECTION_DAY)
            "inauguration day": None,  # the United States' president's: 20 January of the year after an election
            # the day of the election, primary or referendum a story tells of, whose date it names (tagger._vote_day)
            "polling day": None, "primary day": None, "voting day": None, "referendum day": None, "election night": None,
            # days the United Nations observes
            "world food day": (10, 16), "world refugee day": (6, 20), "international day of peace": (9, 21),
            "international women's day": (3, 8), "world aids day": (12, 1), "world environment day": (6, 5),
            "earth day": (4, 22), "world health day": (4, 7), "world water day": (3, 22),
            # ... and the fixed days of awareness that news marks (the World Health Organization's among them)
            "world cancer day": (2, 4), "world tuberculosis day": (3, 24), "world autism awareness day": (4, 2),
            "world malaria day": (4, 25), "world press freedom day": (5, 3), "world oceans day": (6, 8),
            "world blood donor day": (6, 14), "world hepatitis day": (7, 28), "world population day": (7, 11),
            "world humanitarian day": (8, 19), "world suicide prevention day": (9, 10), "world alzheimer's day": (9, 21),
            "world heart day": (9, 29), "world teachers' day": (10, 5), "world mental health day": (10, 10),
            "world stroke day": (10, 29), "world diabetes day": (11, 14),  # (not "Human Rights Day": South Africa's is 21 March)
            "national foundation day": (2, 11),  # Japan
            "melbourne cup day": (11, 1, 1),  # the first Tuesday of November
            "heritage day": (9, 24), "day of reconciliation": (12, 16),  # South Africa (Canada's: CANADIAN_HERITAGE_DAYS)
            "madaraka day": (6, 1), "mashujaa day": (10, 20), "jamhuri day": (12, 12),  # Kenya
            # a country's own day: which country is told by the text (COUNTRY_DAYS); the first is the default
            "independence day": (7, 4), "republic day": (1, 26), "national day": None}
# The bank holidays of England and Wales named by a month or season, which the month and season rules would take
# first ("the early May bank holiday" is no "early May"): a rule of their own ahead of those.
BANK_HOLIDAYS: Final = {"early may bank holiday": (5, 0, 1), "may day bank holiday": (5, 0, 1), "may bank holiday": (5, 0, 1),
                 "spring bank holiday": (5, 0, -1), "late may bank holiday": (5, 0, -1), "summer bank holiday": (8, 0, -1),
                 "august bank holiday": (8, 0, -1), "late august bank holiday": (8, 0, -1),
                 # Ireland's (none of them England's): the first Monday of June, the last of October
                 "june bank holiday": (6, 0, 1), "october bank holiday": (10, 0, -1)}
HOLIDAYS.update(BANK_HOLIDAYS)
# Ireland's bank holiday Mondays, as (month, weekday, which one) (its August one is the first Monday, not England's
# last; St Brigid's, from 2023 the first Monday of February, is tagger._irish_bank_holidays'), and Easter Monday
IRISH_BANK_HOLIDAYS: Final = {"may bank holiday": (5, 0, 1), "june bank holiday": (6, 0, 1), "august bank holiday": (8, 0, 1),
                       "october bank holiday": (10, 0, -1)}
# Labour Day by country where it is not the first Monday of September (the United States' and Canada's): most of the
# world keeps it on 1 May; New Zealand on the fourth Monday of October, Jamaica on 23 May; Australia's is its
# states' (AUSTRALIAN_LABOUR_DAYS), New South Wales's where the text names none
LABOUR_DAYS: Final = {**dict.fromkeys(("India", "Pakistan", "Bangladesh", "Sri Lanka", "Nigeria", "Ghana", "Kenya", "Uganda",
                                "Tanzania", "Zimbabwe", "Mexico", "Brazil", "Argentina", "Colombia", "Peru", "Chile",
                                "Philippines", "Indonesia", "Ukraine", "Finland", "Turkey", "Italy", "China",
                                "Singapore", "Malaysia", "Vietnam"), (5, 1)),
               "New Zealand": (10, 0, 4), "Jamaica": (5, 23)}
# Australia's Labour Day by state, the one the text names most: the second Monday of March in Victoria and Tasmania
# (its "Eight Hours Day"), the first of March in Western Australia, the first of May in Queensland and the Northern
# Territory (its "May Day"), the first of October in New South Wales, the ACT and South Australia (also the default)
AUSTRALIAN_LABOUR_DAYS: Final = {"Victoria": (3, 0, 2), "Tasmania": (3, 0, 2), "Western Australia": (3, 0, 1),
                          "Queensland": (5, 0, 1), "Northern Territory": (5, 0, 1), "New South Wales": (10, 0, 1)}
LABOUR_DAYS["Australia"] = AUSTRALIAN_LABOUR_DAYS["New South Wales"]
AUSTRALIAN_STATE_CUES: Final = re.compile(r"\b(?:(?P<Victoria>Victoria(?:ns?)?|Melbourne|Geelong|Ballarat|Bendigo)"
                                   r"|(?P<Tasmania>Tasmania(?:ns?)?|Hobart|Launceston)"
                                   r"|(?P<Western_Australia>Western\s+Australia(?:ns?)?|Perth|Fremantle)"
                                   r"|(?P<Queensland>Queensland(?:ers?)?|Brisbane|Gold\s+Coast|Cairns|Townsville)"
                                   r"|(?P<Northern_Territory>Northern\s+Territory|Darwin|Alice\s+Springs)"
                                   r"|(?P<New_South_Wales>New\s+South\s+Wales|NSW|Sydney|Newcastle|Wollongong|Canberra"
                                   r"|ACT|South\s+Australia(?:ns?)?|Adelaide))\b")
# and the ones named by no month: "on bank holiday Monday", "over the bank holiday weekend" (which one, the tense tells:
# the Mondays of BANK_HOLIDAYS and Easter Monday). Read by the same rule, not as days of HOLIDAYS.
ANY_BANK_HOLIDAY: Final = ("bank holiday monday", "bank holiday")
BANK_HOLIDAYS.update(dict.fromkeys(ANY_BANK_HOLIDAY, (0, 0, 0)))
MOVABLE_HOLIDAYS: Final = ("easter", "thanksgiving")
# Solstices and equinoxes, by the month they fall in (a season's name is the north's: tagger turns it for the south;
# "the solstice" and "the equinox" alone are the one of the pair nearest the DCT)
SOLAR_MONTHS: Final = {"summer solstice": 6, "june solstice": 6, "winter solstice": 12, "december solstice": 12,
                "spring equinox": 3, "vernal equinox": 3, "march equinox": 3, "autumn equinox": 9, "autumnal equinox": 9,
                "fall equinox": 9, "september equinox": 9, "solstice": 0, "equinox": 0}
SOLAR_SOUTHERN: Final = {"summer solstice": "december solstice", "winter solstice": "june solstice",
                  "spring equinox": "september equinox", "vernal equinox": "september equinox",
                  "autumn equinox": "march equinox", "autumnal equinox": "march equinox", "fall equinox": "march equinox"}
# Meeus, Astronomical Algorithms (2nd ed.), ch. 27: the mean instant (a Julian Ephemeris Day) of each for the years
# 1000 to 3000, a polynomial in Y = (year - 2000) / 1000, and the periodic terms (A, B, C) that correct it to about a
# minute
SOLAR_MEAN: Final = {3: (2451623.80984, 365242.37404, 0.05169, -0.00411, -0.00057),
              6: (2451716.56767, 365241.62603, 0.00325, 0.00888, -0.00030),
              9: (2451810.21715, 365242.01767, -0.11575, 0.00337, 0.00078),
              12: (2451900.05952, 365242.74049, -0.06223, -0.00823, 0.00032)}
SOLAR_TERMS: Final = ((485, 324.96, 1934.136), (203, 337.23, 32964.467), (199, 342.08, 20.186), (182, 27.85, 445267.112),
               (156, 73.14, 45036.886), (136, 171.52, 22518.443), (77, 222.54, 65928.934), (74, 296.72, 3034.906),
               (70, 243.58, 9037.513), (58, 119.81, 33718.147), (52, 297.17, 150.678), (50, 21.02, 2281.226),
               (45, 247.54, 29929.562), (44, 325.15, 31555.956), (29, 60.93, 4443.417), (18, 155.12, 67555.328),
               (17, 288.79, 4562.452), (16, 198.04, 62894.029), (14, 199.76, 31436.921), (12, 95.39, 14577.848),
               (12, 287.11, 31931.756), (12, 320.81, 34777.259), (9, 227.73, 1222.114), (8, 15.45, 16859.074))
EASTER_OFFSETS: Final = {"easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1, "easter saturday": -1,
                  "holy saturday": -1, "maundy thursday": -3, "holy thursday": -3, "palm sunday": -7,
                  "ash wednesday": -46, "pentecost": 49, "whit sunday": 49, "whitsunday": 49, "whit monday": 50,
                  "mothering sunday": -21, "ascension day": 39, "ascension thursday": 39, "whitsun": 49}
# The first day of the Chinese (lunar) year, which moves with the moon between 21 January and 20 February.
LUNAR_NEW_YEAR: Final = {2000: (2, 5), 2001: (1, 24), 2002: (2, 12), 2003: (2, 1), 2004: (1, 22), 2005: (2, 9), 2006: (1, 29),
                  2007: (2, 18), 2008: (2, 7), 2009: (1, 26), 2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10),
                  2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25),
                  2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6),
                  2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31), 2034: (2, 19),
                  2035: (2, 8)}
# Holidays that move with the moon or the stars, by year (outside these years, no date rather than a wrong one):
# Diwali's main day as India keeps it (Singapore's Deepavali holiday falls on it), and Holi's below, as India's
# calendar in the `holidays` package (0.109) lists them, which agrees with the days kept here before for 2015-2027;
# New Zealand's Matariki public holiday, as its Act lists it.
TABLE_HOLIDAYS: Final = {
    "diwali": {2001: (11, 14), 2002: (11, 4), 2003: (10, 25), 2004: (11, 12), 2005: (11, 1), 2006: (10, 21),
               2007: (11, 9), 2008: (10, 28), 2009: (10, 17), 2010: (11, 5), 2011: (10, 26), 2012: (11, 13),
               2013: (11, 3), 2014: (10, 23), 2015: (11, 11), 2016: (10, 30), 2017: (10, 19), 2018: (11, 7),
               2019: (10, 27), 2020: (11, 14), 2021: (11, 4), 2022: (10, 24), 2023: (11, 12), 2024: (10, 31),
               2025: (10, 20), 2026: (11, 8), 2027: (10, 29), 2028: (10, 17), 2029: (11, 5), 2030: (10, 26),
               2031: (11, 14), 2032: (11, 2), 2033: (10, 22), 2034: (11, 10), 2035: (10, 30)},
    "matariki": {2022: (6, 24), 2023: (7, 14), 2024: (6, 28), 2025: (6, 20), 2026: (7, 10), 2027: (6, 25),
                 2028: (7, 14), 2029: (7, 6), 2030: (6, 21)},
}
TABLE_HOLIDAYS["deepavali"] = TABLE_HOLIDAYS["diwali"]
# Dussehra (Vijayadashami), as the same calendar lists it (0.109)
TABLE_HOLIDAYS["dussehra"] = TABLE_HOLIDAYS["dasara"] = TABLE_HOLIDAYS["vijayadashami"] = {
    2001: (10, 26), 2002: (10, 15), 2003: (10, 5), 2004: (10, 22), 2005: (10, 12), 2006: (10, 2), 2007: (10, 21),
    2008: (10, 9), 2009: (9, 28), 2010: (10, 17), 2011: (10, 6), 2012: (10, 24), 2013: (10, 13), 2014: (10, 3),
    2015: (10, 22), 2016: (10, 11), 2017: (9, 30), 2018: (10, 19), 2019: (10, 8), 2020: (10, 25), 2021: (10, 15),
    2022: (10, 5), 2023: (10, 24), 2024: (10, 12), 2025: (10, 2), 2026: (10, 20), 2027: (10, 9), 2028: (9, 27),
    2029: (10, 16), 2030: (10, 6), 2031: (10, 25), 2032: (10, 14), 2033: (10, 3), 2034: (10, 22), 2035: (10, 11)}
# Holi's day of colours (Dhulandi), the day after Holika Dahan.
TABLE_HOLIDAYS["holi"] = {2012: (3, 8), 2013: (3, 27), 2014: (3, 17), 2015: (3, 6), 2016: (3, 24), 2017: (3, 13),
                          2018: (3, 2), 2019: (3, 21), 2020: (3, 10), 2021: (3, 29), 2022: (3, 18), 2023: (3, 8),
                          2024: (3, 25), 2025: (3, 14), 2026: (3, 4), 2027: (3, 22), 2028: (3, 11), 2029: (3, 1),
                          2030: (3, 20), 2031: (3, 9), 2032: (3, 27), 2033: (3, 16), 2034: (3, 5), 2035: (3, 24)}
# The two Eids by the Umm al-Qura calendar, which Saudi Arabia and most of the Gulf keep (1 Shawwal and 10 Dhu
# al-Hijjah; Eid al-Adha 2016 as Saudi Arabia kept it, a day after the calendar's); years still to come are the
# dates reported as expected, which moon sighting may move by a day. South Asia and Malaysia and Singapore, which
# sight the moon for themselves, mostly keep them a day later (LATER_EID_COUNTRIES; "Hari Raya" is their name).
_EID_AL_FITR: Final = {2015: (7, 17), 2016: (7, 6), 2017: (6, 25), 2018: (6, 15), 2019: (6, 4), 2020: (5, 24), 2021: (5, 13),
                2022: (5, 2), 2023: (4, 21), 2024: (4, 10), 2025: (3, 30), 2026: (3, 20), 2027: (3, 9), 2028: (2, 26),
                2029: (2, 14), 2030: (2, 4)}
_EID_AL_ADHA: Final = {2015: (9, 23), 2016: (9, 12), 2017: (9, 1), 2018: (8, 21), 2019: (8, 11), 2020: (7, 31), 2021: (7, 20),
                2022: (7, 9), 2023: (6, 28), 2024: (6, 16), 2025: (6, 6), 2026: (5, 27), 2027: (5, 16), 2028: (5, 5),
                2029: (4, 24), 2030: (4, 13)}
EID_NAMES: Final = {**{f"eid{a}{b}fitr": _EID_AL_FITR for a in (" al", " ul", "-al", "-ul", " el", "-el") for b in (" ", "-")},
             **{f"eid{a}{b}adha": _EID_AL_ADHA for a in (" al", " ul", "-al", "-ul") for b in (" ", "-")},
             **{f"eid{a}{b}kabir": _EID_AL_ADHA for a in (" el", "-el") for b in (" ", "-")},  # Nigeria's name
             "hari raya aidilfitri": _EID_AL_FITR,
             "hari raya puasa": _EID_AL_FITR, "hari raya haji": _EID_AL_ADHA, "hari raya aidiladha": _EID_AL_ADHA,
             "aidilfitri": _EID_AL_FITR, "aidiladha": _EID_AL_ADHA,
             # South Asia's names for Eid al-Adha
             "bakrid": _EID_AL_ADHA, "bakri eid": _EID_AL_ADHA, "bakra eid": _EID_AL_ADHA, "eid-uz-zuha": _EID_AL_ADHA,
             "eid-ul-zuha": _EID_AL_ADHA, "id-ul-zuha": _EID_AL_ADHA}
TABLE_HOLIDAYS.update(EID_NAMES)
HOLIDAYS.update(dict.fromkeys(EID_NAMES))
HOLIDAYS.update(dict.fromkeys(SOLAR_MONTHS))
LATER_EID_COUNTRIES: Final = ("India", "Pakistan", "Bangladesh", "Sri Lanka", "Malaysia", "Singapore")
LUNAR_OFFSETS: Final = {"lunar new year": 0, "lunar new year's day": 0, "chinese new year": 0,
                 "lunar new year's eve": -1, "chinese new year's eve": -1, "lantern festival": 14}
LUNAR_TEXT: Final = re.compile(r"\b(?:Lunar|Chinese)\s+New\s+Year|\bSpring\s+Festival\b")  # a text about the Lunar New Year
THANKSGIVING_OFFSETS: Final = {"black friday": 1, "cyber monday": 4}
# A country's independence, republic or national day, told by the country the text names most (its name, people,
# capital); without one, the first listed (none for a national day, which every country has).
_COUNTRIES: Final = {  # country: (cue words, independence day, republic day, national day)
    "US": ("United States|U\\.S\\.|America|Americans?|Washington|New Mexico|New York|Los Angeles|Chicago|Philadelphia|"
           "Boston|Seattle|San Francisco|Atlanta|Miami|Detroit|Pittsburgh|Minneapolis|Baltimore|New Orleans|Las Vegas|"
           "Houston|Dallas|Denver|Nashville", (7, 4), None, None),
    "India": ("India|Indians?|New Delhi|Delhi|Mumbai|Red Fort|Bengaluru|Kolkata|Chennai|Hyderabad|Noida|Lucknow|"
              "Uttar Pradesh|Maharashtra|Lok Sabha|crores?|lakhs?|rupees?", (8, 15), (1, 26), None),
    "Pakistan": ("Pakistan|Pakistanis?|Islamabad|Karachi|Lahore", (8, 14), None, None),
    "Bangladesh": ("Bangladesh|Bangladeshis?|Dhaka", (3, 26), None, None),
    "Sri Lanka": ("Sri Lanka|Sri Lankans?|Colombo", (2, 4), None, None),
    "Nigeria": ("Nigeria|Nigerians?|Abuja|Lagos", (10, 1), None, None),
    "Ghana": ("Ghana|Ghanaians?|Accra", (3, 6), None, None),
    "Kenya": ("Kenya|Kenyans?|Nairobi", (12, 12), None, None),
    "Uganda": ("Uganda|Ugandans?|Kampala", (10, 9), None, None),
    "Tanzania": ("Tanzania|Tanzanians?|Dodoma|Dar es Salaam", (12, 9), None, None),
    "Zimbabwe": ("Zimbabwe|Zimbabweans?|Harare", (4, 18), None, None),
    "Jamaica": ("Jamaica|Jamaicans?|Kingston", (8, 6), None, None),
    "Mexico": ("Mexico|Mexicans?", (9, 16), None, None),
    "Brazil": ("Brazil|Brazilians?|Brasilia|Brasília", (9, 7), None, None),
    "Argentina": ("Argentina|Argentines?|Argentinians?|Buenos Aires", (7, 9), None, None),
    "Colombia": ("Colombia|Colombians?|Bogotá|Bogota", (7, 20), None, None),
    "Peru": ("Peru|Peruvians?|Lima", (7, 28), None, None),
    "Chile": ("Chile|Chileans?|Santiago", (9, 18), None, None),
    "Philippines": ("Philippines|Filipinos?|Manila", (6, 12), None, None),
    "Indonesia": ("Indonesia|Indonesians?|Jakarta", (8, 17), None, None),
    "Ukraine": ("Ukraine|Ukrainians?|Kyiv|Kiev", (8, 24), None, None),
    "Finland": ("Finland|Finns|Finnish|Helsinki", (12, 6), None, None),
    "Turkey": ("Turkey|Türkiye|Turkish|Turks|Ankara|Istanbul", None, (10, 29), None),
    "Italy": ("Italy|Italians?|Rome", None, (6, 2), None),
    "China": ("China|Chinese|Beijing", None, None, (10, 1)),
    "Singapore": ("Singapore|Singaporeans?", None, None, (8, 9)),
    "Malaysia": ("Malaysia|Malaysians?|Kuala Lumpur", (8, 31), None, (8, 31)),
    "Vietnam": ("Vietnam|Vietnamese|Hanoi", None, None, (9, 2)),
    "Saudi Arabia": ("Saudi Arabia|Saudis?|Riyadh", None, None, (9, 23)),
    "UAE": ("UAE|Emirates|Emirati|Abu Dhabi|Dubai", None, None, (12, 2)),
    "Qatar": ("Qatar|Qataris?|Doha", None, None, (12, 18)),
    "Switzerland": ("Switzerland|Swiss|Bern", None, None, (8, 1)),
    "Canada": ("Canada|Canadians?|Ottawa|Toronto|Montreal|Vancouver|Quebec|Ontario|Alberta|Manitoba|Saskatchewan|"
               "British Columbia|BC Ferries|Nova Scotia|New Brunswick|Newfoundland|Winnipeg|Calgary|Edmonton|Saskatoon",
               None, None, (7, 1)),
    # none of these days, but named so that a text about them is not taken for one about a country above (whose
    # "Election Day", "IST" it would not use)
    "UK": ("Britain|British|UK|England|Scotland|Wales|Westminster|London|Leeds|Manchester|Liverpool|Glasgow|Edinburgh|"
           "Cardiff|Belfast|Bristol|Sheffield|Yorkshire|Lancashire|NHS", None, None, None),
    "Ireland": ("Ireland|Irish|Dublin|Cork|Galway|Limerick|Garda|Gardaí|Gardai|Taoiseach|Tánaiste|Dáil|Oireachtas", None, None, None),
    "Israel": ("Israel|Israelis?|Jerusalem|Tel Aviv", None, None, None),
    "Australia": ("Australia|Australians?|Canberra|Sydney|Melbourne|Brisbane|Adelaide|Hobart", None, None, None),
    "New Zealand": ("New Zealand|New Zealanders?|Auckland|Wellington|Christchurch|Dunedin|Queenstown|Tauranga|"
                    "Rotorua|Invercargill|Otago|Waikato|Whangarei|Whangārei|Aotearoa|Māori", None, None, None),
}
# Canada's Thanksgiving is the second Monday of October; the United States' (the default) the fourth Thursday of
# November
CANADIAN_THANKSGIVING: Final = (10, 0, 2)
# Heritage Day in Canada: Nova Scotia's on the third Monday of February, Alberta's on the first Monday of August
CANADIAN_HERITAGE_DAYS: Final = {"Nova Scotia": (2, 0, 3), "Alberta": (8, 0, 1)}
COUNTRY_DAYS: Final = {name: {kind: day for kind, day in zip(("independence day", "republic day", "national day"), days) if day}
                for name, (_, *days) in _COUNTRIES.items()}
COUNTRY_HOLIDAYS: Final = ("independence day", "republic day", "national day")


# Letters as often as they begin an English word, and as they stand anywhere in one, most often first: a trie's
# branches are tried in this order (re tries them one by one, checking each one's first letter).
_FIRST_LETTERS: Final = "tasiocwbfmhprdenlgukyjvqxz"
_LETTERS: Final = "etaoinsrhldcumfpgwybvkxjqz"


def _trie(words, whole=frozenset(), done="") -> str:
    """A regex alternation factored by first letter, much faster to scan than a flat one. The words in `whole`
    match only where no letter follows them. (Its branches, each opening with a letter of its own, are in the order
    of _FIRST_LETTERS or _LETTERS: the branch taken, or that none is, is found sooner.)"""
    heads: dict[str, list[str]] = {}
    for w in words:
        heads.setdefault(w[:1], []).append(w[1:])
    parts = []
    rank = {c: i for i, c in enumerate(_FIRST_LETTERS if not done else _LETTERS)}  # (any other character after them)
    for c, rests in sorted(heads.items(), key=lambda item: (rank.get(item[0], len(rank)), item[0])):
        sub = [r for r in rests if r]
        part = re.escape(c)
        end = "(?![a-z])" if done + c in whole else ""
        if sub:
            part += "(?:" + _trie(sub, whole, done + c) + ("|" + end + ")" if "" in rests and end else ")?" if "" in rests else ")")
        else:
            part += end
        parts.append(part)
    return "|".join(parts)


# Whether this module runs compiled (mypyc makes its functions builtins): the scans written as loops over the
# bytes (Trie.spans, walk_capital_function) are faster than re's only then; the source runs the regexes instead.
COMPILED: Final = not isinstance(_trie, types.FunctionType)


class Trie:
    """Words as the tables of a trie, which a compiled loop walks (spans) where a regex of them would be slower to
    scan with: re enters its matcher at every place its pattern's first character is, about 55 ns each, where the
    walk takes a step or two a word. Its states are numbered from 0, the root; steps[state * width + key] is the
    state after a character (0: none), keyed by keys[byte] (0: no word has that character); ends[state] is 0 where
    no word ends, 1 where one does and 2 where one does only if no letter a-z follows (a word of `short`)."""

    def __init__(self, words: Iterable[str], short: frozenset[str] = frozenset()) -> None:
        words = list(words)
        alphabet = sorted({c for w in words for c in w})
        assert all(c.isascii() for c in alphabet), alphabet
        self.keys: bytes = bytes(alphabet.index(chr(b)) + 1 if chr(b) in alphabet else 0 for b in range(256))
        self.width: int = len(alphabet) + 1
        steps, ends = [0] * self.width, bytearray(1)
        for word in words:
            state = 0
            for c in word:
                at = state * self.width + self.keys[ord(c)]
                if not steps[at]:
                    steps[at] = len(ends)
                    ends.append(0)
                    steps.extend([0] * self.width)
                state = steps[at]
            ends[state] = 2 if word in short else 1
        self.steps: list[int] = steps
        self.ends: bytes = bytes(ends)

    def spans(self, data: bytes) -> list[tuple[int, int]]:
        """The spans re's finditer finds in `data` with " (?:" + _trie(words, short) + ")": after each space, the
        longest of the words the bytes there spell (a short one only before a non-letter: the alternation tries the
        longer words first), searching on after it."""
        found: list[tuple[int, int]] = []
        steps, ends, keys = self.steps, self.ends, self.keys
        width: i64 = self.width
        n: i64 = len(data)
        i: i64 = 0
        while i < n:
            if data[i] != 32:
                i += 1
                continue
            state: i64 = 0
            j: i64 = i + 1
            end: i64 = -1
            while j < n:
                key: i64 = keys[data[j]]
                if key == 0:
                    break
                state = steps[state * width + key]
                if state == 0:
                    break
                j += 1
                kind: i64 = ends[state]
                if kind == 1 or (kind == 2 and (j == n or not 97 <= data[j] <= 122)):
                    end = j
            if end >= 0:
                found.append((i, end))
                i = end
            else:
                i += 1
        return found


# Every country's cues in one pattern (a trie: counting them all takes one fast scan), and the country of each cue.
COUNTRY_OF_CUE: Final[dict[str, str]] = {}
for _country, (_cues, *_) in _COUNTRIES.items():
    for _cue in _cues.split("|"):
        for _form in ([_cue[:-2], _cue[:-1]] if _cue.endswith("s?") else [_cue]):  # "Americans?": both forms
            _form = _form.replace("\\.", ".")
            assert re.escape(_form).replace("\\ ", " ").replace("\\.", ".") == _form, _form  # (plain words only)
            COUNTRY_OF_CUE[_form] = _country
del _country, _cues, _cue, _form
# The states of the United States, whose own days ("Texas Independence Day", 2 March) are not the country's
US_STATES: Final = frozenset("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii
Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri
Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin
Wyoming""".split()) | {"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
                      "Rhode Island", "South Carolina", "South Dakota", "West Virginia"}
# the name or people right before a country's day: "Mexican Independence Day", "India's Republic Day", "Texas
# Independence Day"
NAMED_BEFORE_DAY: Final = re.compile(r"\b((?:New |North |South |West |Rhode |Sri |Saudi )?[A-Z][a-z]+)(?:['’]s)?\s+$")
# (ended by no word character rather than by \b, which never follows the last dot of "U.S." before a space; and
# begun by no \b, which would have re try every character of the text: the start is tested after, see cues_in)
COUNTRY_CUES: Final = re.compile(r"(?:" + _trie(COUNTRY_OF_CUE) + r")(?!\w)")


def cues_in(text: str):
    """Each country cue in the text (COUNTRY_CUES) that begins a word, left to right, none overlapping the one before.
    (A pattern that opens with a set of first letters is scanned for them; one that opens with \b tries the whole
    trie at every character.)"""
    at = 0
    while (m := COUNTRY_CUES.search(text, at)) is not None:
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):  # (inside a word: where \b is not)
            at = start + 1
            continue
        yield m
        at = m.end()


def _alternation(words, title=True, upper=True) -> str:
    """Longest-first alternation of words, in Title and UPPER case (never lower, for names like May)."""
    forms = set()
    for w in words:
        if title:
            forms.add(w[:1].upper() + w[1:])
        if upper:
            forms.add(w.upper())
    return _trie(forms)


def _words(words) -> str:
    """Case-insensitive alternation of lowercase words, longest first."""
    return "(?i:" + _trie(words) + ")"


L: Final = r"(?<![\w'’-])"  # left edge: not inside a word or number, nor after a hyphen ("mid-March")
L_WEEKDAY: Final = r"(?<![\w'’])(?<![^y]-)"  # a weekday's: also after another's hyphen, "Tuesday-Thursday" (two days)
R: Final = r"(?![a-z0-9])"  # right edge of a capitalised word: glued capitals ("ThursdayThe") still end it
RW: Final = r"(?!\w)"  # right edge of an ordinary word
MONTH_FULL: Final = f"(?:{_alternation(MONTHS)}){R}"
MONTH_ANY: Final = rf"(?:{_alternation(MONTHS)}|(?:{_alternation(MONTH_ABBREVIATIONS)})\.?){R}"
WEEKDAY_FULL: Final = f"(?:{_alternation(WEEKDAYS)}){R}"
WEEKDAY_ANY: Final = rf"(?:{_alternation(WEEKDAYS)}|(?:{_alternation(WEEKDAY_ABBREVIATIONS)})\.){R}"
# before a date, a weekday's abbreviation needs no full stop: "Sat 12 Dec", "Tues 9 Feb" (capitalised, as ever;
# not after "the": "The Sun 12 June edition" is a newspaper's)
WEEKDAY_DATE_LEAD: Final = rf"(?:{_alternation(WEEKDAYS)}|(?<![Tt]he\s)(?:{_alternation(WEEKDAY_ABBREVIATIONS)})\.?){R}"
DAY: Final = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR: Final = r"(?:1[6-9]\d\d|20\d\d)(?![\d,.]\d)(?!\s?(?:%|percent|per cent))(?! \d{3}\b)"  # (not "on 1800 333 000", a phone number)
# the end of a year written with two figures after an apostrophe ("the summer of '19"): not a decade's ("'90s"), a
# range's ("'62-'63") or a quotation's closing mark
SHORT_YEAR_END: Final = r"(?![\w'’%-])"
# after a month and day any year of this millennium is one: "Thursday, October 4, 1582"
DAY_YEAR: Final = r"(?:1\d\d\d|20\d\d)(?![\d,.]\d)(?!\s?(?:%|percent|per cent))"
_TENS: Final = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# a number in figures or words; a unit word joins only a tens word ("twenty-five") or "another" ("another six"), not
# another unit ("three eight-hour shifts", "get one six months after")
_ONES: Final = "one|two|three|four|five|six|seven|eight|nine"
# ("three hundred and forty years", "two hundred and five": hundreds and what is added to them)
NUM: Final = r"(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+|\s+1/2|½)?|(?i:(?:a|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(?:hundred|thousand)" \
      r"(?:\s+and\s+(?:(?:" + "|".join(_TENS) + r")(?:[-\s](?:" + _ONES + r"))?|" + _ONES + r"|ten|eleven|twelve|\w+teen)(?=\s))?(?!\w))|" \
      r"(?i:(?:" + "|".join(_TENS) + r"|another)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)(?!\w))?)|" \
      + _words(k for k in NUMBER_WORDS if k not in ("a", "an", "another") + _TENS) + ")"
ANUM: Final = rf"(?:{NUM}|(?i:an?){RW})"
VAGUE: Final = _words(VAGUE_NUMBERS)
UNIT_SG: Final = _words(UNITS)
UNIT_PL: Final = _words([u + "s" for u in UNITS if u != "century"] + ["centuries"])
UNIT_ANY: Final = rf"(?:{UNIT_PL}|{UNIT_SG})"
PERIOD_MOD: Final = r"(?:(?i:early|late|mid)[\s-]+|(?i:early|late)\s+in\s+|(?i:end|start)-|(?i:the\s+)?(?i:very\s+)?(?i:beginning|start|end|middle|close|dawn)\s+of\s+(?:the\s+)?)"
QMOD: Final = _words(QUANTITY_MODS)
DURATION_ADJ: Final = _words(DURATION_ADJ_WORDS)
SEASON: Final = _words(SEASONS)
POD: Final = _words(PARTS_OF_DAY)
AMPM: Final = r"(?:[apAP]\.\s?[mM]\.|[ap]m(?!\w)|[AP]\.?M\.?(?!\w))"  # ("9 A.m.": a title case made word by word)
# Before whitespace that words of one expression are joined by: it holds no blank line (a new paragraph, a list's next item)
NO_BLANK_LINE: Final = r"(?!\s*\n\s*\n)"
# a weekday and its date opening a line: the head of the next entry of a list, not the day of a time before it
NOT_DATED_LINE_HEAD: Final = rf"(?!(?<=\n){WEEKDAY_FULL},?\s+(?:\d|{MONTH_ANY}))"
# "11:59 p.m. Eastern time", "10 a.m. Pacific", "8 p.m. Central Standard Time": zones spelled out
SPELLED_ZONE: Final = r"(?:Eastern|Pacific|Central|Mountain)(?:\s+(?:Standard|Daylight))?\s+[Tt]ime|Eastern|Pacific"
# A place's time ("8:50 a.m. Tokyo time", "10 a.m. New York time", "4.03pm Sydney time"): its standard offset, the
# summer time rule it keeps (tagger._summer_time: "US" the United States', "EU" the European Union's and Britain's,
# "AU" south-eastern Australia's, "NZ" New Zealand's; None for none) and the first year both hold (a place that has
# changed its zone or rule since is not listed before that year). "Local time" is no place's: its offset stays unknown.
_PLACE_ZONES: Final = [
    ("New York|Washington|Boston|Miami|Atlanta|Toronto|Ottawa|Montreal", "-05:00", "US", 2007),
    ("Chicago|Houston|Dallas|Winnipeg", "-06:00", "US", 2007), ("Denver|Calgary|Edmonton", "-07:00", "US", 2007),
    ("Los Angeles|San Francisco|Seattle|Vancouver|California", "-08:00", "US", 2007),
    ("Honolulu|Hawaii", "-10:00", None, 1947),
    ("London|UK|British|Britain|Dublin|Irish|Lisbon", "Z", "EU", 1996),
    ("Paris|Berlin|Brussels|Madrid|Rome|Amsterdam|Geneva|Vienna|Warsaw|Stockholm|Oslo|Copenhagen|Prague|Budapest|"
     "Belgrade|Central European", "+01:00", "EU", 1996),
    ("Kyiv|Kiev|Athens|Helsinki|Bucharest|Sofia|Riga|Vilnius|Tallinn|Eastern European", "+02:00", "EU", 1996),
    ("Moscow", "+03:00", None, 2015), ("Istanbul|Ankara|Turkey|Turkish", "+03:00", None, 2017),
    ("Riyadh|Saudi|Baghdad|Doha|Qatar|Kuwait|Nairobi|Kenya|Addis Ababa", "+03:00", None, 1990),
    ("Dubai|Abu Dhabi|UAE|Gulf|Muscat", "+04:00", None, 1990), ("Khartoum|Sudan", "+02:00", None, 2018),
    ("Johannesburg|Pretoria|Cape Town|South Africa|Harare", "+02:00", None, 1990),
    ("Lagos|Abuja|Nigeria|Kinshasa|West Africa", "+01:00", None, 1990),
    ("India|Indian|Delhi|New Delhi|Mumbai|Kolkata|Chennai|Bengaluru", "+05:30", None, 1950),
    ("Pakistan|Karachi|Islamabad|Lahore", "+05:00", None, 2010), ("Dhaka|Bangladesh", "+06:00", None, 2010),
    ("Kathmandu|Nepal", "+05:45", None, 1990),
    ("Bangkok|Thailand|Jakarta|Hanoi|Vietnam|Ho Chi Minh City", "+07:00", None, 1980),
    ("Beijing|China|Hong Kong|Singapore|Manila|Taipei|Taiwan|Kuala Lumpur|Malaysia|Perth", "+08:00", None, 2009),
    ("Tokyo|Japan|Seoul|Korea", "+09:00", None, 1990),
    ("Sydney|Melbourne|Canberra|Hobart", "+10:00", "AU", 2008), ("Brisbane|Queensland", "+10:00", None, 1993),
    ("Adelaide", "+09:30", "AU", 2008), ("Darwin", "+09:30", None, 1945),
    ("Auckland|Wellington|New Zealand", "+12:00", "NZ", 2008),
    ("Mexico City", "-06:00", None, 2023), ("Brasilia|Brasília|Sao Paulo|São Paulo|Rio de Janeiro", "-03:00", None, 2020),
    ("Buenos Aires|Argentina", "-03:00", None, 2010), ("Bogota|Bogotá|Lima|Colombia|Peru", "-05:00", None, 1994),
]
PLACE_ZONES: Final = {place: (offset, rule, since) for places, offset, rule, since in _PLACE_ZONES for place in places.split("|")}
PLACE_ZONE: Final = "(?:" + _trie(PLACE_ZONES) + r")\s+time"  # (a trie: tried after every four-digit number, as a zone may be)
# "AT", Atlantic time as Canada's Maritime press writes it ("9 p.m. AT Wednesday"), before a word in lower case or a
# stop: not the word "at" in capitals ("6 P.M. AT HIGH TIDE"), nor "AT&T"
ATLANTIC_ZONE: Final = r"AT(?=\s+[A-Z][a-z]|\s*[.,;)]|\s*$)"
ZONE: Final = "(?:{0})(?:/(?:{0}))?(?![A-Za-z])".format("|".join(ZONES) + "|" + PLACE_ZONE + "|" + SPELLED_ZONE + r"|[Ll]ocal\s+time|"
                                                 + ATLANTIC_ZONE)  # "9 p.m. ET/PT": one time
REL_NEAR: Final = r"(?i:last|next|this|coming|past|previous|following|current|same)"
# The year a month, season or quarter is said to be in: "(in March) of last year", "(the spring of) that year",
# "(January of) the following year"; not "last year's".
YEAR_REF: Final = r"(?i:last|this|next|that(?:\s+same)?|the\s+(?:same|following|previous|next|prior|preceding))\s+(?i:year)(?![\w'’])"
BARE_UNITS: Final = r"(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
HOLIDAY: Final = _words(list(HOLIDAYS) + list(MOVABLE_HOLIDAYS))
SPELLED_DECADES: Final = {"ten": 1, "twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8,
                   "ninety": 9, "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                   "seventies": 7, "eighties": 8, "nineties": 9}
SPELLED_TEENS: Final = {"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                 "seventeen": 17, "eighteen": 18, "nineteen": 19}
SPELLED_TENS: Final = _words([w for w in SPELLED_DECADES if not w.endswith("s")] + list(SPELLED_TEENS))
SPELLED_DECADE_WORDS: Final = _words([w for w in SPELLED_DECADES if w.endswith("s")])
SPELLED_ONES: Final = _words(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])


# A regex pattern cut into escapes, character classes, group openings, group closings (with a "?" after them
# when the group is optional) and runs of anything else.
PATTERN_PIECE: Final = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\((?:\?(?:P<\w+>|[:=!]|<[=!]|[a-zA-Z-]*:))?|\)(?:\?(?![?+]))?|[^\\\[()]+")


def _cheap_optionals(pattern: str) -> str:
    """`pattern` with each optional group "(?:X)?" written "(?:X|)", which matches the same way.

    re runs "?" after a group longer than one character with a repeat context that it allocates and frees at
    every try, while "(?:X|)" is a plain alternation: X first, else nothing. The grammar is full of optional
    groups, tried at every trigger, so it is written with "?" and compiled in the cheaper form."""
    pieces = PATTERN_PIECE.findall(pattern)
    assert "".join(pieces) == pattern, "a pattern this function cannot cut into pieces"
    out: list[str] = []
    opened: list[tuple[int, str]] = []  # for each group still open: where it starts in `out`, its opening
    for piece in pieces:
        if piece[0] == "(":
            opened.append((len(out), piece))
        elif piece[0] == ")":
            start, opening = opened.pop()
            if piece == ")?" and opening in ("(?:", "(?i:"):
                piece = "|)"
            elif piece == ")?" and (opening == "(" or opening.startswith("(?P<")):
                out.insert(start, "(?:")  # a capture left out must stay unset, not match the empty string
                piece = ")|)"
        out.append(piece)
    return "".join(out)


def rule(name: str, pattern: str) -> str:
    """One named alternative of the grammar; the pattern's own groups use `{p}` as their prefix."""
    return f"(?P<{name}>{_cheap_optionals(pattern.replace('{p}', name + '_'))})"


# The full stop of a British time ("at 10.15 this morning", "at 7.40 last night"), where the part of the day told after it
# makes the figures a time (a time in figures otherwise takes "am" or "pm" after it, or a colon)
DEICTIC_PART: Final = r"(?:this\s+(?:morning|afternoon|evening)|tonight|last\s+night|(?:yesterday|tomorrow)\s+(?:morning|afternoon|evening|night))\b"
DOT_BEFORE_DEICTIC_PART: Final = rf"\.(?=[0-5]\d\s+(?i:{DEICTIC_PART}))"

# Order matters where two rules start at the same place: the longer, more specific one comes first.
TRADING_AFTER: Final = r"\s+(?i:trading|trade|deals)\b"  # "in afternoon trading", "in midday trading": the market's
# The words after which an hour spelled out ("ten past seven", "nine o'clock") is a time of day (pastto, oclockw)
SPOKEN_HOUR_BEFORE: Final = (r"(?<=[Aa]t )|(?<=until )|(?<=till )|(?<=[Bb]y )|(?<=before )|(?<=after )|(?<=from )|(?<=since )|(?<=than )|"
                      r"(?<=around )|(?<=about )|(?<=[Ii]t's )|(?<=[Ii]t’s )|(?<=[Ii]t is )|(?<=[Ii]t was )")
RULES: Final = [
    rule("iso", r"(?P<{p}y>(?:19|20)\d\d)-(?P<{p}m>0[1-9]|1[0-2])-(?P<{p}d>0[1-9]|[12]\d|3[01])"
                r"(?:T(?P<{p}h>[01]\d|2[0-3]):(?P<{p}min>[0-5]\d)(?::\d\d)?)?(?!\d)"),
    # "12/15/2026", "10/03/23"; "03.12.2026", day first (as every convention that writes dots has it)
    rule("numeric", r"(?P<{p}a>[0-3]?\d)/(?P<{p}b>[0-3]?\d)/(?P<{p}y>(?:19|20)?\d\d)(?![\d/])"
                    r"|(?P<{p}da>[0-3]?\d)\.(?P<{p}mo>[01]?\d)\.(?P<{p}y4>(?:19|20)\d\d)(?!\d|\.\d)"),
    # "Sat 27/12", "Thursday, 1/15": a weekday and a day and month in figures, without a year (the weekday tells
    # the order and the year); not "Sat 27/12/2025", the numeric rule's
    rule("wdnumeric", rf"(?P<{{p}}wd>{WEEKDAY_DATE_LEAD}),?[^\S\n]+(?P<{{p}}a>[0-3]?\d)/(?P<{{p}}b>[0-3]?\d)(?![\d/])"),
    # "Thursday, December 30, 2021", "Dec. 30", "30 December 2021", "the 30th of December"
    # (a year told after it: "Oct. 6, 2025", "October 6th last year", "30 June next year")
    rule("mdy", rf"(?:(?P<{{p}}wd>{WEEKDAY_DATE_LEAD})(?:\s+(?P<{{p}}wdpod>(?i:morning|afternoon|evening|night))(?=,))?,?\s+(?:the\s+)?)?"
                rf"(?P<{{p}}mon>{MONTH_ANY})[^\S\n]+(?P<{{p}}day>{DAY})"
                rf"(?:(?:,\s*|\s+)(?P<{{p}}y>{DAY_YEAR})|\s+(?P<{{p}}yref>(?i:last|next))\s+(?i:year)(?!\w))?"),
    rule("dmy", rf"(?:(?P<{{p}}wd>{WEEKDAY_DATE_LEAD}),?\s+)?(?:the\s+)?(?P<{{p}}day>{DAY})(?:[^\S\n]+of)?[^\S\n]+(?P<{{p}}mon>{MONTH_ANY})"
                rf"(?:,?\s+(?P<{{p}}y>{DAY_YEAR})|\s+(?P<{{p}}yref>(?i:last|next))\s+(?i:year)(?!\w))?"),
    # "on the 15th", "by the 30th of this month": a day of the month; not "the 15th floor", "the 11th Circuit",
    # "the 20th century"
    rule("ordday", r"(?i:the)\s+(?P<{p}day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w-])"
                   r"(?:\s+of\s+(?P<{p}rel>(?i:this|next|last))\s+(?i:month)\b|(?!\s+(?!(?:of|and|or|to|at|in|when|after|before|but|until)\b)[A-Za-z]))"),
    rule("bankholiday", rf"(?:(?i:the)\s+)?(?P<{{p}}w>{_words(BANK_HOLIDAYS)})(?!\w)(?:\s+(?P<{{p}}we>(?i:weekend))(?!\w)|\s+(?i:monday)(?!\w))?"),
    # "nineteen ninety-six", "January nineteen ninety-seven", "the year two thousand", "the nineties"
    rule("spelled", rf"(?:(?P<{{p}}mon>{MONTH_FULL})\s+|(?P<{{p}}the>(?i:the\s+year)\s+))?(?:(?i:nineteen)[\s-]+(?P<{{p}}t>{SPELLED_TENS})"
                    rf"(?:[\s-](?P<{{p}}o>{SPELLED_ONES}))?|(?P<{{p}}k>(?i:two\s+thousand))(?:\s+(?i:and\s+)?(?P<{{p}}ko>{SPELLED_ONES}))?){RW}"
                    rf"|(?i:the\s+)(?P<{{p}}dec>{SPELLED_DECADE_WORDS}){RW}"),
    # "early December", "the end of 2021", "mid-2014", "December 2021", "late last year" handled by rel
    # "the April-June quarter": a calendar quarter named by its months
    # "the September quarter": a quarter named by the month it ends in, as Australian and New Zealand news write it
    rule("monthq", rf"(?:(?:(?i:the)\s+)?(?P<{{p}}m1>{MONTH_FULL})\s*[-–]\s*(?P<{{p}}m2>{MONTH_FULL})\s+(?i:quarter){RW}"
                   # ("its March quarter production report": the quarter, its possessive left out as annotators do)
                   # (with no determiner too: "after a soft June quarter", "December quarter national accounts",
                   # "- September quarter 2024: 0.3"; "its December-quarter shipments")
                   rf"|(?:(?i:the)\s+)?(?P<{{p}}end>(?:March|June|September|December){R})(?:\s+|-)(?i:quarter){RW})"
                   rf"(?:\s+(?:of\s+)?(?P<{{p}}y>{YEAR}))?"),  # "the December quarter of 2026", "the June quarter 2025"
    # ("his death in April 1492": a year before 1600 too, not before a word in lower case: "in May 1500 workers")
    rule("monyear", rf"(?P<{{p}}mod>{PERIOD_MOD})?(?P<{{p}}mon>{MONTH_ANY}),?\s+(?:of\s+)?(?:(?P<{{p}}y>{YEAR}|1[0-5]\d\d(?![\d,.]\d)(?![^\S\n]+[a-z]))|['’](?P<{{p}}sy>\d\d){SHORT_YEAR_END})"),
    rule("month", rf"(?P<{{p}}mod>{PERIOD_MOD})?(?:(?P<{{p}}rel>(?i:the\s+following|the\s+next|the\s+previous|the\s+preceding|last|this|next|past|coming|that))\s+)?(?P<{{p}}mon>{MONTH_FULL})"
                  # "slips past May 10": a day of May, not last May; "by the end of June 6": the end of that day
                  rf"(?({{p}}rel)(?!\s+\d))(?({{p}}mod)(?![^\S\n]+\d\d?\b))(?:,?\s+(?:of\s+)?(?P<{{p}}yref>{YEAR_REF}))?"),
    # "Thursday before last", "the summer before last": the one before the last one
    rule("daybeforelast", rf"(?:(?P<{{p}}wd>{WEEKDAY_FULL})|(?:(?i:the)\s+)?(?P<{{p}}s>{SEASON}))\s+(?i:before\s+last)(?!\w)"),
    rule("season", rf"(?P<{{p}}the>(?i:the)\s+(?!(?i:end|beginning|start|middle|close|dawn)\b))?(?P<{{p}}mod>{PERIOD_MOD})?(?:(?P<{{p}}rel>(?i:this\s+past)|{REL_NEAR})\s+)?(?P<{{p}}s>{SEASON}){RW}"
                   rf"(?:\s+(?:of\s+)?(?P<{{p}}y>{YEAR})(?:[-–/](?P<{{p}}y2>(?:19|20)?\d\d)(?![\d/-]))?|\s+of\s+(?P<{{p}}yref>{YEAR_REF})"
                   rf"|\s+(?:of\s+)?['’](?P<{{p}}sy>\d\d){SHORT_YEAR_END})?"),
    # "at half past seven", "by a quarter to nine", "at ten past eleven at night", "at ten past midnight", "It's twenty
    # past seven": an hour and its minutes, spelled out the way speech tells them, after a word that makes them a time
    # (not "from five to seven days": a range)
    rule("pastto", r"(?:" + SPOKEN_HOUR_BEFORE + r"|(?<=gone ))(?P<{p}mw>(?i:(?:a\s+)?quarter|half|five|ten|twenty|twenty[-\s]five))"
                   r"\s+(?:(?i:minutes)\s+)?(?:(?P<{p}dir>(?i:past|after|to))\s+)?"  # ("half five": half past, as Britain says it)
                   r"(?P<{p}hw>(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight)|1[0-2]|[1-9])"
                   r"(?:\s+(?i:o['’]clock))?(?:\s+(?P<{p}pod>(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)))?"
                   r"(?![\w-])(?!\s*(?:%|(?i:per\s*cent|percent|points?|days?|weeks?|months?|years?|hours?|"
                   r"minutes?|times|of|[a-z]+s\b)))"),
    # "the third quarter", "third-quarter", "the fiscal first quarter", "the year-ago quarter", "the 1988 period",
    # "next year's first quarter", "the same period in 2019"
    rule("quarter", rf"(?P<{{p}}pmod>{PERIOD_MOD})?(?:(?P<{{p}}det>(?i:the))\s+)?(?:(?P<{{p}}latest>(?i:fiscal|current|latest|most\s+recent|comparable|corresponding|same))[\s-]+)*"
                    rf"(?:(?P<{{p}}ago>(?i:year[\s-]ago|year[\s-]earlier|prior[\s-]year))[\s-]+)?(?:(?P<{{p}}yr>{YEAR})(?:['’]s)?\s+|(?P<{{p}}yrel>(?i:last|this|next))\s+(?i:year)['’]s\s+)?"
                    rf"(?:(?i:fiscal)[\s-]+)?(?:(?P<{{p}}ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last|back|front))[\s-]+)?"
                    rf"(?:(?i:fiscal)[\s-]+)?(?P<{{p}}u>(?i:quarter|half(?!\s+an?\s)|period)){RW}(?!-(?i:to)-)(?:\s+(?:of|in)\s+(?:(?i:fiscal|calendar)\s+)?(?P<{{p}}y>{YEAR})|\s+(?:of\s+)?(?P<{{p}}yref>{YEAR_REF})|\s+of\s+(?P<{{p}}ty>(?i:the\s+year))(?![\w'’])"
                    rf"|\s+(?P<{{p}}ay>(?i:a\s+year\s+(?:earlier|ago|before)))(?!\w))?"),
    # "the October-December period", "the January-to-March quarter": a quarter or half named by its months
    rule("monthspan", rf"(?:(?i:the)\s+)?(?P<{{p}}m1>{MONTH_FULL})(?:\s*[-–]\s*|\s+(?i:to|through)\s+|-(?i:to)-)(?P<{{p}}m2>{MONTH_FULL})"
                      rf"\s+(?i:period|quarter|half)(?!\w)"),
    # "year-ago", "year-earlier" as adjectives: the same period a year before
    rule("yearago", r"(?P<{p}w>(?i:year[\s-](?:ago|earlier)))(?![\w-])|(?P<{p}ytd>(?i:year[\s-]to[\s-]date))(?![\w-])"),
    # "the week of January 10", "the week of 10 January": the week holding that day
    # "the week of January 10", "the weekend of Feb. 14", "the final weekend of February"; "the week ending Dec. 21",
    # "the week beginning 5 January"
    # "the final week of 2025", "the first weekend of 2026": a year's first or last week (or weekend)
    rule("weekofyear", rf"(?i:the)\s+(?P<{{p}}ord>(?i:first|last|final))\s+(?i:week(?P<{{p}}we>end)?)\s+(?i:of)\s+"
                       rf"(?P<{{p}}y>{YEAR})(?![\w-])"),
    rule("weekof", rf"(?:(?i:the)\s+)?(?:(?P<{{p}}ord>(?i:first|second|third|fourth|last|final))\s+(?=(?i:week(?:end)?)\s+(?:of|in)\s+{MONTH_FULL}))?"
                   rf"(?i:week(?P<{{p}}we>end)?)\s+(?:(?i:of|in)|(?P<{{p}}to>(?i:ending|ended|to|beginning|starting|commencing)))\s+(?:(?i:the)\s+)?(?:(?P<{{p}}mon>{MONTH_ANY})\s+(?P<{{p}}day>{DAY})(?:\s*[-–]\s*{DAY})?"
                   rf"|(?P<{{p}}day2>{DAY})(?:\s*[-–]\s*{DAY}|\s+(?i:and|&)\s+{DAY})?(?:\s+(?i:of))?\s+(?P<{{p}}mon2>{MONTH_ANY})|(?<=(?i:of|in) )(?P<{{p}}mon3>{MONTH_FULL})(?(" + "{p}" + r"ord)|(?!x)x)"  # a month alone only after "final"
                   rf"|(?:(?<=[Ee]nded )|(?<=[Ee]nding )|(?<= to ))(?P<{{p}}wd>{WEEKDAY_FULL}))"
                   rf"(?:,?\s+(?P<{{p}}y>{YEAR}))?"),
    # "by year end", "at year's end", "since year-end": the end of this year, or of the last one
    rule("yearend", r"(?:(?i:the)\s+)?(?i:year(?:['’]s)?[\s-]end)(?![\w-])"),
    # "by mid-month", "at midyear", "until midweek": the middle of the month (week, year, decade) the story is in,
    # after a preposition; not "mid-year results", "a mid-week date" (a modifier, see r_midunit)
    rule("midunit", r"(?:(?<=\b[Bb]y\s)|(?<=\b[Ii]n\s)|(?<=\b[Aa]t\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bbefore\s)|(?<=\bafter\s)"
                     r"|(?<=\bfrom\s)|(?<=\bsince\s)|(?<=\baround\s)|(?<=\btoward\s)|(?<=\btowards\s)|(?<=\bthrough\s))"
                     r"(?i:mid[\s-]?(?P<{p}u>month|week|year|decade|century))(?![\w-])"),
    rule("decade", r"(?:(?i:the)\s+)?(?P<{p}mod>(?i:early|late|mid)[\s-]+|(?i:very\s+)?(?i:beginning|start|end|middle|close|dawn)\s+of\s+(?:the\s+)?)?(?:(?P<{p}c>1[0-9]|20)(?P<{p}d>\d)0|['’](?P<{p}s>\d)0)['’]?s(?!\w)"),
    # "the 19th century", "the late 19th century", "the fifth century", "the eleventh century"; without "the" as a
    # modifier, in lower case ("a 20th century democrat", "19th-century houses", "in late 19th century Vienna"), not
    # a name ("20th Century Fox", "21st Century Insurance")
    rule("century", r"(?P<{p}the>(?i:the\s+))?(?:(?P<{p}mod>(?i:early|mid|late))[\s-]+)?(?:(?P<{p}n>1\d|2[01]|[1-9])(?:th|st|nd|rd)|(?P<{p}w>"
                    + _words(CENTURY_ORDINALS) + r"))[\s-]+(?({p}the)(?i:century)|century)(?!\w)(?:\s+(?P<{p}bc>BCE|BC|B\.C\.(?:E\.)?)(?!\w))?"),
    # times: "3:35 p.m.", "15:35 GMT", "10 a.m.", "2035 GMT", "noon", "midnight"
    # "up at 6.30 every morning", "in bed by 10 each night": that time of every such day (after a word that makes the
    # number an hour: not "takes 2 every morning")
    rule("clockevery", r"(?:(?<=[Aa]t )|(?<=[Bb]y )|(?<=until )|(?<=till )|(?<=before )|(?<=after )|(?<=from )|(?<=around )|"
                       r"(?<=about ))(?P<{p}h>1[0-2]|0?[1-9])(?:[:.](?P<{p}min>[0-5]\d))?\s+(?i:every|each)\s+"
                       r"(?P<{p}pod>(?i:morning|afternoon|evening|night))(?!\w)"),
    rule("clock", rf"(?P<{{p}}h>[01]?\d|2[0-3])(?:[:.](?P<{{p}}min>[0-5]\d)(?::(?P<{{p}}sec>[0-5]\d))?)?\s*(?P<{{p}}ampm>{AMPM})"
                  rf"(?:\s*(?P<{{p}}zo>\()?(?P<{{p}}z>{ZONE})(?({{p}}zo)\)))?"
                  # (not the first of a range of days: "from 8 a.m. to 5 p.m. Monday through Friday")
                  # (nor a weekday after a blank line: "Tuesday: City Council, 5 p.m.\n\nWednesday: ...", nor one dated
                  # that opens the next line: "Stade de France, 8.10pm\nSaturday 7 February: Italy v Scotland")
                  rf"(?:{NO_BLANK_LINE}\s+{NOT_DATED_LINE_HEAD}(?P<{{p}}wd>{WEEKDAY_FULL})(?!\s*(?:-|–|(?i:to|through|thru|and|or|&)\s)\s*{WEEKDAY_FULL}))?"),
    # "2035 GMT", "17.30 GMT", "14:00 local time", "at 14:00" (a colon and no zone: a time only after a word like "at"),
    # "at 14:32:05" (to the second: an accident report's)
    rule("clock24", rf"(?P<{{p}}h>[01]\d|2[0-3])[:.]?(?P<{{p}}min>[0-5]\d)\s*(?P<{{p}}z>{ZONE}){R}"
                    # "0352 GMT Tuesday": that day's (not the first of a range of days)
                    rf"(?:{NO_BLANK_LINE}\s+{NOT_DATED_LINE_HEAD}(?P<{{p}}wd>{WEEKDAY_FULL})(?!\s*(?:-|–|(?i:to|through|thru|and|or|&)\s)\s*{WEEKDAY_FULL}))?"
                    # "at 9/8c", "Sundays at 10:30/9:30c": American television's hour in the Eastern and Pacific zones
                    # and, after the slash, the Central one, in the evening
                    rf"|(?P<{{p}}h10>1[0-2]|[1-9])(?::(?P<{{p}}min10>[0-5]\d))?/(?:1[0-2]|[1-9])(?::[0-5]\d)?c(?![\w/])"
                    # "07:00 to 11:00 BST": the first time of a range whose end has its zone; "at 09:00 BST (11:00 in
                    # Riyadh)": the same time where it is told
                    rf"|(?P<{{p}}h11>[01]\d|2[0-3]):(?P<{{p}}min11>[0-5]\d)(?=\s*(?:to|until|till|and|-|–)\s*(?:[01]\d|2[0-3]):[0-5]\d\s*{ZONE}"
                    rf"|(?<=\(\d\d:\d\d)\s+in\s+[A-Z][a-z])"
                    # (or heading a line of a timeline: "- 18:18:26: Air traffic control clears the aircraft")
                    rf"|(?:(?<=[Aa]t )|(?<=[Bb]y )|(?<=until )|(?<=from )|(?<=around )|(?<=about )|(?<=before )|(?<=after )"
                    rf"|(?<=\n)|(?<=\n- )|(?<=\n\* )|(?<=\n• )|(?<=\n– )|(?<=\n— )"
                    # (or going on from one: "daily at 00:48, 05:20, 12:01 and 17:54", "at 16:35 instead of 17:10")
                    rf"|(?<=\d\d:\d\d, )|(?<=\d\d:\d\d and )|(?<=\d\d:\d\d or )|(?<=instead of )|(?<=rather than ))"
                    # (not "00:14:05" with no zone: a place in a recording, as a podcast's chapters and quotes give it)
                    rf"(?!0?0:[0-5]\d:[0-5]\d(?!\d|:\d)(?!\s*{ZONE}))"
                    rf"(?P<{{p}}h5>[01]?\d|2[0-3]):(?P<{{p}}min5>[0-5]\d):(?P<{{p}}sec5>[0-5]\d)(?!\d|:\d)(?:\s*(?P<{{p}}z5>{ZONE}){R})?"
                    rf"|(?P<{{p}}h2>[01]?\d|2[0-3])(?::|{DOT_BEFORE_DEICTIC_PART})(?P<{{p}}min2>[0-5]\d)(?!\d|:\d|\.\d)(?P<{{p}}local>(?=\s+(?i:local\s+time|hours|hrs)\b))?"
                    # "0900 local time", "at 1500 hours": four digits are a time of day only so
                    rf"|(?P<{{p}}h3>[01]\d|2[0-3])(?P<{{p}}min3>[0-5]\d)(?=\s+(?i:local\s+time\b)|(?<=(?i:at|by) \d{{4}})\s+(?i:hours|hrs)\b)"
                    # "due alongside at 0600", "between 0500 and 0800": four digits with a nought first are no year
                    # (not "from 0800 numbers", "at 0800 123 4567", a telephone's)
                    rf"|(?:(?<=[Aa]t )|(?<=[Bb]y )|(?<=until )|(?<=till )|(?<=from )|(?<=around )|(?<=about )|(?<=before )"
                    rf"|(?<=after )|(?<=between )|(?<=and )|(?<=to ))(?P<{{p}}h6>0\d)(?P<{{p}}min6>[0-5]\d)(?![\w:/%-]|[.,]\d|\s+(?:\d|(?i:numbers?)\b))"
                    # "closed until 2200", "at 2330 on Tuesday", "from 0600 to 2300": four figures from 2200, which
                    # news writes as no year, after a word of time, and not before a noun they count ("after 2300
                    # votes")
                    rf"|(?:(?<=[Aa]t )|(?<=until )|(?<=till )|(?<=from )|(?<=before )|(?<=after )|(?<=between )"
                    rf"|(?<=\d\d\d\d and )|(?<=\d\d\d\d to )|(?<=\d\d\d\d-)|(?<=\d\d\d\d–))(?P<{{p}}h7>2[23])(?P<{{p}}min7>[0-5]\d)"
                    rf"(?![\w:/%-]|[.,]\d|\s+(?:\d|(?!(?:on|and|to|until|till|today|tonight|tomorrow|yesterday|local|hours|"
                    rf"hrs|this|the|each|every|when|or|at|in|sharp|onwards|daily|that|before|after|as)\b|{WEEKDAY_FULL}|{ZONE})[A-Za-z]))"
                    # "sails at 1930 on Wednesday", "at 1400 today", "from 1900 on Friday": four figures after "at" or
                    # "from" and before a day are a time of that day, not a year; so are those that a time with its
                    # zone ends a range of ("between 2000 and 2200 local time"), and "the 1030 sailing"
                    # (not a level reached: "the index closed at 2015 on Monday")
                    rf"|(?:(?<=[Aa]t )|(?<=[Ff]rom )|(?<=between ))(?<!closed at )(?<!ended at )(?<!finished at )(?<!stood at )"
                    rf"(?<!settled at )(?<!opened at )"
                    rf"(?P<{{p}}h8>[01]\d|2[01])(?P<{{p}}min8>[0-5]\d)(?=,?\s+(?:on\s+)?(?:{WEEKDAY_FULL}|\d\d?\s+{MONTH_FULL}|{MONTH_ANY}\s+\d)"
                    rf"|\s+(?:today|tonight|tomorrow|yesterday)\b"
                    rf"|\s*(?:and|to|until|till|-|–)\s*(?:[01]\d|2[0-3])[0-5]\d\s*(?:{ZONE}|(?i:hours|hrs)\b))"
                    rf"|(?<=the )(?P<{{p}}h9>[01]\d|2[0-3])(?P<{{p}}min9>[0-5]\d)(?=\s+(?:departure|sailing|crossing|service)\b)"
                    # "at 14h30": the French way, in English news of Europe and Africa (not "4h50 of battery")
                    rf"|(?:(?<=at )|(?<=by )|(?<=from )|(?<=until )|(?<=to )|(?<=around )|(?<=before )|(?<=after ))"
                    rf"(?P<{{p}}h4>[01]?\d|2[0-3])h(?P<{{p}}min4>[0-5]\d)(?![\w:])(?:\s+(?i:local\s+time)\b)?"),
    # "finished in 2:19:44", "the record of 2:03:02", "1 B Kiptanui (Ken) 2:03:58;": a race time, hours, minutes and
    # seconds after a space or a bracket (a time of day with seconds follows "at", and clock24 reads it first; one
    # opening its line heads a log's entry)
    rule("racetime", r"(?<=[ (\t])"
                     r"(?:(?P<{p}h>\d{1,2}):(?P<{p}min>[0-5]\d):(?P<{p}s>[0-5]\d)(?:\.(?P<{p}frac>\d{1,3}))?(?![\d:])"
                     r"(?!\s*(?i:[ap]\.?m\b|GMT|UTC|local))"
                     # "a fastest lap of 1:33.811": minutes, seconds and their thousandths, no time of day
                     r"|(?P<{p}min2>\d{1,2}):(?P<{p}s2>[0-5]\d)\.(?P<{p}frac2>\d{1,3})(?![\d:.]))"),
    # "a lead of 2min 41sec", "4hr 12min 5sec", "3h 05min": a gap or a time in a race, its units abbreviated
    rule("gap", r"(?:(?P<{p}h>\d{1,2})\s?(?:h|hr|hrs)\s+)?(?P<{p}min>\d{1,3})\s?(?:min|mins)\s+(?P<{p}s>[0-5]?\d)(?:\.(?P<{p}frac>\d{1,3}))?\s?(?:sec|secs|s)(?!\w|\.\w)"
                r"|(?P<{p}h2>\d{1,2})\s?(?:h|hr|hrs)\s+(?P<{p}min2>[0-5]?\d)\s?(?:min|mins)(?!\w)"
                # "0.184sec clear", "a lead of 38.4sec": a gap in seconds and their fractions, as timing sheets write it
                r"|(?P<{p}s3>\d{1,3})\.(?P<{p}frac3>\d{1,3})\s?(?:sec|secs)(?!\w|\.\w)"),
    # "at 11 o'clock at night", "at 2 in the morning"
    rule("oclock", r"(?P<{p}h>1[0-2]|0?[1-9])\s+(?:(?i:o['’]clock)(?:\s+(?P<{p}pod>(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)))?"
                   r"|(?P<{p}pod2>(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)))(?!\w)"),
    # "at three in the morning", "until one in the morning", "by two o'clock", "It's nine o'clock": an hour spelled
    # out, after a word that makes it a time
    rule("oclockw", r"(?:" + SPOKEN_HOUR_BEFORE + r")(?P<{p}hw>(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
                    r"\s+(?:(?i:o['’]clock)(?:\s+(?P<{p}pod>(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)))?"
                    r"|(?P<{p}pod2>(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)))(?!\w)"),
    # (the weekday on its line: not one that opens the next, "7am to midnight\nTuesday 23 December: 7am to 10pm")
    rule("noon", rf"(?P<{{p}}w>(?i:noon|midnight|midday))(?!\w)(?!{TRADING_AFTER})(?:\s+(?P<{{p}}z>{ZONE}))?(?:[ \t]+(?P<{{p}}wd>{WEEKDAY_FULL}))?"),
    # "Q3 2025", "H1 2026": a quarter or half of a year, as business news writes it
    # "2024-25", "the 2023-24 fiscal", "the 2021-22 financial year", "the 2024-25 season", "FY25": a year that
    # straddles two, named by the one it ends in
    rule("twoyear", rf"(?:(?i:the)\s+)?(?:(?i:FY)\s?)?(?P<{{p}}y1>(?:1[6-9]|20)\d\d)[-–/](?P<{{p}}y2>(?:1[6-9]|20)?\d\d)(?!\d|[-–/]\d)(?P<{{p}}kind>\s+(?i:fiscal(?:\s+year)?|financial\s+year|"
                    rf"season|campaign|academic\s+year|school\s+year|budget|(?P<{{p}}s>{SEASON})))?{RW}|(?P<{{p}}fy>(?i:FY))\s?(?P<{{p}}yy>\d\d)(?![\d/-])"),
    rule("qabbr", rf"(?P<{{p}}u>[QH])(?P<{{p}}n>[1-4])(?:\s*(?:(?i:of\s+)?(?:(?i:fiscal|FY)\s*)?)(?P<{{p}}y>{YEAR})"
                  rf"|\s*(?:(?i:of\s+)?(?i:FY)\s?)(?P<{{p}}yy>\d\d)(?![\d/-])|(?![\w-]))"  # "Q4 FY26", "Q2FY27"
                  # "2Q24", "1H25", "4Q2026": the number first, as analysts write them
                  # ("1H FY27", "2Q FY26": of a fiscal year)
                  rf"|(?P<{{p}}n2>[1-4])(?P<{{p}}u2>[QH])(?:(?P<{{p}}y2>(?:19|20)?\d\d)|\s?(?i:FY)\s?(?P<{{p}}yy2>\d\d))(?![\w-])"),
    # "44 BC", "325 CE", "AD 43", "around 3200 BC": a year of an era
    rule("era", rf"(?:(?P<{{p}}q>(?i:around|about|circa|c\.|some))\s+)?(?:(?P<{{p}}ad>A\.?D\.?)\s+(?P<{{p}}y1>\d{{1,4}})(?![\d,.]\d)"
                rf"|(?P<{{p}}y2>\d{{1,4}}|\d{{1,3}},\d{{3}})\s+(?P<{{p}}era>BCE|BC|B\.C\.(?:E\.)?|CE|C\.E\.|AD|A\.D\.))(?![\w])"),
    rule("year", rf"(?P<{{p}}mod>{PERIOD_MOD})?(?:(?i:fiscal|FY|calendar)\s*)?(?P<{{p}}y>{YEAR})(?![^\S\n]*[-–]\s*\d)(?!s\b)"
                 # "warming by 2100": a year of the next century only after a word that takes a date
                 rf"|(?:(?<=[Bb]y )|(?<=[Ii]n )|(?<=until )|(?<=before )|(?<=beyond ))(?P<{{p}}y2>21\d\d)(?![\d,.]\d|[^\S\n]*[-–]\s*\d)(?!\s?(?:%|percent|per cent))"
                 # "consecrated in 1095", "reigned from 1509 to 1547,": a year before 1600 after a word that takes a
                 # date, ending a clause or joined to another ("by 1400 to 1500 points" is no year)
                 rf"|(?:(?<=[Ii]n )|(?<=[Ss]ince )|(?<=[Ff]rom )|(?<=until )|(?<=before )|(?<=after ))"
                 # (or before the verb or subject of its sentence: "The family's return in 1512 began", "In 1569 Cosimo I
                 # was made Grand Duke")
                 rf"(?P<{{p}}y3>1[0-5]\d\d)(?![\d,.]\d)(?=[,.;:)]|\s+(?:and|or|to|when|after|before|but|as|under|until|began|became|"
                 rf"was|were|had|the|he|she|it|they|[a-z]{{2,}}ed)\b|(?<=In \d\d\d\d)\s+[A-Z][a-z])(?!\s+to\s+\d[\d,]*\d\s+[a-z])"
                 rf"|(?<=\bto )(?P<{{p}}y4>1[0-5]\d\d)(?![\d,.]\d)(?=[,.;:)])"
                 # "the crash of '08", "back in '98", "heard about '98": a year written with two figures after a word that takes a date
                 # (or ending a range from one, or before the noun it dates: "from '74 to '79", "in the '56 flood")
                 rf"|(?:(?<=[Oo]f )|(?<=[Ii]n )|(?<=[Ss]ince )|(?<=[Ff]rom )|(?<=until )|(?<=\d to )|(?<=\d and )|(?<=[Aa]bout )|(?<=[Aa]fter )"
                 rf"|(?<=[Bb]efore )|(?<=\blike ))['’](?P<{{p}}sy>\d\d){SHORT_YEAR_END}"
                 rf"|(?<=[Tt]he )['’](?P<{{p}}sy2>\d\d)(?=\s+[a-z]{{3,}})(?!\s+(?:per|percent|points?|years?|seconds?)\b)"),
    # "on Tuesdays", "Tuesday nights": every such day
    # "the last Sunday in March", "the first Monday of September 2025": that weekday of that month; "the second
    # Tuesday of every month": a day of every month; "in September, on the third Tuesday of the month": of the month
    # just told
    rule("nthwd", rf"(?i:the)\s+(?P<{{p}}n>(?i:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th))\s+"
                  rf"(?P<{{p}}wd>{WEEKDAY_FULL})\s+(?i:in|of)\s+(?:(?P<{{p}}mon>{MONTH_FULL})(?:,?\s+(?P<{{p}}y>{YEAR}))?"
                  rf"|(?P<{{p}}every>(?i:each|every))\s+(?i:month)|(?P<{{p}}that>(?i:the|that))\s+(?i:month))(?!\w)"),
    rule("weekdays", rf"(?P<{{p}}wd>{_alternation(WEEKDAYS)})(?:[sS](?:\s+(?P<{{p}}pod>{POD})s?)?|\s+(?P<{{p}}pod2>{POD})s)(?!\w)"),
    # "last Thursday", "Thursday night", "next Monday morning", "the previous Friday", "that Sunday"
    rule("weekday", rf"(?:(?P<{{p}}mod>(?i:early|late|earlier|later))\s+)?(?:(?P<{{p}}rel>(?i:last|next|this\s+past|this\s+coming|this|coming|past|the\s+(?:previous|preceding|following)|that(?:\s+same)?))\s+)?(?P<{{p}}wd>{WEEKDAY_FULL})"
                    # ("Notices for publication on Tuesday next": the coming one, as formal British and Irish write it)
                    rf"(?:(?:\s+|['’]s\s+)(?P<{{p}}pod>{POD}|(?i:midnight)){RW}|(?P<{{p}}nx>\s+(?i:next))(?!\s+(?i:week|month|year|weekend|season|time)\b)(?!\w))?"),
    # "late tomorrow night", "yesterday", "the day after tomorrow", "tonight", "this morning", "last night"; "later
    # today", "earlier today" are one expression, as annotators write them
    rule("deictic", rf"(?:(?i:later|earlier)\s+(?=(?i:today|tonight|tomorrow|yesterday)\b))?(?P<{{p}}mod>(?i:late|early)\s+)?(?P<{{p}}w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
                    rf"today|tonight|yesterday|tomorrow)){RW}(?:(?:\s+|['’]s\s+)(?P<{{p}}pod>{POD}){RW})?"),
    # "this time last year": the same day a year before
    rule("thistime", r"(?i:this\s+time\s+(?P<{p}rel>last|next)\s+year)(?![\w'’])"),
    # "in afternoon trading": the DCT's afternoon on the market
    rule("podtrading", rf"(?P<{{p}}mod>(?i:early|late)\s+)?(?P<{{p}}pod>(?i:morning|afternoon|evening|midday))(?={TRADING_AFTER})"),
    # (and Australia's "arvo", the afternoon, after "this", "tomorrow", "yesterday": "a top of 43C this arvo")
    rule("thispod", rf"(?:(?i:earlier|later)\s+(?=(?i:that)\s))?(?P<{{p}}rel>(?i:this|that|last|tomorrow|yesterday))\s+(?P<{{p}}pod>{POD}|(?<!\b[Tt]hat\s)(?<!\b[Ll]ast\s)(?i:arvo)){RW}"),
    rule("inpod", rf"(?:(?P<{{p}}mod>(?i:late|early)\s+)(?i:in\s+the\s+)|(?<=[Bb]y )(?:(?P<{{p}}mod2>(?i:late|early|mid))[\s-]+)?(?=(?i:morning|afternoon|evening)\b)|(?:(?<=[Ff]rom )|(?<=until )|(?<=till )|(?<=before )|(?<=after )|(?<=since )|(?<=into )|(?<=through ))(?P<{{p}}mod3>(?i:late|early))\s+(?=(?i:morning|afternoon|evening)\b(?!\s+(?!(?:until|till|to|and|or|on|in|at|onwards?|through|when|while|with|as|before|after|but|then|tomorrow|today|tonight|local)\b)[a-z]))|(?P<{{p}}mid>(?i:mid)[\s-])|(?:(?<=[Bb]y )|(?<=[Aa]t )|(?<=[Bb]efore )|(?<=[Aa]fter )|(?<=[Uu]ntil )|(?<=till )|(?<=since )|(?<=[Ff]rom ))(?=(?:dawn|daybreak|dusk)\b)|(?:(?<=[Tt]hrough )|(?<=[Tt]hroughout ))(?P<{{p}}thru>the\s+)(?=night\b(?!\s+(?:of|before|after|when|that|she|he|they|we)\b))|(?P<{{p}}the>(?i:the)\s+)(?:(?P<{{p}}mod4>(?i:late|early))\s+)?(?=(?i:morning|afternoon|evening){RW}(?!\s+(?i:of|after|before|news|paper|papers|session|sessions|shift|rush|peak|show|star|edition|commute)\b)))(?P<{{p}}pod>{POD}){RW}"),
    # "Afternoon: Evacuation centres open", "Late afternoon: The river peaks": a part of the day heading an entry
    # of a chronology (read only at the start of a line)
    rule("podlabel", rf"(?:(?P<{{p}}mod>(?i:late|early|mid))[\s-]+)?(?P<{{p}}pod>(?i:morning|afternoon|evening|night))(?=(?:\*\*|__)?(?::|[ \t]+[—–-])?(?:\*\*|__)?[ \t]+[A-Z])"),
    # "shelling continued overnight": the night before the day in question
    rule("overnight", r"(?<!\ban\s)(?<!\bAn\s)(?i:overnight)(?![\w-])(?!\s+(?i:rates?|loans?|funds?|money|deposits?|repos?|"
                      r"interest|lending|borrowing|index|indexed|delivery|shipping|stays?|success|sensation|bags?|trips?|flights?)\b)"),
    # "three days a week", "five times a day", "24 hours a day": how often, a set (not a length of time and a set)
    rule("setfreq", rf"(?P<{{p}}n>{NUM}|{VAGUE}|(?i:several|many|multiple))\s+(?i:times|days|nights|hours|mornings|evenings|shifts)\s+"
                    rf"(?i:a|an|per)\s+(?P<{{p}}u>(?i:day|week|month|year|night)){RW}"),
    # "spent five nights on the mountain", "the previous 30 nights", "several nights": nights counted, days as TimeML
    # counts them (not "three nights a week", a set)
    rule("nightdur", rf"(?:(?P<{{p}}q>{QMOD})\s+)?(?:(?i:the)\s+(?:(?i:past|previous|last|next|first|following)\s+)?)?"
                     rf"(?P<{{p}}n>{NUM}|(?i:several|a\s+few|a\s+couple\s+of))\s+(?i:nights)(?![\w'’-])"
                     r"(?!\s+(?i:a|an|per|each|every|out|running)\b)"),
    # "two days ago", "three years later", "a week earlier", "two weeks from now", "a week or so ago", "years ago", "a week from
    # Monday"
    rule("ago", rf"(?:(?P<{{p}}q>{QMOD})\s+)?(?P<{{p}}half>(?i:half)\s+(?=an?\s))?(?P<{{p}}quarter>(?i:a\s+quarter\s+of)\s+(?=an?\s))?(?:(?P<{{p}}n>{ANUM}|{VAGUE})[\s-]+|(?<!\d\s)(?<!(?i:million|billion|hundred)\s)(?<!(?i:thousand)\s)(?=(?i:days|weeks|months|years|decades|centuries)\s+(?i:ago)\b))(?P<{{p}}u>{UNIT_ANY}){RW}(?P<{{p}}orso>\s+(?i:or\s+so))?\s+(?P<{{p}}dir>(?i:ago|back(?![-\w]|\s+(?:to|and|from|in|into|on|home|up|down|out|then|when)\b)|later|earlier|from\s+(?:now|today|tomorrow|(?-i:{WEEKDAY_FULL}))|hence|afterwards?|on(?=\s*[,.;:])|before(?=\s+(?:the|that|this|his|her|its|their)\b)|after(?=\s+(?:the|that|this|his|her|its|their)\b))){RW}"),
    # "the day after", "the following week", "the previous day", "that same year", "the next day", "the same month
    # last year", "the same month of 2024"; not "later in
    # the day before returning home"
    # "the week before last", "the year before last", "the night before last": two back from the DCT's
    rule("beforelast", rf"(?i:the)\s+(?P<{{p}}u>(?i:week|weekend|month|year|day|morning|afternoon|evening|night))\s+(?i:before\s+last)(?!\w)"
                       rf"(?!\s+(?:{WEEKDAY_FULL}|(?i:week|weekend|month|year|night|season)\b))"),  # (not "the day before last Tuesday")
    rule("anaphor", rf"(?P<{{p}}det>(?i:the|that|the\s+very))\s+(?:(?P<{{p}}rel>(?i:following|previous|next|same|prior|preceding))\s+"
                    rf"(?P<{{p}}u>(?i:day|week|weekend|month|year|morning|afternoon|evening|night)){RW}(?:\s+(?P<{{p}}dir>(?i:after|before)){RW}"
                    rf"|\s+(?P<{{p}}ago>(?i:(?:(?:of|in)\s+)?last\s+year|a\s+year\s+(?:earlier|before|ago)|(?:(?:of|in)\s+)?the\s+(?:previous|prior)\s+year)){RW}"
                    rf"|\s+(?i:of|in)\s+(?P<{{p}}ay>(?:1[89]|20)\d\d){RW}"
                    rf"|\s+(?P<{{p}}wago>(?i:last\s+week|a\s+week\s+(?:earlier|before|ago)|the\s+(?:previous|prior)\s+week)){RW})?"
                    # "the week after next", "the weekend after next": two on from this one
                    rf"|(?P<{{p}}u3>(?i:day|week|weekend|month|year)){RW}\s+(?i:after\s+next){RW}"
                    rf"|(?P<{{p}}u2>(?i:day|week|month|year|morning|afternoon|evening|night)){RW}\s+(?P<{{p}}dir2>(?i:after|before)){RW}(?!\s+[a-z]+ing\b)(?!\s+(?:\d{{1,2}}(?:[:.]\d\d)?\s*(?i:a\.?m\b|p\.?m\b|o['’]clock)|(?i:noon|midnight|dawn|dusk|sunset|sunrise)\b)))"),
    # "on this day in 1926": the day of the year the article is dated, in that year
    rule("thisday", rf"(?i:this\s+(?:day|date))\s+in\s+(?P<{{p}}y>{YEAR}){RW}"),
    # "updates throughout the day", "for much of the day": all of the day the story is of
    # "home all day", "queues all week long": the whole of one such period
    rule("allunit", rf"(?<![\w-])(?i:all)\s+(?P<{{p}}u>(?i:day|week|month|year))(?:\s+(?i:long))?{RW}(?![\w-])(?!\s+(?i:round|around)\b)"),
    # "the turn of the century", "the turn of the last century": the year one century ends and the next begins
    rule("turn", rf"(?i:the)\s+(?i:turn)\s+(?i:of)\s+(?i:the)\s+(?:(?P<{{p}}which>(?i:last|previous|past|this|next|new|20th|21st|"
                 rf"twentieth|twenty-first))\s+)?(?i:century){RW}"),
    rule("wholeday", r"(?:(?<=[Tt]hroughout\s)|(?<=\bmuch\sof\s)|(?<=\bmost\sof\s)|(?<=\brest\sof\s))(?i:the)\s+(?i:day)(?![\w-])"
                     r"(?!\s+(?:of|before|after|when|that|which|where|in|on|to)\b)"),
    rule("thatsame", rf"(?P<{{p}}mod>{PERIOD_MOD})?(?:(?i:earlier|later)\s+)?(?P<{{p}}det>(?i:that\s+same|that|the\s+same))\s+(?:(?P<{{p}}u>(?i:day|date|weekend|week|month|year|decade))|(?P<{{p}}s>{SEASON})){RW}"),
    # "the past three years", "the next few days": spans of time, not dates
    rule("pastdur", rf"(?P<{{p}}the>(?i:the)\s+)(?P<{{p}}rel>(?i:past|last|next|coming|previous|following|preceding|prior))\s+(?:(?P<{{p}}n>{NUM}|{VAGUE})\s+)?(?P<{{p}}u>{UNIT_ANY}){RW}"),
    # "later in the day", "earlier in the month": the period of the day or month the paragraph tells of
    rule("laterin", rf"(?i:earlier|later)\s+in\s+the\s+(?P<{{p}}u>(?i:day|week|month|year)){RW}"
                    r"(?!\s+(?i:of|before|after|to|that|when|ended|ending|ahead)\b)"),
    # "earlier this month", "late last year", "next month", "this week", "the end of the year"
    rule("rel", rf"(?:(?P<{{p}}adv>(?i:earlier|later))\s+|(?P<{{p}}mod>{PERIOD_MOD}))?(?P<{{p}}rel>(?i:last|next|this\s+past|this\s+coming|this|coming|current|past|previous|the))"
                rf"\s+(?P<{{p}}adj>(?:(?i:new)\s+(?=(?i:fiscal|financial|tax)\s))?(?:(?i:full|fiscal|financial|tax|calendar|current)[\s-]+)*(?:(?i:long|holiday|bank[\s-]+holiday)[\s-]+(?=(?i:weekend)\b))?)(?P<{{p}}u>(?i:week|weekend|fortnight|month|quarter|year|decade|century|season)){RW}"
                rf"(?P<{{p}}ended>\s+(?i:ended|ending|to\s+date)(?!\w)|\s+(?i:to)\s+(?={MONTH_ANY}))?(?P<{{p}}ahead>\s+(?i:ahead)(?!\w)(?!\s+(?i:of)\b))?"),
    # durations: "about fifty minutes", "just over three weeks", "less than a month", "two-year", "several years"
    rule("duration", rf"(?:(?P<{{p}}q>{QMOD})\s+|(?i:the|these|those|another)\s+(?:(?i:first|last|initial|final)\s+)?(?=[\dA-Za-z]+[\s-]+{UNIT_PL}))?(?P<{{p}}half>(?i:half)\s+(?=an?\s))?(?P<{{p}}quarter>(?i:a\s+quarter\s+of)\s+(?=an?\s))?(?P<{{p}}n>{ANUM}|{VAGUE})(?P<{{p}}odd>[\s-](?i:odd)(?=[\s-]))?(?:\s+\(\d{{1,3}}\)(?=\s))?(?:(?:\s+(?i:to|or)\s+|(?<=\d)\s*[-–]\s*(?=\d))(?P<{{p}}hi>{NUM}))?(?:\s+and\s+a\s+half|(?<=\b[aA])\s+(?i:single|whole|full|entire)(?=\s)"
                     rf"|(?<=\b[aA])\s+(?P<{{p}}frac>(?i:half|quarter))(?=[\s-]+(?i:hour|day|year|decade|century)\b))?[\s-]+"
                     rf"(?:{DURATION_ADJ}\s+){{0,2}}(?P<{{p}}u>{UNIT_ANY}){RW}(?:\s+and\s+a\s+half)?(?:[\s-]+(?i:long)(?!\w))?(?![\s-]+(?i:old|older|olds)\b|\s+(?i:of\s+age)\b)(?!-(?i:ago|earlier)\b)"),
    # "for years", "in recent weeks", "the first time in decades", "the weeks ahead", "days after the attack"
    # "a weeklong district work period", "the week-long half-term break", "hourlong episodes": the length of a thing
    rule("longadj", rf"(?P<{{p}}u>(?i:hour|day|week|fortnight|month|year))[\s-]?(?i:long){RW}"),
    # "in 33 seasons", "over two seasons", "the past three seasons", "less than four seasons": in sport, years
    rule("seasons", rf"(?:(?P<{{p}}q>{QMOD})\s+|(?i:the\s+(?:past|last|previous|first|next))\s+)?(?P<{{p}}n>{NUM})"
                    rf"(?:\s+(?i:straight|consecutive|successive|full|more|previous))?\s+(?i:seasons){RW}(?!\s+(?i:ago|earlier|later)\b)"),
    rule("bareplural", rf"(?P<{{p}}pre>(?i:for|over|within|recent|coming|take|took|takes|lasted|lasts|lasting|spent|spend|spends|the|"
                       # "have waited decades", "pushed back by weeks", "in a matter of months"
                       rf"waited|wait|waiting|by|matter\s+of)\s+)(?P<{{p}}u>{BARE_UNITS})(?!\w)"
                       rf"(?P<{{p}}ahead>\s+(?i:ahead|since)(?!\w))?"
                       rf"|(?<![Tt]he\s)(?<![Ii]n\s)(?P<{{p}}ua>{BARE_UNITS})(?=\s+(?i:after|before|later|earlier|in\s+advance|away)\b)"
                       # "multi-year deals": some number of years
                       rf"|(?i:multi)-?(?P<{{p}}um>(?i:year|decade|month|week|day))(?![\w-])"
                       # "weeks of street protests", "could unravel years of negotiations"
                       rf"|(?<![Tt]he\s)(?<![Ii]n\s)(?<!\d\s)(?P<{{p}}uo>{BARE_UNITS})(?=\s+of\s+(?!(?:the|this|that|these|those|its|his|her|their|our|my|your|a|an)\b)[a-z])"
                       rf"|(?<=\b[Ii]n\s)(?P<{{p}}ui>{BARE_UNITS})(?!\w)"
                       # "has had months to make an offer"; "in weeks, not months", "for weeks or even months"
                       rf"|(?:(?<=\b[Hh]ad\s)|(?<=\b[Hh]as\s)|(?<=\b[Hh]ave\s))(?P<{{p}}uh>{BARE_UNITS})(?=\s+to\s)"
                       rf"|(?:(?<=\bnot\s)|(?<=\bor\s)|(?<=\beven\s))(?P<{{p}}uc>{BARE_UNITS})(?!\w)"),
    # "each July", "every Saturday morning", "every summer", "each night", "every five years", "once every six
    # months", "every other week", "twice a year"
    rule("set", rf"(?P<{{p}}q>(?i:(?:once\s+)?(?:every|each)|once[\s-]+a|twice[\s-]+a|(?:three|four|several)\s+times\s+a|per))(?:\s+|(?<=-a)-)"
                rf"(?:(?i:single)\s+(?=(?i:day|week|month|year|night|morning|evening|weekend)\b)|(?P<{{p}}half>(?i:half))[\s-]+(?=(?i:hour)\b))?(?:(?P<{{p}}other>(?i:other|second|third|fourth|fifth|sixth|tenth))\s+)?(?:(?P<{{p}}n>{NUM}|{VAGUE})[\s-]+(?P<{{p}}us>{UNIT_PL}){RW}|"
                rf"(?P<{{p}}u>{UNIT_SG}|{WEEKDAY_FULL}|{MONTH_FULL}|{SEASON}|{POD}){RW}(?:\s+(?P<{{p}}pod>{POD}){RW}"
                rf"|(?<=[a-z])\s+(?P<{{p}}md>{DAY})(?!\w))?)"),
    # "in the evenings", "on weekends": every one of them
    # (and after "to", "work": "closures will be limited to weekends", "students who work weekends")
    rule("setpl", rf"(?:(?<=\b[iIoOaA][nNtT]\s)|(?<=[dD]uring\s)|(?<=\b[tT]o\s)|(?<=\b[wW]ork\s)|(?<=\b[wW]orks\s)|(?<=\b[wW]orked\s)|(?<=\b[wW]orking\s))(?P<{{p}}x>(?i:the\s+)?(?P<{{p}}w>(?i:mornings|afternoons|evenings|nights|weekends|weekdays))){RW}"
                  rf"(?!\s+of\s+(?:\d|{MONTH_FULL}))"),  # (not "on the weekends of 9-10 January": those two)
    # ("a once-weekly injection", "a twice-weekly class": so often each week)
    rule("setadj", r"(?:(?i:once|twice)-)?(?P<{p}w>(?i:daily|weekly|monthly|quarterly|annually|yearly|(?:half-?)?hourly|nightly|fortnightly|semiannually))(?!\w)"),
    # "Christmas Day 1944", "New Year's Day, 1978": that year's
    # "Labor Day weekend", "Thanksgiving week", "Easter morning", "Christmas Day 1944"
    rule("holiday", rf"(?P<{{p}}w>{HOLIDAY})(?!\w)(?:\s+(?:(?i:holiday|long)\s+)?(?P<{{p}}we>(?i:weekend))(?!\w)|\s+(?P<{{p}}wk>(?i:week))(?!\w)"
                    rf"|\s+(?P<{{p}}pod>(?i:morning|afternoon|evening|night))(?!\w)|,?\s+(?P<{{p}}y>{YEAR})(?!\w)"
                    rf"|\s+(?P<{{p}}yref>(?i:last|this|next))\s+(?i:year)(?!\w))?"),
    # ("right now" is one expression, as annotators write it; not "all right now")
    rule("ref", r"(?:(?<!\b[Aa]ll\s)(?i:right)\s+(?=(?i:now)\b))?(?P<{p}w>(?i:now|currently|current|recently|soon|nowadays|presently|lately|(?:a\s+)?long\s+time\s+ago|long\s+ago|"
                r"previous\s+years|the\s+present\s+day|"
                r"the\s+(?:near\s+|distant\s+|recent\s+)?(?:past|future)(?!\s+(?:\w+\s+)?(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|seasons?|quarters?|centuries|century))|"
                r"at\s+the\s+moment|at\s+present|these\s+days|any\s+time\s+soon|the\s+(?:near|short)\s+term|"
                r"back\s+in\s+the\s+day|a\s+(?:short\s+|little\s+)?while\s+(?:back|ago)|a\s+short\s+time\s+ago|(?:a\s+(?:few\s+)?)?moments?\s+ago|"
                r"the\s+other\s+day|any\s+day\s+now))(?!\w)"),
]
RULE_NAMES: Final = [r[4:r.index(">")] for r in RULES]
# Which rules can contain each kind of trigger word: around a trigger only those rules are tried (and of them,
# only those that can begin with the word there: see heads.py), which keeps each attempt cheap.
RULE_TRIGGERS: Final = {
    "iso": "digit", "numeric": "digit", "wdnumeric": "weekday", "bankholiday": "month season holiday", "ordday": "digit", "mdy": "month weekday", "dmy": "digit weekday", "monyear": "month",
    "month": "month", "monthq": "month", "spelled": "spelled month unit", "season": "season", "quarter": "unit digit fiscal", "yearago": "unit", "yearend": "unit", "midunit": "unit", "weekofyear": "unit", "weekof": "unit", "decade": "digit", "century": "digit unit",
    "clockevery": "digit", "clock": "digit", "clock24": "digit", "racetime": "digit", "gap": "digit", "oclock": "digit", "oclockw": "pod", "pastto": "unit ref noon", "qabbr": "digit fiscal", "twoyear": "digit fiscal", "noon": "noon", "era": "digit", "year": "digit fiscal", "weekdays": "weekday", "nthwd": "weekday", "weekday": "weekday pod",
    "deictic": "deictic unit", "thispod": "deictic pod", "thistime": "unit", "podtrading": "pod noon", "inpod": "pod", "podlabel": "pod", "overnight": "pod", "ago": "digit unit", "setfreq": "digit unit", "nightdur": "digit unit pod", "beforelast": "unit pod", "daybeforelast": "weekday season", "monthspan": "month", "anaphor": "unit pod",
    "thatsame": "unit season date", "thisday": "unit date", "wholeday": "unit", "allunit": "unit", "turn": "unit", "pastdur": "unit digit ref", "laterin": "unit", "rel": "unit ref", "duration": "digit unit",
    "bareplural": "unit", "longadj": "unit", "seasons": "digit unit", "set": "unit weekday month season pod digit", "setpl": "unit pod", "setadj": "set", "holiday": "holiday unit weekday month pod", "ref": "ref unit",
}
TRIGGER_KINDS: Final = {"spelled", "digit", "month", "weekday", "unit", "season", "noon", "fiscal", "deictic", "pod", "ref", "set", "date",
                 "holiday"}
# A number may also follow a hyphen after a digit or a time's "am", "pm" or "a.m.": "1-3 December", a range of
# days whose first is a number alone; "9am-5pm", a range of hours (not "COVID-19")
L_DIGIT: Final = r"(?<![\w'’])(?<![^0-9m.]-)(?<![^ap]m-)(?<![^m]\.-)(?<!^-)"

# "on the 15th" is a day after these words ("appealed to the 11th" is left to the noun after it).
ORDDAY_BEFORE: Final = re.compile(r"(?i:\b(?:on|by|until|till|before|after|from|since|through|to|and|or)\s+)$")
# "at 14:00": the words before a bare 24-hour clock time that make it one.
CLOCK_BEFORE: Final = re.compile(r"(?i:\b(?:at|from|until|till|by|before|after|around|about|between|and|or|to|since|updated:?|"
                          r"instead\s+of|rather\s+than)\s+)$"
                          r"|\b(?:19|20)\d\d,\s+$"  # ("Last updated 13:40", "Published Friday 22 March 2024, 10:15")
                          r"|\d\d:\d\d,\s+$")  # ("daily at 00:48, 05:20, 12:01 and 17:54")
# A weekday right after a clock time gives its day without being part of it: "10 a.m. on Monday", "at 1 p.m.
# Eastern time, on Wednesday" (after a comma only with "on": "Monday 9 a.m., Tuesday 10 a.m." lists two days).
WEEKDAY_AFTER_TIME: Final = re.compile(rf"{NO_BLANK_LINE}(?:\s+(?:(?i:local\s+time|[A-Z][a-z]+\s+time)\b|[ECMP]T\b))?"  # "6 a.m. local time Saturday", "5pm ET"
                                r"(?:\s+(?i:sharp)\b)?"  # "at 10 a.m. sharp on Monday"
                                # the end of a range: "between 10 a.m. and 4 p.m. on Saturday"; "(0600 GMT) on Monday"
                                rf"(?:\s*(?:-|–|\b(?:and|to|until|till)\b)\s*(?P<rh>\d\d?)(?:[:.](?P<rmin>\d\d))?\s*(?P<rampm>{AMPM})(?:\s*(?:{ZONE}){R})?|\))?"
                                rf"(?:\s*\([^()\n]{{1,48}}\)\s*(?:on\s+)?|,\s+on\s+|\s+(?:on\s+|,\s*)?){NOT_DATED_LINE_HEAD}(?:(?P<rel>(?i:last|next|this(?:\s+(?:past|coming))?|coming|that|the))\s+)?(?P<wd>{WEEKDAY_FULL})")
# "Monday (December 15)", "by Friday (March 6)": the date in brackets says which one the weekday is
PAREN_DATE_AFTER: Final = re.compile(rf"\s*\(\s*(?:(?P<mon>{MONTH_ANY})\s+(?P<day>{DAY})|(?P<day2>{DAY})\s+(?P<mon2>{MONTH_ANY}))\s*\)")
# A date right after a clock time is its day, and TimeBank makes it part of the expression: "5 p.m. EST, Nov. 9";
# after "on" it is a separate expression that still gives the day: "10 a.m. on Jan. 5".
# (not across a line break: "Sunday, May 16: Aston Villa (away), 2 p.m.\n\nMay 23: Brighton" is a list's next entry)
DATE_AFTER_TIME: Final = re.compile(rf"(?P<on>(?:\s+(?:(?i:local)|[A-Z][a-z]+)\s+time)?,?\s+on\s+|,?[^\S\n]+)"
                             rf"(?:(?P<mon>{MONTH_ANY})\s+(?P<day>{DAY})|(?P<day2>{DAY})\s+(?P<mon2>{MONTH_ANY}))"
                             rf"(?:,?\s+(?P<y>{YEAR}))?")

# In a sentence with these words, "the first half" and "the fourth quarter" are parts of a game, not of a year.
FALL_SEASON_BEFORE: Final = re.compile(r"(?i)\b(?:in|by|until|till|through|during|before|after|for)\s+(?:the\s+)?$")
IN_YEARS_AFTER: Final = re.compile(r"\s*(?:[.,;:!?)\"”]|\s(?:and|but|as|when|after|because|to|—)\b|$)")  # "(the worst) in years."
FRACTION_AFTER: Final = re.compile(r"-(?:point|percentage)\b|\s+(?:of|percentage|points?)\b(?!\s+(?:the\s+)?(?:19|20)\d\d)(?!\s+(?:this|last|next)\s+year)")
MOST_RECENTLY: Final = re.compile(r"\b[Mm]ost\s+$")
# (a date after the preposition: "most recently in 2021", "in March", "on Tuesday", "in the spring"; not a place, "most
# recently in Jeddah and Geneva last year", whose date comes later)
DATE_PREPOSITION_AFTER: Final = re.compile(rf",?\s+(?:in|on|at|during)\s+(?:\d|(?:{MONTH_ANY}|{WEEKDAY_FULL})\b|(?i:the\s+(?:(?:early|late|mid|"
                                    rf"first|second|third|fourth|last|past)\b|{SEASON})))")
FALL_VERB_AFTER: Final = re.compile(r"\s+(?:well|far|short|below|under|behind|apart|sharply|steeply|flat|foul|prey|victim)\b")  # "plans that fall well short"
FALL_NOUN_AFTER: Final = re.compile(r"\s+(?:of|in|from|off|on)\b")  # "the fall of Kabul", "since the fall in prices"
EVENT_AFTER_MONTH: Final = re.compile(r"\s+(?:meeting|decision|election|elections|vote|deadline|summit|session|budget|"
                               r"referendum|conference|hearing|auction|review|poll|primary|runoff|launch|release)\b")
# ... or a disaster or an outbreak of violence it saw, which is named so once it has happened ("residents affected by the
# January wildfires", written in April)
DISASTER_AFTER_MONTH: Final = re.compile(r"\s+(?:wildfires?|bushfires?|fires?|floods?|flooding|storms?|hurricane|cyclone|typhoon|"
                                  r"earthquakes?|quake|tsunami|blackouts?|outages?|riots?|attacks?|bombings?|shootings?|"
                                  r"massacre|crash|derailment|landslides?|heatwave|snowstorm|blizzard|eruption)\b")
# ... or its figures ("China publishes May import data", "the May jobs report"): "May" there is the month
FIGURES_AFTER_MONTH: Final = re.compile(r"\s+(?:data|figures|statistics|jobs|payrolls|inflation|sales|imports?|exports?|trade|"
                                 r"report|reading|contract|delivery|futures|CPI|GDP|PMI|retail|production|output)\b")
# A clock time in a sentence with these is a time of any day: "open daily from 10 a.m. to 6 p.m."
GENERIC_TIME: Final = re.compile(r"(?i:\b(?:daily|nightly|every\s+day|each\s+day|working\s+days|weekdays|weekends|(?:every|each)\s+(?:morning|evening|night|weekend)|"
                          r"every\s+(?:\w+\s+)?(?:minutes|hours|half[\s-]+hour)|"
                          # "opened the door at 7 a.m., six days a week", "updates its warnings twice a day, at 5:30 a.m."
                          r"(?:two|three|four|five|six|seven|[2-7])\s+days\s+a\s+week|(?:once|twice|(?:two|three|four|\d)\s+times)\s+a\s+day|"
                          r"opening\s+hours|open\s+from|every\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                          # "The zoo keeps winter hours, 10 a.m. to 4 p.m.", "Skating hours are 8 a.m. to 10 p.m.":
                          # a season's or a place's hours, of any of its days
                          r"(?:summer|winter|autumn|fall|spring|normal|usual|seasonal|visiting|skating|trading|office|"
                          r"business|extended|reduced|holiday|weekday|weekend)\s+hours|hours\s+(?:are|run)\b|"
                          # "during the closures, trains will start at 8am instead of 5.30am": a timetable of the days
                          # it holds for (not "earlier than usual": a change of one day's)
                          r"during\s+(?:the\s+)?(?:closures|works|engineering\s+works|holidays|strikes))\b"
                          # "Mondays and Wednesdays, 10 a.m. to 6 p.m.", "Thursday evenings, 4 p.m. to 8 p.m."
                          r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)(?:days|day\s+(?:mornings|afternoons|evenings|nights))\b)")
# Several days a clock time is of, right after or before it, make it a time of any day: "from 11 a.m. to 9 p.m.
# Wednesday through Sunday", "on Saturday and Sunday from 10am to 4pm", "Monday to Friday, 9am to 5pm", "from 8am
# to 4pm on Good Friday, Easter Sunday and Easter Monday" (but not "at 4 p.m. Thursday and at 11 a.m. Friday")
_DAY_NAME: Final = r"(?:(?:[A-Z][a-z]+(?:'s)?\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|[A-Z][a-z]+(?:'s)?\s+(?:Day|Eve))(?![\w'])"
_DAYS_JOIN: Final = r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&|through|thru|to|until|till)\s|[-–])\s*(?:on\s+)?"
_SEVERAL_DAYS: Final = rf"{_DAY_NAME}(?:{_DAYS_JOIN}{_DAY_NAME})+"
SEVERAL_DAYS: Final = re.compile(_SEVERAL_DAYS)
_RANGE_TIME: Final = rf"\d{{1,2}}(?:[:.]\d\d)?\s*{AMPM}(?:\s+[A-Z]{{2,4}}(?![A-Za-z]))?"
# (not a weekday and the holiday it is: "at 1 p.m. Eastern time, on Wednesday, Christmas Eve" is that day's)
DAYS_AFTER_TIME: Final = re.compile(rf"(?:\s*(?:-|–|\b(?:to|until|till|and)\b)\s*{_RANGE_TIME})?,?\s+(?:on\s+)?"
                             rf"(?!{WEEKDAY_FULL},\s+[A-Z][a-z]+(?:'s)?\s+(?:Day|Eve)\b(?!{_DAYS_JOIN}{_DAY_NAME})){_SEVERAL_DAYS}")
DAYS_BEFORE_TIME: Final = re.compile(rf"{_SEVERAL_DAYS},?\s+(?:(?:from|between|at)\s+)?(?:{_RANGE_TIME}\s*(?:-|–|\b(?:to|until|till|and)\b)\s*)?$")
# A month or season in a sentence with these, and no tense of its own, is that month of any year: "Wheat
# planting usually begins in mid-September", "the path is closed in winter, usually from November to April".
HABITUAL: Final = re.compile(r"(?i:\b(?:usually|typically|normally|routinely|traditionally|historically|generally|rarely|seldom|"
                      r"(?:every|each)\s+(?:year|morning|day|night|week|summer|winter|spring|autumn|fall)|most\s+years|annually|"
                      # "In a normal year, November is quiet"
                      r"an?\s+(?:normal|typical|usual|average|ordinary)\s+year)\b)")
SET_VERB_BEFORE: Final = re.compile(r"(?i:\b(?:paid|pays|pay|meets?|met|reported|reports|published|updated|reviewed)\s+)$")  # "paid quarterly in arrears"
# Words of which HABITUAL and GENERIC_TIME each need one (a test far cheaper than running them)
HABITUAL_STEMS: Final = ("usual", "typical", "normal", "routine", "tradition", "historical", "general", "rarely", "seldom", "every",
                  "each", "most year", "annual")
GENERIC_TIME_STEMS: Final = ("daily", "nightly", "every", "each", "working", "weekday", "weekend", "opening", "open", "days", "ings", "hours",
                      "nights", "during", "s a day", "ce a day")
APPOSITION_AFTER_DATE: Final = re.compile(r"(?:,|\s[—–]|—)\s*$")  # "on Oct 30, a week before ...", "on Jan. 7 — the day before —"
FOR_BEFORE: Final = re.compile(r"(?i:\bfor\s+(?:a\s+further\s+|another\s+|an\s+additional\s+|an\s+extra\s+)?)$")  # "for a further 60 days after that"
# "(two weeks before) the Aug. 23 opener": an anchor dated where it is named
DATED_ANCHOR_AFTER: Final = re.compile(r"\s+(?:the|its|their|his|her)\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{4}\b)")
# between a day and a clock time on a later weekday that ends the stretch it began
CLOCK_RANGE_JOIN: Final = re.compile(r"\s*,?\s*(?:and\s+)?(?:(?:ends?|ending|finish(?:es)?|runs?|lasts?|continues?|closes?|reopens?|resumes?)\s+)?"
                              r"(?:at\s+|until\s+|till\s+|to\s+|through\s+|-\s*|–\s*)")
WEEKDAY_RANGE_AFTER: Final = re.compile(rf"\s*(?:-|–|\bto\b|\bthrough\b|\bthru\b)\s*{WEEKDAY_FULL}")  # "(Tuesday) to Saturday"
APPOSITION_BEFORE: Final = re.compile(r",\s+(?:a|an)\s+$|\s*\(\s*$")  # "On June 16, 2023, a Friday,", "on January 28 (Friday)"
PM_AFTER_TIME: Final = re.compile(r"\s+(?:(?:yesterday|today|tomorrow|this|that|on\s+[A-Z][a-z]+day)\s+)?(?:in\s+the\s+)?(?:afternoon|evening|night)\b")
TIMESTAMP_AFTER: Final = re.compile(r"\s*(?:—|–|-|:)\s")  # "18:34 — The train departs"
FORECAST: Final = re.compile(r"(?i:\b(?:forecast|outlook)\b)")  # a text with a forecast's "Friday: Partly sunny" lines
KIND_AFTER_WEEKDAY: Final = re.compile(r"\s+(?:paper|papers|edition|editions|newspaper|timetable|schedule|service|services|"
                                r"market|roast|lunch|school|best|league|prayers|trading\s+(?:laws?|hours|rules|regulations))\b")
ARTICLE_BEFORE: Final = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our)\s+$")  # "its Sunday school"
TITLE_BEFORE: Final = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Miss|Chief|Pastor)\.?\s+$")  # "Mr Sunday Adeyemi"
# a Sunday paper named for its day: "The Mail on Sunday reported", "told the Independent on Sunday" (not "was in Wales
# on Sunday": those two only after "told")
PAPER_ON_BEFORE: Final = re.compile(r"(?:\b(?:[Tt]he\s+)?Mail|\b[Tt]he\s+Independent|\btold\s+(?:Scotland|Wales))\s+on\s+$")
# "whose fiscal year ends June 30", "its financial year begins on 1 April": the day of every year it does
FISCAL_CYCLE_WORDS: Final = ("fiscal", "financial", "tax")  # (one is in every match of FISCAL_CYCLE_BEFORE)
FISCAL_CYCLE_BEFORE: Final = re.compile(r"(?i:\b(?:fiscal|financial|tax)\s+years?\s+(?:that\s+|which\s+)?(?:ends?|begins?|starts?|"
                                 r"closes?|runs?\s+from)\s+(?:on\s+|in\s+)?"
                                 # the close of such a year told with its opening: "runs from July 1 to June 30",
                                 # "begins on Oct. 1 and ends on Sept. 30"
                                 r"(?:[A-Z][a-z]{2,8}\.?(?:\s+\d\d?)?|\d\d?\s+[A-Z][a-z]{2,8})?(?:\s*(?:-|–|to|through|until|and\s+(?:ends?|closes?)(?:\s+on)?)\s*)?)$")
THAT_DAY_AFTER_TIME: Final = re.compile(r",?\s+that\s+(?:morning|afternoon|evening|night|day)\b")  # "at 2am that morning"
# "the main draw was made at 10 a.m. the following day", "at 4 p.m. the next day", "at 9 p.m. the previous night"
# (not "the day before the vote": the day before something else)
NEXT_DAY_AFTER_TIME: Final = re.compile(r",?\s+(?:on\s+)?the\s+(?:(?P<next>following|next)|previous|preceding)\s+"
                                 r"(?:morning|afternoon|evening|night|day)\b")
# "Marcia June, who runs a restaurant", "substitute Jordan June was brought down": a name after a first name
NAME_BEFORE_MONTH: Final = re.compile(r"(?<![.!?:;\n]\s)(?<![.!?:;\n])\b(?!(?:In|On|By|Since|Until|From|Last|Next|This|Early|Late|Mid|"
                               r"Through|During|Between|Before|After|For|Of|To|Till|Around|Throughout|And|Or|But|The|If|When|As|While|Once|"
                               r"Unless|Because|So|Then|Now|Only|Even|Come|Every|Each|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                               r"[A-Z][a-z]+\s+$")
# (in any case: "WINTER STORM WARNING", as weather services write their bulletins)
SEASON_KIND_AFTER: Final = re.compile(r"\s+(?i:weather|tourist|storms?|clothing|fashion|sales?|camp|solstice|olympics|games|wheat|"
                               r"crops?|tires|tyres|squash|menu|collection|term|school|transfer|window|time|sports?|"
                               r"statement|budget|schedules?|timetables?|recess|break|holidays|flights?|flying|musical|"
                               r"plan|positions|ranges?|tides|coats?|hours|meals?|forecasts?|snowpack|payments?|fuel|"
                               r"maximum|minimum|migrants?|service|commencement|registration|enrol(?:l)?ment)\b")
# "spring water", "spring onions", "spring-loaded": a spring that is no season
SPRING_THING_AFTER: Final = re.compile(r"[\s-]+(?:water|waters|onions?|rolls?|chicken|loaded|mattress(?:es)?|greens|tide)\b")
IDIOM_BEFORE: Final = re.compile(r"(?i:\b(?:at|until|till|to)\s+)$")  # "until the last minute"
LINE_END: Final = re.compile(r"[ \t:.]*(?:\n|$)")
NAME_MONTHS: Final = frozenset(("june", "april", "may", "august"))
# "The Jan. 31 deadline falls on a Saturday", "Lunar New Year's Day, which ..., falls on Tuesday": that date's weekday
A_WEEKDAY_BEFORE: Final = re.compile(r"\b(?:a|an|(?:falls|fell|falling)\s+on)\s+$")
ENTRY_AFTER: Final = re.compile(r"\s*(?::|—|–|--?\s)|\s+(?:onwards?|and\s+[A-Z][a-z]+day:)")  # "SUNDAY — ...", "Monday:", "Friday onwards"
LABEL_AFTER: Final = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?:")  # "Tuesday night: Snow, heavy at times."
# "at 10.02am yesterday", "at about 4:40 yesterday afternoon"
DEICTIC_AFTER_TIME: Final = re.compile(r"\s+(?:on\s+)?(?i:(yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)))\b"
                                r"(?:\s+(?i:morning|afternoon|evening|night)\b)?")  # "at 9:40 p.m. last night", "10 a.m. this morning"
TODAY_CONTRAST: Final = re.compile(r",\s")  # "Today, ..."
PRESENT_VERBS: Final = frozenset("is are has have remains remain lives live go goes stands stand holds hold owns own "
                          "works work runs run makes make looks look seems seem".split())
WHEN_AFTER: Final = re.compile(r",?\s+(?:when|which|where)\b")  # "in 2012, when the ice left on March 21"; "Hugo in 1989, which came ashore on Sept. 21"
# "a week later than last year", "moves about 11 days earlier each year": a difference, not a date
THAN_AFTER: Final = re.compile(r"\s+(?:than|(?:each|every|a)\s+(?:year|month|week|day|season|time))\b")
# In a sentence with these words, "the first half" and "the fourth quarter" are parts of a game, not of a year.
# (Looked for as lowercase substrings, each after a space: a regex over the whole text cost more than tagging it.)
SPORT_WORDS: Final = tuple(" " + w for w in (
    "scored", "scoring", "scorer", "halftime", "half-time", "kickoff", "kick-off", "striker", "goalkeeper", "touchdown",
    "innings", "quarterback", "referee", "free kick", "corner kick", "stoppage time", "three-pointer", "field goal",
    "the match", "equaliser", "equalizer", "the visitors", "the hosts", "hat-trick", "hat trick", "penalty kick",
    "penalty spot",
    # rugby's, cricket's and golf's
    "scrum", "lineout", "line-out", "penalty try", "converted try", "converted tries", "sin-bin", "sin bin",
    "yellow card", "red card", "final whistle", "drop goal", "touchline", "wicket", "wickets", "birdie", "bogey",
    "fairway",
    # ice hockey's and wrestling's
    "power play", "power-play", "goaltender", "puck", "faceoff", "face-off", "shootout", "empty-net", "empty net",
    "overtime win", "overtime loss", "pinning", "pinned", "takedown"))
GAME_PART_AFTER: Final = re.compile(rf"\s+(?:of\s+the\s+(?:match|game|contest|final|season|film|movie|concert|show|play|"
                             rf"performance|episode|race|tournament|speech)\b|(?:on\s+)?(?:{WEEKDAY_FULL}|tonight)\b"
                             # "3:12 into the second period of a 5-2 Ottawa win", "of Saturday's 4-3 overtime win"
                             rf"|of\s+(?:an?|[\w'’]+['’]s)\s+(?:\d+-\d+\s+)?(?:[\w'’-]+\s+){{0,2}}(?:win|loss|defeat|victory|draw|game|match)\b)")
SPORT_SCAN: Final = re.compile(" (" + _trie(w[1:] for w in SPORT_WORDS) + ")")  # over lowercased text: one pass
SPORT_TRIE: Final = Trie(w[1:] for w in SPORT_WORDS)  # the same, walked compiled: half the time (20 against 39 us)


def sport_word_count(low: str) -> int:
    """How many of SPORT_WORDS the lowercased text has: found compiled by a walk of SPORT_TRIE, else with
    SPORT_SCAN."""
    if COMPILED:
        data = low.encode("ascii", "replace")  # (no word has any other character)
        return len({data[start:end] for start, end in SPORT_TRIE.spans(data)})
    return len(set(SPORT_SCAN.findall(low)))


SPORT_DOCUMENT_WORDS: Final = 3  # distinct ones anywhere in a text make it a game report
SEASON_NOT_BEFORE: Final = re.compile(r"(?i:\ban?\s+)$")  # "a winter storm", "an autumn chill"
THE_NEW_YEAR_BEFORE: Final = re.compile(r"\b[Tt]he\s+$")  # "in the new year", "or maybe the new year": the year to come
TITLE_AFTER_HOLIDAY: Final = re.compile(r"\s+(?:sequel|film|movie|franchise|trilogy|remake|album|single|song)s?\b", re.I)  # "the Halloween sequel"
# "Real Christmas trees", "its Christmas appeal", "the Christmas Bonus", "Easter eggs": things named for a holiday
KIND_AFTER_HOLIDAY: Final = re.compile(r"\s+(?:trees?|hampers?|appeals?|bonus|cards?|decorations?|lights|markets?|puddings?|"
                                r"jumpers?|sweaters?|presents?|gifts?|carols?|crackers?|stockings?|ornaments?|eggs?|"
                                r"bunny|costumes?|candy|festivals?|campaigns?|racing|messages?|specials?|fairs?|fayres?|"
                                r"concerts?|raffles?|stalls?|truces?|ceasefires?|cease-fires?|bread|buns?|rush|Test|Dip|fixtures?)\b", re.I)  # ("Christmas Fair, 11am
# to 2pm", "an Easter truce", "a 36-hour Christmas ceasefire": what is named for the holiday, not its day)
# "the Halloween Blizzard of 1991", "the Boxing Day Tsunami", "the Good Friday Agreement": a happening named for the
# holiday it fell on, in some year
EVENT_AFTER_HOLIDAY: Final = re.compile(r"\s+(?:Blizzard|Storm|Tsunami|Massacre|Offensive|Uprising|Rising|Agreement|Accord|Truce|"
                                 r"Earthquake|Tornado|Floods?|Fire|Bombing|Riots?)\b")
LEISURE_AFTER_HOLIDAY: Final = re.compile(r"['’]s|\s+(?:holiday|holidays|day|eve|celebrations?|festivities|break|party)\b", re.I)
# "as soon as he arrives" is a conjunction, not a time; "as soon as possible" is the future.
AS_SOON_AS: Final = re.compile(r"(?i:\bas\s+)$")
AS_SOON_AS_POSSIBLE: Final = re.compile(r"\s+as\s+possible\b")

# Context cues -----------------------------------------------------------------------------------------------
# "may" and "March" capitalised start sentences and name people; a bare month needs one of these before it.
MONTH_CUE_BEFORE: Final = re.compile(r"(?i:\b(?:in|into|of|since|until|till|by|from|through|during|before|after|beyond|early|"
                              r"late|mid|last|next|this|the|each|every|throughout|between|and|or|to|its|their|our|your)[\s-]+)$"
                              # a plan's time: "a target originally set for March" (not "voted for May", a name)
                              r"|\b(?i:set|scheduled|planned|slated|due|pencil+ed\s+in|earmarked|targeted|booked)\s+for\s+$"
                              # a bound in time: "as recently as March", "as early as May"
                              r"|\b(?i:as\s+(?:recently|late|early|soon)\s+as)\s+$"
                              # a month a word describes: "A crowded March", "after a wet May" (a verb or a modal
                              # is not written with a capital there)
                              r"|\b(?i:a|an)\s+[a-z]+\s+$"
                              # a list of months: "cut the rate three times this year, in February, May and August"
                              r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December),\s+$")
AMBIGUOUS_MONTHS: Final = ("may", "march", "jan")
# "the Sunday Times", "Black Friday" are names, not dates.
NAME_AFTER_WEEKDAY: Final = re.compile(r"^\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Mail|Star|World|Night\s+Live|Morning\s+Post|Market"
                                r"|Independent|Tribune|Observer|Journal|Standard|Business\s+Post|Ledger|Chronicle|Gazette|Sun"
                                r"|News|Age|Examiner|Courier|Globe|Record|Review|Press|Argus|Sport|People|Dispatch|Enquirer"
                                r"|Inquirer|Advertiser|Guardian|Register"
                                # what is held on that day of every week: "the Wessex Sunday League", "taught Sunday school"
                                r"|League|[Ll]eague|[Ss]chool"
                                # a happening named for the day it fell on: "the Good Friday Agreement"
                                r"|Agreement|Accord|Massacre|Bombing|Blizzard|Tsunami|Offensive|Uprising|Riots?"
                                # a place: "45 Sunday Creek Road", "Friday Harbor"
                                r"|(?:[A-Z][a-z]+\s+)?(?:Road|Rd|Street|St|Avenue|Ave|Lane|Drive|Creek|Harbor|Harbour|Island))\b")
# A year preceded by these is a quantity or a label, not a date.
NOT_YEAR_BEFORE: Final = re.compile(r"(?:[$€£#]|\bNo\.?|\bnumber|\bRoute|\bflight|\bFlight|\broom|\bRoom|\bNo|\bpage|\bpp?\.|"
                             r"\b[Tt]rain|\b[Bb]us|\b[Rr]esolution|\bOrdinance|\bLocal|\b(?:help|hot)line,?|\b[Dd]ial|\b[Cc]all)\s*$")
                             # ("Local 1723 president": a union's branch; "its helpline, 1916, before 5 pm": a number to ring)
NOT_YEAR_AFTER: Final = re.compile(NO_BLANK_LINE + r"^\s*(?:(?i:troops|soldiers|people|men|women|members|votes|points|meters|metres|feet|"
                            r"miles|km|kilometers|tons|tonnes|dollars|euros|pounds|students|workers|jobs|cases|deaths|"
                            r"units|rooms|acres|hours|minutes|seats|copies|employees|residents|refugees|calories|degrees|barrels|"
                            r"kilograms|grams|yards|households|homes|patients|children|passengers|vehicles|shares)\b|"
                            # a body named for a year: "the 1922 Committee", "the 1916 Society"; a bond issue named for
                            # its maturity, "the 2027 Notes" (but "bonds due 1993" is a date)
                            r"(?:Committee|Society|Club|Notes|Bonds|Debentures)\b|"
                            # a court's record: "THE HIGH COURT 2026 No. 112 COS"
                            r"No\.\s*\d|"
                            # a car's model year: "her 2008 Toyota Prius", "a 2019 Mazda", "His 1952 Ford pickup"
                            r"(?:Toyota|Honda|Ford|Chevrolet|Chevy|Nissan|Mazda|Hyundai|Kia|Subaru|Volkswagen|VW|BMW|"
                            r"Mercedes|Audi|Jeep|Dodge|GMC|Cadillac|Buick|Lexus|Tesla|Volvo|Porsche|Holden|Vauxhall|"
                            r"Peugeot|Renault|Fiat|Skoda|Mitsubishi|Suzuki|Chrysler|Acura|Infiniti|Pontiac|Oldsmobile|"
                            r"Plymouth|Datsun|Triumph|Harley-Davidson)\b(?!['’]s)|"
                            # a designation: "asteroid 2024 YR4", "comet 2023 A3" (not "2024 Q3", "2025 H1")
                            r"(?![QH][1-4]\b)[A-Z]{1,3}\d{1,3}\b|"
                            # a street number: "1600 Pennsylvania Ave.", "1200 New York Avenue"
                            r"(?:[A-Z][a-z]*\s+){1,2}(?:(?:Street|Avenue|Road|Boulevard|Lane|Drive|Place|Court|Square|Parkway|Highway)\b"
                            r"|(?:St|Ave|Rd|Blvd|Ln|Dr|Pl|Ct|Sq|Pkwy|Hwy)(?:\.|\b)))")
# ...unless it opens the sentence after a preposition: "In 2015 homes were cheap".
YEAR_OPENS_BEFORE: Final = re.compile(r"(?:^|[.!?]\s+|\n)(?:In|Since|Until|During|Before|After|Through|By)\s+$")
# "is now demanding", "is now $3.1 billion", "is now warmer than at any point": a state reached, told of now
VERB_AFTER_NOW: Final = re.compile(r"\s+(?:(?:\w+(?:ing|ed|en)|in|on|at|under|behind|past|over|into|out|off|back|within|beyond|below|above|part|the|a|an|\d+|about|around|nearly|almost|more|less|[a-z]+er(?=\s+than))\b|[$€£¥]\d)")
NOW_NOT_TEMPORAL: Final = re.compile(r"(?i:\b(?:are|is|was|were|be|been|being|became|become|becomes)\s+)$")
# "$2 million a year", "700 seats a week", "24 hours a day": a rate, not a length of time.
RATE_BEFORE: Final = re.compile(r"(?:\d|\b(?:" + "|".join(k for k in NUMBER_WORDS if k not in ("a", "an"))
                         + r"|hundred|thousand|million|billion|trillion|dozen))%?"
                         # then up to four words ("4.3 million packets of crisps a day"), none that makes "a day" a
                         # length of time: a preposition ("within a week"), a verb ("waited a year")
                         r"(?:\s+(?!(?i:in|within|for|after|than|over|under|by|from|to|until|since|during|about|"
                         r"is|are|was|were|be|been|has|have|had|take|takes|took|spend|spent|last|lasts|wait|waits|"
                         r"need|needs|only|just|nearly|almost|roughly|around)\b)[A-Za-z][a-z-]*(?<!ed)){0,4}\s+$")
DURATION_NOT_BEFORE: Final = re.compile(r"(?i:\b(?:the|his|her|its|their|our|my|your|a|an)\s+)$")

# Tense cues: words near an expression that say whether the event is past or future relative to the DCT.
# "will" and "would" run into the word before or with "not", as tokens are read: "won't", "we'll", "wouldn't"
WILL_CONTRACTIONS: Final = frozenset("won't shan't wouldn't i'll you'll he'll she'll it'll we'll they'll that'll there'll".split())
FUTURE_WORDS: Final = frozenset("""will 'll wo shall would going scheduled due expected slated planned plans
poised upcoming forthcoming next coming tomorrow ahead soon intends intend aims aim expect expects
payable planning begins starts opens reopens resumes ends expires closes finishes concludes
returns meets convenes reconvenes arrives departs visits travels debuts premieres airs looms loom looming
announces publishes unveils decides
forecasts forecasting predicts predicting""".split()) | WILL_CONTRACTIONS
PAST_WORDS: Final = frozenset("""said was were had did didn't wasn't weren't ago yesterday last earlier previously previous recently
told announced spoke met held began begun took gave went came made saw sent wrote flew rang broke found
left led lost won paid put ran sold stood thought fell felt brought bought caught fought kept knew meant
grew drew threw hit cut let set shut quit read struck swore tore wore chose rose spent
died tied lied eyed fled sped bled slid dug hid sank sat ate heard became sought taught built drove rode woke sang
swam dealt slept swept wept lent bent forgot forgave froze stole shook withdrew arose awoke dove stuck stung swung
spun clung flung laid understood withheld upheld oversaw rebuilt got shot hung fed lit bore drank sprang overtook
undertook mistook overcame overran withstood foresaw outran forbade strode
underwent overthrew outgrew rewrote retook resold reran remade redid outdid misled misheard mislaid overheard
overslept overpaid overshot outsold underpaid undersold retold repaid befell beheld forsook shrank stank strove
trod wove shone slung wrung overrode undid
recalling remembering recounting""".split())  # (what is recalled has been: "recalling the summit in June")
# (Past forms of four letters ending in -ed, "died", "tied", are listed here: the -ed test skips words that short.)
# Right before a date, these make it a coming one whatever the reporting verb: "said ahead of Thursday's call",
# "volumes were thin ahead of a public holiday on Thursday".
FUTURE_BEFORE: Final = re.compile(r"(?i:\b(?:ahead\s+of(?:\s+(?:a|an|the|its|their|this|next)(?:\s+[\w'-]+){1,4}\s+(?:on|in))?|(?:in\s+)?the\s+(?:run|lead)[\s-]up\s+to|in\s+advance\s+of|in\s+preparation\s+for|"
                           # "crews brace for Saturday heat", "are preparing for Friday's vote" (not "were preparing for")
                           r"(?<!\bwas\s)(?<!\bwere\s)(?:brace|braces|bracing|prepare|prepares|preparing|gear\s+up|gears\s+up|gearing\s+up)\s+for|"
                           # "Cardoso heads into Sunday's vote with a comfortable lead" (not "led heading into", "headed into")
                           r"(?<!\bto\s)(?:heads|head)\s+into|"
                           # "until 5pm on 12 April": the day of a deadline at a time of day
                           r"(?:until|till)(?:\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midday|midnight)\s+on)?|scheduled\s+for|set\s+for|due\s+on|planned\s+for|forecast\s+for|slated\s+for|targeted\s+for|"
                           # "has slipped to the fourth quarter", "was pushed back to March": put off to a time to come;
                           # "was brought forward to October", "is pulled forward to Q4": so too when moved nearer
                           r"(?:slipped|slips|pushed\s+back|delayed|postponed|put\s+off|(?:brought|pulled|moved)\s+forward|moved\s+up)\s+to|"
                           # "with Washington setting a deadline of 11:59 p.m. Friday": a deadline being set lies
                           # ahead (not "had earlier set a deadline of 3rd March")
                           r"(?<!\bhad\s)(?<!\bearlier\s)(?<!\boriginally\s)(?<!\bpreviously\s)(?:setting|sets|set|imposing|imposes|imposed)\s+an?\s+(?:new\s+|firm\s+|final\s+)?deadline\s+(?:of|for)|"
                           # "a series of closures, beginning Saturday", "effective Monday": from a day to come
                           r"(?<!\bthe\s)(?:beginning|starting|effective)|"
                           # a day of the calendar told in the present: "The summer bank holiday falls on 31 August"
                           # (what fell on a day is told in the past)
                           r"(?:falls|fall)\s+on|"
                           # "the big test comes on Wednesday", "relief comes in March": what comes, told in the present
                           r"comes\s+(?:on|in)|"
                           # "the album is out on Friday": a release to come (what was released "came out")
                           r"\b(?:is|are)\s+out\s+(?:on|in)|"
                           # "power for delivery on Thursday settled at": a market's contract is for a time to come
                           r"for\s+delivery\s+(?:on|in))\s+(?:the\s+)?)$")
# "set to meet", "set for Thursday", "supposed to conclude by May" look ahead; "set on Aug. 6", "set aside" are past.
FUTURE_BEFORE_NEXT: Final = {"set": frozenset(("to", "for")), "supposed": frozenset(("to",)), "takes": frozenset(("effect", "place")), "take": frozenset(("place", "effect")),
                      "taking": frozenset(("effect",)),  # "with some changes taking effect from 8am on Monday"
                      "comes": frozenset(("into",)), "goes": frozenset(("into",)),  # "the timetable takes effect on Sunday"
                      "come": frozenset(("into",)),  # "rules which take effect in January", "the laws come into force"
                      # what must be done by a day is still to do: "needs to be completed by June 15", "are required to
                      # submit offers by", "has to file by" (not "needed to", "had to": gone by)
                      **{w: frozenset(("to",)) for w in ("need", "needs", "require", "requires", "required", "has", "have",
                                                          "obliged", "obligated")},
                      # "are unlikely to conclude before the summer", "is likely to rule in March"
                      **{w: frozenset(("to",)) for w in ("likely", "unlikely")},
                      # "the two leading finishers advance to November": where things go on to
                      **{w: frozenset(("to",)) for w in ("advance", "advances")},
                      # "hoped to proclaim the winners by the weekend", "intended to shut the plant by the end of
                      # March": what was hoped for, or meant, lay ahead; and what is wanted now ("We want to go back in
                      # late March", written in October)
                      **{w: frozenset(("to",)) for w in ("hope", "hopes", "hoped", "hoping", "intended", "aimed", "want",
                                                          "wants", "intend", "intends")},
                      # "the fair, which opened Thursday, runs through Aug. 20": what goes on now ends ahead
                      **{w: frozenset(("through", "thru", "until", "till", "into")) for w in ("runs", "continues", "lasts", "stays")}}
PRESENT_WORDS: Final = frozenset("is are am 's 're".split())
PASSIVE_BEFORE: Final = frozenset("be been being is are am get gets to stay stays remain remains become becomes seem seems "
                           "i'm we're you're they're isn't aren't isn’t aren’t".split())  # ("I'm focused on Friday": an adjective, no past)
TOKEN: Final = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?(?:-[A-Za-z]+)*")  # "live-streamed" is one word
# A full stop ends a clause, but not the one of "a.m.", "U.S.", "Mr." or "Sept." ("at 6 a.m. local time Saturday",
# "bought from Sept. 14 to Thursday").
# It starts with one character class so that a search skips to the candidates quickly; after a dot (and only
# there: "(?<!\.)" lets every other mark through at once) the look-backs and the space are checked.
CLAUSE_BREAK: Final = re.compile(r"[;:!?.“”\"«»|\n](?:(?<![.\n])|(?<=\n)(?:[ \t]*\n)+|(?<=\.)(?<![ap]\.m\.)(?<!\b[A-Z]\.)(?<!\b(?:Mr|Ms|Dr|St|No)\.)"
                          r"(?<!\bMrs\.|\bGen\.|\bSen\.|\bRep\.|\bGov\.)(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.)"
                          r"(?<!\bSept\.)\s(?:[ \t]*\n)*)")  # (and a blank line: "... as Friday deadline nears\n\nWASHINGTON (AP) — ... raced")

# Prefilter --------------------------------------------------------------------------------------------------
# Every expression contains a digit or one of these head words; the grammar is only tried near them, which is
# what makes the tagger fast (one cheap scan of the lowercased text instead of the full grammar at every place).
MID_UNITS: Final = ("midmonth", "midweek", "midyear", "middecade", "midcentury")  # written as one word: "by midyear"
TRIGGER_WORDS: Final = sorted(set(MONTHS) | set(MONTH_ABBREVIATIONS) | set(WEEKDAYS) | {d + "s" for d in WEEKDAYS} | set(WEEKDAY_ABBREVIATIONS)
                       | set(UNITS) | {u + "s" for u in UNITS} | {"centuries", "weekend", "weekends", "half", "halves", "period", "periods", "season", "seasons"} | set(SEASONS) | set(PARTS_OF_DAY)
                       | {p + "s" for p in PARTS_OF_DAY} | {"weekdays"} | {"q1", "q2", "q3", "q4", "h1", "h2", "q0", "h0"}  # (the fast scan sees every digit as 0)
                       | {re.sub(r"'s$", "", re.split(r"[\s-]", h)[-1]) for h in HOLIDAYS} | set(MOVABLE_HOLIDAYS)
                       | {"today", "tonight", "yesterday", "tomorrow", "now", "currently", "recently", "soon",
                          "nowadays", "presently", "lately", "current", "past", "future", "moment", "present", "midnight", "ago", "term",
                          "while", "clock",
                          "daily", "weekly", "monthly", "quarterly", "annually", "yearly", "hourly", "nightly", "fortnightly", "semiannually",
                          "fiscal", "fy", "nineteen", "date", "ad", "arvo", *(u + "long" for u in ("hour", "day", "week", "fortnight", "month", "year")),
                          *MID_UNITS}
                       | {w for w in SPELLED_DECADES if w.endswith("s")})
# Words that can come before the head word inside an expression ("just over three weeks", "the end of the
# year"): the grammar is tried from the start of the longest run of these before a trigger.
PREFIX_WORDS: Final = frozenset(set(NUMBER_WORDS) | set(ORDINALS) | set(CENTURY_ORDINALS) | {"twenty"} | {w for v in VAGUE_NUMBERS for w in v.split()}
                         | {w for q in QUANTITY_MODS for w in q.split()} | set(PERIOD_MODS) | {
    "the", "a", "an", "this", "that", "those", "another", "last", "next", "coming", "past", "previous", "following", "current",
    "same", "prior", "preceding", "very", "of", "in", "than", "and", "every", "each", "once", "other", "twice", "times",
    "per", "new", "easter", "half", "to", "st", "saint", "patrick", "at", "right", "all", "turn", "waited", "wait", "waiting", "by", "matter",
    *{w for h in HOLIDAYS for w in re.split(r"[\s-]", h)},  # with "st." and "jr.": "St. Patrick's Day"; "eid", "al"
    "just", "these", "any", "time", "near", "distant", "recent", "for", "within", "take", "took", "takes", "long", "short", "single", "whole", "full", "entire",
    "lasted", "lasts", "lasting", "spent", "spend", "spends", "moments", "multi", "back", "front", "fiscal", "financial", "tax", "fy", "q1", "q2", "q3", "q4", "h1", "h2", *DURATION_ADJ_WORDS, "latest", "most", "comparable", "corresponding", "year", "prior", "tomorrow", "yesterday", "today", "day", "after", "before", "calendar", "or", "odd"})
# Verbs whose particle "over" is no "more than": "will take over two days later", "who took over last spring"
PHRASAL_OVER: Final = frozenset("take takes took taken taking hand hands handed handing turn turns turned turning carry "
                         "carries carried win wins won pull pulls pulled blow blows blew blown".split())
# Of those, the ones that can be inside an expression but never begin it.
INNER_WORDS: Final = frozenset({"in", "of", "to", "and", "or", "than", "times", "time", "after", "before", "day", "very", "near", "distant", "odd"})
MAX_PREFIX_WORDS: Final = 6


# The kind of each trigger word (a digit is "digit").
TRIGGER_KIND: Final = {
    **{w: "holiday" for w in TRIGGER_WORDS if any(w in h for h in HOLIDAYS) or w in MOVABLE_HOLIDAYS},
    **{w: "month" for w in list(MONTHS) + list(MONTH_ABBREVIATIONS)},
    **{w: "weekday" for w in list(WEEKDAYS) + [d + "s" for d in WEEKDAYS] + list(WEEKDAY_ABBREVIATIONS)},
    **{w: "unit" for w in list(UNITS) + [u + "s" for u in UNITS] + ["centuries", "weekend", "weekends", "weekdays", "half", "halves",
                                                                     "period", "periods", "season", "seasons"]},
    **{w: "season" for w in SEASONS}, **{w: "pod" for w in PARTS_OF_DAY}, **{w + "s": "pod" for w in PARTS_OF_DAY}, "arvo": "pod",
    "today": "deictic", "tonight": "deictic", "yesterday": "deictic", "tomorrow": "deictic",
    "clock": "pod",  # ("by two o'clock": an hour spelled out, which is no trigger)
    **{w: "ref" for w in ("now", "current", "currently", "recently", "soon", "nowadays", "presently", "lately", "past", "future", "ago", "term",
                          "moment", "present", "while")},
    **{w: "set" for w in ("daily", "weekly", "monthly", "quarterly", "annually", "yearly", "hourly", "nightly", "fortnightly",
                          "semiannually")},
    "nineteen": "spelled", **{w: "spelled" for w in SPELLED_DECADES if w.endswith("s")}, "ad": "digit",  # "AD 43"
    "midnight": "noon", "noon": "noon", "midday": "noon", "fiscal": "fiscal", "fy": "fiscal",
    "date": "date",  # "from that date", "the same date": only anaphora
    **{u + "long": "unit" for u in ("hour", "day", "week", "fortnight", "month", "year")},  # "weeklong"
    **{w: "unit" for w in MID_UNITS},
    **{u + d: "fiscal" for u in "qh" for d in "0123456789"},  # the fast scan sees "Q7" as "q0" too
}
# Scanned over text.lower(); no right edge in the regex so that glued words ("ThursdayThe") still trigger: the
# tagger drops a trigger followed by a lowercase letter ("market", "decision").
# A number triggers only in the shapes a date, time or duration can take: a year, a clock or slashed date, an
# ordinal or number before a month, unit or a.m./p.m., a decade ("1990s", "'90s").
AFTER_NUMBER: Final = _trie(set(MONTHS) | set(MONTH_ABBREVIATIONS) | set(UNITS) | {z.lower() for z in ZONES} | set(DURATION_ADJ_WORDS)
                     | {"and a half", "of", "odd", "centuries", "seasons", "sec", "secs", "weekend", "nights", "bc", "bce", "b.c.", "b.c.e.", "ce", "c.e.", "ad", "a.d."}
                     | {"o'clock", "o’clock", "o?clock", "in the morning", "in the afternoon", "in the evening", "at night"})
DIGIT_TRIGGER: Final = (r"\d\d?\.\d\d?\.(?:19|20)\d\d(?!\d)|\d+\s+1/2(?=\s*[a-z])|1\d\d\d(?!\d)|2[01]\d\d(?!\d)|0\d[0-5]\d(?!\d)|2[23][0-5]\d(?!\d)|1\d\d0s|[01]\d[0-5]\d(?=\s+(?:local\s+time|hours|hrs)\b)|\d\d?[:/]\d|(?:[01]?\d|2[0-3])h[0-5]\d(?![\w:])|\d0s|\d+(?:[.,]\d+)?(?:st|nd|rd|th)?[\s-]*(?:a\.?m\b|p\.?m\b|"
                 r"(?:" + AFTER_NUMBER + r"))|\d\d?(?:st|nd|rd|th)(?![a-z0-9])|(?<=['’])\d\d(?![\w'’%-])"  # ("of '08")
                 r"|\d{1,3}\s?(?:mins?|hrs?|h)\s+\d"  # ("a lead of 2min 41sec")
                 r"|[1-4]q\d\d(?:\d\d)?(?![\w-])"  # ("2Q24")
                 r"|[1-4][qh]\s?fy\s?\d\d(?![\w-])"  # ("1H FY27")
                 r"|\d\d?\.[0-5]\d(?=\s+" + DEICTIC_PART + ")"  # ("at 10.15 this morning")
                 r"|\d\d?(?:\.[0-5]\d)?(?=\s+(?:every|each)\s+(?:morning|afternoon|evening|night)\b)")  # ("at 6.30 every morning")
# Words the rules write in lower case ("the end of the month", "the summer of 2023", "an hour and a half"), which a
# headline in title case or a line in capitals writes otherwise ("At The End Of The Month", "THE SUMMER OF 2023").
FUNCTION_WORDS: Final = frozenset("a an the of and or in on at to by for from until till than into over under with within after "
                           "before since during through between around about ago this that next last half quarter latest "
                           "per cent when as but".split())
# such a word written with a capital after a word or a comma, and the space before it: where a line may be one of
# those. (The space comes first, so that re skips from space to space; a look-behind first is tried at every
# character, six times slower.) Both read the text as ASCII bytes, any other character a "?" (text.encode("ascii",
# "replace"), at the same offsets).
CAPITAL_FUNCTION_WORDS: Final = frozenset(x.encode() for w in FUNCTION_WORDS for x in (w.capitalize(), w.upper()))
CAPITAL_FUNCTION: Final = re.compile((r" (?=[A-Z])(?<=[A-Za-z0-9,;] )(?:" + _trie(sorted(w.decode() for w in CAPITAL_FUNCTION_WORDS))
                              + r")(?![A-Za-z']|\.[A-Za-z])").encode())  # (not an initialism's letter: "10 A.M. SHARP")


def _first_pairs(words: frozenset[bytes]) -> bytes:
    """The first two bytes of each word, as a table over every pair of bytes, 1 where a word begins so (after a
    one-letter word, any byte that is no ASCII letter)."""
    table = bytearray(65536)
    for w in words:
        for second in (w[1:2] or bytes(c for c in range(256) if not (65 <= c <= 90 or 97 <= c <= 122))):
            table[w[0] * 256 + second] = 1
    return bytes(table)


# for walk_capital_function to pass over the capitals that begin none of them (most: names)
CAPITAL_FUNCTION_PAIRS: Final = _first_pairs(CAPITAL_FUNCTION_WORDS)


def starts_at(text: str, prefix: str, pos: int) -> bool:
    """text.startswith(prefix, pos), compared character by character: compiled, a call with no method lookup nor
    argument parsing, which cost the method several hundred instructions a call (the tagger asks some seventy an
    article). A negative pos counts from the end, as the method's does."""
    n = len(text)
    if pos < 0:
        pos = pos + n if pos + n > 0 else 0
    k = len(prefix)
    if pos + k > n:
        return False
    for j in range(k):
        if ord(text[pos + j]) != ord(prefix[j]):
            return False
    return True


def ends_at(text: str, suffix: str, start: int, end: int) -> bool:
    """text.endswith(suffix, start, end), as starts_at is startswith: start and end read as the method reads them."""
    n = len(text)
    if end > n:
        end = n
    elif end < 0:
        end = end + n if end + n > 0 else 0
    if start < 0:
        start = start + n if start + n > 0 else 0
    k = len(suffix)
    if end - k < start:
        return False
    for j in range(k):
        if ord(text[end - k + j]) != ord(suffix[j]):
            return False
    return True


def capital_function(data: bytes, pos: int) -> int:
    """Where CAPITAL_FUNCTION first matches in data[pos:], or -1: compiled, found by walk_capital_function, else
    with the regex."""
    if COMPILED:
        return walk_capital_function(data, pos)
    found = CAPITAL_FUNCTION.search(data, pos)
    return -1 if found is None else found.start()


def walk_capital_function(data: bytes, pos: int) -> int:
    """capital_function in one pass over the bytes: compiled, in two thirds of re's time (12.6 against 18.7 us a
    5 KB text; re enters its matcher at every space)."""
    n: i64 = len(data)
    i: i64 = pos
    while i < n - 1:
        if data[i] != 32 or not 65 <= data[i + 1] <= 90 or i == 0:
            i += 1
            continue
        # (the capital and the byte after it first: most capitals begin a name, whose two letters begin no such
        # word, and the word is then not cut out and looked up)
        second: i64 = 0
        if i + 2 < n:
            second = data[i + 2]
        if CAPITAL_FUNCTION_PAIRS[data[i + 1] * 256 + second] == 0:
            i += 1
            continue
        before: i64 = data[i - 1]
        if 97 <= before <= 122 or 65 <= before <= 90 or 48 <= before <= 57 or before == 44 or before == 59:
            # a capital after a word, a figure or a comma: the word there (all its letters, or the look-ahead fails),
            # if nothing glues on to it
            j: i64 = i + 2
            while j < n and (97 <= data[j] <= 122 or 65 <= data[j] <= 90):
                j += 1
            if data[i + 1:j] in CAPITAL_FUNCTION_WORDS and not (j < n and (data[j] == 39 or (
                    data[j] == 46 and j + 1 < n and (97 <= data[j + 1] <= 122 or 65 <= data[j + 1] <= 90)))):
                return i
        i += 1
    return -1


# The run of prefix words before a trigger, matched backwards on the reversed lowercased text.
PREFIX_SEPARATORS: Final = " \t\n,-"
PREFIX_RUN_REVERSED: Final = re.compile(r"(?:[" + re.escape(PREFIX_SEPARATORS) + "]+(?:" + _trie(w[::-1] for w in PREFIX_WORDS)
                                 + r")(?![a-z'’])){1,%d}" % MAX_PREFIX_WORDS)
# Compiled, the run is read back from the trigger over the text encoded one byte a character, walking the
# reversed prefix words' trie (no word ends with a separator, so the separators before a word are all skipped).
PREFIX_TRIE: Final = Trie(w[::-1] for w in PREFIX_WORDS)
assert not any(w[-1] in PREFIX_SEPARATORS for w in PREFIX_WORDS)
PREFIX_SEPARATOR_BYTES: Final = bytes(1 if chr(b) in PREFIX_SEPARATORS else 0 for b in range(256))  # (by byte: 1, a separator)


def prefix_run_start(low: str, data: bytes, rev: str, t: int, floor: int) -> int:
    """Where the run of prefix words that ends at low[t] begins, no further back than `floor`; -1 where no such
    word is there. What PREFIX_RUN_REVERSED matches in rev (low reversed) from len(low) - t, read compiled as a
    walk of PREFIX_TRIE back over data (low encoded to ASCII, any other character "?"), else with the regex."""
    if not COMPILED:
        run = PREFIX_RUN_REVERSED.match(rev, len(low) - t, len(low) - floor)
        return -1 if run is None else len(low) - run.end()
    return walk_prefix_run(low, data, t, floor)


def walk_prefix_run(low: str, data: bytes, t: int, floor: int) -> int:
    """prefix_run_start's walk: back from t, up to MAX_PREFIX_WORDS times, the separators and then the longest
    reversed prefix word that no letter or apostrophe comes before (the regex's alternation is greedy, and a later
    word's failing ends the run, leaving the words before it as they are)."""
    steps, ends, keys, width = PREFIX_TRIE.steps, PREFIX_TRIE.ends, PREFIX_TRIE.keys, PREFIX_TRIE.width
    first, k, count = -1, t, 0
    while count < MAX_PREFIX_WORDS:
        j = k
        while j > floor and PREFIX_SEPARATOR_BYTES[data[j - 1]]:
            j -= 1
        if j == k:
            break
        state, p, best = 0, j, -1
        while p > floor:
            key = keys[data[p - 1]]
            if key == 0:
                break
            state = steps[state * width + key]
            if state == 0:
                break
            p -= 1
            if ends[state] and (p == floor or not (97 <= data[p - 1] <= 122 or data[p - 1] == 39
                                                   or low[p - 1] == "’")):
                best = p
        if best < 0:
            break
        first, k, count = best, best, count + 1
    return first


WORD: Final = re.compile(r"[a-z]+")
# The reference form of the scan: a trigger word or number not preceded by a letter or digit. The tagger uses it
# only for texts whose length changes when lowercased; otherwise it runs the equivalent fast scan below.
TRIGGER_ANY_CASE: Final = re.compile(r"(?<![a-z0-9])(?=[" + "".join(sorted({w[0] for w in TRIGGER_WORDS})) + "0-9])(?:"
                              + _trie(TRIGGER_WORDS) + "|" + DIGIT_TRIGGER + ")", re.I)
# The fast scan. A regex with a lookbehind at its head is tried at every character; one that starts with a
# literal is searched for with a quick character skip. So the lowercased text is first "shaped" into bytes of
# the same length (letters kept, digits all "0", everything else a space) and a leading space is added: every
# trigger word is then " word" in the shaped text.
SHAPE: Final = bytes(48 if 48 <= c <= 57 else c if 97 <= c <= 122 else 32 for c in range(256))
# An abbreviation ("Mar", "Dec", "AD", "Eve") is a trigger only where no letter follows: most places it starts a
# longer word ("market", "decision", "every"), which the tagger would pass over anyway. (Whole words are left to
# it: a word glued to a capitalised one, "ThursdayThe", still triggers, and only the original text shows that.)
SHORT_TRIGGERS: Final = frozenset(w for w in TRIGGER_WORDS if w in MONTH_ABBREVIATIONS or w in WEEKDAY_ABBREVIATIONS) | {"sept", "ad", "eve"}
WORD_TRIGGER: Final = re.compile((" (?:" + _cheap_optionals(_trie(TRIGGER_WORDS, SHORT_TRIGGERS)) + ")").encode())


# Compiled, the scan walks the trigger words' trie instead (20 us a 5 KB text against re's 55).
TRIGGER_TRIE: Final = Trie(TRIGGER_WORDS, SHORT_TRIGGERS)


def word_triggers(shaped: bytes) -> list[tuple[int, int]]:
    """(start, end) in the text of each trigger word, from " " + the lowercased text shaped by SHAPE: what
    WORD_TRIGGER finds, read compiled as a walk of TRIGGER_TRIE, else with the regex."""
    if COMPILED:
        return [(start, end - 1) for start, end in TRIGGER_TRIE.spans(shaped)]
    return [(m.start(), m.end() - 1) for m in WORD_TRIGGER.finditer(shaped)]


NUMBER_TRIGGER: Final = re.compile(_cheap_optionals(DIGIT_TRIGGER))  # tried where a number may trigger
# Most numbers are no trigger ("$1.5 billion", "20 people"), so the places to try NUMBER_TRIGGER are first found
# in one scan of another shaping of the text: ASCII digits "0", ASCII whitespace " ", anything not ASCII "?" (it
# may be a digit or a space to the regex), the rest kept. NUMBER_CANDIDATE is DIGIT_TRIGGER read in that shaping,
# and must accept every place DIGIT_TRIGGER matches at (tests/test_temporal.py checks it): the start of a number
# ("0" not after a letter or digit) followed by what one of DIGIT_TRIGGER's alternatives needs after a first digit.
NUMBER_SHAPE: Final = bytes(48 if 48 <= c <= 57 else 32 if chr(c).isspace() else c for c in range(128)) + bytes(range(128, 256))
# the words after "10.15", "6.30" that make it an hour ("this morning", "every morning"), as the shaping shows them
_HOUR_TOLD_AFTER: Final = r"(?:this|tonight|last|yesterday|tomorrow|every|each)"
# Its look-ahead is tried at every number, and most fail it: its alternatives are grouped by the character they
# need first, each opening with that character, which re checks before entering an alternative (one opening with
# an optional digit, "[0?]?:", is entered at every number). In order: a year or decade ("1998", "90s"); after a
# second digit, a dotted date, a mixed number ("1 1/2 hours"), a clock, "14h30", an ordinal, a quoted year's
# second digit ("'08"), a gap in a race ("12min 5sec"); the same without it; then the number before a word.
# (In its last alternative the atomic group "(?>...)" keeps re from trying shorter runs of digits and spaces
# before the word: none of the words starts with a digit, a space or an ordinal's letters.)
NUMBER_CANDIDATE: Final = re.compile(_cheap_optionals(r"0(?<![a-z0]0)(?=0(?:[0?][0?](?!0)|s)|[0?](?:\.[0?][0?]?\.[0?]{4}|[0?][0?]*[ ?]+0/0[ ?]*[a-z]"
                                                r"|[ ?][ ?]*0/0[ ?]*[a-z]|[:/][0?]|h[0?][0?]|st|nd|rd|th|(?<=['?]0[0?])|[0?]?[ ?]?(?:mins?|hrs?|h)[ ?]+[0?]"
                                                r"|\.[0?][0?][ ?]+" + _HOUR_TOLD_AFTER + r"|[ ?]+(?:every|each)[ ?])"
                                                r"|\.[0?][0?]?\.[0?]{4}|[ ?][ ?]*0/0[ ?]*[a-z]|[ ?](?:mins?|hrs?|h)[ ?]+[0?]|[:/][0?]|h[0?][0?]|q[0?][0?]|[qh][ ?]?fy"
                                                r"|h(?:rs?)?[ ?]+[0?]|mins?[ ?]+[0?]|st|nd|rd|th|\.[0?][0?][ ?]+" + _HOUR_TOLD_AFTER
                                                + r"|[ ?]+(?:every|each)[ ?]"
                                                r"|(?>[0?]*(?:[.,][0?]+)?(?:st|nd|rd|th)?[ ?-]*)(?:a\.?m|p\.?m|" + AFTER_NUMBER + "))").encode())


# An HTML character reference, which Markdown keeps as written: "&nbsp;", "&#8217;", "&#x202F;"
CHARACTER_REFERENCE: Final = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def referenced(reference: str) -> str | None:
    """The character(s) a CHARACTER_REFERENCE stands for, or None for a name HTML does not know ("&bogus;",
    "&notes;", not "¬es;" as html.unescape reads it) or a number of no character ("&#0;")."""
    if reference[1] != "#":
        return html.entities.html5.get(reference[1:])
    written = html.unescape(reference)  # (which reads &#150; as Windows-1252 does: "–")
    number = int(reference[3:-1], 16) if reference[2] in "xX" else int(reference[2:-1])
    return None if written == "\ufffd" and number != 0xFFFD else written


def characters(text: str) -> str:
    """The text with its character references (CHARACTER_REFERENCE) read as the characters they stand for."""
    return CHARACTER_REFERENCE.sub(lambda m: referenced(m.group()) or m.group(), text) if "&" in text else text


# A web address, a link's or an image's target in Markdown or HTML: its numbers are a path's and a file's names
# ("/news/2024/12/12/story", "2019-05-01-plan.pdf"), not dates the text tells. Read as spaces. (Found from the marks
# below, which str.find finds fast: one pattern for all of them was tried at every character, 190-290 us on a
# 3.6 KB article; this way, 3-4 us.)
ADDRESS_REST: Final = re.compile(r"[^\s<>\"'()\[\]]+")  # an address's characters, after its scheme or "www."
ADDRESS_MARKS: Final = ("://", "www.", "](", "href=", "src=")
TARGET: Final = re.compile(r"[^)\s]+(?=[)\s])")  # a Markdown link's target, after its "]("
QUOTED: Final = re.compile(r"\"[^\"]*\"|'[^']*'")  # an HTML attribute's value
SCHEMES: Final = frozenset(("http", "https", "ftp"))


def addresses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each address in the text (see ADDRESS_MARKS), in order, none inside another."""
    found = []
    for mark in ADDRESS_MARKS:
        at = 0
        while (i := text.find(mark, at)) >= 0:
            at = i + len(mark)
            start, rest = i, None
            if mark == "://":
                while start and text[start - 1].isalpha():
                    start -= 1
                if text[start:i].lower() in SCHEMES:
                    rest = ADDRESS_REST.match(text, at)
            elif mark[0] in "wW":
                if not (i and (text[i - 1].isalnum() or text[i - 1] in "/.")):  # (not inside an address)
                    rest = ADDRESS_REST.match(text, at)
            elif mark == "](":
                start, rest = at, TARGET.match(text, at)
            elif not (i and text[i - 1].isalnum()):
                start, rest = at, QUOTED.match(text, at)
            if rest is not None:
                found.append((start, rest.end()))
    found.sort()
    out: list[tuple[int, int]] = []
    for span in found:
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


def mask_addresses(text: str) -> str:
    """The text with its addresses (see addresses) as spaces, character for character."""
    if not ("/" in text and "://" in text or "www." in text or "]" in text and "](" in text or "=" in text):
        return text  # (a character is looked for first where one is in each mark: that search is the fastest)
    spans = addresses(text)
    if not spans:
        return text
    parts, at = [], 0
    for start, end in spans:
        parts += [text[at:start], " " * (end - start)]
        at = end
    return "".join(parts) + text[at:]


def readable(text: str) -> str:
    """The text as its words are read: character references as their characters, addresses as spaces."""
    return mask_addresses(characters(text))
