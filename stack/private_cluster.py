"""A throwaway Neo4j + a JetStream cluster of N nats-servers, for the cluster bench and fault tests.

Like stack.private, but NATS is `stack up --nats-cluster N` under the private home, with every client
and route port picked free on loopback, so it never collides with a dev stack or another run.
"""

import secrets
from pathlib import Path

from pydantic import SecretStr

from chronicle.settings import Settings, load_settings
from chronicle.stack import control, nats_cluster, neo4j_install
from chronicle.stack.layout import StackPaths
from chronicle.stack.private import PrivateStack, free_loopback_ports

__all__ = ["cluster_settings", "start_private_cluster"]


def cluster_settings(home: Path, size: int) -> tuple[Settings, list[int]]:
    """Settings on free ports for a private stack with a `size`-server cluster, and its route ports."""
    bolt, http, *rest = free_loopback_ports(2 + 2 * size)
    clients, routes = rest[:size], rest[size:]
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]  # never the project's .env
        neo4j_uri=f"bolt://127.0.0.1:{bolt}",
        neo4j_http_port=http,
        neo4j_password=SecretStr("private-" + secrets.token_urlsafe(18)),
        nats_url=",".join(f"nats://127.0.0.1:{port}" for port in clients),
        nats_user=None,
        nats_password=None,
        nats_token=None,
        chronicle_home=home,
    )
    return settings, routes


def start_private_cluster(home: Path, size: int = 3, *, timeout: float = 240.0) -> PrivateStack:
    """Link the cached Neo4j jars into `home`, start Neo4j and `size` clustered nats-servers there
    and wait until all answer.

    Raises:
        StackError: as `chronicle stack up`.
    """
    shared = StackPaths(load_settings().chronicle_home.expanduser().resolve())
    neo4j_install.ensure_installed(shared)
    paths = StackPaths(home.resolve())
    paths.home.mkdir(parents=True, exist_ok=True)
    if not paths.neo4j_install.exists():
        paths.neo4j_install.symlink_to(shared.neo4j_install, target_is_directory=True)
    settings, routes = cluster_settings(paths.home, size)
    stack = PrivateStack(paths.home, settings)
    control.up(
        settings,
        stack.env_path,
        timeout=timeout,
        nats_cluster_size=size,
        route_ports=routes,
        nats_login=False,
    )
    assert len(nats_cluster.cluster_nodes(paths)) == size
    return stack
