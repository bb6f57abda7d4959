"""Is a time expression about the past or the future? Read it from the nearest verb group.

News clauses are short and the verb group nearest to a date usually governs it ("spoke by phone ...
on Tuesday", "will meet on December 12th"). A past participle after a form of 'be' takes the tense of
its auxiliary ("will be held", "was held"); after 'has'/'have' it is a perfect, read as past.
"""
from __future__ import annotations

import re

from . import patterns
from .lexicon import CLOCK_BEFORE_DAY, FULL_MONTHS, FULL_WEEKDAYS, MONTHS
from .timevalues import FUTURE, PAST

_WORD = patterns.compile(r"(?<![0-9])[A-Za-z]+(?:['’][a-z]+)?")  # (not the "am" of "9am")
# A verb across a comma, a dash or a quote is less likely to govern the date than one in its clause.
_CLAUSE_BREAK = patterns.compile(r"[,;()\"“”—–]|(?<!\d):|:(?!\d)")  # (not the colon of a clock, "15:22")
CLAUSE_PENALTY = 4

FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "’ll", "wo"})
PAST_AUX = frozenset({"was", "were", "had", "did"})
PRESENT_AUX = frozenset({"is", "are", "am", "does", "do"})
PERFECT_AUX = frozenset({"has", "have"})
# modals of what may come: "storms could hit Saturday", "the council may vote Monday", "must file by
# Friday" look ahead; with "have" they look back ("may have died on Monday"); "could not" most often
# tells what did not happen ("could not be reached on Tuesday"); before "be", either
MODALS_AHEAD = frozenset({"may", "might", "could", "should", "must"})
BE = frozenset({"be", "been", "being"})
# verbs a participle follows as a state ("remain closed", "stayed shut"): they carry the tense
_LINKING = frozenset({"remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "staying",
                      "seem", "seems", "seemed", "look", "looks", "looked", "appear", "appears", "appeared"})
# whom one could (not) get hold of, which news tells of the day it tried
_REACHED = frozenset({"reached", "located", "contacted", "found", "identified"})
# a negated auxiliary is the auxiliary ("didn't release ballots Tuesday" is told in the past); "couldn't"
# is left out, as "could not" is
_NEGATED = {f"{base}n{q}t": aux for base, aux in (
    ("did", "did"), ("was", "was"), ("were", "were"), ("had", "had"), ("is", "is"), ("are", "are"),
    ("does", "does"), ("do", "do"), ("has", "has"), ("have", "have"), ("wo", "will"), ("would", "would"),
    ("should", "should"), ("must", "must")) for q in ("'", "’")}
# words that say "ahead" on their own
FUTURE_WORDS = frozenset({"upcoming", "forthcoming", "expected", "expects", "scheduled", "slated",
                          "due", "planning", "plans", "intends", "aims", "tomorrow",
                          "predict", "predicts", "predicting", "forecasts", "forecasting", "projects", "projecting",
                          "anticipates", "anticipating", "foresees", "sees"})  # ("now sees a contraction in
# the second quarter": a forecaster's present)
# what is expected of a subject, in the present: "the storm is forecast to strengthen", "prices are
# likely to rise", "is poised to"; the infinitive lies ahead
AHEAD_TO = frozenset({"forecast", "forecasted", "predicted", "projected", "likely", "poised", "bound", "supposed"})
# "on schedule to", "on track for", "on a path to": what is planned and not yet done
ON_COURSE = frozenset({"schedule", "track", "course", "target", "pace", "path"})
ARRANGED = frozenset({"planned", "intended", "timed", "penciled", "pencilled", "booked"})
# past verbs of intention whose infinitive lies ahead of them: "planned to leave on Thursday"
INTENT_TO = frozenset({"planned", "agreed", "decided", "promised", "hoped", "wanted", "threatened", "vowed",
                       "pledged", "intended", "offered", "prepared", "arranged", "expected", "scheduled", "aimed",
                       "sought", "voted", "chose", "resolved", "undertook", "proposed", "asked", "invited",
                       "urged", "called", "ordered", "told", "advised", "warned", "encouraged", "instructed",
                       "reminded", "summoned", "directed",
                       # (and their participles: "urging residents to stay off the roads on Friday"; not those
                       # of forcing, whose object did what it was made to: "forced the firm to drop a plan on Monday")
                       "urging", "asking", "ordering", "inviting", "telling", "advising", "warning", "encouraging",
                       "instructing"})
# ... of them, those whose object comes before the infinitive: "invited the leaders of Gulf states to meet"
_OBJECT_FIRST = frozenset({"invited", "asked", "urged", "ordered", "told", "called", "urging", "asking", "ordering",
                           "inviting", "telling", "advised", "warned", "encouraged", "instructed", "reminded",
                           "summoned", "directed", "advising", "warning", "encouraging", "instructing"})
# striving, in the present: what one scrambles, races or struggles to do is still ahead ("the
# government scrambles to agree a deal before a deadline on Monday", "crews are racing to finish")
STRIVING = frozenset({"scrambles", "scramble", "scrambling", "races", "race", "racing", "rushes", "rushing",
                      "struggles", "struggling", "hurries", "hurrying", "battles", "battling", "strives", "striving",
                      "tries", "trying", "seeks", "seeking", "works", "working"})
# base forms of intention read only for their infinitive: "did not plan to remove him on Thursday"
INTENT_BASE = frozenset({"plan", "intend", "aim", "hope", "expect", "want", "prepare", "vow", "promise"})
# moved to a later day: "postponed until Tuesday", "adjourned to Monday" (the day named lies ahead)
PUT_OFF = frozenset({"postponed", "delayed", "adjourned", "deferred", "rescheduled", "recessed", "suspended",
                     "extended", "put", "pushed", "postpone", "postpones", "delay", "delays", "defer", "defers",
                     "adjourn", "adjourns", "reschedule", "reschedules",
                     # ("an extension, pushing the deadline to October 15": the participle of putting off)
                     "pushing", "postponing", "delaying", "deferring", "rescheduling", "extending"})
# moved to another day, in either direction (read only as "from" one day "to" another)
MOVED = frozenset({"moved", "shifted", "switched", "brought", "changed", "move", "moves", "shift", "shifts",
                   "moving", "shifting"})
# the present tense of a scheduled happening, as news writes it ("the trial begins Monday", "he
# leaves for Paris on Friday"): the day named lies ahead
SCHEDULED_PRESENT = frozenset({"begins", "starts", "opens", "resumes", "reopens", "closes", "ends", "expires",
                               "concludes", "convenes", "meets",
                               "arrives", "departs", "leaves", "returns", "travels", "visits", "kicks",
                               "hosts", "launches", "takes", "goes", "faces", "testifies", "appears",
                               "continues", "plays", "releases", "announces", "unveils", "runs", "heads",
                               "gathers", "speaks", "wraps", "finishes", "follows", "hears", "votes",
                               "debates", "sits", "celebrates", "welcomes", "publishes", "decides",
                               "considers", "weighs", "adjourns", "recesses", "signs", "delivers", "sentences",
                               "tours", "addresses", "attends", "flies", "presents", "hands", "rules"})
# ... and its plural ("the ministers meet Monday", "talks resume on Tuesday"), read so only after a
# plural subject: the same word after "to", a modal or "did" is an infinitive
SCHEDULED_PLURAL = frozenset({"meet", "begin", "start", "open", "close", "end", "expire", "resume", "reopen",
                              "convene", "arrive", "depart", "go", "vote",
                              "leave", "return", "travel", "visit", "host", "face", "testify", "appear",
                              "continue", "play", "release", "announce", "unveil", "run", "head", "gather",
                              "speak", "clash", "compete", "kick", "race", "wrap", "finish", "follow", "hear",
                              "debate", "sit", "celebrate", "welcome", "publish", "decide",
                              "consider", "weigh",
                              # ("schools break up on Friday", "MPs adjourn for the summer on Thursday")
                              "break", "adjourn", "recess"})
# ("voters head to the polls", "he heads home": a head of state, "heads of government" are nouns)
_HEAD_WHERE = frozenset({"to", "for", "into", "back", "home", "out", "north", "south", "east", "west"})
# ... and its progressive, an arrangement ("the phones are going on sale on Friday", "he is flying to
# Paris on Monday"): the day named lies ahead
SCHEDULED_PROGRESSIVE = frozenset({"meeting", "beginning", "starting", "opening", "reopening", "closing", "ending",
                                   "resuming", "convening", "arriving", "departing", "going", "leaving", "returning",
                                   "travelling", "traveling", "visiting", "hosting", "launching", "releasing",
                                   "unveiling", "announcing", "flying", "heading", "coming", "holding", "playing",
                                   "testifying", "appearing", "voting", "preparing", "organizing", "organising",
                                   "staging", "wrapping", "finishing", "concluding"})
_NOT_PLURAL_SUBJECT = frozenset({"is", "was", "has", "does", "this", "its", "his", "us", "as", "thus", "plus",
                                 "unless", "whereas", "yes", "perhaps", "always", "sometimes", "towards"})
# a group told as its members, with a plural verb ("the pair meet on Sunday", "the squad fly out on
# Friday"), which no compound noun takes ("team play" is a noun: not here)
_GROUP_SUBJECTS = frozenset({"pair", "couple", "duo", "trio", "squad", "crew", "family", "band"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "this", "that", "these"})
_MONTH_NAMES = frozenset(MONTHS) - {"may", "mar"}
_ARTICLES = _DETERMINERS - {"this", "that", "these"}  # (not "that": "the bill that passed on Monday")
_DAY_AND_MONTH_WORDS = frozenset(FULL_WEEKDAYS) | frozenset(FULL_MONTHS) - {"may"} | {"week", "month", "year", "day"}
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
_FEAST_WORDS = frozenset({"thanksgiving", "christmas", "easter", "holiday", "holidays", "weekend", "summer", "winter"})
# what a plural subject's phrase opens with ("members of the board meet Monday")
_SUBJECT_PREPOSITIONS = frozenset({"of", "for", "in", "at", "from", "with", "on"})
# "gets started", "gets under way": the present of a schedule, as "begins" is
_GET_UNDERWAY = frozenset({"gets", "get"})
_UNDERWAY = frozenset({"started", "underway", "under", "going", "rolling"})
_NOT_UNDERWAY = frozenset({"to", "did", "not", "never", "didn't", "didn’t"})
# a day whose event a participle after it tells done: "Monday's scrapped launch"
_DAY_POSSESSORS = frozenset(FULL_WEEKDAYS) | {"yesterday"}
# verbs of planning whose object lies ahead of the planning, and the words that open that object
# ("organized a rally Friday" most often tells the rally held: not one of them)
PLANNED_OBJECT = frozenset({"planned", "plan", "plans", "planning", "scheduled", "schedule"})
# what is booked is taken ahead of the booking: "rebooked them onto a Wednesday flight"
BOOKED = frozenset({"booked", "rebooked", "reserved"})
_BOOKED_ON = frozenset({"on", "onto", "for", "in"})
# a date fixed for what is to come ("set a trial date of Sept. 14", "set the vote for Friday", "fixed
# a deadline of June 30"): the day named lies ahead of the setting (not "set a record for")
SET_FOR = frozenset({"set", "sets", "setting", "fixed", "fixes", "fixing"})
_SET_OBJECTS = frozenset({"date", "deadline", "vote", "hearing", "trial", "election", "elections", "referendum",
                          "meeting", "talks", "sentencing", "launch", "start", "opening", "ballot", "poll", "debate",
                          "summit", "session", "count", "auction", "runoff", "retrial", "time", "day"})
