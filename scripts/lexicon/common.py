"""Shared pieces of the lexicon generator: the Entry record, key folding, coarse ranks, the
kinds and format constants read from core/src/lexicon/lexicon_table.h, the reviewed-TSV
reader and the Context that source modules receive (paths, cached loaders, report notes)."""
import json
import os
import re
import sys
import unicodedata
from collections import namedtuple

# One lexicon fact. key: surface form (folded by emit); kind: LexKind name ("City");
# rank: 0..65535 (meaning per kind, see lexicon_table.h); country: ISO alpha-2 or None;
# name: canonical string or None.
Entry = namedtuple("Entry", "key kind rank country name")


class LexiconError(Exception):
    """Bad input data: the build must fail with this message."""


_QUOTES = {"\u2019": "'", "\u2018": "'"}
_WS = re.compile(r"\s+")


def fold(s):
    """The key folding shared with the C++ side: NFKD, drop combining marks, lowercase,
    U+2019/U+2018 -> ', collapse whitespace to one space, strip."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    s = "".join(_QUOTES.get(c, c) for c in s)
    return _WS.sub(" ", s).strip()


def is_latin(s):
    """True when every letter is ASCII or Latin (below U+0250): keys in other scripts are
    useless for English news and are dropped. Symbols ("€", "₽") are kept."""
    return all(ord(c) < 0x250 or not c.isalpha() for c in s)


# City, given-name and surname ranks keep this many significant bits (1376 -> 1280): their
# order of magnitude is what a rule can use, and exact ranks (one distinct value per entry)
# cost ~7.5 KB gzip more in the tables.
RANK_BITS = 3


def coarse_rank(rank):
    """rank rounded down to RANK_BITS significant bits: 0..7 exact, 8..15 in steps of 2, ..."""
    drop = max(rank.bit_length() - RANK_BITS, 0)
    return min(rank >> drop << drop, 0xFFFF)


def read_kinds(header_path):
    """LexKind names -> values, parsed from the hand-written header (the contract)."""
    text = open(header_path, encoding="utf-8").read()
    m = re.search(r"enum class LexKind\s*:\s*uint8_t\s*\{(.*?)\};", text, re.S)
    if not m:
        raise LexiconError(f"{header_path}: enum class LexKind not found")
    kinds = {}
    for name, value in re.findall(r"^\s*(\w+)\s*=\s*(\d+)\s*,", m.group(1), re.M):
        kinds[name] = int(value)
    if not kinds:
        raise LexiconError(f"{header_path}: LexKind has no values")
    return kinds


def read_constants(header_path):
    """The format's integer constants (`inline constexpr T kLexName = value;`) from the header."""
    text = open(header_path, encoding="utf-8").read()
    out = {}
    for name, value in re.findall(r"inline constexpr \w+ (kLex\w+) = (0x[0-9A-Fa-f]+|\d+);", text):
        out[name] = int(value, 0)
    for need in ("kLexMaxKeyBytes", "kLexKeyControl", "kLexDropEscape", "kLexKeysPadding"):
        if need not in out:
            raise LexiconError(f"{header_path}: constant {need} not found")
    return out


