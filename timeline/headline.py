"""Headline-style titles from a clause: "Russia had published a draft security agreement, in which ..." ->
"Russia publishes draft security agreement".

Conservative by design: it rewrites only a clause whose subject and first verb group it can find (an
auxiliary such as "will"/"had", or a past-tense verb right after the subject); anything else is returned as
it was, because a clumsy rewrite reads worse than the reporter's own words.
"""
from __future__ import annotations

import re

from . import patterns as pt

WORD = re.compile(r"\S+")
MAX_OBJECT_WORDS = 8
# what may follow a participle after its noun, before the clause's verb: "built since have been tested", "agreed before then"
PARTICIPLE_PARTICLES = frozenset("out up off down".split())
TIME_PARTICLES = frozenset("since before after until".split())
FINDING_VERBS = frozenset("found showed said concluded suggested revealed warned estimated".split())
OBJECT_OPENERS = frozenset("a an the its their his her our this that these those".split())
PARTICIPLE_PREPOSITIONS = frozenset("in at on for from with to into under over during near inside outside".split())
MODAL_ADVERBS = frozenset("not also next then now soon probably likely first again still only never just".split())
# a word after which a form in -ed is an adjective: "to vote on assisted dying", "met with increased demand"
ADJECTIVE_AFTER = frozenset("in of at from for with on near into by about over under against between among without".split())
SCHEDULED_WHEN = frozenset("on in at for by within later next early late".split())  # "vote expected on ..."
NEGATIONS = frozenset(("not", "never", "almost", "nearly", "barely", "hardly"))  # and hedges: "will almost double"
FINITE_AUXILIARIES = frozenset("have has had is are was were will would".split())
STOP_LOOKAHEAD = frozenset("who which that and but or after before when because as since while if although so".split())
CONJUNCTIONS = frozenset("if when because although while as once after before since unless until though".split())
AUXILIARIES = pt.BE_FORMS | pt.MODALS | frozenset("had has have do does did".split())
PREPOSITIONS = frozenset("in of at from for with on near across".split())
VOWEL_GROUPS = re.compile(r"[aeiou]+")
RE_STEM = re.compile(r"(?<![aeio])ir$")
ONE_SYLLABLE_UNDOUBLED = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]$|.*[^aeiou]il$")  # "nam", "scal", "compil"
RATE_BEFORE = tuple("0123456789%")  # a word a rate's article follows: "$62 a share", "28% a year"
NAME_ENDINGS = ("us", "as", "os", "ss")  # (not "is": "Israelis", "Pakistanis")
SUBJECT_ADVERBS = frozenset("also still now then already even".split())  # "Problems also resulted": no part of the noun
ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
PLURAL_NOUNS = frozenset("police people staff crew personnel cattle clergy men women children".split())  # plurals with no -s
PLURAL_HEADS = frozenset("two three four five six seven eight nine ten dozens hundreds thousands millions tens "
                         "many several some most all both few".split())


def headline(clause: str) -> str:
    """A present-tense headline for the clause, or the clause itself when it has no clear subject and verb."""
    words = WORD.findall(clause)
    if len(words) < 3:
        return clause
    whole = len(words)
    words = _drop_opening_phrase(words)
    opened = len(words) < whole  # after "In Cape Town, " the subject starts lower case: "police said"
    found = _verb_group(words)
    if found is None:
        return clause
    start, end, lemma = found
    subject = words[:start]
    if not 1 <= len(subject) <= 7 or not (subject[0][:1].isupper() or subject[0][:1].isdigit() or opened) \
            or any(w.lower() in AUXILIARIES for w in subject) or subject[0].lower() in CONJUNCTIONS:
        return clause  # no subject: "Is accused of ...", "Had burned more than 14,000 acres", "Is not expected to"
    verb = lemma if plural(subject) else _third_person(lemma)
    rest = _object(words[end:])
    kept = subject + [verb] + rest
    # a headline drops articles, but not the one of a rate ("$62 a share", "28% a year") nor "half an hour"
    out = [w for k, w in enumerate(kept) if w.lower() not in ("a", "an", "the")
           or w.lower() != "the" and k > 0 and (kept[k - 1].endswith(RATE_BEFORE) or kept[k - 1].lower() == "half")
           ] if rest or subject else []
    text = " ".join(out).strip(" ,;:")
    return text[:1].upper() + text[1:] if len(out) >= 3 else clause


