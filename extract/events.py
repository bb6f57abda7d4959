"""Events: dated statements. One event per date expression that anchors a clause with a predicate.

A sentence with several dates holds several events ("talks in Geneva on January 9-10 and a meeting
of the NATO-Russia Council on January 12"): it is cut between its dates at the last clause marker,
and each part keeps its own date, names and words.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import timedelta

from . import patterns
from .dating import is_dateline
from .headline import headline
from .stamps import BYLINE_OPENING, FILED_OPENING, REPUBLISHED_OPENING
from .lexicon import NEWS_VERBS
from .model import Annotations, Entity, Span, Timex
from .tense import tense_at, tense_cues
from .timevalues import PAST, parse_value_date
from .triggers import EVENT_NOUNS, REPORTING, find_trigger

# Values that date nothing a timeline can place
UNPLACEABLE = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
_BYLINE_WORDS = patterns.compile(rf"{BYLINE_OPENING}\b|{REPUBLISHED_OPENING}")
_FILED_LINE = patterns.compile(FILED_OPENING)  # (apart: both name their word "what")


def _tells_when_written(text: str, at: int) -> bool:
    """A byline, a filing line or a republishing note opens here: when the article was written."""
    return bool(_BYLINE_WORDS.match(text, at) or _FILED_LINE.match(text, at))
_ERA = patterns.compile(r"\d{2,3}")  # TimeML's decades (198) and centuries (19)
_CLAUSE_MARK = patterns.compile(r",|;|\s(?:and|after|before|followed|while|when|until|then|but)\s")
_WORD = patterns.compile(r"[A-Za-z][A-Za-z'’-]+")
STOPWORDS = frozenset("""
a an the of to in on at for with by from and or but as is are was were be been being has have had
will would can could should may might must shall that this these those it its he she they them
their his her our we you i not no also than then there here which who whom whose what when where
why how all any both each few more most other some such only own same so too very just about
after before into over under again further once said says according while during since until
""".split())


@dataclass
class Event:
    doc: str                       # content hash of the source
    source: str                    # the path as given
    sentence: Span
    clause: Span
    timex: Timex
    participants: list[str] = field(default_factory=list)   # people and organisations
    places: list[str] = field(default_factory=list)
    people: frozenset = frozenset()                          # the people named in full
    keywords: frozenset = frozenset()
    context: frozenset = frozenset()   # names and words of the undated sentences that follow
    kinds: frozenset = frozenset()     # what sort of happening its trigger names: visit, talks, call...
    title: str = ""
    location: str | None = None        # where it happened: the place after "in" or "at", if any
    trigger: Span | None = None        # the word that names the happening ("visited", "talks")
    topics: frozenset = frozenset()    # the sorts of happening any word of the clause names
    another: bool = False              # "a second A380 is also flying": a further happening of its sort
    products: frozenset = frozenset()  # models named with their number: "iPhone 3GS", "Boeing 787"
    reported: bool = False             # dated by the article's own date, not by a date of its own (a lead)

    @property
    def value(self) -> str:
        return self.timex.value


def find_events(text: str, ann: Annotations, doc: str, source: str) -> list[Event]:
    names = canonical_names(ann.entities)
    events: list[Event] = []
    ti = 0
    # (a decade or a century, "the late 1980s", is background to a story, not a date to put an event on)
    # (nor is a wire dateline's date, "BRUSSELS, Jan 4 (Reuters) -": the day the report was filed)
    # (nor a date in brackets of its own, "later this year (2006)", "the treaty (1949)": an aside)
    dated = [t for t in ann.timexes if t.type in ("DATE", "TIME") and not t.value.startswith(UNPLACEABLE)
             and not _ERA.fullmatch(t.value) and not is_dateline(text, t.start, t.end)
             and not (text[t.start - 1:t.start] == "(" and text[t.end:t.end + 1] == ")")]
    dated_starts = [t.start for t in dated]
    # (the names and dates of a clause are found by bisection: a text of thousands of clauses stays linear)
    entity_starts = [e.start for e in ann.entities]
    timex_starts = [x.start for x in ann.timexes]
    for si, sent in enumerate(ann.sentences):
        here = []
        while ti < len(dated) and dated[ti].start < sent.end:
            if dated[ti].start >= sent.start:
                here.append(dated[ti])
            ti += 1
        if not here:
            continue
        if not _has_predicate(text[sent.start:sent.end]):
            continue  # "On January 1st," alone says nothing happened
        if _tells_when_written(text, sent.start):
            continue  # "By Jane Doe | Published 4 January 2022": when it was written, not what happened
        for t, clause in zip(here, _clauses(text, sent, here)):
            lo, hi = bisect.bisect_left(entity_starts, clause.start), bisect.bisect_left(entity_starts, clause.end)
            ents = [e for e in ann.entities[lo:hi] if e.end <= clause.end]
            if not ents and clause.start > sent.start:
                # a clause cut from its sentence without a name of its own ("and will be delayed
                # until October") is about the sentence's subject: its names are the clause's
                verb = _VERBISH.search(text, sent.start, clause.start)
                if verb and _subject(text, sent):
                    lo2 = bisect.bisect_left(entity_starts, sent.start)
                    ents = [e for e in ann.entities[lo2:lo] if e.end <= verb.start()]
            lo, hi = bisect.bisect_left(timex_starts, clause.start), bisect.bisect_left(timex_starts, clause.end)
            when = {w.lower() for x in ann.timexes[lo:hi] for w in _WORD.findall(x.text)}
            trigger = find_trigger(text, clause, t, ents)
            if _bare_report(text, clause, t, trigger):
                continue  # "a NATO official said on Tuesday": when it was said, not a happening
            events.append(_event(text, ann, doc, source, sent, clause, t, t, trigger, ents, names, entity_starts,
                                 when, _continuation(text, ann, si, dated_starts, names)))
    # (a report whose opening dates what it tells has dated its lead: "spoke by phone ... on Tuesday";
    # a date ahead, "the board meets next month", does not)
    day = parse_value_date(ann.dct) if ann.dct else None
    if day is not None:
        from .timeline import interval  # (here: timeline imports this module)
        opening = ann.sentences[LEAD_WINDOW - 1].end if len(ann.sentences) >= LEAD_WINDOW else len(text)
        if not any(e.sentence.start < opening and (iv := interval(e.value)) and iv[0] <= day for e in events):
            events += _lead_events(text, ann, doc, source, names, entity_starts, dated_starts)
    return events


LEAD_SENTENCES = 2  # the headline and the first sentence of a report tell what it reports, as of its date
_HEADLINE_AHEAD = patterns.compile(r"\b(?:to|will|would|could|may|might|set to|plans? to)\s+$", re.I)
LEAD_WINDOW = 4     # unless a date in its opening (headline, standfirst, dateline, first sentence) says when


def _lead_events(text, ann, doc, source, names, entity_starts, dated_sentences) -> list[Event]:
    """The happenings a report opens with and gives no date of their own ("Apple executive Steve
    Jobs resigns"): dated by the article, as the day it was written or the day before."""
    day = parse_value_date(ann.dct)
    value = f"{(day - timedelta(days=1)).isoformat()}/{day.isoformat()}"
    out = []
    body = [s for s in ann.sentences[:LEAD_SENTENCES + 3] if text[s.start:s.end] != ann.title
            and _has_predicate(text[s.start:s.end]) and not _tells_when_written(text, s.start)]
    headline_sents = [s for s in ann.sentences[:1] if ann.title and text[s.start:s.end] == ann.title]
    for sent in headline_sents + body[:LEAD_SENTENCES - len(headline_sents)]:
        i = bisect.bisect_left(dated_sentences, sent.start)
        if i < len(dated_sentences) and dated_sentences[i] < sent.end:
            continue  # a sentence with a date of its own is dated by it
        lo, hi = bisect.bisect_left(entity_starts, sent.start), bisect.bisect_left(entity_starts, sent.end)
        ents = [e for e in ann.entities[lo:hi] if e.end <= sent.end]
        if not any(e.type in ("PERSON", "ORG") for e in ents):
            continue
        trigger = find_trigger(text, sent, Span(sent.start, sent.start), ents)
        if trigger is None:
            continue
        word = text[trigger.start:trigger.end].lower()
        if word in REPORTING or word in EVENT_NOUNS:
            continue  # a report of a report, or a noun ("the biggest contract of its kind"): no happening told
        if sent in headline_sents:
            # a headline tells in the present what has just happened ("Jobs resigns"), and with
            # "to" what is still ahead ("Orvik to open a plant")
            if _HEADLINE_AHEAD.search(text, max(sent.start, trigger.start - 12), trigger.start):
                continue
        elif tense_at(text[sent.start:sent.end], trigger.start - sent.start, trigger.end - sent.start) != PAST:
            continue  # what is, or will be, is not what happened as the report was written
        # (anchored on its trigger word, which stands in for the date it does not give; titled as if
        # the date closed the sentence)
        t = Timex(trigger.start, trigger.end, text[trigger.start:trigger.end], "DATE", value)
        out.append(_event(text, ann, doc, source, sent, sent, t, Timex(sent.end, sent.end, "", "DATE", value),
                          trigger, ents, names, entity_starts, frozenset(), frozenset(), reported=True))
    return out


def _event(text, ann, doc, source, sent, clause, t, title_date, trigger, ents, names, entity_starts, when,
           context, reported=False) -> Event:
    """The event a clause tells, with what merging compares: who, where, its words (less its names
    and its dates: those are compared on their own), its trigger and the sorts of happening named."""
    people = _unique(names.get(e.text, e.text) for e in ents if e.type in ("PERSON", "ORG"))
    places = _unique(place_name(names.get(e.text, e.text)) for e in ents if e.type == "PLACE")
    named = {w.lower() for e in ents for w in _WORD.findall(e.text)}
    words = frozenset(_stem(w) for w in (m.group().lower() for m in _WORD.finditer(text, clause.start, clause.end))
                      if w not in STOPWORDS and len(w) > 2 and w not in named and w not in when)
    persons = frozenset(names.get(e.text, e.text) for e in ents if e.type == "PERSON")
    kinds = event_kinds(text[trigger.start:trigger.end]) if trigger else frozenset()
    return Event(doc, source, sent, clause, t, people, places, frozenset(p for p in persons if " " in p), words,
                 context, kinds, _title(text, clause, title_date, trigger, ann.entities, entity_starts, names, sent),
                 _location(text, ents, names), trigger, event_kinds(text[clause.start:clause.end]),
                 bool(_ANOTHER.search(text, clause.start, clause.end)),
                 frozenset(m.group(1) + " " + m.group(2).upper() for m in _PRODUCT.finditer(text, clause.start, clause.end)),
                 reported)


def _title(text, clause, t, trigger, entities, entity_starts, names, sent) -> str:
    """A headline of the event ("Borrell speaks by phone with Stoltenberg"), else the clause."""
    lo, hi = bisect.bisect_left(entity_starts, sent.start), bisect.bisect_left(entity_starts, sent.end)
    ents = entities[lo:hi]
    return headline(text, clause, t, trigger, ents, names, sent) or \
        make_title(text, clause, t, [e for e in ents if clause.start <= e.start and e.end <= clause.end], sent)


# Families of words that name the same sort of happening. Two statements that both name a sort
# and share none (a phone call, a visit) are not one event, however many names they share.
EVENT_KINDS = {
    "visit": "visit visits visited visiting trip trips travel travels traveled travelled flew fly flies arrive "
             "arrives arrived arrival tour tours toured",
    "talks": "talks talk talked meet meets met meeting meetings summit summits negotiation negotiations "
             "negotiate negotiated discussions discussion consultations conference council dialogue",
    "call": "call calls called phone phoned telephone conversation spoke speak speaks",
    "agreement": "agreement agreements treaty treaties deal deals sign signs signed signing accord pact draft",
    "conflict": "war invaded invade invasion annexed annex annexation intervention attack attacks attacked "
                "offensive fighting clashes strike strikes",
    "announcement": "announced announces announce announcement unveiled unveils unveil launch launched launches "
                    "released releases release introduced",
    "order": "order orders ordered purchase purchases purchased buy buys bought contract contracts",
    "election": "election elections vote votes voted elected referendum",
}
_KIND_OF_WORD = {w: k for k, words in EVENT_KINDS.items() for w in words.split()}


def event_kinds(clause: str) -> frozenset:
    return frozenset(_KIND_OF_WORD[w] for w in re.findall(r"[a-z]+", clause.lower()) if w in _KIND_OF_WORD)


# a make or model with its number: "iPhone 3GS", "Boeing 787", "Airbus A380", "Galaxy S21"
_PRODUCT = patterns.compile(r"\b(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
                      r"[a-z]*\.?[ -])([A-Z][A-Za-z]+|[a-z][A-Z][A-Za-z]+)[ -](?!(?:1[6-9]|20)\d\d\b)"
                      r"((?:[A-Z]{1,3}-?)?\d[\dA-Za-z-]*)\b")  # (not "Geneva 2022": a year)
# words that tell a further happening of a sort already told: "another", "a second", "also", "again"
_ANOTHER = patterns.compile(r"\b(?:another|(?:a|the) (?:second|third|fourth|further|new) [a-z]|also|again)\b", re.I)
BARE_REPORT_WORDS = 6  # a clause this short around a verb of saying reports, it tells nothing


def _bare_report(text: str, clause: Span, t: Timex, trigger: Span | None) -> bool:
    if trigger is None or text[trigger.start:trigger.end].lower() not in REPORTING:
        return False
    rest = text[clause.start:t.start] + " " + text[t.end:clause.end]
    return len(_WORD.findall(rest)) <= BARE_REPORT_WORDS


CONTINUATION = 2  # undated sentences after a dated one that go on telling its event


def _continuation(text, ann: Annotations, si: int, dated_starts: list[int], names) -> frozenset:
    """Features of the sentences that follow a dated statement without a date of their own: they
    usually elaborate it ("Borrell's three-day visit will include a stop at the contact line")."""
    import bisect
    out = set()
    for sent in ann.sentences[si + 1: si + 1 + CONTINUATION]:
        i = bisect.bisect_left(dated_starts, sent.start)
        if i < len(dated_starts) and dated_starts[i] < sent.end:
            break
        ents = [e for e in ann.entities if sent.start <= e.start and e.end <= sent.end]
        out.update("n:" + names.get(e.text, e.text) for e in ents if e.type in ("PERSON", "ORG"))
        out.update("p:" + place_name(names.get(e.text, e.text)) for e in ents if e.type == "PLACE")
        named = {w.lower() for e in ents for w in _WORD.findall(e.text)}
        out.update("w:" + _stem(w) for w in (m.group().lower() for m in _WORD.finditer(text, sent.start, sent.end))
                   if w not in STOPWORDS and len(w) > 2 and w not in named)
    return frozenset(out)


_LOCATIVE = patterns.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)


