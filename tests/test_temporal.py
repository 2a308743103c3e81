"""The English temporal tagger: a table of (text, DCT, expression, expected type/value/mod) cases."""
from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest

from timeline import dates
from timeline.temporal import tag

ROOT = Path(__file__).resolve().parent.parent
WED = "2021-12-29"  # a Wednesday: the DCT of most demo articles
THU = "2021-12-30"


def find(text: str, dct: str | None, span: str):
    """The expression whose text is `span` (the first one); fails with everything found otherwise."""
    found = tag(text, dct)
    for t in found:
        if t.text == span:
            return t
    pytest.fail(f"{span!r} not tagged in {text!r}; found {[(t.text, t.value) for t in found]}")


CHRONOLOGY = ("Timeline: how the crisis unfolded\n\nMarch 10 – Regulators close the bank.\n\nMarch 12 – A second lender "
              "is shut the same evening.\n\nMid-March – Shares in regional banks fall.\n\nLate April – A third lender "
              "fails.\n\nMay 1 – Regulators announce a sale.\n\nSummer – The Fed raises rates twice more.")

# (text, DCT, expression, type, value, mod)
CASES = [
    # --- required demo-corpus cases -------------------------------------------------------------------------
    ("The two presidents are due to speak by phone on Thursday.", WED, "Thursday", "DATE", "2021-12-30", None),
    ("Biden will speak on Thursday with Putin.", WED, "Thursday", "DATE", "2021-12-30", None),
    ("In a phone call with Putin scheduled for ThursdayThe official told reporters", WED, "Thursday", "DATE", "2021-12-30", None),
    ("The two leaders last spoke on December 17 by video.", WED, "December 17", "DATE", "2021-12-17", None),
    ("Talks will be held in Geneva on January 10.", WED, "January 10", "DATE", "2022-01-10", None),
    ("negotiations between the two countries scheduled for January 10On the nuclear arms", WED, "January 10", "DATE", "2022-01-10", None),
    ("NATO meets on January 12 and the OSCE the day after.", WED, "the day after", "DATE", "2022-01-13", None),
    ("Russia annexed Crimea in 2014.", WED, "2014", "DATE", "2014", None),
    ("Russia annexed Crimea in 2014. Fighting broke out in the east that same year.", WED, "that same year", "DATE", "2014", None),
    ("Troops massed on the border in early December.", WED, "early December", "DATE", "2021-12", "START"),
    ("Troops massed on the border at the beginning of December.", WED, "the beginning of December", "DATE", "2021-12", "START"),
    ("Talks are planned for next month.", WED, "next month", "DATE", "2022-01", None),
    ("Moscow announced on Saturday that the troops had returned.", WED, "Saturday", "DATE", "2021-12-25", None),
    ("Putin said today that he was satisfied.", THU, "today", "DATE", "2021-12-30", None),
    ("the call «happened at 3:35 p.m.» (2035 GMT).", THU, "3:35 p.m.", "TIME", "2021-12-30T15:35", None),
    ("U.S. officials have said in the run-up to Thursday’s call.", WED, "Thursday", "DATE", "2021-12-30", None),
    ("The call took place on Thursday, December 30, at the Kremlin's request.", THU, "Thursday, December 30", "DATE", "2021-12-30", None),
    ("The exchange will take place \"late in the evening\" in Moscow time.", WED, "late in the evening", "TIME", "2021-12-29TEV", "END"),
    ("This will be the second call in less than a month.", WED, "less than a month", "DURATION", "P1M", "LESS_THAN"),
    ("The call lasted about fifty minutes.", THU, "about fifty minutes", "DURATION", "PT50M", "APPROX"),
    ("It came just over three weeks after the video summit.", THU, "just over three weeks", "DURATION", "P3W", "MORE_THAN"),
    # number words: a unit joins a tens word or "another", not another unit
    ("The war lasted twenty-five years.", THU, "twenty-five years", "DURATION", "P25Y", None),
    ("They waited another six weeks.", THU, "another six weeks", "DURATION", "P6W", None),
    ("Volunteers work three eight-hour shifts over the festival.", THU, "eight-hour", "DURATION", "PT8H", None),
    # how long from a day dated after it; but a day counted from a weekday alone
    ("Trams will not run for just over three weeks from Saturday 11 April.", "2026-04-01", "just over three weeks",
     "DURATION", "P3W", "MORE_THAN"),
    ("Trams will not run for just over three weeks from Saturday 11 April.", "2026-04-01", "Saturday 11 April",
     "DATE", "2026-04-11", None),
    ("The collection runs for two weeks from Monday, Jan. 5.", "2025-12-22", "two weeks", "DURATION", "P2W", None),
    ("We are leaving for a week from Friday.", "2026-05-11", "a week from Friday", "DATE", "2026-05-22", None),
    # a count in figures with words between it and its unit
    ("Phoenix has hit at least 110 F for 14 consecutive days.", THU, "14 consecutive days", "DURATION", "P14D", None),
    ("There are 27 shopping days between Thanksgiving and Christmas.", THU, "27 shopping days", "DURATION", "P27D", None),
    ("The bill must pass within 30 calendar days.", THU, "30 calendar days", "DURATION", "P30D", None),
    ("Pupils lost 12 school days to the strike.", THU, "12 school days", "DURATION", "P12D", None),
    ("The lockup ends if the stock trades above the price for 10 consecutive trading days.", THU,
     "10 consecutive trading days", "DURATION", "P10D", None),
    ("Premium processing guarantees a decision within 15 business days.", THU, "15 business days", "DURATION", "P15D", None),
    # a range of weekdays given hours is each such day ("open from Tuesday to Sunday, 10am to 5pm"); not a stretch
    # from a time on one day to another
    ("Harwick Museum is open from Tuesday to Sunday, 10am to 5pm.", "2025-07-03", "Tuesday", "SET", "XXXX-WXX-2", None),
    ("Harwick Museum is open from Tuesday to Sunday, 10am to 5pm.", "2025-07-03", "Sunday", "SET", "XXXX-WXX-7", None),
    ("Huts will sell mulled wine from 11 a.m. to 9 p.m. Wednesday through Sunday.", "2023-11-24", "Sunday", "SET",
     "XXXX-WXX-7", None),
    ("Dinner Wednesday through Sunday, from 5:30 p.m.", "2024-05-01", "Wednesday", "SET", "XXXX-WXX-3", None),
    ("Gates open at 4 p.m. Thursday and at 11 a.m. Friday through Sunday.", "2024-08-14", "Sunday", "DATE",
     "2024-08-18", None),
    ("A winter weather advisory runs from noon Thursday through Friday morning.", "2026-06-10", "Friday morning", "TIME",
     "2026-06-12TMO", None),
    # a weekday joined to "every Monday" is a set too; one "a normal Monday" is any Monday
    ("A storytime runs at 10.30am every Monday and Friday.", "2026-03-20", "Friday", "SET", "XXXX-WXX-5", None),
    ("She gave 40 jabs, compared with two or three on a normal Monday.", "2024-07-22", "Monday", "DATE", "XXXX-WXX-1",
     None),
    ("We met on Monday and Friday.", "2026-03-20", "Friday", "DATE", "2026-03-20", None),
    # "a week later" counted from a day is a day, though something coarser was told since
    ("The first market is this Saturday, January 11. The hall has hosted a market since the 1850s. The market returns "
     "a week later.", "2025-01-09", "a week later", "DATE", "2025-01-18", None),
    # a day of every year or month
    ("The grouse season still opens on 12 August every year.", "2025-08-01", "12 August every year", "SET", "XXXX-08-12",
     None),
    ("The council declared Aug. 9 of each year Lenny Ashford Day.", "2025-08-01", "Aug. 9 of each year", "SET",
     "XXXX-08-09", None),
    ("The International Day of Peace is observed each 21 September.", "2025-08-01", "each 21 September", "SET",
     "XXXX-09-21", None),
    ("Payments continued on the 25th of every month.", "2025-08-01", "the 25th of every month", "SET", "XXXX-XX-25", None),
    ("It met on 3 May, every year since.", "2025-08-01", "3 May", "DATE", "2025-05-03", None),
    # a half or a quarter of a unit
    ("For a quarter century, the Foxes have rebuilt.", THU, "a quarter century", "DURATION", "P25Y", None),
    ("The meeting ran a half-hour late.", THU, "a half-hour", "DURATION", "PT30M", None),
    ("It lasted a half century.", THU, "a half century", "DURATION", "P50Y", None),
    ("Trains will run half-hourly on Sundays.", THU, "half-hourly", "SET", "PT30M", None),
    ("Buses come every half hour.", THU, "every half hour", "SET", "PT30M", None),
    ("The advice was to get one six months after the second dose.", THU, "six months", "DURATION", "P6M", None),
    ("The founding act was signed in May 1997.", WED, "May 1997", "DATE", "1997-05", None),
    # --- mod and the *_REF values ------------------------------------------------------------------------------
    ("A decision is expected by the end of the year.", WED, "the end of the year", "DATE", "2021", "END"),
    ("Prices rose in late 2020.", WED, "late 2020", "DATE", "2020", "END"),
    ("The ceasefire was signed in mid-2014.", WED, "mid-2014", "DATE", "2014", "MID"),
    ("Russia is now demanding guarantees.", WED, "now", "DATE", "PRESENT_REF", None),
    ("The two sides have recently met.", WED, "recently", "DATE", "PAST_REF", None),
    ("Such talks have failed in the past.", WED, "the past", "DATE", "PAST_REF", None),
    ("A decision will come soon.", WED, "soon", "DATE", "FUTURE_REF", None),
    ("He said he hoped to return soon.", WED, "soon", "DATE", "FUTURE_REF", None),
    ("Officials said the bridge would reopen soon.", WED, "soon", "DATE", "FUTURE_REF", None),
    # --- relative to the DCT, with tense -----------------------------------------------------------------------
    ("The minister said on Thursday that talks would go on.", WED, "Thursday", "DATE", "2021-12-23", None),
    ("The company said it would cut 2,000 jobs by March.", WED, "March", "DATE", "2022-03", None),  # "would cut"
    ("Blinken spoke with Lavrov last week.", WED, "last week", "DATE", "2021-W51", None),
    ("The allies have consulted this week.", WED, "this week", "DATE", "2021-W52", None),
    ("Earlier this month the two leaders spoke.", THU, "Earlier this month", "DATE", "2021-12", None),
    ("The talks broke down two days ago.", WED, "two days ago", "DATE", "2021-12-27", None),
    ("They will speak again tomorrow night.", WED, "tomorrow night", "TIME", "2021-12-30TNI", None),
    ("Analysts were cautious before today's talk.", WED, "today", "DATE", "2021-12-29", None),
    ("The treaty lapsed last year.", WED, "last year", "DATE", "2020", None),
    ("Talks resumed on January 10, diplomats said.", "2022-01-20", "January 10", "DATE", "2022-01-10", None),
    ("The embassy reopened on December 20.", "2022-01-05", "December 20", "DATE", "2021-12-20", None),
    # --- anaphoric, against the last date mentioned ------------------------------------------------------------
    ("The talks open on January 10. The following week NATO meets.", WED, "The following week", "DATE", "2022-W03", None),
    ("The talks open on January 10. Two weeks later the OSCE meets.", WED, "Two weeks later", "DATE", "2022-01-24", None),  # a day, from a day
    ("The call is on Thursday. A day before the call, Blinken met Lavrov.", WED, "A day", "DATE", "2021-12-29", None),
    # ... but a length of time where the date is told beside it, after "for", or at an anchor dated where it is named
    ("Reeves will deliver her first budget on Oct 30, a week before the BoE's November decision.", "2024-10-20", "a week",
     "DURATION", "P1W", None),
    ("The budget, adopted on May 20, must be available for at least 30 days before the board adopts it.", "2025-05-21",
     "at least 30 days", "DURATION", "P30D", "EQUAL_OR_MORE"),
    ("The season began on Sept. 1. Two weeks before the Aug. 23 opener, a water main broke.", "2024-11-18", "Two weeks",
     "DURATION", "P2W", None),
    ("In 2015, the firm had 20 staff. Two years later it had 200.", WED, "Two years later", "DATE", "2017", None),
    ("In 2015, the firm had 20 staff. Two years later it had 200, and a year later 300.", WED, "a year later", "DATE", "2018", None),
    ("The embargo was lifted in the early 1990s and reimposed a decade later.", WED, "a decade later", "DATE", "2000", None),
    ("The firm grew in the 1980s; that same decade it went public.", WED, "that same decade", "DATE", "198", None),
    ("The firm was founded 25 years ago and went public a decade later.", WED, "a decade later", "DATE", "2006", None),
    ("Net rose 5% from a year ago; revenue fell from a year earlier.", WED, "a year earlier", "DATE", "2020", None),
    ("The law passed in 2019 and took effect in January of the following year.", WED, "January of the following year", "DATE", "2020-01", None),
    ("The Fed cut rates in Sept. 2019, then in December of that year.", WED, "December of that year", "DATE", "2019-12", None),
    ("The Fed cut rates in Sept. 2019, then in November and December of that year.", WED, "November", "DATE", "2019-11", None),
    ("Profit rose in the first half of 2018 and in the third quarter of that year.", WED, "the third quarter of that year", "DATE", "2018-Q3", None),
    ("The company moved in 2010; the summer of the previous year was its best.", WED, "the summer of the previous year", "DATE", "2009-SU", None),
    # the year said after a month, or after the month it is paired with
    ("Prices fell in the spring of last year.", WED, "the spring of last year", "DATE", "2020-SP", None),
    ("Profit fell in the fourth quarter last year.", WED, "the fourth quarter last year", "DATE", "2020-Q4", None),
    ("Output fell in the second quarter of last year.", WED, "the second quarter of last year", "DATE", "2020-Q2", None),
    ("He left the company in December last year.", WED, "December last year", "DATE", "2020-12", None),
    ("Rates were cut in November and December 2019.", WED, "November", "DATE", "2019-11", None),
    ("The deals closed on Nov. 3 and Dec. 5, 2019.", WED, "Nov. 3", "DATE", "2019-11-03", None),
    # --- explicit dates in common news formats -------------------------------------------------------------------
    ("Signed on Dec. 30, 2021 in Moscow.", WED, "Dec. 30, 2021", "DATE", "2021-12-30", None),
    ("Signed on 30 December 2021 in Moscow.", WED, "30 December 2021", "DATE", "2021-12-30", None),
    ("Signed on 2021-12-30 in Moscow.", WED, "2021-12-30", "DATE", "2021-12-30", None),
    ("Signed on 12/30/2021 in Moscow.", WED, "12/30/2021", "DATE", "2021-12-30", None),
    ("In 2015 homes were cheap; since then prices doubled.", WED, "2015", "DATE", "2015", None),
    # a day of the month alone: the DCT's month or the next by tense, or the month of a day just named
    ("The vote is on the 15th.", WED, "the 15th", "DATE", "2022-01-15", None),
    ("Temperatures will drop below freezing overnight.", WED, "overnight", "TIME", "2021-12-29TNI", None),
    ("Shelling continued overnight.", WED, "overnight", "TIME", "2021-12-28TNI", None),
    ("He arrived on the 3rd.", WED, "the 3rd", "DATE", "2021-12-03", None),
    ("The meeting is on the 4th of next month.", WED, "the 4th of next month", "DATE", "2022-01-04", None),
    ("Officials met on 2 March and again on the 15th.", WED, "the 15th", "DATE", "2021-03-15", None),
    ("MPs return on 5 January. The Commons will rise again for the February half-term on the 12th.", "2026-12-10",
     "the 12th", "DATE", "2027-02-12", None),  # the month told in its sentence, not the day before it
    ("Talks continue on the 14th and 15th.", WED, "15th", "DATE", "2022-01-15", None),
    ("The offer is valid until 31/12/2021.", WED, "31/12/2021", "DATE", "2021-12-31", None),  # day first: 31 is no month
    ("Signed on December 30th in Moscow.", THU, "December 30th", "DATE", "2021-12-30", None),
    ("It ended on the 30th of December.", THU, "the 30th of December", "DATE", "2021-12-30", None),
    ("The talks were held in January 2022.", "2022-02-01", "January 2022", "DATE", "2022-01", None),
    # --- times and zones ----------------------------------------------------------------------------------------
    ("The call began at 2035 GMT.", THU, "2035 GMT", "TIME", "2021-12-30T20:35Z", None),
    # a time told again in another zone, in brackets, before the day both are of: moved with the time it tells again
    ("The jet ran off the runway at 4:12 p.m. CDT (2112 UTC) on March 14.", "2024-04-03", "4:12 p.m. CDT", "TIME",
     "2024-03-14T16:12-05:00", None),
    ("The jet ran off the runway at 4:12 p.m. CDT (2112 UTC) on March 14.", "2024-04-03", "2112 UTC", "TIME",
     "2024-03-14T21:12Z", None),
    ("The quake struck at 8:30 p.m. EST (0130 GMT) on March 14.", "2024-04-03", "0130 GMT", "TIME",
     "2024-03-15T01:30Z", None),
    # a label that opens with a year and ends its line with a colon heads the list under it
    ("The season resumes on 24 August.\n\n2025 calendar:\n29 March – Portimão 4 Hours\n20 April – Imola 6 Hours",
     "2024-08-20", "20 April", "DATE", "2025-04-20", None),
    ("The season resumes on 24 August.\n\n2025 calendar:\n29 March – Portimão 4 Hours\n20 April – Imola 6 Hours",
     "2024-08-20", "29 March", "DATE", "2025-03-29", None),
    # a list's entry of a range of days ("March 7-8 — Chicago") goes on as the list does, and the entries after it
    ("The tour opens Feb. 27, 2025, in Phoenix.\n\nFeb. 27 — Phoenix, Footprint Center\nMarch 4 — Denver, Ball Arena\n"
     "March 7-8 — Chicago, United Center\nMarch 12 — Toronto, Scotiabank Arena", "2024-06-14", "March 7", "DATE",
     "2025-03-07", None),
    ("The tour opens Feb. 27, 2025, in Phoenix.\n\nFeb. 27 — Phoenix, Footprint Center\nMarch 4 — Denver, Ball Arena\n"
     "March 7-8 — Chicago, United Center\nMarch 12 — Toronto, Scotiabank Arena", "2024-06-14", "March 12", "DATE",
     "2025-03-12", None),
    # a holiday's day told after it with "on" is its day where the story is (and the day off of a holiday)
    ("The school holds a stall ahead of Father's Day on Sunday 1 September.", "2024-08-01", "Father's Day", "DATE",
     "2024-09-01", None),
    ("The Matariki public holiday falls on Friday 20 June 2025.", "2024-11-26", "Matariki", "DATE", "2025-06-20", None),
    ("Offices reopen for the St Brigid's Day bank holiday on Monday, February 5th.", "2023-12-04", "St Brigid's Day",
     "DATE", "2024-02-05", None),
    # "the same period in" a year, as "of" it: the stretch just told, in that year; that year where none was told
    ("Drivers did so 3,100 times in the first six months of 2023, up from about 1,800 in the same period in 2019.",
     "2023-09-21", "the same period in 2019", "DATE", "2019-H1", None),
    ("Tourism revenue reached 753 billion yuan during the eight-day holiday, 1.5% above the same period in 2019.",
     "2023-10-09", "the same period in 2019", "DATE", "2019", None),
    # the cities of the United States count for it where a holiday's country is told by the places named: a US team
    # that played Ottawa plays on America's Thanksgiving, not Canada's
    ("The league suspended the Hartford forward for a hit on an Ottawa defenseman in a 5-2 Ottawa win. He may return "
     "Dec. 10 against Boston. Hartford plays at home on Thanksgiving and visits Philadelphia the day after.",
     "2025-11-26", "Thanksgiving", "DATE", "2025-11-27", None),
    # "a week ago today", "two months ago today": that day, one expression
    ("The centre has helped more than 900 people since it opened a week ago today.", "2026-04-21", "a week ago today",
     "DATE", "2026-04-14", None),
    ("It opened two months ago today.", "2026-04-21", "two months ago today", "DATE", "2026-02-21", None),
    # "the day before yesterday", "the day after tomorrow", "the night before last": two days from the DCT
    ("Tyler flew in from Denver the day before yesterday.", "2025-07-04", "the day before yesterday", "DATE",
     "2025-07-02", None),
    ("The vote is the day after tomorrow.", "2025-07-04", "the day after tomorrow", "DATE", "2025-07-06", None),
    ("He arrived the night before last.", "2025-07-04", "the night before last", "TIME", "2025-07-02TNI", None),
    # a clock time on a day told after it with its part of the day: the small hours of a night are the next day's
    ("The night market will run until 2am on Saturday night.", "2026-02-12", "2am", "TIME", "2026-02-15T02:00", None),
    ("The bar stays open until 11pm on Saturday night.", "2026-02-12", "11pm", "TIME", "2026-02-14T23:00", None),
    ("The fire broke out at 11pm on the night of Feb. 3.", "2026-02-12", "11pm", "TIME", "2026-02-03T23:00", None),
    ("The fire broke out at 1am on the night of Feb. 3.", "2026-02-12", "1am", "TIME", "2026-02-04T01:00", None),
    ("Police were called at 1.30am on Sunday morning.", "2026-02-12", "1.30am", "TIME", "2026-02-08T01:30", None),
    ("The talks will run until midnight.", THU, "midnight", "TIME", "2021-12-30T24:00", None),
    ("The call will be late in the evening Moscow time.", WED, "late in the evening", "TIME", "2021-12-29TEV", "END"),
    ("He arrived at 10 a.m. on Monday.", THU, "10 a.m.", "TIME", "2021-12-27T10:00", None),
    ("Markets opened at 14:00 local time.", WED, "14:00 local time", "TIME", "2021-12-29T14:00", None),
    ("Last modified on 29 December 2021 17.30 GMT", WED, "17.30 GMT", "TIME", "2021-12-29T17:30Z", None),
    ("The storm hit mid-afternoon Thursday.", WED, "mid-afternoon", "TIME", "2021-12-23TAF", "MID"),
    ("Trading resumes 09:30 local time.", WED, "09:30 local time", "TIME", "2021-12-29T09:30", None),
    ("He spoke at 9:15 on Monday.", WED, "9:15", "TIME", "2021-12-27T09:15", None),
    ("The call is scheduled for 8:30 a.m. on Thursday, Jan. 6.", WED, "8:30 a.m.", "TIME", "2022-01-06T08:30", None),
    # --- decades, centuries, quarters, seasons, holidays -------------------------------------------------------
    ("Relations were better in the 1990s.", WED, "the 1990s", "DATE", "199", None),
    ("It was the worst crisis of the 20th century.", WED, "the 20th century", "DATE", "19", None),
    # a century as a modifier, without "the"
    ("She is a 20th century democrat.", WED, "20th century", "DATE", "19", None),
    ("They restored 19th-century houses.", WED, "19th-century", "DATE", "18", None),
    ("It was built in late 19th century Vienna.", WED, "late 19th century", "DATE", "18", "END"),
    ("A fifth-century church stood here.", WED, "fifth-century", "DATE", "04", None),
    ("Profit fell in the third quarter.", WED, "the third quarter", "DATE", "2021-Q3", None),
    ("Revenue in Q3 2021 beat forecasts.", WED, "Q3 2021", "DATE", "2021-Q3", None),
    ("The chip ships in H1 2022.", WED, "H1 2022", "DATE", "2022-H1", None),
    ("Guidance for Q4 FY2022 was cut.", WED, "Q4 FY2022", "DATE", "2022-Q4", None),
    ("Analysts expect a deal by end-2022.", WED, "end-2022", "DATE", "2022", "END"),
    ("The fund closes at end-March.", WED, "end-March", "DATE", "2022-03", "END"),
    ("Exercises took place last summer.", WED, "last summer", "DATE", "2021-SU", None),
    ("A decision is expected in the spring.", WED, "the spring", "DATE", "2022-SP", None),
    ("Prices rose in the spring.", WED, "the spring", "DATE", "2021-SP", None),
    ("In Spring, sales rose.", WED, "Spring", "DATE", "2021-SP", None),
    ("Biden is spending the New Year holiday at home.", THU, "New Year", "DATE", "2022-01-01", None),
    ("The museum will reopen in the new year.", THU, "the new year", "DATE", "2022", None),  # the year to come
    ('"I might go part-time come Christmas," he said, "or maybe the new year."', "2026-10-02", "the new year", "DATE",
     "2027", None),
    ("The talks stalled over Christmas.", WED, "Christmas", "DATE", "2021-12-25", None),
    # --- durations and sets --------------------------------------------------------------------------------------
    ("The standoff has lasted eight years.", WED, "eight years", "DURATION", "P8Y", None),
    ("Prices have risen over the past three years.", WED, "the past three years", "DURATION", "P3Y", None),
    ("The council meets every week.", WED, "every week", "SET", "P1W", None),
    ("The figures are published monthly.", WED, "monthly", "SET", "P1M", None),
    # --- TimeBank conventions of news English ---------------------------------------------------------------------
    # spelled-out years, as read out in broadcast transcripts
    ("Atlanta, nineteen ninety-six. A bomb shocks the games.", "1998-02-27", "nineteen ninety-six", "DATE", "1996", None),
    ("January nineteen ninety-seven. Atlanta again.", "1998-02-27", "January nineteen ninety-seven", "DATE", "1997-01", None),
    ("Many groups fear the approach of the year two thousand.", "1998-03-03", "the year two thousand", "DATE", "2000", None),
    ("Growth was strong in the nineties.", "1998-03-03", "the nineties", "DATE", "199", None),
    # "the year", "the fiscal year", "the weekend", "the week": the period the report is about
    ("Sales for the full year were $6.6 billion.", "1989-11-02", "the full year", "DATE", "1989", None),
    ("It expects to post higher sales in the current fiscal year.", "1989-11-02", "the current fiscal year", "DATE", "1989", None),
    ("The businesses had revenue of $76 million for the year ended March 31.", "1989-11-01", "the year", "DURATION", "P1Y", None),
    ("Over the weekend, officials confirmed the reports.", "1990-08-13", "the weekend", "DATE", "1990-W32-WE", None),
    ("Traders squared positions ahead of the weekend.", "1989-10-27", "the weekend", "DATE", "1989-W43-WE", None),
    ("Officials are preparing for a million visitors over the holiday weekend.", "2026-07-04", "the holiday weekend", "DATE",
     "2026-W27-WE", None),
    ("Cooks will roast and baste in the old kitchens over the long weekend.", "2024-05-03", "the long weekend", "DATE",
     "2024-W18-WE", None),
    ("Traffic is expected to be heavy this bank holiday weekend.", "2024-05-03", "this bank holiday weekend", "DATE",
     "2024-W18-WE", None),
    ("The index tumbled on Friday. For the week, the index dropped 3.8%.", "1989-10-30", "the week", "DATE", "1989-W43", None),
    # a weekday counted from the day last mentioned; "or so" makes a date approximate; "will one day" is the future
    ("The index closed down 4.5% from the previous Friday.", "1989-10-30", "the previous Friday", "DATE", "1989-10-27", None),
    ("Stocks fell on Oct. 13. They rose the following Monday.", "1989-10-30", "the following Monday", "DATE", "1989-10-16", None),
    ("Then, a week or so ago, the general picked the date.", "1991-02-25", "a week or so ago", "DATE", "1991-W08", "APPROX"),
    ("Islam will one day be the second largest religion.", "1998-03-03", "one day", "DATE", "FUTURE_REF", None),
    ("The visit lasted one day.", "1998-03-03", "one day", "DURATION", "P1D", None),
    # lengths with a word between number and unit
    ("Eight trading days later the index recovered.", "1989-10-30", "Eight trading days", "DURATION", "P8D", None),
    ("The boy may stay two more weeks.", "2000-06-01", "two more weeks", "DURATION", "P2W", None),
    ("The plan calls for an additional year of study.", "1989-10-30", "an additional year", "DURATION", "P1Y", None),
    ("Prices will stay weak in the weeks ahead.", "1989-10-30", "the weeks ahead", "DURATION", "PXW", None),
    # spans of unstated length
    ("Kidnappings have risen in recent years.", "1998-02-13", "recent years", "DURATION", "PXY", None),
    ("Prices are expected to firm in coming weeks.", "1989-10-30", "coming weeks", "DURATION", "PXW", None),
    ("Demand will grow over the coming years.", "1999-03-12", "the coming years", "DURATION", "PXY", None),
    ("It wasn't until twenty years after the first astronauts were chosen that NASA named a woman.", "1998-03-04",
     "twenty years", "DURATION", "P20Y", None),
    ("In 2014 the rebels held the town for a week.", "1998-08-17", "a week", "DURATION", "P1W", None),
    ("The flight took 5 1/2 hours.", "1998-08-17", "5 1/2 hours", "DURATION", "PT5H30M", None),
    ("The clip lasts a minute and a half.", "1998-01-14", "a minute and a half", "DURATION", "PT1M30S", None),
    ("He served 2 1/2 years in prison.", "1998-02-27", "2 1/2 years", "DURATION", "P2Y6M", None),
    # "a decade ago" is a year, not the previous decade
    ("A decade ago, Poland was under the Soviet umbrella.", "1999-03-12", "A decade ago", "DATE", "1989", None),
    # "the latest quarter" is the one reported on: the latest named that ended in the half year before the DCT
    ("Profit rose in the fourth quarter of 1988. Profit fell in the latest quarter.", "1989-10-26",
     "the latest quarter", "DATE", "1989-Q3", None),
    ("While there were no one-time gains in the latest period, there was a gain in 1988.", "1989-11-02",
     "the latest period", "DATE", "1989-Q3", None),
    ("Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second quarter, net rose. "
     "Interest expense was lower than a year ago.", "1989-11-01", "a year ago", "DATE", "1988-Q3", None),
    ("Sun earned $5.2 million in the fiscal first quarter. It had expected to break even for the quarter.",
     "1989-10-26", "the quarter", "DATE", "1989-Q1", None),
    ("Analysts expect a recovery in next year's first quarter.", "1989-11-02", "next year's first quarter", "DATE",
     "1990-Q1", None),
    # the year a stretch up to now began ("the lowest since March 2021") is not the year of the sentence
    ("Inflation is at its lowest since March 2021, strengthening the case for a cut before the end of the year.",
     "2025-11-19", "the end of the year", "DATE", "2025", "END"),
    # told in the small hours of the DCT, an evening gone by is the one before, and so is a "tonight" said then
    ("Hollister held a narrow lead early Wednesday. With 91 percent counted shortly after 1 a.m., she led by 38,000 "
     "votes. Polls closed at 8 p.m. ET across most of the state.", "2025-11-05", "8 p.m. ET", "TIME",
     "2025-11-04T20:00-05:00", None),
    ("Hollister held a narrow lead early Wednesday. With 91 percent counted shortly after 1 a.m., she led. \"That "
     "conversation doesn't stop tonight,\" she said.", "2025-11-05", "tonight", "TIME", "2025-11-04TNI", None),
    ("Hollister held a narrow lead early Wednesday. Polls closed at 8 p.m. ET. Hollister told supporters at a hotel "
     "shortly after 11 p.m. that she would win.\n\nDunmore did not concede. Speaking to a crowd around 12:30 a.m., he "
     "said ballots still outstanding would tell a different story.", "2025-11-05", "around 12:30 a.m.", "TIME",
     "2025-11-05T00:30", "APPROX"),
    # ... not where the story goes on through the day
    ("The quake hit at 3:17 a.m. local time. By 6 p.m., firefighters had pulled 31 people from the hotel. An "
     "aftershock at 10:26 a.m. sent office workers out.", "2026-01-06", "6 p.m.", "TIME", "2026-01-06T18:00", None),
    ("The quake hit at 3:17 a.m. \"Tonight I don't think anyone will sleep indoors,\" she said. An aftershock at "
     "10:26 a.m. sent office workers out.", "2026-01-06", "Tonight", "TIME", "2026-01-06TNI", None),
    # a day counted back in a quotation is not the day of what is told after it
    ("\"Twenty-four days ago we were sitting on the launch pad,\" chief executive Kenji Sato told a news conference "
     "in Tokyo at 11 a.m.", "2024-09-05", "11 a.m.", "TIME", "2024-09-05T11:00", None),
    # "March" or "May" naming a happening's month before its noun, after a word in lower case
    ("Norvale sets March launch for Halo smart glasses.", "2026-02-10", "March", "DATE", "2026-03", None),
    ("Pollsters predict May election turnout will be low.", "2025-02-10", "May", "DATE", "2025-05", None),
    # an aside in parentheses after a time is no verb of it
    ("The club confirmed its schedule on Tuesday, with two matches moved for television coverage. Wexcombe play "
     "nine league games in less than six weeks:\n\n- Saturday 22 November: Wexcombe Town v Dunmore United, 3pm\n- "
     "Saturday 29 November: Wexcombe Town v Ashby Forest, 12.30pm (televised)\n- Saturday 6 December: Portlock City "
     "v Wexcombe Town, 3pm\n", "2025-11-20", "12.30pm", "TIME", "2025-11-29T12:30", None),
    # a result is of a game played; what is called off may be still to come
    ("Wexcombe have taken seven points from their last three matches, including Saturday's 2-1 win over Harlow.",
     "2025-11-20", "Saturday", "DATE", "2025-11-15", None),
    ("Several school districts announced Friday that Saturday games and practices had been canceled.", "2026-01-23",
     "Saturday", "DATE", "2026-01-24", None),
    # the end of a stretch told in the paragraph before is no day the next paragraph is of
    ("The warning takes effect at 7 p.m. EST and remains in force until 7 a.m. EST on Sunday.\n\nSnow is expected "
     "to develop across the Southern Tier by late afternoon and spread north overnight.", "2026-01-23",
     "late afternoon", "TIME", "2026-01-23TAF", "END"),
    # a step back in a past perfect ("the previous evening") is not where the story goes on from
    ("She set out alone shortly after 8am that day, 7 March. Her partner told police that she had stayed at a "
     "bunkhouse the previous evening.\n\nThe rescue team was called out at 3.20pm. Searchers returned the next "
     "morning.", "2026-03-11", "3.20pm", "TIME", "2026-03-07T15:20", None),
    ("She set out alone shortly after 8am that day, 7 March. Her partner told police that she had stayed at a "
     "bunkhouse the previous evening.\n\nThe rescue team was called out at 3.20pm. Searchers returned the next "
     "morning.", "2026-03-11", "the next morning", "TIME", "2026-03-08TMO", None),
    # the small hours told at the head of the paragraph after a late evening are the night that follows it
    ("The search went on through Sunday, March 8. By late Sunday, hopes were fading.\n\nShortly before 2 a.m., a "
     "search dog picked up a scent.", "2026-03-11", "2 a.m.", "TIME", "2026-03-09T02:00", None),
    # a weekday's happening, possessive, is of the day told with its date
    ("She beat Cole to reach the final on Sunday, July 13. Tickets for Sunday's final sold out in March.",
     "2025-07-10", "Sunday", "DATE", "2025-07-13", None),
    # a quarter before a weekday is a game's only where figures are not reported for it
    ("Halvorsen reported stronger-than-expected results for the third quarter on Wednesday.", "2025-10-30",
     "the third quarter", "DATE", "2025-Q3", None),
    # the quarter told again by its months ("the three months ended Sept. 30") is what "a year earlier" compares with
    ("Halvorsen reported results for the third quarter on Wednesday.\n\nRevenue for the three months ended Sept. 30 "
     "rose 18% to $1.42 billion from $1.2 billion a year earlier.", "2025-10-30", "a year earlier", "DATE", "2024-Q3",
     None),
    # "now" before an amount: a state reached, told of now
    ("Our order backlog is now $3.1 billion.", "2025-10-30", "now", "DATE", "PRESENT_REF", None),
    ("The Earth is now warmer than at any point in the last 10,000 years.", "2026-01-13", "now", "DATE", "PRESENT_REF",
     None),
    # a day said in a quotation is no day a plan told after it is for
    ("\"We've been through worse,\" Rosati said at a briefing on Friday afternoon. \"Stock up today, stay off the roads "
     "tomorrow.\"\n\nThe weather service said it would issue an updated forecast by 4 p.m.", "2026-01-23", "4 p.m.",
     "TIME", "2026-01-23T16:00", None),
    # what is done these days: "the scale we use today"
    ("\"Every distance scale we use today is built partly on his numbers,\" she said.", "2024-04-15", "today", "DATE",
     "PRESENT_REF", None),
    ("The rally we saw today was the largest yet.", "2024-04-15", "today", "DATE", "2024-04-15", None),
    # a section headed by a day ("## Friday 1 August") is of that day: its times, and a weekday after it
    ("Line-up\n\n## Saturday 2 August\n\nGates open at 11am. Reyes, whose single spent nine weeks at number one last "
     "spring, headlines from 9.30pm, while the dance tent runs until 2am on Sunday.\n\n## Tickets\n\nSales open at 9am.",
     "2025-02-25", "9.30pm", "TIME", "2025-08-02T21:30", None),
    ("Line-up\n\n## Saturday 2 August\n\nGates open at 11am. Reyes, whose single spent nine weeks at number one last "
     "spring, headlines from 9.30pm, while the dance tent runs until 2am on Sunday.\n\n## Tickets\n\nSales open at 9am.",
     "2025-02-25", "Sunday", "DATE", "2025-08-03", None),
    ("Line-up\n\n## Saturday 2 August\n\nGates open at 11am.\n\n## Tickets\n\nSales open at 9am.", "2025-02-25", "9am",
     "TIME", "2025-02-25T09:00", None),
    # the weekend a happening of days told with its weekday begins in, months ahead
    ("The festival returns to Ashcombe Park for three days from Friday 1 August.\n\nThe Hollow Crowns will open the "
     "weekend on the main stage.", "2025-02-25", "the weekend", "DATE", "2025-W31-WE", None),
    ("Minutes of this week's meeting will be published on Friday, April 19. Analysts will spend the weekend parsing his "
     "comments.", "2024-04-05", "the weekend", "DATE", "2024-W14-WE", None),
    # the middle of the century; a figure compared with is one already seen
    ("Emissions must reach net zero by mid-century, it said.", "2026-01-13", "mid-century", "DATE", "20", "MID"),
    ("Traders now see an 80% chance of a cut next week, up from about 60% on Monday.", "2025-12-04", "Monday", "DATE",
     "2025-12-01", None),
    # a term of the school year
    ("Strikes could resume in the spring term.", "2026-10-14", "the spring term", "DATE", "2027-SP", None),
    ("The dispute will disrupt the autumn term for 11,000 pupils.", "2026-10-14", "the autumn term", "DATE", "2026-FA",
     None),
    # where a stretch up to now began is no month told again: "by March" after "since March" is the one to come
    ("The group has climbed 41% since early March. \"The market has gone from pricing one cut to pricing a cut plus "
     "another by March,\" Whitlock said.", "2025-12-04", "March", "DATE", "2026-03", None),
    ("The river burst its banks 50 years ago this week.", "2025-01-22", "50 years ago this week", "DATE", "1975-W04",
     None),
    # a day of the month a report is of, not of the day the report was made
    ("Last month was the wettest February since records began, according to provisional figures published on "
     "Monday.\n\nThe pattern changed abruptly on the 11th, when a slow-moving front arrived.", "2026-03-03", "the 11th",
     "DATE", "2026-02-11", None),
    # a zone's time with its GMT and weekday after it is of the day the GMT's moves it to
    ("Then, at 7:50 p.m. CST (0150 GMT Monday), its crew-scheduling system went offline.", "2025-12-01",
     "7:50 p.m. CST", "TIME", "2025-11-30T19:50-06:00", None),
    ("Liftoff came at 10:42 p.m. EDT (0242 GMT Thursday).", "2024-10-17", "10:42 p.m. EDT", "TIME",
     "2024-10-16T22:42-04:00", None),
    # a bound of what is planned is to come
    ("Engineers inspected the line, and the company set the next attempt no earlier than Saturday.", "2024-10-17",
     "Saturday", "DATE", "2024-10-19", None),
    # a day to come told again after a verb whose past is its present
    ("The launch window opens at 10:05 p.m. EDT Saturday. Weather officers put the odds of acceptable conditions on "
     "Saturday at 70%.", "2024-10-17", "Saturday", "DATE", "2024-10-19", None),
    ("The Fed's next decision is due Wednesday, Jan. 28. The MBA said Wednesday that applications rose 14%.",
     "2026-01-22", "Wednesday", "DATE", "2026-01-21", None),
    # a recent day's story goes on in its clock times, read with their own words
    ("Nimbra Cloud said on Wednesday that a faulty change caused an outage that knocked websites offline for about "
     "three hours on Tuesday.\n\nThe disruption, starting around 9:15 a.m. ET (1315 GMT), hit services including "
     "Grubly.", "2026-10-14", "around 9:15 a.m. ET", "TIME", "2026-10-13T09:15-04:00", "APPROX"),
    # an hour of the evening told just before
    ("The Whitcombs had hosted their children for dinner Saturday night. \"At 9 o'clock we were all sitting around the "
     "table,\" she said.", "2025-12-01", "9 o'clock", "TIME", "2025-11-29T21:00", None),
    # a quarter things start from or are due by, with no tense of its own, is the one to come
    ("\"Should the data continue to evolve in line with our projections, the committee sees room to begin a gradual "
     "reduction in the policy rate from the second quarter.\"", "2024-03-20", "the second quarter", "DATE", "2024-Q2",
     None),
    ("Output rose 3% from the second quarter.", "2024-03-20", "the second quarter", "DATE", "2023-Q2", None),
    # "but" opens another clause; a plan pencilled in, as it stood, may lie either side
    ("\"We had pencilled in May, but the statement today makes June the more likely starting point,\" said Priya "
     "Raman.", "2024-03-20", "June", "DATE", "2024-06", None),
    ("\"We had pencilled in May, but the statement today makes June the more likely starting point,\" said Priya "
     "Raman.", "2024-03-20", "May", "DATE", "2024-05", None),
    # "On Friday, the 30th anniversary": no day of the month; "overnight Tuesday": that day's night, one expression
    ("On Friday, the 30th anniversary of the disaster, several hundred people gathered.", "2024-09-27", "Friday",
     "DATE", "2024-09-27", None),
    ("Humidity that rose overnight Tuesday allowed crews to build containment lines.", "2025-08-14",
     "overnight Tuesday", "TIME", "2025-08-12TNI", None),
    # what is compared with ("than in the autumn") was seen
    ("Gilt yields edged lower as investors took comfort from the forecaster's confirmation that the chancellor was on "
     "track to meet his borrowing target, albeit with a narrower margin than in the autumn.", "2025-03-26",
     "the autumn", "DATE", "2024-FA", None),
    # "a months-long": some months, the article no count
    ("Service was not expected until spring 2025, after a months-long checkout period.", "2024-10-17", "months-long",
     "DURATION", "PXM", None),
    # a month compared with is no month told: the next month without a year is not of its year
    ("68,412 patients were waiting at the end of October. In the same month last year, the list stood at 61,930. In "
     "October, 71.8 per cent of patients at the trust's two emergency departments were admitted, transferred or "
     "discharged within four hours.", "2023-12-14", "October", "DATE", "2023-10", None),
    # figures of a stretch that ends at a month: one gone by, whatever the verb ("cost" is every tense)
    ("Strikes cost the economy £1.7bn in the 12 months to March.", "2025-12-19", "March", "DATE", "2025-03", None),
    ("Inflation is expected to fall to 2% in the year to March.", "2025-12-19", "March", "DATE", "2026-03", None),
    # the quarter either side of the one reported on, not of the DCT's; "a quarter-century" is 25 years
    ("Sales rose 3.2% in the three months to September. Total sales reached £1.21bn in the quarter, an improvement "
     "on growth of 1.8% in the previous quarter.", "2026-11-20", "the previous quarter", "DATE", "2026-Q2", None),
    ("The firm made a loss in the fourth quarter of 2025, after a profit in the preceding quarter.", "2026-02-10",
     "the preceding quarter", "DATE", "2025-Q3", None),
    ("Profit fell in the third quarter. Analysts said the outlook for the next quarter was tough.", "2026-11-20",
     "the next quarter", "DATE", "2026-Q4", None),
    ("Growth was 2% in the prior quarter.", "2026-11-20", "the prior quarter", "DATE", "2026-Q3", None),
    ("The lesson of the past quarter-century is that modern buildings perform well.", "2026-01-06",
     "the past quarter-century", "DURATION", "P25Y", None),
    # "the past year" is the stretch up to now (every present-day annotator; TimeBank has it twice as a date)
    ("Prices have risen over the past year.", "1989-10-30", "the past year", "DURATION", "P1Y", None),
    # "early" or "late" measured by a length of time before it is no part of the period after it
    ("The season began a month early this year.", "2026-12-08", "this year", "DATE", "2026", None),
    ("The bill was paid a day late last week.", "2026-12-08", "last week", "DATE", "2026-W49", None),
    ("Sales rose early this year.", "2026-12-08", "early this year", "DATE", "2026", "START"),
    ("The consultation ran for 10 weeks late last year.", "2024-02-08", "late last year", "DATE", "2023", "END"),
    # "early in", "late in" before a period are its start or end, in the expression
    ("The district would have run out of cash early in 2027.", "2026-12-07", "early in 2027", "DATE", "2027", "START"),
    ("The vote came late in March.", "2026-12-07", "late in March", "DATE", "2026-03", "END"),
    ("Sales rose late in the year.", "2026-12-07", "late in the year", "DATE", "2026", "END"),
    # a count of units after "the following" or "the preceding" is a stretch of time, the words part of it
    ("A further 13 cases were confirmed over the following fortnight.", "2026-12-03", "the following fortnight",
     "DURATION", "P2W", None),
    ("It reached 30,000 people over the following two months.", "2026-12-03", "the following two months", "DURATION",
     "P2M", None),
    ("Rates are based on quotes over the preceding three days.", "2026-12-03", "the preceding three days", "DURATION",
     "P3D", None),
    # a year-ago comparison counts from the quarter reported on, not from the year-ago quarter just named
    ("Coast lost $92 million in the quarter ended Sept. 30. It earned $10 million in the year-ago quarter, and "
     "revenue was lower than a year earlier.", "1989-11-01", "a year earlier", "DATE", "1988-Q3", None),
    # the day the quarter ended on, told after it, leaves the quarter the one compared; a level told on a day of its
    # own is compared with that day a year before
    ("Revenue in the third quarter, which ended on 30 September, fell 12% from a year earlier to $980m.", "2026-12-03",
     "a year earlier", "DATE", "2025-Q3", None),
    ("Net income for the quarter ended Sept. 30 rose 5% from a year earlier.", "1989-10-25", "a year earlier", "DATE",
     "1988-Q3", None),
    ("Net income in the third quarter rose. On Sept. 30, it had cash of $5 million, up from a year earlier.",
     "1989-10-25", "a year earlier", "DATE", "1988-09-30", None),
    ("Coast earned $10 million in the year-ago quarter. Analysts had expected a loss for the quarter.", "1989-10-26",
     "the quarter", "DATE", "1989-Q3", None),
    ("RMS lost $158,666 in the third quarter, compared with a year-earlier loss of $26,956.", "1989-11-02",
     "year-earlier", "DATE", "1988-Q3", None),
    # a month with no tense of its own, named before in the story, is the one named before
    ("Exams for the first semester will move to January 2026. \"Exams in January mean revising over Christmas,\" "
     "she said.", "2025-06-30", "January", "DATE", "2026-01", None),
    ("Profits fell in January 2025. Exams in January mean revising over Christmas.", "2025-06-30", "January",
     "DATE", "2025-01", None),
    # a holiday with no tense of its own is the one nearest the day its sentence has just told
    ("Semester two will start on Monday 26 January 2026 and finish on Friday 12 June 2026, with a three-week "
     "vacation around Easter.", "2025-06-30", "Easter", "DATE", "2026-04-05", None),
    ("Sales jumped on 3 January, helped by a late rush before Christmas.", "2026-01-10", "Christmas", "DATE",
     "2025-12-25", None),
    ("The office reopened on 3 June. Staff will get extra leave at Christmas.", "2025-06-10", "Christmas", "DATE",
     "2025-12-25", None),
    # Thanksgiving in a text of Canada is the second Monday of October (the United States' is the default)
    ("The economics prize is announced on Oct. 12, Thanksgiving Monday in Canada.", "2026-10-02",
     "Thanksgiving Monday", "DATE", "2026-10-12", None),
    ("The Toronto deadline is Oct. 14, awkward given that Thanksgiving falls the day before.", "2025-09-10",
     "Thanksgiving", "DATE", "2025-10-13", None),
    ("Families in Ohio travel for Thanksgiving.", "2025-09-10", "Thanksgiving", "DATE", "2025-11-27", None),
    ("Canadian shoppers joined Black Friday sales in the U.S.", "2025-11-20", "Black Friday", "DATE", "2025-11-28",
     None),
    ("Families will gather for Christmas dinner and the Christmas holidays.", "2025-12-01", "Christmas", "DATE",
     "2025-12-25", None),  # (a time of the holiday is still the holiday)
    # St Stephen's Day is Boxing Day (Ireland); a curly apostrophe reads as a straight one, and the text is kept
    ("There will be no collections on Christmas Day, St Stephen's Day or New Year's Day.", "2025-12-18",
     "St Stephen's Day", "DATE", "2025-12-26", None),
    ("Crews will work on St. Stephen’s Day.", "2025-12-18", "St. Stephen’s Day", "DATE", "2025-12-26", None),
    ("Crews will work on New Year’s Day.", "2025-12-18", "New Year’s Day", "DATE", "2026-01-01", None),
    ("The parade on St Patrick’s Day drew thousands.", "2026-03-18", "St Patrick’s Day", "DATE", "2026-03-17", None),
    # a quarter to come is no quarter reported on: "a year ago" after it is a year before the DCT
    ("Atlas 8 is pencilled in for the first quarter of 2027. \"A year ago they told us it would be out by June.\"",
     "2026-03-20", "A year ago", "DATE", "2025", None),
    # "the same period last year" is the quarter just told, a year before (not the last one completed)
    ("Sales tax receipts for the first quarter are running 4 percent ahead of the same period last year.",
     "2027-03-19", "the same period last year", "DATE", "2026-Q1", None),
    # "the same period" after a month, a range of months or a season told in the sentence: that, a year before
    ("Spending for November and December rose 5% on the same period last year.", "2026-11-30",
     "the same period last year", "DATE", "2025-12", None),
    ("Calls answered between January and March fell from 72% in the same period last year.", "2026-11-30",
     "the same period last year", "DATE", "2025-Q1", None),
    ("Between April and September it gave out 5,100 parcels, up 38% on the same period last year.", "2026-11-30",
     "the same period last year", "DATE", "2025", None),
    ("Referrals fell during the fall semester compared with the same period a year earlier.", "2026-11-30",
     "the same period a year earlier", "DATE", "2025-FA", None),
    ("For the quarter a year ago, the company earned $5 million.", "1989-10-30", "the quarter a year ago", "DATE",
     "1988-Q3", None),
    ("Between April and September it gave out 5,100 parcels.", "2026-11-30", "April", "DATE", "2026-04", None),
    ("Revenue in the second half rose 3% from the same period a year earlier.", "2027-03-19",
     "the same period a year earlier", "DATE", "2025-H2", None),
    # ... unless a longer stretch was named since: then it is that stretch of last year
    ("Net rose in the third quarter. For the nine months, net fell from $9 million a year earlier.", "1989-11-02",
     "a year earlier", "DATE", "1988", None),
    ("Net rose in the third quarter. In the first nine months, net was $306 million, compared with a loss in the "
     "1988 period.", "1989-11-02", "the 1988 period", "DATE", "1988", None),
    # the end of this year, or of the last one when it has gone by
    ("The company plans to cut 6,000 jobs by year end.", "1989-10-26", "year end", "DATE", "1989", "END"),
    ("The index has risen 20% since year-end.", "1989-10-30", "year-end", "DATE", "1988", "END"),
    # the middle of a month, week, year or decade after a preposition: the one told in the sentence, else the DCT's,
    # or the one before (after) it when the tense points back (ahead) and the DCT is early (late) in it
    ("Negotiators return on Jan. 5 and hope to finish by mid-month.", "2026-12-05", "mid-month", "DATE", "2027-01",
     "MID"),
    ("He hopes to bring a package to the floor by mid-month.", "2026-12-05", "mid-month", "DATE", "2026-12", "MID"),
    ("By midmonth, prices had fallen.", "2026-12-05", "midmonth", "DATE", "2026-11", "MID"),
    ("The plan will be ready by mid-year.", "2026-12-05", "mid-year", "DATE", "2027", "MID"),
    ("Sales slowed at midyear.", "2026-12-02", "midyear", "DATE", "2026", "MID"),
    ("Sales in 2019 had slowed by mid-year.", "2026-12-05", "mid-year", "DATE", "2019", "MID"),
    ("A deal is expected by midweek.", "2026-12-09", "midweek", "DATE", "2026-W50", "MID"),
    ("The deal should close by mid-decade.", "2026-12-05", "mid-decade", "DATE", "202", "MID"),
    # common news shapes: ranges, a year said after the date, the week of a date, nights, local times (with "local
    # time", as annotators of present-day news mostly write it: 44 times in 59 in the fixtures)
    ("He was released this past weekend.", WED, "this past weekend", "DATE", "2021-W51-WE", None),
    ("The talks are set for Jan. 10-13 in Geneva.", WED, "13", "DATE", "2022-01-13", None),
    ("Shares rose on March 3 last year.", WED, "March 3 last year", "DATE", "2020-03-03", None),  # one expression,
    # as news annotators mostly write it (4 in 5 in the fixtures)
    ("He had a hip replaced on October 6th last year and was back at work three weeks later.", "2026-10-02",
     "three weeks later", "DATE", "2025-10-27", None),
    ("Parliament returns Tuesday week.", "2027-01-26", "Tuesday week", "DATE", "2027-02-09", None),  # said on a Tuesday
    ("Talks began in November of last year.", WED, "November of last year", "DATE", "2020-11", None),
    ("The summit is planned for the week of January 10.", WED, "the week of January 10", "DATE", "2022-W02", None),
    ("Shelling continued overnight.", WED, "overnight", "TIME", "2021-12-28TNI", None),
    ("The ceasefire began at 6 a.m. local time Saturday.", WED, "6 a.m. local time Saturday", "TIME", "2021-12-25T06:00", None),
    ("The Fed meets again next Tuesday and Wednesday.", "2023-03-15", "Wednesday", "DATE", "2023-03-22", None),
    # the DCT's weekday joined by "and", a few words on, to a day of the coming week: the next one after that day
    ("The street festival opens at 4pm on Friday and closes at 9pm on Sunday.", "2025-01-26", "Sunday", "DATE",
     "2025-02-02", None),
    ("The street festival opens at 4pm on Friday and closes at 9pm on Sunday.", "2025-01-26", "9pm", "TIME",
     "2025-02-02T21:00", None),
    ("He flies to Paris on Wednesday and returns on Sunday.", "2025-01-26", "Sunday", "DATE", "2025-02-02", None),
    # a day joined to a second shares the verb after the second: gone by
    ("The order went out on Tuesday. Between Monday night and Wednesday morning, as much as 14 inches of rain fell.",
     "2026-10-16", "Monday night", "TIME", "2026-10-12TNI", None),
    ("The order went out on Tuesday. Between Monday night and Wednesday morning, as much as 14 inches of rain fell.",
     "2026-10-16", "Wednesday morning", "TIME", "2026-10-14TMO", None),
    ("Between Monday night and Wednesday morning, up to 14 inches of rain could fall.", "2026-10-16", "Monday night",
     "TIME", "2026-10-19TNI", None),
    # (not a day said further on, after a verb of saying: "for Wednesday and Thursday and said fog was likely from
    # Tuesday night", written on a Tuesday, is tonight)
    ("The IMD issued an orange alert for Wednesday and Thursday and said fog was likely from Tuesday night to "
     "Wednesday morning.", "2027-12-28", "Tuesday night", "TIME", "2027-12-28TNI", None),
    # a condition in the present is on what is to come
    ("\"If this runs past Thanksgiving, I don't know what we do,\" he said.", "2025-03-12", "Thanksgiving", "DATE",
     "2025-11-27", None),
    ("If he left on Friday, nobody saw him.", "2025-03-12", "Friday", "DATE", "2025-03-07", None),
    # "Fed" is the Federal Reserve, not a verb gone by
    ("Fed policymakers enter their blackout period on Saturday.", "2025-09-05", "Saturday", "DATE", "2025-09-06", None),
    ("The volunteers fed the crowd on Saturday.", "2025-09-05", "Saturday", "DATE", "2025-08-30", None),
    # the day after or before the DCT is "tomorrow" or "yesterday": "next"/"last" with its name is a week further
    ("We won't stop until next Friday.", "2026-12-03", "next Friday", "DATE", "2026-12-11", None),  # a Thursday
    ("The phone has barely stopped since last Wednesday.", "2024-02-08", "last Wednesday", "DATE", "2024-01-31", None),
    ("The phone has barely stopped since last Tuesday.", "2024-02-08", "last Tuesday", "DATE", "2024-02-06", None),
    ("The ships stay in port until next Sunday.", "2026-07-04", "next Sunday", "DATE", "2026-07-12", None),  # a Saturday
    ("The ships stay in port until next Monday.", "2026-07-04", "next Monday", "DATE", "2026-07-06", None),
    ("She says next Tuesday – that is, tomorrow – is too soon.", "2024-04-22", "next Tuesday", "DATE", "2024-04-23", None),
    ("It opened last Sunday (yesterday) to crowds.", "2024-04-22", "last Sunday", "DATE", "2024-04-21", None),
    ("Following are statements made Friday and Thursday by the officials.", "1998-02-06", "Thursday", "DATE", "1998-02-05", None),
    ("The announcement came just after 5pm ET on Sunday.", "2023-03-15", "5pm ET", "TIME", "2023-03-12T17:00-04:00", None),
    # a numeric date readable both ways: the reading near the publication date
    ("SVB failed on 10/03/2023, regulators said.", "2023-03-15", "10/03/2023", "DATE", "2023-03-10", None),
    ("Shares fell on 3/4/2023.", "2023-03-15", "3/4/2023", "DATE", "2023-03-04", None),
    # with dots, day first
    ("The report was published on 03.12.2026.", "2026-12-08", "03.12.2026", "DATE", "2026-12-03", None),
    ("Deadline: 31.01.2027, noon.", "2026-12-08", "31.01.2027", "DATE", "2027-01-31", None),
    # tense: participles after "be", adjectives after a determiner, "until" with a past clause, superseded plans
    ("The index is within 70 points of its record high set on Aug. 6.", "1998-02-06", "Aug. 6", "DATE", "1997-08-06", None),
    ("The leaders are set to meet on Thursday.", WED, "Thursday", "DATE", "2021-12-30", None),
    ("Three days later, as of Friday's close, the index was down 6%.", "1989-10-30", "Friday", "DATE", "1989-10-27", None),
    ("A ceremony would still be held at the summit on April 24.", "1999-02-10", "April 24", "DATE", "1999-04-24", None),
    ("The reduced dividend is payable Jan. 2 to holders.", "1989-11-02", "Jan. 2", "DATE", "1990-01-02", None),
    ("The thrift announced the plan Aug. 21.", "1989-10-27", "Aug. 21", "DATE", "1989-08-21", None),
    ("Until Thursday, they had not called Kopp a suspect.", "1999-05-07", "Thursday", "DATE", "1999-05-06", None),
    # a deadline "until 5pm on 12 April" is ahead as "until 12 April" is, the time of day between
    ("The inspector gave the parties until 5pm on 12 April to submit written responses.", "2024-03-07", "12 April",
     "DATE", "2024-04-12", None),
    ("The inspector gave the parties until 5pm on 12 April to submit written responses.", "2024-03-07", "5pm",
     "TIME", "2024-04-12T17:00", None),
    ("She has until midnight on 26 February to switch.", "2024-02-20", "26 February", "DATE", "2024-02-26", None),
    ("The offer had been due to expire Friday evening.", "1989-10-30", "Friday evening", "TIME", "1989-10-27TEV", None),
    # "was due", "were expected": a plan as it stood then, for a day either side of the DCT (the nearer one)
    ("The law was blocked on July 8, six days before it was due to take effect on July 14.", "2025-10-14",
     "July 14", "DATE", "2025-07-14", None),
    ("The talks opened on Nov. 9 and were due to end at 6 p.m. Friday.", "2026-11-22", "6 p.m. Friday", "TIME",
     "2026-11-20T18:00", None),
    ("They had a three-day permit and were expected out by Monday afternoon.", "2026-06-10", "Monday afternoon",
     "TIME", "2026-06-08TAF", None),
    ("The vote was scheduled for Thursday, aides said.", "2026-06-09", "Thursday", "DATE", "2026-06-11", None),
    # "since" starts from what has begun; a month abbreviation's dot ends no clause; what is put off is ahead
    ("The carrier has been on patrol since March and was scheduled to return.", "1990-08-13", "March", "DATE",
     "1990-03", None),
    ("Crane bought the shares from Sept. 14 to Thursday.", "1989-10-30", "Thursday", "DATE", "1989-10-26", None),
    ("Officials postponed until Tuesday morning any action on the case.", "2000-03-30", "Tuesday morning", "TIME",
     "2000-04-04TMO", None),
    # a plan told in the past ("were planning to"), "supposed to", and un-...-ed adjectives are no past events
    ("Protesters planned a demonstration on Saturday and were planning to drive to the airport.", "2000-01-07",
     "Saturday", "DATE", "2000-01-08", None),
    ("The talks that are supposed to conclude by May, invited Sinn Fein to rejoin.", "1998-03-22", "May", "DATE",
     "1998-05", None),
    ("The split would be paid on a still unspecified date in January.", "1989-10-26", "January", "DATE", "1990-01", None),
    # a bare month with no tense cue: the next few months are ahead, the rest behind
    ("Elections in February.", "1998-01-15", "February", "DATE", "1998-02", None),
    ("The strike of March.", "1989-10-30", "March", "DATE", "1989-03", None),
    # spans: "the past three years" keeps its article, "the third-quarter loss" does not
    ("Net fell in the third-quarter period.", "1989-10-26", "third-quarter", "DATE", "1989-Q3", None),
    ("Sales slumped during the summer.", "1998-10-25", "the summer", "DATE", "1998-SU", None),
    # sets, times with their day
    ("Orangemen march each July through the town.", "1998-03-22", "each July", "SET", "XXXX-07", None),
    ("The market is closed on Sundays.", "1998-02-13", "Sundays", "SET", "XXXX-WXX-7", None),
    ("Two new flights leave Bombay on Tuesday nights.", "1998-02-13", "Tuesday nights", "SET", "XXXX-WXX-2TNI", None),
    ("Two new flights leave Bombay on Monday and Tuesday nights.", "1998-02-13", "Monday", "SET", "XXXX-WXX-1TNI", None),
    ("By mid-afternoon the crowd had left.", "1998-03-06", "mid-afternoon", "TIME", "1998-03-06TAF", "MID"),
    ("The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", "1998-08-08", "about 10:35 a.m.", "TIME", "1998-08-07T10:35+03:00",
     "APPROX"),
    ("The offer was extended until 5 p.m. EST, Nov. 6.", "1989-10-30", "5 p.m. EST, Nov. 6", "TIME", "1989-11-06T17:00-05:00", None),
    ("They want the boy back as soon as possible.", "2000-01-07", "as soon as possible", "DATE", "FUTURE_REF", None),
    # a past verb of the happening itself outweighs a nearer reading; a verb of saying, an adjective, a noun do not
    ("The war, which began with the attack on southern Israel on Oct. 7, has killed thousands.", "2024-09-24",
     "Oct. 7", "DATE", "2023-10-07", None),
    ("He was arrested in December.", "2024-11-24", "December", "DATE", "2023-12", None),
    # (a saying gone by: the December before, not the one a week ahead)
    ("The company said in December it would close the plant.", "2024-11-24", "December", "DATE", "2023-12", None),
    ("Most economists are forecasting the next cut in November.", "2024-09-16", "November", "DATE", "2024-11", None),
    ("He was ordered to surrender to prison authorities by Jan. 6.", "2025-10-08", "Jan. 6", "DATE", "2026-01-06", None),
    ("Meissner gave no reason for the Jan. 14 deadline.", "2000-01-05", "Jan. 14", "DATE", "2000-01-14", None),
    ("The bid was extended to Nov. 16.", "1989-10-30", "Nov. 16", "DATE", "1989-11-16", None),
    ("She died Sunday at her home.", "2026-01-22", "Sunday", "DATE", "2026-01-18", None),
    # recurring times
    ("Elections are held every five years.", WED, "every five years", "SET", "P5Y", None),
    ("The same closures will be repeated every weekend.", WED, "every weekend", "SET", "XXXX-WXX-WE", None),
    ("We have seen announcements like this every few months.", WED, "every few months", "SET", "PXM", None),
    ("An injection given once every six months lowered blood pressure.", WED, "once every six months", "SET", "P6M", None),
    ("The sensor takes readings every 15 minutes.", WED, "every 15 minutes", "SET", "PT15M", None),
    ("The index is published every other week.", WED, "every other week", "SET", "P2W", None),
    ("She ran a free workshop every Saturday morning.", WED, "every Saturday morning", "SET", "XXXX-WXX-6TMO", None),
    ("Volunteers return every summer.", WED, "every summer", "SET", "XXXX-SU", None),
    ("Buffalo averages 95 inches of snow each winter.", WED, "each winter", "SET", "XXXX-WI", None),
    ("The jewelry is locked in a safe each night.", WED, "each night", "SET", "XXXX-XX-XXTNI", None),
    ("He would hold council meetings in the evenings.", WED, "the evenings", "SET", "XXXX-XX-XXTEV", None),
    ("She kept playing on weekends.", WED, "weekends", "SET", "XXXX-WXX-WE", None),
    # holidays that move, and a holiday's weekend
    ("The first break-in was on Labor Day.", "2024-11-07", "Labor Day", "DATE", "2024-09-02", None),
    ("The campaigns expect to be out in force at the Memorial Day parade.", "2026-04-25", "Memorial Day", "DATE", "2026-05-25", None),
    ("The festival celebrated its 50th anniversary over Labor Day weekend.", "2024-09-03", "Labor Day weekend", "DATE", "2024-W35-WE", None),
    ("Campaigning typically slows over the Easter weekend.", "2026-01-19", "Easter weekend", "DATE", "2026-W14-WE", None),
    ("Travel will peak over Christmas weekend.", "2022-12-20", "Christmas weekend", "DATE", "2022-W51-WE", None),
    ("It was a good Friday for the market.", "2024-09-03", "Friday", "DATE", "2024-08-30", None),  # no holiday
    # fixed and movable holidays of many countries; a country's own day is that of the country the text is about
    ("Fireworks are planned for the Fourth of July.", "2025-06-20", "Fourth of July", "DATE", "2025-07-04", None),
    ("Modi will address the nation from the Red Fort in Delhi on Independence Day.", "2025-08-13", "Independence Day",
     "DATE", "2025-08-15", None),
    ("Nigerians in Abuja marked Independence Day quietly.", "2025-10-03", "Independence Day", "DATE", "2025-10-01", None),
    ("The Rs 1,840-crore plan was cleared. After the flag-hoisting ceremony on Independence Day, Mishra spoke.", "2024-08-16",
     "Independence Day", "DATE", "2024-08-15", None),
    ("Americans celebrated Independence Day with fireworks.", "2025-07-06", "Independence Day", "DATE", "2025-07-04", None),
    ("Crowds lined the parade route in New Delhi on Republic Day.", "2025-01-27", "Republic Day", "DATE", "2025-01-26", None),
    ("China's National Day holiday begins next week in Beijing.", "2025-09-24", "National Day", "DATE", "2025-10-01", None),
    ("Retailers expect record sales on Cyber Monday.", "2025-11-20", "Cyber Monday", "DATE", "2025-12-01", None),
    ("Queues formed before dawn on Black Friday.", "2024-12-02", "Black Friday", "DATE", "2024-11-29", None),
    ("Offices will close on Martin Luther King Jr. Day.", "2026-01-05", "Martin Luther King Jr. Day", "DATE", "2026-01-19", None),
    ("The parade on St. Patrick's Day drew 10,000 people.", "2025-03-20", "St. Patrick's Day", "DATE", "2025-03-17", None),
    ("Anzac Day services were held at dawn.", "2025-04-26", "Anzac Day", "DATE", "2025-04-25", None),
    ("Canada Day fireworks were cancelled.", "2025-07-03", "Canada Day", "DATE", "2025-07-01", None),
    ("Bonfire Night displays were cancelled because of the wind.", "2025-11-06", "Bonfire Night", "DATE", "2025-11-05", None),
    ("She did not want to travel so close to Lunar New Year.", "2026-02-11", "Lunar New Year", "DATE", "2026-02-17", None),
    ("He will go home after the Lantern Festival.", "2026-02-11", "Lantern Festival", "DATE", "2026-03-03", None),
    ("The family met for the Chinese New Year's Eve dinner.", "2025-02-03", "Chinese New Year's Eve", "DATE", "2025-01-28", None),
    ("Demand would last at least into the second half of the year.", "2024-02-08", "the second half of the year", "DATE", "2024-H2", None),
    # a clock time without a.m. or p.m. told "tonight" is in the evening
    ("The town hall meeting is at 6:30 tonight in the high school gym.", "2026-12-03", "6:30 tonight", "TIME",
     "2026-12-03T18:30", None),
    ("The vote is expected at 1:30 tonight.", "2026-12-03", "1:30 tonight", "TIME", "2026-12-04T01:30", None),
    # a chronology's entries with no year run forward: one placed ahead of the DCT before an entry a year earlier is
    # in that year too, and what is told from it follows it (an entry's present tense is historical)
    (CHRONOLOGY, "2026-12-03", "March 10", "DATE", "2026-03-10", None),
    (CHRONOLOGY, "2026-12-03", "the same evening", "TIME", "2026-03-12TEV", None),
    (CHRONOLOGY, "2026-12-03", "Late April", "DATE", "2026-04", "END"),
    (CHRONOLOGY, "2026-12-03", "May 1", "DATE", "2026-05-01", None),
    (CHRONOLOGY, "2023-10-15", "March 12", "DATE", "2023-03-12", None),
    (CHRONOLOGY, "2023-10-15", "Summer", "DATE", "2023-SU", None),
    ("Latest first\n\nSept. 20 – The company files for bankruptcy.\n\nJuly 2 – Its chief executive resigns.\n\n"
     "March 10 – The first profit warning.", "2026-10-01", "March 10", "DATE", "2026-03-10", None),
    # "the end of the decade" after a decade gone by told in its paragraph is that decade's end
    ("In the early 1990s, the company employed 10,000 people; by the end of the decade, it had 2,000.", "2026-12-03",
     "the end of the decade", "DATE", "199", "END"),
    ("The mill closed in 1985. By the end of the decade, the town had lost a third of its people.", "2026-12-03",
     "the end of the decade", "DATE", "198", "END"),
    ("Sales grew in the 2010s, and the firm expects to double them by the end of the decade.", "2026-12-03",
     "the end of the decade", "DATE", "202", "END"),
    ("The mill closed in 1985. The town hopes to recover by the end of the decade.", "2026-12-03",
     "the end of the decade", "DATE", "202", "END"),
    ("The plan, covering 2027 to 2031, promises to cut emissions below 20% by the end of the decade.", "2026-12-03",
     "the end of the decade", "DATE", "202", "END"),
    # "w/c" and "w/b" before a day: the week commencing (beginning) it
    ("Works start w/c 14 December.", "2026-12-03", "w/c 14 December", "DATE", "2026-W51", None),
    ("Deliveries resume W/B Monday 7 December.", "2026-12-03", "W/B Monday 7 December", "DATE", "2026-W50", None),
    # a weekday's abbreviation before a date needs no full stop, and tells the year
    ("Sat 12 Dec: Carols at 7pm.", "2026-12-03", "Sat 12 Dec", "DATE", "2026-12-12", None),
    ("The budget will be tabled on Tues 9 Feb.", "2026-12-03", "Tues 9 Feb.", "DATE", "2027-02-09", None),
    ("The Sun 12 June edition sold out.", "2026-12-03", "12 June", "DATE", "2026-06-12", None),  # a newspaper
    # a clock time on a day named and then dated in apposition is of that date
    ("Voting ends at 8pm on polling day, Thursday 10 December.", "2026-12-03", "8pm", "TIME", "2026-12-10T20:00", None),
    # two years in full joined by a dash: one season or financial year when they follow one another and name it,
    # else each its own year
    ("He played in the 2019-2020 season.", "2026-12-03", "the 2019-2020 season", "DATE", "2020", None),
    ("Sales in 2024-2025 rose.", "2026-12-03", "2024", "DATE", "2024", None),
    ("Sales in 2024-2025 rose.", "2026-12-03", "2025", "DATE", "2025", None),
    ("He was president 1990-1995.", "2026-12-03", "1990", "DATE", "1990", None),
    ("The company guided for FY2026-27 growth.", "2026-12-03", "FY2026-27", "DATE", "2027", None),
    # a quarter or half of a fiscal year written "FY" and two figures: one expression, as "Q2 FY2027" is
    ("The company posted results for Q4 FY26 in May.", "2026-12-03", "Q4 FY26", "DATE", "2026-Q4", None),
    ("Infosys reported Q2FY27 results.", "2026-12-03", "Q2FY27", "DATE", "2027-Q2", None),
    # a year written with two figures after an apostrophe, after a season, a month or a word that takes a date
    ("He joined the club in the summer of '19.", "2026-12-03", "the summer of '19", "DATE", "2019-SU", None),
    ("Shares hit a high in Dec '25.", "2026-12-03", "Dec '25", "DATE", "2025-12", None),
    ("The crash of '08 hit hard.", "2026-12-03", "'08", "DATE", "2008", None),
    ("It was the spring of '98.", "2026-12-03", "the spring of '98", "DATE", "1998-SP", None),
    ("Back in ’08, prices fell.", "2026-12-03", "’08", "DATE", "2008", None),
    ("Back in &rsquo;08, prices fell.", "2026-12-03", "&rsquo;08", "DATE", "2008", None),  # as Markdown can keep it
    # opening hours given "between" two times are each such day's
    ("The office is open from Monday to Friday, between 9am and 5pm.", "2026-12-03", "Monday", "SET", "XXXX-WXX-1", None),
    # a holiday a happening told in the past was on is the last one, however near the next is; a plan is not
    ("The fire broke out on Christmas Day.", "2026-12-03", "Christmas Day", "DATE", "2025-12-25", None),
    ("The work had been pencilled in for Easter, but was moved.", "2026-03-01", "Easter", "DATE", "2026-04-05", None),
    # ... and so in Markdown: a list's items, a date in bold, a year heading a section
    ("- **March 10** – Regulators close the bank.\n- **March 12** – A second lender is shut.\n- **Late April** – A "
     "third lender fails.\n- **Summer** – Rates rise twice more.", "2026-12-03", "March 10", "DATE", "2026-03-10", None),
    ("**March 10:** Regulators close the bank.\n\n**May 1:** A sale is announced.\n\n**September 3:** The Fed pauses.",
     "2026-12-03", "May 1", "DATE", "2026-05-01", None),
    ("- **Jan. 11, 2020** – China reports its first death.\n- **Jan. 21** – The United States confirms its first case.",
     "2026-12-03", "Jan. 21", "DATE", "2020-01-21", None),
    ("### 2021\n\n- **Feb. 4** – A second vaccine is approved.", "2026-12-03", "Feb. 4", "DATE", "2021-02-04", None),
    ("| Date | Event |\n|---|---|\n| March 10 | Regulators close the bank |\n| Late April | A third lender fails |\n"
     "| Summer | Rates rise twice more |", "2026-12-03", "March 10", "DATE", "2026-03-10", None),
    ("### 2021\n\n- **Feb. 4** – A second vaccine is approved.", "2026-12-03", "2021", "DATE", "2021", None),
    ("### Tuesday, Jan. 12\n\n- **9:30 a.m.** – The committee meets.\n- **Jan. 13:** The closing dinner at 6pm.",
     "2027-01-07", "9:30 a.m.", "TIME", "2027-01-12T09:30", None),
    ("### Tuesday, Jan. 12\n\n- **9:30 a.m.** – The committee meets.\n- **Jan. 13:** The closing dinner at 6pm.",
     "2027-01-07", "6pm", "TIME", "2027-01-13T18:00", None),  # (an item's own day, not the heading's)
    ("SUNDAY, SEPT. 20\n\n- Climate Week opens, running through Sept. 27. A panel starts at 2 p.m.", "2026-09-18",
     "2 p.m.", "TIME", "2026-09-20T14:00", None),  # (a day told inside the item is not its own)
    # ... but a programme's entries to come stay ahead, and an entry after that overlaps one tells nothing
    ("What happens next\n\nDec. 15 – The committee publishes its report.\n\nJan. 10 – The full House votes.\n\n"
     "March 20 – The deadline for a verdict.", "2026-10-01", "March 20", "DATE", "2027-03-20", None),
    ("What happens next\n\nDec. 15 – The committee publishes its report.\n\nJan. 10 – The full House votes.\n\n"
     "March 20 – The deadline for a verdict.", "2026-10-01", "Jan. 10", "DATE", "2027-01-10", None),
    ("LOOKING AHEAD\nMarch 31: The old Maps API shuts down.\nSpring: First crewed flight of a station module.",
     "2027-01-10", "March 31", "DATE", "2027-03-31", None),
    # "the year", "the end of the year", "year-end" told of the past after a year written in the sentence are of it
    ("Losses in 2019 reached $16 billion by the end of the year.", "2026-12-03", "the end of the year", "DATE", "2019",
     "END"),
    ("In 2024, losses at the fund reached $16 billion by year-end.", "2026-12-03", "year-end", "DATE", "2024", "END"),
    ("Profits in 2019 rose 5% for the year.", "2026-12-03", "the year", "DATE", "2019", None),
    ("Sales rose 5% in 2025 and are expected to rise 7% by the end of the year.", "2026-12-03", "the end of the year",
     "DATE", "2026", "END"),
    ("The 2030 target was agreed at a summit at the end of the year.", "2026-12-03", "the end of the year", "DATE",
     "2026", "END"),  # (a year to come names no year gone by)
    ("It closes at 11pm tonight.", "2026-12-03", "11pm tonight", "TIME", "2026-12-03T23:00", None),
    # a relative clause set off by commas just before a date is not the date's clause: the main verb is
    ("The company will report results for its second quarter, which ended Nov. 30, on Dec. 18.", "2026-12-03",
     "Dec. 18", "DATE", "2026-12-18", None),
    ("The plant, which opened in 1998, closed on Tuesday.", "2026-12-03", "Tuesday", "DATE", "2026-12-01", None),
    # a participle after "first" is a verb gone by, not a noun's modifier
    ("The merger, first announced in March, is expected to close next year.", "2026-12-03", "March", "DATE", "2026-03",
     None),
    # a time in the small hours told after an evening's in the same sentence is in the night that follows
    ("The flight left at 11.05pm and landed shortly after 1am.", "2026-12-03", "1am", "TIME", "2026-12-04T01:00", None),
    ("He went to bed at 11pm. At 3am, the alarm sounded.", "2026-12-03", "3am", "TIME", "2026-12-03T03:00", None),
    ("The polls closed at 10pm on Tuesday; results came at 3am.", "2026-12-03", "3am", "TIME", "2026-12-02T03:00", None),
    # the first or last three (six) months of a year are a quarter (a half) of it; nine months stay a length
    ("Nearly one in three patients waited in the first three months of the year.", "2027-04-21",
     "the first three months of the year", "DATE", "2027-Q1", None),
    ("Growth was zero in the final three months of 2024.", "2026-12-03", "the final three months of 2024", "DATE",
     "2024-Q4", None),
    ("In the first six months of the year, 1,200 people died.", "2026-12-03", "the first six months of the year", "DATE",
     "2026-H1", None),
    ("Sales rose in the first nine months of the year.", "2026-12-03", "the first nine months", "DURATION", "P9M", None),
    # the end or start of a quarter or half is part of it
    ("The inquiry will report by the end of the first quarter.", "2026-12-03", "the end of the first quarter", "DATE",
     "2027-Q1", "END"),
    ("Sales picked up at the start of the second half.", "2026-12-03", "the start of the second half", "DATE", "2026-H2",
     "START"),
    # a half or quarter of a decade or century: its start or end, not the year's half
    ("The first half of the decade was marked by the pandemic.", "2026-12-03", "The first half of the decade", "DATE",
     "202", "START"),
    ("In the second half of the century, cities grew.", "2026-12-03", "the second half of the century", "DATE", "20",
     "END"),
    ("Sales have followed the trend of the last half of the '80s.", "1989-10-26", "the last half of the '80s", "DATE",
     "198", "END"),
    ("Most of the mills closed in the final quarter of the 1800s.", "2026-12-03", "the final quarter of the 1800s",
     "DATE", "18", "END"),
    ("Profit rose in the first half.", "2024-08-08", "the first half", "DATE", "2024-H1", None),
    # a difference in time is no date
    ("The ice went out nine days earlier than the long-term average.", "2025-04-12", "nine days", "DURATION", "P9D", None),
    ("It came about a week later than last year.", "2025-04-12", "about a week", "DURATION", "P1W", "APPROX"),
    # the year a sentence is about
    ("The earliest ice-out came in 2012, when the ice left on March 21; the following spring, it lingered until May 9.",
     "2025-04-12", "March 21", "DATE", "2012-03-21", None),
    ("The earliest ice-out came in 2012, when the ice left on March 21; the following spring, it lingered until May 9.",
     "2025-04-12", "the following spring", "DATE", "2013-SP", None),
    ("The earliest ice-out came in 2012, when the ice left on March 21; the following spring, it lingered until May 9.",
     "2025-04-12", "May 9", "DATE", "2013-05-09", None),
    ("Last year, the lake opened on April 3 after weeks of record warmth.", "2025-04-12", "April 3", "DATE", "2024-04-03", None),
    # "Today," as these days; a clock time with its day after it
    ('Back then, nobody went to prison. "Today, people go to prison."', "2025-10-08", "Today", "DATE", "PRESENT_REF", None),
    # set against a time long gone, told just before: these days
    ("In the 1980s passengers crammed into slow trains for journeys of two days; today high-speed lines carry them "
     "in eight hours.", "2026-02-11", "today", "DATE", "PRESENT_REF", None),
    ("When I began teaching in 1994, we confiscated notes. Our students today carry phones.", "2026-04-09", "today",
     "DATE", "PRESENT_REF", None),
    # but not a day of its own after the verb, nor with a tense of its own, nor after a recent year
    ("Anyone born in 2000 turns 24 today but celebrates only the sixth birthday.", "2024-02-29", "today", "DATE",
     "2024-02-29", None),
    ("The mill opened in 1921. Today the council will vote on its future.", "2026-04-09", "Today", "DATE",
     "2026-04-09", None),
    ("The rule came in 2024. Today the council votes on its future.", "2026-04-09", "Today", "DATE", "2026-04-09", None),
    ("The town has grown by a third. Today, about one in three residents is Hispanic.", "2026-04-25", "Today", "DATE", "PRESENT_REF", None),
    ("Today, hundreds of people began to arrive.", "1998-01-20", "Today", "DATE", "1998-01-20", None),
    ("At 10.02am yesterday, the usher called the court to order.", "2025-07-22", "10.02am yesterday", "TIME", "2025-07-21T10:02", None),
    # lists and forecasts run forward from a day to come; a month naming a happening; words both past and present
    ("Snow showers are likely to follow on Christmas Day and Friday.", "2025-12-22", "Friday", "DATE", "2025-12-26", None),
    ("THE FORECAST\nWednesday: Snow tapering to flurries.\nFriday: Partly sunny. High 27.", "2025-12-22", "Friday",
     "DATE", "2025-12-26", None),
    ("Reeves will deliver her budget on Oct 30, before the BoE's November decision, and has warned of tax rises.",
     "2024-09-16", "November", "DATE", "2024-11", None),
    ("Policymakers signalled last week that a rate cut in March was unlikely.", "2024-02-08", "March", "DATE", "2024-03", None),
    ("Ortega expects to hire four more technicians by the fall.", "2026-05-18", "the fall", "DATE", "2026-FA", None),
    ("The Dayton plant is set to shut by the end of the first quarter.", "2025-10-29", "the end of the first quarter", "DATE",
     "2026-Q1", "END"),
    ("The company will report third-quarter results on Tuesday.", "2025-10-29", "third-quarter", "DATE", "2025-Q3", None),
    # narratives: clock times of the day the paragraph tells, "that evening", "the following March", "that autumn",
    # a weekday in apposition
    ("The update began at 23:05 on June 3. By 23:40, the servers had stopped.", "2024-09-17", "23:40", "TIME", "2024-06-03T23:40", None),
    ("At 01:12 on 4 June, blood was taken from the patient.", "2024-09-17", "01:12", "TIME", "2024-06-04T01:12", None),
    ("A dealer opened the email on June 16, 2023. He telephoned her that evening.", "2025-10-18", "that evening", "TIME", "2023-06-16TEV", None),
    ("In 2019 she lost the violin. Then, the following March, the halls closed.", "2025-10-18", "the following March", "DATE", "2020-03", None),
    ("It opened on June 3, 2021. The following March, it closed.", "2025-10-18", "The following March", "DATE", "2022-03", None),
    ("She lost it in 2019. By the time detectives scaled back the inquiry that autumn, it was gone.", "2025-10-18",
     "that autumn", "DATE", "2019-FA", None),
    ("On June 16, 2023, a Friday, a dealer in Glasgow opened an email.", "2025-10-18", "a Friday", "DATE", "2023-06-16", None),
    # times of any day; years that straddle two; quarters written Q2
    ("Bottled water distribution continues daily from 10 a.m. to 6 p.m.", "2025-01-23", "6 p.m.", "TIME", "XXXX-XX-XXT18:00", None),
    ("Revenue in the 2023-24 fiscal stood at Rs 6,980 crore.", "2024-08-16", "the 2023-24 fiscal", "DATE", "2024", None),
    ("For FY25, it has set a target of Rs 9,500 crore.", "2024-08-16", "FY25", "DATE", "2025", None),
    ("Novak has agreed terms for the 2025-26 season.", "2025-05-26", "the 2025-26 season", "DATE", "2026", None),
    ("In Q2 alone, group volumes were down 6.2%.", "2025-07-31", "Q2", "DATE", "2025-Q2", None),
    ("The cost inflation will only hit its accounts in Q3 and Q4.", "2025-07-31", "Q4", "DATE", "2025-Q4", None),
    ("Collections in the April-June quarter were Rs 1,420 crore.", "2024-08-16", "the April-June quarter", "DATE", "2024-Q2", None),
    ("At about 4:40 yesterday afternoon, a team found a backpack.", "2026-06-10", "about 4:40 yesterday afternoon", "TIME", "2026-06-09T16:40",
     "APPROX"),
    # a minute-by-minute account; a quarter or half still to come; St Patrick's Day; "than expected" has no tense
    ("This is how events unfolded.\n\n18:34 — The train departs Hebden Bridge.", "2026-07-23", "18:34", "TIME", "2026-07-23T18:34", None),
    ("Work on the flyover would begin in the second quarter.", "2025-02-20", "the second quarter", "DATE", "2025-Q2", None),
    ("We expect results to be weighted towards the second half.", "2025-04-29", "the second half", "DATE", "2025-H2", None),
    ("Revenue beat forecasts, citing stronger-than-expected volumes in the fourth quarter.", "2024-02-08", "the fourth quarter",
     "DATE", "2023-Q4", None),
    ("RESULTS\nSaturday: Chorley 1 Darlington 2; Scarborough 3 Hereford 0.", "2024-09-16", "Saturday", "DATE", "2024-09-14", None),
    # a clock time, a weekday and the date after it; a chronology under its year; "falls on a Saturday"
    ("The closure will run from 10 p.m. Friday, Oct. 24, to 5 a.m. Monday, Oct. 27.", "2025-10-16", "10 p.m. Friday", "TIME",
     "2025-10-24T22:00", None),
    ("Key events:\n\n2024\n\nSept. 13 - The walkout begins.\n\nSept. 18 - Norveld announces a hiring freeze and says it will "
     "furlough staff.", "2025-11-05", "Sept. 18", "DATE", "2024-09-18", None),
    ("The usual Jan. 31 deadline falls on a Saturday this year.", "2026-01-09", "a Saturday", "DATE", "2026-01-31", None),
    ("In 2017, Simpson was granted parole; he was released in October.", "2024-07-20", "October", "DATE", "2017-10", None),
    # an initial's point ends no sentence; the year may follow "the" after the opening word
    ("In 2017, O.J. Simpson was granted parole; he was released in October.", "2024-07-20", "October", "DATE", "2017-10",
     None),
    ("During the 2025 shutdown, the bureau stopped publishing data, delaying the September jobs report.", "2027-01-28",
     "September", "DATE", "2025-09", None),
    ("The December jobs report is scheduled for Jan. 10.", "2024-12-20", "Jan. 10", "DATE", "2025-01-10", None),
    # "this year", "last year" hold for their sentence when what it tells has gone by, or nothing tells and it is
    # this year; not against the tense, nor as a possessive before its noun
    ("It is the second major outage this year, after a 40-minute disruption in March.", "2023-11-08", "March", "DATE",
     "2023-03", None),
    ("The assembly last met early last year, for a shorter session that ended in March.", "2026-01-06", "March", "DATE",
     "2025-03", None),
    ("This year's deadline came earlier than last year's, which fell on Feb. 6.", "2026-02-06", "Feb. 6", "DATE",
     "2025-02-06", None),
    ("The company said last year it would open the plant in March.", "2023-11-08", "March", "DATE", "2024-03", None),
    ("The board will start planning next year's fair in October.", "2023-09-05", "October", "DATE", "2023-10", None),
    # a century or a decade frames no year: a date in its clause is not of the year 18 or 199
    ("Recesses date from the 19th century, when MPs left London for the grouse season, which opens on 12 August.",
     "2025-07-22", "12 August", "DATE", "2025-08-12", None),
    ("In the 1990s, when the mill closed in March, jobs went.", "2025-07-22", "March", "DATE", "2025-03", None),
    # a month framed by a later month of its sentence, in a clause looking ahead, is the one after it
    ("In December, the council said it will close the depot by the end of March.", "2025-02-27", "the end of March",
     "DATE", "2025-03", "END"),
    ("In November, the board said it would meet again in February.", "2025-01-10", "February", "DATE", "2025-02",
     None),
    ("In December, the council said it had cut spending in March.", "2025-02-27", "March", "DATE", "2024-03", None),
    ("Refunds are typically in bank accounts by early March, the IRS said.", "2026-01-09", "early March", "DATE", "2026-03", "START"),
    ("On Tuesday, the Pentagon said a US carrier group would remain in the Mediterranean.", WED, "Tuesday", "DATE", "2021-12-28", None),
    ("The street will stay closed until Wednesday while crews dig.", "2026-01-09", "Wednesday", "DATE", "2026-01-14", None),
    ("This time last year, the county was still counting the cost of the fire.", "2025-09-07", "This time last year", "DATE",
     "2024-09-07", None),
    ("Over the last hour the crowd grew.", "2025-06-12", "the last hour", "DURATION", "PT1H", None),
    ("Aurelis shares fell 4.1% in afternoon trading.", "2025-06-12", "afternoon", "TIME", "2025-06-12TAF", None),
    ("Crowds line the streets for the St Patrick's Day parade.", "2024-03-17", "St Patrick's Day", "DATE", "2024-03-17", None),
    ("Anyone in the area between 11.40pm on Saturday 25 October and 1.30am on Sunday 26 October should call.", "2025-10-28",
     "1.30am", "TIME", "2025-10-26T01:30", None),
    ("Detectives said the victim left at 1am on Sunday. Because the clocks went back at 2am that morning, times vary.",
     "2025-10-28", "2am", "TIME", "2025-10-26T02:00", None),
    ("Sales rose 5% in 2024, and the company said on March 3 it would expand.", "2025-04-12", "March 3", "DATE", "2025-03-03", None),
    ("Shops will close on Good Friday.", "2025-04-12", "Good Friday", "DATE", "2025-04-18", None),
    # a rate is a set ("$500 million a year"), a sum of lengths one length
    ("The cuts should save $500 million a year in costs.", WED, "a year", "SET", "P1Y", None),
    ("The new flights add nearly 700 seats a week on the route.", WED, "a week", "SET", "P1W", None),
    ("Pelham makes about 4.3 million packets of crisps a day.", WED, "a day", "SET", "P1D", None),
    ("Rents rose 5% a year.", WED, "a year", "SET", "P1Y", None),
    ("Three of the patients quit within a week.", WED, "a week", "DURATION", "P1W", None),
    ("The 20 patients waited a year for surgery.", WED, "a year", "DURATION", "P1Y", None),
    ("She was sentenced to four years and nine months in prison.", WED, "four years and nine months", "DURATION", "P4Y9M", None),
    ("The final drive took just 1 minute, 52 seconds.", WED, "1 minute, 52 seconds", "DURATION", "PT1M52S", None),
    ("It lasted three hours, and two days later it ended.", WED, "three hours", "DURATION", "PT3H", None),
    ("The town has flooded three times in the past decade.", WED, "the past decade", "DURATION", "P10Y", None),
    ("She had worked the scheme for half a decade.", WED, "half a decade", "DURATION", "P5Y", None),
    ("A second volley followed about half an hour later.", WED, "about half an hour", "DURATION", "PT30M", "APPROX"),
    ("She cautioned that a single month was not a trend.", WED, "a single month", "DURATION", "P1M", None),
    ("She learned long ago not to gamble with the crowds.", WED, "long ago", "DATE", "PAST_REF", None),
    ("The army launched its biggest offensive in months to retake the capital.", WED, "months", "DURATION", "PXM", None),
    ("It was the deadliest day in the country in decades.", WED, "decades", "DURATION", "PXDE", None),
    ("Patients were moved into tents hours after the quake.", WED, "hours", "DURATION", "PTXH", None),
    ("Schools in the district canceled classes Tuesday and Wednesday.", "2024-03-19", "Wednesday", "DATE", "2024-03-20", None),
    ("He denied the statements he made Friday and Thursday.", "1998-02-06", "Thursday", "DATE", "1998-02-05", None),
    ("The closure begins at 10 p.m. Friday and ends at 5 a.m. Monday.", "2026-01-14", "5 a.m. Monday", "TIME", "2026-01-19T05:00", None),
    ("The line will operate normally on the weekend of Feb. 14.", "2026-01-14", "the weekend of Feb. 14", "DATE", "2026-W07-WE", None),
    ("It will also run on the final weekend of February.", "2026-01-14", "the final weekend of February", "DATE", "2026-W09-WE", None),
    ("The city renamed the street in 2019, the year she retired.", "2025-02-28", "the year", "DATE", "2019", None),
    ("The quake struck at 2:17 a.m. last Sunday off the coast.", "2025-02-23", "2:17 a.m.", "TIME", "2025-02-16T02:17", None),
    ("The theft came to light in the fall of 2022. Farrow resigned that November.", "2025-05-17", "that November", "DATE", "2022-11", None),
    ("The wage deal will run from July 1 until June 30 2029.", "2026-05-21", "July 1", "DATE", "2026-07-01", None),
    ("The scheme will run from March 1 to June 30, 2029.", "2026-05-21", "March 1", "DATE", "2029-03-01", None),
    ("Lunar New Year's Day, which ushers in the Year of the Horse, falls on Tuesday.", "2026-02-11", "Tuesday", "DATE", "2026-02-17", None),
    ("What will run?\nThursday: Services will restart, but the first trains will leave late.", "2026-01-25", "Thursday", "DATE", "2026-01-29", None),
    ("Halo OS 9 will be released next Monday, several days before the new phones reach stores.", "2025-09-09", "several days", "DURATION", "PXD", None),
    ("Exchanges will close early, at 1 p.m., on Nov. 28.", "2025-11-21", "1 p.m.", "TIME", "2025-11-28T13:00", None),
    ("He saw room for a further cut in the near term.", "2025-11-21", "the near term", "DATE", "FUTURE_REF", None),
    ("Investors will watch delayed retail sales data on Tuesday.", "2025-11-21", "Tuesday", "DATE", "2025-11-25", None),
    ("The company will have finished the work by Tuesday.", "2025-11-21", "Tuesday", "DATE", "2025-11-25", None),
    # a past perfect in a clause of time under "would" is a time to come told back; without "would", gone by
    ("ScotRail said services would not resume until the lines had been inspected on Saturday morning.", "2026-12-03",
     "Saturday morning", "TIME", "2026-12-05TMO", None),
    ("The firm said it would not pay until the goods had arrived on Friday.", "2026-12-03", "Friday", "DATE",
     "2026-12-04", None),
    ("He was arrested after he had been identified on Monday.", "2026-12-03", "Monday", "DATE", "2026-11-30", None),
    # a deadline in a subject told by a participle ("applications submitted before"), then "will": the nearest day
    ("Applications submitted before 4 April will be assessed.", "2026-12-08", "4 April", "DATE", "2027-04-04", None),
    ("Season tickets bought before the end of February will be sold at this year's prices.", "2026-12-08",
     "the end of February", "DATE", "2027-02", "END"),
    ("Entries received by 30 November will be judged.", "2026-12-08", "30 November", "DATE", "2026-11-30", None),
    ("Tickets bought on 4 April were refunded.", "2026-12-08", "4 April", "DATE", "2026-04-04", None),
    ("The crew woke at 7 a.m. on Wednesday and spent the morning testing the thrusters.", "2025-09-19", "the morning", "TIME", "2025-09-17TMO", None),
    ("He said he hoped to present a near-final package by Thursday morning.", "2025-11-17", "Thursday morning", "TIME", "2025-11-20TMO", None),
    ("Trump, who returned to the White House in January, revived the campaign.", "2025-03-15", "January", "DATE", "2025-01", None),
    ("Its winter timetable takes effect on Sunday, the airline said on Tuesday.", "2024-10-22", "Sunday", "DATE", "2024-10-27", None),
    ("It brings in $6.1 million during the rest of fiscal 2025, which ends June 30.", "2024-11-20", "June 30", "DATE", "2025-06-30", None),
    # a chronology of weekdays runs forward from the day it starts with
    ("The quake struck at 2:17 a.m. last Sunday. How the week unfolded:\n\nSUNDAY — A tower collapses.\n\n"
     "MONDAY — The president flies in.\n\nWEDNESDAY — The strongest aftershock hits.", "2025-02-23", "WEDNESDAY", "DATE", "2025-02-19", None),
    ("What will run?\n\nThursday: Services will restart.\n\nFriday onwards: A normal timetable is planned.", "2026-01-25",
     "Friday", "DATE", "2026-01-30", None),
    # "later in the day", "earlier in the month": the period of the last date told in the paragraph, else the DCT's
    ("April 23, 2025 - Both sides agree to a truce, after talks in Doha that began earlier in the month.", "2025-07-21",
     "earlier in the month", "DATE", "2025-04", None),
    ("Shares fell after weak retail sales figures earlier in the day.", "2023-08-15", "earlier in the day", "DATE",
     "2023-08-15", None),
    ("Talks began on Tuesday, July 15.\n\nLater in the week, the storm weakened.", "2025-07-21", "Later in the week",
     "DATE", "2025-W30", None),
    # ... but a day told weeks before the DCT is no entry's day: "this week" is of the DCT's week
    ("The vote, first set for Aug. 19, was put off. Elsewhere at City Hall this week\n\nTuesday: City Council, 5 p.m.\n\n"
     "Wednesday: Board of Supervisors, 9:30 a.m.", "2025-09-08", "Wednesday", "DATE", "2025-09-10", None),
    # its first entry, with no day told before, by the tense of what the entry tells
    ("Here is how the week unfolded.\n\nMonday: The four party leaders sat around a single table.\n\nTuesday: The "
     "Christian Democrats tabled a paper.", "2025-11-14", "Monday", "DATE", "2025-11-10", None),
    ("Here is how the week unfolded.\n\nMonday: The four party leaders sat around a single table.\n\nTuesday: The "
     "Christian Democrats tabled a paper.", "2025-11-14", "Tuesday", "DATE", "2025-11-11", None),
    ("The plan for the week.\n\nMonday: The leaders will meet at the Catshuis.", "2025-11-14", "Monday", "DATE",
     "2025-11-17", None),
    # four-digit times of day, and a clock range's day after its end
    ("The blast came at about 0900 local time (0600 GMT) on Wednesday.", "2025-10-16", "about 0900 local time", "TIME", "2025-10-15T09:00+03:00",
     "APPROX"),
    ("The blast came at about 0900 local time (0600 GMT) on Wednesday.", "2025-10-16", "0600 GMT", "TIME", "2025-10-15T06:00Z", None),
    ("Polls close at 2000 local time.", "2025-10-16", "2000 local time", "TIME", "2025-10-16T20:00", None),
    ("The convoy left at 0730 hours.", "2025-10-16", "0730", "TIME", "2025-10-16T07:30", None),
    ("Trains will not run between 10 a.m. and 4 p.m. on Saturday.", "2025-10-16", "10 a.m.", "TIME", "2025-10-18T10:00", None),
    ("Polling stations are open from 7 a.m. to 8 p.m. Sunday.", "2025-10-16", "7 a.m.", "TIME", "2025-10-19T07:00", None),
    # what may happen is to come; a "will" further back in the clause still governs the date
    ("Forecasters warned it could come ashore as a major hurricane late Friday.", "2026-09-10", "late Friday", "DATE", "2026-09-11", "END"),
    ("He could not be reached for comment on Monday.", "2026-09-10", "Monday", "DATE", "2026-09-07", None),
    ("It will lay off 640 workers and close its dishwasher plant in this Dayton suburb by the end of June, according to a "
     "notice filed with Ohio officials.", "2026-02-19", "the end of June", "DATE", "2026-06", "END"),
    # the end of a stretch still running is ahead
    ("The Iowa State Fair, which opened Thursday in Des Moines and runs through Aug. 20, competes for visitors.", "2023-08-14",
     "Aug. 20", "DATE", "2023-08-20", None),
    ("Gates open at 8 a.m. daily through Sunday, and the midway runs from noon to 11 p.m.", "2023-08-14", "Sunday", "DATE", "2023-08-20", None),
    # what happens every day, or usually, is of any day or year
    ("Gates open at 8 a.m. daily through Sunday, and the midway runs from noon to 11 p.m.", "2023-08-14", "noon", "TIME", "XXXX-XX-XXT12:00", None),
    ("Buses on the busiest routes will run every 15 minutes from 6 a.m. to 7 p.m.", "2027-03-01", "6 a.m.", "TIME", "XXXX-XX-XXT06:00", None),
    # a timetable of the days of closures or works
    ("During the closures, trains on the line will start at 8am instead of 5.30am.", "2025-08-14", "5.30am", "TIME",
     "XXXX-XX-XXT05:30", None),
    # (not a change of one day's: "earlier than usual on Christmas Eve")
    ("Crews will start earlier than usual on Christmas Eve, and bins should be out by 6am.", "2025-12-19", "6am", "TIME",
     "2025-12-24T06:00", None),
    ("The path is closed in winter because of avalanche risk, usually from November to April.", "2025-05-09", "winter", "DATE", "XXXX-WI", None),
    ("The path is closed in winter because of avalanche risk, usually from November to April.", "2025-05-09", "November", "DATE", "XXXX-11", None),
    # (whatever tense a clause after it tells)
    ("The fire season, which usually runs from November to April, began a month early.", "2026-12-08", "November",
     "DATE", "XXXX-11", None),
    ("The fire season, which usually runs from November to April, began a month early.", "2026-12-08", "April",
     "DATE", "XXXX-04", None),
    ("The Atlantic hurricane season runs from June 1 through Nov. 30 and typically peaks in mid-September.", "2026-09-10",
     "June 1", "DATE", "XXXX-06-01", None),
    # ... but not in a clause of its own that tells of this year
    ("Campaigning typically slows over the Easter weekend, which falls in early April.", "2026-03-20", "early April", "DATE", "2026-04", "START"),
    ("Trams will not stop between 10am and 4pm, while Dart services will run every 15 minutes.", "2024-03-16", "10am", "TIME",
     "2024-03-16T10:00", None),
    ("The curfew will be enforced nightly until the storm has passed.", "2026-09-10", "nightly", "SET", "XXXX-XX-XXTNI", None),
    # a range of clock times is of the day told after its close, unless it runs past midnight
    ("Sites will be open from 8 a.m. to 5 p.m. on Saturday, Oct. 25, and from 1 p.m. to 6 p.m. the following day.",
     "2025-10-20", "1 p.m.", "TIME", "2025-10-26T13:00", None),
    ("Sites will be open from 8 a.m. to 5 p.m. on Saturday, Oct. 25, and from 1 p.m. to 6 p.m. the following day.",
     "2025-10-20", "6 p.m.", "TIME", "2025-10-26T18:00", None),
    ("The vote is on Saturday, Oct. 25. Counting runs from noon to 6 p.m. the following day.", "2025-10-20", "noon",
     "TIME", "2025-10-26T12:00", None),
    ("The vote is on Saturday, Oct. 25. Counting runs from 1 p.m. to 6 p.m. the following day.", "2025-10-20", "1 p.m.",
     "TIME", "2025-10-26T13:00", None),
    ("The vote is on Saturday, Oct. 25. Volunteers sleep out from 7pm to 7am the next morning.", "2025-10-20", "7pm",
     "TIME", "2025-10-25T19:00", None),
    ("The vote is on Saturday, Oct. 25. Volunteers sleep out from 7pm to 7am the next morning.", "2025-10-20", "7am",
     "TIME", "2025-10-26T07:00", None),
    ("The road will be closed from 9 a.m. to 5 p.m. tomorrow.", "2025-10-20", "9 a.m.", "TIME", "2025-10-21T09:00", None),
    # hours told the old way
    ("\"We were pouring concrete at 11 o'clock at night last Wednesday,\" she said.", "2023-08-14", "11 o'clock at night",
     "TIME", "2023-08-09T23:00", None),
    ("He was a sick man at 2 in the morning.", "2025-02-24", "2 in the morning", "TIME", "2025-02-24T02:00", None),
    ("They left at 4 in the afternoon.", "2025-02-24", "4 in the afternoon", "TIME", "2025-02-24T16:00", None),
    # a sports season is named by its year
    ("Millbrook went 3-7 last season and had not posted a winning record in a decade.", "2024-11-18", "last season", "DATE", "2023", None),
    ("He has scored 12 goals this season.", "2025-03-01", "this season", "DATE", "2025", None),
    # the stretch up to now; the week before the week just told
    ("Agents say the market has been slower than usual in the past week.", "2025-09-01", "the past week", "DURATION", "P1W", None),
    ("Admissions rose by 38% last week compared with the week before.", "2026-01-14", "the week before", "DATE", "2026-W01", None),
    # the month, week or day just told (else the DCT's) a year before: one expression, the week keeps its number
    ("Retail sales in July were flat compared with the same month last year.", "2024-08-14", "the same month last year",
     "DATE", "2023-07", None),
    ("Admissions are running at twice the level seen in the same week last year.", "2026-01-09",
     "the same week last year", "DATE", "2025-W02", None),
    ("Footfall on Boxing Day was down 4% on the same day a year earlier.", "2025-12-27", "the same day a year earlier",
     "DATE", "2024-12-26", None),
    # a day named with its weekday in a year long gone, and the next day told after it
    ("In Catholic Europe, Thursday, October 4, 1582, was followed by Friday, October 15.", "2026-01-14", "Thursday, October 4, 1582",
     "DATE", "1582-10-04", None),
    ("In Catholic Europe, Thursday, October 4, 1582, was followed by Friday, October 15.", "2026-01-14", "Friday, October 15",
     "DATE", "1582-10-15", None),
    # lengths in thousands, and in three parts
    ("Nobody corrected it for more than 1,600 years.", "2026-01-14", "more than 1,600 years", "DURATION", "P1600Y", "MORE_THAN"),
    ("Earth takes about 365 days, 5 hours and 49 minutes to orbit the Sun.", "2026-01-14", "about 365 days, 5 hours and 49 minutes",
     "DURATION", "P365DT5H49M", "APPROX"),
    ("Payments are due quarterly, starting in April.", "2026-01-14", "quarterly", "SET", "P3M", None),
    ("It finally opened in November and closes on Friday.", "2027-02-03", "Friday", "DATE", "2027-02-05", None),
    # what runs until a date runs ahead, whatever a clause after it tells
    ("Clubs are trying to send the winger on loan until January after he made only two appearances.", "2025-09-01", "January",
     "DATE", "2026-01", None),
    ("Until Thursday, they had not called him a suspect.", "1999-05-07", "Thursday", "DATE", "1999-05-06", None),
    # a date in a clause about the year just named is of that year; a fiscal year is not that year
    ("It would be the first major hurricane since Hugo in 1989, which came ashore on Sept. 21, killing dozens.", "2026-09-10",
     "Sept. 21", "DATE", "1989-09-21", None),
    ("It will save $48 million a year beginning in fiscal 2027, which starts Oct. 1.", "2026-02-19", "Oct. 1", "DATE", "2026-10-01", None),
    # dates to come, told one after another, run forward
    ("The primary is May 19, and the general election is Nov. 3.", "2026-01-06", "Nov. 3", "DATE", "2026-11-03", None),
    # bare plurals before "of", after "spent"; a year of the next century after a word that takes a date; "by evening"
    ("The move set off weeks of street protests in Yerevan.", "2025-01-01", "weeks", "DURATION", "PXW", None),
    ("Detectives had spent weeks reviewing footage.", "2025-01-01", "weeks", "DURATION", "PXW", None),
    ("It puts the world on course for 2.6C of warming by 2100.", "2025-01-01", "2100", "DATE", "2100", None),
    ("The ice cleared on Friday. By evening, the last of it had melted.", "2025-04-14", "evening", "TIME", "2025-04-11TEV", None),
    ("Snow will taper to flurries by late afternoon.", "2025-12-22", "late afternoon", "TIME", "2025-12-22TAF", "END"),
    # ... and after "from", "until" and the like; not a kind of thing ("after early morning prayers")
    ("Rain is forecast from late morning, clearing by early evening.", "2026-12-03", "late morning", "TIME",
     "2026-12-03TMO", "END"),
    ("The talks ran until late afternoon.", "2026-12-03", "late afternoon", "TIME", "2026-12-03TAF", "END"),
    ("She worked from early morning till late evening.", "2026-12-03", "early morning", "TIME", "2026-12-03TMO", "START"),
    # centuries by ordinal, with their part; every nth year; stretches since; the year a clock time's date is in
    ("It changed during a burst of modernisation in the late 19th century.", "2026-01-14", "the late 19th century", "DATE", "18", "END"),
    ("A bargain was struck between St Brigid and St Patrick in the fifth century.", "2026-01-14", "the fifth century", "DATE", "04", None),
    ("February was given an extra date every fourth year.", "2026-01-14", "every fourth year", "SET", "P4Y", None),
    ("For several days afterwards, we will be worse at everything.", "2026-01-14", "several days", "DURATION", "PXD", None),
    ("The notebooks shaped everything she has built in the decades since.", "2026-01-14", "the decades since", "DURATION", "PXDE", None),
    ("At 2am on October 31, the clocks will go back again.", "2027-02-03", "2am", "TIME", "2027-10-31T02:00", None),
    ("I spent five days on the islands and left wanting another week.", "2026-01-14", "another week", "DURATION", "P1W", None),
    ("Multi-year deals have become the norm.", "2026-01-14", "Multi-year", "DURATION", "PXY", None),
    # a story told of days gone by goes on in them, paragraphs later
    ("At 01:12 on 4 June, blood was taken from the patient.\n\nThe sample reached the laboratory at 01:38.", "2024-09-17",
     "01:38", "TIME", "2024-06-04T01:38", None),
    # and a day to come the story is planning for goes on in its future tense, paragraphs later
    ("The house will go under the hammer on Saturday, August 23.\n\nIt was built in 1908.\n\n"
     "The auction will be held on site at 10am.", "2025-08-06", "10am", "TIME", "2025-08-23T10:00", None),
    ("The vote is on Saturday, August 23.\n\nThe count will begin at 10pm.", "2025-08-06", "10pm", "TIME",
     "2025-08-23T22:00", None),
    # but not in a quotation, nor a day far off, nor in a sentence with no tense of its own
    ('The window closes on 2 February.\n\n"Wait until 6pm," said one agent. "Then everybody panics."', "2025-12-01",
     "6pm", "TIME", "2025-12-01T18:00", None),
    ("The election is on Tuesday, November 3.\n\nSessions will start at 2 p.m.", "2026-01-06", "2 p.m.", "TIME",
     "2026-01-06T14:00", None),
    ("The auction is on Saturday, August 23.\n\nThe office opened at 9am.", "2025-08-06", "9am", "TIME",
     "2025-08-06T09:00", None),
    ("The inquiry is expected to sit for another six weeks.", "2024-09-17", "another six weeks", "DURATION", "P6W", None),
    ("Traffic on I-26 was at a crawl for much of the morning.", "2026-09-10", "the morning", "TIME", "2026-09-10TMO", None),
    ("The first round will be held on June 30 and the second round a week later.", "2024-06-10", "a week later", "DATE",
     "2024-07-07", None),
    ("The stock has lost 23% in the year to date.", "2025-10-09", "the year to date", "DATE", "2025", None),
    ("The river burst its banks on July 14, 2021. Five years on, few in the valley have forgotten.", "2026-07-10",
     "Five years", "DURATION", "P5Y", None),
    ("The S&P 500's year-to-date gain has shrunk to roughly 12%.", "2025-11-21", "year-to-date", "DATE", "2025", None),
    ("Managers told employees about the closing at a 7 a.m. meeting Tuesday in the shipping bay.", "2026-02-19", "7 a.m.",
     "TIME", "2026-02-17T07:00", None),
    # a clock time outside a quotation does not take the day said inside it
    ("\"You have until Friday morning to get out,\" Rhyne said at a 2 p.m. briefing.", "2026-09-10", "2 p.m.", "TIME",
     "2026-09-10T14:00", None),
    # a present tense in a relative clause tells what is arranged: ahead
    ("The schedule, which runs from Oct. 26 through March 28, adds seats compared with last winter.", "2025-08-19",
     "Oct. 26", "DATE", "2025-10-26", None),
    ("The studio, which reports fourth-quarter earnings in February, spent $190 million.", "2025-11-24", "February",
     "DATE", "2026-02", None),
    ("The window covers Easter, which falls on April 5.", "2025-08-19", "April 5", "DATE", "2026-04-05", None),
    ("Rival Nordvale, which reports on Tuesday, warned last month of weak sales.", "2024-07-25", "Tuesday", "DATE",
     "2024-07-30", None),
    # "compared with" is no past event
    ("Flights on Oct. 26 carry more seats compared to the old aircraft.", "2025-08-19", "Oct. 26", "DATE", "2025-10-26",
     None),
    # a season told in a past tense that has not begun this year is last year's; not after a verb of saying
    ("Lindqvist, who joined from Malmo in the summer, has nine goals.", "2025-03-16", "the summer", "DATE", "2024-SU",
     None),
    ("There was little sign of it in the autumn.", "2025-05-26", "the autumn", "DATE", "2024-FA", None),
    ("The line, which Osei said should be running by the fall, is in Pittsburgh.", "2025-05-20", "the fall", "DATE",
     "2025-FA", None),
    # a clock time followed by the day after the one told is of that day, which still counts from the day told
    ("Qualifying ended on Thursday, and the draw was made at 10 a.m. the following day.", "2025-06-27", "10 a.m.", "TIME",
     "2025-06-27T10:00", None),
    ("Qualifying ended on Thursday, and the draw was made at 10 a.m. the following day.", "2025-06-27",
     "the following day", "DATE", "2025-06-27", None),
    ("The women's final is on Saturday, July 12, and the men's final starts at 4 p.m. the next day.", "2025-06-27",
     "4 p.m.", "TIME", "2025-07-13T16:00", None),
    ("The car was seen on Friday, June 6, and again at 11 p.m. the previous night.", "2025-06-27", "11 p.m.", "TIME",
     "2025-06-05T23:00", None),
    ("He arrived on March 3 and left at 9 p.m. the day before the vote.", "2025-06-27", "9 p.m.", "TIME",
     "2025-03-03T21:00", None),
    # race times: hours, minutes and seconds
    ("Alemu finished in 2:19:44, erasing the mark of 2:19:59 that had stood since 2014.", "2025-04-21", "2:19:44",
     "DURATION", "PT2H19M44S", None),
    ("She ran the second half of the race in 1:09:10, a negative split.", "2025-04-21", "1:09:10", "DURATION",
     "PT1H9M10S", None),
    ("Tesfaye, who had won last year in 2:06:01, was second.", "2025-04-21", "2:06:01", "DURATION", "PT2H6M1S", None),
    ("She won the marathon in 2:05:33.", "2025-04-21", "2:05:33", "DURATION", "PT2H5M33S", None),  # not a time of day
    # a month inside the season or quarter just told, with its year
    ("Continental regattas follow in spring 2028. The Americas regatta is in Rio in March.", "2026-09-15", "March",
     "DATE", "2028-03", None),
    ("Deliveries start in the first quarter of 2027, with the first jets due in February.", "2025-06-10", "February",
     "DATE", "2027-02", None),
    # a weekday without a tense of its own after the coming day of that name was told: that day
    ("Europe's big rail timetable change takes effect on Sunday, bringing faster trains between Vienna and Prague, "
     "new night services to Italy and the Netherlands, and fare increases averaging 3.4 percent on Austrian routes.\n\n"
     "The first departure under the new schedule, a regional train to St. Pölten, leaves Vienna's main station at "
     "5:12 a.m. Sunday.", "2025-12-09", "5:12 a.m. Sunday", "TIME", "2025-12-14T05:12", None),
    ("The Iowa State Fair opened Thursday. Forecasters see highs in the low 80s, with a chance of thunderstorms "
     "Thursday night.", "2023-08-14", "Thursday night", "TIME", "2023-08-17TNI", None),
    # a present tense in -s of a scheduled going ("returns", "meets", "arrives") and "there is" point ahead
    ("The House is in session through Friday, and the Senate returns Monday.", "2025-09-25", "Monday", "DATE",
     "2025-09-29", None),
    ("There is a meeting at the public library on Thursday to talk about starting one.", "2024-11-10", "Thursday",
     "DATE", "2024-11-14", None),
    ("There was a meeting at the public library on Thursday.", "2024-11-10", "Thursday", "DATE", "2024-11-07", None),
    ("There’s a vote on Thursday.", "2024-11-10", "Thursday", "DATE", "2024-11-14", None),  # a curly apostrophe too
    # and a plural subject's present of one ("The two meet", "Lawmakers return"), read before the date only
    ("The two meet for their final debate Thursday at Marlow Springs High School.", "2025-10-17", "Thursday", "DATE",
     "2025-10-23", None),
    ("Lawmakers return to the Capitol Monday.", "2025-10-21", "Monday", "DATE", "2025-10-27", None),
    ("The two did not meet on Thursday.", "2025-10-17", "Thursday", "DATE", "2025-10-16", None),
    ("Lawmakers usually break in late March, then return for two days.", "2026-01-06", "late March", "DATE",
     "XXXX-03", "END"),
    # "the weekend" after a day to come told in its sentence: the weekend that follows it
    ("Trick-or-treaters should see dry conditions Friday evening, and the weekend looks cool and sunny.", "2025-10-28",
     "the weekend", "DATE", "2025-W44-WE", None),
    # "storms are possible", "showers are likely": a forecast, ahead
    ("More rain is in the forecast. Scattered storms are possible Wednesday afternoon and again Thursday.",
     "2027-07-19", "Wednesday afternoon", "TIME", "2027-07-21TAF", None),
    ("More rain is in the forecast. Scattered storms are possible Wednesday afternoon and again Thursday.",
     "2027-07-19", "Thursday", "DATE", "2027-07-22", None),
    # "is/are available" too: what is on offer on a named day lies ahead
    ("If a problem forces a scrub, backup opportunities are available Friday at 6:41 a.m.", "2027-03-15",
     "Friday", "DATE", "2027-03-19", None),
    ("Tickets for the final are available Thursday from the box office.", "2027-03-15", "Thursday", "DATE",
     "2027-03-18", None),
    ("Tickets were available Thursday from the box office.", "2027-03-15", "Thursday", "DATE", "2027-03-11", None),
    # a clock time after its own day ("Sept. 23 at 1 p.m. ET") takes no date from a list after it
    ("It has scheduled three sessions: Sept. 23 at 1 p.m. ET, Sept. 30 in French, and Oct. 7.", "2025-09-10",
     "1 p.m. ET", "TIME", "2025-09-23T13:00-04:00", None),
    ("It has scheduled three sessions: Sept. 23 at 1 p.m. ET, Sept. 30 in French, and Oct. 7.", "2025-09-10",
     "Sept. 30", "DATE", "2025-09-30", None),
    # "5 p.m. Arizona time on Oct. 15": a zone's name between a time and its day
    ("Proposals for the block, which begins Feb. 1, are due at 5 p.m. Arizona time on Oct. 15.", "2025-09-10",
     "5 p.m.", "TIME", "2025-10-15T17:00", None),
    # the entries of a timeline of times of day are of the day told just before it, and past midnight the next
    ("Polls closed at 6pm on Saturday.\n\nHow the night unfolded:\n\n7.30pm: Early figures showed Yes ahead.\n\n"
     "10.50pm: The Prime Minister spoke.\n\n12.15am: The Opposition Leader claimed victory.", "2027-03-14", "7.30pm",
     "TIME", "2027-03-13T19:30", None),
    ("Polls closed at 6pm on Saturday.\n\nHow the night unfolded:\n\n7.30pm: Early figures showed Yes ahead.\n\n"
     "10.50pm: The Prime Minister spoke.\n\n12.15am: The Opposition Leader claimed victory.", "2027-03-14", "12.15am",
     "TIME", "2027-03-14T00:15", None),
    ("Here is the schedule for Wednesday.\n\n— 8 a.m.: The family leaves home.\n\n— Noon: He swears in his "
     "ministers.", "2026-03-10", "Noon", "TIME", "2026-03-11T12:00", None),
    # (a live blog's entries, of the DCT, keep it)
    ("Voting ended on Sunday.\n\n22:20 CEST: The prime minister resigns.\n\n21:35 CEST: A challenger emerges.",
     "2024-06-09", "21:35 CEST", "TIME", "2024-06-09T21:35+02:00", None),
    # a weekday after a time of day ("by 11 p.m. Eastern time on Monday") takes the tense read from that time
    ("StreamBox said it had emailed all subscribers in the U.S. by 11 p.m. Eastern time on Monday and would send "
     "notices to Canadian customers by Friday.", "2025-10-14", "Monday", "DATE", "2025-10-13", None),
    ("The store will open at 9 a.m. on Monday, the company said.", "2025-10-14", "Monday", "DATE", "2025-10-20", None),
    ("Sales in 2024 Q3 rose 4%.", "2026-01-13", "2024", "DATE", "2024", None),  # (a quarter is no designation)
    # a year far ahead after "until", "by", "in": still a year ("The next will not come until 2090")
    ("The next total eclipse there will not come until 2090.", "2026-08-13", "2090", "DATE", "2090", None),
    # "that date", "the same date": the day just told
    ("The policy takes effect July 1. From that date, ads must carry a label.", "2026-05-10", "that date", "DATE",
     "2026-07-01", None),
    ("The window opens on Jan. 1, 2027. Regattas held before that date will not count.", "2026-05-10", "that date",
     "DATE", "2027-01-01", None),
    # "weeklong", "week-long", "hourlong": the length of a thing
    ("The House is in session through Friday before a weeklong district work period.", "2026-03-01", "weeklong",
     "DURATION", "P1W", None),
    ("The consultation includes the week-long half-term break.", "2026-03-01", "week-long", "DURATION", "P1W", None),
    ("Episodes will again be hourlong.", "2026-03-01", "hourlong", "DURATION", "PT1H", None),
    # "a long time ago", "previous years": the past, as "long ago" is
    ("People here feel the council stopped listening a long time ago.", "2027-05-08", "a long time ago", "DATE",
     "PAST_REF", None),
    ("In previous years we've seen too many young people in difficulty.", "2024-03-16", "previous years", "DATE",
     "PAST_REF", None),
    # "Monday (December 15)": the date in brackets says which Monday
    ("The inaugural session will begin at 10 am on Monday (December 15), followed by a keynote.", "2025-11-20",
     "Monday", "DATE", "2025-12-15", None),
    ("Parents must return signed consent forms by Friday (March 6).", "2026-02-25", "Friday", "DATE", "2026-03-06",
     None),
    ("He left on Monday (Feb 30).", "2026-03-04", "Monday", "DATE", "2026-03-02", None),  # no such day: as if none
    # "Tuesday of next week", "from Monday to Wednesday of next week": that week's days (the DCT's weekday too)
    ("Collections from Monday to Wednesday of next week are unchanged.", "2025-12-15", "Monday", "DATE",
     "2025-12-22", None),
    ("Collections from Monday to Wednesday of next week are unchanged.", "2025-12-15", "Wednesday", "DATE",
     "2025-12-24", None),
    ("The talks broke down on Friday of last week.", "2025-12-15", "Friday", "DATE", "2025-12-12", None),
    # "Tuesday last week" is one expression; "Friday week" (British) the Friday after the coming one
    ("Ministers had been told on Tuesday last week to keep their diaries free.", "2026-02-03", "Tuesday last week",
     "DATE", "2026-01-27", None),
    ("Residents must boil water until Friday week.", "2026-07-01", "Friday week", "DATE", "2026-07-10", None),
    ("The vote is on Friday. The week's schedule is full.", "2026-07-01", "Friday", "DATE", "2026-07-03", None),
    ("The bins go out on Wednesday of this week.", "2025-12-18", "Wednesday", "DATE", "2025-12-17", None),
    # "a week from Monday", "two weeks from today": a day counted from the day named
    ("Workers will hand the conference center back to its owners a week from Monday.", "2026-11-21",
     "a week from Monday", "DATE", "2026-11-30", None),
    ("The runoff is two weeks from today.", "2026-11-21", "two weeks from today", "DATE", "2026-12-05", None),
    # "today" and "tonight" quoted in a report of yesterday, said then (attributed in the past, telling of what
    # happened, no day of their own, and the story has not told of the DCT): yesterday
    ("Harbor City beat Austin 2-1 on Saturday night. \"He has been the hungriest guy at training,\" Marsh said. "
     "\"You could see it tonight.\"", "2025-04-13", "tonight", "TIME", "2025-04-12TNI", None),
    ("The board voted on Tuesday night to close two schools. \"Tonight we finally stopped pretending it wasn't "
     "coming,\" board President Angela Ruiz said.", "2025-05-21", "Tonight", "TIME", "2025-05-20TNI", None),
    ("The fire broke out on Sunday. \"We will know more tonight,\" the chief said.", "2025-06-02", "tonight", "TIME",
     "2025-06-02TNI", None),
    ("Filings jumped on Tuesday. \"If you are not sure, file the extension today,\" she said.", "2025-04-10", "today",
     "DATE", "2025-04-10", None),
    ("Shares fell on Monday. \"It was a rough session today,\" a trader said on Tuesday.", "2025-04-08", "today", "DATE",
     "2025-04-08", None),
    ("The storm hit on Sunday and the clean-up began on Monday. \"We were lucky today,\" the mayor said.", "2025-06-02",
     "today", "DATE", "2025-06-02", None),
    # in a schedule of the coming days a weekday without a tense of its own goes on from the day just told; not
    # after the end of a stretch, nor when compared with
    ("The fourth round ends on Monday, July 7. The quarterfinals are on Tuesday and Wednesday.", "2025-06-28",
     "Tuesday", "DATE", "2025-07-08", None),
    ("Utilities expect to restore power to 90% of customers by late Thursday and to nearly all of them by Saturday.",
     "2026-03-02", "Saturday", "DATE", "2026-03-07", None),
    ("Logan International Airport warned travelers to expect delays throughout Thursday. State officials urged "
     "residents to tie down patio furniture, trash bins and lawn decorations before Wednesday morning.", "2025-10-28",
     "Wednesday morning", "TIME", "2025-10-29TMO", None),  # within the coming week: not the week after
    ("The Iowa State Fair runs through Aug. 20. Forecasters see a chance of thunderstorms Thursday night.",
     "2023-08-14", "Thursday night", "TIME", "2023-08-17TNI", None),
    ("Traders put the odds of a cut at the meeting ending Dec. 18 at about 97%, up from 86% Tuesday.", "2024-12-12",
     "Tuesday", "DATE", "2024-12-10", None),
    # a month going on from the month just told in its sentence ("then", "again", "the last"; from a month, "to",
    # "through") is the next such month; one compared with it ("up from") or after a day and "to" is not
    ("Resurfacing will take place between March and May 2026 and again from September to November, when two lanes "
     "close.", "2025-08-20", "September", "DATE", "2026-09", None),
    ("The bank will close 40 branches this year, with the first shutting in March and the last in November.",
     "2026-01-12", "November", "DATE", "2026-11", None),
    ("Floods hit the valley in March and January, the council said.", "2025-06-10", "January", "DATE", "2025-01",
     None),  # a list need not be in calendar order: a plain "and" does not go on
    # ... but what is listed after a month still to come is still to come
    ("The crew is scheduled to carry out two spacewalks, in November and January.", "2021-09-18", "January", "DATE",
     "2022-01", None),
    ("Inflation rose to 3.1% in January 2026, up from 2.9% in December.", "2026-02-15", "December", "DATE", "2025-12",
     None),
    ("After a small downward revision Friday to December's figures, the economy has been adding jobs.", "1998-02-06",
     "December", "DATE", "1997-12", None),
    # a month compared with a year before, in its sentence: that month; a story's "three years later" is a year
    ("Freight through the crossing fell 6% in January from a year earlier.", "2025-02-20", "a year earlier", "DATE",
     "2024-01", None),
    ("She sold the violin in March 2020. Three years later, it came back.", "2025-02-20", "Three years later", "DATE",
     "2023", None),
    # a clock time followed by "on" and a day is of that day, which is what later expressions count from
    ("Stores that opened at 6 a.m. on Black Friday drew smaller crowds.", "2025-12-02", "6 a.m.", "TIME",
     "2025-11-28T06:00", None),
    ("Written comments can be submitted through noon on Dec. 2.", "2024-11-20", "noon", "TIME", "2024-12-02T12:00", None),
    # the verb read after a date is of its own clause: ", and organisers ... confirmed" opens another
    ("The Championships get under way at the All England Club on Monday, and organisers on Friday confirmed a "
     "day-by-day schedule.", "2025-06-28", "Monday", "DATE", "2025-06-30", None),
    # a participle after a preposition is an adjective ("of completed deals"), no past of the date's
    ("The league will publish the full list of completed deals on Tuesday.", "2025-09-01", "Tuesday", "DATE",
     "2025-09-02", None),
    # a date that is the subject of "will" is to come; one that ends the subject is told by the verb before it
    ("Travel began in earnest, with officials predicting that Sunday will be the busiest day.", "2024-11-26",
     "Sunday", "DATE", "2024-12-01", None),
    ("Applications submitted before 4 April will be assessed under the old rules.", "2024-04-05", "4 April", "DATE",
     "2024-04-04", None),
    # the present progressive before a date is an arrangement, to come (but not "is continuing", what goes on)
    ("She is hosting a family reunion in August and has asked me to help.", "2026-05-11", "August", "DATE",
     "2026-08", None),
    ("Water bills are rising by an average of about 5% from Wednesday, after larger increases last April.",
     "2026-03-31", "Wednesday", "DATE", "2026-04-01", None),
    ("The bank said it is continuing to try to sell itself, under a June agreement.", "1989-10-27", "June", "DATE",
     "1989-06", None),
    # a clock time's colon is no clause break: the verb before it gives the tense of the date after it
    ("Former president Yoon declared martial law at 10:27 p.m. on Dec. 3. Lawmakers climbed fences.", "2025-06-04",
     "Dec. 3", "DATE", "2024-12-03", None),
    # a day told in a relative clause, in the past, does not date the main clause's clock time
    ("The summer window, which opened on June 16, shuts at 11 p.m.", "2025-09-01", "11 p.m.", "TIME",
     "2025-09-01T23:00", None),
    ("The ship, which sailed on June 2, docked at 6 a.m.", "2025-09-01", "6 a.m.", "TIME", "2025-09-01T06:00", None),
    # and the clock time opening a range of times that ends on a day named after it
    ("There will be a silent vigil from noon until 3pm on Good Friday.", "2025-03-19", "noon", "TIME",
     "2025-04-18T12:00", None),
    # so too a time of any day by its clause (a service that runs every so often), when a day is named after it
    ("Transit will run free trains from 6 p.m. on New Year's Eve until 4 a.m. on New Year's Day, every 15 minutes.",
     "2023-12-28", "4 a.m.", "TIME", "2024-01-01T04:00", None),
    # a span of weekdays runs forward; a past form after "that" is a verb ("screenings that began")
    ("The thriller topped the box office, taking in $48.2 million from Friday through Sunday, according to estimates.",
     "2025-11-24", "Sunday", "DATE", "2025-11-23", None),
    ("The total includes preview screenings that began at 7 p.m. on Thursday.", "2025-11-24", "Thursday", "DATE",
     "2025-11-20", None),
    # the day a fiscal year ends or begins is every year's; a named fiscal year's end is that year's
    ("The Austin company, whose fiscal year ends June 30, expects revenue of $5.9 billion.", "2025-10-29", "June 30",
     "DATE", "XXXX-06-30", None),
    ("Harrow, whose fiscal year ends in May, expects the deal to add to earnings.", "2025-10-29", "May", "DATE", "XXXX-05",
     None),
    ("Brightwell's raised its outlook for fiscal 2025, which ends Jan. 31.", "2025-12-02", "Jan. 31", "DATE", "2026-01-31",
     None),
    ("It offered guaranteed delivery for orders placed by noon Dec. 23.", "2025-12-02", "noon Dec. 23", "TIME",
     "2025-12-23T12:00", None),
    # the bank holidays of England and Wales, not "early May" nor "the spring"
    ("Nobody wanted this news ahead of the early May bank holiday, she said.", "2026-04-21",
     "the early May bank holiday", "DATE", "2026-05-04", None),
    ("The works are planned for the spring bank holiday.", "2026-04-21", "the spring bank holiday", "DATE", "2026-05-25",
     None),
    ("Trains will not run over the August bank holiday weekend.", "2026-07-21", "the August bank holiday weekend", "DATE",
     "2026-W35-WE", None),
    ("This year's race fell on Patriots' Day, a state holiday in Massachusetts.", "2027-04-20", "Patriots' Day", "DATE",
     "2027-04-19", None),
    # a list of days to come runs forward after a comma and "and" too
    ("Third-round matches fill Friday, July 4, and Saturday.", "2025-06-28", "Saturday", "DATE", "2025-07-05", None),
    # a set of quarters is counted in months, as "quarterly" is
    ("The team will publish an updated roadmap every quarter.", "2025-06-28", "every quarter", "SET", "P3M", None),
    ("It sells about 2.5 million of the chargers a quarter.", "2025-06-28", "a quarter", "SET", "P3M", None),
    ("The company pays its dividend quarterly.", "2025-06-28", "quarterly", "SET", "P3M", None),
    # what can be done until a date is to come; a "can" after the date is another clause's
    ("Items bought during the event can be returned until August 31.", "2024-07-09", "August 31", "DATE", "2024-08-31",
     None),
    ("Lawmakers traditionally break in late March so the governor can act on bills.", "2025-11-01", "late March", "DATE",
     "XXXX-03", "END"),
    # targeted for, and put off to, a time to come
    ("A public beta opens March 3, with general availability targeted for the second quarter.", "2026-02-12",
     "the second quarter", "DATE", "2026-Q2", None),
    ("The enterprise edition, promised for the first half, has slipped to the fourth quarter.", "2026-02-12",
     "the fourth quarter", "DATE", "2026-Q4", None),
    # zones news names without an offset ("ET", "PT") are part of the time; known offsets are written
    ("The first two episodes go live at 5 a.m. ET on Sept. 1.", "2026-08-27", "5 a.m. ET", "TIME", "2026-09-01T05:00-04:00",
     None),
    ("The show airs at 9 p.m. ET/PT on Sunday.", "2026-08-27", "9 p.m. ET/PT", "TIME", "2026-08-30T21:00-04:00", None),
    ("Trading in Tokyo opens at 9 a.m. JST.", "2026-08-27", "9 a.m. JST", "TIME", "2026-08-27T09:00+09:00", None),
    ("Returns are due on October 15 at 11:59 p.m. Eastern time.", "2025-04-01", "11:59 p.m. Eastern time", "TIME",
     "2025-10-15T23:59-04:00", None),
    ("The rollout begins at 10 a.m. Pacific.", "2025-04-01", "10 a.m. Pacific", "TIME", "2025-04-01T10:00-07:00", None),
    ("Marnie will answer questions live on Thursday at noon ET.", "2026-05-12", "noon ET", "TIME", "2026-05-14T12:00-04:00",
     None),
    # a place's time: its zone's offset on that day, summer time by the place's rule
    ("Japan: GDP for the April-June quarter, 7:50 p.m. ET Sunday (8:50 a.m. Tokyo time Monday).", "2025-09-05",
     "8:50 a.m. Tokyo time Monday", "TIME", "2025-09-08T08:50+09:00", None),
    ("The Security Council will hold an emergency meeting tomorrow at 10 a.m. New York time.", "2025-03-19",
     "10 a.m. New York time", "TIME", "2025-03-20T10:00-04:00", None),
    ("The update is due this evening, at about 6pm UK time.", "2025-10-14", "about 6pm UK time", "TIME",
     "2025-10-14T18:00+01:00", "APPROX"),
    ("The update is due this evening, at about 6pm UK time.", "2025-11-14", "about 6pm UK time", "TIME",
     "2025-11-14T18:00Z", "APPROX"),
    ("Stratacore declared a full recovery at 4.03pm Sydney time.", "2023-11-07", "4.03pm Sydney time", "TIME",
     "2023-11-07T16:03+11:00", None),
    ("Stratacore declared a full recovery at 4.03pm Sydney time.", "2023-07-07", "4.03pm Sydney time", "TIME",
     "2023-07-07T16:03+10:00", None),
    ("The truce was to take effect at 9:45 p.m. Khartoum time on 22 May.", "2023-05-25", "9:45 p.m. Khartoum time",
     "TIME", "2023-05-22T21:45+02:00", None),
    ("The deadline is 5 p.m. London time on April 2.", "2025-03-04", "5 p.m. London time", "TIME",
     "2025-04-02T17:00+01:00", None),
    ("The exchange took place at 11 p.m. Moscow time.", "2021-12-29", "11 p.m. Moscow time", "TIME",
     "2021-12-29T23:00+03:00", None),
    ("The exchange took place at 11 p.m. Moscow time.", "2010-12-29", "11 p.m. Moscow time", "TIME",
     "2010-12-29T23:00", None),  # (Moscow has changed its zone since: no offset before the table's year)
    ("Movement will be banned from 5 p.m. local time today.", "2024-11-27", "today", "DATE", "2024-11-27", None),
    ("The strike began at 2:30 a.m. local time on Tuesday.", "2025-03-18", "2:30 a.m. local time", "TIME",
     "2025-03-18T02:30", None),
    # a bare plural set against another ("in weeks, not months") or had for doing something is a length of time
    ("What is missing is a policy that responds to forecasts in weeks, not months.", "2023-06-10", "months", "DURATION",
     "PXM", None),
    ("Tremors could continue for weeks or even months.", "2025-02-23", "months", "DURATION", "PXM", None),
    ("The company has had months to make a serious offer.", "2025-11-19", "months", "DURATION", "PXM", None),
    # Australia's "arvo" after "this", "tomorrow", "yesterday" is that afternoon; "the arvo" alone is left
    ("The bureau is forecasting 43C in Western Sydney this arvo and a low of 27C overnight.", "2027-01-26", "this arvo",
     "TIME", "2027-01-26TAF", None),
    # "every single day" is every day
    ('"I think about Ethan every single day," she said.', "2026-02-19", "every single day", "SET", "P1D", None),
    # "throughout the day", "much of the day": the day the paragraph tells, else the DCT
    ("We'll be updating this page throughout the day, so check back.", "2026-07-04", "the day", "DATE", "2026-07-04",
     None),
    ("On Friday the storm hit. Power was out for much of the day.", "2024-03-17", "the day", "DATE", "2024-03-15", None),
    # "today" in a comparison with a time long gone is these days; what is done today is the DCT's
    ("The company paid $310,000 in settlements, roughly $5.5 million in today's dollars.", "2026-07-20", "today", "DATE",
     "PRESENT_REF", None),
    ("In the late 1990s, the number of GP consultations was roughly half what it is today.", "2024-02-08", "today",
     "DATE", "PRESENT_REF", None),
    ("The share fell from 37 percent in 1990 to about 12 percent today, according to industry figures.", "2024-06-18",
     "today", "DATE", "PRESENT_REF", None),
    ("Formed in the mid-1990s, the band announced today.", "2027-04-08", "today", "DATE", "2027-04-08", None),
    # a year after a holiday's name is that holiday's year, not a name's
    ("He spent Christmas Day 1944 in a frozen foxhole.", "2025-06-28", "Christmas Day 1944", "DATE", "1944-12-25", None),
    # "years ago" with no count is a time gone by (not after a count: "67 million years ago" is not this rule's)
    ("Three hundred kids are alive today because of a decision made years ago.", "2027-05-12", "years ago", "DATE",
     "PAST_REF", None),
    ("What if I only had my first two shots, years ago?", "2027-12-02", "years ago", "DATE", "PAST_REF", None),
    # "weekends", "mornings" after "to" or "work" are every such stretch, as after "on"
    ("Full closures of the freeway will be limited to weekends.", "2026-08-07", "weekends", "SET", "XXXX-WXX-WE", None),
    ("Many students work weekends to pay their rent.", "2025-06-30", "weekends", "SET", "XXXX-WXX-WE", None),
    ("Leaders said floor sessions would move to mornings.", "2026-01-06", "mornings", "SET", "XXXX-XX-XXTMO", None),
    # "the fortnight" is two weeks, which the calendar does not number
    ("National Rail says more than 300 sets of works are planned over the fortnight.", "2025-12-22", "the fortnight",
     "DURATION", "P2W", None),
    ("He has been away this fortnight.", "2025-06-28", "this fortnight", "DURATION", "P2W", None),
    # "May" and "March" in a list of months or after "its", "their" are months
    ("The Reserve Bank cut the cash rate three times this year, in February, May and August.", "2025-12-01", "May",
     "DATE", "2025-05", None),
    ("The full board could act on the committee's recommendation at its March meeting.", "2027-01-14", "March", "DATE",
     "2027-03", None),
    # a weekday and the day of the month: that day, near the DCT, that falls on the weekday
    ("Join us for the carol service on Friday 11th.", "2026-12-03", "Friday 11th", "DATE", "2026-12-11", None),  # no "the"
    ("The sale runs from Thursday 3rd to Sunday 6th December.", "2026-12-03", "Thursday 3rd", "DATE", "2026-12-03", None),
    ("When my plumber said he'd be round, I wrote Tuesday the 23rd on the calendar.", "2024-04-22", "Tuesday the 23rd",
     "DATE", "2024-04-23", None),
    ("The vote is on Thursday, the 2nd.", "2024-04-22", "Thursday, the 2nd", "DATE", "2024-05-02", None),
    ("The council met on Friday the 29th.", "2024-04-02", "Friday the 29th", "DATE", "2024-03-29", None),
    ("The vote is on Thursday, the 25th of April.", "2024-04-22", "Thursday, the 25th of April", "DATE", "2024-04-25", None),
    # a clock time of what is done each night or every weekend is of any day; "noon today" is today's
    ("Main-stage music runs until 11 p.m. each night under a city noise ordinance, and the campground opens at noon "
     "today.", "2024-08-14", "11 p.m.", "TIME", "XXXX-XX-XXT23:00", None),
    ("Main-stage music runs until 11 p.m. each night under a city noise ordinance, and the campground opens at noon "
     "today.", "2024-08-14", "noon today", "TIME", "2024-08-14T12:00", None),
    ("Naturalists will lead tagging demonstrations every weekend until the end of October, with sessions starting at "
     "2 p.m.", "2026-09-15", "2 p.m.", "TIME", "XXXX-XX-XXT14:00", None),
    # what goes on until the small hours runs into the night after the day told (not when its day is told with it)
    ("Alvarez lost the second session on Friday afternoon. His mechanics worked until 2 a.m. to rebuild the car.",
     "2026-05-25", "2 a.m.", "TIME", "2026-05-23T02:00", None),
    ("The network carried record ridership last Saturday, when services ran until 2am.", "2025-08-14", "2am", "TIME",
     "2025-08-10T02:00", None),
    ("Police say the route will remain closed until about 1am.", "2025-05-12", "about 1am", "TIME", "2025-05-13T01:00",
     "APPROX"),
    ("The boulevard was closed on Saturday until approximately 5:15 a.m. Sunday.", "2024-06-03",
     "approximately 5:15 a.m. Sunday", "TIME", "2024-06-02T05:15", "APPROX"),
    # a local time told with its GMT in brackets has the offset between them; the brackets' end is theirs
    ("The truce came into force at 0400 local time (0200 GMT).", "2024-11-27", "0400 local time", "TIME", "2024-11-27T04:00+02:00", None),
    ("The quake struck at 12:50 p.m. local time (0620 GMT) on Friday, 28 March.", "2025-07-06", "12:50 p.m. local time", "TIME",
     "2025-03-28T12:50+06:30", None),
    ("The storm made landfall at 11 p.m. (0400 GMT) on Wednesday.", "2025-10-16", "11 p.m.", "TIME", "2025-10-15T23:00-05:00",
     None),
    ("It came at 8 p.m. (3 p.m. GMT) on Wednesday.", "2025-10-16", "3 p.m. GMT", "TIME", "2025-10-15T15:00Z", None),
    ("It came at 8 p.m. (3 p.m. GMT) on Wednesday.", "2025-10-16", "8 p.m.", "TIME", "2025-10-15T20:00+05:00", None),
    # ... and when the brackets name the GMT time's day, the local day is that day moved by the offset
    ("The Boeing 737 took off from Jakarta at 06:20 local time (23:20 GMT on Wednesday).", "2026-12-03",
     "06:20 local time", "TIME", "2026-12-03T06:20+07:00", None),
    # a weekday after a blank line is not the clock time's day: it opens the next paragraph or list item
    ("Tuesday: City Council, 5 p.m.\n\nWednesday: Board of Supervisors, 9:30 a.m.", "2025-09-08", "5 p.m.", "TIME",
     "2025-09-09T17:00", None),
    ("The quake struck at 2:17 a.m. local time (1817 GMT Saturday).", "2026-12-03", "2:17 a.m. local time", "TIME",
     "2026-11-29T02:17+08:00", None),
    ("Polls closed at 8 p.m. local time (0100 GMT Wednesday).", "2026-12-03", "8 p.m. local time", "TIME",
     "2026-12-01T20:00-05:00", None),
    ("It came at 3 p.m. (GMT) on Wednesday.", "2025-10-16", "3 p.m. (GMT)", "TIME", "2025-10-15T15:00Z", None),
    ("The vote closed at 11 p.m. (0410 GMT) on Wednesday.", "2025-10-16", "11 p.m.", "TIME", "2025-10-15T23:00", None),
    # the zones of the United States take the offset of the day's summer or standard time, by the law of its year
    ("Trading resumes at 9:30 a.m. ET on Monday.", "2025-12-10", "9:30 a.m. ET", "TIME", "2025-12-15T09:30-05:00", None),
    ("The polls close at 8 p.m. PT on Sunday.", "2025-03-08", "8 p.m. PT", "TIME", "2025-03-09T20:00-07:00", None),
    ("The outage began at 1 a.m. PT on Sunday.", "2025-03-10", "1 a.m. PT", "TIME", "2025-03-09T01:00-08:00", None),
    ("The count ended at 1:30 a.m. CT on Sunday, Nov. 2.", "2025-11-03", "1:30 a.m. CT", "TIME",
     "2025-11-02T01:30-06:00", None),
    ("The results came at 11 p.m. CT on Nov. 1.", "2025-11-03", "11 p.m. CT", "TIME", "2025-11-01T23:00-05:00", None),
    ("The launch was at 7 a.m. ET on April 2, 2005.", "2005-04-04", "7 a.m. ET", "TIME", "2005-04-02T07:00-05:00", None),
    ("The launch was at 7 a.m. ET on April 4, 2005.", "2005-04-04", "7 a.m. ET", "TIME", "2005-04-04T07:00-04:00", None),
    ("The call is at 8 a.m. Eastern Standard Time Friday.", "2025-07-10", "8 a.m. Eastern Standard Time Friday", "TIME",
     "2025-07-11T08:00-05:00", None),
    ("The bridge reopens at 6 a.m. Mountain time on Dec. 1.", "2025-11-20", "6 a.m. Mountain time", "TIME",
     "2025-12-01T06:00-07:00", None),
    ("The helpline is staffed daily until 8 p.m. ET.", "2025-07-10", "8 p.m. ET", "TIME", "XXXX-XX-XXT20:00-04:00", None),
    ("The broadcast began at 9 p.m. ET on July 20, 1960.", "1960-07-21", "9 p.m. ET", "TIME", "1960-07-20T21:00", None),
    # "cut" after "one more", "rate", "tax" is a noun, not a past tense
    ("Financial markets expect one more cut this year, most likely in November.", "2025-08-08", "November", "DATE",
     "2025-11", None),
    ("The Fed cut rates in March.", "2025-08-08", "March", "DATE", "2025-03", None),
    # a date a verb of saying would put ten months back is the one a few months ahead
    ("The bank will close 46 branches this year, the lender confirmed on Monday, with the first shutting in March.",
     "2026-01-12", "March", "DATE", "2026-03", None),
    # "that" holiday is of the year just told
    ("The violin was returned in November 2024. That Christmas, Kowalczyk played it for the first time.", "2025-10-18",
     "Christmas", "DATE", "2024-12-25", None),
    # "over" a length of time is across it, unless it is more than it ("for over a decade", "lasted over an hour")
    ("The union is offering pay rises of 25% over four years.", "2025-01-01", "four years", "DURATION", "P4Y", None),
    ("Over four years, the network moved more than 100 tonnes.", "2025-01-01", "four years", "DURATION", "P4Y", None),
    ("Fans have been waiting for over a decade.", "2025-01-01", "over a decade", "DURATION", "P10Y", "MORE_THAN"),
    ("The meeting lasted over an hour.", "2025-01-01", "over an hour", "DURATION", "PT1H", "MORE_THAN"),
    # "beginning Saturday", "effective June 1": from a day to come; "due to" governs a date further on
    ("The government announced a series of partial closures of the bridge, beginning Saturday, to replace joints.",
     "2025-02-17", "Saturday", "DATE", "2025-02-22", None),
    ("Costs rose under the company's new labor pact effective June 1.", "1989-10-26", "June 1", "DATE", "1990-06-01",
     None),
    ("Engineers are due to begin a second round of building inspections on Monday, the government said.", "2025-02-19",
     "Monday", "DATE", "2025-02-24", None),
    # a clock time told in a past tense, paragraphs after yesterday was told, is of yesterday too
    ("Harbourside left it late at Millbrook Park on Saturday, when Okafor headed in an equaliser.\n\nThe 3pm kickoff "
     "was pushed back to 3.20pm after stewards reported a crush.", "2025-03-16", "3.20pm", "TIME", "2025-03-15T15:20",
     None),
    ("The council met on Tuesday to debate the pool.\n\nThe meeting, which began at 5:30 p.m., drew 80 speakers.",
     "2025-06-11", "5:30 p.m.", "TIME", "2025-06-10T17:30", None),
    ("Hugo in 1989, which came ashore shortly before midnight on Sept. 21, killed dozens. The state rewrote its plans "
     "the following year.", "2026-09-10", "the following year", "DATE", "1990", None),
    # "historically", "generally": what usually happens, in any year
    ("\"Historically September and October are our busiest,\" Ms Kirkby said.", "2025-08-06", "September", "DATE",
     "XXXX-09", None),
    ("Late November into December has historically been one of the strongest periods for stocks.", "2025-11-21",
     "December", "DATE", "XXXX-12", None),
    # "fortnightly", "semiannually"; the Christian year around Easter; a quarter named by the month it ends in
    ("Store cattle sales will continue fortnightly throughout.", "2026-03-04", "fortnightly", "SET", "P2W", None),
    ("The new bonds pay interest semiannually.", "2026-03-04", "semiannually", "SET", "P6M", None),
    ("A special sale of store cattle is held on Easter Saturday.", "2026-02-20", "Easter Saturday", "DATE", "2026-04-04",
     None),
    ("Services are planned for Ash Wednesday and Palm Sunday.", "2026-02-10", "Ash Wednesday", "DATE", "2026-02-18",
     None),
    ("The office shuts on Whit Monday.", "2026-02-10", "Whit Monday", "DATE", "2026-05-25", None),
    ("Lending to first home buyers rose sharply in the September quarter.", "2025-12-01", "the September quarter",
     "DATE", "2025-Q3", None),
    # "cut", "set", "put" after a name in the singular are past (the present would be "cuts"): firmly so
    ("The Reserve Bank cut the cash rate three times this year, in February, May and August.", "2025-12-01",
     "February", "DATE", "2025-02", None),
    ("A rate cut in February is likely.", "2025-12-01", "February", "DATE", "2026-02", None),
    # news of the southern hemisphere (it names places there twice): spring is September to November, summer
    # December to February, named by the year it begins in
    ("Agents in Sydney and Melbourne expect a busy spring.", "2025-08-06", "spring", "DATE", "2025-SP", None),
    ("Agents in Boston and Chicago expect a busy spring.", "2025-08-06", "spring", "DATE", "2026-SP", None),
    ("Sydney and Melbourne sweltered through the summer.", "2026-03-10", "the summer", "DATE", "2025-SU", None),
    # a winter is named by the year it begins in: in February "this winter" began last December; in November
    # "next winter" is the one after the coming one
    ("Hospitals have been busy this winter.", "2025-03-10", "this winter", "DATE", "2024-WI", None),
    ("Trade at the mart has been strong through the winter.", "2026-03-04", "the winter", "DATE", "2025-WI", None),
    ("Last winter was mild.", "2025-02-10", "Last winter", "DATE", "2023-WI", None),
    # a day of the month spelled as an ordinal
    ("On the ninth of November 1989 the wall fell.", "2026-12-03", "the ninth of November 1989", "DATE", "1989-11-09",
     None),
    ("The market reopens on the first of May.", "2026-12-03", "the first of May", "DATE", "2027-05-01", None),
    ("Midsummer will be marked on the twenty-first of June.", "2026-12-03", "the twenty-first of June", "DATE", "2027-06-21",
     None),
    # the close of a range of hours written with a hyphen after "am" or "pm"
    ("The museum is open 10am-5pm daily.", "2026-12-03", "5pm", "TIME", "XXXX-XX-XXT17:00", None),
    ("The helpline is open 9 a.m.-5 p.m. on weekdays.", "2026-12-03", "5 p.m.", "TIME", "XXXX-XX-XXT17:00", None),
    # the first day of a range or pair told before its month is that month's too
    ("Flights were cancelled 1-3 December.", "2026-12-03", "1", "DATE", "2026-12-01", None),
    ("Flights were cancelled 1-3 December.", "2026-12-03", "3 December", "DATE", "2026-12-03", None),
    ("The committee will sit on 17 and 18 March.", "2026-12-03", "17", "DATE", "2027-03-17", None),
    ("The festival runs from 9 to 11 May 2027.", "2026-12-03", "9", "DATE", "2027-05-09", None),
    # days listed with commas, after or before their month: each its own, with the month's year
    ("Launch windows are available on February 5, 6 and 8.", "2026-12-03", "6", "DATE", "2027-02-06", None),
    ("Launch windows are available on February 5, 6 and 8.", "2026-12-03", "8", "DATE", "2027-02-08", None),
    ("Strikes are planned on 12, 13 and 15 January.", "2026-12-03", "12", "DATE", "2027-01-12", None),
    ("Fans camped out on 5, 6, 7 and 8 March 2020.", "2026-12-03", "6", "DATE", "2020-03-06", None),
    # an ordinal day listed before its month is that month's (not the DCT month's), its suffix in the expression
    ("Strikes are planned on the 4th and 5th of May.", "2026-12-03", "the 4th", "DATE", "2027-05-04", None),
    ("Strikes are planned on the 3rd, 4th and 5th of May.", "2026-12-03", "the 3rd", "DATE", "2027-05-03", None),
    ("Strikes are called for 4th and 5th May.", "2026-12-03", "4th", "DATE", "2027-05-04", None),
    # the year said after the days listed is the first one's too
    ("Meetings on Dec. 5, 6 and 7, 2021 went well.", "2026-12-03", "Dec. 5", "DATE", "2021-12-05", None),
    ("Meetings on Dec. 5 and 7, 2021 went well.", "2026-12-03", "7", "DATE", "2021-12-07", None),
    # a season named with the two years it straddles: a winter starts in the first, a spring falls in the second
    ("The last time the river flooded this badly was in the winter of 2013-14.", "2026-12-03", "the winter of 2013-14",
     "DATE", "2013-WI", None),
    ("The 2013-14 winter was the wettest on record.", "2026-12-03", "The 2013-14 winter", "DATE", "2013-WI", None),
    ("Classes moved online in the spring of 2019-20.", "2026-12-03", "the spring of 2019-20", "DATE", "2020-SP", None),
    ("Fires burned through summer 2019-21, a span of years.", "2026-12-03", "summer 2019", "DATE", "2019-SU", None),
    ("Last winter was mild.", "2025-07-10", "Last winter", "DATE", "2024-WI", None),
    ("Demand will rise this winter, and the fund will leave households without help next winter.", "2023-11-20",
     "next winter", "DATE", "2024-WI", None),
    ("Airlines announced more flights for the winter season.", "2024-10-08", "the winter", "DATE", "2024-WI", None),
    # a yearly happening named by its year: its dates are of that year (not when another year is told between)
    ("The festival was cancelled in 2020. The 2027 edition will run from May 28 to May 31.", "2026-05-26", "May 28",
     "DATE", "2027-05-28", None),
    ("The 2025 summit in Belém ended on Nov. 22, a day behind schedule.", "2026-11-21", "Nov. 22", "DATE", "2025-11-22",
     None),
    ("The 2024 election, held in November 2024, was certified on Jan. 6.", "2025-03-10", "Jan. 6", "DATE", "2025-01-06",
     None),
    # how often: one set, not a length of time and a set
    ("She works three days a week at the clinic.", "2025-10-28", "three days a week", "SET", "P1W", None),
    ("Trains will run every two hours instead of five times a day.", "2025-10-28", "five times a day", "SET", "P1D",
     None),
    ("The hotline is staffed 24 hours a day.", "2025-10-28", "24 hours a day", "SET", "P1D", None),
    # a clock time and "today", "yesterday", "tonight" right after it: one expression
    ("The next full forecast update is due at 4 p.m. today.", "2025-10-28", "4 p.m. today", "TIME", "2025-10-28T16:00",
     None),
    ("Doors open at 8 p.m. tonight.", "2025-10-28", "8 p.m. tonight", "TIME", "2025-10-28T20:00", None),
    # a clock time in a sentence of opening hours, but right after a day named: of that day
    ("Open homes run on Saturdays at 11am, with the next inspection this evening from 5.30pm.", "2025-08-06", "5.30pm",
     "TIME", "2025-08-06T17:30", None),
    ("Open homes run on Saturdays from 11am.", "2025-08-06", "11am", "TIME", "XXXX-XX-XXT11:00", None),
    # an approximate clock time: the approximation is part of it
    ("Early trains will not leave until about 7.30am.", "2025-12-20", "about 7.30am", "TIME", "2025-12-20T07:30",
     "APPROX"),
    ("The tide peaks at roughly 11:40 a.m. Thursday.", "2025-10-28", "roughly 11:40 a.m. Thursday", "TIME",
     "2025-10-30T11:40", "APPROX"),
    # a part of a day named with its day: that part of it, one expression
    ("A poster session is on the evening of December 16.", "2025-12-01", "the evening of December 16", "TIME",
     "2025-12-16TEV", None),
    ("The river stopped rising on the night of July 14, 2021, when the dam held.", "2025-12-01",
     "the night of July 14, 2021", "TIME", "2021-07-14TNI", None),
    ("She died in the early morning of Tuesday, March 4.", "2025-03-10", "the early morning of Tuesday, March 4", "TIME",
     "2025-03-04TMO", "START"),
    # a holiday with its year: that year's
    ("He spent Christmas Day 1944 in a foxhole in the Ardennes.", "2024-06-01", "Christmas Day 1944", "DATE",
     "1944-12-25", None),
    ("He took office on New Year's Day, 1978, and served until 1989.", "2025-12-29", "New Year's Day, 1978", "DATE",
     "1978-01-01", None),
    # "on this day in 1926": the day of the year the article is dated, in that year
    ("Church bells rang for the 214 people killed when the dam failed on this day in 1926.", "2026-07-20",
     "this day in 1926", "DATE", "1926-07-20", None),
    # "past May 10": a day of May, not last May
    ("Yields will suffer if planting slips past May 10.", "2024-04-16", "May 10", "DATE", "2024-05-10", None),
    ("The pageant tells the city's history from the first village to the present day.", "2026-01-13",
     "the present day", "DATE", "PRESENT_REF", None),
    # an entry dated with its year ("Looking back" columns, "Today in History", chronologies): its days are told from
    # that date; not a day of a programme ("Tuesday: ..."), told from the article's date
    ("100 years ago\n\nJan. 13, 1926: A blizzard that began Monday night has closed the schools until next Monday.",
     "2026-01-12", "Monday night", "TIME", "1926-01-11TNI", None),
    ("100 years ago\n\nJan. 13, 1926: A blizzard that began Monday night has closed the schools until next Monday.",
     "2026-01-12", "next Monday", "DATE", "1926-01-18", None),
    ("Jan. 16, 1951: The 88 men of the Guard will leave by train Friday.\n\nThe mayor will speak on Thursday.",
     "2026-01-12", "Friday", "DATE", "1951-01-19", None),
    ("Jan. 16, 1951: The 88 men of the Guard will leave by train Friday.\n\nThe mayor will speak on Thursday.",
     "2026-01-12", "Thursday", "DATE", "2026-01-15", None),
    ("Tuesday: The keynote speech is at 2.15pm. Aides said he has been writing it since last week.", "2026-09-27",
     "last week", "DATE", "2026-W38", None),
    # a weekday and date told in the past, whose year near the DCT is to come: the year the story is in
    ("The dam failed on this day in 1926. Rain began falling on Saturday, July 17, and did not stop.", "2026-07-20",
     "Saturday, July 17", "DATE", "1926-07-17", None),
    ("The dam failed on this day in 1926. The memorial opens on Saturday, July 17, next year.", "2026-07-20",
     "Saturday, July 17", "DATE", "2027-07-17", None),
    # what was decided runs on to a day to come: "canceled classes through Friday"; but a state may be over
    ("Chickasha Public Schools canceled classes through Friday.", "2027-05-12", "Friday", "DATE", "2027-05-14", None),
    ("The mayor ordered flags at City Hall lowered through Sunday.", "2025-03-14", "Sunday", "DATE", "2025-03-16", None),
    ("The road was closed until Monday, when crews reopened it.", "2025-03-14", "Monday", "DATE", "2025-03-10", None),
    ("The National Weather Service kept a red flag warning in place through 8 p.m. Thursday, with temperatures "
     "forecast to reach 108 degrees.", "2024-07-17", "8 p.m. Thursday", "TIME", "2024-07-18T20:00", None),
    ("Officials extended the curfew until Saturday.", "2024-07-17", "Saturday", "DATE", "2024-07-20", None),
    # what was aimed at, told in the past, is still ahead
    ("Whitcomb said the goal was to reach 30% containment by Sunday.", "2024-07-17", "Sunday", "DATE", "2024-07-21", None),
    # a day counted from a holiday or date right after it: one expression
    ("He died late Friday, the day after Christmas, at a hospice.", "2025-12-29", "the day after Christmas", "DATE",
     "2025-12-26", None),
    ("Traffic peaks on the Sunday after Thanksgiving.", "2025-11-20", "the Sunday after Thanksgiving", "DATE",
     "2025-11-30", None),
    # every year's holiday
    ("He swam in the bay every New Year's Day until he was 84.", "2025-12-29", "every New Year's Day", "SET",
     "XXXX-01-01", None),
    # a season as a deadline: the next one
    ("The goal is to have Main Street fully open by spring.", "2024-12-10", "spring", "DATE", "2025-SP", None),
    # told in the past after a day of a year gone by, in one sentence: the first such day after it
    ("Laura struck on Aug. 27, 2020, as a Category 4 storm, and Delta followed on Oct. 9, flooding homes.",
     "2025-09-10", "Oct. 9", "DATE", "2020-10-09", None),
    ("He was arrested on Aug. 27, 2020, and will be sentenced on Oct. 9.", "2025-09-10", "Oct. 9", "DATE",
     "2025-10-09", None),
    # "last" before a noun that is not a time is final, not gone by: no tense
    ("The Dino Dig runs every day until Friday from 10am to 4pm, with last entry at 3pm.", "2024-05-27", "Friday",
     "DATE", "2024-05-31", None),
    # a fraction other than a half stays a decimal
    ("The average private-sector workweek was 34.2 hours.", "2025-12-05", "34.2 hours", "DURATION", "PT34.2H", None),
    # an anniversary: that day or month of the year so many years back
    ("Five years ago today, my editor sent a two-line email.", "2025-03-11", "Five years ago today", "DATE",
     "2020-03-11", None),
    ("My father died four years ago this month, at 84.", "2023-09-20", "four years ago this month", "DATE", "2019-09",
     None),
    # a date with its weekday in apposition: the year where it is that weekday, and the article with the weekday
    ("The one public hearing was scheduled for 8 a.m. on Oct. 3, a Friday.", "2026-01-20", "Oct. 3", "DATE",
     "2025-10-03", None),
    ("The one public hearing was scheduled for 8 a.m. on Oct. 3, a Friday.", "2026-01-20", "8 a.m.", "TIME",
     "2025-10-03T08:00", None),
    ("On Oct. 6, 1979, a Saturday, he called a rare press conference.", "2025-09-20", "a Saturday", "DATE",
     "1979-10-06", None),
    # a length of time in hours, minutes and seconds needs no "and"
    ("The winner of the 11-12 category finished in 18 minutes 40 seconds.", "2024-05-27", "18 minutes 40 seconds",
     "DURATION", "PT18M40S", None),
    ("The riverside campground opens at noon today for weekend pass holders.", "2024-08-15", "noon today", "TIME",
     "2024-08-15T12:00", None),
    # a day named, then its date in apposition: one expression
    ("Branch libraries will close on Good Friday, April 3, and reopen on Tuesday.", "2026-03-20",
     "Good Friday, April 3", "DATE", "2026-04-03", None),
    ("The first one of the year is this Saturday, January 11, from 10am to 3pm.", "2025-01-09",
     "this Saturday, January 11", "DATE", "2025-01-11", None),
    # "that decade" is the decade last named, whatever dates came between
    ("Inflation in the 1970s was brutal. The Fed's final meeting of 2023 ends Dec. 13. The lesson of that decade is "
     "not that rates must rise.", "2023-12-01", "that decade", "DATE", "197", None),
    # what a day is set for, or moved to, comes after the setting
    ("Moncrief set sentencing for April 9 and revoked his bond.", "2025-03-14", "April 9", "DATE", "2025-04-09", None),
    ("U.S. District Judge Miriam Castellanos set sentencing for Aug. 19.", "2027-05-07", "Aug. 19", "DATE",
     "2027-08-19", None),
    ("The council postponed the vote to Thursday after a rowdy meeting.", "2025-03-14", "Thursday", "DATE",
     "2025-03-20", None),
    # a plural subject's "go" in the present is a going to come
    ("Tickets for the added performances go on sale Monday at noon.", "2024-09-05", "Monday", "DATE", "2024-09-09",
     None),
    # what must be done is to come; a word with a hyphen is one word ("live-streamed" after "be" is no past)
    ("Completed ballots must arrive by 7 p.m. Friday.", "2025-10-22", "7 p.m. Friday", "TIME", "2025-10-24T19:00",
     None),
    ("The keynote will be live-streamed on Monday.", "2025-12-10", "Monday", "DATE", "2025-12-15", None),
    ("Just ahead of Albright's one-day trip, the State Department on Sunday issued a caution.", "1998-08-17",
     "Sunday", "DATE", "1998-08-16", None),
    # a clock time told in the past is not of a day to come named before it in the sentence
    ("The album will be released on Friday, June 4, and pre-orders opened at 9 a.m. on the band's website.",
     "2027-04-08", "9 a.m.", "TIME", "2027-04-08T09:00", None),
    ("The album will be released on Friday, June 4, with a launch party at 9 p.m. in Leeds.", "2027-04-08", "9 p.m.",
     "TIME", "2027-06-04T21:00", None),
    # a range of times of day that starts in the evening and ends earlier runs past midnight
    ("Police urged anyone who was in the area between 11pm and 1am to get in touch.", "2025-09-22", "1am", "TIME",
     "2025-09-23T01:00", None),
    ("Officers searched the house from 10 a.m. to 4 p.m., police said.", "2025-09-22", "4 p.m.", "TIME", "2025-09-22T16:00",
     None),
    # a day alone on its line heads the entries under it
    ("COURT CALENDAR\n\nTUESDAY, JAN. 7\n\n8:30 a.m., Courtroom 5B: Jury selection begins.\n\nWEDNESDAY, JAN. 8"
     "\n\n10 a.m., Courtroom 4A: Sentencing for Albert Renner.", "2025-01-06", "10 a.m.", "TIME", "2025-01-08T10:00",
     None),
    # counted from a day: "the night before", "that weekend"
    ("The album comes out June 4. Record shops will hold listening parties the night before.", "2027-04-08",
     "the night before", "TIME", "2027-06-03TNI", None),
    ("The film opens June 12. Nothing else like it is opening that weekend.", "2025-05-01", "that weekend", "DATE",
     "2025-W24-WE", None),
    # what is to come the next night follows the day to come, not a day gone by told since
    ("The second season will premiere on Sunday, March 1. The first season ended on April 16, 2023. Larkspur will "
     "air the second episode the next night.", "2026-01-08", "the next night", "TIME", "2026-03-02TNI", None),
    # "over" after "take", "hand", "turn": the verb's particle, not "more than"
    ("Cole leaves on Nov. 17 and Brennan will take over two days later.", "2024-09-05", "two days later", "DATE",
     "2024-11-19", None),
    ("The strike lasted over two days.", "2024-09-05", "over two days", "DURATION", "P2D", "MORE_THAN"),
    # a plan as it stood then, with an adverb between: no tense of its own
    ("The book was originally due out on Sept. 26, but its publisher pushed it back three weeks.", "2023-10-12",
     "Sept. 26", "DATE", "2023-09-26", None),
    # what is to come the night before is counted from the day to come, not from today
    ("The album will be released on Friday, June 4, and pre-orders opened at 9 a.m. on the band's website. Record "
     "shops will hold listening parties the night before.", "2027-04-08", "the night before", "TIME", "2027-06-03TNI",
     None),
    # after "<year>:", what that year was: its seasons and months
    ("The case had been delayed twice in 2024: first in the spring, when a key witness was hospitalized, and again "
     "in November.", "2025-03-14", "the spring", "DATE", "2024-SP", None),
    ("The case had been delayed twice in 2024: first in the spring, when a key witness was hospitalized, and again "
     "in November.", "2025-03-14", "November", "DATE", "2024-11", None),
    ("In 2012, when the ice left in the spring, the town celebrated.", "2025-03-14", "the spring", "DATE", "2012-SP",
     None),
    # a range of times of day: the date after its end is the day of its start too
    # a month and day after a year written earlier in the sentence: in that year, as a month is read
    ("Stargazers have plenty to look forward to. The highlight of 2026 comes on 12 August, when a total solar eclipse "
     "sweeps across Iceland.", "2026-01-02", "12 August", "DATE", "2026-08-12", None),
    # a bare midnight told in the past, of the DCT's day: the one gone by, which opened that day
    ("The union president told reporters shortly after midnight that members had won.", "2025-03-14", "midnight",
     "TIME", "2025-03-14T00:00", None),
    ("The strike will end at midnight.", "2025-03-14", "midnight", "TIME", "2025-03-14T24:00", None),
    # bare plural units after "waited", "by", "a matter of"; before "in advance"/"away"
    ("\"We have waited years for a day like this,\" Cardoso said.", "2025-05-01", "years", "DURATION", "PXY", None),
    ("The hearing could be pushed back by weeks.", "2025-05-01", "weeks", "DURATION", "PXW", None),
    ("It eroded in a matter of months.", "2025-05-01", "months", "DURATION", "PXM", None),
    ("The deadline was announced years in advance.", "2025-05-01", "years", "DURATION", "PXY", None),
    # hyphenated frequencies: "a once-a-month infusion", "a twice-weekly class"
    ("The once-a-month infusion is only the second drug of its kind.", "2024-07-02", "once-a-month", "SET", "P1M", None),
    ("A new twice-weekly yoga class starts in January.", "2024-07-02", "twice-weekly", "SET", "P1W", None),
    # the quarter (half) just ended, the year before's, whose figures are reported now, whatever the tense
    ("The company will post fourth-quarter results on Tuesday.", "2026-02-01", "fourth-quarter", "DATE", "2025-Q4", None),
    ("Analysts expect fourth-quarter deliveries of its pickup to have fallen 12%.", "2026-02-01", "fourth-quarter",
     "DATE", "2025-Q4", None),
    ("Production would begin in the fourth quarter.", "2026-02-01", "the fourth quarter", "DATE", "2026-Q4", None),
    # weekdays alone on their lines, heading a week ahead, run forward as a chronology's entries do; a clock time
    # under one is of its day
    ("Here is what to watch:\n\nMONDAY\n\nVantor reports.\n\nTHURSDAY\n\nBrennan posts results.\n\nFRIDAY\n\nJobs data.",
     "2026-02-01", "THURSDAY", "DATE", "2026-02-05", None),
    ("Here is what to watch:\n\nMONDAY\n\nVantor reports.\n\nTHURSDAY\n\nBrennan posts results.\n\nFRIDAY\n\nJobs data.",
     "2026-02-01", "FRIDAY", "DATE", "2026-02-06", None),
    ("Here is what to watch:\n\nWEDNESDAY\n\nShareholders vote on the merger at meetings starting at 9 a.m. ET.",
     "2026-02-01", "9 a.m. ET", "TIME", "2026-02-04T09:00-05:00", None),
    # a weekday in a past perfect goes back before the story's day told with its weekday, weeks before the DCT
    ("Prosecutors said Daniel Okafor was stabbed on Sunday 18 August last year. The trial, which opened on Monday, is "
     "expected to last three weeks. Mr Okafor had spent Saturday evening at a friend's party.", "2025-02-12",
     "Saturday evening", "TIME", "2024-08-17TEV", None),
    # a report's day told in the sentence of the happening's day, however long after it: the story goes on in that day
    ("Tariq Mahmood was knifed in the chest on 14 December last year and later died in hospital, jurors were told on "
     "Thursday.\n\nThe court heard that CCTV footage showed Mr Mahmood arriving on his moped at 10.36pm.", "2025-06-12",
     "10.36pm", "TIME", "2024-12-14T22:36", None),
    # "quarterly" as an adverb before a preposition is a set (before a noun, "quarterly results", it is left out)
    ("She has asked every force to report to her quarterly on how it is implementing the recommendations.",
     "2026-03-05", "quarterly", "SET", "P3M", None),
    # an adverb between "be" and its participle leaves the passive's tense to the verb before ("will be formally
    # farewelled in October")
    ("The player will be formally farewelled at the Junction Oval in October.", "2025-03-04", "October", "DATE",
     "2025-10", None),
    ("The player was formally farewelled at the Junction Oval in October.", "2025-03-04", "October", "DATE",
     "2024-10", None),
    # a plan's own word ("is due to") far back in the clause is a firm future
    ("The European Space Agency is due to launch its Plato planet-hunting telescope on an Ariane 6 rocket in December.",
     "2026-01-02", "December", "DATE", "2026-12", None),
    # a weekday before a verb is no name it agrees with ("on Tuesday set": not "the ECB set", a firm past)
    ("South Korea's acting government on Tuesday set 3 June as the date for a snap presidential election.",
     "2025-04-08", "3 June", "DATE", "2025-06-03", None),
    # the present of a scheduled happening is of the days to come
    ("College football's 2024 season kicks off Saturday, with 11 games.", "2024-08-20", "Saturday", "DATE",
     "2024-08-24", None),
    ("Ireland open their qualifying campaign against Hungary at the Aviva Stadium on Saturday.", "2025-09-02",
     "Saturday", "DATE", "2025-09-06", None),
    # a date or season alone on its line heads the entry under it, which is told from it
    ("**2 May 2023**\nThe Home Secretary announces an inquiry. Terms of reference are published in the autumn.\n\n"
     "**9 September 2024**\nHearings open.", "2026-03-05", "the autumn", "DATE", "2023-FA", None),
    ("**Summer 2025**\nPublication, originally expected before the end of the year, is postponed.\n\n**5 March 2026**\n"
     "The report is published.", "2026-03-05", "the end of the year", "DATE", "2025", "END"),
    # a holiday in the month (and year) just told in its paragraph is that year's
    ("The comeback that defined him came in December 2020. Recalled for the Test that began on Boxing Day at the MCG, "
     "he took seven wickets.", "2025-03-04", "Boxing Day", "DATE", "2020-12-26", None),
    # an entry of a chronology headed by a day gone by, its year not written, is told from that day
    ("**29 January** — Sporting accept £48m on Thursday afternoon. He completes a medical on Saturday.\n\n"
     "**2 February** — Paperwork lodged.", "2026-02-03", "Saturday", "DATE", "2026-01-31", None),
    # an entry of a chronology headed by a month and year is told from that month
    ("**June 2025** – Members vote for industrial action. An overtime ban begins on 1 July.\n\n**21 July 2025** – "
     "The first strike.", "2026-05-27", "1 July", "DATE", "2025-07-01", None),
    ("**December 2025** – Halden confirms the programme will go ahead but delays the start of production by six months, "
     "to mid-2027, citing \"the disruption of the autumn\" and weaker demand in Europe.\n\n**19 January 2026** – A "
     "revised offer.", "2026-05-27", "the autumn", "DATE", "2025-FA", None),
    # a heading that ends with a year heads the list of dates below it
    ("**Key dates for 2026**\n\n- 12 August: total solar eclipse\n- 28 August: partial lunar eclipse", "2026-01-02",
     "12 August", "DATE", "2026-08-12", None),
    # "all day", "all week long": the whole of one such period
    ("These days he is home all day, every day.", "2026-05-11", "all day", "DURATION", "P1D", None),
    ("Queues formed outside the embassy all week long.", "2026-05-11", "all week long", "DURATION", "P1W", None),
    # "the turn of the century": the turn nearest the years told around it, else the DCT's
    ("The unions had grown enormously from the turn of the century to the early 1920s.", "2026-05-04",
     "the turn of the century", "DATE", "1900", None),
    ("Casts were made in the 1860s. Many date from the turn of the century or soon after.", "2026-05-04",
     "the turn of the century", "DATE", "1900", None),
    ("By the turn of the century, the Courier still made money.", "2024-11-10", "the turn of the century", "DATE",
     "2000", None),
    ("At the turn of the last century, the town had 3,000 people.", "2024-11-10", "the turn of the last century",
     "DATE", "1900", None),
    # "in the morning before a closing session": that day's morning, not the morning of the day before
    ("On Sunday, leaders will discuss food security in the morning before a closing session at noon.", "2025-11-19",
     "noon", "TIME", "2025-11-23T12:00", None),
    ("On Sunday, leaders will discuss food security in the morning before a closing session at noon.", "2025-11-19",
     "the morning", "TIME", "2025-11-23TMO", None),
    # "most recently" before a place is the past (before a date, the date tells when: see NOT_DATES)
    ("Repeated attempts at peace talks, most recently in Jeddah and Geneva last year, have failed.", "2025-06-20",
     "recently", "DATE", "PAST_REF", None),
    # a year ending a headline, before a name opening the next paragraph, is no street number ("1600 Pennsylvania Ave.")
    ("09:20\nCladding was removed in 2021\n\nOrdsall Court had its cladding removed after safety checks.", "2025-02-18",
     "2021", "DATE", "2021", None),
    ("Police want to hear from anyone who drove along 72 Avenue between 6:15 p.m. and 7 p.m. on Nov. 29.",
     "2025-12-03", "6:15 p.m.", "TIME", "2025-11-29T18:15", None),
    # "U.S." names the United States, whose Independence Day is July 4, however often Lagos is named
    ("Okafor left Lagos in 2012. Ceremonies that U.S. Citizenship and Immigration Services holds across the U.S. "
     "mark Independence Day.", "2025-07-01", "Independence Day", "DATE", "2025-07-04", None),
    # the nth week of a month, counted as ISO counts a year's
    ("Passengers waited up to three hours during the last week of October.", "2025-11-20",
     "the last week of October", "DATE", "2025-W44", None),
    ("The ballot opens in the first week of March.", "2026-01-10", "the first week of March", "DATE", "2026-W10",
     None),
    # "for a further 60 days after that": a length of time
    ("The system starts on Oct. 12. Checks may be suspended for the first 90 days, and for a further 60 days after "
     "that.", "2025-10-01", "60 days", "DURATION", "P60D", None),
    # a season when something was said is gone by, though saying's tense is not the date's
    ('"We said in the fall that we would make choices," Dufresne said.', "2027-01-20", "the fall", "DATE", "2026-FA",
     None),
    # a time zone between a time and its day
    # (with the offset of its day: summer time had begun by March 24, not by the DCT)
    ("A registration window will close at noon Eastern time on March 24.", "2025-03-04", "noon Eastern time", "TIME",
     "2025-03-24T12:00-04:00", None),
    ("Registration opens at noon Eastern Daylight Time Wednesday.", "2024-09-30", "noon Eastern Daylight Time Wednesday",
     "TIME", "2024-10-02T12:00-04:00", None),
    # a zone of a fixed offset keeps it on the day after the time (CET is no United States Central time)
    ("The launch window opens at 15:00 CET on 12/15/2026.", "2026-12-08", "15:00 CET", "TIME", "2026-12-15T15:00+01:00",
     None),
    ("Trading opens at 9:30 a.m. EST on Independence Day.", "2026-06-08", "9:30 a.m. EST", "TIME", "2026-07-04T09:30-05:00",
     None),
    # "planning" modifying a noun tells no tense ("his plans after May" still point ahead)
    ("The plans were approved by the city council's planning committee on Thursday.", "2023-12-15", "Thursday",
     "DATE", "2023-12-14", None),
    ("He declined to discuss his plans after May.", "2025-12-10", "May", "DATE", "2026-05", None),
    # a quarter named by the month it ends in, with its year; an alternative to a quarter of a year named, of that year
    ("The building is now scheduled for completion in the December quarter of 2026.", "2025-08-20",
     "the December quarter of 2026", "DATE", "2026-Q4", None),
    ("The stadium should reach completion in the fourth quarter of 2027 rather than the second quarter.",
     "2025-11-20", "the second quarter", "DATE", "2027-Q2", None),
    # a date far from the DCT with no tense takes the year of the days already told around it
    ("The tour will open in Seattle on Friday, Sept. 6, and close in Mexico City on Nov. 16. Highlights include two "
     "nights in Chicago on Oct. 18 and 19.", "2024-03-19", "Oct. 18", "DATE", "2024-10-18", None),
    ("Highlights include two nights in Chicago on Oct. 18 and 19.", "2024-03-19", "Oct. 18", "DATE", "2023-10-18", None),
    # a list of dates and places runs forward
    ("Selected dates: Sept. 6 - Seattle, Pinewood Hall Sept. 14 - Los Angeles, The Palladium Sept. 27 - Denver, "
     "Mission Ballroom Oct. 5 - Minneapolis", "2024-03-19", "Sept. 27", "DATE", "2024-09-27", None),
    ("Selected dates:\nSept. 6 - Seattle, Pinewood Hall\nSept. 14 - Los Angeles, The Palladium\nSept. 27 - Denver, "
     "Mission Ballroom\nOct. 5 - Minneapolis", "2024-03-19", "Oct. 5", "DATE", "2024-10-05", None),  # one to a line
    ("Sept. 14 - Los Angeles, The Palladium.\n\nDec. 27 - Denver, Mission Ballroom.", "2024-03-19", "Dec. 27", "DATE",
     "2023-12-27", None),  # (paragraphs, no list: each the nearest)
    # "as expected", "as (previously) planned" tell that it went as foreseen, not that it is to come; "went ahead"
    # is the past of a going on (but "will go ahead" is to come)
    ("On Tuesday, as expected, the central bank raised rates.", "2024-03-21", "Tuesday", "DATE", "2024-03-19", None),
    ("The commanders let the offensive begin as previously planned Saturday night.", "2024-03-21", "Saturday night", "TIME",
     "2024-03-16TNI", None),
    ("On Monday, as scheduled, the trial opened in Manila.", "2024-03-21", "Monday", "DATE", "2024-03-18", None),
    ("The vote went ahead on Tuesday as planned.", "2024-03-21", "Tuesday", "DATE", "2024-03-19", None),
    ("The merger will go ahead on Tuesday.", "2024-03-21", "Tuesday", "DATE", "2024-03-26", None),
    ("The bank, as expected, will hold rates on Tuesday.", "2024-03-21", "Tuesday", "DATE", "2024-03-26", None),
    # a holiday things happen on is a day told: the times after it are of it
    ("On St Patrick's Day, city-centre bus routes will be diverted from 8am.", "2026-03-09", "8am", "TIME",
     "2026-03-17T08:00", None),
    # holidays of the wider English-speaking world, fixed or by a table of years
    ("Deepavali, the festival of lights, falls on 20 October.", "2025-10-14", "Deepavali", "DATE", "2025-10-20", None),
    ("Last Friday was a public holiday for Matariki.", "2025-06-26", "Matariki", "DATE", "2025-06-20", None),
    ("Officials chose the start date to avoid Holi.", "2026-03-02", "Holi", "DATE", "2026-03-04", None),
    # a holiday given its date in apposition is that day; "New Year's Eve" in a text about the Lunar New Year is its eve
    ("Her daughter's party is planned for Mother's Day, March 30.", "2025-03-19", "Mother's Day", "DATE", "2025-03-30",
     None),
    ("Lunar New Year falls on Tuesday. \"We'll eat together by video on New Year's Eve.\"", "2026-02-11",
     "New Year's Eve", "DATE", "2026-02-16", None),
    # (the one to come: "We'll" is read as "will")
    ("\"We'll eat together by video on New Year's Eve.\"", "2026-02-11", "New Year's Eve", "DATE", "2026-12-31", None),
    ("Markets close for Eid al-Fitr, the festival that marks the end of the fast.", "2026-02-16", "Eid al-Fitr", "DATE",
     "2026-03-20", None),
    ("Markets in Omdurman reopened for Eid al-Adha on Sunday.", "2024-06-18", "Eid al-Adha", "DATE", "2024-06-16", None),
    ("Markets in Omdurman reopened for Eid ul Adha on Sunday.", "2024-06-18", "Eid ul Adha", "DATE", "2024-06-16", None),
    # ... as the country keeps it: South Asia and Malaysia a day after Saudi Arabia
    ("Eid-ul-Fitr is expected to be celebrated across India.", "2025-03-12", "Eid-ul-Fitr", "DATE", "2025-03-31", None),
    ("Offices will close for Hari Raya Haji.", "2025-05-20", "Hari Raya Haji", "DATE", "2025-06-07", None),
    ("Offices will close for Aidilfitri.", "2026-02-17", "Aidilfitri", "DATE", "2026-03-21", None),
    ("She has received more than 400 emails since Victoria Day.", "2025-05-21", "Victoria Day", "DATE", "2025-05-19", None),
    ("Parliament rises before Victoria Day.", "2027-04-01", "Victoria Day", "DATE", "2027-05-24", None),
    ("Offices in Ontario will be closed Monday for Family Day.", "2027-02-10", "Family Day", "DATE", "2027-02-15", None),
    ("The bishop will bless the facade on St George's Day.", "2023-04-17", "St George's Day", "DATE", "2023-04-23", None),
    ("Schools will close for St Brigid's Day.", "2024-01-10", "St Brigid's Day", "DATE", "2024-02-01", None),
    ("The long weekend begins with Heritage Day on Friday.", "2027-09-20", "Heritage Day", "DATE", "2027-09-24", None),
    ("The tunnel will be finished before Madaraka Day.", "2024-03-01", "Madaraka Day", "DATE", "2024-06-01", None),
    # an entry of a chronology without its year is of the year of the entry before, the next one past December
    ("TIMELINE\n\nJan. 11, 2020 - China reports its first death.\n\nJan. 21 - The United States confirms its first "
     "case.", "2025-03-11", "Jan. 21", "DATE", "2020-01-21", None),
    ("Nov. 30, 2019 - The first cases.\n\nDec. 31 - Wuhan reports a cluster.\n\nJan. 11 - The first death.",
     "2025-03-11", "Jan. 11", "DATE", "2020-01-11", None),
    # a fixture told in the present is to come (before a name: "air travel on Sunday" is none)
    ("Sundowns host Stellenbosch at Loftus Versfeld on Sunday.", "2027-09-20", "Sunday", "DATE", "2027-09-26", None),
    # "open", "close", "start", "begin", "end" after a plural noun, their subject, tell a schedule; after "remained"
    # or in "a good start" they are no verb of one
    ("Applications open on Monday.", "2026-12-03", "Monday", "DATE", "2026-12-07", None),
    ("Volunteer applications close at 11.59pm on Wednesday.", "2024-07-05", "11.59pm", "TIME", "2024-07-10T23:59", None),
    ("Shops remained open on Monday.", "2026-12-03", "Monday", "DATE", "2026-11-30", None),
    ("It got off to a good start on Monday.", "2026-12-03", "Monday", "DATE", "2026-11-30", None),
    # a chronology's entry takes no tense from the entry before it (a table's bar ends a clause)
    ("- **March 10** – Regulators close the bank\n- **Late April** – A third lender fails\n- **Summer** – Rates rise",
     "2026-12-03", "Late April", "DATE", "2026-04", "END"),
    ("| March 10 | Regulators close the bank |\n| Late April | A third lender fails |\n| Summer | Rates rise twice |",
     "2026-12-03", "Summer", "DATE", "2026-SU", None),
    ("Cape Town City travel to Durban to face AmaZulu on Friday.", "2027-09-20", "Friday", "DATE", "2027-09-24", None),
    ("Air travel on Sunday was disrupted by fog.", "2027-09-20", "Sunday", "DATE", "2027-09-19", None),
    # the week a day ends or begins is a week ("a week to March 3 to decide" is a length of time)
    ("Admissions peaked in the week ending Dec. 21, just before Christmas.", "2026-01-29", "the week ending Dec. 21",
     "DATE", "2025-W51", None),
    ("Claims fell to 218,000 in the week ended Feb. 3.", "2024-02-08", "the week ended Feb. 3", "DATE", "2024-W05", None),
    ("Annual inflation eased to 5.4% in the year to September.", "2023-10-25", "the year", "DURATION", "P1Y", None),
    ("Her notice quoted £412 for the year ahead.", "2027-02-03", "the year ahead", "DURATION", "P1Y", None),
    ("Markets were busy in the week ahead of the vote.", "2027-02-03", "the week", "DATE", "2027-W05", None),
    ("Fares rise in the week beginning 5 January.", "2026-01-20", "the week beginning 5 January", "DATE", "2026-W02",
     None),
    ("They have a week to March 3 to decide.", "2026-01-20", "a week", "DURATION", "P1W", None),
    # what was called off for a day is for one to come; what closed for a day may be over
    ("Philippine Airlines have cancelled 36 domestic flights for Monday.", "2026-07-19", "Monday", "DATE",
     "2026-07-20", None),
    ("The school closed its doors for Monday and Tuesday.", "2026-07-22", "Monday", "DATE", "2026-07-20", None),
    # irregular past forms ("got", "shot", "fed", ...) tell the past as the regular ones do
    ("Members got a first look at a preview on Thursday night.", "2027-03-05", "Thursday night", "TIME",
     "2027-03-04TNI", None),
    # zones of Asia and Africa; India's, Ireland's or Israel's "IST" is read with no offset
    ("Yesterday, polling stations opened at 6 a.m. and closed at 8 p.m. KST (1100 GMT).", "2025-06-04", "8 p.m. KST",
     "TIME", "2025-06-03T20:00+09:00", None),
    ("The webcast began at 10 a.m. IST.", "2024-04-05", "10 a.m. IST", "TIME", "2024-04-05T10:00", None),
    # "that" before a form in -ed opens a relative clause ("the year that ended on Sunday"), and "ahead of" an
    # occasion on a day puts the day ahead
    ("Growth was 7.6% in the year that ended on Sunday.", "2024-04-05", "Sunday", "DATE", "2024-03-31", None),
    ("Traders said volumes were thin ahead of a public holiday on Thursday.", "2025-03-19", "Thursday", "DATE",
     "2025-03-20", None),
    # a year that opens a sentence, or a clause after a semicolon, frames the dates in it, comma or not
    ("Last year the rains arrived early, on May 29; in 2019 they came on June 8.", "2023-06-10", "May 29", "DATE",
     "2022-05-29", None),
    ("Last year the rains arrived early, on May 29; in 2019 they came on June 8.", "2023-06-10", "June 8", "DATE",
     "2019-06-08", None),
    ("Carla Lindqvist, whose family has run the shop at 1200 Main St. since 1962, said a window was smashed on Sept. 14.",
     "2024-09-20", "Sept. 14", "DATE", "2024-09-14", None),
    # half a unit back: "half a century ago" is fifty years back, not a length of time
    ("Half a century ago the women's game was banned.", "2027-02-09", "Half a century ago", "DATE", "1977", None),
    ("Half a year ago prices were lower.", "2027-02-09", "Half a year ago", "DATE", "2026-08", None),
    # a live blog's bare timestamps head its entries; entries that pass midnight are of the next day, and so is
    # what they count from
    ("Deadline day.\n\n08:05 Good morning. Eleven weeks of rumour end tonight.\n\n09:20 Riverside have confirmed it.",
     "2025-09-01", "09:20", "TIME", "2025-09-01T09:20", None),
    ("Deadline day live.\n\n22:58: Two minutes to go.\n\n23:00: The window is shut.\n\n00:47: It is done. The list "
     "comes out tomorrow.", "2025-09-01", "00:47", "TIME", "2025-09-02T00:47", None),
    ("Deadline day live.\n\n22:58: Two minutes to go.\n\n23:00: The window is shut.\n\n00:47: It is done. The list "
     "comes out tomorrow.", "2025-09-01", "tomorrow", "DATE", "2025-09-03", None),
    # deep time: further back than the calendar's years, how long ago
    ("The mammoths roamed the valley until about 12,000 years ago.", "2027-03-05", "about 12,000 years ago", "DURATION",
     "P12000Y", "APPROX"),
    # a live blog: once an entry has taken the DCT, later entries keep it whatever days the updates tell of
    ("10:40 a.m. CDT — Death toll rises\n\nThe state confirmed nine deaths from the tornadoes that struck Tuesday "
     "night.\n\n9:15 a.m. CDT — Survey teams in the field\n\nTeams began assessing damage.", "2027-05-12",
     "9:15 a.m. CDT", "TIME", "2027-05-12T09:15-05:00", None),
    # ... and so do bare timestamps alone on their lines, whatever day an update told of ("By the following morning",
    # "until it reopens on Jan. 1")
    ("Live coverage of today's hearing.\n\n1:18 p.m. PT\nThe committee has adjourned.\n\n11:32 a.m. PT\nThe timeline "
     "of Labor Day last year: the fire was reported at 3:15 p.m. By the following morning, it had burned 40,000 "
     "acres.\n\n10:47 a.m. PT\nAn emotional moment.", "2027-04-21", "10:47 a.m. PT", "TIME", "2027-04-21T10:47-07:00",
     None),
    ("Transfer deadline day.\n\n21:15\nHere we go.\n\n23:00\nThe window is shut until it reopens on Jan. 1.\n\n00:47\n"
     "It's done.", "2025-09-01", "00:47", "TIME", "2025-09-02T00:47", None),
    # a live blog says so: its entries are of the DCT, not of the day told last before them
    ("Storm live updates: landfall is expected late Thursday or early Friday. Follow our live coverage below.\n\n**4:45 "
     "p.m. — Evacuation orders expanded**\n\nThe governor spoke.\n\n**2:10 p.m. — Hanna now a Category 3 storm**",
     "2026-09-02", "2:10 p.m.", "TIME", "2026-09-02T14:10", None),
    ("Landfall is expected early Friday. This page is last updated as reports come in.\n\n4:45 p.m. — Evacuation "
     "orders expanded\n\nThe governor spoke.", "2026-09-02", "4:45 p.m.", "TIME", "2026-09-02T16:45", None),
    # a list of labelled times is of the day the line introducing it tells (in the sentence that ends in the colon)
    ("Prayer times for Kuala Lumpur for Thursday are as follows:\n\nImsak: 6.06am\nSubuh: 6.16am\nMaghrib (breaking "
     "of fast): 7.25pm\n\nTimes shift by a minute every three days.", "2026-02-17", "7.25pm", "TIME",
     "2026-02-19T19:25", None),
    ("The order of play for the final on Saturday, April 18:\n- Doors: 6pm\n- Main event: 9.30pm", "2026-04-16",
     "9.30pm", "TIME", "2026-04-18T21:30", None),
    # (not a day told in a sentence before it)
    ("The council met on Monday. The timetable:\nBriefing: 10am\nVote: 11am", "2026-02-18", "11am", "TIME",
     "2026-02-18T11:00", None),
    # the story's day goes on after the day it was reported on, told a paragraph later
    ("Thunderstorms dumped 6 inches of rain on Saturday evening. It was the third major flood since July 2023.\n\nA "
     "man died after his car was swept off a road, state police said Monday. His name was not released.\n\nRain began "
     "falling heavily in Barre shortly after 4 p.m.", "2027-07-19", "4 p.m.", "TIME", "2027-07-17T16:00", None),
    # a schedule of the coming days goes on from a part of a day as from a day
    ("A formal search takes place by candlelight on Tuesday night. Any remaining chametz is burned by late Wednesday "
     "morning.", "2027-04-15", "late Wednesday morning", "TIME", "2027-04-21TMO", "END"),
    ("The women's semi-finals are on Thursday and the men's on Friday. The women's final is Saturday night, with the "
     "men's final on Sunday at 7.30pm.", "2027-01-26", "Sunday", "DATE", "2027-01-31", None),
    # a participle joined to one after "be" takes its tense from further back
    ("If the rocket does not leave on time, the attempt will be scrubbed and moved to a backup date on Wednesday.",
     "2021-09-18", "Wednesday", "DATE", "2021-09-22", None),
    ("A formal search takes place on Tuesday night. Any remaining chametz is burned or sold by late Wednesday morning.",
     "2027-04-15", "late Wednesday morning", "TIME", "2027-04-21TMO", "END"),
    # "late on Tuesday" as "late Tuesday"; with a part of the day, "late on" is left out
    ("The company said late on Tuesday that it would sell the unit.", "2025-03-05", "late on Tuesday", "DATE",
     "2025-03-04", "END"),
    ("Rescuers found her early on Monday.", "2013-10-29", "early on Monday", "DATE", "2013-10-28", "START"),
    ("The company said late on Wednesday evening that it would sell.", "2025-03-06", "Wednesday evening", "TIME",
     "2025-03-05TEV", None),
    # a bulleted list of times is of the day told in the line that introduces it, even in a live blog's entry
    ("Live coverage of today's hearing.\n\n11:32 a.m. PT\nThe investigators' timeline of Labor Day last year:\n- 3:15 "
     "p.m. Fire reported near the campground.\n- 10:26 p.m. The alert is finally sent.\n- 12:40 a.m. Roads close.\n\n"
     "10:47 a.m. PT\nAn emotional moment.", "2027-04-21", "12:40 a.m.", "TIME", "2026-09-08T00:40", None),
    ("Live coverage of today's hearing.\n\n11:32 a.m. PT\nThe investigators' timeline of Labor Day last year:\n- 3:15 "
     "p.m. Fire reported near the campground.\n\n10:47 a.m. PT\nAn emotional moment.", "2027-04-21", "10:47 a.m. PT",
     "TIME", "2027-04-21T10:47-07:00", None),
    # a timeline's entries in bold type, or about a time, go on from the day of the first ("**1:50 p.m. Thursday:**")
    ("Here is how the storm unfolded.\n\n**1:50 p.m. Thursday:** Light snow begins falling.\n\n**3 p.m.:** A "
     "blizzard warning is issued, in effect until 6 p.m. Friday.\n\n**About 7:40 p.m.:** The first outages hit.",
     "2022-12-23", "About 7:40 p.m.", "TIME", "2022-12-22T19:40", "APPROX"),
    ("Here is how the storm unfolded.\n\n- **1:50 p.m. Thursday**: Light snow begins falling.\n- **11:20 p.m.**: A "
     "gust of 61 mph.\n- **2 a.m.**: Crews are out.", "2022-12-24", "2 a.m.", "TIME", "2022-12-23T02:00", None),
    # counts of hundreds and thousands, quarters of a unit; a year before 1000 written in four digits
    ("After nine hundred years, the building can cope.", "2025-03-19", "nine hundred years", "DURATION", "P900Y", None),
    ("The abbey was founded two hundred years ago.", "2025-03-19", "two hundred years ago", "DATE", "1825", None),
    ("It has stood for a thousand years.", "2025-03-19", "a thousand years", "DURATION", "P1000Y", None),
    ("The bridge has not had major work for a quarter of a century.", "2023-03-15", "a quarter of a century",
     "DURATION", "P25Y", None),
    ("The mill closed a quarter of a century ago.", "2023-03-15", "a quarter of a century ago", "DATE", "1998", None),
    ("The wait was about a quarter of an hour.", "2023-03-15", "about a quarter of an hour", "DURATION", "PT15M", "APPROX"),
    ("The launch was delayed by a quarter.", "2023-03-15", "a quarter", "DURATION", "P1Q", None),  # no amount changed
    ("The prophet delivered his final sermon some 1,400 years ago.", "2023-06-27", "some 1,400 years ago", "DATE",
     "0623", "APPROX"),
    # a gap between two happenings told mid-sentence is a length of time ("A day before the call, ..." opening its
    # sentence after the day is told counts from that day: see above)
    ("The outage began on Monday. The post-mortem, released two days after the outage, was detailed.", "2025-11-14",
     "two days", "DURATION", "P2D", None),
    ("The festival opens on June 5. Set times will be posted two weeks before the gates open.", "2026-02-02",
     "two weeks", "DURATION", "P2W", None),
    # a difference from year to year, not a date
    ("Because the calendar is lunar, the Hajj moves about 11 days earlier each year.", "2023-06-27", "about 11 days",
     "DURATION", "P11D", "APPROX"),
    # a word in -ed after "most" or a possessive is an adjective, not a past tense
    ("Roads will be most congested between 11 a.m. and 8 p.m. Wednesday.", "2024-11-26", "8 p.m. Wednesday", "TIME",
     "2024-11-27T20:00", None),
    ("Prayer times for Thursday, based on Jakim's published schedule, are as follows.", "2026-02-17", "Thursday",
     "DATE", "2026-02-19", None),
    # holidays: more of the church year, fixed days, the US Election Day; a holiday's week and part of day; a
    # holiday in a clause about a year named is of that year
    ("At St Aldhelm's, Mothering Sunday falls on March 30.", "2025-03-19", "Mothering Sunday", "DATE", "2025-03-30", None),
    ("The announcement, made on Ascension Day, caught passengers out.", "2027-05-06", "Ascension Day", "DATE",
     "2027-05-06", None),
    ("The line reopens after Whit Monday.", "2027-05-06", "Whit Monday", "DATE", "2027-05-17", None),
    ("Tomorrow may be April Fool's Day, but the price rises are no joke.", "2026-03-31", "April Fool's Day", "DATE",
     "2026-04-01", None),
    ("The mosque will host an evening to mark Holocaust Memorial Day.", "2027-01-14", "Holocaust Memorial Day", "DATE",
     "2027-01-27", None),
    ("Provisional voters in Ohio have seven days after Election Day to provide ID.", "2024-11-05", "Election Day", "DATE",
     "2024-11-05", None),
    ("Pickup will run one day late during Thanksgiving week.", "2024-11-05", "Thanksgiving week", "DATE", "2024-W48", None),
    ("People will turn up on Easter morning who we haven't seen since Christmas.", "2025-03-19", "Easter morning", "TIME",
     "2025-04-20TMO", None),
    ("Cancellations have been low this year after a rocky 2022, when a meltdown stranded thousands over Christmas.",
     "2024-11-26", "Christmas", "DATE", "2022-12-25", None),
    # IST in a text about India is India's time
    ("Markets in Mumbai closed at 3.30 pm IST on Monday.", "2024-06-05", "3.30 pm IST", "TIME", "2024-06-03T15:30+05:30",
     None),
    # "on the Sunday": that weekday of the days just told
    ("Crews race on Saturday, February 21, and Sunday, February 22. The finals are at 3.30pm on the Sunday.",
     "2026-02-12", "Sunday", "DATE", "2026-02-22", None),
    ("The festival runs from Friday, July 4, to Sunday, July 6. The headliners play on the Saturday.", "2025-06-02",
     "Saturday", "DATE", "2025-07-05", None),
    # tense: a "will" that opens a long clause; "is to be"; "plans" as the object of a verb gone by; "started
    # planning"
    ("The company said it will stop issuing software and security updates for its first- and second-generation "
     "Hearth thermostats at the end of March.", "2023-09-28", "the end of March", "DATE", "2024-03", "END"),
    ("The entire process is to be completed by the end of September.", "2025-02-27", "the end of September", "DATE",
     "2025-09", "END"),
    ("Comments are due by 5 p.m. The applicant first filed plans in March.", "2024-11-05", "March", "DATE", "2024-03", None),
    ('"We started planning for this week in the summer," the administrator said.', "2024-11-26", "the summer", "DATE",
     "2024-SU", None),
    # "between October and March": a span, whose end is the March after
    ("The discount is due to reach households between October and March.", "2026-03-31", "March", "DATE", "2027-03", None),
    # a season to come when it has begun is the one under way
    ("Charities said the increases would hit hardest in the spring.", "2026-03-31", "the spring", "DATE", "2026-SP", None),
    # a story of days long gone by, dated with their weekdays: its bare weekdays are of those days
    ("Nikau was admitted on Saturday 14 August 2021 with appendicitis. The operation went well.\n\nAt about 2.30am on "
     "Sunday, a nurse reprogrammed his pain pump.", "2024-06-03", "Sunday", "DATE", "2021-08-15", None),
    ("The rain began falling on Saturday, July 17, 1926. By Monday evening, the dam was failing.", "2026-07-28",
     "Monday evening", "TIME", "1926-07-19TEV", None),
    # ... but not once the story is back in the present
    ("The gavel fell only on Sunday, Nov. 24, 2024. Organisers have confirmed that the hall closed on "
     "Saturday.", "2025-11-17", "Saturday", "DATE", "2025-11-15", None),
    # times alone on their lines after a timeline of a day told are of that day, and of the next past midnight
    ("When she locked the cafe at 4.10pm on Saturday 2 November, the river was calm. This is an hour-by-hour "
     "reconstruction of that night.\n\n5pm\nRain gauges have recorded 61mm.\n\n10.40pm\nA boat reaches the "
     "bungalow.\n\n12.40am\nThe river peaks.", "2024-11-14", "12.40am", "TIME", "2024-11-03T00:40", None),
    # ... but a live blog's are of the DCT
    ("Storm updates. Tickets for today will be accepted on Friday and Saturday.\n\n12:32 GMT\nGusts eased."
     "\n\n12:05 GMT\nThe outlook is calmer.", "2026-02-12", "12:05 GMT", "TIME", "2026-02-12T12:05Z", None),
    # informal English: the nth weekday of a month, two back, a week or fortnight on, references
    ("The clocks go forward on the last Sunday in March.", "2023-02-14", "the last Sunday in March", "DATE",
     "2023-03-26", None),
    ("The fair was held on the first Monday of September 2021.", "2023-02-14", "the first Monday of September 2021",
     "DATE", "2021-09-06", None),
    ("She did exactly the same thing the year before last.", "2023-09-08", "the year before last", "DATE", "2021", None),
    ("We saw them at the barbecue the weekend before last.", "2023-09-08", "the weekend before last", "DATE",
     "2023-W34-WE", None),
    ("Schools break up for Easter a fortnight on Friday.", "2025-03-19", "a fortnight on Friday", "DATE", "2025-04-04",
     None),
    ("The clocks go forward a week on Sunday.", "2025-03-19", "a week on Sunday", "DATE", "2025-03-30", None),
    ("Auntie May has invited the family for lunch Sunday fortnight.", "2024-04-22", "Sunday fortnight", "DATE",
     "2024-05-12", None),
    ("My grandfather marched every April 25 until 2009.", "2024-04-22", "every April 25", "SET", "XXXX-04-25", None),
    ("Back in the day, we queued in the cold.", "2024-11-29", "Back in the day", "DATE", "PAST_REF", None),
    ("He retired from the post office a while back.", "2026-05-11", "a while back", "DATE", "PAST_REF", None),
    ("My mother-in-law rang the other day.", "2023-09-08", "the other day", "DATE", "PAST_REF", None),
    ("His wife is expecting their first child any day now.", "2025-07-04", "any day now", "DATE", "FUTURE_REF", None),
    # centuries written as hundreds, decades and years before 1600, years of an era
    ("People have come here for the holidays since the 1800s.", "2024-01-01", "the 1800s", "DATE", "18", None),
    ("Recipes were written by women from the 1200s to the 1490s.", "2024-01-01", "the 1490s", "DATE", "149", None),
    ("The crops are closer to those of the early 2000s.", "2024-01-01", "the early 2000s", "DATE", "200", "START"),
    ("The abbey church was consecrated in 1095 and pulled down in 1538.", "2026-10-14", "1538", "DATE", "1538", None),
    ("Henry VIII, who reigned from 1509 to 1547, fed 600 people.", "2024-05-03", "1509", "DATE", "1509", None),
    ("The Romans invaded in AD 43.", "2024-05-03", "AD 43", "DATE", "0043", None),
    ("Caesar introduced his calendar in 45 BCE, a year before he was killed.", "2023-12-31", "45 BCE", "DATE", "BC0045",
     None),
    ("Newgrange was built around 3200 BC, before Stonehenge.", "2024-12-21", "around 3200 BC", "DATE", "BC3200", "APPROX"),
    ("The city was founded in the 4th century BC.", "2025-05-20", "the 4th century BC", "DATE", "BC03", None),
    # a diary's list of days goes on from the day before; a month heading an item frames no later date
    ("THE DIARY\n\n- Friday: OCHA press briefing in Geneva.\n- Monday: Memorial Day in the United States.",
     "2027-05-27", "Monday", "DATE", "2027-05-31", None),
    ("- Late June: donor conference for the Sahel, postponed twice since the autumn.", "2027-05-27", "the autumn", "DATE",
     "2026-FA", None),
    ("- Oct. 16: World Food Day, marked annually since 1981.", "2026-09-19", "World Food Day", "DATE", "2026-10-16", None),
    # a range of counts is a length of no one count; "Mondays, 10 a.m." is a time of any such day; "the second
    # Tuesday of each month" is a set
    ("Many infections are now treated for five to seven days.", "2024-10-03", "five to seven days", "DURATION", "PXD",
     None),
    ("Metro Hall: Mondays and Wednesdays, 10 a.m. to 6 p.m.", "2025-09-05", "10 a.m.", "TIME", "XXXX-XX-XXT10:00", None),
    ("The drop-in clinic runs every Wednesday from 9am to 1pm.", "2025-03-19", "9am", "TIME", "XXXX-XX-XXT09:00", None),
    ("It ships fixes only on the second Tuesday of each month.", "2023-05-16", "the second Tuesday of each month", "SET",
     "P1M", None),
    # a 24-hour time before its weekday: the tense is read from before the time
    ("The company will hold a webinar for customers at 15:00 BST on Wednesday.", "2023-05-16", "Wednesday", "DATE",
     "2023-05-17", None),
    # a day heading a list of timed entries is theirs
    ("Wednesday, Jan. 13\n8 a.m. ET: Nova reports results.\n\nThursday, Jan. 14\n6:12 p.m. ET: Launch of 24 "
     "satellites.", "2027-01-12", "6:12 p.m. ET", "TIME", "2027-01-14T18:12-05:00", None),
    # business calendars: a quarter named by its months, the week ended a weekday, times in a day's list of items
    ("Growth for the October-December period was revised to 2.4%.", "2025-05-20", "the October-December period", "DATE",
     "2024-Q4", None),
    ("Economists expect growth of 0.1% in the October-to-December period.", "2026-02-11",
     "the October-to-December period", "DATE", "2025-Q4", None),
    ("Sales in the January-March quarter will be reported next month.", "2026-02-11", "the January-March quarter", "DATE",
     "2026-Q1", None),
    ("In the week ended Friday, the benchmark gained 2.5%.", "2023-11-03", "the week ended Friday", "DATE", "2023-W44",
     None),
    ("All times are Eastern.\n\nTUESDAY, SEPT. 9\n\n- NFIB optimism index, 6 a.m. ET.\n- Apple event, 1 p.m. ET.",
     "2025-09-05", "1 p.m. ET", "TIME", "2025-09-09T13:00-04:00", None),
    ("The agenda\n8.30am ET: US CPI for January\n3pm GMT: ECB speech", "2026-02-11", "January", "DATE", "2026-01", None),
    ("The RBA board meets on Tuesday, Melbourne Cup day.", "2023-11-03", "Melbourne Cup day", "DATE", "2023-11-07", None),
    # "the usual" time of day is of any day
    ("Prayers will be offered at 2pm on March 14 instead of the usual 12.30pm.", "2025-03-12", "12.30pm", "TIME",
     "XXXX-XX-XXT12:30", None),
    # a holiday with its year told after it
    ("Investigators presented a timeline of Labor Day last year.", "2027-04-21", "Labor Day last year", "DATE",
     "2026-09-07", None),
    # "last", "next" or "this" before a holiday: the one before the DCT, the one after it, the DCT's year's
    ("Last Christmas, demand for turkeys fell by 10%.", "2026-12-03", "Last Christmas", "DATE", "2025-12-25", None),
    ("Churches were full last Easter.", "2026-12-03", "last Easter", "DATE", "2026-04-05", None),
    ("Next Christmas will be different, the family said.", "2026-12-26", "Next Christmas", "DATE", "2027-12-25", None),
    ("This Thanksgiving will be quieter.", "2026-12-03", "This Thanksgiving", "DATE", "2026-11-26", None),
    # a clock time of several days named right after or before it is of any of them; each day is its own expression
    # (a set, when they are a range: see "Harwick Museum")
    ("Huts will sell mulled wine from 11 a.m. to 9 p.m. Wednesday through Sunday.", "2023-11-24", "11 a.m.", "TIME",
     "XXXX-XX-XXT11:00", None),
    ("Huts will sell mulled wine from 11 a.m. to 9 p.m. Wednesday through Sunday.", "2023-11-24", "9 p.m.", "TIME",
     "XXXX-XX-XXT21:00", None),
    ("Huts will sell mulled wine from 11 a.m. to 9 p.m. Wednesday through Sunday.", "2023-11-24", "Wednesday", "SET",
     "XXXX-WXX-3", None),
    ("The centre will open from 8am to 4pm on Good Friday, Easter Sunday and Easter Monday.", "2026-03-20", "4pm",
     "TIME", "XXXX-XX-XXT16:00", None),
    ("Officials will hold briefings on Saturday and Sunday from 10am to 4pm.", "2025-08-14", "10am", "TIME",
     "XXXX-XX-XXT10:00", None),
    ("Citizens Advice runs a free helpline Monday to Friday, 9am to 5pm.", "2026-03-31", "5pm", "TIME",
     "XXXX-XX-XXT17:00", None),
    ("Gates open at 4 p.m. Thursday and at 11 a.m. Friday through Sunday.", "2024-08-14", "4 p.m. Thursday", "TIME",
     "2024-08-15T16:00", None),
    # a month and day told in the past in the sentence after a day of a year gone by follows that day
    ("I arrived two days before it, on 10 January 2010. The quake struck at 4:53 p.m. on 12 January, and that night "
     "the city slept outside.", "2026-02-09", "4:53 p.m.", "TIME", "2010-01-12T16:53", None),
    ("I arrived two days before it, on 10 January 2010. The quake struck on 12 January.", "2026-02-09", "12 January",
     "DATE", "2010-01-12", None),
    ("The museum first opened on 10 January 2010. It will reopen on 12 March.", "2026-02-09", "12 March", "DATE",
     "2026-03-12", None),
    # future-in-the-past and what is to take place: "would" further back in the clause, "was possible", "should",
    # "takes place"
    ("The commission said it would begin distributing ballot papers to its regional offices on Monday, under police "
     "escort.", "2024-11-07", "Monday", "DATE", "2024-11-11", None),
    ("The service said another round of showers was possible Sunday night, though far lighter.", "2023-08-03",
     "Sunday night", "TIME", "2023-08-06TNI", None),
    ("Forecasters said the rain should clear by Friday.", "2026-10-14", "Friday", "DATE", "2026-10-16", None),
    ("A formal search takes place by candlelight on Tuesday night.", "2027-04-15", "Tuesday night", "TIME",
     "2027-04-20TNI", None),
    ("Putin said a dialogue was possible, recalling the summit in June in Geneva.", "2021-12-30", "June", "DATE",
     "2021-06", None),
    # a verb of saying after a comma reports the clause the date is in, not the date; but a phrase put before the
    # subject ("In a statement Friday,") is dated by the saying
    ("Fans have until 11.59pm on Friday to enter the ticket ballot, organisers said on Monday.", "2027-02-15",
     "Friday", "DATE", "2027-02-19", None),
    ("In a statement Friday, the university said it would decide by the end of June.", "2024-05-20", "Friday", "DATE",
     "2024-05-17", None),
    # "a year ago" or "earlier" compared with a month named earlier in its sentence is that month a year back
    ("National rents rose 0.3 per cent in November, down from 6.1 per cent a year ago.", "2025-12-01", "a year ago",
     "DATE", "2024-11", None),
    ("Sales fell 1.9 percent in April, the group reported Wednesday, while the median price rose 5.7 percent from a "
     "year earlier.", "2024-05-28", "a year earlier", "DATE", "2023-04", None),
    # ... and in a later sentence of a report on a month's figures, the month reported on (the latest month named of
    # the two before the DCT's), but not after a year or a stretch, nor in a story with no such month
    ("China's consumer prices rose at the fastest pace in two years in February. Lawmakers meet this week.\n\nThe "
     "producer price index fell 1.2% from a year earlier.", "2027-03-09", "a year earlier", "DATE", "2026-02", None),
    ("Consumer prices rose 0.3% in November. The figures came out at 8:30 a.m. Compared with a year earlier, prices "
     "were up 2.7%.", "2024-12-11", "a year earlier", "DATE", "2023-11", None),
    ("Prices rose in November. It carried 1.9 million passengers in the first nine months of 2024, up 23% from a "
     "year earlier.", "2024-12-11", "a year earlier", "DATE", "2023", None),
    ("Prices rose in November. For the 11 months, sales rose 4% from a year earlier.", "2024-12-11", "a year earlier",
     "DATE", "2023", None),
    ("Prices rose in November. Profit for 2024 was up 14% from a year earlier.", "2024-12-11", "a year earlier", "DATE",
     "2023", None),
    ("Prices rose in August. Fares were 20 percent higher than a year earlier.", "2024-12-11", "a year earlier",
     "DATE", "2023", None),
    ("Prices rose in November. A year earlier, he was out of work.", "2024-12-11", "A year earlier", "DATE", "2023",
     None),
    # "today" set against a time long gone is these days, also when a subject and "is" come before a verb of
    # another clause, and after "five hundred years ago"
    ('"In the 1990s, we were chasing polio village by village. Today the challenge is the family that moved to a '
     'new city."', "2026-06-30", "Today", "DATE", "PRESENT_REF", None),
    ("In the late 1990s, people waited years between releases. Six-month cycles were radical when we started. Today "
     "they are what people expect.", "2026-08-03", "Today", "DATE", "PRESENT_REF", None),
    ('"Five hundred years ago, a sack of pepper could buy you a house," Dr. Menon said. "Today it is 650 rupees a '
     'kilo."', "2027-02-11", "Today", "DATE", "PRESENT_REF", None),
    # "the same month" is the month told last, though years were told after it
    ("The inquiry reported in March 2017. It found the embankment had been rated poor in 2009 and that repairs planned "
     "for 2012 had been postponed. The council apologised the same month.", "2025-04-25", "the same month", "DATE",
     "2017-03", None),
    # "overnight" after a day gone by in its sentence is that day's night; after one to come, the night before it
    ("Lightning from a dry thunderstorm on Aug. 14 started more than 120 fires overnight.", "2025-11-02",
     "overnight", "TIME", "2025-08-14TNI", None),
    ("Tomorrow's group will need luck: the forecast is for rain spreading from the west overnight.", "2024-12-21",
     "overnight", "TIME", "2024-12-21TNI", None),
    # "the weekend after" or "before", with nothing after it, is told from the last day; "first thing" is the morning
    ("The next race is in Monaco on June 7, and Barcelona follows the weekend after.", "2026-05-25",
     "the weekend after", "DATE", "2026-W24-WE", None),
    ("The parade is on Friday, July 4. People tape off the curb the weekend before.", "2025-06-20",
     "the weekend before", "DATE", "2025-W26-WE", None),
    ("The butcher says turkey collections start first thing tomorrow.", "2025-12-22", "first thing tomorrow", "TIME",
     "2025-12-23TMO", None),
    # a fiscal year's days told with "runs from", and the close told with its opening, are every year's; a year
    # that ended on a day is the one before
    ("Australia's financial year runs from July 1 to June 30, and the outlook is due in December.", "2023-11-03",
     "June 30", "DATE", "XXXX-06-30", None),
    ("The federal government's fiscal year begins on Oct. 1 and ends on Sept. 30.", "2027-01-28", "Sept. 30", "DATE",
     "XXXX-09-30", None),
    ("Japan's fiscal year runs from April to March.", "2025-05-20", "March", "DATE", "XXXX-03", None),
    ("In the fiscal year ended Jan. 31, the company reported sales of $1.2 billion.", "1989-10-30", "Jan. 31", "DATE",
     "1989-01-31", None),
    # a weekday and date in a sentence about a year long gone are of that year, whatever weekday our calendar gives
    ("The error had built up to ten days by the time Pope Gregory XIII fixed it in 1582: Thursday, October 4 was "
     "followed by Friday, October 15.", "2023-12-31", "Thursday, October 4", "DATE", "1582-10-04", None),
    ("The error had built up to ten days by the time Pope Gregory XIII fixed it in 1582: Thursday, October 4 was "
     "followed by Friday, October 15.", "2023-12-31", "Friday, October 15", "DATE", "1582-10-15", None),
    ("Britain held out until 1752, when Wednesday, September 2 was followed by Thursday, September 14.", "2023-12-31",
     "Wednesday, September 2", "DATE", "1752-09-02", None),
    # "a century later" counts from the year told before, as "a decade later" does (not from the DCT)
    ("The palace was built in 1555 and renovated by the Dutch a century later.", "2027-02-11", "a century later",
     "DATE", "1655", None),
    # "N years on" told in the present is how long it has been; in the past, a date counted from the date before
    ('"It has happened twice in five years." Twelve days on, Bridge Street still smells of silt.', "2024-11-14",
     "Twelve days", "DURATION", "P12D", None),
    ("The plant opened in 2015. Two years on, the company collapsed.", "2024-11-14", "Two years on", "DATE", "2017",
     None),
    # "N days after" a clause is counted from the last day only while nothing else was told after that day
    ("She was born on March 3, 1929. She was studying when tanks crushed the uprising in November 1956. Twelve days "
     "after the tanks arrived, she walked across the border.", "2023-10-05", "Twelve days", "DURATION", "P12D", None),
    # a clause asked about ("why", "how", "whether") is not the verb of the date before it
    ("A talk on Thursday, May 16, at 7pm, asks why so few medieval women signed their names.", "2024-05-03", "7pm",
     "TIME", "2024-05-16T19:00", None),
    # an expression that is a part of what its rule matched leaves the rest to be read again
    ("Residents will be without water for up to 54 hours from Friday night.", "2026-10-19", "Friday night", "TIME",
     "2026-10-23TNI", None),
    # the DCT's own weekday, to come, after that weekday a week on was told with its name
    ("The shutdown will end at 02:00 on Monday 26 October. Crews will inspect the reservoirs once pumping resumes on "
     "Monday.", "2026-10-19", "Monday", "DATE", "2026-10-26", None),
    # a year before a season that both modify one noun: that year's season, one expression
    ("It proposed changes to rosters from the 2027 summer season.", "2026-12-03", "2027 summer", "DATE", "2027-SU", None),
    ("The 2026 fall semester ended early.", "2026-12-03", "2026 fall", "DATE", "2026-FA", None),
    ("Profits for 2027 fall short of the target.", "2026-12-03", "2027", "DATE", "2027", None),
    # a court's "listed for": a day to come, whatever year the sentence told before it
    ("A confiscation hearing, adjourned twice this year, is now listed for the week beginning 25 January.",
     "2026-12-03", "the week beginning 25 January", "DATE", "2027-W04", None),
    # "booked to travel": what was arranged, not past with the booking (the nearest Saturday)
    ("Northway urged passengers booked to travel on Saturday to check before leaving home.", "2026-12-03",
     "Saturday", "DATE", "2026-12-05", None),
    # "forecast", "broadcast" with the time right after them: the verb's past (not the noun, not "will broadcast")
    ("Inflation will reach the target six months sooner than the bank forecast in August.", "2026-12-03", "August",
     "DATE", "2026-08", None),
    ("The bank forecast in August that inflation would fall.", "2026-12-03", "August", "DATE", "2026-08", None),
    ("The network will broadcast on Sunday an interview with the minister.", "2026-12-03", "Sunday", "DATE",
     "2026-12-06", None),
    ("Economists forecast a cut in February.", "2026-12-03", "February", "DATE", "2027-02", None),
    # a date after a comma naming the time of the phrase before it: the verb before that phrase is its too
    ("Her lawyers had argued that the trial judge misdirected the jury on the second day of his summing-up, on 11 "
     "March.", "2026-12-03", "11 March", "DATE", "2026-03-11", None),
    ("The vote will take place on the last day of the session, on 11 March.", "2026-12-03", "11 March", "DATE",
     "2027-03-11", None),
    # "the last days of September": the month's end is read as the month
    ("Trains were full in the last days of September.", "2026-12-03", "September", "DATE", "2026-09", None),
    # what "plans to" do is to come, whatever the tense of approving them (not "had plans to")
    ("Councillors have approved plans to close two libraries from April.", "2026-12-03", "April", "DATE", "2027-04",
     None),
    ("He had plans to retire in June.", "2026-12-03", "June", "DATE", "2026-06", None),
    # "cut" after "and" joins the infinitive before it: a base form, no past (the nearest April)
    ("Councillors have approved plans to close two libraries and cut the opening hours of five others from April.",
     "2026-12-03", "April", "DATE", "2027-04", None),
    ("The council closed two libraries and cut the opening hours of five others in April.", "2026-12-03", "April",
     "DATE", "2026-04", None),
    # a past passive further back than the words read first, with nothing nearer or after: the day gone by
    ("Police have charged a man after a woman was stabbed outside a nightclub in the city centre in the early hours "
     "of Sunday.", "2026-12-03", "Sunday", "DATE", "2026-11-29", None),
    ("The road, which had been closed by the council after a landslide in the hills above the town on Sunday.",
     "2026-12-03", "Sunday", "DATE", "2026-11-29", None),
    # a participle set off by commas is no verb of the date's clause; a date inside it is its
    ("The rules, adopted in 2023, take effect on 18 February.", "2026-12-03", "18 February", "DATE", "2027-02-18",
     None),
    ("The law, passed by parliament in the spring, takes effect on 1 March.", "2026-12-03", "1 March", "DATE",
     "2027-03-01", None),
    ("The rules, adopted on 18 February, took effect at once.", "2026-12-03", "18 February", "DATE", "2026-02-18", None),
    ("Prices rose sharply, boosted by demand, in March.", "2026-12-03", "March", "DATE", "2026-03", None),
    # (not what was ordered: "was directed to report ... by Aug. 1")
    ("She was directed to report to the federal Bureau of Prisons in Butner, North Carolina by Aug. 1.", "2026-04-20",
     "Aug. 1", "DATE", "2026-08-01", None),
    # a verb of reporting after a comma, at the sentence's end, is the report's, not the date's
    ("Heavy snow is expected to cause travel disruption across northern parts of the country from late on Friday "
     "into Saturday morning, forecasters have warned.", "2026-12-03", "late on Friday", "DATE", "2026-12-04", "END"),
    # "the same month of 2024", "the same day in 2019": the month or day just told, in that year; one expression
    ("Approvals rose in October but remained below their level in the same month of 2024.", "2026-12-03",
     "the same month of 2024", "DATE", "2024-10", None),
    ("Sales on 5 March were up on the same day in 2019.", "2026-12-03", "the same day in 2019", "DATE", "2019-03-05",
     None),
    ("Sales in October were below the same month of last year.", "2026-12-03", "the same month of last year", "DATE",
     "2025-10", None),
    # "on the Thursday" in a clause of what is to come: the Thursday to come already told, though a day gone by was
    # told since (the first of "17 and 18 December" is told too)
    ("Leaders will gather in Brussels on 17 and 18 December. Finance ministers met on Tuesday. The summit will open "
     "with a working lunch on the Thursday.", "2026-12-03", "Thursday", "DATE", "2026-12-17", None),
    ("Leaders will gather in Brussels on 17 and 18 December. Finance ministers met on Tuesday and again on the "
     "Thursday.", "2026-12-05", "Thursday", "DATE", "2026-12-03", None),
    # "has been rescheduled for": the new day is to come (not "had been rescheduled for", a plan as it stood then)
    ("A summit with the leaders of the Western Balkans has been rescheduled for the spring.", "2026-12-03",
     "the spring", "DATE", "2027-SP", None),
    ("A summit with the leaders of the Western Balkans had been rescheduled for the spring.", "2026-12-03",
     "the spring", "DATE", "2026-SP", None),
    # "Election Day" after the day of the election the story is about was told: that day (a special election)
    ("Voters in the state will go to the polls on Tuesday, Feb. 9, to choose a successor. Early voting begins Jan. 20 "
     "and runs through Feb. 5, and mail ballots must be postmarked by Election Day.", "2026-12-03", "Election Day",
     "DATE", "2027-02-09", None),
    # not a primary's day, nor early voting's: November's
    ("Voters in the primary go to the polls on June 2. Mail ballots must arrive by Election Day.", "2026-07-01",
     "Election Day", "DATE", "2026-11-03", None),
    ("Early voting at the polls begins Oct. 20. Mail ballots must arrive by Election Day.", "2026-07-01",
     "Election Day", "DATE", "2026-11-03", None),
    # a time of day told in the past after "X happened on Tuesday, the company said on Wednesday" is of the day the
    # story is of, not of the day it was reported on
    ("A configuration change on Tuesday knocked thousands of websites offline, the company said in a report "
     "published late Wednesday.\n\nEngineers began rolling out the change at 8:52 a.m.", "2026-11-19", "8:52 a.m.",
     "TIME", "2026-11-17T08:52", None),
    ("A woman was stabbed outside a nightclub on Saturday night, police said on Sunday. The attack happened at about "
     "11.30pm.", "2026-11-30", "about 11.30pm", "TIME", "2026-11-28T23:30", "APPROX"),
    ("A train derailed near the station on Wednesday evening. Investigators said today that a landslip was the "
     "likely cause.\n\nThe train had left Leeds at 17:41.", "2026-07-23", "17:41", "TIME", "2026-07-22T17:41", None),
    # (not a story told long before its report, nor a report of a day in another sentence; nor a time to come)
    ("Easter fell on April 20. The patriarch said on Monday that a common date could be agreed. Bells rang at noon.",
     "2025-05-20", "noon", "TIME", "2025-05-19T12:00", None),
    ("A woman was stabbed outside a nightclub on Saturday night, police said on Sunday. They will hold a news "
     "conference at 3pm.", "2026-11-30", "3pm", "TIME", "2026-11-30T15:00", None),
    ("The match was stopped on Saturday. It will now be replayed at 3pm.", "2026-11-30", "3pm", "TIME",
     "2026-11-30T15:00", None),
    ("The match was stopped on Saturday, and the kick-off was pushed back to 3.20pm.", "2026-11-30", "3.20pm", "TIME",
     "2026-11-28T15:20", None),
    # a week, a weekend or a part of a day counted from the holiday or date named after it: one expression
    ("The roadworks will take place in the week before Christmas.", "2026-12-03", "the week before Christmas", "DATE",
     "2026-W51", None),
    ("He said the week after 14 January would be decisive.", "2026-12-03", "the week after 14 January", "DATE",
     "2027-W03", None),
    ("The roadworks will take place on the weekend before Christmas.", "2026-12-03", "the weekend before Christmas",
     "DATE", "2026-W51-WE", None),
    ("Crowds are expected the weekend after Easter.", "2026-12-03", "the weekend after Easter", "DATE", "2027-W13-WE",
     None),
    ("Police were called the night before Christmas.", "2026-12-03", "the night before Christmas", "TIME",
     "2025-12-24TNI", None),
    # (a happening gone by on a day counted from a holiday: last year's, as "on Christmas Day" is)
    ("Police were called the day before Christmas.", "2026-12-03", "the day before Christmas", "DATE", "2025-12-24",
     None),
    ("They met at the weekend. Before Christmas, they will meet again.", "2026-12-03", "the weekend", "DATE",
     "2026-W48-WE", None),
    # "is forecast", "is broadcast": what is forecast or scheduled is to come, whatever follows the date
    ("More heavy rain is forecast for northern England on Wednesday and Thursday, days after floods brought down a "
     "historic bridge.", "2026-11-24", "Wednesday", "DATE", "2026-11-25", None),
    ("Snow is forecast on Wednesday.", "2026-11-24", "Wednesday", "DATE", "2026-11-25", None),
    ("Sales grew faster than it forecast in August.", "2026-11-24", "August", "DATE", "2026-08", None),
    # a present perfect takes no day gone by: a day after its object is the object's, the nearest one
    ("The Met Office has issued a yellow warning for rain from 6am on Wednesday until midnight on Thursday.",
     "2026-11-24", "Wednesday", "DATE", "2026-11-25", None),
    ("The National Weather Service has issued a red flag warning from noon Monday until 8 p.m. Tuesday.",
     "2026-11-28", "noon Monday", "TIME", "2026-11-30T12:00", None),
    # (not after "since", nor a verb of saying, nor a day whose own verb follows it in the past)
    ("The shop has been closed since Wednesday.", "2026-11-24", "Wednesday", "DATE", "2026-11-18", None),
    ("The club has confirmed the match on Saturday was abandoned.", "2026-11-26", "Saturday", "DATE", "2026-11-21",
     None),
    ("Organisers have published the route for Saturday.", "2026-11-26", "Saturday", "DATE", "2026-11-28", None),
    # (nor a day after "after" what came before a happening that has happened: that is gone by)
    ("A man has been arrested after a woman died on Saturday.", "2026-12-03", "Saturday", "DATE", "2026-11-28", None),
    ("Two people have been taken to hospital after a crash on Sunday.", "2026-12-03", "Sunday", "DATE", "2026-11-29",
     None),
    ("A man has been charged after a fire at a house on Saturday.", "2026-12-03", "Saturday", "DATE", "2026-11-28",
     None),
    ("The road will be closed after the match on Saturday.", "2026-12-03", "Saturday", "DATE", "2026-12-05", None),
    # "on a Friday afternoon", "one Monday": some such day, not one the DCT tells; what is counted from it is unknown
    ("The mill closed in the spring of 2009. The final shift clocked off on a Friday afternoon in late April; by "
     "the following Monday the gates were padlocked.", "2026-12-03", "Friday afternoon", "TIME", "XXXX-WXX-5TAF", None),
    ("The mill closed in the spring of 2009. The final shift clocked off on a Friday afternoon in late April; by "
     "the following Monday the gates were padlocked.", "2026-12-03", "late April", "DATE", "2009-04", "END"),
    ("The mill closed in the spring of 2009. The final shift clocked off on a Friday afternoon in late April; by "
     "the following Monday the gates were padlocked.", "2026-12-03", "the following Monday", "DATE", "XXXX-WXX-1",
     None),
    ("If somebody notices it on a Friday afternoon, the clinic is shut.", "2026-12-03", "Friday afternoon", "TIME",
     "XXXX-WXX-5TAF", None),
    ("The shift ended on a Friday afternoon; by the following Monday morning the gates were locked.", "2026-12-03",
     "the following Monday morning", "TIME", "XXXX-WXX-1TMO", None),
    # (not "On June 16, 2023, a Friday,": that day; nor the day a briefing call was on, nor what falls on a Sunday)
    ("On June 16, 2023, a Friday, the mill closed.", "2026-12-03", "a Friday", "DATE", "2023-06-16", None),
    ("An official told reporters on a Wednesday briefing call that talks would go on.", "2021-12-29", "Wednesday",
     "DATE", "2021-12-29", None),
    ("Because the holiday falls on a Sunday, Monday is a day off.", "2026-12-03", "Sunday", "DATE", "2026-12-06",
     None),
    ("The talks ended on 3 March. The following Monday, they resumed.", "2026-12-03", "The following Monday", "DATE",
     "2026-03-09", None),
    # "that month" after a week told: the week's month (not a month told before it)
    ("He resigned in March 2021. The prosecution is expected to close its case in the second week of January, and "
     "Vance is due to give evidence later that month.", "2026-12-01", "later that month", "DATE", "2027-01", None),
    # a weekday named again in its sentence is the same day (not across a quotation's edge)
    ("Schools will be closed Tuesday and Wednesday, and the airport said all flights after 8 p.m. Tuesday had been "
     "canceled.", "2026-09-14", "8 p.m. Tuesday", "TIME", "2026-09-15T20:00", None),
    ("Schools will be closed Tuesday, and the council said the library had shut its doors on Tuesday night.",
     "2026-09-14", "Tuesday night", "TIME", "2026-09-15TNI", None),
    ('"We will meet Tuesday," she said on Tuesday night.', "2026-09-16", "Tuesday night", "TIME", "2026-09-15TNI",
     None),
    # what is called off is the day's, often still to come: the nearer of the two
    ("The School District of Beloit canceled classes Friday at three schools near the river.", "2024-04-18",
     "Friday", "DATE", "2024-04-19", None),
    ("Airlines cancelled 500 flights on Sunday as the storm hit.", "2024-04-17", "Sunday", "DATE", "2024-04-14", None),
    # a day told in a relative clause gone by is not the day of a time of day in the main clause
    ("The fire, which was sparked by lightning near Bairnsdale on 2 January, was upgraded to an emergency warning at "
     "1.20pm.", "2026-01-08", "1.20pm", "TIME", "2026-01-08T13:20", None),
    ("The fire was sparked by lightning on 2 January, and it was upgraded to an emergency warning at 1.20pm.",
     "2026-01-08", "1.20pm", "TIME", "2026-01-02T13:20", None),
    # a story goes on forward into the small hours after an evening told in the sentences before, in its paragraph
    ("The quake hit at 11.42pm local time on Friday. It was followed by more than 30 aftershocks overnight, the "
     "strongest of magnitude 5.9 shortly before 4am.", "2026-02-07", "4am", "TIME", "2026-02-07T04:00", None),
    ("The quake hit at 11.42pm local time on Friday. It was followed by more than 30 aftershocks overnight.",
     "2026-02-07", "overnight", "TIME", "2026-02-06TNI", None),
    ("Police were called at 11pm on Friday. The man was arrested at 2am.", "2026-02-07", "2am", "TIME",
     "2026-02-07T02:00", None),
    ("He left the bar at 11pm on Friday. He had arrived at 2am.", "2026-02-07", "2am", "TIME", "2026-02-06T02:00",
     None),
    ("Police were called at 11pm on Friday.\n\nThe bakery opens at 5am.", "2026-02-07", "5am", "TIME",
     "2026-02-07T05:00", None),
    # "the next summer" told of a year long gone is the one after it; of a year near the DCT, the coming one
    ("She graduated in 1956, and spent the next summer diving off Rottnest Island.", "2026-03-02", "the next summer",
     "DATE", "1957-SU", None),
    ("Work finished in 2025. Repairs will follow over the next summer.", "2026-11-02", "the next summer", "DATE",
     "2027-SU", None),
    # a range of numbers before a unit is one length of time, of no one count
    ("Rapid intensification is likely over the next 24 to 36 hours.", "2026-09-14", "24 to 36 hours", "DURATION",
     "PTXH", None),
    ("The glucose test is offered at 24-28 weeks.", "2026-09-14", "24-28 weeks", "DURATION", "PXW", None),
    # a happening of one time that a sentence opens with, named by its year or said to be in it, dates the days told
    # of it (not a happening named as an object)
    ("A similar sequence in 2014 began with a magnitude 6.7 foreshock on March 16.", "2026-02-07", "March 16", "DATE",
     "2014-03-16", None),
    ("The 2014 sequence began with a foreshock on March 16.", "2026-02-07", "March 16", "DATE", "2014-03-16", None),
    ("He survived the floods of 2011 and left for Perth on March 16.", "2026-02-07", "March 16", "DATE",
     "2025-03-16", None),
    # the word after a past verb is the target it moved to only right before the date
    ("He moved to Perth on March 16.", "2026-02-07", "March 16", "DATE", "2025-03-16", None),
    ("The deadline was extended to March 16.", "2026-02-07", "March 16", "DATE", "2026-03-16", None),
    ("In Georgia, the Senate race was headed for a runoff on Dec. 1 after neither won 50 percent of the vote.",
     "2026-11-04", "Dec. 1", "DATE", "2026-12-01", None),
    # a comparison after a comma is a phrase of its own: its participle is no verb of the date's
    ("The automaker now expects operating profit of 3.4 trillion yen for the year ending March 31, up from its "
     "previous forecast made in August.", "2025-11-06", "March 31", "DATE", "2026-03-31", None),
    # "May", "Will" capitalised before a past are names, not modals
    ("Theresa May said so on Monday.", "2026-11-29", "Monday", "DATE", "2026-11-23", None),
    ("Will said on Monday that he was leaving.", "2026-11-29", "Monday", "DATE", "2026-11-23", None),
    # "in midday trading" is the report's day, as "in afternoon trading" is
    ("Microsoft's last major outage, on Nov. 18, lasted nearly seven hours. The company's shares were down 0.8% in "
     "midday trading.", "2026-12-02", "midday", "TIME", "2026-12-02TMI", None),
    # a live blog's label is no clause of what it heads: "overnight" is the night before
    ("UPDATE 1:15 p.m. ET: Microsoft said it had rolled back a configuration change made overnight.", "2026-12-02",
     "overnight", "TIME", "2026-12-01TNI", None),
    # the week (weekend) of a holiday is the one its day is in, one expression
    ("The data covered the week of the Thanksgiving holiday, when claims tend to be volatile.", "2026-12-03",
     "the week of the Thanksgiving holiday", "DATE", "2026-W48", None),
    ("Traffic peaks on the weekend of the Fourth of July.", "2026-06-01", "the weekend of the Fourth of July", "DATE",
     "2026-W27-WE", None),
    # financial and tax years told from the DCT; "the new" one is the one to begin next
    ("The council expects a deficit in the next financial year.", "2026-12-09", "next financial year", "DATE", "2027",
     None),
    ("Hours will be cut from the start of the new financial year.", "2026-12-09",
     "the start of the new financial year", "DATE", "2027", "START"),
    ("Spending rose this tax year.", "2026-12-09", "this tax year", "DATE", "2026", None),
    # a deadline set by an order ("by Monday") comes after the order
    ("The judge ordered him to surrender his passport by Monday.", "2026-12-03", "Monday", "DATE", "2026-12-07", None),
    ("He was ordered to surrender by Jan. 6.", "2026-01-10", "Jan. 6", "DATE", "2026-01-06", None),
    # "long" only as a word: "a fortnight longer than last year" is "a fortnight"
    ("The campaign will run until 30 June, a fortnight longer than last year.", "2026-04-01", "a fortnight", "DURATION",
     "P2W", None),
    ("The fire season is about 78 days long.", "2026-04-01", "about 78 days long", "DURATION", "P78D", "APPROX"),
    # an irregular participle set off by commas is no verb of the date's clause
    ("The mandate for industrial action, won in a ballot in January, runs out at the end of September.", "2026-06-18",
     "the end of September", "DATE", "2026-09", "END"),
    # a story of a day of a year gone by goes back a day in that year, not on a year; and goes back to it after
    # other dates, to a day a few days from it
    ("It was just after 2 a.m. on December 6, 1986, when the sirens began. Rain had fallen for 11 straight days "
     "before the flood. On the evening of December 5, the river was already high.", "2026-12-03",
     "the evening of December 5", "TIME", "1986-12-05TEV", None),
    ("It was just after 2 a.m. on December 6, 1986, when the sirens began. Forty years later, the town will gather on "
     "Sunday. Defences were finished in 2019.\n\nOn the evening of December 5, the river was already high.",
     "2026-12-03", "the evening of December 5", "TIME", "1986-12-05TEV", None),
    # a date put before the subject takes the main verb's past firmly: not the December 5 two days ahead
    ("On the evening of December 5, the river was already high.", "2026-12-03", "the evening of December 5", "TIME",
     "2025-12-05TEV", None),
    # "overnight" after an afternoon told, looked forward to by "would" after a past perfect: that night
    ("The river rose on December 5, 1986, and the council handed out sandbags that afternoon. Forecasters had "
     "predicted the rain would ease overnight.", "2026-12-03", "overnight", "TIME", "1986-12-05TNI", None),
    # "N years on" with no date told before it: how long it has been
    ("Forty years on, survivors remember the night the river rose", "2026-12-03", "Forty years", "DURATION", "P40Y",
     None),
    # the weekend or week of a range of days: the one holding them, one expression
    ("He would be available for the FA Cup third round on the weekend of 9-10 January.", "2026-12-03",
     "the weekend of 9-10 January", "DATE", "2027-W01-WE", None),
    ("The races run over the weekend of January 9-10.", "2026-12-03", "the weekend of January 9-10", "DATE",
     "2027-W01-WE", None),
    # a premium counted to a market's close is counted from a price already made, whatever the offer's tense
    ("Northfield will pay $62 a share, a premium of 41% to Calder's closing price on Tuesday.", "2026-12-03",
     "Tuesday", "DATE", "2026-12-01", None),
    ("The bid is a 20% premium to Friday's closing price.", "2026-12-03", "Friday", "DATE", "2026-11-27", None),
    ("Northfield will pay $62 a share, a 35% premium to the closing price on March 5.", "2026-12-03", "March 5",
     "DATE", "2026-03-05", None),
    # "the year after <a clause>" set after a date is that date, said another way
    ("She began working in the canneries in 1955, the year after she left school.", "2026-12-03", "the year after",
     "DATE", "1955", None),
    ("It plans to spend about $20 billion in calendar 2027.", "2026-12-03", "calendar 2027", "DATE", "2027", None),
    # a past passive further back in the clause, with an adverb in it, tells the tense
    ("Police are appealing for witnesses after a man was seriously injured in an assault in Cardiff city centre in "
     "the early hours of Sunday.", "2026-12-03", "Sunday", "DATE", "2026-11-29", None),
    # a year to come, then "later in the year": that year
    ("The headset would launch in Europe in early 2027, and in other markets later in the year.", "2026-12-03",
     "later in the year", "DATE", "2027", None),
    # "14h30", the French way of writing a time of day, after a word that takes one
    ("The fire broke out at 14h30 local time.", "2026-12-03", "14h30 local time", "TIME", "2026-12-03T14:30", None),
    # "this past Friday", "this coming Monday"; after a time, that time's day
    ("Shares closed down 4% at 4:30pm ET this past Friday.", "2026-12-03", "4:30pm ET", "TIME",
     "2026-11-27T16:30-05:00", None),
    ("Shares closed down 4% this past Friday.", "2026-12-03", "this past Friday", "DATE", "2026-11-27", None),
    ("We meet this coming Monday.", "2026-12-03", "this coming Monday", "DATE", "2026-12-07", None),
    # a headline without a stop ends its clause at the blank line after it
    ("Congress races to avert shutdown as Friday deadline nears\n\nWASHINGTON (AP) — Leaders raced on Thursday to "
     "finish a bill.", "2026-12-03", "Friday", "DATE", "2026-12-04", None),
    # a plan that was ("originally scheduled for") is told of either side of the DCT: the nearer
    ("Originally scheduled for release in June, the film was pushed back twice.", "2026-12-03", "June", "DATE",
     "2026-06", None),
    # a saying's day put before its subject after "Outside court", as after "On"
    ("Outside court on Thursday afternoon, his barrister said his client would consider an appeal.", "2026-03-02",
     "Thursday afternoon", "TIME", "2026-02-26TAF", None),
    # a participle set off by a comma right before its date tells a time gone by, firmly
    ("Their coach, hired in January, faces growing questions about his future.", "2026-12-03", "January", "DATE",
     "2026-01", None),
    ("The report, expected in January, will set out the plan.", "2026-12-03", "January", "DATE", "2027-01", None),
    # "next Tuesday week": a week after next Tuesday
    ("Ministers will publish an impact assessment before the vote, probably next Tuesday week.", "2026-12-03",
     "next Tuesday week", "DATE", "2026-12-15", None),
    # what was hoped for comes after the hoping
    ("Opponents had hoped for a delay until after Easter.", "2026-12-03", "Easter", "DATE", "2027-03-28", None),
    # "over the previous year": a stretch back from then, as "over the past year" is
    ("Most relied on people recalling how active they had been over the previous year.", "2026-12-03",
     "the previous year", "DURATION", "P1Y", None),
    # a length of time, then "a day": a rate
    ("Walking briskly for half an hour a day gave the largest reduction.", "2026-12-03", "a day", "SET", "P1D", None),
    # the end of a period told in the present is the one to come, not of the year the period is named by
    ("For the fourth quarter, which ends in late January, the company expects revenue of about $21 billion.",
     "2026-12-03", "late January", "DATE", "2027-01", "END"),
    # a plan told in a past perfect ("had been scheduled to") is of the day it fell through, not of a day to come
    ("The launch was scrubbed on Thursday, pushing the next attempt to Saturday.\n\nThe rocket had been scheduled to "
     "lift off from Kennedy Space Center at 1:12 a.m. EST, but controllers called it off.", "2026-12-03",
     "1:12 a.m. EST", "TIME", "2026-12-03T01:12-05:00", None),
    # every such day, with its part of day
    ("Road closures will be in place every Friday and Saturday night during the festival.", "2026-12-03",
     "Saturday night", "SET", "XXXX-WXX-6TNI", None),
    # a time phrase set off by a comma after the verb's phrase of time is the verb's
    ("The outage knocked apps offline for almost six hours on Monday. Most services were restored by 19:40 UTC.\n\n"
     "Customers reported problems with payment apps. Downdetector logged more than 1.2 million reports at the peak, "
     "shortly after 3 p.m. in London.", "2026-12-03", "3 p.m.", "TIME", "2026-11-30T15:00", None),
    # what must be done by a day is still to do, whatever the tense of the clause around it
    ("The vote was the first step in a budget process that the city charter requires to be completed by June 15.",
     "2026-11-27", "June 15", "DATE", "2027-06-15", None),
    ("Bidders are required to submit offers by June 15.", "2026-11-27", "June 15", "DATE", "2027-06-15", None),
    ("The budget needs to be agreed by June 15.", "2026-11-27", "June 15", "DATE", "2027-06-15", None),
    ("He required surgery on June 15.", "2026-11-27", "June 15", "DATE", "2026-06-15", None),
    # a clock time before a range of weekdays is not the first day's: every day of the range
    ("The clerk's office is open from 8 a.m. to 5 p.m. Monday through Friday.", "2026-11-27", "5 p.m.", "TIME",
     "XXXX-XX-XXT17:00", None),
    ("The clerk's office is open from 8 a.m. to 5 p.m. Monday through Friday.", "2026-11-27", "Monday", "SET",
     "XXXX-WXX-1", None),
    ("Polls are open from 7 a.m. to 8 p.m. Tuesday-Thursday.", "2026-11-27", "Thursday", "SET", "XXXX-WXX-4", None),
    ("The office will reopen at 9 a.m. Monday.", "2026-11-27", "9 a.m. Monday", "TIME", "2026-11-30T09:00", None),
    # "the day before" set off after a date, with what it counts from after it: that date said another way
    ("On Tuesday, the day before the truce took effect, commanders said they would respect it.", "2020-01-09",
     "the day before", "DATE", "2020-01-07", None),
    ("They met on Monday. He had arrived on Sunday, the day before.", "2020-01-09", "the day before", "DATE",
     "2020-01-05", None),
    # a day of the month heading a chronology's entry, in that entry, is in that month (not the next one to come)
    ("Timeline\n\n**21 August:** The UN Security Council holds an emergency session.\n\n**Late September:** Mediators "
     "begin shuttling between the two sides. A first round of talks opens in the capital on 30 September.\n\n"
     "**7 October:** Talks collapse.", "2020-01-09", "30 September", "DATE", "2019-09-30", None),
    # words between a verb's "to" and the date: the target is not the date, the verb's past is firm
    ("The national target, which was lowered to 76 per cent in January, is due to be met by March 2024.",
     "2023-12-14", "January", "DATE", "2023-01", None),
    # a plan's month after "set for", "scheduled for": even "March", "May"
    ("The government has pledged to end such waits by next September, a target that was originally set for March.",
     "2023-12-14", "March", "DATE", "2024-03", None),
    ("The vote is scheduled for May.", "2023-12-14", "May", "DATE", "2024-05", None),
    ("Sixty-one people had been waiting longer than 78 weeks.", "2023-12-14", "longer than 78 weeks", "DURATION",
     "P78W", "MORE_THAN"),
    ("Stays should be no longer than three days.", "2023-12-14", "no longer than three days", "DURATION", "P3D",
     "EQUAL_OR_LESS"),
    # "the same month last year" after a month the figures were compared with: the month of the figures
    ("In October, 71.8 per cent were seen within four hours, compared with 70.2 per cent in September and 68.9 per "
     "cent in the same month last year.", "2023-12-14", "the same month last year", "DATE", "2022-10", None),
    ("68,412 patients were waiting at the end of October, down from 69,150 at the end of September. In the same "
     "month last year, the list stood at 61,930.", "2023-12-14", "the same month last year", "DATE", "2022-10", None),
    ("Sales rose in October. In September, sales had fallen 2% from the same month last year.", "2023-12-14",
     "the same month last year", "DATE", "2022-09", None),
    # a trial's story of a day two years gone by: its month and day told again later are of that year, even where
    # the tense would put them in the DCT's year
    ("Prosecutors said Hollis shot his wife on the night of March 3, 2021.\n\nIn her closing argument on Friday, the "
     "prosecutor told jurors that his phone was near the home late on March 3.", "2023-11-14", "March 3", "DATE", "2021-03-03", None),
    # a weekday and a day listed before another with its month: of that month and year ("Friday 12", not the
    # nearest Friday)
    ("Cabin crew will strike on Friday 12 and Saturday 13 December.", "2025-12-03", "Friday 12", "DATE", "2025-12-12",
     None),
    ("Friday 26 to Sunday 28 December: walkout for 72 hours", "2025-12-03", "Friday 26", "DATE", "2025-12-26", None),
    # "set of", "hit of": a noun, no verb gone by; "has become": a perfect, gone by
    ("The committee will publish its next full set of economic forecasts in February.", "2025-11-06", "February",
     "DATE", "2026-02", None),
    ("The Glass Orchard, which has become the surprise hit of Broadway's summer, will extend its run.", "2024-09-05",
     "summer", "DATE", "2024-SU", None),
    # "today" in a quotation whose attribution names the day gone by it was said: that day
    ("\"We strongly disagree with today's decision,\" Halcyon's chief legal officer, Daniel Reyes, said in a statement "
     "Monday evening.", "2025-10-14", "today", "DATE", "2025-10-13", None),
    ("\"It was a great day today,\" the coach told reporters on Sunday.", "2025-10-14", "today", "DATE", "2025-10-12",
     None),
    ("\"We are excited about today,\" he said the store would open Friday.", "2025-10-14", "today", "DATE",
     "2025-10-14", None),
    ("Hezbollah began firing on 8 October 2023, the day after the Hamas-led attack.", "2024-11-27", "the day after",
     "DATE", "2023-10-08", None),
    # a clock time minutes or hours after one of a day gone by, no other day told since but a report's, is of it (past
    # midnight, of the day after); not what is to come
    ("Ellie Marsh was last seen at about 11.20pm on Friday 14 June, walking alone.\n\nWest Yorkshire Police said on "
     "Thursday that officers had examined 400 hours of footage.\n\nThe images show Ms Marsh passing the Parkinson "
     "Building at 11.23pm.", "2024-06-21", "11.23pm", "TIME", "2024-06-14T23:23", None),
    ("She was captured by a camera on The Headrow at 11.41pm on Friday 14 June.\n\nPolice said on Thursday that the footage was clear.\n\nHer phone last connected to the "
     "network at 12.19am.", "2024-06-21", "12.19am", "TIME", "2024-06-15T00:19", None),
    ("She was last seen at 11.20am on Friday 14 June.\n\nDetectives will give an update at 1pm.", "2024-06-21",
     "1pm", "TIME", "2024-06-21T13:00", None),
    # a headline's infinitive is what is to come, unless a verb of its own tells the day
    ("# Rheinflug cabin crew to strike on Monday and Tuesday, union says\n\nFRANKFURT, Jan 8 (Reuters) - Cabin crew "
     "will walk out.", "2025-01-08", "Monday", "DATE", "2025-01-13", None),
    ("# Cabin crew to strike again after talks collapsed on Monday\n\nFRANKFURT, Jan 8 (Reuters) - Cabin crew will "
     "walk out.", "2025-01-08", "Monday", "DATE", "2025-01-06", None),
    # "since its Wednesday debut" is gone by; "committed to reopening ... by Easter" a plan (the nearest Easter);
    # ", when the comet will" tells which Sunday
    ("It opened in second place with $19.4 million for the three days and $27.8 million since its Wednesday debut, "
     "well short of forecasts.", "2022-11-27", "Wednesday",
     "DATE", "2022-11-23", None),
    ("\"The contractor has committed to reopening the road by Easter, and we will hold them to it.\"", "2025-12-10",
     "Easter", "DATE", "2026-04-05", None),
    ("Conditions looked better for Sunday, when the comet will still be nearly as bright.", "2026-03-19", "Sunday",
     "DATE", "2026-03-22", None),
    ("Conditions looked better on Sunday, when the comet was still nearly as bright.", "2026-03-19", "Sunday",
     "DATE", "2026-03-15", None),
    # a live blog's time in bold type heading its entry; a clock time of a day told from the DCT before it in its
    # sentence is that day's, whatever is done every three hours in another clause
    ("Live updates. All times GMT.\n\n**13:50**\nThe Met Office has extended its amber wind warning.", "2021-02-01",
     "13:50", "TIME", "2021-02-01T13:50", None),
    ("Forecasters, who are updating the warnings every three hours, say a second band of heavy rain will arrive this "
     "evening, with the strongest winds expected between 20:00 and midnight.", "2021-02-01", "20:00", "TIME",
     "2021-02-01T20:00", None),
    ("The pools open on Saturday, June 13 — tomorrow — and will be open from 1 p.m. to 7 p.m. every day until "
     "Labor Day.", "2026-06-12", "1 p.m.", "TIME", "XXXX-XX-XXT13:00", None),
    # a story of a year gone by goes on in it some weeks either side of its last day, while no other year is told
    ("The fire broke out at about 2:15 a.m. on Oct. 14, 2018, at the Blue Heron Grill, which Okafor had owned since "
     "2011.\n\nAccording to trial testimony, Okafor had raised the building's insurance coverage to $1.2 million on "
     "Aug. 30, about six weeks before the fire.", "2023-03-02", "Aug. 30", "DATE", "2018-08-30", None),
    ("The fire broke out at about 2:15 a.m. on Oct. 14, 2018. The scheme was set up in 2021.\n\nOkafor had raised "
     "the building's insurance coverage to $1.2 million on Aug. 30.", "2023-03-02", "Aug. 30", "DATE", "2022-08-30",
     None),
    # what has been released by someone on a day was released then; "the middle of the month" after a month told in
    # its sentence is that month's
    ("The past 12 months will go down as some of the most extreme in its history, according to figures released by "
     "the Oxley Park observatory on Sunday.", "2018-12-31", "Sunday", "DATE", "2018-12-30", None),
    ("The figures will be released by the Office for National Statistics on Sunday.", "2018-12-27", "Sunday", "DATE",
     "2018-12-30", None),
    ("Forecasters expect the start of January to be mild, with further rain likely in the first week of the new "
     "year, but a colder spell developing by the middle of the month.", "2018-12-31", "the middle of the month",
     "DATE", "2019-01", "MID"),
    # "that morning" told in the past a paragraph after the DCT's day is the older day the story is of (the DCT's
    # would be "this morning"); not after the DCT's day told in its sentence
    ("Fifty years ago today, at 4:17 p.m. on Jan. 3, 1970, the central span of the bridge gave way.\n\nOn Friday "
     "hundreds of people are expected to gather on the new bridge.\n\nThat morning, a sudden thaw had followed three "
     "weeks of hard frost.", "2020-01-03", "That morning", "TIME", "1970-01-03TMO", None),
    ("Hale was tried for the killing outside a bar on Aug. 6, 2023.\n\nThe full jury returned at 9 a.m. Friday and "
     "reached its decision that afternoon.", "2025-03-14", "that afternoon", "TIME", "2025-03-14TAF", None),
    # "next spring" is the one after this year's, though this year's is still to come (as the fixtures write it twice
    # and a helper's annotation once); "the coming summer" is the one ahead
    ("The plant will open next spring.", "2025-02-11", "next spring", "DATE", "2026-SP", None),
    ("His contract runs only until next summer.", "2026-05-28", "next summer", "DATE", "2027-SU", None),
    ("The plant will open in the coming summer.", "2026-05-28", "the coming summer", "DATE", "2026-SU", None),
    # the evening or night gone by of the DCT's weekday, told a week before with its date
    ("Ellie Marsh was last seen at about 11.20pm on Friday 14 June.\n\nHer bank card has not been used since Friday "
     "evening, when she bought a drink.", "2024-06-21", "Friday evening", "TIME", "2024-06-14TEV", None),
    ("Ellie Marsh was last seen at about 11.20pm on Friday 14 June.\n\nA vigil will be held on Friday evening.",
     "2024-06-21", "Friday evening", "TIME", "2024-06-21TEV", None),
    # a verb after "let", "keep" and their object is a base form or participle, no tense of its own: the verb before
    # them tells it
    ('"We are not going to let the government shut down on Saturday night," Hollister told reporters.', "2023-09-26",
     "Saturday night", "TIME", "2023-09-30TNI", None),
    ("They let the agency shut its doors on Saturday.", "2023-09-26", "Saturday", "DATE", "2023-09-23", None),
    ("The bill would keep federal agencies funded at current levels through Dec. 20.", "2023-09-26", "Dec. 20", "DATE",
     "2023-12-20", None),
    # a perfect with an irregular participle is gone by; what "including" lists is of the clause before it
    ("Since then they have taken seven points from three games, including a goalless draw at Denton on Wednesday "
     "night.", "2016-12-18", "Wednesday night", "TIME", "2016-12-14TNI", None),
    ("The club will play four games, including a trip to Denton on Wednesday night.", "2016-12-18", "Wednesday night",
     "TIME", "2016-12-21TNI", None),
    ("The union has given the company until 3 March to agree a settlement.", "2025-01-30", "3 March", "DATE",
     "2025-03-03", None),
    # a weekday in brackets after a date is that date's
    ("The committees are scheduled to meet on January 28 (Friday) to allot time.", "2022-01-20", "Friday", "DATE",
     "2022-01-28", None),
    # a phrase with no verb between a fronted date and the subject: the verb after both tells the tense
    ("On Friday, less than three weeks after the final whistle, Holloway sat down with the Post.", "2025-05-27",
     "Friday", "DATE", "2025-05-23", None),
    ("On Tuesday, voters in Ashford County chose a sheriff.", "2024-11-10", "Tuesday", "DATE", "2024-11-05", None),
    # a holiday named as one day, with a noun after it, is the day of the clock times that follow
    ("Canterbury Cathedral said it expected its Easter Sunday services at 8am, 9.30am and 11am to be full.",
     "2019-04-17", "9.30am", "TIME", "2019-04-21T09:30", None),
    ("Shops said Christmas shopping began at 8am.", "2019-12-20", "8am", "TIME", "2019-12-20T08:00", None),
    # "annually on February 1": each year's, whatever the tense or a year told before
    ("Since 2017, the Budget has been presented annually on February 1.", "2022-01-20", "February 1", "DATE",
     "XXXX-02-01", None),
    ("The fair was held annually in June until 2010.", "2022-01-20", "June", "DATE", "XXXX-06", None),
    # an "On this day" column's entry led by a year: the year stays a year, the entry's days are that year's DCT day
    ("# On this day\n\n**2001:** Carlo Giuliani is shot dead in Genoa. The summit, which had opened that morning, "
     "went ahead the next day.", "2019-07-20", "the next day", "DATE", "2001-07-21", None),
    ("On this date:\n\nIn 1944, an attempt to assassinate Hitler failed. Several plotters were executed that night.",
     "2024-07-20", "1944", "DATE", "1944", None),
    ("On this date:\n\nIn 1944, an attempt to assassinate Hitler failed. Several plotters were executed that night.",
     "2024-07-20", "that night", "TIME", "1944-07-20TNI", None),
    ("In 1944, an attempt to assassinate Hitler failed. Several plotters were executed that night.",
     "2024-07-20", "that night", "TIME", "2024-07-20TNI", None),
    # what went on from a day more than a week gone by until a weekday: the first such weekday after it
    ("On 14 August, a faulty change took down Orrery Cloud. The disruption began at about 3:40 p.m. ET and was not "
     "fully resolved until 12:55 a.m. on Saturday, the company said.", "2026-08-26", "12:55 a.m.", "TIME",
     "2026-08-15T00:55", None),
    ("On 14 August the road was closed and it stayed shut until Tuesday.", "2026-08-26", "Tuesday", "DATE",
     "2026-08-18", None),
    ("Lightning on Aug. 14 started the fire, which had grown to 90,000 acres two weeks later; it burned for 87 days "
     "and was not fully contained until Tuesday.", "2025-11-02", "Tuesday", "DATE", "2025-10-28", None),
    # a part of a day to come is not told in the past: the DCT's
    ("Fed policymakers will announce their next decision on Dec. 17. By late morning, those odds had fallen to about "
     "40%.", "2025-11-13", "late morning", "TIME", "2025-11-13TMO", "END"),
    ("The summit opens on Dec. 17. By late morning, leaders will have arrived.", "2025-11-13", "late morning", "TIME",
     "2025-12-17TMO", "END"),
    # "since the weekend" written on a weekend: the one before
    ("He had been staying at the motel since the weekend.", "2018-03-17", "the weekend", "DATE", "2018-W10-WE", None),
    ("He had been staying at the motel since the weekend.", "2018-03-15", "the weekend", "DATE", "2018-W10-WE", None),
    # a day after "since" begins a stretch up to now: no day the clock times after it are of
    ("More than 260 flights have been cancelled since Friday. Queues stretched out of the terminal building before "
     "5am.", "2019-12-23", "5am", "TIME", "2019-12-23T05:00", None),
    ("More than 260 flights were cancelled on Friday. Queues stretched out of the terminal building before 5am.",
     "2019-12-23", "5am", "TIME", "2019-12-20T05:00", None),
    # "ahead of" a happening of a few words "in" a month: the month to come; "have got" is "have", no past
    ("The government unveiled its plan as pressure mounts on wealthy nations ahead of the United Nations climate "
     "summit in November.", "2021-06-11", "November", "DATE", "2021-11", None),
    ("We've got a week's training camp in Portugal in mid-July.", "2025-05-27", "mid-July", "DATE", "2025-07", "MID"),
    # what is braced or prepared for is to come (not what was being prepared for)
    ("# South Coast crews brace for Saturday heat as holiday towns count the cost", "2020-01-07", "Saturday", "DATE",
     "2020-01-11", None),
    ("Fans were preparing for Saturday's match when the news broke.", "2020-01-07", "Saturday", "DATE", "2020-01-04",
     None),
    # dawn and dusk are parts of a day: the dawn after a night just told is the next day's
    ("The first evacuation order was issued shortly before 11 p.m. on Wednesday. By dawn, helicopters were lifting "
     "people from rooftops.", "2021-07-16", "dawn", "TIME", "2021-07-15TMO", None),
    ("The river rose at 3 p.m. on Wednesday. By dusk, helicopters were lifting people from rooftops.", "2021-07-16",
     "dusk", "TIME", "2021-07-14TEV", None),
    # a perfect infinitive that is hoped or aimed for is still to come (not "is believed to have left")
    ("The board hopes to have offered a first dose to every adult by the end of July.", "2021-01-10",
     "the end of July", "DATE", "2021-07", "END"),
    ("The board hoped to begin vaccinating in March and to have offered a first dose to every adult by July.",
     "2021-01-10", "July", "DATE", "2021-07", None),
    ("He is believed to have left the country on Monday.", "2021-01-10", "Monday", "DATE", "2021-01-04", None),
    # midnight opening a range of hours on a day told after it is that day's start (not its end)
    ("Police want to speak to anyone who drove a taxi between midnight and 1am on Saturday 15 June.", "2024-06-21",
     "midnight", "TIME", "2024-06-15T00:00", None),
    ("The road was closed from 10pm until midnight on Saturday.", "2024-06-21", "midnight", "TIME", "2024-06-15T24:00",
     None),
    # "through the night": the night of the day the paragraph tells (the one before a small hour told last), else
    # the DCT's; not "the night before", "the night of the robbery"
    ("The fire jumped the river at 10 p.m. on Tuesday and reached the ridge by 2 a.m. Crews held the southern edge "
     "through the night, she said.", "2024-07-17", "the night", "TIME", "2024-07-16TNI", None),
    ("Rescuers planned to continue searching through the night.", "2026-01-06", "the night", "TIME", "2026-01-06TNI",
     None),
    # a month and day ending a stretch begun on a day told before it in its sentence: on or after that day
    ("The TSA expects to screen 18.3 million passengers over the 11 days that began on Friday and run through Dec. 2.",
     "2024-11-24", "Dec. 2", "DATE", "2024-12-02", None),
    ("The first 210 employees will lose their jobs April 20, with the remaining positions eliminated in stages "
     "through June 30.", "2026-02-19", "June 30", "DATE", "2026-06-30", None),
    # the day counted from a holiday is the day the clock times after it are of
    ("The worst time to be on the road will be Wednesday afternoon, the day before Thanksgiving. Delays are expected "
     "to peak between 2 p.m. and 7 p.m.", "2024-11-24", "2 p.m.", "TIME", "2024-11-27T14:00", None),
    # a school year named with two years is, as a financial year is, the year it ends in
    ("Resits rose in the 2024/25 school year.", "2025-11-17", "the 2024/25 school year", "DATE", "2025", None),
    ("Aid for the 2025-26 academic year will open to all.", "2024-10-16", "the 2025-26 academic year", "DATE", "2026",
     None),
    ("Spending fell in the 2024-25 financial year.", "2025-11-17", "the 2024-25 financial year", "DATE", "2025", None),
    # "late on Thursday" told last is an evening: the night and small hours told after it follow it
    ("By late on Thursday, the fire had grown to about 8,000 acres.\n\nWinds shifted overnight, pushing the fire "
     "toward Platina.", "2024-09-14", "overnight", "TIME", "2024-09-12TNI", None),
    ("By late on Thursday, the fire had grown to about 8,000 acres. Shortly before 2 a.m., the wind turned.",
     "2024-09-14", "2 a.m.", "TIME", "2024-09-13T02:00", None),
    ("At 5:42 p.m. on Monday, June 14, 1976, a pin sheared. The span fell into the water.\n\nRescuers needed more "
     "than an hour to reach her car, she said last week.\n\nDivers worked through the night under floodlights. The last "
     "body was recovered three days later.", "2026-05-31", "the night", "TIME", "1976-06-14TNI", None),
    ("At 5:42 p.m. on Monday, June 14, 1976, a pin sheared. The span fell into the water.\n\nRescuers needed more "
     "than an hour to reach her car, she said last week.\n\nDivers worked through the night under floodlights. The last "
     "body was recovered three days later.", "2026-05-31", "three days later", "DATE", "1976-06-17", None),
    # "the next" of what is done every so often is one of them, of its day
    ("Cal Fire said it would continue to issue updates every 12 hours, with the next scheduled for 7 p.m.",
     "2024-09-14", "7 p.m.", "TIME", "2024-09-14T19:00", None),
    ("Buses run every 15 minutes from 6 a.m.", "2024-09-14", "6 a.m.", "TIME", "XXXX-XX-XXT06:00", None),
    # a date apposed to a count of days says which day was counted to
    ("Armstrong stepped on to the surface at 02:56 GMT on 21 July. The mission had lifted off from Florida four days "
     "earlier, on 16 July.", "2019-07-25", "four days earlier", "DATE", "2019-07-16", None),
    ("Armstrong stepped on to the surface on 21 July. The mission had lifted off from Florida four days earlier.",
     "2019-07-25", "four days earlier", "DATE", "2019-07-17", None),
    # a timeline's "Overnight:" entry after the entries of a day is that day's night
    ("**Thursday evening:** Deputies issued evacuation orders at 5:30 p.m.\n\n\"We had about 10 minutes to get out,\" "
     "she said.\n\n**Overnight:** Winds shifted to the north.", "2024-09-14", "Overnight", "TIME", "2024-09-12TNI", None),
    # the evening gone by of the DCT's weekday, told a week before with its date, at a clock time too; and the day
    # that ends a span "between" it and another is the first such after it
    ("Cian Moloney was last seen at 9.40pm on Saturday, 13 May.\n\n\"We want to speak to anyone who was in the area "
     "between 9.30pm on Saturday and the early hours of Sunday,\" she said.", "2023-05-20", "Saturday", "DATE",
     "2023-05-13", None),
    ("Cian Moloney was last seen at 9.40pm on Saturday, 13 May.\n\n\"We want to speak to anyone who was in the area "
     "between 9.30pm on Saturday and the early hours of Sunday,\" she said.", "2023-05-20", "Sunday", "DATE",
     "2023-05-14", None),
    ("Cian Moloney was last seen at 9.40pm on Saturday, 13 May.\n\nA vigil will be held at 8pm on Saturday.",
     "2023-05-20", "8pm", "TIME", "2023-05-20T20:00", None),
    # the winter a verb of the happening tells in the past, after it ended, is the one gone by (a verb of saying
    # leaves the coming one)
    ("Raman said trading had strengthened through the winter, with revenue in the three months to March up 12 per "
     "cent.", "2025-05-22", "the winter", "DATE", "2024-WI", None),
    ("The airline announced capacity for the winter season.", "2025-05-22", "the winter", "DATE", "2025-WI", None),
    # "NSW" names a place of the southern hemisphere, where winter is June to August
    ("A Homes NSW spokeswoman said work in NSW was held up again over winter.", "2025-09-29", "winter", "DATE",
     "2025-WI", None),
    # "have until" a day is a deadline to come, whatever was told before it in the clause
    ("The hearing ended at about 3:20 p.m. Senators have until 5 p.m. Friday to submit written questions.",
     "2027-02-11", "5 p.m. Friday", "TIME", "2027-02-12T17:00", None),
    ("Until Thursday, they had not called him a suspect.", "2027-02-12", "Thursday", "DATE", "2027-02-11", None),
    # "expected" further back in the clause than the nearer words read still tells what is to come (not "was
    # expected")
    ("He is one of about 40 American veterans of the Normandy campaign expected at ceremonies marking the 80th "
     "anniversary of the landings on Thursday.", "2024-05-31", "Thursday", "DATE", "2024-06-06", None),
    ("He was one of about 40 American veterans who were expected at ceremonies marking the 80th anniversary of the "
     "landings on Thursday.", "2024-05-31", "Thursday", "DATE", "2024-05-30", None),
    # so does a fixture's present further back ("X and Y meet ... on Saturday")
    ("Kaizer Chiefs and Orlando Pirates meet in the 185th Soweto derby at FNB Stadium on Saturday, with kick-off at "
     "15:30.", "2027-09-20", "Saturday", "DATE", "2027-09-25", None),
    ("Kaizer Chiefs and Orlando Pirates met in the 185th Soweto derby at FNB Stadium on Saturday.", "2027-09-20",
     "Saturday", "DATE", "2027-09-18", None),
    # "that Sunday": the day of that weekday told, else the first such day from the last day told; a clock time
    # before it is of that day. Not the conjunction ("said that Friday's rain ...")
    ("He collapsed on the evening of 12 May 2019 after complaining of chest pains two days earlier. His wife said he "
     "became unwell at about 8.40pm that Sunday.", "2026-02-09", "that Sunday", "DATE", "2019-05-12", None),
    ("He collapsed on the evening of 12 May 2019 after complaining of chest pains two days earlier. His wife said he "
     "became unwell at about 8.40pm that Sunday.", "2026-02-09", "about 8.40pm", "TIME", "2019-05-12T20:40", "APPROX"),
    ("He was arrested on Tuesday, 4 March 2014. That Friday, he appeared in court.", "2026-02-09", "That Friday", "DATE",
     "2014-03-07", None),
    ("The fire started on May 2. Officials said that Friday's rain had helped.", "2025-06-11", "Friday", "DATE",
     "2025-06-06", None),
    # "the end of June 6" is the end of that day, not of June with a stray number after it; "the end of that month"
    # is one expression
    ("It had been set for June 5, 1944. By the end of June 6, 150,000 troops were ashore.", "1994-06-05",
     "the end of June 6", "DATE", "1944-06-06", "END"),
    ("It had been set for June 5, 1944. By the end of June 6, 150,000 troops were ashore. By the end of that month, "
     "850,000 men had landed.", "1994-06-05", "the end of that month", "DATE", "1944-06", "END"),
    ("The Nasdaq is now about 7% below its record close of Oct. 29.", "2025-11-21", "Oct. 29", "DATE", "2025-10-29", None),
    # a clock time and "last night", "this morning" after it: one expression, of that day (the small hours of "last
    # night" are the DCT's)
    ('"Members got the final bill at 9:40 last night," Rhodes said.', "2023-07-01", "9:40 last night", "TIME",
     "2023-06-30T21:40", None),
    ("The alarm went off at 2:15 a.m. last night.", "2023-07-01", "2:15 a.m. last night", "TIME", "2023-07-01T02:15", None),
    ("The vote came at 10 a.m. this morning.", "2023-07-01", "10 a.m. this morning", "TIME", "2023-07-01T10:00", None),
    # "later that year", "earlier that day", "later that morning": one expression each, as annotators write them
    ("He won the presidency in 1994 on the strength of a plan introduced earlier that year.", "1998-09-29",
     "earlier that year", "DATE", "1994", None),
    ("He returned on May 5, 2020. Later that morning he left.", "2025-03-01", "Later that morning", "TIME",
     "2020-05-05TMO", None),
    # "heads into Sunday's vote" looks ahead; "headed into" does not
    ("Cardoso heads into Sunday's vote with a comfortable lead.", "1998-09-29", "Sunday", "DATE", "1998-10-04", None),
    ("Cardoso headed into Sunday's vote with a comfortable lead.", "1998-09-29", "Sunday", "DATE", "1998-09-27", None),
    # "2017 GMT Tuesday": one expression, as "9 a.m. EST Tuesday" is
    ("The quake struck at 4:17 a.m. local time (2017 GMT Tuesday) at a shallow depth.", "2025-03-12",
     "2017 GMT Tuesday", "TIME", "2025-03-11T20:17Z", None),
    # a relative clause set off by commas is not the clause a time is of: its main verb after it is
    ("The following day, the couple fly to Cape Town. At 11am, the Queen, who has campaigned for many years on "
     "maternal health, will meet community workers.", "2026-04-11", "11am", "TIME", "2026-04-12T11:00", None),
    # "in the late afternoon": the end of the afternoon of the day told
    ("On Friday, the royal couple will visit a wine estate before leaving from the airport in the late afternoon.",
     "2026-04-11", "the late afternoon", "TIME", "2026-04-17TAF", "END"),
    # "that evening" after a day's afternoon told last is the evening told before it, if one was
    ("Cian Moloney was last seen at 9.40pm on Saturday, 13 May. His family raised the alarm the following afternoon "
     "when he failed to turn up for a shift.\n\nDetectives have now pieced together most of his movements that "
     "evening. He arrived at the gathering at about 7.15pm.", "2023-05-20", "that evening", "TIME", "2023-05-13TEV", None),
    ("Cian Moloney was last seen at 9.40pm on Saturday, 13 May. His family raised the alarm the following afternoon "
     "when he failed to turn up for a shift.\n\nDetectives have now pieced together most of his movements that "
     "evening. He arrived at the gathering at about 7.15pm.", "2023-05-20", "about 7.15pm", "TIME", "2023-05-13T19:15",
     "APPROX"),
    ("She was last seen on Friday afternoon. That evening, her phone was switched off.", "2023-05-20", "That evening",
     "TIME", "2023-05-19TEV", None),  # (no evening told before: the afternoon's)
    # a participle phrase put before the subject takes the saying's time, however far the verb is
    ("Giving evidence on Thursday, the service's former head of operations, Mark Ellison, said Sunday evenings had "
     "been the hardest shift to fill.", "2026-02-09", "Thursday", "DATE", "2026-02-05", None),
    # "later today", "earlier yesterday": one expression, as the fixtures (4 in 4) and TimeBank (2 in 3) write them
    ("The minister will speak later today.", "2025-12-01", "later today", "DATE", "2025-12-01", None),
    ("Earlier yesterday, the company said it would cut 300 jobs.", "1989-11-01", "Earlier yesterday", "DATE", "1989-10-31",
     None),
    # "the end of the 1960s" is the end of the decade (it had been read as the year 1960, leaving the "s"); "2024's"
    # is still the year
    ("By the end of the 1960s, the band had split.", "2024-09-14", "the end of the 1960s", "DATE", "196", "END"),
    ("At the beginning of the 1990s they returned.", "2024-09-14", "the beginning of the 1990s", "DATE", "199", "START"),
    ("The council has added 400 more places for 2024's six-week break.", "2024-05-28", "2024", "DATE", "2024", None),
    # an hour spelled out with a part of the day, after a word that makes it a time ("took two in the morning" is not)
    ("The phone rang at three in the morning.", "2026-02-18", "three in the morning", "TIME", "2026-02-18T03:00", None),
    # "right now" is one expression, as the fixtures write it (10 times in 11); "all right now" is not
    ("Right now, the priority is to reach every village.", "2025-03-12", "Right now", "DATE", "PRESENT_REF", None),
    ("It is all right now, the doctors said.", "2025-03-12", "now", "DATE", "PRESENT_REF", None),
    # "I'm focused on Friday": a participle after a contracted "am" is an adjective, no past
    ('Asked whether he feared a challenge, he said: "I\'m focused on Friday. Everything else can wait."', "2023-09-26",
     "Friday", "DATE", "2023-09-29", None),
    # a pause "until Monday" runs on to a day to come, as a suspension does
    ("Nimbra said it had paused all non-emergency configuration changes until Monday.", "2026-10-14", "Monday", "DATE",
     "2026-10-19", None),
    # "ahead of next Sunday's derby" after a date says nothing of the date's tense
    ("Harbourside City came from behind to beat Kelston Athletic 3-1 at the Quayside Stadium on Saturday, lifting them "
     "into the top four ahead of next Sunday's derby.", "2024-10-20", "Saturday", "DATE", "2024-10-19", None),
    # "starts" after a count is a noun ("his previous five starts"), no schedule verb
    ("He had been intercepted just once in his previous five starts before Ruiz's pick on Saturday.", "2026-11-22",
     "Saturday", "DATE", "2026-11-21", None),
    # a warning is of what is to come ("had warned" may be of what came)
    ("Forecasters warned of flash flooding in the southern Appalachians through the weekend.", "2026-09-17",
     "the weekend", "DATE", "2026-W38-WE", None),
    ("Universities have also warned of a fall in applications for courses starting in September.", "2024-04-05",
     "September", "DATE", "2024-09", None),
    # "was forecast for Thursday": a day to come, as "scheduled for" is
    ("The state weather bureau said heavy rain was forecast for Thursday and Friday.", "2025-03-12", "Thursday", "DATE",
     "2025-03-13", None),
    ("The state weather bureau said heavy rain was forecast for Thursday and Friday.", "2025-03-12", "Friday", "DATE",
     "2025-03-14", None),
    # the day of a story told in the past goes on in the next paragraph, when it is the DCT or the day before (not a
    # forecast)
    ("A powerful earthquake struck the island on Wednesday, killing at least 86 people.\n\nAftershocks rattled the "
     "region throughout the morning.", "2025-03-13", "the morning", "TIME", "2025-03-12TMO", None),
    # a clock time to the second
    ("The recording ends at 9:41:12 p.m. EDT, less than a minute after the left engine lost power.", "1996-09-23",
     "9:41:12 p.m. EDT", "TIME", "1996-09-23T21:41:12-04:00", None),
    # a time told again in GMT after "or" gives its day; the story goes on from the local time, not the GMT one
    ("9:37 p.m. EDT, or 0137 GMT Thursday, the DC-9 was descending when the captain reported a vibration.",
     "1996-09-23", "9:37 p.m. EDT", "TIME", "1996-09-18T21:37-04:00", None),
    ("The plane crashed last Wednesday. It shows that at 9:37 p.m. EDT, or 0137 GMT Thursday, the DC-9 was "
     "descending.\n\nAt 9:39 p.m., the data recorder shows the plane beginning a steep left turn.", "1996-09-23",
     "9:39 p.m.", "TIME", "1996-09-18T21:39", None),
    # a present that may look ahead does not end a past day's clock story ("ends"; but "will" does)
    ("The last radio transmission came at 9:40 p.m. on Wednesday, when the captain said simply, \"We have got a "
     "problem.\" The recording ends at 9:41 p.m., less than a minute after.", "1996-09-23", "9:41 p.m.", "TIME",
     "1996-09-18T21:41", None),
    # a weekday after a time in another zone in brackets is the day of both, whatever clock time came before
    ("The main draw was made at 10 a.m. on Friday. Play on the outside courts starts at 11 a.m. BST (6 a.m. ET) on "
     "Monday.", "2025-06-28", "11 a.m. BST", "TIME", "2025-06-30T11:00+01:00", None),
    # a story of a day gone by that has passed its midnight goes on in the small hours after it, paragraphs later
    # and past a year told on the way ("since 2009"); not what had been before
    ("Polls closed at 10pm on Thursday.\n\nThe first declaration came shortly after midnight. The sitting "
     "councillor, who had held the seat since 2009, lost.\n\nResults then came in a steady trickle. By 3am the "
     "Independents had won 11 seats.", "2025-05-02", "3am", "TIME", "2025-05-02T03:00", None),
    ("Polls closed at 10pm on Thursday.\n\nThe first declaration came shortly after midnight. The sitting "
     "councillor, who had held the seat since 2009, lost.\n\nThe count had been due to start at 3am.", "2025-05-03",
     "3am", "TIME", "2025-05-01T03:00", None),
    # a participle phrase after a comma ("..., planning a walk") says nothing of whether the date before it is to come
    ("Ms Brennan set off from the Lake Dobson car park in Mount Field National Park on Saturday, planning a six-hour "
     "return walk to the Tarn Shelf.", "2025-07-14", "Saturday", "DATE", "2025-07-12", None),
    # what was done "since" ("since rupturing a ligament in September") has gone by, whatever verb follows
    ("Crane has not played since rupturing a cruciate ligament in September and is not expected back until March.",
     "2025-12-30", "September", "DATE", "2025-09", None),
    # a clock time with no a.m. or p.m. before "that evening" is of the evening
    ("The fire broke out on Friday, July 18. A neighbour called the fire brigade at about 9:30 that evening.",
     "2025-07-21", "about 9:30", "TIME", "2025-07-18T21:30", "APPROX"),
    # "in 2024" right after a month says its year
    ("The race was moved to early April in 2024.", "2026-03-25", "early April", "DATE", "2024-04", "START"),
    ("The holiday fell in early February this year, compared with mid-February in 2026.", "2027-03-09",
     "mid-February", "DATE", "2026-02", "MID"),
    # the verb of a relative clause about another noun after the date is not the date's
    ("The weekend carries extra significance for Honda, which returned this year as an engine partner.", "2026-03-25",
     "The weekend", "DATE", "2026-W13-WE", None),
    ("Thin trading on Monday, which was a public holiday in Japan.", "2026-03-27", "Monday", "DATE", "2026-03-23", None),
    ("Phone records place him near the house on Tuesday, the same window in which neighbors saw a car leave.",
     "2023-11-18", "Tuesday", "DATE", "2023-11-14", None),
    # a range of times closed by a day: "tonight" keeps its own day, and a range past midnight opens the day before
    ("Forecasters said the signal could stay in force from 6pm tonight until noon on Wednesday.", "2026-08-25",
     "6pm tonight", "TIME", "2026-08-25T18:00", None),
    ("Forecasters said the signal could stay in force from 6pm until noon on Wednesday.", "2026-08-25", "6pm", "TIME",
     "2026-08-25T18:00", None),
    ("Forecasters said the signal could stay in force from 6pm until noon on Wednesday.", "2026-08-25", "noon", "TIME",
     "2026-08-26T12:00", None),
    # a month joined to a month just told is of its year, or of the year after; not after a year written
    ("The evacuation is the largest since 2017, when thousands of people were forced from their homes for much of "
     "July and August.", "2023-08-18", "August", "DATE", "2017-08", None),
    ("The season ran from November to April.", "2023-08-18", "April", "DATE", "2023-04", None),
    ("Rainfall across the supply area between October and March was 58 per cent of the average.", "2026-04-14",
     "March", "DATE", "2026-03", None),
    # a month a stretch up to now began in ("since April") is no anchor for "the previous month"
    ("The average home sold for 271,400 pounds in September. That was the weakest rate of growth since April and down "
     "from 2.8% the previous month.", "2025-10-21", "the previous month", "DATE", "2025-08", None),
    # "the decade" opening the paragraph after a decade gone by is that decade, told in the past
    ("She enrolled at the school in 1882, one of a small group admitted in the early 1880s.\n\nBy the middle of the "
     "decade she had fallen in with the young painters.", "2025-01-12", "the middle of the decade", "DATE", "188", "MID"),
    ("She enrolled at the school in 1882, one of a small group admitted in the early 1880s.\n\nBy the middle of the "
     "decade, the gallery will have doubled in size.", "2025-01-12", "the middle of the decade", "DATE", "202", "MID"),
    ("Officials told residents to go now, before the roads close.", "2025-09-12", "now", "DATE", "PRESENT_REF", None),
    # what remains available on a day is still to come
    ("Some seats remain available Friday, organisers said.", "2026-03-23", "Friday", "DATE", "2026-03-27", None),
    # "the best part of", "the better part of": nearly all of it, and part of the expression (the fixtures 5 in 5)
    ("The authorities have spent the best part of a year on it.", "2026-03-11", "the best part of a year", "DURATION",
     "P1Y", "LESS_THAN"),
    ("For the better part of three decades he ran the shop.", "2026-03-11", "the better part of three decades",
     "DURATION", "P30Y", "LESS_THAN"),
    ("The meeting lasted well over an hour.", "2026-03-11", "well over an hour", "DURATION", "PT1H", "MORE_THAN"),
    ("The repairs took a little over three weeks.", "2026-03-11", "a little over three weeks", "DURATION", "P3W",
     "MORE_THAN"),
    ("The talks ran for close to three hours.", "2026-03-11", "close to three hours", "DURATION", "PT3H", "APPROX"),
    ("Delays could last as much as eight minutes.", "2026-03-11", "as much as eight minutes", "DURATION", "PT8M",
     "EQUAL_OR_LESS"),
    # "those", "another" before a count of units belong to the length of time, as "the" and "these" do
    ("Those two weeks were the hardest of her life.", "2026-03-11", "Those two weeks", "DURATION", "P2W", None),
    ("The road will stay shut for another ten days.", "2026-03-11", "another ten days", "DURATION", "P10D", None),
    # "Today, ..." after a time long gone, with a subject and a present of its own: these days (but "Today, the
    # governor will unveil a plaque" is the DCT)
    ("The bridge collapsed in 1976. Today, the replacement bridge carries about 9,000 vehicles a day.", "2026-05-31",
     "Today", "DATE", "PRESENT_REF", None),
    ("The bridge collapsed in 1976. Today, the governor will unveil a plaque.", "2026-05-31", "Today", "DATE",
     "2026-05-31", None),
    # a year written earlier in the sentence that is the year of the month's last or next occurrence gives its year
    ("The 2027 leg begins in Glasgow in mid-January and includes two homecoming nights.", "2026-03-11", "mid-January",
     "DATE", "2027-01", "MID"),
    ("The 2027 leg was announced in January, a week after the band's return.", "2026-03-11", "January", "DATE",
     "2026-01", None),
    ("The chancellor, who delivered Budgets in October 2024 and November, becomes foreign secretary.", "2026-02-03",
     "November", "DATE", "2025-11", None),
    # a month in the season just told, in its sentence, is of that season's year (not a bound: "before June")
    ("The remaining 34 branches close in the autumn, with most of that final batch shutting in late October.",
     "2026-01-12", "late October", "DATE", "2026-10", "END"),
    ("Northgate will fly more seats than ever this winter, while trimming flights where demand sags in January.",
     "2025-08-19", "January", "DATE", "2026-01", None),
    ("She was working weekends at a garden centre last summer and had never played a tour-level match before June.",
     "2025-07-01", "June", "DATE", "2025-06", None),
    # a month and day (or a month, or its first week) told in the past, near the days the story has told, is of
    # the year gone by, though the coming one would be nearer the DCT
    ("Peter Trelawny died on 4 January.\n\nHe fell at his home at about 6.40pm on New Year's Day. On Monday, his "
     "daughter told the inquest nobody came.\n\nParamedics arrived at 12.18am on 2 January, hours after the fall.",
     "2024-11-14", "2 January", "DATE", "2024-01-02", None),
    ("Peter Trelawny died on 4 January.\n\nHe fell at his home at about 6.40pm on New Year's Day. On Monday, his "
     "daughter told the inquest nobody came.\n\nParamedics arrived at 12.18am on 2 January, hours after the fall.",
     "2024-11-14", "12.18am", "TIME", "2024-01-02T00:18", None),
    ("Peter Trelawny died on 4 January. On Tuesday, a manager said the first week of January had been the hardest.",
     "2024-11-14", "the first week of January", "DATE", "2024-W01", None),
    ("Peter Trelawny died on 4 January. On Tuesday, his daughter said January had been the hardest month of her life.",
     "2024-11-14", "January", "DATE", "2024-01", None),
    # irregular pasts ("underwent") are past tense cues
    ("He underwent surgery on 3 March.", "2024-11-14", "3 March", "DATE", "2024-03-03", None),
    # what one was asked, urged or ordered to do comes after the asking: the nearest such day, either side
    ("Still, it asked customers to conserve power Thursday morning, when demand for heating peaks.", "2025-01-22",
     "Thursday morning", "TIME", "2025-01-23TMO", None),
    ("Police urged drivers to stay off Highway 401 on Tuesday night unless their trip was essential.", "2025-12-22",
     "Tuesday night", "TIME", "2025-12-23TNI", None),
    ("Parent groups have urged both sides to return to mediation before Friday.", "2026-02-10", "Friday", "DATE",
     "2026-02-13", None),
    ("The judge asked the jury on Monday to consider the evidence.", "2026-02-11", "Monday", "DATE", "2026-02-09", None),
    # a day that is the subject of a future told in the past ("would", "was expected to") is the nearest such day;
    # of a future told now ("forecast to"), the coming one
    ("Gatwick said Saturday would be its busiest day since 2019.", "2024-07-18", "Saturday", "DATE", "2024-07-20", None),
    ("Gatwick said Saturday was its busiest day since 2019.", "2024-07-18", "Saturday", "DATE", "2024-07-13", None),
    ("Pearson expected 1.5 million travellers between Dec. 19 and Jan. 5, up 6 per cent from last year, with Friday "
     "forecast to be the busiest day.", "2025-12-22", "Friday",
     "DATE", "2025-12-26", None),    # a scheduled happening in the present: its day is to come (a participle after it, "led by", tells no tense)
    ("Its rival, Voss & Calder, holds its marquee sale on Thursday at 5 p.m., led by a 1962 abstract.", "2025-11-19",
     "Thursday", "DATE", "2025-11-20", None),
    # a clock time right after a weekday is that day's, though the sentence tells of every day; not after "until"
    ("Gates open on Friday at noon, and organisers expect 25,000 people each day.", "2026-07-02", "noon", "TIME",
     "2026-07-03T12:00", None),
    ("The museum's Dino Dig runs every day until Friday from 10am to 4pm.", "2024-05-28", "10am", "TIME",
     "XXXX-XX-XXT10:00", None),    # "N years ago today" is the day the story then goes on in
    ("Thirty years ago today, at 1.20am, she smelled smoke.\n\nThe last body was not recovered until the Sunday "
     "afternoon. An inquest held the following March found the lodge had no alarms.", "2025-10-21", "1.20am", "TIME",
     "1995-10-21T01:20", None),
    ("Thirty years ago today, at 1.20am, she smelled smoke.\n\nThe last body was not recovered until the Sunday "
     "afternoon. An inquest held the following March found the lodge had no alarms.", "2025-10-21",
     "the following March", "DATE", "1996-03", None),    # a plan told by its participle alone, since moved: the plan's day may have gone by (the nearest)
    ("Its maker said last week that a static-fire test planned for March had been pushed to late April.", "2026-04-02",
     "March", "DATE", "2026-03", None),
    ("Its maker said last week that a static-fire test planned for March had been pushed to late April.", "2026-04-02",
     "late April", "DATE", "2026-04", "END"),
    ("Its maker said last week that a static-fire test is planned for March.", "2026-04-02", "March", "DATE",
     "2027-03", None),    # a live blog's entries headed by a time in bold type, the text after it on its line, are of the DCT's day
    ("Four miners were trapped on Sunday night. Follow our live coverage below.\n\n**4:58 p.m.** All four miners are "
     "out. Relatives who had waited since Monday morning broke into applause.\n\n**4:12 p.m.** The third miner has "
     "reached the surface.", "2025-02-19", "4:12 p.m.", "TIME", "2025-02-19T16:12", None),    # a time in the small hours after "the night of" a day is in the night that follows it, whatever was told since
    ("More than 40mm of rain fell on the night of 5 March, the heaviest since December 2015. A stream, which dates "
     "from the 1870s, broke its banks at about 3am.", "2024-03-14", "about 3am", "TIME", "2024-03-06T03:00", "APPROX"),    # a programme's entries headed by a month alone run forward from the entry before, a day to come
    ("**What happens next**\n\n**Monday 13 April** - Opening statements.\n\n**From 27 April** - Evidence from "
     "survivors.\n\n**June** - Expert evidence.\n\n**Early September** - Closing submissions.", "2026-04-08",
     "Early September", "DATE", "2026-09", "START"),
    ("**What happened**\n\n**10 March** - Regulators close the bank.\n\n**Early September** - A third lender fails.",
     "2026-04-08", "Early September", "DATE", "2025-09", "START"),    # a decade tells no year for "the following year" to follow: the year told before it does
    ("The plan returned after the Airports Commission reported in July 2015. It said Kingsfield would need more capacity "
     "\"by the 2030s\". The airport's current owners bought it the following year.", "2026-01-15", "the following year",
     "DATE", "2016", None),    # "the end of the century" told in the past after a year of the century gone by is that century's
    ("A public inquiry, which opened in May 1978 and sat for 14 months, concluded that demand did not justify a new "
     "runway before the end of the century.", "2026-01-15", "the end of the century", "DATE", "19", "END"),
    ("Officials say sea levels will rise a metre by the end of the century.", "2026-01-15", "the end of the century",
     "DATE", "20", "END"),    # a Saturday or Sunday right after a weekend told is that weekend's, whatever the tense
    ("The museum expects queues this weekend and advised visitors to book. Tickets for Saturday were largely gone by "
     "Wednesday evening.", "2026-03-20", "Saturday", "DATE", "2026-03-21", None),
    ("The club lost last weekend. On Sunday the coach was sacked.", "2026-03-20", "Sunday", "DATE", "2026-03-15", None),
    ("Fans queued all weekend for tickets. The final will be played on Sunday.", "2026-03-16", "Sunday", "DATE",
     "2026-03-22", None),    # a day something lasts until is no day a clock time told after it, in another sentence, is of
    ("**09:31 BST**\n\nClearing is open now and runs until 21 October. Students who hold no offers can add a clearing "
     "choice from 1pm.", "2025-08-14", "1pm", "TIME", "2025-08-14T13:00", None),    # a chronology's entry headed by a date and a time of day is told from that date, and goes past its midnight
    ("**May 2, 4 a.m.** — After talks that lasted seven hours, the two sides announce an agreement: protesters will "
     "dismantle the camp by 10 a.m.", "2024-05-03", "10 a.m.", "TIME", "2024-05-02T10:00", None),
    ("**April 29, 11:50 p.m.** — About 40 protesters occupy Marsh Hall. The university locks down the campus at 12:20 "
     "a.m.\n\n**April 30** — Officers enter.", "2024-05-03", "12:20 a.m.", "TIME", "2024-04-30T00:20", None),    # a month to come, of the same name as one told with its year to come, is that one
    ("The company now expects to restart by October 2025. \"If they get fuel in by the summer, October is realistic,\" "
     "an analyst said.", "2024-09-18", "October", "DATE", "2025-10", None),    # a range of clock times (or one time told in two zones) past midnight into the weekday told after it: the first
    # time is of the day before
    ("Talks ran from 10pm until 1am on Saturday.", "2025-11-21", "10pm", "TIME", "2025-11-14T22:00", None),
    ("The closing plenary has been pushed back to no earlier than 10pm local time – 1am on Saturday in London.",
     "2025-11-21", "10pm local time", "TIME", "2025-11-21T22:00", None),
    ("The shop is open from 10am until 4pm on Saturday.", "2025-11-21", "10am", "TIME", "2025-11-22T10:00", None),    # a clock time a saying is told at, after a story of a day gone by, is of the DCT (the news's day)
    ("Rescuers pulled a woman alive from the rubble on Monday afternoon. \"We will not stop until every person is "
     "found,\" the director-general told reporters at the site at midday.", "2024-09-10", "midday", "TIME",
     "2024-09-10T12:00", None),
    ("Rescuers pulled a woman alive from the rubble on Monday afternoon. A second survivor was found at midday.",
     "2024-09-10", "midday", "TIME", "2024-09-09T12:00", None),    # a day heading its section with a title, in bold type, heads the times told in it; a report's day told in the
    # section does not end it
    ("**Wednesday, June 11: Energy, trade and the draft pact**\n\nWednesday is expected to be the hardest day. Diplomats "
     "said Saturday that two clauses remained unresolved.\n\nSherpas will meet at 7 a.m. before leaders gather.",
     "2025-06-08", "7 a.m.", "TIME", "2025-06-11T07:00", None),    # a day something lasts "until at least" is no step of a schedule for a weekday told after it
    ("Underwater search teams were deployed this morning and will remain at the river until at least Thursday.\n\n"
     "Megan's mother made an emotional appeal at a press conference at police headquarters in Hutton on Monday "
     "afternoon.", "2025-02-11", "Monday afternoon", "TIME", "2025-02-10TAF", None),    # in a live blog's evening entry, the small hours to come are the next day's
    ("**21:55**\n\nWelcome to our live coverage of the by-election. Polls close in five minutes, at 10pm. Officials "
     "have told us to expect a declaration at around 3am.\n\n**22:00**\n\nPolls have closed.", "2026-06-18",
     "around 3am", "TIME", "2026-06-19T03:00", "APPROX"),
    ("**08:05**\n\nWelcome to our live coverage. Officials will publish the figures at 11am.\n\n**08:30**\n\nThe "
     "first figures are in.", "2026-06-18", "11am", "TIME", "2026-06-18T11:00", None),    # a clause after ", after" that tells of every week is not the clause of a clock time before it
    ("Councillors approved the budget on Wednesday night. The plans were passed by 31 votes to 22 at 11.38pm, after "
     "opposition groups tabled amendments aimed at protecting library opening hours.", "2025-02-27", "11.38pm", "TIME",
     "2025-02-26T23:38", None),    # what had been expected by a day may be still to come (the nearest); what had been scheduled for it has gone by
    ("Northstar Airlines, which had expected nine CX-200s by the end of June, said it now assumed it would receive six.",
     "2025-03-14", "the end of June", "DATE", "2025-06", "END"),
    ("That left Harwood, who had been scheduled to open her campaign on Monday evening, facing two matches on Wednesday.",
     "2025-06-15", "Monday evening", "TIME", "2025-06-09TEV", None),    # a day to come told hour by hour goes on in the next paragraph, however far ahead it is
    ("On 12 August the Moon's shadow will cross Spain, where totality begins around 8.27pm local time.\n\nFrom the UK "
     "the eclipse will be partial. In London, the Moon will begin to take a bite out of the Sun at 6.34pm, with maximum "
     "eclipse at 7.13pm.", "2026-01-02", "7.13pm", "TIME", "2026-08-12T19:13", None),    # "now" after "be" and before a preposition is the time ("was now behind it"; not "are now independent")
    ("He said the hardest part was now behind it.", "2024-06-10", "now", "DATE", "PRESENT_REF", None),    # an irregular participle after its noun ("the side beaten at ...") tells of what was done
    ("Team news: Coventry make two changes from the side beaten at Bristol City on Saturday.", "2024-12-26", "Saturday",
     "DATE", "2024-12-21", None),
    ("Officers have also released a new image of Megan taken inside the bar at 11.45pm on Friday.", "2025-02-11",
     "11.45pm", "TIME", "2025-02-07T23:45", None),
    ("The side will be beaten at home on Saturday, the pundits say.", "2024-12-26", "Saturday", "DATE", "2024-12-28", None),    # a weekday in a sentence that opens with a week to come is of that week (not after "said last week that")
    ("Next week brings the Fed decision, retail sales figures on Tuesday and rate announcements from the Bank of Japan.",
     "2026-03-13", "Tuesday", "DATE", "2026-03-17", None),
    ("In Indonesia, the government said last week that it would mark Eid on Thursday.", "2026-03-18", "Thursday",
     "DATE", "2026-03-19", None),
    # an ordinal quarter after a day to come told in its sentence is that day's quarter
    ("OPEC+ ministers hold an online meeting on Jan. 4 to review output targets for the first quarter.", "2025-12-21",
     "the first quarter", "DATE", "2026-Q1", None),
    # a clock time a saying is told at: "told analysts on a conference call at 10am"
    ("Coastline reported a loss on Tuesday. \"Margins are at their lowest level in more than a decade,\" Ms Lowe told "
     "analysts on a conference call at 10am.", "2024-08-21", "10am", "TIME", "2024-08-21T10:00", None),    # a day or month compared with is no day or month the story is of
    ("Petrol prices fell, reflecting the timing of Easter, which fell on 20 April this year compared with 31 March last "
     "year.\n\nThe figures were released at 7am.", "2025-06-18", "7am", "TIME", "2025-06-18T07:00", None),
    ("Employers added 73,000 jobs in July. Average earnings rose 0.2 percent from June and 3.5 percent from a year "
     "earlier.", "2026-08-07", "a year earlier", "DATE", "2025-07", None),    # a report's day put before its subject ("On Monday, the firm finally explained what happened") after the day of
    # what it reports; and a day the story goes back to in a past perfect, after which its own day goes on
    ("When Parcelo's payments API went dark on Feb. 11, the status page blamed \"degraded performance.\" On Monday, the "
     "firm finally explained what happened, in a postmortem.\n\nThe short version: at 9:02 a.m., an engineer started a "
     "routine migration. The change had been tested in a staging environment the previous Friday. Even after the lock "
     "cleared at 9:49 a.m., retries overwhelmed the gateway.", "2025-02-27", "9:02 a.m.", "TIME", "2025-02-11T09:02", None),
    ("When Parcelo's payments API went dark on Feb. 11, the status page blamed \"degraded performance.\" On Monday, the "
     "firm finally explained what happened, in a postmortem.\n\nThe short version: at 9:02 a.m., an engineer started a "
     "routine migration. The change had been tested in a staging environment the previous Friday. Even after the lock "
     "cleared at 9:49 a.m., retries overwhelmed the gateway.", "2025-02-27", "9:49 a.m.", "TIME", "2025-02-11T09:49", None),    # a month to come that is a deadline ("by early July") is not the near month gone by
    ("The justices are expected to finish announcing decisions by early July.", "2025-09-24", "early July", "DATE",
     "2026-07", "START"),    # a day of the year right before "N years ago" is of that year, and the story goes on in it
    ("Her son was stabbed outside a takeaway on Bonfire Night three years ago. He died in hospital the following "
     "morning.", "2025-11-07", "Bonfire Night", "DATE", "2022-11-05", None),
    ("Her son was stabbed outside a takeaway on Bonfire Night three years ago. He died in hospital the following "
     "morning.", "2025-11-07", "the following morning", "TIME", "2022-11-06TMO", None),
    ("The shop opened on 5 November a year ago.", "2025-11-07", "5 November", "DATE", "2024-11-05", None),    # a live blog opened by its key points, not by "live" words: an evening entry's time to come earlier in the day
    # is the next day's (not a time told in another zone: "6pm local time")
    ("**Key points**\n\n- Several mosques will hold prayers on Monday instead\n\n**21:05 GMT**\n\nThat is where we will end "
     "our coverage for tonight.\n\n**20:31 GMT**\n\nThe imam said the first congregation would begin at 8am.", "2025-03-29",
     "8am", "TIME", "2025-03-30T08:00", None),    # a day a stretch up to now began on ("since Dec. 19") is no day "the week" is of
    ("Brent settled down $2.14 at $71.36 a barrel, its lowest close since Dec. 19. Both benchmarks lost more than 5% "
     "over the week.", "2026-03-13", "the week", "DATE", "2026-W11", None),    # a figure compared with its reading "a week ago" is compared with a day; else "a week ago" is the week
    ("Traders now see a 40% chance of a cut, up from 25% a week ago.", "2026-03-13", "a week ago", "DATE", "2026-03-06",
     None),
    ("The index fell sharply a week ago.", "2026-03-13", "a week ago", "DATE", "2026-W10", None),    # "March" after "for" is the month (no verb follows "for")
    ("The preliminary consumer sentiment index for March slipped to 61.2.", "2026-03-13", "March", "DATE", "2026-03",
     None),
    # a tenseless "the weekend" after a day to come of the coming week is the coming weekend (a week-ahead's heading)
    ("Markets regulator decisions are due on Friday 23 October.\n\n**The weekend**\n\nHot weather across the south, "
     "with Adelaide at 36 degrees.", "2026-10-19", "The weekend", "DATE", "2026-W43-WE", None),
    # a word that only begins a sentence ends the one before at "p.m.": the time is not in the next one's habit
    ("AAA expects record traffic on Wednesday. It advised drivers to leave before 11 a.m. Wednesday or wait until "
     "after 7 p.m. On Thanksgiving Day itself, roads are typically quieter.", "2025-11-24", "7 p.m.", "TIME",
     "2025-11-26T19:00", None),
    ("The show keeps its matinees on Wednesdays and Saturdays at 2 p.m. The theater will stage a New Year's Eve "
     "performance at 8 p.m.", "2024-09-05", "8 p.m.", "TIME", "2024-12-31T20:00", None),
    # "read" is a past as much as a present ("she read aloud" would be "she reads" in the present)
    ("The chamber emptied after 8 p.m. on Tuesday.\n\nThrough the night she read letters from ranchers. Around 2 a.m. "
     "she read aloud from a report.", "2026-03-05", "Around 2 a.m.", "TIME", "2026-03-04T02:00", "APPROX"),
    ("The senator will read the names aloud on Thursday.", "2026-03-03", "Thursday", "DATE", "2026-03-05", None),
    # what is expected now, far back in its clause, is to come
    ("Economists expect egg prices to rise again in February, before leveling off in the second quarter.",
     "2025-02-27", "the second quarter", "DATE", "2025-Q2", None),
    # a weekday and its date opening the next line head the next entry of a list: not the day of the time before it
    ("Thursday 5 February: France v Ireland, Stade de France, 8.10pm\nSaturday 7 February: Italy v Scotland, "
     "Stadio Olimpico, 2.10pm", "2026-01-20", "8.10pm", "TIME", "2026-02-05T20:10", None),
    # a bold timestamp heads a live blog's entry whatever the entry begins with
    ("Live: stage 17.\n\n**17:31** Brandt crosses the line.\n\n**16:55** 5km to go. Ruiz is alone at the front.",
     "2024-07-17", "16:55", "TIME", "2024-07-17T16:55", None),
    # a gap or a time in a race, its units abbreviated
    ("Brandt keeps the yellow jersey with a lead of 2min 41sec going into tomorrow's stage.", "2024-07-17",
     "2min 41sec", "DURATION", "PT2M41S", None),
    ("The winner took 4hr 12min 5sec over the 180km.", "2024-07-17", "4hr 12min 5sec", "DURATION", "PT4H12M5S", None),
    # what a stretch up to now began with is gone by, whatever the tense
    ("After the flat stage yesterday, this is the first real test for the contenders since the Pyrenees at the "
     "weekend. Keller lost 31 seconds on Sunday.", "2024-07-17", "the weekend", "DATE", "2024-W28-WE", None),
    ("After the flat stage yesterday, this is the first real test for the contenders since the Pyrenees at the "
     "weekend. Keller lost 31 seconds on Sunday.", "2024-07-17", "Sunday", "DATE", "2024-07-14", None),
    # a day gone by alone on its line heads an entry told from it, its year written or not
    ("Here is how it unfolded.\n\n**Saturday 14 February**\n\n4pm: MetService issues red heavy rain warnings, in force "
     "from 6am Monday until midday Tuesday.\n\n**Sunday 15 February**\n\nThe minister tells people to \"make your plans "
     "today, not tomorrow\".", "2026-02-20", "6am Monday", "TIME", "2026-02-16T06:00", None),
    ("Here is how it unfolded.\n\n**Saturday 14 February**\n\n4pm: MetService issues red heavy rain warnings, in force "
     "from 6am Monday until midday Tuesday.\n\n**Sunday 15 February**\n\nThe minister tells people to \"make your plans "
     "today, not tomorrow\".", "2026-02-20", "today", "DATE", "2026-02-15", None),
    # a day in bold type heads the paragraphs down to the next such heading
    ("How it unfolded.\n\n**Monday 16 February**\n\n1.10am: A state of emergency is declared.\n\n9am: Heavy rain "
     "begins.\n\nAround 600 people spend Monday night away from their homes.\n\n**Tuesday 17 February**\n\n3.40am: The "
     "centre crosses the coast.", "2026-02-20", "Monday night", "TIME", "2026-02-16TNI", None),
    # a part of the day heading an entry of a chronology
    ("**Monday 16 February**\n\n9am: Heavy rain begins.\n\nAfternoon: Evacuation centres open in Kaitaia.",
     "2026-02-20", "Afternoon", "TIME", "2026-02-16TAF", None),
    ("**Monday 16 February**\n\n9am: Heavy rain begins.\n\nLate afternoon: The Awanui River peaks.", "2026-02-20",
     "Late afternoon", "TIME", "2026-02-16TAF", "END"),
    # "will" run into the word before it or with "not" is read as "will"
    ('"Half of the people who did won\'t be here in September," he said.', "2024-05-14", "September", "DATE", "2024-09",
     None),
    ('"We\'ll see how the hip is in the spring," he said.', "2026-12-10", "the spring", "DATE", "2027-SP", None),
    # a month traded forward is the next one from the DCT's
    ("Paris milling wheat for September delivery traded at 212 euros a tonne.", "2026-06-05", "September", "DATE",
     "2026-09", None),
    ("Chicago wheat rose 2%, while the March contract slipped.", "2026-06-05", "March", "DATE", "2027-03", None),
    # "May" before the figures of a month is the month
    ("China publishes May import data on Friday.", "2026-06-05", "May", "DATE", "2026-05", None),
    # the same instant told in another zone: its day is the one the offsets give
    ("The first Test starts Friday, November 21. Play begins at 10.20am AWST, which is 1.20pm AEDT and 2.20am GMT.",
     "2025-11-10", "2.20am GMT", "TIME", "2025-11-21T02:20Z", None),
    # what may happen, told further back in the clause, is to come when no verb after the date tells a tense
    ("Officials estimate the closure could add up to an hour at busy times, particularly on Saturday.", "2024-03-12",
     "Saturday", "DATE", "2024-03-16", None),
    ("In a move that could bring relief to nearly 11,000 waiting homebuyers across the city, the Noida Authority on "
     "Wednesday approved a package.", "2024-08-15", "Wednesday", "DATE", "2024-08-14", None),
    # a month in apposition to "this year" ("last year") is that year's, whatever the tense
    ("Most economists expect the bank to hold after three cuts this year, in February, May and August.", "2025-09-15",
     "May", "DATE", "2025-05", None),
    # the tense around a month before its figures still tells which one
    ("The Social Security Administration will announce next year's figure in October, after the September inflation "
     "report.", "2026-04-10", "September", "DATE", "2026-09", None),
    # a train named by its time
    ("The first departure this morning, the 06:01 from St Pancras, left on time.", "2025-06-05", "06:01", "TIME",
     "2025-06-05T06:01", None),
    # the weekday a stretch from a day to come lasts until is the first such weekday after it
    ("Engineering works will close the line from 9pm on Saturday until 5am on Monday, adding an hour to journeys.",
     "2026-10-05", "5am", "TIME", "2026-10-12T05:00", None),
    # a plan told further back in the clause than the words read first is to come
    ("The private operator European Sleeper plans to run its Brussels-Prague service three times a week from the "
     "spring.", "2025-12-10", "the spring", "DATE", "2026-SP", None),
    ("Strikes hit rail services this week.\n\n**Friday 9 October**\n\nTickets can be used up to and including Sunday 18 "
     "October.\n\n**The weekend**\n\nServices should be back to normal.", "2026-10-05", "The weekend", "DATE",
     "2026-W41-WE", None),
    # a weekday told in the present is the coming one
    ("Draws complete the first round across those two days, and the second round is spread over Wednesday and "
     "Thursday.", "2025-06-27", "Wednesday", "DATE", "2025-07-02", None),
    ("A return e-filed at 11:58 p.m. in Denver counts as on time even though it is already 1:58 a.m. Thursday on the "
     "East Coast.", "2026-04-10", "1:58 a.m. Thursday", "TIME", "2026-04-16T01:58", None),
    # "cut" after a compound adjective is a noun
    ("Of 40 economists polled by this newspaper last week, 22 expect a 25-basis-point cut on Friday.", "2025-12-01",
     "Friday", "DATE", "2025-12-05", None),
    # what a state now is after has happened
    ("The repo rate stands at 5.50 per cent after a cumulative 100 basis points of cuts between February and June.",
     "2025-12-01", "February", "DATE", "2025-02", None),
    # the Orthodox churches' Christmas and Easter
    ("Deliveries will pause again on 7 January, Orthodox Christmas, when most drivers are off.", "2025-12-05",
     "Orthodox Christmas", "DATE", "2026-01-07", None),
    ("Aid groups had hoped the pause would cover Orthodox Easter.", "2024-04-16", "Orthodox Easter", "DATE",
     "2024-05-05", None),
    # an evening time right after a night told and the DCT's small hours is of that night
    ("Tavrin launched one of its largest drone attacks on the port on Monday night and early Tuesday, killing nine "
     "people, officials said.\n\nWaves of drones began crossing the coast at about 11:30 p.m., and explosions "
     "continued for more than four hours. Power was restored to the hospital at 7:40 a.m.", "2024-11-19",
     "about 11:30 p.m.", "TIME", "2024-11-18T23:30", "APPROX"),
    # the midnight a stretch up to now began at is the one that opened the DCT's day
    ("It is Friday morning in Keslo, where air-raid sirens have sounded three times since midnight.", "2025-03-14",
     "midnight", "TIME", "2025-03-14T00:00", None),
    # a present after "what" tells what is to come
    ('"Nobody has explained what happens there in January," she said.', "2025-10-27", "January", "DATE", "2026-01", None),
    # "for the fall" is the season
    ("Bus routes for the fall will be published by July 1, she said.", "2024-02-14", "the fall", "DATE", "2024-FA",
     None),
    ("Prices rose 2% over the last day.", "2024-02-14", "the last day", "DURATION", "P1D", None),
    ("The books close on 23 September, with trading due to begin on 26 September.\n\nLinghang's Shenzhen shares have "
     "risen 48 per cent since early August, and the H-shares are being offered at a discount of up to 14 per cent to "
     "Tuesday's close.", "2025-09-17", "Tuesday", "DATE", "2025-09-16", None),
    # where a stretch up to now began frames no month told after it
    ("Since last October it has promised faster vetting of large mainland applications, and in August it lowered the "
     "minimum free float for big listings.", "2025-09-17", "August", "DATE", "2025-08", None),
    ("Its share of global chip production fell from about 50 percent in the late 1980s to roughly 10 percent today, as "
     "Korean rivals outspent it.", "2024-02-24", "today", "DATE", "PRESENT_REF", None),
    # a year whose figures are reported names no year of a date after it
    ("**Timeline**\n\n**27 February** – Delays its 2025 results, originally due by 1 March.\n\n**9 March** – Requests a "
     "trading halt.", "2026-03-12", "1 March", "DATE", "2026-03-01", None),
    ("**26 June**\n\n14:30 — Troops surround the palace. The minister says it was planned on Sunday.\n\nEvening — Arce "
     "addresses supporters from a palace balcony.", "2024-06-27", "Evening", "TIME", "2024-06-26TEV", None),
    # the tense of what is done with a month's figures is not the month's own
    ("Statistics Canada will publish its official retail figures for December in late February.", "2026-01-13",
     "December", "DATE", "2025-12", None),
    ("His election came less than a fortnight after the funeral of Francis, who died on Easter Monday, 21 April 2025.",
     "2026-05-07", "Easter Monday", "DATE", "2025-04-21", None),
    # "the previous November": the last one before the year or month told
    ("1981: Leaves office after a single term, having lost to Ronald Reagan the previous November.", "2025-01-03",
     "the previous November", "DATE", "1980-11", None),
    ("The talks began in March 2019; the preceding December, the deal had collapsed.", "2025-01-03",
     "the preceding December", "DATE", "2018-12", None),
    # a weekday apposed to the day just counted is that day
    ("If the moon is seen, the first fast will be kept on Saturday. If it is not, Ramadan will begin a day later, on "
     "Sunday.", "2025-02-26", "Sunday", "DATE", "2025-03-02", None),
    ("ONPE said it would release its next update at 11 p.m. and then every two hours until the count ends.",
     "2026-06-08", "11 p.m.", "TIME", "2026-06-08T23:00", None),
    # "the evening" in a day's section is that day's
    ("**MONDAY, 6 JANUARY**\n\nThe outgoing president is expected to deliver a farewell address to the nation in the "
     "evening.", "2025-01-04", "the evening", "TIME", "2025-01-06TEV", None),
    # a day something was put off to is firmly after the putting off
    ("The council annulled the law that pushed the vote back to 15 December.", "2024-02-17", "15 December", "DATE",
     "2024-12-15", None),
    # a saying after a participle phrase the date is in is the speaker's act that day
    ("President Mikael Voronets, addressing parliament on Thursday, warned Ardanians not to mistake a pause for peace.",
     "2025-10-27", "Thursday", "DATE", "2025-10-23", None),
    # a date in a past participle phrase set off by commas is of the participle (not a plan's: "expected")
    ("The plan, agreed with both sides at a meeting in Geneva on Wednesday, aims to deliver food and fuel.", "2025-12-05",
     "Wednesday", "DATE", "2025-12-03", None),
    # a weekday and the holiday it is are one day, not several: "at 1 p.m. Eastern time, on Wednesday, Christmas Eve"
    ("Stock markets will close early, at 1 p.m. Eastern time, on Wednesday, Christmas Eve, and stay shut on Thursday.",
     "2025-12-20", "1 p.m. Eastern time", "TIME", "2025-12-24T13:00-05:00", None),
    ("The board will vote at 3 p.m., on Tuesday.", "2025-12-20", "3 p.m.", "TIME", "2025-12-23T15:00", None),
    # out of a chronology at a heading that tells no time, its days are not the article's
    ("**Thursday 17 November**\n\nHunt sets out £55bn of tax rises.\n\n**Where are we now?**\n\nSterling traded at about "
     "$1.33 on Friday, its strongest level since March 2022.", "2024-09-23", "Friday", "DATE", "2024-09-20", None),
    # in a chronology's dated entry, "that evening" is of its day, not an evening told before the chronology
    ("Lindqvist completed the move at 6.58pm on Monday.\n\nHere is how it unfolded.\n\n**1 September 2025** — Palace and "
     "Sporting agree a fee in the afternoon, and Lindqvist flies to London that evening.", "2026-02-03", "that evening",
     "TIME", "2025-09-01TEV", None),
    # a quarter two or more back, with a future that is not firm, is next year's
    ("Insurance brokers expect to update their estimate in the first quarter.", "2025-12-08", "the first quarter", "DATE",
     "2026-Q1", None),
    # the first entry of a chronology, its weekday in bold type (this raised AttributeError)
    ("How the week unfolded.\n\n**Monday** — The leaders met in The Hague.", "2026-02-10", "Monday", "DATE", "2026-02-09",
     None),
    # a year after a colon frames its clause, as after a semicolon
    ("The precedent is not encouraging, though: in 2019, a budget defeat in February pushed Sanchez to call an election.",
     "2025-11-04", "February", "DATE", "2019-02", None),
    # "the Nth weekday of the month": of the month told in its sentence
    ("The cabinet must present its budget in September, on the third Tuesday of the month, as every year.", "2025-06-03",
     "the third Tuesday of the month", "DATE", "2025-09-16", None),
    # a clock time after a relative clause's day gone by, in the section a day to come heads: that day's
    ("**Friday 16 May – campaign ends**\n\nOfficial campaigning, which began on 4 May, must stop at 11pm. The AD will hold "
     "its final rally in Porto.", "2025-05-14", "11pm", "TIME", "2025-05-16T23:00", None),
    # "likely to", "unlikely to": what is to come
    ("Negotiations with governments are unlikely to conclude before the summer.", "2025-11-12", "the summer", "DATE",
     "2026-SU", None),
    ("The appeals court is likely to rule in March.", "2025-11-12", "March", "DATE", "2026-03", None),
    # "last February" written in March is last year's: the month just ended is "last month"
    ("Two military helicopters crashed last February, killing 73 soldiers.", "1998-03-01", "last February", "DATE",
     "1997-02", None),
    ("Two military helicopters crashed last November, killing 73 soldiers.", "1998-03-01", "last November", "DATE",
     "1997-11", None),
    # a few words quoted within a sentence, an adverbial with the date, are read with the sentence's verb
    ("MAY 10, 2023 - Halvorsen reports a first-quarter loss and says margins will improve \"in the second half\".",
     "2024-11-05", "the second half", "DATE", "2023-H2", None),
    ("The minister told MPs the plant would close \"by the end of March\" at the latest.", "2025-11-05",
     "the end of March", "DATE", "2026-03", "END"),
    # the United States' Inauguration Day: 20 January, every fourth year (not another country's)
    ("President Trump signed a series of orders on Inauguration Day in Washington.", "2025-01-22", "Inauguration Day",
     "DATE", "2025-01-20", None),
    ("President Trump will be sworn in on Inauguration Day in Washington.", "2024-11-10", "Inauguration Day", "DATE",
     "2025-01-20", None),
    # a present perfect takes no day gone by: "has called for blockades on Wednesday" is the nearest Wednesday
    ("The Bloquons tout movement has called for nationwide blockades on Wednesday.", "2025-09-08", "Wednesday", "DATE",
     "2025-09-10", None),
    ("Heathrow Airport has advised passengers with flights on Saturday to set off early.", "2024-03-13", "Saturday",
     "DATE", "2024-03-16", None),
    # "hoped to": what was hoped for lay ahead
    ("Garcia said the commission hoped to proclaim the winning senators \"by the weekend\", once canvassing ends.",
     "2025-05-13", "the weekend", "DATE", "2025-W20-WE", None),
    # a word in -ed after a name is its verb, a firm past: the January gone by, however far back
    ("The approval marks a reversal. In January, Formula One Management rejected the application.", "2024-11-26",
     "January", "DATE", "2024-01", None),
    # a part of the day after a relative clause's day gone by is of the day the news is of
    ("Hamilton arrived at Maranello at 8:45 a.m. The seven-time world champion, who turned 40 on Jan. 7, spent the "
     "morning being fitted for a seat.", "2025-01-20", "the morning", "TIME", "2025-01-20TMO", None),
    # a holiday before "next week", "this week", "last week": the one in that week
    ("Businesses hope for bigger crowds after attendance dipped last year, and with Thanksgiving next week, officials "
     "expect a busy week.", "2026-11-16", "Thanksgiving", "DATE", "2026-11-26", None),
    ("Cycling has spent the past quarter of a century trying to move on from that era.", "2024-04-22",
     "the past quarter of a century", "DURATION", "P25Y", None),
    # a weekday before its noun and "this week", "next week": that week's
    ("Eurostar said it had registered 1,500 passengers on Sunday, and that it had added extra staff for the Friday "
     "evening departures this week.", "2025-10-13", "Friday evening", "TIME", "2025-10-17TEV", None),
    ("The airline had added seats for the Friday departures next week.", "2025-10-13", "Friday", "DATE", "2025-10-24",
     None),
    # a week named by its last day is one week, though "each day" makes its day read as one of any year
    ("Admissions peaked in January, with an average of 5,408 patients in hospital each day in the week to 5 January.",
     "2025-01-10", "the week to 5 January", "DATE", "2025-W01", None),
    # a conjunction after a list's last day is no noun it counts
    ("Highlights include two nights at the Riviera Theatre on Oct. 18 and 19 and a Halloween show in New Orleans.",
     "2024-09-10", "19", "DATE", "2024-10-19", None),
    # a schedule of the coming days goes on from a clock time of the day just told, as from the day
    ("The Tour de France starts in Barcelona on Saturday, 4 July.\n\nThe stage finishes at 6.42pm. The race stays in "
     "Catalonia for two days before climbing into the Pyrenees on Monday.", "2026-07-02", "Monday", "DATE", "2026-07-06",
     None),
    # "N years on," opening a sentence: how long it has been
    ("More than two years on, she is one of 1.2 million Sudanese refugees in Chad.", "2025-06-01",
     "More than two years", "DURATION", "P2Y", "MORE_THAN"),
    ("Fifteen months on, we still do not know why nobody stopped the sailing.", "2025-06-01", "Fifteen months",
     "DURATION", "P15M", None),
    # "over the next month", "for the next month": the stretch from now
    ("Here is what to watch over the next month as counties certify their results.", "2026-11-10", "the next month",
     "DURATION", "P1M", None),
    ("\"For the next month, this city will be eating at very different hours,\" he said.", "2026-02-10",
     "the next month", "DURATION", "P1M", None),
    # "next Christmas" a few weeks before Christmas is the one after ("this Christmas" is the one about to come)
    ("\"It is also the bit that decides whether we are here next Christmas,\" the owner said.", "2025-12-09",
     "next Christmas", "DATE", "2026-12-25", None),
    ("\"We will still be trading next Christmas,\" the owner said.", "2025-10-09", "next Christmas", "DATE",
     "2025-12-25", None),
    # "appear headed to", "is headed for": where things are going
    ("At least a dozen Texas House Republicans appear headed to runoffs on May 28.", "2024-03-05", "May 28", "DATE",
     "2024-05-28", None),
    ("He headed to London on Monday for talks.", "2024-03-06", "Monday", "DATE", "2024-03-04", None),
    # a year compared with frames nothing after it (but one told of after "when" does)
    ("Bookings for this month were running 6 per cent ahead of last year by the end of October.", "2025-12-09",
     "the end of October", "DATE", "2025-10", "END"),
    ("The ice went out a week later than last year, when the lake opened on April 3.", "2025-12-09", "April 3", "DATE",
     "2024-04-03", None),
    # a participle phrase set off by commas takes its own time, for "drawn", "taken" too
    ("The new map, drawn by Democratic lawmakers in August, could flip as many as five Republican seats.", "2025-11-05",
     "August", "DATE", "2025-08", None),
    # the first or last day of a month is that day
    ("\"If the ruling comes on the last day of June, you are looking at a special session in July.\"", "2025-05-20",
     "the last day of June", "DATE", "2025-06-30", None),
    ("The new rules take effect on the first day of March 2026.", "2025-05-20", "the first day of March 2026", "DATE",
     "2026-03-01", None),
    # the year said after the second month of a pair, that month with "early", "mid" or "late" before it
    ("The last round of strikes, in late June and early July 2024, saw 61,000 procedures rescheduled.", "2025-06-20",
     "late June", "DATE", "2024-06", "END"),
    # "the following winter" after a day or month of a year before December: the winter that begins that year
    ("In July 2014 a storm hit the festival, which was nearly wound up the following winter.", "2025-06-20",
     "the following winter", "DATE", "2014-WI", None),
    # a quarter a change is counted from is one whose figure is already out
    ("Analysts expect aggregate earnings growth of 9.4%, down from 13.1% in the third quarter.", "2026-01-25",
     "the third quarter", "DATE", "2025-Q3", None),
    # "its March quarter": the quarter ending in March, its possessive left out
    ("The miner will also publish its March quarter production report on 28 April.", "2026-04-17", "March quarter",
     "DATE", "2026-Q1", None),
    # a holiday a happening gone by was over or at is the one gone by, however near the coming one is
    ("His predecessor died suddenly over Thanksgiving, the company said.", "2025-09-14", "Thanksgiving", "DATE",
     "2024-11-28", None),
    # an hour with "o'clock" before "that night", "tonight": of the evening
    ("\"Ask me again at 10 o'clock that night,\" she said.", "2025-12-12", "10 o'clock", "TIME", "2025-12-12T22:00", None),
    # a count of years, then the year in apposition: that year
    ("The company was founded in Milwaukee in 1923. A decade later, in the spring of 2021, Brisco made the call.",
     "2025-09-14", "A decade later", "DATE", "2021", None),
    # "advance(s) to": where things go on to
    ("Under the top-two system, the two leading finishers in each race advance to November regardless of party.",
     "2024-03-05", "November", "DATE", "2024-11", None),
    ("Spain advanced to the final on Sunday after beating France.", "2024-03-05", "Sunday", "DATE", "2024-03-03", None),
    # a month's figures are of a month gone by, or the coming one, whatever the tense of their release
    ("Economists will first be watching December's consumer price index, due at 8:30 a.m. Tuesday.", "2026-01-12", "December", "DATE", "2025-12", None),
    ("On Friday, the Commerce Department releases housing starts and building permits for December.", "2026-01-12", "December", "DATE", "2025-12", None),
    ("TUESDAY, JAN. 13\n8:30 a.m. — Consumer price index, December\nWEDNESDAY, JAN. 14", "2026-01-12", "December", "DATE", "2025-12", None),
    ("The Commerce Department is due to publish January arrivals data in the coming weeks.", "2026-02-09", "January", "DATE", "2026-01", None),
    ("The May jobs report is due on June 5.", "2026-04-22", "May", "DATE", "2026-05", None),
    ("**15 January 2021** — December's inflation fell to 5%.", "2023-01-10", "December", "DATE", "2020-12", None),
    ("The agency will announce the figure in October, after the September inflation report.", "2026-04-10", "September", "DATE", "2026-09", None),
    ("During the 2025 shutdown, the bureau stopped publishing data, delaying the September jobs report by seven weeks.", "2027-01-28", "September", "DATE", "2025-09", None),
    # "since" a weekday: begun, whatever is said of what was called off
    ("Elective surgeries, which have been postponed since Thursday, will resume Monday.", "2024-03-12", "Thursday", "DATE", "2024-03-07", None),
    ("Classes have been cancelled since Wednesday at the two schools.", "2024-03-08", "Wednesday", "DATE", "2024-03-06", None),
    # a date between a clause's subject and its verb takes that verb's time, not a saying's before it
    ("\"I was done,\" said Okafor, who on Monday will play her first Grand Slam match in two years.", "2024-08-24", "Monday", "DATE", "2024-08-26", None),
    ("Okafor said she on Monday will play her first match.", "2024-08-24", "Monday", "DATE", "2024-08-26", None),
    # bare units after "lasts", "lasting", as after "lasted"
    ("The lesson is simpler: the attack lasts days, and the reckoning lasts years.", "2025-10-14", "days", "DURATION", "PXD", None),
    ("A dispute lasting months ended on Friday.", "2025-10-14", "months", "DURATION", "PXM", None),
    # a day that bounds a stretch or a figure is no day a later clock time is on
    ("The housebuilder on Tuesday reported a 9% rise in completions in the 12 months ended June 30. Shares rose 6% by 10:30 a.m.", "2025-09-23", "10:30 a.m.", "TIME", "2025-09-23T10:30", None),
    ("Its order book stood at 2.1 billion pounds as of Sunday. Marsh struck a cautious note on a call with analysts at 9 a.m.", "2025-09-23", "9 a.m.", "TIME", "2025-09-23T09:00", None),
    # what is now after a weekday's happening has happened
    ("Pemberton looked stiff in his first few service games, which is perhaps no surprise after Monday's marathon.", "2025-07-03", "Monday", "DATE", "2025-06-30", None),
    ("Pemberton is tired after Monday's marathon.", "2025-07-03", "Monday", "DATE", "2025-06-30", None),
    ("After Monday's meeting, the board will decide.", "2025-07-03", "Monday", "DATE", "2025-07-07", None),
    # a day alone on its line in italics heads its section, as in bold; a heading in bold type ends the section
    ("**Order of play**\n\n*Friday 10 July*\n\nCentre Court (from 1.30pm): A v B\n\n*Saturday 11 July*\n\nCentre Court (from 4pm): ladies' singles final", "2026-07-10", "4pm", "TIME", "2026-07-11T16:00", None),
    ("*Saturday 11 July*\n\nCentre Court (from 4pm): the final\n\n**When will Pemberton play?**\n\nThe first semi-final starts at 1.30pm, and Pemberton will follow it.", "2026-07-10", "1.30pm", "TIME", "2026-07-10T13:30", None),
    # a season after the one its sentence has just told: that year's, or the next's
    ("It began in May 2023. Investigators requested documents that summer and interviewed staff in the autumn.", "2025-10-14", "the autumn", "DATE", "2023-FA", None),
    ("The strain was detected in the Southern Hemisphere last summer and spread widely in Britain in the fall.", "2026-01-20", "the fall", "DATE", "2025-FA", None),
    ("The show ran in autumn 2023 and returned in the spring.", "2025-10-14", "the spring", "DATE", "2024-SP", None),
    # a time's "a.m." ends its sentence before a word that is no zone, day, month or place of the time
    ("- Sunday, Nov 30: Passenger service begins at 6 a.m. Trains will run every five minutes until midnight.\n- Monday, Dec 1: Regular timetable starts.", "2025-11-27", "6 a.m.", "TIME", "2025-11-30T06:00", None),
    ("Doors open at 9 a.m. Eastern time daily.", "2025-11-27", "9 a.m. Eastern time", "TIME", "XXXX-XX-XXT09:00-05:00", None),
    # a story of a year long gone goes on in its sentence from the month told
    ("The season is not always a long one. In 2022, flu peaked in early December and fell sharply by mid-January, leaving January and February relatively quiet.", "2025-11-06", "mid-January", "DATE", "2023-01", "MID"),
    ("The season is not always a long one. In 2022, flu peaked in early December and fell sharply by mid-January, leaving January and February relatively quiet.", "2025-11-06", "February", "DATE", "2023-02", None),
    ("In 2022, inflation hit 9% in October, up from 5% in January.", "2025-11-06", "January", "DATE", "2022-01", None),
    ("The chancellor delivered Budgets in October 2024 and November and becomes foreign secretary.", "2025-12-02", "November", "DATE", "2025-11", None),
    # "the weekend" at a list item's end, before the next item's dash
    ("Key events\n- Three trusts declared critical incidents over the weekend\n- Health secretary to visit A&E", "2024-12-30", "the weekend", "DATE", "2024-W52-WE", None),
    ("Officials met over the weekend - a first, they said.", "2024-12-30", "the weekend", "DATE", "2024-W52-WE", None),
    # what one is urged or meant to do comes after, whatever the verbs in the object tell
    ("She urged anyone eligible who has not yet had their flu jab to book one before the end of January, when the free programme ends.", "2024-12-30", "the end of January", "DATE", "2025-01", "END"),
    ("The National Pharmacy Association has warned, urging patients to collect repeat prescriptions by Tuesday afternoon.", "2024-12-30", "Tuesday afternoon", "TIME", "2024-12-31TAF", None),
    ("Officials want that protection to peak during December and January, when respiratory illness has typically peaked.", "2024-09-26", "December", "DATE", "2024-12", None),
    ("The Labour-run authority's spending plans were passed by 31 votes to 22, with two abstentions, on Wednesday.", "2025-02-27", "Wednesday", "DATE", "2025-02-26", None),
    # what looms is to come
    ("Another deadline looms in the spring.", "2025-07-28", "the spring", "DATE", "2026-SP", None),
    ("A strike is looming on Friday.", "2025-07-28", "Friday", "DATE", "2025-08-01", None),
    # what is compared with "than in the whole of" a time was seen
    ("More legislation had been squeezed into the three weeks before Easter than in the whole of the autumn.", "2024-03-12", "the autumn", "DATE", "2023-FA", None),
    # on a Sunday, the weekend told of what is to come is the one under way, unless it is waited for
    ("Final figures for the weekend will be released Monday at 11 a.m. PT.", "2025-07-20", "the weekend", "DATE", "2025-W29-WE", None),
    ("Residents have been told to expect delays on the bridges until the weekend.", "2025-06-08", "the weekend", "DATE", "2025-W24-WE", None),
    # a year opening a clause after a comma and a conjunction frames it
    ("The shutdown ended in January, and in 2018 lawmakers were still in Washington on Christmas Eve.", "2025-07-28", "Christmas Eve", "DATE", "2018-12-24", None),
    ("Sales rose in 2024, and the company said on March 3 that it would expand.", "2025-07-28", "March 3", "DATE", "2025-03-03", None),
    # what is pencilled in is planned, with a longer object before "for"
    ("Government whips have pencilled in a further Commons debate for Monday if needed.", "2026-10-15", "Monday", "DATE", "2026-10-19", None),
    # a day something was moved from, and to, with a title between the verb and the days
    ("Earlier this month, Warner Bros. pushed its animated musical \"Tin Lantern\" from June 14 to Nov. 22.", "2024-03-12", "Nov. 22", "DATE", "2024-11-22", None),
    ("The organisers moved the festival from June 14 to Nov. 22.", "2024-02-20", "June 14", "DATE", "2024-06-14", None),
    # an article with no date of its own: a dated entry's times and a later entry's small hours raised TypeError
    ("**Autumn 2025**\n6.46pm – The guard sets off.\n\n**22 March**\n4.20am – The last survivor is freed.", None, "22 March", "DATE", "XXXX-03-22", None),
    ("**Autumn 2025**\n6.46pm – The guard sets off.\n\n**Later**\n1.20am – The last survivor is freed.", None, "1.20am", "TIME", "XXXX-XX-XXT01:20", None),
    # a holiday ending a span that begins with a month: the first such holiday after its start
    ("The move leaves Paramount without a major live-action release between late June and Thanksgiving.", "2024-03-12", "Thanksgiving", "DATE", "2024-11-28", None),
    ("Trading was brisk from September to Christmas.", "2024-01-15", "Christmas", "DATE", "2023-12-25", None),
    # Markdown's inline markup is read without its markers: emphasis, a link's brackets and target, HTML's inline
    # tags; emphasis that opens a line heads an entry, as bold type does
    ("Crews have worked for **months** to clear the site.", WED, "months", "DURATION", "PXM", None),
    ("The play-offs are in *March*, where they could meet.", WED, "March", "DATE", "2022-03", None),
    ("The summit opens at <b>9 a.m.</b> on <strong>Saturday</strong>.", WED, "9 a.m.", "TIME", "2022-01-01T09:00", None),
    ("_June 27, 2025_ - The ministers sign the accord.", WED, "June 27, 2025", "DATE", "2025-06-27", None),
    ("The vote was held _two years ago_ at the town hall.", WED, "two years ago", "DATE", "2019", None),
    ("The vote was held [two years ago](https://example.com/2020/01/02/story) at the town hall.", WED, "two years ago",
     "DATE", "2019", None),
    # a web page's time stamp: a clock time, then a comma or a space and a weekday's date, is on that date
    ("Published 3:35 PM EST, Thu December 17, 2020", "2020-12-18", "3:35 PM EST", "TIME", "2020-12-17T15:35-05:00", None),
    ("Updated 10:42 a.m. ET Fri 18 Dec 2020", "2020-12-19", "10:42 a.m. ET", "TIME", "2020-12-18T10:42-05:00", None),
    # (not when a day is told right before the time: a list of days and times)
    ("Monday 9 a.m., Tuesday 10 a.m., Wednesday Dec. 16 at noon.", "2020-12-18", "10 a.m.", "TIME", "2020-12-22T10:00",
     None),
    # words alone on their line in italics (a court's name) stay a subheading of the day's section, as written
    ("**TUESDAY 16 SEPTEMBER**\n\n*Supreme Court, 10am*\n\nA sentence hearing begins.\n\n*Local Court*\n\nA bail "
     "application is listed for the afternoon.\n\n**WEDNESDAY 17 SEPTEMBER**\n\nNothing is listed.", "2025-09-14",
     "the afternoon", "TIME", "2025-09-16TAF", None),
    # an entry's lead in italics or underscores is read as one in bold type
    ("*Tuesday, Jan. 7*\n\n*Morning*: The casket is flown to Washington.\n*Afternoon*: The motorcade stops.", "2025-01-03",
     "Afternoon", "TIME", "2025-01-07TAF", None),
    # a span of years with its second year cut short: each year its own expression (not one year straddling two)
    ("He was mayor between 2010-14 and senator after.", "2025-03-10", "14", "DATE", "2014", None),
    ("Mayor 2010-14, he was senator after.", "2025-03-10", "2010", "DATE", "2010", None),
    ("Yearly spending fell during the 1914–18 war.", "2025-03-10", "18", "DATE", "1918", None),
    # a verb in -ed after its subject opening the clause is a past of its own, however near the coming month is
    ("The war ended in April.", "2025-03-10", "April", "DATE", "2024-04", None),
    ("The new law passed in April, after a long fight.", "2025-03-10", "April", "DATE", "2024-04", None),
    # (not the target a date was moved to)
    ("That date slipped first to spring 2026, then to April.", "2025-03-10", "April", "DATE", "2025-04", None),
    # a numeric date both orders can read is read in the order the article writes its dates: by the numeric dates
    # only one order reads, else by the dates written with the month's name; only then by nearness to the DCT
    ("The results, published on 04/03/2025, showed a fall. The next report is due on 25/04/2025.", "2025-04-02",
     "04/03/2025", "DATE", "2025-03-04", None),
    ("Filed 3/4/25, the suit was heard on April 4.", "2025-04-05", "3/4/25", "DATE", "2025-03-04", None),
    ("Filed 4/3/25, the suit was heard on 4 April.", "2025-04-02", "4/3/25", "DATE", "2025-03-04", None),
    ("Filed 4/3/25, the suit was heard yesterday.", "2025-04-02", "4/3/25", "DATE", "2025-04-03", None),
    # the date right after a saying gone by is the saying's, gone by too, however near the coming one is
    ("Officials confirmed in April that the plant would close.", "2025-03-10", "April", "DATE", "2024-04", None),
    ("The minister said on December 9 that talks had failed.", "2025-10-10", "December 9", "DATE", "2024-12-09", None),
    ("The minister said the vote would be held on December 9.", "2025-10-10", "December 9", "DATE", "2025-12-09", None),
    ("Sales dropped sharply in April.", "2025-03-10", "April", "DATE", "2024-04", None),
    # (not a participle after its noun, with the clause's verb between it and the date)
    ("Monarchs tagged at Cape May typically reach Mexico in early November.", "2025-10-10", "early November", "DATE",
     "2025-11", "START"),
    # "the new year" told to come after January is the next; gone by, the DCT's
    ("The bridge will reopen in the new year.", "2025-03-10", "the new year", "DATE", "2026", None),
    ("Prices have risen since the new year.", "2025-11-10", "the new year", "DATE", "2025", None),
    # "head" and "fly" after a plural subject: a schedule, to come (not "serious head injuries ... on Sunday")
    ("Voters head to the polls on Sunday.", "2025-03-12", "Sunday", "DATE", "2025-03-16", None),
    ("Ministers fly to Brussels on Sunday for the summit.", "2025-03-12", "Sunday", "DATE", "2025-03-16", None),
    ("He was left with serious head injuries in the early hours of Sunday.", "2025-03-12", "Sunday", "DATE", "2025-03-09", None),
    # "the month" told in the past after a day of a month gone by, in its paragraph: that month
    ("The first case was recorded on 3 January. By the end of the month there were 400.", "2025-06-20",
     "the end of the month", "DATE", "2025-01", "END"),
    ("The first case was recorded on 3 January. By the end of the month there will be 400.", "2025-06-20",
     "the end of the month", "DATE", "2025-06", "END"),
    ("The strike began on 3 March. By the end of the week, 10,000 workers had joined.", "2025-06-20",
     "the end of the week", "DATE", "2025-W10", "END"),
    ("Growth stalled in March. It has slowed since the start of the month.", "2025-06-20",
     "the start of the month", "DATE", "2025-06", "START"),
    # a day set after the year just told, as its apposition, is of that year
    ("A quilt found in the summer of 1966 went on display two years later, on July 4, and a line formed.", "2026-04-19",
     "July 4", "DATE", "1968-07-04", None),
    ("The quilt went on display in 1968, on 4 July, and a line formed.", "2026-04-19", "4 July", "DATE", "1968-07-04", None),
    # "'d" is "would" before a base form and "had" before a participle
    ("She said she'd come back in September to watch him be sentenced.", "2024-05-16", "September", "DATE", "2024-09", None),
    ("She said she'd already left in September.", "2024-05-16", "September", "DATE", "2023-09", None),
    # an imperative tells readers what to do: to come
    ("Submit a meter reading on Monday or Tuesday so you are not charged the higher rate.", "2025-03-28", "Monday",
     "DATE", "2025-03-31", None),
    ("Check your bin day before Easter, when collections change.", "2025-04-10", "Easter", "DATE", "2025-04-20", None),
    ("Call volumes rose on Monday.", "2025-03-28", "Monday", "DATE", "2025-03-24", None),
    # a live blog's entry headed by a time opening its headline in bold: the entry's time, not the evening's before it
    ("**9.37pm**\n\nThat's it for tonight.\n\n**11.48am Rebel amendment signed by 62 MPs**\n\nThe Speaker will say "
     "whether it has been selected at 12.30pm, when the debate begins.", "2025-06-24", "12.30pm", "TIME", "2025-06-24T12:30", None),
    # a live blog whose entries run newest first back over midnight began on the DCT: its newest entries, read
    # first, are of the day after (as two writers of hand sets and the DCT a blog's page gives, that of its start)
    ("Latest updates first.\n\n2.15am\n\nSources at the count are confident.\n\n1.30am\n\nThe first boxes arrived.\n\n"
     "10.00pm\n\nPolls have closed. Voting ran for 15 hours, from 7am to 10pm.", "2025-10-24", "10.00pm", "TIME",
     "2025-10-24T22:00", None),
    ("Latest updates first.\n\n2.15am\n\nSources at the count are confident.\n\n1.30am\n\nThe first boxes arrived.\n\n"
     "10.00pm\n\nPolls have closed. Voting ran for 15 hours, from 7am to 10pm.", "2025-10-24", "7am", "TIME",
     "2025-10-24T07:00", None),
    ("Latest updates first.\n\n2.15am\n\nSources at the count are confident.\n\n1.30am\n\nThe first boxes arrived.\n\n"
     "10.00pm\n\nPolls have closed. Voting ran for 15 hours, from 7am to 10pm.", "2025-10-24", "2.15am", "TIME",
     "2025-10-25T02:15", None),
    ("Michigan election live\n\n1:12 a.m. — Bradford concedes\n\nShe will speak later this morning.\n\n12:40 a.m. — "
     "Kent County\n\nThe count goes on.\n\n11:58 p.m. — Too close to call\n\nPolls closed at 8 p.m.", "2026-11-03",
     "this morning", "TIME", "2026-11-04TMO", None),
    # (and one that runs forward into the next)
    ("21:40\n\nThe count has begun.\n\n23:10\n\nTurnout is 38%.\n\n00:47\n\nThe result is in.", "2025-10-23", "00:47",
     "TIME", "2025-10-24T00:47", None),
    # the morning after the night before the DCT is the DCT's
    ("The water pressure has been low since last night. The parish issued a boil-water advisory at 8 a.m.",
     "2025-09-17", "8 a.m.", "TIME", "2025-09-17T08:00", None),
    ("Officers imposed conditions on the protest on Monday night, restricting it to between 11am and 6pm.",
     "2024-12-10", "6pm", "TIME", "2024-12-10T18:00", None),
    # (the article's own day again once the entries' section ends)
    ("Latest updates first.\n\n2.15am\n\nSources are confident.\n\n1.30am\n\nThe first boxes arrived.\n\n10.00pm\n\n"
     "Polls have closed.\n\nANALYSIS\n\nA council by-election will be counted this afternoon, with a result by 3pm.",
     "2025-10-24", "this afternoon", "TIME", "2025-10-24TAF", None),
    ("Latest updates first.\n\n2.15am\n\nSources are confident.\n\n1.30am\n\nThe first boxes arrived.\n\n10.00pm\n\n"
     "Polls have closed.\n\nANALYSIS\n\nA council by-election will be counted today, with a result by 3pm.",
     "2025-10-24", "3pm", "TIME", "2025-10-24T15:00", None),
    # a year ending a list's line is no range with the year that opens the next line
    ("**Life in brief**\n\n- 1986: The Strike Tapes; Sony award follows in 1987\n- 1998: retires from the BBC",
     "2025-03-06", "1987", "DATE", "1987", None),
    ("**Life in brief**\n\n- 12 May 1941: born in Barnsley\n- 1998: retires from the BBC", "2025-03-06", "1998", "DATE",
     "1998", None),
    # a figure of now compared with one a day before: a day before now
    ("The S&P 500 erased the gains it made on Tuesday. Futures markets now put the odds of a cut at about 15%, down "
     "from 34% a day earlier.", "2024-09-11", "a day earlier", "DATE", "2024-09-10", None),
    # a single-figure hour from 1 to 4 with no "a.m." or "p.m." is of the afternoon (a 24-hour clock writes "03:05")
    ("The verdict was read at 3:05. Halvorsen stood with his lawyers.", "2024-05-16", "3:05", "TIME", "2024-05-16T15:05", None),
    ("He gets up at 4:30 every morning to feed the starter.", "2024-05-16", "4:30 every morning", "SET",
     "XXXX-XX-XXT04:30", None),
    # a deadline given: the nearest such day, whatever the tense of the giving
    ("The judge gave prosecutors until Friday to say whether they want a retrial.", "2024-05-16", "Friday", "DATE",
     "2024-05-17", None),
    # a section headed by a span of days: a weekday in it is of the span's week
    ("## Monday 13 July to Thursday 16 July\n\n- Songwriting masterclasses at the Community Centre on Tuesday",
     "2026-06-23", "Tuesday", "DATE", "2026-07-14", None),
    # "this coming weekend", written on a weekday: this week's
    ("Line-marking crews will carry out surveys this coming weekend.", "2025-06-05", "this coming weekend", "DATE",
     "2025-W23-WE", None),
    # a heading that ends with its date heads the day's entries
    ("The fete is next weekend.\n\n**Programme – Saturday 27 June**\n\n- 12 noon: Official opening\n- 12.30pm: Fun dog show",
     "2026-06-19", "12.30pm", "TIME", "2026-06-27T12:30", None),
    # (not a live blog's headline that ends with a weekday)
    ("Newest entries appear first.\n\n**5:47 p.m. EST**\n\n**Judge to hear citizenship challenge Thursday**\n\nA judge "
     "will hear it.\n\n**4:10 p.m. EST**\n\nThe House voted.", "2025-01-22", "4:10 p.m. EST", "TIME", "2025-01-22T16:10-05:00", None),
    # "the night of Saturday 9 March into Sunday": its evening is Saturday's
    ("Police are appealing for witnesses after a hit-and-run on the night of Saturday 9 March into Sunday.\n\nThe man "
     "was struck on Padiham Road at around 11.40pm.", "2024-03-13", "around 11.40pm", "TIME", "2024-03-09T23:40", "APPROX"),
    # a chronology of days alone on their lines in bold type goes on in the year of the entry before
    ("Here is how events unfolded.\n\n**May 9, 2024**\nThe bill is published.\n\n**June 18**\nAhead of the march, "
     "police close roads.", "2025-06-24", "June 18", "DATE", "2024-06-18", None),
    # a month after "until" or "before" with no tense of its own: a bound ahead
    ("Analysts see no cut before November.", "2026-05-01", "November", "DATE", "2026-11", None),
    # the morning after a night told to its small hours is that day's
    ("The break-in happened on the night of Friday 12 September into Saturday, at some point between 10pm and 2am. "
     "The woman who lived there only discovered it the next morning.", "2026-01-23", "the next morning", "TIME",
     "2025-09-13TMO", None),
    # a clock time on "the Saturday": the Saturday of the days just told
    ("The first break-in happened on the night of Friday 12 September into Saturday, between 10pm and 2am. The woman "
     "found it the next afternoon.\n\nTrewin "
     "used a bank card taken in that raid to withdraw £500 at 6.12am on the Saturday.", "2026-01-23", "6.12am", "TIME",
     "2025-09-13T06:12", None),
    # ... and so is its early afternoon, but not its evening
    ("The fire broke containment lines on Wednesday night. By 2pm, it had burned more than 31,000 hectares.",
     "2026-01-08", "2pm", "TIME", "2026-01-08T14:00", None),
    ("The council voted on Tuesday night. The meeting, which began at 5:30 p.m. and ran past 11 p.m., drew 80 speakers.",
     "2025-06-11", "5:30 p.m.", "TIME", "2025-06-10T17:30", None),
    # the weekend following a weekday told is the first one after it
    ("The retailer will open early on Black Friday, Nov. 28, and keep its deepest discounts running through the "
     "following weekend.", "2025-11-05", "the following weekend", "DATE", "2025-W48-WE", None),
    # "12 noon", "12 midnight": one expression, the hour said twice
    ("**Programme – Saturday 27 June**\n\n- 12 noon: Official opening", "2026-06-19", "12 noon", "TIME",
     "2026-06-27T12:00", None),
    # "that won", "that left" before a score or a preposition: a verb of a relative clause, not a noun
    ("Manager Dean Holt names the same starting XI that won 2-0 at Garforth on Tuesday night.", "2025-04-26",
     "Tuesday night", "TIME", "2025-04-22TNI", None),
    # "be back on Monday": a return to come
    ("That's The Docket for today. We're back on Monday with a look at what is left.", "2024-05-16", "Monday", "DATE",
     "2024-05-20", None),
    # a season with its hemisphere told is that hemisphere's, whatever the article's own
    ("Drought hit Australia, and Australia again. Most models show the event weakening by the northern spring.",
     "2026-08-13", "spring", "DATE", "2027-SP", None),
    # a day just told otherwise is no day of an older story told before it
    ("The last time they met as top-ten sides, on Oct. 22, 2016, Penn State won. The Aggies beat LSU last Saturday. "
     "They were flat in a 38-23 win over LSU on Oct. 26, needing a change at halftime.", "2024-10-31", "Oct. 26", "DATE",
     "2024-10-26", None),
    # a capitalised schedule verb inside a name is no verb ("Go Media Stadium")
    ("When the captain lifted the championship trophy at Go Media Stadium on Saturday night, it capped a rise.",
     "2026-05-26", "Saturday night", "TIME", "2026-05-23TNI", None),
    # "didn't", "wasn't", "weren't": pasts, as "did", "was" and "were" are
    ("\"On Thursday morning I didn't know if I would be playing,\" Pritchard said.", "2026-06-08", "Thursday morning",
     "TIME", "2026-06-04TMO", None),
    # a date told right before a clock time is its day, whatever the clause tells of every day
    ("Questions can be sent to the clerk's office, which answers email daily, or raised at a session at City Hall on "
     "Wednesday, May 6, at 7 p.m.", "2026-04-28", "7 p.m.", "TIME", "2026-05-06T19:00", None),
    # a weekday of a month set after the day it names is of that day's year
    ("Candidates must file a financial statement with the clerk by March 26, 2027, the last Friday in March.",
     "2026-04-28", "the last Friday in March", "DATE", "2027-03-26", None),
    # a headline in title case and a line in capitals write the words the rules read in lower case otherwise
    ("Storm Expected To Hit Coast By The End Of The Week", "2025-03-04", "The End Of The Week", "DATE", "2025-W10", "END"),
    ("THE COUNCIL SAID THE BRIDGE WOULD REOPEN AT THE END OF THE MONTH.", "2025-03-04", "THE END OF THE MONTH", "DATE",
     "2025-03", "END"),
    ("EVERY GENERATION BORN SINCE THE 1950S HAS HAD A HIGHER RISK.", "2025-03-04", "THE 1950S", "DATE", "195", None),
    ("THE MATCH IS EXPECTED TO LAST ABOUT AN HOUR AND A HALF.", "2025-03-04", "ABOUT AN HOUR AND A HALF", "DURATION",
     "PT1H30M", "APPROX"),
    ("Campaigners Formed A Group In The Summer Of 1979", "2026-03-04", "The Summer Of 1979", "DATE", "1979-SU", None),
    # (but not the "A" of "A.M.", an initialism), and "a.m." made "A.m." by a title case made word by word
    ("THE COUNCIL MEETING STARTS AT 10 A.M. SHARP ON MONDAY.", "2025-03-04", "10 A.M.", "TIME", "2025-03-10T10:00", None),
    ("Polls Open At 7 A.m. On Tuesday", "2025-03-04", "7 A.m.", "TIME", "2025-03-04T07:00", None),
    # a time told "sharp" is of the day after it
    ("The council meeting starts at 10 a.m. sharp on Monday.", "2025-03-04", "10 a.m.", "TIME", "2025-03-10T10:00", None),
    # the zones of an Atlantic hurricane advisory, Hawaii, Alaska, Newfoundland and Europe's east and west
    ("A hurricane watch was issued at 11 p.m. AST Tuesday for the British Virgin Islands.", "2025-09-17",
     "11 p.m. AST Tuesday", "TIME", "2025-09-16T23:00", None),
    ("The warning was lifted at 6 a.m. HST.", "2025-09-17", "6 a.m. HST", "TIME", "2025-09-17T06:00-10:00", None),
    # "the next ... was due at": that one time, whatever is done every few hours
    ("The next complete advisory was due at 11 a.m., with intermediate advisories every three hours.", "2025-09-17",
     "11 a.m.", "TIME", "2025-09-17T11:00", None),
    # a time of another zone in brackets is the same instant: on the day the offsets give, else the nearest
    ("The quake struck at 9 a.m. AEST (2300 GMT) on Wednesday.", "2025-09-17", "2300 GMT", "TIME", "2025-09-16T23:00Z", None),
    ("The next complete advisory was due at 11 a.m. AST (1500 GMT), with intermediate advisories every three hours.",
     "2025-09-17", "1500 GMT", "TIME", "2025-09-17T15:00Z", None),
    # ... and the weekday of the other zone's time is not the day the story goes on
    ("A 6.4 earthquake struck early on Tuesday.\n\nThe quake hit at 2:14am NZST (1414 GMT on Monday) at a depth of 22 km."
     "\n\nBy 3am more than 18,000 people had reported feeling it.", "2024-05-21", "3am", "TIME", "2024-05-21T03:00", None),
    # a season told with no tense, this year's long over, is the next
    ('"The referendum in the spring is the moment to watch," Ferri said.', "2025-10-22", "the spring", "DATE", "2026-SP", None),
    # (but one that something came after, with no verb of its own, has gone by)
    ("The listing caps a busy fall for technology offerings, after a lull in the spring when tariff worries and a sharp "
     "sell-off in chip stocks pushed several companies to postpone their plans.", "2026-11-12", "the spring", "DATE",
     "2026-SP", None),
    # a bank holiday named by no month: the Monday the tense points to, or "this", "last" says
    ("The festival closes on bank holiday Monday with fireworks over the harbour.", "2025-07-18", "bank holiday Monday",
     "DATE", "2025-08-25", None),
    ("Traffic was heavy over the bank holiday weekend.", "2025-07-18", "the bank holiday weekend", "DATE", "2025-W21-WE", None),
    ("Shops were busy last bank holiday Monday.", "2026-04-28", "last bank holiday Monday", "DATE", "2026-04-06", None),
    # a live blog's entry headed by a time and a weekday is of the nearest such day, and so are the entries after it
    ("Bushfire live\n\n**9.45pm** – Warning for Moyston\n\nThe fire has turned.\n\n**11.15pm** – Homes lost\n\n"
     "We are hearing reports.\n\n**12.40am Sunday** – Warning downgraded\n\nIt was downgraded at 12.30am.",
     "2026-01-10", "12.40am Sunday", "TIME", "2026-01-11T00:40", None),
    ("Bushfire live\n\n**9.45pm** – Warning for Moyston\n\nThe fire has turned.\n\n**11.15pm** – Homes lost\n\n"
     "We are hearing reports.\n\n**12.40am Sunday** – Warning downgraded\n\nIt was downgraded at 12.30am.",
     "2026-01-10", "12.30am", "TIME", "2026-01-11T00:30", None),
    # entries headed by times after the DCT's day and then a day gone by, both told by their weekdays: a live blog's
    ("Flights were halted for much of Tuesday after a radar failure. The outage came just after the FAA chief told a "
     "Senate committee on Monday that the system was fragile.\n\n**4:55 p.m. EDT — Ground stops lifted**\n\nThe FAA "
     "lifted the last of its ground stops at 4:40 p.m.", "2026-04-14", "4:40 p.m.", "TIME", "2026-04-14T16:40", None),
    # a chronology's entries headed by a weekday and a time or a part of the day: one day's may follow each other
    ("**Timeline**\n\n- **Wednesday, Aug. 5, about 7 a.m.:** Morales leaves her campsite.\n- **Wednesday, 4:12 p.m.:** "
     "She sends her brother a text.\n- **Thursday afternoon:** A search team sets out.", "2026-08-09", "Wednesday",
     "DATE", "2026-08-05", None),
    ("**Timeline**\n\n- **Wednesday, Aug. 5, about 7 a.m.:** Morales leaves her campsite.\n- **Wednesday, 4:12 p.m.:** "
     "She sends her brother a text.\n- **Thursday afternoon:** A search team sets out.", "2026-08-09",
     "Thursday afternoon", "TIME", "2026-08-06TAF", None),
    # a date put before a long subject is of the subject's verb ("parked"), not of a clause after it ("if paid")
    ("Ten years ago this week, the water came in at around 2 a.m. on December 2, 2015.\n\nThen, on December 1, a "
     "slow-moving weather system over the Bay of Bengal parked itself over the coast.", "2025-12-01", "December 1",
     "DATE", "2015-12-01", None),
    ("From 19 August, the fine for an unauthorised holiday rises from £60 to £80 per parent, if paid within 21 days.",
     "2024-06-12", "19 August", "DATE", "2024-08-19", None),
    # a clause that opens with its subject and a past further back than the words read first is past; a capitalised
    # "Met" is no verb
    ("The final session is on Sunday 23 November.\n\nForeign ministers met for four hours at a preparatory session "
     "in Pretoria on Wednesday.", "2025-11-20", "Wednesday", "DATE", "2025-11-19", None),
    ("The Met Office forecasts highs of 34C on Wednesday afternoon, with thunderstorms possible by Friday.",
     "2025-06-30", "Friday", "DATE", "2025-07-04", None),
    # (but not an entry paragraphs after the list: a live blog's, placed as any weekday)
    ("**Timeline**\n\n- **Wednesday, Aug. 5, about 7 a.m.:** Morales leaves her campsite.\n- **Sunday, 11:20 a.m.:** "
     "Morales is found alive.\n\nMorales, an experienced hiker, had been to Glacier twice before, in 2019 and last "
     "summer, according to her family. She usually calls home daily when she travels alone, her brother said. More "
     "than 260 people have died in the park since it was established in 1910, according to park records.\n\n"
     "**Saturday, 9:30 p.m.** — (From last night) Commanders say the search will resume at first light.", "2026-08-09",
     "Saturday", "DATE", "2026-08-08", None),
    # on New Year's Eve, a midnight gone by is the one the new year begins at
    ("New Year live: Fireworks burst from the Sky Tower as the clock struck midnight in Auckland.", "2025-12-31",
     "midnight", "TIME", "2025-12-31T24:00", None),
    # "earlier than" compares; it tells no past
    ("Easter Sunday is on 5 April, more than two weeks earlier than last year.", "2026-01-05", "5 April", "DATE",
     "2026-04-05", None),
    # a date in the subject of a reported clause is of that clause's verb, not the saying's
    ("The operator said the last trains on Friday night would leave Birmingham New Street at about 6pm.", "2025-02-19",
     "Friday night", "TIME", "2025-02-21TNI", None),
    ("Officials said the trains on Friday will be full.", "2025-02-19", "Friday", "DATE", "2025-02-21", None),
    # a weekday heading an entry after a chronology's dated entries that have come up to the DCT's week: the first such
    # day after the last of them
    ("**Jan. 14, 2026** — A federal conciliator is appointed.\n\n**Sept. 14** — The airline begins cancelling flights."
     "\n\n**Sept. 16** — Pilots walk off the job at 12:01 a.m. ET."
     "\n\n**Thursday** — The federal labour minister says Ottawa will not intervene.", "2026-09-18", "Thursday", "DATE",
     "2026-09-17", None),
    # what a deadline is pushed to, and what takes effect from a day, is to come
    ("An extension gives you six more months, pushing your filing deadline to Oct. 15.", "2025-04-15", "Oct. 15", "DATE",
     "2025-10-15", None),
    ("Lenders announced cuts, with some changes taking effect from 8am on Monday.", "2025-02-07", "8am", "TIME",
     "2025-02-10T08:00", None),
    # a month, then a day of it told with its weekday in the sentence: of the year the weekday tells
    ("The October half-term runs from Monday 27 October to Friday 31 October.", "2025-02-11", "October", "DATE",
     "2025-10", None),
    # a holiday apposed to the day just named is as that day: the times after it are of that day
    ("**Thursday (Thanksgiving):** Most stores will be closed.\n\n**Friday (Black Friday):** Doors open at 6 a.m. at most "
     "Walmart stores.", "2024-11-25", "6 a.m.", "TIME", "2024-11-29T06:00", None),
    # the end of "between ... and", "from ... to" is on or after its start
    ("Items bought at Target between Oct. 1 and Dec. 25 can be returned until Jan. 24.", "2024-11-25", "Dec. 25", "DATE",
     "2024-12-25", None),
    # the year written after the second day of a range, its day before its month, is the first's too
    ("Anyone born between 6 April and 5 May 1960 must wait one month.", "2026-03-09", "6 April", "DATE", "1960-04-06", None),
    # a word of a schedule in -s after a figure or a preposition is a noun: "280,000 returns" tells nothing to come
    ("The IRS had processed about 280,000 returns as of Monday, more than double last year's pace.", "2025-04-15",
     "Monday", "DATE", "2025-04-14", None),
    # a month naming a disaster it saw has gone by, whatever the tense
    ("Residents affected by the January wildfires do not have to file until October 15.", "2025-04-15", "January",
     "DATE", "2025-01", None),
    # "the Thanksgiving holiday weekend" is the holiday's weekend, as "the Thanksgiving weekend" is
    ("The film had the multiplexes largely to itself over the Thanksgiving holiday weekend.", "2025-11-30",
     "Thanksgiving holiday weekend", "DATE", "2025-W48-WE", None),
    # a listing's channel, day and hour ("(Fox, Wednesday, 8 p.m.)") is of the coming day; not any bracket's day and time
    ('**"Heat Check" (Fox, Wednesday, 8 p.m.)**\n\nThe cooking competition wraps up its season.', "2024-09-20",
     "Wednesday", "DATE", "2024-09-25", None),
    ("The vote (held Tuesday, 8 p.m.) failed.", "2024-09-20", "Tuesday", "DATE", "2024-09-17", None),
    # a holiday or a day of the calendar that "falls on" a day is the one to come
    ("The summer bank holiday falls on 31 August in England.", "2026-01-05", "31 August", "DATE", "2026-08-31", None),
    ("The summer bank holiday falls on 31 August in England.", "2026-01-05", "The summer bank holiday", "DATE", "2026-08-31", None),
    ("Christmas Day falls on Friday 25 December.", "2026-01-05", "Christmas Day", "DATE", "2026-12-25", None),
    # a number ending a list item is no trigger with the month that opens the next item
    ("Retail sales (% change):\n\n- August 2025: -0.7\n- September 2025: -0.6\n- October 2025: +0.4", "2026-02-20",
     "September 2025", "DATE", "2025-09", None),
    # a quarter named by the month it ends in, with no determiner, and with its year after it
    ("Spending picked up after a soft June quarter, the ABS said.", "2025-12-03", "June quarter", "DATE", "2025-Q2", None),
    ("GDP growth (%):\n\n- September quarter 2024: 0.3\n- December quarter 2024: 0.6", "2025-12-03",
     "September quarter 2024", "DATE", "2024-Q3", None),
    # a month put before the subject of a past, with no comma, or before a saying, is of the month gone by
    ("In December the minister resigned.", "2025-11-23", "December", "DATE", "2024-12", None),
    ("In January I wrote in this column that the talks would fail.", "2025-11-23", "January", "DATE", "2025-01", None),
    ("In December officials said the plant would close.", "2025-11-23", "December", "DATE", "2024-12", None),
    # "May" joined to another month is one too, even after "for"
    ("The BLS also revised down its estimates for May and June.", "2024-08-02", "May", "DATE", "2024-05", None),
    # a time a plan is brought forward to is to come, as one it is put off to
    ("The launch was brought forward to October, the company said.", "2025-03-19", "October", "DATE", "2025-10", None),
    ("Titan X300 is pulled forward to Q4.", "2025-03-19", "Q4", "DATE", "2025-Q4", None),
    # a month after a verb and "into" is no span from the month before it
    ("About $95 billion in benefit payments normally made in November were shifted into October.", "2026-11-12",
     "October", "DATE", "2026-10", None),
    # "into" before "March" or "May" makes it the month, as "in" does
    ("The season runs from November into March.", "2026-11-12", "March", "DATE", "2027-03", None),
    ("The talks dragged on into May.", "2026-11-12", "May", "DATE", "2026-05", None),
    # ... but a number at a line's end goes on to the next line's word where the sentence goes on: "every 12\nminutes"
    ("It added a free shuttle that runs every 12\nminutes between the two ends.", "2025-09-04", "every 12\nminutes",
     "SET", "PT12M", None),
    ("Retail sales (% change):\n\nAugust 2025: -0.7\nSeptember 2025: -0.6\nOctober 2025: +0.4", "2026-02-20",
     "September 2025", "DATE", "2025-09", None),
    # a month a word describes after "a" is the month, not the verb or the modal
    ("**A crowded March**\n\nThe timing is tight: three big releases land in the same fortnight.", "2026-02-18",
     "March", "DATE", "2026-03", None),
    ("After a wet May the harvest was late.", "2026-02-18", "May", "DATE", "2025-05", None),
    # a month heading an entry under a year alone on its line is of that year, as a day is
    ("**2021**\n\n**September** – Lockdowns and labour shortages delay the project.\n\n**2025**\n\n**Late March** – "
     "Repair work starts.", "2026-06-18", "September", "DATE", "2021-09", None),
    ("**2021**\n\n**September** – Lockdowns and labour shortages delay the project.\n\n**2025**\n\n**Late March** – "
     "Repair work starts.", "2026-06-18", "Late March", "DATE", "2025-03", "END"),
    # "until" the small hours of a day told with them is that day's, not the one after it
    ("Drivers walked off the job at 3am, and no trams will run until 3am tomorrow.", "2024-10-23", "3am tomorrow",
     "TIME", "2024-10-24T03:00", None),
    # a time to the second, as an accident report tells it (a race time is no time of day)
    ("The aircraft struck rising ground at 14:32:05 local time on 3 October 2024. At 14:31:40 the stick shaker "
     "activated.", "2025-12-04", "14:31:40", "TIME", "2024-10-03T14:31:40", None),
    ("Kestrel-2 clears the tower at 14:32:04 UTC, four seconds into the window.", "2024-02-29", "14:32:04 UTC", "TIME",
     "2024-02-29T14:32:04Z", None),
    ("The race was won in 2:04:35.", "2025-12-04", "2:04:35", "DURATION", "PT2H4M35S", None),
    # "as recently as" makes "March" the month
    ("The date slipped and, as recently as March, the target was December.", "2026-11-12", "March", "DATE", "2026-03",
     None),
    # the following season after a day is the first one after it, in its year when it starts later
    ("The mill burned on Jan. 10, 1975. Demers went back to school the following fall.", "2025-01-09",
     "the following fall", "DATE", "1975-FA", None),
    ("The mill burned in 1975. Demers went back to school the following fall.", "2025-01-09", "the following fall",
     "DATE", "1976-FA", None),
    # "the Friday" after other days told is the Friday told with its weekday
    ("On Friday 29 January 2016, rain fell. Many spent Christmas 2016 there. An inquest in 2017 heard that a warning "
     "issued at 9.10pm on the Friday did not reach residents until midnight.", "2026-01-27", "9.10pm", "TIME",
     "2016-01-29T21:10", None),
    ("On Friday 29 January 2016, rain fell. Many spent Christmas 2016 there. An inquest in 2017 heard that a warning "
     "was issued on the Friday.", "2026-01-27", "Friday", "DATE", "2016-01-29", None),
    # an hour spelled out before "o'clock"; without a part of the day, one in the afternoon
    ('"We heard it on the wireless at three o\'clock," she said.', "2025-05-05", "three o'clock", "TIME",
     "2025-05-05T15:00", None),
    ("He woke at five o’clock in the morning.", "2025-05-05", "five o’clock in the morning", "TIME", "2025-05-05T05:00",
     None),
    ("We heard it at 3 o'clock.", "2025-05-05", "3 o'clock", "TIME", "2025-05-05T15:00", None),
    ("**11:20 a.m.** — Police are out in force.\n\n**9:50 a.m.** — \"They've been going over the house since about 6 "
     "o'clock.\"", "2025-07-17", "about 6 o'clock", "TIME", "2025-07-17T06:00", "APPROX"),
    # what must be done by a time is not of the day gone by told before
    ("The Metropolitan Police said on Monday evening that it had agreed a route with organisers. Tractors must be out "
     "of Whitehall by 4pm.", "2026-03-17", "4pm", "TIME", "2026-03-17T16:00", None),
    # a season something was done in, told by its participle in a past clause, has gone by
    ("The quota was cut, following scientific advice published in the autumn which found the stock overfished.",
     "2025-05-12", "the autumn", "DATE", "2024-FA", None),
    # a compound in -ed after "some" describes its noun: no past
    ("The next few months will decide whether some family-owned boats are still fishing by Christmas.", "2025-05-12",
     "Christmas", "DATE", "2025-12-25", None),
    # "runs out", "runs through" a day: as "expires", to come
    ("The current agreement runs out at 11:59 p.m. Saturday.", "2024-05-13", "11:59 p.m. Saturday", "TIME",
     "2024-05-18T23:59", None),
    ("The statewide bear season opened Saturday and runs through Tuesday.", "2025-11-24", "Tuesday", "DATE",
     "2025-11-25", None),
    # the figures for a quarter just ended are that quarter's, whenever they are due
    ("Gross domestic product figures for the fourth quarter are due Jan. 30.", "2025-01-10", "the fourth quarter",
     "DATE", "2024-Q4", None),
    # a time that opens the paragraph right after a day long gone, told in the past, is of that day
    ("That ended on Aug. 19 last year.\n\nAt 8:52 a.m., a de Havilland Beaver clipped the water while turning onto "
     "its final approach.", "2026-02-14", "8:52 a.m.", "TIME", "2025-08-19T08:52", None),
    # "its next crop forecast" is a noun: the verb before it tells the tense
    ("The U.S. Department of Agriculture will publish its next crop forecast on Friday.", "2026-09-10", "Friday", "DATE",
     "2026-09-11", None),
    ("The central bank forecast in May that prices would rise.", "2026-09-10", "May", "DATE", "2026-05", None),
    # a month told in a chronology's past does not hold once days to come are told
    ("**Dec. 2025 to Feb. 2026** — Snowfall runs below normal.\n\n## What comes next\n\n**Nov. 3** — Midterm "
     "elections.\n\n**By December** — Forecasters say La Nina conditions may develop.", "2026-09-10", "December", "DATE",
     "2026-12", None),
    # "from today" is the DCT, a law of long ago before it or not
    ("The Housing Act 1988 let landlords evict without a reason. From today, landlords can no longer evict tenants "
     "without giving one.", "2026-05-01", "today", "DATE", "2026-05-01", None),
    # a day heading the paragraphs below it takes the tense of what they tell: a diary's week gone by, a preview's to come
    ("Lambing diary.\n\n**Monday**\n\nThe first lamb arrived at 5.40am.\n\n**Wednesday**\n\nSun at last. I turned "
     "the ewes out at 8am.", "2024-03-16", "8am", "TIME", "2024-03-13T08:00", None),
    ("Here is what to watch:\n\n**Monday**\n\nThe Fed chair speaks at 10am.\n\n**Wednesday**\n\nInflation data "
     "are due.", "2024-03-16", "Wednesday", "DATE", "2024-03-20", None),
    # the DCT's weekday in the section a later such day heads is that day
    ("Here is what to see.\n\n**Friday 24 May**\n\nThe books programme begins at 10am.\n\nFriday night belongs to "
     "the Barn, where the trio play two sets.", "2024-05-17", "Friday night", "TIME", "2024-05-24TNI", None),
    # what is forecast or predicted is to come; "forecasts" after a preposition is the noun
    ("The Bureau of Meteorology forecasts a top of 15 degrees in Sydney on Saturday.", "2025-05-19", "Saturday", "DATE",
     "2025-05-24", None),
    ("With the Met Office forecasting a cold spell from Monday, charities urged anyone worried to call.", "2025-11-21",
     "Monday", "DATE", "2025-11-24", None),
    ("Prices rose 1.2% in the September quarter, faster than the 0.8% rise in the June quarter and above forecasts.",
     "2023-11-03", "the June quarter", "DATE", "2023-Q2", None),
    # a day told before ", when" something is expected is to come
    ("AEMO has flagged a possible lack of reserve in NSW on Saturday evening, when demand is expected to peak.",
     "2025-05-19", "Saturday evening", "TIME", "2025-05-24TEV", None),
    # "lay" after its subject is the past of "lie"; "will lay off" is not
    ("On Tuesday night I lay awake until 3 a.m. with the curtains drawn.", "2025-06-21", "Tuesday night", "TIME",
     "2025-06-17TNI", None),
    ("The firm will lay off 640 workers by Tuesday.", "2025-06-21", "Tuesday", "DATE", "2025-06-24", None),
    # "will stop earlier": sooner than something else, still to come
    ("The campaign will run until 31 March, although Covid jabs will stop earlier, on 19 December.", "2025-09-02",
     "19 December", "DATE", "2025-12-19", None),
    # in a report on a month's figures, a figure "a month earlier" is of the month before that one
    ("The waiting list dipped again in December. Ministers have promised to meet the standard by March 2029.\n\nThe "
     "number waiting more than 52 weeks fell to 299,000, from 307,000 a month earlier.", "2025-02-13",
     "a month earlier", "DATE", "2024-11", None),
    # ", and it ..." opens another clause: what it usually does is not the date's
    ("Her new book is out on 3 October, her first novel in a decade, and it arrives with the kind of excitement "
     "publishers usually reserve for celebrity debuts.", "2024-09-16", "3 October", "DATE", "2024-10-03", None),
    # a month with no tense after days to come its sentence told is of their stretch
    ("The 42-date tour opens in Atlanta on May 2 and closes at SoFi Stadium on Aug. 29, with a three-week break in late "
     "June.", "2025-11-14", "late June", "DATE", "2026-06", "END"),
    # the late May and late August bank holidays are the spring and summer ones, not "late May"
    ("The last event finishes on Monday 27 May, the late May bank holiday.", "2024-05-17", "the late May bank holiday",
     "DATE", "2024-05-27", None),
    # hours in an entry a day heads are that day's, whatever is done every so often there
    ("**Saturday** – The gala begins at 7.30pm.\n\n**Sunday** – A free open day runs from 10am to 4pm, with backstage "
     "tours every 30 minutes.", "2026-07-02", "10am", "TIME", "2026-07-05T10:00", None),
    # "between midnight and 6 a.m." of a day told is the midnight that opens it; after a night told, the one ending it
    ("**Tuesday, Aug. 6**\n\nThe river rose 14 inches between midnight and 6 a.m.", "2024-08-09", "midnight", "TIME",
     "2024-08-06T00:00", None),
    ("**Tuesday, Aug. 6**\n\nThe river rose 14 inches between midnight and 6 a.m.", "2024-08-09", "6 a.m.", "TIME",
     "2024-08-06T06:00", None),
    ("It peaks on the night of Aug. 12. The best viewing is between midnight and 4 a.m.", "2026-08-07", "midnight",
     "TIME", "2026-08-12T24:00", None),
    # a weekday's happening in the section that day heads is of that day
    ("**Saturday 25 May**\n\nChildren's events run every hour. Saturday evening's concert begins at 7pm.",
     "2024-05-17", "Saturday evening", "TIME", "2024-05-25TEV", None),
    # Mother's Day in a British story is Mothering Sunday, three weeks before Easter; in an American one, May's
    ("West Yorkshire Police said the Leeds student had been looking forward to coming home for Mother's Day.",
     "2025-03-10", "Mother's Day", "DATE", "2025-03-30", None),
    ("Florists in Ohio expect a busy Mother's Day.", "2025-03-10", "Mother's Day", "DATE", "2025-05-11", None),
    # a week counted, with the day told in apposition, is that day's week
    ("Markets are closed on Martin Luther King Jr. Day. Existing-home sales are due the following week, on Jan. 24.",
     "2025-01-10", "the following week", "DATE", "2025-W04", None),
    # a bulleted list of times after a line that says a timeline follows is of the day the story told before it
    ("The provider said the disruption began at 14:02 UTC on 3 June, and service was not restored until 15:39 UTC.\n\n"
     "\"We let our customers down on Tuesday afternoon,\" she wrote. Nimbus handles two billion requests daily, and "
     "several UK online shops said their checkout pages were unavailable for most of the incident, which lasted more "
     "than an hour and a half and cost some of them a full morning of trade. Nimbus is popular with mid-sized European "
     "retailers and fintech firms, several of which said they were reviewing their contracts with it.\n\n**How it "
     "unfolded**\n\nThe "
     "company's timeline, with all times in UTC, sets out the sequence of events:\n\n- **13:58** – A routine update "
     "is queued.\n- **14:02** – The update reaches the first load balancers.", "2025-06-06", "13:58", "TIME",
     "2025-06-03T13:58", None),
    # "beyond" makes "March" the month
    ("The House would not take up any measure that extends beyond March.", "2026-01-27", "March", "DATE", "2026-03",
     None),
    # a sentence opened by "next week" gives its week to the DCT's own weekday too
    ("Next week, House members are due back Monday for three days of votes.", "2025-12-08", "Monday", "DATE",
     "2025-12-15", None),
    ("The House returns on Monday.", "2025-12-08", "Monday", "DATE", "2025-12-08", None),
    # "until" the small hours after a night told is the night after that night's day
    ("The Labor Day night session did not end until 1:14 a.m., when Okafor closed out the match.", "2025-09-02",
     "1:14 a.m.", "TIME", "2025-09-02T01:14", None),
    # race times in results, after a bracket or any word; a time of day with seconds still after "at"
    ("Men: 1 B Kiptanui (Ken) 2:03:58; 2 T Bekele (Eth) 2:04:12.", "2026-04-26", "2:03:58", "DURATION", "PT2H3M58S",
     None),
    ("Her previous best was 2:21:30 in Valencia.", "2026-04-26", "2:21:30", "DURATION", "PT2H21M30S", None),
    # a 24-hour time after a schedule's label, under the day heading it
    ("All times local, with GMT in brackets.\n\n**Thursday, 20 November**\nFirst practice: 18:30 (Friday 02:30 GMT)\n"
     "Second practice: 22:00 (Friday 06:00 GMT)", "2025-11-18", "22:00", "TIME", "2025-11-20T22:00", None),
    ("All times local, with GMT in brackets.\n\n**Thursday, 20 November**\nFirst practice: 18:30 (Friday 02:30 GMT)\n"
     "Second practice: 22:00 (Friday 06:00 GMT)", "2025-11-18", "18:30", "TIME", "2025-11-20T18:30", None),
    # "v." of a case's name ends no sentence: the year the sentence is about still frames its date
    ("The justices will hear cases, as they were in 2000, when the court decided Bush v. Gore on Dec. 12.",
     "2024-10-07", "Dec. 12", "DATE", "2000-12-12", None),
    # a month a participle of the subject tells, before "will": the nearest; before "would", as it was read
    ("That means the numbers published in March will not on their own trigger new cuts.", "2026-02-10", "March",
     "DATE", "2026-03", None),
    # "December-quarter", hyphenated before its noun, is the quarter
    ("A shortage of memory chips weighed on its December-quarter shipments.", "2026-01-16", "December-quarter", "DATE",
     "2025-Q4", None),
    # a weekday in the section a day to come heads is that day
    ("Here is the programme.\n\n**Saturday 24 January**\n\nGates open at 9am. Saturday night ends with fireworks at "
     "10pm.", "2026-01-16", "Saturday night", "TIME", "2026-01-24TNI", None),
    # ", and" before a name opens another clause: its "every morning" is not the time's
    ("St Augustine's will hold its open evening on Thursday from 6pm to 8pm, and Ribblesdale High School is offering "
     "guided tours every morning until Friday 24 October.", "2025-10-14", "8pm", "TIME", "2025-10-16T20:00", None),
    # a weekday and a day and month in figures: the weekday tells the order and the year, and the times after it
    ("FIXTURES\n\nSat 27/12 — Hobart v Sydney, Bellerive Oval, 7.15pm\n\nThu 1/1 — Stars v Thunder, MCG, 4.15pm",
     "2025-12-27", "Thu 1/1", "DATE", "2026-01-01", None),
    ("FIXTURES\n\nSat 27/12 — Hobart v Sydney, Bellerive Oval, 7.15pm\n\nThu 1/1 — Stars v Thunder, MCG, 4.15pm",
     "2025-12-27", "4.15pm", "TIME", "2026-01-01T16:15", None),
    ("Lane closures: Sat 20/2 and Sun 21/2, 6am to 8pm.", "2027-02-15", "Sun 21/2", "DATE", "2027-02-21", None),
    ("The season finale airs Tuesday, 9/22 at 9 p.m.", "2026-09-14", "Tuesday, 9/22", "DATE", "2026-09-22", None),
    # minutes or hours ago in a live blog's entry: the time that long before the entry's own
    ("LIVE: Verdict day\n\n2.38pm — Jury returning\n\nThe jury sent a note to the judge about 20 minutes ago.\n\n"
     "2.05pm — Waiting\n\nNothing yet.", "2025-06-18", "about 20 minutes ago", "TIME", "2025-06-18T14:18", "APPROX"),
    ("Transfer deadline day live\n\n00:20\nMoura landed at Manchester Airport an hour ago.\n\n23:55\nGood evening.",
     "2026-09-01", "an hour ago", "TIME", "2026-08-31T23:20", None),
    # a British time with a full stop, and the part of the day told after it
    ("The warning, issued at 10.15 this morning, is in force from 12:00 BST on Saturday.", "2026-08-28",
     "10.15 this morning", "TIME", "2026-08-28T10:15", None),
    ("Police were called to the flat at 7.40 last night.", "2026-08-28", "7.40 last night", "TIME", "2026-08-27T19:40", None),
    ("Shares in the group rose 2.15 this morning.", "2026-08-28", "this morning", "TIME", "2026-08-28TMO", None),
    # a participle set off by commas after the subject is not the tense of the verb after it
    ("The warning, issued at 10.15 this morning, is in force from 12:00 BST on Saturday until 06:00 on Sunday.",
     "2026-08-28", "Saturday", "DATE", "2026-08-29", None),
    ("The amber warning, extended by forecasters overnight, remains in place until Monday.", "2026-08-28", "Monday",
     "DATE", "2026-08-31", None),
    # so too a phrase of "due": what is due is to come, the day after it is the present verb's (here a week gone by,
    # not a year ahead)
    ("The ruling, due by the end of the year, follows a decision on Nov. 30.", "2026-12-07", "Nov. 30", "DATE",
     "2026-11-30", None),
    ("The report, published in October, follows a decision on Nov. 30.", "2026-12-07", "Nov. 30", "DATE",
     "2026-11-30", None),
    # a holiday's long weekend is its weekend, as "Labor Day weekend" is
    ("Businesses had been counting on the Family Day long weekend to make up for a slow start.", "2027-02-16",
     "Family Day long weekend", "DATE", "2027-W06-WE", None),
    ("Residents travelling over the Good Friday long weekend should turn over pails.", "2025-04-15",
     "Good Friday long weekend", "DATE", "2025-W16-WE", None),
    # a verb of a schedule after "which" or "that" has a plural subject, and tells what is to come
    ("The cold snap returns in the middle of the school holidays, which begin on Saturday.", "2026-06-30", "Saturday",
     "DATE", "2026-07-04", None),
    # a holiday told just after a day of a year long gone is that year's
    ("The sirens sounded at 6:31 p.m. on Sunday, May 8, 2016, as most of the town's residents were finishing Mother's "
     "Day dinners.", "2026-05-07", "Mother's Day", "DATE", "2016-05-08", None),
    ("The fire broke out on Dec. 24, 2019, as families gathered for Christmas.", "2026-05-07", "Christmas", "DATE",
     "2019-12-25", None),
    # (near the DCT, "last year" and the tense choose: "Last year the queue stretched back half a mile on Good Friday")
    ("The clocks go forward at 1am on Sunday, March 29. \"Last year the queue stretched back half a mile on Good "
     "Friday.\"", "2026-03-20", "Good Friday", "DATE", "2025-04-18", None),
    # a time without "p.m." goes on from the evening just told
    ("The sirens sounded at 6:31 p.m. on Sunday, May 8, 2016. At 6:42, a tornado half a mile wide crossed the highway.",
     "2026-05-07", "6:42", "TIME", "2016-05-08T18:42", None),
    ("The tree lighting takes place at 6 p.m. on Friday, Dec. 1, followed by fireworks at about 6:45.", "2023-11-20",
     "about 6:45", "TIME", "2023-12-01T18:45", "APPROX"),
    # "and that" opens a second thing said: its verb is not the date's
    ("The trust said it had introduced mandatory senior review for adults with severe abdominal pain in June and that, "
     "from January, a consultant would be on site overnight.", "2025-12-30", "June", "DATE", "2025-06", None),
    # a subject after a phrase put before it and a comma still opens its clause: its verb in the past is the date's
    ("After two weeks of testimony, a jury convicted Pitre on April 25 on 19 of the counts.", "2026-04-09", "April 25",
     "DATE", "2025-04-25", None),
    ("In a statement, the agency said the vote would be held on April 25.", "2026-04-09", "April 25", "DATE",
     "2026-04-25", None),
    # a day without a year between two days just told, a few months apart, is of their stretch
    ("The autumn term runs from Thursday 2 September to Friday 17 December, with half-term from 25 October to 29 "
     "October.", "2027-04-19", "25 October", "DATE", "2027-10-25", None),
    # what a hearing of the last few days heard had happened is of the day the story is of, and so is what follows
    ("Callum got into difficulty in the water on Sunday 23 June 2024. The inquest in Truro yesterday heard that he had "
     "gone to the quarry at about 3.30pm.", "2025-07-17", "about 3.30pm", "TIME", "2024-06-23T15:30", "APPROX"),
    ("Callum got into difficulty in the water on Sunday 23 June 2024. An inquest heard yesterday that he had gone to "
     "the quarry at about 3.30pm. He jumped at about 5.10pm.", "2025-07-17", "about 5.10pm", "TIME", "2024-06-23T17:10",
     "APPROX"),
    # what a stretch up to now began with has happened: "since Storm Éowyn in January", written on 30 December
    ("A gust of 96mph was recorded at Stornoway earlier this afternoon, the strongest there since Storm Éowyn in January.",
     "2025-12-30", "January", "DATE", "2025-01", None),
    ("The Finance Minister called on the President a short while ago.", "2026-02-01", "a short while ago", "DATE",
     "PAST_REF", None),
    # "open" after "kept ... stores" describes them: no schedule to come ("Stores open at 6 a.m. on Friday" is one)
    ("\"We added staff and kept our flagship stores open until 11 p.m. on Dec. 20. That paid off.\"", "2025-12-27",
     "Dec. 20", "DATE", "2025-12-20", None),
    ("Stores open at 6 a.m. on Friday.", "2025-12-27", "Friday", "DATE", "2026-01-02", None),
    # a weekday's part of the day, then its date: that part of the dated day, one expression
    ("Kansas City hosts Cincinnati on Monday night, Oct. 26, the first of three prime-time games.", "2026-10-19",
     "Monday night, Oct. 26", "TIME", "2026-10-26TNI", None),
    # a year told in a relative clause set off by commas is the aside's, not the year of the date after it
    ("Mensah, who was third here last year, also won in Tokyo on March 1, and has now run two winning marathons.",
     "2026-04-26", "March 1", "DATE", "2026-03-01", None),
    ("Last year the rains arrived early, on May 29.", "2026-04-26", "May 29", "DATE", "2025-05-29", None),
    # Ireland's bank holidays: the June and October ones are its own, its August one is the first Monday, and "bank
    # holiday Monday" in an Irish text is one of its Mondays (England's: the last Monday of August, the late May one)
    ("Traffic is expected to be heavy in Dublin over the June bank holiday weekend, gardaí said.", "2026-05-20",
     "the June bank holiday weekend", "DATE", "2026-W22-WE", None),
    ("The Irish Rail timetable changes on the June bank holiday Monday.", "2026-05-20", "the June bank holiday Monday",
     "DATE", "2026-06-01", None),
    ("Schools close for the mid-term break from the October bank holiday.", "2025-09-03", "the October bank holiday",
     "DATE", "2025-10-27", None),
    ("Dublin Bus will run a Sunday service on the August bank holiday, Irish Rail said.", "2026-07-20",
     "the August bank holiday", "DATE", "2026-08-03", None),
    ("London buses will run a Sunday service on the August bank holiday, TfL said.", "2026-07-20",
     "the August bank holiday", "DATE", "2026-08-31", None),
    ("The Galway festival runs until the bank holiday Monday, Irish organisers said.", "2024-10-21",
     "the bank holiday Monday", "DATE", "2024-10-28", None),
    ("The Leeds festival runs until the bank holiday Monday, British organisers said.", "2024-05-21",
     "the bank holiday Monday", "DATE", "2024-05-27", None),
    ("Dublin offices will close on bank holiday Monday, the Irish union said.", "2026-01-28", "bank holiday Monday",
     "DATE", "2026-02-02", None),
    # Labour Day where the text is from, told by a country (or an Australian state) it names more than once
    ("Melbourne will host the parade on Labour Day, the Victorian government said.", "2026-03-02", "Labour Day",
     "DATE", "2026-03-09", None),
    ("Brisbane roads will close for the Labour Day march, Queensland police said.", "2026-04-10", "Labour Day", "DATE",
     "2026-05-04", None),
    ("Sydney trains will run a Sunday timetable on Labour Day, NSW officials said.", "2026-09-20", "Labour Day", "DATE",
     "2026-10-05", None),
    ("Wellington shops will open on Labour Day, the New Zealand retail association said.", "2026-10-20", "Labour Day",
     "DATE", "2026-10-26", None),
    ("Workers in Nairobi will march on Labour Day, the Kenyan union said.", "2026-04-20", "Labour Day", "DATE",
     "2026-05-01", None),
    ("The museum in Santa Fe, New Mexico, will stay open late through Labor Day.", "2027-03-05", "Labor Day", "DATE",
     "2027-09-06", None),
    ("Chicago shops will close on Labor Day.", "2026-08-20", "Labor Day", "DATE", "2026-09-07", None),
    # the day just told, a week before: one expression
    ("Sales rose 4% on Wednesday, compared with the same day last week.", "2026-03-12", "the same day last week",
     "DATE", "2026-03-04", None),
    ("Footfall on Saturday was down 8% on the same day a week earlier.", "2026-03-12", "the same day a week earlier",
     "DATE", "2026-02-28", None),
    # a date that owns the subject of "will" or "would": the verb's time (after "said", "would" is the nearest day)
    ("Breward said Friday's thunderstorms would bring temperatures down to the mid-20s.", "2026-07-22", "Friday", "DATE",
     "2026-07-24", None),
    ("Saturday's final will be played in front of 80,000 fans.", "2026-07-22", "Saturday", "DATE", "2026-07-25", None),
    ("Sunday's race was won by Pogacar.", "2026-07-22", "Sunday", "DATE", "2026-07-19", None),
    # "goes on sale", "goes live": a schedule, as "opens" (not "goes to the gym")
    ("Her second novel goes on sale Tuesday, and Vance will mark the occasion with a reading.", "2026-08-27", "Tuesday",
     "DATE", "2026-09-01", None),
    ("The new site goes live on Monday.", "2026-08-27", "Monday", "DATE", "2026-08-31", None),
    # "might not" is still a possibility to come
    ("The electoral commission said a final tally might not be ready before Monday.", "2026-08-15", "Monday", "DATE",
     "2026-08-17", None),
    # the end of the year told in the past early in the next: the year that has ended
    ("The minister said the scheme had reached about 70 people a week by the end of the year.", "2027-01-02",
     "the end of the year", "DATE", "2026", "END"),
    ("The minister said the scheme would reach about 70 people a week by the end of the year.", "2027-01-02",
     "the end of the year", "DATE", "2027", "END"),
    # "that" and the weekday of the day just told: that day, though a noun comes before "that"
    ("Almanza walked through the events of the night of Oct. 14, 2023. Brandt and his former girlfriend argued at a "
     "birthday party on the city's north side that Saturday night. Witnesses testified that he left the party at about "
     "10:45 p.m.", "2025-07-23", "about 10:45 p.m.", "TIME", "2023-10-14T22:45", "APPROX"),
    ("Almanza walked through the events of the night of Oct. 14, 2023. Brandt argued at a party on the north side that "
     "Saturday night.", "2025-07-23", "that Saturday night", "TIME", "2023-10-14TNI", None),
    ("The market runs until 2am on Saturday night. Note that Saturday is also Valentine's Day.", "2026-02-12",
     "Saturday", "DATE", "2026-02-14", None),
    # the Super Bowl's Sunday: the second of February from 2022
    ("Forecasters are watching another system that could bring more snow on Super Bowl Sunday.", "2026-02-03",
     "Super Bowl Sunday", "DATE", "2026-02-08", None),
    ("The fourth episode, which would have landed on Super Bowl Sunday, will instead be released on Friday, Feb. 7.",
     "2025-01-06", "Super Bowl Sunday", "DATE", "2025-02-09", None),
    # a year told in a clause of the sentence before sets no year for a month that opens the next
    ("Reservoirs are at their lowest since 1965, when the Northeast was in a drought that lasted four years. September "
     "has brought little relief.", "2025-09-30", "September", "DATE", "2025-09", None),
    # a day counted back in a past perfect is a look back: the clock's story goes on from its own day, past midnight
    ("The pursuit began at 11:24 p.m. CDT Friday when an officer tried to stop a truck that had been reported stolen two "
     "days earlier.\n\nTroopers joined the chase about 15 minutes later.\n\nAt about 12:50 a.m., the pickup struck a "
     "patrol car.", "2026-05-16", "about 12:50 a.m.", "TIME", "2026-05-16T00:50", "APPROX"),
    ("The pursuit began at 11:24 p.m. CDT Friday when an officer tried to stop a truck that had been reported stolen two "
     "days earlier.", "2026-05-16", "two days earlier", "DATE", "2026-05-13", None),
    # a programme told in the present runs forward from a day to come, into the next sentences and the next year
    *[("\"A Christmas Carol\" plays through Dec. 28. The new year brings a new musical from Jan. 16 to Feb. 22. "
       "\"Twelfth Night\" follows in March, opening on March 13 and closing on Easter Sunday, April 5.", "2025-06-17",
       span, "DATE", value, None)
      for span, value in (("The new year", "2026"), ("Jan. 16", "2026-01-16"), ("Feb. 22", "2026-02-22"),
                          ("March", "2026-03"), ("March 13", "2026-03-13"), ("Easter Sunday, April 5", "2026-04-05"))],
    ("The festival closes on Dec. 28. It opened on Jan. 16.", "2025-06-17", "Jan. 16", "DATE", "2025-01-16", None),
    # a season that is the subject of a past, told before this year's has begun: last year's
    ("2026 was the fifth-warmest year on record. The summer was the hottest on record in Texas.", "2027-01-14",
     "The summer", "DATE", "2026-SU", None),
    ("Officials said the summer would be hot.", "2027-03-14", "the summer", "DATE", "2027-SU", None),
    # a holiday after "before" or "until", with no tense: a bound ahead
    ("The meeting is the last realistic chance to agree the budget's broad outlines before Christmas.", "2027-06-21",
     "Christmas", "DATE", "2027-12-25", None),
    # alternative days, each with its own time: not the time of each of several days
    ("\"If you can get going before 10 a.m. Tuesday, or on Christmas Eve before 11 a.m., you'll save time,\" he said.",
     "2026-12-21", "10 a.m. Tuesday", "TIME", "2026-12-22T10:00", None),
    ("The shop is open from 11 a.m. to 9 p.m. Wednesday through Sunday.", "2026-12-21", "11 a.m.", "TIME",
     "XXXX-XX-XXT11:00", None),
    # a day of the month after "last year" opening the sentence: the DCT's month, last year
    ("\"We do this drive every Christmas,\" she said. \"Last year we left on the 23rd and sat in traffic for two hours.\"",
     "2026-12-21", "the 23rd", "DATE", "2025-12-23", None),
    # "throughout the morning" with no day told: the morning of the day the news is from
    ("A spokesperson said ministers had been kept informed throughout the morning and had asked for an account.",
     "2025-03-29", "the morning", "TIME", "2025-03-29TMO", None),
    # an hour before "every morning", "each night", after a word that makes it an hour: that time of every such day
    ("She rose at 6.30 every morning and walked the dog.", "2025-05-17", "6.30 every morning", "SET", "XXXX-XX-XXT06:30",
     None),
    ("He was at the market by 6 every morning.", "2025-05-17", "6 every morning", "SET", "XXXX-XX-XXT06:00", None),
    ("She prays at 9 every night.", "2025-05-17", "9 every night", "SET", "XXXX-XX-XXT21:00", None),
    ("Patients take 2 every morning.", "2025-05-17", "every morning", "SET", "XXXX-XX-XXTMO", None),
    # seven days a week: every day (six days a week: so many days in each week)
    ("The helpline is staffed seven days a week.", "2025-05-17", "seven days a week", "SET", "P1D", None),
    ("She works six days a week.", "2025-05-17", "six days a week", "SET", "P1W", None),
    ("Under the current calendar, the term ran from September.", "2026-03-12", "current", "DATE", "PRESENT_REF", None),
    ("Profit rose in the first half-year.", "2025-05-17", "the first half", "DATE", "2025-H1", None),
    # a year's first or last week (or weekend): its first or last ISO week
    ("Positivity peaked at 17.9 per cent in the final week of 2025.", "2026-12-11", "the final week of 2025", "DATE",
     "2025-W52", None),
    ("In the final week of 2020, cases rose.", "2026-12-11", "the final week of 2020", "DATE", "2020-W53", None),
    ("Sales rose in the first week of 2026.", "2026-12-11", "the first week of 2026", "DATE", "2026-W01", None),
    ("The race is on the last weekend of 2026.", "2026-12-11", "the last weekend of 2026", "DATE", "2026-W52-WE", None),
    # years ago after a quarter or half is that period back only where its sentence compares figures
    ("Her pension rose in the second half of last year. She moved into the home two years ago.", "2025-05-17",
     "two years ago", "DATE", "2023", None),
    ("Net income in the third quarter was $4.2 million, compared with $3.9 million a year ago.", "2025-05-17",
     "a year ago", "DATE", "2023-Q3", None),
    ("Visitor numbers in the first quarter were double those of a year earlier.", "2025-05-17", "a year earlier", "DATE",
     "2024-Q1", None),
    # a midnight that opens a range to a time of a day told after it is that day's first moment
    ("Roads will be shut between midnight and 6 a.m. Sunday.", "2026-03-02", "midnight", "TIME", "2026-03-08T00:00", None),
    ("Police said the road was closed from midnight to 6 a.m. Sunday.", "2026-03-09", "midnight", "TIME",
     "2026-03-08T00:00", None),
    ("Roads will be shut from 10 p.m. to 6 a.m. Sunday.", "2026-03-02", "10 p.m.", "TIME", "2026-03-07T22:00", None),
    # the week before a week told, though the day of a report on it was told after it (not another day of the story)
    ("Initial jobless claims rose to 236,000 in the week ending Dec. 5, the Labor Department said Thursday. Claims in "
     "the previous week were revised down.", "2025-12-11", "the previous week", "DATE", "2025-W48", None),
    ("Sales fell last week. On Tuesday the chain cut prices. The previous week, it had closed stores.", "2025-12-11",
     "The previous week", "DATE", "2025-W49", None),
    # "of the year" after a superlative is the year of what it tells, which sets no year for a date after it
    ("The biggest sporting event of the year kicks off on June 11 in Mexico City.", "2025-12-29", "June 11", "DATE",
     "2026-06-11", None),
    ("This year the fair opens on June 11.", "2025-12-29", "June 11", "DATE", "2025-06-11", None),
    # "Lent" with its capital after a word in lower case is the season, no verb (the verb still tells a past)
    ("Ash Wednesday, the start of Lent, is on 18 February.", "2026-02-12", "18 February", "DATE", "2026-02-18", None),
    ("The bank lent the firm money on 18 February.", "2026-02-12", "18 February", "DATE", "2025-02-18", None),
    # a holiday that heads an entry of a programme is the day of what the entry tells
    ("The schedule for the week:\n\n— Holy Thursday: Mass of the Lord's Supper at 7 p.m.\n\n— Good Friday: Stations "
     "of the Cross at noon; the Passion at 3 p.m.", "2025-04-14", "3 p.m.", "TIME", "2025-04-18T15:00", None),
    ("Opening hours:\n\n- Christmas Eve: 9 a.m. to 4 p.m.\n- Boxing Day: 10 a.m. to 5 p.m.", "2025-12-01", "10 a.m.",
     "TIME", "2025-12-26T10:00", None),
    # a weekday joined again to the same weekday to come is that day
    ("The weather service forecast more storms for Saturday afternoon and Saturday night.", "2027-05-21",
     "Saturday night", "TIME", "2027-05-22TNI", None),
    # a plan as it stood ("was originally scheduled for June"): the nearest June, either side ("as originally
    # planned" is how it went)
    ("The rematch was originally scheduled for June, then postponed.", "2026-09-27", "June", "DATE", "2026-06", None),
    # a day to come told after another, a little later in the year, is no year on: no stretch runs from the first
    ("Virginia's deadline is May 1, and Iowa and Delaware give residents until April 30.", "2027-04-12", "April 30",
     "DATE", "2027-04-30", None),
    ("The deadline is May 1, and Iowa's is April 30.", "2027-04-12", "April 30", "DATE", "2027-04-30", None),
    ("The exhibition opens on Nov. 14 and runs until Jan. 5.", "2025-10-12", "Jan. 5", "DATE", "2026-01-05", None),
    # a season told just after a day or month of a year long gone, in the past, is the first such season after it
    ("My grandmother lived through the flood in January 1937, when the water crested on Jan. 26. She talked about it "
     "for the rest of her life, and the smell that lingered into spring.", "2027-06-08", "spring", "DATE", "1937-SP", None),
    ("The budget was agreed in July 2025, and negotiators have met almost weekly since the autumn.", "2027-06-21",
     "the autumn", "DATE", "2026-FA", None),
    # a season with "last year" after it is of that year
    ("Work ran late, in part because of a wet spring last year.", "2026-08-07", "spring", "DATE", "2025-SP", None),
    # a participle and a threshold ending a subject before "will": what "will" says is of the days after it
    ("Passes bought after Dec. 7 will cost at least $100 more.", "2025-11-14", "Dec. 7", "DATE", "2025-12-07", None),
    # a date in a subject of a noun and its participle, before a verb of what may come, is to come
    ("The weather service said a storm moving in Tuesday could drop 8 to 14 inches of snow.", "2025-11-14", "Tuesday",
     "DATE", "2025-11-18", None),
    ("The storm hitting the coast Tuesday could have been worse.", "2025-11-14", "Tuesday", "DATE", "2025-11-11", None),
    # the time something is booked or sold out for is the stay's, the nearest, whatever the booking's tense
    ("He said he had been fully booked for August since February.", "2026-06-18", "August", "DATE", "2026-08", None),
    ("Campsites sold out for July almost as soon as bookings opened.", "2025-04-09", "July", "DATE", "2025-07", None),
    ("The hotel was booked for August, he said.", "2025-10-09", "August", "DATE", "2025-08", None),
    # what did not happen until a day happened on it: gone by, however near the next such day is
    ("The road did not fully open until May 29, after a late storm.", "2025-04-09", "May 29", "DATE", "2024-05-29", None),
    # "the April before (that)": a year before the one just told, one expression
    ("\"It went up last April and the April before that,\" she said.", "2027-03-20", "the April before that", "DATE",
     "2025-04", None),
    ("The firm handed over 46 homes in January, compared with 14 the January before, because buyers were slow.",
     "2025-05-15", "the January before", "DATE", "2024-01", None),
    # a past form that is also a noun, after a preposition, is the noun ("on set"), no past
    ("Crane is due on set in Belfast at the end of June.", "2025-02-11", "the end of June", "DATE", "2025-06", "END"),
    # a holiday told after a day to come that ends a stretch in its sentence is the one nearest that day
    ("Hansel and Gretel returns from Dec. 10 through Dec. 30, with an added matinee on Christmas Eve.", "2027-03-03",
     "Christmas Eve", "DATE", "2027-12-24", None),
    # a season a past was told or done in, that this year has not reached: last year's
    ("The commission said in its report in the autumn that the new rate would keep the wage high.", "2026-03-28",
     "the autumn", "DATE", "2025-FA", None),
    ("The trial, which was announced in late 2025 and recruited employers through the spring, ended.", "2027-02-23",
     "the spring", "DATE", "2026-SP", None),
    # what was intended or aimed to be done by a time lay ahead, as what was hoped
    ("The company said it intended to shut the plant by the end of March.", "2025-09-03", "the end of March", "DATE",
     "2026-03", "END"),
    # a plain text's headline, its first line, with an infinitive: what is to come, as a Markdown heading's is
    ("Heatwave to peak on Wednesday with 35C possible in London, Met Office says\n\nTemperatures rose.", "2026-07-13",
     "Wednesday", "DATE", "2026-07-15", None),
    # the day a warning issued runs from or to is the warning's, the nearest one, whatever the tense of "issued"
    ("The National Weather Service issued a red flag warning for the area from 11 a.m. Friday until 11 p.m. Saturday.",
     "2025-08-07", "11 a.m. Friday", "TIME", "2025-08-08T11:00", None),
    # "the coming winter" is the one about to begin ("next winter", in November, the one after it)
    ("It expected the coming winter, when more people charge bikes indoors, to be busy.", "2026-11-14",
     "the coming winter", "DATE", "2026-WI", None),
    ("It expected next winter to be busy.", "2026-11-14", "next winter", "DATE", "2027-WI", None),
    ("It expected the coming winter to be busy.", "2026-02-14", "the coming winter", "DATE", "2026-WI", None),
    # a plan as it stood ("originally listed for October"): the nearest such time, either side
    ("The trial had originally been listed for October but was adjourned when a barrister fell ill.", "2025-01-07",
     "October", "DATE", "2024-10", None),
    # a date on the next line is the next entry of a list, not the day of the time that ends the line before
    ("Fixtures:\n\nSunday, May 16: Aston Villa (away), 2 p.m.\n\nMay 23: Brighton (home)", "2027-04-21", "2 p.m.", "TIME",
     "2027-05-16T14:00", None),
    ("Fixtures:\n\nSunday, May 16: Aston Villa (away), 2 p.m.\n\nMay 23: Brighton (home)", "2027-04-21", "May 23", "DATE",
     "2027-05-23", None),
    # a score told of a day, in its clause, is of a game played; a game that "could" shape things is to come
    ("England arrive in Edinburgh under pressure after losing 27-13 to France at Twickenham on Saturday.", "2026-02-19",
     "Saturday", "DATE", "2026-02-14", None),
    ("England beat Wales 27-13 and face France on Saturday.", "2026-02-19", "Saturday", "DATE", "2026-02-21", None),
    ("The coach admitted on Thursday that Saturday's game at Murrayfield could shape his season.", "2026-02-19",
     "Saturday", "DATE", "2026-02-21", None),
    # what comes, follows or reports on a weekday is scheduled, to come (not "follows Tuesday's declaration")
    ("The main event comes on Friday, when the Labor Department publishes its employment report.", "2026-03-01",
     "Friday", "DATE", "2026-03-06", None),
    ("The GM move follows Tuesday's declaration by Ford.", "1989-10-27", "Tuesday", "DATE", "1989-10-24", None),
    # a weekday joined to "today" is near the DCT, whatever story of days long gone was told before it
    ("Conditions would not reach the levels seen on Black Saturday, 7 February 2009, when 173 people died. Captain Ray "
     "Gebert said his brigade had spent Monday and today checking trucks.", "2025-12-30", "Monday", "DATE", "2025-12-29",
     None),
    # what was extended to a day runs on to it (but "extended the permit for Monday night" is that night's)
    ("Classes were suspended for a third day on Thursday, and officials later extended the suspension to Friday.",
     "2025-07-24", "Friday", "DATE", "2025-07-25", None),
    ("The set ran past 11 p.m. after the city extended the noise permit for Monday night.", "2026-05-26", "Monday night",
     "TIME", "2026-05-25TNI", None),
    # a day counted from a weekday named right after it is one expression, counted from that weekday
    ("The day before last Tuesday's federal court hearing, Manuel went to Lazaro's home.", "2000-02-24",
     "The day before last Tuesday", "DATE", "2000-02-21", None),
    ("He will leave the day after Saturday's match.", "2000-02-24", "the day after Saturday", "DATE", "2000-02-27", None),
    # a "could" whose subject is denied tells of what could not be done (but "could pass Friday" is to come)
    ("Gonzalez has not appeared publicly since the announcement. Neither he nor Elian's four grandparents could be "
     "located Wednesday in their hometown.", "2000-01-06", "Wednesday", "DATE", "2000-01-05", None),
    ("The bill could pass Friday.", "2000-01-06", "Friday", "DATE", "2000-01-07", None),
    ("There is no doubt the bill could pass Friday.", "2000-01-06", "Friday", "DATE", "2000-01-07", None),
    ("No one could be found Tuesday who saw the crash.", "2000-01-06", "Tuesday", "DATE", "2000-01-04", None),
    # the day of the vote a story tells of: "polling day", "primary day", "election day", "election night", and the
    # times told of it
    ("The Government will move the writ, setting polling day for Friday, March 20th. Polls will be open from 7am to "
     "10pm on polling day.", "2026-02-10", "polling day", "DATE", "2026-03-20", None),
    ("The Government will move the writ, setting polling day for Friday, March 20th. Polls will be open from 7am to "
     "10pm on polling day.", "2026-02-10", "7am", "TIME", "2026-03-20T07:00", None),
    ("Early voting in the March 3 primary begins Tuesday, and Hays County election officials are warning voters. "
     "Ballots must reach the elections office by 7 p.m. on Election Day. On primary day, voters can vote at any of 42 "
     "vote centers.", "2026-02-16", "Election Day", "DATE", "2026-03-03", None),
    ("Early voting in the March 3 primary begins Tuesday, and Hays County election officials are warning voters. "
     "Ballots must reach the elections office by 7 p.m. on Election Day. On primary day, voters can vote at any of 42 "
     "vote centers.", "2026-02-16", "primary day", "DATE", "2026-03-03", None),
    ("With six days left before Canadians vote on Monday, April 28, she knocked on doors. On election day, polls in "
     "Ontario are open for 12 hours.", "2025-04-22", "election day", "DATE", "2025-04-28", None),
    ("HARRISBURG, Pa. — The U.S. House race has been in limbo since election night.", "2026-12-29", "election night",
     "TIME", "2026-11-03TNI", None),
    # what is booked until a day, or a way home booked for it, lies either side (not an arrest, "booked on suspicion")
    ("Turkish officials said the convention center was booked until midnight Sunday.", "2026-11-21", "midnight Sunday",
     "TIME", "2026-11-22T24:00", None),
    ("Two of her colleagues were booked on flights home Sunday morning.", "2026-11-21", "Sunday morning", "TIME",
     "2026-11-22TMO", None),
    ("He was booked on suspicion of murder Sunday morning.", "2026-11-21", "Sunday morning", "TIME", "2026-11-15TMO", None),
    # a prospect after "was more", as after "was": "was more likely in the early hours of Sunday"
    ("Delegates said a deal, if one came, was more likely in the early hours of Sunday.", "2026-11-21", "Sunday", "DATE",
     "2026-11-22", None),
    # an hour with "o'clock" before a weekday's night or morning is of that part of the day
    ("The strike began at 11 o'clock on Friday night.", "2025-10-14", "11 o'clock", "TIME", "2025-10-10T23:00", None),
    ("The strike began at 6 o'clock on Saturday morning.", "2025-10-14", "6 o'clock", "TIME", "2025-10-11T06:00", None),
    # a date in a relative clause whose verb, further back than the words read near it, is past: that verb's
    ("A late-season storm that dumped more than a foot of snow on parts of Iowa and northern Illinois on Monday is "
     "moving toward the Great Lakes and is expected to reach western New York by this evening.", "2026-03-10", "Monday",
     "DATE", "2026-03-09", None),
    ("Police are keen to speak to anyone who was around the Castlegate, Justice Street or the beachfront between 1.30am "
     "and 3am on Tuesday.", "2025-08-16", "Tuesday", "DATE", "2025-08-12", None),
    # ... but not an aside closed by a comma, nor what was agreed to
    ("It was approached by Thermo Electron, which agreed to purchase Milton Roy's liquid-chromatography line for $22 "
     "million in February.", "1989-10-30", "February", "DATE", "1990-02", None),
    ("One student, who scored 99.95, has been asked to light the menorah at the school's community event on Sunday "
     "evening.", "2026-12-03", "Sunday evening", "TIME", "2026-12-06TEV", None),
    # an hour and its minutes as speech tells them: "half past seven", "a quarter to 10", "ten past eleven at night"
    ("The doors opened at half past seven.", "2026-09-18", "half past seven", "TIME", "2026-09-18T07:30", None),
    ("He called at a quarter to 10.", "2026-09-18", "a quarter to 10", "TIME", "2026-09-18T09:45", None),
    ("She left at quarter to nine.", "2026-09-18", "quarter to nine", "TIME", "2026-09-18T08:45", None),
    ("They got home at ten past eleven at night.", "2026-09-18", "ten past eleven at night", "TIME", "2026-09-18T23:10",
     None),
    ("The vote is at a quarter to one in the afternoon.", "2026-09-18", "a quarter to one in the afternoon", "TIME",
     "2026-09-18T12:45", None),
    # "Earlier on Saturday" opening a sentence is earlier in that day: the verb after it tells which Saturday (but "said
    # earlier on Saturday" is a report's, gone by)
    ("Earlier on Saturday, Ireland host Wales in Dublin at 2.10pm.", "2026-02-19", "Saturday", "DATE", "2026-02-21", None),
    ("Earlier on Saturday, the team will train in Dublin.", "2026-02-19", "Saturday", "DATE", "2026-02-21", None),
    ("Earlier on Saturday, police arrested two men.", "2026-02-19", "Saturday", "DATE", "2026-02-14", None),
    ("The club said earlier on Saturday that it would appeal.", "2026-02-19", "Saturday", "DATE", "2026-02-14", None),
    # what was published by someone on a day is of that day, but the name read back to "published by" ends at a
    # sentence's end
    ("The threshold matches the median wage published by Stats NZ last August. From 3 November, employers will have to "
     "show they have advertised the job.", "2025-02-11", "3 November", "DATE", "2025-11-03", None),
    ("The figures will go down as the worst, according to data released by the U.S. Census Bureau on Sunday.",
     "2025-02-11", "Sunday", "DATE", "2025-02-09", None),
    # a present passive denied is no past: "is not made until May" (but "was not made until May" is)
    ("Officials said that even if a decision is not made until May, the rules apply.", "2025-02-11", "May", "DATE",
     "2025-05", None),
    ("The payment isn't made until June.", "2025-02-11", "June", "DATE", "2025-06", None),
    ("The decision was not made until May.", "2025-02-11", "May", "DATE", "2024-05", None),
    # a headline's infinitive with "from" right before the date: where what is to come starts (but "after" still tells
    # of a verb of its own)
    ("Botox and filler providers in England to need a licence from October\n\nAnyone offering Botox will need a "
     "licence.", "2027-05-20", "October", "DATE", "2027-10", None),
    ("# Rail fares to rise from Sunday\n\nFares rise by 4.6%.", "2027-05-20", "Sunday", "DATE", "2027-05-23", None),
    ("# Crew to strike again after talks collapsed on Monday\n\nThe union said.", "2027-05-20", "Monday", "DATE",
     "2027-05-17", None),
    # a day that owns what has happened, which nobody plans, is gone by, whatever the verb ("findings on Monday's
    # collision"); not one that owns what may be planned ("Thursday's hearing into the crash")
    ("Rail accident investigators expect to publish interim findings on Monday's collision between a train and a "
     "trailer.", "2025-10-09", "Monday", "DATE", "2025-10-06", None),
    ("Lennox will face a hearing after Sunday's 24-10 win over Wales.", "2025-09-08", "Sunday", "DATE", "2025-09-07",
     None),
    ("Police will question witnesses to Saturday's fatal shooting in Leeds.", "2025-09-08", "Saturday", "DATE",
     "2025-09-06", None),
    ("Officials will hold Thursday's hearing into the crash.", "2025-09-08", "Thursday", "DATE", "2025-09-11", None),
    # so too a day that owns what a verb answers ("will appeal Wednesday's ruling"): it is done already; not what is
    # only attended
    ("The family will appeal Wednesday's ruling.", "2000-01-07", "Wednesday", "DATE", "2000-01-05", None),
    ("Relatives said they would look for ways to get around Wednesday's ruling by the INS.", "2000-01-07", "Wednesday",
     "DATE", "2000-01-05", None),
    ("The club said it would respond to Monday's decision next week.", "2025-09-10", "Monday", "DATE", "2025-09-08",
     None),
    ("He said he would attend Saturday's game.", "2000-01-07", "Saturday", "DATE", "2000-01-08", None),
    # a plan in the past perfect is gone by ("had been due to resume on Friday"), but not what an object of "had" is
    # due for
    ("Ms Lee said two of her chefs had visas due for renewal in June.", "2025-02-11", "June", "DATE", "2025-06", None),
    ("The talks had been due to resume on Friday.", "2025-02-11", "Friday", "DATE", "2025-02-07", None),
    # what "runs into" a time goes on to it, as what "runs through" it
    ("Australians were paid less this time because of a Test series in South Africa that runs into mid-April.",
     "2026-12-15", "mid-April", "DATE", "2027-04", "MID"),
    # "effective" a day after a telling in the past: from a day after the telling, which may have gone by since
    ("Colombia announced a 20% surcharge on most Ecuadorian imports, effective Jan. 4, accusing Quito of doing too "
     "little.", "2027-02-10", "Jan. 4", "DATE", "2027-01-04", None),
    ("Prices will rise 5%, effective Jan. 4.", "2027-02-10", "Jan. 4", "DATE", "2028-01-04", None),
    ("The board approved a 5% rise, effective Jan. 1.", "2026-12-15", "Jan. 1", "DATE", "2027-01-01", None),
    # "the night of" between a verb and its day does not weaken what the verb tells
    ("The storm arrived on the night of Feb. 12 and stayed.", "2025-12-27", "the night of Feb. 12", "TIME",
     "2025-02-12TNI", None),
    ("The storm will arrive on the night of Feb. 12.", "2025-12-27", "the night of Feb. 12", "TIME", "2026-02-12TNI",
     None),
    # a journey told in the present is to come ("she flies to Munich", "leaves office in January"); not after a
    # determiner, nor a "leaves" of another sentence
    ("On Friday, the last full day of the visit, she flies to Munich.", "2026-05-18", "Friday", "DATE", "2026-05-22",
     None),
    ("She leaves for Santiago Saturday morning.", "2026-05-18", "Saturday morning", "TIME", "2026-05-23TMO", None),
    ("Biden, who abandoned his reelection bid in July and leaves office in January, spoke second.", "2024-09-24",
     "January", "DATE", "2025-01", None),
    ("He died on Friday. He leaves a wife and two sons.", "2026-05-18", "Friday", "DATE", "2026-05-15", None),
    # rules that "take effect" or "come into force", in the plural present, are to come, as one that "takes effect" is
    # (but "did not take effect until January" is gone by)
    ("Chile's new lithium rules, which take effect in January, require companies to return a share.", "2026-05-18",
     "January", "DATE", "2027-01", None),
    ("The laws come into force in January.", "2026-05-18", "January", "DATE", "2027-01", None),
    ("The rules did not take effect until January.", "2026-05-18", "January", "DATE", "2026-01", None),
    # a sentence's end stops the search back for a verb that puts a day off to another
    ("The club moved the final to Dec. 5. Fares rose back to March levels.", "2026-06-10", "March", "DATE", "2026-03",
     None),
    # what is sold for a day is of that day, either side of the selling
    ("Balearia said last week that it had sold every seat on its Tarifa-Tangier crossings for the morning of Aug. 2.",
     "2027-07-28", "the morning of Aug. 2", "TIME", "2027-08-02TMO", None),
    # a day told with ", when" and a period's end in the present is to come; a time chosen against ("rather ... than
    # in September") is no time compared with, which was seen
    ("The commission said it would check whether the company had complied with the order by 23 October, when the "
     "three-month period ends.", "2026-07-23", "23 October", "DATE", "2026-10-23", None),
    ("The firm had complied by 23 October, when the period ended.", "2026-07-23", "23 October", "DATE", "2025-10-23",
     None),
    ('"I would rather meet them now than in September," he said.', "2026-08-15", "September", "DATE", "2026-09", None),
    ("Turnout was lower than in September.", "2026-08-15", "September", "DATE", "2025-09", None),
    # "election night" is the night of the election's own day where one was told, not of the first vote told (a
    # primary's)
    ("The primary will be held on Aug. 4. The general election will be held on Nov. 3, and officials warn against "
     "expecting a winner in close races on election night.", "2026-01-05", "election night", "TIME", "2026-11-03TNI",
     None),
    # hours told after a date put before their clause are of that day, not of any day ("open from 7 a.m.")
    ("Early voting runs from Saturday, Oct. 24, through Sunday, Nov. 1, and on Election Day, Nov. 3, polls are open "
     "from 7 a.m. to 8 p.m.", "2026-01-05", "8 p.m.", "TIME", "2026-11-03T20:00", None),
    ("On Nov. 3, polls closed at 8 p.m. The library is open from 9 a.m. to 5 p.m.", "2026-01-05", "5 p.m.", "TIME",
     "XXXX-XX-XXT17:00", None),
    # a day set for a launch is to come after the setting ("sets Sept. 16 release"); not one the launch was on
    ("'Tidebreaker' slips out of spring as Corvid Forge sets Sept. 16 release\n\nThe studio said.", "2025-02-12",
     "Sept. 16", "DATE", "2025-09-16", None),
    ("Since its Sept. 16 release, the game has sold two million copies.", "2025-02-12", "Sept. 16", "DATE",
     "2024-09-16", None),
    # a month told in the past in a sentence framed by this year, but after the DCT, is last year's (not in a dated
    # entry of a column of days in history, whose day is the one read from)
    ("They want a deal by the end of the year, a target that officials first floated in September.", "2026-03-07",
     "September", "DATE", "2025-09", None),
    ("Today in history.\n\nIn 1924, Adolf Hitler was sentenced to five years in prison for his role in the failed "
     "Beer Hall Putsch; he was released in December after serving nine months.", "2027-04-01", "December", "DATE",
     "1924-12", None),
    # a past not in -ed after "first" is a verb too ("when they first met in February")
    ("Senior officials began work on the text when they first met in February.", "2026-11-22", "February", "DATE",
     "2026-02", None),
    # "the same month last year" of a January: the calendar's year before, not the ISO week's (1 January 2027 is in
    # the last ISO week of 2026)
    ("Shipments to Colombia fell by about 40% in January compared with the same month last year.", "2027-02-10",
     "the same month last year", "DATE", "2026-01", None),
    ("Sales on the same day last year were lower.", "2027-01-03", "the same day last year", "DATE", "2026-01-03", None),
    # a deadline that ends a subject, after its participle and where it was done: the nearest such day
    ("Trucks and parts loaded onto a ship or rail car before Thursday will pay the old rate.", "2025-12-30", "Thursday",
     "DATE", "2026-01-01", None),
    ("The vote is on the 18th.", "2026-07-17", "the 18th", "DATE", "2026-07-18", None),
    # a country's day of the country named right before it, whatever country the text names most
    ("In Chicago, Mexican Independence Day parades draw crowds to the city's Pilsen neighborhood, while Americans in "
     "Washington and across America celebrate.", "2026-06-20", "Independence Day", "DATE", "2026-09-16", None),
    ("India's Independence Day celebrations will be held on Saturday.", "2026-08-10", "Independence Day", "DATE",
     "2026-08-15", None),
    # an hour told with its morning is the morning's, whatever evening was told before
    ("Flights were delayed yesterday evening. \"We've been sitting here since ten o'clock this morning,\" she said.",
     "2025-08-29", "ten o'clock this morning", "TIME", "2025-08-29T10:00", None),
    # a plan in the past perfect has gone by ("had been scheduled for Tuesday morning but were postponed")
    ("The meetings had been scheduled for Tuesday morning but were postponed by two days.", "2026-08-14",
     "Tuesday morning", "TIME", "2026-08-11TMO", None),
    # a date that opens a clause of its own after ", and" takes the verb after it, not the clause's before the comma
    ("It is the best tally that several operators can remember, and on Monday a crew from Bluewater Bay Tours watched "
     "a pod of orcas.", "2025-05-21", "Monday", "DATE", "2025-05-19", None),
    ("Tickets sold out, and on Monday the club will open a waiting list.", "2025-05-21", "Monday", "DATE", "2025-05-26",
     None),
    # a condition on what is still to do; what is booked from a day, or reserved, is either side of the booking
    ("General admission is $30 for adults if bought online by 11:59 p.m. Friday, and $40 at the gate.", "2026-06-04",
     "11:59 p.m. Friday", "TIME", "2026-06-05T23:59", None),
    ("If filed before Friday, returns are processed faster.", "2026-03-09", "Friday", "DATE", "2026-03-13", None),
    ("Hotels in Luxor were fully booked from Saturday to Tuesday.", "2027-07-28", "Saturday", "DATE", "2027-07-31", None),
    ("The company has reserved Wednesday through March 18.", "2026-03-09", "Wednesday", "DATE", "2026-03-11", None),
    # a weekday and date told in the past, which the coming year would put a year ahead: the last year it fell so
    ("His mother told an inquest in 2021 that he had seemed tired on his last shift, which began at 6pm on Tuesday 20 "
     "April.", "2026-04-21", "Tuesday 20 April", "DATE", "2021-04-20", None),
    ("The trial will begin on Tuesday 20 April.", "2026-04-21", "Tuesday 20 April", "DATE", "2027-04-20", None),
    # a way home booked on a day; a deadline set for a day
    ("Pettigrew had been booked on a flight home on Dec 18, in time for Christmas.", "2026-11-14", "Dec 18", "DATE",
     "2026-12-18", None),
    ("Kidnappers of British engineer in Nigeria set Monday ransom deadline, employer says\n\nPORT HARCOURT", "2026-11-14",
     "Monday", "DATE", "2026-11-16", None),
    # "today" in a quotation said at a race two days gone by, which the story is of (not when the DCT was told too)
    ("Hale broke the county record at the championships in Taunton on Saturday.\n\n\"She's been knocking on the door "
     "since May,\" Whitlock said. \"Today the conditions were right and she got a clean race.\"", "2025-06-16", "Today",
     "DATE", "2025-06-14", None),
    ("Hale broke the county record on Saturday and trained again on Monday.\n\n\"Today the conditions were right,\" "
     "Whitlock said.", "2025-06-16", "Today", "DATE", "2025-06-16", None),
    # nights counted are a length of time in days, as TimeML counts them; "three nights a week" is still a set
    ("Searchers spent five nights on the mountain.", "2026-09-09", "five nights", "DURATION", "P5D", None),
    ("He was on the safe roster on 23 of the previous 30 nights.", "2026-09-09", "the previous 30 nights", "DURATION",
     "P30D", None),
    ("Residents can apply for respite accommodation for up to three nights.", "2026-09-09", "up to three nights",
     "DURATION", "P3D", "EQUAL_OR_LESS"),
    ("The search went on for several nights.", "2026-09-09", "several nights", "DURATION", "PXD", None),
    ("The crew spent twenty-five nights at sea.", "2026-09-09", "twenty-five nights", "DURATION", "P25D", None),
    ("She works 3 nights a week.", "2026-09-09", "3 nights a week", "SET", "P1W", None),
    # a day of the month just told, in the clause that tells what happened then (not after another verb)
    ("She has not sung a full concert since December 2023, when she cut short a show in Atlanta on Dec. 9.",
     "2027-05-20", "Dec. 9", "DATE", "2023-12-09", None),
    ("A carbon levy, introduced in July 2025 at Rs2.50 per litre, was doubled to Rs5 on July 1.", "2026-12-31",
     "July 1", "DATE", "2026-07-01", None),
    # "by a week on Saturday": how long, and the day it was done (but "a week on Saturday" is a day)
    ("Authorities extended a nighttime curfew by a week on Saturday after clashes.", "2025-01-04", "a week", "DURATION",
     "P1W", None),
    ("Authorities extended a nighttime curfew by a week on Saturday after clashes.", "2025-01-04", "Saturday", "DATE",
     "2025-01-04", None),
    ("The final is a week on Saturday.", "2025-01-04", "a week on Saturday", "DATE", "2025-01-18", None),
    # a clock time and the holiday right after it: one expression, as "6 p.m. Thursday" is
    ("The game kicks off at 10 a.m. Thanksgiving Day, as it has since the 1930s.", "2025-11-15",
     "10 a.m. Thanksgiving Day", "TIME", "2025-11-27T10:00", None),
    ("The show starts at 9 p.m. EST Christmas Eve.", "2025-12-15", "9 p.m. EST Christmas Eve", "TIME",
     "2025-12-24T21:00-05:00", None),
    # a clause of time after "until" in the present tells of what is to come (in the past, of what is gone by)
    ("Prosecutors had ordered three people held until they appear before an investigating magistrate on Friday.",
     "2026-03-10", "Friday", "DATE", "2026-03-13", None),
    ("He was held until he appeared before a magistrate on Friday.", "2026-03-10", "Friday", "DATE", "2026-03-06", None),
    # what is called for a day is to come after the calling
    ("Student unions called a new protest for 6 p.m. Thursday in Propylaia Square.", "2026-03-10", "6 p.m. Thursday",
     "TIME", "2026-03-12T18:00", None),
    ("The prime minister called for calm on Thursday.", "2026-03-10", "Thursday", "DATE", "2026-03-05", None),
    # a plan that was is the phrase "originally scheduled for" opens, not the clause after its comma
    ("The singer said the album, originally scheduled for April 24, would instead be released Oct. 9.", "2026-03-05",
     "Oct. 9", "DATE", "2026-10-09", None),
    # a participle set off by commas whose past is its participle ("set", "held"): the date is its own, gone by
    ("The changes, set out to advertisers at a presentation in central London on Tuesday evening, will take effect in "
     "September.", "2026-07-22", "Tuesday evening", "TIME", "2026-07-21TEV", None),
    ("The summit, held in Geneva on Tuesday, will shape the talks.", "2026-07-22", "Tuesday", "DATE", "2026-07-21", None),
    ("The rules, set to take effect on Monday, will cost millions.", "2026-07-22", "Monday", "DATE", "2026-07-27", None),
    # what is booked for a time, its object between, is booked for the stay's time, either side of the booking
    ("Sandhu said she and her friends had already booked the same hotel for March.", "2025-12-30", "March", "DATE",
     "2026-03", None),
    # a count of days, then its date after ", on": of that date, whatever day the count was read from
    ("Ballot papers were posted a fortnight ago. The commission expects to declare the result four days later, on "
     "Monday 24 March.", "2025-03-10", "four days later", "DATE", "2025-03-24", None),
    # what was not done until a day was done on it, gone by (not what was decided to run until one)
    ("The report found that the unit was not closed to new admissions until 14 May.", "2025-11-05", "14 May", "DATE",
     "2025-05-14", None),
    # a relative clause set off by commas before the verb of the date's clause is passed over
    ("Verdant, which says it has about 38 million subscribers worldwide, raised its prices in October and is due to "
     "report results later this month.", "2026-02-10", "October", "DATE", "2025-10", None),
    # "overnight" after a day a stretch up to now began on is not that day's night
    ("He said officers had come under attack each night since Wednesday.\n\nThe clashes eased overnight after heavy "
     "rain.", "2025-01-04", "overnight", "TIME", "2025-01-03TNI", None),
    # "had" that owns its object is no past perfect, nor one of a clause before a semicolon
    ("Investigators have linked 19 cases to a tournament on Saturday, April 4.\n\nOne toddler remained in intensive "
     "care Wednesday night.\n\nHer older son had both doses as a child; the younger, who is 4, got his second shot on "
     "Monday.", "2026-04-16", "Monday", "DATE", "2026-04-13", None),
    # midnight ending a line of opening hours, the next line's weekday not its own
    ("Opening hours:\nMonday 22 December: 7am to midnight\nTuesday 23 December: 7am to 10pm", "2025-12-18", "midnight",
     "TIME", "2025-12-22T24:00", None),
    ("Opening hours:\nMonday 22 December: 7am to midnight\nTuesday 23 December: 7am to 10pm", "2025-12-18",
     "Tuesday 23 December", "DATE", "2025-12-23", None),
    # "since the start of the year": a stretch up to now, of this year (not of a year told in an aside before it)
    ("Shares in the retailer, which was founded in 1887, rose 4.2% on Thursday, taking their gain since the start of "
     "the year to 18%.", "2027-06-10", "the start of the year", "DATE", "2027", "START"),
    # the day an anniversary remembers is not the day the story goes on in
    ("It is also the fifth anniversary of the Jan. 6, 2021, attack on the Capitol; House Democrats plan a short "
     "ceremony on the West Front at noon.", "2026-01-04", "noon", "TIME", "2026-01-04T12:00", None),
    # what is reset or moved to a day is to come after it
    ("Judge Paula Kirkland granted the continuance in an order filed Monday, resetting the trial for April 13.",
     "2025-12-30", "April 13", "DATE", "2026-04-13", None),
    ("The judge postponed the trial, moving it from late January to the spring.", "2025-12-30", "the spring", "DATE",
     "2026-SP", None),
    # enough of something to last until a time: what is to last is to come
    ("The retailer said it had enough stock to last through August.", "2027-06-10", "August", "DATE", "2027-08", None),
    ("He succeeds James A. Taylor, who stepped down as chairman, president and chief executive in March for health "
     "reasons.", "1989-11-02", "March", "DATE", "1989-03", None),
    # a winter's January, February and March are in the year after the one it is valued by
    ("\"Last winter was mild, and we poured concrete in January that we had no business pouring.\"", "2025-10-28",
     "January", "DATE", "2025-01", None),
    ("The team lost 11 days to high winds over the winter, when the cranes cannot operate in gusts above 35 mph, but "
     "made the time up by working Saturdays through March.", "2027-05-06", "March", "DATE", "2027-03", None),
    # a gerund after "before" or "after" has the tense of the verb it follows, however far back
    ("She spent two weeks in Brittany before crossing the English Channel from the Cotentin peninsula to Dorset on "
     "Friday.", "2026-05-06", "Friday", "DATE", "2026-05-01", None),
    ("She will spend two weeks in Brittany before crossing the English Channel from the Cotentin peninsula to Dorset "
     "on Friday.", "2026-05-06", "Friday", "DATE", "2026-05-08", None),
    # a compound adjective in -ed before its noun is no past; "be broadcast" is told by the word before "be"; a title
    # set off by commas is no clause of its own
    ("The building will be open for free self-guided tours on Sunday from 11 a.m. to 5 p.m.", "2026-07-09", "Sunday",
     "DATE", "2026-07-12", None),
    ("Overcrowded shelters in the south were ill-prepared for the winter rains, the U.N. office said on Thursday.",
     "2023-11-16", "the winter", "DATE", "2023-WI", None),
    ("A five-part adaptation of the novel will be broadcast on BBC Radio 4 from Monday.", "2027-05-13", "Monday",
     "DATE", "2027-05-17", None),
    ("The actress, whose career began with a shampoo commercial in 1988, will publish her memoir, \"Second Takes,\" on "
     "Nov. 18, her publisher said Tuesday.", "2025-10-21", "Nov. 18", "DATE", "2025-11-18", None),
    # hundreds and what is added to them, in words
    ("Three hundred and forty years after the family fell, the book tells its story.", "2027-05-13",
     "Three hundred and forty years", "DURATION", "P340Y", None),
    ("It took one hundred and twenty-five years to finish.", "2027-05-13", "one hundred and twenty-five years",
     "DURATION", "P125Y", None),
    # a year before 1600 before the verb or subject of its sentence, and after a month
    ("The family's return in 1512 began a second, stranger act.", "2027-05-13", "1512", "DATE", "1512", None),
    ("In 1569 Cosimo I was made Grand Duke of Tuscany.", "2027-05-13", "1569", "DATE", "1569", None),
    ("Lorenzo ruled the city from 1469 until his death in April 1492, leaving debts.", "2027-05-13", "April 1492",
     "DATE", "1492-04", None),
    # "this past summer": one expression, the summer gone by
    ("Players complained about the heat during the Club World Cup this past summer.", "2025-12-07",
     "this past summer", "DATE", "2025-SU", None),
    # months or years from today: a day
    ("A year from today, the Games will open.", "2025-07-23", "A year from today", "DATE", "2026-07-23", None),
    ("Six months from today the law takes effect.", "2025-08-31", "Six months from today", "DATE", "2026-02-28", None),
    # what is suggested or weighed, in a gerund, is to come
    ("Natarajan suggested returning Saturday or early Monday if possible.", "2025-11-23", "Saturday", "DATE",
     "2025-11-29", None),
    ("The board considered moving the race to June.", "2026-02-03", "June", "DATE", "2026-06", None),
    # the month it is: "March" after "it's" before a clause's end
    ("\"Now it is March,\" he said.", "2025-06-24", "March", "DATE", "2025-03", None),
    # a day set for a wedding, a vote or a return is to come; so is what a target is to reach by
    ("Sienna Marlowe and Theo Castellane set September wedding on Lake Como", "2025-04-12", "September", "DATE",
     "2025-09", None),
    ("Only 71% were admitted, transferred or discharged within four hours, against an interim target of 78% by March.",
     "2027-01-14", "March", "DATE", "2027-03", None),
    # the year that ended on a day: named by its end, gone by
    ("Officers worked more than 700,000 hours of overtime in the fiscal year that ended June 30.", "2026-01-03",
     "the fiscal year", "DATE", "2025", None),
    ("Officers worked more than 700,000 hours of overtime in the fiscal year that ended June 30.", "2026-01-03",
     "June 30", "DATE", "2025-06-30", None),
    ("Officers worked overtime in the fiscal year that ended June 30.", "2026-08-03", "the fiscal year", "DATE", "2026",
     None),
    # a month and year compared with is no year for the month told again
    ("Sales were 4.3% higher than in July 2025.\n\nThe report, released at 8:30 a.m. ET, showed sales at online "
     "retailers jumped 2.4%, helped by a four-day sales event staged by the biggest e-commerce platform in mid-July.",
     "2026-08-14", "mid-July", "DATE", "2026-07", "MID"),
    # a weak future that read alone goes back to a month just gone goes on from the day or month to come told before it
    ("Test events will be held next spring, including a meeting in April, and the velodrome will host a track cycling "
     "event in March. Temporary seating at Scotstoun, which will hold about 10,000 spectators, goes up in May.",
     "2025-07-23", "May", "DATE", "2026-05", None),
    ("The future of the plant is uncertain, the union said.", "2027-05-13", "The future", "DATE", "FUTURE_REF", None),
    # a clock time of what is usually or currently done is of any day
    ("One late-evening arrival, which currently lands at about 23:35, will be brought forward.", "2027-04-14",
     "about 23:35", "TIME", "XXXX-XX-XXT23:35", "APPROX"),
    ("The shop usually opens at 9am, but on Friday it opened at 10am.", "2027-04-14", "9am", "TIME", "XXXX-XX-XXT09:00",
     None),
    ("The shop usually opens at 9am, but on Friday it opened at 10am.", "2027-04-14", "10am", "TIME", "2027-04-09T10:00",
     None),
    # a time to the second heading a line of a timeline
    ("The aircraft crashed on the evening of Friday, February 14. The report's timeline:\n\n- 18:18:26: Air traffic "
     "control clears the aircraft for the approach.\n- 18:27:03: The aircraft strikes rough ground.", "2025-03-12",
     "18:27:03", "TIME", "2025-02-14T18:27:03", None),
    # a timeline's entries are of the day told before it, further back when the words between say a timeline follows
    ("Three people died in the fire in the early hours of Sunday, March 22. The 68-page after-action report, published "
     "nearly eight weeks after the fire, found that the fire began with an electric scooter battery charging in a "
     "fourth-floor hallway, and that a propped-open fire door let smoke fill the only stairwell.\n\n\"The building did "
     "almost nothing to protect the people inside it,\" Fire Chief Lorraine Okafor told reporters. \"Our people did "
     "everything they could in the time they had.\"\n\nThe report reconstructs the fire using 911 recordings, radio "
     "traffic and helmet camera video. All times are Central Daylight Time.\n\nTHE FIRST 20 MINUTES\n\n2:14 a.m.: A "
     "fourth-floor resident calls 911 to report smoke in the hallway.\n\n2:16 a.m.: A second caller reports flames.",
     "2026-05-14", "2:16 a.m.", "TIME", "2026-03-22T02:16", None),
    # a sequence of times told in the present after a line that says it is one: of the day the story is of
    ("The incident happened at Logan on Sunday, Sept. 27, as an Airbus A321 was seconds from touching down. The NTSB's "
     "preliminary report lays out the sequence in Eastern Daylight Time:\n\nAt 7:49:58 p.m., the tower clears the A321 "
     "to land on 4R.\n\nAt 7:52:06 p.m., the Embraer passes the hold-short line.", "2026-10-22", "7:52:06 p.m.", "TIME",
     "2026-09-27T19:52:06", None),
    # a gerund after "began", "kept", ... is told by that verb; what is asked for by a day is to come
    ("That review was completed on April 24, and letters to affected patients began going out on Monday.", "2026-05-21",
     "Monday", "DATE", "2026-05-18", None),
    ("The regulator said it had asked Paylinq for a full account of what went wrong by 12 December.", "2025-11-29",
     "12 December", "DATE", "2025-12-12", None),
    # a day joined to the weekday before it has that one's tense; what a state lasts "pending" is to come
    ("A white van with tinted rear windows had been seen driving slowly around the estate on Thursday and again on "
     "Friday morning.", "2027-04-06", "Friday morning", "TIME", "2027-04-02TMO", None),
    ("The council will meet on Thursday and again on Friday.", "2027-04-06", "Friday", "DATE", "2027-04-09", None),
    ("Magistrate Judge Elaine Porter ordered Voss held without bond pending a detention hearing on Feb. 23.",
     "2027-02-17", "Feb. 23", "DATE", "2027-02-23", None),
    ("VOICES FROM THE CLOISTER, British Library Now in its final fortnight, this quietly brilliant show closes soon.",
     "2026-03-02", "Now", "DATE", "PRESENT_REF", None),
    ("The carer left the building that night.", "2027-06-10", "that night", "TIME", "2027-06-10TNI", None),
    # what has been promised, or is wanted or planned, by a day is to come (not a promise told in the past, which may
    # have lapsed)
    ("The new mayor took office on Nov. 15 and has promised a decision on the bus lanes by the end of March.",
     "2026-12-29", "the end of March", "DATE", "2027-03", "END"),
    ("The province promised a review of transportation funding by Canada Day; we are still waiting.", "2023-11-25",
     "Canada Day", "DATE", "2023-07-01", None),
    # "a week tomorrow", "a fortnight today": that long after the day (not "closed for a week today")
    ("From a week tomorrow it will run every 12 minutes on weekdays.", "2027-01-02", "a week tomorrow", "DATE",
     "2027-01-10", None),
    ("The vote is a fortnight today.", "2027-01-02", "a fortnight today", "DATE", "2027-01-16", None),
    ("The road has been closed for a week today.", "2027-01-02", "today", "DATE", "2027-01-02", None),
    # the first (..., last) full week of a month: the ISO week wholly in it
    ("The bonus was paid automatically in the first full week of December.", "2025-12-19",
     "the first full week of December", "DATE", "2025-W49", None),
    ("They cover the first full working week of January, when hospitals see a surge.", "2027-01-14",
     "the first full working week of January", "DATE", "2027-W01", None),
    ("Sales peaked in the last full week of February.", "2026-03-10", "the last full week of February", "DATE",
     "2026-W08", None),
    # a diary's run of day headings is of days gone by, the last one the DCT's at the latest (a run to watch, or
    # dates for a diary, go forward)
    ("My week: a councillor's diary.\n\nSATURDAY\n\nSurgery at the library from 10am.\n\nSUNDAY\n\nA walk with the "
     "dog.\n\nMONDAY\n\nBudget papers.\n\nFRIDAY\n\nHome at last.", "2025-03-15", "SATURDAY", "DATE", "2025-03-08", None),
    ("My week: a councillor's diary.\n\nSATURDAY\n\nSurgery at the library from 10am.\n\nSUNDAY\n\nA walk with the "
     "dog.\n\nMONDAY\n\nBudget papers.\n\nFRIDAY\n\nHome at last.", "2025-03-15", "FRIDAY", "DATE", "2025-03-14", None),
    ("Here is what to watch.\n\nSUNDAY\n\nParty conference opens.\n\nMONDAY\n\nThe chancellor speaks.", "2026-10-03",
     "SUNDAY", "DATE", "2026-10-04", None),
    ("Dates for your diary.\n\nSUNDAY\n\nParty conference opens.\n\nMONDAY\n\nThe chancellor speaks.", "2026-10-03",
     "MONDAY", "DATE", "2026-10-05", None),
    # a numbered day heading its section ("Day 6, Thursday 2 October"); a section of a day gone by is told from it,
    # until the next heading
    ("My diary.\n\nDay 6, Thursday 2 October\n\nPonte de Lima. Its market, held every fortnight since the 12th century, "
     "was on Monday. I missed it.", "2025-10-12", "Monday", "DATE", "2025-09-29", None),
    ("My Camino diary.\n\nDay 6, Thursday 2 October\n\nThe market was on Monday, and I missed it. Walked 20km this "
     "morning; yesterday I rested.\n\nHome\n\nI flew back yesterday.", "2025-10-12", "this morning", "TIME", "2025-10-02TMO",
     None),
    ("My Camino diary.\n\nDay 6, Thursday 2 October\n\nWalked 20km; yesterday I rested.\n\nHome\n\nI flew back "
     "yesterday.", "2025-10-12", "yesterday", "DATE", "2025-10-01", None),
    ("My diary.\n\nDay 8, Saturday 4 October\n\nCrossed the old bridge over the river into Tui at 2.10pm Portuguese time.",
     "2025-10-12", "2.10pm", "TIME", "2025-10-04T14:10", None),
    ("Ahead of the match.\n\nDay 8 — Saturday 4 October\n\nCrossed the old bridge over the river into Tui at 2.10pm.",
     "2025-09-30", "2.10pm", "TIME", "2025-10-04T14:10", None),
    # "the week ahead", "the coming week": written from Friday to Sunday, the next calendar week (midweek, a length)
    ("So, a look at the week ahead. Tomorrow the minister meets unions.", "2026-05-17", "the week ahead", "DATE", "2026-W21",
     None),
    ("The coming week looks warm and settled.", "2026-09-19", "The coming week", "DATE", "2026-W39", None),
    ("Traders will watch the data over the coming week.", "2026-05-13", "the coming week", "DURATION", "P1W", None),
    # what comes or is out on a day, told in the present, and a weekday that is the subject of a verb in the present,
    # are to come; so is what "we're" doing from a month (not what was carried out on a day)
    ("Orders have slowed since Easter, and the big test comes on Wednesday.", "2026-05-17", "Wednesday", "DATE",
     "2026-05-20", None),
    ("Thursday brings the latest migration figures. And Friday marks the start of half-term.", "2026-05-17", "Thursday",
     "DATE", "2026-05-21", None),
    ("Thursday brings the latest migration figures. And Friday marks the start of half-term.", "2026-05-17", "Friday",
     "DATE", "2026-05-22", None),
    ("Her third album, Salt Road, is out on Friday, five years after her debut made the shortlist.", "2027-03-03", "Friday",
     "DATE", "2027-03-05", None),
    ("We're funding 5,000 extra apprenticeship places from September.", "2025-02-11", "September", "DATE", "2025-09", None),
    ("Thursday was the worst day. The tests were carried out on Friday.", "2025-02-11", "Friday", "DATE", "2025-02-07", None),
    # a broadcaster's time check ("It's twenty past seven"); after "Good evening", an hour up to 11 is the evening's
    ("ANCHOR: It's twenty past seven. Nearly two million people are affected.", "2025-06-24", "twenty past seven", "TIME",
     "2025-06-24T07:20", None),
    ("Good morning. It's nine o'clock, and welcome to the programme.", "2026-05-17", "nine o'clock", "TIME",
     "2026-05-17T09:00", None),
    ("Good evening. It's 11 o'clock, and the count goes on.", "2027-03-27", "11 o'clock", "TIME", "2027-03-27T23:00", None),
    # "the back half" of a year is its second ("the front half", its first); "half of the year" is no half-year
    ("Growth should be slow in the first half and better in the back half of the year.", "2025-11-06",
     "the back half of the year", "DATE", "2025-H2", None),
    ("About half of the year was lost to strikes.", "2025-11-06", "the year", "DATE", "2025", None),
    # times alone on their lines after a paragraph that tells the day and says an account of it follows, though
    # something else was told after the day
    ("HALSTED, Kan. — Tuesday, Jan. 20, was cold and still.\n\nThis account of what happened at the elevator that day is "
     "based on interviews and a report released last month.\n\n1:35 P.M.\n\nA crew of six climbed into the head house."
     "\n\n2:14 P.M.\n\nA spark ignited the dust.", "2026-07-18", "2:14 P.M.", "TIME", "2026-01-20T14:14", None),
    # "that" before a weekday that ends the sentence is its demonstrative, whatever word is before it
    ("The blast came on Tuesday, Jan. 20. The bodies were recovered the next morning. The last missing man was found "
     "that Thursday.", "2026-07-18", "that Thursday", "DATE", "2026-01-22", None),
    # a day's section ends at the next heading, a short line alone too ("THE WEEK AHEAD"): its entries are not of it
    ("Key dates\n\nMemorial Day\nWhen the city pools open for the season.\n\nTHE WEEK AHEAD\n\nMonday: City Council "
     "holds a hearing on the arena at 10 a.m.\n\nTuesday: Primary election day.", "2027-05-15", "Monday", "DATE",
     "2027-05-17", None),
    # a clock time on a date the year told before frames ("In 1918, ... at 11 a.m. on Nov. 11"): of that year
    ("In 1918, the armistice took effect at 11 a.m. on Nov. 11.", "2025-11-09", "11 a.m.", "TIME", "1918-11-11T11:00", None),
    ("In 1918, the armistice took effect at 11 a.m. on Nov. 11.", "2025-11-09", "Nov. 11", "DATE", "1918-11-11", None),
    # an almanac's "Ten years ago:" entry is this date that many years back (and what it tells is of that year);
    # elsewhere, that year
    ("On this date:\n\nIn 2004, Firefox 1.0 was released.\n\nFive years ago: Pfizer said early results showed the "
     "vaccine worked. Britain's regulator authorized the shot on Dec. 2.", "2025-11-09", "Five years ago", "DATE",
     "2020-11-09", None),
    ("On this date:\n\nIn 2004, Firefox 1.0 was released.\n\nFive years ago: Pfizer said early results showed the "
     "vaccine worked. Britain's regulator authorized the shot on Dec. 2.", "2025-11-09", "Dec. 2", "DATE", "2020-12-02", None),
    ("Ten years ago: the town had three shops. Now it has none.", "2025-11-09", "Ten years ago", "DATE", "2015", None),
    # "ten past midnight", "half past midnight": minutes into the night after the day told
    ("Arrested on 4 March 2025, he was held until half past midnight.", "2025-06-01", "half past midnight", "TIME",
     "2025-03-05T00:30", None),
    ("We leave at ten past midnight.", "2027-06-05", "ten past midnight", "TIME", "2027-06-05T00:10", None),
    # "a short time ago", "moments ago": a time just gone by, how long untold
    ("The premier told supporters a short time ago that he would wait.", "2027-03-27", "a short time ago", "DATE",
     "PAST_REF", None),
    ("Police confirmed moments ago that the man had surrendered.", "2027-03-27", "moments ago", "DATE", "PAST_REF", None),
    # "MARCH" or "MAY" alone on its line heads the month's section; "March was wet", "May is the month when ...": the
    # month as the subject (not the verb, the modal or a name: "May is expected to resign")
    ("Hold back a little longer.\n\nMAY\n\nEverything goes in.", "2026-02-27", "MAY", "DATE", "2026-05", None),
    ("Chit the potatoes. May is the month when it all goes in.", "2026-02-27", "May", "DATE", "2026-05", None),
    ("March was wet and April warm, and the rape flowered early.", "2026-11-06", "March", "DATE", "2026-03", None),
    # opening hours of a range of weekdays, the hours right after a comma or a time after "at": each such day's
    ("Ostra Verde, 1418 Frankford Ave. Dinner Tuesday through Sunday, 5 to 10 p.m.", "2026-03-06", "Tuesday", "SET",
     "XXXX-WXX-2", None),
    ("The play runs until 14 November. Evenings Monday to Saturday at 7.30pm.", "2026-09-18", "Saturday", "SET",
     "XXXX-WXX-6", None),
    ("Priests will hear confessions every evening from Monday to Wednesday, from 5 to 7 p.m.", "2025-04-14", "Wednesday",
     "DATE", "2025-04-16", None),
    # the hours polls are open are the vote's day's, not any day's
    ("The special election is Tuesday, March 17. Polls will be open from 6:30 a.m. to 7:30 p.m.", "2025-12-29",
     "7:30 p.m.", "TIME", "2026-03-17T19:30", None),
    ("The deadline is 5 p.m. Tuesday, Oct. 27. Polls on Nov. 3 are open from 7 a.m. to 8 p.m.", "2026-10-21", "7 a.m.",
     "TIME", "2026-11-03T07:00", None),
    ("The library is open from 9 a.m. to 5 p.m.", "2025-12-29", "9 a.m.", "TIME", "XXXX-XX-XXT09:00", None),
    # a weekday something lasts until, named already in its sentence, is that day (not the first after the day told)
    ("Heavy rain is forecast from Wednesday into Thursday, and a yellow warning is in force from 6am until midnight on "
     "Wednesday.", "2026-01-05", "6am", "TIME", "2026-01-07T06:00", None),
    # the latest of what is reported is of the DCT, not of a day the story told paragraphs before
    ("She began day 43 of her row Sunday.\n\nShe pushed off from Monterey Bay on June 7.\n\nHer latest position report, "
     "sent by her tracker at 0600 GMT, put her 300 miles east of Oahu.", "2026-07-19", "0600 GMT", "TIME",
     "2026-07-19T06:00Z", None),
    ("She pushed off from Monterey Bay on June 7. Her latest report that day, sent at 0600 GMT, put her off the coast.",
     "2026-07-19", "0600 GMT", "TIME", "2026-06-07T06:00Z", None),
    # the fixed days of awareness news marks
    ("The clinic will see its first patients on Monday, Sept. 21, which is also World Alzheimer's Day.", "2026-09-14",
     "World Alzheimer's Day", "DATE", "2026-09-21", None),
    ("He will tell his story at 10am next Wednesday, World Stroke Day.", "2025-10-22", "World Stroke Day", "DATE",
     "2025-10-29", None),
    # a half or quarter with its number first, as analysts write them
    ("Organic growth accelerated from 6% in 1H25 to 12% in 2H25.", "2026-03-01", "1H25", "DATE", "2025-H1", None),
    ("Margins recovered in 3Q2026 after a weak 2Q.", "2027-01-20", "3Q2026", "DATE", "2026-Q3", None),
    ("2Q24's margin was the lowest in years.", "2025-02-01", "2Q24", "DATE", "2024-Q2", None),
    # minutes to midnight: the hour before it, on its day; "gone" before a time, as "after" is
    ("In the end I paid for a taxi and got home at twenty to midnight.", "2025-11-13", "twenty to midnight", "TIME",
     "2025-11-13T23:40", None),
    ("By the time we reached Doncaster it was gone half past two.", "2025-11-13", "half past two", "TIME",
     "2025-11-13T14:30", None),
    ("But as your sports pages pointed out on Monday, the reprieve runs only until the end of September.", "2025-05-21",
     "the end of September", "DATE", "2025-09", "END"),
    # a range's last day before a verb or a preposition (not before a noun it counts: see NOT_DATES)
    ("Air Canada said customers booked to travel Jan. 29 to 31 could change flights without a fee.", "2025-01-28", "31",
     "DATE", "2025-01-31", None),
    ("The summit runs from March 3 to 5 in Geneva.", "2025-01-28", "5", "DATE", "2025-03-05", None),
    # "AT", Atlantic time, between a clock time and its day (not "at" in capitals)
    ("Wind gusts of up to 100 km/h are forecast along the coast from 9 p.m. AT Wednesday to 3 p.m. AT Thursday.",
     "2025-01-28", "3 p.m. AT Thursday", "TIME", "2025-01-30T15:00", None),
    ("STORM HITS HALIFAX AT 9 P.M. AT HIGH TIDE", "2025-01-28", "9 P.M.", "TIME", "2025-01-28T21:00", None),
    ("The timeline:\n00:14:05 UTC The crew declared an emergency.", "2026-01-02", "00:14:05 UTC", "TIME",
     "2026-01-02T00:14:05Z", None),
    # the same instant told for other places is not where the story goes on
    ("The pre-show starts on Wednesday at 6:30 p.m. CEST, which is 5:30 p.m. BST in London and 2:30 a.m. Thursday in "
     "Sydney. At 7:15 p.m. CEST, the stream switches to the first site.", "2026-08-08", "7:15 p.m. CEST", "TIME",
     "2026-08-12T19:15+02:00", None),
    ("The pre-show starts on Wednesday at 6:30 p.m. CEST, which is 2:30 a.m. Thursday in Sydney.", "2026-08-08",
     "2:30 a.m. Thursday", "TIME", "2026-08-13T02:30", None),
    # a time of yesterday's story after a day to come told since
    ("The Dail passed the Bill by 84 votes to 71 last night, clearing the way for a cap on rents to take effect from "
     "September 1st.\n\nThe vote, at 10.42pm, followed a guillotine motion.", "2027-06-17", "10.42pm", "TIME",
     "2027-06-16T22:42", None),
    ("The Dail passed the Bill last night, clearing the way for a cap on rents to take effect from September 1st.\n\n"
     "The minister will answer questions at 2pm.", "2027-06-17", "2pm", "TIME", "2027-06-17T14:00", None),
    ("TOKYO, June 15 - The dollar rose as high as 163.12 yen at 10:42 a.m., up 1.1% from Monday's close, before a "
     "policy meeting ending on Friday. Kenji Moriyama told reporters at about 11:30 a.m. that the government was watching.",
     "2027-06-15", "about 11:30 a.m.", "TIME", "2027-06-15T11:30", "APPROX"),
    # a race time to the thousandth of a second
    ("Moreau won in 1:42:18.605 after 57 laps.", "2026-10-11", "1:42:18.605", "DURATION", "PT1H42M18.605S", None),
    ("Moreau set the fastest lap of 1:33.811 on lap 52.", "2026-10-11", "1:33.811", "DURATION", "PT1M33.811S", None),
    # a base form after a negated modal is no past ("put", "set", "cut" are both)
    ("\"Unless you've got a greenhouse, I wouldn't put tomatoes outside before late May,\" she said.", "2025-09-07",
     "late May", "DATE", "2026-05", "END"),
    # a "will" far back does not govern a day told in a past clause opened after it
    ("The European Space Agency has confirmed that its Hestia mission will launch during a 24-day window opening on "
     "Tuesday 27 October, after the spacecraft arrived safely at Europe's Spaceport in Kourou, French Guiana, on Monday.",
     "2026-04-21", "Monday", "DATE", "2026-04-20", None),
    ("The European Space Agency has confirmed that its Hestia mission will launch during a 24-day window opening on "
     "Tuesday 27 October, after the spacecraft is shipped to Europe's Spaceport in Kourou, French Guiana, on Monday.",
     "2026-04-21", "Monday", "DATE", "2026-04-27", None),
    # "play-off" is no verb of a fixture
    ("Hexley Town are one game from the Premier League after goalkeeper Ollie Brannigan saved the fifth penalty to "
     "settle a breathless Championship play-off semi-final on Wednesday night.", "2027-05-13", "Wednesday night", "TIME",
     "2027-05-12TNI", None),
    # a weekday joined to a day weeks ahead is of that day's week
    ("Liftoff from Cape Canaveral is scheduled for 4:12 a.m. Tuesday, March 23, with a backup opportunity on Wednesday.",
     "2027-03-08", "Wednesday", "DATE", "2027-03-24", None),
    # a count apposed to the day it reaches tells that day
    ("The story ran on Monday 22 December. It was corrected on Christmas Eve, two days later.", "2026-01-03",
     "two days later", "DATE", "2025-12-24", None),
    ("The story ran on Monday 22 December. The correction came on Christmas Eve. Two days later, she complained.",
     "2026-01-03", "Two days later", "DATE", "2025-12-26", None),
    # the hemisphere a season's sentence tells after it
    ("The trial will open a second arm in Australia, South Africa and Chile. \"This winter has been a heavy one for "
     "norovirus in the Northern Hemisphere,\" she said.", "2027-02-23", "This winter", "DATE", "2026-WI", None),
    # a second predicate joined after the date does not tell its tense; the first one's verb, further back, does
    ("Kestrel paid a fully franked interim dividend of 4 cents per share in March and intends to continue paying "
     "dividends every six months.", "2024-07-22", "March", "DATE", "2024-03", None),
    ("The team will play a full round of friendly matches against local clubs in March and then travels home.",
     "2024-07-22", "March", "DATE", "2025-03", None),
    # the hour that opens a range of clock times, written without its half of the day
    ("Visitation will be from 4 to 7 p.m. Thursday at Dahl-Richter Funeral Home.", "2023-02-14", "4", "TIME",
     "2023-02-16T16:00", None),
    ("The shop is open from 10 to 2 p.m. on Saturday.", "2025-07-09", "10", "TIME", "2025-07-12T10:00", None),
    ("Collections are between 6 and 7:30pm on Friday.", "2025-07-09", "6", "TIME", "2025-07-11T18:00", None),
    # a registration deadline's day is not the election's
    ("The deadline to register for this election passed on Oct. 7. Absentee ballots must reach the elections office by "
     "7 p.m. on Election Day, Nov. 5. The county will post results every 30 minutes on election night.", "2024-10-17",
     "election night", "TIME", "2024-11-05TNI", None),
    # a day something is backdated to has gone by
    ("Resident doctors would receive a 4% pay rise for 2026/27, backdated to 1 April.", "2026-10-12", "1 April", "DATE",
     "2026-04-01", None),
    ("The increase, retroactive to July 1, will be paid in November.", "2026-10-12", "July 1", "DATE", "2026-07-01", None),
    # a passive or "get" progressive after a present "be" is an arrangement, to come
    ("A granddaughter who is getting married in June has asked to borrow Betty's veil.", "2025-01-27", "June", "DATE",
     "2025-06", None),
    ("The bridge is being replaced in June.", "2025-01-27", "June", "DATE", "2025-06", None),
    ("The bridge was being replaced in June.", "2025-01-27", "June", "DATE", "2024-06", None),
    # a decade joined to the one before it, written short
    ("Through the 1950s and 60s she worked at the Hollins paper mill.", "2026-03-21", "60s", "DATE", "196", None),
    ("In the Eighties and Nineties he drove the team bus himself.", "2026-10-08", "Nineties", "DATE", "199", None),
    ("The 1990s and 00s were kind to the club.", "2026-10-08", "00s", "DATE", "200", None),
    # what must be done by a day is to come, whatever the verbs of a relative clause before it
    ("Campaigns must report what they raised in the fourth quarter to the FEC by Jan. 31.", "2027-12-09", "Jan. 31",
     "DATE", "2028-01-31", None),
    ("Health NZ must report on the changes it has made by 30 September.", "2024-06-03", "30 September", "DATE",
     "2024-09-30", None),
    ("They must have left by Monday.", "2027-12-09", "Monday", "DATE", "2027-12-06", None),
    # a day in capitals leading its line with a title after it heads the times listed under it
    ("SCHEDULE\n\nTHURSDAY, MARCH 12 — Quarterfinals\n9 a.m.: Pine Bluff vs. Custer\n\nFRIDAY, MARCH 13 — Consolation "
     "and semifinals\n6 p.m.: Pine Bluff-Custer winner vs. Hot Springs-Lemmon winner", "2026-03-12", "6 p.m.", "TIME",
     "2026-03-13T18:00", None),
    # "Sat" before a date is the weekday, not the verb
    ("The friendly is on Sat 22 Feb, KO 2pm.", "2025-02-14", "2pm", "TIME", "2025-02-22T14:00", None),
    ("She sat 22 exams in March.", "2025-02-14", "March", "DATE", "2024-03", None),
    # a part of the day told with the day after it
    ("Walkers should keep their distance, especially at dawn tomorrow, when the rangers will lead a walk.",
     "2026-09-22", "dawn", "TIME", "2026-09-23TMO", None),
    ("In London at mid-afternoon yesterday, Ratners's shares were up 2 pence.", "1989-11-02", "mid-afternoon", "TIME",
     "1989-11-01TAF", "MID"),
    # solstices and equinoxes: the day of the instant, in the hemisphere and on the clocks of the text
    ("We have lost about an hour of daylight since the summer solstice on June 21.", "2023-08-10", "summer solstice",
     "DATE", "2023-06-21", None),
    ("Sydney will soak up its longest day on Tuesday, when the summer solstice arrives at 7.50am AEDT, the Bureau of "
     "Meteorology in Sydney said. NSW beaches will be busy.", "2026-12-19", "summer solstice", "DATE", "2026-12-22", None),
    ("Sydney will soak up its longest day on Tuesday, when the summer solstice arrives at 7.50am AEDT, the Bureau of "
     "Meteorology in Sydney said. NSW beaches will be busy.", "2026-12-19", "7.50am AEDT", "TIME", "2026-12-22T07:50+11:00",
     None),
    ("The astronomical turn comes tomorrow: the equinox falls at 01:05 BST.", "2026-09-22", "equinox", "DATE",
     "2026-09-23", None),
    ("Nights will be longer than days until the winter solstice.", "2026-09-22", "winter solstice", "DATE", "2026-12-21",
     None),
    # "may" before a verb tells what may come, as "could" and "might" do (not the month "May")
    ("Shoppers may see gaps on some shelves from Thursday, the spokeswoman said, but stores would be well stocked.",
     "2024-03-10", "Thursday", "DATE", "2024-03-14", None),
    ("Forecasters said ozone levels may climb again over the holiday weekend.", "2026-05-20", "the holiday weekend",
     "DATE", "2026-W21-WE", None),
    ("Drought hit South Asia in April and May, floods central Europe in September.", "2026-02-10", "September", "DATE",
     "2025-09", None),
    # a name among capitalised words that ends as a past does is no verb
    ("Service at Bethel Chapel, Pencoed, on Monday 20th December at 1pm, followed by interment.", "2027-12-10", "1pm",
     "TIME", "2027-12-20T13:00", None),
    ("Waiting times on the line averaged 23 minutes last month.", "2026-02-10", "23 minutes", "DURATION", "PT23M", None),
    # a half or quarter of a fiscal year, the number first
    ("For the half-year ended 31 December 2026 (1H FY27), Brightwater reported underlying EBITDA of $742 million.",
     "2027-03-02", "1H FY27", "DATE", "2027-H1", None),
    ("Margins improved in 2QFY26.", "2026-03-02", "2QFY26", "DATE", "2026-Q2", None),
    # what is on track, on schedule or on course to happen is to come
    ("The 850MW battery is on schedule to be energised in the September quarter.", "2027-03-02", "the September quarter",
     "DATE", "2027-Q3", None),
    ("The line is on track to open in September.", "2027-03-02", "September", "DATE", "2027-09", None),
    # a word in -ed between a count and its noun is an adjective, no past
    ("The candidates have agreed in principle to two televised debates in mid-October.", "2026-07-18", "mid-October",
     "DATE", "2026-10", "MID"),
    ("The two fled the scene in October.", "2026-07-18", "October", "DATE", "2025-10", None),
    # a holiday that a clause tells of, or a part of it, is the day the times told in that clause are of
    ("The hottest day was Australia Day, when the mercury reached 44.7 degrees at Perth Airport at 3.12pm.",
     "2027-02-01", "3.12pm", "TIME", "2027-01-26T15:12", None),
    ("The Turkey Bowl, the department's Thanksgiving morning flag football game, follows at 10 a.m. on Field 3.",
     "2026-11-23", "10 a.m.", "TIME", "2026-11-26T10:00", None),
    ("The hotel is already full for Christmas and New Year's Eve, when a dinner will be followed by fireworks at "
     "midnight.", "2025-11-04", "midnight", "TIME", "2025-12-31T24:00", None),
    # a saying set off by commas inside the sentence it reports is no verb of that sentence
    ("Grass pollen is high and will run through July, she said, with weed pollen picking up in August.", "2026-05-20",
     "August", "DATE", "2026-08", None),
    ("The plant closed, he said, in August.", "2026-05-20", "August", "DATE", "2025-08", None),
    # a day set aside is either side of the setting, and a clock time right after a day joined by "at" is of it
    ("With rain in the forecast, the section has set aside Saturday at 11 a.m. as a makeup date.", "2027-05-19",
     "Saturday", "DATE", "2027-05-22", None),
    ("With rain in the forecast, the section has set aside Saturday at 11 a.m. as a makeup date.", "2027-05-19",
     "11 a.m.", "TIME", "2027-05-22T11:00", None),
    # a range of days told with "each year" after it is of every year, its opening too
    ("Shops may sell fireworks to the public only from October 15 to November 10 each year.", "2024-11-02",
     "October 15", "DATE", "XXXX-10-15", None),
    # the legal form of a day: "the 14th day of February 2024", with its weekday and its times
    ("The application will be heard at the Courthouse, Mullingar, on the 14th day of February 2024 at 10.30 a.m.",
     "2024-01-10", "the 14th day of February 2024", "DATE", "2024-02-14", None),
    ("The application will be heard at the Courthouse, Mullingar, on the 14th day of February 2024 at 10.30 a.m.",
     "2024-01-10", "10.30 a.m.", "TIME", "2024-02-14T10:30", None),
    ("Dated this 8th day of January 2024.", "2024-01-10", "this 8th day of January 2024", "DATE", "2024-01-08", None),
    ("The petition will be heard on Monday the 29th day of June 2026.", "2026-06-09", "Monday the 29th day of June 2026",
     "DATE", "2026-06-29", None),
    ("Notice must reach the solicitors not later than five o'clock in the afternoon of Friday the 26th day of June 2026.",
     "2026-06-09", "five o'clock in the afternoon", "TIME", "2026-06-26T17:00", None),
    # a count written again in figures, as legal notices do
    ("The balance must be paid within ten (10) days.", "2025-11-28", "ten (10) days", "DURATION", "P10D", None),
    ("A Fictitious Name Statement generally expires at the end of five (5) years from the date on which it was filed.",
     "2023-02-16", "five (5) years", "DURATION", "P5Y", None),
    # a 24-hour clock time told with "hours" before its day
    ("Proofs of debt must be delivered by 16:00 hours on Friday 2 May 2025.", "2025-04-17", "16:00", "TIME",
     "2025-05-02T16:00", None),
    # a weekday in a section headed by a day in capitals: the one nearest that day
    ("Here's our pick of the program.\n\nMONDAY 17 – THURSDAY 20 FEBRUARY\nThe comedy showcase plays the Royal Exchange "
     "every night from Tuesday.", "2025-01-29", "Tuesday", "DATE", "2025-02-18", None),
    ("Here is what to watch. All times are Eastern.\n\nMONDAY, SEPT. 8\n\n- Japan: Revised gross domestic product, 7:50 "
     "p.m. ET Sunday.", "2025-09-05", "7:50 p.m. ET Sunday", "TIME", "2025-09-07T19:50-04:00", None),
    # a commodity's futures named by their delivery month: the next such month from the DCT's
    ("At 1:20 p.m. CST, March corn was down 13 1/4 cents at $4.45.", "2024-01-12", "March", "DATE", "2024-03", None),
    ("May soybeans rose 4-1/4 cents and November soybeans added 6 cents.", "2025-03-31", "November", "DATE", "2025-11",
     None),
    ("New-crop December corn slipped 4 cents to $5.06-1/2.", "2023-05-16", "December", "DATE", "2023-12", None),
    ("March Kansas City wheat was down 3 cents.", "2024-01-12", "March", "DATE", "2024-03", None),
    ("The corn harvest was finished in December.", "2024-01-12", "December", "DATE", "2023-12", None),
    # a past form after "that" right before the date is the relative clause's verb
    ("Canola and flax fields are now sitting under a skiff of snow that fell Sunday night.", "2023-10-19",
     "Sunday night", "TIME", "2023-10-15TNI", None),
    # the month "May" before a verb in -ed is no modal
    ("He seeded his first canola in May and pulled the combine into the shed Saturday night.", "2023-10-19",
     "Saturday night", "TIME", "2023-10-14TNI", None),
    # a month's day set as a date for something is to come after the setting
    ("A Pretoria court on Friday set Nov. 6 as the start date for the trial of five men.", "2023-08-18", "Nov. 6",
     "DATE", "2023-11-06", None),
    ("The retailer also said it had set April 15 as the deadline for suppliers to submit revised cost proposals.",
     "2025-03-20", "April 15", "DATE", "2025-04-15", None),
    ("Immigration officials ruled that the boy must be returned to his father, and set Friday as the deadline for his "
     "repatriation.", "2000-01-15", "Friday", "DATE", "2000-01-14", None),
    # holidays: South Asia's name for Eid al-Adha, Australia's Father's Day, the Day of the Dead
    ("The labour was also not available till Bakrid, said a farmer in Sangrur district, Punjab, India.", "2024-07-08",
     "Bakrid", "DATE", "2024-06-17", None),
    ("Many producers in Western Australia spent last Sunday, Father's Day, servicing headers in Perth and Adelaide.",
     "2026-09-12", "Father's Day", "DATE", "2026-09-06", None),
    ("Mexicans crowded into cemeteries on Saturday for the climax of the Day of the Dead.", "2024-11-02",
     "Day of the Dead", "DATE", "2024-11-02", None),
    # "Thursday before last", "the summer before last": the one before the last one
    ("The inspector finally showed up Thursday before last.", "2023-02-14", "Thursday before last", "DATE",
     "2023-02-02", None),
    ("That was Thursday before last.", "2024-03-22", "Thursday before last", "DATE", "2024-03-14", None),
    ("It finally came together the summer before last, on a train to Hull.", "2025-01-18", "the summer before last",
     "DATE", "2023-SU", None),
    # "half five": half past five, as Britain and Ireland say it; "Paddy's Day"
    ("I had to put a fella in the shade at half six in the evening.", "2025-06-04", "half six in the evening", "TIME",
     "2025-06-04T18:30", None),
    ("I'll be back for Paddy's Day anyway, whoever owns it.", "2023-11-05", "Paddy's Day", "DATE", "2024-03-17", None),
    # a year written with two figures, ending a range or before the noun it dates
    ("He played for the club from '74 to '79.", "2023-07-27", "'79", "DATE", "1979", None),
    ("Dad lost the lot in the '56 flood, before I was born.", "2024-03-22", "'56", "DATE", "1956", None),
    # a state begun that holds now, until a day: to come
    ("Forte has joined Championship side Carrow City on loan until January 1, when Sunderby can recall him.",
     "2026-08-08", "January 1", "DATE", "2027-01-01", None),
    ("The road has been closed until March.", "2026-08-08", "March", "DATE", "2027-03", None),
    ("The road was closed until March.", "2026-08-08", "March", "DATE", "2026-03", None),
    ("Latu pleaded guilty to a grade-two dangerous contact charge at the judiciary on Monday night and will miss two "
     "matches.", "2027-05-18", "Monday night", "TIME", "2027-05-17TNI", None),
    ("Sales in 2024/25 rose 4 per cent.", "2026-06-09", "2024/25", "DATE", "2025", None),
    # "Tuesday next": the coming one, as formal British and Irish write it
    ("Notices for publication on Tuesday next must be received by 3pm on Thursday.", "2026-06-09", "Tuesday next",
     "DATE", "2026-06-16", None),
    ("We meet Friday next week.", "2026-06-09", "Friday next week", "DATE", "2026-06-19", None),
    # a hearing continued (adjourned, in American courts' word) until a day: one to come
    ("A hearing on the county's petition to condemn 3.2 acres was continued until January at the request of the "
     "landowners.", "2024-10-05", "January", "DATE", "2025-01", None),
    ("The rain continued until January.", "2024-10-05", "January", "DATE", "2024-01", None),
    ("Lewis, 33, trained with his new team-mates for the first time on Friday and may feature against Saracens at 3pm "
     "next Saturday.", "2024-09-22", "Friday", "DATE", "2024-09-20", None),
    # "'d" before a determiner is "had" of having
    ("We'd a good league back in February and March, and if we'd beaten Carlow we'd be up.", "2025-06-04",
     "February", "DATE", "2025-02", None),
    ("He'd come back in March.", "2025-06-04", "March", "DATE", "2026-03", None),
    # a holiday apposed to the year just told is of that year
    ("Her husband died in 2022. She finished the last draft that same year, on Christmas Eve.", "2025-07-07",
     "Christmas Eve", "DATE", "2022-12-24", None),
    # a timeline's entries, each a time of day then " - " and what happened
    ("Timeline (all times UTC, 18 February)\n\n15:52 - An engineer merges a change.\n15:58 - The pipeline publishes the "
     "zone.", "2025-02-23", "15:58", "TIME", "2025-02-18T15:58", None),
    # Remembrance Sunday: the second Sunday of November; a holiday's fair is no day
    ("Our Cubs and Brownies join the parade on Remembrance Sunday.", "2023-10-20", "Remembrance Sunday", "DATE",
     "2023-11-12", None),
    ("Saturday 2nd December: Christmas Fair, 11am to 2pm, in the hall.", "2023-10-20", "11am", "TIME",
     "2023-12-02T11:00", None),
    # a season's or a place's hours are of any of its days
    ("The zoo itself keeps winter hours, 10 a.m. to 4 p.m., until March 1.", "2023-11-17", "4 p.m.", "TIME",
     "XXXX-XX-XXT16:00", None),
    ("Skating hours are 8 a.m. to 10 p.m., and the rest areas close at 9.", "2024-02-11", "8 a.m.", "TIME",
     "XXXX-XX-XXT08:00", None),
    ("The meeting lasted three hours and ended at 10 p.m.", "2024-02-11", "10 p.m.", "TIME", "2024-02-11T22:00", None),
    # the bank holiday Monday right after the day just told in its sentence
    ("The fair returns on Saturday 25 May and runs for three days, finishing on the bank holiday Monday.", "2024-03-21",
     "the bank holiday Monday", "DATE", "2024-05-27", None),
    # a short line after a blank line heads a new section, even with its text on the next line: a diary's day no
    # longer tells the days after it ("Day 13 – Thursday 28 September\nOur flight left ...\n\nLooking back\n...")
    ("Day 13 – Thursday 28 September\nOur flight left Kansai at noon.\n\nLooking back\nTwo weeks was about right. "
     "The food post goes up next Monday.", "2023-10-02", "next Monday", "DATE", "2023-10-09", None),
    ("Day 5 – Thursday, Jan. 25\nWe pulled into Vancouver at 7:40 a.m.\n\nWhat I learned\nThe train first ran in "
     "1955, and today it feels like a relic.", "2024-02-09", "today", "DATE", "2024-02-09", None),
    ("Day 5 – Thursday, Jan. 25\nWe pulled into Vancouver at 7:40 a.m. and by today's end we were home.",
     "2024-02-09", "today", "DATE", "2024-01-25", None),
    # what is wanted or intended now lies ahead
    ("We already want to go back in spring, ideally late March for the cherry blossom.", "2023-10-02", "late March",
     "DATE", "2024-03", "END"),
    ("\"But nobody wants to chase this much higher before Friday's payrolls.\"", "2025-03-03", "Friday", "DATE",
     "2025-03-07", None),
    ("The council intends to close the pool in February for repairs.", "2023-11-14", "February", "DATE", "2024-02", None),
    ("We wanted to go back in March, but the flights were full.", "2023-10-02", "March", "DATE", "2023-03", None),
    # a count of time "back" is one "ago"; not how far something moved
    ("My granddaughter set it up a couple of weeks back, and it hit that number in four days.", "2023-02-14",
     "a couple of weeks back", "DATE", "2023-W05", None),
    ("He sold the farm three years back.", "2023-02-14", "three years back", "DATE", "2020", None),
    ("The launch slipped two weeks back, to March.", "2023-02-14", "two weeks", "DURATION", "P2W", None),
    ("He won it two years back to back.", "2023-02-14", "two years", "DURATION", "P2Y", None),
    # Canada's days of the third Monday of February, and its Heritage Days by province (South Africa's elsewhere)
    ("In Manitoba the same day is Louis Riel Day, while Nova Scotia marks Heritage Day and Prince Edward Island "
     "celebrates Islander Day.", "2024-02-11", "Islander Day", "DATE", "2024-02-19", None),
    ("In Manitoba it is Louis Riel Day, while Nova Scotia marks Heritage Day.", "2024-02-11", "Louis Riel Day", "DATE",
     "2024-02-19", None),
    ("In Manitoba it is Louis Riel Day, while Nova Scotia marks Heritage Day.", "2024-02-11", "Heritage Day", "DATE",
     "2024-02-19", None),
    ("Banff's museum is free on Heritage Day, the Alberta civic holiday.", "2026-06-10", "Heritage Day", "DATE",
     "2026-08-03", None),
    ("South Africans mark Heritage Day with braais.", "2024-08-11", "Heritage Day", "DATE", "2024-09-24", None),
    # a participle after a determiner and an adjective or adverb is an adjective too, not the verb of the date
    ("The two candidates will meet in their final televised debate on Thursday night.", "2026-10-20", "Thursday night",
     "TIME", "2026-10-22TNI", None),
    ("The board will present the recently announced plan on Thursday.", "2026-10-20", "Thursday", "DATE", "2026-10-22",
     None),
    ("The new company announced the deal on Thursday.", "2026-10-20", "Thursday", "DATE", "2026-10-15", None),
    # ... but a year opening the sentence before a carmaker is a date
    ("In 2008 Toyota overtook General Motors.", "2023-07-06", "2008", "DATE", "2008", None),
    # New Zealand told by its towns and regions: its Labour Day is the fourth Monday of October
    ("Dunedin police said the Queenstown crash was the third on Otago roads this month. Pupils are on holiday until "
     "Tuesday because of Labour Day.", "2026-10-25", "Labour Day", "DATE", "2026-10-26", None),
    # a weekday and date that no year near the DCT fits, but the year the story is in does
    ("The mill burned down in 1973. The Evening Post of Wednesday 7 November ran the story across eight columns.",
     "2023-11-09", "Wednesday 7 November", "DATE", "1973-11-07", None),
    ("The mill burned down in 1974. The Evening Post of Wednesday 7 November ran the story across eight columns.",
     "2023-11-09", "Wednesday 7 November", "DATE", "2018-11-07", None),
    # noon or midnight after a weekday is its hour, as before it ("noon Saturday")
    ("The truce will run from Saturday noon until Sunday midnight.", "2025-04-24", "Saturday noon", "TIME",
     "2025-04-26T12:00", None),
    ("The truce will run from Saturday noon until Sunday midnight.", "2025-04-24", "Sunday midnight", "TIME",
     "2025-04-27T24:00", None),
    ("Send news to the bulletin by Thursday noon.", "2025-06-30", "Thursday noon", "TIME", "2025-07-03T12:00", None),
    # a dateline's day is the DCT: "overnight" after it is the night before, as after no day at all
    ("TARSK, April 24 (Reuters) - Drones and missiles struck the capital overnight, killing 12 people.", "2025-04-24",
     "overnight", "TIME", "2025-04-23TNI", None),
    ("A storm hit on April 24 and temperatures fell overnight.", "2025-04-24", "overnight", "TIME", "2025-04-24TNI",
     None),
    # a deadline being set lies ahead; one that had been set may be gone
    ("Talks resumed Monday, with Washington setting a deadline of 11:59 p.m. Friday for a ceasefire line.",
     "2026-02-16", "11:59 p.m. Friday", "TIME", "2026-02-20T23:59", None),
    ("The court ruled against the ministry, setting a deadline of 7 June for payment.", "2027-03-10", "7 June", "DATE",
     "2027-06-07", None),
    ("The Authority had earlier set a deadline of 3rd March.", "2024-08-16", "3rd March", "DATE", "2024-03-03", None),
    # Canada told by more of its provinces and cities, and by BC Ferries: its Thanksgiving is October's
    ("BC Ferries is warning travellers to expect long waits over Thanksgiving after a vessel was pulled from service "
     "on the Tsawwassen route, B.C.", "2024-10-08", "Thanksgiving", "DATE", "2024-10-14", None),
    # only Canada's Thanksgiving falls on a Monday
    ("Friday and Thanksgiving Monday will be two of the busiest days.", "2024-10-08", "Thanksgiving Monday", "DATE",
     "2024-10-14", None),
    # the day a source is attributed to has gone by; not a day its words are for
    ("The block will begin on the night of July 28, according to a circular issued by the divisional office at Mumbai "
     "Central on Sunday evening.", "2023-07-17", "Sunday evening", "TIME", "2023-07-16TEV", None),
    ("Growth will stall: GDP shrank by 0.1% in October, the second fall in a row, according to figures out on "
     "Friday.", "2024-12-19", "Friday", "DATE", "2024-12-13", None),
    ("The storm will hit the coast, according to forecasts for Sunday.", "2024-12-19", "Sunday", "DATE", "2024-12-22",
     None),
    # a date in the subject of a present verb of saying or showing is of what has been said or shown, gone by; the
    # "will" of what is said is not its tense
    ("The keynote is on Monday and workshops run through Friday.\n\nReports over the weekend suggest Meridian will be "
     "able to read the screen.", "2024-06-10", "the weekend", "DATE", "2024-W23-WE", None),
    ("Figures out on Friday show prices will rise again.", "2024-06-10", "Friday", "DATE", "2024-06-07", None),
    ("The data on Friday will show prices rising.", "2024-06-10", "Friday", "DATE", "2024-06-14", None),
    # a level counted on a day, compared with a year earlier: that day a year before (not a report's day, nor a
    # period's end)
    ("Corn stocks as of Dec. 1 totaled 12.17 billion bushels, up 12% from a year earlier.", "2024-01-12",
     "a year earlier", "DATE", "2022-12-01", None),
    ("The order book at 31 March stood at £412 million, compared with £455 million a year earlier.", "2024-04-05",
     "a year earlier", "DATE", "2023-03-31", None),
    ("Punctuality was 81% in August, according to figures published on Tuesday, down from 86% a year earlier.",
     "2025-08-28", "a year earlier", "DATE", "2024-08", None),
    # "the month" whose figures are given: the month a report is about, else the DCT's (in its first days, the last)
    ("The index closed down 0.2%, leaving it 2.8% lower for the month.", "2023-08-31", "the month", "DATE", "2023-08",
     None),
    ("Rainfall was 40% below average in February. The mean temperature for the month was 7.9C.", "2024-03-01",
     "the month", "DATE", "2024-02", None),
    ("The UK mean temperature for the month was 13.7C, the Met Office said.", "2026-06-01", "the month", "DATE",
     "2026-05", None),
    ("The spring tide will bring the biggest tides of the month early next week.", "2025-04-12", "the month", "DATE",
     "2025-04", None),
    # "open from" after a day told in the sentence is that day's hours, not any day's; "open daily", or from a day on,
    # is any day's
    ("The election is Saturday, May 1, when the Town Clerk's office will be open from 9 a.m. to 5 p.m.", "2027-03-21",
     "5 p.m.", "TIME", "2027-05-01T17:00", None),
    ("The museum reopens on May 1 and will be open daily from 9 a.m. to 5 p.m.", "2027-03-21", "5 p.m.", "TIME",
     "XXXX-XX-XXT17:00", None),
    ("Summer hours run until Saturday 31 October. From 1 November it will open from 10am to 4pm.", "2026-10-24", "4pm",
     "TIME", "XXXX-XX-XXT16:00", None),
    # an absolute phrase after the date (", with police saying ...") has verbs of its own, not the date's
    ("Two teenagers have been charged over an armed robbery at a service station on the weekend, with police saying "
     "further charges may be laid.", "2023-11-20", "the weekend", "DATE", "2023-W46-WE", None),
    # a past perfect in a diary's day section looks back from that day, not from an older day named before it
    ("Day 3 – Monday 18 September\nIt was a holiday.\n\nDay 10 – Monday 25 September\nThe hotel had slipped a note "
     "under our door on Sunday night.", "2023-10-02", "Sunday night", "TIME", "2023-09-24TNI", None),
    # the hour a place opens, before a range of weekdays, is each such day's
    ("Tickets are available from the box office, open from 9.30am Monday to Saturday until the festival starts.",
     "2027-05-18", "Saturday", "SET", "XXXX-WXX-6", None),
    ("The store opens at 9am Monday to mark the launch.", "2027-05-18", "9am Monday", "TIME", "2027-05-24T09:00", None),
    # the sovereign's official birthday as a public holiday: Australia's second Monday of June, New Zealand's first
    ("The libraries will be closed for the King's Birthday public holiday.", "2024-05-20", "King's Birthday", "DATE",
     "2024-06-10", None),
    ("Auckland roads will be busy over the King's Birthday weekend, New Zealand police said.", "2024-05-20",
     "King's Birthday weekend", "DATE", "2024-W22-WE", None),
    ('It will redeem its 6.250% Senior Notes due 2027 (the "2027 Notes").', "2025-06-13", "2027", "DATE", "2027", None),
    # a day that is the subject of what is said, with a modal after it, is to come; not the day of the saying
    ("Forecasters said Wednesday and Thursday would probably be the hottest days of the stretch.", "2024-07-15",
     "Thursday", "DATE", "2024-07-18", None),
    ("Officials said Friday they would reopen the road.", "2024-07-15", "Friday", "DATE", "2024-07-12", None),
    # a list's entry on a day told before with its year written is of that year; not a day told in a sentence
    ("The tour opens Feb. 27, 2025, in Phoenix. Tickets go on sale Friday, June 21.\n\nThe North American leg:\n\n"
     "Feb. 27 — Phoenix, Footprint Center\nMarch 1 — Las Vegas, T-Mobile Arena", "2024-06-14", "March 1", "DATE",
     "2025-03-01", None),
    # a quarter of "the year" that has not begun, told in the past, is of the year before
    ("Sales rose in the last quarter of the year.", "2026-03-01", "the last quarter of the year", "DATE", "2025-Q4",
     None),
    ("Sales will rise in the last quarter of the year.", "2026-03-01", "the last quarter of the year", "DATE", "2026-Q4",
     None),
    # a participle after "every" or "no" is an adjective, not the verb of the date
    ("Sanitarians will visit every licensed food business in the zone by Wednesday.", "2023-02-14", "Wednesday", "DATE",
     "2023-02-15", None),
    # a 24-hour time after "updated" or after a dated line's year and comma
    ("Rother Vale District Council — news. Published Friday 22 March 2024, 10:15. Last updated 13:40.", "2024-03-22",
     "13:40", "TIME", "2024-03-22T13:40", None),
    ("Rother Vale District Council — news. Published Friday 22 March 2024, 10:15. Last updated 13:40.", "2024-03-22",
     "10:15", "TIME", "2024-03-22T10:15", None),
    # the next of a day's bulletins is later on the DCT, not on a day told before it
    ("Sanitarians will visit every licensed food business in the zone by Wednesday. The hotline will be staffed until "
     "the notice is lifted. The next update is expected at 5 p.m.", "2023-02-14", "5 p.m.", "TIME", "2023-02-14T17:00",
     None),
    # what a body announces, publishes, unveils or decides on a day, told in the present, is scheduled
    ("The Monetary Policy Committee announces its decision at noon on Thursday.", "2024-11-01", "Thursday", "DATE",
     "2024-11-07", None),
    ("Some callers reported holds of more than an hour on Monday.", "2025-04-15", "Monday", "DATE", "2025-04-14", None),
    # a stretch that has ended and runs to a month not yet come this year is last year's (not one moved)
    ("Every month from January to June set a record for the time of year.", "2025-01-10", "January", "DATE", "2024-01",
     None),
    ("Every month from January to June set a record for the time of year.", "2025-01-10", "June", "DATE", "2024-06",
     None),
    ("Prices rose from February to June.", "2025-03-10", "February", "DATE", "2024-02", None),
    ("Prices rose from February to March.", "2025-03-10", "February", "DATE", "2025-02", None),
    ("The vote was pushed back from January to June.", "2025-01-10", "June", "DATE", "2025-06", None),
    # a clock time after a day and ", at" is that day's
    ("Voltiq said its online deals would run through Friday, Dec. 1, at 11:59 p.m. Pacific time.", "2023-11-24",
     "11:59 p.m. Pacific time", "TIME", "2023-12-01T23:59-08:00", None),
    ("Late registration stays open until Friday, April 21, at 5 p.m., at the town recreation office.", "2023-04-18",
     "5 p.m.", "TIME", "2023-04-21T17:00", None),
    # what must be done in a month is to come, as firmly as what will be
    ("Countries must submit their new targets in November.", "2025-01-10", "November", "DATE", "2025-11", None),
    # "the week to Friday", "the week ending Friday": the week of the last such day, of the next where it is to come
    ("Spot rates from Shanghai to Rotterdam rose 11% in the week to Friday.", "2025-06-09", "the week to Friday", "DATE",
     "2025-W23", None),
    ("Jobless claims in the week ending Saturday totaled 210,000.", "2025-06-09", "the week ending Saturday", "DATE",
     "2025-W23", None),
    ("Rates are expected to rise further in the week ending Friday.", "2025-06-09", "the week ending Friday", "DATE",
     "2025-W24", None),
    # what was due on a day is a plan as it stood, gone by; reported, either side
    ("The team has asked for time in the next observing cycle, which begins July 1. Proposals were due Oct. 15, and "
     "decisions are expected in the spring.", "2024-11-25", "Oct. 15", "DATE", "2024-10-15", None),
    ("Nominating petitions, which required at least 3,000 signatures, were due Monday.", "2027-12-09", "Monday", "DATE",
     "2027-12-06", None),
    ("The treasurer said the first payment was due on Dec. 1.", "2024-11-25", "Dec. 1", "DATE", "2024-12-01", None),
    ("The report is due on Oct. 15.", "2024-11-25", "Oct. 15", "DATE", "2025-10-15", None),
    # ... but a day after a country named as a place
    ("He was in Scotland on Sunday for talks.", "2027-10-14", "Sunday", "DATE", "2027-10-10", None),
    # Diwali and Holi in the years near the table's old end (2027): the one this year, and the next
    ("Demand for lights around Diwali, which falls at the end of the month this year, has grown.", "2027-10-14",
     "Diwali", "DATE", "2027-10-29", None),
    ("Offices will close for Holi.", "2027-10-14", "Holi", "DATE", "2028-03-11", None),
    ("Offices will close for Diwali.", "2010-10-14", "Diwali", "DATE", "2010-11-05", None),
    # what is wanted by a day, as what is asked for, lies ahead
    ("The government's leader in the Senate said on Sunday she wanted a vote by Thursday afternoon.", "2026-08-10",
     "Thursday afternoon", "TIME", "2026-08-13TAF", None),
    # a second verb in the present tells how long what began goes on, to a day still to come
    ("Grovemart's \"Deal Days\" began Monday and run through Thursday.", "2024-07-09", "Thursday", "DATE", "2024-07-11",
     None),
    ("The talks began Monday and continue through Thursday.", "2024-07-09", "Monday", "DATE", "2024-07-08", None),
    # a clock time without "a.m." before "tomorrow morning", "yesterday morning", "the next morning" is in the morning
    ("More storms are forecast, and she will be up at 4:30 tomorrow morning.", "2026-07-15", "4:30 tomorrow morning",
     "TIME", "2026-07-16T04:30", None),
    ("The alarm went off at 3:15 yesterday morning.", "2026-07-15", "3:15 yesterday morning", "TIME", "2026-07-14T03:15",
     None),
    # the figures of a quarter told at a sentence's start ("Results for the fourth quarter"): the quarter just ended
    ("Results for the fourth quarter are due on Feb. 15, with a call for analysts at 4:30 p.m. Eastern.", "2024-01-09",
     "the fourth quarter", "DATE", "2023-Q4", None),
    # what was to come when it was told comes after the month it was told in
    ("\"We were told in July that the spending bills would be done by August,\" Pruett said.", "2023-09-27", "August",
     "DATE", "2023-08", None),
    ("Officials said in September that the work would be finished by August.", "2023-09-27", "August", "DATE", "2024-08",
     None),
    # a clause of time in the present after "before", "once", "after" tells of what is to come
    ("The legislature has three weeks of sittings left before it rises for the winter.", "2026-11-22", "the winter",
     "DATE", "2026-WI", None),
    ("The ferry will be repaired once it returns in January.", "2026-11-22", "January", "DATE", "2027-01", None),
    # a past verb after "it", as after "he" or "they", is firmly past: not the next January because it is nearer
    ("The ferry was repaired after it returned in January.", "2026-11-22", "January", "DATE", "2026-01", None),
    # what was extended, kept or ordered "until at least" a day runs on to it, as "until" a day
    ("The government on Tuesday extended water restrictions until at least 30 June.", "2026-03-18", "30 June", "DATE",
     "2026-06-30", None),
    # what is already full, sold or booked is for a day to come
    ("Celtic Link said its 8.55pm crossing on Tuesday was already full for cars.", "2025-12-21", "Tuesday", "DATE",
     "2025-12-23", None),
    ("Tickets for the summer went on sale last week, and several July sailings were already close to full.",
     "2024-04-06", "July", "DATE", "2024-07", None),
    ("Bellco said delivery slots for Monday morning were already fully booked.", "2025-04-19", "Monday morning", "TIME",
     "2025-04-21TMO", None),
    # what was published by a body with a long name on a day was published then
    ("Emissions fell 5.4 per cent last year, according to figures published by the Department for Energy Security and "
     "Net Zero on Thursday.", "2024-04-08", "Thursday", "DATE", "2024-04-04", None),
    # "a second" after a word of quantity, with no noun after it, is a length of time
    ("The meteors hit the upper atmosphere and burn up in less than a second.", "2023-08-11", "less than a second",
     "DURATION", "PT1S", "LESS_THAN"),
    ("She finished less than a second behind the winner.", "2023-08-11", "less than a second", "DURATION", "PT1S",
     "LESS_THAN"),
    # "Thirty-odd years", "40-odd years": a length of time of somewhat more than the number
    ("\"Thirty-odd years and I still get nervous about the focus,\" she said.", "2025-03-11", "Thirty-odd years",
     "DURATION", "P30Y", "MORE_THAN"),
    ("He sits in row F, seat 19, same as he has for 40-odd years.", "2023-07-27", "40-odd years", "DURATION", "P40Y",
     "MORE_THAN"),
    # "all year", "all month": the length of that unit, as "all day" and "all week" (not "all year round", a habit)
    ("In Reykjavik, where clocks run on UTC all year, totality comes at 5:48 p.m.", "2026-07-30", "all year", "DURATION",
     "P1Y", None),
    ("Protests went on all month.", "2026-07-30", "all month", "DURATION", "P1M", None),
    # "that day after 2 p.m.": that day, and a time after which; not the day after it
    ("The eclipse is on Monday, April 8. The Assembly has scheduled no votes that day after 2 p.m.", "2024-04-03",
     "that day", "DATE", "2024-04-08", None),
    ("The eclipse is on Monday, April 8. The Assembly has scheduled no votes that day after 2 p.m.", "2024-04-03",
     "2 p.m.", "TIME", "2024-04-08T14:00", None),
    # "the future" before the pronoun "I" is the time to come, not a person's title ("the future Henri II")
    ("\"Soon there will be three or four, and in the future I expect nobody will remember which was first.\"",
     "2027-10-18", "the future", "DATE", "FUTURE_REF", None),
    # a span of years before 1900, written with a hyphen: its first year too ("the 1850-1900 average")
    ("The average global temperature last year was 1.60C above the 1850-1900 average.", "2025-01-10", "1850", "DATE",
     "1850", None),
    # a month after a capitalised word that opens a clause ("If", "When") is no surname
    ("\"If June is this bad, I don't want to think about August,\" Birchard said.", "2025-06-01", "June", "DATE",
     "2025-06", None),
    # "past" after a verb a stretch runs on with means beyond: "go past Friday" is the coming Friday
    ("The talks are unlikely to go past Friday.", "2023-09-27", "Friday", "DATE", "2023-09-29", None),
    ("The shelter will stay open past Sunday.", "2023-09-27", "Sunday", "DATE", "2023-10-01", None),
    ("He arrived this past Friday.", "2023-09-27", "this past Friday", "DATE", "2023-09-22", None),
    # a weekday counted from a holiday is no day told for the holiday to be near
    ("The TSA expects to screen 3 million people on Friday. The busiest day in the agency's history came last November, "
     "on the Sunday after Thanksgiving, when it screened just under 3.1 million.", "2027-05-27",
     "the Sunday after Thanksgiving", "DATE", "2026-11-29", None),
    # told in the past, a quarter or half of "the year" that began only this month is last year's
    ("The El Niño weather pattern, which peaked in December 2023, added to the heat in the first half of the year.",
     "2025-01-10", "the first half of the year", "DATE", "2024-H1", None),
    ("Sales will rise in the first half of the year.", "2025-01-10", "the first half of the year", "DATE", "2025-H1",
     None),
    # "the week after next": two weeks on from the DCT's (not "the week after" something told)
    ("The week after next, the lame-duck Congress returns for a session.", "2026-11-07", "The week after next", "DATE",
     "2026-W47", None),
    ("They meet again the weekend after next.", "2026-11-07", "the weekend after next", "DATE", "2026-W47-WE", None),
    ("He left on Nov. 2 and returned the week after.", "2026-11-07", "the week after", "DATE", "2026-W46", None),
    # set off by dashes after a date, "the day before" says that date another way
    ("The board approved the work on Jan. 7 — the day before — without a rollback test.", "2025-01-11",
     "the day before", "DATE", "2025-01-07", None),
    ("He left on Jan. 7 the day before the outage.", "2025-01-11", "the day before", "DATE", "2025-01-06", None),
    # fixed days: All Saints' and All Souls', Mandela Day; Dussehra by India's calendar; Nigeria's Eid-el-Kabir
    ("Filipinos began heading home for All Saints' Day.", "2025-10-29", "All Saints' Day", "DATE", "2025-11-01", None),
    ("The long weekend ends on All Souls' Day.", "2025-10-29", "All Souls' Day", "DATE", "2025-11-02", None),
    ("Speaking on Tuesday, Mandela Day, the chief said so.", "2023-07-21", "Mandela Day", "DATE", "2023-07-18", None),
    ("The three-week stretch between Dussehra and Diwali pulled buyers back.", "2023-11-14", "Dussehra", "DATE",
     "2023-10-24", None),
    ("The government declared public holidays for Eid-el-Kabir.", "2024-06-12", "Eid-el-Kabir", "DATE", "2024-06-16",
     None),
    # "setting Nov. 1 as the distribution date": a day set for what is to come
    ("The board had approved the spinoff, setting Nov. 1 as the distribution date.", "2027-10-06", "Nov. 1", "DATE",
     "2027-11-01", None),
    # an outage owned by a day has happened; a planned one has not
    ("Customers affected by Sunday's outage may apply for service credits.", "2026-10-27", "Sunday", "DATE",
     "2026-10-25", None),
    ("Customers should prepare for Sunday's planned outage, the utility said.", "2026-10-27", "Sunday", "DATE",
     "2026-11-01", None),
    # a pay period of a year is no quarter: the year alone
    ("Employers must update payroll systems before the first pay period of 2027.", "2026-12-15", "2027", "DATE",
     "2027", None),
    ("Net was $1.8 million for the corresponding period last year.", "1989-10-27",
     "the corresponding period last year", "DATE", "1988-Q3", None),
    # a year in two figures after "about", "like"
    ("\"I've heard about '98 since I was a kid,\" Alvarez said.", "2025-10-08", "'98", "DATE", "1998", None),
    # a subject with a name between a fronted month and its verb in -ed: gone by
    ("In January the Somerset Levels flooded again.", "2025-12-31", "January", "DATE", "2025-01", None),
    ("In January Somerset flooded again.", "2025-12-31", "January", "DATE", "2025-01", None),
    ("In January the Somerset Levels will flood again.", "2025-12-31", "January", "DATE", "2026-01", None),
    # written on a Sunday, "this week" of what is to come is the week ahead; of what has been, the week ending
    ("Scotland train at Oriam every morning this week and hold an open session.", "2024-11-17", "this week", "DATE",
     "2024-W47", None),
    ("Also this week: the finance committee begins consultations.", "2024-11-17", "this week", "DATE", "2024-W47",
     None),
    ("\"We talked about it every day this week,\" Marsh said.", "2024-11-17", "this week", "DATE", "2024-W46", None),
    ("I have been thinking about that newsroom a great deal this week.", "2024-11-17", "this week", "DATE",
     "2024-W46", None),
    ("Scotland train at Oriam every morning this week.", "2024-11-13", "this week", "DATE", "2024-W46", None),
    # in a text about sport, a count of seasons is that many years ("over" them is across them)
    ("The quarterback went 11-23 over two seasons.", "2024-04-22", "two seasons", "DURATION", "P2Y", None),
    ("The quarterback has reached the playoffs four times in 33 seasons.", "2024-04-22", "33 seasons", "DURATION",
     "P33Y", None),
    ("The wrestler scored the winning takedown and reached the mark in less than four seasons.", "2024-01-25",
     "less than four seasons", "DURATION", "P4Y", "LESS_THAN"),
    # "the first half of calendar 2028": that year's half, as "of fiscal 2028" is
    ("It plans to start paying a dividend in the first half of calendar 2028.", "2027-10-06",
     "the first half of calendar 2028", "DATE", "2028-H1", None),
    # a schedule of coming days goes on from a day told with a clock and its zone
    ("The draft begins Thursday at 8 p.m. EDT. Rounds 2 and 3 follow Friday starting at 7 p.m.", "2024-04-22",
     "Friday", "DATE", "2024-04-26", None),
    # a day a review was released on is the report's: clock times told after it in the past are of the story's day
    ("The failure grounded flights on Wednesday, the airline said in a review released Friday.\n\nAgents found at "
     "5:52 a.m. CST that they could not print passes.", "2025-01-11", "5:52 a.m. CST", "TIME", "2025-01-08T05:52-06:00",
     None),
    # an aside in brackets after a time does not end its clause: the verb after it tells the tense
    ("The failure grounded flights on Wednesday, the airline said in a report published Friday.\n\nAt 5:52 a.m. CST "
     "(11:52 UTC) agents found they could not print passes.", "2025-01-11", "5:52 a.m. CST", "TIME",
     "2025-01-08T05:52-06:00", None),
    # a day of the year framing the sentence, told since, keeps the frame: "Last year, Diwali fell on 24th October"
    ("Last year, Diwali fell on 24th October, which pulled purchases into that month.", "2023-11-14", "24th October",
     "DATE", "2022-10-24", None),
    ("Landlords have just over two months to send their third update of the tax year, covering income and costs from "
     "6 October to 5 January.", "2026-12-05", "5 January", "DATE", "2027-01-05", None),
    # a year before the noun a clause after it tells of: "the 2022 tournament in Qatar, which was played in November"
    ("At the 2022 tournament in Qatar, which was played in November and December to avoid the heat, they lost.",
     "2026-06-10", "November", "DATE", "2022-11", None),
    ("Sales fell in 2022, and the company said it would cut jobs in November.", "2026-06-10", "November", "DATE",
     "2026-11", None),
    ("The ministers' Sunday meeting was cancelled.", "2027-03-20", "Sunday", "DATE", "2027-03-21", None),
    ("The policy takes effect July 1. From that date, ads must be labelled.", "2026-10-29", "that date", "DATE",
     "2027-07-01", None),
    ("Police Given 36 Hours To Find Him", "2024-08-20", "36 Hours", "DURATION", "PT36H", None),
    # gaps and laps as timing sheets write them, with fractions of a second, at the end of a sentence too
    ("He lapped in 1min 36.211sec in practice.", "2024-04-05", "1min 36.211sec", "DURATION", "PT1M36.211S", None),
    ("The Spaniard was 0.184sec clear of Ferrante.", "2024-04-05", "0.184sec", "DURATION", "PT0.184S", None),
    ("He leads the rally by 38.4sec.", "2026-11-07", "38.4sec", "DURATION", "PT38.4S", None),
    ("He has a lead of 2min 41sec.", "2026-11-07", "2min 41sec", "DURATION", "PT2M41S", None),
    # a clause of time in the present with a body or a happening for subject tells of what is to come
    ("He has asked for a briefing before Parliament rises for the year on Thursday.", "2024-11-22", "Thursday", "DATE",
     "2024-11-28", None),
    ("He left before Parliament rose on Thursday.", "2024-11-22", "Thursday", "DATE", "2024-11-21", None),
    ("Aid arrived after Israeli airstrikes on Monday killed more than 490 people.", "2024-09-24", "Monday", "DATE",
     "2024-09-23", None),
    # a plan told in the past ("was set for", "was scheduled for") is a plan as it stood: the nearest such day
    ("H-hour was set for 0330 local time (0030 GMT) on Sunday.", "2024-05-06", "Sunday", "DATE", "2024-05-05", None),
    ("The vote was scheduled for Sunday.", "2024-05-06", "Sunday", "DATE", "2024-05-05", None),
    ("The vote is scheduled for Sunday.", "2024-05-06", "Sunday", "DATE", "2024-05-12", None),
    # "last" before a day, a minute or a second is final ("the last day of term"), not gone by
    ("Friday 20 September: Footy Colours Day and last day of Term 3, with a 2.30pm finish.", "2024-08-01", "2.30pm",
     "TIME", "2024-09-20T14:30", None),
    ("Last day of term Friday, with assembly at 9am.", "2024-09-18", "Friday", "DATE", "2024-09-20", None),
    ("Last week of term Friday, with assembly at 9am.", "2024-09-18", "Friday", "DATE", "2024-09-13", None),
    # a clock time right after a day ("between", "from", "until" ...), or ending a range from a time of that day, is of it
    ("Westwich: closed northbound on Sunday, March 8 between 7am and 3pm for resurfacing.", "2026-03-01", "7am", "TIME",
     "2026-03-08T07:00", None),
    ("Westwich: closed northbound on Sunday, March 8 between 7am and 3pm for resurfacing.", "2026-03-01", "3pm", "TIME",
     "2026-03-08T15:00", None),
    ("The bar was open on Sunday, March 8 from 10pm to 2am.", "2026-03-01", "2am", "TIME", "2026-03-09T02:00", None),
    # a word of approximation after a cue's preposition: the cue is read as without it
    ("The lander will touch down near the pole next Thursday, Oct. 2, with touchdown targeted for around 0300 UTC.",
     "2025-09-27", "around 0300 UTC", "TIME", "2025-10-02T03:00Z", "APPROX"),
    # a relative clause set off by commas is not the clause of a date after it, whose verb may follow an adverb
    ("The warning, which was first issued last Wednesday, now runs from 10 a.m. Tuesday to 8 p.m. Friday.",
     "2024-07-15", "10 a.m. Tuesday", "TIME", "2024-07-16T10:00", None),
    ("The warning, which was first issued last Wednesday, also ran from 10 a.m. Tuesday.", "2024-07-15",
     "10 a.m. Tuesday", "TIME", "2024-07-09T10:00", None),
    # a day counted back to for a figure compared with is no day the story goes on in
    ("Traders now price a 40% chance of a hike, down from 60% a week ago. Minutes of the bank's July meeting, released "
     "at 1130 GMT, showed policymakers split.", "2023-08-31", "1130 GMT", "TIME", "2023-08-31T11:30Z", None),
    # after a day to come, a clock time told with no tense (a schedule in the present) is of that day
    ("Managers cleared the crew Monday, keeping the mission on track for liftoff Thursday.\n\nThe instantaneous launch "
     "window is at 4:37 a.m. EDT.", "2027-10-18", "4:37 a.m. EDT", "TIME", "2027-10-21T04:37-04:00", None),
    ("NOTICE OF MEETING: CABINET\nDate: Tuesday 21 January 2025\nTime: 6.00pm\nVenue: Committee Room 1", "2025-01-13",
     "6.00pm", "TIME", "2025-01-21T18:00", None),
    ("Managers cleared the crew Monday, keeping the mission on track for liftoff Thursday.\n\nThe crew was weighed at "
     "4:37 a.m.", "2027-10-18", "4:37 a.m.", "TIME", "2027-10-18T04:37", None),
    # a time of day in four figures with a nought first, as ships, armies and notices write it, is no year; four
    # figures that end a range or a pair from it are a time too
    ("The Aurora Dawn is due alongside at the Ocean Terminal at 0600 on Saturday.", "2024-06-12", "0600", "TIME",
     "2024-06-15T06:00", None),
    ("The last ship is expected at Berth 101 by 0730.", "2024-06-12", "0730", "TIME", "2024-06-12T07:30", None),
    ("Navigation warnings go out between 0500 and 0800.", "2024-06-12", "0800", "TIME", "2024-06-12T08:00", None),
    ("Polling stations will open at 0600 and close at 1800.", "2026-02-20", "1800", "TIME", "2026-02-20T18:00", None),
    ("A warning covers Devon from 0600 Sunday until 1800 Monday.", "2024-11-08", "1800", "TIME", "2024-11-11T18:00",
     None),
    ("Prices rose at 0652 GMT. Sales rose from 2010 to 2015.", "2024-11-23", "2015", "DATE", "2015", None),
    # a day after a dash that a month follows is that month's, not another day of the month before
    ("Aladdin\nGrand Pavilion, Blackpool, 28 November – 4 January", "2025-11-22", "4 January", "DATE", "2026-01-04",
     None),
    ("Deliberations run Jan. 21-23.", "2025-01-13", "23", "DATE", "2025-01-23", None),
    # a holiday with a noun after it, then its date in apposition, is of that date; the long weekend is the one its
    # Monday or Friday makes long
    ("The centre will be closed on the Labour Day public holiday, Monday 6 October.", "2025-09-05", "Labour Day", "DATE",
     "2025-10-06", None),
    ("The centre will be closed on the Labour Day public holiday, Monday 6 October. Bin collections will not change "
     "over the long weekend.", "2025-09-05", "the long weekend", "DATE", "2025-W40-WE", None),
    ("The road is closed until Nov. 1 for paving, and the work will be paused over the long weekend.", "2024-10-02",
     "the long weekend", "DATE", "2024-W40-WE", None),
    # a year before a noun of two words, and a clause about it: the clause goes on in that year
    ("The September 2022 heat wave, when demand hit a record 52,061 megawatts on Sept. 6.", "2026-05-22", "Sept. 6",
     "DATE", "2022-09-06", None),
    # a market's contract "for delivery on" a day is for a day to come, whatever the tense of its trading
    ("French baseload power for delivery on Thursday settled at 142 euros per megawatt hour.", "2027-07-14", "Thursday",
     "DATE", "2027-07-15", None),
    ("French baseload power settled at 142 euros per megawatt hour on Thursday.", "2027-07-14", "Thursday", "DATE",
     "2027-07-08", None),
    # a day that a present "is" or "are" tells of is not gone by for the past of the saying around it
    ("Elections director Gail Prewitt reminded residents that the deadline to register is 5 p.m. Friday.", "2026-10-08",
     "5 p.m. Friday", "TIME", "2026-10-09T17:00", None),
    ("Prewitt said the vote is on Friday.", "2026-10-08", "Friday", "DATE", "2026-10-09", None),
    ("Prewitt said the vote was on Friday.", "2026-10-08", "Friday", "DATE", "2026-10-02", None),
    ("Imola's six-hour race will start at 11am on Easter Sunday.", "2024-11-08", "Easter Sunday", "DATE", "2025-04-20",
     None),
    # the first time of a range whose end says its half of the day is a time, in that half where it can be
    ("Commissioners set trick-or-treat hours for 5:30 to 8 p.m. on Halloween.", "2026-10-08", "5:30", "TIME",
     "2026-10-31T17:30", None),
    ("Fall Festival and Trunk-or-Treat: Friday, Oct. 29, 5:30-7:30 p.m., in the staff parking lot.", "2027-09-25", "5:30",
     "TIME", "2027-10-29T17:30", None),
    ("Lunch is served on Friday from 11:30 to 2 p.m.", "2026-10-08", "11:30", "TIME", "2026-10-09T11:30", None),
    ("The vote was moved to the day after the holiday.", "2026-01-14", "the day after", "DATE", "2026-01-15", None),
    ("The battalion had a floating bridge across the river by 0610, and the first tanks rolled across.", "2024-05-06",
     "0610", "TIME", "2024-05-06T06:10", None),
    # a plan set off by commas, of a happening told in the past, is the plan as it stood: the nearest such time
    ("A Cathay Pacific flight from London, due to land at 6.15am on Tuesday, was sent to Taipei.", "2026-08-19",
     "Tuesday", "DATE", "2026-08-18", None),
    ("The flight, scheduled to land at 11.05pm on Friday, will be met by officials.", "2027-12-02", "Friday", "DATE",
     "2027-12-03", None),
    ("\"Wednesday,\" he replied, when asked when they would meet.", "2027-02-01", "Wednesday", "DATE", "2027-02-03", None),
    # a clock time, a comma, then the day after or that day: of that day
    ("Deadline to register to vote: midnight, Monday 20 April\nPostal vote applications: 5pm, the following day",
     "2026-03-29", "5pm", "TIME", "2026-04-21T17:00", None),
    # a weekday opening its sentence after a run of days told with their weekdays is that run's day (a programme by
    # day); not one inside a sentence ("go on sale on Friday"), nor one of a report
    ("The three-day event returns from Friday 18 August to Sunday 20 August.\n\nFriday's bill is led by Cold Reservoir, "
     "with gates opening at 4pm.", "2023-06-08", "Friday", "DATE", "2023-08-18", None),
    ("The three-day event returns from Friday 18 August to Sunday 20 August.\n\nOn Saturday, Quist plays a 90-minute set.",
     "2023-06-08", "Saturday", "DATE", "2023-08-19", None),
    ("The three-day event returns from Friday 18 August to Sunday 20 August. Day tickets go on sale at 10am on Friday.",
     "2023-06-08", "Friday", "DATE", "2023-06-09", None),
    ("The festival runs from Friday 3 July to Sunday 5 July. On Friday, organisers said tickets had sold out.",
     "2026-02-03", "Friday", "DATE", "2026-01-30", None),
    ("The Met Office has issued a yellow warning for rain covering Sunday and Monday, with 40-60mm possible.",
     "2025-08-23", "Monday", "DATE", "2025-08-25", None),
    # a participle after the date with its agent after a count of time ("followed 15 minutes later by") tells no tense
    ("Qualifying 1 gets under way at 10.50am on Saturday (9.50am BST), followed 15 minutes later by Q2.", "2024-04-05",
     "Saturday", "DATE", "2024-04-06", None),
    ("On Tuesday, Ledgerline agreed to be acquired by a rival.", "2026-05-17", "Tuesday", "DATE", "2026-05-12", None),
    # a present perfect of what was set up for a time ("has convened a meeting at 11 am on Thursday") tells no past
    ("The ministry has convened a meeting of state agriculture secretaries at 11 am on Thursday.", "2026-02-10",
     "Thursday", "DATE", "2026-02-12", None),
    # a participle after "with" and its noun tells no tense of its own; what is promised by a day is to come
    ("The ballot will open on Monday, November 6 and run for three weeks, with results released on December 15.",
     "2023-09-08", "December 15", "DATE", "2023-12-15", None),
    ("A third date has been added for Sunday 13 October, with tickets released at 10am on Wednesday.", "2024-09-15",
     "Wednesday", "DATE", "2024-09-18", None),
    ("Applications are due Feb. 3, 2026, with funding decisions expected in late spring.", "2025-10-01", "late spring",
     "DATE", "2026-SP", "END"),
    ("The opening may slip if the software fix, promised by Dec. 15, does not work on the first try.", "2024-09-28",
     "Dec. 15", "DATE", "2024-12-15", None),
    # Ireland told by its police, its cities and its parliament: its August bank holiday is the first Monday's
    ("Gardaí in Ennis appealed for information. The mobile unit will return to the town over the August bank holiday "
     "weekend.", "2027-07-21", "the August bank holiday weekend", "DATE", "2027-W30-WE", None),
    # a run of days with "each day" after it is of those days, not of any year; its last day may have a colon after it
    ("Here's the timetable:\n\nJan. 21 to 23: Budget committee deliberations, starting at 9 a.m. each day.",
     "2025-01-13", "Jan. 21", "DATE", "2025-01-21", None),
    ("Here's the timetable:\n\nJan. 21 to 23: Budget committee deliberations, starting at 9 a.m. each day.",
     "2025-01-13", "23", "DATE", "2025-01-23", None),
    ("The talks run Jan. 21 to 23:30 hours.", "2025-01-13", "23:30", "TIME", "2025-01-21T23:30", None),
    ("The store opens at 0900, and 2015 was a record year.", "2025-09-22", "2015", "DATE", "2015", None),
    ("The market opens at the Tarrawong site on Saturday.", "2025-09-05", "Saturday", "DATE", "2025-09-06", None),
    # four figures from 2200 after a word of time are a time of day, as no news year is; four figures after "at" and
    # before a day are that day's time, not a year
    ("The ferry docks at 2330 on Tuesday.", "2025-06-10", "2330", "TIME", "2025-06-10T23:30", None),
    ("Troops were ordered to halt operations from 2300 local time.", "2023-08-05", "2300 local time", "TIME",
     "2023-08-05T23:00", None),
    ("Villages were warned of night firing on Wednesday night, from 2200 until 0200 on Thursday.", "2024-05-06",
     "2200", "TIME", "2024-05-08T22:00", None),
    ("The bridge will be closed from 0600 to 2300 on Sunday.", "2025-06-10", "2300", "TIME", "2025-06-15T23:00", None),
    ("The ferry sails at 1930 on Wednesday.", "2025-06-10", "1930", "TIME", "2025-06-11T19:30", None),
    ("The last departure leaves Holyhead at 2015 on 24 December.", "2026-12-20", "2015", "TIME", "2026-12-24T20:15",
     None),
    ("The index closed at 2015 on Monday.", "2025-06-10", "2015", "DATE", "2015", None),
    # so four figures after "from" before a day, four figures a time with its zone ends a range from, and a service
    # named by its time
    ("The strike runs from 1900 on Friday to 0500 on Saturday.", "2025-06-10", "1900", "TIME", "2025-06-13T19:00", None),
    ("Fireworks may be set off only between 2000 and 2200 local time.", "2025-10-20", "2000", "TIME",
     "2025-10-20T20:00", None),
    ("Passengers were moved to the 1030 sailing.", "2024-01-28", "1030", "TIME", "2024-01-28T10:30", None),
    ("Sales rose from 2010 to 2015 on Monday.", "2025-06-10", "2010", "DATE", "2010", None),
    # a title quoted before a date is a noun of its clause, which goes on before the quotation; "world premiere" is
    # a noun
    ("The band will release \"Blue Light\" on Nov. 12.", "2025-11-20", "Nov. 12", "DATE", "2026-11-12", None),
    ("Vesper said it would release \"The Long Quiet\" on Christmas Day.", "2026-04-29", "Christmas Day", "DATE",
     "2026-12-25", None),
    ("The company will give the world premiere of Okoro's “Ash Wednesday” on Nov. 12.", "2027-04-29", "Nov. 12",
     "DATE", "2027-11-12", None),
    ("The band released \"Blue Light\" on Nov. 12.", "2025-11-20", "Nov. 12", "DATE", "2025-11-12", None),
    ("The Lyric will stage the world premiere on Nov. 12.", "2025-11-20", "Nov. 12", "DATE", "2026-11-12", None),
    # "NZT" and "AET" are zones, written without saying whether summer time holds; a bracket of up to 48 characters
    # between a time and its day ("(1500 GMT, 9 a.m. in Mexico City) on Tuesday")
    ("Registrations will open at 9am NZT on Monday 4 May.", "2026-03-03", "9am NZT", "TIME", "2026-05-04T09:00", None),
    ("Kick-off is at 7.30pm AET on Friday.", "2026-03-03", "7.30pm AET", "TIME", "2026-03-06T19:30", None),
    ("Officials will hold a call at 11 a.m. Eastern time (1500 GMT, 9 a.m. in Mexico City) on Tuesday.", "2027-09-04",
     "11 a.m. Eastern time", "TIME", "2027-09-07T11:00-04:00", None),
    # the weekend after a weekday told with its time is the first one after it; a weekday right after "<day> on" that
    # is that day's weekday says the day again
    ("Trains will not run until 5 a.m. Monday. The same closure will be in place the following weekend.", "2023-06-08",
     "the following weekend", "DATE", "2023-W24-WE", None),
    ("The secretary left to return before Thanksgiving on Thursday.", "2025-11-23", "Thursday", "DATE", "2025-11-27",
     None),
    ("Residents were urged not to set off fireworks this weekend and on Bonfire Night on Tuesday, after emergency "
     "departments reported a rise in injuries.", "2024-11-02", "Tuesday", "DATE", "2024-11-05", None),
    # a weekday the subject of the present is today's or one to come
    ("Monday is a public holiday.", "2025-01-22", "Monday", "DATE", "2025-01-27", None),
    ("As Sunday is Republic Day, the block was kept short.", "2025-01-22", "Sunday", "DATE", "2025-01-26", None),
    ("Wednesday is the last day to apply.", "2025-01-22", "Wednesday", "DATE", "2025-01-22", None),
    ("Monday was a public holiday.", "2025-01-22", "Monday", "DATE", "2025-01-20", None),
    # the first time of a range whose end is said to be every day's is every day's too, after a date
    ("The fair, which opened on Aug 20, runs till Sept 15, from 10am to 9.30pm daily.", "2027-08-30", "10am", "TIME",
     "XXXX-XX-XXT10:00", None),
    ("On Sept 15 the fair is open from 10am to 9.30pm.", "2027-08-30", "10am", "TIME", "2027-09-15T10:00", None),
    # a speed is no time; a rate of days or years of a measure still is
    ("The machine will advance about 40 feet a day.", "2023-11-06", "a day", "SET", "P1D", None),
    # a count of things a unit names the kind of is no length of time; a length is
    ("The line will close for two more weekends.", "2023-10-30", "two more weekends", "DURATION", "P2WE", None),
    # a part of a day written capitalised before a capitalised word, and a word of time after one inside a sentence,
    # are a name's; not in a headline whose words are all capitalised
    ("The vote is on Monday Night.", "2024-05-19", "Monday Night", "TIME", "2024-05-20TNI", None),
    ("Storm Set To Hit Coast Monday Night Amid Warnings", "2024-05-19", "Monday Night", "TIME", "2024-05-20TNI", None),
    # "the last night" is the final one, of the day a stretch told runs to; "was going" without "to" is the past
    # progressive
    ("The bazaar runs till Jan 28. Stalls usually close at 10pm, but on the last night many will trade till 2am.",
     "2025-01-23", "last night", "TIME", "2025-01-28TNI", None),
    ("It rained heavily last night.", "2025-01-23", "last night", "TIME", "2025-01-22TNI", None),
    ("A box of 48 was going for $38 at one stall on Wednesday.", "2025-01-23", "Wednesday", "DATE", "2025-01-22", None),
    ("He said he was going to resign on Friday.", "2025-01-23", "Friday", "DATE", "2025-01-24", None),
    # a year after "since" is where a stretch to now begins, no frame of what a colon after it tells
    ("They plan their first real vacation since 2009: three weeks in Crete in October.", "2024-08-14", "October", "DATE",
     "2024-10", None),
    # American television's "9/8c" is an evening's hour; a time with a colon that a zoned time ends a range from, and
    # one in brackets where it is told, are times too; "between a year and 18 months" are two lengths
    ("The series premieres Sunday, Jan. 5, at 9/8c.", "2024-11-26", "9/8c", "TIME", "2025-01-05T21:00", None),
    ("The late show is at 11:35/10:35c on Friday.", "2024-11-26", "11:35/10:35c", "TIME", "2024-11-29T23:35", None),
    ("On Tuesday, 18 February, between 16:04 and 17:51 UTC (08:04 to 09:51 PST), requests failed.", "2025-02-23",
     "08:04", "TIME", "2025-02-18T08:04", None),
    ("Pryce will hold a call with ministers at 09:00 BST (11:00 in Riyadh) on Thursday.", "2025-07-16", "11:00", "TIME",
     "2025-07-17T11:00", None),
    ("The game will stay in early access for between a year and 18 months.", "2023-06-10", "18 months", "DURATION",
     "P18M", None),
    # a clock time set off by commas before "on" and a day, and one before a holiday's part of a day, are of that day
    ("It will shut early, at 4pm, on Christmas Eve.", "2025-12-20", "4pm", "TIME", "2025-12-24T16:00", None),
    ("The parade coverage begins at 8:30 a.m. ET on Thanksgiving morning.", "2024-11-26", "8:30 a.m. ET", "TIME",
     "2024-11-28T08:30-05:00", None),
    # a month that ends a stretch begun on a day just told is the first such month on or after that day
    ("Patios may stay open until 11 p.m. nightly from April 1 through the end of October.", "2026-05-12",
     "the end of October", "DATE", "2026-10", "END"),
    ("Estimated tax covers income earned from September through December.", "2026-01-09", "December", "DATE", "2025-12",
     None),
    # a quarter that a figure rose or fell by is a fraction; one a plan slipped by is a length of time
    ("The launch slipped by a quarter.", "2024-09-07", "a quarter", "DURATION", "P1Q", None),
    # "overnight" after a story of the day before the DCT is the night since; one to come after a time of the DCT is
    # tonight
    ("Drones struck the port city of Morvask late Sunday, killing three people, regional officials said. The air "
     "force said it had shot down 112 of 130 drones launched overnight.", "2026-02-16", "overnight", "TIME",
     "2026-02-15TNI", None),
    ("The river reached 14.2 metres at 9am and was rising. It is expected to peak near 15.3 metres overnight.",
     "2024-01-09", "overnight", "TIME", "2024-01-09TNI", None),
    # the second day of a range or pair after "through", or before a noun of a meeting or a preposition; a clock time
    # that goes on from one in a list or after "instead of"
    ("Spring break, scheduled for March 22 through 26, may be shortened.", "2027-03-05", "26", "DATE", "2027-03-26",
     None),
    ("Minutes of the Dec. 9 and 10 meeting are due on Tuesday.", "2025-12-29", "10", "DATE", "2025-12-10", None),
    ("The final sales will be held on December 15 and 16 before the recess.", "2026-12-02", "16", "DATE", "2026-12-16",
     None),
    ("The forecast is broadcast daily at 00:48, 05:20, 12:01 and 17:54.", "2024-11-08", "05:20", "TIME",
     "XXXX-XX-XXT05:20", None),
    ("The flight will leave Frankfurt at 16:35 instead of 17:10.", "2024-10-25", "17:10", "TIME", "2024-10-25T17:10",
     None),
    # "May" the subject of a verb no modal is followed by, opening its clause, is the month
    ("\"May has been kind so far,\" he said.", "2025-05-07", "May", "DATE", "2025-05", None),
    ("\"April will be quieter, then May picks up again,\" he said.", "2024-03-18", "May", "DATE", "2024-05", None),
    # a clock time told with how many days a week or times a day it comes round is of any such day
    ("For 47 years he opened the front door himself at 7 a.m., six days a week.", "2025-07-09", "7 a.m.", "TIME",
     "XXXX-XX-XXT07:00", None),
    ("The phone line will operate from 7am to 10pm seven days a week until further notice.", "2026-03-19", "10pm",
     "TIME", "XXXX-XX-XXT22:00", None),
    ("Environment Canada updates its warnings at least twice a day, at 5:30 a.m. and 3:30 p.m.", "2026-01-11",
     "3:30 p.m.", "TIME", "XXXX-XX-XXT15:30", None),
    ("Hearings begin at 10am on Wednesday and will be held three days a week.", "2023-07-24", "10am", "TIME",
     "2023-07-26T10:00", None),
    ("The plan billed annually rises to $159.99.", "2024-11-26", "annually", "SET", "P1Y", None),
    # a reading compared with one so many weeks back is compared with that day's
    ("Traders now expect only two or three cuts next year, down from four a week ago.", "2024-12-19", "a week ago",
     "DATE", "2024-12-12", None),
    ("Prefects in 58 departments have imposed restrictions, up from 31 a fortnight ago.", "2027-07-14",
     "a fortnight ago", "DATE", "2027-06-30", None),
    ("Lambs averaged 262.4p/kg, 17p below the level of a fortnight ago.", "2023-03-16", "a fortnight ago", "DATE",
     "2023-03-02", None),
    ("Gasoline averaged $5.12 a gallon, up 9 cents from three weeks ago.", "2025-07-04", "three weeks ago", "DATE",
     "2025-06-13", None),
    ("Talks began three weeks ago.", "2025-07-04", "three weeks ago", "DATE", "2025-W24", None),
    # a year-ago comparison after the three or six months ended on a quarter's or a half's last day is with that
    # quarter or half (not with a fiscal one's "three months ended Sept. 28")
    ("Vantage reported net bookings of $1.62 billion for the three months ended Dec. 31, up 14 percent from a year "
     "earlier.", "2026-01-29", "a year earlier", "DATE", "2024-Q4", None),
    ("The builder sold 4,112 homes in the six months to June 30, down from 5,320 a year earlier.", "2023-08-31",
     "a year earlier", "DATE", "2022-H1", None),
    ("Revenue for the three months ended Sept. 28 rose 8% from a year earlier.", "2024-11-05", "a year earlier", "DATE",
     "2023", None),
    # "today" set against so many years ago told just before is these days; set against days ago, or with a tense of
    # its own, it is the DCT
    ("Ten years ago we had one car and four mechanics. Today we have 60 people and a trophy.", "2024-01-29", "Today",
     "DATE", "PRESENT_REF", None),
    ("Five years ago the pitch was cheap and ad-free. Today it's neither.", "2024-11-26", "Today", "DATE",
     "PRESENT_REF", None),
    ("Two days ago the river rose. Today it is falling.", "2024-01-29", "Today", "DATE", "2024-01-29", None),
    ("Two years ago the vote was held. Today the council will meet at noon.", "2024-01-29", "Today", "DATE",
     "2024-01-29", None),
    # a weekday told in the present in the sentences after a run of days in its paragraph is the day of the run
    ("The festival will run from Friday, June 19, through Sunday, June 21. Marisol Vega headlines Friday night, the "
     "Ashgroves top the bill Saturday, and the Copper Lanterns take the main stage Sunday.", "2026-02-24", "Saturday",
     "DATE", "2026-06-20", None),
    ("The summit will run from Monday, July 21, to Thursday, July 24. Pryce told MPs on Tuesday that the text was "
     "ready.", "2025-07-16", "Tuesday", "DATE", "2025-07-15", None),
    # the quarter or half after the DCT's, told without a year, is the one about to begin, whatever the tense (not a
    # figure already seen, nor a fiscal quarter, whose months are the company's)
    ("Buyers said demand for the fourth quarter was strong.", "2024-09-17", "the fourth quarter", "DATE", "2024-Q4",
     None),
    ("Markets see the bank cutting rates in the second half.", "2024-01-31", "the second half", "DATE", "2024-H2", None),
    ("Growth was 9.4%, down from 13.1% in the third quarter.", "2024-05-10", "the third quarter", "DATE", "2023-Q3",
     None),
    ("The company reported record revenue for its fiscal third quarter.", "2024-05-10", "fiscal third quarter", "DATE",
     "2023-Q3", None),
    # "the Wednesday" after a run of days is the run's, whatever the tense; not "the Saturday after Christmas"
    ("The timetable runs until Wednesday 23rd June. There are no exams during half-term, from Monday 31st May to Friday "
     "4th June, but the library will open for revision on the Wednesday.", "2027-03-22", "Wednesday", "DATE",
     "2027-06-02", None),
    # a morning reached "by" after an evening told in its sentence is the next day's; noon after the night before the
    # DCT is the DCT's
    ("The gates opened at 8 p.m. Friday, and by 6 a.m. an estimated 60,000 people had passed through.", "2024-11-02",
     "6 a.m.", "TIME", "2024-11-02T06:00", None),
    ("Pilgrims began streaming to the hill overnight. By noon the plain around the hill was white.", "2023-06-27",
     "noon", "TIME", "2023-06-27T12:00", None),
    ("The market opened at 8 a.m. Friday, and by 9 a.m. the stalls were empty.", "2024-11-02", "9 a.m.", "TIME",
     "2024-11-01T09:00", None),
    # a later time in the sentence of a clock time of a day gone by is of that day (not "by 10pm tonight")
    ("At the council's meeting yesterday, members voted 21 to 9. The meeting, which began at 10am, did not finish "
     "until 4.35pm.", "2024-02-20", "4.35pm", "TIME", "2024-02-19T16:35", None),
    ("The observatory said on Thursday that the signal was in force at 6am, and that it would make an announcement by "
     "10pm tonight.", "2026-09-16", "10pm tonight", "TIME", "2026-09-16T22:00", None),
    # an afternoon the sentence of the night before the DCT tells is that day's; a morning, the DCT's
    ("The committee cleared the measure late Tuesday night after a nine-hour meeting that began at 2 p.m.",
     "2023-09-27", "2 p.m.", "TIME", "2023-09-26T14:00", None),
    ("The agency reported seven deaths from the tornadoes that struck Tuesday night, up from six in its 8 a.m. update.",
     "2027-05-12", "8 a.m.", "TIME", "2027-05-12T08:00", None),
    ("The market runs from Monday 18 to Friday 22 December. Crews will be out on the Saturday after Christmas.",
     "2023-12-07", "the Saturday after Christmas", "DATE", "2023-12-30", None),
    # what a court heard had happened, in a sentence of its own, is of the day of the crime, not of the hearing
    ("Ana Ruiz, 41, was killed at her home in Leeds on 14 March 2023.\n\nThe jury returned its verdict this afternoon."
     "\n\nThe trial heard that the accused had arrived at the house shortly after 9pm. A neighbour called police at "
     "9.40pm.", "2024-10-02", "9.40pm", "TIME", "2023-03-14T21:40", None),
    ("Tom Hale died after a fight at a party in Bendigo on 3 February 2024.\n\nSentencing Carter today, the judge "
     "said the attack was senseless.\n\nThe court heard Carter had been drinking since about midday.", "2025-11-20",
     "about midday", "TIME", "2024-02-03T12:00", "APPROX"),
    ("Ana Ruiz, 41, was killed at her home in Leeds on 14 March 2023.\n\nThe jury returned its verdict at 3.40pm "
     "today.", "2024-10-02", "3.40pm today", "TIME", "2024-10-02T15:40", None),
    # "Day 2, Saturday" leading a paragraph of an account told day by day: that weekday from the last day told, and the
    # times after it of that day
    ("We flew out of Seattle on Sunday, June 16, at 3:40 p.m. and landed the next day.\n\nDay 4, Thursday, was the "
     "summer solstice.", "2024-07-06", "Thursday", "DATE", "2024-06-20", None),
    ("We took the sleeper out of Paris at 20:10 on Thursday 4 May.\n\nDay 1, Friday. We reached Milan at 09:40.",
     "2023-05-30", "09:40", "TIME", "2023-05-05T09:40", None),
    ("We landed in Lima on Sunday, Aug. 15.\n\nDay 3, a Tuesday, was the hardest climb.", "2027-09-16", "Tuesday",
     "DATE", "2027-08-17", None),
    # the days of an account told day by day, counted from the one told as a day
    ("The sleeper left Paris at 20:10 on Thursday 4 May.\n\nDay 1 – Friday 5 May. We reached Milan at "
     "09:40.\n\nDay 2. It rained all day.\n\nDay 4 was a Monday, and the museums were shut.",
     "2023-05-30", "Day 2", "DATE", "2023-05-06", None),
    ("The sleeper left Paris at 20:10 on Thursday 4 May.\n\nDay 1 – Friday 5 May. We reached Milan at "
     "09:40.\n\nDay 2. It rained all day.\n\nDay 4 was a Monday, and the museums were shut.",
     "2023-05-30", "Day 4", "DATE", "2023-05-08", None),
    ("The sleeper left Paris at 20:10 on Thursday 4 May.\n\nDay 1 – Friday 5 May. We reached Milan at "
     "09:40.\n\nDay 2. It rained all day.\n\nDay 4 was a Monday, and the museums were shut.",
     "2023-05-30", "a Monday", "DATE", "2023-05-08", None),
    # ... and the times told after a label are of its day, after the night before it too
    ("The sleeper left Paris at 20:10 on Thursday 4 May.\n\nDay 1 – Friday 5 May. We reached Milan at "
     "09:40.\n\nDay 2. It rained overnight, and the lifts opened at 8:30. We skied until noon.",
     "2023-05-30", "8:30", "TIME", "2023-05-06T08:30", None),
    ("The sleeper left Paris at 20:10 on Thursday 4 May.\n\nDay 1 – Friday 5 May. We reached Milan at "
     "09:40.\n\nDay 2. It rained overnight, and the lifts opened at 8:30. We skied until noon.",
     "2023-05-30", "overnight", "TIME", "2023-05-05TNI", None),
    ("The storm hit the coast on Saturday. It rained overnight, and the roads reopened at 8:30.", "2023-05-30", "8:30",
     "TIME", "2023-05-27T08:30", None),
    # "that night" told as gone by, after a day to come: the last day gone by told (not in the sentence of that day)
    ("Amy Clarke was last seen on Saturday 5 December. A vigil will be held on Christmas Day.\n\n\"If you were in the "
     "area that night, please call us,\" police said.", "2026-12-10", "that night", "TIME", "2026-12-05TNI", None),
    ("Sunday, Feb. 18: BAFTA Film Awards in London, broadcast in the United States later that evening.", "2024-01-23",
     "later that evening", "TIME", "2024-02-18TEV", None),
    # "that Friday" when no Friday near was told: a day of years gone by told that was a Friday, not one to come
    ("Lina left home on the morning of July 31, 2015. Last Thursday, a crew found her daypack. On Monday, "
     "police confirmed it was hers.\n\nWhat is known about that Friday has been pieced together from "
     "phone records. She signed the register at 8:40 a.m.",
     "2025-08-06", "that Friday", "DATE", "2015-07-31", None),
    ("Lina left home on the morning of July 31, 2015. Last Thursday, a crew found her daypack. On Monday, "
     "police confirmed it was hers.\n\nWhat is known about that Friday has been pieced together from "
     "phone records. She signed the register at 8:40 a.m.",
     "2025-08-06", "8:40 a.m.", "TIME", "2015-07-31T08:40", None),
    # an "On this day" column told as the events of the DCT's day: each entry's days are of its year
    ("Our daily look back at the events, births and anniversaries of 27 January.\n\n1926: The first "
     "wireless weather forecast goes out at 6.30pm. The bulletin is repeated every evening until the "
     "spring.\n\n1967: Workers vote to march through Paisley the following Monday.",
     "2025-01-27", "6.30pm", "TIME", "1926-01-27T18:30", None),
    ("Our daily look back at the events, births and anniversaries of 27 January.\n\n1926: The first "
     "wireless weather forecast goes out at 6.30pm. The bulletin is repeated every evening until the "
     "spring.\n\n1967: Workers vote to march through Paisley the following Monday.",
     "2025-01-27", "the following Monday", "DATE", "1967-01-30", None),
    # tickets for, or a crowd coming to, a day's own event: the event is to come, whatever the verb's tense
    ("Tickets for Saturday's gala cost 25 euros and sold out in under an hour.", "2026-03-05", "Saturday", "DATE",
     "2026-03-07", None),
    ("More than 3,000 people have registered to attend Thursday's ceremony.", "2024-11-08", "Thursday", "DATE",
     "2024-11-14", None),
    ("Fans celebrated Saturday's win until midnight.", "2026-03-05", "Saturday", "DATE", "2026-02-28", None),
    # a month of any year: "a typical August", "In a normal year, November is quiet"
    ("By the end of the century, a typical August here could feel like one in Savannah.", "2025-08-22", "August",
     "DATE", "XXXX-08", None),
    ("\"In a normal year, November is quiet,\" said Marsh. \"Not this one.\"", "2024-11-01", "November", "DATE",
     "XXXX-11", None),
]


@pytest.mark.parametrize("text,dct,span,type_,value,mod", CASES, ids=[c[2] + "|" + c[0][:30] for c in CASES])
def test_tag(text, dct, span, type_, value, mod):
    t = find(text, dct, span)
    assert (t.type, t.value, t.mod) == (type_, value, mod)


# Words that look like dates but are not: nothing in `span` may be tagged.
NOT_DATES = [
    # "Day 2" is a day of an account only where another day of it is told and one is dated
    ("Day 3 of the trial began with the defence's opening statement. Day 4 is expected to be shorter.", "Day 3"),
    ("The sleeper left Paris at 20:10 on Thursday 4 May.\n\nDay 2. It rained all day.", "Day 2"),
    ("There is no third half: 3H25 is a part number.", "3H25"),
    ("Between March 3 and 5 people were hurt in the clashes.", "5"),
    ("CHAPTERS\n\n00:00:00 Cold open\n00:01:48 How Monday's vote unfolded\n00:11:20 Who flipped, and why", "00:11:20"),
    # a season naming a kind of thing, not a time: a timetable, a recess, a break, a plan
    ("The low-cost carrier said its winter schedule, which begins on Sunday, drops four routes.", "winter"),
    ("MPs return from the summer recess on Monday.", "summer"),
    ("Students went back to class after winter break on Monday.", "winter"),
    ("The team could work there only at the lowest spring tides.", "spring"),
    ("It was the biggest attendance for the opening day of the Christmas Festival in its history.", "Christmas"),
    ("The annual Christmas campaign against drink-driving continues until 6 January.", "Christmas"),
    ("May is expected to resign before the summer.", "May"),
    ("March is on Saturday, and the organisers expect 10,000.", "March"),
    ("It took the crew a short time to reach the shore.", "a short time"),
    # "that night" or "last evening" before a compound noun; a phone number; "Now" ending a name
    ("The coroner recommended that night staffing levels be tied to the residents' needs.", "that night"),
    ("The bus company said its last evening journey crosses before the closure.", "last evening"),
    ("Anyone with information is urged to contact Crime Stoppers on 1800 333 000.", "1800"),
    ("\"That is exactly the problem,\" said a lawyer with the advocacy group Safe Homes Now.", "Now"),
    # "the future" before a person: who someone was to become
    ("Catherine de' Medici married the future Henri II of France in 1533.", "the future"),
    ("She first met the future king at a ball in Vienna.", "the future"),
    ("It's May who decides what happens next.", "May"),
    # a count before 1600 after "in" is no year before a noun
    ("Sales rose in 1200 stores across the region.", "1200"),
    ("In May 1500 workers walked out of the yard.", "1500"),
    # a name, a river's current, "the half" of a compound
    ("Arne Halvorsen, the grain farmer from south of Swift Current, won the seat.", "Current"),
    ("A warning said the current was too strong after two days of rain.", "current"),
    ("She walks the half-mile to the Co-op on South Road.", "half"),
    ("The half-cent transit sales tax was approved.", "half"),
    # in capitals, a longer word that begins with a month's name ("AUGUSTO", "MAYOR", "MARCHWOOD") is no month
    ("AT THE END OF GEN. AUGUSTO PINOCHET'S 17-YEAR DICTATORSHIP.", "AUGUST"),
    ("THE MAYOR SAID LAST WEEK THAT THE LINE WOULD CLOSE.", "MAY"),
    ("MARCHWOOD CRISPS AND JUNEBUG FRUIT BARS", "MARCH"),
    # a bank holiday named by no month, and no "the", is none in particular
    ("Monday is a bank holiday, so bins will be collected on Tuesday.", "bank holiday"),
    ("Bank holiday trading was slower than expected.", "Bank holiday"),
    # a name joined to another name is no month
    ("Theresa May and Boris Johnson met on the terrace.", "May"),
    # a kind of storm, as a weather service's bulletin writes it in capitals
    ("...WINTER STORM WARNING IN EFFECT FROM 6 PM FRIDAY TO NOON CST SUNDAY...", "WINTER"),
    ("A Winter Storm Warning is in effect for Dallas.", "Winter"),
    # the numbers of web addresses and of links' and images' targets are paths and file names
    ("The minister [said on Thursday](https://www.example.com/news/2024/12/12/jobs) it would go ahead.", "2024/12/12"),
    ("The plan, [first published in 2019](https://example.org/reports/2019-05-01-plan.pdf), stands.", "2019-05-01"),
    ("Read more at www.example.com/archive/1998/ before the vote.", "1998"),
    ("Read more at HTTPS://EXAMPLE.COM/2024/11/30/story before the vote.", "2024/11/30"),
    ("![The route](images/2023-07-04_map.png)", "2023-07-04"),
    ('The <a href="https://example.com/2020/01/02">ruling</a> stands.', "2020/01/02"),
    # another country's inauguration day, or a governor's, is no date the name tells
    ("In Ghana, Mahama was sworn in at Black Star Square in Accra on Inauguration Day.", "Inauguration Day"),
    ("The governor's inauguration day crowds were smaller than expected.", "inauguration day"),
    # the name of an evacuation order, not a time
    ('Linn County requests a Level 3 "Go Now" alert for 4,100 residents.', "Now"),
    ('Roughly 1,100 people remained under "go now" orders.', "now"),
    ("They host the Packers next Thursday night before a Week 15 trip to Buffalo.", "Week"),
    ("The headset has 4h50 of battery life.", "4h50"),
    ("The second Test begins in Brisbane on 12 December, a day-night match under lights.", "a day"),
    ("The MPC voted six to three, with three members preferring a quarter-point cut.", "a quarter"),
    # "overnight" after "nobody", "nothing": all at once, not a night
    ("Nobody expected miracles overnight.", "overnight"),
    ("Nothing changes overnight, the minister said.", "overnight"),
    ("The spring water company bottled 2 million litres.", "spring"),  # a spring that is no season
    ("Add chopped spring onions.", "spring"),
    ("A spring-loaded latch failed.", "spring"),
    ("He said 'we won in '19' and left.", "19"),
    ("MPs voted for May in the ballot.", "May"),  # a name after "for" (but "scheduled for May")  # a quotation's closing mark after the figures
    ("He scored 3 of '08s goals.", "08"),
    ("Issue #2021 was closed within a day.", "2021"),  # a number (but "### 2021" heads a section)
    ("Saturday 20 July: Family day, with storytelling and maypole dancing.", "Family day"),  # a day for families
    ("The stall is now run by his nephew and by May Tan, who keeps the accounts.", "May"),  # a name, after "by"
    ("Bags will be checked at the corner of Hawthorn Road and May Street.", "May"),
    ("The plant shipped 2090 units last month.", "2090"),  # a number: a year so far ahead needs a word before it
    ("Among the first targets is asteroid 2024 YR4, which briefly alarmed astronomers.", "2024"),  # a designation
    ("He asked her out on a date last year. That date was a disaster.", "date"),  # no day told before it
    # things named for a holiday
    ("Real Christmas trees can be left there free of charge until January 17th.", "Christmas"),
    ("The foodbank has launched its Christmas appeal.", "Christmas"),
    ("Pensioners will also receive the £10 Christmas Bonus this week.", "Christmas"),
    ("Shops sold out of Easter eggs.", "Easter"),
    ("In 1940 the schoolroom became a canteen, and its Sunday school had 200 children on the roll.", "Sunday"),
    ("She wrote the novel while working overnight shifts at a hospital pharmacy.", "overnight"),  # a kind of shift
    # names: a newspaper, a programme, a film
    ("The Communist Party daily Granma compared Elian with revolutionary heroes.", "daily"),
    ("He told USA Today in an interview.", "Today"),
    ("Baker, speaking on ABC News' \"This Week,\" said the request was serious.", "This Week"),
    ("The poster showed Gary Cooper from the film \"High Noon.\"", "Noon"),
    ("It is why the October Revolution is marked in the Gregorian calendar.", "October"),
    ("They sent 2100 troops.", "2100"),
    ("The days of the week are named after gods.", "days"),
    ("The board declared a quarterly cash dividend.", "quarterly"),
    ("The summer transfer window closes today.", "summer"),
    ("The midnight sun never sets in June here.", "midnight"),
    ("The rate was 5% as recently as 2022.", "recently"),
    ("Hourly workers will receive severance based on seniority.", "Hourly"),
    ("Game 2 in the afternoon drew a crowd.", "2 in the afternoon"),
    ("It pays not to wait until the last minute.", "the last minute"),
    ("The deal was saved at the last minute.", "the last minute"),
    ("Marcia June, who runs a seafood restaurant on Water Street, said sales fell.", "June"),
    ("They chose those windows to avoid the summer tourist season and the worst of the winter weather.", "summer"),
    ("They chose those windows to avoid the summer tourist season and the worst of the winter weather.", "winter"),
    ("Dublin Bus will operate a Sunday timetable.", "Sunday"),
    ("Classified ads once filled 30 pages of the Sunday paper.", "Sunday"),
    ("It takes three hours for 20 minutes, said Mr Sunday Adeyemi, a driver.", "Sunday"),
    ("Sheffield led 2-0 after the first period before Brossard scored twice in the third.", "the first period"),
    ("Halcyon, the maker of the Daily Harvest cereal range, cut its forecast.", "Daily"),
    ("The Q7 model and the 2019-21 budget cycle.", "Q7"),
    ("Prices rose after the fall in demand.", "the fall"),
    ("Most national plans fall well short of what is needed.", "fall"),
    ("The miners were paid in months of arrears.", "months"),
    ("Traders raised the odds of a quarter-point cut.", "a quarter"),
    ("How to respond to national climate plans that fall well short of what is needed.", "that fall"),
    ("Switzerland has lost about a quarter of its glacier volume.", "a quarter"),
    ("They met after early morning prayers.", "early morning"),
    ("The score was 3-1 December 5.", "1 December"),
    ("Fill in the Item-5 December return.", "5 December"),  # a hyphen after a word: part of a name
    ("Okafor finished Sunday 3rd in the race.", "3rd"),  # a placing  # a score, not a range of days
    ("Sales have fallen by a quarter since 2020.", "a quarter"),  # a change in an amount: a fraction
    ("The carmaker cut its workforce by more than a quarter last month.", "a quarter"),
    ("Profits were down a quarter on last year.", "a quarter"),
    ("In the evening they walk the dog.", "the evening"),  # no day told: any evening
    ("A junior in my first-period class told me. Come sit in my room during first period.", "first-period"),
    ("A junior in my first-period class told me. Come sit in my room during first period.", "first period"),
    ("He has started every game for the past three seasons.", "the past"),
    ("For three quarters the visitors led; the home side scored twice in the fourth quarter to win the game.", "three quarters"),
    ("Zambia has a record of peaceful transfers of power, most recently in 2021.", "recently"),  # 2021 is the date
    ("The river has flooded the town three times, most recently in March.", "recently"),
    ("They met at the All Day Cafe on Main Street.", "All Day"),
    ("The bi-weekly paper closed.", "weekly"),
    ("The river has flooded the town three times, most recently in the spring of 2024.", "recently"),
    ("The charity held a national day of action.", "national day"),  # a country's day is written capitalised
    ("The Independence Day sequel opened.", "Independence Day"),
    ("Lunar New Year's Day ushers in the Year of the Horse.", "the Year"),
    ("He was injured in the fall from the ladder.", "the fall"),
    ("The meeting followed a two-day Summit of the Future at which states adopted a pact.", "the Future"),
    # halves and quarters of a game
    ("For most of the first half on Saturday night, Harbor City looked lost.", "the first half"),
    ("The Chiefs scored twice in the fourth quarter.", "the fourth quarter"),
    ("Okonkwo scored in the 23rd minute. The visitors had a penalty kick saved before halftime, and he struck again "
     "early in the second half, sliding in to meet a cross.", "the second half"),
    ("Russia may invade Ukraine, officials fear.", "may"),
    ("May I ask a question?", "May"),
    ("Protesters March on the capital.", "March"),
    ("This will be the second call in less than a month.", "second"),
    ("We will see what happens.", "We"),
    ("we are ready for diplomacy", "we"),
    ("countries that are now independent", "now"),
    ("She died about 67 million years ago.", "years ago"),
    ('"We have waited years for a day like this," he said.', "a day"),
    ("Several of his engineers previously worked on NASA's Mars 2020 mission.", "2020"),
    ("He worked throughout the day of the vote.", "the day"),
    ("He rolled in at four, which in his view was still the arvo.", "arvo"),
    ("The delegates endorsed the Copenhagen 2030 framework on Friday.", "2030"),
    ("The kingdom, which under its Vision 2030 reform plan aims to host 30 million pilgrims, said so.", "2030"),
    ("The filing was made after trading hours on a day when markets were shut.", "a day"),
    ("Organisers confirmed a day-by-day schedule for the fortnight.", "a day"),
    ("The shop sells apples or even months, the card game.", "months"),
    ("Russia has massed 100,000 troops on the border.", "100,000"),
    ("Satellites recorded 600 human movements near the border.", "600"),
    ("Russia has massed 2000 troops on the border.", "2000"),
    ("Chelsea won 2-1 against Arsenal.", "2-1"),
    ("The embassy is at 1600 Pennsylvania Avenue.", "1600"),
    ("The pastor read John 3:16 aloud.", "3:16"),
    ("She lives on the 15th floor.", "15th"),
    ("A winter storm will bring snow to the Northeast.", "winter"),
    ("They appealed to the 11th Circuit.", "11th"),
    ("He won for the 2nd time.", "2nd"),
    ("Tickets for the Winter Olympics sold out.", "Winter"),
    ("The Arab Spring toppled four leaders.", "Spring"),
    ("The furnace reached 2015 degrees.", "2015"),
    ("The field pumps 1800 barrels a day.", "1800"),
    ("The board approved it by a 2:1 margin.", "2:1"),
    ("The White House is at 1600 Pennsylvania Ave.", "1600"),
    ("The lobbyists moved to 1800 K St. last year.", "1800"),
    ("Its office is at 2000 New York Avenue.", "2000"),
    ("The plan ran to H3 2022 in the draft.", "H3"),
    ("The Sunday Times reported the talks.", "Sunday"),
    ("20th Century Fox released the film.", "20th Century"),
    ("Theresa May said the talks were vital.", "May"),
    ("He waited a second before answering.", "a second"),
    ("He sent two thousand troops.", "two thousand"),
    ("The group will leave as soon as Gonzalez arrives.", "soon"),
    ("It began as a trickle of cash that soon became a flood.", "soon"),  # "soon" told in the past: shortly after
    ("He was soon released and appeared to be well.", "soon"),
    ("About 33,000 machinists returned to work soon after.", "soon"),
    ("The overnight rate rose to 9%.", "overnight"),
    ("It was an overnight success.", "overnight"),  # rates, not lengths of time
    ("The quarter-to-quarter comparison was enhanced by charges.", "quarter"),
    ("A long period of calm followed.", "period"),
    ("She spends five hours in Nairobi later in the day before returning home.", "the day before"),
    ("He ran a hardware store and taught Sunday school for forty years.", "Sunday"),
    ("Layoffs rose, according to the outplacement firm Challenger, Gray & Christmas.", "Christmas"),
    ("The bank raised its key rate by a quarter point on Tuesday.", "quarter"),  # a fraction of a point
    ("Psalms.\n\n3:16 For God so loved the world.", "3:16"),  # a verse at a line's start: an hour of one digit
    ("Britain votes on July 4. Election Day in Britain is a Thursday.", "Election Day"),  # not the US one
    ("The board meets at the district office, 45 Sunday Creek Road.", "Sunday"),  # a place
    ("Several mosques will push back Friday prayers by an hour.", "Friday"),
    ("Organisers note that the Sunday Market at 88 Hopkins Street will move.", "Sunday"),
    ('"We will not switch anyone off overnight," he said.', "overnight"),  # all at once
    ("The change happened almost overnight.", "overnight"),
    ("Drivers face a fortnight of overnight closures starting next week.", "overnight"),
    ("The skipper told the Sunday Independent he had spoken to him.", "Sunday"),
    ("Train 2150 from Washington to New York is already sold out.", "2150"),
    ("They moved into 1200 homes in 1400 towns.", "1400"),
    ("Shares rose from 1400 to 1500 points.", "1400"),
    ("The DAX dropped 19.69 points Friday to 1462.93.", "1462"),
    ("We ran 2 ad campaigns.", "2 ad"),
    ("The agreement is modelled on Security Council resolution 1701.", "1701"),
    ("Shops hope for a boost from the half-term school holidays.", "half"),
    ("Hunt will set out his tax plans in the autumn statement.", "autumn"),
    ("Engineering work will close the line on the weekends of 9-10 January and 16-17 January.", "the weekends"),  # two
    ("Shares rose in mid-week trading.", "mid-week"),  # a modifier of the noun after it
    ("Version 1.03.12.2026 shipped.", "03.12"),  # a version number
    ("It happened on 32.13.2026.", "32.13"),
    ("The bank will publish its mid-year review.", "mid-year"),
    ("Engineering work will close the line on the weekends of January 9-10 and 16-17.", "the weekends"),
    ("On March 5, 10 people died and 12 were hurt.", "10"),  # a count after a date and a comma
    ("On March 5, 10 and 12 people were hurt.", "10"),
    ("Of the 40, 12 and 15 January saw rain.", "40"),
    ("Cut prices on Monday, the flyer said.", "prices"),  # (a clause that opens with "cut": no error, Monday alone)
    ("The vote will take place on the last day of the session.", "the last day"),  # the session's final day
    # what one month or week came to is no time that recurs (but the adverb is: "billed annually rises")
    ("European shares slipped, heading for their first monthly loss since May.", "monthly"),
    ("In September alone, 410 died, the highest monthly toll since the siege began.", "monthly"),
    ("The indicator fell 12 cents last week, its second weekly fall.", "weekly"),
    ("It happened in the last week of the campaign.", "last week"),
    ("In the last days of the war, they fled.", "the last days"),
    ("The council will cut the opening hours of five libraries.", "hours"),  # a kind of hours, no length of time
    ("Call the helpline during business hours.", "hours"),
    ("Dawn French said the dawn of a new era had come.", "Dawn"),  # a name; and "the dawn of" an era, no time of day
    ("Dawn French said the dawn of a new era had come.", "dawn"),
    ("Footage from throughout the night of the robbery showed a sedan.", "the night"),
    ("The crowd gathered in the square on Tuesday.\n\nForecasters expect sunny spells in the morning.", "the morning"),
    ("He took two in the morning and one at night.", "two"),
    # a part of the day heads an entry only before a colon or a dash ("Afternoon: ...")
    ("**Monday 16 February**\n\n9am: Heavy rain begins.\n\nMorning tea was served at the hall.", "Morning"),
    ("Theresa May trade policy was criticised.", "May"),
    ("The champion took the tie-break, the 14:12 in the last set ending it.", "14:12"),
    ("Investors braced for the fall in prices after the report.", "fall"),
    # "the last day" is the final one, not the day before the DCT
    ("Friday is the last day for free delivery.", "last day"),
    ("The last day on which Valmora can declare the offer is Monday.", "last day"),
    # "thanksgiving" in lower case is the giving of thanks, not the holiday
    ("A service of thanksgiving at Westminster Abbey and a concert that evening.", "thanksgiving"),
    ("The clock is ticking on the talks.", "clock"),
    ("The ratio was 16:10 in favour.", "16:10"),
    # a vote's day that the story does not tell, or a thing of it
    ("Counting began after a quiet polling day.", "polling day"),
    ("Rates rose from five to 10 per cent.", "five to 10"),  # a range of figures, no "ten to five"
    ("Voters go to the polls on Thursday, May 7, after the minister signed the polling day order.", "polling day"),
    # a round of a tournament, a golf course's hole, a half of a rugby match
    ("There is a fortnight between the first quarter-final and the final at Twickenham.", "first quarter"),
    ("Ashby reached 7-under 133 with a birdie on the 18th at 7.12pm.", "the 18th"),
    ("He found the water on the 17th hole.", "the 17th"),
    ("Argentina won a scrum penalty and a lineout after a penalty try. Whitaker left the field with a hamstring injury "
     "in the first half.", "the first half"),
    # a happening named for the holiday or the day it fell on, in some year
    ("It was the most snow since the Halloween Blizzard of 1991.", "Halloween"),
    ("The Good Friday Agreement was signed in 1998.", "Good Friday"),
    # a state's own day, which is not the country's
    ("Texas Independence Day falls on Monday.", "Independence Day"),
    ("It was one of those nights.", "nights"),
    # a union's branch; a Sunday newspaper
    ('"It was tough," Local 1723 president Rosa Delgado told reporters.', "1723"),
    ("The decision was first reported by the Sunday Ledger last month.", "Sunday"),
    # an award's name
    ("She won album of the year for \"Salt Year\".", "the year"),
    ("He was named Player of the Year on Monday.", "the Year"),
    # a speed's time; a body named for a year
    ("The boost from Mars will add about 2.3 kilometres per second to its speed.", "per second"),
    ("Winds reached 90 miles per hour.", "per hour"),
    ("Marsh was protected by the chairman of the 1922 Committee.", "1922"),
    # a range of counts, not of hours
    ("The rate rose from 4 to 7 per cent.", "4"),
    # an award named for a week or a month; what is held on a weekday every week
    ("Okafor was named conference player of the week on Monday.", "the week"),
    ("Player of the Week: Bell ran for 212 yards.", "the Week"),
    ("His volley was voted goal of the month.", "the month"),
    ("The 3rd XI, who play in the Wessex Sunday League, lost by 48 runs.", "Sunday"),
    ("She taught Sunday school for 40 years.", "Sunday"),
    ("Most of the runners were in their 50s and 60s.", "60s"),
    ("The club will hold its Equinox Star Party on Saturday.", "Equinox"),
    ("The Winter Solstice Fire Festival starts on Friday.", "Winter Solstice"),
    # an age told in years is no length of time
    ("She died peacefully on 28th November, aged 89 years.", "89 years"),
    ("Voters above 85 years of age could opt to vote from home.", "85 years"),
    # a street's name in an address
    ("OKONJO, Adaeze Grace, cafe owner, of 3 May Street, York.", "3 May"),
    ("WHEATLEY, Keith Andrew, Director, of 58 Second Avenue, Hull.", "58 Second"),
    ("He ate half five apples at 10 a.m.", "half five"),
    ("The '49ers won again.", "'49"),
    # a file's or a case's number that holds a year
    ("DA 2024/118 - 77 Wollombi Road, Cessnock: demolition of existing dwelling.", "2024"),
    ("Bankruptcy Number: 2025/0331.", "2025"),
    ("Application No. DR/1047/2026. Land: 2-8 Napier Street, White Hills.", "2026"),
    ("THE HIGH COURT 2026 No. 112 COS IN THE MATTER OF SLIEVE BAWN FOODS LIMITED", "2026"),
    ("Saturday 2nd December: Christmas Fair, 11am to 2pm, in the hall.", "Christmas"),
    # a car's model year (TimeBank leaves "Kopp's 1987 Chevrolet Cavalier" untagged)
    ("The catalytic converter had been cut from her 2008 Toyota Prius.", "2008"),
    ("The group used a second stolen vehicle, a 2019 Mazda, to break into a liquor store.", "2019"),
    # what is named for a holiday: a truce, a ceasefire, its bread
    ("The strikes left little trace of an Easter truce that was meant to open the way to talks.", "Easter"),
    ("Putin ordered a 36-hour Christmas ceasefire in Ukraine.", "Christmas"),
    ("She had brought Easter bread to share with neighbours.", "Easter"),
    # ... not a day of every month
    ("The film society screens a classic on the last Friday of the month at the Regal.", "the month"),
    ("The index has fallen during the month in six of the past ten years.", "the month"),
    # four digits and a zone's name before a street's are a street number
    ("Linda Okafor, 58, runs a bakery at 1924 Eastern Avenue.", "1924 Eastern"),
    ("The crash closed 1530 Pacific Coast Highway for hours.", "1530 Pacific"),
    # a season before commencement, registration or enrolment names the event, not a time
    ("Classes end Dec. 5. Winter commencement is Saturday, Dec. 13, at 10 a.m.", "Winter"),
    ("Holloway said summer registration will move online in the spring.", "summer"),
    # a programme named "Today"
    ("The health secretary told BBC Radio 4's Today programme on Thursday morning that the figures showed progress.",
     "Today"),
    ("He told NBC's Today that the company would recover.", "Today"),
    ("She was made a dame in the King's Birthday Honours.", "King's Birthday"),
    # a bond issue named for its maturity year (but "Senior Notes due 2027" is dated)
    ('The Partnership expects to redeem the 2027 Notes on Tuesday, July 15, 2025.', "2027"),
    # a period or half of a game, a race or a film
    ("The hit came 3:12 into the second period of a 5-2 Ottawa win.", "the second period"),
    ("He said he missed the second half of the film.", "the second half"),
    ("He pinned Carter Voss at 1:52 of the second period in the 165-pound final.", "the second period"),
    # "overnight" before who or what is of the night: a kind, not a time
    ("Figures show Victoria received 3.4 million overnight visitors in the June quarter.", "overnight"),
    ("The contract creates a four-day week pilot for overnight front-desk staff.", "overnight"),
    # a weekday between "the" or a possessive and a capitalised word is in a title
    ("A cookery demonstration by Max Harlow of Channel 4's Sunday Brunch at 1pm.", "Sunday"),
    ("The lads were still on the television the week after, on The Sunday Game.", "Sunday"),
    ("He is a trustee of the Friday Club.", "Friday"),
    ("The crush comes just a month before the Christmas rush.", "Christmas"),
    ("Cricket Australia hoped to keep the Boxing Day Test in Melbourne until at least 2030.", "Boxing Day"),
    # a Sunday paper named for its day; Sunday trading laws
    ("The Mail on Sunday reported last weekend that at least 30 MPs had written letters.", "Sunday"),
    ("He told the Independent on Sunday that he would stand.", "Sunday"),
    ("Stores in England and Wales were limited to six hours of trading under Sunday trading laws.", "Sunday"),
    # "the same period" after years told in its paragraph: a stretch no quarter names
    ("The pledges would cut emissions by about 12% by 2035 from 2019 levels. Scientists say a cut of roughly 60% is "
     "needed over the same period.", "the same period"),
    ("It was no more than a second chance for the club.", "a second"),
    ("The cafe on the pier is open all year round.", "all year"),
    ("The club had 1700-1800 members by then.", "1700"),
    ("The club will reopen the back room and read the 1924 minutes aloud.", "1924 minutes"),
    ("The show has aired on Monday nights for 11 seasons.", "11 seasons"),
    ("Fire seasons in southwest Oregon have grown longer over three seasons of drought.", "three seasons"),
    ("She said in an interview with Sky News' Sunday Agenda program that the government may act.", "Sunday"),
    ("The line was due to open on 5 May 2023. That date slipped first to spring 2024.", "That date"),
    ("Flights were delayed on 1 May, and passengers can claim under rules that date back to 2004.", "that date"),
    ("He won the Daytona 24 Hours in January.", "24 Hours"),
    ("The calendar: 20 April – Imola 6 Hours (Italy), 14-15 June – Le Mans 24 Hours (France).", "6 Hours"),
    ("The sixth-year student told Today FM she had been up since 6am.", "Today"),
    ("Calls from 0800 numbers are free.", "0800"),
    ("Ring 0800 123 456 for help.", "0800"),
    # a document's number, a whole year round, so many years "to the day": no expression
    ("Commissioners approved Resolution 2026-41, amending the capital plan.", "2026"),
    ("Fireworks can only be sold by retailers without a year-round licence.", "a year"),
    ("This Friday, exactly 50 years to the day after that first release, the label reissues it.", "the day after"),
    # a holiday's or a weekday's name that ends a quoted title is the title's
    ("The company will give the world premiere of Daniel Okoro's \"Ash Wednesday\" on Nov. 12.", "Ash Wednesday"),
    ("Summit airs a 12-hour marathon of its sitcom \"Boxing Day,\" beginning at 10 a.m.", "Boxing Day"),
    ("The company will give the world premiere of Okoro’s “Ash Wednesday” on Nov. 12.", "Ash Wednesday"),
    ("Staff will also have a stall at the Tarrawong Saturday Growers' Market every week.", "Saturday"),
    ("The clinic is at 2200 Commerce Drive in Waltham.", "2200"),
    ("She was declared the winner after 2300 votes were counted.", "2300"),
    ("Sea levels could rise by two metres by 2300.", "2300"),
    ("Winds of up to 175 kilometres (110 miles) per hour hit the coast.", "per hour"),
    ("The fire was whipped by gusts of 60 kilometres an hour.", "an hour"),
    ("The graphics managed 41 frames per second.", "per second"),
    ("The commission has scheduled nine more weekend closures on Line 1.", "nine more weekend"),
    ("The lane works will be followed by two more weekend closures.", "two more weekend"),
    ("The three weekend closures went well.", "three weekend"),
    ("The weekly recap show, Monday Night Ban Phase, returns tomorrow.", "Monday Night"),
    ("It will stream a marathon of every Night Shift Kitchen episode.", "every Night"),
    ("Castellanos told Respawn Weekly yesterday that it may stretch.", "Weekly"),
    ("Owner Lim Heng Soon, 68, said he closes every year.", "Soon"),
    ("ESPN's \"Monday Night Football\" averaged 17.4 million.", "Monday Night"),
    ("Decorations for the Mid-Autumn Festival will go up on Friday.", "Mid-Autumn"),
    ("The club held its last meeting. There'll be a mighty one the last night.", "last night"),
    ("The committee voted 9/8 in favour.", "9/8"),
    ("Passenger numbers were up by a quarter on 2019 levels.", "a quarter"),
    ("May I ask a question? Prime Minister May was in Paris.", "May"),
    ("Eleanor May stands on the roof. May was born in Sheffield in 1948.", "May"),
    ("The T. rex was nicknamed May. Asked whether May had a favourite exhibit, Ruiz laughed.", "May"),
    ("Apartments can register on its helpline, 1916, before 5 pm on Friday.", "1916"),
    ("If you see smoke, call 1916 at once.", "1916"),
    ("Coal supplied 14% of power last year, down from around a quarter in the late 1990s.", "around a quarter"),
]


@pytest.mark.parametrize("text,span", NOT_DATES, ids=[f"{s}|{t[:30]}" for t, s in NOT_DATES])
def test_not_a_date(text, span):
    i = text.index(span)
    overlapping = [t for t in tag(text, WED) if t.start < i + len(span) and i < t.end]
    assert overlapping == []


@pytest.mark.parametrize("name", ["Eid al-Fitr", "Eid-ul-Adha", "Holi", "Diwali"])
def test_a_holiday_of_the_moon_outside_its_table_gets_no_date(name):
    assert [t.text for t in tag(f"Shops closed early for {name}.", "1998-03-01")] == []
    assert [t.value for t in tag(f"Shops closed early for {name}.", "2024-12-01")][0].startswith("2024-")


PAST_THE_CALENDAR = ["It lived {n} {u} ago.", "The seeds were found {n} {u} earlier.",
                     "On March 3, 2020 it began; {n} {u} later it ended.", "It ends {n} {u} from Monday.",
                     "In the third quarter profit rose from a year earlier; {n} {u} ago it fell."]


@pytest.mark.parametrize("template", PAST_THE_CALENDAR)
@pytest.mark.parametrize("dct", ["2024-03-21", "0005-01-01", "9998-12-31"])
def test_counts_past_the_calendar_never_fail_and_give_no_year_outside_it(template, dct):
    for n in ("12,000", "300,000", "9999", "40000"):
        for u in ("years", "decades", "centuries", "months", "quarters", "weeks", "days"):
            for t in tag(template.format(n=n, u=u), dct):
                assert not re.match(r"-|\d{5}", t.value), (template, n, u, t)


AT_THE_CALENDAR_ENDS = (
    "The council met on Monday and will meet again next Tuesday. Last week it voted; the week before it had not. "
    "On January 1 it opened, and the previous day it closed. Sales rose 3% on the same month last year, and in the "
    "same week last year they fell. Two years ago, on Sunday night, the next morning, the day after, at 9 a.m. "
    "Friday, it rained. The following weekend, Christmas Eve, last summer and the fourth quarter of last year.")


@pytest.mark.parametrize("dct", ["0001-01-01", "0001-01-05", "0002-01-01", "9998-12-31", "9999-12-31"])
def test_a_dct_at_the_calendar_ends_never_fails(dct):
    # (a publication date of year 1 crashed the build: "date value out of range" counting back a weekday)
    for t in tag(AT_THE_CALENDAR_ENDS, dct):
        assert AT_THE_CALENDAR_ENDS[t.start:t.end] == t.text and not re.match(r"-|\d{5}", t.value)
        assert dates.is_timeml(t.value), (t.text, t.value)  # (a year counted back from year 2 was written "1-Q3")


def test_a_value_counted_from_a_dct_of_the_first_millennium_has_a_four_figure_year():
    values = {t.text: t.value for t in tag("Prices rose in the third quarter and in December.", "0002-01-01")}
    assert values == {"the third quarter": "0001-Q3", "December": "0001-12"}


def test_every_case_is_tagged_without_a_dct_too():
    # (a rule that reads a value as a year must not meet "XXXX": "this year" with no DCT once raised ValueError)
    for text, *_ in CASES:
        for t in tag(text, None):
            assert t.type in ("DATE", "TIME", "DURATION", "SET") and t.value, (text, t)


def test_no_dct_gives_placeholders():
    found = {t.text: t.value for t in tag("They met on December 30 and will meet again on Thursday.", None)}
    assert found["December 30"] == "XXXX-12-30"
    assert found["Thursday"].startswith("XXXX")


def test_offsets_values_and_provenance_on_demo_corpus():
    from timeline.readers.sources import read_sources
    sources, _ = read_sources(ROOT / "content")
    assert sources
    for s in sources:
        for t in tag(s.text, s.published):
            assert s.text[t.start:t.end] == t.text
            assert t.type in ("DATE", "TIME", "DURATION", "SET")
            assert dates.is_valid(t.value) or "X" in t.value, t
            assert t.rule
            if t.anchor_kind:
                assert t.anchor_kind in ("dct", "previous") and t.anchor


def test_records_how_it_was_resolved():
    t = find("Biden will speak on Thursday.", WED, "Thursday")
    assert (t.rule, t.anchor, t.anchor_kind, t.tense) == ("weekday", WED, "dct", "future")
    t = find("NATO meets on January 12 and the OSCE the day after.", WED, "the day after")
    assert (t.anchor, t.anchor_kind) == ("2022-01-12", "previous")
    # the quarter either side of the one reported on names that quarter, and the site says what it is
    t = find("Sales rose 4% in the third quarter, after a fall in the previous quarter.", "2026-11-20",
             "the previous quarter")
    assert (t.value, t.anchor, t.anchor_kind) == ("2026-Q2", "2026-Q3", "period")
    from timeline.site.render import explain
    assert explain(t).endswith("relative to Q3 2026 (the quarter reported on)")
    # an entry of a chronology placed by the entry after it names that entry's date as placed
    t = find(CHRONOLOGY, "2026-12-03", "March 10")
    assert (t.anchor, t.anchor_kind) == ("2026-03-12", "next")
    assert find(CHRONOLOGY, "2026-12-03", "Mid-March").anchor == "2026-04"
    # tense is recorded only where it decided the value: the DCT's own weekday or month is the same either way
    assert find("Biden will speak on Wednesday.", WED, "Wednesday").tense is None
    assert find("Talks will resume in December.", WED, "December").tense is None
    assert find("Talks resumed in November.", WED, "November").tense == "past"


DEMO = [  # (article file prefix, expression, value, mod): the demo corpus must keep these right
    ("000", "Thursday", "2021-12-30", None),
    ("000", "January 10", "2022-01-10", None),
    ("000", "the day after", "2022-01-13", None),
    ("000", "2014", "2014", None),
    ("000", "early December", "2021-12", "START"),
    ("000", "late in the evening", None, "END"),
    ("001", "Thursday", "2021-12-30", None),
    ("001", "January 10", "2022-01-10", None),
    ("001", "the beginning of December", "2021-12", "START"),
    ("002", "next month", "2022-01", None),
    ("002", "Saturday", "2021-12-25", None),
    ("002", "December 17", "2021-12-17", None),
    ("002", "May 1997", "1997-05", None),
    ("003", "today", "2021-12-30", None),
    ("003", "3:35 p.m.", "2021-12-30T15:35", None),
    ("003", "that same year", "2014", None),
    ("003", "just over three weeks", "P3W", "MORE_THAN"),
    ("004", "Thursday, December 30", "2021-12-30", None),
    ("004", "about fifty minutes", "PT50M", "APPROX"),
    ("004", "less than a month", "P1M", "LESS_THAN"),
]


@pytest.mark.parametrize("prefix,span,value,mod", DEMO, ids=[f"{p}:{s}" for p, s, _, _ in DEMO])
def test_demo_corpus(prefix, span, value, mod):
    from timeline.readers.sources import read_sources
    sources, _ = read_sources(ROOT / "content")
    s = next(s for s in sources if s.id.startswith(prefix))
    found = [t for t in tag(s.text, s.published) if t.text == span]
    assert found, span
    for t in found:
        if value:
            assert t.value == value
        assert t.mod == mod


CHEAP_OPTIONALS = [  # (pattern as written, as compiled): optional groups become alternations with nothing
    (r"(?:of\s+)?the", r"(?:of\s+|)the"),
    (r"(?P<y>\d\d)?x", r"(?:(?P<y>\d\d)|)x"),
    (r"(?i:last|next)?", r"(?i:last|next|)"),
    (r"\(?GMT\)?[()]?(?:a)??(?=b)?", r"\(?GMT\)?[()]?(?:a)??(?=b)?"),  # escaped, classes, lazy, look-ahead: kept
    (r"(?:a(?:b)?)?", r"(?:a(?:b|)|)"),
]


@pytest.mark.parametrize("written,compiled", CHEAP_OPTIONALS)
def test_grammar_optionals_compile_to_alternations_that_match_the_same(written, compiled):
    import re

    from timeline.temporal.lexicon import _cheap_optionals
    assert _cheap_optionals(written) == compiled
    for text in ("of the", "the", "12x", "x", "Last", "next", "", "(GMT)", "a", "ab", "abb", "b"):
        a, b = re.match(written, text), re.match(compiled, text)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_every_number_trigger_is_a_number_candidate():
    """NUMBER_CANDIDATE, DIGIT_TRIGGER read in the number shaping of the text, must find every place where a
    number triggers, or the tagger would miss expressions; it is checked here on numbers in many contexts."""
    import random
    import re

    from timeline.temporal import lexicon as lx
    pieces = ("0 1 2 9 10 15 19 20 1998 2021 1/2 ½ ٣ ١٩٩٨ 3:35 10/03 1,000 1.5 5th 1st 22nd 3rd 90s 1990s a.m. p.m. am "
              "PM \u00a0 \t \n - – , . : / % $ ? ( jan March mon may Dec sec seconds minute hours days week weekend "
              "month quarter year decade century centuries GMT est and a half and of the people percent é x ' '0 '9 10.15 7.40 "
              "this morning tonight last night yesterday evening").split(" ")
    starts = re.compile(r"(?<![a-z0-9])[0-9]")
    rnd = random.Random(1)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) + rnd.choice(("", " ", "-", "\u2009")) for _ in range(rnd.randint(1, 10)))
        low = text.lower()
        if len(low) != len(text):
            continue
        found = {m.start() for m in starts.finditer(low) if lx.NUMBER_TRIGGER.match(low, m.start())}
        shaped = low.encode("ascii", "replace").translate(lx.NUMBER_SHAPE)
        assert found <= {m.start() for m in lx.NUMBER_CANDIDATE.finditer(shaped)}, text


def test_tense_clause_and_tokens_are_those_of_the_plain_regexes():
    """tense.py finds the clause after the last break with CLAUSE_BREAK.split and tokenises a split of it; both
    must agree with the plain forms: the text after the rightmost CLAUSE_BREAK match, and TOKEN.findall."""
    import random
    import re

    from timeline.temporal import lexicon as lx
    from timeline.temporal import tense
    pieces = ("said will was expected Mr. Mrs. Gen. U.S. a.m. p.m. Sept. Jan. No. St. A. e.g. ... ; : ! ? . , “ ” \" « » "
              "don't O'Neil rock’n’roll 1990s 3.5 é İ \u00a0 \t \n ( ) - the on by").split(" ")
    last_break = re.compile(f"(?s:.*)(?:{lx.CLAUSE_BREAK.pattern})")
    rnd = random.Random(2)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) + rnd.choice(("", " ", "  ", "\n")) for _ in range(rnd.randint(1, 12)))
        greedy = last_break.match(text)
        assert lx.CLAUSE_BREAK.split(text)[-1] == (text[greedy.end():] if greedy else text), text
        assert tense._tokens(text) == lx.TOKEN.findall(text), text


def test_weekday_said_again_after_since_and_told_to_come_is_the_coming_one():
    """A weekday named twice in a sentence is one day ("closed Tuesday ... after 8 p.m. Tuesday"), but not where the
    first is where a stretch up to now began and the second is told to come."""
    text = "Volunteers have been cooking since Monday for Annakut, which the temple will hold on Monday."
    assert [(t.text, t.value) for t in tag(text, "2026-11-05")] == [("Monday", "2026-11-02"), ("Monday", "2026-11-09")]
    text = "Volunteers have been cooking since Monday, when the temple held Annakut on Monday."
    assert [(t.text, t.value) for t in tag(text, "2026-11-05")] == [("Monday", "2026-11-02"), ("Monday", "2026-11-02")]


def test_tagger_timex_is_the_same_as_one_from_the_constructor():
    """The tagger builds Timex objects without the dataclass __init__ (it is slow); they must not differ."""
    import dataclasses
    import pickle

    from timeline.model import Timex
    from timeline.temporal.tagger import _timex
    values = (4, 12, "Thursday", "DATE", "2021-12-30", None, "weekday", "2021-12-29", "dct", "past")
    made, built = _timex(*values), Timex(*values)
    assert type(made) is Timex and made == built and hash(made) == hash(built) and repr(made) == repr(built)
    assert list(vars(made).items()) == list(vars(built).items())
    assert dataclasses.asdict(made) == dataclasses.asdict(built) and pickle.loads(pickle.dumps(made)) == built
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.value = "2021"


def test_trip_days_stay_within_the_calendar():
    """The days of an account told day by day are counted from the one dated; counted past the calendar's ends
    ("Day 90" of an account whose Day 1 is 30 December 9999, "Day 90, Monday" on 1 January of year 1) they are
    left undated, and the text is still read."""
    from timeline.temporal.tagger import _timex, _trip_days
    text = "We set out.\n\nDay 1, Monday. Rain.\n\nDay 90. Snow."
    at = text.index("Monday")
    late = [_timex(at, at + 6, "Monday", "DATE", "9999-12-30", None, "weekday", None, None, None)]
    days = {n: day.isoformat() for n, (_, day, _) in _trip_days(text, late).items()}
    assert days == {text.index("Day 1"): "9999-12-30"}
    text = "We set out.\n\nDay 90, Monday. Rain.\n\nDay 1. Snow."
    at = text.index("Monday")
    early = [_timex(at, at + 6, "Monday", "DATE", "0001-01-01", None, "weekday", None, None, None)]
    assert _trip_days(text, early) == {}
    found = tag("We set out on Thursday 4 May.\n\nDay 1, Friday. Rain.\n\nDay 3. Snow.", "2023-05-30")
    labels = [(t.text, t.value) for t in found if t.rule == "tripday"]
    assert labels == [("Day 1", "2023-05-05"), ("Day 3", "2023-05-07")]


def test_fast_trigger_scan_finds_what_the_reference_scan_does():
    """The fast scan over shaped bytes (abbreviations only before a non-letter) keeps every trigger the tagger
    would read with the case-insensitive reference scan: none followed by a lowercase letter is read."""
    from timeline.temporal.tagger import _triggers
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "content" / "sources").glob("*.md"))]
    texts.append("Mar. 3, Dec 12 and AD 79; the market's decision, every Eve. ThursdayThe 3 weeksAgo MONDAY, "
                 "New Year's Eve, Sept 30 and Sept. 4, midnight on Sun.")
    for text in texts:
        def kept(spans):
            return [(s, e) for s, e in spans if not (e < len(text) and text[e].islower())]
        assert kept(_triggers(text, text.lower())) == kept(_triggers(text, text))


def test_trie_walks_find_what_their_regexes_do():
    """The compiled tagger finds trigger words and the words of sport by walking their tries (lexicon.Trie.spans)
    instead of with WORD_TRIGGER and SPORT_SCAN; the walk must find the same words, with the same ends, on the demo
    articles and on texts glued from the words, their beginnings and longer words ("Thursdays", "market", "Sept",
    "Q3", "hat-tricks", "power"), in every glue."""
    import random
    import re

    from timeline import native
    from timeline.temporal import lexicon as lx
    assert lx.COMPILED == (native.in_use() == "compiled")
    sport = re.compile(lx.SPORT_SCAN.pattern.encode())
    scans = {  # trie, its regex, how the text is given to them
        "triggers": (lx.TRIGGER_TRIE, lx.WORD_TRIGGER, lambda text: b" " + text.lower().encode("ascii", "replace").translate(lx.SHAPE)),
        "sport": (lx.SPORT_TRIE, sport, lambda text: text.lower().encode("ascii", "replace")),
    }
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "content" / "sources").glob("*.md"))]
    for trie, regex, data in scans.values():
        for text in texts:
            assert trie.spans(data(text)) == [m.span() for m in regex.finditer(data(text))]
    words = sorted(lx.TRIGGER_WORDS) + [w[1:] for w in lx.SPORT_WORDS]
    pieces = words + [w[:k] for w in words for k in range(1, len(w))] + [w + "s" for w in words] + \
        "market decision every the then May Eve THU Q3 h1 3 1998 é x İ K".split()
    glue = ("", " ", " ", "-", ". ", ", ", "0", "1", "\n", "’", "é")
    rnd = random.Random(3)
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) + rnd.choice(glue) for _ in range(rnd.randint(1, 8)))
        for trie, regex, data in scans.values():
            assert trie.spans(data(text)) == [m.span() for m in regex.finditer(data(text))], text
        shaped = scans["triggers"][2](text)
        assert lx.word_triggers(shaped) == [(m.start(), m.end() - 1) for m in lx.WORD_TRIGGER.finditer(shaped)], text
        assert lx.sport_word_count(text.lower()) == len(set(lx.SPORT_SCAN.findall(text.lower()))), text


def test_capital_function_walk_finds_what_its_regex_does():
    """The compiled tagger finds a function word written with a capital after a word (a title's "Of", "THE") in a
    pass over the bytes (lexicon.walk_capital_function) instead of with CAPITAL_FUNCTION; from every place in the
    demo articles and in texts glued from such words, their neighbours and marks, it must find the same one."""
    import random

    from timeline.temporal import lexicon as lx

    def regex(data, pos):
        found = lx.CAPITAL_FUNCTION.search(data, pos)
        return -1 if found is None else found.start()

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "content" / "sources").glob("*.md"))]
    for text in texts:
        data, pos, found = text.encode("ascii", "replace"), 0, []
        while (pos := lx.walk_capital_function(data, pos)) >= 0:
            found.append(pos)
            pos += 1
        assert found == [m.start() for m in lx.CAPITAL_FUNCTION.finditer(data)]
    words = sorted(w.decode() for w in lx.CAPITAL_FUNCTION_WORDS) + [w.decode() + "s" for w in lx.CAPITAL_FUNCTION_WORDS] + \
        "Storm To Hit the of Theo Anne A.M. 10 É Éte x".split()
    glue = (" ", " ", "", ",", ", ", ";", "; ", ". ", "'", "'s ", ".", "-", "\n", "é", "1")
    rnd = random.Random(4)
    for _ in range(3000):
        data = "".join(rnd.choice(words) + rnd.choice(glue) for _ in range(rnd.randint(1, 8))).encode("ascii", "replace")
        for pos in range(len(data) + 1):
            assert lx.walk_capital_function(data, pos) == regex(data, pos), (data, pos)
        assert lx.capital_function(data, 0) == regex(data, 0)


def test_sentence_break_test_finds_what_its_regex_does():
    """tagger._broken tells whether SENTENCE_BREAK finds a break between two offsets with str.find instead of the
    regex, and _next_break where the next one ends; they must say what the regex's search and finditer do, for
    every stretch of the demo articles and of short texts of marks, letters and spaces of every kind, offsets
    before the start and past the end included."""
    import random

    from timeline.temporal import tagger

    rnd = random.Random(7)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "content" / "sources").glob("*.md"))]
    chars = "ab .!?\n\t\r\u00a0\u2003\u2028\u0085x,"
    short = ["".join(rnd.choice(chars) for _ in range(rnd.randint(0, 10))) for _ in range(2000)] + ["U.S. and", "e.g.x", "end!"]
    def ends(text, lo, hi):  # the ends of the breaks _next_break finds one after another
        found, at = [], lo
        while (at := tagger._next_break(text, at, hi)) >= 0:
            found.append(at)
        return found

    for text in short:
        for lo in range(-2, len(text) + 3):
            for hi in range(-2, len(text) + 3):
                assert tagger._broken(text, lo, hi) == (tagger.SENTENCE_BREAK.search(text, lo, hi) is not None), (text, lo, hi)
                assert ends(text, lo, hi) == [m.end() for m in tagger.SENTENCE_BREAK.finditer(text, lo, hi)], (text, lo, hi)
    for text in texts:
        for _ in range(3000):
            lo = rnd.randint(-5, len(text) + 5)
            hi = lo + rnd.choice((1, 2, 5, 40, 300, 3000))
            assert tagger._broken(text, lo, hi) == (tagger.SENTENCE_BREAK.search(text, lo, hi) is not None), (lo, hi)
            assert ends(text, lo, hi) == [m.end() for m in tagger.SENTENCE_BREAK.finditer(text, lo, hi)], (lo, hi)


def test_starts_at_and_ends_at_answer_as_the_methods_do():
    """lexicon.starts_at and ends_at stand for str.startswith(prefix, pos) and str.endswith(suffix, start, end) in
    the compiled tagger; they must answer as the methods do, for every position, negative and past the end ones
    included, and for the empty affix."""
    import random

    from timeline.temporal import lexicon as lx

    rnd = random.Random(2)
    for _ in range(600):
        text = "".join(rnd.choice("ab ,é\n") for _ in range(rnd.randint(0, 8)))
        for affix in ("", "a", "ab", " ", "b,", "é", "aaa"):
            for start in range(-11, 11):
                assert lx.starts_at(text, affix, start) == text.startswith(affix, start), (text, affix, start)
                for end in range(-11, 11):
                    assert lx.ends_at(text, affix, start, end) == text.endswith(affix, start, end), (text, affix, start, end)


def test_iso_writes_a_day_as_isoformat_does():
    """tagger._iso stands for date.isoformat() in the tagger; it must write every day of the calendar as the
    method does, the first millennium's years with their four figures, and leave a datetime's to the method."""
    import datetime as dt

    from timeline.temporal import tagger

    day, last = dt.date(1, 1, 1), dt.date(9999, 12, 31)
    while day < last:
        assert tagger._iso(day) == day.isoformat(), day
        day += dt.timedelta(days=1 if day.year in (1, 999, 1000, 1999, 2000, 2024, 9999) else 97)
    assert tagger._iso(last) == "9999-12-31"
    moment = dt.datetime(2021, 12, 30, 15, 35)
    assert tagger._iso(moment) == moment.isoformat() == "2021-12-30T15:35:00"


def test_what_follows_a_weekday_is_read_only_where_it_can_match():
    """r_weekday tries nine regexes of what follows a weekday only where the first character after it and any
    spaces is one they can begin with (NAME_AFTER_FIRST, ...). Each table must hold that character wherever its
    regex matches: after every word of the demo articles and of texts glued from the regexes' own words."""
    import random
    import re

    from timeline.temporal import lexicon as lx
    from timeline.temporal import tagger as t

    checks = [(lambda x, e: lx.NAME_AFTER_WEEKDAY.match(x[e:e + 20]), lambda c, sp: sp and c in t.NAME_AFTER_FIRST),
              (lambda x, e: lx.KIND_AFTER_WEEKDAY.match(x, e), lambda c, sp: sp and c in t.KIND_AFTER_FIRST),
              (lambda x, e: t.SHARED_PLURAL_POD.match(x, e), lambda c, sp: c in t.SHARED_POD_FIRST),
              (lambda x, e: t.DAY_OF_MONTH_AFTER.match(x, e), lambda c, sp: c in t.DAY_OF_MONTH_FIRST),
              (lambda x, e: lx.PAREN_DATE_AFTER.match(x, e), lambda c, sp: c == "("),
              (lambda x, e: t.OF_WEEK_AFTER.match(x, e), lambda c, sp: c in t.OF_WEEK_FIRST),
              (lambda x, e: t.WEEK_ON_AFTER.match(x, e), lambda c, sp: sp and c in t.WEEK_ON_FIRST),
              (lambda x, e: lx.LABEL_AFTER.match(x, e), lambda c, sp: c in t.LABEL_FIRST if sp else c == ":"),
              (lambda x, e: t.DEICTIC_JOINED.match(x, e), lambda c, sp: sp and c in t.DEICTIC_FIRST)]
    words = re.findall(r"[A-Za-z]+", " ".join(p.pattern for p in (lx.NAME_AFTER_WEEKDAY, lx.KIND_AFTER_WEEKDAY, t.SHARED_PLURAL_POD,
                                                                  t.DAY_OF_MONTH_AFTER, t.OF_WEEK_AFTER, t.WEEK_ON_AFTER,
                                                                  lx.LABEL_AFTER, t.DEICTIC_JOINED, lx.PAREN_DATE_AFTER)))
    glue = (" ", "  ", ", ", ",", "-", " - ", "\n", " (", ":", " the ", " the 3rd ", " 23rd ", " 1st ", "\u00a0", " of next week ",
            " Last week ", " to Friday of this week ", ", Wednesday or Friday mornings ", " and Thursday nights ", " and today ",
            " OR last night ", " week ", " fortnight ", " (Dec. 15) ", " night: ", ":", ", Wednesday of next week ")
    rnd = random.Random(3)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "content" / "sources").glob("*.md"))]
    texts += ["Tuesday" + "".join(rnd.choice(glue) + rnd.choice(words + ["Monday", "12", "December"]) for _ in range(rnd.randint(1, 4)))
              for _ in range(5000)]
    matched = 0
    for x in texts:
        for e in range(1, len(x) + 1):
            if x[e - 1].isalpha():
                k = e
                while k < len(x) and x[k].isspace():
                    k += 1
                for regex, can in checks:
                    if regex(x, e):
                        matched += 1
                        assert can(x[k:k + 1], k > e), (x[e:e + 30], regex)
    assert matched > 1000  # (the texts do reach the regexes)


def test_prefix_run_walk_finds_what_its_regex_does():
    """The compiled tagger reads the run of prefix words before a trigger ("about the last", "a couple of") by
    walking the reversed words' trie back over the text (lexicon.walk_prefix_run) instead of matching
    PREFIX_RUN_REVERSED on the reversed text: from every place, back to the start, to a few characters before it
    and to itself, on the demo articles and on texts glued from the prefix words (in capitals too), separators,
    both apostrophes, figures, dots and letters that are not ASCII, it must find where the regex's run begins."""
    import random

    from timeline.temporal import lexicon as lx
    words = sorted(lx.PREFIX_WORDS)
    pieces = words + [w.upper() for w in words[:50]] + "x é İ ’ ' 3 . paddy’s o'clock Q3 -".split()
    glue = ("", " ", "  ", ",", ", ", "-", "\n", "\t", "’", "'", ".", "é", "\u00a0", " -")
    rnd = random.Random(11)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "content" / "sources").glob("*.md"))]
    texts += ["".join(rnd.choice(pieces) + rnd.choice(glue) for _ in range(rnd.randint(1, 8))) for _ in range(3000)]
    runs = 0
    for text in texts:
        low = text.lower()
        low = low if len(low) == len(text) else text  # (as _tag reads such a text)
        data, rev = low.encode("ascii", "replace"), low[::-1]
        for t in range(len(low) + 1):
            for floor in (0, max(0, t - 7), t):
                run = lx.PREFIX_RUN_REVERSED.match(rev, len(low) - t, len(low) - floor)
                assert lx.walk_prefix_run(low, data, t, floor) == (-1 if run is None else len(low) - run.end()), \
                    (text, t, floor)
                runs += run is not None
    assert runs > 10000


def test_rules_at_reads_the_words_of_a_key_as_their_regexes_do():
    """heads.rules_at reads the words and digits of a start's key in the text encoded one byte a character, with
    loops (_letters_end, _digits_end, _number_word) that stand for WORD, DIGIT_RUN, NUMBER_WORD and TWO_WORDS: at
    every place of the demo articles and of texts glued from words, numbers, marks and letters that are not ASCII,
    they must find what the regexes find in the lowercased text."""
    import random

    from timeline.temporal import heads
    from timeline.temporal import lexicon as lx
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "content" / "sources").glob("*.md"))]
    pieces = sorted(heads.VOCABULARY)[:400] + "3 44 1,500 1998 3:35 5th x-ray Mid-March é İ ſ K ß 9am".split()
    glue = ("", " ", " ", "-", "- ", " -", "  ", ", ", ".", "\n", "’", "é", "0", "\u00a0")
    rnd = random.Random(5)
    texts += ["".join(rnd.choice(pieces) + rnd.choice(glue) for _ in range(rnd.randint(1, 6))) for _ in range(3000)]
    checked = 0
    for text in texts:
        low = text.lower()
        if len(low) != len(text):
            continue  # (rules_at is not used on such a text)
        data = low.encode("ascii", "replace")
        for at in range(len(low) + 1):
            word, digits, after, two = (lx.WORD.match(low, at), heads.DIGIT_RUN.match(low, at),
                                        heads.NUMBER_WORD.match(low, at), heads.TWO_WORDS.match(low, at))
            assert heads._letters_end(data, at) == (word.end() if word else at), (text, at)
            assert heads._digits_end(data, at) == (digits.end() if digits else at), (text, at)
            start = heads._number_word(data, at)
            assert (start, heads._letters_end(data, start) if start >= 0 else -1) == \
                ((after.start(1), after.end()) if after else (-1, -1)), (text, at)
            if word:
                e = heads._letters_end(data, at)
                second = heads._number_word(data, e)
                assert (heads._letters_end(data, second) if second > e else e) == two.end(), (text, at)
                checked += 1
    assert checked > 20000


def test_rules_tried_at_a_start_match_as_the_whole_kind_does():
    """heads.rules_at leaves out the rules of a trigger's kind that cannot begin with the word or number at a start;
    the first of the rest to match must be the match of the kind's whole alternation, at every start, on texts
    made of the words and numbers expressions are made of."""
    import random
    import re

    from timeline.temporal import heads
    from timeline.temporal import lexicon as lx
    words = sorted(heads.VOCABULARY)
    numbers = "0 1 3 9 10 12 15 19 20 31 44 100 1,500 1.5 1998 2021 2100 3:35 10/03 5th 1st 22nd 90s 1990s '90s 0900".split()
    glue = (" ", " ", " ", "-", ", ", ". ", ": ", "'s ", "\n", " (", ") ", "’", "/", "; ", '" ', "! ", " – ", "\t")
    kinds = sorted({k for v in lx.RULE_TRIGGERS.values() for k in v.split()})
    whole = {k: re.compile("|".join(f"(?:{r.pattern})" for r in heads.kind_rules(k)))
             for k in kinds}
    rnd = random.Random(2)
    for _ in range(4000):
        parts = [rnd.choice(numbers) if rnd.random() < 0.3 else rnd.choice(words) for _ in range(rnd.randint(1, 6))]
        text = "".join(p.title() if rnd.random() < 0.2 else p.upper() if rnd.random() < 0.03 else p for p in parts
                       for p in (p, rnd.choice(glue)))
        low = text.lower()
        if len(low) != len(text):
            continue
        for s in (m.start() for m in re.finditer(r"(?<![a-z0-9])[a-z0-9]", low)):
            for kind in kinds:
                expected = whole[kind].match(text, s)
                got = next((m for r in heads.rules_at(kind, text, low, s) if (m := r.match(text, s))), None)
                assert (got and (got.span(), got.re.pattern)) == (expected and (expected.span(), next(
                    r.pattern for r in heads.kind_rules(kind) if r.match(text, s)))), (kind, text, s)


def test_a_key_ends_with_the_mark_after_its_word():
    """A word followed by a mark is keyed with that mark (heads._ending), so the rules that need something else there
    are not tried: after "Monday," not "Monday before last" (but "Monday, 3/4" may be a date), after "Monday." neither."""
    from timeline.temporal import heads
    for text, rule, tried in (("said Monday, that", "daybeforelast", False), ("said Monday, that", "wdnumeric", True),
                              ("said Monday. The", "daybeforelast", False), ("said Monday. The", "wdnumeric", False),
                              ("said Monday before last", "daybeforelast", True), ("on Monday 3/4", "wdnumeric", True)):
        s = text.index("Monday")
        assert any(rule in r.groupindex for r in heads.rules_at("weekday", text, text.lower(), s)) is tried, (text, rule)


def test_country_cues_are_found_where_a_word_begins_as_a_scan_opening_with_a_boundary_finds_them():
    """lx.cues_in tests where a cue begins after finding it, instead of opening its pattern with \\b (which would have
    re try the whole trie at every character): it must find what that pattern finds, on texts of cues glued to
    letters, digits, underscores, marks and one another."""
    import random
    import re

    from timeline.temporal import lexicon as lx
    reference = re.compile(r"\b(?:" + lx._trie(lx.COUNTRY_OF_CUE) + r")(?!\w)")
    cues = sorted(lx.COUNTRY_OF_CUE)
    rnd = random.Random(7)
    for _ in range(3000):
        text = "".join(rnd.choice(cues) if rnd.random() < 0.5 else rnd.choice((" ", "x", "_", "9", ".", "é", "-", "'s ", ""))
                       for _ in range(rnd.randint(1, 8)))
        assert [m.span() for m in lx.cues_in(text)] == [m.span() for m in reference.finditer(text)], text


def _bound_at_top(path):
    """(name, annotation or None) of each name a module binds at its top level, plainly or annotated."""
    import ast
    body = ast.parse(path.read_text()).body
    return [(t.id, None) for node in body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)] \
        + [(node.target.id, ast.unparse(node.annotation)) for node in body
           if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)]


def test_no_module_constant_of_the_tagger_is_defined_twice():
    """A second definition of a module's name silently replaces the first wherever it is used (tense.py once had two
    PRESENT_BE sets, and the rule written for the first read the second)."""
    import pathlib
    import timeline.temporal as pkg
    for path in pathlib.Path(pkg.__file__).parent.glob("*.py"):
        names = [name for name, _ in _bound_at_top(path)]
        twice = sorted({n for n in names if names.count(n) > 1 and n.isupper()})
        assert twice == [], f"{path.name}: {twice}"


def test_every_module_constant_of_the_compiled_tagger_is_final():
    """The compiled modules read a constant marked Final from a C static, and any other module name from the module's
    dictionary at every use (timeline/native.py): a constant added unmarked would cost that lookup wherever it is
    read. A name in capitals bound at the top of a compiled module is a constant."""
    import pathlib
    import re

    import timeline.native as native
    import timeline.temporal as pkg
    for name in native.MODULES:
        plain = [n for n, annotation in _bound_at_top(pathlib.Path(pkg.__file__).parent / f"{name}.py")
                 if not (annotation or "").startswith("Final")]
        assert [n for n in plain if re.fullmatch(r"_?[A-Z][A-Z0-9_]*", n)] == [], name


def test_future_before_words_leave_out_no_cue():
    """tense_cue searches FUTURE_BEFORE after a last word "to", "for" or "into" only when a word of such a cue is in
    the window (FUTURE_BEFORE_WORDS): wherever the looser test lets it be searched and it matches, the closer test
    passes too, on texts made of the pattern's own words (so that a cue added to it is tried as well)."""
    import random
    import re

    from timeline.temporal import tense
    words = sorted(set(re.findall(r"[a-z]{2,}", tense.FUTURE_BEFORE.pattern))) + ["5pm", "12:30", "p.m.", "vote", "Friday's"]
    rnd = random.Random(5)
    found = 0
    for _ in range(20000):
        parts = [rnd.choice(words) for _ in range(rnd.randint(1, 9))]
        left = "".join(p.title() if rnd.random() < 0.1 else p.upper() if rnd.random() < 0.03 else p for p in parts
                       for p in (p, rnd.choice((" ", " ", "  ", "\n", "-"))))
        if tense._may_end_future_cue(left, tense.CUE_WORDS_BEFORE) \
                and tense.FUTURE_BEFORE.search(left, len(left) - tense.FUTURE_BEFORE_WINDOW):
            found += 1
            assert tense._may_end_future_cue(left, tense.FUTURE_BEFORE_WORDS), left
    assert found > 500


@pytest.mark.parametrize("pattern, last", [("APPROX_BEFORE_TIME", "APPROX_LAST"), ("FIRST_THING_BEFORE", "FIRST_THING_LAST")])
def test_last_before_leaves_out_no_match(pattern, last):
    """_approximate_times and _part_of_day_of search the words before an expression only where the last character
    before it, past the spaces, can end a match (_last_before): wherever the search matches, that test passes, on
    texts made of the pattern's own words and other spaces (so that a word added to the pattern is tried too)."""
    import random

    from timeline.temporal import tagger
    regex, ends = getattr(tagger, pattern), getattr(tagger, last)
    words = sorted(set(re.findall(r"[a-z]{2,}", regex.pattern))) + ["5", "at", "."]
    rnd = random.Random(7)
    found = 0
    for _ in range(20000):
        parts = [rnd.choice(words) for _ in range(rnd.randint(1, 5))]
        text = "".join(p.title() if rnd.random() < 0.1 else p.upper() if rnd.random() < 0.05 else p for p in parts
                       for p in (p, rnd.choice((" ", " ", "  ", "\n", "\u00a0", "-"))))
        if regex.search(text, max(0, len(text) - 16)):
            found += 1
            assert tagger._last_before(text, len(text) - 16, len(text)) in ends, text
    assert found > 200


def test_clause_tense_skips_only_words_it_would_not_read():
    """_clause_tense passes over a word that is not among LOOP_WORDS (AFTER_LOOP_WORDS after the date) and does not
    end in a letter its tests read, without testing it: tense_cue reads the same with that quick skip as with every
    word tested, on texts of cue words, conjunctions and ordinary words around a weekday."""
    import random

    from timeline.native import from_source
    tense = from_source("tense")  # (its globals are replaced below, which compiled code would not read)

    class Every:
        def __contains__(self, item):
            return True
    words = sorted(tense.CUE_WORDS) + sorted(tense.AFTER_LOOP_WORDS - tense.CUE_WORDS) + sorted(tense.LOOP_WORDS) \
        + "the a council is was has had been will said that which who if to but and, on in at by for of plan Fed " \
          "runs hosting approved closed news bus gas record hundred need go".split() * 3 \
        + ["is hosting", "are staging", "which runs", "who turns", "if it rains", "plans to", "why", "after he"] * 8
    rnd = random.Random(7)
    differ = 0
    for _ in range(4000):
        before = " ".join(rnd.choice(words) for _ in range(rnd.choice((0, 0, 1, 2, rnd.randint(0, 24)))))
        after = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 12)))
        text = f"{before} {rnd.choice(('on', 'until', 'by', 'Until'))} Friday {after}."
        start = text.index(" Friday") + 1
        quick = tense.tense_cue(text, start, start + 6)
        saved = tense.LOOP_WORDS, tense.AFTER_LOOP_WORDS
        tense.LOOP_WORDS = tense.AFTER_LOOP_WORDS = Every()
        try:
            assert tense.tense_cue(text, start, start + 6) == quick, text
        finally:
            tense.LOOP_WORDS, tense.AFTER_LOOP_WORDS = saved
        differ += quick != (None, False)
    assert differ > 1000


def test_apposed_time_phrase_ends_with_its_last_words():
    """tense_cue searches APPOSED_TIME_PHRASE only where the window's last word is one its tail can end with
    (APPOSED_LAST_WORDS): wherever it matches, that word is one of them, on texts of the pattern's own words."""
    import random
    import re

    from timeline.temporal import tense
    words = sorted(set(re.findall(r"[a-z]{2,}", tense.APPOSED_TIME_PHRASE.pattern))) + ["day", "his", "trial", ",", "a"]
    rnd = random.Random(11)
    found = 0
    for _ in range(20000):
        left = "".join(w + rnd.choice((" ", " ", "  ", "\n", ", ")) for w in (rnd.choice(words) for _ in range(rnd.randint(1, 12))))
        if rnd.random() < 0.5:  # (half of them made to end as the pattern does, in a word of it or another)
            left += f"on the {rnd.choice(words)} day, {rnd.choice(words)}{rnd.choice(('', ' ', ' the '))}"
        if ", " in left[-tense.APPOSED_TAIL:] and tense.APPOSED_TIME_PHRASE.search(left):
            found += 1
            assert left[-tense.APPOSED_TAIL:].split()[-1] in tense.APPOSED_LAST_WORDS, left
    assert found > 200


def test_tokens_as_token_findall():
    """_tokens gives what TOKEN.findall does, also when it takes a text of plain words whole."""
    import random

    from timeline.temporal import tense
    chars = "abcdeXYZ'’-.,:5 \n\téİıſ"
    rnd = random.Random(3)
    for _ in range(20000):
        text = "".join(rnd.choice(chars) if rnd.random() < 0.3 else rnd.choice("abcdefghij ") for _ in range(rnd.randint(0, 40)))
        assert tense._tokens(text) == tense.TOKEN.findall(text), text


def test_not_year_before_ends_with_its_words():
    """r_year searches lx.NOT_YEAR_BEFORE only where the text before the year ends, but for spaces, with one of
    NOT_YEAR_ENDS: wherever the pattern matches, it does, on texts of the pattern's own words and signs."""
    import random
    import re

    from timeline.temporal import lexicon as lx
    from timeline.temporal import tagger
    source = re.sub(r"\[(\w)\w\]", r"\1", lx.NOT_YEAR_BEFORE.pattern.replace("\\b", " ").replace("\\.", ".").replace("?", ""))
    found_words = re.findall(r"[A-Za-z]+\.?|[^\w\s()?:|*+\[\]$]|\$(?!\))", source)  # ("[Tt]rain": "Train"; "No\.?": "No.")
    words = sorted({v for w in found_words for v in (w, w.rstrip("."), w[:1].lower() + w[1:], w[1:])} - {""}) \
        + ["the", "a", "1", "numbers"]
    rnd = random.Random(13)
    found = 0
    for _ in range(20000):
        before = "".join(w + rnd.choice(("", " ", " ", "  ", "\n")) for w in (rnd.choice(words) for _ in range(rnd.randint(1, 5))))[-12:]
        if lx.NOT_YEAR_BEFORE.search(before):
            found += 1
            assert before.rstrip().endswith(tagger.NOT_YEAR_ENDS), before
    assert found > 2000


def test_mend_leaves_out_only_passes_that_would_change_nothing():
    """_mend runs a pass over the expressions found only where an expression of a rule or type it reads is there:
    on texts made of the phrases the passes join, it gives what running every pass in order gives."""
    import copy
    import random

    from timeline.native import from_source
    tagger = from_source("tagger")  # (its _mend is replaced below, which compiled code would not read)
    phrases = ["the ninth of November 1989", "on the first of May", "17 and 18 March", "1-3 December", "from 9 to 11 May",
               "Friday 12 and Saturday 13 December", "at about 4:36 p.m.", "around 7 a.m.", "the evening of December 16",
               "the night of July 14, 2021", "first thing tomorrow", "first thing on Monday", "the day after Christmas",
               "the Sunday after Thanksgiving", "the Monday before July 4", "the night before Christmas",
               "the week after 14 January", "the weekend before Christmas", "the week of Thanksgiving",
               "the weekend of the Fourth of July", "Five years ago today", "50 years ago this week", "Good Friday, April 3",
               "this Saturday, January 11", "Mother's Day, March 30", "four days earlier, on 16 July",
               "four years and nine months", "1 minute, 52 seconds", "18 minutes 40 seconds", "at 6 a.m. on Black Friday",
               "from noon until 3pm on Good Friday", "noon Eastern time on March 24", "two weeks", "last year", "Tuesday",
               "in 2019", "the 4th and 5th of May", "12, 13 and 15 January", "the day before", "the week after"]
    glue = (" ", ", ", ". ", " and ", " said that ", ".\n\n", " on ", " ")
    seen = []
    mend = tagger._mend

    def recorded(text, out):
        seen.append((text, copy.deepcopy(out)))
        mend(text, out)
    rnd = random.Random(17)
    tagger._mend = recorded
    try:
        for _ in range(1500):
            text = "".join(rnd.choice(phrases) + rnd.choice(glue) for _ in range(rnd.randint(1, 5)))
            tagger.tag(text, rnd.choice(("2021-11-30", "2024-03-12", None)))
    finally:
        tagger._mend = mend
    changed = 0
    for text, out in seen:
        every = copy.deepcopy(out)
        for step in (tagger._join_durations, tagger._clock_on_day, tagger._approximate_times, tagger._days_before_month,
                     tagger._part_of_day_of, tagger._counted_from_day, tagger._week_of_holiday, tagger._ago_today,
                     tagger._named_then_dated):
            if len(every) > 1 or step not in (tagger._join_durations, tagger._clock_on_day):
                step(text, every)
        mended = copy.deepcopy(out)
        mend(text, mended)
        assert mended == every, text
        changed += every != out
    assert changed > 500


def test_range_number_before_ends_as_range_gap_end_says():
    """_starts searches RANGE_NUMBER_BEFORE only where the character before the gap is a space, a digit or one of
    RANGE_GAP_END: wherever the pattern matches, it is, on texts of its own characters."""
    import random

    from timeline.temporal import tagger
    chars = ["0", "1", "9", "٣", " ", " ", "\t", "\u00a0", "-", "–", "to", "or", "t", "o", "r", ".", ",", "a"]
    rnd = random.Random(19)
    found = 0
    for _ in range(20000):
        text = "".join(rnd.choice(chars) for _ in range(rnd.randint(2, 10)))
        if len(text) > 2 and text[-1] in tagger.RANGE_GAP and tagger.RANGE_NUMBER_BEFORE.search(text):
            found += 1
            assert text[-2] in tagger.RANGE_GAP_END or text[-2].isspace() or text[-2].isdecimal(), text
    assert found > 500


def test_report_before_tests_its_verbs_first():
    """_report_before searches REPORT_BEFORE only where one of REPORT_VERBS is in the 70 characters before and
    the last of them is a space: it answers as the search does, on texts of the pattern's own words."""
    import random

    from timeline.temporal import tagger
    words = list(tagger.REPORT_VERBS) + "the reporters Reuters police in a an post-incident statement report post filing " \
        "letter interview briefing update late early on said. Said Told tolds x".split()
    rnd = random.Random(23)
    found = 0
    for _ in range(20000):
        text = "".join(rnd.choice(words) + rnd.choice((" ", " ", "  ", "\n", ", ", "", "\u00a0"))
                       for _ in range(rnd.randint(1, 14))) + "Monday"
        start = len(text) - 6
        expected = tagger.REPORT_BEFORE.search(text, max(0, start - 70), start) is not None
        assert tagger._report_before(text, start) == expected, text
        found += expected
    assert found > 2000


def test_key_with_the_word_after_it_leaves_out_no_match():
    """heads.rules_at keys a number by its digits and the word after it, and a word by itself and the word after
    it (_word_after): the first rule of what it gives to match is the match of the kind's whole alternation, on
    numbers and words of the grammar followed by the grammar's words and by others (of mixed case too)."""
    import random
    import re

    from timeline.temporal import heads
    from timeline.temporal import lexicon as lx
    words = sorted(heads.VOCABULARY) + "cents centuries people percent GMT EST BC AD am pm a.m. p.m. o'clock hours " \
        "local time old olds yearly Years MONTHS mOnths straight consecutive in the morning at night s th st nd rd " \
        "ago later earlier of x dec decade deca qu".split()
    numbers = "1 3 9 10 12 15 19 20 31 44 100 1998 2021 2100 0900 12345".split()
    kinds = sorted({k for v in lx.RULE_TRIGGERS.values() for k in v.split()})
    whole = {k: re.compile("|".join(f"(?:{r.pattern})" for r in heads.kind_rules(k))) for k in kinds}
    vocabulary = sorted(heads.VOCABULARY)
    rnd = random.Random(5)
    for _ in range(3000):
        first = rnd.choice(numbers) if rnd.random() < 0.5 else rnd.choice(vocabulary)
        first = first.title() if rnd.random() < 0.2 else first.upper() if rnd.random() < 0.05 else first
        text = first + rnd.choice(("", " ", " ", "-", "  ", ".", "\n", ", ")) + " ".join(
            rnd.choice(words) for _ in range(rnd.randint(1, 4))) + rnd.choice(("", ".", " ", ",", "-old", "s"))
        low = text.lower()
        if len(low) != len(text):
            continue
        for kind in kinds:
            expected = whole[kind].match(text, 0)
            got = next((m for r in heads.rules_at(kind, text, low, 0) if (m := r.match(text, 0))), None)
            assert (got and (got.span(), got.re.pattern)) == (expected and (expected.span(), next(
                r.pattern for r in heads.kind_rules(kind) if r.match(text, 0)))), (kind, text)


def test_headline_is_looked_for_only_where_left_has_its_mark():
    """tense_cue tries HEADLINE_TO only when the window before the date holds a "#": wherever the line the date is
    on starts with a headline's mark and HEADLINE_TO matches it up to the date, that mark is in the window."""
    import random

    from timeline.temporal import tense
    words = ["#", "##", "# ", "Crew", "to", "strike", "on", "\n", "\n\n", " ", "  ", "\t", "after", "talks", "x" * 40, "Monday"]
    rnd = random.Random(17)
    found = 0
    for _ in range(20000):
        text = "".join(rnd.choice(words) + rnd.choice(("", " ", " ")) for _ in range(rnd.randint(1, 14)))
        for start in range(len(text) + 1):
            lo = max(0, start - tense.WINDOW)
            left = text[lo:start]
            line = lo + left.rfind("\n") + 1 if "\n" in left else 0 if lo == 0 else -1
            if line >= 0 and text.startswith("#", line) and tense.HEADLINE_TO.match(text, line, start):
                found += 1
                assert "#" in left, (text, start)
    assert found > 2000


# An article as an editor would paste it, to be read as written in another way that the web, word processors and
# plain-text wires write it: the values and types must not change, and every offset must index the text as given.
PASTED = (
    "Flood barrier delayed again as costs climb\n\n"
    "The council said on Thursday that the flood barrier on the lower river, first promised for Aug. 18, will not "
    "open until mid-December, and that work stopped for about 18 hours after a crane failed at 3:35 p.m. on Tuesday. "
    "Contractors have been on the site since 2019 and were told last week to finish the piling by the end of the "
    "month.\n\n"
    "\"We expected the year-end opening to hold,\" said Maya Okafor, who chairs the works committee. She said the "
    "committee would meet again next month and publish a revised schedule on Nov. 3, two days after the budget "
    "vote.\n\n"
    "Timeline\n\n"
    "Oct. 7, 2023 – The council approves the barrier.\n"
    "Jan. 12 – Piling begins on the north bank.\n"
    "June 3 – A second crane is brought in.\n\n"
    "Residents will be able to comment on the plans until 5 p.m. on Friday, the council said.\n"
)


def _nbsp(text: str) -> str:
    return re.sub(r"(?<=[A-Za-z.]) (?=\d)|(?<=\d) (?=[A-Za-z])", "\u00a0", text)


def _wrapped(text: str, width: int = 72, hyphens: bool = False) -> str:
    """Every line longer than `width` broken at its last space that fits, as a plain-text wire or mail does, or
    after a word's hyphen, as Python's textwrap and many editors do."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width + 1)
            hyphen = max((m.end() for m in re.finditer(r"\w-(?=\w)", line[:width])), default=-1)
            if hyphens and hyphen > cut:
                out.append(line[:hyphen])
                line = line[hyphen:]
            else:
                out.append(line[:cut])
                line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


WRITTEN_OTHERWISE = {
    "non-breaking spaces in numbers and dates": _nbsp,
    "non-breaking spaces between all words": lambda t: re.sub(r"(?<=\S) (?=\S)", "\u00a0", t),
    "narrow non-breaking space before a.m./p.m.": lambda t: re.sub(r"(?<=\d) (?=[ap]\.m\.)", "\u202f", t),
    "tabs": lambda t: t.replace(" ", "\t"),
    "non-breaking hyphens": lambda t: re.sub(r"(?<=\w)-(?=\w)", "\u2011", t),
    "Windows line ends": lambda t: t.replace("\n", "\r\n"),
    "old Mac line ends": lambda t: t.replace("\n", "\r"),
    "line and paragraph separators": lambda t: t.replace("\n\n", "\u2029").replace("\n", "\u2028"),
    "soft hyphens in long words": lambda t: re.sub(r"(?<=[a-z]{4})(?=[a-z]{3})", "\u00ad", t),
    "zero-width spaces after spaces": lambda t: t.replace(" ", " \u200b"),
    "hard-wrapped at 72 columns": _wrapped,
    "hard-wrapped at 60 columns": lambda t: _wrapped(t, 60),
    "hard-wrapped, with non-breaking spaces": lambda t: _wrapped(_nbsp(t)),
    "hard-wrapped after hyphens too": lambda t: _wrapped(t, 64, hyphens=True),
    "hard-wrapped, with Windows line ends": lambda t: _wrapped(t, 70, hyphens=True).replace("\n", "\r\n"),
    "hard-wrapped, with HTML character references":
        lambda t: _wrapped(_nbsp(t).replace("\u00a0", "&nbsp;"), 76, hyphens=True),
    "HTML character references, as Markdown keeps them":
        lambda t: _nbsp(t).replace("\u00a0", "&nbsp;").replace("–", "&ndash;").replace("Dec", "D&#101;c"),
}


@pytest.mark.parametrize("how", WRITTEN_OTHERWISE)
def test_text_written_otherwise_reads_as_the_plain_text(how):
    plain = tag(PASTED, "2025-10-02")
    variant = WRITTEN_OTHERWISE[how](PASTED)
    found = tag(variant, "2025-10-02")
    assert [(t.type, t.value, t.mod) for t in found] == [(t.type, t.value, t.mod) for t in plain]
    invisible = re.compile("[\u00ad\u200b]")
    for p, t in zip(plain, found):
        assert variant[t.start:t.end] == t.text  # the offsets index the text as given, whatever it holds
        written = invisible.sub("", html.unescape(t.text).replace("\u2011", "-"))
        assert re.sub(r"\s+", " ", re.sub(r"(?<=\w-)\r?\n", "", written)) == p.text


def test_the_plain_article_has_what_its_variants_must_keep():
    values = {t.text: t.value for t in tag(PASTED, "2025-10-02")}
    assert values["Aug. 18"] == "2025-08-18" and values["mid-December"] == "2025-12"
    assert values["3:35 p.m."] == "2025-09-30T15:35" and values["about 18 hours"] == "PT18H"
    assert values["Nov. 3"] == "2025-11-03" and values["Jan. 12"] == "2024-01-12" and values["June 3"] == "2024-06-03"
    assert values["5 p.m."] == "2025-10-03T17:00" and values["Friday"] == "2025-10-03"


def test_lines_that_are_no_wrapped_prose_stay_lines():
    from timeline.temporal.tagger import _unwrapped
    programme = ("Saturday 14 June\n" + "\n".join(f"{h}:00 – Heat {h - 8} of the men's 100m, with the qualifiers from "
                                                   f"group {h}" for h in range(9, 15)) + "\n\n" + "A closing line.\n")
    assert _unwrapped(programme) == programme  # its lines are short of the width: each next one would fit
    wrapped = _wrapped(PASTED)
    assert _unwrapped(wrapped).count("\n") == PASTED.count("\n")  # the paragraphs joined, the entries kept


STORM = ("The storm that reached the coast early on Tuesday lasted for twenty-four hours, the longest the region has "
         "known in the twenty-first century, and it closed the harbour for the rest of the 2025-26 season. Crews began "
         "clearing the roads in the mid-afternoon, and the ferries ran again thirty-six hours later, the port "
         "authority said. Its chief executive said the harbour wall, built in the mid-1990s, held.\n\n"
         "A second paragraph tells what comes next, so that the text has a few lines to measure the width by.\n")


def test_a_line_wrapped_after_a_words_hyphen_joins_without_a_space():
    wrapped = _wrapped(STORM, 67, hyphens=True)
    assert "twenty-\nfirst century" in wrapped and "the 2025-\n26 season" in wrapped and "mid-\n1990s" in wrapped
    plain = [(t.type, t.value, t.mod) for t in tag(STORM, "2025-11-13")]
    assert ("DATE", "20", None) in plain and ("DATE", "199", "MID") in plain
    found = tag(wrapped, "2025-11-13")
    assert [(t.type, t.value, t.mod) for t in found] == plain
    assert [t.text for t in found if "\n" in t.text] == ["the twenty-\nfirst century", "the 2025-\n26 season",
                                                         "the mid-\n1990s"]


@pytest.mark.parametrize("year,month,instant", [
    (2024, 3, "2024-03-20 03:06"), (2024, 6, "2024-06-20 20:51"), (2024, 9, "2024-09-22 12:44"),
    (2024, 12, "2024-12-21 09:21"), (2026, 9, "2026-09-23 00:05"), (2026, 12, "2026-12-21 20:50")])
def test_solar_instant_within_two_minutes(year, month, instant):
    """Solstices and equinoxes as published (UTC): the computed instant is within two minutes."""
    from timeline.temporal.tagger import _solar_instant
    published = dt.datetime.strptime(instant, "%Y-%m-%d %H:%M")
    assert abs(_solar_instant(year, month) - published) < dt.timedelta(minutes=2)
    assert _solar_instant(999, month) is None