def subject_of(sentence: str) -> str | None:
    """The subject of a sentence's first verb ("Toyota, Honda and Nissan have all reported ..."), when it is
    plainly one: a few words, capitalised, no auxiliary or conjunction among them."""
    words = _drop_opening_phrase(WORD.findall(sentence))
    found = _verb_group(words) if len(words) >= 2 else None
    if found is None:
        return None
    subject = words[:found[0]]
    if not 1 <= len(subject) <= 7 or not subject[0][:1].isupper() or subject[-1].endswith(",") \
            or any(w.lower() in AUXILIARIES or w.lower() in CONJUNCTIONS or w.lower() in ("who", "which", "that")
                   for w in subject):
        return None
    return " ".join(subject)


def drop_opening_phrase(clause: str) -> str:
    """The clause without an opening phrase set off by a comma ("During his speech, Castro said ...")."""
    words = WORD.findall(clause)
    kept = _drop_opening_phrase(words) if words else words
    return " ".join(kept) if len(kept) < len(words) else clause


def _drop_opening_phrase(words: list[str]) -> list[str]:
    """"In a phone call with Putin, Biden will say ..." -> "Biden will say ..."."""
    if words and words[0].lower() in pt.OPENING_PREPOSITIONS:
        for i, w in enumerate(words[:10]):
            if i > 0 and verbish(w):
                break  # "At EDS profit jumped 16%, ...": the comma is after the clause's verb, not the opening's
            if w.endswith(",") and len(words) - i - 1 >= 3:
                rest = words[i + 1:]
                if not all(v[:1].isupper() for v in words[1:i + 1]):
                    return rest
                # "In Cape Town, South Africa, police said": after a place, its region goes too
                for j, v in enumerate(rest[:3]):
                    if verbish(v):
                        break
                    if v.endswith(",") and len(rest) - j - 1 >= 3:
                        return rest[j + 1:]
                return rest
    return words


def verbish(word: str) -> bool:
    """A word that may be the verb of a clause: a modal, a past form."""
    low = word.lower().strip(",.;:")
    return low in pt.IRREGULAR_PAST or low in pt.MODALS or (low.endswith("ed") and len(low) > 4)