_OBJECT_PRONOUNS = frozenset({"them", "him", "her", "us", "me", "you", "it", "himself", "herself", "themselves"})
# "was originally scheduled to return Saturday": a plan told as first made, since overtaken
_ONCE = frozenset({"originally", "initially", "previously", "first"})
_OBJECT_DETERMINERS = frozenset({"a", "an", "the", "their", "its", "his", "her", "another", "two", "three"})
SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they", "who", "had", "has", "have"})
SKIP = frozenset({"not", "n't", "also", "already", "still", "just", "then", "now", "never", "reportedly",
                  "officially", "finally", "only", "even", "first", "later", "soon", "instead"})

IRREGULAR_PAST = frozenset("""
said told met flew took made began spoke paid went came saw gave held led left lost won sent kept
brought bought thought found became broke chose drew drove fell felt fought grew knew laid meant ran
rose sold shot stood struck swore threw wrote wore sought sank withdrew overtook undertook
forbade forgave froze hung heard hid lent lit oversaw rang rode sang sat slept slid spent spun stole
stuck stung swam swept swung taught tore understood woke wound arose awoke bore beat bit bled blew
bred built burnt caught clung crept dealt dug dove dreamt fed fled flung forgot got ground
leapt meant mistook outgrew overcame overheard overran overthrew paid proved rebuilt reread
resold retold rewrote shook shone shrank sprang strove stridden strode struck
ate drank bent knelt wept dwelt spat sped slew slung stank strung wove wrung trod forsook beheld bade befell
foresaw foretold misled mislaid outran outdid underwent upheld withheld withstood redid remade overslept
born sworn begun broken chosen driven fallen frozen risen spoken stolen taken thrown written drawn flown
grown shown torn beaten undertaken overtaken withdrawn
""".split())
# past forms written like their present ("inflation hit a high in May", "the bank cut rates in March"):
# past after a singular subject, whose present would end in -s; not after "to", a modal or "do"
SAME_FORM_PAST = frozenset("""hit cut put shut cost spread quit burst cast split hurt bid upset broadcast
forecast""".split())
_PRESENT_SUBJECTS = frozenset({"i", "you", "we", "they", "to", "did", "do", "does", "not", "n't"})
# what counts a noun written like such a verb ("one more cut before December", "another hit in May",
# "a quarter-point cut"): no past told
_COUNTING_A_NOUN = frozenset({"more", "another", "further", "one", "two", "three", "four", "five", "no", "any",
                              "each", "every", "first", "second", "third", "fourth", "next", "final"})
# a size told before such a noun ("a quarter-point cut", "a 10 percent cut": the hyphen splits the words)
_SIZE_NOUNS = frozenset({"point", "percent", "percentage"})
# what follows such a word that is a noun after a noun ("a tax cut of 2 percent", "the price hit was",
# "a rate cut next month"), where the verb would take an object ("the bank cut rates")
_AFTER_A_NOUN = frozenset({"of", "for", "is", "was", "will", "would", "could", "that", "which", "next", "this"})


def _compound_noun(words, j: int, i: int) -> bool:
    return j == i - 1 and j > 0 and words[j - 1].lower() in _ARTICLES and _next_word(words, i) in _AFTER_A_NOUN


# lowercase words in -ed that are not verbs
NOT_PAST = frozenset({"need", "needed", "speed", "seed", "feed", "bed", "red", "shed", "embed", "exceed", "proceed",
                      "succeed", "indeed", "hundred", "sacred", "naked", "wicked", "kindred", "weed",
                      "breed", "creed", "greed", "steed", "tweed", "deed", "heed", "reed", "bled",
                      "based", "related", "armed", "so-called", "advanced", "detailed", "limited",
                      "united", "concerned", "interested", "experienced", "skilled", "talented",
                      "supposed", "alleged", "beloved", "crooked", "rugged", "ragged", "learned",
                      "aged", "belated", "unprecedented", "sophisticated", "complicated", "dedicated",
                      "renewed", "increased", "continued", "proposed", "planned", "expected", "scheduled",
                      "preferred"})


_CAN_OF_WHAT_WAS = frozenset({"not", "n't", "never", "only", "be", "have", "remember", "recall", "confirm", "say",
                              "tell", "see", "report", "reveal", "disclose", "show", "prove", "attest"})
# a forecast's odds of what may come: "a chance of rain Wednesday", "the risk of storms Friday"
_CHANCE_WORDS = frozenset({"chance", "chances", "risk", "threat"})
# "that's", "it's": a present, as "that is" would be
_PRONOUN_IS = frozenset(f"{p}{s}" for p in ("that", "it", "there", "he", "she", "what", "who") for s in ("'s", "’s"))
_CUE_WORDS = (FUTURE_AUX | PAST_AUX | PRESENT_AUX | PERFECT_AUX | MODALS_AHEAD | FUTURE_WORDS | IRREGULAR_PAST
              | SAME_FORM_PAST | ARRANGED
              | INTENT_BASE | PUT_OFF | MOVED | SCHEDULED_PRESENT | SCHEDULED_PLURAL | PLANNED_OBJECT | BOOKED | SET_FOR
              | AHEAD_TO | ON_COURSE | frozenset(_NEGATED) | {"next", "calls", "forward", "forecast"} | {"set", "due", "about", "going", "says", "say", "’ll", "possible"} | _PRONOUN_IS | _GET_UNDERWAY
              | _CHANCE_WORDS | {w for w in INTENT_TO if w.endswith("ing")} | SCHEDULED_PROGRESSIVE | STRIVING
              | {"reports", "report", "can"})


# past forms in -eed (the rest of -eed words are not verbs in the past: "need", "speed", "indeed")
PAST_EED = frozenset({"agreed", "disagreed", "freed", "guaranteed", "decreed", "refereed"})


def past_verb(w: str) -> bool:
    """A verb's past form (regular or irregular, or one written like its present: "cut", "hit")."""
    return _past_verb(w) or w in SAME_FORM_PAST


def past_verb_before_preposition(w: str) -> bool:
    """A past verb, where a preposition follows it ("continued through", "increased in": no adjective)."""
    return past_verb(w) or w in _VERB_OR_ADJECTIVE


def _past_verb(w: str) -> bool:
    if w in IRREGULAR_PAST or w in PAST_EED:
        return True
    return len(w) >= 4 and w.endswith("ed") and not w.endswith("eed") and w not in NOT_PAST \
        and not (w.startswith("un") and not w.startswith("under") and w not in UN_VERBS)


# a word in un-...-ed is an adjective ("unseeded", "unexpected", "unnamed", "unarmed"), but for the
# verbs of undoing
UN_VERBS = frozenset({"unveiled", "unleashed", "uncovered", "unlocked", "unsealed", "unloaded", "unpacked", "unplugged",
                      "unfolded", "unraveled", "unravelled", "unfurled", "unnerved", "unsettled", "unearthed",
                      "unmasked", "unseated", "unblocked", "unified", "united", "unwrapped", "unzipped",
                      "unfollowed", "unfriended", "unretired", "unsubscribed", "untied", "unpaused"})


# an auxiliary written onto its subject ("they'll", "we've", "he'd"): a word of its own for the reader
_CONTRACTED_AUX = ("'ll", "’ll", "'ve", "’ve", "'d", "’d", "'re", "’re")


def _contracted(words, i: int) -> str | None:
    """The auxiliary a contraction stands for: "'ll" will, "'ve" have, "'re" are, and "'d" had before a
    participle ("they'd left"), else would ("they'd try again on Saturday")."""
    w = words[i]
    if not w.endswith(_CONTRACTED_AUX):
        return None
    if w.endswith("ll"):
        return "will"
    if w.endswith("ve"):
        return "have"
    if w.endswith("re"):
        return "are"
    nxt = _next_word(words, i)
    return "had" if nxt == "been" or _past_verb(nxt) else "would"


def tense_at(sentence: str, start: int, end: int) -> str | None:
    """Tense governing the expression at [start, end) of the sentence (offsets in the sentence)."""
    return nearest_tense(sentence, tense_cues(sentence), start, end)


# what an infinitive of intention or a day put off to ("planned to leave", "postponed until") tells:
# the date read after it lies ahead; one told before it belongs to its own verb ("forced it to
# withdraw a plan on Wednesday to swap ...")
_AHEAD_OF_IT = "ahead of it"
# what an infinitive of purpose tells ("a bid to win the seat in the November election"): a date read
# after it is not held to a past verb before it, only to a future one
_PURPOSE_OF_IT = "purpose of it"
# what a progressive of arrangement tells ("is flying to Paris on Friday"): the day lies ahead, but
# not a past event named after it ("are meeting after Friday's attack")
_ARRANGED_PROGRESSIVE = "arranged progressive"
# what the day an event was moved from tells: near now, on either side (a weekday: the coming one)
_MOVED_FROM_IT = "moved from it"
_MOVED_TO = patterns.compile(r"\b(?:to|until|till)\b")
_EVENT_BEFORE_IT = patterns.compile(r"\b(?:after|since|following|from)\s+$", re.I)
# "are returning from their Thanksgiving recess": what one comes back from is behind
_RETURNED_FROM = patterns.compile(r"\bfrom\s+(?:(?:the|their|his|her|its|our|a)\s+)?$")
_COORDINATED = patterns.compile(r",?\s+(?:and|but)(?:\s+then)?\s+")


# a participle's or a relative clause set off by commas right after a noun ("United, who finished
# fifth last season, play Town on Sunday"), and the lower-case word after it
_APPOSITIVE = patterns.compile(r"\b[A-Za-z]+, (?!(?:when|then|even|often|seven|eleven)\b)(?:[a-z]+ed|[a-z]+en|set|held|led|made|built|born|cut|hit|put|shut|"
                               r"paid|sold|won|lost|left|kept|brought|bought|caught|taught|told|who|which)\b[^,;:()]{0,80}, (?=[a-z])")


