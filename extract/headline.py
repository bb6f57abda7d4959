"""An event's title in the form of a headline: who did what, from the clause that tells it.

"High Representative ... Josep Borrell spoke by phone with NATO Secretary General Jens
Stoltenberg on Tuesday, ahead of his visit" -> "Borrell speaks by phone with Stoltenberg".

Built by rules, as headline writers do:
- the clause's main verb is its trigger, or the verb nearest a trigger that is a noun ("the meeting
  will take place"); with no verb, the noun's own phrase is the headline ("Meeting of NATO-Russia
  Council");
- the subject is the phrase before the verb (past a lead-in, a subordinator or a comma); a clause cut
  from its sentence takes the sentence's subject; people are named by their surname, without the
  titles before them; articles go;
- headline tense: what happened is told in the present ("spoke" -> "speaks"), what will happen with
  "to" ("will visit" -> "to visit"), a passive by its participle ("were held" -> "held"); a verb whose
  base form is not known keeps the form the article gives it;
- the object runs to the next clause break, a few words at most, and ends on a whole phrase.
None when the clause gives no such headline; the caller then keeps the clause itself.
"""
from __future__ import annotations

import bisect
import itertools
import re

from . import patterns
from .model import Entity, Span
from .triggers import EVENT_NOUNS

_TOKEN = patterns.compile(r"(?:[A-Z]\.){2,}|\w+(?:[’'.&-]\w+)*|[^\w\s]")
ARTICLES = frozenset({"a", "an", "the"})
QUOTES = frozenset("\"“”‘’'«»")
# what ends a subject going left, or an object going right
SUBORDINATORS = frozenset("""after before while when whenever as because since if although though unless
until whereas which who whom whose where that amid despite following ahead according saying during
than so whether once""".split())
STOP_PUNCT = frozenset(",;:()[]—–-!?")
AUXILIARIES = frozenset("""will would shall should can could may might must is are was were be been being
has have had did does do am 'll ’ll""".split())
BE = frozenset("is are was were be been being am".split())
MODALS = frozenset("would should can could may might must".split())
# between an auxiliary and its verb, or before the verb: dropped from a headline
ADVERBS = frozenset("""also already still then later now just again reportedly formally officially
finally jointly recently previously eventually initially subsequently separately publicly
briefly""".split())
# "is expected to meet", "are due to sign": a future told without "will"
FUTURE_FRAMES = frozenset("expected due set scheduled going about planning planned slated poised".split())
PRONOUNS_PLURAL = frozenset("they we you i".split())
PREPOSITIONS = frozenset("""of in on at to for with by from into over under about against between
among across through toward towards near around without within beyond""".split())
# the words that go with a date when it is taken out ("spoke on Tuesday with" -> "spoke with")
DATE_PREPOSITIONS = frozenset("""on in at by from since until during of this last next for around within
through""".split())
SUBJECT_MAX = 8
ADJECTIVE_ENDINGS = ("ive", "al", "ous", "ful", "ic", "ible", "able", "er", "est", "ing", "less", "ary")
OBJECT_MAX = 7   # words after the verb
TITLE_MIN_WORDS = 3
TITLE_MAX_CHARS = 100
NAME_SUFFIXES = frozenset("Jr Jr. Sr Sr. II III IV".split())
QUANTIFIER_LEAD = patterns.compile(r"^(?:(?:an? )?(?:number|series|group|total|couple|handful) of|some of|one of)\s+", re.I)

