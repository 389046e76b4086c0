"""Word lists the rules consult. Small on purpose: extend them here, not in the rules."""

from __future__ import annotations


def words(listing: str) -> frozenset[str]:
    """A set from a whitespace-separated listing (keeps long word lists readable)."""
    return frozenset(listing.split())


# Verbs (and phrases) that introduce what somebody said. Matched case-insensitively as whole words.
CUE_VERBS = words(
    """
    said says say saying told tells telling added adds adding wrote writes writing stated states
    declared declares announced announces noted notes explained explains insisted insists claimed
    claims asserted asserts warned warns remarked remarks replied replies asked asks clarified
    clarifies stressed stresses emphasised emphasized emphasises emphasizes argued argues continued
    revealed reveals tweeted posted confirmed confirms denied denies maintained maintains recalled
    reiterated reiterates admitted admits acknowledged acknowledges urged urges observed commented
    suggested suggests cautioned affirmed vowed vows promised promises pledged alleged alleges
    conceded concluded reported reports estimated estimates believes believed thinks say estimate
    believe insist warn argue tell admit deny confirm announce
    """
)

# Verbs that make their subject a speaker worth listing (not "maintains an airbase").
SPEECH_VERBS = words(
    """
    said says told tells added adds wrote writes stated declared announced announces clarified
    claimed claims asserted insisted warned explained revealed tweeted denied denies confirmed
    argued stressed according quoted
    """
) | {"according to"}

# Cues that mark a quote outright; the rest (claims, reported, believes...) only assert claims.
QUOTE_CUES = CUE_VERBS - words(
    "reported reports estimated estimates believes believed thinks denied denies"
)

AUXILIARIES = words(
    """
    had has have was were is are been be will would could also later then earlier further again
    previously publicly recently reportedly once repeatedly separately quickly firmly flatly
    openly privately subsequently already just
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
    secretariat bureau service services mission federation front regime board
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

HONORIFICS = words("mr mrs ms dr prof sir dame sheikh mullah maulvi gen lt col")

# Capitalised words that open sentences but never start a name.
CAPITAL_STOP = words(
    """
    however meanwhile earlier later also but and then now yet still thus interestingly resultantly
    in on at last this that these those today yesterday tomorrow after before when while as if
    since so moreover furthermore instead indeed according read more the a an there here it its
    monday tuesday wednesday thursday friday saturday sunday
    """
)

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

# Verbs that make their subject the claimant of a number in the same sentence.
CLAIM_VERBS = CUE_VERBS | words(
    "revealed reveals announced announces estimated estimates counted counts"
)