def _verbs_after_appositives(sentence: str) -> dict[int, int]:
    """Word index of the verb after each such clause -> word index of the noun before it."""
    found = {}
    for m in _APPOSITIVE.finditer(sentence):
        subject = len(_WORD.findall(sentence, 0, m.start())) if m.start() else 0
        found[len(_WORD.findall(sentence, 0, m.end()))] = subject
    return found


_INVERTED_CONDITION = frozenset({"Had", "Should", "Were"})
_INVERTED_QUESTION = frozenset({"Will", "Would", "Could", "Can", "Did", "Does", "Do", "Was", "Is", "Are", "Has",
                                "Have", "Shall", "Must", "Might"})
# (a question's present, "Is the vote on Friday?", asks of a schedule: what is still ahead)
_INVERTED_TENSE = {**dict.fromkeys(("Will", "Would", "Could", "Can", "Should", "Shall", "Must", "Might", "Is", "Are",
                                    "Does", "Do", "Were"), FUTURE),
                   **dict.fromkeys(("Had", "Did", "Was", "Has", "Have"), PAST)}


def tense_cues(sentence: str) -> list[tuple[int, str]]:
    """(offset, tense) of every verb group cue in the sentence; computed once per sentence."""
    words = _WORD.findall(sentence)
    # lower-case words only: a capital starts a name or a sentence, not a verb group
    apostrophe = "'" in sentence or "’" in sentence
    candidates = [i for i, raw in enumerate(words) if raw in _CUE_WORDS or raw.endswith("ed") and raw[0].islower()
                  or apostrophe and raw.endswith(_CONTRACTED_AUX)]
    # an auxiliary opening its sentence, before its subject: "Had the vote gone ahead on Tuesday, ...",
    # "Should talks collapse on Thursday, ...", and a question's ("Will the vote happen on Friday?")
    inverted = bool(words) and (words[0] in _INVERTED_CONDITION or words[0] in _INVERTED_QUESTION
                                and sentence.rstrip(" \"'”’)").endswith("?"))
    if inverted and (not candidates or candidates[0] != 0):
        candidates.insert(0, 0)
    cues = []
    pos, done = 0, 0
    hyphens = "-" in sentence
    appositives = _verbs_after_appositives(sentence) if sentence.count(", ") >= 2 else {}
    if appositives:
        candidates = sorted(set(candidates) | {i for i in appositives if i < len(words) and words[i].endswith("s")})
    passive = None  # the tense of the last passive told ("will be closed"), which a participle after "and" shares
    for i in candidates:
        if hyphens and words[i] in _GLUED_CUES and "-" + words[i] in sentence:
            continue  # "a smaller-than-expected loss", "the long-planned talks": an adjective, no verb of its own
        if hyphens and i and (words[i].endswith("ed") or words[i] in SAME_FORM_PAST or words[i] in IRREGULAR_PAST) \
                and words[i - 1].lower() not in _VERB_PREFIXES and f"{words[i - 1]}-{words[i]}" in sentence:
            # "on a split-adjusted basis", "a Kremlin-backed group", "the worst-hit villages", "a
            # war-torn city": an adjective (not "re-elected")
            continue
        if i and words[i - 1] in ("than", "as") and words[i] in _GLUED_CUES:
            continue  # "rose less than expected in March", "opened as planned on Monday": a comparison, no verb
        if i in appositives:
            # "Payments, paused since March 2020, resume in October": the verb after a participle's
            # clause set off by commas takes the subject before it ("The measure, passed on Friday,
            # funds the agencies through Sept. 30": a present of its own)
            j = appositives[i]
            t = _classify(words[:j + 1] + words[i:], j + 1, words[i])
            if t is None and words[i].endswith("s") and not words[i].endswith("ss") and words[i] not in _NOT_PLURAL_SUBJECT:
                t = "present"
        else:
            t = _INVERTED_TENSE.get(words[0]) if i == 0 and inverted else \
                _classify(words, i, _NEGATED.get(words[i]) or _contracted(words, i) or words[i].replace("’", "'"))
        if (t == FUTURE or t == PAST and passive == FUTURE) and (_past_verb(words[i]) or words[i] in IRREGULAR_PAST):
            aux = _aux_before(words, i)[1]
            if aux in BE:
                passive = t
            elif aux in ("and", "or") and t == PAST:
                t = FUTURE  # "will be closed on Friday and reopened on Monday"
        if t == PAST and _object_of_to_have(words, i):
            t = None  # "expect to have the fire contained by Thursday": the infinitive's, not a past
        k = _infinitive_after(words, i) if (words[i] in INTENT_TO or words[i] in INTENT_BASE
                                            or words[i] == "plans" and _plans_made(words, i)
                                            or words[i] in STRIVING and _aux_before(words, i)[1] not in PAST_AUX) \
            and _aux_before(words, i)[1] != "had" and not _had_been(words, i) and not _planned_once(words, i) else None
        if k is None and words[i] in PLANNED_OBJECT:
            k = _object_after(words, i)  # "planned a rally on Saturday": what was planned lies ahead
        if k is None and words[i] in BOOKED:
            k = _booked_after(words, i)
        if k is None and words[i] in SET_FOR:
            k = _set_for(words, i)
        if (t == FUTURE and words[i] in ("scheduled", "slated", "set") or words[i] in _PLANNED_OR_FORECAST) \
                and _reduced_relative(words, i):
            # "flights scheduled for Tuesday were canceled", "winds forecast for Friday could topple
            # trees": the participle tells what follows it, not a day told before it ("As of Monday
            # night, ...")
            t, forward = None, True
        elif words[i] in _FORECAST_VERBS and _forecast_object(words, i):
            # "after it forecast fourth-quarter revenue below estimates": what a forecast names lies
            # ahead of it, whatever the verb's own tense (which still tells a day before it: "On
            # Tuesday, it forecast ..."; the two cues sort with this one first)
            forward = True
        else:
            forward = False
        u = _until_after(words, i) if words[i] in PUT_OFF else _moved_from(words, i) if words[i] in MOVED else None
        if t is None and k is None and u is None and not forward:
            continue
        # the word's offset: every word before it, found in turn (no letters lie between words)
        for w in words[done:i + 1]:
            pos = sentence.find(w, pos) + len(w)
        done = i + 1
        if t is not None:
            cues.append((pos - len(words[i]), t))
        if forward:
            cues.append((pos - len(words[i]), _AHEAD_OF_IT))
        if u is not None:
            at = sentence.find(words[u], pos)
            if at >= 0 and words[u] == "from" and (to := _MOVED_TO.search(sentence, at + 4)):
                # "extended from July 9 to Aug. 1": the day it was moved to lies ahead; the day it was
                # moved from is near, on either side ("pushed from Friday to Thursday": still ahead)
                cues.append((at, _MOVED_FROM_IT))
                cues.append((to.start(), _AHEAD_OF_IT))
            elif at >= 0:
                # (a date something was moved to in a move told as past, "the earlier deadline was
                # extended to August 31", lies after the move, not after the article: the nearer one;
                # "pushed back to the spring" still lies ahead)
                j, aux = _aux_before(words, i)
                # (a move that still holds, "has been pushed back to Oct. 22", is to a day ahead)
                moved_before = words[i] in PUT_OFF and (aux in ("was", "were") or aux == "been" and j > 0
                                                        and words[j - 1].lower() not in ("has", "have")) \
                    and u + 1 < len(words) and words[u + 1].lower() in _MONTH_NAMES  # (a day of a month)
                cues.append((at, "present" if moved_before else _AHEAD_OF_IT))
        if k is not None:
            # what was planned, promised, asked for lies ahead of the planning: a date read with the
            # infinitive ("planned to leave on Thursday") looks ahead, one read with the verb does not
            at = _find_word(sentence, words[k], pos)
            if at >= 0:
                cues.append((at, _AHEAD_OF_IT))
    for m in _PURPOSE.finditer(sentence) if " to " in sentence else ():
        # "won the primary to run in the November election": an infinitive of purpose after a noun
        # tells what was meant, not when the main verb's past was
        if m.group(2) not in _NOT_AN_INFINITIVE and not m.group(2).endswith(("s", "ed", "ing")) \
                and m.group(1) not in _CUE_WORDS and not m.group(1).endswith(("ed", "ing", "ly", "s")):
            cues.append((m.start(2), _PURPOSE_OF_IT))
    if " to " in sentence and (m := _HEADLINE_INFINITIVE.match(sentence, _kicker_end(sentence))) \
            and m.group("head").lower() not in _TO_NOT_INFINITIVE and m.group("verb") not in _NOT_AN_INFINITIVE \
            and not any(c[0] < m.start("to") for c in cues):
        # "Apple to unveil phone Tuesday", "Area to be put into a heat advisory Thursday": a headline's
        # infinitive with no verb before it tells what is to come
        cues.append((m.start("to"), FUTURE))
    if not cues and "ing " in sentence and (m := _HEADLINE_PARTICIPLE.match(sentence)) \
            and m.group("verb") in SCHEDULED_PROGRESSIVE:
        # "Early voting in runoff ending Saturday": a headline's participle of a schedule, with no
        # verb in it, tells what is to come
        cues.append((m.start("verb"), FUTURE))
    cues.sort()
    return cues


def _object_of_to_have(words: list[str], i: int) -> bool:
    """The participle completes "to have" and its object a few words before: "hope to have the road
    fully reopened"."""
    for j in range(i - 2, max(0, i - 6), -1):
        if words[j] == "have":
            return words[j - 1] == "to" and words[j + 1] not in ("been", "had")
        if words[j] in _CUE_WORDS:
            return False
    return False


_HEADLINE_PARTICIPLE = patterns.compile(r"\s*(?:[\w'’.&-]+\s+){1,8}?(?P<verb>[a-z]{3,}ing)\b")


_HEADLINE_INFINITIVE = patterns.compile(r"\s*(?:[\w'’.&-]+\s+){0,5}(?P<head>[\w'’.&-]+)\s+(?P<to>to)\s+(?:be\s+)?"
                                        r"(?P<verb>[a-z]{2,})\b(?<!ing)(?<!ed)")
# a headline's kicker: "Cyprus bailout: Banks to stay shut until Tuesday" (read only where a colon
# comes early, so the headline pattern stays a plain match everywhere else)
_KICKER = patterns.compile(r"\s*[\w'’.&-]+(?:\s+[\w'’.&-]+){0,3}:\s+")


