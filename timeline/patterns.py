"""Heuristics of English news pages outside the temporal grammar: boilerplate, sentences, reporting frames.

Each is a named, compiled constant; the code that uses them (segment.py, events.py, graph.py) stays short.
The temporal tagger's own vocabulary lives in timeline/temporal/lexicon.py.
"""
from __future__ import annotations

import re

from .temporal import lexicon as lx

# Boilerplate: whole lines that are not the article's news. Each pattern carries the reason shown on the page.
BOILERPLATE_LINES: list[tuple[re.Pattern, str]] = [
    (re.compile(r"^\s*(?:©|\(c\)|Copyright\b|All rights reserved)", re.I), "copyright line"),
    (re.compile(r"^\s*(?:ALSO READ|READ ALSO|READ MORE|Read also|Also read|Read more|Read on|See also|SEE ALSO|"
                r"RELATED|Related:|Related stories|MORE:|Recommended|Don't miss|Watch:|WATCH:)\b"), "link to another story"),
    (re.compile(r"^\s*READ\b\s+\S"), "link to another story"),
    (re.compile(r"^\s*(?:Leave a Reply|Leave a Comment|Post a Comment|Add a comment|Comments?\s*\(\d+\)|Contact Form|"
                r"Your email address will not be published|Required fields are marked|Previous Post|Next Post|"
                r"Back to top|Deja una respuesta|Tu dirección de correo electrónico|Los campos obligatorios|"
                r"Laisser un commentaire|Votre adresse e-mail ne sera pas publiée)", re.I), "comment form or page navigation"),
    (re.compile(r"^\s*(?:Share (?:this|on)|Click to share|Share:|Tweet this|Follow us on|Sign up for|Subscribe to|"
                r"Support us now|Support our journalism)", re.I), "share or subscribe prompt"),
    (re.compile(r"(?:thanks? to the (?:writer|author) of this (?:article|post)|You[’']ll help us keep delivering)", re.I),
     "publisher's note"),
    (re.compile(r"\((?:Image|Photo|Picture|Credit|Photograph)s?:\s*[^)]{1,60}\)\.?\s*$", re.I), "photo caption"),
]
# An author bio: a short run of self-descriptions ("Bacon ninja. Total social media junkie. Gamer.").
BIO_WORDS = re.compile(r"\b(?:enthusiast|ninja|advocate|junkie|fanatic|evangelist|guru|aficionado|maven|nerd|geek|"
                       r"buff|lover|fan|practitioner|trailblazer|expert|specialist|gamer|creator|writer|introvert|"
                       r"communicator|thinker|scholar|devotee|pioneer|addict|wannabe)\b", re.I)
BIO_MIN_WORDS = 3
BIO_MAX_CHARS = 400

# Sentences: a full stop, question or exclamation mark (and any closing quote) before a space and a capital,
# or a newline. Abbreviations do not end sentences.
SENTENCE_END = re.compile(r"""[.!?][\"'”’»)]*(?=\s+[\"'“‘«(]?[A-Z0-9])|[.!?][\"'”’»]*(?=[A-Z][a-z])|\n+""")
# A line break inside a sentence: after a line at least this long that does not end like a sentence, before a
# line that does not open a Markdown block (heading, list item, quote, table row).
WRAPPED_LINE_MIN_CHARS = 50
LINE_ENDS_SENTENCE = re.compile(r"[.!?:;\"'”’»)]$")
LINE_OPENS_BLOCK = re.compile(r"[ \t]*(?:[#>|*+-]|\d+[.)]\s)")
LIST_ITEM = re.compile(r"[ \t]*(?:[*+•–-]|\d+[.)])\s")  # a line that is an item of a list
# A word whose stop is part of it, not the end of a sentence: "U.S.", "Corp.".
ABBREVIATION_WORD = re.compile(r"(?:[A-Z]\.){2,}|(?:Inc|Corp|Co|Ltd|Bros|Jr|Sr|St|Mr|Mrs|Ms|Dr)\.")
ABBREVIATIONS = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Gov|Sen|Rep|St|Sgt|Lt|Col|Capt|Cmdr|Adm|Jr|Sr|Inc|Corp|"
                           r"Ltd|Co|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|"
                           r"Sat|Sun|MM|approx|est|Fig|p\.m|a\.m)|\b[A-Z]|\b(?:U\.S|U\.K|U\.N|E\.U|a\.m|p\.m))$")
