// delete_nodes: delete the given nodes and their relationships (for `push --prune`).
//
// Only ever called with ids that node_keys returned for nodes with a dknet label whose key is not
// in the local graph.
//
// params:
//   ids: list — element ids (str) of the nodes to delete
// columns: none
UNWIND $ids AS id
MATCH (n)
WHERE elementId(n) = id
DETACH DELETE n
