// count_nodes: how many nodes Neo4j holds per dknet label (for `dknet neo4j status`).
//
// Labels come in as a parameter (dknet.schema.Label), so nodes with other labels are not counted.
//
// params:
//   labels: list — dknet's node labels
// columns:
//   label: str — a node label
//   count: int — nodes with that label
MATCH (n)
UNWIND labels(n) AS label
WITH label
WHERE label IN $labels
RETURN label, count(*) AS count
ORDER BY label