def _location(text: str, ents: list[Entity], names) -> str | None:
    for e in ents:
        if e.type == "PLACE" and _LOCATIVE.search(text, max(0, e.start - 8), e.start):
            return place_name(names.get(e.text, e.text))
    return None


def _clauses(text: str, sent: Span, timexes: list[Timex]) -> list[Span]:
    """Cut the sentence between consecutive dates at the last clause marker (else halfway)."""
    cuts = [sent.start]
    for a, b in zip(timexes, timexes[1:]):
        # the first marker after a date closes its clause: "on Jan. 12 | after officials hold talks"
        mark = _CLAUSE_MARK.search(text, a.end, b.start)
        if mark:
            cuts.append(mark.start())
        else:  # halfway, at a space: never inside a word ("August or September")
            half = (a.end + b.start) // 2
            space = text.rfind(" ", a.end, half + 1)
            cuts.append(space if space >= 0 else half)
    cuts.append(sent.end)
    return [Span(cuts[i], cuts[i + 1]) for i in range(len(timexes))]


_PAST_FORM = patterns.compile(r"\b[a-z]{2,}ed\b")


def _has_predicate(sentence: str) -> bool:
    """A verb of some kind: a tense cue, a common news verb, or a word in -ed."""
    if len(sentence.split()) < 4:
        return False
    return (bool(tense_cues(sentence)) or bool(_PAST_FORM.search(sentence))
            or any(w in NEWS_VERBS for w in re.findall(r"[a-z]+", sentence)))


