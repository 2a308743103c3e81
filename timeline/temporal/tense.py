"""Which way in time a date points: the tense and aspect of the words around it.

"will speak on Thursday" is the coming Thursday, "said on Thursday" the last one. The nearest cue word before
the expression in the same clause decides, else the nearest after it; participles after "be" ("is expected",
"to be followed") and adjectives ("the reduced dividend", "unspecified") are not past tense.
"""
from __future__ import annotations

import re
from typing import Final

from .lexicon import (CLAUSE_BREAK, FUTURE_BEFORE, FUTURE_BEFORE_NEXT, FUTURE_WORDS, MONTH_ANY, MONTH_FULL, MONTHS, NUMBER_WORDS, PARTS_OF_DAY,
                      PASSIVE_BEFORE, PAST_WORDS, SEASONS, TOKEN, UNITS, WEEKDAY_FULL, WEEKDAYS, WILL_CONTRACTIONS, starts_at)

WINDOW: Final = 100  # characters either side; a clause rarely reaches further
# (a search back from a place may be given a negative position, which re reads as 0: max(0, ...) is spared)
MAX_TOKENS: Final = 9
FRONTED_TOKENS: Final = 4  # words of a phrase that may open a sentence before a date ("On the evening of December 5, ...")
FRONTED_SUBJECT_TOKENS: Final = 6  # words read after such a date beyond MAX_TOKENS: a subject may be long
FAR_TOKENS: Final = 25  # how far back a "will" is looked for when no word in the last MAX_TOKENS tells a tense
FAR_WINDOW: Final = 150  # characters before WINDOW where a clause that began before it is read for such a "will"
FAR_FUTURE: Final = frozenset(("will", "would", "'ll", "shall", "due", "scheduled", "slated")) | WILL_CONTRACTIONS  # "are due to begin a second round of
# building inspections on Monday"
# a comma and a conjunction open another clause; a comparison after a comma is a phrase of its own ("for the year
# ending March 31, up from its previous forecast made in August": "made" is the forecast's)
FRONTED_ASIDE: Final = re.compile(r",[^,]{3,60},(?=\s+\w)")  # a second phrase before the subject: ", just after dawn, Police"
COORDINATE_AFTER: Final = re.compile(r",\s*(?:and|but|while|whereas|so|(?:up|down)\s+from|compared\s+with)\s"
                              # "said it had introduced the checks in June and that, from January, a consultant would":
                              # a second thing said, another clause
                              r"|\s(?:and|but)\s+that(?=,|\s+(?:the|a|an|it|he|she|they|we|its|his|her|their)\s)")
# words that open a phrase put before its clause's subject: "Late on Friday, ...", "In a statement Friday, ..."
OPENERS: Final = frozenset("on in at by late early since until from and but then as of after before during outside inside "
                    "speaking following".split())  # ("Outside court on Thursday afternoon, his barrister said")
QUESTION_WORDS: Final = frozenset(("why", "how", "whether"))  # "asks why so few women signed": a clause of its own
SUBORDINATORS: Final = frozenset("after before when because since although though while if unless once".split())
# a plan told by a participle alone ("a test planned for March"), and what then became of it: moved or called off
PLAN_PARTICIPLE: Final = re.compile(r"(?i:(?:planned|scheduled|set|slated|targeted)\s+for\s)")
BE_BEFORE_PLAN: Final = re.compile(r"(?i:\b(?:is|are|was|were|be|been|being|'s|'re)\s+(?:[a-z]+ly\s+)?)$")
PLAN_MOVED_AFTER: Final = re.compile(r"[^.;:!?\n]{0,40}?\b(?:had|has|have)\s+been\s+(?:[a-z]+ly\s+)?(?:pushed|moved|delayed|postponed|"
                              r"put\s+off|brought\s+forward|cancell?ed|scrapped|called\s+off|rescheduled|shifted|pulled)\b")
FUTURE_BEFORE_WINDOW: Final = 56  # "in the run-up to " and the like end right before the expression
# a participle set off by a comma, right before its date: "Their coach, hired in January,"
ASIDE_PARTICIPLE_BEFORE: Final = re.compile(r"\w,\s+(?:first\s+|originally\s+)?([a-z]+ed|built|held|made|taken|given|sold|won|chosen|"
                                     r"elected|appointed|named|signed|bought|struck|shot|hit|sent|brought|found)\s+"
                                     r"(?:in|on|at|last|during)\s+(?:the\s+)?$")
NOT_DONE_PARTICIPLES: Final = frozenset("expected scheduled planned slated proposed promised intended timetabled earmarked "
                                 "forecast projected predicted due".split())  # "The report, expected in January,"
ORIGINAL_PLAN: Final = re.compile(r"(?<!\bas )\b(?i:originally|initially|previously)\s+(?:(?:been|was|were)\s+)?"
                           r"(?:scheduled|planned|set|slated|due|expected|timed|booked|listed|fixed|earmarked|intended|meant)\b"
                           r"[^.;:!?,]{0,50}$")
# (not past the comma that ends the plan's phrase: "originally scheduled for April 24, would instead be released Oct. 9")
SET_AS_DATE_AFTER: Final = re.compile(r"\s+as\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:date|deadline|day)\b")
SET_DAY_BEFORE: Final = re.compile(r"(?i:\b(?:set|sets|setting|fixed|fixes|fixing|named|names|naming|chose|chosen|picked|designated|designates|designating)\s+)$")
BACKDATED_TO: Final = re.compile(r"(?i:\b(?:back-?dated|retroactive|retroactively|retrospective|retrospectively)\s+to\s+)$")
SINCE: Final = re.compile(r"(?i:\bsince\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|my\s+)?)$")  # ("since its Wednesday debut")
RELATIVE_PRONOUNS: Final = frozenset(("which", "who", "whose"))
SINCE_DOING: Final = re.compile(r"(?i:\bsince\s+[a-z]+ing\s+(?:[\w'-]+\s+){0,5}(?:in|on|at|during|last)\s+(?:the\s+)?)$")
THAN_IN_BEFORE: Final = re.compile(r"(?i:\bthan\s+(?:in|on|at|during)\s+(?:the\s+)?(?:(?:whole|rest|course)\s+of\s+)?)$")
PENCILLED_IN: Final = re.compile(r"(?i:\b(?P<had>had\s+(?:\w+\s+)?)?pencil+ed\s+in\s+(?:[\w-]+\s+){0,5}?(?:for\s+)?)$")
PENCILLED_REACH: Final = 70  # characters from "pencilled in" to the date ("pencilled in a further Commons debate for Monday")
NO_EARLIER_THAN: Final = re.compile(r"(?i:\b(?:no|not)\s+(?:earlier|sooner|later)\s+than\s+)$")
UNTIL: Final = re.compile(r"(?i)\s*(?:until|till)\b")
PERFECT_UNTIL: Final = re.compile(r"\b(?:has|have)\s+(?:been\s+)?(?:joined|signed|moved|gone|extended|agreed|taken|rented|leased|"
                           r"borrowed|loaned|hired|booked|reserved|closed|suspended|banned|barred|postponed|delayed)\b"
                           r"[^.;:!?\n]{0,80}\b(?:until|till)\s+$")
HAVE_BEFORE_UNTIL: Final = re.compile(r"(?i:\b(?:have|has|'ve)\s*)$")  # "Senators have until 5 p.m. Friday to submit": a deadline
# "postponed until Tuesday", "delayed the vote until next week": what was put off has not happened yet.
PUT_OFF: Final = re.compile(r"(?i:\b(?:postponed?|postpones|delay(?:ed|s)?|defer(?:red|s)?|adjourn(?:ed|s)?|put\s+off|"
                     r"pushed\s+back|extend(?:ed|s)?|(?:was|were|been|be|is|are)\s+continued)(?:\s+[\w'-]+){0,4}\s*)$")
# (a hearing "was continued until January": adjourned, in American courts' word)
# "canceled classes through Friday", "ordered flags lowered until Sunday": what was decided runs on to a day to come
# (not "was closed until Monday": a state, which may be over; nor what was not done until a day: "the unit was not
# closed to new admissions until 14 May")
DECIDED_UNTIL: Final = re.compile(r"(?i:(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bnot\s)(?<!n't\s)\b(?:ordered|canceled|cancelled|closed|declared|suspended|paused|froze|frozen|banned|imposed|shut|halted|"
                           r"grounded|extended|kept|issued|gave|given|granted)(?:\s+[\w'-]+){0,6}\s+(?:through|thru|until|till)\s+(?:at\s+least\s+)?(?:the\s+)?)$")
INFINITIVE_UNTIL: Final = re.compile(r"\b(?:enough|sufficient)\s+[a-z]+\s+to\s+(?:last|run|continue|see\s+(?:it|us|them)\s+through)\s+"
                              r"(?:through|thru|until|till|into)\s+(?:the\s+)?$")
TILL_END: Final = re.compile(r"(?i:\b(?:through|thru|until|till)\s+(?:at\s+least\s+)?(?:the\s+)?)$")  # (DECIDED_UNTIL's end, cheap to find)
# "cancelled 36 domestic flights for Monday", "declared a holiday for Friday": what was called off or declared for
# a day is for one to come (not "closed its doors for Monday", a state that may be over)
DECIDED_FOR: Final = re.compile(r"(?i:(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:canceled|cancelled|called\s+off|declared|"
                         r"suspended)(?:\s+[\w'-]+){0,5}\s+for\s+(?:the\s+)?)$")
# "set sentencing for April 9", "moved the sequel to next spring", "postponed the vote to Thursday", "the hearing is
# listed for 25 January" (a court's calendar): the day a thing is set for comes after the setting (not "was scheduled
# for Monday": a plan as it stood then, kept or not)
_SET_VERB: Final = (r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bhad\sbeen\s)(?<!\bhad\s)\b(?:set|scheduled|rescheduled|slated|moved|pushed|"
             r"listed|relisted|postponed|delayed|deferred|bumped|extended|"
             # "an extension ..., pushing your filing deadline to Oct. 15"
             r"pushes|pushing|postpones|postponing|defers|deferring|moves|moving|reset|resets|resetting)")
# (the words between may be a title in quotation marks, and a day moved from: 'pushed its musical "Tin Lantern" from
# June 14 to Nov. 22')
# (a word between may end in the dot of an abbreviation, "Sept.", "a.m.", but not of a sentence: in "The club moved
# the final to Dec. 5. Fares rose back to March levels" nothing was moved to March)
SET_FOR: Final = re.compile(rf"(?i:{_SET_VERB}(?:\s+(?:[\w'’\"“”-]+|(?-i:[A-Z][a-z]{{0,3}})\.|(?:[A-Za-z]\.)+)){{0,8}}\s+"
                     r"(?:for|to)\s+(?:the\s+)?)$")
# ... or called for: "called a general strike for Monday", "has called a snap election for July 4"
CALLED_FOR: Final = re.compile(r"(?i:\bcall(?:ed|s|ing)?\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:protests?|strikes?|"
                        r"rally|rallies|march(?:es)?|walkouts?|demonstrations?|meetings?|votes?|elections?|referendum|"
                        r"vigils?|boycotts?|sit-ins?|sessions?|summit|debate|ballot|shutdown|stoppages?)\s+for\s+(?:the\s+)?)$")
# ... and the day it was moved from: in its time or not, the nearest ("postponed the vote from March 3")
SET_FROM: Final = re.compile(rf"(?i:{_SET_VERB}(?:\s+[\w'’\"“”-]+\.?){{0,4}}\s+from\s+(?:the\s+)?)$")
FOR_END: Final = re.compile(r"(?i:\bfor\s+(?:the\s+)?)$")
FOR_TO_END: Final = re.compile(r"(?i:\b(?:for|to)\s+(?:the\s+)?)$")  # (SET_FOR's end)
# a participle phrase set off by commas after its subject, the date in it: "President Voronets, addressing parliament
# on Thursday, warned": the saying after it is the speaker's act on that day
PARTICIPLE_ASIDE_AT: Final = re.compile(r",\s+([a-z]+(?:ing|ed|en|wn)|(?P<same>[a-z]+)\s+(?!to\s|for\s)[a-z]+)\s[^,;:.!?\n\"“”]*$")
# (-en, -wn: "drawn", "taken"; a participle in neither -ed nor -en, not before "to" or "for", which tell a plan: "The
# changes, set out to advertisers at a presentation on Tuesday evening, will take effect", but "The rules, set to take
# effect in May")


# A participle phrase set off by commas between a subject and its verb, the verb in the present or future after it;
# so too a phrase of "due" ("The ruling, due by the end of the year, follows a decision on Nov. 30": the decision's
# day is the present verb's, not the ruling's to come), before a verb of the present in "-s" too
CLOSED_PARTICIPLE_ASIDE: Final = re.compile(r",\s+(?:[a-z]+(?:ed|en)|due)\b[^,;]{0,80},(?=\s+(?:is|are|will|remains|remain|stays|stay|"
                                     r"runs|run|takes|take|comes|come|has|have|can|may|should|must|"
                                     r"[a-z]{2,}[^s\W]s(?=\s+(?:a|an|the|his|her|its|their|on|in|at)\b))\b)")


def _participle_aside(left: str) -> str | None:
    """The participle opening the phrase set off by a comma after a word that `left` ends in, if it is one."""
    k = left.rfind(", ")
    if k < 1 or not left[k - 1].isalpha() or (aside := PARTICIPLE_ASIDE_AT.match(left, k)) is None:
        return None
    if (word := aside.group("same")) is not None:
        return word if word in IRREGULAR_PARTICIPLES else None
    word = aside.group(1)
    return word if word[-2:] in ("ng", "ed") or word in PERFECT_PARTICIPLES else None  # (not "then", "when")


# participles not in -ed, most of them the past tense as well ("set", "held", "made"), which a phrase set off by commas
# may open: "The changes, set out to advertisers ...", "The mandate, won in a ballot in January, ..."
IRREGULAR_PARTICIPLES: Final = frozenset("won held built made taken given sold written known found seen bought brought caught kept "
                                  "led paid sent struck begun drawn grown shown thrown chosen spent lost set hit cut shut "
                                  "told put laid broken spoken stolen frozen driven ridden beaten forgotten hidden shot "
                                  "sunk sung run left".split())
POSTPONED: Final = re.compile(r"(?i:postponed|delayed|deferred|\bback\b)")  # (in a SET_FOR match: put off to a later day)
# Words after "last" that make it a time gone by ("last week", "last Friday", "last few days"); before any other
# noun it means final ("last entry", "last orders"), as it does before a day, a minute or a second, of which English
# says "yesterday" and "a minute ago" ("the last day of Term 3, with a 2.30pm finish", "at the last minute").
LAST_OF_TIME: Final = frozenset((set(UNITS) - {"day", "minute", "second"}) | {u + "s" for u in UNITS} | set(WEEKDAYS) | set(MONTHS) | set(SEASONS)
                         | set(PARTS_OF_DAY) | set(NUMBER_WORDS) | {"few", "several", "couple", "time", "weekend",
                                                                    "decade", "decades", "century", "season", "year's",
                                                                    "week's", "month's", "night's", "summer's"})
FINITE_PAST: Final = frozenset("was were had did".split())
PLANNED: Final = frozenset("due scheduled slated expected supposed set".split())  # after "was": a plan as it stood then
BASE_FORM_AFTER: Final = frozenset("will would shall should could can may might must 'll did does do won't wouldn't shouldn't "
                            "couldn't can't cannot mustn't didn't doesn't don't".split())  # "would cut", "wouldn't put"
BE_PAST: Final = frozenset(("was", "were"))
BE_FORMS: Final = frozenset(("be", "been", "being", "is", "are", "am", "was", "were"))
NAME_MODALS: Final = frozenset(("may", "will"))  # capitalised, a name as often as a verb
DETERMINERS: Final = frozenset("the a an its his her their our this that these those".split())
# words that count a noun, before which a compound in -ed describes it ("some family-owned boats"; "some fled" is a verb)
QUANTIFIERS: Final = frozenset("some many several most all other few more".split())
EVERY_WORDS: Final = frozenset(("every", "no"))  # "every licensed food business": an adjective after them (not "each": "Each resigned")
COUNT_WORDS: Final = frozenset("two three four five six seven eight nine ten eleven twelve dozen".split())
NOT_NOUN_AFTER_COUNT: Final = frozenset("the a an its his her their our this that these those on in at by for to from with after "
                                 "before was were and or into over out up down off".split())
# A date that is the subject of "will" ("predicting that Sunday will be the busiest day"): where it may start a
# clause, and what follows it
SUBJECT_BEFORE: Final = re.compile(r"(?:\b(?:that|says|said|with)\s+|(?:^|[.!?]\s+|\n)\s*)$")
# A saying and the start of the subject of what it reports, up to a date's preposition: "said the last trains on "
REPORTED_SUBJECT_BEFORE: Final = re.compile(r"\b(?:said|says|told\s+[a-z]+|announced|warned|confirmed)\s+(?:that\s+)?"
                                     r"(?:the|a|an|its|their|his|her|some|all|most)\s+(?:[\w'-]+\s+){0,4}?(?:on|for|from|at)\s+$")
