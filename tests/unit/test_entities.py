"""Names a reader expects highlighted, with their type, and capitals that are not names."""
import pytest

from extract import extract


def names(text):
    return {(e.text, e.type) for e in extract(text, dct="2022-01-04").entities}


@pytest.mark.parametrize("text,expected", [
    ("EU foreign policy chief Josep Borrell will visit Kyiv.",
     {("EU", "ORG"), ("Josep Borrell", "PERSON"), ("Kyiv", "PLACE")}),
    ("The talks were held at the State Department in Washington.",
     {("State Department", "ORG"), ("Washington", "PLACE")}),
    ("NATO Secretary General Jens Stoltenberg met the NATO-Russia Council.",
     {("NATO", "ORG"), ("Jens Stoltenberg", "PERSON"), ("NATO-Russia Council", "ORG")}),
    ("U.S. Secretary of State Antony Blinken spoke to Russia.",
     {("U.S.", "PLACE"), ("Antony Blinken", "PERSON"), ("Russia", "PLACE")}),
    ("Talks under the Organization for Security and Co-operation in Europe (OSCE) resume.",
     {("Organization for Security and Co-operation in Europe", "ORG"), ("OSCE", "ORG")}),
    ("Russia annexed Ukraine's Crimean Peninsula in 2014.",
     {("Russia", "PLACE"), ("Ukraine", "PLACE"), ("Crimean Peninsula", "PLACE")}),
    ("Troops were sent to Central and Eastern Europe.", {("Central and Eastern Europe", "PLACE")}),
    ("Russian Deputy Foreign Minister Sergei Ryabkov arrived in Geneva.",
     {("Sergei Ryabkov", "PERSON"), ("Geneva", "PLACE")}),
    ("Foreign Minister of Ukraine Dmytro Kuleba will visit NATO Headquarters.",
     {("Ukraine", "PLACE"), ("Dmytro Kuleba", "PERSON"), ("NATO Headquarters", "ORG")}),
    ("Apple Inc. said its chief executive Tim Cook would speak.",
     {("Apple Inc.", "ORG"), ("Tim Cook", "PERSON")}),
])
def test_finds_names_with_their_type(text, expected):
    assert expected <= names(text)


def test_a_surname_alone_names_the_person_named_in_full():
    text = "Josep Borrell spoke to reporters. Later, Borrell flew home. Borrell said little."
    found = [(e.text, e.type) for e in extract(text).entities]
    assert found.count(("Borrell", "PERSON")) == 2


def test_no_entity_on_sentence_capitals_weekdays_or_months():
    text = ("Meanwhile the talks went on. According to officials, nothing changed. On Tuesday in January "
            "Westerners said little. Before the vote, observers waited.")
    found = {e.text for e in extract(text).entities}
    assert not found & {"Meanwhile", "According", "On", "Tuesday", "January", "Westerners", "Before"}


def test_adjectives_of_nationality_are_not_places():
    found = {e.text for e in extract("Russian and Ukrainian officials met European diplomats.").entities}
    assert not found & {"Russian", "Ukrainian", "European"}


def test_possessives_stay_outside_the_span():
    found = [(e.text, e.type) for e in extract("Moscow’s demands and NATO's answer.").entities]
    assert ("Moscow", "PLACE") in found and ("NATO", "ORG") in found


def test_model_numbers_are_not_organisations():
    found = {e.text for e in extract("The airline flies the A380 and the 787 from Doha.").entities}
    assert "A380" not in found


def test_the_one_word_shortcut_decides_like_the_general_path():
    """A lone capitalised word skips the segment machinery; it must decide exactly as it would."""
    from extract import entities as E
    words = ["Kyiv", "Paris", "NATO", "OSCE", "U.S.", "B9", "A380", "President", "General", "Secretary",
             "The", "THE", "But", "KYIV", "PARIS", "LONDON", "Russian", "Vienna-based", "Russia-Ukraine",
             "NATO-Russia", "Borrell", "Tuesday", "January", "Boeing", "SUCH", "TV", "Inc", "Minister", "X"]
    for word in words:
        for initial in (False, True):
            E._CHUNK_CACHE.clear()
            fast = E._classify_word(word, initial)
            E._CHUNK_CACHE.clear()
            general = E._classify_chunk(word, (initial,), [E.Tok(0, len(word), word, initial)], [])
            assert fast == general, (word, initial)


