"""What kind of name a capitalised phrase is, read from the words around it, when its own words
do not say (no gazetteer entry, no suffix like "Inc." or "River", no title before it).

A reader types an unknown name by its company: "in Bridgton", "the village of Aisby", "Aisby is a
village" say place; "his brother, Shannon", "Cowley said", "Angelo's father" say person; "shares of
Nyrstar", "Nyrstar's chief executive", "the band Deadsy" say organisation. Each cue adds to a score
for one type; the mentions of one name in a document pool their scores, and a name listed beside
another ("Heydour and Aisby", "Bearn, Gascony and Brittany") leans to its neighbour's type. A name
with no evidence at all keeps its weak guess: an organisation for a phrase of several words, nothing
for a lone word, whose capital alone is no evidence of a name.
"""
from __future__ import annotations


from . import gazetteer, patterns

PERSON, PLACE, ORG = "PERSON", "PLACE", "ORG"
# Weak guesses, settled here: the engine's default for an unknown phrase, and a lone word that is a
# first name but not of anyone the document names in full (a small lean to a person: "Mac", "Douglas"
# name products and firms as often).
WEAK_ORG, WEAK_PERSON = "ORG?", "PERSON?"
WEAK = {WEAK_ORG: ORG, WEAK_PERSON: PERSON}
DECIDE_AT = 2  # the score a type needs to beat the weak guess
STRONG = 3  # the score that makes a sentence's first word a name

# prepositions of place and movement before a bare name ("in Goa", "near Ancaster", "from Salem")
# ("to", "at", "from" and "between" are left weak: news sends things to, buys from and works at firms)
PLACE_PREPOSITIONS = {"in": 2, "near": 3, "from": 1, "outside": 2, "across": 2, "into": 1, "towards": 1,
                      "toward": 1, "throughout": 2, "around": 1, "via": 1}
# "returned to X", "arrived at X", "fled from X": movement ends and starts in places
MOVEMENT_VERBS = frozenset("""returned return returns moved move moves travelled traveled travel flew fly
flies went go goes came come comes extended extend sent fled flee relocated relocate arrived arrive
arrives arriving headed retreated retreating marched march sailed sail drove drive driving walked
transferred evacuated deported exiled emigrated migrated withdrew withdrawn encamped stationed
based born""".split())
# "a stake in X", "invested in X": a firm after "in"
STAKE_WORDS = frozenset("stake stakes share shares interest investment invest invests invested".split())
# "the village of X", "north of X", "the outskirts of X"
PLACE_NOUNS = frozenset("""village villages town towns city cities county counties parish province provinces
state states region district capital outskirts suburb suburbs north south east west northeast northwest
southeast southwest kingdom republic island islands port municipality hamlet coast shores banks commune
borough township area areas streets centre center heart mayor governor residents people plains prairie
confluence shore banks foothills slopes environs vicinity outskirts districts""".split())
# words after "is a ..." / ", a ..." that say which kind of thing the name is
PLACE_HEADS = frozenset("""village town city hamlet parish river municipality commune suburb county district
region lake mountain island port capital province state country settlement neighbourhood neighborhood
valley peninsula""".split())
ORG_HEADS = frozenset("""company firm band team club organisation organization party newspaper magazine
label group station network corporation airline bank brand retailer supermarket chain manufacturer
maker publisher agency school university college society association union league federation
charity orchestra ensemble trio quartet duo broadcaster channel""".split())
PERSON_HEADS = frozenset("""actor actress singer songwriter musician guitarist drummer bassist politician
footballer player writer author poet novelist artist painter composer rapper
businessman businesswoman entrepreneur journalist lawyer scientist physicist chemist philosopher
engineer soldier officer admiral bishop priest boxer wrestler athlete cyclist swimmer coach
manager model comedian dancer pianist violinist conductor historian economist architect designer
photographer inventor explorer queen king prince princess emperor sorcerer""".split())
# the word before a person's name that says who they are to someone: "his brother, Shannon"
PERSON_BEFORE = PERSON_HEADS | frozenset("""brother sister son daughter wife husband father mother uncle aunt
cousin nephew niece grandson granddaughter grandfather grandmother friend colleague partner widow
née nee countryman countrywoman teammate
secretary minister president spokesman spokeswoman spokesperson chairman chairwoman director governor mayor
senator judge attorney prosecutor commissioner ambassador epidemiologist""".split())
# after a person's possessive ("Angelo's father") and an organisation's ("Nyrstar's shares")
PERSON_POSSESSED = frozenset("""father mother wife husband son sons daughter daughters brother brothers
sister sisters family parents grandfather grandmother uncle aunt career death birth life childhood
funeral girlfriend boyfriend widow body lawyer attorney""".split())
ORG_POSSESSED = frozenset("""shares stock shareholders board chairman headquarters subsidiary subsidiaries
products product employees workers staff ceo executives executive management spokesman spokeswoman
spokesperson revenue revenues profits profit earnings sales results members membership roster lineup
line-up website site store stores software devices device models plant plants factory factories rival
rivals competitor competitors customers brand logo bid offer deal""".split())
PLACE_POSSESSED = frozenset("""capital population largest economy coast borders border government
parliament president prime mayor citizens residents streets""".split())
# titles abbreviated with a point before a name, as US news writes them
DOTTED_TITLES = frozenset("mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm rev fr supt insp det".split())
SPEECH_VERBS = frozenset("""said says told added explained recalled recalls stated wrote insisted argued
noted""".split())

