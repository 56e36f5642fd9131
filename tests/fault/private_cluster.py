"""A private stack whose NATS is a three-server JetStream cluster: tests/fault/private_stack.py's
PrivateStack (workers, publishing, graph checks), plus the cluster's servers to kill and restart.

Everything goes through the project's code: `stack.private_cluster` starts Neo4j and the three
nats-servers with `stack.control.up(..., nats_cluster_size=3)` on free loopback ports (client and
route ports), and workers get the three-server NATS_URL through their environment.
"""

import os
import shutil
import signal
from dataclasses import dataclass
from pathlib import Path

from faststream.nats import NatsBroker
from nats.js.api import StreamInfo

from chronicle.consumers.contracts import STREAM_NAME
from chronicle.graph.connection import driver as open_driver
from chronicle.settings import Settings
from chronicle.stack import nats_cluster, nats_server
from chronicle.stack.nats_cluster import ClusterNode
from chronicle.stack.private_cluster import start_private_cluster as start_base
from chronicle.stack.processes import is_running
from tests.fault.private_stack import PrivateStack, wait_for

__all__ = ["ClusterStack", "start_private_cluster"]


@dataclass
class ClusterStack(PrivateStack):
    """PrivateStack with NATS as a cluster; `nodes` are its servers (n1, n2, n3)."""

    nodes: tuple[ClusterNode, ...] = ()

    def node(self, name: str) -> ClusterNode:
        return next(node for node in self.nodes if node.name == name)

    def node_pid(self, node: ClusterNode) -> int | None:
        return nats_cluster.node_pid(self.paths, node)

    def stream(self) -> StreamInfo:
        async def info(broker: NatsBroker) -> StreamInfo:
            return await broker.connection.jetstream().stream_info(STREAM_NAME)

        return self.nats(info)

    def settings_first(self, node: ClusterNode) -> Settings:
        """Settings whose NATS_URL names `node` first (with dont_randomize, a client connects there)."""
        urls = [node.url, *(n.url for n in self.nodes if n != node)]
        return self.settings.model_copy(update={"nats_url": ",".join(urls)})

    def kill_node(self, node: ClusterNode, sig: int = signal.SIGKILL) -> int:
        """Send `sig` to one server (SIGKILL: no shutdown, no leadership hand-over) and wait until gone."""
        pid = self.node_pid(node)
        assert pid is not None, f"{node.name} is not running"
        os.kill(pid, sig)
        marker = str(node.conf(self.paths))
        wait_for(lambda: not is_running(pid, marker), timeout=30, interval=0.05, what=f"{node.name} to die")
        return pid

    def restart_node(self, node: ClusterNode) -> int:
        """Start one server again from its config (its JetStream store is where it left it)."""
        binary = nats_server.find_nats_server(self.settings.nats_server_bin)
        return nats_cluster.start_node(self.paths, node, binary)

    def close(self) -> None:
        super().close()
        shutil.rmtree(nats_cluster.cluster_dir(self.paths), ignore_errors=True)


def start_private_cluster(home: Path, size: int = 3, *, timeout: float = 240.0) -> ClusterStack:
    """Neo4j and a `size`-server NATS cluster in `home`, all on free loopback ports."""
    base = start_base(home, size, timeout=timeout)
    stack = ClusterStack(base.home, base.settings, nodes=tuple(nats_cluster.cluster_nodes(base.paths)))
    stack.driver = open_driver(base.settings)
    return stack
