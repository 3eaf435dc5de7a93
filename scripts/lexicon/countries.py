"""Countries and demonyms: world-countries (names, altSpellings, demonyms),
i18n-iso-countries en (U.S., USA, UK), iso-codes common_name, WordNet synonyms of
country synsets (America, Britain, Great Britain) and the reviewed core/data/countries.tsv.
Also fills ctx.country_info (alpha2 -> (canonical, demonym)) and ctx.country_keys."""
import os

from .common import Entry, LexiconError, fold, is_latin

WORDNET_COUNTRY = "08544813"  # {country, state, land}: ancestors of every country synset


def inputs(ctx):
    return [ctx.nm("world-countries", "countries.json"),
            ctx.nm("i18n-iso-countries", "langs", "en.json"),
            os.path.join(ctx.iso_dir, "iso_3166-1.json"),
            os.path.join(ctx.wordnet_dir, "data.noun"),
            ctx.datafile("countries.tsv")]


def _overrides(ctx):
    path = ctx.datafile("countries.tsv")
    out = {}
    for n, (a2, name, dem, extra, _note) in ctx.read_tsv(path, 5):
        if len(a2) != 2 or not a2.isupper() or a2 in out:
            raise LexiconError(f"core/data/countries.tsv:{n}: bad or repeated alpha2 {a2!r}")
        out[a2] = (None if name == "-" else name, None if dem == "-" else dem,
                   [] if extra == "-" else [x.strip() for x in extra.split("|")])
    return out


def _plural(d):
    if d.endswith(("s", "sh", "ch", "x", "z", "ese")):
        return None  # "British", "French", "Swiss", "Chinese": no plural with -s
    if d.endswith("man"):
        return d[:-3] + "men"
    return d + "s"


def load(ctx):
    """Build the country table once (other modules need country_keys)."""
    if getattr(ctx, "country_info", None) is not None:
        return
    wc = ctx.json(ctx.nm("world-countries", "countries.json"))
    i18n = ctx.json(ctx.nm("i18n-iso-countries", "langs", "en.json"))["countries"]
    iso = {c["alpha_2"]: c for c in ctx.json(os.path.join(ctx.iso_dir, "iso_3166-1.json"))["3166-1"]}
    over = _overrides(ctx)
    unknown = set(over) - {c["cca2"] for c in wc}
    if unknown:
        raise LexiconError(f"core/data/countries.tsv: alpha2 not in world-countries: {sorted(unknown)}")
    tiers = ctx.scowl_tiers(50)
    info, names, demonyms, penalty = {}, {}, {}, {}
    well_known = set()  # short codes that i18n lists as names ("US", "UK")
    for a2, v in i18n.items():
        for s in (v if isinstance(v, list) else [v]):
            well_known.add(s)
    dropped = []
    for c in sorted(wc, key=lambda c: c["cca2"]):
        a2 = c["cca2"]
        o_name, o_dem, o_extra = over.get(a2, (None, None, []))
        canonical = o_name or c["name"]["common"]
        dem_raw = c.get("demonyms", {}).get("eng", {})
        dem_list = []
        for d in (dem_raw.get("m", ""), dem_raw.get("f", "")):
            for part in d.replace(" or ", ", ").split(", "):
                if part.strip() and part.strip() not in dem_list:
                    dem_list.append(part.strip())
        demonym = o_dem or (dem_list[0] if dem_list else "")
        info[a2] = (canonical, demonym)
        # Territories share names and demonyms with their state ("American" for the
        # Northern Mariana Islands): their ranks are raised by 2 so the state wins merges.
        penalty[a2] = 0 if c.get("independent") else 2
        strong = [canonical, c["name"]["common"]]
        v = i18n.get(a2, [])
        strong += v if isinstance(v, list) else [v]
        if "common_name" in iso.get(a2, {}):
            strong.append(iso[a2]["common_name"])
        weak = [c["name"]["official"]] + list(c.get("altSpellings", []))
        if a2 in iso:
            weak.append(iso[a2]["name"])
        aliases = []
        for s in strong:
            aliases.append((s, 0 if s == canonical else 1))
        for s in weak:
            k = fold(s)
            if s in well_known:
                aliases.append((s, 1))
            elif len(k) <= 2 or k in tiers or not is_latin(k):
                dropped.append(s)  # "BE", "Island" (Iceland), non-Latin scripts
            else:
                aliases.append((s, 2))
        names[a2] = aliases
        dem_all = [demonym] + [d for d in dem_list + o_extra if d != demonym]
        demonyms[a2] = dem_all
    # WordNet: synonyms of country synsets whose lemmas name exactly one of our countries.
    by_key = {}
    for a2, al in names.items():
        for s, _ in al:
            by_key.setdefault(fold(s), set()).add(a2)
    wn = ctx.wordnet()
    added = 0
    for off, (lexfile, lemmas, _p) in sorted(wn.synsets.items()):
        if lexfile != 15 or WORDNET_COUNTRY not in wn.ancestors(off):
            continue
        hits = set()
        for l in lemmas:
            hits |= by_key.get(fold(wn.lemma_text(l)), set())
        if len(hits) != 1:
            continue
        a2 = hits.pop()
        for l in lemmas:
            s = wn.lemma_text(l)
            k = fold(s)
            if not s[0].isupper() or (k in tiers and s not in well_known) or len(k) < 2:
                continue
            if k not in by_key:
                names[a2].append((s, 1))
                by_key[k] = {a2}
                added += 1
    ctx.country_info = info
    ctx.country_names = names
    ctx.country_demonyms = demonyms
    ctx.country_penalty = penalty
    ctx.country_keys = set(by_key)
    ctx.note("countries", f"{len(info)} countries; {added} aliases from WordNet country synsets; "
                          f"{len(dropped)} weak aliases dropped (2-letter codes, common words, non-Latin)")


def entries(ctx):
    load(ctx)
    for a2 in sorted(ctx.country_info):
        canonical, demonym = ctx.country_info[a2]
        pen = ctx.country_penalty[a2]
        for s, rank in ctx.country_names[a2]:
            yield Entry(s, "Country", rank + pen, a2, canonical)
        for d in ctx.country_demonyms[a2]:
            if not d:
                continue  # no demonym (Bouvet Island): not even the plural "s"
            yield Entry(d, "Demonym", 0 + pen, a2, demonym)
            p = _plural(d)
            if p:
                yield Entry(p, "Demonym", 1 + pen, a2, demonym)
