// replace-element-links: graph-model.md "Provenance" step 3 for functions and resources: a relationship field the document states
// (the types in row.types) replaces what other sources said for that node, so their relationships go.
// Needs: $rows [{id, types}], $source. Returns removed (how many relationships were deleted).
UNWIND $rows AS row
MATCH (n:Element {id: row.id})-[r]->() USING INDEX SEEK n:Element(id)
WHERE type(r) IN row.types AND r.source <> $source
DELETE r
RETURN count(r) AS removed