# "a.m."/"p.m." ends a sentence when what follows is not the time's day, month, zone or place: "Sunday's service
# begins at 11 a.m. Organisers expect several hundred people" (not "at 11 a.m. Tuesday", "9 a.m. ET", "10 a.m. New
# York time")
CLOCK_ABBREVIATION = re.compile(r"\b[ap]\.m$")
CLOCK_GOES_ON = re.compile(r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d|"
                           r"[A-Z]{2,5}\b|(?:Eastern|Pacific|Central|Mountain|Atlantic|Greenwich|British|Local)\b|"
                           r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time\b|[(\d])")
# Words glued across a lost sentence break in scraped text: "ThursdayThe official", "January 10On the".
GLUED_BREAK = re.compile(r"(?<=[a-z0-9])(?=[A-Z][a-z])")

# Reporting frames: a clause whose action is the saying, not what was said.
REPORTING_VERBS = ("said", "says", "told", "announced", "announces", "confirmed", "reported", "stated", "added",
                   "tweeted", "wrote", "explained", "declared", "noted", "insisted", "indicated", "disclosed",
                   "revealed", "quoted", "briefed", "acknowledged", "claimed")
REPORTING_RIGHT_BEFORE = re.compile(r"\b(?:" + "|".join(REPORTING_VERBS) + r")(?:\s+(?:reporters|journalists|the press))?"
                                    r"(?:\s+(?:on|in|at|during|late|early|on\s+a|in\s+a|during\s+a))?\s*$", re.I)
# the day figures came out: "Britain's economy contracted by 0.1% in October, official figures showed on Friday"
DATA_SHOWED_BEFORE = re.compile(r"\b(?:figures|data|statistics|numbers|estimates)\s+(?:showed|released|published)\s+(?:on\s+)?$",
                                re.I)
# "Thursday's briefing", or a named speaker right after the date: "on Thursday, CNN quoted ...".
REPORTING_RIGHT_AFTER = re.compile(r"^[’'`s]*\s*(?:,\s*)?(?i:briefing|press conference|statement|announcement|interview)\b"
                                   r"|^\s*,\s*(?:(?:the|a|an|The|A|An)\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*\s+(?:"
                                   + "|".join(REPORTING_VERBS) + r")\b")
REPORTING_CLAUSE = re.compile(r"^(?:(?:a|an|the)\s+)?(?:[\w.’'-]+\s+){0,7}?(?:" + "|".join(REPORTING_VERBS) + r")\b"
                              r"(?:\s+(?:reporters|journalists|the press))?\s*$", re.I)
ACCORDING_TO = re.compile(r",?\s*(?:according to|as per|citing|quoted by)\s+[^,.;]*", re.I)
SAID_TAIL = re.compile(r",?\s*(?:(?:a|an|the)\s+)?(?:[\w.’'-]+\s+){0,6}?(?:" + "|".join(REPORTING_VERBS) + r")"
                       r"(?:\s+(?:reporters|journalists))?(?:\s+(?:on|in|at|late|early))?\s*[.,]?\s*$", re.I)  # ("..., its distributor said on")
# A report's frame set off by commas inside the sentence: "The case will resume on January 12, the judge said, more
# than five weeks later than planned"
SAID_ASIDE = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+)?(?:[\w.’'-]+\s+){0,5}?(?:said|says|added|told\s+reporters)\s*,", re.I)
# (a verb that also takes a thing as its object is a report's only before "that": "the company acknowledged the
# problem", "users reported errors", "announced a recall" tell what happened)
OBJECT_VERBS = ("announced", "announces", "confirmed", "reported", "noted", "indicated", "disclosed", "revealed",
                "acknowledged", "claimed", "declared", "wrote")  # ("declared a state of emergency", "wrote a letter")
# whom a report was told to: "told investors it expected ...", "told the BBC", "told Reuters"
TOLD_TO = (r"told\s+(?:reporters|journalists|investors|analysts|lawmakers|legislators|parliament|MPs|senators|staff|"
           r"employees|shareholders|jurors|the\s+jury|the\s+court|the\s+inquiry|the\s+hearing|the\s+committee|police|officers|"
           r"the\s+(?:BBC|AP|AFP)|(?:the\s+)?(?-i:[A-Z][\w.&-]*)(?:\s+(?-i:[A-Z][\w.&-]*))*)\s+(?:that\s+)?")
SAID_HEAD = re.compile(r"^(?P<subject>(?:(?:a|an|the)\s+)?(?:[\w.’'-]+\s+){0,6}?)(?:" + TOLD_TO + "|(?:"
                       + "|".join(v for v in REPORTING_VERBS if v not in OBJECT_VERBS) + r")(?!\s+to\b)"  # ("told to avoid")
                       r"(?:\s+(?:reporters|journalists))?\s*(?:that\s+)?|(?:" + "|".join(OBJECT_VERBS) + r")"
                       r"(?:\s*,\s*(?:[\w’'-]+\s+){0,3}[\w’'-]+\s*,)?\s+that\s+)", re.I)  # ("noted, however, that")

NOT_IN_SUBJECT = frozenset("after before when while since because as if and but or than that which who whom where "
                           "until during of in on at for by with from to".split())
# speakers that are no "he" or "she"
NO_PERSON = frozenset("police government company ministry department agency court council office service army military "
                      "statement report committee board commission club party union group firm bank authority "
                      "spokesman spokeswoman spokesperson family".split())
SPEAKER_PRONOUN = re.compile(r"(?:he|she|it|they)\b", re.I)  # what a report says, told of its speaker
# a second verb with its own modal, after "and": "would publish a review and would freeze changes"
MODAL_CONJUNCT = re.compile(r"\s(?:and|but|or)\s+(?P<vp>(?:will|would|could|should|may|might|must|can|shall)\s+"
                            r"(?:not\s+|also\s+|then\s+)?[a-z]{2,})\b(?![^,.;:]*\s(?:and|but|or)\s)")
# ... or a second verb in a past form (told by headline.verbish): "she left school, and joined the union"
# with what a verb takes after it, not a noun ("dismembered and decapitated body", "common and preferred stock"), nor
# another participle ("kidnapped and presumed killed")
PAST_CONJUNCT = re.compile(r"(?:,\s+|\s)(?:and|but)\s+(?P<vp>(?:then\s+|later\s+)?(?P<verb>[a-z]{3,})(?:\s+(?:a|an|the|its|their|his|"
                           r"her|our|this|that|these|those|some|all|more|other|another|one|two|three|four|five|[$£€\d]|"
                           r"to|in|at|on|for|with|from|into|up|out|off|back|down|over)\b|$))(?![^,.;:]*\s(?:and|but|or)\s)")
STATE_BEFORE_DATE = re.compile(r"(?i:\b(?:(?:was|were|is|are)\s+(?:(?:just|shortly|soon|only|well|almost|nearly|about|around)\s+)?"
                               r"(?:in|on|at|after|before)|since)\s+(?:the\s+)?)$")
PHRASE_OPENING = re.compile(r"\s*(?i:in|on|at|by|unlike|after|before|compared|contrary)\b[^,.;:]{0,24}")  # "In contrast to "
WHEN_AFTER = re.compile(r",\s+when\s+", re.I)  # "was in 2015, when the river burst its banks": what happened then
OPENING_PHRASE = re.compile(r"\s*(?:(?:and|but|then)\s+)?(?:(?:on|in|at|by|late|early|later|earlier)\s+)?", re.I)
AS_SAYING = re.compile(r"^(?:[\w.’'-]+\s+){0,5}?as\s+(?:saying|telling\s+\w+)\s+(?:that\s+)?", re.I)

# Participles that open a clause about the noun before them ("the bridge, built in 1932, ...").
PARTICIPLES = ("founded", "built", "opened", "created", "established", "launched", "formed", "elected", "appointed",
               "named", "signed", "passed", "adopted", "introduced", "completed", "acquired", "bought", "released",
               "published", "held", "arrested", "detained", "convicted", "sentenced", "born", "discovered", "set up",
               "closed")  # not "scheduled for": that dates the noun itself (SCHEDULED_NP_BEFORE)
# Clause edges inside a sentence, and the words a title does not start or end with.
CLAUSE_EDGE = re.compile(r"\s*(?:[;:—–]|\s-\s|[“”\"«»()\[\]]|,\s+(?:which|who|where|while|whereas|although|though|"
                         r"but|and\s+(?:the|a|it|he|she|they|on|in|at)|in which|adding|according"
                         # (and a subject with its own verb: ", and wind chills could fall to 25 below by Tuesday"; not
                         # a report's second "that")
                         r"|and\s+(?!that\b)(?=(?:[\w'-]+\s+){1,3}(?:will|would|could|can|may|might|should|must|is|are|was|were|"
                         r"has|have|had)\s))\b)\s*")
WHEN_CLAUSE_END = re.compile(r",|" + CLAUSE_EDGE.pattern)  # the end of a clause opened by "when"
# A clause set off by commas inside a sentence, about the noun before it: "the talks, which began last week,
# would resume", "The company, founded in 1998, announced". It is left out of the sentence's title, and a date
# inside it dates the noun: "Talks began", "Company founded". It ends at the sentence's end or at a comma after
# which the sentence resumes with its verb ("..., would resume"); a comma before anything else belongs to the
# clause ("the plan, which calls for cooperation in steel, fuel and energy, was signed").
RESUMES_WITH_VERB = (r"(?:would|will|could|should|can|may|might|must|shall|is|are|was|were|has|have|had|did|does|do|"
                     r"also|still|now|then|next|later|again|never|recently|says|said|plans|remains|faces|expects|wants|needs|hopes|makes|takes|gets|"
                     # irregular pasts: "The bridge, built in 1826, fell into the river"
                     r"fell|went|came|took|made|began|saw|rose|won|lost|left|held|ran|met|broke|struck|became|sank|"
                     r"grew|fought|led|paid|sold|told|built|caught|drew|drove|flew|gave|kept|spent|stood|threw|wrote|"
                     r"sent|brought|bought|found|got|knew|heard|sat|fled|swept|spread|"
                     r"[a-z]+ed|[a-z]+ly)\b")
_OPENS = r"(?:which|who|" + "|".join(PARTICIPLES) + r")\s"
PARENTHETICAL = re.compile(r",\s+(?:(?P<body>" + _OPENS + r"[^;:()\[\]\"“”—–]*?),\s+(?=" + RESUMES_WITH_VERB + r")"
                           r"|(?P<tail>" + _OPENS + r"[^;:()\[\]\"“”—–]*?)[.!?]?$)")
# A name opening a sentence, then a noun phrase about it set off by commas, then the verb: "Apollo 17, the last crewed
# mission to the moon, launched in December 1972"; "Margaret Ellison, the marine biologist who ..., died on
# Saturday". The phrase is no part of the clause the verb is in (not "On Monday, the council ...": no name).
APPOSITIVE_OPENING = re.compile(r"(?!(?:In|On|At|By|For|From|During|After|Before|Since|Until|Last|This|Next|Earlier|Later|"
                                r"Meanwhile|However|But|And|So|Then|Now|Today|Yesterday|Still|Also)\b)(?![A-Z][a-z]+ly\b)"
                                r"(?:[A-Z][\w.’'-]*)(?:\s+(?:[A-Z][\w.’'-]*|\d+|of|de|van|von)){0,4}"
                                # (a phrase about a thing, "the last crewed mission", "a 52-year-old obstetrician"; not
                                # a list of names, "Poland, the Czech Republic and Hungary")
                                r",\s+(?P<body>(?:a|an|the)\s+(?:[a-z\d][^;:()\[\]\"“”—–]{2,200}?)),\s+(?=" + RESUMES_WITH_VERB + r")")
# At the end of a sentence such a clause stops before a reporting frame: "..., which includes the United States,
# an American spokesperson said on Monday."
FRAME_AFTER_COMMA = re.compile(r",\s+(?:[\w.’'-]+\s+){0,6}?(?:" + "|".join(REPORTING_VERBS) + r")\b", re.I)
ARTICLE_OPENING = re.compile(r"(?:a|an|the)\s", re.I)
# a noun after a preposition, then a participle, which is passive: "(according) to a study of 78,000 adults published"
PREPOSITION_OBJECT_PARTICIPLE = re.compile(r"(?i:to|of|in|for|by|after|before|from|with)\s+(?:a|an|the)\s+(?:[^,;:]|,(?=\d))*\s(?:[a-z]+ed|"
                                           r"built|held|made|taken|given|sold|written|won|seen|known|found|set|shown|sent)\s*\.?")
BARE_PARTICIPLE = re.compile(r"(?:first\s+|originally\s+|initially\s+)?(?:[a-z]+ed|built|held|made|taken|given|sold|written|"
                             r"won|seen|known|found|set|launched|shown|sent|brought|begun|drawn|struck|chosen|spent)")
PARENTHETICAL_PRONOUN = re.compile(r"^(?:which|who)\s+", re.I)
# Words a noun phrase before a clause set off by commas does not reach back over ("although conceptual drawings,
# released this month,").
NAME_JOINERS = frozenset("of and & de du la von van der".split())  # inside a name: "Bank of America"
NP_OPENERS = frozenset("although though because if unless whether and so where whereas".split())
COORDINATION = re.compile(r"(?<!\d),|,(?!\d)|\s(?:and|then|while|or)\s")  # not "2,000"
# (not a word in capitals, "WHO has set a target"; not "this" that is the subject, "This was a painful five weeks")
TITLE_STRIP_HEAD = re.compile(r"^(?:(?-i:UPDATED?|BREAKING|LATEST|EXCLUSIVE|CORRECTION|WATCH|LIVE)\s*:\s*|(?!(?-i:[A-Z]{2,})\b)(?:and|but|so|then|thus|meanwhile|however|also|that|which|who|while|as|because|"
                              r"the|a|an|in|on|at|for|by|of|to|with|during|after|before|since|from|"
                              r"(?:this|these|those)(?!\s+(?:is|was|are|were|has|have|had|will|would|could|can|may|might|must|"
                              r"should)\b)|alone,)(?:\b|(?<=,))[\s,]*)+", re.I)
# A clause title that starts so has no subject ("Or will do so", "Is expected to return", "Can be used on Monday").
SUBJECTLESS_TITLE = re.compile(r"(?:(?:or|nor|and|but)\s+)?(?:is|are|was|were|will|would|can|could|should|may|might|must|"
                               r"has|have|had|be|been|did|does|do)\b", re.I)
COORDINATED = re.compile(r"[\s,;]*(?:and|or|but)\s+(?=\S)", re.I)  # a clause joined to the one before it
TITLE_STRIP_TAIL = re.compile(r"(?:[\s,]+(?:and|but|or|so|the|a|an|in|on|at|for|by|of|to|with|during|after|before|"
                              r"since|from|until|than|as|per|is|are|was|were|be|that|which|just|shortly|about|around|"
                              r"into|onto|within|through|throughout|across|amid|toward|towards|against|between|via|"
                              r"approximately|roughly|nearly|almost|some|least|most|early|late|by\s+about))+[\s,.]*$", re.I)
# ("will be due on Nov. 1": the verb keeps its complement, "will be due")
PREPOSITION_BEFORE = re.compile(r"(?:\b(?:(?:beginning|starting|effective|from|until|till)\s+|(?:shortly|just|soon|well|long|right|"
                                r"immediately)\s+(?=(?:before|after|ahead)\b))?(?:on|in|at|for|by|since|until|till|from|of|during|before|after|between|over|throughout|"
                                r"around|(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?:scheduled for|set for|due on)|"
                                r"as of|through|as soon as|as early as|as late as|no (?:later|earlier|sooner) than|beginning|starting|"
                                r"ahead of)\s+(?:the\s+)?)$", re.I)
# a clause left opening with a report's verb once a phrase before it went: "(after a fire, ) and said services would ..."
SAID_OPENING = re.compile(r"(?:(?:and|but)\s+)?(?:said|says|added|announced|warned)\s+(?:that\s+)?(?=[a-z])", re.I)
POSSESSIVE_BEFORE = re.compile(r"(?<=\s)(?:its|their|his|her|our|my|your)\s+$", re.I)  # "results for its [Q4]"
WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")
PHRASAL_OVER = lx.PHRASAL_OVER
# "to" before a date that ends its clause: "in the 12 months to September, down from ..." (not "responded coolly to
# yesterday's announcement", where what follows the date is the word's object)
PERIOD_TO_BEFORE = re.compile(r"\b(?:months|weeks|years|days|quarters|year|week|month)\s+to\s+$", re.I)  # "the three months to October"
TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.I)
DATE_ENDS_CLAUSE = re.compile(r"\s*(?:[,;:.)]|$)")
# A date that names when a noun's happening takes place, not the clause's: "negotiations between the two
# countries, scheduled for January 10"; "talks expected to be followed on January 12 by a meeting of ...".
SCHEDULED_NP_BEFORE = re.compile(r"(?P<np>(?:[\w’'-]+\s+){0,9}?[\w’'-]+)\s*,?\s+(?:(?:is|are|was|were)\s+)?"
                                 r"(?:(?:scheduled|set|planned|slated|due)\s+(?:for|on)|dated)\s+(?:the\s+)?$", re.I)  # ("a notice dated")
# "recalling the summit in June in Geneva": a date after a noun naming a happening dates that happening.
EVENT_NOUNS = ("summit", "meeting", "talks", "negotiations", "election", "elections", "vote", "referendum", "visit",
               "trip", "attack", "attacks", "bombing", "invasion", "war", "ceasefire", "truce", "accord",
               "agreement", "deal", "treaty", "call", "hearing", "trial", "ruling", "verdict", "protest",
               "protests", "rally", "strike", "crash", "earthquake", "explosion", "shooting", "launch", "ceremony",
               "funeral", "inauguration", "coup", "annexation", "massacre", "uprising", "revolution", "collapse")
# (after a preposition or an -ing word: "ratified the accession treaty on Tuesday" is the ratifying's date)
EVENT_NP_BEFORE = re.compile(r"\b(?:in|at|of|from|after|before|during|since|until|for|to|about|over|[a-z]+ing)\s+"
                             r"(?P<np>(?:the|a|an|this|that|its|his|her|their|our)\s+(?:[\w’'-]+\s+){0,3}?(?:"
                             + "|".join(EVENT_NOUNS) + r"))\s+(?:in|of|on|at)\s+(?:the\s+)?$", re.I)
# What may follow such a date inside the happening's name: "in Geneva", "between the two leaders".
EVENT_PP_AFTER = re.compile(r"\s+(?P<pp>(?:in|at|between|with|of|near|outside)\s+(?:[^,;:.()\[\]\"“”]|\.(?!\s*$)){1,60}?)"
                            r"(?=\s+(?:which|who|that|where|when|and|but|to|was|were|is|are|had|has|will|would)\b|[,;:()]|\.?$)")
NP_STOP_WORDS = frozenset("""before after ahead until till since during for to by from at will would could should
can may might must shall is are was were be been has have had said says that which who when while as than
but or""".split())
FOLLOWED_BEFORE = re.compile(r"\b(?:followed|preceded|succeeded|replaced)\b[^.;:]{0,40}$", re.I)
BY_NP_AFTER = re.compile(r"\s*,?\s*(?:in\s+\w+\s*,?\s*)?by\s+(?P<np>(?:a|an|the)\s+[^,;:.]+)", re.I)
NP_END = re.compile(r"\s(?:followed|then|which|who|that)\s")  # "a meeting of X, followed by ...": X's end
ARTICLES = re.compile(r"\b(?:a|an|the)\s+", re.I)  # dropped from a headline-style title
SCHEDULE_VERBS = frozenset("scheduled set due expected slated planned going poised".split())
NP_MAX_WORDS = 8  # the longest noun phrase a clause set off by commas is taken to be about
TITLE_MAX_WORDS = 12
TITLE_MIN_WORDS = 2
# "the first crewed flight since Apollo 17 in December 1972": the date is the named happening's, a record's baseline
SINCE_NAMED_BEFORE = re.compile(r"\b[Ss]ince\s+(?P<np>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d+|of|the)){0,4})"
                                r"\s+(?:in|on)\s+$")
# "a day before the appointment": counted from the event it names, whose date we can only guess.
NAMED_ANCHOR_AFTER = re.compile(r"^\s+(?:before|after|ahead\s+of|prior\s+to|following)\s+(?:the|a|an|his|her|its|their|this|that|these)\s+\w", re.I)
# A date naming a stretch of leisure ("the New Year holiday") dates no news event.
# "a record going back to 1926", "its first rate cut since March 2020", "the highest turnout since 1994": where a
# stretch of time starts that a record or a count runs over, not the date of what the clause reports. ("Australia
# has been independent since 1901" is kept: the state began then.)
PERIOD_START_BEFORE = re.compile(r"\b(?:back\s+to|as\s+far\s+back\s+as)\s+(?:the\s+)?$")
SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+(?:the\s+)?$")
RECORD_WORDS = re.compile(r"(?i:\b(?:first|second|third|fourth|fifth|only|record|ever|most|least|fewest|highest|lowest|biggest|"
                          r"largest|smallest|strongest|weakest|best|worst|deepest|sharpest|steepest|fastest|slowest|longest|"
                          r"shortest|hottest|coldest|warmest|wettest|driest|deadliest|busiest|earliest|greatest|heaviest|"
                          r"cheapest|costliest|closest|widest|oldest|newest)\b)")
# "Date: June 3, 2024", "Updated: 10:04 a.m.": a field of the page, not a happening
# Between "has"/"had" and its participle, words a headline cannot keep in the present ("has not reached").
PERFECT_ADVERBS = frozenset("not never also already long more yet just since still".split())
# A date that opens its clause and is followed by its verb is the clause's subject ("2024 was a year of repair").
SAID_BEFORE_SUBJECT = re.compile(r"\b(?:said|says|expects?|expected|believes?|thinks?)\s+(?:that\s+)?$")  # "said 2026 was"
SUBJECT_OPENER = re.compile(r"(?i:because|when|as|while|if|although|and|but|so|)")
VERB_AFTER_SUBJECT = re.compile(r"\s+(?:is|was|were|are|has|had|will|would|falls|fell|began|begins|saw|sees|"
                                r"marks|marked|brought|brings)\b")
FIELD_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][A-Za-z]*(?:\s[A-Za-z]+)?:|(?i:(?:last\s+)?updated|posted|published|modified)\b:?)[ \t]*$")
# "a 19th-century stone bridge", "an 18th-century church": a century as a noun's modifier tells what kind of thing
# it is, not when anything happened
ATTRIBUTIVE_CENTURY = re.compile(r"\S+-century", re.I)
# A range of times: "between Friday night and Sunday morning", "from 6am on Wednesday until midnight on Thursday"
RANGE_OPEN_BEFORE = re.compile(r"\b(?i:between|from)\s+(?:[^\s,.;:!?]+\s+){0,3}$")
BETWEEN_BEFORE = re.compile(r"\b(?i:between)\s+$")
RANGE_CLOSE_JOIN = re.compile(r"\s*(?:and|to|into|until|till|through|thru|-|–)\s+(?:the\s+)?")
ON_JOIN = re.compile(r"\s+(?:on\s+)?")
# A wire story's dateline opening a paragraph: "MIAMI (AP) — ", "LONDON, Sept 14 (Reuters) - ", "WASHINGTON — ".
# Its date is the story's own, dating no happening, and it is no part of a title.
DATELINE = re.compile(r"^[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?"
                      r"(?:,\s*(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,4}\.?)(?:,\s*\d{4})?)?"
                      r"\s*(?:\([A-Z][\w.&' -]{0,24}\))?\s*(?:[—–-]{1,2}|_)\s+(?=[A-Z\"“‘'])", re.M)