PRONOUN_ON_BEFORE: Final = re.compile(r"\b(?:who|which|he|she|they|it|we|I)\s+(?:on\s+)?$")
NOT_UNTIL: Final = re.compile(r"(?i:\b(?:did\s+not|didn't|was\s+not|wasn't|were\s+not|weren't)\s+(?:[a-z]+\s+){1,3}(?:until|till)\s+)$")
# What is booked or sold for a day, or from it: the time booked for ("fully booked for August", "sold out for July",
# "fully booked from Saturday to Tuesday", "had sold every seat on its crossings for the morning of Aug. 2", "had
# booked the same hotel for March")
BOOKED_FOR: Final = re.compile(r"(?i:\b(?:booked(?:\s+[\w'’-]+){0,4}?|sold\s+out|reserved|booked\s+up|full|"
                        r"sold\s+(?:every|all|the\s+last)\b(?:\s+[\w'’-]+){0,6}?)\s+(?:for|from)\s+(?:the\s+)?)$")
# ... or the day reserved, its object: "the company has reserved Sunday through March 18"
RESERVED_DAY_BEFORE: Final = re.compile(r"(?i:\b(?:has|have|had|'s|'ve)\s+(?:already\s+|also\s+)?(?:reserved|booked|set\s+aside|earmarked|"
                                 r"pencilled\s+in|penciled\s+in|blocked\s+out|kept\s+free)\s+)$")
# a condition on what is still to do: "$30 if bought online by 11:59 p.m. Friday", "If filed before Friday"
IF_DONE_BY_BEFORE: Final = re.compile(r"(?i:\bif\s+(?:[a-z]+ed|bought|paid|sent|made|sold|done|received|given|taken|won)\s+"
                               r"(?:[a-z]+\s+){0,3}(?:by|before|no\s+later\s+than)\s+)$")
# ... or booked until, or on a way home: "the convention center was booked until midnight Sunday", "were booked on
# flights home Sunday morning" (not "booked on suspicion of murder", "booked into jail": an arrest)
BOOKED_UNTIL: Final = re.compile(r"(?i:\bbooked\s+(?:until|till|through\s+|on\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
                          r"(?:flights?|trains?|ferr(?:y|ies)|buses|coach(?:es)?|sailings?)\s+(?:home\s+|back\s+)?(?:on\s+)?)\s*)$")
# a noun and its participle before a date, the subject of the verb after it: "a storm moving in ", "the cold front
# arriving on ", "a system reaching the coast late "
PARTICIPLE_SUBJECT_BEFORE: Final = re.compile(r"\b(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}[a-z]{3,}ing\s+(?:[a-z]+\s+){0,2}?"
                                       r"(?:(?:in|on|by|late|early)\s+)?$")
MODAL_AFTER_SUBJECT: Final = re.compile(r"\s+(could|may|might|will|should)\s+(?!have\b|not\s+have\b)[a-z]")
# A plural noun, a participle and a deadline or a threshold, ending the subject before a date: "applications
# submitted before ", "passes bought after "
DEADLINE_OF_SUBJECT: Final = re.compile(r"\b[A-Za-z][a-z]*[^s'A-Z]s\s+(?:[a-z]+ed|bought|made|sent|paid|sold|received|taken|given|written|done|"
                                 r"got|gotten|put|won|built|brought|held|kept|left|lost)\s+"
                                 # (and where: "Trucks and parts loaded onto a ship or rail car before Thursday")
                                 r"(?:(?:onto|into|to|at|for|with)\s+(?:[\w-]+\s+){1,5}?)?"
                                 r"(?:before|by|until|after|from|no\s+later\s+than|(?P<in>in|on))\s+$")
# (a future told in the past, "would", "was expected to", is of the days either side of the DCT)
WILL_AFTER: Final = re.compile(r"\s+(?:will|(?P<would>would)|(?P<was>was\s+)?(?:is\s+)?(?:expected|set|due|scheduled|going|likely|"
                        r"forecast|tipped)\s+to)\s")
# a date's possessive and the noun it owns, a subject before "will" or "would": "Friday's thunderstorms would"
OWNED_SUBJECT_AFTER: Final = re.compile(r"['’]s(?:\s+[a-z][a-z-]*|\s+(?:at|in)\s+[A-Z][\w-]*){1,3}?"
                                 r"(?=\s+(?:will|would|(could|may|might|should))\s)")  # (the group: a verb of what may come)
# A day set for a launch: the verb that sets it before the date, the launch after it
LAUNCH_SET_BEFORE: Final = re.compile(r"(?i:\b(?:sets?|setting|announc(?:es|ed|ing)|announce|confirm(?:s|ed|ing)?|reveal(?:s|ed|ing)?|"
                               r"names?|named|naming|picks?|picked|targets?|targeted|targeting)\s+(?:an?|the|its|their)?\s*"
                               r"(?:new\s+|revised\s+|tentative\s+)?)$")
LAUNCH_AFTER: Final = re.compile(r" (?:(?:ransom\s+)?deadline|release|launch|premiere|debut|opening|on-sale|start|kick-?off|wedding|"
                          r"return|reopening|date|vote|election)\b")
LAUNCH_FIRST: Final = (" deadline", " ransom", " release", " launch", " premiere", " debut", " opening", " on-sale", " start", " kick",
                " wedding", " return", " reopening", " date", " vote", " election")
# A date that owns what has happened, which nobody plans: "investigators expect to publish findings on Monday's
# collision", "was cited after Sunday's 24-10 win over Wales" (up to two words before the noun, none of them one that
# starts a phrase of its own: "Monday's hearing into the crash" is a hearing's; nor one of what is only foreseen:
# "Sunday's planned outage")
HAPPENED_OWNED_AFTER: Final = re.compile(r"['’]s\s+(?:(?!(?:on|in|into|of|over|about|after|before|for|at|to|with|against|and|or|the|"
                                  r"a|an|planned|scheduled|expected|forecast|predicted|possible|likely|threatened)\s)"
                                  r"(?:\d+-\d+|[a-z]+(?:-[a-z]+)?)\s+){0,2}?(?:collision|crash|derailment|explosion|"
                                  r"blast|attack|shooting|stabbing|killing|murder|earthquake|quake|accident|incident|"
                                  r"collapse|win|victory|defeat|loss|rout|thrashing|bombing|massacre|ambush|outage|"
                                  r"blackout|breach|cyberattack|hack|riot)s?\b")
# A verb that answers what has been done, right before a date's possessive: "will appeal Wednesday's ruling", "would
# look for ways to get around Wednesday's ruling", "plans to challenge Monday's decision": what it answers is done
# already, whatever the verb's own tense (not "will attend Saturday's game", nor "will protest Saturday's visit")
ANSWERING_BEFORE: Final = re.compile(r"(?i:\b(?:appeal(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|contest(?:s|ed|ing)?|"
                              r"overturn(?:s|ed|ing)?|revers(?:e|es|ed|ing)|disput(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|"
                              r"condemn(?:s|ed|ing)?|critici[sz](?:e|es|ed|ing)|reject(?:s|ed|ing)?|"
                              r"(?:respond|react)(?:s|ed|ing)?\s+to|compl(?:y|ies|ied|ying)\s+with|"
                              r"(?:get|gets|getting|got)\s+around)\s+)$")
# What is bought, booked or come for ahead of a day's own event, right before the date's possessive: "Tickets for
# Saturday's gala cost €25 and sold out in under an hour", "3,000 people have registered to attend Thursday's
# ceremony", "fans arriving for Tuesday's 6:40 p.m. first pitch": the event is to come, whatever the verb's tense
AHEAD_OF_OWNED_BEFORE: Final = re.compile(r"(?i:\b(?:tickets?|seats?|places|passes|bookings?|reservations?|arriving|queueing|"
                                   r"queuing|lining\s+up)\s+for\s+|\bto\s+attend\s+)$")
# "will be most congested", "a highly anticipated launch": a word in -ed after these is an adjective
DEGREE_ADVERBS: Final = frozenset("most more less least very too highly heavily fully".split())
NEGATIONS: Final = frozenset(("not", "never"))
# "the full list of completed deals", "at reduced prices", "for injured workers": a word in -ed after a preposition
# is an adjective before its noun (a verb there would be in -ing: "of completing")
PREPOSITIONS_BEFORE_ADJECTIVE: Final = frozenset("of with for at in on among about into onto from".split())
# "he's moved", "it's expected": a pronoun's "'s" is "has" or "is", not a possessive ("Jakim's published schedule")
PRONOUN_S: Final = frozenset("he's she's it's that's there's what's who's here's where's".split())
ATTRIBUTIVE: Final = re.compile(r"(?i:\b(?:the|a|an|its|their|his|her|this|that)\s+)$")
# past forms that are also nouns or adjectives after "that" ("that cut", "that left flank"); any other past form
# after "that" is a verb in a relative clause ("screenings that began at 7 p.m. on Thursday")
NOUN_PAST: Final = frozenset("left rose felt won fell lost found ground".split())
VERB_OF_THAT_AFTER: Final = frozenset("at on in by to from after before during overnight".split())
# words before "cut", "hit", "set" ... that make it a noun ("one more cut", "rate cut", "tax cut", "big hit")
SAME_FORM_NOUN_BEFORE: Final = frozenset("more one rate tax price job pay wage spending budget interest big further deeper "
                                  "second third final half-point quarter-point".split())
NOUN_PREPOSITIONS: Final = frozenset("on in at of from off into onto".split())  # before a noun, never a verb ("on set")
SAME_FORMS: Final = frozenset("cut hit set put let shut quit cost hurt spread bid cast upset read".split())  # past = present = noun
MODAL_ADVERBS: Final = frozenset("only also not still never probably likely then soon just first again".split())
PAST_ADVERBS: Final = frozenset("ago yesterday last earlier previously previous recently".split())
TARGET_AFTER: Final = frozenset("to until till for".split())
SAID_ON: Final = frozenset(("on", "in"))  # (the preposition of a saying's own date)
TO_QUANTITY: Final = re.compile(r"\bto\s+[$£€]?\d[^,;:!?\n]*$")  # "lowered to 76 per cent in ", "cut to $4.50 a share on "
FIRM_PLANS: Final = frozenset(("due", "scheduled", "slated"))  # a plan told by its own word, however far back in the clause
FIRM_FUTURE: Final = frozenset("will must 'll wo shall scheduled due slated upcoming tomorrow set".split()) | WILL_CONTRACTIONS - {"wouldn't"}  # "set to shut by"
FIRM_PAST_BEFORE: Final = frozenset("was were had he she it they we i who which".split())
PERFECT: Final = frozenset("has have 's 've".split())
NOUN_AFTER: Final = DETERMINERS | frozenset("next first another each every no any".split())
# Words of FUTURE_WORDS that are a noun's modifier after a determiner or a possessive ("the council's planning
# committee", "a planning application"; but "his plans after May" still point ahead)
NOUN_FUTURE: Final = frozenset(("planning", "forecasts"))  # ("its forecasts for Saturday": a noun)
# before "forecasts", words that make it the noun: "faster than the 0.8% rise in the June quarter and above forecasts"
FORECASTS_NOUN_BEFORE: Final = frozenset("above below beat beats beating missed misses than of with to and or in for on from "
                                  "latest new previous earlier official revised".split())
# Verbs of saying: their tense is the report's, not always the tense of the date they carry.
SAYING: Final = frozenset("said told announced reported added noted stated explained wrote confirmed".split())
REPORTING: Final = SAYING | frozenset("disclosed revealed predicted forecast warned estimated expected projected indicated "
                               "signaled signalled".split())
# "was ordered to surrender by Jan. 6", "urged travellers to ...": what they were told to do comes after.
DIRECTIVE: Final = frozenset("ordered told asked required urged directed instructed advised encouraged forced "
                      "given allowed authorized authorised".split())
# "wanted to present a package by Thursday", "passengers booked to travel on Saturday": what was meant or arranged
# to be is not past with the meaning ("hoped to" is read before these, as a time to come: FUTURE_BEFORE_NEXT)
# ... and with "for": "had hoped for a delay until after Easter" (not "called for calm on Monday": the call's day)
INTENT_FOR: Final = frozenset("hoped planned aimed booked".split())
INTENT: Final = frozenset("hoped planned aimed wanted intended sought promised vowed pledged agreed decided prepared offered committed "
                   "threatened tried attempted booked".split())
# ... and what is hoped or aimed for, in any tense: "hopes to have offered a first dose by July"
HOPING: Final = INTENT | frozenset("hope hopes aim aims plan plans expect expects want wants intend intends".split())
# ... in any form, with an object before the infinitive: "urging patients to collect", "want that protection to peak"
# (not "plans", "aims", "orders", also nouns; nor "expects", read as a verb of its own)
URGING: Final = DIRECTIVE | INTENT | frozenset("urge urges urging ask asks asking tell tells telling advise advises advising "
                                        "encourage encourages encouraging want wants wanting".split())
NOT_INFINITIVE: Final = frozenset("with by at in on for from of about and or than as into over under".split())
URGING_REACH: Final = 12  # words from such a verb to the "to" of its infinitive
# "went ahead on Tuesday", "pressed ahead with": "ahead" after a verb of going on is that verb's (a past form
# tells the past; "will go ahead", "is going ahead" leave it to the word before)
AHEAD_VERBS: Final = frozenset("go goes going gone went press presses pressing pressed push pushes pushing pushed forge "
                        "forges forging forged move moves moving moved plough ploughed plow plowed".split())
AHEAD_PAST: Final = frozenset("went gone pressed pushed forged moved ploughed plowed".split())
# "as expected", "as (originally) planned", "as scheduled": that something went, or goes, the way foreseen, not
# that it is to come ("On Tuesday, as expected, the bank raised rates")
AS_FORESEEN: Final = frozenset("expected planned scheduled anticipated intended".split())
NOT_PAST_ED: Final = frozenset("need speed seed bed red hundred proceed succeed indeed united based led feed deed "
                        "embed shed wed breed bleed weed exceed".split())
# the first words of a compound that makes an adjective of a participle ("self-guided tours", "a long-awaited report",
# "so-called", "newly-elected"): no verb
ADJECTIVE_COMPOUND_FIRST: Final = frozenset("self well ill long much so half hard newly".split())
AFTER_PREDICATIVE: Final = frozenset("for to by with at on in from as about of".split())

# Words in un-...-ed are adjectives ("unexpected", "unspecified") except these verbs.
UN_VERBS: Final = frozenset("uncovered unveiled unleashed undermined unlocked unloaded unraveled unravelled unearthed "
                     "unfolded unfurled unplugged unpacked untied unwrapped unsealed unseated unnerved unsettled "
                     "underscored underlined underestimated".split())


# "could come ashore late Friday", "might reach the coast by Friday afternoon": what may happen is to come; but
# "could not be reached Friday", "could have won on Sunday" tell of what was.
# ("can be returned until August 31", "should clear by Friday", "Shoppers may see gaps on some shelves from Thursday")
POSSIBLE: Final = frozenset(("could", "might", "can", "should", "may"))
NOT_POSSIBLE_AFTER: Final = frozenset("not have never hardly".split())
FAR_PLANS: Final = frozenset("plans plan intends intend aims aim hopes hope".split())  # ... to: a plan, read further back too
NEGATIVE_SUBJECT: Final = frozenset(("neither", "nor", "nobody", "none"))  # "none could"; and "no one could be reached" (not
# "no doubt the bill could pass Friday")
FAR_POSSIBLE: Final = frozenset(("could", "might", "should"))  # read further back too (not "can": "can" tells of what is)

# "the schedule, which runs from Oct. 26", "who turns 80 on Friday": a present tense in a relative clause tells what
# is arranged, which lies ahead (a past one would read "ran", "turned"); so "what happens there in January". Only
# after "which", "who" or "what": "that" may be a determiner and a word in -s after it a plural noun.
RELATIVE: Final = frozenset(("which", "who", "what"))
NOT_PRESENT_S: Final = frozenset("is has was does his its us this".split())
NOT_PLURAL_SUBJECT: Final = frozenset("remains stays keeps seems looks sets gets always perhaps".split())  # "remains open"
COMPARED_AFTER: Final = frozenset(("with", "to"))  # "up 6% compared with last winter": a comparison, not a past event

# "Scattered storms are possible Wednesday afternoon", "showers are likely Thursday", "backup opportunities are
# available Friday": what is forecast or on offer lies ahead (but "was possible", and "it is likely he left on
# Monday" has its own verb nearer the date)
PROSPECT: Final = frozenset(("possible", "likely", "available"))
PRESENT_BE_STATE: Final = frozenset("is are 's 're remain remains".split())  # ("remain available Friday")

# "There is a meeting at the public library on Thursday": what there is, on a day, is to come ("there was" tells
# of one gone by)
THERE_IS: Final = frozenset(("is", "are", "there's"))

# "The two meet for their final debate Thursday", "Lawmakers return Monday": a plural subject's present tense of
# a scheduled going is to come, as "meets", "returns" are (but "a track meet", "the tax return", "did not meet")
PLURAL_SCHEDULE: Final = frozenset("meet return convene reconvene resume arrive depart debut premiere go head fly".split())
DEBUT_NOUNS: Final = frozenset(("premiere", "debut"))  # nouns as often as verbs; after one of these, nouns
DEBUT_KINDS: Final = frozenset("world season series stage screen broadway directorial european global national uk us london "
                        "professional international senior".split())
HEAD_FOR: Final = frozenset("to for into back home out off".split())  # "Voters head to the polls on Sunday": the verb
# Verbs of a schedule that are also adjectives or nouns ("remained open", "a good start"): to come only right after a
# plural noun, their subject ("Applications open on Monday", "Polls close at 10pm", "Classes start in January")
PLURAL_SUBJECT_SCHEDULE: Final = frozenset("open reopen close begin start end".split())
# verbs whose object "open" after it describes ("kept the stores open", "left the doors open"): no schedule
KEEP_VERBS: Final = frozenset("keep keeps kept keeping leave leaves left leaving hold holds held holding".split())
NOT_PLURAL_VERB_BEFORE: Final = frozenset("a an the this that its his her their our my your tax to did didn't not never "
                                   "would could should will can must may might".split())