def _unique(items) -> list[str]:
    seen, out = set(), []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


PLACE_ALIASES = {"US": "United States", "U.S.": "United States", "USA": "United States", "U.S.A.": "United States",
                 "America": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom",
                 "Britain": "United Kingdom", "Great Britain": "United Kingdom", "Kiev": "Kyiv",
                 "Russian Federation": "Russia", "Czechia": "Czech Republic"}


def place_name(name: str) -> str:
    return PLACE_ALIASES.get(name, name)


def canonical_names(entities: list[Entity]) -> dict[str, str]:
    """Map each surface to the fullest name the document uses for it: 'Borrell' -> 'Josep Borrell'."""
    full: dict[str, str] = {}
    for e in entities:
        if e.type == "PERSON" and " " in e.text:
            full.setdefault(e.text.split()[-1], e.text)
    return {e.text: full.get(e.text, e.text) for e in entities}


def _stem(w: str) -> str:
    """A crude stemmer: enough to meet 'talks'/'talk', 'visited'/'visit', 'meeting'/'meet'."""
    w = w.replace("’", "'").removesuffix("'s").rstrip("'")
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


_LEAD = patterns.compile(r"^(?:(?:As (?:reported|noted|said|announced)|Meanwhile|In particular|According to [^,]+|However"
                   r"|Also|Still|Earlier|Later|In addition|Moreover)[, ]+)+", re.I)
