// pull_relationships: every dknet relationship between dknet nodes, with its properties (for pull).
//
// params:
//   labels: list — dknet's node labels
//   types: list — dknet's relationship types
// columns:
//   type: str — relationship type
//   from_label: str — the start node's dknet label
//   from_key: str — the start node's key
//   to_label: str — the end node's dknet label
//   to_key: str — the end node's key
//   properties: map — all the relationship's properties
MATCH (a)-[r]->(b)
WHERE type(r) IN $types AND a.key IS NOT NULL AND b.key IS NOT NULL
WITH a, r, b, [l IN labels(a) WHERE l IN $labels] AS la, [l IN labels(b) WHERE l IN $labels] AS lb
WHERE size(la) > 0 AND size(lb) > 0
RETURN type(r) AS type,
       la[0] AS from_label,
       a.key AS from_key,
       lb[0] AS to_label,
       b.key AS to_key,
       properties(r) AS properties
