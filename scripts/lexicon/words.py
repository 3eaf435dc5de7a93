"""Common English words: lowercase SCOWL english-words at size tiers 10..COMMON_WORD_MAX_TIER
(possessives skipped); rank = the smallest tier holding the word."""
import os

from .common import Entry, scowl_tier_list

COMMON_WORD_MAX_TIER = 20  # 35 adds ~27k words and ~150 KB gzip: over budget


def inputs(ctx):
    return [os.path.join(ctx.scowl_dir, f"english-words.{t}") for t in scowl_tier_list(50)]


def entries(ctx):
    tiers = ctx.scowl_tiers(50)
    n = 0
    for w in sorted(tiers):
        if tiers[w] <= COMMON_WORD_MAX_TIER:
            yield Entry(w, "CommonWord", tiers[w], None, None)
            n += 1
    ctx.note("words", f"common words: {n} lowercase SCOWL words of tier <= {COMMON_WORD_MAX_TIER}")