_POSSESSIVE = patterns.compile(r"^['’]s\b")
_APPOSITIVE = patterns.compile(r",[^,]{3,60},")
_DATE_PHRASE_PREP = patterns.compile(r"\s*\b(?:on|in|from|since|by|until|at|during)\s*$", re.I)
TITLE_WIDTH = 72   # past this, a title loses its first appositive
TITLE_MAX = 160    # and past this it is cut at a word


# a clause cut from its sentence often starts without its subject: "and will begin regular service"
_NO_SUBJECT = patterns.compile(r"^(?:and|but|or|then|which|who|that|while|with|to|will|would|is|are|was|were|has|have|had"
                         r"|be|been|also|later|since)\b\s*", re.I)
MIN_TITLE_WORDS = 3
SUBJECT_MAX_WORDS = 10


def make_title(text: str, clause: Span, t: Timex, ents: list[Entity], sentence: Span | None = None) -> str:
    """A short line a person can scan: the clause without its date phrase, lead-ins and asides. A
    clause that lost its subject when its sentence was cut between two dates borrows the sentence's
    ("and will begin regular service" -> "The airline will begin regular service"); one of a word or
    two ("R", "Washington") gives way to its whole sentence, without the date."""
    title = _clause_title(text, clause, t)
    if sentence is None or (sentence.start, sentence.end) == (clause.start, clause.end):
        return title if len(_WORD.findall(title)) >= MIN_TITLE_WORDS or sentence is None else \
            _clause_title(text, sentence, t) or title
    if len(_WORD.findall(title)) < MIN_TITLE_WORDS:
        return _clause_title(text, sentence, t) or title
    m = _NO_SUBJECT.match(title)
    if m and clause.start > sentence.start:
        subject = _subject(text, sentence)
        rest = title[m.end():] if m.group().strip().lower() in ("and", "but", "or", "then", "which", "who",
                                                                "that", "while", "also", "later") else title
        if subject and rest:
            return _clip(subject + " " + rest[:1].lower() + rest[1:])
    return title


