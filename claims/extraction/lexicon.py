"""Word lists the rules consult. Small on purpose: extend them here, not in the rules."""

from __future__ import annotations

import re


def words(listing: str) -> frozenset[str]:
    """A set from a whitespace-separated listing (keeps long word lists readable)."""
    return frozenset(listing.split())


_VOWELS = frozenset("aeiou")


def inflections(lemma: str) -> set[str]:
    """A regular verb's forms: "note" -> note notes noted noting; "quip+" doubles the final
    consonant (quipped, quipping); "say=said" gives the past (and participle) irregularly,
    "write=wrote=written" the past and the participle."""
    lemma, *irregular = lemma.split("=")
    double = lemma.endswith("+")
    base = lemma.rstrip("+")
    forms = {base, *irregular}
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(base + "es")
    elif base.endswith("y") and base[-2:-1] not in _VOWELS:
        forms.add(base[:-1] + "ies")
    else:
        forms.add(base + "s")
    if base.endswith("ie"):
        stem_ing = base[:-2] + "y"
    elif base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        stem_ing = base[:-1]
    else:
        stem_ing = base + base[-1] if double else base
    forms.add(stem_ing + "ing")
    if not irregular:
        if base.endswith("e"):
            forms.add(base + "d")
        elif base.endswith("y") and base[-2:-1] not in _VOWELS:
            forms.add(base[:-1] + "ied")
        else:
            forms.add(base + (base[-1] if double else "") + "ed")
    return forms


def verb_forms(listing: str) -> frozenset[str]:
    return frozenset(form for lemma in listing.split() for form in inflections(lemma))


def base_forms(listing: str) -> frozenset[str]:
    return frozenset(lemma.split("=")[0].rstrip("+") for lemma in listing.split())


# Reporting verbs: what introduces somebody's words. The list follows the reporting-verb
# literature (Bergler's and Krestel et al.'s reported-speech verbs, the PARC 3.0 cue inventory)
# and the cues annotated in PolNeAR's train split; every form of each verb is generated, so the
# list names lemmas. "+" doubles the final consonant, "=" gives irregular past forms.
SPEECH_LEMMAS = """
    say=said tell=told add write=wrote=written ask call describe respond reply answer argue explain
    note state declare conclude warn claim insist accuse promise pledge vow admit+ acknowledge
    concede confess recall remark comment observe joke quip+ boast brag+ tweet retweet post email
    text message shout yell scream cry chant exclaim proclaim pronounce announce report reveal
    confirm deny predict complain lament bemoan decry denounce condemn criticize criticise blast
    slam+ knock assail attack mock scoff ridicule taunt praise hail laud thank dub+ label brand term
    nickname urge implore plead beg+ demand stress emphasize emphasise reiterate repeat echo
    elaborate testify assert maintain contend counter retort rebut+ snap+ muse wonder whisper
    mutter grumble sigh laugh concur+ assure reassure caution charge allege forecast=forecast
    propose recommend advise confide swear=swore=sworn threaten interject interrupt continue
    quote cite read=read tout guarantee question challenge dismiss defend blame mention highlight
    inform preach lecture rail rant thunder gush marvel summarize summarise clarify specify
    indicate imply hint signal recount relate chide scold rebuke jab+ needle tease deride lambaste
    excoriate eviscerate berate counsel instruct request invite volunteer vent fume groan moan
    whine grouse gripe protest object dispute reject refute disagree snarl growl bark holler
    bellow roar cheer applaud congratulate welcome speak=spoke=spoken shoot=shot fire hit=hit
    insult rip+ scold sneer jeer lash fret vouch concede ponder recollect reckon retweet
    preface caution opine press reference remember=remembered react interrupt hammer rip+ bash
    torch estimate point refer+
"""
SPEECH_FORMS = verb_forms(SPEECH_LEMMAS)
# Verbs of belief, intention and stance: they make their subject the source of words quoted in
# the same sentence ("Trump thinks it is 'very sad'") but never introduce a quote on their own.
STANCE_LEMMAS = """
    believe think=thought feel=felt hope fear worry want wish expect know=knew=known consider
    see=saw=seen view regard find=found show=showed=shown suggest prefer+ support oppose favor
    favour endorse back seek=sought plan+ decide intend doubt suspect imagine realize realise
    understand=understood learn vote agree
"""
STANCE_FORMS = verb_forms(STANCE_LEMMAS)
# The bare forms ("say", "attack", "state") are also nouns: they are cues only after a plural
# or first-person subject or an auxiliary ("voters say", "they argue", "did not say").
CUE_BASE_FORMS = base_forms(SPEECH_LEMMAS + STANCE_LEMMAS) - {"read", "hit", "forecast"}