def test_a_run_read_without_a_regex_gives_the_tokens_the_regex_gives():
    from extract import entities as E, gazetteer
    text = ("Secretary of State Antony Blinken met NATO Secretary General Jens Stoltenberg and Apple Inc. "
            "officials at the Organization for Security and Co-operation in Europe. The Vienna-based OSCE, "
            "the U.S. Department of State, Bank of England and O'Leary & Sons Ltd. agreed. Josep Borrell "
            "of the European Union and The New York Times, Central and Eastern Europe, Russia’s Lavrov.")
    places = gazetteer.places()
    for m in E._RUN.finditer(text):
        a, b = m.span()
        initial = {a, a + 10}
        by_regex = [(t.start - a, t.end - a, t.text, t.sentence_initial)
                    for t in E._tokens(text, a, b, initial, [], places)]
        rel = tuple(p - a for p in sorted(initial))
        by_split = [(t.start, t.end, t.text, t.sentence_initial)
                    for t in E._run_tokens(text[a:b + 1], b - a, rel, places)]
        assert by_split == by_regex, m.group()


def test_the_cheap_headline_bound_never_rejects_a_headline():
    from extract import entities as E
    from extract.model import Span
    samples = ["News To Your Inbox Every Morning", "Co-operation And Security In Europe Today",
               "Élysée Palace Hosts Talks", "NATO's Big Week: Leaders Meet In Brussels", "U.S. To Send Envoys",
               "the talks were held in a small room", "Biden, Putin To Talk By Phone", "Top 10 Stories Of 2022"]
    for s in samples:
        assert E._headline_sentences(s, [Span(0, len(s))]) == (
            [Span(0, len(s))] if _is_headline_by_definition(s) else []), s


def _is_headline_by_definition(s):
    from extract import entities as E
    words = E._LONG_WORD.findall(s)
    return s.count(" ") <= E.HEADLINE_MAX_WORDS and len(words) >= 3 and \
        sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def test_a_damaged_gazetteer_cache_is_rebuilt_not_trusted(tmp_path, monkeypatch):
    from extract import gazetteer
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    gazetteer.places.cache_clear()
    try:
        built = gazetteer.places()
        (cached,) = (tmp_path / "dateline").glob("places-*")
        cached.write_bytes(b"\x00not a gazetteer")
        gazetteer.places.cache_clear()
        assert gazetteer.places() == built and "Kyiv" in built
        gazetteer.places.cache_clear()
        assert gazetteer.places() == built  # and the rebuilt cache reads back
    finally:
        gazetteer.places.cache_clear()


# ---- names typed by the words around them (extract/name_context.py) and by fuller gazetteers
@pytest.mark.parametrize("text,expected", [
    # prepositions and nouns of place before a name no gazetteer knows
    ("The regiment camped near Oxbury before the march.", ("Oxbury", "PLACE")),
    ("She grew up in the village of Tarnholm, where her father farmed.", ("Tarnholm", "PLACE")),
    # apposition: what the name is said to be
    ("Wendlow is a village in the hills, known for its mill.", ("Wendlow", "PLACE")),
    ("Glassmoth, a band from the coast, released its first record.", ("Glassmoth", "ORG")),
    # a name beside a known place, or listed with places
    ("The train ran from Pelbridge, Ohio to the coast.", ("Pelbridge", "PLACE")),
    ("The slow trains stop at Sheffield, Marrowby and Leeds on their way north.", ("Marrowby", "PLACE")),
    # who someone is to someone, and what is theirs
    ("He toured with his brother, Corvin, for ten years.", ("Corvin", "PERSON")),
    ("Dessaline's father was a fisherman on the island.", ("Dessaline", "PERSON")),
    ("Brightwater's shares fell after the report.", ("Brightwater", "ORG")),
    # movement ends and starts in places; a first name doing something is a person
    ("After the flood the line was extended to Hallowmere by the company.", ("Hallowmere", "PLACE")),
    ("At dawn Hayley gets into the car and drives off.", ("Hayley", "PERSON")),
    # provinces, states and counties of every country (ISO 3166-2), former countries
    ("Rain fell across Tasmania and Goa on the same day.", ("Tasmania", "PLACE")),
    ("The treaty was signed in Czechoslovakia.", ("Czechoslovakia", "PLACE")),
])
def test_a_name_is_typed_by_its_company(text, expected):
    assert expected in names(text)


