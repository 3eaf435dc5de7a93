"""Organizations: the reviewed core/data/organizations.tsv first, then WordNet
organization synsets (noun.group, capitalized, with an acronym among their lemmas).
Also OrgHead/OrgSuffix words from core/data/org_heads.tsv."""
import os
import re

from . import countries
from .common import Entry, LexiconError, fold

WORDNET_ORGANIZATION = "08008335"  # {organization, organisation} in noun.group
_ACRONYM = re.compile(r"^[A-Z][A-Z.&]{1,9}$")


def inputs(ctx):
    return [ctx.datafile("organizations.tsv"), ctx.datafile("org_heads.tsv"),
            os.path.join(ctx.wordnet_dir, "data.noun")]


def reviewed(ctx):
    countries.load(ctx)
    path = ctx.datafile("organizations.tsv")
    rel = "core/data/organizations.tsv"
    owner = {}  # folded key -> canonical
    for n, (canonical, aliases, country, note) in ctx.read_tsv(path, 4):
        if not note:
            raise LexiconError(f"{rel}:{n}: empty source note")
        if country != "-" and country not in ctx.country_info:
            raise LexiconError(f"{rel}:{n}: unknown country {country!r}")
        if fold(canonical) in owner and owner[fold(canonical)] == canonical:
            raise LexiconError(f"{rel}:{n}: {canonical!r} listed twice")
        names = [canonical] + ([] if aliases == "-" else [a.strip() for a in aliases.split("|")])
        for i, s in enumerate(names):
            if not s:
                raise LexiconError(f"{rel}:{n}: empty alias")
            k = fold(s)
            if k in owner and owner[k] != canonical:
                raise LexiconError(f"{rel}:{n}: {s!r} already names {owner[k]!r}")
            owner[k] = canonical
            yield Entry(s, "Organization", 0 if i == 0 else 1, None if country == "-" else country, canonical)
    ctx.reviewed_org_keys = set(owner)
    ctx.note("organizations", f"reviewed TSV: {len(set(owner.values()))} organizations, {len(owner)} keys")


def from_wordnet(ctx):
    wn = ctx.wordnet()
    tiers = ctx.scowl_tiers(50)
    orgs = keys = 0
    for off, (lexfile, lemmas, _p) in sorted(wn.synsets.items()):
        if lexfile != 14 or not lemmas[0][0].isupper():
            continue
        if not any(_ACRONYM.match(l) and sum(c.isupper() for c in l) >= 2 for l in lemmas):
            continue
        if WORDNET_ORGANIZATION not in wn.ancestors(off):
            continue
        texts = [wn.lemma_text(l) for l in lemmas]
        canonical = next((t for t in texts if not _ACRONYM.match(t)), texts[0])
        if fold(canonical) in ctx.reviewed_org_keys:
            continue  # the reviewed line wins, with its own aliases
        added = 0
        for t in texts:
            k = fold(t)
            acronym = bool(_ACRONYM.match(t))
            if (k in ctx.country_keys or k in ctx.reviewed_org_keys or k in tiers
                    or (acronym and len(k.replace(".", "")) < 3)
                    or (" " not in k and not acronym and t != canonical)):
                continue  # "USA" (the Army), "Agriculture", "EXEC", two-letter "SS"
            yield Entry(t, "Organization", 2, None, canonical)
            added += 1
        orgs += added > 0
        keys += added
    ctx.note("organizations", f"WordNet: {orgs} more organizations, {keys} keys "
                              "(noun.group synsets under organization with an acronym)")


def heads(ctx):
    path = ctx.datafile("org_heads.tsv")
    seen = set()
    for n, (word, kind, note) in ctx.read_tsv(path, 3):
        ctx.check_kind(path, n, kind, {"OrgHead", "OrgSuffix"})
        if not note or (word, kind) in seen:
            raise LexiconError(f"core/data/org_heads.tsv:{n}: empty note or repeated {word!r}")
        seen.add((word, kind))
        yield Entry(word, kind, 0, None, None)


def entries(ctx):
    yield from reviewed(ctx)
    yield from from_wordnet(ctx)
    yield from heads(ctx)
