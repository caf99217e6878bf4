// node_keys: the identity of every node with a dknet label (for `push --prune`).
//
// Nodes without a `key` are listed too (key null): they carry a dknet label but match no record.
//
// params:
//   labels: list — dknet's node labels
// columns:
//   label: str — the node's dknet label
//   key: str? — its key
//   element_id: str — Neo4j's id of the node, used to delete exactly this one
MATCH (n)
WITH n, [l IN labels(n) WHERE l IN $labels] AS ours
WHERE size(ours) > 0
RETURN ours[0] AS label, n.key AS key, elementId(n) AS element_id