def _verb_group(words: list[str]) -> tuple[int, int, str] | None:
    """(start, end, lemma) of the first verb group: "will speak", "had published", "spoke", "was captured"."""
    for i, raw in enumerate(words[:9]):
        w = raw.lower().strip(",.;:")
        if i == 0:
            continue
        nxt = words[i + 1].lower().strip(",.;:") if i + 1 < len(words) else ""
        if w in pt.MODALS and nxt:
            j = i + 1
            while j < len(words):
                adverb = words[j].lower().strip(",")
                if adverb in NEGATIONS:
                    return None  # "would not take effect until ...", "will almost double": a present would lose it
                if adverb not in MODAL_ADVERBS and not _adverb_ly(adverb):
                    break
                j += 1  # "will next update", "would probably cut"
            if j < len(words):
                base = words[j].lower().strip(",.;:")
                if base == "be" or not base.isalpha():
                    return None
                return i, j + 1, base
            return None
        if w in ("had", "has", "have"):
            j = i + 1 + (nxt in pt.PERFECT_ADVERBS)
            participle = words[j].lower().strip(",.;:") if j < len(words) else ""
            # "has raised", "had already agreed"; not "has not reached", "has more than doubled", "has five
            # goals": a perfect it cannot put in the present, or "have" as the verb itself
            return (i, j + 1, _lemma(participle)) if j == i + 1 and _lemma(participle) else None
        if w in pt.BE_FORMS and nxt in pt.SCHEDULE_VERBS and i + 3 < len(words) and words[i + 2].lower() == "to":
            base = words[i + 3].lower().strip(",.;:")
            if _adverb_ly(base):
                return None  # "is expected to nearly triple": no present says "nearly" so
            # "are scheduled to hold talks": what is planned, as "will hold" would say it; "had been due to
            # expire" takes its "had" along
            start = i - 1 if i > 1 and words[i - 1].lower() in ("had", "has", "have", "will", "would") else i
            return (start, i + 4, base) if base.isalpha() and base != "be" else None
        if w in pt.BE_FORMS:
            k = i + 1 + (nxt in ("not", "also", "never", "still") or _adverb_ly(nxt))  # "was not involved", "was fully restored"
            part = words[k].lower().strip(",.;:") if k < len(words) else ""
            if part.endswith("ed") or part in pt.IRREGULAR_PAST:
                return None  # passive: keep the reporter's words
        if words[i - 1].endswith(","):
            return None  # "Meeting between Russia and NATO, followed by ...": a participle, not the main verb
        if raw[:1].isupper():
            continue  # "Khalfan Khamis Mohamed": a name, not a past tense
        if w in pt.SCHEDULE_VERBS and (nxt == "to" or w != "planned" and nxt in SCHEDULED_WHEN):
            # "a summit expected to be dominated by ...", "the vote expected on the afternoon of the second day": a
            # headline says it so (not "expects")
            return None
        if w in pt.IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4 and w not in pt.NOT_VERBS_ED
                                      and words[i - 1].lower() not in pt.DETERMINERS
                                      and words[i - 1].lower() not in ADJECTIVE_AFTER
                                      and not (i > 1 and _adverb_ly(words[i - 1].lower()) and _modifies(words[i - 2]))):
            # (not "The government's closely watched employment report": an adjective after an adverb)
            if _participle(words, i):
                continue  # "A man accused of burglary pleaded ...": a participle; the verb comes later
            return i, i + 1, _lemma(w)
        if w in pt.DETERMINERS or w in ("who", "which", "that"):
            return None  # reached the object or a relative clause without a verb: not a simple clause
    return None


LY_VERBS = frozenset("fly apply rely reply supply comply multiply rally tally ally imply bully".split())


def _modifies(word: str) -> bool:
    """Whether a word opens a noun phrase that a participle after it may be an adjective in: a determiner or a
    possessive ("the", "its", "government's")."""
    low = word.lower()
    return low in pt.DETERMINERS or low.endswith(("'s", "’s"))


def _adverb_ly(word: str) -> bool:
    """An adverb in -ly ("probably", "fully"), not a verb that ends so ("will fly to Baku")."""
    return word.endswith("ly") and word not in LY_VERBS