EQUIVALENT_JOIN = re.compile(r"\s*\(\s*")
DAY_SPAN_JOIN = re.compile(r"\s*[-–]\s*")
# "to make up for ..." (not "to the surprise of many")
INFINITIVE_OPENING = re.compile(r"to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|date)\b)[a-z]+\b")
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", re.I)
# a noun after a date, which the date modifies (not a verb, preposition or conjunction after it)
NOUN_AFTER_DATE = re.compile(r"\s+(?!(?:and|or|but|to|of|in|on|at|for|with|by|from|as|when|while|was|were|is|are|has|had|have|will|"
                             r"would|could|can|may|might|should|must|did|does|do|said|says|that|which|who|after|before|than)\b)"
                             r"[a-z][a-z-]+\b")
WHEN_OPENS = re.compile(r"^.*\bwhen\s+", re.I | re.S)  # the last "when" before a date: what happened then is told after it
APPOSED_TIME_JOIN = re.compile(r",\s+(?:at|from|by)\s+(?:about\s+|around\s+)?")  # "on Saturday, at 10am"
LIST_JOIN = re.compile(r",?\s+(?:and|or)\s+(?:on\s+|in\s+)?(?:the\s+)?")  # "on Christmas Day and Boxing Day"
OR_JOIN = re.compile(r",?\s+or\s+(?:on\s+|in\s+)?(?:the\s+)?")
LEISURE_AFTER = re.compile(r"^[’'s]*\s+(?:holidays?|celebrations?|break|season|vacation|recess|festivities|weekend)\b", re.I)
SAYING_WORDS = re.compile(r"\b(?:say|says|said|tell|tells|told|announced?|reported|according)\b", re.I)

