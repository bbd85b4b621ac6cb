// merge-at-site: AT_SITE relationships from site (docs/graph-model.md, "Relationships"), one per row, owned by the
// importing source; merged so that an unchanged fact keeps its relationship and only its importedAt moves on.
// Needs: $rows [{from, to}], $source, $importedAt. Both ends exist (validated, nodes merged first).
UNWIND $rows AS row
MATCH (a:Element {id: row.from})
MATCH (b:Element {id: row.to})
MERGE (a)-[r:AT_SITE {source: $source}]->(b)
SET r.importedAt = $importedAt