# Matched case-insensitively as whole words (see extract._CUE_RE).
CUE_VERBS = SPEECH_FORMS | STANCE_FORMS

# Cues that are official acts rather than speech: their subject acts as a body. "Barcelona
# confirmed the fee" is the club, "officials in Barcelona said" is not Barcelona.
OFFICIAL_ACTS = verb_forms("confirm announce agree reject")

# Verbs that make their subject a speaker worth listing (not "maintains an airbase").
SPEECH_VERBS = (SPEECH_FORMS - verb_forms("maintain continue cite quote read=read")) | {
    "according to",
    "according",
    "quoted",
}

# Cues that may come before their speaker ("…,” said X", "But, added Smith, …"); the rest take
# an object after them ("told reporters").
INVERTIBLE_CUES = verb_forms(
    """
    say=said add ask write=wrote=written continue explain recall note argue insist warn quip+ joke
    reply respond declare concede remark recount observe conclude counter retort exclaim muse
    admit+ acknowledge complain predict suggest tweet post caution state announce report
    """
)

# Cues that mark a quote outright; the rest (reports, believes...) only assert claims or govern
# fragments quoted inside the same sentence.
QUOTE_CUES = SPEECH_FORMS - verb_forms("report estimate deny")

AUXILIARIES = words(
    """
    had has have was were is are been be will would could also later then earlier further again
    previously publicly recently reportedly once repeatedly separately quickly firmly flatly
    openly privately subsequently already just did does do not never even still often twice
    """
)

PRONOUNS = {
    "he": "person",
    "she": "person",
    "they": "any",
    "it": "organisation",
    "we": None,
    "i": None,
}