def _kicker_end(sentence: str) -> int:
    if ":" not in sentence[:48]:
        return 0
    m = _KICKER.match(sentence)
    return m.end() if m else 0


_TO_NOT_INFINITIVE = frozenset({"according", "due", "thanks", "next", "up", "back", "close", "prior", "ahead", "owing",
                                "similar", "compared", "relative", "addition", "regard", "respect", "contrary", "order",
                                "as", "so", "from", "went", "go", "come", "came", "returned", "moved", "travel"})


_PURPOSE = patterns.compile(r"\b([a-z]{3,}) to ([a-z]{2,})\b")
_GLUED_CUES = FUTURE_WORDS | ARRANGED | AHEAD_TO
_NOT_AFTER_NEXT = frozenset({"to", "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years",
                             "quarter", "quarters", "morning", "afternoon", "evening", "night", "decade", "century",
                             "few", "several", "two", "three", "four", "five", "six", "seven", "ten", "of", "and", "or",
                             "season", "time", "round"}) | frozenset(FULL_WEEKDAYS) | frozenset(FULL_MONTHS)
# what follows "due to" when it gives a cause
_CAUSE_WORDS = frozenset({"bad", "poor", "heavy", "high", "low", "strong", "severe", "technical", "weather", "rain",
                          "snow", "fog", "wind", "winds", "lack", "concerns", "safety", "security", "health", "illness",
                          "injury", "problems", "issues", "delays", "a", "an", "some", "unforeseen"})
_NOT_AN_INFINITIVE = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that", "these",
                                "those", "school", "court", "prison", "jail", "power", "office", "death", "date",
                                "trial", "bed", "market", "town", "zero", "life", "war", "press", "order", "them",
                                "him", "me", "us", "you", "it"}) | frozenset(MONTHS)


def _find_word(sentence: str, word: str, pos: int) -> int:
    """Where the word next stands whole in the sentence from pos ("a" not inside "onto"), or -1."""
    at = sentence.find(word, pos)
    while at >= 0 and (at > 0 and sentence[at - 1].isalnum() or sentence[at + len(word):at + len(word) + 1].isalnum()):
        at = sentence.find(word, at + 1)
    return at


# the vote a day is told for, right before it
_IN_A_VOTE_BEFORE = patterns.compile(r"\b(?:in|at)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:referendum|plebiscite|"
                                     r"vote|ballot|poll|election|primary|runoff)\s+(?:held\s+)?(?:on\s+)?$")


# from a date to the next verb: a comma, a few words, then a subordinate clause's conjunction
# ("would run a reduced timetable from Sunday after drivers voted to refuse overtime": with no comma,
# the conjunction right after the date)
_SUBORDINATE_GAP = patterns.compile(r"[^\w,;]*(?:,\s+(?:[\w'’-]+\s+){0,4}?(?:since|when|after|because|although|though|while|whereas)"
                                    r"|\s+(?:after|because|although|though|whereas))\s")


def nearest_tense(sentence: str, cues: list[tuple[int, str]], start: int, end: int) -> str | None:
    """The cue nearest the expression, counting words and (heavier) clause breaks between them; on a
    tie, the one before it. Gaps nest, so only the nearest cue on each side can win (and, before the
    expression, farther cues at the same distance, of which the first counts)."""
    def distance(pos: int) -> int:
        gap = sentence[pos:start] if pos < start else sentence[end:pos]
        return gap.count(" ") + CLAUSE_PENALTY * len(_CLAUSE_BREAK.findall(gap))

    if SINCE_BEFORE.search(sentence, max(0, start - 8), start) \
            or _HAPPENED_BEFORE.search(sentence, max(0, start - 30), start):
        return PAST  # "for the first time since early May": what a stretch runs from is past
    if _HAPPENED_AFTER.match(sentence, end) and not _COME_OR_AHEAD_OF.search(sentence, max(0, start - 80), start):
        return PAST  # "vowed to punish those behind Tuesday's shooting": what news tells once it has happened
    if sentence.startswith(("'s", "’s"), end) and _RESPONSE_BEFORE.search(sentence, max(0, start - 30), start):
        return PAST  # "lawyers will appeal Wednesday's ruling": what one answers is done
    if sentence.startswith(("'s", "’s"), end) and _CALLED_OFF_BEFORE.search(sentence, max(0, start - 24), start) \
            and _WEEKDAY_NAME.fullmatch(sentence, start, end):
        return FUTURE  # "the union called off Friday's strike": what is called off had not yet happened
    if _PERIOD_ENDING.search(sentence, max(0, start - 40), start):
        return None  # "the year ending in June": a period's end, told in no tense of its own (the nearest)
    if _FROM_NOW_TO.search(sentence, max(0, start - 30), start) or _PAYABLE.search(sentence, max(0, start - 52), start) \
            or _COME_OR_AHEAD_OF.search(sentence, max(0, start - 80), start) \
            or _WARNING_STRETCH.search(sentence, max(0, start - 90), start):
        # whatever verb tells the stretch ("shares tendered from today through Nov. 17"), the
        # payment ("a dividend declared Friday, payable Dec. 15"), "come Thursday", "ahead of" a day,
        # a warning's stretch: still ahead
        return FUTURE
    quoted = quote_around(sentence, start, end)
    if quoted is not None:
        # reported speech: the quotation's own verbs govern its dates, not the frame's "said"
        inside = [c for c in cues if quoted[0] <= c[0] < quoted[1]]
        if inside:
            cues = inside
    before = []
    for c in cues:
        if c[0] >= start:
            break
        if c[1] == _PURPOSE_OF_IT:
            c = (c[0], FUTURE if before and before[-1][1] in (FUTURE, _ARRANGED_PROGRESSIVE) else "present")
        elif c[1] == _MOVED_FROM_IT:
            c = (c[0], FUTURE if _WEEKDAY_NAME.fullmatch(sentence, start, end) else None)
        elif c[1] == _AHEAD_OF_IT and _IN_A_VOTE_BEFORE.search(sentence, c[0], start):
            continue  # "voted to leave the union in a referendum on Thursday": the vote's day, not the leaving's
        before.append(c if c[1] != _AHEAD_OF_IT else (c[0], FUTURE))
    after_at = next((k for k, c in enumerate(cues) if c[0] >= end and c[1] not in (_AHEAD_OF_IT, _PURPOSE_OF_IT,
                                                                                  _MOVED_FROM_IT)), None)
    after = None if after_at is None else cues[after_at]
    after_starts = after[0] if after is not None else None  # (where the verb group after it begins)
    if after is not None and after[1] == "present" and after_at + 1 < len(cues) and cues[after_at + 1][1] == FUTURE \
            and sentence.count(" ", after[0], cues[after_at + 1][0]) <= 1:
        after = cues[after_at + 1]  # "On Wednesday, the two are scheduled to meet": the auxiliary of what is ahead
    best: tuple[int, int, str] | None = None  # (distance, side, tense)
    if before:
        i = len(before) - 1
        dist = distance(before[i][0])
        while i > 0 and distance(before[i - 1][0]) == dist:
            i -= 1
        if before[i][1] == PAST and _PREPOSITION_END.search(sentence, before[i][0], start):
            # "protesters arrested on Saturday will ...": the preposition ties the date to the
            # participle before it, the event told, rather than to the next clause's verb
            dist -= 1
        tense = before[i][1]
        if tense == "present" and i > 0 and before[i - 1][1] == FUTURE and _word_at(sentence, before[i - 1][0]) == "next" \
                and _word_at(sentence, before[i][0]) in ("is", "are") and sentence.count(" ", before[i - 1][0], before[i][0]) <= 3:
            tense = FUTURE  # "Its next meeting is in June": what comes next is to come, whatever its copula
        if tense == PAST and _STARTING_BEFORE.search(sentence, max(0, start - 44), start) \
                and _word_at(sentence, before[i][0]) in DECIDED:
            # "ordered the evacuation of the coast beginning Tuesday", "announced new rules
            # starting Friday": what a decision starts comes after it
            tense = FUTURE
        best = (dist, 0, tense)
    if after is not None and before and _REPORTING.match(sentence, after[0]) \
            and _CLAUSE_BREAK.search(sentence, end, after[0]):
        # "... in the summer, the Mercury reported": the report's verb, not the summer's (but "In
        # February, he said ...": with no verb before it, the date is the report's own)
        after = None
    if after is not None and best is not None and best[2] != after[1] \
            and _REPORTING.fullmatch(sentence, before[i][0], _WORD.match(sentence, before[i][0]).end()) \
            and _SPEECH_GAP.fullmatch(sentence, _WORD.match(sentence, before[i][0]).end(), start) \
            and _MODIFIED_SUBJECT.fullmatch(sentence, end, after_starts) \
            and (sentence.startswith(("'s", "’s"), end) or not _DAY_WORD.fullmatch(sentence, start, end)):
        # "said third-quarter profit would fall", "said Tuesday's march would go ahead": the date
        # qualifies the subject of the reported clause, whose verb tells it (not "said Tuesday it
        # would", "said today conditions were": the day of the saying)
        best = None
    if after is not None and best is not None and best[2] == PAST \
            and _RELATIVE_PAST.search(sentence, max(0, before[i][0] - 12), before[i][0]) \
            and not _CLAUSE_BREAK.search(sentence, before[i][0], start):
        # "the jurors who found him guilty Wednesday will be back Thursday": the date ends the
        # relative clause, so its verb tells it, not the main clause's next
        after = None
    if after is not None and best is not None and best[2] == FUTURE \
            and _INFINITIVE_OF_IT.fullmatch(sentence, before[i][0], start):
        # "a pause set to expire Wednesday was meant to ...": the date is the infinitive's, not the
        # next verb's
        after = None
    if after is not None and before and _SUBORDINATE_GAP.match(sentence, end, after_starts):
        # "will launch the route on March 30, the first since it was dropped in 2020": the verb of a
        # clause hung on what follows the date tells that clause, not the date
        after = None
    if after is not None:
        dist = distance(after[0])
        if _COORDINATED.fullmatch(sentence, end, after_starts):
            # "signed on Sunday and plans to fly Tuesday", "updated its systems in September and is
            # expected to ...": the next predicate's verb
            dist += CLAUSE_PENALTY
        if best is None or dist < best[0]:
            best = (dist, 1, after[1])
    if best is not None and best[2] == _ARRANGED_PROGRESSIVE:
        event = _EVENT_BEFORE_IT.search(sentence, max(0, start - 12), start) and sentence.startswith(("'s", "’s"), end) \
            or _RETURNED_FROM.search(sentence, max(0, start - 24), start)
        best = (best[0], best[1], "present" if event else FUTURE)
    if best is not None and best[2] == "present" and _WEEKDAY_NAME.fullmatch(sentence, start, end) \
            and (best[1] == 1 and best[0] <= 1 or best[1] == 0 and best[0] <= 3
                 and _COPULA_BEFORE.search(sentence, max(0, start - 24), start)
                 or best[1] == 0 and _COPULA_CLOCK_BEFORE.search(sentence, max(0, start - 48), start)
                 or best[1] == 0 and _IN_EFFECT_BEFORE.search(sentence, max(0, start - 70), start)):
        # "Monday is a national holiday", "the best chance is Tuesday", "the vote is on Friday",
        # "an advisory is in effect for the south Thursday",
        # "markets are closed Monday": a weekday told in the present is the coming one
        return FUTURE
    if best is not None and best[2] == "present" and best[1] == 0 and _WEEKDAY_NAME.fullmatch(sentence, start, end) \
            and (_FOR_EVENT_BEFORE.search(sentence, max(0, start - 80), start)
                 or _READYING_FOR.search(sentence, max(0, start - 80), start)
                 and not _HAPPENED_AFTER.match(sentence, end)):
        # "are in Beijing for talks on Thursday", "is adding staff for Friday": what one is there
        # for, or getting ready for, is still to come (not "is being held for Friday's shooting")
        return FUTURE
    if (best is None or best[2] == "present") and _READY_FOR.search(sentence, max(0, start - 40), start):
        return FUTURE  # "stands ready for a 12:02 a.m. Tuesday liftoff": what all is ready for is to come
    if best is None or best[2] == "present":
        # "they have until Friday", "is due by Tuesday": a deadline not told as past lies ahead;
        # "if they do not come on Monday": a condition told in the present is of what may come
        if _DEADLINE_BEFORE.search(sentence, max(0, start - 24), start) \
                or _DEADLINE_IS.search(sentence, max(0, start - 60), start):
            return FUTURE  # (and "the deadline is the end of business on Friday")
        if best is not None and best[1] == 0 and _CONDITION.search(sentence, max(0, start - CONDITION_REACH), start):
            return FUTURE
        if best is not None and best[1] == 0 and (opened := _TIME_CLAUSE.search(sentence, max(0, start - CONDITION_REACH), start)) \
                and any(c[1] == FUTURE for c in before if c[0] < opened.start()):
            # "will fight it out once the figures are tallied on Monday": a clause of time told in
            # the present takes the future of the clause it hangs on
            return FUTURE
        return None
    return best[2]


