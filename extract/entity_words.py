"""Word lists that decide what a capitalised phrase names. Data only; entities.py is the engine."""
from __future__ import annotations

# Capitalised only because they start a sentence or a headline word: never an entity on their own.
# ("New" is not one: it begins "New York", "New Delhi", "New Zealand"; at a sentence's start it is
# dropped unless the name it begins is known, see entities._classify_one.)
FUNCTION_WORDS = frozenset("""
the a an in on at for with according after before meanwhile but and however while although this that
these those it he she they we i you his her their our its my your as if when since last next both
many some other others all any each every no not there here what who whom which where why how also
only even just still yet so then than thus though because despite during under over between among
against into through from to of by about around until unless whether do does did is are was were be
been has have had will would can could should may might must shall said says read source link more
most one two three first second former earlier later today yesterday tomorrow now following
speaking asked furthermore moreover instead indeed overall finally currently recently similarly
likewise unlike like once twice such several few much very well perhaps maybe please thank thanks
yes ok let let's note see click subscribe follow share updated update breaking exclusive analysis
opinion editorial comment photo video watch listen related advertisement sponsored we're it's
there's here's what's that's don't doesn't didn't won't can't isn't aren't wasn't weren't
nor or either neither via per upon within without across along beyond toward towards amid amidst
""".split())

# A place's last words that, after these, name a body: "Dover Area School District"
ORG_ENDINGS = frozenset({("School", "District")})
# The last word of an address: "340 Hay Street" is a place, though a number comes before it
STREET_WORDS = frozenset({"Street", "Avenue", "Road", "Lane", "Boulevard", "Drive", "Place", "Square", "Way",
                          "Ave", "Rd", "Blvd"})
# Capitalised nouns that close a run of capitals without belonging to the name before them
TRAILING_NOUNS = frozenset({"Flight", "Flights"})  # "Adam Air Flight 574": the airline, then its flight

# Titles before a name: a head, which may stand alone before the name ("Secretary Blinken") ...
TITLE_HEADS = frozenset("""
President Minister Secretary Secretary-General Representative Chancellor Senator Sen Governor Gov
Mayor Ambassador Spokesman Spokeswoman Spokesperson Chairman Chairwoman Chairperson Chief CEO CFO
COO CTO Director Commissioner Envoy King Queen Prince Princess Pope Judge Justice Mr Mrs Ms Miss Dr
Prof Professor Sir Dame Lord Lady Rep Gen Col Lt Sgt Capt Adm Premier Head Leader Founder
Co-founder Analyst Officer Admiral Colonel Captain Lieutenant Sergeant Major Correspondent Editor
Doctor Father Bishop Cardinal Rabbi Imam Sheikh Emir Sultan Coach Manager Speaker Whip Marshal
Commander Inspector Superintendent Sheriff Councillor Councilor Congressman Congresswoman Lawmaker
Delegate Diplomat Official Minister-President General Brigadier Commodore Corporal Ensign Marshal
Councilman Councilwoman Councilmember Alderman Alderwoman Assemblyman Assemblywoman Assemblymember
Selectman Supervisor Trustee Treasurer Prosecutor Detective Trooper Magistrate Coroner Comptroller
Epidemiologist Executive Attorney
""".split())
# ... and words that qualify a head ("Deputy Foreign Minister"), titles only beside one.
TITLE_MODIFIERS = frozenset("""
Vice Deputy Foreign Defence Defense Prime High Executive Senior Acting Interim Former Interior
Finance Trade Assistant Under Undersecretary Attorney Surgeon Presidential Economy Economic Health
Justice Labour Labor Transport Transportation Education Energy Agriculture Commerce Culture
Environment Affairs Security Homeland Treasury Development Communications Managing Supreme Grand
Lead Principal First Second Chief Co Joint Permanent Special State
Operating Financial Marketing District Circuit
""".split())
TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS
# "Secretary of State", "Minister of Defence": a title that takes its department with 'of'.
DEPARTMENT_WORDS = frozenset("""State Defense Defence Treasury Interior Commerce Energy Agriculture Labor
Labour Transportation Transport Education Health Justice Finance Economy Trade Culture Homeland
Foreign Affairs Environment Development Communications Industry Security""".split())

ORG_SUFFIXES = frozenset("""
Council Commission Committee Department Ministry Union Organization Organisation Agency Service
Services Inc Corp Corporation Ltd Co Company Group Bank Association Alliance Party Parliament
Headquarters Airlines Airways Force Army Navy University Institute News TV Times Post Journal
Research Office Court Senate Congress Assembly Federation Fund Foundation Authority Board Network
Systems Technologies Technology Motors Aerospace Industries Holdings Partners Capital Media Press
Bureau Club League Society Center Centre College School Academy Museum Church Corps Guard Police
Government Administration Cabinet Secretariat Forum Coalition Movement Front Brigade Laboratory
Labs Records Studios Entertainment Pictures Communications Telecom Electric Energy Petroleum
Exchange Reserve Nations GmbH AG SA NV N.V. plc PLC LLC LP Pharmaceuticals Software Computer
Computers Motor Airline Air Commission Regiment Battalion Division Command Tribunal Cooperation
Chronicle Sentinel Herald Tribune Gazette Courier Inquirer Examiner Statesman Dispatch Bulletin Telegraph
Band Orchestra Choir Trust Diocese Archdiocese
Co-operation Initiative Programme Program Project Institution Institutions Consortium Aircraft
Inc. Ltd. Corp. Co.
""".split())
# A lone head that needs its complement: "Organization for Security and Co-operation in Europe".
ORG_HEADS_WITH_COMPLEMENT = frozenset("""Organization Organisation Ministry Department Council Bank
University Institute Office Committee Commission Court Association League Federation Society Union
Agency Academy Museum Church Bureau School College Board House Chamber Bank Fund Party Order Army Corps
Division Institution Foundation Conservatory Library""".split())

