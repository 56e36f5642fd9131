"""The services Chronicle runs on (Neo4j, NATS): where they are, how to log in, how to start them."""
