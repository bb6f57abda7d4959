"""People, organisations and places: capitalised phrases, read by their shape, their neighbours and
gazetteers, then resolved across the document (a surname alone names the person named in full).

Steps: tokens -> chunks (capitalised runs, with the connectors a name may hold) -> segments (chunks
cut where a connector does not belong to one name) -> a type for each segment, or none.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from . import gazetteer, patterns
from .name_context import STRONG, WEAK_ORG, WEAK_PERSON, evidence, settle
from .entity_words import (ACRONYM_STOPLIST, DEMONYM_ENDINGS, DEPARTMENT_WORDS, DIRECTIONS, EVENT_HEADS,
                           FUNCTION_WORDS, NOT_ENTITIES, ORG_ENDINGS, ORG_HEADS_WITH_COMPLEMENT, ORG_SUFFIXES,
                           INSTITUTIONS, PLACE_SUFFIXES, STORM_WORDS, STREET_WORDS, TITLE_HEADS, TITLE_WORDS,
                           TRAILING_NOUNS)
from .lexicon import MONTHS, WEEKDAYS
from .model import Entity, Span, Timex

# A capitalised word, acronym or dotted abbreviation, not glued to a word, handle or path, and
# without its possessive ("Russia’s" -> "Russia"; "O'Leary" stays whole).
# (The lookahead first lets the engine skip to capitals instead of trying every position.)
# Capitals of the Latin alphabets news names are written in ("Émile", "Łódź", "Çelik", "Šefčovič").
_CAP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
# a letter of any alphabet, a digit, or an accent written apart ("Stae\u0308l"): "Miličević" is one word
_ALNUM = r"[\w\u0300-\u036f]"  # (one class, not an alternation: this regex runs over every text)
_TOKEN_START = rf"(?=[{_CAP}])(?<![\w@#/])"
# (a lone initial counts only between names: "Frederick H. Collier"; "St." and "Mt." open a place's
# name with their point: "St. Louis", "Mt. Kenya")
_TOKEN_BODY = (rf"(?:(?:[A-Z]\.){{2,}}|(?:St|Ste|Mt|Ft)\.(?= [{_CAP}][a-zà-ÿ])|[{_CAP}]\.(?= [{_CAP}][a-zà-ÿ])|[{_CAP}]{_ALNUM}*"
               rf"(?:(?:['’](?!s\b)|[&\-]|\.(?=[A-Z])){_ALNUM}+)*(?:\.(?:com|net|org)\b(?!\.\w))?)")  # "Detik.com"
_TOKEN = patterns.compile(_TOKEN_START + _TOKEN_BODY)
_RUN = patterns.compile(_TOKEN_START + _TOKEN_BODY + r"(?: (?:(?:of|for|and|the|de|del|da|di|du|van|von|der|den"
                  r"|bin|al|la|le|y|in|on|&)(?: the)? )?" + _TOKEN_BODY + ")*")
_CONNECTOR = patterns.compile(r" (?:(of|for|and|the|de|del|da|di|du|van|von|der|den|bin|al|la|le|y|in|on|&)"
                        r"(?: (the))?) ")
# "NATO", "U.S.", "G20", "B9"; not model numbers like "A380"
_ACRONYM = patterns.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Z&]{1,6}\d{0,2}|[A-Z]\d{1,2}")
_TITLED_FUNCTION_WORDS = frozenset(w.capitalize() for w in FUNCTION_WORDS)
_DOTTED_SUFFIXES = frozenset({"Inc", "Ltd", "Corp", "Co", "Bros", "Jr", "Sr"})
_NAME_PARTICLES = frozenset({"de", "del", "da", "di", "du", "van", "von", "der", "den", "bin", "al", "la", "le", "y"})


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    sentence_initial: bool


def find_entities(text: str, sentences: list[Span], timexes: list[Timex], start: int = 0) -> list[Entity]:
    places, firsts = gazetteer.places(), gazetteer.first_names()
    blocked = [(t.start, t.end) for t in timexes]
    headlines = _headline_sentences(text, sentences)
    initial = _initial_positions(text, sentences, headlines)
    found: list[tuple[int, int, str]] = []
    pending: list[Tok] = []  # lone words decided once the whole document has been read
    cache, function_words, dotted = _CHUNK_CACHE, _TITLED_FUNCTION_WORDS, _DOTTED_SUFFIXES
    initial_sorted = sorted(initial)
    bi, nb = 0, len(blocked)
    for m in _RUN.finditer(text, start):
        a, b = m.span()
        while bi < nb and blocked[bi][1] <= a:
            bi += 1
        word = m.group()
        if " " in word or "-" in word or (bi < nb and blocked[bi][0] < b) or word in dotted:
            if bi < nb and blocked[bi][0] < b:
                runs = _chunks(text, _tokens(text, a, b, initial, blocked, places))
            else:
                # a run of several words with no date inside: memoised whole ("Josep Borrell")
                lo = bisect.bisect_left(initial_sorted, a)
                hi = bisect.bisect_left(initial_sorted, b + (1 if word[-1:] == "." else 0))
                rel_initial = tuple(p - a for p in initial_sorted[lo:hi])
                key = ("run", word, rel_initial)
                res = cache.get(key)
                if res is None:
                    # read the run on its own (and the point after it: "Inc."), offsets from its start
                    run_text = text[a:b + 1]
                    res_found, res_pending = [], []
                    for chunk, links in _chunks(run_text, _run_tokens(run_text, b - a, rel_initial, places)):
                        base = chunk[0].start
                        rf, rp = _classify_chunk(run_text[base:chunk[-1].end], None, chunk, links, places, firsts)
                        res_found += [(ra + base, rb + base, typ) for ra, rb, typ in rf]
                        res_pending += [(ra + base, rb + base, w, i) for ra, rb, w, i in rp]
                    res = cache[key] = (res_found, res_pending)
                for ra, rb, typ in res[0]:
                    found.append((ra + a, rb + a, typ))
                for ra, rb, w, i in res[1]:
                    pending.append(Tok(ra + a, rb + a, w, i))
                continue
        elif word in function_words:
            continue
        else:
            # a lone capitalised word, the common case: straight to the memo
            ini = a in initial
            res = cache.get((word, ini)) or _classify_word(word, ini)
            for ra, rb, typ in res[0]:
                found.append((ra + a, rb + a, typ))
            for ra, rb, w, i in res[1]:
                pending.append(Tok(ra + a, rb + a, w, i))
            continue
        for chunk, links in runs:
            base = chunk[0].start
            rel_found, rel_pending = _classify_chunk(text[base:chunk[-1].end],
                                                     tuple(t.sentence_initial for t in chunk), chunk, links,
                                                     places, firsts)
            for ra, rb, typ in rel_found:
                found.append((ra + base, rb + base, typ))
            for ra, rb, w, i in rel_pending:
                pending.append(Tok(ra + base, rb + base, w, i))
    if headlines and headlines[0].start <= start + 1 and _alone_on_its_line(text, headlines[0]) \
            and any(typ == WEAK_ORG for _, _, typ in found):
        found, title_words = _title_words_alone(text, headlines[0], found)
    else:
        title_words = []
    known = _aliases(text, found, firsts)
    for tok in title_words:  # (known names only: a headline's neighbours are capitalised too)
        typ = known.get(tok.text)
        if typ:
            found.append((tok.start, tok.end, typ))  # (a weak guess is settled with the body's mentions)
    # lone words: first those inside sentences, whose capitals are evidence, then sentence-initial ones,
    # which count only when the document names them elsewhere ("Boeing unveils ..." in a title)
    for initial_pass in (False, True):
        for tok in pending:
            if tok.sentence_initial == initial_pass:
                typ = _lone_word(tok, known, places, firsts, text)
                if typ:
                    found.append((tok.start, tok.end, typ))
                    known.setdefault(tok.text, typ)
    surnames = {k[:-8] for k in known if k.endswith("\0surname")}
    # a storm named in full names it alone too: "Tropical Storm Ian ... the remnants of Ian"
    storms = {m.group(1) for m in _STORM_NAME.finditer(text)} if "Hurricane" in text or "Storm" in text \
        or "Typhoon" in text or "Cyclone" in text else ()
    found.sort()
    kept, last_end = [], -1
    for a, b, typ in found:
        if a >= last_end and not _not_a_name(text, a, b) and text[a:b] not in storms:
            if typ != "PERSON" and text[a:b] in surnames:
                typ = "PERSON"  # 'Angers' is a city, but in a story about Sandy Angers it is her surname
            kept.append((a, b, typ))
            last_end = b
    # the weak guesses, decided by the words around them
    return [Entity(a, b, text[a:b], typ) for a, b, typ in settle(text, kept)]


def _alone_on_its_line(text: str, s: Span) -> bool:
    """A headline stands on its own line, with no full stop: "Mugabe Swearing-In Expected\n\n..."."""
    rest = text[s.end:s.end + 3].lstrip(" \t")
    return text[s.end - 1:s.end] not in (".", ":") and (not rest or rest[0] == "\n")


def _title_words_alone(text: str, title: Span, found: list) -> tuple[list, list]:
    """An article's headline in title case ("Mugabe Swearing-In Expected After 'Big Victory'"): a run
    of its capitals that nothing names is no organisation; each of its words counts only as the
    article names it elsewhere. Returns the mentions kept and those words."""
    kept, words = [], []
    for a, b, typ in found:
        if typ == WEAK_ORG and title.start <= a and b <= title.end:
            words += [Tok(m.start(), m.end(), m.group(), True) for m in _TOKEN.finditer(text, a, b)]
        else:
            kept.append((a, b, typ))
    return kept, words


_CHUNK_CACHE: dict[tuple[str, tuple], tuple[list, list]] = {}
_CHUNK_CACHE_MAX = 100_000


def _classify_chunk(surface: str, initials: tuple, chunk: list[Tok], links: list[str], places=None, firsts=None):
    """What a run of capitals names, relative to its start. A pure function of its words, their
    places at sentence starts and the gazetteers, so it is memoised: news repeats its names.
    (initials None: the caller memoises the whole run already.)"""
    if initials is not None:
        key = (surface, initials)
        hit = _CHUNK_CACHE.get(key)
        if hit is not None:
            return hit
    base = chunk[0].start
    rel = chunk if base == 0 else [Tok(t.start - base, t.end - base, t.text, t.sentence_initial) for t in chunk]
    found: list[tuple[int, int, str]] = []
    pending: list[Tok] = []
    if places is None:
        places, firsts = gazetteer.places(), gazetteer.first_names()
    for seg, seg_links in _segments(rel, links, places):
        _classify(surface, seg, seg_links, places, firsts, found, pending)
    result = (found, [(t.start, t.end, t.text, t.sentence_initial) for t in pending])
    if initials is not None:
        if len(_CHUNK_CACHE) >= _CHUNK_CACHE_MAX:
            _CHUNK_CACHE.clear()
        _CHUNK_CACHE[key] = result
    return result


def _classify_word(word: str, initial: bool):
    """_classify_chunk for one word, the common case, without the machinery of segments: what
    _classify decides for a lone token, in the same order."""
    places = gazetteer.places()
    found: list[tuple[int, int, str]] = []
    pending: list[Tok] = []
    n = len(word)
    if word.lower() in FUNCTION_WORDS and not (word.isupper() and n > 2 and not initial):
        pass  # a function word, not a name
    elif word in places:
        found.append((0, n, "PLACE"))
    elif word in TITLE_HEADS and word != "General":
        pass  # a title alone names no one
    elif word.isupper() and n > 4 and word.title() in places:
        found.append((0, n, "PLACE"))
    elif "-" not in word and not _is_acronym(word):
        pending.append(Tok(0, n, word, initial))  # decided with the whole document (_lone_word)
    else:
        _one_token(Tok(0, n, word, initial), places, found, pending, False)
    result = (found, [(t.start, t.end, t.text, t.sentence_initial) for t in pending])
    if len(_CHUNK_CACHE) >= _CHUNK_CACHE_MAX:
        _CHUNK_CACHE.clear()
    _CHUNK_CACHE[(word, initial)] = result
    return result


# ---------------------------------------------------------------------------------------------
# tokens, chunks, segments

def _tokens(text, start, end, initial, blocked, places):
    # (from the time expression nearest the run, not the first: a text full of dates stays linear)
    bi, nb = max(0, bisect.bisect_left(blocked, (start,)) - 1), len(blocked)
    function_words = _TITLED_FUNCTION_WORDS
    prev_end = -2
    for m in _TOKEN.finditer(text, start, end):
        a, b = m.span()
        while bi < nb and blocked[bi][1] <= a:
            bi += 1
        if bi < nb and blocked[bi][0] < b:
            continue  # inside a time expression
        word = m.group()
        if word in function_words and not _name_time_word(word, a, prev_end, initial):
            continue  # "The", "According": never part of a name, and they end any run of capitals
        prev_end = b
        yield _token(text, a, b, word, initial, places)


def _run_tokens(run: str, n: int, initial: tuple, places):
    """_tokens for a run of capitals with no date inside, without a regex: _RUN puts single spaces
    between its tokens and connector words, so each space-separated part is one or the other."""
    function_words = _TITLED_FUNCTION_WORDS
    a, prev_end = 0, -2
    for word in run[:n].split(" "):
        b = a + len(word)
        start, a = a, b + 1
        if not word[:1].isupper() or word in function_words and not _name_time_word(word, start, prev_end, initial):
            continue  # a connector ("of", "&"), or a function word that ends any run of capitals
        prev_end = b
        yield _token(run, start, b, word, initial, places)


def _name_time_word(word: str, a: int, prev_end: int, initial) -> bool:
    """A capitalised time word right after a name's word is part of the name: "USA Today"."""
    return word in _NAME_TIME_WORDS and prev_end == a - 1 and a not in initial


