// relationship_keys: the identity of every dknet relationship between two dknet nodes (for `push --prune`).
//
// A relationship is (type, start label and key, end label and key), plus veiledning_id for GUIDES.
// Relationships of dknet's types that touch a node without a dknet label are not listed, so prune
// never deletes them.
//
// params:
//   labels: list — dknet's node labels
//   types: list — dknet's relationship types
// columns:
//   type: str — relationship type
//   from_label: str — the start node's dknet label
//   from_key: str? — the start node's key
//   to_label: str — the end node's dknet label
//   to_key: str? — the end node's key
//   veiledning_id: str? — the guidance record id (GUIDES only)
//   element_id: str — Neo4j's id of the relationship, used to delete exactly this one
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
WITH a, r, b, [l IN labels(a) WHERE l IN $labels] AS la, [l IN labels(b) WHERE l IN $labels] AS lb
WHERE size(la) > 0 AND size(lb) > 0
RETURN type(r) AS type,
       la[0] AS from_label,
       a.key AS from_key,
       lb[0] AS to_label,
       b.key AS to_key,
       r.veiledning_id AS veiledning_id,
       elementId(r) AS element_id