def test_a_first_name_alone_names_the_person_named_in_full_earlier():
    text = "Angelo Marquez opened a club in 1998. Two years later Angelo sold it."
    found = [(e.text, e.type) for e in extract(text).entities]
    assert ("Angelo", "PERSON") in found


def test_a_lone_firm_name_stays_an_organisation_in_news():
    text = "The carrier ordered jets from Zentrix. Zentrix said deliveries begin soon."
    assert ("Zentrix", "ORG") in names(text)


def test_a_capitalised_common_word_is_not_a_name():
    text = "Campaign Notes\nThe campaign began in spring. Volunteers joined the Campaign later."
    assert not {e.text for e in extract(text).entities} & {"Campaign"}


def test_names_keep_their_initials_and_letters_beyond_ascii():
    found = names("Officials named Frederick H. Collier and Tomo Miličević; Stanisław Nowak came later.")
    assert {("Frederick H. Collier", "PERSON"), ("Tomo Miličević", "PERSON"),
            ("Stanisław Nowak", "PERSON")} <= found


@pytest.mark.parametrize("text,expected", [
    ("Flights from New York and New Delhi were cancelled.", {("New York", "PLACE"), ("New Delhi", "PLACE")}),
    ("He spoke with David Marlow and George Pettigrew at length.",
     {("David Marlow", "PERSON"), ("George Pettigrew", "PERSON")}),
    ("The medal went to Brigadier General Ross T. Hallam in June.", {("Ross T. Hallam", "PERSON")}),
    ("She chaired the Amateur Rowing Association of Canada for years.",
     {("Amateur Rowing Association of Canada", "ORG")}),
])
def test_names_that_begin_with_new_or_with_a_first_name_that_is_also_a_town(text, expected):
    assert expected <= names(text)


def test_currencies_events_and_products_are_not_organisations_or_places():
    found = {e.text for e in extract(
        "The airline paid US$ 40 million for two Airbus A380 jets, shown at the Paris Air Show; "
        "the deal was worth 30 million US dollars.").entities}
    assert not found & {"US", "Airbus A380", "Paris Air Show"}


def test_a_title_complement_is_not_swallowed_by_the_organisation_before_it():
    found = names("Last week the High Representative of the European Union for Foreign and Security Policy "
                  "Josep Borrell arrived in the region and met local officials there.")
    assert {("European Union", "ORG"), ("Josep Borrell", "PERSON")} <= found


def test_a_firms_name_modifying_a_noun_is_the_things_not_the_firm():
    # (as MEANTIME and ACE annotate news: the mention is "Zentrix engineers", headed by its noun)
    found = names("The Zentrix engineers met Zentrix CEO Dana Hollis, and Zentrix said it would hire.")
    assert ("Dana Hollis", "PERSON") in found and ("Zentrix", "ORG") in found
    texts = [(e.text, e.start) for e in extract("The Zentrix engineers met Zentrix CEO Dana Hollis.").entities]
    assert all(t != "Zentrix" for t, _ in texts)


def test_an_events_short_name_and_a_models_name_after_its_number_are_not_organisations():
    found = {e.text for e in extract("Crowds filled the Harbour Developers Conference (HDC) to see the "
                                     "Orbis 747 Skyliner land, then the Orbis crew spoke.").entities}
    assert not found & {"HDC", "Skyliner", "Harbour Developers Conference"}


def test_a_name_ending_like_a_nationality_adjective_is_still_a_name():
    assert ("Northrop Grumman", "ORG") in names("Northrop Grumman and its partner won the tanker deal in a close race.")


def test_a_title_word_closing_a_full_name_belongs_to_the_name():
    assert ("Martin Luther King", "PERSON") in names("The pastor quoted Martin Luther King in a sermon to the crowd.")


