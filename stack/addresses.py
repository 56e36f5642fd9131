"""Host and port of each service, read from the connection URLs the rest of the app uses."""

from urllib.parse import urlsplit

from chronicle.stack.errors import NotLocal

__all__ = ["LOOPBACK", "local_address"]

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def local_address(url: str, *, default_port: int, schemes: frozenset[str], what: str) -> tuple[str, int]:
    """(host, port) of `url`, refusing addresses `stack` cannot start on this machine.

    Raises:
        NotLocal: the URL points elsewhere (Aura, a cluster) or uses TLS.
    """
    parts = urlsplit(url)
    if parts.scheme not in schemes or parts.hostname not in LOOPBACK:
        raise NotLocal(
            f"{what} is {url!r}: `chronicle stack` only runs services on this machine "
            f"({'/'.join(sorted(schemes))}://127.0.0.1); use that service directly instead."
        )
    host = "127.0.0.1" if parts.hostname == "localhost" else parts.hostname
    return host, parts.port or default_port
