"""The local JetStream cluster (`stack up --nats-cluster N`) and NATS_URL lists: no server needed."""

import json
from pathlib import Path

import pytest
from pydantic import SecretStr

from chronicle.consumers.broker import articles_stream
from chronicle.settings import Settings
from chronicle.stack.envfile import read_env, set_env
from chronicle.stack.errors import NotLocal
from chronicle.stack.layout import StackPaths
from chronicle.stack.nats_cluster import (
    ClusterNode,
    ClusterSizeInvalid,
    cluster_nodes,
    forget_cluster,
    plan_cluster,
    write_cluster,
)
from chronicle.stack.nats_server import nats_address


def _settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_plan_cluster_from_one_url_takes_consecutive_ports() -> None:
    nodes = plan_cluster("nats://127.0.0.1:4335", 3)
    assert nodes == [
        ClusterNode("n1", "127.0.0.1", 4335, 6335),
        ClusterNode("n2", "127.0.0.1", 4336, 6336),
        ClusterNode("n3", "127.0.0.1", 4337, 6337),
    ]
    assert [n.url for n in nodes] == [f"nats://127.0.0.1:{p}" for p in (4335, 4336, 4337)]


def test_plan_cluster_from_a_list_keeps_its_ports_and_given_routes() -> None:
    url = "nats://127.0.0.1:5001, nats://localhost:5009,nats://127.0.0.1:5004"
    nodes = plan_cluster(url, 3, route_ports=[7001, 7002, 7003])
    assert [(n.port, n.route_port) for n in nodes] == [(5001, 7001), (5009, 7002), (5004, 7003)]
    assert {n.host for n in nodes} == {"127.0.0.1"}


@pytest.mark.parametrize(
    ("url", "size"),
    [("nats://127.0.0.1:4222", 2), ("nats://127.0.0.1:1,nats://127.0.0.1:2", 3)],
)
def test_plan_cluster_refuses_what_cannot_keep_a_majority(url: str, size: int) -> None:
    with pytest.raises(ClusterSizeInvalid):
        plan_cluster(url, size)


def test_plan_cluster_refuses_a_remote_server() -> None:
    with pytest.raises(NotLocal):
        plan_cluster("nats://127.0.0.1:4222,nats://nats.example.org:4222,nats://127.0.0.1:4224", 3)


def test_write_cluster_configs_route_to_the_others(tmp_path: Path) -> None:
    paths = StackPaths(tmp_path)
    nodes = plan_cluster("nats://127.0.0.1:4335", 3)
    write_cluster(paths, nodes, user="app", password=SecretStr("secret"))
    text = nodes[1].conf(paths).read_text()
    assert "server_name: n2" in text
    assert 'listen: "127.0.0.1:4336"' in text
    assert f'store_dir: "{tmp_path / "nats-cluster" / "n2" / "jetstream"}"' in text
    assert 'listen: "127.0.0.1:6336"' in text
    assert 'routes: ["nats-route://127.0.0.1:6335", "nats-route://127.0.0.1:6337"]' in text
    assert 'user: "app"' in text and 'password: "secret"' in text  # same login on every server
    assert oct(nodes[1].conf(paths).stat().st_mode & 0o777) == "0o600"
    assert cluster_nodes(paths) == nodes
    assert json.loads((tmp_path / "nats-cluster" / "nodes.json").read_text())[0]["name"] == "n1"
    forget_cluster(paths)
    assert cluster_nodes(paths) == []


def test_set_env_replaces_one_key_and_keeps_the_rest(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("# mine\nNATS_URL=nats://127.0.0.1:4222\nNEO4J_URI=bolt://127.0.0.1:7687\n")
    assert set_env(env, "NATS_URL", "nats://a:1,nats://b:2")
    assert not set_env(env, "NATS_URL", "nats://a:1,nats://b:2")
    assert env.read_text().startswith("# mine\n")
    assert read_env(env) == {"NEO4J_URI": "bolt://127.0.0.1:7687", "NATS_URL": "nats://a:1,nats://b:2"}
    assert oct(env.stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize(
    ("url", "replicas", "servers", "stream"),
    [
        ("nats://127.0.0.1:4222", None, 1, 1),
        ("nats://127.0.0.1:4222,nats://127.0.0.1:4223,nats://127.0.0.1:4224", None, 3, 3),
        ("nats://a:4222, nats://b:4222, nats://c:4222, nats://d:4222, nats://e:4222", None, 5, 3),
        ("nats://127.0.0.1:4222", 3, 1, 3),  # one seed URL of a bigger cluster: say NATS_REPLICAS
    ],
)
def test_stream_replicas_follow_nats_url(url: str, replicas: int | None, servers: int, stream: int) -> None:
    settings = _settings(nats_url=url, nats_replicas=replicas)
    assert len(settings.nats_servers) == servers
    assert settings.stream_replicas == stream
    assert articles_stream(settings.stream_replicas).config.num_replicas == stream


def test_nats_address_of_a_list_is_its_first_server() -> None:
    assert nats_address("nats://127.0.0.1:4335,nats://127.0.0.1:4336") == ("127.0.0.1", 4335)