PLACE_SUFFIXES = frozenset("""Peninsula Island Islands Sea Ocean River Mountains Mountain Valley Strait
Straits Gulf Bay Region Province Oblast County District Lake Mount Desert Coast Canal Basin Plateau
Republic Heights Strip Square Street Avenue Airport Oblast Krai Prefecture Governorate City Junction
Township Village Parish Park Reservoir Dock Docks Stadium Arena Oval Gym Brook Pond Creek Canyon Falls
Forest Harbour Harbor Bridge Castle Palace Cathedral Station Road Ave Lane Hall Hills Beach Empire
Rd Blvd""".split())
DIRECTIONS = frozenset("""North South East West Central Eastern Western Northern Southern Northeast
Northwest Southeast Southwest Northeastern Northwestern Southeastern Southwestern Upper Lower Greater
Inner Outer""".split())

# Capitalised words that are neither people, organisations nor places.
NOT_ENTITIES = frozenset("""
Soviet Dutch French British Swiss Greek Thai Czech Slovak Polish Irish Welsh Scottish Kurdish Arab
Jewish Muslim Christian Catholic Orthodox Sunni Shia Shiite Democrat Democrats Republican Republicans
Allied Allies Transatlantic God Internet Web Christmas Easter Ramadan Eid Hanukkah Thanksgiving
English Spanish German Chinese Japanese Russian Ukrainian European American African Asian
Mr Mrs Ms Dr I OK TV AM PM UTC GMT EST PST CET BST CEO CFO COO CTO GDP PhD MP MPs AI ID PC UK-based
North South East West Northern Southern Eastern Western Central Cold War Covid COVID COVID-19
Premier Inc Ltd Co Corp Plc Stop Back Digital Terminal Tuesday Monday Wednesday Thursday Friday Saturday Sunday
Israeli Pakistani Iraqi Saudi Kuwaiti Qatari Yemeni Omani Emirati Bangladeshi Somali Nepali
Azerbaijani Afghani Bahraini Hindi Urdu Punjabi Bengali Swahili
Flight World Black White Silver Gold Pink Grey Gray
Year Years Month Months Week Weeks Day Days Hour Hours Minute Minutes Second Seconds Decade Century
Morning Afternoon Evening Night Weekend Today Tonight Tomorrow Yesterday
Category Level Phase Stage Grade
""".split())
# Acronyms that are units, formats or titles rather than names
ACRONYM_STOPLIST = frozenset("""CEO CFO COO CTO CIO TV UTC GMT EST EDT PST PDT CET CEST BST AM PM OK PC ID
GDP PhD MP MPs AI US$ USD EUR GBP JPY CAD AUD PDF HTML HTTP URL FAQ DIY CD DVD LCD LED GPS SMS MMS
USB WIFI FM AD BC AKA FYI ASAP RSVP DNA HIV AIDS NB PS II III IV VI VII VIII IX XI XII MRO RAM CPU
GPU ATM VAT IPO FTSE NASDAQ A.M P.M C.E.O C.E.O. C.F.O. GB MB KB TB GHz MHz kHz MW GW KW kW MPH RPM
KO KOs TKO ERA RBI MVP EP LP DJ DJs VIP VIPs SUV SUVs BMX SWAT MPP
IST JST KST HKT SGT AEST AEDT MSK SAST WIB CST CDT MST MDT Rs CM MLA MLAs LGBT LGBTQ LGBTQ+""".split())
DEMONYM_ENDINGS = ("ian", "ians", "ean", "eans", "ese", "ish", "ic", "ern", "erns", "erner", "erners",
                   "an", "ans")

# Bodies named by one word, as news writes them alone ("served in Congress", "the Kremlin said")
INSTITUTIONS = frozenset("""Congress Parliament Senate Pentagon Kremlin Bundestag Bundesrat Knesset Duma
Politburo Interpol Europol Storting Riksdag Folketing Sejm Rada Majlis""".split())
# A storm's name is an event's ("Hurricane Ian", "Tropical Storm Nate", "Typhoon Haiyan"), none of the three kinds
STORM_WORDS = ("Hurricane ", "Typhoon ", "Super Typhoon ", "Cyclone ", "Tropical Storm ", "Tropical Depression ",
               "Storm ")
# The last word of an event's name: CoNLL and MUC count events as neither people, organisations nor
# places ("Worldwide Developers Conference", "Paris Air Show", "Olympic Games").
EVENT_HEADS = frozenset("""Conference Conferences Show Games Olympics Expo Festival Championship
Championships Cup Awards Award Prize Tournament Marathon Grand Prix Year Congress? Symposium Summit
Fair Week Day Ages Election Elections""".replace("?", "").split()) - {"Congress"}