# irregular past forms and participles, and the base form they come from
IRREGULAR = {}
for _line in """say said said|tell told told|meet met met|fly flew flown|take took taken|make made made
begin began begun|speak spoke spoken|pay paid paid|go went gone|come came come|see saw seen
give gave given|hold held held|lead led led|leave left left|lose lost lost|win won won|send sent sent
keep kept kept|bring brought brought|buy bought bought|think thought thought|find found found
become became become|break broke broken|choose chose chosen|draw drew drawn|drive drove driven
fall fell fallen|feel felt felt|fight fought fought|grow grew grown|know knew known|lay laid laid
mean meant meant|run ran run|rise rose risen|sell sold sold|shoot shot shot|stand stood stood
strike struck struck|swear swore sworn|throw threw thrown|write wrote written|wear wore worn
seek sought sought|sink sank sunk|withdraw withdrew withdrawn|overtake overtook overtaken
undertake undertook undertaken|hear heard heard|hide hid hidden|lend lent lent|oversee oversaw overseen
ride rode ridden|sit sat sat|sleep slept slept|spend spent spent|steal stole stolen|teach taught taught
tear tore torn|understand understood understood|wake woke woken|arise arose arisen|beat beat beaten
bite bit bitten|blow blew blown|build built built|catch caught caught|deal dealt dealt|dig dug dug
feed fed fed|flee fled fled|forget forgot forgotten|get got got|forbid forbade forbidden
freeze froze frozen|light lit lit|ring rang rung|sing sang sung|swim swam swum|sweep swept swept
swing swung swung|shake shook shaken|undergo underwent undergone|overcome overcame overcome
foresee foresaw foreseen|withhold withheld withheld|uphold upheld upheld|overthrow overthrew overthrown
mislead misled misled|rebuild rebuilt rebuilt|rewrite rewrote rewritten|do did done|have had had
be was been|be were been|put put put|set set set|cut cut cut|hit hit hit|hurt hurt hurt|cost cost cost
let let let|quit quit quit|shut shut shut|spread spread spread|split split split|bid bid bid
broadcast broadcast broadcast|forecast forecast forecast|shed shed shed|slide slid slid|spin spun spun
bleed bled bled|breed bred bred|cling clung clung|creep crept crept|fling flung flung|stick stuck stuck
sting stung stung|hang hung hung""".replace("\n", "|").split("|"):
    _base, *_forms = _line.split()
    for _f in _forms:
        IRREGULAR.setdefault(_f, _base)
del _line, _base, _forms, _f

# the base forms of regular verbs news tells its happenings with: a past form is put in the present
# only when its base is known here (else it keeps the article's form: never an invented word)
BASE_VERBS = frozenset("""
accept accuse acquire act add address admit adopt advance advise affect agree aim allege allow amend
announce answer appeal appear apply appoint approve argue arrest arrive ask assess assist attack attempt
attend authorize authorise back ban bar battle believe block board boost borrow brief call campaign
cancel capture celebrate challenge change charge check cite claim clash clear close collapse collect
combine comment commit complain complete conclude condemn confirm connect consider continue contribute
control convene convict cooperate count cover crash create criticize criticise cross debate decide
declare decline defeat defend delay deliver demand deny deploy describe design destroy detain develop
die discover discuss dismiss display dispute dominate double drop earn ease elect emerge employ
encourage end endorse enter equip escalate escape establish estimate evacuate examine exceed expand
expect explain explode export express extend face fail file fine finish fire focus follow force form
found free fund gain gather grant greet guarantee halt handle happen head help hire host hope identify
ignore impose improve include increase indicate inform injure install insist interview introduce
invade invest investigate invite involve issue join judge jump kill land last launch lift limit link
list live load lobby look lower maintain manage mark merge mention miss mobilize monitor move name need
negotiate nominate note notify object observe obtain occupy occur offer open operate oppose order
organize organise outline own participate pass perform permit persuade phone pick place plan play
pledge plunge point post postpone praise prepare present press prevent proceed produce promise promote
propose protect protest prove provide publish pull purchase push qualify question raise rally reach
react receive recall recognize recommend record recover reduce refer reform refuse regain reject
release rely remain remove rename renew reopen repeat replace reply report represent request require
rescue resign resolve respond restore restrict resume retain retire return reveal review rule sanction
save schedule score secure seize select sentence serve settle share sign signal slash spark start state
stay step stop strengthen stress study submit succeed suffer suggest supply support surge surrender
survive suspend talk target test thank threaten tour trade train transfer travel treat trigger try turn
underline underscore unveil update urge use veto violate visit voice vote wait walk want warn watch
welcome work worry result expel inaugurate ratify reaffirm reiterate emphasize emphasise annex abandon
acknowledge adjourn alert ally approach arm assure attract award bomb boycott breach bury certify
clarify classify cite compete comply concede conduct confront consult contact convert convince cooperate
correct credit damage deem defer delegate deport detect devote dissolve donate draft drill elaborate
eliminate embrace enact enforce engage ensure evaluate evolve exchange exclude execute exit explore
expose fix flag flood forge freeze hail halt hand heighten highlight host implement import impose
intensify intercept interrupt invoke isolate justify lack lament lead lease legalize mediate mount
murder neutralize notice oust outlaw overturn pardon pause petition pilot pose preserve probe prompt
protect pursue quote raid rebuild recruit redeploy refrain register reinforce relocate remark repair
repeal reply rescind resist restart retaliate retreat revise revoke roll rush seal search sell shell
shift ship signal stabilize stage storm strain stress strip subject summon surpass suspend sustain swear
tackle tighten topple track transport uncover undermine unite unload uphold vow weaken widen worsen
""".split())