# "Sundowns host Stellenbosch on Sunday", "the Springboks face Italy on Saturday", "City travel to Durban": a
# fixture told in the present is to come. Only before a name (or "to" a place): "air travel on Sunday", "a state
# visit on Monday", "schools face cuts" are no fixture.
FIXTURE_VERBS: Final = frozenset("host hosts face faces play plays welcome welcomes entertain entertains visit travel".split())
# a journey told in the present is to come too: "She flies to Munich on Friday", "leaves for Santiago Saturday
# morning" (not after a determiner: "the leaves in October")
JOURNEY_VERBS: Final = frozenset(("flies", "leaves", "sails"))

# Cues read only before the date, not after it: "in late March so the governor can act", "break in late March ...,
# then return": a "can" or a plural present after the date is another clause's
BEFORE_ONLY: Final = frozenset(("can",)) | PLURAL_SCHEDULE | PLURAL_SUBJECT_SCHEDULE

# Only these words (lowercased) and words ending in "ed" can signal a tense: anything else is skipped unread.
# (tagger.tag reads a curly apostrophe as a straight one before anything here sees the text)
# A verb of telling whose past is its present and a noun, and the prepositions of a time told right after it
SAME_FORM_TOLD: Final = frozenset(("forecast", "broadcast"))
# "its next crop forecast", "the latest growth forecast": two words before, one of these makes the word a noun
NOUN_SERIES_BEFORE: Final = frozenset("next latest new updated revised own first final".split())
PARTICIPLE_PLACE_AFTER: Final = frozenset(("at", "on", "in", "inside", "outside", "near", "during", "from"))
TIME_PREPOSITIONS: Final = frozenset(("in", "on", "at", "during"))
# irregular participles unlike their past ("taken", not "took"), which tell a tense only after "has", "have", "had"
# (not "given": "has given the company until 3 March" sets a deadline; nor "gone", "been", "done": "has gone on sale")
PERFECT_PARTICIPLES: Final = frozenset("taken seen written shown grown drawn thrown driven ridden risen spoken stolen "
                                "broken chosen fallen beaten eaten forgotten hidden flown worn torn sworn woken".split())
CUE_WORDS: Final = frozenset(FUTURE_WORDS | PAST_WORDS | SAME_FORM_TOLD | {"must"} | POSSIBLE | PROSPECT | THERE_IS | PLURAL_SCHEDULE | FIXTURE_VERBS \
    | PLURAL_SUBJECT_SCHEDULE | JOURNEY_VERBS \
    | frozenset(FUTURE_BEFORE_NEXT) | {"become", "runs", "lay", "goes"} | PERFECT_PARTICIPLES)


OBLIGED: Final = frozenset(("required", "obliged", "obligated"))


def _cue(w: str, previous: str | None, following: str | None) -> str | None:
    """The tense a word signals, given the words either side of it; `w` is lowercased and already passed the
    quick test the callers run on every word: in CUE_WORDS or ending in "ed" (most words are neither)."""
    if previous and previous.lower() == "than" or w == "earlier" and following and following.lower() == "than":
        return None  # "stronger than expected", "later than planned", "two weeks earlier than last year": a comparison,
        # no tense
    before = previous.lower() if previous else None
    if w == "going" and before in ("was", "were") and (following or "").lower() not in ("to", "ahead"):
        return "past"  # "A box was going for $38 at one stall on Wednesday": the past progressive, not "going to"
    if w in SPECIAL_CUES:  # (one look rules out the words read apart below: most cue words are none of them)
        if w in AS_FORESEEN and previous and previous.lower() == "as":
            return None
        if w in SAME_FORM_TOLD:
            # "sooner than it forecast in August", "the interview it broadcast on Sunday": the verb's past, its time
            # right after it (not "the forecast in August", "will broadcast on Sunday", "forecast a cut in March");
            # but "Snow is forecast on Wednesday", "is broadcast on Sunday": what is forecast or scheduled is to come
            if previous and previous.lower() in PRESENT_BE_STATE:
                return "future"
            if before == "be":
                return None  # "will be broadcast on BBC Radio 4 from Monday": the word before "be" tells
            return "past" if following and following.lower() in TIME_PREPOSITIONS and previous \
                and previous.lower() not in DETERMINERS and previous.lower() not in BASE_FORM_AFTER else None
        if w in POSSIBLE:
            # ("might not be ready before Monday" is still to come; "could not reach him on Tuesday" may have been)
            return "future" if following and (following.lower() not in NOT_POSSIBLE_AFTER
                                              or w == "might" and following.lower() == "not") else None
        if w in PROSPECT:
            # "is available Thursday"; and a forecast told in the past, "showers were possible Sunday night" (but
            # "tickets were available Thursday": they were)
            return "future" if before in PRESENT_BE_STATE or before in BE_PAST and w != "available" else None
        if w in PLURAL_SCHEDULE:
            if w == "head" and (following or "").lower() not in HEAD_FOR:
                return None  # "serious head injuries", "lost head coach Jim Harbaugh": a noun
            if previous and w in DEBUT_NOUNS and previous.lower() in DEBUT_KINDS:
                return None  # "will stage the world premiere on Nov. 12", "her Broadway debut": a noun
            return "future" if previous and previous.lower() not in NOT_PLURAL_VERB_BEFORE else None
        if w in PLURAL_SUBJECT_SCHEDULE:
            plural = previous is not None and previous.isalpha() and previous[-1:] == "s" and previous[-2:] != "ss" \
                and previous.lower() not in NOT_PRESENT_S and previous.lower() not in NOT_PLURAL_SUBJECT
            # (or after "which" or "that", whose noun is plural: "the school holidays, which begin on Saturday")
            return "future" if plural or previous is not None and previous.lower() in ("which", "that") else None
        if w in JOURNEY_VERBS:
            return "future" if previous and previous.lower() not in NOT_PLURAL_VERB_BEFORE else None
        if w in FIXTURE_VERBS:
            named = following is not None and (following[:1].isupper() or w == "travel" and following.lower() == "to")
            return "future" if named and previous and previous.lower() not in NOT_PLURAL_VERB_BEFORE else None
        if w in THERE_IS:  # (not "there's been")
            there = w == "there's" and (following or "").lower() != "been" or previous is not None and previous.lower() == "there"
            return "future" if there else None
        if w == "runs":  # "The agreement runs out at 11:59 p.m. Saturday", "runs through Tuesday", "a series that runs
            # into mid-April": as "expires" and "ends" (not "runs from June 1")
            # ("the reprieve runs only until the end of September": what runs, only so long)
            return "future" if following and following.lower() in RUNS_ON else None
        if w == "goes":  # "The novel goes on sale Tuesday", "the site goes live on Monday": as "opens", a schedule
            return "future" if following and following.lower() in GOES_SCHEDULE else None
        if w == "lay":  # "On Tuesday night I lay awake": lie's past after its subject (not "will lay off", "lay eggs")
            return "past" if before in LIE_SUBJECTS else None
        if w == "must":  # "ballots must arrive by 7 p.m.": what is required is to come (not "must have left")
            return "future" if following and following.lower() not in ("have", "'ve", "not") else None
        if w == "ahead" and previous and previous.lower() in AHEAD_VERBS:
            return "past" if previous.lower() in AHEAD_PAST else None
        if w == "ahead" and following and following.lower() == "of":
            return None  # "Just ahead of Albright's trip, the State Department on Sunday issued": before, not to come
        if w in NOUN_FUTURE and previous and (previous.lower() in DETERMINERS or previous.endswith("'s")
                                              or w == "forecasts" and previous.lower() in FORECASTS_NOUN_BEFORE):
            return None  # "were approved by the planning committee on Thursday": a noun's modifier
        if w == "planning" and previous and (previous.lower().endswith("ed") or previous.lower() in ("began", "begun")):
            return "past"  # "We started planning for this week in the summer": the planning has begun
        if w == "headed" and previous and previous.lower() in HEADED_AFTER:
            return "future"  # "Republicans appear headed to runoffs on May 28", "is headed for a vote in June": where
            # things are going
        if w in ("plans", "plan") and previous and previous.lower().endswith("ed"):
            return None  # "The applicant first filed plans in March": the object of a verb gone by, a noun
        if w == "got" and before is not None and (before in PERFECT or before.endswith(("'ve", "'s"))):
            return None  # "We've got a week's training camp in Portugal in mid-July": have, no tense of its own
        if w == "become":  # a participle the same as its base form: "has become the surprise hit of Broadway's summer"
            return "past" if before in PERFECT or before == "had" else None
        if w in PERFECT_PARTICIPLES:  # "have taken seven points from three games": a perfect, gone by (not "is taken")
            if before in PERFECT or before == "had":
                return "past"
            # "the side beaten at Bristol City on Saturday", "an image taken inside the bar": a participle after its
            # noun, of what was done (not "will be beaten", "the beaten side")
            return "past" if following and following.lower() in PARTICIPLE_PLACE_AFTER and before is not None \
                and before.isalpha() and before not in PASSIVE_BEFORE and before not in BASE_FORM_AFTER \
                and before not in DETERMINERS and before not in PERFECT else None
    if w[-1:] == "s" and w in FUTURE_WORDS and before is not None \
            and (before in NUMBER_WORDS or before.isdigit() or before in NOUN_S_BEFORE):
        return None  # "in his previous five starts", "12 visits", "processed about 280,000 returns" (the figure is no
        # token), "tax returns": things counted or named, no verb (but "his plans after May" still look ahead)
    if w[-3:] == "ing" and before in PHASE_VERBS:
        return None  # "letters began going out on Monday", "kept planning": a gerund, told by the verb before it
    if w in FUTURE_WORDS or (w in FUTURE_BEFORE_NEXT and following and following.lower() in FUTURE_BEFORE_NEXT[w]
                             and not (w in OBLIGED and before in BE_PAST)  # ("were required to": read as "were
                             # ordered to" is, below)
                             and not (w in BASE_FORMS_NEXT and following.lower() != "place"
                                      and (before in BASE_FORM_AFTER or before in NOT_PRESENT_BEFORE))):
        # (a base form's tense is told before it: "did not take effect until March", "was due to take effect")
        return "future"
    if w in BE_PAST and following and following.lower() in FUTURE_WORDS:
        return "future"  # "were planning to drive ... on Monday", "was expected to": what was coming then
    if w in PAST_WORDS:
        if w == "last" and following and following.lower() not in LAST_OF_TIME:
            return None  # "with last entry at 3pm", "last orders": final, not gone by
        if (before in PASSIVE_BEFORE or before in BASE_FORM_AFTER and not (before in NAME_MODALS and previous[:1].isupper())) \
                and w not in FINITE_PAST:
            return None  # "will be held", "is paid": a participle; "would cut", "did put": a base form (but
            # "Theresa May said", "Will told": a name)
        if before in NOUN_AFTER and w not in FINITE_PAST and (before != "that" or w in NOUN_PAST or w in SAME_FORMS) \
                and not (before == "that" and w in NOUN_PAST
                         and (following is None or following.lower() in VERB_OF_THAT_AFTER or following[:1].isdigit())):
            return None  # "the next cut in November", "a big hit": a noun (but "screenings that began"; and "the side
            # that won 2-0 at Garforth on Tuesday", "the jet that left on Monday": before a score or a preposition, a verb;
            # so right before the date, "snow that fell Sunday night")
        if w in SAME_FORMS and (before in SAME_FORM_NOUN_BEFORE or following is not None and following.lower() == "of"
                                or before is not None and "-" in before or before in NOUN_PREPOSITIONS):
            return None  # "one more cut this year", "a rate cut in March", "its next full set of forecasts in
            # February", "a 25-basis-point cut on Friday" (after a compound adjective), "is due on set in Belfast at
            # the end of June" (after a preposition): a noun
        return "past"
    if w.endswith("ed") and len(w) > 4 and w.rpartition("-")[2] not in NOT_PAST_ED:  # (not "high-speed")
        if "-" in w and ((first := w.partition("-")[0]) in ADJECTIVE_COMPOUND_FIRST or first[-2:] == "ly") \
                and following is not None and following.isalpha() and following.lower() not in AFTER_PREDICATIVE:
            return None  # "will be open for free self-guided tours on Sunday": an adjective before its noun (not
            # "were ill-prepared for the winter rains", whose "were" is read as the adjective)
        if w == "compared" and following and following.lower() in COMPARED_AFTER:
            return None
        if before in PASSIVE_BEFORE or following and following.lower() == "by":
            return None  # "to be followed", "is expected", "followed by half-year results": not a past event
        if before in DETERMINERS and before != "that" or (w.startswith("un") and w not in UN_VERBS) \
                or before in QUANTIFIERS and "-" in w or before in EVERY_WORDS \
                or before in DEGREE_ADVERBS or before is not None and before.endswith("'s") and before not in PRONOUN_S \
                or before in PREPOSITIONS_BEFORE_ADJECTIVE \
                or before in COUNT_WORDS and following is not None and following.isalpha() and following.islower() \
                and following not in NOT_NOUN_AFTER_COUNT:
            # ("two televised debates in mid-October": an adjective between a count and its noun; not "the two fled
            # the scene on Monday")
            return None  # "the reduced dividend", "an unspecified date", "some family-owned boats", "most congested",
            # "Jakim's published schedule", "the list of completed deals": an adjective (but "the year that ended on
            # Sunday": a verb in a relative clause)
        return "past"
    return None


BASE_FORMS_NEXT: Final = frozenset(("take", "come"))  # of FUTURE_BEFORE_NEXT: a plural present, or a base form after these
NOT_PRESENT_BEFORE: Final = frozenset(("to", "not", "never", "n't"))
# (what "runs" is read with: FUTURE_BEFORE_NEXT's words for it, which this case reads first, and "runs out")
RUNS_TO_END: Final = FUTURE_BEFORE_NEXT["runs"] | {"out"}
RUNS_ON: Final = RUNS_TO_END | {"only", "just"}  # the words after "runs" that make it a schedule's ("runs only until")
WILL_SHALL: Final = frozenset(("will", "shall", "'ll"))
LIE_SUBJECTS: Final = frozenset("i he she we they".split())  # before "lay", the past of "lie" (the present would be "lie(s)")
# The words _cue reads apart, before the tests that every other cue word goes through
GOES_SCHEDULE: Final = frozenset(("on", "live", "ahead", "into", "up"))  # "goes on sale", "goes live", "goes into effect"
SPECIAL_CUES: Final = AS_FORESEEN | SAME_FORM_TOLD | POSSIBLE | PROSPECT | PLURAL_SCHEDULE | PLURAL_SUBJECT_SCHEDULE | FIXTURE_VERBS \
    | JOURNEY_VERBS \
    | THERE_IS | NOUN_FUTURE | PERFECT_PARTICIPLES | {"must", "ahead", "planning", "plans", "plan", "got", "become", "headed",
                                                      "runs", "lay", "goes"}

# (a word of the name may hold dots, "U.S.", "3.5", but none ends one: "published by Stats NZ last August. From 3
# November, employers will have to ..." is another sentence's date)
RELEASED_BY: Final = re.compile(r"(?<!\bbe\s)(?<!\bbeing\s)\b(?:released|published|issued)\s+by\s+"
                         r"(?:(?:(?:[A-Za-z]\.)+|[\w'’&-]+(?:\.[\w'’&-]+)*)\s+){1,10}?(?:on\s+|late\s+|early\s+)?$")
# a source a statement is attributed to, and its day: "will begin on July 28, according to a statement on Sunday"
# (not a day the source's words are for: "according to forecasts for Sunday", "according to plans until May")
ACCORDING_TO_BEFORE: Final = re.compile(r"\baccording\s+to\s+(?:(?:(?:[A-Za-z]\.)+|[\w'’&-]+)\s+){1,8}?"
                                 r"(?<!\bfor\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bby\s)(?<!\bto\s)(?<!\bthrough\s)(?<!\bbefore\s)"
                                 r"(?:on\s+|late\s+|early\s+)?$")
# (and a period's end told in the present, to come: "by 23 October, when the three-month period ends"; not "begins",
# "opens": a story's present may be historical, "on Monday, when the trial opens, ...")
WHEN_AFTER: Final = re.compile(r", when\s+(?:[\w'’-]+\s+){1,4}?(?P<v>will|'ll|was|were|(?:is|are)\s+(?:expected|forecast|due)|"
                        r"ends|expires|lapses|runs\s+out)\b")
# "until they appear before a magistrate on": a clause of time after "until", its subject a pronoun (or a name, or
# "the" and a noun: "before Parliament rises for the year on"), the date in it
UNTIL_PRONOUN_BEFORE: Final = re.compile(r"\b(?:until|till|before|once|after)\s+(?P<s>they|we|you|he|she|it|[A-Z][a-z]+|the\s+[a-z]+)"
                                  r"\s+(?P<v>[a-z]+)\b[^,.;:!?\n]*$")  # ("before Parliament rises", "until the storm passes")
NOT_PRESENT: Final = frozenset("was were had did could would might should must ought".split())


NEXT_STEP_VERBS: Final = frozenset("rises returns resumes reconvenes meets sits opens closes ends begins starts passes arrives "
                            "leaves expires votes decides rules reports publishes is has".split())


