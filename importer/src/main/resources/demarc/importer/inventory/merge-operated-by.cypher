// merge-operated-by: OPERATED_BY relationships from an explicit operator (defaulted ones: add-default-operators) (docs/graph-model.md, "Relationships"), one per row, owned by the
// importing source; merged so that an unchanged fact keeps its relationship and only its importedAt moves on.
// Needs: $rows [{from, to}], $source, $importedAt. Both ends exist (validated, nodes merged first).
UNWIND $rows AS row
MATCH (a:Element {id: row.from})
MATCH (b:Party {id: row.to})
MERGE (a)-[r:OPERATED_BY {source: $source, defaulted: false}]->(b)
SET r.importedAt = $importedAt
