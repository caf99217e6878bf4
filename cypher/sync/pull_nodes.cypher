// pull_nodes: every dknet node with all its properties (for `dknet neo4j pull`).
//
// label is the node's first dknet label; nodes without a `key` cannot be dknet records and are
// left out.
//
// params:
//   labels: list — dknet's node labels
// columns:
//   label: str — the node's dknet label
//   properties: map — all its properties (key, name, source, the layer's columns)
MATCH (n)
WITH n, [l IN labels(n) WHERE l IN $labels] AS ours
WHERE size(ours) > 0 AND n.key IS NOT NULL
RETURN ours[0] AS label, properties(n) AS properties