def _present_after_pronoun(subject: str, verb: str) -> bool:
    """Whether `verb` after the subject `subject` (a pronoun, a name or "the" and a noun) is in the present tense
    ("they appear", "he returns", "it is", "Parliament rises")."""
    if verb in NOT_PRESENT or verb in PAST_WORDS or verb.endswith("ed"):
        return False
    if subject in ("they", "we", "you"):
        return True
    if subject in ("he", "she", "it"):
        return verb.endswith("s")
    # a name or a noun in the singular, before a verb of what a body or a happening does next ("before Parliament
    # rises for the year on Thursday", "until the storm passes"; not "after Israeli airstrikes on Monday killed")
    return verb in NEXT_STEP_VERBS


# A Markdown headline with an infinitive for its verb ("# Union to strike on Monday"), and the words after it
HEADLINE_TO: Final = re.compile(r"#{1,6}[ \t]+[^\n]*?\bto\s+[a-z]+\b(?P<rest>[^\n]*)")
PLAIN_HEADLINE_TO: Final = re.compile(r"[^\n]*?\bto\s+[a-z]+\b(?P<rest>[^\n]*)")


def _plain_headline(text: str, line: int, i: int) -> bool:
    """Whether the text's first line, which starts at `line` (only blank lines before it) and holds text[i], is a
    headline: no longer than HEADLINE_LENGTH, a blank line after it, and no full stop at its end."""
    nl = text.find("\n", i)
    return 0 < nl - line <= HEADLINE_LENGTH and starts_at(text, "\n\n", nl) and text[nl - 1] not in ".!?\"”'’"


HEADLINE_LENGTH: Final = 160
HEADLINE_PAST: Final = re.compile(r"\b(?:[a-z]+ed|was|were|said|says|broke|fell|rose|won|lost|met|came|went|left|took|gave|held|"
                           r"told|began|ran|saw|had|since|after|from|ago|last)\b")


def _headline_past(rest: str) -> bool:
    """Whether the words of a headline after its infinitive, up to a date, tell of a past: a verb of its own or
    "since", "after", "from" ("Crew to strike after talks collapsed on Monday"); but "from" right before the date is
    where what is to come starts ("Botox providers to need a licence from October")."""
    return HEADLINE_PAST.search(rest[:-5] if rest.endswith(" from ") else rest) is not None


ASIDE_REACH: Final = 40  # characters from a date to the end of the aside in brackets after it


def tense_at(text: str, start: int, end: int) -> str | None:
    """"past", "future" or None for the expression at text[start:end], from the nearest cue in its clause."""
    return tense_cue(text, start, end)[0]


DAY_SUBJECT_BEFORE: Final = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|\b(?:[Aa]s|[Bb]ecause|[Ss]ince|said|says|that|[Ii]f|[Ww]hen|[Ww]hile)\s+)$")


SAID_DAY_SUBJECT_BEFORE: Final = re.compile(r"\b(?:said|says|say|predicted|predicts|expect|expects|expected|forecast|forecasts|"
                                     r"think|thinks|believe|believes)\s+$")
MODAL_AFTER_SUBJECT_DAY: Final = re.compile(r"(?:\s*(?:,|and|or|&)\s*[A-Z][a-z]+day)*\s+(?:would|will|could|might|should)\s+"
                                     r"(?:probably\s+|likely\s+|also\s+|still\s+)?(?:be|bring|see)\b")


# A word of approximation between a preposition and what it governs ("targeted for around 0300 UTC", "until about
# 10pm"), which the cues ending in the preposition are read without
APPROXIMATE_AFTER_PREPOSITION: Final = re.compile(r"(?i:\b(?:for|at|by|until|till|from|to|on|before|after)\s+"
                                           r"((?:around|about|approximately|roughly|circa)\s+))$")
APPROXIMATE_ENDS: Final = ("around ", "about ", "approximately ", "roughly ", "circa ")
# "with" and a noun, then a participle and the preposition of its time: "with results released on"
# (not one of a plan, which tells what is to come: "with a decision expected by February")
WITH_PARTICIPLE_BEFORE: Final = re.compile(r"\bwith\s+(?:[\w'’-]+\s+){1,4}?(?!(?:expected|scheduled|planned|slated|timetabled|forecast|"
                                    r"projected|pencilled|penciled|targeted|earmarked)\b)[a-z]+ed\s+(?:on|at|by|from|in)\s+"
                                    r"(?:[\w:.]+\s+(?:on\s+)?)?$")
# a plan set off by a comma before the time ("A Cathay Pacific flight, due to land at 6.15am on Tuesday, was sent to
# Taipei") and the past verb after the comma that closes it
PLAN_ASIDE_BEFORE: Final = re.compile(r",\s+(?:due|scheduled|set|expected|slated|timetabled)\s+to\s+[a-z]+\s+(?:[\w.:]+\s+){0,3}?"
                               r"(?:at|on|by|in|for)\s+(?:about\s+|around\s+)?$")
PAST_AFTER_PLAN_ASIDE: Final = re.compile(r"[^,.;:!?\n]{0,40},\s+(?:was|were|had|[a-z]+ed)\b")


# a second day joined to a date: "Between Monday night and Wednesday morning, as much as 14 inches of rain fell",
# "on Dec. 3 and Dec. 4"
JOINED_DAY_AFTER: Final = re.compile(rf"\s+(?:and|or|to|through|until|till)\s+(?:(?:early|late)\s+)?(?:on\s+)?"
                              rf"(?:{WEEKDAY_FULL}(?:\s+(?:morning|afternoon|evening|night))?|"
                              rf"{MONTH_ANY}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_FULL})")
JOINED_DAY_FIRST: Final = (" and ", " or ", " to ", " through ", " until ", " till ")


def tense_cue(text: str, start: int, end: int) -> tuple[str | None, bool]:
    """tense_at's tense, and whether it is firm: told by a verb of the happening itself ("began on Oct. 7"),
    not by a verb of saying ("said on Thursday it would ...", "announced in December"), whose tense is the
    report's and often not the date's. A date joined to a second one that nothing near the first tells the tense
    of shares the clause's verb with the second, which may stand after it ("Between Monday night and Wednesday
    morning, as much as 14 inches of rain fell")."""
    cue = _tense_cue(text, start, end)
    if cue[0] is None and text.startswith(JOINED_DAY_FIRST, end) and (pair := JOINED_DAY_AFTER.match(text, end)) is not None:
        return _tense_cue(text, start, pair.end())
    return cue


def _tense_cue(text: str, start: int, end: int) -> tuple[str | None, bool]:
    """tense_cue's reading of the words around text[start:end]."""
    if starts_at(text, " (", end) and 0 < (close := text.find(")", end + 2, end + ASIDE_REACH)) \
            and "\n" not in text[end:close] and "(" not in text[end + 2:close]:
        end = close + 1  # "At 5:52 a.m. CST (11:52 UTC) agents found ...": the clause goes on after the aside
    lo = start - WINDOW if start > WINDOW else 0
    left = text[lo:start]
    if left.endswith(APPROXIMATE_ENDS) and (approximate := APPROXIMATE_AFTER_PREPOSITION.search(left, len(left) - 24)):
        left = left[:approximate.start(1)]  # "with touchdown targeted for around 0300 UTC": the cue is before the word
    if "with " in left[-60:] and WITH_PARTICIPLE_BEFORE.search(left, len(left) - 60) is not None:
        return None, False  # "will run for three weeks, with results released on December 15", "with tickets released
        # at 10am on Wednesday": a participle after "with" and its noun tells no tense of its own (the nearest such day)
    if ", promised by " in left[-16:]:
        return "future", False  # "the software fix, promised by Dec. 15, does not work": what is promised is to come
    if ", " in left[-60:] and PLAN_ASIDE_BEFORE.search(left, len(left) - 60) is not None \
            and PAST_AFTER_PLAN_ASIDE.match(text, end) is not None:
        return None, False  # "A flight from Dubai, scheduled to land at 11.05pm, circled over Haryana": the plan as it
        # stood, set off by commas, of a happening told in the past; the nearest such time
    if left[-1:] == " " and SAID_DAY_SUBJECT_BEFORE.search(left, len(left) - 14) \
            and MODAL_AFTER_SUBJECT_DAY.match(text, end):
        # "forecasters said Wednesday and Thursday would probably be the hottest days": the day is the subject of
        # what is said, to come (not "said Wednesday that ...", the saying's day)
        return "future", True
    if text.startswith((" is ", " are "), end) and text[end - 3:end] == "day" and DAY_SUBJECT_BEFORE.search(left, len(left) - 12) \
            and text[start:end].lower() in WEEKDAYS:  # (a weekday's name alone, "Monday", as a subject is)
        # "Monday is a public holiday", "As Sunday is Republic Day, ...": a weekday the subject of the present is
        # today's or one to come
        return "future", False
    if ("premium" in left or "discount" in left) and (CLOSE_ON_BEFORE.search(left, len(left) - 30)
                                                      or CLOSE_AFTER.match(text, end)) and PREMIUM_BEFORE.search(left):
        # "Northfield will pay $62 a share, a premium of 41% to Calder's closing price on Tuesday", "a 20% premium to
        # Friday's close": a premium counted is counted from a price already made, whatever the offer's tense
        return "past", True
    if text.find("already", end, end + 50) >= 0 and ALREADY_FULL_AFTER.match(text, end) is not None:
        # "its 8.55pm crossing on Tuesday was already full for cars", "several July sailings were already close to full",
        # "trains on the Friday before the holiday were already 90% sold": what is full or sold before its day is for
        # a day to come
        return "future", True
    if starts_at(text, ",", end) and (aside := _participle_aside(left)) is not None \
            and aside[-2:] != "ng" and aside not in NOT_PAST_ED and aside not in FUTURE_WORDS:
        # "The plan, agreed with both sides at a meeting in Geneva on Wednesday, aims to deliver food", "The new map,
        # drawn by Democratic lawmakers in August, could flip five seats": the date is of
        # the participle phrase set off by commas, done then (not of the verb after it; nor a plan's: "The
        # chancellor's speech, expected mid-morning, is the big moment")
        return "past", True
    if "according to " in left[-90:] and ACCORDING_TO_BEFORE.search(left, len(left) - 90):
        # "will begin on the night of July 28, according to a statement on Sunday": the day the source spoke, gone
        # by (not the day of what it says will happen)
        return "past", False
    if "by " in left[-80:] and RELEASED_BY.search(left, len(left) - 90):
        # "will go down as the most extreme, according to figures released by the Oxley Park observatory on Sunday":
        # what has been released, by whom, was released on that day (not "will be released by the ONS on Tuesday")
        return "past", False
    if starts_at(text, ", when ", end) and (when := WHEN_AFTER.match(text, end)) is not None:
        # "conditions looked better for Sunday, when the comet will still be nearly as bright": the clause that
        # tells of the day says when it is
        return ("past" if when.group("v") in ("was", "were") else "future"), True  # (", when demand is expected to peak")
    if ("until " in left or "till " in left or "before " in left or "once " in left or "after " in left) \
            and (until := UNTIL_PRONOUN_BEFORE.search(left)) is not None \
            and _present_after_pronoun(until.group("s"), until.group("v")):
        # "ordered three people held until they appear before a magistrate on Friday": a clause of time in the
        # present tells of what is to come, whatever the tense of the verb it bounds
        return "future", False
    # (a headline is short: its "#" is within WINDOW, and so in `left`, the text before the date)
    if "#" in left and (line := lo + left.rfind("\n") + 1 if "\n" in left else 0 if lo == 0 else -1) >= 0 \
            and starts_at(text, "#", line) and (head := HEADLINE_TO.match(text, line, start)) \
            and not _headline_past(head.group("rest")):
        # A headline's infinitive is what is to come: "Rheinflug cabin crew to strike on Monday and Tuesday", "Fed to
        # raise rates in March" (not "Crew to strike after talks collapsed on Monday": that verb's)
        return "future", True
    if lo == 0 and " to " in left and not left[:(line := left.rfind("\n") + 1)].strip() and _plain_headline(text, line, end) \
            and (head := PLAIN_HEADLINE_TO.match(text, line, start)) and not _headline_past(head.group("rest")):
        return "future", True  # so in a plain text's headline, its first line: "Heatwave to peak on Wednesday with
        # 35C possible in London, Met Office says"
    if text.startswith((" could ", " may ", " might ", " will ", " should "), end) and "ing " in left[-30:] \
            and (modal := MODAL_AFTER_SUBJECT.match(text, end)) is not None and PARTICIPLE_SUBJECT_BEFORE.search(left, len(left) - 40):
        # "said a storm moving in Tuesday could drop 8 to 14 inches of snow": the date is in the subject, a noun and
        # its participle, of a verb of what may come (not "could have")
        return "future", modal.group(1) != "could"
    if starts_at(text, " as ", end) and SET_AS_DATE_AFTER.match(text, end) is not None \
            and SET_DAY_BEFORE.search(left, len(left) - 16) is not None and not text[start:end].endswith("day"):
        return "future", False  # "A Pretoria court on Friday set Nov. 6 as the start date for the trial": a day set for
        # what is to come after the setting (a month's day: a weekday so set, "set Friday as the deadline", is the
        # nearest one, gone by as often as not)
    if text.startswith(LAUNCH_FIRST, end) and LAUNCH_AFTER.match(text, end) is not None \
            and LAUNCH_SET_BEFORE.search(left, len(left) - 40) is not None:
        return "future", False  # "Corvid Forge sets Sept. 16 release", "confirmed a March 3 launch": a day set for
        # what is to come after the setting (which may itself be gone by)
    at = end
    owns = text.startswith(("'s ", "’s "), end)
    if owns and left[-1:] == " " and AHEAD_OF_OWNED_BEFORE.search(left, len(left) - 30) is not None:
        return "future", True
    if owns and (HAPPENED_OWNED_AFTER.match(text, end) is not None
                 or left[-1:] == " " and ANSWERING_BEFORE.search(left, len(left) - 30) is not None):
        return "past", True
    if owns and (owned := OWNED_SUBJECT_AFTER.match(text, end)) is not None:
        at = owned.end()  # "said Friday's thunderstorms would bring temperatures down": the date owns the subject
        if owned.group(1) is not None:
            return "future", False  # "admitted that Saturday's game at Murrayfield could shape his season": what may
            # come of it
    if starts_at(text, " ", at) and (will := WILL_AFTER.match(text, at)):
        if SUBJECT_BEFORE.search(left, len(left) - 12):
            # "predicting that Sunday will be the busiest day", "with Friday forecast to be the busiest": the date is
            # the subject of "will" (not "applications submitted before 4 April will be assessed", where it ends
            # the subject); "said Saturday would be its busiest day": the nearest, either side
            return (None, False) if will.group("would") or will.group("was") else ("future", True)
        if will.group("would") is None and PRONOUN_ON_BEFORE.search(left, len(left) - 16):
            # "said Okafor, who on Monday will play her first match": the date stands between the clause's subject
            # and its verb, which tells its time (not the saying's before it)
            return ("future" if will.group("was") is None else None), True
        if REPORTED_SUBJECT_BEFORE.search(left, len(left) - 70):
            # "The operator said the last trains on Friday night would leave at about 6pm": the date is in the subject
            # of the clause reported, whose verb tells its time (not the saying's before it); after "would", the
            # nearest such day
            return (None, False) if will.group("would") or will.group("was") else ("future", True)
        if (deadline := DEADLINE_OF_SUBJECT.search(left, len(left) - 70)) is not None \
                and not (deadline.group("in") and will.group("would")):
            # "Applications submitted before 4 April will be assessed", "Season tickets bought before the end of
            # February will be sold at this year's prices": the date ends a subject, a deadline told by a participle
            # whose form is no tense; what "will" says follows it, so the nearest such day; so too "the numbers
            # published in March will not ..." (but "a recall announced in March would cost" is one gone by)
            return None, False
    if "encil" in left[-PENCILLED_REACH:] and (plan := PENCILLED_IN.search(left, len(left) - PENCILLED_REACH)) is not None:
        # "has pencilled in a cut for May": a plan, to come; "We had pencilled in May" (a plan as it stood): either
        return (None if plan.group("had") else "future"), False
    if left.endswith("than ") and NO_EARLIER_THAN.search(left, len(left) - 24):
        return "future", False  # "set the next attempt no earlier than Saturday": a bound of what is planned
    if "than " in left[-40:] and (than := THAN_IN_BEFORE.search(left, len(left) - 40)) is not None \
            and "rather" not in left[than.start() - 40 if than.start() > 40 else 0:than.start()]:
        return "past", True  # "with a narrower margin than in the autumn": what is compared with was seen (not what
        # is chosen against: "I would rather meet them now than in September")
    tail = left[-14:].lower()  # (for cheap tests before the searches of the last 14 characters below; "ı", "İ"
    # and "ſ", which case-insensitive matching reads as "i" and "s", are not ASCII: such a tail is left to them)
    if left.endswith(("dated to ", "active to ", "actively to ")) and BACKDATED_TO.search(left, len(left) - 24):
        return "past", False  # "a 4% pay rise, backdated to 1 April", written in October: a day gone by
    if ("since" in tail or not tail.isascii()) and SINCE.search(left, len(left) - 14):
        return "past", True  # "on patrol since March and was scheduled to return": what "since" starts from has begun
    if "since " in left and SINCE_DOING.search(left, len(left) - 60):
        return "past", True  # "has not played since rupturing a cruciate ligament in September": so too what it did
    if ", " in left[-30:] and (aside_match := ASIDE_PARTICIPLE_BEFORE.search(left, len(left) - 30)) is not None \
            and aside_match.group(1).lower() not in NOT_DONE_PARTICIPLES:
        return "past", True  # "Their coach, hired in January, faces questions": the participle's own time, gone by
    if "riginally" in left or "nitially" in left or "reviously" in left:
        if ORIGINAL_PLAN.search(left, len(left) - 70):
            return None, False  # "Originally scheduled for release in June, the film was pushed back": a plan that was
    if ("thr" in tail or "til" in tail or "least" in tail or not tail.isascii()) and TILL_END.search(left, len(left) - 24):
        if DECIDED_UNTIL.search(left, len(left) - 70):
            return "future", False
        if INFINITIVE_UNTIL.search(left, len(left) - 40):
            return "future", False  # "said it had enough stock to last through August": what is to last is to come
    if left.endswith("by ") and ("target" in left[-50:] and TARGET_BY.search(left, len(left) - 50)
                                 or REQUESTED_BY.search(left, len(left) - 90) or MUST_BY.search(left, len(left) - 90)):
        # what is aimed at, asked for, promised or planned by a day lies ahead: "against an interim target of 78% by
        # March", "had asked Paylinq for a full account of what went wrong by 12 December", "has promised a decision
        # on the bus lanes by the end of March"
        return "future", False
    if "pending " in left[-60:] and PENDING_BEFORE.search(left, len(left) - 60):
        return "future", False  # "ordered Voss held without bond pending a detention hearing on Feb. 23": what a
        # state lasts until is still to come
    if left.endswith(("for ", "For ")) and DECIDED_FOR.search(left, len(left) - 70):
        return "future", False
    if "warn" in left and (warned := WARNED_OF.search(left, len(left) - 90)) is not None and warned.group(1) != "had":
        return "future", False  # "Forecasters warned of flash flooding through the weekend": a warning is of what is to come
    may_cue = _may_end_future_cue(left, CUE_WORDS_BEFORE)  # (true too of every left that SET_FOR can end)
    if left.endswith(("for ", "for the ", "from ", "from the ")) and BOOKED_FOR.search(left, len(left) - 80):
        return None, False  # "had been fully booked for August since February", "sold out for July", "fully booked
        # from Saturday to Tuesday": the time booked for is the stay's, either side, not the booking's
    if left.endswith(("reserved ", "booked ", "aside ", "earmarked ", "cilled in ", "ciled in ", "blocked out ", "kept free ")) \
            and RESERVED_DAY_BEFORE.search(left, len(left) - 30):
        return None, False  # "the company has reserved Sunday through March 18": the day reserved, not the reserving
    if ("if " in (tail50 := left[-50:]) or "If " in tail50) and IF_DONE_BY_BEFORE.search(left, len(left) - 50):
        return "future", False  # "$30 if bought online by 11:59 p.m. Friday": a condition on what is still to do
    if "booked" in left[-60:] and BOOKED_UNTIL.search(left, len(left) - 60):
        return None, False  # "was booked until midnight Sunday", "were booked on flights home Sunday morning": the
        # time booked, either side of the booking
    if left.endswith(("from ", "From ")) and SET_FROM.search(left, len(left) - 60):
        return None, False  # "moved the festival from June 14 to Nov. 22": the day it was to be, either side
    if may_cue and FOR_TO_END.search(left, len(left) - 9) and (set_for := SET_FOR.search(left, len(left) - 70)) \
            and not (set_for.group()[:8].lower() == "extended" and FOR_END.search(left, len(left) - 9)):
        # (what was extended to a day runs on to it; "extended the noise permit for Monday night" tells no more than
        # the permit's night)
        # (firmly so when it was put off: "the law that pushed the vote back to 15 December", written in February, is
        # next December, not the nearer one gone by)
        return "future", POSTPONED.search(set_for.group()) is not None
    if left.endswith(("for ", "for the ")) and "call" in left[-70:] and CALLED_FOR.search(left, len(left) - 70):
        return "future", False  # "called a new protest for 6 p.m. Thursday", "has called a snap election for July 4":
        # what is called for a day is to come after the calling
    if "and " in left[-40:] and AND_LASTS_UNTIL.search(left, len(left) - 40) is not None:
        # "Grovemart's Deal Days began Monday and run through Thursday": a second verb, in the present, tells how long
        # what began goes on, up to a day still to come (not the first verb's day gone by)
        return "future", False
    if "due " in left[-20:] and WAS_DUE_BEFORE.search(left, len(left) - 36) is not None:
        # "Proposals were due Oct. 15", "The report was due on Friday but has been delayed": a plan as it stood, gone
        # by; reported, it may yet be to come ("said the payment was due on Dec. 1"): the nearest such day
        return (None if any(w.lower() in REPORTING for w in _tokens(left[left.rfind(". ") + 1:])) else "past"), False
    # (the closer test, by the words a cue ending in "to", "for" or "into" has, is of FUTURE_BEFORE's cues alone:
    # SET_FOR's verbs may stand further back, "moved the sequel to")
    before = FUTURE_BEFORE.search(left, len(left) - FUTURE_BEFORE_WINDOW) \
        if may_cue and _may_end_future_cue(left, FUTURE_BEFORE_WORDS) else None
    if before:
        if UNTIL.match(before.group()) and "ha" in left and PERFECT_UNTIL.search(left, len(left) - 120) is not None:
            return "future", False  # "has joined Carrow City on loan until January 1": a state begun that holds now,
            # to last until a day to come
        if UNTIL.match(before.group()) and not PUT_OFF.search(left, before.start() - 40, before.start()) \
                and not HAVE_BEFORE_UNTIL.search(left, before.start() - 12, before.start()) \
                and (main := _clause_tense(text, left, end, main_only=True))[0] == "past":
            # "Until Thursday, they had not called him a suspect"; "The road did not fully open until May 29", written
            # in April: what did not happen until a day happened on it, gone by however near the next one is
            return "past", main[1] and NOT_UNTIL.search(left, len(left) - 60) is not None
        if HAD_BEEN_BEFORE.search(left, max(0, before.start() - 12), before.start()) is not None:
            return "past", False  # "The meetings had been scheduled for Tuesday morning but were postponed": a plan that
            # has gone by, as "had been due to" is
        if WAS_BEFORE_PLAN.search(left, max(0, before.start() - 24), before.start()) is not None \
                and PLAN_PARTICIPLE.match(before.group()):
            return None, False  # "H-hour was set for 0330 local time on Sunday", "The vote was scheduled for Sunday": a
            # plan as it stood, told in the past, as "was due" is; its day may be either side (the nearest such day)
        if PLAN_PARTICIPLE.match(before.group()) and not BE_BEFORE_PLAN.search(left, max(0, before.start() - 12), before.start()) \
                and PLAN_MOVED_AFTER.match(text, end):
            return None, False  # "a static-fire test planned for March had been pushed to late April": a plan as it
            # stood, since moved; its day may have gone by
        if before.group()[:9].lower() == "effective" and _told_in_past(left[:before.start()]):
            return "future", False  # "Colombia announced a 20% surcharge on most imports, effective Jan. 4", written in
            # February: in effect from a day after the telling, which may have gone by since
        return "future", True
    if ", wh" in left and left.endswith(" ") and (rel := CLOSED_RELATIVE.search(left)) is not None:
        # "will report results for its second quarter, which ended Nov. 30, on Dec. 18": the verb is the main
        # clause's, before the relative clause set off by commas (the date is not in that clause)
        if (verb := rel.group("verb")) is None or verb.endswith("ed") or verb in PAST_WORDS or verb in FUTURE_WORDS \
                or verb[-1:] == "s" and verb in CUE_WORDS:
            # (or before the verb after it: "Verdant, which says it has 38 million subscribers, raised its prices in
            # October and is due to report"; "The warning, which was first issued last Wednesday, now runs from 10
            # a.m. Tuesday"; not a list going on: "who stepped down as chairman, president and chief executive in March")
            left = left[:rel.start()] + " " + rel.group("tail")
    if ", " in left[-APPOSED_TAIL:] and left[-APPOSED_TAIL:].split()[-1] in APPOSED_LAST_WORDS \
            and (apposed := APPOSED_TIME_PHRASE.search(left)) is not None:
        # "misdirected the jury on the second day of his summing-up, on 11 March": the date names the time of the
        # phrase before it, and the verb before that phrase is the date's too
        left = left[:apposed.start()] + apposed.group("tail")
    if left.endswith(" ") and ("\"" in left[-20:] or "\u201d" in left[-20:]) and (title := TITLE_APPOSED_BEFORE.search(left)) is not None:
        left = left[:title.start()] + " " + title.group(1)  # "will publish her memoir, \"Second Takes,\" on Nov. 18": a
        # title set off by commas, not a clause of its own
    if left.endswith(" ") and ", " in left[-16:] and (opened := AND_OPENS_BEFORE.search(left, len(left) - 16)) is not None:
        left = left[opened.start(1):]  # "... that operators can remember, and on Monday a crew watched a pod": the date
        # opens a clause of its own after the comma, whose verb follows it
    tense, firm = _clause_tense(text, left, end, lo=lo)
    if tense == "past" and left.count(", ") > 1 and (aside_match := PARTICIPLE_ASIDE.search(left)) is not None:
        # "The rules, adopted in 2023, take effect on 18 February": a participle set off by commas is no verb of the
        # clause the date is in (looked for only when a past was read, since the aside may have told it, and only where
        # two commas may set one off)
        left = left[:aside_match.start()] + " " + left[aside_match.end():]
        tense, firm = _clause_tense(text, left, end, lo=lo)
    if tense is None and ", " in left and (listed := INCLUDING_BEFORE.search(left)) is not None:
        # "have taken seven points from three games, including a goalless draw at Denton on Wednesday night": what
        # is listed after "including" is of the clause before it, whose verb tells its tense
        tense, firm = _clause_tense(text, left[:listed.start()], end, lo=lo)
    if tense is None and (" and " in left[-30:] or " or " in left[-30:]) and (joined := WEEKDAY_JOINED_BEFORE.search(left, len(left) - 50)) is not None:
        # "had been seen driving slowly around the estate on Thursday and again on Friday morning": a day joined to
        # the weekday before it has that one's tense, read where it stands
        return tense_cue(text, lo + joined.start(), lo + joined.end(1))
    if tense is None and ("before " in left or "after " in left) and (gerund := GERUND_CLAUSE_BEFORE.search(left)) is not None:
        # "She then spent more than two weeks fishing in Brittany before crossing the English Channel to Dorset on
        # Friday": a gerund after "before" or "after" has no tense of its own; the verb it follows tells it
        at = lo + gerund.start()  # (the verb may stand before the window's start: the clause before the gerund is read
        # in a window of its own, which starts where that window does)
        gerund_lo = at - WINDOW if at > WINDOW else 0
        tense, firm = _clause_tense(text, text[gerund_lo:at], end, lo=gerund_lo)
    if firm and ATTRIBUTIVE.search(left, len(left) - 8):
        return tense, False  # "gave no reason for the Jan. 14 deadline": the verb is not the date's
    return tense, firm


