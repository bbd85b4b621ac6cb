// merge-element-requires: REQUIRES relationships from functions[]/resources[].requires (slot, anyOf) (docs/graph-model.md, "Relationships"), one per row, owned by the
// importing source; merged so that an unchanged fact keeps its relationship and only its importedAt moves on.
// Needs: $rows [{from, to, slot, anyOf}], $source, $importedAt. Both ends exist (validated, nodes merged first).
UNWIND $rows AS row
MATCH (a:Element {id: row.from})
MATCH (b:Element {id: row.to})
MERGE (a)-[r:REQUIRES {source: $source, slot: row.slot, anyOf: row.anyOf}]->(b)
SET r.importedAt = $importedAt
