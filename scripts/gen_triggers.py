#!/usr/bin/env python3
"""Write the event extractor's trigger table (core/data/triggers.tsv -> C++).

Every phrase gets all its forms (verbs: base, -s, past, -ing; nouns: singular, plural), is
folded like the lexicon keys, and maps to a bit set of roles (core/src/events/trigger_table.h).
Usage: gen_triggers.py --in core/data/triggers.tsv --out build/gen/trigger_tables.cc
"""
import argparse
import sys
import unicodedata

# Role -> bit, as in core/src/events/trigger_table.h (TriggerBit).
ROLES = {"OFFER": 0, "CONCESSION": 1, "PROPOSAL": 2, "AGREEMENT": 3, "DEMAND": 4, "REJECTION": 5,
         "GIVE": 6, "QUALIFIER": 7, "CONDITION": 8, "REPORT": 9, "SOURCE": 10, "HEDGE": 11, "NEGATOR": 12,
         "DEALVERB": 18, "DEALNOUN": 19, "ASKVERB": 20, "GIVEMAIN": 21, "ENDVERB": 22, "TALKNOUN": 23, "THREATVERB": 24, "GROUPNOUN": 25}
NOUN, VERB, WORD = 1 << 13, 1 << 14, 1 << 15
FORM_SHIFT = 16  # 0 base, 1 -s, 2 past/participle, 3 -ing
QUAL_SHIFT = 27  # 5 bits: at most 31 qualifiers
LONGER = 1 << 26  # some longer phrase starts with this one and a space (kTrigLonger)


def hash_key(data):
    """32-bit FNV-1a, as HashKey in core/src/text/hash.h."""
    h = 2166136261
    for b in data:
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(s.replace("\u2019", "'").split())


def inflect_word(w):
    if w.endswith("e"):
        s, past, ing = w + "s", w + "d", (w + "ing" if w.endswith("ee") else w[:-1] + "ing")
    elif w.endswith("y") and w[-2:-1] not in "aeiou":
        s, past, ing = w[:-1] + "ies", w[:-1] + "ied", w + "ing"
    elif w.endswith(("s", "sh", "ch", "x", "z")):
        s, past, ing = w + "es", w + "ed", w + "ing"
    else:
        s, past, ing = w + "s", w + "ed", w + "ing"
    return [w, s, past, ing]


def plural(w):
    if w.endswith(("s", "sh", "ch", "x", "z")):
        return w + "es"
    if w.endswith("y") and w[-2:-1] not in "aeiou":
        return w[:-1] + "ies"
    return w + "s"


def forms(phrase, pos, irregular):
    """[(form, form_code)] of a phrase."""
    if pos == "word":
        return [(phrase, 0)]
    head, _, rest = phrase.partition(" ")
    tail = (" " + rest) if rest else ""
    if pos == "noun":
        words = phrase.split()
        return [(phrase, 0), (" ".join(words[:-1] + [plural(words[-1])]), 1)]
    if irregular:
        s, past, part, ing = irregular
        return [(phrase, 0), (s, 1), (past, 2), (part, 2), (ing, 3)]
    base, s, past, ing = inflect_word(head)
    return [(base + tail, 0), (s + tail, 1), (past + tail, 2), (ing + tail, 3)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--in", dest="src", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    table, qualifiers = {}, []
    for n, line in enumerate(open(args.src, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            sys.exit(f"{args.src}:{n}: expected phrase, role, pos")
        phrase, role, pos = fold(cols[0]), cols[1], cols[2]
        irregular = [fold(x) for x in cols[3].split("|")] if len(cols) > 3 and cols[3] else None
        if irregular is not None and len(irregular) != 4:
            sys.exit(f"{args.src}:{n}: irregular forms need 3sg|past|participle|ing")
        if pos not in ("verb", "noun", "word"):
            sys.exit(f"{args.src}:{n}: unknown pos {pos!r}")
        qual = 0
        if role.startswith("QUALIFIER:"):
            word = role.split(":", 1)[1]
            if word not in qualifiers:
                qualifiers.append(word)
            qual = qualifiers.index(word) + 1
            role = "QUALIFIER"
        if role not in ROLES:
            sys.exit(f"{args.src}:{n}: unknown role {role!r}")
        bits = 1 << ROLES[role]
        if role == "GIVEMAIN":
            bits |= 1 << ROLES["GIVE"]
        bits |= {"noun": NOUN, "verb": VERB, "word": WORD}[pos]
        for form, code in forms(phrase, pos, irregular):
            old = table.get(form, 0)
            new = old | bits | (qual << QUAL_SHIFT)
            if (old >> FORM_SHIFT) & 3 == 0:
                new |= code << FORM_SHIFT
            table[form] = new
    if len(qualifiers) > 31:
        sys.exit(f"{args.src}: {len(qualifiers)} qualifiers; the table has room for 31")
    # Every leading part of a phrase ("put", "put on" of "put on hold") is marked, an entry of
    # its own if it is no phrase itself, so that one probe tells whether to read on.
    for phrase in list(table):
        words = phrase.split(" ")
        for n in range(1, len(words)):
            prefix = " ".join(words[:n])
            table[prefix] = table.get(prefix, 0) | LONGER
    keys = sorted(table, key=lambda k: k.encode("utf-8"))
    # Open addressing with linear probing, at most half full: slot = entry index + 1, 0 empty.
    slots = [0] * max(64, 1 << (2 * len(keys) - 1).bit_length())
    mask = len(slots) - 1
    for index, k in enumerate(keys):
        s = hash_key(k.encode("utf-8")) & mask
        while slots[s]:
            s = (s + 1) & mask
        slots[s] = index + 1
    if len(keys) >= 0xFFFF:
        sys.exit(f"{args.src}: {len(keys)} trigger forms; the slots hold 16-bit indexes")
    blob = "".join(keys)
    out = ["// GENERATED by scripts/gen_triggers.py from core/data/triggers.tsv - DO NOT EDIT",
           '#include "events/trigger_table.h"', "", "namespace concessions {", "",
           "namespace {", "const char kTriggerKeys[] ="]
    for i in range(0, len(blob), 96):
        out.append('  "' + blob[i:i + 96].replace("\\", "\\\\").replace('"', '\\"') + '"')
    out.append(";")
    out.append(f"const TriggerEntry kTriggerEntries[{len(keys)}] = {{")
    off = 0
    for k in keys:
        out.append(f"  {{{off}, {len(k.encode('utf-8'))}, 0x{table[k]:08x}u}},")
        off += len(k.encode("utf-8"))
    out.append("};")
    out.append(f"const uint16_t kTriggerSlots[{len(slots)}] = {{")
    for i in range(0, len(slots), 24):
        out.append("  " + ", ".join(str(v) for v in slots[i:i + 24]) + ",")
    out.append("};")
    out.append(f"const char* const kQualifierNames[{len(qualifiers) + 1}] = {{\"\", " +
               ", ".join(f'"{q}"' for q in qualifiers) + "};")
    out.append("}  // namespace")
    out.append("")
    out.append(f"const TriggerTable kTriggers = {{kTriggerKeys, kTriggerEntries, {len(keys)}, kTriggerSlots, "
               f"{mask}u, kQualifierNames, {len(qualifiers) + 1}, {max(len(k.split()) for k in keys)}}};")
    out.append("")
    out.append("}  // namespace concessions")
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