def _token(text, a, b, word, initial, places) -> Tok:
    if word in _DOTTED_SUFFIXES and text[b:b + 1] == ".":
        word, b = word + ".", b + 1  # "Apple Inc.": the abbreviation keeps its point
    elif "-" in word:
        head, _, tail = word.partition("-")
        if tail[:1].islower() and (head in places or _ACRONYM.fullmatch(head)):
            word, b = head, a + len(head)  # "Vienna-based", "Russia-backed": the name, then a word
    return Tok(a, b, word, a in initial)


_OPENERS = "\"'“‘([-—–•* \t"
_LINE_START = patterns.compile(r"\n[" + re.escape(_OPENERS) + r"]*")  # (not "^|\n": that tries every position)
_LEADING_OPENERS = patterns.compile(r"[" + re.escape(_OPENERS) + r"]*")


def _initial_positions(text, sentences, headlines=()) -> set[int]:
    """Where a sentence's or a line's first word starts, past quotes, dashes and bullets; in a
    headline-case sentence, every word (see _headline_sentences)."""
    out = {m.end() for m in _LINE_START.finditer(text)}
    out.add(_LEADING_OPENERS.match(text).end())
    # a wire dateline's dash opens the story's first sentence: "(CNN) — Swollen rivers", "JERUSALEM - Israeli"
    # (the dash found first, it is rare; then what stands before it)
    out.update(m.end() for m in _DASH_BEFORE_CAPITAL.finditer(text)
               if _DATELINE_BEFORE_DASH.search(text, max(0, m.start() - 40), m.start()))
    for s in sentences:
        i = s.start
        while i < s.end and text[i] in _OPENERS:
            i += 1
        out.add(i)
    for s in headlines:
        out.update(m.start() for m in _CAPITALISED.finditer(text, s.start, s.end))
    return out


