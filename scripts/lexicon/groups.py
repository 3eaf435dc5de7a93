"""NORP groups without a country (continental adjectives, religious and political groups)
from the reviewed core/data/groups.tsv, as Demonym entries with no country."""
from .common import Entry


def inputs(ctx):
    return [ctx.datafile("groups.tsv")]


def entries(ctx):
    n = 0
    for _line, (singular, plural, _note) in ctx.read_tsv(ctx.datafile("groups.tsv"), 3):
        yield Entry(singular, "Demonym", 0, None, singular)
        n += 1
        if plural != "-":
            yield Entry(plural, "Demonym", 1, None, singular)
            n += 1
    ctx.note("groups", f"NORP groups: {n} keys from core/data/groups.tsv")