# Terms for comparing mentions: words of three letters or more, minus the most common function words.
TERM = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]{2,}|\d{3,}")
STOPWORDS = frozenset("""the and for are but not you all any can had her was one our out has him his how its may new
now old see two way who did get got let say she too use that with have this will your from they know want been
good much some time very when come here just like long make many more only over such take than them well were
what which their would there could should about after again also because before being between both during each
into most other same then these those through under until while where said says told according official officials
spokesman spokeswoman spokesperson source sources reporters statement added including however though although
already still even ever yet within without upon onto per via among around against across toward towards whose
whom itself himself herself themselves mr mrs ms""".split())
STEM_LENGTH = 5  # truncation stemming: russia/russian, annexed/annexation, negotiations/negotiators
# Words news uses interchangeably for one kind of happening; mapped to one term before comparing.
SYNONYMS = {"phone": "call", "telephone": "call", "conversation": "call", "exchange": "call", "speak": "call",
            "spoke": "call", "talk": "call", "interview": "call", "captured": "annex", "seized": "annex",
            "annexation": "annex", "annexed": "annex", "negotiations": "talks", "discussions": "talks",
            "dialogue": "talks", "meeting": "meet", "met": "meet", "meets": "meet"}

# Headlines (headline.py): verb groups and where an object ends.
MODALS = frozenset("will would shall could can may might must should".split())
BE_FORMS = frozenset("is are am was were be been being".split())
IRREGULAR_PAST = {"spoke": "speak", "spoken": "speak", "met": "meet", "held": "hold", "began": "begin",
                  "begun": "begin", "took": "take", "taken": "take", "gave": "give", "given": "give", "went": "go",
                  "gone": "go", "came": "come", "made": "make", "saw": "see", "seen": "see", "sent": "send",
                  "wrote": "write", "written": "write", "flew": "fly", "flown": "fly", "told": "tell", "said": "say",
                  "brought": "bring", "bought": "buy", "caught": "catch", "fought": "fight", "kept": "keep",
                  "knew": "know", "known": "know", "led": "lead", "left": "leave", "lost": "lose", "won": "win",
                  "paid": "pay", "ran": "run", "sold": "sell", "stood": "stand", "thought": "think", "fell": "fall",
                  "felt": "feel", "grew": "grow", "drew": "draw", "threw": "throw", "chose": "choose", "rose": "rise",
                  "spent": "spend", "struck": "strike", "broke": "break", "broken": "break", "found": "find",
                  "got": "get", "sought": "seek", "swore": "swear", "withdrew": "withdraw", "arose": "arise",
                  "forbade": "forbid", "overtook": "overtake", "shot": "shoot", "hung": "hang", "dealt": "deal",
                  "meant": "mean", "built": "build", "understood": "understand", "undertook": "undertake"}
NOT_VERBS_ED = frozenset("need speed seed bed red hundred proceed succeed indeed united based feed deed embed "
                         "shed wed breed bleed weed exceed alleged armed concerned detailed heightened limited "
                         "advanced experienced required ruled".split())
DETERMINERS = frozenset("a an the this that these those his her its their our my your some any no every each".split())
OPENING_PREPOSITIONS = frozenset("in on at during after before with despite amid for following since "
                                 "under while".split())
OBJECT_STOPS = frozenset("which who whom whose where while when although though because as if unless "
                         "according but".split())
TAIL_WORDS = frozenset("and or but the a an of to in on at for by with from as than that".split())