PENDING_BEFORE: Final = re.compile(r"\bpending\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'-]+\s+){0,3}(?:on|in|at|set\s+for|scheduled\s+for)\s+(?:the\s+)?$")
REQUESTED_BY: Final = re.compile(r"\b(?:asked|asks|demanded|demands|requested|requests|instructed|instructs|promises|pledges|vows|wanted|wants|"
                          r"(?:has|have|'s|'ve)\s+(?:promised|pledged|vowed)|(?:want|intend|intends|aim|aims|plan|plans)\s+to)"
                          r"\s+(?!by\b)[^.;:!?\n]{1,70}\s+by\s+$")
# what must be done by a day ("Campaigns must report what they raised in the fourth quarter to the FEC by Jan. 31":
# not the relative clause's "raised"); not "must have"
MUST_BY: Final = re.compile(r"\b(?:must|(?:has|have|need|needs)\s+to|(?:is|are)\s+(?:required|obliged)\s+to)\s+(?!have\b|been\b)"
                     r"[^.;:!?\n]{1,80}\s+by\s+$")
TARGET_BY: Final = re.compile(r"\btargets?\s+(?:of|to)\s+[^,;:.!?\n]{1,30}\s+by\s+(?:the\s+)?$")
TITLE_APPOSED_BEFORE: Final = re.compile(r",\s+[\"\u201c][^\"\u201c\u201d\n]{1,60}(?:,[\"\u201d]|[\"\u201d],)\s+((?:on|in|at|by|from|for|until)\s+(?:the\s+)?)$")
WAS_BEFORE_PLAN: Final = re.compile(r"\b(?:was|were)\s+(?:originally\s+|initially\s+|first\s+)?$")
HAD_BEEN_BEFORE: Final = re.compile(r"\bhad\s+been\s+$")
AND_LASTS_UNTIL: Final = re.compile(r"\band\s+(?:run|continue|last|remain|stay)\s+(?:(?:only|just)\s+)?(?:through|thru|until|till|into)\s+(?:the\s+)?$")
ALREADY_FULL_AFTER: Final = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:was|were|is|are)\s+already\s+(?:[\w%-]+\s+){0,3}?"
                                r"(?:full|sold|booked|reserved)\b")
WAS_DUE_BEFORE: Final = re.compile(r"(?i:\b(?:was|were)(?:n['’]t|\s+not)?\s+(?:also\s+|originally\s+|initially\s+|first\s+)?due\s+(?:on\s+|by\s+)?)$")
AND_OPENS_BEFORE: Final = re.compile(r",\s+(?:and|but)\s+((?:on|in|at|by)\s+(?:the\s+)?)$")
WEEKDAY_JOINED_BEFORE: Final = re.compile(r"\b((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
                                   r"(?:and|or)\s+(?:again\s+|also\s+|then\s+)?(?:on\s+|late\s+|early\s+)?$")
GERUND_CLAUSE_BEFORE: Final = re.compile(r"\s(?:before|after)\s+(?!(?:morning|evening|during|spring|nothing|anything|something|everything)\s)[a-z]{2,}ing\s[^,;:!?.\n]*$")
INCLUDING_BEFORE: Final = re.compile(r",\s+(?:including|such\s+as|notably|among\s+them|not\s+least)\s[^,;:!?\n]*$")


# a premium or discount counted ("a premium of 41%", "a 30 per cent premium") to a market's close on a day
PREMIUM_BEFORE: Final = re.compile(r"(?:\d\s*(?:%|per\s*cent|percent)[\s-]+(?:premium|discount)|(?:premium|discount)\s+of\s+(?:about\s+|"
                            r"around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+|as\s+much\s+as\s+)?\d)[^.;:!?\n]{0,90}$")
CLOSE_ON_BEFORE: Final = re.compile(r"\b(?:close|closing(?:\s+(?:share\s+|stock\s+)?(?:price|level))?|(?:share|stock)\s+price)\s+"
                             r"(?:on\s+|of\s+|as\s+of\s+)?$")
CLOSE_AFTER: Final = re.compile(r"'s\s+(?:close|closing)\b")
CLOSED_RELATIVE: Final = re.compile(r",\s+(?:which|who|whose)\s(?:[^,.;:!?\n]|\.(?!\s+[A-Z])){1,80},\s+(?P<tail>(?:(?:(?:now|also|still|then|currently)\s+)?(?P<verb>[a-z]+)\s+(?:[a-z][\w'’-]*\s+){0,3}?)?(?:on|in|at|by|from|until|till|for|"
                             r"before|after)\s+(?:the\s+)?)$")
# (irregular ones too: "The mandate, won in a ballot in January, runs out at the end of September")
PARTICIPLE_ASIDE: Final = re.compile(r", (?:(?:first|originally|initially) )?(?:[a-z]+ed|"
                              + "|".join(sorted(IRREGULAR_PARTICIPLES)) + r") [^,.;:!?\n]{1,60}, (?=[a-z]+ )")
APPOSED_TIME_PHRASE: Final = re.compile(r"\b(?:on|in|at|during)\s+(?:the|a|his|her|its|their)\s+[^,.;:!?\n]{2,60},\s+"
                                 r"(?P<tail>(?:(?:shortly|just|soon|well|moments|minutes)\s+)?(?:on|in|at|before|after|around|"
                                 r"about|by)\s+(?:the\s+)?)$")
APPOSED_TAIL: Final = 22  # characters from the comma before a time phrase to its date: ", shortly after the "
APPOSED_LAST_WORDS: Final = frozenset("on in at before after around about by the".split())  # (the words its tail can end with)
FUTURE_CUE_LAST_WORDS: Final = frozenset(("of", "to", "for", "on", "into", "beginning", "starting", "effective"))


FIRST_BEFORE_PARTICIPLE: Final = frozenset(("first", "originally", "initially"))


def _reports_clause(clause: list[str], after: str, i: int) -> bool:
    """Whether a verb of saying, token i of what follows a date, comes after a comma and reports the clause the
    date is in: one that began before the date ("have until 11.59pm on Friday to enter the ballot, organisers said
    on Monday"), not a phrase put before the subject ("On Friday, the Pentagon said ...", "In a statement Friday,
    the university said ...": the date is the saying's). Asked only of verbs of saying, seldom read."""
    return bool(clause) and clause[0].lower() not in OPENERS and not _fronted_participle(clause) and "," in after \
        and i >= len(_tokens(after[:after.index(",")]))


EXPECTED_BY: Final = frozenset(("expected", "planned", "hoped", "wanted", "promised", "forecast", "predicted"))


def _urging_before(clause: list[str], i: int) -> str | None:
    """The verb of urging or meaning nearest before the "to" at clause[i], with its object between: "urging patients
    to", "want that protection to"."""
    for j in range(i - 2, max(-1, i - 2 - URGING_REACH), -1):
        if (w := clause[j].lower()) in URGING:
            return w
    return None


