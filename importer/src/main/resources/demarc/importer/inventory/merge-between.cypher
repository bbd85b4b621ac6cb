// merge-between: BETWEEN relationships from connections[].between (end: position 0 or 1) (docs/graph-model.md, "Relationships"), one per row, owned by the
// importing source; merged so that an unchanged fact keeps its relationship and only its importedAt moves on.
// Needs: $rows [{from, to, end}], $source, $importedAt. Both ends exist (validated, nodes merged first).
UNWIND $rows AS row
MATCH (a:Connection {id: row.from})
MATCH (b:Element {id: row.to})
MERGE (a)-[r:BETWEEN {source: $source, end: row.end}]->(b)
SET r.importedAt = $importedAt
