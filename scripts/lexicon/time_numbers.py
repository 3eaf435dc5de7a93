"""Months and weekdays (CLDR main/en.xml gregorian calendar), number words (CLDR rbnf/en.xml
spellout-cardinal), currencies (iso-codes iso_4217 codes; CLDR en/root names, plurals and
symbols) and the reviewed core/data/numbers_units.tsv (units, news abbreviations)."""
import os
import re
import xml.etree.ElementTree as ET

from .common import Entry, LexiconError, fold

DAY_NUMBER = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}


def inputs(ctx):
    return [os.path.join(ctx.cldr_dir, "main", "en.xml"), os.path.join(ctx.cldr_dir, "main", "root.xml"),
            os.path.join(ctx.cldr_dir, "rbnf", "en.xml"), os.path.join(ctx.iso_dir, "iso_4217.json"),
            ctx.datafile("numbers_units.tsv")]


def _xml(ctx, *parts):
    path = os.path.join(ctx.cldr_dir, *parts)
    key = ("xml", path)
    if key not in ctx._cache:
        try:
            ctx._cache[key] = ET.parse(path).getroot()
        except (OSError, ET.ParseError) as e:
            raise LexiconError(f"cannot read {path}: {e} (apt-get install unicode-cldr-core)")
    return ctx._cache[key]


def _with_period(s):
    yield s
    if not s.endswith("."):
        yield s + "."


def months_weekdays(ctx):
    cal = _xml(ctx, "main", "en.xml").find(".//calendars/calendar[@type='gregorian']")
    n = 0
    # An abbreviation equal to the full name ("May") takes no period: "May." ends a sentence.
    wide = {e.text for e in cal.findall("months/monthContext[@type='format']/monthWidth[@type='wide']/month")}
    for width in ("wide", "abbreviated"):
        for m in cal.findall(f"months/monthContext[@type='format']/monthWidth[@type='{width}']/month"):
            if m.get("alt"):
                continue
            for s in _with_period(m.text) if width == "abbreviated" and m.text not in wide else [m.text]:
                yield Entry(s, "Month", int(m.get("type")), None, None)
                n += 1
        for d in cal.findall(f"days/dayContext[@type='format']/dayWidth[@type='{width}']/day"):
            if d.get("alt"):
                continue
            for s in _with_period(d.text) if width == "abbreviated" else [d.text]:
                yield Entry(s, "Weekday", DAY_NUMBER[d.get("type")], None, None)
                n += 1
    ctx.note("time_numbers", f"months/weekdays: {n} keys from CLDR")


def number_words(ctx):
    root = _xml(ctx, "rbnf", "en.xml")
    n = 0
    for rs in root.iter("ruleset"):
        if rs.get("type") != "spellout-cardinal":
            continue
        for r in rs.findall("rbnfrule"):
            v = r.get("value")
            if not v.isdigit():
                continue
            # "one;", "twenty[-→→];", "←← hundred[ →→];": keep the literal word.
            words = re.findall(r"[a-z]+", re.sub(r"\[.*?\]|[←→=%][^;]*?[←→=]", " ", r.text or ""))
            for w in words:
                value = int(v)
                yield Entry(w, "NumberWord", value if value < 65535 else 0, None, str(value))
                n += 1
        break
    ctx.note("time_numbers", f"number words: {n} keys from CLDR rbnf spellout-cardinal")


def currencies(ctx):
    iso = ctx.json(os.path.join(ctx.iso_dir, "iso_4217.json"))["4217"]
    codes = sorted(c["alpha_3"] for c in iso)
    tiers = ctx.scowl_tiers(50)
    en = {c.get("type"): c for c in _xml(ctx, "main", "en.xml").findall(".//numbers/currencies/currency")}
    root = {c.get("type"): c for c in _xml(ctx, "main", "root.xml").findall(".//numbers/currencies/currency")}
    n = skipped = 0
    for code in codes:
        if code.startswith("X"):
            continue  # gold, SDR, test codes
        keys = []
        if code.lower() not in tiers:
            keys.append((code, 0))  # "USD"; not "ALL", "TRY", "TOP", "CUP"
        else:
            skipped += 1
        c = en.get(code)
        if c is not None:
            for dn in c.findall("displayName"):
                keys.append((dn.text, 0 if dn.get("count") in (None, "one", "other") else 1))
        syms = []
        for src in (c, root.get(code)):
            if src is None:
                continue
            for s in src.findall("symbol"):
                syms.append((s.text, 1 if s.get("alt") else 0))
            if any(a == 0 for _, a in syms):
                break
        for s, r in syms:
            if s and not re.fullmatch(r"[A-Za-z]+", s):
                keys.append((s, r))
        for s, r in keys:
            yield Entry(s, "Currency", r, None, code)
            n += 1
    ctx.note("time_numbers", f"currencies: {n} keys (ISO codes, CLDR names and symbols); "
                             f"{skipped} codes skipped as common words")


def reviewed(ctx):
    path = ctx.datafile("numbers_units.tsv")
    allowed = {"NumberWord", "Unit", "Currency", "Month", "Weekday"}
    for n, (kind, key, value, note) in ctx.read_tsv(path, 4):
        ctx.check_kind(path, n, kind, allowed)
        where = f"core/data/numbers_units.tsv:{n}"
        if not key or not value or not note:
            raise LexiconError(f"{where}: empty field")
        if kind == "Unit":
            rank, name = 0, value
            if ":" in value:
                tag, name = value.split(":", 1)
                rank = {"time": 1, "percent": 2}.get(tag)
                if rank is None:
                    raise LexiconError(f"{where}: unknown unit tag {tag!r}")
            yield Entry(key, kind, rank, None, name)
        elif kind == "Currency":
            if not re.fullmatch(r"[A-Z]{3}", value):
                raise LexiconError(f"{where}: currency value must be an ISO code, got {value!r}")
            yield Entry(key, kind, 0, None, value)
        else:
            if not value.isdigit():
                raise LexiconError(f"{where}: value must be a number, got {value!r}")
            v = int(value)
            if kind == "Month" and not 1 <= v <= 12 or kind == "Weekday" and not 1 <= v <= 7:
                raise LexiconError(f"{where}: value out of range")
            yield Entry(key, kind, v if v < 65535 else 0, None, value if kind == "NumberWord" else None)


def entries(ctx):
    yield from months_weekdays(ctx)
    yield from number_words(ctx)
    yield from currencies(ctx)
    yield from reviewed(ctx)