def _object_then_to(before: list[str], i: int) -> bool:
    """Whether the verb before[i] is followed by a short object of plain words and then "to" and the infinitive's
    first word, all before the date: "urged both sides to return to mediation before Friday"."""
    for j in range(i + 2, min(len(before) - 1, i + 2 + DIRECTIVE_OBJECT_TOKENS)):
        t = before[j].lower()
        if t == "to":
            return True
        if not t.isalpha() or t in CUE_WORDS or t[-2:] == "ed":
            return False
    return False


DIRECTIVE_OBJECT_TOKENS: Final = 3  # words of the object of a verb of ordering or asking, and its "to"


def _fronted_participle(clause: list[str]) -> bool:
    """Whether the clause opens with a participle phrase put before the subject ("Giving evidence on Thursday, the
    service's former head of operations, Mark Ellison, said ..."): its time is the saying's."""
    return len(clause) > 1 and clause[0][:1].isupper() and clause[0].endswith("ing") and len(clause[0]) > 5 \
        and clause[1][:1].islower()


def _may_end_future_cue(left: str, words_before: dict[str, tuple[str, ...]]) -> bool:
    """False when FUTURE_BEFORE cannot match at the end of `left`: a cheap test that spares most searches.

    Every FUTURE_BEFORE cue ends in whitespace, after "of", "to", "for", "on", "into", "beginning", "starting", "effective",
    "until" or "till" and an optional "the", or after "in" in "ahead of the climate summit in"; a word that is not
    plain ASCII is left to the regex (case-insensitive matching folds a few others). A last word of `words_before`
    must have one of the words listed for it within the window."""
    if not left[-1:].isspace():
        return False
    words = left[-FUTURE_BEFORE_WINDOW:].rsplit(None, 2)  # (the last two words are all that is read)
    if words and words[-1].lower() == "the" and words[-1].isascii():
        words.pop()
    if not words:
        return False
    w = words[-1]
    if not w.isascii():
        return True
    w = w.lower()
    if w in words_before:  # (a date after "in", "on" or "of" is common; few cues end so)
        tail = left[-FUTURE_BEFORE_WINDOW:].lower()
        # ("untıl", with a dotless i, is "until" to the case-insensitive pattern: a tail not plain ASCII is left to it)
        return any(x in tail for x in words_before[w]) or not tail.isascii()
    return w in FUTURE_CUE_LAST_WORDS or w.endswith(("until", "till"))


# The cues of FUTURE_BEFORE that end in "in", "on" or "of", by a word each has before it: "ahead of the summit in",
# "ahead of a vote on", "until 5pm on", "due on", "falls on", "comes on", "is out on", "for delivery on", "ahead of",
# "in advance of", "setting a deadline of"
CUE_WORDS_BEFORE: Final = {"in": ("ahead", "comes", "out", "delivery"), "on": ("ahead", "til", "due", "fall", "comes", "out", "delivery"),
                    "of": ("ahead", "advance", "deadline")}  # ("til": "until", "till")
# ... and those that end in "to", "for" or "into": "the run-up to", "slipped to", "pushed back to", "put off to", "in
# preparation for", "brace for", "gearing up for", "scheduled for", "heads into" (a date after "to" or "for" is common)
FUTURE_BEFORE_WORDS: Final = CUE_WORDS_BEFORE | {"to": ("up", "slip", "back", "delayed", "postponed", "off", "forward"),
                                          "for": ("brac", "prepar", "gear", "scheduled", "set", "planned", "forecast",
                                                  "slated", "targeted", "deadline"),
                                          "into": ("head",)}


PRESENT_BE: Final = frozenset(("is", "are", "am"))
PRESENT_COPULA: Final = frozenset(("is", "are"))  # (not "am": "11am on Easter Sunday" is two tokens)
COPULA_PREPOSITIONS: Final = frozenset(("on", "at", "by", "until", "till", "from"))  # "is on Friday", "is at 5 p.m."
PHASE_VERBS: Final = frozenset("began begun started stopped kept continued finished resumed".split())  # ... before a gerund
# verbs that advise or weigh a doing, told by a gerund after them ("suggested returning Saturday", "is considering
# moving the race to June")
ADVISING: Final = frozenset("suggest suggests suggested suggesting recommend recommends recommended recommending advise advises "
                     "advised advising consider considers considered considering propose proposes proposed proposing".split())
# words after which a word in -s of FUTURE_WORDS is a noun: a preposition or a word of quantity before a figure, "tax"
NOUN_S_BEFORE: Final = frozenset("about around nearly almost roughly some over of for than with tax".split())


def _present_be(word: str) -> bool:
    """Whether a lower-cased word is a present of "be", whole or contracted ("is", "we're", "it's")."""
    return word in PRESENT_BE or word.endswith(("'re", "’re", "'m", "’m")) or word in PRONOUN_S and word[:-2] != "there"
NOT_PROGRESSIVE: Final = frozenset(("during", "according", "including", "following", "something", "nothing", "anything",
                             "everything", "morning", "evening", "spring", "string",
                             # what goes on, not what is arranged: "it is continuing to try to sell itself, under a
                             # June agreement"
                             "continuing", "remaining", "trying", "struggling", "recovering", "living", "suffering"))


def _last_clause(left: str) -> str:
    """What follows the last clause break in `left`. A colon between digits read back from a date is a clock
    time's ("declared martial law at 10:27 p.m. on Dec. 3"), no break: the clause goes on before it; nor is the
    opening of a few words quoted within a sentence."""
    piece = CLAUSE_BREAK.split(left)[-1]
    k = len(left) - len(piece)
    while k >= 2 and left[k - 1] == ":" and left[k - 2].isdigit() and piece[:1].isdigit():
        piece = CLAUSE_BREAK.split(left[:k - 1])[-1] + left[k - 1:]
        k = len(left) - len(piece)
    if k >= 3 and left[k - 1] in "\"“" and left[k - 2] == " " and left[k - 3].isalpha() and piece.count(" ") < QUOTED_WORDS \
            and piece.split(" ", 1)[0].lower() in QUOTED_PREPOSITIONS:
        # a few words quoted within a sentence, an adverbial with the date: the sentence's verb governs it ("says
        # margins will improve "in the second half"") (not a quotation with a verb of its own, nor a noun's: 'citing
        # "the disruption of the autumn"')
        piece = CLAUSE_BREAK.split(left[:k - 1])[-1] + left[k - 1:]
    elif k >= 4 and left[k - 1] in "\"”" and piece[:1] == " " and left[k - 2] != " " \
            and (title := QUOTED_TITLE_BEFORE.search(left, k - QUOTED_TITLE_REACH if k > QUOTED_TITLE_REACH else 0, k)) is not None:
        # a title of a few capitalised words quoted before the date is a noun of the clause, which goes on before it:
        # 'will release "Blue Light" on Nov. 12', 'the world premiere of "Ash Wednesday" on Nov. 12' (left out: its
        # words are no verbs of the clause, "Gone Girl")
        piece = CLAUSE_BREAK.split(left[:title.start()])[-1] + left[k:]
    return piece


QUOTED_TITLE_REACH: Final = 80  # characters back from a closing quotation mark to its title's opening one
# A title quoted: a few words, each capitalised but for the small words between, after a word and a space, up to its
# closing mark (a comma before that mark too: 'its sitcom "Boxing Day," on ...')
QUOTED_TITLE_BEFORE: Final = re.compile(r"(?<=[A-Za-z,] )[\"“](?:[A-Z0-9][\w'’&!?-]*(?: (?:of|the|a|an|and|in|on|to|for|with|at|by|"
                                 r"from|or|is) )*[ ]?){1,6},?[\"”]$")


HEADED_AFTER: Final = frozenset("appear appears appeared seem seems seemed look looks is are am be being now".split())
QUOTED_WORDS: Final = 5  # words of a quotation within a sentence before a date that may still be read with the sentence's verb
QUOTED_PREPOSITIONS: Final = frozenset("in by on at from until till before after within over during for".split())


SAID_ASIDE: Final = re.compile(r",\s+(?:(?:she|he|they|we|I|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:said|says)|(?:said|says)\s+"
                        r"(?:she|he|they|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))\s*,\s")