# Products, units and offices that look like names, and names that look like something else
@pytest.mark.parametrize("text,expected", [
    # a first name before an acronym or a letter names a product, not a person
    ("The firm unveiled Mac OS X at the event.", set()),
    # but a first name and a letter alone is a stage name
    ("The rapper Thomas D released an album.", {("Thomas D", "PERSON")}),
    # a first name after "the" is a thing
    ("Sales of the Mac rose. The Mac has outpaced rivals.", {("Mac", "ORG")}),
    # an office held, in apposition, makes the name a person's, and then his surname too
    ("Orvald Tusk Brenner, minister of transport for Norway, said no. Brenner told reporters.",
     {("Orvald Tusk Brenner", "PERSON"), ("Norway", "PLACE"), ("Brenner", "PERSON")}),
    # the words of a C-suite title are no one's name
    ("Dana Moss, Chief Operating Officer of Lumen Airways, spoke.", {("Dana Moss", "PERSON"), ("Lumen Airways", "ORG")}),
    # units after a figure, colours, and the world are not names
    ("It comes in Black and White with a 2 GHz chip and 16 GB of memory.", set()),
    ("World's largest kite flies in Dunmore.", {("Dunmore", "PLACE")}),
    # an airline named by its country, and the flight after an airline's name
    ("The search for Air Norway Flight 447 and Adam Air Flight 574 goes on.",
     {("Air Norway", "ORG"), ("Adam Air", "ORG")}),
    # a web site is an organisation, its domain included
    ("The news site Kompas.com reported it first.", {("Kompas.com", "ORG")}),
    # a name before the sort of product it names is the product's ("the Zentrix Aero laptops"); a
    # holiday season is no organisation
    ("Zentrix Aero laptops sold well over the Christmas and New Year holidays.", set()),
    # newspapers, bands, trusts and dioceses by their last word, even after a first name; an
    # empire is a place; a school district a body
    ("The Houston Chronicle and the Dave Matthews Band backed the Roman Catholic Diocese.",
     {("Houston Chronicle", "ORG"), ("Dave Matthews Band", "ORG"), ("Roman Catholic Diocese", "ORG")}),
    ("It fell to the Ottoman Empire; the Tamsby Area School District sued.",
     {("Ottoman Empire", "PLACE"), ("Tamsby Area School District", "ORG")}),
    # an address keeps its street after the number; a town before its state or country is a place
    # (but not a firm before a country's possessive)
    ("The office moved to 340 Harrow Street. He grew up in Quellby, Alabama.",
     {("Harrow Street", "PLACE"), ("Quellby", "PLACE"), ("Alabama", "PLACE")}),
    # a name before a place's possessive is in apposition, not in a list with it
    ("Shares of Zentrix, Europe's biggest maker, fell.", {("Zentrix", "ORG"), ("Europe", "PLACE")}),
    # acronyms of common nouns (a knockout, a pitcher's average, a record, a car) and an era
    ("He won by KO, kept an ERA of 2.10, cut an EP, drove an SUV and studied the Middle Ages.", set()),
    # a place whose own name holds "of"
    ("Envoys of the United States of America arrived.", {("United States of America", "PLACE")}),
    # a capitalised time word after a name belongs to it; one alone, a title's word, names nothing
    ("She told Orbit Today that the plant would close.", {("Orbit Today", "ORG")}),
    ("The band won Video of the Year.", set()),
])
def test_products_units_offices_and_names_of_other_shapes(text, expected):
    assert names(text) == expected


def test_a_preposition_before_a_possessive_governs_what_is_possessed():
    # "from Corvex's store" says nothing about where Corvex is: the firm stays a firm
    text = "Songs bought from Corvex's store and from Corvex's site play anywhere."
    assert ("Corvex", "PLACE") not in names(text)


def test_a_given_name_of_two_joined_by_a_hyphen_names_a_person():
    assert ("Frank-Walter Obermann", "PERSON") in names("Frank-Walter Obermann said he hoped the talks would resume.")
    assert ("Lars-Erik Lindqvist", "PERSON") in names("Lars-Erik Lindqvist said he hoped the talks would resume.")


def test_the_word_after_a_wire_datelines_dash_starts_a_sentence():
    # its capital says nothing: "Swollen" is no organisation
    got = names("Floods\n\nHARBOURTOWN (Wire) - Swollen rivers kept rising on Monday in Louisiana.")
    assert not any(text == "Swollen" for text, _ in got)
    assert ("Louisiana", "PLACE") in got