_CAPITALISED = patterns.compile(r"(?<![\w@#/])[A-Z]")
_DASH_BEFORE_CAPITAL = patterns.compile(r"(?:--?|—|–|_)[ \t]+(?=[A-Z])")
_DATELINE_BEFORE_DASH = patterns.compile(r"(?:\)|\b[A-Z]{2,}\.?)[ \t]*$")  # "(CNN) —", "JERUSALEM -"
_LONG_WORD = patterns.compile(r"[A-Za-z][\w’'-]{3,}")
HEADLINE_MAX_WORDS = 24
# A byte per character: 'A' a capital, 'a' a small letter, ' ' what no word can hold, '0' the rest
# (digits, "_", "-", "'", other letters, and '?', which also stands for any character beyond Latin-1).
_CASE_SHAPE = bytes(65 if 65 <= c <= 90 else 97 if 97 <= c <= 122 else
                    48 if chr(c).isalnum() or chr(c) in "_-'?" else 32 for c in range(256))


def _headline_sentences(text, sentences) -> list[Span]:
    """Short sentences written in headline case ("News To Your Inbox"): their capitals say nothing,
    so every word there is read like a sentence's first word, which must be known to count."""
    out = []
    shape = None
    for s in sentences:
        if text.count(" ", s.start, s.end) > HEADLINE_MAX_WORDS:
            continue  # prose
        # Cheap bounds first, in a byte view of letter cases: every " abcd" starts a lower-case long
        # word, and no more words are capitalised than there are capitals; 70% capitalised needs
        # 3 x capitals >= 7 x those. Prose fails here.
        if shape is None:
            shape = text.encode("latin-1", "replace").translate(_CASE_SHAPE)
        if 7 * shape.count(b" aaaa", s.start, s.end) > 3 * shape.count(b"A", s.start, s.end):
            continue
        long_words = _LONG_WORD.findall(text, s.start, s.end)
        # (headline case leaves only short words small: a sentence with two small words of its own,
        # "is a private high school", is prose full of names)
        small = sum(1 for w in long_words if not w[0].isupper() and w not in FUNCTION_WORDS)
        if len(long_words) >= 3 and small <= 1 and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words):
            out.append(s)
    return out


