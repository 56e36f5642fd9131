"""A local JetStream cluster: N nats-server processes with routes on loopback (`stack up --nats-cluster N`).

Each server has its own config, JetStream store, pid file and log under CHRONICLE_HOME:

$CHRONICLE_HOME/nats-cluster/nodes.json        the servers (name, client URL, route port); its
                                               presence means `stack` runs this home's NATS as a cluster
$CHRONICLE_HOME/nats-cluster/<name>/           nats-server.conf and jetstream/
$CHRONICLE_HOME/run/nats-<name>.pid, logs/nats-<name>.log

Client ports come from NATS_URL: its servers when it lists N of them, else N consecutive ports from
its one port (4222, 4223, 4224). Route ports default to client port + 2000 (6222, the NATS convention).
"""

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from pydantic import SecretStr

from chronicle.stack.addresses import local_address
from chronicle.stack.errors import StackError
from chronicle.stack.layout import StackPaths
from chronicle.stack.nats_server import NATS_SCHEMES, render_conf
from chronicle.stack.processes import PRIVATE_UMASK, running_pid, start_background

__all__ = [
    "ClusterNode",
    "cluster_dir",
    "cluster_nodes",
    "forget_cluster",
    "node_pid",
    "plan_cluster",
    "start_node",
    "write_cluster",
]

ROUTE_OFFSET = 2000


class ClusterSizeInvalid(StackError):
    """A JetStream cluster needs at least three servers to keep a majority when one is lost."""


@dataclass(frozen=True)
class ClusterNode:
    """One server of the local cluster."""

    name: str
    host: str
    port: int
    route_port: int

    @property
    def url(self) -> str:
        return f"nats://{self.host}:{self.port}"

    def conf(self, paths: StackPaths) -> Path:
        return cluster_dir(paths) / self.name / "nats-server.conf"

    def store(self, paths: StackPaths) -> Path:
        return cluster_dir(paths) / self.name / "jetstream"

    def pid_file(self, paths: StackPaths) -> Path:
        return paths.home / "run" / f"nats-{self.name}.pid"

    def log(self, paths: StackPaths) -> Path:
        return paths.home / "logs" / f"nats-{self.name}.log"


def cluster_dir(paths: StackPaths) -> Path:
    return paths.home / "nats-cluster"


def _nodes_file(paths: StackPaths) -> Path:
    return cluster_dir(paths) / "nodes.json"


def plan_cluster(nats_url: str, size: int, route_ports: list[int] | None = None) -> list[ClusterNode]:
    """The servers of a local cluster of `size` for this NATS_URL (see the module docstring).

    Raises:
        ClusterSizeInvalid: size below 3, or NATS_URL lists a number of servers other than 1 or size.
        NotLocal: a server of NATS_URL is not on this machine.
    """
    if size < 3:
        raise ClusterSizeInvalid(f"--nats-cluster {size}: a JetStream cluster needs 3 or more servers (R3).")
    urls = [u.strip() for u in nats_url.split(",") if u.strip()]
    addresses = [local_address(u, default_port=4222, schemes=NATS_SCHEMES, what="NATS_URL") for u in urls]
    if len(addresses) == 1:
        host, port = addresses[0]
        addresses = [(host, port + n) for n in range(size)]
    elif len(addresses) != size:
        raise ClusterSizeInvalid(
            f"NATS_URL lists {len(addresses)} servers, --nats-cluster asks for {size}: "
            "list one (the first port) or all of them."
        )
    routes = route_ports or [port + ROUTE_OFFSET for _, port in addresses]
    return [
        ClusterNode(f"n{n + 1}", host, port, route)
        for n, ((host, port), route) in enumerate(zip(addresses, routes, strict=True))
    ]


def cluster_nodes(paths: StackPaths) -> list[ClusterNode]:
    """The cluster this home runs ([] when it runs a single NATS)."""
    try:
        rows = json.loads(_nodes_file(paths).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    return [ClusterNode(**row) for row in rows]


def forget_cluster(paths: StackPaths) -> None:
    """Go back to one NATS server (the cluster's stores stay until `stack reset --nats`)."""
    _nodes_file(paths).unlink(missing_ok=True)


def _render(paths: StackPaths, node: ClusterNode, nodes: list[ClusterNode], auth: dict[str, object]) -> str:
    """The single server's config (listener, JetStream, authorization) for this node, own name and
    store, plus the cluster block: whatever the one-server config gains, each cluster node has too."""
    single = render_conf(paths, (node.host, node.port), **auth)  # type: ignore[arg-type]
    text = single.replace(f'"{paths.nats_store}"', json.dumps(str(node.store(paths))))
    text = re.sub(r"(?m)^server_name: .*$", f"server_name: {node.name}", text)
    routes = ", ".join(f'"nats-route://{o.host}:{o.route_port}"' for o in nodes if o != node)
    cluster = f'cluster {{\n  name: chronicle\n  listen: "{node.host}:{node.route_port}"\n  routes: [{routes}]\n}}\n'
    return text.rstrip("\n") + "\n" + cluster


def write_cluster(
    paths: StackPaths,
    nodes: list[ClusterNode],
    *,
    user: str | None = None,
    password: SecretStr | None = None,
    token: SecretStr | None = None,
) -> None:
    """Write every server's config (mode 600: it may hold a password) and nodes.json."""
    auth = {"user": user, "password": password, "token": token}
    for node in nodes:
        node.store(paths).mkdir(parents=True, exist_ok=True)
        fd = os.open(node.conf(paths), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(_render(paths, node, nodes, auth))
    _nodes_file(paths).write_text(json.dumps([asdict(n) for n in nodes], indent=1) + "\n", encoding="utf-8")


def node_pid(paths: StackPaths, node: ClusterNode) -> int | None:
    """The pid of this server when it runs (its config path is on its command line)."""
    return running_pid(node.pid_file(paths), str(node.conf(paths)))


def start_node(paths: StackPaths, node: ClusterNode, binary: Path) -> int:
    """Start one server of the cluster from its written config; returns its pid."""
    argv = [str(binary), "-c", str(node.conf(paths))]
    return start_background(
        argv, log_file=node.log(paths), pid_file=node.pid_file(paths), umask=PRIVATE_UMASK
    )