# Role nouns: a phrase containing one names a person by office. Values group synonyms, so that
# "the Afghan envoy" can refer back to "Afghanistan's Ambassador to India".
ROLE_CLASSES = {
    "ambassador": "envoy",
    "envoy": "envoy",
    "emissary": "envoy",
    "diplomat": "envoy",
    "representative": "envoy",
    "minister": "minister",
    "secretary": "minister",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "president": "leader",
    "president-elect": "leader",
    "premier": "leader",
    "chancellor": "leader",
    "king": "leader",
    "leader": "leader",
    "chairman": "leader",
    "chairwoman": "leader",
    "chair": "leader",
    "governor": "leader",
    "mayor": "leader",
    "commander": "commander",
    "general": "commander",
    "chief": "commander",
    "official": "official",
    "officer": "official",
    "director": "official",
    "adviser": "official",
    "advisor": "official",
    "negotiator": "envoy",
    "analyst": "expert",
    "expert": "expert",
    "professor": "expert",
    "researcher": "expert",
    "senator": "lawmaker",
    "lawmaker": "lawmaker",
    "mp": "lawmaker",
    "congressman": "lawmaker",
    "congresswoman": "lawmaker",
    # plurals describe unnamed groups; they never resolve to one named speaker
    "officials": "officials",
    "diplomats": "officials",
    "analysts": "officials",
    "experts": "officials",
    "officers": "officials",
    "ministers": "officials",
    "envoys": "officials",
    "spokesmen": "officials",
    "lawmakers": "officials",
    "witnesses": "officials",
    "residents": "officials",
    # campaigns, parties and newsrooms (the roles PolNeAR's train split quotes most)
    "aide": "official",
    "strategist": "official",
    "operative": "official",
    "manager": "official",
    "consultant": "official",
    "pollster": "expert",
    "economist": "expert",
    "historian": "expert",
    "scientist": "expert",
    "scholar": "expert",
    "fellow": "expert",
    "psychologist": "expert",
    "candidate": "candidate",
    "nominee": "candidate",
    "hopeful": "candidate",
    "front-runner": "candidate",
    "frontrunner": "candidate",
    "contender": "candidate",
    "rival": "candidate",
    "opponent": "candidate",
    "challenger": "candidate",
    "incumbent": "candidate",
    "gov": "leader",
    "sen": "lawmaker",
    "rep": "lawmaker",
    "speaker": "leader",
    "lawyer": "lawyer",
    "attorney": "lawyer",
    "counsel": "lawyer",
    "judge": "judge",
    "justice": "judge",
    "founder": "leader",
    "executive": "leader",
    "ceo": "leader",
    "head": "leader",
    "host": "journalist",
    "anchor": "journalist",
    "reporter": "journalist",
    "journalist": "journalist",
    "columnist": "journalist",
    "correspondent": "journalist",
    "editor": "journalist",
    "commentator": "journalist",
    "author": "writer",
    "writer": "writer",
    "businessman": "leader",
    "businesswoman": "leader",
    "billionaire": "leader",
    "mogul": "leader",
    "activist": "activist",
    "organizer": "activist",
    "organiser": "activist",
    "pastor": "clergy",
    "rabbi": "clergy",
    "bishop": "clergy",
    "imam": "clergy",
    "sheriff": "official",
    "prosecutor": "lawyer",
    "comedian": "artist",
    "actor": "artist",
    "actress": "artist",
    "singer": "artist",
    "veteran": "citizen",
    "voter": "citizen",
    "resident": "citizen",
    "student": "citizen",
    "supporter": "citizen",
    "critic": "citizen",
    "delegate": "lawmaker",
    "assemblyman": "lawmaker",
    "assemblywoman": "lawmaker",
    "councilman": "lawmaker",
    "councilwoman": "lawmaker",
    "employee": "citizen",
    "source": "official",
    "staffer": "official",
    "friend": "relation",
    "wife": "relation",
    "husband": "relation",
    "son": "relation",
    "daughter": "relation",
    "brother": "relation",
    "sister": "relation",
    "mother": "relation",
    "father": "relation",
    "neighbor": "relation",
    "neighbour": "relation",
    "colleague": "relation",
    # more plurals: unnamed groups
    "aides": "officials",
    "advisers": "officials",
    "advisors": "officials",
    "strategists": "officials",
    "operatives": "officials",
    "leaders": "officials",
    "sources": "officials",
    "supporters": "officials",
    "critics": "officials",
    "voters": "officials",
    "observers": "officials",
    "democrats": "officials",
    "republicans": "officials",
    "conservatives": "officials",
    "liberals": "officials",
    "protesters": "officials",
    "activists": "officials",
    "reporters": "officials",
    "economists": "officials",
    "scholars": "officials",
    "historians": "officials",
    "pollsters": "officials",
    "people": "officials",
    "members": "officials",
    "staffers": "officials",
    "investigators": "officials",
    "prosecutors": "officials",
    "lawyers": "officials",
    "attorneys": "officials",
    "donors": "officials",
    "delegates": "officials",
    "senators": "officials",
    "candidates": "officials",
}

# Lowercase words that may sit inside a role phrase ("former deputy foreign minister").
ROLE_MODIFIERS = words(
    """
    former deputy foreign senior top chief acting interim defence defense interior home finance
    prime vice state national security military general special permanent local regional
    provincial district senior-most army air naval police intelligence health trade external
    affairs junior assistant associate principal
    """
)

