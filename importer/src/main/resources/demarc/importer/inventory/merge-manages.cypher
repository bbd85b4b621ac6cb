// merge-manages: MANAGES relationships from manages (docs/graph-model.md, "Relationships"), one per row, owned by the
// importing source; merged so that an unchanged fact keeps its relationship and only its importedAt moves on.
// Needs: $rows [{from, to}], $source, $importedAt. Both ends exist (validated, nodes merged first).
UNWIND $rows AS row
MATCH (a:Element {id: row.from})
MATCH (b:Element {id: row.to})
MERGE (a)-[r:MANAGES {source: $source}]->(b)
SET r.importedAt = $importedAt