def headline(text: str, clause: Span, date: Span, trigger: Span | None, ents: list[Entity],
             names: dict[str, str], sentence: Span | None = None) -> str | None:
    """The event's headline, or None when the clause does not give one."""
    if trigger is None:
        return None
    # (the sentence's words before the clause are read too: a clause cut from its sentence, "and
    # will begin regular service", tells of the sentence's subject)
    lead = sentence.start if sentence is not None and sentence.start < clause.start else clause.start
    toks = _tokens(text, Span(lead, clause.end), date, ents)
    cs = next((i for i, t in enumerate(toks) if t.start >= clause.start), len(toks))
    ti = next((i for i in range(cs, len(toks)) if toks[i].start <= trigger.start < toks[i].end), None)
    if ti is None:
        return None
    trig = toks[ti]
    is_noun = trig.low in EVENT_NOUNS and not (ti > 0 and toks[ti - 1].low in ("will", "to", "would", "did"))
    first = _nearest_verb(toks, ti, cs) if is_noun else ti
    # the trigger's verb first, then the clause's other verbs in order: a trigger that turns out
    # to modify a noun ("a format used for dialogue") gives way to the clause's own verb
    tried = itertools.chain([] if first is None else [first],
                            (i for i in range(cs, len(toks))
                             if i != first and toks[i].low not in AUXILIARIES and _verbish(toks, i)))
    for vi in tried:
        title = _clause_headline(toks, cs, vi, names)
        if title:
            return title
    return _finish(_noun_phrase(toks, ti, cs, names)) if is_noun else None


def _clause_headline(toks: list[_Tok], cs: int, vi: int, names) -> str | None:
    a = _aux_start(toks, vi, cs)
    subject = _subject(toks, a, cs, names)
    if subject is None:
        return None
    if not subject and cs > 0:
        if a > cs and toks[a - 1].low in SUBORDINATORS or a > cs + 1 and toks[a - 2].low in SUBORDINATORS:
            return None   # "as previously hoped": a clause of comparison, no subject to borrow
        subject = _subject(toks, a, 0, names, whole=True) or _sentence_subject(toks, cs, names)
    if not subject:
        return None
    plural = _plural(subject)
    verb = _verb_group(toks, a, vi, plural)
    if verb is None:
        return None
    obj = _object(toks, vi + 1, names, plural, verb[-1] != toks[vi].raw)
    return _finish(subject + verb + obj)


class _Tok:
    __slots__ = ("start", "end", "raw", "low", "entity", "in_date")

    def __init__(self, start, end, raw, entity, in_date):
        self.start, self.end, self.raw, self.low = start, end, raw, raw.lower()
        self.entity, self.in_date = entity, in_date


def _tokens(text: str, span: Span, date: Span, ents: list[Entity]) -> list[_Tok]:
    out = []
    starts = [e.start for e in ents]   # (in text order, as extraction gives them)
    for m in _TOKEN.finditer(text, span.start, span.end):
        a = m.start()
        k = bisect.bisect_right(starts, a) - 1
        ent = ents[k] if k >= 0 and a < ents[k].end else None
        out.append(_Tok(a, m.end(), m.group(), ent, date.start <= a < date.end))
    # the date's preposition goes with it: "spoke on Tuesday with" -> "spoke with"
    for i, t in enumerate(out):
        if t.in_date and i > 0 and not out[i - 1].in_date and out[i - 1].low in DATE_PREPOSITIONS:
            out[i - 1].in_date = True
    return out


def _break(toks: list[_Tok], i: int) -> bool:
    """Punctuation that breaks a clause: not a colon or comma inside a word ("https://", "1,000")."""
    t = toks[i]
    if t.raw not in STOP_PUNCT:
        return False
    return t.raw in "()[]" or i + 1 >= len(toks) or toks[i + 1].start > t.end or i > 0 and toks[i - 1].end < t.start