# A name (with its titles) holds at most this many capitalised words; a longer run of capitals is several names
# ("John Smith John Smith ...") or a list, and is read in pieces of this size, which keeps the work
# on one run bounded whatever the text.
MAX_CHUNK_TOKENS = 32


def _chunks(text, toks):
    """Runs of capitalised tokens, joined by one space or by a connector word."""
    chunk, links = [], []
    for tok in toks:
        if len(chunk) >= MAX_CHUNK_TOKENS:
            yield chunk, links
            chunk, links = [], []
        if chunk:
            prev_end = chunk[-1].end
            gap_len = tok.start - prev_end
            link = None
            if gap_len == 1:
                if text[prev_end] == " ":
                    link = ""
            elif 3 <= gap_len <= 11 and text[prev_end] == " ":
                gap = text[prev_end:tok.start]
                if _CONNECTOR.fullmatch(gap):
                    link = gap.strip()
            if link is not None and (not _is_function(tok) or link == "" and tok.text in _NAME_TIME_WORDS
                                     and not tok.sentence_initial):
                chunk.append(tok)
                links.append(link)
                continue
            yield chunk, links
            chunk, links = [], []
        chunk, links = [tok], []
    if chunk:
        yield chunk, links


# time words written with a capital right after a name are part of it: "USA Today", "Apocalypse Now"
_NAME_TIME_WORDS = frozenset({"Today", "Tonight", "Tomorrow", "Now"})


def _joined(words, links) -> str:
    """The words of a segment as written, with the connectors between them."""
    return words[0] + "".join(f" {link} {w}" if link else f" {w}" for w, link in zip(words[1:], links))


def _is_function(tok: Tok) -> bool:
    text = tok.text
    if text.lower() not in FUNCTION_WORDS:
        return False
    return not (text.isupper() and len(text) > 2 and not tok.sentence_initial)  # "SUCH TV": a name's own


