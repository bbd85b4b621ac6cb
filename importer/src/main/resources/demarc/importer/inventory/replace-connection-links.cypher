// replace-connection-links: graph-model.md "Provenance" step 3 for connections: a relationship field the document states
// (the types in row.types) replaces what other sources said for that node, so their relationships go.
// Needs: $rows [{id, types}], $source. Returns removed (how many relationships were deleted) and touched (the ids
// of the elements that were ends, whose derived REQUIRES.connection the import then refreshes).
UNWIND $rows AS row
MATCH (n:Connection {id: row.id})-[r]->(end) USING INDEX SEEK n:Connection(id)
WHERE type(r) IN row.types AND r.source <> $source
WITH r, end.id AS touched
DELETE r
RETURN count(r) AS removed, collect(DISTINCT touched) AS touched