# Heads that make a phrase an organisation ("the ministry", "Russian Foreign Ministry").
ORG_HEADS = words(
    """
    ministry government army council office embassy agency committee commission department police
    military parliament court union party group organisation organization movement coalition
    alliance administration kremlin pentagon cabinet authority authorities forces force corps
    institute university company bank fund network newspaper channel agency spokesperson's
    secretariat bureau service services mission federation front regime board campaign
    foundation association society institution center centre caucus senate congress house
    legislature commission firm corporation inc corp ltd co network network's newsroom magazine
    journal times post tribune herald gazette news press radio television tv watch project
    church club league fbi cia nsa police survey observatory statistics
    """
)

# Organisations that speak without an org-like head word; canonical spelling on the right.
KNOWN_ORGS = {
    "taliban": "Taliban",
    "talibans": "Taliban",
    "kremlin": "Kremlin",
    "pentagon": "Pentagon",
    "nato": "NATO",
    "un": "UN",
    "cnn": "CNN",
    "ndtv": "NDTV",
    "tass": "Tass",
    "reuters": "Reuters",
    "afp": "AFP",
    "ap": "AP",
    "bbc": "BBC",
    "xinhua": "Xinhua",
    "interfax": "Interfax",
    "bloomberg": "Bloomberg",
    "hamas": "Hamas",
    "hezbollah": "Hezbollah",
    "isis": "ISIS",
    "al-qaeda": "al-Qaeda",
    "unicef": "UNICEF",
    "icrc": "ICRC",
    "anadolu": "Anadolu",
    "ria": "RIA",
    "pti": "PTI",
    "ani": "ANI",
}

# Countries, capitals, demonyms: capitalised words that are never part of a person's name.
PLACES = words(
    """
    afghanistan afghan afghans india indian indians russia russian russians china chinese pakistan
    pakistani iran iranian tajikistan tajik uzbekistan uzbek turkmenistan kazakhstan kyrgyzstan
    america american americans us u.s. usa uk britain british england english france french
    germany german italy italian spain spanish turkey turkish qatar qatari saudi arabia arab
    israel israeli palestine palestinian syria syrian iraq iraqi egypt egyptian ukraine ukrainian
    japan japanese korea korean europe european eu asia asian africa african kabul moscow delhi
    beijing washington london paris islamabad tehran doha kandahar herat kunduz dushanbe
    tashkent soviet kremlin western eastern northern southern central south north east west
    islamic united states kingdom new york nations brussels berlin canada canadian australia
    australian bangladesh nepal sri lanka
    """
)

HONORIFICS = words(
    "mr mrs ms miss dr prof sir dame sheikh mullah maulvi gen lt col rev sgt capt maj adm"
)

# Titles before a name ("Sen. Elizabeth Warren", "Former Arkansas Gov. Mike Huckabee"): they end the
# name and become part of the description. Abbreviated forms are matched without their period.
TITLES = HONORIFICS | words(
    """
    president sen senator gov governor rep representative secretary director chairman chairwoman
    chair speaker leader mayor judge justice attorney general commissioner ambassador minister
    premier chancellor king queen prince princess lord sheikh imam rabbi pastor father reverend
    pope cardinal bishop sheriff chief officer detective sergeant coach professor
    congressman congresswoman councilman councilwoman assemblyman assemblywoman delegate
    spokesman spokeswoman spokesperson vice deputy prime former acting gen lt col cmdr supt
    secretary-general director-general attorney-general governor-general surgeon-general
    """
)

# Words with a period that does not end a sentence ("Mr. Rove", "Ltd.", "Feb. 15", "Jr.").
ABBREVIATIONS = HONORIFICS | words(
    """
    mrs sen rep gov gen col lt sgt capt maj adm cmdr rev hon pres supt insp det atty amb sec gens
    sens reps govs st mt ft no nos vs etc e.g i.e jan feb mar apr jun jul aug sep sept oct nov
    dec inc ltd co corp bros jr sr fig approx est dept univ messrs mmes ave blvd
    """
)