def _segments(chunk, links, places):
    """Cut a chunk at connectors that do not belong to one name."""
    if not any(links):
        yield chunk, links  # one word, or words joined by spaces only: nothing to cut
        return
    seg, seg_links = [chunk[0]], []
    for tok, link in zip(chunk[1:], links):
        if link == "" or _keeps(seg, seg_links, link, tok, places):
            seg.append(tok)
            seg_links.append(link)
        else:
            yield seg, seg_links
            seg, seg_links = [tok], []
    yield seg, seg_links


def _keeps(seg, seg_links, link, tok, places) -> bool:
    words = [t.text for t in seg]
    if f"{_joined(words, seg_links)} {link} {tok.text}" in places:
        return True  # "United States of America", "Isle of Man": a place's own name holds the word
    first = link.split()[0]
    if first in _NAME_PARTICLES and not (first == "la" or first == "y") and words[-1] not in TITLE_WORDS:
        return tok.text[0].isupper() and len(seg) <= 3 and first not in ("of", "for", "and", "in", "on")
    if first in ("of", "for"):
        # "Organization for Security", "Bank of England", but not "European Union for Foreign ..."
        # (the head may close a longer name: "the Amateur Hockey Association of Canada")
        # ("European Union for Foreign and Security Policy" is a title's complement, not the Union's)
        if words[-1] in ORG_HEADS_WITH_COMPLEMENT and (len(seg) == 1 or tok.text not in TITLE_WORDS):
            return True
        if words[-1] in TITLE_WORDS and tok.text in DEPARTMENT_WORDS and first == "of":
            return True
        return False
    in_complement = seg[0].text in ORG_HEADS_WITH_COMPLEMENT and any(
        l[:3].strip() in ("of", "for") for l in seg_links)
    if first in ("and", "&"):
        # inside an organisation's complement: "... for Security and Co-operation"
        if in_complement:
            return True
        # "Central and Eastern Europe"
        return len(seg) == 1 and words[0] in DIRECTIONS and tok.text in DIRECTIONS
    if first == "in":
        return in_complement and tok.text in places
    return False


# ---------------------------------------------------------------------------------------------
# one segment

def _classify(text, seg, links, places, firsts, found, pending):
    # (a list of segments still to read, not recursion: the words before a title are read like a
    # segment of their own; the order of `found` does not matter, it is sorted)
    todo = [(seg, links)]
    while todo:
        seg, links = todo.pop()
        _classify_one(text, seg, links, places, firsts, found, pending, todo)


def _classify_one(text, seg, links, places, firsts, found, pending, todo):
    # leading words that only start the sentence
    while seg and (_is_function(seg[0]) or seg[0].text in NOT_ENTITIES and len(seg) > 1
                   and seg[0].sentence_initial and (seg[0].text not in DIRECTIONS or _surface(text, seg[:2]) not in places)
                   and not (len(seg) == 2 and seg[1].text in ORG_SUFFIXES)
                   or seg[0].text == "New" and seg[0].sentence_initial
                   and (len(seg) == 1 or _surface(text, seg[:2]) not in places)):
        # ("New rules for ..." at a sentence's start; "New York", "North Carolina Emergency Management",
        # "American Airlines" stay)
        seg, links = seg[1:], links[1:]
    # trailing lone direction or title ("... Council Secretary")
    if not seg:
        return
    if len(seg) > 1 and seg[-1].text in TRAILING_NOUNS:
        seg, links = seg[:-1], links[:-1]  # "Adam Air Flight 574": the airline, then its flight
    words = [t.text for t in seg]
    name = _surface(text, seg)
    if name in places:
        found.append((seg[0].start, seg[-1].end, "PLACE"))
        return

    if words[-1] in ORG_SUFFIXES and len(seg) > 1 and not all(w in TITLE_WORDS for w in words[:-1]):
        lead = _strip_modifiers(seg)
        if lead is not seg and lead:
            seg = lead
        found.append((seg[0].start, seg[-1].end, "ORG"))
        return
    if len(seg) > 1 and seg[0].text in ORG_HEADS_WITH_COMPLEMENT and links and links[0][:3].strip() in ("of", "for"):
        found.append((seg[0].start, seg[-1].end, "ORG"))
        return

    # titles: "NATO Secretary General Jens Stoltenberg" -> NATO + Jens Stoltenberg
    ti = _title_run(seg, links, words)
    if ti is not None and ti[1] == len(seg) and ti[0] > 0 and words[0] in firsts and seg[ti[0]].text in TITLE_HEADS:
        ti = None  # a title closing a name is the name's: "Martin Luther King", "Stephen King"
    if ti is not None:
        a, b = ti
        # the title's modifiers are no name: "U.S. Republican Senator" -> "U.S." ("Republican" qualifies
        # the title, as "Russian" does in "Russian President")
        lead = a
        while lead > 0 and seg[lead - 1].text in NOT_ENTITIES:
            lead -= 1
        if lead > 0:
            todo.append((seg[:lead], links[:lead - 1] if lead > 1 else []))
        rest = seg[b:]
        if rest and all(t.text not in TITLE_WORDS for t in rest[:1]):
            rest_links = links[b:]
            if len(rest) <= 4 and not _demonym(rest[0].text, places):
                if len(rest) == 1:
                    found.append((rest[0].start, rest[0].end, "PERSON"))
                else:
                    _classify_named(text, rest, rest_links, places, firsts, found, pending, person_hint=True)
        return
    _classify_named(text, seg, links, places, firsts, found, pending, words=words, name=name)