def _participle(words: list[str], i: int) -> bool:
    """Whether the -ed word at i is a participle after its noun, the clause's verb still to come: "a man accused
    of burglary pleaded", "a test carried out by the ministry found", "students placed in temporary housing have
    been promised"."""
    after = [w.lower() for w in words[i + 1:i + 8]]
    if after[:1] in (["of"], ["by"]) or after[:2] in (["out", "by"], ["up", "by"], ["off", "by"], ["down", "by"]):
        return True
    if after[:1] and after[0] in FINITE_AUXILIARIES | FINDING_VERBS:
        return True  # "Any deal agreed would be announced", "An independent review published found" (its date cut)
    if after[:1] and after[0] in TIME_PARTICLES:
        # "The defences built since have been tested", "Any deal agreed before then would be announced" (not "The
        # process concluded after the Netherlands gave its go-ahead": a clause of its own follows)
        k = 1 + (after[1:2] in (["then"], ["now"]))
        return after[k:k + 1] != [] and after[k] in FINITE_AUXILIARIES
    if not after or after[0] not in PARTICIPLE_PREPOSITIONS and after[0] not in PARTICIPLE_PARTICLES:
        return False  # "The Pentagon announced a carrier group would remain": an object follows, the verb is active
    for k, w in enumerate(after[1:], 1):
        if w.endswith(",") or w in STOP_LOOKAHEAD:
            return False
        if w in FINITE_AUXILIARIES and after[k - 1] != "to":  # (not "sought to have the family sign")
            return True
        if (w in pt.IRREGULAR_PAST or w.endswith("ed") and len(w) > 4 and w not in pt.NOT_VERBS_ED) \
                and after[k - 1] not in pt.DETERMINERS and k + 1 < len(after) and after[k + 1] in OBJECT_OPENERS:
            return True  # "A configuration change pushed to a network system caused an outage"
    return False


S_STEMS = frozenset("focus bias census canvas bus nonplus".split())  # -sed verbs whose base has no "e"
# -sted and -eted verbs whose base ends in "e" (not "targeted", "trumpeted", "budgeted")
E_STEMS = frozenset("wast past tast bast hast complet delet deplet compet secret".split())
EAT_STEMS = ("treat", "feat", "heat", "peat", "seat", "cheat", "bleat", "pleat")  # -eated verbs whose base has none


def _lemma(word: str) -> str | None:
    """The base form of a past tense or participle: spoke -> speak, published -> publish, planned -> plan."""
    if word in pt.IRREGULAR_PAST:
        return pt.IRREGULAR_PAST[word]
    if not (word.endswith("ed") and len(word) > 4):
        return None
    if word.endswith("eed"):
        return word[:-1]  # agreed -> agree, guaranteed -> guarantee
    stem = word[:-2]
    if stem.endswith("it") and len(VOWEL_GROUPS.findall(stem)) > 1 and not re.search(r"(?:inv|exc|rec|ign|inc|un)it$", stem):
        return stem  # visited -> visit, edited -> edit (but invited -> invite, cited -> cite)
    if stem in S_STEMS or stem.endswith(EAT_STEMS):
        return stem  # focused -> focus, biased -> bias; treated -> treat, defeated -> defeat
    if stem in E_STEMS:
        return stem + "e"  # wasted -> waste, tasted -> taste
    if stem.endswith("v") or re.search(r"(?:[aeiou][aeiou][sz]|[^a]ud|[^aeiou]ar|ibut|[lnpr]s|[^aeiou]ib|[^aeiou]ob|"
                                       r"[^aeiou]ut|ced|uad|[^aeiou]am|[^o]ok|yz|phon|[^aeiou]um)$", stem):
        # involved -> involve, released -> release, included -> include, compared -> compare; reversed ->
        # reverse, licensed -> license, collapsed -> collapse, pulsed -> pulse; described -> describe, probed -> probe,
        # diluted -> dilute, conceded -> concede, persuaded -> persuade, renamed -> rename, invoked -> invoke,
        # analyzed -> analyze, telephoned -> telephone, presumed -> presume
        return stem + "e"
    if stem.endswith("i"):
        return stem[:-1] + "y"  # tried -> try
    if RE_STEM.search(stem):
        return stem + "e"  # retired -> retire, acquired -> acquire, fired -> fire (not chaired, repaired)
    if stem.endswith("u"):
        return stem + "e"  # issued -> issue, continued -> continue
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        return stem[:-1]  # planned -> plan
    if stem.endswith(("ell", "oll")) and len(VOWEL_GROUPS.findall(stem[:-1])) >= 2:
        return stem[:-1]  # (British) cancelled -> cancel, travelled -> travel, patrolled -> patrol; not spelled -> spell
    if ONE_SYLLABLE_UNDOUBLED.match(stem) or stem.endswith(("stor", "plor", "gnor", "scor")) or stem == "ador":
        return stem + "e"  # named -> name, scaled -> scale (a syllable like "nam" would double: "planned"); restored
    if re.search(r"(?:[^aeiou][aeiou][cgsvz]|[^aeiou]c|[^o]ur|at|it|ag|[^ao]id|[^e]ap|[^o]ot|[^o]od|[^aeiou]in|[aiu]ng|rg|[bcdfgkpstz]l|[bcdfgkpt]r|dg|[^aeiou]ad|[^aeiou]ul|elcom)$", stem) \
            and not stem.endswith(("ss", "sh", "ch", "st", "nt", "rt")):
        return stem + "e"  # announced -> announce, raised -> raise, drizzled -> drizzle, centred -> centre, welcomed
    return stem


