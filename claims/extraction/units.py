"""Units, currencies, scales, fractions and multiples: the data the quantity rules read.

Everything here is a table; extend a table, not the rules (tests/extraction/test_units.py checks
that every entry is well formed and that no spelling means two things). Canonical unit names are
what a candidate's `unit` holds:
- money: the ISO 4217 code ("USD", "EUR"); "USD per barrel" for a price per thing;
- percent: "percent", "percentage point", "basis point";
- measures: a short symbol ("km", "kg", "GB", "km/h", "°C", "hp");
- durations and ages: the singular time word ("year", "month", "day");
- "point" for index and game points; "fraction" for "a third", "half"; "times" for multiples.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .lexicon import words

# The kinds of quantity. Ingest decides which kinds become claims for review (durations and ages
# are extracted but are rarely claims worth checking).
KINDS = (
    "count",
    "percent",
    "money",
    "measure",
    "duration",
    "age",
    "rank",
    "score",
    "ratio",
    "other",
)


@dataclass(frozen=True, slots=True)
class Unit:
    name: str  # canonical, see the module docstring
    kind: str  # one of KINDS
    factor: Decimal = Decimal(1)  # "19 cents" is 0.19 USD


@dataclass(frozen=True, slots=True)
class UnitTable:
    """Spellings of units: `words` matched case-insensitively ("Kilometres"), `symbols` exactly
    ("GB" but not "gb"); both may span several tokens ("per cent", "km/h", "°C")."""

    words: dict[str, Unit]
    symbols: dict[str, Unit]


def _table(kind: str, rows: tuple[tuple[str, str, str], ...]) -> UnitTable:
    """A UnitTable from rows of (canonical, spelled-out forms joined by "|", symbols)."""
    spelled: dict[str, Unit] = {}
    symbols: dict[str, Unit] = {}
    for canonical, forms, marks in rows:
        unit = Unit(canonical, kind)
        for form in forms.split("|"):
            if form.strip():
                spelled[form.strip().lower()] = unit
        for mark in marks.split():
            symbols[mark] = unit
    return UnitTable(spelled, symbols)


# --- money -----------------------------------------------------------------------------------

# Signs and codes written before the amount ("US$5", "RM2.05", "Rs. 500", "USD10m"); matched
# case-sensitively, longest first, and a letter code only at a word start.
CURRENCY_PREFIXES = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "$US": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "S$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "MX$": "MXN",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₦": "NGN",
    "₺": "TRY",
    "₱": "PHP",
    "₪": "ILS",
    "₫": "VND",
    "Rs": "INR",
    "Rs.": "INR",
    "RM": "MYR",
    "Tk": "BDT",
    "KSh": "KES",
    "Ksh": "KES",
    # the Gulf's riyals as their press prints them ("SR32", "QR10m"); glued to the amount only
    "SR": "SAR",
    "QR": "QAR",
}
# Letter prefixes read only when glued to the amount: spaced, "SR 520" is a state route.
GLUED_ONLY_PREFIXES = frozenset({"SR", "QR"})

# ISO 4217 codes accepted before ("USD 10m", "EUR5") or after ("10 million USD") an amount.
CURRENCY_CODES = words(
    """
    USD EUR GBP JPY CNY RMB INR AUD CAD CHF HKD SGD NZD MYR PKR BRL RUB ZAR KRW MXN SEK NOK DKK TRY
    SAR AED NGN KES EGP IDR THB PHP VND TWD ILS PLN CZK HUF AFN BDT LKR NPR ARS CLP COP QAR KWD
    """
)

# Currency words after an amount: (ISO code, factor). "pound" is money only with a scale or a
# sign ("5 million pounds", "£5"); "50 pounds of rice" is a weight (see MEASURES).
CURRENCY_WORDS: dict[str, tuple[str, Decimal]] = {
    "dollar": ("USD", Decimal(1)),
    "dollars": ("USD", Decimal(1)),
    "cent": ("USD", Decimal("0.01")),
    "cents": ("USD", Decimal("0.01")),
    "euro": ("EUR", Decimal(1)),
    "euros": ("EUR", Decimal(1)),
    "pound": ("GBP", Decimal(1)),
    "pounds": ("GBP", Decimal(1)),
    "sterling": ("GBP", Decimal(1)),
    "pence": ("GBP", Decimal("0.01")),
    "yen": ("JPY", Decimal(1)),
    "yuan": ("CNY", Decimal(1)),
    "renminbi": ("CNY", Decimal(1)),
    "rupee": ("INR", Decimal(1)),
    "rupees": ("INR", Decimal(1)),
    "ringgit": ("MYR", Decimal(1)),
    "won": ("KRW", Decimal(1)),
    "peso": ("MXN", Decimal(1)),
    "pesos": ("MXN", Decimal(1)),
    "rouble": ("RUB", Decimal(1)),
    "roubles": ("RUB", Decimal(1)),
    "ruble": ("RUB", Decimal(1)),
    "rubles": ("RUB", Decimal(1)),
    "franc": ("CHF", Decimal(1)),
    "francs": ("CHF", Decimal(1)),
    "riyal": ("SAR", Decimal(1)),
    "riyals": ("SAR", Decimal(1)),
    "dirham": ("AED", Decimal(1)),
    "dirhams": ("AED", Decimal(1)),
    "lira": ("TRY", Decimal(1)),
    "rand": ("ZAR", Decimal(1)),
    "naira": ("NGN", Decimal(1)),
    "shilling": ("KES", Decimal(1)),
    "shillings": ("KES", Decimal(1)),
    "baht": ("THB", Decimal(1)),
    "krona": ("SEK", Decimal(1)),
    "kronor": ("SEK", Decimal(1)),
    "krone": ("NOK", Decimal(1)),
    "kroner": ("NOK", Decimal(1)),
    "zloty": ("PLN", Decimal(1)),
    "rupiah": ("IDR", Decimal(1)),
    "sen": ("MYR", Decimal("0.01")),
    "afghani": ("AFN", Decimal(1)),
    "afghanis": ("AFN", Decimal(1)),
    "bitcoin": ("BTC", Decimal(1)),
    "bitcoins": ("BTC", Decimal(1)),
}
# Words that are currencies only next to a scale or a sign (a verb or a weight otherwise).
AMBIGUOUS_CURRENCY_WORDS = frozenset({"won", "pound", "pounds", "rand"})

# "Australian dollars", "Hong Kong dollars", "Swiss francs": the adjective picks the currency.
CURRENCY_ADJECTIVES = {
    "us": "USD",
    "u.s.": "USD",
    "american": "USD",
    "australian": "AUD",
    "canadian": "CAD",
    "hong kong": "HKD",
    "new zealand": "NZD",
    "singapore": "SGD",
    "singaporean": "SGD",
    "taiwan": "TWD",
    "taiwanese": "TWD",
    "swiss": "CHF",
    "mexican": "MXN",
    "philippine": "PHP",
    "argentine": "ARS",
    "chilean": "CLP",
    "colombian": "COP",
    "indian": "INR",
    "pakistani": "PKR",
    "sri lankan": "LKR",
    "nepalese": "NPR",
    "egyptian": "EGP",
    "south african": "ZAR",
    "brazilian": "BRL",
    "russian": "RUB",
    "turkish": "TRY",
    "japanese": "JPY",
    "chinese": "CNY",
    "british": "GBP",
}

# --- scales ----------------------------------------------------------------------------------

# Scale words after a number, spaced ("1.5 million", "2 lakh crore", "3 bn").
SCALE_WORDS = {
    "hundred": 100,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "mn": 10**6,
    "mln": 10**6,
    "bn": 10**9,
    "bln": 10**9,
    "tn": 10**12,
    "trn": 10**12,
    "mil": 10**6,
    "bil": 10**9,
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
}
# Scale letters glued to a number ("$4.2b", "USD10m", "$50k", "£3bn"). "m" is a metre without a
# currency or a counted noun ("a 100m sprint"); the rules decide.
GLUED_SCALES = {
    "k": 10**3,
    "K": 10**3,
    "m": 10**6,
    "M": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "b": 10**9,
    "B": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "tn": 10**12,
    "trn": 10**12,
    # "$1.7T": a trillion only after a currency sign (else a tonne or a tesla); see quantities
    "T": 10**12,
    # spelled out but glued, as some outlets print them: "€222million", "£1billion"
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "mil": 10**6,
    "bil": 10**9,
}

# --- percent, points, durations, measures ----------------------------------------------------

PERCENT_UNITS = _table(
    "percent",
    (
        ("percent", "percent|per cent|pct", "%"),
        (
            "percentage point",
            "percentage point|percentage points|percentage-point|percentage-points"
            "|percent point|percent points",
            "pp",
        ),
        ("basis point", "basis point|basis points", "bps bp"),
    ),
)
# "fell 208.29 points", "a 10-point lead": index and game points.
POINT_UNITS = _table("other", (("point", "point|points", "pts pt"),))

# Durations; "-year-old" and "years old" turn a duration into an age (the rules do that).
TIME_UNITS = _table(
    "duration",
    (
        ("year", "year|years", "yr yrs"),
        ("month", "month|months", "mo mos"),
        ("week", "week|weeks", "wk wks"),
        ("day", "day|days", ""),
        ("hour", "hour|hours", "hr hrs"),
        ("minute", "minute|minutes", "min mins"),
        ("second", "second|seconds", "sec secs"),
        ("night", "night|nights", ""),
        ("quarter", "quarter|quarters", ""),
        ("season", "season|seasons", ""),
    ),
)
# A decade or a century is a span of years, stated as years so that "nearly a decade" and
# "about ten years" are one duration (the news gold's convention: a decade is 10 years).
for _forms, _years in (("decade|decades", 10), ("century|centuries", 100)):
    for _form in _forms.split("|"):
        TIME_UNITS.words[_form] = Unit("year", "duration", Decimal(_years))

MEASURES = _table(
    "measure",
    (
        # length
        ("km", "kilometre|kilometres|kilometer|kilometers", "km kms"),
        ("m", "metre|metres|meter|meters", ""),
        ("cm", "centimetre|centimetres|centimeter|centimeters", "cm"),
        ("mm", "millimetre|millimetres|millimeter|millimeters", "mm"),
        ("mi", "mile|miles", "mi"),
        ("ft", "foot|feet", "ft"),
        ("in", "inch|inches", ""),
        ("yd", "yard|yards", "yd yds"),
        ("nmi", "nautical mile|nautical miles", "nmi"),
        ("ly", "light year|light years|light-year|light-years", ""),
        # area and volume
        (
            "sq km",
            "square kilometre|square kilometres|square kilometer|square kilometers|sq km",
            "km² km2",
        ),
        ("sq mi", "square mile|square miles|sq mi", "mi²"),
        ("sq ft", "square foot|square feet|sq ft", "ft²"),
        ("sq m", "square metre|square metres|square meter|square meters", "m²"),
        ("acre", "acre|acres", ""),
        ("ha", "hectare|hectares", "ha"),
        ("L", "litre|litres|liter|liters", ""),
        ("ml", "millilitre|millilitres|milliliter|milliliters", "ml mL"),
        ("gal", "gallon|gallons", "gal"),
        ("bbl", "barrel|barrels", "bbl"),
        ("cu m", "cubic metre|cubic metres|cubic meter|cubic meters", "m³"),
        ("cu ft", "cubic foot|cubic feet", ""),
        # mass
        ("kg", "kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos", "kg kgs"),
        ("g", "gram|grams|gramme|grammes", ""),
        ("mg", "milligram|milligrams", "mg"),
        ("lb", "pound|pounds", "lb lbs"),
        ("oz", "ounce|ounces", "oz"),
        ("t", "tonne|tonnes|ton|tons|metric ton|metric tons|metric tonne|metric tonnes", ""),
        ("carat", "carat|carats", ""),
        # speed
        (
            "km/h",
            "kilometres per hour|kilometers per hour|kilometres an hour|kilometers an hour",
            "kph kmh km/h",
        ),
        ("mph", "miles per hour|miles an hour", "mph"),
        ("knot", "knot|knots", "kts"),
        # temperature
        ("°C", "degrees celsius|degree celsius|degrees centigrade", "°C ℃"),
        ("°F", "degrees fahrenheit|degree fahrenheit", "°F ℉"),
        ("degree", "degree|degrees", "°"),
        # energy and power
        ("hp", "horsepower|horse power|brake horsepower", "hp bhp"),
        ("W", "watt|watts", ""),
        ("kW", "kilowatt|kilowatts", "kW"),
        ("MW", "megawatt|megawatts", "MW"),
        ("GW", "gigawatt|gigawatts", "GW"),
        ("kWh", "kilowatt-hour|kilowatt-hours|kilowatt hour|kilowatt hours", "kWh"),
        ("MWh", "megawatt-hour|megawatt-hours|megawatt hour|megawatt hours", "MWh"),
        ("GWh", "gigawatt-hour|gigawatt-hours|gigawatt hour|gigawatt hours", "GWh"),
        ("TWh", "terawatt-hour|terawatt-hours|terawatt hour|terawatt hours", "TWh"),
        ("V", "volt|volts", ""),
        ("kV", "kilovolt|kilovolts", "kV"),
        ("cal", "calorie|calories", "kcal"),
        ("J", "joule|joules", ""),
        ("Mt", "megaton|megatons|megatonne|megatonnes", ""),
        # data, frequency, sound, images
        ("KB", "kilobyte|kilobytes", "KB kB"),
        ("MB", "megabyte|megabytes", "MB"),
        ("GB", "gigabyte|gigabytes", "GB"),
        ("TB", "terabyte|terabytes", "TB"),
        ("Mbps", "megabits per second", "Mbps Mbit/s Mb/s"),
        ("Gbps", "gigabits per second", "Gbps Gbit/s Gb/s"),
        ("MHz", "megahertz", "MHz"),
        ("GHz", "gigahertz", "GHz"),
        ("dB", "decibel|decibels", "dB"),
        ("MP", "megapixel|megapixels", "MP"),
        ("mpg", "miles per gallon", "mpg"),
        ("ppm", "parts per million", "ppm"),
        ("mAh", "milliamp hour|milliamp hours|milliampere hour|milliampere hours", "mAh"),
        ("magnitude", "magnitude", "Mw"),
    ),
)

# Symbols read only when glued to the number ("5g", "2.4L", "50p"): spaced, they are words.
GLUED_ONLY = {
    "m": Unit("m", "measure"),
    "g": Unit("g", "measure"),
    "t": Unit("t", "measure"),
    "l": Unit("L", "measure"),
    "L": Unit("L", "measure"),
    "W": Unit("W", "measure"),
    "V": Unit("V", "measure"),
    "J": Unit("J", "measure"),
    "h": Unit("hour", "duration"),
    "in": Unit("in", "measure"),
    "p": Unit("GBP", "money", Decimal("0.01")),
    "C": Unit("°C", "measure"),
    "F": Unit("°F", "measure"),
}

# After "a"/"an" a unit of rate: "$58 a barrel", "10,000 a day", "$50,000 a year".
RATE_NOUNS = words(
    """
    year month week day hour minute second night barrel share gallon litre liter pound kilo kg
    ton tonne head person piece ticket unit seat vote mile kilometre kilometer pack bottle dose
    pill game season visit
    """
)

# --- fractions and multiples -----------------------------------------------------------------

# Denominators: "a third", "two-thirds", "three quarters", "one-fifth".
FRACTION_WORDS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}
VULGAR_FRACTIONS = {
    "½": Decimal("0.5"),
    "⅓": Decimal(1) / 3,
    "⅔": Decimal(2) / 3,
    "¼": Decimal("0.25"),
    "¾": Decimal("0.75"),
    "⅕": Decimal("0.2"),
    "⅖": Decimal("0.4"),
    "⅗": Decimal("0.6"),
    "⅘": Decimal("0.8"),
    "⅙": Decimal(1) / 6,
    "⅚": Decimal(5) / 6,
    "⅛": Decimal("0.125"),
    "⅜": Decimal("0.375"),
    "⅝": Decimal("0.625"),
    "⅞": Decimal("0.875"),
}
# "twice as many", "three times as large": multiples needing a comparison after them.
MULTIPLE_WORDS = {"twice": 2, "thrice": 3}
# Multiples that stand alone: "prices doubled", "a fourfold increase", "almost double that".
MULTIPLE_VERBS = {
    **{"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4},
    # the -ing forms: "more than doubling the record", "a tripling of prices"
    **{"doubling": 2, "tripling": 3, "trebling": 3, "quadrupling": 4},
}
FOLD_WORDS = {"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "tenfold": 10}
# "double", "triple" are multiples before a determiner ("double the estimate", "triple that").
DOUBLE_WORDS = {"double": 2, "triple": 3, "quadruple": 4}
DOUBLE_NEXT = frozenset({"the", "that", "its", "their", "his", "her", "this", "what", "those"})
# After a multiple, the comparison gives the change: up for "more", down for "less".
MULTIPLE_DOWN = frozenset({"less", "lower", "smaller", "fewer", "shorter", "cheaper", "slower"})
# Words after "N times" that make it a multiple rather than a count of occurrences.
MULTIPLE_NEXT = words(
    """
    as more less higher lower larger smaller bigger greater faster slower the that what its their
    his her this longer shorter cheaper richer over
    """
)

# Ordinals that count a streak: "the 11th consecutive step", "a sixth straight win".
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}
STREAK_WORDS = frozenset({"consecutive", "straight", "successive", "running"})
# Ordinals that give a placing: "fourth-place", "the second-placed team", "a third-place finish".
PLACE_WORDS = frozenset({"place", "placed"})

# --- plural to singular, for comparing units -------------------------------------------------

IRREGULAR_SINGULARS = {
    "men": "man",
    "women": "woman",
    "people": "person",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "police": "police",
    "personnel": "personnel",
    "staff": "staff",
    "aircraft": "aircraft",
    "series": "series",
    "species": "species",
    "news": "news",
    "data": "data",
    "media": "media",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "thieves": "thief",
    "leaves": "leaf",
    "halves": "half",
    "shelves": "shelf",
    "wolves": "wolf",
    "calves": "calf",
    "analyses": "analysis",
    "crises": "crisis",
    "theses": "thesis",
    "indices": "index",
    "sheep": "sheep",
    "fish": "fish",
    "deer": "deer",
    "cattle": "cattle",
    "bus": "bus",
    "gas": "gas",
    "yes": "yes",
    "pence": "penny",
}


def singular(word: str) -> str:
    """The singular of an English noun, by rule and a table of irregulars ("districts" →
    "district", "casualties" → "casualty", "men" → "man"); other words come back unchanged."""
    if len(word) > 2 and word.endswith("s") and word[:-1].isupper():
        return word[:-1].lower()  # "MPs", "CEOs"
    low = word.lower()
    if low in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[low]
    if len(low) <= 3 or not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return low
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "xes", "zes", "sses")):
        return low[:-2]
    return low[:-1]


# Every unit table the rules consult after a number, most specific first.
UNIT_TABLES = (PERCENT_UNITS, POINT_UNITS, TIME_UNITS, MEASURES)


def known_unit(spelling: str) -> Unit | None:
    """The unit a spelling names in any table ("kilometres", "%", "USD", "dollars"), or None."""
    if spelling in CURRENCY_CODES:
        return Unit(spelling, "money")
    low = spelling.lower()
    if low in CURRENCY_WORDS:
        code, factor = CURRENCY_WORDS[low]
        return Unit(code, "money", factor)
    for table in UNIT_TABLES:
        if spelling in table.symbols:
            return table.symbols[spelling]
        if low in table.words:
            return table.words[low]
    return None


def canonical_unit(spelling: str) -> str:
    """The canonical name of a unit spelling ("kilometres" → "km", "%" → "percent", "yards" →
    "yd"), or the spelling itself, lowercased and singular, when no table knows it."""
    unit = known_unit(spelling)
    # singular() before lowercasing: it reads "MPs" and "CEOs" as plural acronyms
    return unit.name if unit is not None else singular(spelling).lower()