def _hyphenated_first(word: str, firsts) -> bool:
    """A given name of two joined by a hyphen: "Frank-Walter", "Jean-Claude", "Anne-Marie"."""
    if "-" not in word:
        return False
    head, _, tail = word.partition("-")
    return head in firsts and tail in firsts


def _classify_named(text, seg, links, places, firsts, found, pending, person_hint=False, words=None, name=None):
    # (a loop, not recursion: a full name that closes the phrase is taken off its end, and what
    # comes before it is read again, as often as names close it)
    while True:
        if _classify_named_step(text, seg, links, places, firsts, found, pending, person_hint, words, name):
            return
        k = len(seg) - 2
        found.append((seg[k].start, seg[-1].end, "PERSON"))
        seg, links, person_hint, words, name = seg[:k], links[:k - 1], False, None, None


def _classify_named_step(text, seg, links, places, firsts, found, pending, person_hint, words, name) -> bool:
    """Read one segment; False when a full name closes it (the caller takes it off and reads the rest)."""
    if words is None:
        words = [t.text for t in seg]
        name = _surface(text, seg)
    if name in places or (name.isupper() and len(name) > 4 and name.title() in places):
        found.append((seg[0].start, seg[-1].end, "PLACE"))
        return True
    if len(seg) > 2 and tuple(words[-2:]) in ORG_ENDINGS:
        found.append((seg[0].start, seg[-1].end, "ORG"))  # "Dover Area School District": a body, not a place
        return True
    if len(seg) > 1 and words[-1] in PLACE_SUFFIXES:
        found.append((seg[0].start, seg[-1].end, "PLACE"))
        return True
    if len(seg) > 1 and words[0] in DIRECTIONS and _surface(text, seg[-1:]) in places:
        found.append((seg[0].start, seg[-1].end, "PLACE"))
        return True
    if len(seg) == 1:
        _one_token(seg[0], places, found, pending, person_hint)
        return True
    if words[0] == "Air" and seg[1].text in places:
        # "Air France", "Air India Flight 171": an airline, named by its country
        found.append((seg[0].start, seg[1].end, "ORG"))
        if len(seg) > 2:
            _classify_named(text, seg[2:], links[2:], places, firsts, found, pending)
        return True
    # "Ukraine Dmytro Kuleba", "European Commission Josep Borrell": a place or body, then a person
    for k in range(1, len(seg) - 1):
        if seg[k].text not in firsts:
            continue
        head = _surface(text, seg[:k])
        if k == 1 and seg[0].text in firsts:
            continue  # "Martin Luther King": a first name that is also a town begins the name
        typ = "PLACE" if head in places else "ORG" if seg[k - 1].text in ORG_SUFFIXES or (
            k == 1 and _is_acronym(head) and head not in ACRONYM_STOPLIST) else None
        if typ:
            found.append((seg[0].start, seg[k - 1].end, typ))
            found.append((seg[k].start, seg[-1].end, "PERSON"))
            return True
    # "... Security Policy Josep Borrell": a full name closes the phrase
    k = len(seg) - 2
    if k >= 1 and seg[k].text in firsts and seg[k].text not in places and seg[k].text not in TITLE_WORDS \
            and seg[-1].text not in ORG_SUFFIXES and not links[k - 1] \
            and not (len(seg) <= 3 and seg[0].text in firsts):  # ("Martin Luther King" is one name)
        return False
    # (a first name that is also a town, "David", "George", still begins a person's name when the
    # name does not end in a place: "David Irving", not "Victoria Falls")
    if person_hint or ((words[0] in firsts or _hyphenated_first(words[0], firsts))
                       and (words[0] not in places or words[-1] not in places)
                       and len(seg) <= 4 and not any(w in ORG_SUFFIXES for w in words)
                       and (all(_name_shaped(w) for w in words[1:])
                            or len(words) == 2 and _LONE_CAPITAL.fullmatch(words[1]))):  # "Thomas D"
        found.append((seg[0].start, seg[-1].end, "PERSON"))
        return True
    if _LONE_CAPITAL.fullmatch(words[-1]):
        return True  # "Mac OS X", "Class A", "Model S": a product's or a class's letter, no one's name
    if seg[0].sentence_initial and all(w.lower() in FUNCTION_WORDS or w in NOT_ENTITIES for w in words[:1]) \
            and not (words[0] in DIRECTIONS and len(words) > 1 and f"{words[0]} {words[1]}" in places):
        seg = seg[1:]
        if not seg:
            return True
    # "Russian-Ukrainian", "Western European": adjectives of nationality, every word of them ("Grumman"
    # ends like "Russian" and is no adjective)
    if all(_demonym(w, places) or w in DIRECTIONS or w in TITLE_WORDS for w in words) \
            and any(_demonym(w, places) for w in words) and not any(w in places for w in words):
        return True
    if all(w in TITLE_WORDS or w in NOT_ENTITIES for w in words):
        return True
    found.append((seg[0].start, seg[-1].end, WEAK_ORG))
    return True