# a running period's end: "the year ending in June", "the quarter ending Sept. 30" (not "ended": done)
_PERIOD_ENDING = patterns.compile(r"\b(?:year|quarter|period|months|weeks|half|season)\s+ending\s+(?:in\s+|on\s+)?$")
# (a clock may come first: "starting at midnight on Friday")
_STARTING_BEFORE = patterns.compile(r"\b(?:beginning|starting|effective)(?:\s+(?:on|at|from|as\s+of))?"
                                    r"(?:\s+(?:midnight|noon|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?(?:\s+on)?)?\s+$")
# verbs of deciding whose decision starts later
DECIDED = frozenset({"ordered", "announced", "decided", "declared", "issued", "agreed", "approved", "voted",
                     "imposed", "introduced", "unveiled", "decreed", "mandated", "suspended", "banned",
                     "restricted", "halted", "extended"})


def _word_at(sentence: str, at: int) -> str:
    m = _WORD.match(sentence, at)
    return m.group().lower() if m else ""


# "for talks on Thursday", "for a summit Friday": the purpose of a stay told in the present
_FOR_EVENT_BEFORE = patterns.compile(r"\b(?:is|are)\s+(?:in|at|here|there|back)\b[^,;:.]{0,30}?\sfor\s+"
                                     r"(?:(?:a|an|the|their|his|her|its)\s+)?(?:[a-z-]+\s+){1,2}(?:on\s+)?$")
# events news tells only once they have happened
_HAPPENED = "death|passing|killing|murder|arrest|disappearance|crash|collapse|explosion|shooting|stabbing"
# what one is getting ready for: "is adding staff for Friday", "are increasing staffing for 6 a.m. on Friday"
_READYING_FOR = patterns.compile(r"\b(?:is|are)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\s+[^,;:.]{0,30}?\bfor\s+"
                                 r"(?:\d[^,;:]{0,20}?\s+on\s+)?$")
_READY_FOR = patterns.compile(r"\bready\s+for\s+(?:(?:a|an|the|its|their)\s+)?(?:[^,;]{0,20}?\s+)?$")
_HAPPENED_AFTER = patterns.compile(rf"['’]s\s+(?:{_HAPPENED}|attack)\b")
# a cue, "to" and the infinitive the date belongs to: "set to expire Wednesday", "due to arrive on Friday"
_INFINITIVE_OF_IT = patterns.compile(r"[A-Za-z]+\s+to\s+[a-z]+\s+(?:on\s+|by\s+)?")
# "an advisory is in effect for the south Thursday": in force on a day still to come
_IN_EFFECT_BEFORE = patterns.compile(r"\b(?:is|are)\s+[^,;:.]{0,30}?\bin\s+effect\b[^,;:.]{0,50}$")
# ("Monday is a holiday", "the vote is on Friday", "markets are closed Monday": one word may stand between)
# (or a clock: "the ceremony is at 8 p.m. on Saturday", "is at midnight BST on Friday")
_COPULA_BEFORE = patterns.compile(r"\b(?:is|are)\s+(?:[a-z]+\s+)?(?:on\s+)?$")
_COPULA_CLOCK_BEFORE = patterns.compile(r"\b(?:is|are)\s+(?:(?:due|set|scheduled|slated)\s+)?(?:at|from)\s+(?:about\s+|around\s+)?"
                                        r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midnight|\d{1,2}[:.]\d\d)"
                                        r"(?:\s+[A-Z]{1,4}T?)?\s+(?:on\s+)?$")
# (with its part: "the launch is at midnight on Friday night")
# a weekday, with its part of the day if told ("Tuesday", "Friday night")
_WEEKDAY_TOLD = r"(?:" + "|".join(d.capitalize() for d in FULL_WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?"
_WEEKDAY_NAME = patterns.compile(_WEEKDAY_TOLD)
# a report's own verb after what it reports, across a comma
_REPORTING = patterns.compile(r"(?:said|says|reported|reports|told|added|announced|stated|wrote)\b")
# between a verb of saying and a date that opens the reported clause: nothing, or a determiner
_SPEECH_GAP = patterns.compile(r"\s+(?:(?:its|their|his|her|the|this|next|last)\s+)?")
# from such a date to the reported clause's verb: the noun it qualifies ("'s march", "profit")
# (not "that" or "it", which open the clause after a date of the saying: "announced Jan. 4 that it would")
_MODIFIED_SUBJECT = patterns.compile(r"(?:['’]s)?\s+(?!(?:that|it|they|he|she|we)\b)(?:[a-z]+\s+)?[a-z]+\s+"
                                     r"(?:(?:probably|likely|also|still|not)\s+)?")
_DAY_WORD = patterns.compile(r"(?i:today|tonight|yesterday|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                             r"(?:this|last|next)\s+(?:week|month|year))")
_PREPOSITION_END = patterns.compile(r"\s(?:on|in|at|during|since)\s+$")
_QUOTE_MARK = patterns.compile(r"[“”\"]|``|''")
# what news tells only once it has happened: a death, a crash, an arrest ("after her death Tuesday",
# "since the crash on Monday"); a date told right after it is past, whatever the clause's verb
_HAPPENED_BEFORE = patterns.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)\s+(?:{_HAPPENED})\s+(?:on\s+)?$")
# verbs that call off what had not yet happened, just before a day's possessive ("called off Friday's strike")
_CALLED_OFF_BEFORE = patterns.compile(r"\b(?:call(?:s|ed|ing)?\s+off|cancel(?:s|led|ed|ling|ing)?|scrap(?:s|ped|ping)?"
                                      r"|avert(?:s|ed|ing)?|postpon(?:e|es|ed|ing))\s+(?:the\s+)?$")
# verbs that answer what is already done, just before a day's possessive ("will appeal Wednesday's ruling")
_RESPONSE_BEFORE = patterns.compile(r"\b(?:appeal(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|overturn(?:s|ed|ing)?|condemn(?:s|ed|ing)?"
                                    r"|critici[sz](?:e|es|ed|ing)|investigat(?:e|es|ed|ing)|contest(?:s|ed|ing)?"
                                    r"|denounc(?:e|es|ed|ing)|mourn(?:s|ed|ing)?|disput(?:e|es|ed|ing)"
                                    r"|(?:respond|react)(?:s|ed|ing)?\s+to)\s+(?:the\s+|last\s+)?$")
SINCE_BEFORE = patterns.compile(r"\b[Ss]ince\s+$")  # (dating asks it too: a stretch's start)
# "where we're at come Thursday"; "ahead of Saturday's opener", "ahead of the vote on Monday", "looking
# forward to having everybody on Sunday", "investors awaited Friday's jobs report": still to come
# (a clock's point is no break: "ahead of the sides who clash at 8.00 pm on Tuesday")
_COME_OR_AHEAD_OF = patterns.compile(r"(?:\bcome|\b(?:[Aa]head\s+of|look(?:s|ing)?\s+forward\s+to|await(?:s|ed|ing)?|"
                                     r"brac(?:e|es|ed|ing)\s+for)\b"
                                     r"(?:[^,;:()\"“”—–.]|(?<=\d)\.(?=\d)|(?<=[ap]\.m)\.|(?<=\s[ap])\.(?=m\.))*)\s+$")
# a warning's stretch: "issued an amber warning for wind from 6am to 9pm on Friday", "a flood alert until
# noon Sunday" (not one told as past, "a warning was in place from 6am on Friday", nor a warning's
# source, "warnings from Moscow on Thursday")
# (a stretch's start may be told with its day: "from 7 p.m. Thursday until 1 p.m. Friday")
_WARNING_STRETCH = patterns.compile(r"\b(?:warnings?|alerts?|watch(?:es)?|advisor(?:y|ies))\b"
                                    r"(?:(?!\b(?:was|were|had|expired|lifted|ended)\b)[^,;:()\"“”—–.]){0,40}?"
                                    r"\b(?:from|until|till|through|between)\s+(?:(?:(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midday|midnight)"
                                    r"\s+(?:on\s+)?(?:" + _WEEKDAY_TOLD + r"\s+)?|" + _WEEKDAY_TOLD + r"\s+)(?:to|and|until|till|through|-|–)\s+)?"
                                    r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midday|midnight)\s+(?:on\s+)?)?$")
