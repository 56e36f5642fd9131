"""Neo4j beyond one server: routing URIs, TLS schemes, database and pool settings reach the driver.

The integration test runs what can run here: the `neo4j://` routing scheme against the one local
server (the driver asks it for a routing table, then sends writes and reads where the table says).
"""

import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from neo4j import ManagedTransaction

from chronicle.graph.connection import driver as open_driver
from chronicle.graph.connection import driver_options
from chronicle.settings import Settings, get_settings
from chronicle.stack import neo4j_server
from chronicle.stack.layout import StackPaths


def _settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_driver_options_default_to_the_drivers_own() -> None:
    assert driver_options(_settings()) == {
        "notifications_min_severity": "OFF",
        "max_connection_pool_size": 100,
        "connection_acquisition_timeout": 60.0,
        "max_connection_lifetime": 3600.0,
        "max_transaction_retry_time": 30.0,
    }


def test_driver_options_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "neo4j+s://abcd1234.databases.neo4j.io")
    monkeypatch.setenv("NEO4J_DATABASE", "news")
    monkeypatch.setenv("NEO4J_MAX_POOL_SIZE", "20")
    monkeypatch.setenv("NEO4J_ACQUIRE_TIMEOUT", "5")
    monkeypatch.setenv("NEO4J_MAX_CONNECTION_LIFETIME", "240")
    monkeypatch.setenv("NEO4J_MAX_RETRY_TIME", "90")
    settings = _settings()
    assert (settings.neo4j_uri, settings.neo4j_database) == ("neo4j+s://abcd1234.databases.neo4j.io", "news")
    options = driver_options(settings)
    assert options["max_connection_pool_size"] == 20
    assert options["connection_acquisition_timeout"] == 5.0
    assert options["max_connection_lifetime"] == 240.0
    assert options["max_transaction_retry_time"] == 90.0


def test_neo4j_conf_advertises_the_configured_ports(tmp_path: Path) -> None:
    conf = neo4j_server.write_conf(StackPaths(tmp_path), ("127.0.0.1", 27601), 27602).read_text()
    lines = set(conf.splitlines())
    assert "server.default_advertised_address=127.0.0.1" in lines
    assert "server.bolt.advertised_address=127.0.0.1:27601" in lines
    assert "server.http.advertised_address=127.0.0.1:27602" in lines


def _write(tx: ManagedTransaction, probe: str) -> int:
    return tx.run("CREATE (p:RoutingProbe {id: $probe}) RETURN count(p) AS n", probe=probe).single(
        strict=True
    )["n"]


def _read(tx: ManagedTransaction, probe: str) -> int:
    return tx.run("MATCH (p:RoutingProbe {id: $probe}) RETURN count(p) AS n", probe=probe).single(
        strict=True
    )["n"]


def _delete(tx: ManagedTransaction, probe: str) -> None:
    tx.run("MATCH (p:RoutingProbe {id: $probe}) DELETE p", probe=probe).consume()


@pytest.mark.integration
def test_routing_scheme_works_against_the_single_local_server() -> None:
    settings = get_settings()
    parts = urlsplit(settings.neo4j_uri)
    routed = settings.model_copy(update={"neo4j_uri": parts._replace(scheme="neo4j").geturl()})
    graph = open_driver(routed)
    probe = uuid.uuid4().hex
    try:
        with graph.session(database=settings.neo4j_database) as session:
            assert session.execute_write(_write, probe) == 1  # routed to the writer (the leader)
            assert session.execute_read(_read, probe) == 1  # routed to a reader (here the same server)
            session.execute_write(_delete, probe)
            assert session.execute_read(_read, probe) == 0
        table = graph._pool.get_routing_table(settings.neo4j_database)  # type: ignore[attr-defined]
        servers = {str(a) for a in (*table.routers, *table.readers, *table.writers)}
        assert servers == {f"{parts.hostname}:{parts.port}"}
    finally:
        graph.close()


@pytest.mark.integration
def test_routing_table_advertises_the_configured_bolt_port() -> None:
    """Asked without the client's address (`{}`), Neo4j answers with its advertised address: the
    Bolt host and port `stack up` wrote to neo4j.conf, not the default :7687 (issue 11)."""
    settings = get_settings()
    parts = urlsplit(settings.neo4j_uri)
    graph = open_driver(settings)
    try:
        records, _, _ = graph.execute_query(
            "CALL dbms.routing.getRoutingTable({}, $database)",
            database=settings.neo4j_database,
            database_=settings.neo4j_database,
        )
    finally:
        graph.close()
    servers = records[0]["servers"]
    assert {server["role"] for server in servers} == {"WRITE", "READ", "ROUTE"}
    assert {address for server in servers for address in server["addresses"]} == {
        f"{parts.hostname}:{parts.port}"
    }
