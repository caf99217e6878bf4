// count_relationships: how many dknet relationships Neo4j holds per type (for `dknet neo4j status`).
//
// Only relationships between two dknet nodes count, as in pull and prune. BORDERS is one
// relationship per pair in Neo4j, which is how dknet.graph.relationship_counts counts it locally.
//
// params:
//   labels: list — dknet's node labels
//   types: list — dknet's relationship types
// columns:
//   type: str — a relationship type
//   count: int — relationships of that type
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
  AND any(l IN labels(a) WHERE l IN $labels)
  AND any(l IN labels(b) WHERE l IN $labels)
RETURN type(r) AS type, count(*) AS count
ORDER BY type
