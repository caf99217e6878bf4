// delete_relationships: delete the given relationships (for `push --prune`).
//
// Only ever called with ids that relationship_keys returned for dknet relationships that are not
// in the local graph (or are duplicates of one that is).
//
// params:
//   ids: list — element ids (str) of the relationships to delete
// columns: none
UNWIND $ids AS id
MATCH ()-[r]->()
WHERE elementId(r) = id
DELETE r