def test_a_titles_modifier_is_no_name():
    got = names("U.S. Republican Senator Jane Hollis visited the border.")
    assert ("U.S.", "PLACE") in got and ("Jane Hollis", "PERSON") in got
    assert not any("Republican" in text for text, _ in got)


def test_names_as_local_news_writes_them():
    # a state as datelines abbreviate it; a town of "a <town> man"; a storm is an event, a category no name
    got = names("MILLBROOK, Vt. (Wire) - A Tamsford man was hurt when Hurricane Ulla reached the coast "
                "as a Category 3 storm, Westfield City Councilman Dara Quill said.")
    assert ("Vt", "PLACE") in got and ("MILLBROOK", "PLACE") in got
    assert ("Tamsford", "PLACE") in got
    assert not any("Ulla" in text or text == "Category" for text, _ in got)
    assert ("Dara Quill", "PERSON") in got and not any("Councilman" in text for text, _ in got)


def test_a_direction_opening_a_sentence_stays_when_it_names_a_place():
    got = names("North Carolina Emergency Management is watching the storm.")
    assert got == {("North Carolina Emergency Management", "ORG")}


def test_titles_abbreviated_with_a_point_and_saints_places():
    got = names("Mr. Quillon said Lt. Gen. Jorvan Tash would fly to St. Louis.")
    assert ("Quillon", "PERSON") in got and ("Jorvan Tash", "PERSON") in got
    assert ("St. Louis", "PLACE") in got


def test_a_title_in_small_letters_before_a_name_and_words_that_are_no_names():
    got = names("Party general secretary Randeep Tomar said Rs 2,000 would be paid at 16:47 IST, "
                "before the General Elections, as the CM promised.")
    assert ("Randeep Tomar", "PERSON") in got
    assert not any(text in ("Rs", "IST", "CM") or "Elections" in text for text, _ in got)


def test_a_body_named_by_one_word_is_an_organisation():
    assert ("Congress", "ORG") in names("Hollis served in Congress for three decades.")
    assert ("Kremlin", "ORG") in names("The Kremlin said no.")


def test_offices_titles_and_leaders_as_us_courts_and_counties_write_them():
    got = names("The Justice Department appealed after U.S. District Judge Mara Vell ruled, and Harbor "
                "County Executive Dan Orrin and Westbury District Attorney Ana Prieto said the Orrin "
                "administration would comply.")
    assert ("Justice Department", "ORG") in got
    assert ("U.S.", "PLACE") in got and ("Mara Vell", "PERSON") in got
    assert ("Harbor County", "PLACE") in got and ("Dan Orrin", "PERSON") in got
    assert ("Ana Prieto", "PERSON") in got and not any("Attorney" in text or "District" in text for text, _ in got)
    assert ("Orrin", "PERSON") in got


def test_a_storm_named_in_full_names_it_alone_too():
    got = names("Tropical Storm Ulla is forecast to strengthen. The remnants of Ulla will bring rain to Tamsford.")
    assert not any("Ulla" in text for text, _ in got)
    assert ("Ulla Berg", "PERSON") in names("Ulla Berg said so. Ulla left on Monday.")


def test_a_nationality_opening_a_firms_name_at_a_sentences_start_stays():
    assert names("American Airlines said it would add flights.") == {("American Airlines", "ORG")}


@pytest.mark.parametrize("people", ["Cypriots", "Cypriot", "Iraqis", "Israelis", "Britons", "Turks", "Serbs"])
def test_a_people_named_after_its_country_is_no_name(people):
    # a nationality, as CoNLL leaves out of people, organisations and places
    assert names(f"The banks stayed shut, and {people} queued at cash machines in Nicosia.") == {("Nicosia", "PLACE")}


def test_a_surname_like_a_demonym_stays_a_name():
    assert ("Ana Martins", "PERSON") in names("Ana Martins said the banks stayed shut.")


def test_a_title_case_headline_names_only_what_the_article_names():
    text = ("Quembo Swearing-In Expected After Big Victory In Run-Off\n\n"
            "Velmark's president, Robert Quembo, is expected to be sworn in on Sunday.\n")
    got = names(text)
    assert ("Quembo", "PERSON") in got and not any("Victory" in t or "Expected" in t for t, _ in got)