def _clause_tense(text: str, left: str, end: int, main_only: bool = False, lo: int = 0) -> tuple[str | None, bool]:
    """The tense of the nearest cue word before the expression in its clause, else the nearest one after it
    (English puts the verb that governs a date before it: "will almost double its flights by August, in the
    search for new markets untouched by the crisis"); with main_only, not one after a conjunction that opens
    another clause ("on loan until January after he made two appearances")."""
    # The clause is what follows the last break: split finds every break in one scan (two never overlap, and
    # CLAUSE_BREAK has no capturing group, so the last piece is that text).
    piece = _last_clause(left)
    if piece.count(",") > 1 and (aside := CLOSED_PARTICIPLE_ASIDE.search(piece)) is not None:
        # "The warning, issued at 10.15 this morning, is in force from 12:00 on Saturday": the participle set off by
        # commas tells of the subject, not of the verb after it that governs the date
        piece = piece[:aside.start()] + piece[aside.end():]
    if piece.count(",") > 1 and "sa" in piece and (said := SAID_ASIDE.search(piece)) is not None:
        # "Grass pollen will run through July, she said, with weed pollen picking up in August": a saying set off by
        # commas inside the sentence it reports is no verb of it
        piece = piece[:said.start()] + " " + piece[said.end():]
    clause = _tokens(piece)
    # one token more than is read, so that the first one read has the word before it ("is closed in winter")
    before = clause[-MAX_TOKENS - 1:]
    n = len(before)
    for i in range(n - 1, n - 1 - min(n, MAX_TOKENS), -1):
        w = before[i].lower()
        if i >= n - 2 and w in PRESENT_COPULA and (i == n - 1 or before[n - 1].lower() in COPULA_PREPOSITIONS):
            return None, False  # "said the vote is on Friday", "reminded residents that the deadline is 5 p.m.
            # Friday": a day the present tells of, not gone by for the saying's past
        if w not in LOOP_WORDS and w[-1:] not in TESTED_ENDS:
            continue  # (most words: none of the tests below holds of a word not among these nor ending so)
        if w[-2:] in ("'d", "’d") and len(w) > 2 and i + 1 < n:
            # "she'd come back in September": "would" before a base form; "she'd left": "had" before a participle
            k = i + 1
            while k + 1 < n and (before[k].lower() in MODAL_ADVERBS or before[k].lower() in D_ADVERBS
                                 or before[k][-2:].lower() == "ly"):
                k += 1  # ("she'd already left", "he'd never been": the verb after the adverbs)
            after_d = before[k].lower()
            # (and before a determiner, "had" of having: "We'd a good league back in February", as Ireland says it)
            w = "had" if after_d[-2:] in ("ed", "en") or after_d in PAST_WORDS or after_d in PERFECT_PARTICIPLES \
                or after_d in DETERMINERS and after_d != "that" else "would"
        if w == "but" and i < n - 1:
            break  # "We had pencilled in May, but the statement today makes June the more likely": another clause
        if w[-1:] == "s" and i and before[i - 1].lower() in RELATIVE and _present_s(w):
            return "future", False
        if w == "to" and i:
            to_after = before[i - 1].lower()
            if to_after in ("is", "are"):
                return "future", False  # "The process is to be completed by the end of September"
            if i > 1 and to_after in BE_PAST and before[i - 2].lower() in AIM_NOUNS:
                return "future", False  # "the goal was to reach 30% containment by Sunday": what was aimed at, still ahead
            if to_after in ON_COURSE_NOUNS and i > 1 and before[i - 2].lower() == "on":
                # "is on schedule to be energised in the September quarter", "on track to open in September": what is
                # on course to happen is to come (after "was", the nearest such time)
                return (None if any(t.lower() in BE_PAST for t in before[max(0, i - 4):i - 2]) else "future"), False
            if to_after in PLAN_NOUNS and not any(t.lower() in FINITE_PAST for t in before[max(0, i - 3):i - 1]):
                return "future", False  # "have approved plans to close two libraries from April" (not "had plans to")
            if i + 1 < n and before[i + 1].isalpha() and before[i + 1].islower() and before[i + 1] not in DETERMINERS \
                    and before[i + 1] not in NOT_INFINITIVE \
                    and (urging := _urging_before(clause, i + len(clause) - n)) is not None:
                # "urged anyone eligible who has not yet had their jab to book one before the end of January",
                # "urging patients to collect prescriptions by Tuesday afternoon", "want that protection to peak
                # during December": what one is urged or meant to do comes after, whatever the verbs in the object
                # tell: after a present, a time to come; after a past, the nearest such time, but a deadline is
                # still to come ("ordered him to surrender his passport by Monday")
                past = (urging in DIRECTIVE or urging in INTENT) and before[-1].lower() != "by"
                return (None if past else "future"), False
        if w == "back" and i == n - 2 and i and _present_be(before[i - 1].lower()):
            return "future", False  # "We're back on Monday", "The show is back in March": a return to come
        if w[-3:] == "ing" and len(w) > 5 and i and w not in NOT_PROGRESSIVE \
                and (_present_be(prev := before[i - 1].lower()) or prev in ADVISING):
            # "She is hosting a family reunion in August", "We're funding 5,000 places from September": an arrangement,
            # to come; "Natarajan suggested returning Saturday or early Monday": what is advised is to come
            return "future", False
        if w[-2:] == "ed" and i > 1 and before[i - 1].lower() in PROGRESSIVE_PASSIVE and _present_be(before[i - 2].lower()):
            return "future", False  # "a granddaughter who is getting married in June", "the bridge is being replaced in
            # May": an arrangement, to come (as "is hosting")
        if w in CONDITIONAL and _present_after_subject(before, i, n):
            # "If this runs past Thanksgiving", "unless the strike is over by Easter": a condition on what is to come
            return "future", False
        if w not in CUE_WORDS and w[-2:] != "ed" or _capital_name(w, before, i):
            continue
        if w in PLURAL_SCHEDULE and before[i][0].isupper() and i + len(clause) - n > 0:
            continue  # ("lifted the trophy at Go Media Stadium on Saturday night": a name, no verb)
        following = before[i + 1] if i + 1 < n else None
        previous = before[i - 1] if i else None
        if w in AS_FORESEEN and i > 1 and previous.lower().endswith("ly") and before[i - 2].lower() == "as":
            previous = "as"  # "as previously planned", "as widely expected"
        elif previous is not None and (previous[-2:].lower() == "ly" or previous.lower() in DEGREE_ADVERBS
                                       or previous.lower() in NEGATIONS) and i > 1 \
                and before[i - 2].lower() in BE_FORMS:
            previous = before[i - 2]  # "will be formally farewelled in October", "a deal was more likely in the early
            # hours of Sunday", "even if a decision is not made until May": the word after "be", as without the adverb
        elif previous is not None and previous.lower() in BETWEEN_DETERMINER_AND_PARTICIPLE and i > 1 \
                and before[i - 2].lower() in DETERMINERS and before[i - 2].lower() != "that":
            previous = before[i - 2]  # "will meet in their final televised debate on Thursday night", "the recently
            # announced plan": an adjective, as right after the determiner
        if w in SAME_FORM_TOLD and i > 1 and before[i - 2].lower() in NOUN_SERIES_BEFORE:
            continue  # "will publish its next crop forecast on Friday": a noun, its verb further back
        if w == "earlier" and i > 1 and any(t.lower() in WILL_SHALL for t in before[max(0, i - 3):i - 1]):
            continue  # "Covid jabs will stop earlier, on 19 December": sooner than something else, still to come
        if w == "earlier" and (i == n - 1 or i == n - 2 and before[-1].lower() == "on") and i + len(clause) - n == 0:
            continue  # "Earlier on Saturday, Ireland host Wales": earlier in that day, whichever; the verb after tells
        if w == "open" and _object_before(before, i, KEEP_VERBS):
            continue  # "kept our flagship stores open until 11 p.m. on Dec. 20": an adjective, its verb further back
        cue = _cue(w, previous, following)
        if cue is None and previous is not None and previous.lower() in FIRST_BEFORE_PARTICIPLE \
                and w in PAST_WORDS and (i < 2 or before[i - 2].lower() not in DETERMINERS):
            cue = "past"  # "The merger, first announced in March", "when they first met in February": a verb (not "the
            # first reported case")
        if cue is None:
            continue  # (every test below is of a cue)
        if w == "could" and _denied_subject(before, i):
            return "past", False  # "Neither he nor his grandparents could be located Wednesday", "no one could
            # say Tuesday": a "could" whose subject is denied tells of what could not be done, gone by
        if cue == "future":
            if _had_before(clause, i + len(clause) - n):
                # (looked for in the clause: "had been scheduled to lift off from Kennedy Space Center at 1:12 a.m.")
                if previous is not None and previous.lower() == "had" and w in EXPECTED_BY and "by" in before[i + 1:]:
                    # "Northstar, which had expected nine jets by the end of June, said it now assumed ...": what was
                    # expected by a day, which may be still to come (the nearest)
                    return None, False
                return "past", False  # "had been due to expire Friday": a plan that has gone by
            if w in PLANNED and i and (before[i - 1].lower() in BE_PAST  # "was due", "was originally due"
                                       or i > 1 and before[i - 1].lower().endswith("ly") and before[i - 2].lower() in BE_PAST):
                return None, False  # "six days before it was due to take effect on July 14": a plan told in the past,
                # for a day either side of the DCT
        else:  # (a past)
            if w in PAST_WORDS and i > 1 and before[i - 1].lower() in MODAL_ADVERBS and before[i - 2].lower() in BASE_FORM_AFTER:
                continue  # "will only hit", "would also cut": a base form
            if w not in PAST_WORDS and i > 1 and before[i - 2].lower() in BASE_FORM_AFTER \
                    and not (before[i - 2].lower() in NAME_MODALS and before[i - 2][:1].isupper()) \
                    and before[i - 1].lower() not in ("have", "be", "been"):
                continue  # "will watch delayed sales data": an adjective after the verb, which is to come
            if i > 1 and before[i - 1].lower() == "have" and before[i - 2].lower() in ("will", "shall", "'ll"):
                return "future", True  # "will have finished the work by Tuesday"
            if i > 1 and before[i - 1].lower() == "have" and before[i - 2].lower() == "to" \
                    and _hoped_to(clause, i + len(clause) - n - 2):
                return "future", False  # "hoped to have offered a first dose to every adult by the end of July": what
                # is aimed to be done by then, still to come
            if previous is not None and previous.lower() in ("and", "or") and i > 2 \
                    and before[i - 3].lower() in BE_FORMS and (before[i - 2].lower() in PAST_WORDS or before[i - 2][-2:] == "ed"):
                continue  # "will be scrubbed and moved to a backup date on Wednesday", "is burned or sold by Wednesday
                # morning": a participle joined to one after "be", whose tense is told further back
            if w in SAME_FORMS and previous is not None and previous.lower() == "and" \
                    and _infinitive_before(clause, i + len(clause) - n):
                continue  # "plans to close two libraries and cut the hours of others from April": a base form
            if previous is not None and (w in SAME_FORMS and _object_before(before, i, CAUSATIVE)
                                         or w not in PAST_WORDS and _object_before(before, i, KEEP)):
                continue  # "are not going to let the government shut down on Saturday": a base form after "let" and
                # its object; "would keep federal agencies funded through Dec. 20": a participle after "keep" and its
                # object. The verb that tells the tense is further back ("let", "kept" may be one themselves)
            if _perfect_under_would(before, i):
                return "future", False
            if w in DIRECTIVE and before[-1].lower() == "by" and following \
                    and (following.lower() == "to" or i + 2 < n and before[i + 2].lower() == "to"):
                return "future", False  # "ordered him to surrender his passport by Monday": a deadline after the order
            if w in DIRECTIVE and following and following.lower() == "to":
                return None, False  # "was ordered to surrender by Jan. 6": what was ordered comes after the order
            if w in DIRECTIVE and following and _object_then_to(before, i):
                return None, False  # "urged drivers to stay off Highway 401 on Tuesday night", "asked customers to
                # conserve power Thursday morning": so too after the one ordered, asked or urged
            if following and (following.lower() == "to" and w in INTENT or following.lower() == "for" and w in INTENT_FOR):
                return None, False  # "wanted to present a package by Thursday": what was wanted, not the wanting ("hoped
                # to" is read earlier, as a time to come: FUTURE_BEFORE_NEXT)
        # (the word after the verb is no target of a date when a name follows it: "He moved to Perth on March
        # 16" is a move gone by; but "was extended to Nov. 16", "was headed for a runoff on Dec. 1")
        # ... nor when it is a quantity's: "was lowered to 76 per cent in January" is of January gone by (but "was
        # headed for a runoff on Dec. 1": the runoff's day)
        if cue == "past" and w in REPORTING and i == n - 2 and before[-1].lower() in SAID_ON:
            # "Officials confirmed in April that ...", "said on December 9": the date right after a saying gone by is
            # the saying's, gone by too (not "said the vote would be held on Thursday", whose date is further on)
            return "past", True
        no_target = i + 2 < n and before[i + 2][:1].isupper() \
            or following is not None and following.lower() == "to" and TO_QUANTITY.search(left, len(left) - 40) is not None
        return cue, _firm(cue, w, before[i - 1].lower() if i else None, None if no_target else following,
                          before[i - 1] if i else None,
                          n - i <= 3 and (_subject_before(clause, i + len(clause) - n)
                                          or ", " in piece and _subject_after_comma(piece, len(clause) - (i + len(clause) - n)))
                          and TARGET_AFTER.isdisjoint(before[i + 1:]))
    if len(clause) > 1 and _imperative(clause[0], clause[1]):
        return "future", False  # "Submit a meter reading on Monday or Tuesday": what readers are told to do
    # "will lay off 640 workers and close its dishwasher plant in this Dayton suburb by the end of June": a
    # "will" further back in the clause still governs a date that no nearer word does
    if far := _far_future(clause):
        return "future", far in FIRM_PLANS  # ("is due to launch its telescope on an Ariane 6 rocket in December":
        # a plan told by its own verb; "will get a fresh read when consumer price data for January are released": the
        # data's month is not the will's)
    if len(clause) > MAX_TOKENS and _far_relative_past(piece):
        return "past", False  # "A late-season storm that dumped more than a foot of snow on parts of Iowa on Monday
        # is moving toward the Great Lakes": the date is of the relative clause's verb, gone by, whatever comes after
    # (a piece shorter than `left` was cut at a break; one as long has none, unless a clock's colon was joined back)
    if lo and len(clause) < FAR_TOKENS and len(piece) == len(left) and (":" not in left or not CLAUSE_BREAK.search(left)) \
            and any(w in text[max(0, lo - FAR_WINDOW):lo] for w in FAR_FUTURE):  # (a quick look before the closer one)
        # The clause began before the window: "it will stop issuing software and security updates for its first-
        # and second-generation thermostats at the end of March". (A word the window's start cuts in two is read
        # as two pieces, which are seldom words of FAR_FUTURE.)
        head = _tokens(CLAUSE_BREAK.split(text[max(0, lo - FAR_WINDOW):lo])[-1])
        whole = head + clause
        for j in range(max(0, len(head) + len(clause) - FAR_TOKENS), len(head)):
            if whole[j].lower() in FAR_FUTURE:
                if _past_clause_after(whole, j + 1, len(whole) - MAX_TOKENS):
                    break  # (as in _far_future)
                return "future", False
    limit = min(len(text), end + WINDOW)
    b = CLAUSE_BREAK.search(text, end, limit)
    after = text[end:b.start() if b else limit]
    if (", who " in after or ", which " in after) and (rel := RELATIVE_ASIDE.search(text, end, limit + WINDOW)) is not None \
            and rel.start() < len(after) + end:
        # "At 11am, the Queen, who has campaigned for many years on maternal health, will meet community workers": the
        # verb of the relative clause set off by commas is not the date's; the main verb after it is
        b = CLAUSE_BREAK.search(text, rel.end(), rel.end() + WINDOW)
        after = text[end:rel.start()] + " " + text[rel.end():b.start() if b else rel.end() + WINDOW]
    if "(" in after:
        after = PAREN_ASIDE.sub(" ", after)  # "Ashby Forest, 12.30pm (televised)": an aside, no verb of the date
    if ("," in after or " that " in after) and (c := COORDINATE_AFTER.search(after)):
        after = after[:c.start()]  # "get under way on Monday, and organisers on Friday confirmed": another clause
    if after[:1] == "," and len(clause) <= FRONTED_TOKENS and (not clause or clause[0].lower() in OPENERS) \
            and (aside := FRONTED_ASIDE.match(after)) is not None \
            and not any(t.lower() in CUE_WORDS or t[-2:] == "ed" for t in _tokens(aside.group())):
        # "On Friday, less than three weeks after the final whistle, Holloway sat down": the phrase put before the
        # subject goes on past a second one, with no verb; the clause's verb is after both
        after = "," + after[aside.end():]
    all_after = _tokens(after)
    # (a date put before the subject, set off by a comma, is read up to the subject's verb however long the subject:
    # "Then, on December 1, a slow-moving weather system over the Bay of Bengal parked itself over the coast")
    after_tokens = all_after[:MAX_TOKENS + FRONTED_SUBJECT_TOKENS if after[:1] == "," and len(clause) <= FRONTED_TOKENS
                             and (not clause or clause[0].lower() in OPENERS) else MAX_TOKENS]
    for i, w in enumerate(after_tokens):
        w = w.lower()
        if 0 < i <= 2 and w[-1:] == "s" and after[:1] == "," and after_tokens[i].islower() and _present_s(w) \
                and _named(after_tokens[i - 1]) and (i == 1 or after_tokens[0].lower() in DETERMINERS) \
                and i + 1 < len(after_tokens) and after_tokens[i + 1].lower() in DETERMINERS:
            return None, False  # "On Saturday, Quist plays a 90-minute set": a date put before its subject and a
            # present in -s with its object, of a programme (not "a 90-minute set", a noun that looks like a past;
            # nor "On Tuesday, French authorities closed", a plural)
        if w not in AFTER_LOOP_WORDS and w[-1:] != "d":
            continue  # (most words, as before the date)
        if (main_only or i >= MAX_TOKENS) and w in SUBORDINATORS or w in QUESTION_WORDS:
            break  # "on loan until January after he made two appearances": the verb after is another clause's (and
            # past the words read for any date, a long subject's: "From 19 August, the fine for an unauthorised
            # holiday rises from £60 to £80 per parent, if paid within 21 days")
        if w == "with" and i <= 1 and after.lstrip().startswith(",") and WITH_ABSOLUTE_AFTER.match(after):
            break  # "charged over an armed robbery on the weekend, with police saying further charges may be laid":
            # an absolute phrase, whose verbs are its own
        if i and w in RELATIVE_PRONOUNS and after_tokens[i - 1].lower() not in TIME_PREPOSITIONS:
            break  # "The weekend carries extra significance for Honda, which returned this year": the verb is the
            # noun's before it (but "on Monday, which was a holiday" tells of the date, and so does a time the
            # date is put as: "on March 3 — the same window in which two neighbors told police")
        if w in PRESENT_REPORTING and w not in CUE_WORDS:
            if i and after_tokens[i - 1].lower() in NOT_PRESENT_BEFORE_SAYING:
                continue  # ("to show", "will say": not a present)
            if i == 0 and not after[:1].strip():
                return "past", False  # "Reports over the weekend suggest Meridian will ...", "Figures out on Friday
                # show ...": the date is of the subject, what has been said or shown, gone by
            break  # (what is said is another clause's)
        if w not in CUE_WORDS and w[-2:] != "ed" or _capital_name(w, after_tokens, i):
            continue
        if w[-3:] == "ing" and ", " + after_tokens[i] + " " in after:
            continue  # "set off at about 9am on Saturday, planning a six-hour walk": a participle phrase set off by a
            # comma is of the time of the clause before it, and tells nothing of whether that time is to come
        if w in BEFORE_ONLY or w in PERFECT_PARTICIPLES:
            continue  # (a perfect after the date is mostly another clause's: "halve in September, when the crowds
            # have taken their leave")
        if w in ("next", "coming") and i > 1 and after_tokens[i - 1].lower() == "of" and after_tokens[i - 2].lower() == "ahead":
            continue  # "beat Kelston on Saturday, lifting them into the top four ahead of next Sunday's derby": a time
            # to come that the date is before, which does not say whether the date has gone by
        if w in REPORTING and (i == len(all_after) - 1 or _reports_clause(clause, after, i)) \
                and not (after[:1] == "," and _participle_aside(left) is not None):
            continue  # "Refunds arrive by early March, the IRS said.", "..., forecasters have warned": the report's
            # verb, not the date's (but "On Tuesday, the Pentagon said a carrier would remain": the date is the saying's)
        cue = _cue(w, after_tokens[i - 1] if i else None, after_tokens[i + 1] if i + 1 < len(after_tokens) else None)
        if cue == "past" and ("by" in (x.lower() for x in after_tokens[i + 1:i + 3])
                              or "later by" in " ".join(after_tokens[i + 1:i + 5]).lower()) \
                and (w not in PAST_WORDS or f", {after_tokens[i]} by " in after):
            continue  # "headlines at 7:30 p.m. Friday, followed Saturday by the derby", "holds its sale on Thursday at
            # 5 p.m., led by a 1962 abstract", "at 10.50am on Saturday, followed 15 minutes later by Q2": a participle
        if cue and i and after_tokens[i - 1].lower() in COORDINATING \
                and (_far_simple_past(clause) or _far_passive_past(clause) or _far_simple_past(clause, regular=True)):
            return "past", False  # "Kestrel paid a fully franked interim dividend of 4 cents per share in March and
            # intends to continue paying": a second predicate of the subject, joined after the date; the date is of
            # the first, whose verb stands further back than the words read first
        if cue:
            # a verb after the date may be of another clause; but a date put before the subject and set off by a
            # comma is the main clause's: "On the evening of December 5, the river was already a metre above its
            # normal level" has gone by (not "On Tuesday, the Pentagon said ...": a saying's tense is the report's)
            # So too with no comma where a subject opens the clause after the date, and with a subject before a
            # regular past: "In January I wrote in this column", "In December the minister resigned" (written in
            # November) are of the month gone by, not of the one to come
            subject = 0 < i <= 4 and _subject_before(after_tokens, i)
            fronted = cue == "past" and len(clause) <= FRONTED_TOKENS and (not clause or clause[0].lower() in OPENERS) \
                and (after[:1] == "," or subject or i == 1 and after_tokens[0].lower() in FIRM_PAST_BEFORE)
            if fronted and w in SAYING and (not clause or clause[0].lower() in SAID_ON) \
                    and (subject or i == 1 and after_tokens[0].lower() in FIRM_PAST_BEFORE):
                return cue, True  # "In January I wrote in this column that ...": the date is the saying's, gone by
            return cue, fronted and _firm(cue, w, after_tokens[i - 1].lower() if i else None,
                                          after_tokens[i + 1] if i + 1 < len(after_tokens) else None,
                                          after_tokens[i - 1] if i else None, subject)
    if _far_passive_past(clause) or _far_simple_past(clause):
        return "past", False
    if _far_possible(clause):
        return "future", False
    return None, False


def _far_simple_past(clause: list[str], regular: bool = False) -> bool:
    """Whether the clause opens with its subject and a verb in the past further back than the words read first, and
    no nearer word, nor any after the date, tells a tense: "Foreign ministers met for four hours at a preparatory
    session in Pretoria on Wednesday". (Not a verb whose present is written the same, "hit", "set"; nor a saying's,
    whose tense is the report's.) With `regular`, a past in -ed too ("Latu pleaded guilty ... on Monday night and will
    miss two matches": read only where a second predicate joined after the date would tell another tense)."""
    for i in range(1, min(FAR_SUBJECT_TOKENS + 1, len(clause) - MAX_TOKENS)):
        w = clause[i].lower()
        if (w in PAST_WORDS or regular and w[-2:] == "ed" and len(w) > 4 and w not in NOT_PAST_ED) \
                and w not in PRESENT_SAME and w not in REPORTING and clause[i].islower():
            first = clause[0]
            return first[:1].isupper() and all(t.isalpha() and t.lower() not in NOT_SUBJECT_WORDS
                                                and t.lower() not in CUE_WORDS for t in clause[:i])
        if w in CUE_WORDS or not w.isalpha():
            return False
    return False


FAR_SUBJECT_TOKENS: Final = 4  # words of the subject that opens a clause before its verb
# pasts written as their present
PRESENT_SAME: Final = frozenset("hit cut let set shut quit read put cast cost burst hurt spread thrust upset last".split()) \
    | frozenset("was were had did didn't wasn't weren't".split())  # (and the auxiliaries: _far_passive_past's, or a "did not")


def _far_possible(clause: list[str]) -> bool:
    """Whether the clause, further back than the words read first, tells what may happen, and no word after the
    date tells a tense: "it could add up to an hour at busy times, particularly on Saturday" is to come (not "In
    a move that could bring relief to homebuyers, the Authority on Wednesday approved a package")."""
    for j in range(max(0, len(clause) - FAR_TOKENS), len(clause) - MAX_TOKENS - 1):
        if clause[j].lower() in FAR_POSSIBLE and clause[j + 1].lower() not in NOT_POSSIBLE_AFTER:
            return True
    return False


def _far_passive_past(clause: list[str]) -> bool:
    """Whether the clause, further back than the words read first, has a past passive or perfect ("was stabbed",
    "had been closed") that no nearer word, and no word after the date, contradicts: "a woman was stabbed outside a
    nightclub in the city centre in the early hours of Sunday"."""
    for i in range(max(0, len(clause) - FAR_TOKENS), len(clause) - MAX_TOKENS - 1):
        if clause[i].lower() in FAR_PAST:
            k = i + 1 + (clause[i + 1].lower() == "been")  # ("had been closed")
            k += clause[k].lower().endswith("ly") and k + 2 < len(clause)  # ("was seriously injured")
            verb = clause[k].lower()
            # (not "was directed to report ... by Aug. 1", "was expected to": what was ordered or planned)
            if (verb[-2:] == "ed" or verb in PAST_WORDS and verb != "last") and clause[k + 1].lower() != "to":
                return True
    return False


FAR_PAST: Final = BE_PAST | {"had"}
COORDINATING: Final = frozenset(("and", "but"))  # the words that join a second predicate to the subject of the first
# "Forecasters warned of flash flooding through the weekend" (and the word before "warned": not after "had")
WARNED_OF: Final = re.compile(r"(?:\b(\w+)\s+)?\bwarn(?:s|ed|ing)?\s+of\s+[^.;:!?\n\"“”]{1,70}$")
RELATIVE_ASIDE: Final = re.compile(r",\s+(?:who|which)\s[^,;:.!?\"“”\n]{1,160},")  # ", who has campaigned for years,"
PAREN_ASIDE: Final = re.compile(r"\([^()\n]{0,30}\)")
CONDITIONAL: Final = frozenset(("if", "unless"))
PROGRESSIVE_PASSIVE: Final = frozenset(("getting", "being"))  # "is getting married", "is being replaced"
TIME_CLAUSE: Final = frozenset(("until", "till", "once", "after", "when", "before"))