# Lowercase words inside names ("Bill de Blasio", "Osama bin Laden") and suffixes after them.
NAME_PARTICLES = words("de da di del della der den van von bin ibn al el la le du dos st")
NAME_SUFFIXES = words("jr sr ii iii iv")

# Gender cues for "he"/"she": honorifics and gendered role words seen with a name.
MALE_WORDS = words(
    """
    mr he him his himself sir lord king prince father son brother husband uncle grandfather man
    boy spokesman congressman chairman businessman councilman assemblyman
    """
)
FEMALE_WORDS = words(
    """
    mrs ms miss she her hers herself dame lady queen princess mother daughter sister wife aunt
    grandmother woman girl spokeswoman congresswoman chairwoman businesswoman councilwoman
    assemblywoman actress
    """
)

# Heads of unnamed speakers beyond role nouns: groups and documents that "say" things.
GROUP_NOUNS = words(
    """
    people voters supporters critics opponents officials aides advisers sources observers
    analysts experts residents members staffers democrats republicans conservatives liberals
    protesters activists donors delegates lawmakers senators leaders women men americans
    investigators prosecutors lawyers attorneys scholars historians economists pollsters
    respondents participants organizers students parents workers fans evangelicals employees
    organizations organisations groups companies unions parties committees agencies campaigns
    """
)
DOCUMENT_NOUNS = words(
    """
    statement report poll survey study letter memo email emails tweet tweets post ad ads
    advertisement video website site article editorial column book release document documents
    filing complaint lawsuit ruling order bill platform analysis review transcript message
    speech op-ed blog petition spot commercial estimate estimates figures projection
    projections tally page notice announcement
    """
)

# Lowercase words that stay inside a speaker's description ("former Obama adviser", "top
# national security staffer", "veteran analyst").
DESCRIPTORS = words(
    """
    former top senior chief deputy acting interim longtime long-time veteran presidential
    political conservative liberal progressive democratic republican national state federal
    local international campaign press communications policy economic foreign domestic legal
    general executive managing associate assistant principal special senior-most outgoing
    incoming retired current then-candidate white house security defense defence intelligence
    military civil rights labor labour union business finance financial health education
    environmental media digital data research staff regional county city district deputy
    one-time onetime self-described so-called prominent leading influential famed noted
    well-known independent anonymous unnamed nonpartisan non-partisan bipartisan evangelical
    christian jewish muslim catholic black white hispanic latino young old chief-of-staff
    vice co-founder cofounder spokes
    """
)

# Words that begin an introductory phrase before a sentence's subject ("In an interview, …",
# "Asked about it, …"): the subject comes after the first comma.
INTRO_WORDS = words(
    """
    in on at after before during since while when although though as despite with without for
    from under over following last this that earlier later meanwhile but and yet still however
    instead also then now separately asked speaking responding writing addressing pressed
    appearing talking interviewed given if unlike like by within throughout amid among upon
    once until because even back days weeks months hours minutes moments shortly
    """
)

# Words that never sit inside a speaker's noun phrase: they end the backward or forward scan.
NP_STOP = words(
    """
    the a an and or but nor that which who whom whose what when where why how if then than as
    to of in on at by for with from into onto about against between through during before after
    above below over under again further once here there all any both each few more most other
    some such no not only own same so too very can will just should now is are was were be been
    being have has had do does did would could may might must shall said says say told tells
    also it its this these those he she they we i you him her them us his their our your my me
    whether
    """
)

# Capitalised words that open sentences but never start a name.
# Political leanings written before a name, capitalised only when they open the sentence:
# "Centrist Emmanuel Macron", "Far-right Marine Le Pen". Never part of a person's name.
LEANINGS = words(
    """
    centrist centre-right center-right centre-left center-left leftist rightist far-right
    far-left hard-right hard-left ultranationalist nationalist populist hardline hard-line
    reformist
    """
)

