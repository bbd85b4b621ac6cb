// merge-provided-by: PROVIDED_BY relationships from services[].provider (docs/graph-model.md, "Relationships"), one per row, owned by the
// importing source; merged so that an unchanged fact keeps its relationship and only its importedAt moves on.
// Needs: $rows [{from, to}], $source, $importedAt. Both ends exist (validated, nodes merged first).
UNWIND $rows AS row
MATCH (a:Service {id: row.from})
MATCH (b:Party {id: row.to})
MERGE (a)-[r:PROVIDED_BY {source: $source}]->(b)
SET r.importedAt = $importedAt