_WORD = patterns.compile(r"[^\W\d_][\w’'-]*")
_APPOSITION = patterns.compile(r"\s*(?:,\s*|\s+(?:is|was|are|were|became|remains)\s+)(?:a|an)\s+"
                         r"((?:[\w’'-]+\s+){0,4}?)([a-z]+)\b")
_POSSESSIVE = patterns.compile(r"\s*['’]s?\s+([a-z-]+)(?:\s+([a-z-]+))?")  # "'s father", "'s chief executive"
_SPEECH = patterns.compile(r"\s+([a-z]+)\b")
_BORN = patterns.compile(r"\s*(?:\(\s*born\b|,?\s+(?:was|were)\s+born\b|,\s*who\b)")
# ", minister of transport", ", the foreign minister", ", chief executive of ...": an office held
_TITLE_APPOSITION = patterns.compile(
    r",\s*(?:the\s+|a\s+|an\s+|its\s+)?(?:(?:former|deputy|vice|acting|interim|senior|chief|foreign|prime|"
    r"executive|general|managing)\s+){0,2}(?:minister|president|secretary|spokesman|spokeswoman|spokesperson|"
    r"chairman|chairwoman|chairperson|director|ambassador|governor|mayor|senator|founder|co-founder|"
    r"executive|officer|commissioner|envoy|professor|analyst|premier|chancellor)\b")
_IN_REGION = patterns.compile(r",\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?!\s+[A-Z]|['’])")  # (not "Airbus, Europe's biggest")
_THE_BEFORE = patterns.compile(r"\b[Tt]he $")
_LIST_GAP = patterns.compile(r"\s*(?:,|and|or|/)\s*")  # (not ", and": "..., and Zentrix said" joins clauses)
# endings English place names share far more than other names do
PLACE_ENDINGS = ("shire", "ville", "burg", "burgh", "borough", "bury", "pur", "abad", "grad", "stan",
                 "wick", "thorpe", "chester", "cester", "mouth")


def _words_before(text: str, start: int, n: int = 3) -> list[str]:
    """The n words before start, nearest first, lower-cased; commas and quotes skipped."""
    return [w.lower() for w in _WORD.findall(text, max(0, start - 40), start)[:-n - 1:-1]]