_DETERMINERS = ARTICLES | frozenset("his her its their our my your this that these those of".split())


def _verbish(toks: list[_Tok], i: int) -> bool:
    """A word that can head a verb group: an auxiliary, a past form, a known verb (not after a
    determiner or a possessive: "the revised plan", "Russia's continued buildup")."""
    t = toks[i]
    if t.entity is not None or t.in_date or not t.raw[:1].isalpha() or t.raw[:1].isupper() and i > 0:
        return False
    p = i - 1
    while p >= 0 and (_adverb(toks[p]) or toks[p].raw in QUOTES):
        p -= 1
    prev = toks[p] if p >= 0 else None
    if prev is not None and (prev.low in _DETERMINERS or prev.low.endswith(("’s", "'s"))):
        return False
    w = t.low
    if w in SAME_FORMS:
        # "cost", "set", "cut": nouns as often as verbs; a verb after a name or a pronoun
        return prev is not None and (prev.entity is not None or prev.low in PRONOUNS or prev.low in AUXILIARIES)
    if w in AUXILIARIES or w in IRREGULAR or _regular_base(w) is not None:
        return True
    # a base or present form: after "to"/"will", after a name, after a plural noun ("sides seek")
    base = w in BASES or w.endswith("s") and _base_of(w) is not None
    if not base:
        return False
    if prev is None:
        return t.raw.islower()
    return (prev.low in ("to", "will", "would") or prev.entity is not None
            or w in BASES and prev.low.endswith("s") and prev.raw.islower() and len(prev.low) > 3)


def _nearest_verb(toks: list[_Tok], ti: int, cs: int) -> int | None:
    """The verb group nearest a noun trigger in the clause ("officials hold talks", "the meeting
    will take place"); a clause break between them counts as many words."""
    best = None
    for i in range(cs, len(toks)):
        if i == ti or not _verbish(toks, i):
            continue
        # (the last word of an auxiliary run is the verb: "will take", not "will")
        j = i
        while j + 1 < len(toks) and (toks[j].low in AUXILIARIES or _adverb(toks[j]) or toks[j].low == "not"):
            j += 1
        if j != i and j == ti:
            continue
        if j != i and not (_verbish(toks, j) or toks[j].low in BASES or toks[j].low.endswith("ing")):
            j = i   # "has a previous order": the auxiliary is the verb
        if toks[j].low in AUXILIARIES and toks[j].low not in BE and toks[j].low not in ("has", "have", "had"):
            continue
        lo, hi = sorted((i, ti))
        d = hi - lo + 10 * sum(1 for k in range(lo, hi) if _break(toks, k))
        if best is None or d < best[0]:
            best = (d, j)
    return best[1] if best else None


def _adverb(t: _Tok) -> bool:
    return t.low in ADVERBS or t.raw.islower() and t.low.endswith("ly") and len(t.low) > 4 and t.low not in ("early", "only")


def _aux_start(toks: list[_Tok], vi: int, cs: int) -> int:
    a = vi
    while a > cs and (toks[a - 1].low in AUXILIARIES or _adverb(toks[a - 1]) or toks[a - 1].low in ("not", "n't")
                      or toks[a - 1].low == "to" and a - 2 >= 0 and toks[a - 2].low in FUTURE_FRAMES
                      or toks[a - 1].low in FUTURE_FRAMES and a - 2 >= 0 and toks[a - 2].low in BE):
        a -= 1
    return a


# words after which "to" and a verb goes on the happening ("willing to cooperate")
TO_COMPLEMENTS = frozenset("willing able unable ready likely set due prepared eager keen going about".split())
# words a headline never ends on
DANGLING = frozenset("and or but that to not be been being is are was were has have had will would as".split())
LEAD_WORDS = frozenset("particular meanwhile however also still moreover addition earlier later then now".split())
APPOSITIVE_OPENERS = frozenset("a an the who which whose its his her their whom".split())


