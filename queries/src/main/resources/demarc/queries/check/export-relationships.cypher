// id: check/export-relationships
// What: every relationship of the graph with its type, its two ends (element ids, as check/export-nodes gives
//       them) and all its properties (slot, anyOf, end, kind, source, importedAt, ...).
// Needs: nothing.
MATCH (a)-[r]->(b)
RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS properties
ORDER BY from, type, to
