// name: identity_lock
// description: Takes the identity lock for the rest of the write transaction, so two workers resolving names at once never both create a node for one entity (the second waits, then sees the first's aliases).
// params:
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
MERGE (lock:IdentityLock {name: 'identity'})
SET lock.held_at = datetime()