def _subject(toks: list[_Tok], a: int, lo: int, names, whole: bool = False) -> list[str] | None:
    """The phrase before the verb group at a, from lo at the earliest, shortened (people by
    surname, no titles, no articles); [] when there is none, None when what stands there is not a
    subject (an appositive, or words holding another verb). `whole`: only a subject that opens
    the sentence or stands before an appositive (else it belongs to another clause)."""
    passed = False
    b = a
    while b > lo and toks[b - 1].in_date:
        b -= 1
    picked: list[int] = []
    i = b - 1
    while i >= lo:
        t = toks[i]
        if t.entity is None and t.raw == "," and not [k for k in picked if not toks[k].in_date]:
            # "Borrell, the EU's foreign policy chief, spoke": an appositive between commas is
            # passed over; a name alone between them is the subject ("..., Josep Borrell, flew")
            q = next((k for k in range(i - 1, lo - 1, -1) if toks[k].raw == "," and toks[k].entity is None), None)
            if q is None:
                break
            inner = [x for x in toks[q + 1:i] if not x.in_date]
            if inner and all(x.entity is not None and x.entity.type in ("PERSON", "ORG") for x in inner) \
                    and inner[0].entity is inner[-1].entity:
                picked = [k for k in range(i - 1, q, -1) if not toks[k].in_date]
                passed = True
                break
            if inner and inner[0].low in APPOSITIVE_OPENERS:
                i = q - 1
                passed = True
                continue
            break
        if t.entity is None and (_break(toks, i) or t.raw in QUOTES or t.low in SUBORDINATORS):
            break
        picked.append(i)
        i -= 1
    if whole and not passed and i >= lo:
        return None
    picked = [k for k in reversed(picked) if not toks[k].in_date and toks[k].raw not in QUOTES]
    while picked and toks[picked[0]].low in ("and", "but", "or", "then", "with", "while"):
        picked.pop(0)   # "and will add a route": the subject is the sentence's; "with the
        #                 passengers due to board": the passengers
    if not picked:
        return []
    first = toks[picked[0]]
    if first.low in PREPOSITIONS or first.entity is None and first.low.endswith("ing") and (
            first.low in ("having", "being") or _ing_base(first.low) is not None):
        return None     # "in the talks", "having reported profits": not a subject
    if any(_verbish(toks, k) for k in picked):
        return None   # the words before hold a verb of their own: not this verb's subject
    if toks[a - 1].low == "to" if a > 0 else False:
        return None   # "wants to discuss": an infinitive is not the clause's verb
    span = [toks[k] for k in picked]
    if span[0].low in ("a", "an") and i >= 0 and toks[i].raw == "," and i > 0 and not toks[i - 1].in_date \
            and toks[i - 1].low not in LEAD_WORDS:
        return None   # "the council, a format used for ...": an appositive, not a subject
    if len(span) > 5 * SUBJECT_MAX:
        return None
    phrase = QUANTIFIER_LEAD.sub("", " ".join(_shorten(span, names)))
    words = phrase.split()
    if not words or len(words) > SUBJECT_MAX or not any(w[:1].isalpha() for w in words):
        return None
    return words


def _sentence_subject(toks: list[_Tok], cs: int, names) -> list[str]:
    """The subject of the sentence's first verb before the clause."""
    for i in range(cs):
        if _verbish(toks, i):
            s = _subject(toks, _aux_start(toks, i, 0), 0, names)
            if s:
                return s
    return []


TITLE_WORDS_JOIN = frozenset("of for and".split())


def _shorten(span: list[_Tok], names) -> list[str]:
    """Words of a phrase as a headline gives them: a person by surname, without the title words
    before the name ("NATO Secretary General Jens Stoltenberg", "EU foreign policy chief Josep
    Borrell" -> "Stoltenberg", "Borrell"), no articles. An entity's words stay together (as one
    unit, so that a cut never falls inside a name)."""
    out: list[str] = []
    kept: list[bool] = []    # a person's surname: never taken for a title word
    i = 0
    while i < len(span):
        t = span[i]
        if t.entity is not None:
            e = t.entity
            j = i
            while j < len(span) and span[j].entity is e:
                j += 1
            if e.type == "PERSON":
                while out and not kept[-1] and (
                        out[-1][:1].isupper() or out[-1] not in TITLE_WORDS_JOIN and out[-1].lower() not in PREPOSITIONS
                        and out[-1] not in ("and", "or", ",") and out[-1][:1].isalpha()
                        or out[-1] in TITLE_WORDS_JOIN and len(out) > 1 and not kept[-2] and out[-2][:1].isupper()):
                    out.pop()
                    kept.pop()
                out.append(_surname(names.get(e.text, e.text)))
                kept.append(True)
            else:
                out.append(" ".join(s.raw for s in span[i:j]))
                kept.append(False)
            i = j
            continue
        if t.low not in ARTICLES and t.raw not in QUOTES:
            if out and i > 0 and span[i - 1].end == t.start and span[i - 1].raw not in QUOTES:
                out[-1] += t.raw   # written together, kept together: "Press@example.org", "5%"
            else:
                out.append(t.raw)
                kept.append(False)
        i += 1
    while out and out[-1] in ("of", "for", "and", ","):
        out.pop()
    return _join_possessive(out)


