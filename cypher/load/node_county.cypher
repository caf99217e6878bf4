// node_county: create or update County nodes, one per row, found by `key`.
//
// Idempotent: MERGE on the key, then `SET n = row.props` only when a property differs in value
// or in type (Cypher's map equality treats 1 and 1.0 as equal, valueType() does not), so pushing
// the same rows again changes nothing and every counter stays 0. `SET n = …` replaces all
// properties, so a property removed locally is removed here as well.
//
// params:
//   rows: list — maps {key: str, props: map}; props holds every property (key included), no nulls
// columns: none
UNWIND $rows AS row
MERGE (n:County {key: row.key})
WITH n, row
WHERE properties(n) <> row.props
   OR any(k IN keys(row.props) WHERE valueType(n[k]) <> valueType(row.props[k]))
SET n = row.props
