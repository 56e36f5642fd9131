"""Pure extraction: article text in, GraphDoc out. No servers, no files beyond packaged data."""

__all__ = ["EXTRACTOR_VERSION"]

#: Bumped whenever extraction output changes, so the graph can tell which articles to re-extract.
EXTRACTOR_VERSION = "0.13.1"