CAPITAL_STOP = words(
    """
    however meanwhile earlier later also but and then now yet still thus interestingly resultantly
    in on at last this that these those today yesterday tomorrow after before when while as if
    since so moreover furthermore instead indeed according read more the a an there here it its
    monday tuesday wednesday thursday friday saturday sunday
    expect imagine consider
    unfortunately fortunately luckily unluckily sadly happily hopefully notably importantly
    surprisingly unsurprisingly predictably ironically curiously strangely oddly remarkably
    clearly obviously evidently apparently admittedly ultimately finally additionally similarly
    likewise consequently accordingly nevertheless nonetheless regardless frankly honestly
    naturally initially previously currently recently crucially tellingly reportedly
    """
)

# Names of measures and indicators, never a claimant: "its GDP forecast rose to 1.1%" (a
# noun phrase, not "GDP" forecasting), a table row "GDP growth 1.1 (1.2)". Matched on the whole
# claimant, case-insensitively, with the words that make a measure's name ("GDP growth").
MEASURE_NAMES = words(
    """
    gdp gnp gni gva cpi cpih ppi pmi hicp rpi pce eps ebitda ebit roi roe nav
    inflation growth unemployment output revenue revenues sales earnings turnout
    """
)
MEASURE_NAME_PARTS = words("growth rate rates index forecast forecasts figure figures core annual")

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

# Number words ("two" … "nineteen", "twenty" … "ninety"); scales are in units.SCALE_WORDS.
UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

# Vague plurals and their conservative (inclusive) lower bound.
VAGUE_COUNTS = {
    "tens": 20,  # mostly "tens of thousands" (>= 20,000)
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2000,
    "millions": 2000000,
    "billions": 2000000000,
}

# Qualifier wordings before a number -> (canonical qualifier, bound effect).
# Effects: "lower" / "lower_excl" / "upper" / "upper_excl" / "approx".
QUALIFIERS = {
    "at least": ("at least", "lower"),
    "no fewer than": ("at least", "lower"),
    "no less than": ("at least", "lower"),
    "a minimum of": ("at least", "lower"),
    "more than": ("more than", "lower_excl"),
    "upwards of": ("more than", "lower_excl"),
    "in excess of": ("more than", "lower_excl"),
    "above": ("more than", "lower_excl"),
    "over": ("over", "lower_excl"),
    "just over": ("over", "lower_excl"),
    "well over": ("over", "lower_excl"),
    "a little over": ("over", "lower_excl"),
    "a little more than": ("more than", "lower_excl"),
    "slightly more than": ("more than", "lower_excl"),
    "up to": ("up to", "upper"),
    "at most": ("up to", "upper"),
    "as many as": ("up to", "upper"),
    "as much as": ("up to", "upper"),
    "as high as": ("up to", "upper"),
    "no more than": ("up to", "upper"),
    "a maximum of": ("up to", "upper"),
    "less than": ("less than", "upper_excl"),
    "fewer than": ("less than", "upper_excl"),
    "under": ("less than", "upper_excl"),
    "below": ("less than", "upper_excl"),
    "just under": ("less than", "upper_excl"),
    "just below": ("less than", "upper_excl"),
    "just shy of": ("less than", "upper_excl"),
    "slightly less than": ("less than", "upper_excl"),
    "about": ("about", "approx"),
    "around": ("about", "approx"),
    "approximately": ("about", "approx"),
    "roughly": ("about", "approx"),
    "some": ("about", "approx"),
    "nearly": ("about", "approx"),
    "almost": ("about", "approx"),
    "close to": ("about", "approx"),
    # a level being neared is just below it: "approaching 40 degrees", "nearing 1,000"
    "approaching": ("about", "approx"),
    "nearing": ("about", "approx"),
    "almost reaching": ("about", "approx"),
    "nearly reaching": ("about", "approx"),
    "an estimated": ("about", "approx"),
    "estimated": ("about", "approx"),
    "an average of": ("about", "approx"),
    "on average": ("about", "approx"),
    "exactly": ("exactly", "exact"),
    "precisely": ("exactly", "exact"),
}
QUALIFIER_MAX_WORDS = 3

