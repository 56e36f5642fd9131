// name: votes
// description: Every article's vote on the type of the names asked ('v|<words>|' prefixes of the alias index: the type an article gave the name and how many mentions), to settle a conflict between two types of equal rank by evidence.
// params: prefixes
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
UNWIND $prefixes AS prefix
MATCH (vote:Alias)
  WHERE vote.key STARTS WITH prefix
RETURN vote.key AS key, vote.target AS target, vote.rank AS rank, vote.type AS type, vote.pinned AS pinned
