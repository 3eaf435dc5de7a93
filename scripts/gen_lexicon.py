#!/usr/bin/env python3
"""Build-time generator of the compiled-in lexicon (core/src/lexicon/lexicon_table.h).

  python3 scripts/gen_lexicon.py --out build/gen/lexicon_tables.cc [--report] [--dump entries.tsv]
  python3 scripts/gen_lexicon.py --list-inputs      # one input path per line (CMake DEPENDS)

Each source is a module in scripts/lexicon/ listed in SOURCES below. A source module defines
    def inputs(ctx) -> list of file paths it reads
    def entries(ctx) -> iterable of Entry(key, kind, rank, country_alpha2_or_None, name_or_None)
where kind is a LexKind name from lexicon_table.h ("City"). Adding a source is a one-line
change to SOURCES (e.g. "triggers" for scripts/lexicon/triggers.py reading
core/data/triggers.tsv). Keys are folded by emit.py; equal key+kind pairs from several
sources are merged keeping the lowest rank (then the earlier source). Bad reviewed data
raises LexiconError and the build fails. Output is deterministic. Python 3 stdlib only.
"""
import argparse
import importlib
import os
import sys
import time

sys.dont_write_bytecode = True  # keep scripts/lexicon/ free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lexicon import emit  # noqa: E402
from lexicon.common import Context, LexiconError  # noqa: E402

# Order matters only for ties (same key, kind and rank): earlier sources win.
SOURCES = [
    "countries",      # Country, Demonym (+ the CountryInfo table)
    "groups",         # Demonym without a country: European, Muslim, Democrat
    "places",         # Subdivision, City, Location
    "organizations",  # Organization, OrgHead, OrgSuffix
    "people",         # Title, GivenName, Surname
    "time_numbers",   # Month, Weekday, NumberWord, Unit, Currency
    "words",          # CommonWord
    # "triggers",     # Trigger: scripts/lexicon/triggers.py + core/data/triggers.tsv
]


def _write_if_changed(path, text):
    """Writes text to path unless it already holds it (leaving the file and its mtime alone)."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    old = None
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = f.read()
    if old != text:
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", help="C++ file to write")
    ap.add_argument("--report", action="store_true", help="print per-kind counts and gzip estimates")
    ap.add_argument("--list-inputs", action="store_true", help="print the input files, one per line")
    ap.add_argument("--depfile", help="also write a Makefile-style depfile for --out")
    ap.add_argument("--dump", help="also write every entry as TSV (the look-up tests' expectations)")
    ap.add_argument("--repo", default=os.path.dirname(HERE), help="repository root")
    ap.add_argument("--node-modules", help="node_modules folder (default <repo>/node_modules)")
    args = ap.parse_args(argv)
    repo = os.path.abspath(args.repo)
    ctx = Context(repo, os.path.abspath(args.node_modules or os.path.join(repo, "node_modules")))
    modules = [importlib.import_module("lexicon." + s) for s in SOURCES]
    inputs = [ctx.header] + [os.path.join(HERE, "gen_lexicon.py")]
    inputs += sorted(os.path.join(HERE, "lexicon", f) for f in os.listdir(os.path.join(HERE, "lexicon"))
                     if f.endswith(".py"))
    for m in modules:
        for p in m.inputs(ctx):
            if p not in inputs:
                inputs.append(p)
    if args.list_inputs:
        print("\n".join(inputs))
        if not args.out:
            return 0
    if not args.out:
        ap.error("--out is required unless --list-inputs is given")
    start = time.monotonic()

    def tagged():
        order = 0
        for name, m in zip(SOURCES, modules):
            for e in m.entries(ctx):
                yield order, e
                order += 1

    tables = emit.build(ctx, tagged())
    text = emit.write_cc(ctx, tables, args.out, SOURCES)
    _write_if_changed(args.out, text)
    if args.dump:
        _write_if_changed(args.dump, emit.write_dump(ctx, tables))
    if args.depfile:
        esc = lambda p: p.replace(" ", "\\ ")
        with open(args.depfile, "w", encoding="utf-8") as f:
            f.write(esc(args.out) + ": " + " \\\n  ".join(esc(p) for p in inputs) + "\n")
    if args.report:
        print(emit.report(ctx, tables, text, time.monotonic() - start))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except LexiconError as e:
        print(f"gen_lexicon.py: error: {e}", file=sys.stderr)
        sys.exit(1)