# Words that end a counted noun phrase after a number.
NOUN_STOP = words(
    """
    a an the of in on at to for from by with and or but nor as than that which who whom whose
    was were is are be been being has have had will would could should may might must can do did
    does not no so if then there this these those it its their his her our your my we they he she
    i you into onto over under after before during since until while per across against between
    among about around through toward towards up down out off again further once here when where
    why how all any both each few more most other some such only own same too very just also
    said says told according already still now reportedly were
    """
)
# Words between a number and its counted noun that are not the noun: "eight other employees",
# "20 more people", "five straight wins".
NOUN_PREMODIFIERS = words("other more additional extra further new straight consecutive fewer")

# Heads too light to stand alone: "security personnel", not "personnel".
LIGHT_HEADS = words("personnel forces members staff workers officials officers units")

# Direction of a change, from the verb, adverb or noun next to a number.
CHANGE_UP = words(
    """
    rise rises rose risen rising increase increases increased increasing gain gains gained
    gaining climb climbs climbed climbing jump jumps jumped jumping surge surges surged surging
    soar soars soared soaring grow grows grew grown growing advance advances advanced advancing
    rally rallies rallied rallying spike spikes spiked spiking rebound rebounds rebounded
    rebounding skyrocket skyrockets skyrocketed rocket rockets rocketed swell swells swelled
    swollen expand expands expanded expanding widen widens widened add adds added adding raise
    raises raised raising hike hikes hiked hiking boost boosts boosted boosting lift lifts lifted
    lifting accelerate accelerated
    """
)
CHANGE_DOWN = words(
    """
    fall falls fell fallen falling drop drops dropped dropping decline declines declined
    declining decrease decreases decreased decreasing lose loses lost losing slide slides slid
    sliding slip slips slipped slipping sink sinks sank sunk sinking tumble tumbles tumbled
    tumbling plunge plunges plunged plunging plummet plummets plummeted plummeting dip dips
    dipped dipping shed sheds shedding ease eases eased easing retreat retreats retreated
    retreating slump slumps slumped slumping shrink shrinks shrank shrunk shrinking contract
    contracts contracted contracting tank tanks tanked crash crashes crashed cut cuts cutting
    reduce reduces reduced reducing lower lowers lowered lowering narrow narrows narrowed
    narrowing slash slashes slashed slashing trim trims trimmed trimming erode eroded sag sagged
    skid skidded dive dives dived dove diving
    """
)
# Verbs that take a count as their object ("lost 12 tanks", "added 2,000 jobs", "cut 500
# jobs"): with a counted noun they state a count, not the size of a change.
CHANGE_TRANSITIVE = words(
    """
    add adds added adding gain gains gained gaining lose loses lost losing shed sheds shedding cut
    cuts cutting raise raises raised raising reduce reduces reduced reducing boost boosts boosted
    lift lifts lifted slash slashes slashed trim trims trimmed hike hikes hiked lower lowers
    lowered
    """
)
# Right before a number: "up 5%", "down 19 cents", "Chevron was off 4.8%".
CHANGE_ADVERBS = {"up": "up", "down": "down", "higher": "up", "lower": "down", "off": "down"}
# Right after a number: "5% higher", "1.5°C above pre-industrial levels", "908 assists behind",
# "eight assists away from", "20% off".
CHANGE_AFTER = {
    "up": "up",
    "down": "down",
    "higher": "up",
    "lower": "down",
    "above": "up",
    "below": "down",
    "ahead": "up",
    "behind": "down",
    "away": "down",
    "off": "down",
}
# A lead, a margin or a comparison is a difference when "by" gives its size: "leads by 11
# points", "surpassed estimates by 103 percent", "trailed by at least nine points".
LEAD_VERBS = {
    **dict.fromkeys(
        words(
            """
            lead leads led leading ahead beat beats beating surpassed surpass surpasses exceeded
            exceed exceeds topped outpaced outpace outperformed outnumbered won win wins
            """
        ),
        "up",
    ),
    **dict.fromkeys(words("trail trails trailed trailing behind lag lags lagged lost"), "down"),
}
CHANGE_NOUNS = {
    **dict.fromkeys(
        words(
            """
            increase increases rise rises gain gains jump jumps hike hikes growth surge surges
            boost rebound uptick climb advance spike rally upsurge improvement lead advantage
            edge difference premium
            """
        ),
        "up",
    ),
    **dict.fromkeys(
        words(
            """
            decrease decreases decline declines drop drops fall falls loss losses cut cuts
            reduction reductions dip dips slump plunge downturn slide contraction deficit
            discount shortfall
            """
        ),
        "down",
    ),
}
# Words that may stand between a change verb and its number: "rose by 5%", "fell another 2%",
# "climbed sharply by 3%", "dropped a further 19 cents".
CHANGE_FILLERS = words("by another a an further additional extra just only some still again back")
# Verbs and phrases that end a change on a level: "closed at 15,885", "settled at $30".
LEVEL_VERBS = words(
    """
    close closed closes closing end ended ends ending settle settled settles finish finished
    finishes stand stood stands reach reached reaches hit
    """
)

