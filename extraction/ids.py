"""Deterministic keys: the same article or entity always gets the same id, so writes are idempotent."""

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = ["article_id", "canonical_url", "entity_key", "normalise_text", "short_hash", "slug"]

_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ncid|guccounter)$")


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no fragment, no tracking parameters, no trailing slash."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING_PARAMS.match(k)]
    path = parts.path.rstrip("/") or "/"
    scheme = parts.scheme.lower() or "https"
    return urlunsplit((scheme, parts.netloc.lower(), path, urlencode(sorted(query)), ""))


def normalise_text(text: str) -> str:
    """NFKC, lower case, whitespace collapsed: small edits of spacing or case keep the id."""
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


def short_hash(*parts: object, length: int = 16) -> str:
    """A short stable hex digest of the parts."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def article_id(url: str | None, text: str) -> str:
    """sha256 of the canonical URL when there is one, else of the normalised text."""
    basis = canonical_url(url) if url else normalise_text(text)
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def slug(name: str) -> str:
    """ASCII, lower case, hyphen-separated: 'Oleksandr Syrskyi' -> 'oleksandr-syrskyi'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    ascii_name = re.sub(r"^the\s+", "", ascii_name.strip(), flags=re.IGNORECASE)
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or short_hash(name, length=8)


def entity_key(entity_type: str, name: str) -> str:
    """Key from type and normalised canonical name: 'person:oleksandr-syrskyi'."""
    return f"{entity_type.lower()}:{slug(name)}"