_BE_CONTRACTED = ("'s", "’s", "'re", "’re", "'m", "’m")
_DEADLINE_BEFORE = patterns.compile(rf"\b(?:until|till|through|by|no later than)\s+{CLOCK_BEFORE_DAY}$", re.I)
_DEADLINE_IS = patterns.compile(r"\b(?:deadlines?|cut-?offs?)\s+(?:is|are|falls|remains)\b[^.;:!?()\"“”]{0,44}$", re.I)
# "from today through Nov. 17", "from now until March": a stretch starting now ends ahead
_FROM_NOW_TO = patterns.compile(r"\bfrom (?:today|now|tomorrow|this week) (?:through|thru|until|till|to)\s+$", re.I)
_PAYABLE = patterns.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbecame )\b(?:payable|of record(?: at the close of (?:business|trading))?) (?:on |as of )?$")
# a relative clause told in the past ("the jurors who found him guilty Wednesday will ..."), not
# the "that" of what was said
# (its auxiliary may come first: "the suspect, who was arrested in the early hours of Thursday, will ...")
_RELATIVE_PAST = patterns.compile(r"(?<!\bsaid )(?<!\bsays )(?<!\btold )\b(?:who|which|that)\s+"
                                  r"(?:(?:was|were|had)\s+(?:been\s+)?)?$")
# "if" or "unless" opening the clause of the date, with no clause break after it
_CONDITION = patterns.compile(r"\b(?:[Ii]f|[Uu]nless)\s[^,;:()\"“”—–]*$")
CONDITION_REACH = 60
# "once", "when", "as soon as" ... opening the clause of the date, with no clause break after it
_TIME_CLAUSE = patterns.compile(r"\b(?:once|when|as\s+soon\s+as|after|before|until|till)\s[^,;:()\"“”—–]*$", re.I)


