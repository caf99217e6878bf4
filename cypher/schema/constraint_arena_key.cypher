// constraint_arena_key: every Arena node has a unique `key` (the record's key, e.g. its id).
//
// Makes MERGE on the key safe and fast (a unique index backs it). Created before any load.
//
// params: none
// columns: none
CREATE CONSTRAINT dknet_arena_key IF NOT EXISTS
FOR (n:Arena) REQUIRE n.key IS UNIQUE
