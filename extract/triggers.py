"""The word that names an event's happening, its trigger: "visited", "talks", "call", "meeting".

TimeML and ACE tag events by a trigger: the verb or noun that most clearly expresses the
happening. Here it is read from the clause that holds the event's date, by rules:
- candidates are verbs (past forms, the verb after "will", "to", "has"; known news verbs) and
  nouns that name happenings ("talks", "visit", "delivery");
- the verb of a bare report ("said", "told") or a light verb ("take place", "be held") yields to a
  happening named beside it ("the meeting will take place on Tuesday": the meeting);
- of the rest, the one nearest the date wins (counting words), verbs before nouns on a tie.
Its sort (a visit, a call, talks; see EVENT_KINDS) decides merges: a visit and a call on the same day
by the same people are two events.
"""
from __future__ import annotations


from . import patterns
from .lexicon import NEWS_VERBS
from .model import Span
from .tense import IRREGULAR_PAST, PAST_EED

# happenings news names by a noun (and the nouns of EVENT_KINDS, added by events.py)
EVENT_NOUNS = frozenset("""
visit visits trip trips tour talks meeting meetings summit summits call calls conversation
conversations election elections vote referendum attack attacks war invasion offensive strike strikes
launch launches release debut delivery deliveries flight flights crash crashes landing takeoff
deal deals agreement agreements treaty accord order orders contract contracts merger acquisition
takeover purchase sale lawsuit suit ruling verdict trial hearing arrest protest protests rally
resignation appointment announcement conference ceremony test tests opening closure shutdown
explosion fire earthquake storm flood collapse rollout unveiling presentation keynote bid
negotiations discussions consultations session sessions hearing inauguration funeral wedding
speech interview statement
""".split())
REPORTING = frozenset("""said says say told tells tell stated states added adds noted notes reported reports
according claimed claims insisted argued wrote writes""".split())
# verbs that carry no happening of their own, or only frame one named beside them: "the meeting will
# take place", "will begin a visit", "will be followed by talks", "is expected to"
LIGHT = frozenset("""be is are was were been being have has had do does did take takes took taken make
makes made hold holds held get gets got go goes went come comes came seem seems seemed appear appears
appeared become becomes became remain remains remained begin begins began begun start starts started
continue continues continued resume resumes resumed follow follows followed preceded precede expected
expects scheduled set due planned plans plan attend attends attended host hosts hosted pay pays paid""".split())
# words in -ed that are not verbs (tense.py's list also holds "proposed", "planned": verbs here)
NOT_VERBS_ED = frozenset("""hundred sacred naked wicked kindred based related armed so-called advanced
detailed limited united allied concerned interested experienced skilled talented supposed alleged
beloved crooked rugged ragged aged belated unprecedented sophisticated complicated dedicated
red bed shed need needed speed""".split())
# an -ed word after these modifies a noun ("of increased sanctions", "the revised plan")
MODIFIER_BEFORE = frozenset("""the a an of in on at for with from into over under about this that these
those his her its their our my your some any no every each newly""".split())
_WHEN_AFTER = patterns.compile(r"\s*,?\s*when\b")
# before a base form: "will meet", "to visit", "did not sign"
BASE_BEFORE = frozenset("""will would shall should can could may might must to did does do 'll ’ll""".split())
BE = frozenset("be is are was were been being am".split())
# words that are never a happening, whatever precedes them ("to the bloc", "to his")
FUNCTION = frozenset("""the a an his her its their our my your this that these those some any all no
every each one two three four five six seven eight nine ten him them us me it they we he she you
from in on at by with for of about into over under after before up down out off than then there here
what which who whom whose where when why how and or but not also very more most""".split())
_WORD = patterns.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)?")
_PREV = patterns.compile(r"([A-Za-z’']+)\W*$")
_CLAUSE_BREAK = patterns.compile(r"[,;:()\"“”—–]")
CLAUSE_PENALTY = 4
# verbs news uses in the present ("meets", "signs") and base forms after an auxiliary: the news verbs
# that name a happening themselves (not light, not saying; "talks" and "ends" are nouns as often)
KNOWN_VERBS = (NEWS_VERBS - LIGHT - REPORTING - {"talks", "end", "ends"}) | frozenset("""
fly flies enter enters resign resigns die dies attack attacks order orders sue sues rule rules cut
cuts raise raises drop drops fall falls rise rises lose loses""".split())


def find_trigger(text: str, clause: Span, date: Span, names: list) -> Span | None:
    """The trigger of the event dated by `date` in `clause`, or None when the clause names no
    happening. `names` are the entity spans of the clause (a name is never a trigger)."""
    # "since 2014, when Russia invaded": a when-clause tells what happened at the date before it
    when = _WHEN_AFTER.match(text, date.end)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, clause.start, clause.end)
             if not (date.start <= m.start() < date.end)
             and not any(n.start <= m.start() < n.end for n in names)]
    best = best_span = None
    for a, b, raw in words:
        w = raw.lower()
        if raw[0].isupper() and a > clause.start and w not in EVENT_NOUNS:
            continue  # a capital inside the clause starts a name
        m = _PREV.search(text, max(clause.start, a - 24), a)
        prev = m.group(1).lower() if m else ""
        is_noun = w in EVENT_NOUNS and prev not in BASE_BEFORE
        is_verb = not is_noun and (
            _past_form(w) and prev not in MODIFIER_BEFORE
            or w in KNOWN_VERBS and prev not in ("the", "a", "an", "his", "her", "its", "their")
            or prev in BASE_BEFORE and w not in BE and len(w) > 2
            or prev in BE and w.endswith("ing") and len(w) > 5)
        if not (is_noun or is_verb) or w in BASE_BEFORE or w in BE or w in FUNCTION:
            continue
        # (an infinitive of purpose, "travel ... to show his support", yields to the finite verb)
        rank = 2 if w in REPORTING else 1 if w in LIGHT or is_verb and prev == "to" else 0
        distance = 0 if when and a >= when.end() and is_verb else _distance(text, words, a, date)
        key = (rank, distance, 0 if is_verb else 1, a)
        if best is None or key < best:
            best, best_span = key, Span(a, b)
    return best_span


def _past_form(w: str) -> bool:
    return w in IRREGULAR_PAST or w in PAST_EED or (
        len(w) >= 4 and w.endswith("ed") and not w.endswith("eed") and w not in NOT_VERBS_ED)


def _distance(text: str, words, a: int, date: Span) -> int:
    """Words between a candidate at offset a and the date, a clause break counting as several."""
    lo, hi = (a, date.start) if a < date.start else (date.end, a)
    gap = sum(1 for x in words if lo < x[0] < hi)
    return gap + CLAUSE_PENALTY * len(_CLAUSE_BREAK.findall(text, lo, hi))