def _third_person(lemma: str) -> str:
    if lemma == "have":
        return "has"
    if re.search(r"(?:s|sh|ch|x|z|o)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


def plural(subject: list[str]) -> bool:
    """Whether the subject takes the verb's base form: a plural ("Voters in Ashford County choose"), "I", "you"."""
    low = [w.lower().strip(",") for w in subject]
    if low[0] in ("i", "you", "we", "they") and all(w.endswith("ly") or w in ("in", "fact", "also", "never", "just", "still", "now",
                                                                            "then", "almost", "already", "once", "nearly")
                                                   for w in low[1:]):
        return True  # "They simply measured" -> "They simply measure"
    while len(low) > 1 and (_adverb_ly(low[-1]) or low[-1] in SUBJECT_ADVERBS):
        subject, low = subject[:-1], low[:-1]  # "Police quickly arrested": the adverb is no part of the noun
    # the head noun comes before a preposition or a participle: "Voters in Ashford County", "Polls carried out"
    head = next((k for k, w in enumerate(low) if k and (w in PREPOSITIONS or w.endswith("ed") and len(w) > 4)), len(low)) - 1
    subject, low = subject[:head + 1], low[:head + 1]
    if low[-1] in PLURAL_HEADS:
        return True  # "Two of Elian's cousins seek"
    if "and" in low or low[-1] in ("they", "we", "both", "leaders", "sides", "officials") or low[-1] in PLURAL_NOUNS:
        return True  # ("Police seize a car bomb")
    if (any(w.replace(",", "").isdigit() and w != "1" for w in low[:-1]) or low[0] in PLURAL_HEADS) \
            and low[-1].endswith("s") and not low[-1].endswith("ss"):
        return True  # "Some 1,500 ethnic Albanians march", "Several Democrats say": a count of them
    last = subject[-1].strip(",")
    if len(subject) == 1 and last[:1].isupper() and last.lower().endswith(NAME_ENDINGS):
        return False  # "Nimbus unveiled", "Qantas said": a name (plurals end otherwise: "Talks", "Officials", "Prices")
    if ACRONYM_PLURAL.fullmatch(last):
        return True  # "MPs will hold a final vote", "CEOs say"
    common = last.islower() or (len(subject) == 1 and last[1:].islower())  # "Talks will see": sentence-initial
    return common and last.endswith("s") and not last.endswith("ss")


def _object(words: list[str]) -> list[str]:
    """The words after the verb, up to the first comma or relative clause, at most a few."""
    out = []
    for w in words:
        low = w.lower()
        if low in pt.OBJECT_STOPS or len(out) >= MAX_OBJECT_WORDS:
            break
        if pt.ABBREVIATION_WORD.fullmatch(w):
            out.append(w)  # "U.S.", "Corp.": the stop is part of the word
            continue
        out.append(w.rstrip(",;:."))
        if w.endswith((",", ";", ":", ".")):
            break
    while out and out[-1].lower() in pt.TAIL_WORDS:
        out.pop()
    return out