def _join_possessive(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        if w in ("’s", "'s", "’", "'") and out:
            out[-1] += w
        else:
            out.append(w)
    return out


def _surname(name: str) -> str:
    parts = [p for p in name.split() if p not in NAME_SUFFIXES]
    return parts[-1] if parts else name


def _plural(subject: list[str]) -> bool:
    # ("X and Y" is two; "in and around Ukraine" is not)
    if any(w == "and" and 0 < k < len(subject) - 1 and subject[k - 1].lower() not in PREPOSITIONS
           and subject[k + 1].lower() not in PREPOSITIONS for k, w in enumerate(subject)):
        return True
    head = subject[-1]
    low = head.lower()
    if low in PRONOUNS_PLURAL:
        return True
    return head.islower() and low.endswith("s") and not low.endswith(("ss", "us", "is"))


def _verb_group(toks: list[_Tok], a: int, vi: int, plural: bool) -> list[str] | None:
    aux = [t.low for t in toks[a:vi] if not _adverb(t)]
    v = toks[vi]
    w = v.low
    neg = ["not"] if "not" in aux or "n't" in aux else []
    aux = [x for x in aux if x not in ("not", "n't")]
    if {"will", "shall", "'ll", "’ll"} & set(aux) or any(x in FUTURE_FRAMES for x in aux) and "to" in aux:
        rest = [x for x in aux if x in ("be", "been", "have")]
        return neg + ["to"] + rest + [v.raw]
    if set(aux) & MODALS:
        return aux + neg + [v.raw]
    if set(aux) & BE and _past_or_participle(w):
        return neg + [v.raw]               # a passive: "were held" -> "held"
    if w.endswith("ing") and set(aux) & BE:
        base = _ing_base(w)
        if base and set(aux) & {"been"}:
            return ["do" if plural else "does", "not", base] if neg else [present(base, plural)]  # "has been seeking"
        return [present("be", plural)] + neg + [v.raw]    # "are working"
    if w in BE and not aux:
        return [present("be", plural)] + neg   # "the EU was willing to"
    if w in ("has", "have", "had") and not aux:
        return [present("have", plural)] + neg   # "Qatar has an order for two"
    if w in AUXILIARIES:
        return None
    base = _base_of(w) if (not aux or set(aux) & {"has", "have", "had", "did", "do", "does"}) else None
    if base is None:
        # (the article's own form, never an invented word: "has signed" -> "signed")
        return [x for x in aux if x not in ("has", "have", "had")] + neg + [v.raw]
    if neg:
        return ["do" if plural else "does", "not", base]
    return [present(base, plural)]


def _past_or_participle(w: str) -> bool:
    return w in IRREGULAR or w.endswith("ed")


def _ing_base(w: str) -> str | None:
    stem = w[:-3]
    for cand in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
        if cand and cand in BASES:
            return cand
    return None


def _regular_base(w: str) -> str | None:
    """The base of a regular past form, when the base is known: "agreed", "visited", "planned",
    "tried"."""
    if not w.endswith("ed") or len(w) < 4:
        return None
    for cand in (w[:-3] + "y" if w.endswith("ied") else None, w[:-1], w[:-2],
                 w[:-3] if len(w) > 5 and w[-3] == w[-4] else None):
        if cand and cand in BASE_VERBS:
            return cand
    return None


BASES = BASE_VERBS | frozenset(IRREGULAR.values())
SAME_FORMS = frozenset(f for f, b in IRREGULAR.items() if f == b)
PRONOUNS = frozenset("he she it they we i you who".split())


def _base_of(w: str) -> str | None:
    """The base form of a verb as written, when known: past and participle forms are looked up,
    a base or present form is itself."""
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w.endswith("ed"):
        return _regular_base(w)
    if w in BASES:
        return w
    if w.endswith("s") and (w[:-1] in BASES or w[:-2] in BASES and w.endswith("es")):
        return w[:-1] if w[:-1] in BASES else w[:-2]
    if w.endswith("ies") and w[:-3] + "y" in BASES:
        return w[:-3] + "y"
    return None


def present(base: str, plural: bool = False) -> str:
    """The headline's present tense: "visit" -> "visits" (they "visit")."""
    if plural:
        return {"be": "are"}.get(base, base)
    special = {"have": "has", "be": "is", "do": "does", "go": "goes"}
    if base in special:
        return special[base]
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def _object(toks: list[_Tok], i: int, names, plural: bool, retensed: bool, verbs_end: bool = False) -> list[str]:
    """What follows the verb (or the noun), to the next break, a few words at most, ending on a
    whole phrase."""
    span: list[_Tok] = []
    while i < len(toks):
        t = toks[i]
        if t.in_date or t.raw in QUOTES:
            i += 1
            continue
        if verbs_end and _verbish(toks, i):
            break
        if t.entity is None and (_break(toks, i) or t.low in SUBORDINATORS and not (t.low == "that" and not span)):
            break
        # "to" and a verb after the object: a purpose, another happening ("visit NATO Headquarters
        # to attend a meeting"; but "willing to cooperate" goes on)
        if span and span[-1].low not in TO_COMPLEMENTS and t.low == "to" and i + 1 < len(toks) \
                and toks[i + 1].low in BASES:
            break
        if t.low == "due" and i + 1 < len(toks) and toks[i + 1].low == "to":
            break   # "due to Russia's intervention": a cause, not the happening
        span.append(t)
        i += 1
    words = _shorten(span, names)
    if retensed:
        # a second verb joined by "and" takes the same tense: "invaded and annexed" -> "invades and annexes"
        for k in range(1, len(words)):
            if words[k - 1] in ("and", "or"):
                base = _base_of(words[k].lower()) if words[k].lower().endswith("ed") or words[k].lower() in IRREGULAR else None
                if base:
                    words[k] = present(base, plural)
    most = OBJECT_MAX + 7 if words[:1] == ["that"] else OBJECT_MAX   # "agree that ...": a clause
    if len(words) > most:
        # cut before a preposition or "and" at or before the limit, never inside "of" (nor inside
        # a name: a name is one unit here)
        cut = max((k for k in range(2, most + 1) if words[k].lower() in (PREPOSITIONS - {"of"}) | {"and", "or"}),
                  default=None)
        words = words[:cut] if cut else words[:most]
        # (a cut phrase ends on its noun: "will have massive" loses "massive")
        while len(words) > 2 and words[-1].islower() and words[-1].endswith(ADJECTIVE_ENDINGS):
            words.pop()
    while words and (words[-1].lower() in PREPOSITIONS or words[-1].lower() in DANGLING
                     or words[-1].lower() in ARTICLES or not any(c.isalnum() for c in words[-1])):
        words.pop()
    return words


def _noun_phrase(toks: list[_Tok], ti: int, cs: int, names) -> list[str]:
    """A happening named by a noun with no verb: its phrase and what follows it ("Meeting of
    NATO-Russia Council")."""
    a = ti
    while a > cs and not toks[a - 1].in_date and not _break(toks, a - 1) and toks[a - 1].low not in PREPOSITIONS \
            and toks[a - 1].low not in SUBORDINATORS and toks[a - 1].low not in AUXILIARIES \
            and toks[a - 1].low not in ("and", "or", "but") and ti - a < 5:
        a -= 1
    return _shorten(toks[a:ti + 1], names) + _object(toks, ti + 1, names, False, False, verbs_end=True)


def _finish(words: list[str]) -> str | None:
    words = [w for w in words if w]
    if len(words) < TITLE_MIN_WORDS:
        return None
    s = " ".join(words)
    s = re.sub(r"\s+([,.;:!?%])", r"\1", s).strip(" ,;:.")
    if len(s) > TITLE_MAX_CHARS:
        cut = s.rfind(" ", 0, TITLE_MAX_CHARS)
        words = s[:cut].rstrip(" ,;:").split()
        while len(words) > TITLE_MIN_WORDS and (words[-1].lower() in PREPOSITIONS | ARTICLES
                                                 or words[-1].lower() in ("and", "or", "that", "to", "will", "be")):
            words.pop()
        s = " ".join(words)
    return s[:1].upper() + s[1:]