def quote_around(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """(open, close) of the quotation holding [start, end) in the sentence, or None. Marks pair in
    order (news writes “...”, "...", ``...'' and ''...'' alike)."""
    if not any(q in sentence for q in ("“", '"', "``", "''")):
        return None
    marks = [m.start() for m in _QUOTE_MARK.finditer(sentence)]
    for i in range(0, len(marks) - 1, 2):
        if marks[i] < start and end <= marks[i + 1]:
            return marks[i], marks[i + 1]
    if len(marks) % 2 and marks[-1] < start:
        return marks[-1], len(sentence)  # a quotation still open where the window ends
    return None


def _aux_before(words, i: int, reach: int = 4):
    j = i - 1
    while j >= 0 and i - j <= reach:
        w = words[j].lower()
        if w in SKIP or _adverb(w):
            j -= 1
            continue
        return j, w
    return None, None


# words in -ly that are no adverbs: "the rally ended at 6 p.m." has its subject before the verb
_LY_NOUNS = frozenset({"rally", "family", "assembly", "supply", "ally", "july", "italy", "reply", "tally", "monopoly",
                       "anomaly", "belly", "bully", "jelly", "lily", "fly", "rely", "apply", "comply", "imply"})


def _adverb(w: str) -> bool:
    return w.endswith("ly") and w not in _LY_NOUNS


def _next_word(words, i: int) -> str:
    return words[i + 1].lower() if i + 1 < len(words) else ""


# what a results calendar reports
_RESULTS_OBJECT = frozenset({"results", "earnings", "profits", "profit", "sales", "figures", "quarterly", "annual",
                             "first-quarter", "second-quarter", "third-quarter", "fourth-quarter", "full-year",
                             "half-year", "interim", "fiscal"})


def _plural_before(words: list[str], i: int) -> bool:
    """A plural subject just before a plural present ("banks report earnings"), not an infinitive's
    "to", a modal or "did"."""
    prev = words[i - 1].lower() if i else ""
    return prev in ("they", "we") or len(prev) > 3 and prev.endswith("s") and prev not in _NOT_PLURAL_SUBJECT


# adverbs of frequency: a schedule's present told with one of them is a habit, no day ahead
_HABIT_WORDS = frozenset(w for base in ("often", "usually", "always", "normally", "typically", "rarely", "seldom",
                                         "sometimes", "generally", "regularly", "routinely", "traditionally",
                                         "customarily", "never") for w in (base, base.capitalize()))


def _habitual(words: list[str], i: int) -> bool:
    return any(x in _HABIT_WORDS for x in words[max(0, i - 1):i + 3])


def _classify(words, i: int, w: str) -> str | None:
    if w in SCHEDULED_PROGRESSIVE and i >= 2 and "with" in (x.lower() for x in words[max(0, i - 4):i - 1]) \
            and not any(x.lower() in BE | PRESENT_AUX | PAST_AUX for x in words[max(0, i - 4):i]):
        # "unveiled the phone, with pre-orders opening on Friday": what a schedule's "with" adds is still to come
        return FUTURE
    if w == "due" and _next_word(words, i) == "to" and _aux_before(words, i)[1] not in BE | PRESENT_AUX | PAST_AUX \
            and i + 2 < len(words) and words[i + 2].lower() in _DETERMINERS | _CAUSE_WORDS:
        return None  # "postponed due to bad weather", "due to the storm": a cause, no time ahead
    if w in ("set", "due", "scheduled", "slated", "expected", "planned") and (_overtaken(words, i) or _planned_once(words, i)):
        if _moved_on_ahead(words, i, now=_overtaken(words, i)):
            # "The final, originally scheduled for Sunday, will now be played on Monday", "had been
            # set for Sunday but will now be held on Monday": a plan moved within what is still ahead
            return FUTURE
        if w != "expected" and _called_off(words):
            # "the match, which had been due on Saturday, was called off": a plan dropped before its
            # day, most often told near it (a weekday: the coming one)
            return _MOVED_FROM_IT
        return PAST  # "had been due to expire Friday", "had been scheduled to": a plan since passed
    if w in ("set", "due", "about", "going") or w in PRESENT_AUX or w in PAST_AUX:
        # "is set to begin", "is due to", "is to meet", "was to visit", "talks, set to resume Monday":
        # arranged, still ahead ("he set to work" has its subject just before it)
        if _next_word(words, i) == "to" and (w not in ("set", "about", "going") or i > 0 and (
                words[i - 1].lower() in PRESENT_AUX | PAST_AUX | BE
                or words[i - 1].lower().endswith(_BE_CONTRACTED)  # "it's going to", "we're about to"
                or w == "set" and words[i - 1].lower() not in SUBJECT_PRONOUNS)):
            return FUTURE
        if w == "set" and _next_word(words, i) == "for" and (_aux_before(words, i)[1] in PRESENT_AUX | BE
                                                              or _aux_before(words, i)[1] not in PAST_AUX | PERFECT_AUX
                                                              and _noun_before(words, i)):
            # "is set for November", "has been set for Monday", "is now set for": arranged, still
            # ahead; and the participle after its noun, "a vote set for Friday", "Vote set for Friday"
            return FUTURE
    if w == "forward":
        # "look forward to an extra hour of sleep on Sunday", "are looking forward to Friday's game":
        # what one looks forward to is to come (not "looked forward to", told from a past)
        return FUTURE if _next_word(words, i) == "to" and i > 0 and words[i - 1].lower() in ("look", "looks", "looking") \
            else None
    if w == "next":
        # "with the next launch window opening on Saturday", "the next attempt": what comes next
        # lies ahead (not "next to", nor a time named, "the next day", read as a time of its own)
        nxt = _next_word(words, i)
        return FUTURE if nxt.isalpha() and nxt not in _NOT_AFTER_NEXT else None
    if w in ON_COURSE:
        # "still on schedule to launch Thursday", "on track for a Friday vote", "on a path to shut down
        # Sunday" (else a noun: no cue)
        on = i > 0 and (words[i - 1].lower() == "on" or i > 1 and words[i - 1].lower() in ("a", "the")
                        and words[i - 2].lower() == "on")
        if w == "path":  # (only before a verb: "on the path to the lake" is a way)
            return FUTURE if on and _infinitive_after(words, i) == i + 2 else None
        return FUTURE if on and _next_word(words, i) in ("to", "for") else None
    if w in _PRONOUN_IS:
        return "present"  # "that's in effect until Saturday", "it's open through Friday"
    if w in ("possible", "likely") and _aux_before(words, i, 2)[1] in ("is", "are", "was", "were"):
        return FUTURE  # "storms are possible Friday", "delays are likely Monday", "rain was also likely Wednesday"
    if w in AHEAD_TO and _next_word(words, i) == "to" and i > 0 and words[i - 1].lower() not in PAST_AUX \
            and words[i - 1].lower() not in PERFECT_AUX and words[i - 1].lower() != "been":
        # "is forecast to fall", and its reduced relative "temperatures forecast to fall by Thursday"
        # (not "was supposed to open on Monday": an expectation told as past)
        return FUTURE
    if w in _CHANCE_WORDS:
        if _next_word(words, i) not in ("of", "for", "to") or i == 0 or words[i - 1].lower() in ("no", "last"):
            return None
        told = [x.lower() for x in words[max(0, i - 4):i]]
        # ("had a chance to score on Saturday": the verb before tells it)
        return None if any(x in PAST_AUX or x in PERFECT_AUX or past_verb(x) for x in told) else FUTURE
    if w in FUTURE_AUX:
        return FUTURE
    if w in MODALS_AHEAD:
        nxt = _next_word(words, i)
        if nxt in ("have", "'ve", "’ve"):
            # "could have gone": a past that might have been; "could have different hours Friday":
            # the modal of a have still ahead
            k = i + 3 if i + 3 < len(words) and words[i + 2].endswith("ly") else i + 2
            after = words[k].lower() if k < len(words) else ""
            return PAST if not after or after in ("been", "not", "never") or past_verb(after) else FUTURE
        if w == "could" and nxt in ("not", "n't", "never", "hardly") or nxt == "be":
            return None  # (and "must be returned", "could be located": a state, of any day)
        return FUTURE if nxt.isalpha() and nxt not in _DETERMINERS else None
    if w == "can":
        # "passengers can travel until Monday", "fans can claim refunds from Friday": what one may do
        # lies ahead (not "can confirm", "can remember": of what has been; nor "can be", a state)
        nxt = _next_word(words, i)
        return FUTURE if nxt.isalpha() and nxt not in _DETERMINERS and nxt not in _CAN_OF_WHAT_WAS else None
    if w == "calls":
        # "the agreement calls for elections on Monday": what is called for lies ahead (not "the
        # calls for calm", a noun)
        return FUTURE if _next_word(words, i) == "for" and i > 0 and words[i - 1].lower() not in _DETERMINERS \
            else None
    if w == "plans" and _plans_made(words, i):
        return None  # "finalized plans on Sunday": the plans' making, told by the verb before them
    if w in ("expect", "anticipate"):
        # "traders expect a cut in December" (not "told reporters on Tuesday to expect delays": the
        # infinitive of what was told)
        return FUTURE if i == 0 or words[i - 1].lower() != "to" else None
    if w in FUTURE_WORDS:
        # "said it expected", "plans" as a noun: still ahead of the statement
        return FUTURE
    if w in PAST_AUX:
        return PAST
    if w in PERFECT_AUX:
        if _next_word(words, i) in ("until", "till") and _aux_before(words, i)[1] not in PAST_AUX | FUTURE_AUX:
            return FUTURE  # "residents have until Sunday to evacuate": a deadline still ahead (not "had until")
        if w == "have" and _will(_aux_before(words, i)[1]) and _followed_by_participle(words, i):
            return FUTURE  # "will have finished their work by Friday": done by a day still ahead
        return PAST if _followed_by_participle(words, i) else None
    if w in PRESENT_AUX or w in ("says", "say"):
        j = i + 1
        while j < len(words) and words[j] in SKIP:
            j += 1
        if w not in ("do", "does") and j < len(words) and words[j] in SCHEDULED_PROGRESSIVE:
            return _ARRANGED_PROGRESSIVE
        return "present"
    if w in ("head", "heads") and _next_word(words, i) not in _HEAD_WHERE:
        return None
    if w in ("follow", "follows") and _next_word(words, i) not in ("on", "at", "later", "next"):
        return None  # "the move follows Tuesday's declaration": what comes after, no schedule ("follow on Friday" is)
    if w in SCHEDULED_PLURAL:
        j, prev = _aux_before(words, i)
        if prev is None or prev.endswith(("'s", "’s")) or prev in _DAY_AND_MONTH_WORDS or prev in _FEAST_WORDS \
                or prev in _QUANTIFIERS:
            return None  # a noun: "Friday's close", "by the end", "the Thanksgiving travel rush", "most votes"
        if j >= 3 and words[j - 1].lower() in _DETERMINERS and words[j - 2].lower() in _SUBJECT_PREPOSITIONS:
            j, prev = j - 3, words[j - 3].lower()  # "tickets for the tour go on sale": the subject before its phrase
        elif prev in _RELATIVE_PRONOUNS and j > 0:
            j, prev = j - 1, words[j - 1].lower()  # "three days of meetings, that begin Tuesday": their antecedent
        elif prev in _COUNTED_TAIL and j >= 3 and words[j - 1].lower() in ("and", "or") \
                and words[j - 2].lower() in _COUNTED_TAIL:
            j, prev = j - 3, words[j - 3].lower()  # "Rounds two and three follow on Friday": the noun they count
        if prev in ("they", "we") or words[j][:1].isupper() and (j > 0 or _named_object_after(words, i)) \
                or prev in _GROUP_SUBJECTS \
                or prev.endswith("s") and len(prev) > 3 and prev not in _NOT_PLURAL_SUBJECT:
            # ("trains run less often in the morning": a habit, told with an adverb of frequency)
            return "present" if _habitual(words, i) else FUTURE
        return None
    if w in _GET_UNDERWAY:
        # "the tour gets started on March 2", "the trial gets under way Monday": a schedule's present
        return FUTURE if _next_word(words, i) in _UNDERWAY and (i == 0 or words[i - 1].lower() not in _NOT_UNDERWAY) \
            else None
    if w in ("reports", "report") and _next_word(words, i) in _RESULTS_OBJECT and (w == "reports" or _plural_before(words, i)):
        # "the company reports results on Thursday", "banks report earnings next week": a results
        # calendar's present (not "Reuters reports that ...")
        return FUTURE
    if w in SCHEDULED_PRESENT:
        # (not a noun after a determiner, "the visits", nor the present of a report: "takes" after "it";
        # nor a habit: "the shop usually opens at 9")
        if i and (words[i - 1].lower() in _DETERMINERS or words[i - 1].lower() in _QUANTIFIERS):
            return None  # ("with most votes counted": a noun)
        return "present" if _habitual(words, i) else FUTURE
    if w in SAME_FORM_PAST:
        j, prev = _aux_before(words, i)
        if w in _FORECAST_VERBS and _next_word(words, i) == "for" and prev in PRESENT_AUX | PAST_AUX:
            # "rain is forecast for Friday", "more rain was forecast for Tuesday" (news backshifts a
            # forecast it reports): a forecast's day is ahead of it
            return FUTURE
        if prev is None or prev in PAST_AUX or prev in PERFECT_AUX:
            return PAST if prev is not None else None
        if prev in _PRESENT_SUBJECTS or prev in FUTURE_AUX or prev in MODALS_AHEAD or prev in PRESENT_AUX or prev in _LINKING \
                or prev in BE or prev in _DETERMINERS or prev in _COUNTING_A_NOUN or prev in _SIZE_NOUNS \
                or prev.endswith("s") and not prev.endswith("ss") or _compound_noun(words, j, i):
            return None  # "to cut", "will hit", "prices hit" (a plural's present), "a cut", "is set", "one more cut",
            # "stay shut" (a state: the verb before tells its tense)
        return PAST
    if _past_verb(w) or w in ARRANGED or w in _VERB_OR_ADJECTIVE and _next_word(words, i) in _PREPOSITION_AFTER_VERB \
            and i > 0 and words[i - 1].lower() not in _DETERMINERS:
        j, aux = _aux_before(words, i)
        if aux in _LINKING or aux in _GET_UNDERWAY:
            return None  # "will remain closed on Tuesday", "gets started": a state; the verb before tells its tense
        if _absolute_with(words, i):
            return None  # "with the final seats declared by Friday": the clause it hangs on tells its time
        if aux in _BEFORE_A_NOUN_PHRASE or w == "ground" and (_next_word(words, i) not in _GROUND_ON
                                                             or aux in _GROUND_NAMED):
            return None  # "with renewed force", "snow on high ground by Sunday": a modifier or a noun, no verb
        if aux is not None and (aux in _ARTICLES or aux.endswith(("'s", "’s"))):
            if aux[:-2] in _DAY_POSSESSORS and j == i - 1 and w not in ARRANGED and w not in FUTURE_WORDS \
                    and w not in PUT_OFF and w not in MOVED:
                # "Monday's scrapped launch", "yesterday's failed vote": done that day (not "Friday's
                # scheduled vote", nor "Sunday's rescheduled game", moved to a day maybe still ahead)
                return PAST
            return None  # "the newly elected mayor", "Zimbabwe's newly confirmed leader": an adjective
        if w in ARRANGED and aux in PRESENT_AUX | PAST_AUX:
            return FUTURE  # "are planned for September": an arrangement, still ahead
        if aux in BE:
            k, aux2 = _aux_before(words, j)
            if aux2 == "to" and k > 0 and words[k - 1].lower() == "only":
                return None  # "rescheduled, only to be canceled again": what came of it, in the frame's time
            if aux2 in FUTURE_AUX or aux2 == "to" or aux2 in ("should", "may", "might") and aux == "be" \
                    or aux2 == "could" and aux == "be" and w not in _REACHED:
                # ("should be stopped before Monday", "may be delayed until Friday", "a deal could be
                # signed in June"; "could be located" is a state, most often told as not)
                return FUTURE
            if w in ARRANGED and aux2 in PERFECT_AUX and _next_word(words, i) == "for":
                return FUTURE  # "another protest has been planned for Saturday": the plan stands
            if aux2 in PERFECT_AUX or aux2 in PAST_AUX:
                return PAST
            return None
        if aux in PRESENT_AUX:
            return "present"
        if aux == "have" and j is not None and _will(_aux_before(words, j)[1]):
            return FUTURE  # (the future perfect's participle)
        if aux in PAST_AUX or aux in PERFECT_AUX:
            return PAST
        if aux in FUTURE_AUX:
            return FUTURE
        if aux == "to":
            return None
        return PAST
    return None


# prepositions, after which a past form is an adjective or a noun ("in written form", "on ground
# water"); "ground" is a noun but in "talks ground to a halt", "ground out a win"
_BEFORE_A_NOUN_PHRASE = frozenset({"on", "in", "of", "with", "for", "at", "from", "into", "onto", "about", "without",
                                   "against", "among", "under", "over"})
_GROUND_ON = frozenset({"to", "down", "out", "through", "on"})
# ("drifting on high ground through Thursday", "lost ground on Friday": the noun, whatever follows)
_GROUND_NAMED = frozenset({"high", "higher", "low", "lower", "common", "middle", "new", "solid", "safe", "safer",
                           "firm", "home", "level", "open", "rough", "lost", "burial", "training", "testing",
                           "proving", "breeding", "stamping", "fertile", "frozen", "waterlogged"})


# words in -ed that are adjectives as often as verbs ("continued growth", "increased demand", "preferred
# shares"): a verb when a preposition follows ("aftershocks continued through Monday night", "rates
# increased in March")
_VERB_OR_ADJECTIVE = frozenset({"continued", "increased", "renewed", "advanced", "preferred"})
_PREPOSITION_AFTER_VERB = frozenset({"through", "into", "until", "till", "to", "on", "in", "at", "for", "after",
                                     "from", "by", "throughout", "overnight", "again"})


def _noun_before(words, i: int) -> bool:
    """The word before is a noun the participle hangs on ("a vote set for Friday"), not a subject
    pronoun nor an auxiliary."""
    if i == 0:
        return False
    x = words[i - 1].lower()
    return x.isalpha() and x not in SUBJECT_PRONOUNS and x not in _NOT_IN_A_NOUN_PHRASE and x not in _DETERMINERS \
        and not past_verb(x)


def _absolute_with(words, i: int) -> bool:
    """The participle ends a "with" phrase of a noun ("with the final seats declared", "with most
    votes counted"): no verb of its own."""
    if "with" not in words[max(0, i - 4):i - 1] and "With" not in words[max(0, i - 4):i - 1]:
        return False  # (most participles: no "with" before them)
    for j in range(i - 1, max(-1, i - 5), -1):
        x = words[j].lower()
        if x == "with":
            return j < i - 1
        if not x.isalpha() or x in _NOT_IN_A_NOUN_PHRASE or past_verb(x):
            return False
    return False


_QUANTIFIERS = frozenset({"most", "many", "some", "all", "few", "more", "fewer", "several", "both", "no", "any"})
_NOT_IN_A_NOUN_PHRASE = PAST_AUX | PRESENT_AUX | PERFECT_AUX | FUTURE_AUX | BE | {"that", "which", "who", "and", "or", "but"}


def _named_object_after(words, i: int) -> bool:
    """The word after the verb names its object ("United play Town on Sunday", "Germany face France"):
    a sentence's first word is then the verb's subject, not a noun before a noun ("Market close on Friday")."""
    return i + 1 < len(words) and words[i + 1][:1].isupper()


_COUNTED_TAIL = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
_VERB_PREFIXES = frozenset({"re", "co", "pre", "de", "mis", "un", "over", "out", "under"})


def _will(w: str | None) -> bool:
    """"will", "shall", "they'll" (not "would": "would have left" is a past that did not happen)."""
    return w is not None and (w in ("will", "shall") or w.endswith(("'ll", "’ll")))


def _moved_on_ahead(words, i: int, now: bool) -> bool:
    """A future told after the plan ("will now be played"): with ``now``, "will" must be followed by
    "now" (a plan overtaken, "had been due", may have lapsed before what follows)."""
    for j in range(i + 1, len(words)):
        if words[j].lower() in ("will", "shall") and (not now or j + 1 < len(words) and words[j + 1].lower() == "now"):
            return True
    return False


CALLED_OFF = frozenset({"cancelled", "canceled", "postponed", "scrapped", "axed", "abandoned", "rescheduled",
                         "shelved", "dropped"})


def _called_off(words) -> bool:
    """The sentence tells a plan dropped: "cancelled", "postponed", "called off", "put off"."""
    return any(x.lower() in CALLED_OFF or x.lower() == "off" and k > 0 and words[k - 1].lower() in ("called", "put")
               for k, x in enumerate(words))


def _planned_once(words, i: int) -> bool:
    """'was originally scheduled', 'initially set': the plan as first made (since overtaken)."""
    for j in range(i - 1, max(-1, i - 4), -1):
        w = words[j].lower()
        if w in _ONCE:
            return True
        if w not in SKIP and not _adverb(w):
            return False
    return False


_PLANNED_OR_FORECAST = frozenset({"planned", "forecast", "forecasted", "predicted", "projected"})
_FORECAST_VERBS = _PLANNED_OR_FORECAST - {"planned"}


def _forecast_object(words, i: int) -> bool:
    """A forecast whose object is a quarter's or a half's figures: 'forecast fourth-quarter revenue',
    'predicted a first-half loss' (what is forecast lies ahead of the forecast; not "had forecast",
    whose period may be behind, nor "forecast a rise in September", whose month's figures may be the
    ones still to come out)."""
    k = i + 1
    if k < len(words) and words[k].lower() in _OBJECT_DETERMINERS:
        k += 1
    return k + 1 < len(words) and words[k].lower() in _PERIOD_ORDINALS and words[k + 1].lower() in ("quarter", "half") \
        and _aux_before(words, i)[1] not in ("had", "been")


_PERIOD_ORDINALS = frozenset({"first", "second", "third", "fourth"})


def _reduced_relative(words, i: int) -> bool:
    """'flights scheduled for Tuesday': a participle right after its noun, with no verb before it."""
    if i == 0:
        return False
    prev = words[i - 1].lower()
    if _next_word(words, i) == "in" and any(w.lower() in _DETERMINERS for w in words[max(0, i - 3):i - 1]):
        return False  # "cut its full-year forecast in April": the noun, and the month it was made
    return prev.isalpha() and prev not in BE | PRESENT_AUX | PAST_AUX | PERFECT_AUX | FUTURE_AUX | SUBJECT_PRONOUNS \
        and prev not in SKIP and not _adverb(prev) and not words[i - 1][:1].isupper() \
        and prev not in _DETERMINERS and prev not in ("and", "or", "but", "been", "be", "being")


def _booked_after(words, i: int) -> int | None:
    """The index of what a booking takes ('booked a Wednesday flight', 'rebooked them onto a later
    flight'), or None."""
    k = i + 1
    if k < len(words) and words[k].lower() in _OBJECT_PRONOUNS:
        k += 1
    if k < len(words) and words[k].lower() in _BOOKED_ON:
        k += 1
    if k + 1 < len(words) and words[k].lower() in _OBJECT_DETERMINERS:
        return k  # (the determiner: the day may open the noun phrase, "a Wednesday flight")
    return None


def _set_for(words, i: int) -> int | None:
    """The index of the 'for' or 'of' after a date's noun that a verb of fixing takes ('set a new
    trial date of', 'set the vote for'), or None."""
    if i + 2 >= len(words) or words[i + 1].lower() not in _OBJECT_DETERMINERS:
        return None
    for k in range(i + 2, min(i + 6, len(words) - 1)):
        if words[k].lower() in ("for", "of"):
            return k if words[k - 1].lower() in _SET_OBJECTS else None
    return None


def _had_been(words, i: int) -> bool:
    """'had been prepared to', 'had been asked to': an intention told in the pluperfect, whose
    infinitive lies ahead of a past day, not of the article (it says nothing of the article's future)."""
    j, aux = _aux_before(words, i)
    return aux == "been" and _aux_before(words, j)[1] == "had"


def _overtaken(words, i: int) -> bool:
    """'had been due', 'had been scheduled', 'had set': the pluperfect of an arrangement; 'was
    scheduled', 'were slated': one told in the past."""
    j, aux = _aux_before(words, i)
    if aux in BE:
        j, aux = _aux_before(words, j)
    # ("was originally scheduled for Saturday, but got scrubbed": a plan told in the past)
    return aux == "had" or aux in ("was", "were") and words[i] in ("scheduled", "slated")


_PLAN_MODIFIERS = _DETERMINERS | {"new", "final", "fresh", "initial", "detailed", "formal", "official", "revised",
                                  "ambitious", "broad", "sweeping"}


def _plans_made(words, i: int) -> bool:
    """"plans" the object of a past verb ("finalized plans", "unveiled its new plans"): a noun, whose
    making the verb tells; what they plan lies in their infinitive ("announced plans to build ...")."""
    j = i - 1
    while j >= 0 and i - j <= 3 and words[j].lower() in _PLAN_MODIFIERS:
        j -= 1
    return j >= 0 and i - j <= 3 and words[j].islower() and _past_verb(words[j])


_NOT_AN_INFINITIVE_VERB = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
                                     "that", "these", "those", "some", "all", "them", "it", "him", "me", "us"})


