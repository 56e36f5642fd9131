"""The Cypher files (schema, canned queries, writes, lookups, Browser style) shipped as package data."""
