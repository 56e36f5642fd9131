// name: now
// description: The database server's clock, so waiting for writes does not depend on this machine's clock.
// params:
RETURN datetime() AS now
