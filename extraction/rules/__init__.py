"""Rules and helpers the extraction components use: matching, coreference, quotes, dates."""