def _one_token(tok, places, found, pending, person_hint):
    w = tok.text
    if w in places:
        found.append((tok.start, tok.end, "PLACE"))
        return
    if "-" in w:
        parts = w.split("-")
        if all(p in places or _is_acronym(p) for p in parts):
            pos = tok.start
            for p in parts:
                typ = "PLACE" if p in places else "ORG"
                if p not in ACRONYM_STOPLIST:
                    found.append((pos, pos + len(p), typ))
                pos += len(p) + 1
            return
        if parts[0] in places and parts[-1][:1].islower():
            found.append((tok.start, tok.start + len(parts[0]), "PLACE"))  # "Vienna-based"
            return
        if parts[-1][:1].islower():
            return
    if person_hint:
        found.append((tok.start, tok.end, "PERSON"))
        return
    if _is_acronym(w):
        if w.isupper() and len(w) > 4 and w.title() in places:
            found.append((tok.start, tok.end, "PLACE"))
        elif w not in ACRONYM_STOPLIST and not w.isdigit():
            found.append((tok.start, tok.end, "ORG"))
        return
    pending.append(tok)


_STORM_NAME = patterns.compile(r"\b(?:" + "|".join(w.strip() for w in STORM_WORDS) + r") ([A-Z][a-z]+)\b")
_EVENT_BEFORE = patterns.compile(r"\b(?:" + "|".join(sorted(EVENT_HEADS)) + r") \($")
_NUMBER_BEFORE = patterns.compile(r"(?<![\d,.$€£])\b(?:[A-Z]\d{2,4}|\d{3})(?:-\d+)? $")  # "787 ", "A380 ", not a year
_CURRENCY_AFTER = patterns.compile(r" ?(?:\$|dollars?\b)")
# a model number closing a name: "Airbus A380", "Vickers VC-10", "A330-200"
_MODEL_NUMBER = patterns.compile(r"(?:[A-Z]{1,3}-?)?\d{2,}[A-Z\d-]*|[A-Z]{1,3}-?\d[A-Z\d-]*")


# the nouns a firm's name modifies in news ("Apple engineers", "the Airbus website", "Boeing
# employees"): the mention is the thing of the firm, as MEANTIME and ACE annotate it, not the firm
_MODIFIED = patterns.compile(r" (?:CEO|CFO|COO|[Cc]hief|executives?|[Ss]pokes(?:man|woman|person)|employees|engineers|"
                       r"workers|staff|website|site|store|stores|logo|brand|trademarks?|products|devices|"
                       r"computers|processors|jets|aircraft|planes|engines|models|shares|stock|officials|"
                       r"laptops|notebooks|smartphones|phones|tablets|software|operating system|chips|jetliners|airliners|"
                       r"customers|users|fans|executive)\b")


def _not_a_name(text, a, b) -> bool:
    """Capitals that name a currency, an event or a product, which are not people, organisations
    or places: "US$ 20", "US dollars", "the Paris Air Show", "the Airbus A380"."""
    c = text[b:b + 1]
    if c == " " and _MODIFIED.match(text, b):
        return True
    if c == ")" and text[a - 1:a] == "(" and _EVENT_BEFORE.search(text, max(0, a - 40), a):
        return True  # "the Worldwide Developers Conference (WWDC)": the event's short name
    if a >= 2 and text[a - 2].isdigit() and _NUMBER_BEFORE.search(text, max(0, a - 12), a) \
            and text[a:b].rsplit(" ", 1)[-1] not in STREET_WORDS:
        return True  # "the Boeing 787 Dreamliner": a model's name after its number ("340 Hay Street" is an address)
    if (c == "$" or c == " " and text[b + 1:b + 2] in ("$", "d")) and _CURRENCY_AFTER.match(text, b):
        return True
    if text.find(" ", a, b) < 0:
        return False
    surface = text[a:b]
    last = surface.rsplit(" ", 1)[1]
    if surface.startswith(STORM_WORDS) and any(
            surface.startswith(w) and " " not in surface[len(w):] for w in STORM_WORDS):
        return True  # "Hurricane Ian", "Tropical Storm Nate": a storm ("National Hurricane Center" stays a name)
    return last in EVENT_HEADS or bool(_MODEL_NUMBER.fullmatch(last))