# The words _clause_tense tests in the clause before the date, and the last letters of those it tests ("runs",
# "approved", "hosting"): any other word is skipped at once
LOOP_WORDS: Final = CUE_WORDS | CONDITIONAL | {"but", "to", "back"}
TESTED_ENDS: Final = ("s", "d", "g")
# ... and after it (a word in -ed ends in "d")
# present verbs of saying or showing, whose object clause's tense is not the date's: "Reports over the weekend suggest
# Meridian will be able to read the screen" (the reports, gone by), "Figures out on Friday show prices will rise"
PRESENT_REPORTING: Final = frozenset("suggest suggests say says show shows indicate indicates claim claims warn warns reveal "
                              "reveals".split())
NOT_PRESENT_BEFORE_SAYING: Final = frozenset("to not never n't will would could may might should can must did does do".split())
AFTER_LOOP_WORDS: Final = CUE_WORDS | SUBORDINATORS | QUESTION_WORDS | RELATIVE_PRONOUNS | PRESENT_REPORTING | {"with"}
WITH_ABSOLUTE_AFTER: Final = re.compile(r"\s*,\s+with\s+(?:[\w'’-]+\s+){1,4}?[a-z]+ing\b")  # ", with police saying"


PLAN_NOUNS: Final = frozenset(("plan", "plans", "proposal", "proposals"))
ON_COURSE_NOUNS: Final = frozenset(("track", "schedule", "course", "target", "pace"))  # "on track to"
AIM_NOUNS: Final = frozenset(("goal", "aim", "plan", "target", "hope", "intention", "objective", "idea", "priority", "task"))


# verbs whose object a base form follows ("let the government shut"), and those whose object a participle follows
# ("keep agencies funded", "have the car repaired")
CAUSATIVE: Final = frozenset("let lets letting make makes making made help helps helping helped watch watched see saw".split())
KEEP: Final = frozenset("keep keeps keeping kept leave leaves leaving left get gets getting got have has having want wants "
                 "wanted need needs needed".split())


# words that stand between a determiner and a participle used as an adjective ("their final televised debate", "the
# recently announced plan")
BETWEEN_DETERMINER_AND_PARTICIPLE: Final = frozenset("final first last second third next new only annual latest long recently "
                                              "previously newly widely originally officially publicly formally jointly "
                                              "initially tentatively provisionally already much".split())


def _far_future(clause: list[str]) -> str:
    """The word further back in the clause than the nearer ones read that tells what is to come: "will", "due"
    (FAR_FUTURE); "expected", not after "was", "were", "had", "been" ("veterans of the Normandy campaign expected at
    ceremonies marking the 80th anniversary of the landings on Thursday"); a schedule's or fixture's present after its
    plural subject ("Kaizer Chiefs and Orlando Pirates meet in the 185th Soweto derby at FNB Stadium on Saturday");
    "" when none does."""
    first = max(0, len(clause) - FAR_TOKENS)
    for j in range(first, len(clause) - MAX_TOKENS):
        w = clause[j].lower()
        if w in FAR_FUTURE:
            return "" if _past_clause_after(clause, j + 1, len(clause) - MAX_TOKENS) else w
        if j == first:
            continue  # (the word before it is not at hand)
        before = clause[j - 1].lower()
        if w in FAR_PLANS and clause[j + 1].lower() == "to":
            return w  # "plans to run its Brussels-Prague service three times a week from the spring": what is planned
        if w == "expected" and before not in BE_PAST and before not in ("had", "been") or w in ("expect", "expects"):
            return w  # ("economists expect egg prices to rise again in February, before leveling off in the second
            # quarter": what is expected now is to come)
        if (w in PLURAL_SCHEDULE or w in FIXTURE_VERBS) and _cue(w, clause[j - 1], clause[j + 1]) == "future":
            return w
    return ""


def _past_clause_after(clause: list[str], lo: int, hi: int) -> bool:
    """Whether a conjunction in clause[lo:hi] opens a clause of its own whose verb, before the expression, tells a
    past: "will launch in a window opening on Tuesday 27 October, after the spacecraft arrived safely in Kourou on
    Monday" (the arrival's day, gone by, not the launch's)."""
    for k in range(lo, hi):
        if clause[k].lower() in PAST_CLAUSE_OPENERS:
            for m in range(k + 1, len(clause)):
                t, prev = clause[m].lower(), clause[m - 1].lower()
                if t in FINITE_PAST or t[-2:] == "ed" and len(t) > 4 and t not in NOT_PAST_ED \
                        and prev not in PASSIVE_BEFORE and prev not in PERFECT:  # (not "is shipped", "has arrived")
                    return True
    return False


PAST_CLAUSE_OPENERS: Final = frozenset("after because since when as".split())


def _told_in_past(left: str) -> bool:
    """Whether the sentence that `left` ends in has a past verb before it: a word of PAST_WORDS or one in -ed."""
    for w in _tokens(left[left.rfind(". ") + 1:]):
        w = w.lower()
        if w in PAST_WORDS or w[-2:] == "ed" and len(w) > 4 and w not in NOT_PAST_ED:
            return True
    return False


def _had_before(tokens: list[str], i: int) -> bool:
    """Whether tokens[i] is a verb's in a past perfect: right after "had", or after "had" and "been" or an adverb
    ("had been due to expire Friday", "had originally planned"); not an object's word ("had visas due for renewal in
    June": the visas are due)."""
    prev = tokens[i - 1].lower() if i else ""
    return prev == "had" or i > 1 and tokens[i - 2].lower() == "had" \
        and (prev == "been" or prev[-2:] == "ly" or prev in MODAL_ADVERBS)


def _denied_subject(tokens: list[str], i: int) -> bool:
    """Whether one of the eight words before token `i` denies a subject: "neither", "nor", "nobody", "none", "no one"."""
    for k in range(max(0, i - 8), i):
        t = tokens[k].lower()
        if t in NEGATIVE_SUBJECT or t == "no" and k + 1 < i and tokens[k + 1].lower() == "one":
            return True
    return False


def _far_relative_past(piece: str) -> bool:
    """Whether the clause before a date (its text, `piece`) holds a relative clause, not closed by a comma, whose verb
    right after its pronoun is in the past ("that dumped", "which opened", "who fled"): the verb the date is told
    of. (Not "which agreed to purchase ... in February": what was agreed to comes after.)"""
    if " that " not in piece and " which " not in piece and " who " not in piece:
        return False
    rel = None
    for rel in RELATIVE_PAST.finditer(piece):
        pass  # (the last one)
    if rel is None or rel.group(1) and "," in rel.group(3):
        return False  # (", who scored 99.95, has been asked to light the menorah ... on Sunday evening": an aside closed)
    w = rel.group(2).lower()
    return (w in PAST_WORDS and w not in PAST_ADVERBS or w[-2:] == "ed" and w not in NOT_PAST_ED
            and w not in FUTURE_WORDS and w not in NOT_DONE_PARTICIPLES) and len(_tokens(rel.group(3))) >= MAX_TOKENS - 1


# a relative pronoun (after a comma, opening an aside), its next word (not before "to"), and the rest of the clause
RELATIVE_PAST: Final = re.compile(r"(,\s*)?\b(?:that|which|who)\s+([a-z]+)\b(?!\s+to\b)(?=([^;:()]*)$)")


def _hoped_to(tokens: list[str], to: int) -> bool:
    """Whether the infinitive whose "to" is token `to` is what a verb of hoping or aiming governs: right after it
    ("hopes to have offered"), or joined by "and" to an infinitive after it ("hoped to begin offering jabs ..., and
    to have offered")."""
    if to > 0 and tokens[to - 1].lower() in HOPING:
        return True
    if to == 0 or tokens[to - 1].lower() != "and":
        return False
    return any(tokens[k].lower() == "to" and tokens[k - 1].lower() in HOPING for k in range(max(1, to - 25), to - 1))


def _object_before(tokens: list[str], i: int, verbs: frozenset[str]) -> bool:
    """Whether token i follows one of `verbs` and its object ("let the government shut", "keep federal agencies
    funded"), a few words before it with no other verb between."""
    for j in range(i - 2, max(0, i - 5) - 1, -1):
        t = tokens[j].lower()
        if t in verbs:
            return True
        if t in CUE_WORDS or t[-2:] == "ed" or not t.isalpha():
            return False
    return False


def _infinitive_before(tokens: list[str], i: int) -> bool:
    """Whether token i, after "and", joins an infinitive a few words before it ("to close two libraries and cut"),
    with no other verb between them."""
    for j in range(i - 2, max(1, i - 8) - 1, -1):
        t = tokens[j]
        if tokens[j - 1].lower() == "to":  # (the infinitive's verb may be a cue word itself: "to close")
            return t.isalpha() and t.islower() and t not in DETERMINERS
        if t.lower() in CUE_WORDS or t[-2:] == "ed":
            return False
    return False


def _perfect_under_would(tokens: list[str], i: int) -> bool:
    """Whether token i, "had" or a verb in -ed after it, is a past perfect in a clause of time under "would":
    "services would not resume until the lines had been inspected on Saturday morning" is what was said of a time
    to come, the future perfect told back in the past ("will not resume until they have been inspected")."""
    k = i
    if tokens[k].lower() != "had":
        k -= 2 if i > 1 and tokens[i - 1].lower() == "been" else 1  # "had been inspected", "had finished"
    if k < 1 or tokens[k].lower() != "had":
        return False
    for j in range(k - 1, max(0, k - 5) - 1, -1):  # the clause of time opens a few words before "had"
        if tokens[j].lower() in TIME_CLAUSE:
            return any(t.lower() in ("would", "wouldn't") for t in tokens[max(0, j - 5):j])
    return False


def _present_after_subject(tokens: list[str], i: int, n: int) -> bool:
    """Whether a verb in the present follows token i and a subject of one or two words after it."""
    for k in (i + 2, i + 3):
        if k < n and ((w := tokens[k].lower()) in PRESENT_BE or _present_s(w)):
            return True
    return False


def _present_s(w: str) -> bool:
    """Whether a lowercased word after "which", "who" or the subject after "if" reads as a present tense in -s
    ("runs", "turns")."""
    return w not in NOT_PRESENT_S and w.isalpha() and len(w) > 3 and not w.endswith(("ss", "us", "is"))


def _named(word: str) -> bool:
    """A capitalised word that is not a plural: a name, the subject of a verb in the third person singular ("the
    Reserve Bank cut", "the ECB set"), for which the present tense would end in -s. Not a day's or month's name,
    which tells when, not who ("the acting government on Tuesday set 3 June as the date")."""
    return word[:1].isupper() and (not word.endswith("s") or word.endswith("ss")) \
        and word.lower() not in WEEKDAYS and word.lower() not in MONTHS


def _imperative(word: str, following: str) -> bool:
    """Whether a clause opening with `word` and `following` is an imperative ("Submit a meter reading on Monday",
    "Check your bin day before Christmas"): a verb that is rarely anything else, or one that is also a noun ("Call
    volumes rose on Monday", "Vote counting began") before the determiner or pronoun of its object."""
    if not word[:1].isupper():
        return False
    w = word.lower()
    return w in IMPERATIVES or w in NOUN_IMPERATIVES and following.lower() in IMPERATIVE_OBJECTS


IMPERATIVES: Final = frozenset("submit remember register apply avoid allow bring download renew please don't ensure expect "
                        "arrive collect stay".split())
NOUN_IMPERATIVES: Final = frozenset("check book call visit contact make take keep send plan order buy pay claim sign "
                             "watch join vote get leave".split())
IMPERATIVE_OBJECTS: Final = frozenset("a an the your any all it them this that these those yourself ahead early online".split())


D_ADVERBS: Final = frozenset("already ever not n't long since once".split())  # (between "'d" and its verb)


def _subject_before(clause: list[str], i: int) -> bool:
    """Whether the words before clause[i] are a subject that opens its clause: a determiner and one to three
    lower-case or capitalised words, none in lower case a form of a verb ("The war ended", "the new law passed", "the
    Somerset Levels flooded"; not "The expanded programme",
    where the word in -ed is the determiner's own). (The caller asks too that the verb be at most two words before
    the date, with no target among them: "Monarchs tagged at Cape May typically reach Mexico in early November" has
    another verb between, and "That date slipped first to spring 2024, then to December" moved it to a December
    that may be to come.)"""
    if i == 1:
        # a plural with no determiner: "Sales dropped sharply in April", "Talks stalled in May"; a name: "In January
        # Somerset flooded again"
        first = clause[0]
        return first.isalpha() and first[1:].islower() and (first[-1:] == "s" and first[-2:] != "ss" or _named(first)) \
            and first.lower() not in NOT_BARE_SUBJECTS
    # (words of a name too: "In January the Somerset Levels flooded again")
    return 2 <= i <= 4 and clause[0].lower() in DETERMINERS and all(
        t.isalpha() and (t.islower() or t.istitle()) and t.lower() not in NOT_SUBJECT_WORDS
        and (t[-2:] not in ("ed", "ng") or t.istitle()) for t in clause[1:i])


def _subject_after_comma(piece: str, from_end: int) -> bool:
    """_subject_before, for a clause whose subject follows a phrase put before it and a comma ("After two weeks of
    testimony, a jury convicted Pitre on April 25"): the subject opens what follows the last comma, and the verb is
    the token `from_end` tokens from the clause's end."""
    tail = _tokens(piece[piece.rfind(", ") + 2:])
    j = len(tail) - from_end
    return j >= 1 and _subject_before(tail, j)


# (words after a determiner that leave no subject before the verb: "the more talks stalled in May" is no clause
# opened by its subject)
NOT_SUBJECT_WORDS: Final = frozenset("and or but of to in on at for by with from as than more most".split())
# (words in -s that are no plural subject)
NOT_BARE_SUBJECTS: Final = DETERMINERS | frozenset("has was is as thus perhaps always sometimes yes unless whereas towards "
                                            "besides once less plus minus its his this".split())


def _firm(cue: str, w: str, previous: str | None, following: str | None, word_before: str | None = None,
          subject: bool = False) -> bool:
    """Whether a cue word's tense is the date's own, to be trusted over a nearer reading of the date.

    Not a verb of saying (its tense is the report's), nor a word in -ed unless it follows "was", "had", a
    subject pronoun, a name or (`subject`) a subject that opens its clause ("preferred shares on Oct. 31" is an
    adjective), nor a present perfect ("has set Nov. 10
    as the deadline"), nor a verb followed by the target it moved to ("was extended to Nov. 16"), nor an
    adverb of another date ("due to expire last Thursday, to Nov. 6"), nor "would". `word_before` is the word before
    the cue as written, when it may be a name (read only of a verb whose past is its present: see _named)."""
    if cue == "future":
        return w in FIRM_FUTURE
    if w in REPORTING or w in PAST_ADVERBS or previous in PERFECT or (following or "").lower() in TARGET_AFTER:
        return False
    if w in SAME_FORMS:
        # "a rate cut in March": a noun, or a present tense, as often as a past; but after a name in the singular
        # ("the Reserve Bank cut the cash rate in February") the present would be "cuts"
        return previous in FIRM_PAST_BEFORE or word_before is not None and _named(word_before)
    # (a word in -ed after a name is its verb: "In January, Formula One Management rejected the application"; not
    # after a letter or an abbreviation: "Series H preferred shares")
    return w in PAST_WORDS or previous in FIRM_PAST_BEFORE or w[-2:] == "ed" and word_before is not None \
        and (subject or word_before[1:].islower() and _named(word_before))


def _capital_name(w: str, tokens: list[str], i: int) -> bool:
    """Whether tokens[i], a cue word `w` in lower case, is a name written with its capital: "Fed policymakers enter
    their blackout period on Saturday" (the Federal Reserve), "Ash Wednesday, the start of Lent, is on 18 February"
    (the season, after a word in lower case: not a verb opening a sentence); "The match is on Sat 22 Feb, KO 2pm" (a
    weekday, before its date: not a verb); "in April and May, floods in September" (the month, not the modal); a name
    that ends as a past does, among capitalised words: "Service at Bethel Chapel, Pencoed, on Monday 20th December"."""
    return w == "fed" and tokens[i][0] == "F" or w == "lent" and tokens[i][0] == "L" and i > 0 and tokens[i - 1][:1].islower() \
        or w == "sat" and tokens[i][0] == "S" and i + 1 < len(tokens) and tokens[i + 1].lower() in MONTH_WORDS \
        or w == "may" and tokens[i][0] == "M" \
        or w[-2:] == "ed" and i > 0 and tokens[i][0].isupper() and not tokens[i].isupper() and tokens[i - 1][:1].isupper()


MONTH_WORDS: Final = frozenset("january february march april may june july august september october november december "
                        "jan feb mar apr jun jul aug sep sept oct nov dec".split())  # (a token has no digits: "Sat 22 Feb")


def _tokens(text: str) -> list[str]:
    """TOKEN.findall(text), faster: a token never spans whitespace, so each whitespace-separated chunk is
    tokenised on its own, and most chunks are a plain word, which is its only token."""
    chunks = text.split()
    if text.isascii() and "".join(chunks).isalpha():
        return chunks  # (often so of a whole clause: one look for all its chunks)
    out = []
    for chunk in chunks:
        if chunk.isalpha() and chunk.isascii():
            out.append(chunk)
        else:
            out += _TOKENS_OF(chunk)
    return out


_TOKENS_OF: Final = TOKEN.findall  # (bound once: _tokens runs on every clause read, and a lookup per chunk adds up)