def evidence(text: str, start: int, end: int) -> dict[str, int]:
    """Scores for each type from the words around one mention."""
    score = {PERSON: 0, PLACE: 0, ORG: 0}
    before = _words_before(text, start)
    w1 = before[0] if before else ""
    w2 = before[1] if len(before) > 1 else ""
    adjacent = bool(w1) and text[max(0, start - len(w1) - 2):start].rstrip(" ").lower().endswith(w1)
    if text[end:end + 1] in ("'", "’"):
        adjacent = False  # "from Apple's store": the preposition governs what the name possesses
    if w1 == "in" and w2 in STAKE_WORDS:
        score[ORG] += 3
    elif w1 in PLACE_PREPOSITIONS and adjacent:
        score[PLACE] += PLACE_PREPOSITIONS[w1]
    if w1 in ("to", "at", "from", "in") and w2 in MOVEMENT_VERBS and adjacent:
        score[PLACE] += 2
    if w1 == "of" and w2 in PLACE_NOUNS:
        score[PLACE] += 3
    if w1 == "the":
        score[ORG] += 1  # "the Falcons", "the Reading": teams, bands, firms; seldom a town
    if w1 in PERSON_BEFORE:
        score[PERSON] += 3
    elif w1 in DOTTED_TITLES and text[max(0, start - len(w1) - 2):start].lower() == w1 + ". ":
        score[PERSON] += 4  # "Mr. Smith", "Lt. Gen. Jubal Early": a title's abbreviation
    elif w1 in ORG_HEADS and adjacent:
        score[ORG] += 3  # "the band Deadsy", "the company Nyrstar"
    after = text[end:end + 80]
    m = _APPOSITION.match(after)
    if m:
        head = m.group(2)
        for heads, typ in ((PLACE_HEADS, PLACE), (ORG_HEADS, ORG), (PERSON_HEADS, PERSON)):
            if head in heads:
                score[typ] += 4
    m = _POSSESSIVE.match(after)
    if m:
        for heads, typ in ((PERSON_POSSESSED, PERSON), (ORG_POSSESSED, ORG), (PLACE_POSSESSED, PLACE)):
            if m.group(1) in heads or m.group(2) in heads:
                score[typ] += 3
                break
    if _TITLE_APPOSITION.match(after):
        score[PERSON] += 4
    m = _IN_REGION.match(after)
    if m and m.group(1) in gazetteer.places():
        score[PLACE] += 3  # "Mobile, Alabama", "Tamsby, Norway": a town, then its state or country
    m = _SPEECH.match(after)
    if m and m.group(1) in SPEECH_VERBS:
        # firms speak as often as people in news; a person's full name has usually been given
        score[PERSON] += 1 if " " in text[start:end] else 0
        score[ORG] += 0 if " " in text[start:end] else 1
    if _BORN.match(after):
        score[PERSON] += 3
    if _LEADER_AFTER.match(after):
        score[PERSON] += 3  # "the Trump administration", "the Biden campaign": a leader's
    if w1 in ("a", "an") and adjacent and _LOCAL_PERSON.match(after):
        score[PLACE] += 3  # "a Schuylerville man", "an Arvada woman": where they live
    return score


_LEADER_AFTER = patterns.compile(r" (?:administration|presidency|campaign|aides)\b")
_LOCAL_PERSON = patterns.compile(r" (?:man|woman|boy|girl|teen|teenager|resident|residents|couple|native|mother|father"
                           r"|family|homeowner|motorist|driver)\b")


# a verb after a first name said alone: "Stan believes", "Hayley gets", "Tom was"
_VERB_AFTER = patterns.compile(r" (?:is|was|has|had|does|did|says|said|[a-z]{2,}(?:s|ed))\b")


def subject_of_verb(text: str, end: int) -> bool:
    return bool(_VERB_AFTER.match(text, end))