class Context:
    """What a source module sees. Paths are absolute; loaders are cached; inputs used
    are declared by each module's inputs(ctx) so CMake can depend on them."""

    def __init__(self, repo, node_modules):
        self.repo = repo
        self.node_modules = node_modules
        self.data = os.path.join(repo, "core", "data")
        self.header = os.path.join(repo, "core", "src", "lexicon", "lexicon_table.h")
        self.wordnet_dir = "/usr/share/wordnet"
        self.scowl_dir = "/usr/share/dict/scowl"
        self.iso_dir = "/usr/share/iso-codes/json"
        self.cldr_dir = "/usr/share/unicode/cldr/common"
        self.nameparser_titles = "/usr/lib/python3/dist-packages/nameparser/config/titles.py"
        self.kinds = read_kinds(self.header)
        self.limits = read_constants(self.header)  # kLexMaxKeyBytes, kLexKeyControl, ...
        self.notes = []          # (module, text) lines for --report
        self.country_keys = set()  # folded keys emitted as Country (filled by countries.py)
        self._cache = {}

    def note(self, module, text):
        self.notes.append((module, text))

    def nm(self, *parts):
        return os.path.join(self.node_modules, *parts)

    def datafile(self, name):
        return os.path.join(self.data, name)

    def json(self, path):
        if path not in self._cache:
            try:
                with open(path, encoding="utf-8") as f:
                    self._cache[path] = json.load(f)
            except OSError as e:
                raise LexiconError(f"cannot read {path}: {e} (is the package installed?)")
        return self._cache[path]

    def scowl_tiers(self, max_tier=50):
        """lowercase SCOWL english-words (possessives skipped) -> smallest tier <= max_tier."""
        key = ("scowl", max_tier)
        if key not in self._cache:
            tiers = {}
            for t in scowl_tier_list(max_tier):
                for line in open(os.path.join(self.scowl_dir, f"english-words.{t}"), encoding="utf-8"):
                    w = line.strip()
                    if w and w.islower() and "'" not in w and w not in tiers:
                        tiers[w] = t
            self._cache[key] = tiers
        return self._cache[key]

    def is_common_word(self, key, max_tier=35):
        """True when the folded key is a lowercase English word of SCOWL tier <= max_tier."""
        t = self.scowl_tiers(50).get(key)
        return t is not None and t <= max_tier

    def wordnet(self):
        if "wordnet" not in self._cache:
            self._cache["wordnet"] = WordNet(os.path.join(self.wordnet_dir, "data.noun"))
        return self._cache["wordnet"]

    def read_tsv(self, path, min_cols, max_cols=None):
        """Yield (line_no, fields) of a reviewed TSV. Lines starting with '#' and blank lines
        are skipped; a line with the wrong number of fields or an empty required field
        raises LexiconError naming file and line."""
        max_cols = max_cols or min_cols
        rel = os.path.relpath(path, self.repo)
        try:
            f = open(path, encoding="utf-8")
        except OSError as e:
            raise LexiconError(f"cannot read {rel}: {e}")
        with f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                fields = line.split("\t")
                if not (min_cols <= len(fields) <= max_cols):
                    raise LexiconError(
                        f"{rel}:{n}: expected {min_cols}"
                        + (f"-{max_cols}" if max_cols != min_cols else "")
                        + f" tab-separated fields, got {len(fields)}: {line!r}")
                fields = [x.strip() for x in fields]
                if not fields[0]:
                    raise LexiconError(f"{rel}:{n}: empty first field")
                yield n, fields

    def check_kind(self, path, n, kind, allowed):
        if kind not in self.kinds or kind not in allowed:
            rel = os.path.relpath(path, self.repo)
            raise LexiconError(f"{rel}:{n}: unknown kind {kind!r} (allowed here: {', '.join(sorted(allowed))})")


def scowl_tier_list(max_tier):
    return [t for t in (10, 20, 35, 40, 50, 55, 60, 70, 80, 95) if t <= max_tier]


class WordNet:
    """data.noun parsed once: offset -> (lexfile, [lemmas], [(pointer, offset)])."""

    def __init__(self, path):
        self.synsets = {}
        try:
            f = open(path, encoding="utf-8")
        except OSError as e:
            raise LexiconError(f"cannot read {path}: {e} (apt-get install wordnet-base)")
        with f:
            for line in f:
                if line.startswith("  "):
                    continue  # licence header
                fields = line.split(" | ", 1)[0].split()
                off, lexfile, count = fields[0], int(fields[1]), int(fields[3], 16)
                lemmas = [re.sub(r"\(\w+\)$", "", fields[4 + 2 * i]) for i in range(count)]
                i = 4 + 2 * count
                ptrs = [(fields[i + 1 + 4 * j], fields[i + 2 + 4 * j])
                        for j in range(int(fields[i])) if fields[i + 3 + 4 * j] == "n"]
                self.synsets[off] = (lexfile, lemmas, ptrs)

    def hypernyms(self, off, instance=True):
        return [o for p, o in self.synsets[off][2] if p == "@" or (instance and p == "@i")]

    def ancestors(self, off):
        seen, todo = set(), [off]
        while todo:
            for h in self.hypernyms(todo.pop()):
                if h not in seen:
                    seen.add(h)
                    todo.append(h)
        return seen

    def lemma_text(self, lemma):
        return lemma.replace("_", " ")