def _infinitive_after(words, i: int) -> int | None:
    """The index of the verb of a 'to' infinitive within three words ('planned to leave', 'asked the
    court to rule'), eight after a verb whose object comes first ('invited leaders from several
    countries to meet'), or None."""
    reach = 9 if words[i] in _OBJECT_FIRST else 4
    for k in range(i + 1, min(i + reach, len(words) - 1)):
        if words[k].lower() == "to":
            if words[k - 1].lower() in ("due", "owing", "thanks", "according"):
                return None  # "called off due to the weather": a cause, no infinitive
            nxt = words[k + 1].lower()
            if nxt.isalpha() and nxt not in _NOT_AN_INFINITIVE_VERB \
                    and not (len(nxt) > 3 and nxt.endswith("s") and not nxt.endswith(("ss", "us"))):
                return k + 1
            return None  # (a noun agreed to is no plan: "agreed to terms on Thursday", "agreed to the deal")
    return None


def _object_after(words, i: int) -> int | None:
    """The index of the noun phrase a verb of planning takes ('planned a large rally'), or None."""
    if i + 2 < len(words) and words[i + 1].lower() in _OBJECT_DETERMINERS:
        return i + 2
    return None


_CLAUSE_WORDS = FUTURE_AUX | PAST_AUX | PRESENT_AUX | PERFECT_AUX | {"and", "but", "which", "who", "that", "when", "while"}


def _until_after(words, i: int) -> int | None:
    """The index of 'until' ('till', 'to') within a few words of a verb of putting off ('postponed
    until', 'put off until', 'adjourned the hearing to'; 'until' and 'till' further on, past a long
    object), or None."""
    for k in range(i + 1, min(i + 15, len(words))):
        if k >= i + 7 and (words[k].lower() not in ("until", "till") or any(
                w.lower() in _CLAUSE_WORDS for w in words[i + 1:k])):
            # ("extended the deadline for linking the two by six months till 30 September": a long
            # object before "until" or "till", with no clause of its own between)
            continue
        if words[k] == "from" and (moved := _moved_from(words, i)) is not None:
            return moved
        # ("postpone the original February 25 vote until December": the object may be long; a
        # "to" this far off is more often an infinitive's)
        to_month = words[k].lower() == "to" and k + 1 < len(words) and words[k + 1].lower() in _MONTH_NAMES
        if words[k].lower() in ("until", "till") or words[k].lower() == "to" and (k < i + 4 or to_month and k < i + 6):
            if words[k - 1].lower() in ("only", "due", "owing", "thanks", "according"):
                return None  # "delayed, only to be cancelled", "postponed due to rain": no day put off to
            # ("put to a vote", "extended to all": no day ahead; "pushed back to", "put off to": one;
            # "pushing the filing deadline to October 15": a deadline moved ahead)
            if words[k].lower() == "to" and words[i] in ("put", "pushed", "pushing", "extended", "extending") \
                    and words[k - 1].lower() not in ("back", "off") \
                    and not (words[i] in ("extended", "extending", "pushing") and to_month):
                return None  # ("extended to Nov. 20": a deadline moved ahead; "extended to Thursday" is read by its verb)
            return k
    return None


def _moved_from(words, i: int) -> int | None:
    """The index of 'from' in "pushed from Friday to Thursday", "moved the vote from March 3 to
    March 10" (within a few words of the verb): an event moved is still to come, on either day."""
    for k in range(i + 1, min(i + 5, len(words) - 1)):
        if words[k] == "from":
            if words[k + 1].lower() in _DAY_AND_MONTH_WORDS and {"to", "until", "till"} & set(words[k + 2:k + 5]):
                return k
            return None
        if words[k] == "to" and words[i] in MOVED:
            # "was moved to Sunday", "moved the vote to March 10" (not "moved to Paris on Sunday")
            return k if words[k + 1].lower() in _DAYS_AND_MONTHS or words[k + 1].lower() in _MONTH_NAMES else None
    return None


_DAYS_AND_MONTHS = frozenset(FULL_WEEKDAYS) | frozenset(FULL_MONTHS) - {"may"}


def _followed_by_participle(words, i: int) -> bool:
    for raw in words[i + 1:i + 4]:
        w = raw.lower()
        if w in SKIP or w.endswith("ly"):
            continue
        return _past_verb(w) or w == "been"
    return False