_VERBISH = patterns.compile(r"\b(?:will|would|is|are|was|were|has|have|had|says|said|can|could|may|might|must|"
                      r"did|does|do|[a-z]{3,}ed)\b")


def _subject(text: str, sentence: Span) -> str | None:
    """The words that open the sentence up to its first verb, past any lead-in before a comma
    ("Under the agreement, Aer Lingus said" -> "Aer Lingus"); None when they are too many."""
    m = _VERBISH.search(text, sentence.start, sentence.end)
    if not m:
        return None
    head = text[sentence.start:m.start()]
    head = head.rsplit(",", 1)[-1] if head.count(",") else head
    head = _LEAD.sub("", " ".join(head.split()).strip(" ,;:-–—\"'“”"))
    n = len(_WORD.findall(head))
    if not 1 <= n <= SUBJECT_MAX_WORDS:
        return None
    return head[:1].upper() + head[1:]


def _clip(s: str) -> str:
    if len(s) > TITLE_MAX:
        cut = s.rfind(" ", 0, TITLE_MAX)
        s = s[: cut if cut > 20 else TITLE_MAX].rstrip(" ,;:")
    return s


def _clause_title(text: str, clause: Span, t: Timex) -> str:
    before = text[clause.start:t.start]
    after = text[t.end:clause.end]
    if _POSSESSIVE.match(after):
        # "in Wednesday’s telephone conversation" -> "in the telephone conversation"
        before, after = before + "the ", _POSSESSIVE.sub("", after, count=1)
    else:
        before = _DATE_PHRASE_PREP.sub("", before)
    s = " ".join((before + " " + after).split())
    s = re.sub(r"\s+([,.;:])", r"\1", s)
    s = re.sub(r",(?:\s*,)+", ",", s)
    s = _LEAD.sub("", s.strip(" ,;:-–—\"'“”"))
    s = _APPOSITIVE.sub("", s, count=1) if len(s) > TITLE_WIDTH else s
    s = s.strip(" ,;:.-–—\"'“”")
    if len(s) > TITLE_MAX:
        # (a runaway clause is cut at a word, with no ellipsis: a view that cuts a title marks it
        # itself, and exports carry the words as they are)
        cut = s.rfind(" ", 0, TITLE_MAX)
        s = s[: cut if cut > 20 else TITLE_MAX].rstrip(" ,;:")
    return s[:1].upper() + s[1:] if s else text[t.start:t.end]