def settle(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Decide every weak guess in found (sorted, not overlapping): pooled evidence of the same name,
    then its neighbours in a list. Returns the mentions kept, with their final types."""
    if not any(typ in WEAK for _, _, typ in found):
        return found
    weak_names: dict[str, dict[str, int]] = {}
    for a, b, typ in found:
        if typ in WEAK:
            pooled = weak_names.setdefault(text[a:b], {PERSON: 0, PLACE: 0, ORG: 0})
            for k, v in evidence(text, a, b).items():
                pooled[k] += v
            if typ == WEAK_PERSON:
                # once per name, however often it is written; a first name doing something is a person
                pooled[PERSON] = max(pooled[PERSON], 1)
                if subject_of_verb(text, b):
                    pooled[PERSON] += 1
                if _THE_BEFORE.search(text, max(0, a - 4), a):
                    pooled[ORG] += 2  # "the Mac", "the Jaguar": a person's first name takes no article
    # "Boeing" where the document also names "Boeing Commercial Airplanes" or "Apple Inc."
    org_heads = {text[a:b].split()[0] for a, b, typ in found if typ == ORG and " " in text[a:b]}
    for name, pooled in weak_names.items():
        word = name.split()[-1].lower()
        if word.endswith(PLACE_ENDINGS) and len(word) > 6:
            pooled[PLACE] += 1
        if name in org_heads:
            pooled[ORG] += 3
    lower_words = _LowerWords(text)
    types = [_decided(text[a:b], typ, weak_names, lower_words) for a, b, typ in found]
    # "Djamal" where the document has named "Jusman Syafii Djamal", now read as a person: his surname
    surnames = {text[a:b].rsplit(" ", 1)[1] for (a, b, typ), t in zip(found, types)
                if t == PERSON and typ in WEAK and " " in text[a:b]}
    if surnames:
        types = [PERSON if typ in WEAK and text[a:b] in surnames else t for (a, b, typ), t in zip(found, types)]
    # a name in a list takes its neighbours' type: "Heydour and Aisby", "Telemundo, Univision"
    for _ in range(2):
        changed = False
        for i, (a, b, typ) in enumerate(found):
            if typ not in WEAK or (types[i] is not None and _margin(weak_names[text[a:b]]) >= DECIDE_AT):
                continue
            votes = {}
            for j in (i - 1, i + 1):
                if 0 <= j < len(found) and types[j] in (PERSON, PLACE, ORG):
                    lo, hi = (found[j][1], a) if j < i else (b, found[j][0])
                    if j > i and text[found[j][1]:found[j][1] + 1] in ("'", "’"):
                        continue  # "Zentrix, Europe's biggest maker": an apposition, not a list
                    if hi - lo <= 8 and _LIST_GAP.fullmatch(text, lo, hi):
                        votes[types[j]] = votes.get(types[j], 0) + 1
            if votes:
                best = max(sorted(votes), key=votes.get)
                if types[i] != best:
                    types[i] = best
                    changed = True
        if not changed:
            break
    return [(a, b, t) for (a, b, _), t in zip(found, types) if t is not None]


class _LowerWords:
    """Does the document write this word in small letters? Looked up for the few weak names that
    need it, by find (a scan of every word of a long text would cost more)."""

    def __init__(self, text: str):
        self.text = text

    def __contains__(self, word: str) -> bool:
        text, n, i = self.text, len(word), self.text.find(word)
        while i >= 0:
            before, after = text[i - 1:i] if i else " ", text[i + n:i + n + 1]
            if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
                return True
            i = text.find(word, i + 1)
        return False


def _margin(pooled: dict[str, int]) -> int:
    ranked = sorted(pooled.values(), reverse=True)
    return ranked[0] - ranked[1]


def _decided(name: str, typ: str, weak_names, lower_words) -> str | None:
    if typ not in WEAK:
        return typ
    pooled = weak_names[name]
    best = max((PERSON, PLACE, ORG), key=lambda k: pooled[k])
    if pooled[best] >= DECIDE_AT and _margin(pooled) > 0:
        return best
    if " " in name or "-" in name:
        return ORG  # several capitalised words with no evidence: most often an organisation's name
    # a lone word: in news most often a firm's name ("Boeing", "Ryanair"), unless the document
    # also writes it as a common word ("Campaign" in a heading, "campaign" in the text)
    return None if name.lower() in lower_words else ORG
