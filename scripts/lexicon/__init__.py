"""Source modules of scripts/gen_lexicon.py: one per data source, each with inputs(ctx)
and entries(ctx); common.py holds Entry, fold() and Context; emit.py writes the tables."""
