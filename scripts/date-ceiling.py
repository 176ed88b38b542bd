#!/usr/bin/env python3
"""What limits event_date on a gold set: the ceiling any coder can reach, and our misses by cause.

    python3 scripts/date-ceiling.py GOLD.jsonl MISSES.jsonl

GOLD.jsonl is an evaluation set (lines with "text", "published", "gold": {"event_date"}); MISSES.jsonl
is the file written by `eval GOLD.jsonl --misses FILE` (records absent from it are right in every
field). Nothing of the gold set is stored; the script reads both files from the given paths.

Ceiling. The year of a date is recoverable when the text names it, or when the event falls in the
year up to publication (then "the most recent such day on or before publication", the rule for a
year-less "On 5 March", gives it). Anything else needs knowledge the report does not hold.

Causes of our misses, among records where the coder codes an event and event_date is wrong:
  a  we have the right day and month, the year is wrong and the text does not name it
  b  the text names the gold year and we still miss (any day)
  c  no gold day-month in the text: ranges ("11-12 March", "between 9 and 23 February"),
     relative dates ("on Sunday", "overnight", "two days later") and month/week midpoints
  d  the text names the gold day and month but we chose another date of the note
  x1 the text holds no date at all: only the publication date is left
  x2 the gold day and month are the text's swapped (gold "2019-05-09" for "On September 5")
Each cause is split by whether the year is recoverable (see Ceiling).
"""

import collections
import datetime
import json
import re
import sys
import unicodedata

MONTHS_EN = ("january february march april may june july august september october november "
             "december").split()
MONTHS_FR = ("janvier fevrier mars avril mai juin juillet aout septembre octobre novembre "
             "decembre").split()
MONTH_RE = "|".join(MONTHS_EN + MONTHS_FR + [m[:3] for m in MONTHS_EN] + ["sept"])
RELATIVE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|yesterday|hier|overnight|tonight|today|week|weekend|semaine"
    r"|later|earlier|lendemain|veille|next day|following day|previous day|ago)\b")


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def month_number(w):
    if w in MONTHS_FR:
        return MONTHS_FR.index(w) + 1
    for i, m in enumerate(MONTHS_EN):
        if w in (m, m[:3]) or (w == "sept" and i == 8):
            return i + 1
    return None


def day_months(t):
    """(month, day) pairs written in a folded text, both orders."""
    out = []
    for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th|er)?\s+(?:of\s+)?(%s)\b" % MONTH_RE, t):
        out.append((month_number(m.group(2)), int(m.group(1))))
    for m in re.finditer(r"\b(%s)\.?,?\s+(\d{1,2})(?:st|nd|rd|th)?\b" % MONTH_RE, t):
        out.append((month_number(m.group(1)), int(m.group(2))))
    return out


def year_recoverable(gold, published, years):
    return gold.year in years or datetime.timedelta(0) <= published - gold < datetime.timedelta(
        days=365)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    misses = {}
    with open(sys.argv[2]) as f:
        for line in f:
            r = json.loads(line)
            misses[r["id"]] = r
    total = with_event = ceiling_all = ceiling_event = right = 0
    causes = collections.Counter()
    with open(sys.argv[1]) as f:
        for line in f:
            r = json.loads(line)
            total += 1
            gold = datetime.date.fromisoformat(r["gold"]["event_date"])
            published = datetime.date.fromisoformat(r["published"])
            t = fold(r["text"])
            years = {int(y) for y in re.findall(r"\b(19\d\d|20\d\d)\b", t)}
            ok_year = year_recoverable(gold, published, years)
            ceiling_all += ok_year
            m = misses.get(r["id"])
            if m is not None and m["events"] == 0:
                continue
            with_event += 1
            ceiling_event += ok_year
            if m is None or "event_date" not in m["wrong"]:
                right += 1
                continue
            ours = datetime.date.fromisoformat(m["ours"]["event_date"])
            dms = day_months(t)
            if gold.year in years:
                cause = "b"
            elif (ours.month, ours.day) == (gold.month, gold.day):
                cause = "a"
            elif (gold.month, gold.day) in dms:
                cause = "d"
            elif (gold.day, gold.month) in dms and gold.day <= 12:
                cause = "x2"
            elif not dms and not re.search(r"\b(%s)\b" % MONTH_RE, t) and not RELATIVE.search(t):
                cause = "x1"
            else:
                cause = "c"
            causes[(cause, ok_year)] += 1
    print(f"records {total}; with an event {with_event}; event_date right {right} "
          f"({right / total:.3f} of all, {right / with_event:.3f} of those with an event)")
    print(f"ceiling (year recoverable): {ceiling_all / total:.3f} of all records, "
          f"{ceiling_event / with_event:.3f} of those with an event")
    print("misses among records with an event, by cause (year recoverable / not):")
    for c in ("a", "b", "c", "d", "x1", "x2"):
        yes, no = causes[(c, True)], causes[(c, False)]
        print(f"  {c:2} {yes + no:5}  recoverable {yes:4}  not {no:5}")


if __name__ == "__main__":
    main()