def _lone_word(tok, known, places, firsts, text):
    w = tok.text
    if w in known:
        return known[w]
    if w in INSTITUTIONS:
        return "ORG"
    if w in NOT_ENTITIES or w in TITLE_WORDS or w in DIRECTIONS or w in ACRONYM_STOPLIST:
        return None  # (and units: "2 GHz")
    if w.lower() in FUNCTION_WORDS or _demonym(w, places) or w.lower() in MONTHS or w.lower() in WEEKDAYS:
        return None
    if any(c.isdigit() for c in w):
        return None  # model numbers: "A380", "737"
    # a sentence's first word is a name only when what follows says so ("Wendlow is a village",
    # "Brightwater's shares fell"): its capital is no evidence
    if tok.sentence_initial and max(evidence(text, tok.start, tok.end).values()) < STRONG:
        return None
    return WEAK_PERSON if w in firsts else WEAK_ORG


def _aliases(text, found, firsts) -> dict[str, str]:
    """Names a document uses for what it has named in full: 'Borrell' for 'Josep Borrell'."""
    known: dict[str, str] = {}
    for a, b, typ in found:
        surface = text[a:b]
        known.setdefault(surface, typ)
        if typ == "PERSON":
            parts = surface.split()
            if len(parts) > 1:
                known[parts[-1]] = "PERSON"
                known[parts[-1] + "\0surname"] = "PERSON"
                if parts[0] in firsts:
                    known.setdefault(parts[0], "PERSON")  # "Angelo" for "Angelo Ruiz", told later
    return known


# ---------------------------------------------------------------------------------------------
# helpers

def _surface(text, seg) -> str:
    return text[seg[0].start:seg[-1].end]


_LONE_CAPITAL = patterns.compile(r"[A-Z]")



def _name_shaped(w: str) -> bool:
    """A word that can follow a first name in a person's name: a capitalised word with small
    letters ("Leonard", "McCain", "O'Leary"), an initial ("F."), a particle ("van"); not an
    acronym or a letter ("Mac OS X")."""
    if w in _NAME_PARTICLES or len(w) == 2 and w[1] == ".":
        return True
    return any(c.islower() for c in w[1:]) or w.endswith(".") and len(w) <= 3


def _is_acronym(w: str) -> bool:
    # (a small letter second rules out every form, and most words: no regex for them)
    return not w[1:2].islower() and bool(_ACRONYM.fullmatch(w))


def _demonym(w: str, places) -> bool:
    if w in places or w in gazetteer.first_names():
        return False
    if w in NOT_ENTITIES:
        return True
    base = w.split("-")[0]
    if not (base[:1].isupper() and base[1:].islower()) or base in places:
        return False
    if base.endswith(DEMONYM_ENDINGS):
        return True
    return _named_after_country(base)


def _named_after_country(w: str) -> bool:
    """A people named after its country by the ending news gives it: "Iraqi", "Cypriots",
    "Britons", "Turks", "Serbs" (not a first name's plural: "Martins")."""
    stems, firsts = gazetteer.country_stems(), gazetteer.first_names()
    one = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
    if one != w and one in stems and one not in firsts:
        return True  # "Turks", "Serbs", "Kurds", "Czechs"
    for ending in ("i", "iot", "on"):
        if one.endswith(ending) and one[:-len(ending)] in stems and not one.endswith("ion"):  # ("Dominion")
            return True  # "Iraqi(s)", "Cypriot(s)", "Briton(s)"
    return False


def _strip_modifiers(seg):
    """Drop a leading demonym or title from an organisation: 'Russian Foreign Ministry' stays whole,
    but 'Spokeswoman Sandy ...' is not an organisation."""
    return seg


# the words that make a title word the name of a body: "Justice Department", "Mayor's Office"
_BODY_AFTER_TITLE_WORD = frozenset({"Department", "Ministry", "Office", "Committee", "Commission", "Council",
                                    "Court", "Agency", "Bureau", "Service", "Division", "Department's"})


def _title_run(seg, links, words):
    """(start, end) of the last run of title words holding a head ("Deputy Secretary of State"),
    or None. "General" heads a title only beside another title word ("General Motors" is a firm)."""
    n = len(words)
    i = n - 1
    while i >= 0 and not (words[i] in TITLE_HEADS and (words[i] != "General" or
                                                        (i > 0 and words[i - 1] in TITLE_WORDS))
                          and not (i + 1 < n and words[i + 1] in _BODY_AFTER_TITLE_WORD)):
        i -= 1  # ("the Justice Department", "the Sheriff's Office": a body named after an office)
    if i < 0:
        return None
    start, end = i, i + 1
    while start > 0 and words[start - 1] in TITLE_WORDS and links[start - 1] == "":
        start -= 1
    while end < n and (words[end] in TITLE_WORDS and links[end - 1] == "" or
                       links[end - 1] in ("of", "of the") and words[end] in DEPARTMENT_WORDS):
        end += 1
    return start, end