# Qualifiers that, after a verb of change, name the line the change crossed, a level: "fell
# below 24,000", "climbed above 5%"; not "over", which as often gives the change's size.
CROSSED_LINES = words("below under above beneath")

# Verbs that make their subject the claimant of a number in the same sentence: asserting verbs,
# narrower than the cue lexicon ('Trump attacked Clinton over 30,000 emails' claims nothing).
CLAIM_VERBS = verb_forms(
    """
    say=said tell=told add write=wrote=written state declare announce note explain insist claim
    assert warn remark reply ask clarify stress emphasise emphasize argue reveal tweet post
    confirm deny maintain recall reiterate admit+ acknowledge observe comment suggest caution
    affirm vow promise pledge allege concede conclude report estimate count predict calculate
    forecast=forecast boast testify
    """
) | {"according to", "quoted", "put it"}

# An unnamed source: a noun for people, then what they know ("people familiar with the matter",
# "a person with direct knowledge of the plans", "sources close to the talks"). The qualifier's
# object is what they know, never who speaks; the phrase names nobody.
SOURCE_NOUNS = words(
    """
    people person persons source sources insider insiders individual individuals official
    officials executive executives banker bankers diplomat diplomats aide aides someone
    """
)
SOURCE_QUALIFIER_RE = re.compile(
    r"[ \t]+(?:familiar[ \t]+with|acquainted[ \t]+with|close[ \t]+to|closest[ \t]+to"
    r"|knowledgeable[ \t]+about|privy[ \t]+to|aware[ \t]+of|(?:directly[ \t]+)?involved[ \t]+in"
    r"|(?:who[ \t]+(?:was|were|had[ \t]+been|have[ \t]+been|has[ \t]+been)[ \t]+)?briefed[ \t]+on"
    r"|with[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:knowledge|understanding)[ \t]+of"
    r"|with[ \t]+(?:direct[ \t]+)?access[ \t]+to)[ \t]+",
    re.I,
)

# A line that links to another article ("SEE ALSO: ...", "Read more: ...", "RELATED: ..."): the
# headline of another story, whose figures this text does not state.
LINK_LINE_RE = re.compile(
    r"[^\w\n]*(?:see[ \t]+also|also[ \t]+(?:see|read)|read[ \t]+(?:more|also|next)"
    r"|related(?:[ \t]+\w+)?|more(?:[ \t]+on[ \t]+this(?:[ \t]+story)?)?"
    r"|recommended(?:[ \t]+reading)?)[ \t]*:",
    re.IGNORECASE,
)
